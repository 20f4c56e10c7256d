"""``verbinder import`` and ``verbinder export``: a model from and to a spreadsheet."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    ForceOpt,
    LangOpt,
    ModelArg,
    RolesOpt,
    batch,
    h,
    refuse_existing,
    report_errors,
    say,
)


class ExportFormat(StrEnum):
    """What ``verbinder export`` writes."""

    xlsx = "xlsx"
    csv = "csv"


FileArg = Annotated[Path, typer.Argument(metavar="FILE", help=h("help.import_file"), show_default=False)]
ImportOutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help=h("help.import_output"), show_default=False)
]
MapOpt = Annotated[
    list[str] | None, typer.Option("--map", metavar="COLUMN=FIELD", help=h("help.map"), show_default=False)
]
ExportFormatOpt = Annotated[ExportFormat, typer.Option("--format", "-f", help=h("help.export_format"))]
ExportOutputOpt = Annotated[Path, typer.Option("--output", "-o", help=h("help.export_output"), show_default=False)]


def _counts(model, lang: str) -> str:
    from verbinder.i18n import t

    parts = [t("sheet.actors", lang, count=len(model.actors)), t("sheet.links", lang, count=len(model.links))]
    if model.agenda:
        parts.append(t("sheet.agenda", lang, count=len(model.agenda)))
    return ", ".join(parts)


@report_errors
def import_(
    file: FileArg,
    output: ImportOutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    map: MapOpt = None,
) -> None:
    import shlex
    import sys

    from verbinder.cli.common import render_problem
    from verbinder.i18n import choose_lang, t
    from verbinder.importing import default_output, import_spreadsheet
    from verbinder.io.atomic import write_text
    from verbinder.io.spreadsheet import parse_map

    target = output or default_output(file)
    refuse_existing(target, force)  # before any work
    mapping = parse_map(map or [])
    with batch():
        result = import_spreadsheet(file, target, mapping=mapping, lang=lang.value if lang else None)
    language = choose_lang(lang.value if lang else None, result.model.language)
    for warning in result.imported.warnings:
        sys.stderr.write(render_problem(warning, language) + "\n")
    write_text(target, result.text, force=force)
    counts = _counts(result.model, language)
    written = t("sheet.written", language, path=str(target), counts=counts)
    say(written + " " + t("sheet.next", language, path=shlex.quote(str(target))))


@report_errors
def export(
    model: ModelArg,
    output: ExportOutputOpt,
    format: ExportFormatOpt = ExportFormat.xlsx,
    force: ForceOpt = False,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:

    from verbinder.i18n import choose_lang, t
    from verbinder.project import load_project
    from verbinder.render import spreadsheet

    if format is ExportFormat.xlsx:
        refuse_existing(output, force)
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
    language = choose_lang(lang.value if lang else None, project.model.language)
    if format is ExportFormat.xlsx:
        from verbinder.io.atomic import write_bytes

        write_bytes(output, spreadsheet.xlsx_bytes(project.model, language), force=force)
    else:
        from verbinder.io.spreadsheet import write_csv_folder

        write_csv_folder(output, spreadsheet.csv_files(project.model, language), force=force)
    counts = _counts(project.model, language)
    say(t("sheet.exported", language, path=str(output), counts=counts))
