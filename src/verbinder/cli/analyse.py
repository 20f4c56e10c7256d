"""``verbinder analyse``: what to do first, then every link classified; ``--explain`` for every reason."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli import common as c

ExplainOpt = Annotated[bool, typer.Option("--explain", help=c.h("help.analyse_explain"))]


@c.command("model", "lang", "roles", "catalogue")
def analyse(opts: c.Shared, format: c.FormatOpt = c.Format.table, explain: ExplainOpt = False) -> None:
    from verbinder.render import analyse as full
    from verbinder.render import overview

    with c.batch():
        project, language = opts.open()
        today = c.parse_today(None)
        found = project.analyse(today=today)
        views = found.links, project.catalogue, language
        extra: dict = {"agenda": found.agenda, "diagnostics": found.diagnostics}
        path = str(opts.model)
        if explain or format == c.Format.json:
            c.emit(
                format,
                json=lambda: full.to_json(*views, **extra, actions=found.actions, model_path=path),
                markdown=lambda: full.to_markdown(*views, **extra, actions=found.actions, model_path=path),
                table=lambda out: full.to_terminal(out, *views, **extra, actions=found.actions, model_path=path),
            )
            return
        view = overview.build(found, project, project.profiles(today=today), language, path)
        c.emit(
            format,
            markdown=lambda: overview.markdown(view, language),
            table=lambda out: overview.terminal(out, view, language),
        )
