"""``verbinder workshop``: build and edit a model live with a group, in a full-screen terminal session."""

from __future__ import annotations

from verbinder.cli import common as c


@c.command("model", "lang", "roles", "catalogue")
def workshop(opts: c.Shared) -> None:
    import sys

    from verbinder.i18n import t
    from verbinder.workshop.state import Session

    model, lang = opts.path, opts.lang
    today = c.parse_today(None)  # VERBINDER_TODAY, as analyse: the actions are ranked as analyse ranks them
    # an invalid model stops here, like validate; the layout for editing is read once the first screen is drawn
    session = Session(model, roles=opts.roles, catalogue=opts.catalogue, defer=True)
    language = session.project.language(lang.value if lang else None)
    from verbinder.workshop.app import WorkshopApp

    try:
        WorkshopApp.create(session, language, today).run()
    finally:
        session.close()  # every accepted change is on disk before the command ends
    if session.saves:
        message = t("workshop.msg.done", language, file=str(model), n=session.saves, backup=str(session.backup))
    else:
        message = t("workshop.msg.no_changes", language, file=str(model))
    sys.stderr.write(message + "\n")
