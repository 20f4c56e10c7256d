"""``verbinder explain MODEL LINK...``: one link in full, every competency, level, reason, rule and ``file:line``."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli import common as c

LinksArg = Annotated[list[str], typer.Argument(help=c.h("help.explain_links"), show_default=False)]


@c.command("model", "lang", "roles", "catalogue")
def explain(opts: c.Shared, links: LinksArg) -> None:
    from verbinder.errors import UsageError
    from verbinder.i18n import localized
    from verbinder.model import unknown
    from verbinder.render import terminal
    from verbinder.render.links import link_block

    project, language = opts.open()
    by_id = {a.id: a for a in project.link_analysis.links}
    for lid in links:
        if lid not in by_id:
            raise UsageError(unknown("link", lid, list(by_id)))
    names = {comp.id: localized(comp.name, language) for comp in project.catalogue.competencies}
    out = terminal.console()
    for lid in links:
        link_block(out, by_id[lid], project.model, project.actors, names, language)
