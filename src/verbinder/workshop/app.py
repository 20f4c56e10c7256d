"""The workshop's full-screen terminal session (Textual).

One screen, readable on a projector: the links (type, connector, position,
warnings) and the actors in two tables on the left; on the right the selected
link in full (competencies with their reasons) and what to do now (``analyse``'s
ranked actions), updated after every change.  Every action has a key, shown in
the footer in the session's language.  Adding or
editing opens a form; an edit that does not validate keeps the form open and
shows the same located messages as ``verbinder validate``, and changes nothing.
All the work is done by :class:`~verbinder.workshop.state.Session`; this module
only shows it.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, DataTable, Footer, Input, Label, Static

from verbinder.errors import Problem, VerbinderError
from verbinder.i18n import Msg, localized, t
from verbinder.model import Tension
from verbinder.render import labels
from verbinder.render.safe import line
from verbinder.workshop import views
from verbinder.workshop.forms import Choice, FormField, check, render_choices
from verbinder.workshop.state import Change, Session

#: Seconds an edit may take before the status line says the workshop is busy.
BUSY_AFTER = 0.3
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
    ("R", "reload", "workshop.key.reload"),
    ("tab", "focus_next", "workshop.key.switch"),
)
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
ACTOR_FORM = (
    "id",
    "name",
    "kind",
    "influence",
    "interest",
    "department",
    "role",
    "capacity",
    "kopgroep",
    "competencies",
)
LINK_FORM = ("from", "to", "via", "tension", "topic", "agenda", "id")
AGENDA_FORM = ("id", "title", "due", "stakeholders", "owner")

#: Message keys, written out so that a test can check each exists (never built from a value).
COLUMN_KEYS = {
    "warnings": "workshop.col.warnings",
    "ends": "workshop.col.ends",
    "via": "workshop.col.via",
    "type": "workshop.col.type",
    "position": "workshop.col.position",
    "link": "workshop.col.link",
    "id": "workshop.col.id",
    "name": "workshop.col.name",
    "kind": "workshop.col.kind",
    "influence": "workshop.col.influence",
    "interest": "workshop.col.interest",
    "kopgroep": "workshop.col.kopgroep",
}
FIELD_KEYS = {
    "id": "workshop.field.id",
    "name": "workshop.field.name",
    "kind": "workshop.field.kind",
    "influence": "workshop.field.influence",
    "interest": "workshop.field.interest",
    "department": "workshop.field.department",
    "role": "workshop.field.role",
    "capacity": "workshop.field.capacity",
    "kopgroep": "workshop.field.kopgroep",
    "competencies": "workshop.field.competencies",
    "from": "workshop.field.from",
    "to": "workshop.field.to",
    "via": "workshop.field.via",
    "tension": "workshop.field.tension",
    "topic": "workshop.field.topic",
    "agenda": "workshop.field.agenda",
    "title": "workshop.field.title",
    "due": "workshop.field.due",
    "stakeholders": "workshop.field.stakeholders",
    "owner": "workshop.field.owner",
}
PLACEHOLDER_KEYS = {
    ("actor", "id"): "workshop.placeholder.actor.id",
    ("actor", "name"): "workshop.placeholder.actor.name",
    ("actor", "kind"): "workshop.placeholder.actor.kind",
    ("actor", "influence"): "workshop.placeholder.actor.influence",
    ("actor", "interest"): "workshop.placeholder.actor.interest",
    ("actor", "department"): "workshop.placeholder.actor.department",
    ("actor", "role"): "workshop.placeholder.actor.role",
    ("actor", "capacity"): "workshop.placeholder.actor.capacity",
    ("actor", "kopgroep"): "workshop.placeholder.actor.kopgroep",
    ("actor", "competencies"): "workshop.placeholder.actor.competencies",
    ("link", "from"): "workshop.placeholder.link.from",
    ("link", "to"): "workshop.placeholder.link.to",
    ("link", "via"): "workshop.placeholder.link.via",
    ("link", "tension"): "workshop.placeholder.link.tension",
    ("link", "topic"): "workshop.placeholder.link.topic",
    ("link", "agenda"): "workshop.placeholder.link.agenda",
    ("link", "id"): "workshop.placeholder.link.id",
    ("agenda", "id"): "workshop.placeholder.agenda.id",
    ("agenda", "title"): "workshop.placeholder.agenda.title",
    ("agenda", "due"): "workshop.placeholder.agenda.due",
    ("agenda", "stakeholders"): "workshop.placeholder.agenda.stakeholders",
    ("agenda", "owner"): "workshop.placeholder.agenda.owner",
}
CHANGE_KEYS = {
    ("add", "actor"): "workshop.change.add.actor",
    ("edit", "actor"): "workshop.change.edit.actor",
    ("delete", "actor"): "workshop.change.delete.actor",
    ("add", "link"): "workshop.change.add.link",
    ("edit", "link"): "workshop.change.edit.link",
    ("delete", "link"): "workshop.change.delete.link",
    ("add", "agenda"): "workshop.change.add.agenda",
    ("edit", "agenda"): "workshop.change.edit.agenda",
}
VERB_KEYS = {"undone": "workshop.status.undone", "redone": "workshop.status.redone"}

CSS = """
Screen { background: black; color: white; }
#main { height: 1fr; }
#left { width: 2fr; }
#right { width: 1fr; min-width: 34; border-left: heavy $accent; padding: 0 1; }
.head { text-style: bold; color: black; background: #ffd75f; width: 100%; padding: 0 1; }
DataTable { height: 1fr; background: black; }
DataTable > .datatable--header { text-style: bold; color: #ffd75f; background: #202020; }
DataTable > .datatable--cursor { background: #ffd75f; color: black; text-style: bold; }
DataTable:blur > .datatable--cursor { background: #505050; color: white; }
#detail-box { height: 2fr; }
#actions-box { height: 1fr; border-top: heavy #ffd75f; }
Screen.actions-view #actions-box { display: none; }
#status { height: 1; background: #202020; color: white; padding: 0 1; text-style: bold; }
#status.error { background: #d70000; color: white; }
Footer { background: #202020; }
FormScreen { align: center middle; background: black 70%; }
#form { width: 96; max-width: 100%; height: auto; max-height: 100%; background: #101010; padding: 0 2;
        border: thick #ffd75f; }
#form .title { color: #ffd75f; text-style: bold; margin-bottom: 1; }
#form .row { height: auto; margin-bottom: 1; }
#form Label { width: 36; text-style: bold; padding: 0 1 0 0; }
#form Input { width: 1fr; height: 1; border: none; padding: 0 1; background: #303030; color: white; }
#form Input:focus { background: #ffd75f; color: black; }
#form Input > .input--placeholder { color: #a0a0a0; }
#form Input:focus > .input--placeholder { color: #404040; }
#form Input > .input--suggestion { color: #505050; }
#form Input.invalid { background: #d70000; color: white; }
#form .choices { color: #ffd75f; height: auto; display: none; padding: 0 0 0 2; }
#form .choices.shown { display: block; }
#form Checkbox { height: 1; border: none; padding: 0; background: #303030; }
#form Checkbox:focus { background: #ffd75f; color: black; }
#errors { color: #ff8787; text-style: bold; margin-top: 1; }
#hint { color: #c0c0c0; margin-top: 1; }
ConfirmScreen { align: center middle; background: black 70%; }
#confirm { width: 76; max-width: 100%; height: auto; background: #101010; padding: 1 2; border: thick #d70000; }
Screen.narrow #main { layout: vertical; }
Screen.narrow #right { width: 100%; height: 9; min-width: 0; border-left: none; border-top: heavy #ffd75f; }
Screen.narrow #actions-box { display: none; }
Screen.narrow #detail-box { height: 1fr; }
Screen.picture #left { display: none; }
Screen.presenter DataTable { padding: 0 1; }
Screen.presenter #detail { padding: 1 1; }
Screen.picture #right { width: 100%; height: 1fr; border-left: none; border-top: none; }
Screen.picture #actions-box { display: none; }
"""


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column ``width`` wide, wrapped at spaces (a longer word is folded)."""
    if len(text) <= width:
        return 1
    import textwrap

    return max(1, len(textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)))


def _cell(table: str, column: Any, text: str) -> Text:
    """A table cell: the warning marker stands out; names are shown safely."""
    if column == "warnings" and text:
        return Text(text, style="bold #ffd75f")
    return Text(line(text))


def _open_in_browser(path: Any) -> bool:
    """Open ``path`` in a graphical browser, if this machine has a screen (never a text browser in the terminal)."""
    import os
    import sys
    import webbrowser

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("darwin", "win32")):
        return False
    try:
        return webbrowser.open(path.resolve().as_uri())
    except webbrowser.Error:
        return False


def tn(key: str, lang: str, n: int, **params: Any) -> str:
    """The message ``key`` for the count ``n`` (its plural form chosen by :func:`verbinder.i18n.t`)."""
    return t(key, lang, n=n, **params)


class FormScreen(ModalScreen[None]):
    """Add or edit one item; stays open, with every problem shown at once, until the edit is accepted.

    Keys do not travel through Textual's focus and bubbling here: the app hands
    every key to :meth:`take_key` in the order it was typed, and the form
    applies it to the field that is current at that moment (Tab changes the
    current field at once).  Keys that arrive before the form is mounted are held
    and applied when it is, so a whole form typed in one burst lands exactly
    where it was meant to.
    """

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        submit: Callable[[dict[str, Any]], Any],
        lang: str,
        *,
        change: bool = True,
    ):
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.submit = submit
        self.lang = lang
        self.change = change  # False: a chooser (search, which agenda item), ``submit`` is called with the values
        self.current = 0
        self.ready = False
        self._pending: list[events.Key] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(self.title_text, classes="title")
            for f in self.fields:
                if f.kind == "check":
                    yield Checkbox(f.label, bool(f.value), id=f"f-{f.name}")
                    continue
                yield Label(f.label)
                yield Input(f.shown(), placeholder=f.placeholder, id=f"f-{f.name}", select_on_focus=False)
                if f.choices:
                    yield Static("", id=f"c-{f.name}", classes="choices")
            yield Static("", id="errors")
            yield Static(t("workshop.form.hint", self.lang), id="hint")

    def on_mount(self) -> None:
        self.ready = True
        self._go(0)
        pending, self._pending = self._pending, []
        for event in pending:
            self.take_key(event)

    def widget(self, index: int) -> Any:
        return self.query_one(f"#f-{self.fields[index].name}")

    def texts(self) -> dict[str, str]:
        """The text of every field now, by name (a checkbox's state is its field's value)."""
        out: dict[str, str] = {}
        for i, f in enumerate(self.fields):
            widget = self.widget(i)
            if f.kind == "check":
                f.value = widget.value
            else:
                out[f.name] = widget.value
        return out

    # --- keys, in the order they were typed ------------------------------------------------

    def take_key(self, event: events.Key) -> None:
        """Apply one key to the current field (or hold it until the form is mounted)."""
        if not self.ready:
            self._pending.append(event)
            return
        key, f, widget = event.key, self.fields[self.current], self.widget(self.current)
        if key in ("tab", "shift+tab"):
            self._go(self.current + (1 if key == "tab" else -1))
        elif key in ("enter", "ctrl+s"):
            self.action_submit()
        elif key == "escape":
            self.app.pop_screen()
        elif f.kind == "check":
            if key == "space":
                widget.toggle()
        elif key in ("up", "down") and f.choices:
            found = f.matches(widget.value)
            step = 1 if key == "down" else -1
            f.picked = max(0, min(len(found) - 1, (f.picked if f.picked is not None else -1 if step > 0 else 0) + step))
            self._show_choices()
        elif key == "backspace":
            widget.action_delete_left()
            self._typed(f)
        elif key == "delete":
            widget.action_delete_right()
            self._typed(f)
        elif key in ("left", "right", "home", "end"):
            getattr(widget, f"action_{'cursor_' + key if key in ('left', 'right') else key}")()
        elif event.is_printable and event.character:
            widget.insert_text_at_cursor(event.character)
            self._typed(f)

    def _typed(self, f: FormField) -> None:
        f.picked = None
        self.query_one(f"#f-{f.name}").remove_class("invalid")
        self._show_choices()

    def _go(self, index: int) -> None:
        """Make field ``index`` current (and focused); a choice left with one match shows that match's label."""
        if not self.fields:
            return
        old = self.fields[self.current]
        if old.choices and old.kind == "choice" and index != self.current:
            widget = self.widget(self.current)
            found = old.matches(widget.value)
            if widget.value.strip() and found and (len(found) == 1 or old.picked is not None):
                widget.value = found[min(old.picked or 0, len(found) - 1)].label
        self.current = index % len(self.fields)
        widget = self.widget(self.current)
        widget.focus()
        if isinstance(widget, Input):
            widget.cursor_position = len(widget.value)
        self._show_choices()

    def _show_choices(self) -> None:
        for i, f in enumerate(self.fields):
            if not f.choices:
                continue
            box = self.query_one(f"#c-{f.name}", Static)
            shown = i == self.current
            box.set_class(shown, "shown")
            if shown:
                box.update(Text(render_choices(f, self.widget(i).value, self.lang)))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """A click moved the focus: the clicked field becomes the current one."""
        self.call_after_refresh(self._adopt_focus)

    def _adopt_focus(self) -> None:
        for i in range(len(self.fields)):
            if self.focused is self.widget(i):
                self.current = i
                self._show_choices()

    # --- saving ----------------------------------------------------------------------------

    def action_submit(self) -> None:
        values, problems = check(self.fields, self.texts())
        for widget in self.query(Input):
            widget.remove_class("invalid")
        if problems:
            self.show_problems([(name, problem) for name, problem in problems.items()])
            return
        self.query_one("#errors", Static).update("")
        if not self.change:
            self.app.pop_screen()
            self.submit(values)
            return
        self.app.apply_change(lambda: self.submit(values), form=self)  # type: ignore[attr-defined]

    def show_problems(self, problems: list[tuple[str | None, Msg | str]]) -> None:
        """Every problem at once under the form; the faulty fields marked, the first one current."""
        lines: list[str] = []
        first = None
        names = [f.name for f in self.fields]
        for name, problem in problems:
            label = next((f.label for f in self.fields if f.name == name), None)
            text = line(problem.render(self.lang) if isinstance(problem, Msg) else str(problem))
            lines.append(f"{label}: {text}" if label else text)
            if name in names:
                self.query_one(f"#f-{name}").add_class("invalid")
                first = names.index(name) if first is None else min(first, names.index(name))
        self.query_one("#errors", Static).update(Text("\n".join(lines)))
        if first is not None:
            self._go(first)

    def show_errors(self, errors: list[Any]) -> None:
        """The session's (validator's) located problems, each on the field it is about."""
        from verbinder.errors import render_problem

        found: list[tuple[str | None, Msg | str]] = []
        for p in errors:
            name = p.path.rsplit(".", 1)[-1].split("[")[0] if isinstance(p, Problem) and p.path else None
            found.append((name, line(render_problem(p, self.lang))))
        self.show_problems([(None, text) for _, text in found])
        names = [f.name for f in self.fields]
        faulty = [names.index(n) for n, _ in found if n in names]
        for i in faulty:
            self.widget(i).add_class("invalid")
        if faulty:
            self._go(min(faulty))


class ConfirmScreen(ModalScreen[None]):
    """A question before something is removed: ``y`` or Enter confirms, ``n`` or Esc cancels."""

    def __init__(self, question: str, on_yes: Callable[[], None], lang: str):
        super().__init__()
        self.question = question
        self.on_yes = on_yes
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(Text(self.question), id="question")
            yield Static(Text(t("workshop.confirm.keys", self.lang)), id="hint")

    def take_key(self, event: events.Key) -> None:
        if event.key in ("y", "j", "enter"):
            self.app.pop_screen()
            self.on_yes()
        elif event.key in ("n", "escape"):
            self.app.pop_screen()


class WorkshopApp(App[None]):
    """The workshop screen over one :class:`~verbinder.workshop.state.Session`."""

    CSS = CSS
    ENABLE_COMMAND_PALETTE = False

    @classmethod
    def create(cls, session: Session, lang: str, today: _dt.date | None = None) -> WorkshopApp:
        """The app in ``lang``: the footer's key labels are part of the class, so each language gets its own."""
        # the footer shows what fits 80 columns; Tab and R are said where they matter (status line, messages)
        hidden = ("focus_next", "reload", "agenda", "search", "presenter", "svg", "connect")
        bindings = [Binding(keys, action, t(label, lang), show=action not in hidden)
                    for keys, action, label in KEYS]  # fmt: skip
        localized_cls = type(cls.__name__, (cls,), {"BINDINGS": bindings})
        return localized_cls(session, lang, today)

    def __init__(self, session: Session, lang: str, today: _dt.date | None = None):
        super().__init__()
        self.session = session
        self.lang = lang
        self.today = today  # as ``analyse --today`` (None: the real date): due dates weigh in the actions
        self.title = session.project.model.name
        self.busy = False
        self.shown = 0  # accepted changes shown so far
        self.view = "detail"
        self.presenter = False
        self._analysed: views.Analysed | None = None
        self._started = False  # the first screen is drawn (see _first_frame)
        self._more: dict[str, list[tuple[str, ...]]] = {}  # rows still to be appended, by table

    # --- keys --------------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Every key is handled here, at once and in the order typed, by the screen that is on top.

        Textual would forward a key to the focused widget and let it bubble back
        up to the bindings as a message of its own, so a fast typist's next key
        could be handled before the previous one had moved the focus or opened a
        form.  Keys typed while an edit is being saved are dropped (the status
        line says the workshop is busy): they were meant for a screen that may be
        gone when the edit is done.
        """
        if isinstance(event, events.Key) and not event.is_forwarded:
            if event.key in ("ctrl+c", "ctrl+q"):
                self.exit()
            elif not self.busy:
                handler = (
                    getattr(self.screen, "take_key", None)
                    if isinstance(self.screen, FormScreen | ConfirmScreen)
                    else None
                )
                (handler or self.handle_main_key)(event)
            return
        if self.busy and isinstance(event, events.MouseEvent):
            return
        await super().on_event(event)

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
        self.exit()

    def action_focus_next(self) -> None:
        self.screen.focus_next()

    @property
    def narrow(self) -> bool:
        """An 80-column screen: the link's id and the scores move to the detail pane, the views take the screen."""
        return self.size.width < NARROW

    def on_resize(self, event: events.Resize) -> None:
        self._main_screen().set_class(event.size.width < NARROW, "narrow")
        if hasattr(self, "_rows"):
            self.show_detail()

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
        yield Footer()

    def on_mount(self) -> None:
        lang = self.lang
        # fixed widths (measuring every cell of 1,000 rows is slow); long cells wrap at word boundaries, rows grow
        longest = lambda words: max(len(w) for w in words)  # noqa: E731
        positions = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
        narrow = self.narrow  # 80 columns: the link's id and the scores are in the detail pane
        link_widths = {
            "warnings": 3,
            "ends": 22 if narrow else 24,
            "via": 12 if narrow else 16,
            "type": longest([labels.link_type(k, lang) for k in ("orchestration", "bridging")]),
            "position": longest([labels.position(p, lang) for p in positions]),
        }
        if not narrow:
            link_widths["link"] = 24
        model = self.session.project.model
        actor_widths = {
            "id": 16,
            "name": 22,
            "kind": 16 if narrow else min(24, longest([labels.kind(k, model, lang) for k in model.kind_ids()])),
        }
        if not narrow:
            actor_widths["influence"] = len(t("workshop.col.influence", lang))
            actor_widths["interest"] = len(t("workshop.col.interest", lang))
        actor_widths["kopgroep"] = len(t("workshop.col.kopgroep", lang))
        for table, widths in ((self.links_table, link_widths), (self.actors_table, actor_widths)):
            for column, width in widths.items():
                table.add_column(t(COLUMN_KEYS[column], lang), width=width, key=column)
        self._widths = {"links": list(link_widths.values()), "actors": list(actor_widths.values())}
        self._columns = {"links": list(link_widths), "actors": list(actor_widths)}
        self._rows: dict[str, list[tuple[str, ...]]] = {"links": [], "actors": []}
        self.refresh_all()
        self.links_table.focus()
        self.status(t("workshop.status.ready", lang, file=self.session.name))
        self._status_is_ready = True  # until anything else is said there
        self.set_interval(1.0, self._watch_writer)
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

    def _watch_writer(self) -> None:
        """A write the background writer refused (the file changed outside) is said on the status line."""
        if self.session.conflict and not self.busy:
            self.status(t("workshop.err.changed_on_disk", self.lang), error=True)

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
        index = self.session.project.actors
        name = (lambda ident: index[ident].name) if self.presenter else (lambda ident: ident)
        link_cells = {
            "warnings": lambda a: f"!{len(a.warnings)}" if a.warnings else "",
            "ends": lambda a: f"{name(a.link.from_)} → {name(a.link.to)}",
            "via": lambda a: name(a.link.via) if a.link.via else "—",
            "type": lambda a: labels.link_type(a.type, lang),
            "position": lambda a: labels.position(a.position, lang),
            "link": lambda a: a.id,
        }
        actor_cells = {
            "id": lambda x: x.id,
            "name": lambda x: x.name,
            "kind": lambda x: labels.kind(x.kind, model, lang),
            "influence": lambda x: str(x.influence),
            "interest": lambda x: str(x.interest),
            "kopgroep": lambda x: "✓" if x.kopgroep else "",
        }
        at_most = None if self._started else FIRST_ROWS  # the first screen needs a screenful; the rest comes next
        cols = [link_cells[c] for c in self._columns["links"]]
        self._fill(links, "links", [tuple(c(a) for c in cols) for a in self.session.analysis.links], at_most=at_most)
        cols = [actor_cells[c] for c in self._columns["actors"]]
        self._fill(people, "actors", [tuple(c(x) for c in cols) for x in model.actors], at_most=at_most)
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
        height = lambda row: max(_lines(cell, w) for cell, w in zip(row, widths, strict=True))  # noqa: E731
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
                        table.update_cell(str(i), key, _cell(name, key, cell))
        for i in range(len(old), end):
            row = rows[i]
            table.add_row(*(_cell(name, k, c) for k, c in zip(keys, row, strict=True)), key=str(i), height=height(row))

    def show_detail(self) -> None:
        """The right pane in the chosen view: the selected link or actor in full, the warnings, the kopgroep's load,
        or a picture (the power/interest grid, the kinds × kinds matrix) over the whole screen."""
        detail = self._main("#detail", Static)
        screen = self._main_screen()
        # the pictures take the whole screen; at 80 columns every view but the details does (9 lines are too few)
        screen.set_class(self.view in ("grid", "matrix") or (self.view != "detail" and self.narrow), "picture")
        screen.set_class(self.view == "actions", "actions-view")
        if self.view != "detail":
            view = getattr(views, self.view)
            detail.update(view(self.session.project, self._analysed, self.lang, self.presenter))
            return
        if self.focused is self.actors_table and self.actors_table.row_count:
            detail.update(self._actor_detail(self.actors_table.cursor_row))
        elif self.links_table.row_count:
            detail.update(self._link_detail(self.links_table.cursor_row))
        else:
            detail.update(Text(t("workshop.detail.empty", self.lang)))

    def _link_detail(self, row: int) -> Text:
        lang = self.lang
        a = self.session.analysis.links[row]
        model = self.session.project.model
        actors = model.actor_index()
        link = a.link
        text = Text()
        if not self.presenter:
            text.append(f"{a.id}\n", style="bold #ffd75f")
        text.append(f"{actors[link.from_].name} → {actors[link.to].name}\n", style="bold")
        text.append(labels.link_type(a.type, lang), style="bold reverse")
        kinds = (labels.kind(actors[end].kind, model, lang) for end in (link.from_, link.to))
        text.append(" ({} → {})\n".format(*kinds))
        if link.via:
            text.append(t("label.via", lang, name=actors[link.via].name) + " — ")
            text.append(labels.position(a.position, lang), style="bold")
            text.append("\n")
        else:
            text.append(t("label.no_connector", lang) + "\n", style="bold #ffd75f")
        facts = [t("label.tension", lang, value=labels.tension(link.tension.value, lang))]
        if a.influence_gap:
            facts.append(t("label.gap", lang, value=a.influence_gap))
        if link.agenda:
            facts.append(t("label.agenda", lang, items=", ".join(link.agenda)))
        text.append(" · ".join(facts) + "\n")
        if link.topic:
            text.append(t("label.topic", lang, topic=link.topic) + "\n")
        names = {c.id: localized(c.name, lang) for c in self.session.project.catalogue.competencies}
        text.append("\n" + t("workshop.head.competencies", lang) + "\n", style="bold underline")
        if not a.requirements:
            text.append(t("workshop.detail.no_competencies", lang) + "\n")
        for r in a.requirements:
            text.append(f"{names.get(r.competency, r.competency)}", style="bold")
            text.append(" " + t("workshop.detail.level", lang, level=r.level) + "\n")
            for reason in r.reasons:
                text.append(f"  {t('workshop.detail.because', lang)} {localized(reason.because, lang)}")
                if self.presenter:
                    text.append("\n\n")
                else:
                    text.append(f" ({reason.rule}, {reason.where})\n", style="#c0c0c0")
        for w in a.warnings:
            text.append(f"\n! {w.message.render(lang)}", style="bold #ffd75f")
        return text

    def _actor_detail(self, row: int) -> Text:
        lang = self.lang
        model = self.session.project.model
        actor = model.actors[row]
        text = Text()
        text.append(f"{actor.id}\n", style="bold #ffd75f")
        text.append(f"{actor.name}\n", style="bold")
        text.append(labels.kind(actor.kind, model, lang) + "\n")
        text.append(t("workshop.detail.scores", lang, influence=actor.influence, interest=actor.interest) + "\n")
        if actor.department:
            text.append(t("workshop.detail.department", lang, department=actor.department) + "\n")
        if actor.kopgroep:
            text.append(t("workshop.detail.kopgroep", lang) + "\n", style="bold")
        ends = [a.id for a in self.session.analysis.links if actor.id in (a.link.from_, a.link.to)]
        via = [a.id for a in self.session.analysis.links if a.link.via == actor.id]
        text.append("\n" + tn("workshop.detail.ends", lang, len(ends)) + "\n", style="bold underline")
        text.append("".join(f"  {i}\n" for i in ends))
        text.append("\n" + tn("workshop.detail.connector", lang, len(via)) + "\n", style="bold underline")
        text.append("".join(f"  {i}\n" for i in via))
        return text

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

    def _fields(self, what: str, names: tuple[str, ...], values: dict[str, Any]) -> list[FormField]:
        """The form's fields: choices in the session's language, numbers with their range."""
        lang = self.lang
        project = self.session.project
        model = project.model
        actors = [Choice(a.id, f"{line(a.name)} · {a.id}") for a in model.actors]
        choices: dict[str, list[Choice]] = {
            "from": actors,
            "to": actors,
            "via": actors,
            "kind": [Choice(k, labels.kind(k, model, lang)) for k in model.kind_ids()],
            "tension": [Choice(v.value, labels.tension(v.value, lang)) for v in Tension],
            "agenda": [Choice(a.id, f"{line(a.title)} · {a.id}") for a in model.agenda],
            "stakeholders": actors,
            "owner": actors,
            "role": [Choice(r.id, localized(getattr(r, "name", r.id) or r.id, lang)) for r in project.rules.roles],
            "competencies": [Choice(c.id, localized(c.name, lang)) for c in project.catalogue.competencies],
        }
        kinds = {
            "from": "choice",
            "to": "choice",
            "via": "choice",
            "kind": "choice",
            "tension": "choice",
            "role": "choice",
            "agenda": "choices",
            "stakeholders": "choices",
            "owner": "choice",
            "competencies": "levels",
            "kopgroep": "check",
            "influence": "number",
            "interest": "number",
            "capacity": "number",
        }
        ranges = {"influence": (1, 5), "interest": (1, 5), "capacity": (0, 100)}
        fields = []
        for name in names:
            low, high = ranges.get(name, (None, None))
            fields.append(
                FormField(
                    name,
                    t(FIELD_KEYS[name], lang),
                    kinds.get(name, "text"),
                    values.get(name),
                    choices.get(name, []),
                    t(PLACEHOLDER_KEYS[what, name], lang),
                    low,
                    high,
                )
            )
        return fields

    def _form(self, what: str, names: tuple[str, ...], values: dict[str, Any], title: str, submit: Any) -> None:
        self.push_screen(FormScreen(title, self._fields(what, names, values), submit, self.lang))

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
        timer = self.set_timer(BUSY_AFTER, lambda: self.status(t("workshop.status.busy", self.lang)))

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
        self.status(message + " · " + t("workshop.status.saved", self.lang, file=self.session.name))
        self.shown += 1

    def action_add_link(self) -> None:
        self._form("link", LINK_FORM, {}, t("workshop.form.add_link", self.lang), self.session.add_link)

    def action_add_actor(self) -> None:
        title = t("workshop.form.add_actor", self.lang)
        self._form("actor", ACTOR_FORM, {}, title, self.session.add_actor)

    def action_edit(self) -> None:
        if self.focused is self.actors_table and self.actors_table.row_count:
            row = self.actors_table.cursor_row
            values = self.session.actor_values(row)
            title = t("workshop.form.edit_actor", self.lang, id=values["id"])
            self._form("actor", ACTOR_FORM, values, title, lambda v: self.session.edit_actor(row, v))
        elif self.links_table.row_count:
            row = self.links_table.cursor_row
            values = self.session.link_values(row)
            title = t("workshop.form.edit_link", self.lang, id=self.session.project.link_ids[row])
            self._form("link", LINK_FORM, values, title, lambda v: self.session.edit_link(row, v))

    def action_delete(self) -> None:
        """Ask first; an actor that links name is deleted together with them only when that is confirmed."""
        lang = self.lang
        if self.focused is self.actors_table and self.actors_table.row_count:
            row = self.actors_table.cursor_row
            actor = self.session.project.model.actors[row]
            ends, via = self.session.links_of(actor.id)
            if ends or via:
                links = ", ".join(ends + via)
                question = tn(
                    "workshop.confirm.actor_links",
                    lang,
                    len(ends) + len(via),
                    id=actor.id,
                    name=actor.name,
                    links=links,
                )
            else:
                question = t("workshop.confirm.actor", lang, id=actor.id, name=actor.name)
            self.push_screen(
                ConfirmScreen(
                    question, lambda: self.apply_change(lambda: self.session.delete_actor(row, with_links=True)), lang
                )
            )
        elif self.focused is self.links_table and self.links_table.row_count:
            row = self.links_table.cursor_row
            question = t("workshop.confirm.link", lang, id=self.session.project.link_ids[row])
            self.push_screen(
                ConfirmScreen(question, lambda: self.apply_change(lambda: self.session.delete_link(row)), lang)
            )

    def action_agenda(self) -> None:
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
                self._form("agenda", AGENDA_FORM, {}, title, self.session.add_agenda)
                return
            index = [a.id for a in items].index(ident)
            values = self.session.values("agenda", index)
            title = t("workshop.form.edit_agenda", lang, id=ident)
            self._form("agenda", AGENDA_FORM, values, title, lambda v: self.session.edit_agenda(index, v))

        self.push_screen(FormScreen(t("workshop.form.agenda", lang), [field], chosen, lang, change=False))

    def action_search(self) -> None:
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

    def action_connect(self) -> None:
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
        self.push_screen(FormScreen(t("workshop.form.connect", lang), [field], self._proposals, lang, change=False))

    def _proposals(self, values: dict[str, Any]) -> None:
        from verbinder.plan.connect import plan_connections

        lang = self.lang
        item = values.get("item")
        if not item:
            return
        project = self.session.project
        plan = plan_connections(project.model, project.link_ids, project.rules, agenda=item)
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

    def action_svg(self) -> None:
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

    def action_presenter(self) -> None:
        """Presenter mode: names instead of ids, no file:line references, more room between rows."""
        self.presenter = not self.presenter
        self.screen.set_class(self.presenter, "presenter")
        self._rows = {"links": [], "actors": []}
        self.links_table.clear()
        self.actors_table.clear()
        self.refresh_all()
        self.status(t("workshop.status.presenter_on" if self.presenter else "workshop.status.presenter_off", self.lang))

    def action_reload(self) -> None:
        """Say what changed in the file outside the workshop, and take that version when confirmed."""
        lang = self.lang
        if not self.session.changed_outside:
            self.status(t("workshop.status.not_changed", lang, file=self.session.name))
            return
        changes = self.session.outside_changes()
        shown = changes[:12] + ([t("workshop.form.more", lang, n=len(changes) - 12)] if len(changes) > 12 else [])
        question = (
            tn("workshop.confirm.reload", lang, len(changes), file=self.session.name)
            + "\n"
            + "\n".join(line(c) for c in shown)
        )

        def reload() -> None:
            self.session.reload()
            self.refresh_all()
            self.status(t("workshop.status.reloaded", lang, file=self.session.name))

        self.push_screen(ConfirmScreen(question, reload, lang))

    def action_undo(self) -> None:
        self.apply_change(self.session.undo, verb="undone", nothing="workshop.status.nothing_to_undo")

    def action_redo(self) -> None:
        self.apply_change(self.session.redo, verb="redone", nothing="workshop.status.nothing_to_redo")
