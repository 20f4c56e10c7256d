"""``verbinder profiles``: per kopgroep member, what their links ask, what they have, and the gap."""

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
    OutputOpt,
    RolesOpt,
    batch,
    h,
    report_errors,
    write_output,
)


class ProfileFormat(StrEnum):
    """Output formats of ``profiles``."""

    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    markdown = "markdown"


ProfileFormatOpt = Annotated[ProfileFormat, typer.Option("--format", "-f", help=h("format"))]
DelimiterOpt = Annotated[str, typer.Option("--delimiter", "-d", help=h("profiles_delimiter"))]
BomOpt = Annotated[bool, typer.Option("--bom", help=h("profiles_bom"))]
PseudoOpt = Annotated[bool, typer.Option("--pseudonymise", "--pseudonymize", help=h("profiles_pseudonymise"))]
SaltOpt = Annotated[
    str | None, typer.Option("--salt", envvar="VERBINDER_SALT", help=h("profiles_salt"), show_default=False)
]


def parse_delimiter(value: str) -> str:
    """One character, or ``tab`` / ``\\t`` for a tab."""
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg

    if value in ("tab", "\\t", "\t"):
        return "\t"
    if len(value) != 1 or value in '"\r\n':
        raise UsageError(Msg("profiles.err.delimiter", value=value))
    return value


@report_errors
def profiles(
    model: ModelArg,
    format: ProfileFormatOpt = ProfileFormat.table,
    output: OutputOpt = None,
    force: ForceOpt = False,
    delimiter: DelimiterOpt = ",",
    bom: BomOpt = False,
    pseudonymise: PseudoOpt = False,
    salt: SaltOpt = None,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    from verbinder.analysis.links import analyse_links
    from verbinder.analysis.profiles import member_profiles
    from verbinder.analysis.profiles import pseudonymise as make_pseudonyms
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.project import load_project

    sep = parse_delimiter(delimiter)
    if format is ProfileFormat.xlsx and output is None:
        raise UsageError(Msg("profiles.err.xlsx_output"))
    if output is not None and output.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(output)))
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = analyse_links(project.model, project.link_ids, project.rules)
        found = member_profiles(project.model, result, project.rules)
        if pseudonymise:
            found = make_pseudonyms(found, salt or "", t("profiles.pseudonym", language))
        _render(found, project, format, language, output, force, sep, bom, pseudonymise)


def _render(found, project, format, language, output: Path | None, force, sep, bom, pseudo) -> None:
    from verbinder.render import profiles as render

    cat = project.catalogue
    name = project.model.name
    if format is ProfileFormat.xlsx:
        from verbinder.io.atomic import write_bytes
        from verbinder.render.xlsx import workbook

        write_bytes(output, workbook(found, cat, name, language), force=force)
    elif format is ProfileFormat.json:
        from verbinder.render.json import dumps

        write_output(dumps(render.to_json(found, cat, name, language, pseudo)), output, force=force)
    elif format is ProfileFormat.csv:
        write_output(render.to_csv(found, cat, language, delimiter=sep, bom=bom), output, force=force)
    elif format is ProfileFormat.markdown:
        write_output(render.to_markdown(found, cat, name, language), output, force=force)
    else:
        from verbinder.render.terminal import console

        if output is None:
            render.to_table(console(), found, cat, name, language)
        else:
            buffer = render.recording_console()
            render.to_table(buffer, found, cat, name, language)
            write_output(buffer.export_text(), output, force=force)
