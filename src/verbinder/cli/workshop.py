"""``verbinder workshop``: build and edit a model live with a group, in a full-screen terminal session."""

from __future__ import annotations

from verbinder.cli import common as c


@c.command("model", "lang", "roles", "catalogue")
def workshop(opts: c.Shared) -> None:
    import sys

    import typer

    from verbinder.i18n import t
    from verbinder.render.safe import terminal
    from verbinder.workshop.state import Session

    model, lang = opts.path, opts.lang
    today = c.parse_today(None)  # VERBINDER_TODAY, as analyse: the actions are ranked as analyse ranks them
    # an invalid model stops here, like validate; the layout for editing is read once the first screen is drawn
    session = Session(model, roles=opts.roles, catalogue=opts.catalogue, defer=True)
    language = session.project.language(lang.value if lang else None)
    from verbinder.workshop.app import WorkshopApp

    app = WorkshopApp.create(session, language, today)
    try:
        app.run()
    finally:
        if app.live is not None:
            app.live.stop()  # the map's server ends with the workshop
        session.close()  # every accepted change is on disk before the command ends
    from verbinder.errors import VerbinderError

    if app.crash is None and isinstance(session._writer.error, VerbinderError):
        raise session._writer.error  # a save that failed (a full disk): its located sentence, exit 2
    failed = app.crash or session._writer.error
    if failed is not None or app.return_code:
        # one sentence, never a traceback (it would show parts of the model); the file holds the last save
        error = type(failed).__name__ if failed is not None else str(app.return_code)
        sys.stderr.write(terminal(t("workshop.err.crashed", language, error=error, file=str(session.path))) + "\n")
        raise typer.Exit(2)
    if session.saves:
        message = t("workshop.msg.done", language, file=str(session.path), n=session.saves, backup=str(session.backup))
    else:
        message = t("workshop.msg.no_changes", language, file=str(session.path))
    sys.stderr.write(terminal(message) + "\n")  # a file name's control characters escaped, as everywhere
