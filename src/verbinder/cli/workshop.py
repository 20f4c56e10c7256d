"""``verbinder workshop``: build and edit a model live with a group, in a full-screen terminal session."""

from __future__ import annotations

from verbinder.cli.common import CatalogueOpt, LangOpt, ModelArg, RolesOpt, report_errors


@report_errors
def workshop(
    model: ModelArg,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.i18n import choose_lang, t
    from verbinder.workshop.state import Session

    session = Session(model, roles=roles, catalogue=catalogue)  # an invalid model stops here, like validate
    language = choose_lang(lang.value if lang else None, session.project.model.language)
    from verbinder.workshop.app import WorkshopApp

    WorkshopApp.create(session, language).run()
    if session.saves:
        message = t("workshop.msg.done", language, file=str(model), saves=session.saves, backup=str(session.backup))
    else:
        message = t("workshop.msg.no_changes", language, file=str(model))
    sys.stderr.write(message + "\n")
