"""``verbinder profiles``: per kopgroep member, what their links ask, what they have, and the gap."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from verbinder.cli import common as c


class ProfileFormat(StrEnum):
    """Output formats of ``profiles``."""

    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    markdown = "markdown"
    html = "html"


MemberArg = Annotated[str | None, typer.Argument(help=c.h("help.profiles_member"), show_default=False)]
ProfileFormatOpt = Annotated[ProfileFormat, typer.Option("--format", "-f", help=c.h("help.format"))]
DelimiterOpt = Annotated[
    str | None, typer.Option("--delimiter", "-d", help=c.h("help.profiles_delimiter"), show_default=False)
]
BomOpt = Annotated[bool | None, typer.Option("--bom/--no-bom", help=c.h("help.profiles_bom"), show_default=False)]
PseudoOpt = Annotated[bool, typer.Option("--pseudonymise", "--pseudonymize", help=c.h("help.profiles_pseudonymise"))]
RawOpt = Annotated[bool, typer.Option("--raw", help=c.h("help.profiles_raw"))]
ExplainOpt = Annotated[bool, typer.Option("--explain", help=c.h("help.profiles_explain"))]
SaltOpt = Annotated[
    str | None, typer.Option("--salt", envvar="VERBINDER_SALT", help=c.h("help.profiles_salt"), show_default=False)
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


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def profiles(
    opts: c.Shared,
    member: MemberArg = None,
    format: ProfileFormatOpt = ProfileFormat.table,
    delimiter: DelimiterOpt = None,
    bom: BomOpt = None,
    pseudonymise: PseudoOpt = False,
    salt: SaltOpt = None,
    raw: RawOpt = False,
    today: c.TodayOpt = None,
    explain: ExplainOpt = False,
) -> None:
    from verbinder.analysis.profiles import pseudonymise as make_pseudonyms
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t

    sep = parse_delimiter(delimiter) if delimiter is not None else None
    if format is ProfileFormat.html and member is None:
        raise UsageError(Msg("profiles.err.html_member"))
    if format is ProfileFormat.html and pseudonymise:  # a conversation document is about one named person
        raise UsageError(Msg("fair.err.html_pseudonymise"))
    opts.private = True  # competency profiles are personal data: files written 0600
    if format is ProfileFormat.xlsx and opts.output is None:
        raise UsageError(Msg("profiles.err.xlsx_output"))
    opts.refuse_existing()
    with c.batch():
        project, language = opts.open()
        day = c.parse_today(today)
        if member is not None:
            project.member(member)  # an unknown member: "did you mean"
        found = [p for p in project.profiles(today=day) if member is None or p.id == member]
        if pseudonymise:  # (refused above for the conversation document, which is about one named person)
            if not salt:
                import sys

                sys.stderr.write(t("profiles.warn.no_salt", language) + "\n")
            found = make_pseudonyms(found, salt or "", t("profiles.pseudonym", language))
        _render(found, project, format, language, opts, sep, bom, pseudonymise, raw, day, explain)


def _render(found, project, format, language, opts: c.Shared, sep, bom, pseudo, raw, day, explain=False) -> None:
    from verbinder.render import profiles as render

    cat = project.catalogue
    name = project.model.name
    path = str(opts.path)

    def xlsx() -> bytes:
        from verbinder.render.xlsx import workbook

        return workbook(found, cat, name, language, today=day)

    def csv() -> str:  # as `export` writes: ';' and a BOM for Dutch (Dutch Excel), ',' for English; or as asked
        delimiter = sep or (";" if language == "nl" else ",")
        return render.to_csv(
            found, cat, language, delimiter=delimiter, bom=True if bom is None else bom, raw=raw, today=day
        )

    def conversation() -> str:
        from verbinder.render.conversation import document

        (plan,) = project.development(found[0].id, today=day)
        return document(found[0], plan, cat, name, language, day, path)

    opts.emit(
        format,
        html=conversation,
        xlsx=xlsx,
        csv=csv,
        json=lambda: render.to_json(found, cat, name, language, pseudo),
        markdown=lambda: render.to_markdown(found, cat, name, language, explain=explain, model_path=path),
        table=lambda out: render.to_table(out, found, cat, name, language, explain=explain, model_path=path),
    )
