"""``verbinder develop``: a development plan per kopgroep member: methods and role models per gap."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli import common as c

MemberArg = Annotated[str | None, typer.Argument(help=c.h("help.develop_member"), show_default=False)]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def develop(
    opts: c.Shared, member: MemberArg = None, format: c.FormatOpt = c.Format.table, today: c.TodayOpt = None
) -> None:
    from verbinder.render import development as render

    opts.refuse_existing()
    opts.private = True  # a development plan is personal data: files written 0600
    with c.batch():
        project, language = opts.open()
        views = project.development(member, today=c.parse_today(today)), project.catalogue, project.model.name, language
        opts.emit(
            format,
            json=lambda: render.to_json(*views),
            markdown=lambda: render.to_markdown(*views, str(opts.path)),
            table=lambda out: render.to_table(out, *views, str(opts.path)),
        )
