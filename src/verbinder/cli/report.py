"""``verbinder report``: one self-contained HTML report for the college and the council."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli import common as c

#: Optional for typer, so that a missing --output gets verbinder's own message (in the user's language).
ReportOutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help=c.h("help.report_output"), show_default=False, metavar="FILE")
]


MapOpt = Annotated[Path | None, typer.Option("--map", help=c.h("help.report_map"), show_default=False, metavar="FILE")]


@c.command("model", "force", "lang", "roles", "catalogue")
def report(opts: c.Shared, output: ReportOutputOpt = None, today: c.TodayOpt = None, map: MapOpt = None) -> None:

    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t
    from verbinder.io.atomic import write_text
    from verbinder.render import report as render

    if output is None:
        raise UsageError(Msg("report.err.need_output"))
    c.refuse_existing(output, opts.force)  # before any work, Graphviz's included
    c.refuse_existing(map, opts.force)
    day = c.parse_today(today)
    with c.batch():
        project, language = opts.open()
        result = render.build(project, language, day)
        if map is not None:
            import os
            import urllib.parse

            from verbinder.render import map as render_map

            page = render_map.to_html(render_map.build(project, language, today=day, model_path=str(opts.path)))
            write_text(map, page, force=opts.force)
            where = os.path.relpath(map.resolve(), output.resolve().parent)
            result.map_href = urllib.parse.quote(Path(where).as_posix())
        text = render.to_html(result)
    picture = result.picture
    if picture.sketches is None:
        if picture.reason is None:
            c.say(t("report.no_picture", language))
        else:
            c.say(t("report.picture_failed", language, reason=picture.reason))
    elif left_out := sum(1 for s in picture.sketches if s.svg is None):
        c.say(t("picture.left_out", language, n=left_out))
    from verbinder.render.safe import document

    text = document(text)  # a control character the page's escaping missed (the picture) is escaped too
    write_text(output, text, force=opts.force)
    size = max(1, round(len(text.encode("utf-8")) / 1024))
    c.say(t("report.written", language, path=str(output), size=size))
