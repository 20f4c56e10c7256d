"""``verbinder competencies`` and ``verbinder roles``: the catalogue and the rules, listed."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    LangOpt,
    ListFormat,
    ListFormatOpt,
    RolesOpt,
    emit,
    h,
    report_errors,
)


@report_errors
def competencies(
    competency: Annotated[str | None, typer.Argument(help=h("help.competency_id"), show_default=False)] = None,
    format: ListFormatOpt = ListFormat.table,
    lang: LangOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:

    from verbinder.catalogue import load_catalogue
    from verbinder.errors import UsageError
    from verbinder.i18n import choose_lang
    from verbinder.model import unknown
    from verbinder.render import catalogue as render
    from verbinder.resources import default_catalogue

    language = choose_lang(lang.value if lang else None)
    cat = load_catalogue(catalogue or default_catalogue())
    chosen = cat.competencies
    if competency is not None:
        index = cat.index()
        if competency not in index:
            raise UsageError(unknown("competency", competency, index))
        chosen = [index[competency]]
    emit(
        format,
        json=lambda: render.competencies_json(cat, chosen),
        table=lambda out: (
            render.competencies_table(out, cat, language)
            if competency is None
            else render.competency_detail(out, cat, chosen[0], language)
        ),
    )


@report_errors
def roles(
    format: ListFormatOpt = ListFormat.table,
    lang: LangOpt = None,
    vocabulary: Annotated[bool, typer.Option("--vocabulary", help=h("help.vocabulary"))] = False,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:

    from verbinder.catalogue import load_catalogue
    from verbinder.i18n import choose_lang
    from verbinder.render import catalogue as render
    from verbinder.resources import default_catalogue, default_roles
    from verbinder.rules.engine import load_rules

    language = choose_lang(lang.value if lang else None)
    if vocabulary:
        emit(format, json=render.vocabulary_json, table=lambda out: render.vocabulary_table(out, language))
        return
    cat = load_catalogue(catalogue or default_catalogue())
    ruleset = load_rules(
        roles or default_roles(), [c.id for c in cat.competencies], [c.id for c in cat.competencies if c.disposition]
    )
    emit(
        format,
        json=lambda: render.roles_json(ruleset),
        table=lambda out: render.roles_table(out, ruleset, cat, language),
    )
