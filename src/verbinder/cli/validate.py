"""``verbinder validate``: is the model usable? Every problem, located."""

from __future__ import annotations

from verbinder.cli import common as c


@c.command("model", "lang", "roles", "catalogue")
def validate(opts: c.Shared) -> None:

    from verbinder.i18n import t

    with c.batch():
        project, language = opts.open()
    counts = {"actors": len(project.model.actors), "links": len(project.model.links)}
    c.say(t("msg.valid", language, file=str(opts.model), **counts))
