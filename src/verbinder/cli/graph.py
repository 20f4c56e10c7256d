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

    output, force, model = opts.output, opts.force, opts.path
    if format is GraphFormat.png and output is None:
        raise UsageError(Msg("graph.png_needs_output"))
    opts.refuse_existing()  # before any work, Graphviz's included
    with c.batch():
        project, language = opts.open()
        result = project.link_analysis
    if format in (GraphFormat.graphml, GraphFormat.gexf, GraphFormat.png):
        if format is GraphFormat.png:
            data = render.to_png(result, language, source=str(model))
        else:
            write = render.to_graphml if format is GraphFormat.graphml else render.to_gexf
            from verbinder.render.safe import document

            # control characters in names: escaped, so the XML is well-formed and inert
            data = document(write(result, links_as_edges=links_as_edges).decode("utf-8")).encode("utf-8")
        _write_bytes(data, output, force=force)
    elif format is GraphFormat.tree:
        tree = render.to_tree(result, language)
        opts.emit("table", table=lambda out: out.print(tree))
    else:
        text = {
            GraphFormat.dot: lambda: render.to_dot(result, language),
            GraphFormat.mermaid: lambda: render.to_mermaid(result, language, links_as_edges=links_as_edges),
            GraphFormat.kumu: lambda: render.to_kumu(result, language, links_as_edges=links_as_edges),
            GraphFormat.svg: lambda: render.to_svg(result, language, source=str(model)),
        }[format]()
        c.write_output(text, output, force=force)


def _write_bytes(data: bytes, output, *, force: bool) -> None:
    if output is None:
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from verbinder.io.atomic import write_bytes

    write_bytes(output, data, force=force)
