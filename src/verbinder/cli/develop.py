"""``verbinder develop``: a development plan per kopgroep member: methods and role models per gap."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    ForceOpt,
    Format,
    FormatOpt,
    LangOpt,
    ModelArg,
    OutputOpt,
    RolesOpt,
    batch,
    h,
    report_errors,
    write_output,
)

MemberArg = Annotated[str | None, typer.Argument(help=h("develop_member"), show_default=False)]


def find_member(project, member: str):
    """The kopgroep member with id ``member``; a "did you mean" error (exit 2) otherwise."""
    from verbinder.errors import UsageError
    from verbinder.model import unknown

    ids = [a.id for a in project.model.actors if a.kopgroep]
    if member not in ids:
        raise UsageError(unknown("member", member, ids))
    return project.actors[member]


@report_errors
def develop(
    model: ModelArg,
    member: MemberArg = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    from verbinder.analysis.development import development_plans
    from verbinder.analysis.links import analyse_links
    from verbinder.analysis.profiles import member_profiles
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang
    from verbinder.project import load_project
    from verbinder.render import development as render

    if output is not None and output.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(output)))
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        if member is not None:
            find_member(project, member)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = analyse_links(project.model, project.link_ids, project.rules)
        profiles = member_profiles(project.model, result, project.rules)
        if member is not None:
            profiles = [p for p in profiles if p.id == member]
        plans = development_plans(profiles, project.model, project.catalogue)
        cat, name = project.catalogue, project.model.name
        if format is Format.json:
            from verbinder.render.json import dumps

            write_output(dumps(render.to_json(plans, cat, name, language)), output, force=force)
        elif format is Format.markdown:
            write_output(render.to_markdown(plans, cat, name, language), output, force=force)
        elif output is None:
            from verbinder.render.terminal import console

            render.to_table(console(), plans, cat, name, language)
        else:
            from verbinder.render.profiles import recording_console

            out = recording_console()
            render.to_table(out, plans, cat, name, language)
            write_output(out.export_text(), output, force=force)
