"""``verbinder graph``: the network as a picture, a file for Gephi, or a tree per connector."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from verbinder.cli import common as c

#: What ``verbinder graph`` draws (each member's value is its name).
GraphFormat = StrEnum("GraphFormat", "tree dot mermaid graphml gexf kumu svg png")

GraphFormatOpt = Annotated[GraphFormat, typer.Option("--format", "-f", help=c.h("help.graph_format"))]
LinksAsEdgesOpt = Annotated[bool, typer.Option("--links-as-edges", help=c.h("help.links_as_edges"))]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def graph(opts: c.Shared, format: GraphFormatOpt = GraphFormat.tree, links_as_edges: LinksAsEdgesOpt = False) -> None:
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg
    from verbinder.render import graph as render

    model = opts.path
    if format is GraphFormat.png and opts.output is None:
        raise UsageError(Msg("graph.png_needs_output"))
    opts.refuse_existing()  # before any work, Graphviz's included
    with c.batch():
        project, language = opts.open()
        result = project.link_analysis

    def xml(write) -> bytes:  # control characters in names: escaped, so the XML is well-formed and inert
        from verbinder.render.safe import document

        return document(write(result, links_as_edges=links_as_edges).decode("utf-8")).encode("utf-8")

    opts.emit(
        format,
        tree=lambda out: out.print(render.to_tree(result, language)),
        dot=lambda: render.to_dot(result, language),
        mermaid=lambda: render.to_mermaid(result, language, links_as_edges=links_as_edges),
        graphml=lambda: xml(render.to_graphml),
        gexf=lambda: xml(render.to_gexf),
        kumu=lambda: render.to_kumu(result, language, links_as_edges=links_as_edges),
        svg=lambda: render.to_svg(result, language, source=str(model)),
        png=lambda: render.to_png(result, language, source=str(model)),
    )
