"""The workshop's full-screen terminal session (Textual).

One screen, readable on a projector: the links (type, connector, position,
warnings) and the actors in two tables on the left; on the right the selected
link in full (competencies with their reasons) and what to do now (``analyse``'s
ranked actions), updated after every change.  Every action has a key; the
footer names the main ones at every width and ``?`` shows them all.  Adding or
editing opens a form; an edit that does not validate keeps the form open and
shows the same located messages as ``verbinder validate``, and changes nothing.
Keys are queued and handled in the order typed (:meth:`WorkshopApp.on_event`).

All the work is done by :class:`~verbinder.workshop.state.Session`; this module
lays out the main screen and routes keys.  The forms and questions are in
:mod:`.screens`, the commands that ask first (``g / c s R m o``) in
:mod:`.dialogs`, what the tables and the detail pane show in :mod:`.detail`,
a file changed outside in :mod:`.outside`.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections import deque
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from verbinder.errors import VerbinderError
from verbinder.i18n import t
from verbinder.render.safe import line
from verbinder.workshop import detail, dialogs, forms, views
from verbinder.workshop.detail import tn
from verbinder.workshop.forms import ACTOR_FORM, LINK_FORM
from verbinder.workshop.screens import CSS, ChoiceScreen, ConfirmScreen, FormScreen, HelpScreen
from verbinder.workshop.state import Change, Session

#: Seconds an edit may take before the status line says the workshop is busy.
BUSY_AFTER = 0.3
#: Seconds between two looks at the model file (a change made outside the workshop is said within a second).
WATCH = 0.5
#: Rows of each table on the first screen, and appended at a time after it (so start-up does not wait for 1,000).
FIRST_ROWS = 100
MORE_ROWS = 200
#: Screens narrower than this (80 columns) show fewer columns and every view over the whole screen.
NARROW = 110

#: Keys of the main screen: (keys, action, message key).  The first key is the one the footer shows;
#: quit comes first so that it stays visible on an 80-column screen.
KEYS: tuple[tuple[str, str, str], ...] = (
    ("q", "quit", "workshop.key.quit"),
    ("l", "add_link", "workshop.key.add_link"),
    ("a", "add_actor", "workshop.key.add_actor"),
    ("e", "edit", "workshop.key.edit"),
    ("d,delete", "delete", "workshop.key.delete"),
    ("u,ctrl+z", "undo", "workshop.key.undo"),
    ("r,ctrl+y", "redo", "workshop.key.redo"),
    ("v", "view", "workshop.key.view"),
    ("g", "agenda", "workshop.key.agenda"),
    ("slash", "search", "workshop.key.search"),
    ("p", "presenter", "workshop.key.presenter"),
    ("s", "svg", "workshop.key.svg"),
    ("c", "connect", "workshop.key.connect"),
    ("o", "role_models", "workshop.key.role_models"),
    ("m", "map", "workshop.key.map"),
    ("R", "reload", "workshop.key.reload"),
    ("tab", "focus_next", "workshop.key.switch"),
    ("question_mark,h,f1", "help", "workshop.key.help"),
)
#: The footer's keys, most needed first: as many as the width allows, and always ``?`` (every key) last.
FOOTER = ("quit", "add_link", "add_actor", "edit", "delete", "undo", "view", "search", "agenda", "presenter", "map",
          "role_models", "connect", "redo", "svg", "reload", "focus_next")  # fmt: skip
#: Keys that move the cursor of the focused table.
TABLE_KEYS = {
    "up": "cursor_up",
    "down": "cursor_down",
    "pageup": "page_up",
    "pagedown": "page_down",
    "home": "scroll_top",  # the first row (DataTable's own scroll_home only scrolls sideways)
    "end": "scroll_bottom",
}

#: The order of the fields in the forms (the file gets the order of state.ACTOR_FIELDS / LINK_FIELDS).
CHANGE_KEYS = {
    ("add", "actor"): "workshop.change.add.actor",
    ("edit", "actor"): "workshop.change.edit.actor",
    ("delete", "actor"): "workshop.change.delete.actor",
    ("add", "link"): "workshop.change.add.link",
    ("edit", "link"): "workshop.change.edit.link",
    ("delete", "link"): "workshop.change.delete.link",
    ("add", "agenda"): "workshop.change.add.agenda",
    ("edit", "agenda"): "workshop.change.edit.agenda",
    ("reload", "model"): "workshop.change.reload.model",
    ("copy", "model"): "workshop.change.copy.model",
    ("merge", "model"): "workshop.change.merge.model",
    ("add", "role_model"): "workshop.change.add.role_model",
    ("edit", "role_model"): "workshop.change.edit.role_model",
}
#: What a list's item is called, in the lines that say what a rename or delete changes elsewhere.
WHAT_KEYS = {
    "links": "workshop.what.links",
    "agenda": "workshop.what.agenda",
    "role_models": "workshop.what.role_models",
    "actors": "workshop.what.actors",
}
VERB_KEYS = {"undone": "workshop.status.undone", "redone": "workshop.status.redone"}


class WorkshopApp(App[None]):
    """The workshop screen over one :class:`~verbinder.workshop.state.Session`."""

    CSS = CSS
    ENABLE_COMMAND_PALETTE = False

    @classmethod
    def create(cls, session: Session, lang: str, today: _dt.date | None = None) -> WorkshopApp:
        """The app in ``lang`` (keys are handled in :meth:`on_event`, the footer is drawn by :meth:`_show_keys`)."""
        return cls(session, lang, today)

    def __init__(self, session: Session, lang: str, today: _dt.date | None = None):
        super().__init__()
        self.session = session
        self.lang = lang
        self.today = today  # as ``analyse --today`` (None: the real date): due dates weigh in the actions
        self.title = session.project.model.name
        self.busy = False
        self.crash: BaseException | None = None  # the unexpected error that stopped the app, if any
        self._width = 0  # the screen's width as the last resize said (0: not yet)
        self.live: Any = None  # the live map (``m``), once started
        self._laid_out: tuple[bool, bool] = (False, False)  # (narrow, presenter) the columns were made for
        self._told_failed: BaseException | None = None  # the failed write the status line has said
        self._told_outside = False  # the status line has said the file changed outside
        self.quitting = False  # Ctrl+C during a save: stop once it is done
        self.keys: deque[events.Key | events.Paste] = deque()  # typed, not yet handled (see on_event)
        self.shown = 0  # accepted changes shown so far
        self.view = "detail"
        self.presenter = False
        self._analysed: views.Analysed | None = None
        self._started = False  # the first screen is drawn (see _first_frame)
        self._more: dict[str, list[tuple[str, ...]]] = {}  # rows still to be appended, by table

    # --- keys --------------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Every key (and paste) is queued here and handled in the order typed, by the screen on top at its turn.

        Textual would forward a key to the focused widget and let it bubble back
        up to the bindings as a message of its own, so a fast typist's next key
        could be handled before the previous one had moved the focus or opened a
        form.  Keys typed while a change is being made wait in :attr:`keys` and go,
        in order, to what is on screen when it is done (the form again when the
        change was refused, the main screen or the next form when it was made):
        none is dropped, none is applied to a screen it was not meant for.
        Ctrl+C or Ctrl+Q during a save lets the save finish, then stops.
        """
        if isinstance(event, events.Key | events.Paste) and not getattr(event, "is_forwarded", False):
            if isinstance(event, events.Key) and event.key in ("ctrl+c", "ctrl+q"):
                self.action_quit()
            else:
                self.keys.append(event)
                self.take_keys()
            return
        if self.busy and isinstance(event, events.MouseEvent):
            return
        await super().on_event(event)

    def take_keys(self) -> None:
        """Hand the waiting keys, one at a time, to the screen on top; stop while a change is being made."""
        while self.keys and not self.busy and not self._closing:
            screen = self.screen
            if isinstance(screen, FormScreen) and not screen.ready:
                return  # the form takes the rest once it is mounted
            event = self.keys.popleft()
            if isinstance(screen, FormScreen | ConfirmScreen | ChoiceScreen | HelpScreen):
                screen.take_key(event)
            elif isinstance(event, events.Key):
                self.handle_main_key(event)

    def _fatal_error(self) -> None:
        """An error nobody foresaw: no traceback (Textual's shows local variables, parts of the model, on the
        projector); the CLI says one sentence and exits non-zero (:attr:`crash`), the file holds the last save."""
        import sys

        self.crash = sys.exc_info()[1] or self._exception
        self.bell()
        self._close_messages_no_wait()

    def handle_main_key(self, event: events.Key) -> None:
        """A key on the main screen: an action, or a cursor move in the focused table."""
        key = event.key
        for keys, action, _ in KEYS:
            if key in keys.split(","):
                getattr(self, f"action_{action}")()
                return
        if key == "shift+tab":
            self.screen.focus_previous()
        elif key == "enter":
            self.action_edit()
        elif key in TABLE_KEYS and isinstance(self.focused, DataTable):
            getattr(self.focused, f"action_{TABLE_KEYS[key]}")()

    def action_quit(self) -> None:  # type: ignore[override]
        """Stop; a change being saved is finished first (the file holds it, or the version before it)."""
        if self.busy:
            self.quitting = True
            self.status(t("workshop.status.quitting", self.lang))
            return
        self.exit()

    def action_focus_next(self) -> None:
        self.screen.focus_next()

    @property
    def narrow(self) -> bool:
        """An 80-column screen: the link's id and the scores move to the detail pane, the views take the screen."""
        return (self._width or self.size.width) < NARROW

    def on_resize(self, event: events.Resize) -> None:
        """Lay the screen out again for its new size: 80 columns and 160 get different columns, not a cut."""
        self._width = event.size.width
        self._main_screen().set_class(event.size.width < NARROW, "narrow")
        if hasattr(self, "_rows"):
            if self._laid_out != (self.narrow, self.presenter):
                rows = (self.links_table.cursor_row, self.actors_table.cursor_row)
                self._lay_out()
                self.refresh_all(*rows)
            self.show_detail()
        self._show_keys()

    def _lay_out(self) -> None:
        """The tables' columns for this width and mode (see :func:`.detail.columns`); their rows are refilled."""
        widths = detail.columns(self.session.project, self.lang, self.narrow, self.presenter)
        for name, table in (("links", self.links_table), ("actors", self.actors_table)):
            table.clear(columns=True)
            table.cell_padding = 2 if self.presenter else 1  # presenter mode: more room between the columns
            for column, width in widths[name].items():
                table.add_column(t(detail.COLUMN_KEYS[column], self.lang), width=width, key=column)
        self._widths = {name: list(w.values()) for name, w in widths.items()}
        self._columns = {name: list(w) for name, w in widths.items()}
        self._rows: dict[str, list[tuple[str, ...]]] = {"links": [], "actors": []}
        self._laid_out = (self.narrow, self.presenter)
        self._main_screen().set_class(self.presenter, "presenter")
        self._show_keys()

    def _show_keys(self) -> None:
        """The footer: the main keys that fit the width, always ending with ``?`` for every key."""
        labels = {action: (keys.split(",")[0], label) for keys, action, label in KEYS}
        shown = {"slash": "/", "question_mark": "?", "tab": "Tab"}
        part = lambda action: (shown.get(labels[action][0], labels[action][0]), t(labels[action][1], self.lang))  # noqa: E731
        last = part("help")
        room = max(20, (self._width or self.size.width) - 2) - len(last[0]) - len(last[1]) - 1
        text = Text()
        for action in FOOTER:
            key, label = part(action)
            if len(text.plain) + len(key) + len(label) + 2 > room:
                break
            text.append(key, style="bold black on #ffd75f").append(f" {label} ")
        text.append(last[0], style="bold black on #ffd75f").append(f" {last[1]}")
        self._main("#keys", Static).update(text)

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield Static("", id="links-head", classes="head")
                yield DataTable(id="links", cursor_type="row", zebra_stripes=False)
                yield Static("", id="actors-head", classes="head")
                yield DataTable(id="actors", cursor_type="row")
            with Vertical(id="right"):
                with VerticalScroll(id="detail-box"):
                    yield Static("", id="detail")
                with VerticalScroll(id="actions-box"):
                    yield Static("", id="actions")
        yield Static("", id="status")
        yield Static("", id="keys")

    def on_mount(self) -> None:
        lang = self.lang
        self._lay_out()
        self.refresh_all()
        self.links_table.focus()
        self.status(t("workshop.status.ready", lang, file=self.session.name))
        self._status_is_ready = True  # until anything else is said there
        self.set_interval(WATCH, self._watch_file)
        self.call_after_refresh(self._first_frame)

    def _first_frame(self) -> None:
        """Once the first screen is drawn: the whole analysis and the file's layout (for editing) in the
        background, the tables' remaining rows between keys."""
        self._started = True
        self.analyse()
        self.session.prepare()
        self._more_rows()

    def _more_rows(self) -> None:
        """Append the next chunk of rows still to be shown (see :meth:`_fill`), then let keys in before the next."""
        for name, rows in list(self._more.items()):
            table = self.links_table if name == "links" else self.actors_table
            self._fill(table, name, rows, at_most=MORE_ROWS)
        if self._more:
            self.call_later(self._more_rows)

    def _watch_file(self) -> None:
        """Twice a second: a change made to the file outside the workshop is said at once (and nothing more is
        written until the facilitator chooses with R); so is a write that failed (a full disk, a folder made
        read-only): the screen must not go on saying "saved"."""
        session = self.session
        failed = session._writer.error
        if failed is not None and failed is not self._told_failed:
            from verbinder.errors import render_problem

            self._told_failed = failed
            problems = failed.problems if isinstance(failed, VerbinderError) else []
            said = "  ".join(render_problem(p, self.lang) for p in problems) or t(
                "workshop.err.unexpected", self.lang, detail=type(failed).__name__
            )
            self.status(line(said), error=True)
        if self.busy or self._told_outside or not session._writer.idle:
            return
        if session.conflict or session._disk_changed():
            session._writer.conflict = True  # nothing is written over the other version until R is answered
            self._told_outside = True
            self.status(t("workshop.status.outside", self.lang, file=session.name), error=True)

    def _main(self, selector: str, expect: Any = None) -> Any:
        """A widget of the main screen, also while a form or question is on top of it (a stand-in, never shown,
        once the app is closing and its widgets are gone: a late background result must not fail the exit)."""
        from textual.css.query import NoMatches

        try:
            screen = self.screen_stack[0]
            return screen.query_one(selector) if expect is None else screen.query_one(selector, expect)
        except (NoMatches, IndexError):
            if self.is_running and not self._closing:
                raise
            return Static()

    def _main_screen(self) -> Any:
        """The main screen (under any form or question on top of it)."""
        return self.screen_stack[0] if self.screen_stack else self.screen

    @property
    def links_table(self) -> DataTable:
        return self._main("#links", DataTable)

    @property
    def actors_table(self) -> DataTable:
        return self._main("#actors", DataTable)

    # --- showing the session ---------------------------------------------------------------

    def refresh_all(self, link_row: int | None = None, actor_row: int | None = None) -> None:
        """Show the session's analysis: the rows that changed, the detail pane and the actions."""
        lang = self.lang
        model = self.session.project.model
        links, people = self.links_table, self.actors_table
        link_row = links.cursor_row if link_row is None else link_row
        actor_row = people.cursor_row if actor_row is None else actor_row
        at_most = None if self._started else FIRST_ROWS  # the first screen needs a screenful; the rest comes next
        shown = detail.rows(self.session.project, self.session.analysis, self._columns, lang, self.presenter)
        self._fill(links, "links", shown["links"], at_most=at_most)
        self._fill(people, "actors", shown["actors"], at_most=at_most)
        if links.row_count:
            links.move_cursor(row=min(link_row, links.row_count - 1))
        if people.row_count:
            people.move_cursor(row=min(actor_row, people.row_count - 1))
        self._main("#links-head", Static).update(t("workshop.head.links", lang, n=len(model.links)))
        self._main("#actors-head", Static).update(t("workshop.head.actors", lang, n=len(model.actors)))
        if self._analysed is not None and self._analysed.project is not self.session.project:
            self._analysed = None
        self._main("#actions", Static).update(self._top_actions())
        self.show_detail()
        if self._analysed is None and self._started:
            self.analyse()

    def _fill(self, table: DataTable, name: str, rows: list[tuple[str, ...]], *, at_most: int | None = None) -> None:
        """Make ``table`` show ``rows``: changed rows are updated and new ones appended; otherwise it is rebuilt.

        With ``at_most``, no more than that many rows are appended now; the rest
        are appended by :meth:`_more_rows`, a chunk at a time, between keys.
        """
        old = self._rows[name]
        widths = self._widths[name]
        extra = 1 if self.presenter else 0  # presenter mode: a blank line under every row
        height = lambda row: extra + max(detail.lines(cell, w) for cell, w in zip(row, widths, strict=True))  # noqa: E731
        keys = [c.key for c in table.ordered_columns]
        same = len(rows) >= len(old) and all(
            height(rows[i]) == height(old[i]) for i in range(len(old)) if rows[i] != old[i]
        )
        if not same:
            table.clear()
            old = []
        end = len(rows) if at_most is None else min(len(rows), len(old) + at_most)
        self._rows[name] = rows[:end]
        if end < len(rows):
            self._more[name] = rows
        else:
            self._more.pop(name, None)
        for i, row in enumerate(rows[: len(old)]):
            if row != old[i]:
                for key, cell, before in zip(keys, row, old[i], strict=True):
                    if cell != before:
                        table.update_cell(str(i), key, detail.cell(key, cell))
        for i in range(len(old), end):
            row = rows[i]
            table.add_row(*(detail.cell(k, c) for k, c in zip(keys, row, strict=True)), key=str(i), height=height(row))

    def show_detail(self) -> None:
        """The right pane in the chosen view: the selected link or actor in full, the warnings, the kopgroep's load,
        or a picture (the power/interest grid, the kinds × kinds matrix) over the whole screen."""
        pane = self._main("#detail", Static)
        screen = self._main_screen()
        # the pictures take the whole screen; at 80 columns every view but the details does (9 lines are too few)
        screen.set_class(self.view in ("grid", "matrix") or (self.view != "detail" and self.narrow), "picture")
        screen.set_class(self.view == "actions", "actions-view")
        if self.view != "detail":
            view = getattr(views, self.view)
            pane.update(view(self.session.project, self._analysed, self.lang, self.presenter))
            return
        if self.focused is self.actors_table and self.actors_table.row_count:
            row = self.actors_table.cursor_row
            pane.update(detail.actor(self.session.project, self.session.analysis, row, self.lang, self.presenter))
        elif self.links_table.row_count:
            a = self.session.analysis.links[self.links_table.cursor_row]
            pane.update(detail.link(self.session.project, a, self.lang, self.presenter))
        else:
            pane.update(Text(t("workshop.detail.empty", self.lang)))

    def _top_actions(self) -> Text:
        """The box under the selected item: the first few of ``analyse``'s ranked actions."""
        return views.actions(self.session.project, self._analysed, self.lang, self.presenter, top=views.TOP_ACTIONS)

    def analyse(self) -> None:
        """Everything ``analyse`` finds (diagnostics, agenda, load), computed in a thread after each change."""
        project = self.session.project

        async def work() -> None:
            found = await asyncio.to_thread(views.Analysed.of, project, self.today)
            if self.session.project is project:
                self._analysed = found
                self._main("#actions", Static).update(self._top_actions())
                if self.view != "detail":
                    self.show_detail()
                if self._status_is_ready and self.narrow:  # no box for the actions at 80 columns: say the first
                    self.status(self._first_action(found))

        self.run_worker(work(), group="analyse", exclusive=True)

    def _first_action(self, found: views.Analysed) -> str:
        """The status line at 80 columns once the analysis is in: how many actions, and the first one."""
        from verbinder.render.overview import clip

        actions = found.result.actions
        if not actions:
            return t("actions.none", self.lang)
        first, project, lang = actions[0], self.session.project, self.lang
        why = views.named(first.why, project, lang) if self.presenter else first.why.render(lang)
        what = f"{views.kind_label(first.kind, lang)}: {line(why)}"
        room = self.size.width - 3 - len(t("workshop.status.first_action", lang, n=len(actions), what=""))
        return t("workshop.status.first_action", lang, n=len(actions), what=clip(what, room))

    def action_view(self) -> None:
        """The next view of the right pane (details, actions, warnings, load, grid, matrix)."""
        self.view = views.VIEWS[(views.VIEWS.index(self.view) + 1) % len(views.VIEWS)]
        self.show_detail()
        self.status(t(views.VIEW_KEYS[self.view], self.lang) + " · " + t("workshop.status.view_keys", self.lang))

    def status(self, message: str, *, error: bool = False) -> None:
        """One line above the footer: what just happened, or what went wrong."""
        line = self._main("#status", Static)
        line.update(Text(message))
        line.set_class(error, "error")
        self._status_is_ready = False

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def on_descendant_focus(self, event: Any) -> None:
        self.show_detail()

    # --- actions ---------------------------------------------------------------------------

    def form(
        self, what: str, names: tuple[str, ...], values: dict[str, Any], title: str, submit: Any, ask: Any = None
    ) -> None:
        fields = forms.fields(self.session.project, what, names, values, self.lang)
        self.push_screen(FormScreen(title, fields, submit, self.lang, ask=ask))

    def apply_change(
        self,
        step: Callable[[], Change | None],
        *,
        form: FormScreen | None = None,
        verb: str | None = None,
        nothing: str | None = None,
    ) -> None:
        """Make a change in a worker thread; the screen stays live and says "busy" after :data:`BUSY_AFTER` s."""
        self.busy = True

        def busy() -> None:
            if self.busy:  # a timer that fires late (a loaded machine) says nothing once the work is done
                self.status(t("workshop.status.busy", self.lang))

        timer = self.set_timer(BUSY_AFTER, busy)

        async def work() -> None:
            from verbinder.errors import render_problem

            try:
                change = await asyncio.to_thread(step)
            except VerbinderError as exc:
                if form is not None:
                    form.show_errors(exc.problems)
                    self.status(t("workshop.status.not_saved", self.lang), error=True)
                else:
                    self.status("  ".join(line(render_problem(p, self.lang)) for p in exc.problems), error=True)
                return
            except Exception as exc:  # a bug must not end the workshop; the edit was not applied
                message = t("workshop.err.unexpected", self.lang, detail=str(exc))
                if form is not None:
                    form.show_problems([(None, message)])
                self.status(message, error=True)
                return
            finally:
                timer.stop()
                self.busy = False
                if self.quitting:
                    self.exit()
                else:
                    self.call_later(self.take_keys)  # the keys typed meanwhile, to what is on screen now
            if form is not None and self.screen is form:
                self.pop_screen()
            if change is None:
                self.status(t(nothing, self.lang) if nothing else "")
                return
            self._done(change, verb)

        self.run_worker(work(), group="change")

    def _done(self, change: Change, verb: str | None = None) -> None:
        """Show the session after an accepted change and put the cursor on what changed."""
        link_row = actor_row = None
        if change.what == "link" and change.action != "delete" and change.id in self.session.project.link_ids:
            link_row = self.session.project.link_ids.index(change.id)
        ids = [a.id for a in self.session.project.model.actors]
        if change.what == "actor" and change.action != "delete" and change.id in ids:
            actor_row = ids.index(change.id)
        self.refresh_all(link_row, actor_row)
        if link_row is not None:
            self.links_table.focus()
        elif actor_row is not None:
            self.actors_table.focus()
        message = t(CHANGE_KEYS[change.action, change.what], self.lang, id=change.id, file=self.session.name)
        if verb:
            message = t(VERB_KEYS[verb], self.lang, change=message)
        if change.action != "reload":  # taking their version saves nothing
            message += " · " + t("workshop.status.saved", self.lang, file=self.session.name)
        self.status(message)
        self.shown += 1

    def action_add_link(self) -> None:
        self.form("link", LINK_FORM, {}, t("workshop.form.add_link", self.lang), self.session.add_link)

    def action_add_actor(self) -> None:
        title = t("workshop.form.add_actor", self.lang)
        self.form("actor", ACTOR_FORM, {}, title, self.session.add_actor)

    def action_edit(self) -> None:
        if self.focused is self.actors_table and self.actors_table.row_count:
            row = self.actors_table.cursor_row
            values = self.session.actor_values(row)
            title = t("workshop.form.edit_actor", self.lang, id=values["id"])
            old = str(values["id"])

            def ask(new: dict[str, Any]) -> str | None:  # a new id: say where else it changes, first
                if not new.get("id") or new["id"] == old or not self.session.mentions(old):
                    return None
                return t("workshop.confirm.rename", self.lang, id=old, new=new["id"]) + self._mentions(old, new["id"])

            self.form("actor", ACTOR_FORM, values, title, lambda v: self.session.edit_actor(row, v), ask=ask)
        elif self.links_table.row_count:
            row = self.links_table.cursor_row
            values = self.session.link_values(row)
            title = t("workshop.form.edit_link", self.lang, id=self.session.project.link_ids[row])
            self.form("link", LINK_FORM, values, title, lambda v: self.session.edit_link(row, v))

    def action_delete(self) -> None:
        """Ask first, saying everything else the delete changes (an actor's links, agenda items, role models)."""
        lang = self.lang
        if self.focused is self.actors_table and self.actors_table.row_count:
            row = self.actors_table.cursor_row
            actor = self.session.project.model.actors[row]
            question = t("workshop.confirm.actor", lang, id=actor.id, name=actor.name)
            question += self._mentions(actor.id, None)
            self.push_screen(
                ConfirmScreen(question, lambda: self.apply_change(lambda: self.session.delete_actor(row)), lang)
            )
        elif self.focused is self.links_table and self.links_table.row_count:
            row = self.links_table.cursor_row
            question = t("workshop.confirm.link", lang, id=self.session.project.link_ids[row])
            self.push_screen(
                ConfirmScreen(question, lambda: self.apply_change(lambda: self.session.delete_link(row)), lang)
            )

    def _mentions(self, actor: str, new: str | None) -> str:
        """What renaming ``actor`` to ``new`` (or deleting it: ``None``) changes elsewhere, a line each ("" if
        nothing)."""
        lang, found = self.lang, self.session.mentions(actor)
        if not found:
            return ""
        lines = []
        for m in found:
            what = t(WHAT_KEYS[m.key], lang)
            if new is not None:
                lines.append(t("workshop.mention.renamed", lang, what=what, item=m.label, field=m.field, new=new))
            elif m.key == "links" and m.field in ("from", "to"):
                lines.append(t("workshop.mention.removed", lang, what=what, item=m.label))
            else:
                lines.append(t("workshop.mention.cleared", lang, what=what, item=m.label, field=m.field))
        shown = lines[:12] + ([t("workshop.form.more", lang, n=len(lines) - 12)] if len(lines) > 12 else [])
        return "\n" + tn("workshop.confirm.also", lang, len(lines)) + "\n" + "\n".join(line(x) for x in shown)

    def action_agenda(self) -> None:
        """Choose an agenda item (collegeakkoord) to edit, or a new one."""
        dialogs.agenda(self)

    def action_role_models(self) -> None:
        """Choose a role model to edit, or a new one."""
        dialogs.role_models(self)

    def action_search(self) -> None:
        """Jump to an actor or a link by (part of) its name or id."""
        dialogs.search(self)

    def action_connect(self) -> None:
        """``verbinder connect``'s proposals for one agenda item."""
        dialogs.connect(self)

    def action_svg(self) -> None:
        """The current map as a picture next to the model."""
        dialogs.svg(self)

    def action_reload(self) -> None:
        """What to do about the file changed outside the workshop."""
        dialogs.reload(self)

    def action_presenter(self) -> None:
        """Presenter mode: names and topics only (no ids, no file:line references), more room between rows and
        columns; the selection stays."""
        self.presenter = not self.presenter
        rows = (self.links_table.cursor_row, self.actors_table.cursor_row)  # the selection stays where it was
        self._lay_out()
        self.refresh_all(*rows)
        self.status(t("workshop.status.presenter_on" if self.presenter else "workshop.status.presenter_off", self.lang))

    def action_map(self) -> None:
        """The interactive map in the browser, served on 127.0.0.1; it follows every save."""
        dialogs.live_map(self)

    def action_help(self) -> None:
        """Every key, on a screen of its own (any key closes it)."""
        self.push_screen(HelpScreen([(keys, t(label, self.lang)) for keys, _, label in KEYS], self.lang))

    def action_undo(self) -> None:
        self.apply_change(self.session.undo, verb="undone", nothing="workshop.status.nothing_to_undo")

    def action_redo(self) -> None:
        self.apply_change(self.session.redo, verb="redone", nothing="workshop.status.nothing_to_redo")
