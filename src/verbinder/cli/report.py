"""``verbinder report``: one self-contained HTML report for the college and the council."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.agenda import TodayOpt
from verbinder.cli.common import CatalogueOpt, ForceOpt, LangOpt, ModelArg, RolesOpt, batch, h, report_errors

#: Optional for typer, so that a missing --output gets verbinder's own message (in the user's language).
ReportOutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help=h("report_output"), show_default=False, metavar="FILE")
]


@report_errors
def report(
    model: ModelArg,
    output: ReportOutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    today: TodayOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.analysis.agenda import parse_today
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.io.atomic import write_text
    from verbinder.project import load_project
    from verbinder.render import report as render

    if output is None:
        raise UsageError(Msg("report.err.need_output"))
    if output.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(output)))  # before any work, Graphviz's included
    day = parse_today(today)
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = render.build(project, language, day)
        text = render.to_html(result)
    picture = result.picture
    if picture.svg is None:
        if picture.reason is None:
            sys.stderr.write(t("report.no_picture", language) + "\n")
        else:
            sys.stderr.write(t("report.picture_failed", language, reason=picture.reason) + "\n")
    write_text(output, text, force=force)
    size = max(1, round(len(text.encode("utf-8")) / 1024))
    sys.stderr.write(t("report.written", language, path=str(output), size=size) + "\n")
