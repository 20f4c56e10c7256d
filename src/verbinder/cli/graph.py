"""``verbinder graph``: the network as a picture, a file for Gephi or Kumu, or a tree per connector."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    ForceOpt,
    LangOpt,
    ModelArg,
    OutputOpt,
    RolesOpt,
    batch,
    h,
    report_errors,
    write_output,
)


class GraphFormat(StrEnum):
    """What ``verbinder graph`` draws."""

    tree = "tree"
    dot = "dot"
    mermaid = "mermaid"
    graphml = "graphml"
    gexf = "gexf"
    kumu = "kumu"
    svg = "svg"
    png = "png"


GraphFormatOpt = Annotated[GraphFormat, typer.Option("--format", "-f", help=h("graph_format"))]
LinksAsEdgesOpt = Annotated[bool, typer.Option("--links-as-edges", help=h("links_as_edges"))]


@report_errors
def graph(
    model: ModelArg,
    format: GraphFormatOpt = GraphFormat.tree,
    links_as_edges: LinksAsEdgesOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    from verbinder.analysis.links import analyse_links
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang
    from verbinder.project import load_project
    from verbinder.render import graph as render

    if format is GraphFormat.png and output is None:
        raise UsageError(Msg("graph.png_needs_output"))
    if output is not None and output.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(output)))  # before any work, Graphviz's included
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = analyse_links(project.model, project.link_ids, project.rules)
    if format in (GraphFormat.graphml, GraphFormat.gexf, GraphFormat.png):
        if format is GraphFormat.png:
            data = render.to_png(result, language, source=str(model))
        else:
            write = render.to_graphml if format is GraphFormat.graphml else render.to_gexf
            data = write(result, links_as_edges=links_as_edges)
        _write_bytes(data, output, force=force)
    elif format is GraphFormat.tree:
        _tree(result, language, output, force=force)
    else:
        text = {
            GraphFormat.dot: lambda: render.to_dot(result, language),
            GraphFormat.mermaid: lambda: render.to_mermaid(result, language, links_as_edges=links_as_edges),
            GraphFormat.kumu: lambda: render.to_kumu(result, language, links_as_edges=links_as_edges),
            GraphFormat.svg: lambda: render.to_svg(result, language, source=str(model)),
        }[format]()
        write_output(text, output, force=force)


def _write_bytes(data: bytes, output, *, force: bool) -> None:
    if output is None:
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from verbinder.io.atomic import write_bytes

    write_bytes(output, data, force=force)


def _tree(result, language: str, output, *, force: bool) -> None:
    from verbinder.render import graph as render

    tree = render.to_tree(result, language)
    if output is None:
        from verbinder.render.terminal import console

        console().print(tree)
        return
    import io

    from verbinder.render.safe import console as safe_console

    buffer = io.StringIO()
    safe_console(file=buffer, width=100, color_system=None, highlight=False).print(tree)
    write_output(buffer.getvalue(), output, force=force)
