"""``verbinder map``: the interactive network map as one offline HTML file, or live with ``--serve``."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli import common as c
from verbinder.cli.profiles import PseudoOpt, SaltOpt

ServeOpt = Annotated[bool, typer.Option("--serve", help=c.h("help.map_serve"))]
PortOpt = Annotated[int | None, typer.Option("--port", help=c.h("help.map_port"), show_default=False, min=1, max=65535)]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def map_(
    opts: c.Shared,
    serve: ServeOpt = False,
    port: PortOpt = None,
    pseudonymise: PseudoOpt = False,
    salt: SaltOpt = None,
    today: c.TodayOpt = None,
) -> None:
    import sys

    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t

    if port is not None and not serve:
        raise UsageError(Msg("map.err.port_serve"))
    if serve and opts.output is not None:
        raise UsageError(Msg("map.err.output_serve"))
    day = c.parse_today(today)
    if serve:
        _serve(opts, port, pseudonymise, salt or "", day)
        return
    if opts.output is None and sys.stdout.isatty():
        raise UsageError(Msg("map.err.need_output"))
    opts.refuse_existing()
    with c.batch():
        project, language = opts.open()
        if pseudonymise and not salt:
            c.say(t("profiles.warn.no_salt", language))
        from verbinder.render import map as render

        data = render.build(
            project, language, today=day, model_path=str(opts.path), pseudonymise=pseudonymise, salt=salt or ""
        )
        text = render.to_html(data)
    c.write_output(text, opts.output, force=opts.force)
    if opts.output is not None:
        c.say(t("map.written", language, path=str(opts.output)))


def _serve(opts: c.Shared, port: int | None, pseudonymise: bool, salt: str, day) -> None:
    import signal
    import threading

    from verbinder.i18n import choose_lang, t
    from verbinder.serve import serve_map

    lang = opts.lang.value if opts.lang else None
    live = serve_map(
        opts.path,
        lang=lang,
        port=port,
        roles=opts.roles,
        catalogue=opts.catalogue,
        pseudonymise=pseudonymise,
        salt=salt,
        today=day,
    )
    language = choose_lang(lang, c.sniff_lang(opts.path))
    if pseudonymise and not salt:
        c.say(t("profiles.warn.no_salt", language))
    done = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:  # from here a Ctrl+C stops the server as cleanly as SIGTERM does
        c.say(t("map.serving", language, url=live.url, model=str(opts.path)))
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        live.stop()
        signal.signal(signal.SIGTERM, previous)
    c.say(t("map.stopped", language))
