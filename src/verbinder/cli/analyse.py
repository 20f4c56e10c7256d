"""``verbinder analyse``: every link classified, with the competencies it needs and why."""

from __future__ import annotations

from verbinder.cli import common as c


@c.command("model", "lang", "roles", "catalogue")
def analyse(opts: c.Shared, format: c.FormatOpt = c.Format.table) -> None:
    from verbinder.render import json, markdown, terminal

    with c.batch():
        project, language = opts.open()
        found = project.analyse()
        views = found.links, project.catalogue, language
        extra: dict = {"agenda": found.agenda, "diagnostics": found.diagnostics}
        c.emit(
            format,
            json=lambda: json.analysis(*views, **extra),
            markdown=lambda: markdown.analysis(*views, **extra),
            table=lambda out: terminal.analysis(out, *views, **extra),
        )
