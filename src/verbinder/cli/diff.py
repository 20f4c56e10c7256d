"""``verbinder diff OLD NEW`` / ``verbinder diff MODEL --since REV``: what changed between two versions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli import common as c

OldArg = Annotated[Path, typer.Argument(metavar="OLD", help=c.h("help.diff_old"), show_default=False)]
NewArg = Annotated[Path | None, typer.Argument(metavar="[NEW]", help=c.h("help.diff_new"), show_default=False)]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="REV", help=c.h("help.since"), show_default=False)]


@c.command("lang", "roles", "catalogue")
def diff(
    opts: c.Shared, model: OldArg, new: NewArg = None, since: SinceOpt = None, format: c.FormatOpt = c.Format.table
) -> None:
    from verbinder.errors import ExitCode, UsageError
    from verbinder.i18n import Msg
    from verbinder.project import load, load_revision
    from verbinder.render import diff as render

    if new is not None and since is not None:
        raise UsageError(Msg("diff.err.new_and_since"))
    with c.batch():
        if since is not None:
            newer, language = opts.open(model)
            older = load_revision(model, since, roles=opts.roles, catalogue=opts.catalogue)
            old_name, new_name = f"{model}@{since}", str(model)
        elif new is not None:
            older = load(model, roles=opts.roles, catalogue=opts.catalogue)
            newer, language = opts.open(new)
            old_name, new_name = str(model), str(new)
        else:
            raise UsageError(Msg("diff.err.need_new"))
        result = older.diff(newer)
        names = result, old_name, new_name
        c.emit(
            format,
            json=lambda: render.document(*names),
            markdown=lambda: render.markdown(*names, newer.catalogue, language),
            table=lambda out: render.terminal(out, *names, newer.catalogue, language),
        )
    if not result.equal:
        raise typer.Exit(ExitCode.FINDINGS)
