"""The main screen's commands that ask first: choose an agenda item (``g``), search (``/``), ``connect``'s
proposals (``c``), the picture (``s``), and what to do about a file changed outside (``R``).

Functions of the app (each is the app's ``action_*``): they build a chooser or a
question, and hand the change they lead to to :meth:`WorkshopApp.apply_change`.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from verbinder.errors import VerbinderError
from verbinder.i18n import t
from verbinder.render.safe import line
from verbinder.workshop import outside
from verbinder.workshop.detail import tn
from verbinder.workshop.forms import AGENDA_FORM, ROLE_MODEL_FORM, Choice, FormField
from verbinder.workshop.screens import ChoiceScreen, FormScreen
from verbinder.workshop.state import Change

if TYPE_CHECKING:
    from verbinder.workshop.app import WorkshopApp


def _open_in_browser(path: Any) -> bool:
    """Open ``path`` in a graphical browser, if this machine has a screen (never a text browser in the terminal)."""
    import webbrowser

    if not _has_display():
        return False
    try:
        return webbrowser.open(path.resolve().as_uri())
    except webbrowser.Error:
        return False


def agenda(self: WorkshopApp) -> None:
    """Choose an agenda item (collegeakkoord) to edit, or a new one."""
    lang = self.lang
    items = self.session.project.model.agenda
    new = Choice("+", t("workshop.agenda.new", lang))
    field = FormField("item", t("workshop.field.item", lang), "choice", None,
                      [new] + [Choice(a.id, f"{line(a.title)} · {a.id}") for a in items],
                      t("workshop.placeholder.agenda.item", lang))  # fmt: skip

    def chosen(values: dict[str, Any]) -> None:
        ident = values.get("item")
        if ident in (None, "+"):
            title = t("workshop.form.add_agenda", lang)
            self.form("agenda", AGENDA_FORM, {}, title, self.session.add_agenda)
            return
        index = [a.id for a in items].index(ident)
        values = self.session.values("agenda", index)
        title = t("workshop.form.edit_agenda", lang, id=ident)
        self.form("agenda", AGENDA_FORM, values, title, lambda v: self.session.edit_agenda(index, v))

    self.push_screen(FormScreen(t("workshop.form.agenda", lang), [field], chosen, lang, change=False))


def role_models(self: WorkshopApp) -> None:
    """Choose a role model (rolmodel: someone to learn competencies from) to edit, or a new one."""
    lang = self.lang
    items = self.session.project.model.role_models
    new = Choice("+", t("workshop.role_model.new", lang))
    field = FormField("item", t("workshop.field.role_model", lang), "choice", None,
                      [new] + [Choice(str(i), line(r.name)) for i, r in enumerate(items)],
                      t("workshop.placeholder.role_model.item", lang))  # fmt: skip

    def chosen(values: dict[str, Any]) -> None:
        ident = values.get("item")
        if ident in (None, "+"):
            title = t("workshop.form.add_role_model", lang)
            self.form("role_model", ROLE_MODEL_FORM, {}, title, self.session.add_role_model)
            return
        index = int(ident)
        values = self.session.values("role_models", index)
        title = t("workshop.form.edit_role_model", lang, name=items[index].name)
        self.form("role_model", ROLE_MODEL_FORM, values, title, lambda v: self.session.edit_role_model(index, v))

    self.push_screen(FormScreen(t("workshop.form.role_models", lang), [field], chosen, lang, change=False))


def search(self: WorkshopApp) -> None:
    """Jump to an actor or a link by (part of) its name or id."""
    lang = self.lang
    project = self.session.project
    actors = project.actors
    choices = [Choice(f"actor:{i}", f"{line(a.name)} · {a.id}") for i, a in enumerate(project.model.actors)]
    choices += [
        Choice(f"link:{i}", f"{line(actors[link.from_].name)} → {line(actors[link.to].name)} · {lid}")
        for i, (link, lid) in enumerate(zip(project.model.links, project.link_ids, strict=True))
    ]
    field = FormField("to", t("workshop.field.search", lang), "choice", None, choices,
                      t("workshop.placeholder.search", lang))  # fmt: skip

    def go(values: dict[str, Any]) -> None:
        target = values.get("to")
        if not target:
            return
        what, _, index = target.partition(":")
        table = self.actors_table if what == "actor" else self.links_table
        table.focus()
        table.move_cursor(row=int(index))
        self.show_detail()

    self.push_screen(FormScreen(t("workshop.form.search", lang), [field], go, lang, change=False))


def connect(self: WorkshopApp) -> None:
    """``verbinder connect``'s proposals for one agenda item: choose the item, then a proposal; Enter accepts it
    (a new link is added, or an existing link gets the item too)."""
    lang = self.lang
    project = self.session.project
    items = [a for a in project.model.agenda if a.stakeholders]
    if not items:
        self.status(t("workshop.status.connect_none", lang), error=True)
        return
    field = FormField("item", t("workshop.field.item", lang), "choice", None,
                      [Choice(a.id, f"{line(a.title)} · {a.id}") for a in items],
                      t("workshop.placeholder.connect.item", lang))  # fmt: skip
    self.push_screen(
        FormScreen(
            t("workshop.form.connect", lang), [field], lambda values: _proposals(self, values), lang, change=False
        )
    )


def _proposals(self: WorkshopApp, values: dict[str, Any]) -> None:
    lang = self.lang
    item = values.get("item")
    if not item:
        return
    project = self.session.project
    plan = project.connect(agenda=item)  # the plan's proposals and connectors, as verbinder connect shows them
    names = project.actors
    choices = []
    for i, p in enumerate(plan.proposals):
        ends = f"{line(names[p.from_].name)} → {line(names[p.to].name)}"
        via = f" via {line(names[p.via].name)}" if p.via else ""
        key = "workshop.connect.new" if p.action == "new" else "workshop.connect.extend"
        choices.append(Choice(str(i), t(key, lang, ends=ends, via=via, id=p.id)))
    if not choices:
        self.status(t("workshop.status.connect_nothing", lang, item=item))
        return
    field = FormField("proposal", t("workshop.field.proposal", lang), "choice", None, choices,
                      t("workshop.placeholder.connect.proposal", lang), picked=0)  # fmt: skip

    def accept(chosen: dict[str, Any]) -> None:
        if chosen.get("proposal") is None:
            return
        p = plan.proposals[int(chosen["proposal"])]
        if p.action == "new":
            values = {"from": p.from_, "to": p.to, "via": p.via, "topic": p.topic, "agenda": [item]}
            self.apply_change(lambda: self.session.add_link(values))
        elif p.index is not None:
            index = p.index
            current = self.session.link_values(index)
            agenda = [*(current.get("agenda") or []), item]
            self.apply_change(lambda: self.session.edit_link(index, {"agenda": agenda}))

    title = t("workshop.form.proposals", lang, item=item, n=len(choices))
    self.push_screen(FormScreen(title, [field], accept, lang, change=False))


def svg(self: WorkshopApp) -> None:
    """Write the current map as ``MODEL.svg`` next to the model (the picture of ``verbinder graph --format svg``)
    and open it where a graphical browser is available."""
    lang = self.lang
    project = self.session.project
    target = self.session.path.with_suffix(".svg")
    self.status(t("workshop.status.svg_making", lang, file=str(target)))

    async def work() -> None:
        from verbinder.errors import render_problem
        from verbinder.io.atomic import write_text
        from verbinder.render.graph import to_svg

        def make() -> None:
            write_text(target, to_svg(project.link_analysis, lang, source=str(self.session.path)), force=True)

        try:
            await asyncio.to_thread(make)
        except VerbinderError as exc:
            self.status("  ".join(line(render_problem(p, lang)) for p in exc.problems), error=True)
            return
        except OSError as exc:
            self.status(line(t("workshop.err.unexpected", lang, detail=str(exc))), error=True)
            return
        opened = _open_in_browser(target)
        key = "workshop.status.svg_opened" if opened else "workshop.status.svg_written"
        self.status(t(key, lang, file=str(target)))

    self.run_worker(work(), group="svg")


def reload(self: WorkshopApp) -> None:
    """The file changed outside the workshop: say what changed (or, for an invalid version, its located
    problems) and offer the ways on: take theirs, keep mine as a copy, merge (see :mod:`.outside`)."""
    lang, session = self.lang, self.session

    async def work() -> None:
        from verbinder.errors import render_problem

        try:
            found = await asyncio.to_thread(outside.look, session)
        except VerbinderError as exc:
            self.status("  ".join(line(render_problem(p, lang)) for p in exc.problems), error=True)
            return
        if found.text == session._disk_text:
            self.status(t("workshop.status.not_changed", lang, file=session.name))
            return
        choices = [("2", t("workshop.outside.keep_mine", lang), lambda: self.apply_change(lambda: _keep_mine(self)))]
        if found.valid:
            lines = found.changes
            head = tn("workshop.outside.changed", lang, len(lines), file=session.name)
            choices = [
                ("1", t("workshop.outside.take_theirs", lang), lambda: self.apply_change(lambda: _take_theirs(self))),
                *choices,
                ("3", t("workshop.outside.merge", lang), lambda: self.apply_change(lambda: outside.merge(session))),
            ]
        else:
            lines = [render_problem(p, lang) for p in found.problems]
            head = tn("workshop.outside.invalid", lang, len(lines), file=session.name)
        more = [t("workshop.form.more", lang, n=len(lines) - 12)] if len(lines) > 12 else []
        question = head + "\n" + "\n".join(line(c) for c in lines[:12] + more)
        self.push_screen(ChoiceScreen(question, choices, lang))

    self.run_worker(work(), group="reload", exclusive=True)


def _take_theirs(self: WorkshopApp) -> Change:
    outside.take_theirs(self.session)
    self._told_outside = False
    return Change("reload", "model", self.session.name)


def _keep_mine(self: WorkshopApp) -> Change:
    copy = outside.keep_mine(self.session)
    self._told_outside = False
    return Change("copy", "model", str(copy))


def live_map(self: WorkshopApp) -> None:
    """``m``: the interactive map (``verbinder map --serve``) on 127.0.0.1 behind a token, opened in the browser
    where this machine has one; it follows every save within a second.  Pressed again: opened again (a new server
    when the session went on in another file, after "keep mine")."""
    import webbrowser

    lang, session = self.lang, self.session

    async def work() -> None:
        from verbinder.errors import render_problem
        from verbinder.serve import serve_map

        live = self.live
        if live is None or live.path != session.path:
            if live is not None:
                await asyncio.to_thread(live.stop)
            self.status(t("workshop.status.map_starting", lang))
            try:
                live = await asyncio.to_thread(
                    serve_map, session.path, lang=lang, roles=session._options["roles"],
                    catalogue=session._options["catalogue"], today=self.today,
                )  # fmt: skip
            except VerbinderError as exc:
                self.status("  ".join(line(render_problem(p, lang)) for p in exc.problems), error=True)
                return
            self.live = live
        opened = _has_display() and await asyncio.to_thread(webbrowser.open, live.url)
        key = "workshop.status.map_opened" if opened else "workshop.status.map_serving"
        self.status(t(key, lang, url=live.url))

    self.run_worker(work(), group="map", exclusive=True)


def _has_display() -> bool:
    """A graphical browser can be opened here (never a text browser inside the workshop's terminal)."""
    import os
    import sys

    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("darwin", "win32"))
