"""``verbinder staff``: suggest a kopgroep member for every link without a connector."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli import common as c

ApplyOpt = Annotated[bool, typer.Option("--apply", help=c.h("help.staff_apply"))]
MinFitOpt = Annotated[int, typer.Option("--min-fit", min=0, max=100, help=c.h("help.staff_min_fit"))]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def staff(
    opts: c.Shared, format: c.FormatOpt = c.Format.table, min_fit: MinFitOpt = 30, apply: ApplyOpt = False
) -> None:

    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t
    from verbinder.render import staffing as render

    output, model = opts.output, opts.path
    if apply and output is None:
        raise UsageError(Msg("staff.err.apply_output"))
    opts.refuse_existing()
    with c.batch():
        project, language = opts.open()
        today = c.parse_today(None)
        plan = project.staffing(min_fit=min_fit, today=today)
        views = plan, project.model, project.catalogue, language
        writers: dict = {
            "json": lambda: render.to_json(*views),
            "markdown": lambda: render.to_markdown(*views),
            "table": lambda out: render.to_table(out, *views),
        }
        if not apply:
            opts.emit(format, **writers)
            return
    from verbinder.cli.plan import write_copy, write_plan

    assert output is not None  # refused above
    result = project.plan(min_fit=min_fit, today=today)
    # the plan's connectors of the open links: the same items staff shows
    count, backup = write_copy(opts, model, output, lambda data: write_plan(data, result, move=False, propose=False))
    c.emit(format, **writers)  # the report to stdout; the model with the suggestions went to --output
    c.say(t("staff.msg.applied", language, n=count, file=str(output)))
    if backup is not None:
        c.say(t("staff.msg.backup", language, file=str(backup)))
