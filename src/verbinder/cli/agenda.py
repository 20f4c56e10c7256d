"""``verbinder agenda``: the coalition agreement's coverage per item, and the roadmap over the term."""

from __future__ import annotations

from verbinder.cli import common as c


@c.command("model", "lang", "roles", "catalogue")
def agenda(opts: c.Shared, format: c.FormatOpt = c.Format.table, today: c.TodayOpt = None) -> None:
    from verbinder.render import agenda as render

    day = c.parse_today(today)
    with c.batch():
        project, language = opts.open()
        coverage, plan = project.agenda(day)
        model_, cat = project.model, project.catalogue
        c.emit(
            format,
            json=lambda: render.document_json(coverage, plan, model_, language),
            markdown=lambda: render.markdown(coverage, plan, model_, cat, language),
            table=lambda out: render.terminal(out, coverage, plan, model_, cat, language),
        )
