"""``verbinder validate``: is the model usable? Every problem, located."""

from __future__ import annotations

from verbinder.cli.common import CatalogueOpt, LangOpt, ModelArg, RolesOpt, batch, report_errors


@report_errors
def validate(
    model: ModelArg,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.i18n import choose_lang, t
    from verbinder.project import load_project

    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
    language = choose_lang(lang.value if lang else None, project.model.language)
    sys.stderr.write(
        t("msg.valid", language, file=str(model), actors=len(project.model.actors), links=len(project.model.links))
        + "\n"
    )
