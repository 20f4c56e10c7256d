"""``verbinder agenda``: the coalition agreement's coverage per item, and the roadmap over the term."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    Format,
    FormatOpt,
    LangOpt,
    ModelArg,
    RolesOpt,
    batch,
    h,
    report_errors,
)

TodayOpt = Annotated[
    str | None,
    typer.Option("--today", envvar="VERBINDER_TODAY", help=h("today"), show_default=False, metavar="YYYY-MM-DD"),
]


@report_errors
def agenda(
    model: ModelArg,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    today: TodayOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.analysis.agenda import agenda_coverage, parse_today, roadmap
    from verbinder.analysis.links import analyse_links
    from verbinder.i18n import choose_lang
    from verbinder.project import load_project
    from verbinder.render import agenda as render

    day = parse_today(today)
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        coverage = agenda_coverage(analyse_links(project.model, project.link_ids, project.rules))
        plan = roadmap(coverage, project.model, day)
        if format is Format.json:
            from verbinder.render.json import dumps

            sys.stdout.write(dumps(render.document_json(coverage, plan, project.model, language)))
        elif format is Format.markdown:
            sys.stdout.write(render.markdown(coverage, plan, project.model, project.catalogue, language))
        else:
            from verbinder.render.terminal import console

            render.terminal(console(), coverage, plan, project.model, project.catalogue, language)
