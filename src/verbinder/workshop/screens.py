"""The workshop's screens on top of the main one: a form to add or edit an item, a question before a change, and
the look of every screen (:data:`CSS`).

A screen here gets its keys from the app, one at a time and in the order they
were typed (:meth:`FormScreen.take_key`), never through Textual's focus and
bubbling: see :meth:`verbinder.workshop.app.WorkshopApp.on_event`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Static
from textual.widgets.input import Selection

from verbinder.errors import Problem
from verbinder.i18n import Msg, t
from verbinder.render.safe import line
from verbinder.workshop.forms import FormField, check, render_choices

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
#errors { color: #ff8787; text-style: bold; height: auto; }
#form .items { color: white; height: auto; padding: 0 0 0 2; }
#hint { color: #c0c0c0; margin-top: 1; }
ConfirmScreen, ChoiceScreen, HelpScreen { align: center middle; background: black 70%; }
#answers { margin-top: 1; text-style: bold; color: #ffd75f; }
#confirm { width: 76; max-width: 100%; height: auto; max-height: 100%; background: #101010; padding: 1 2;
           border: thick #d70000; }
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


#: Editing keys in a form's field (as in a shell): Ctrl+U clears the field, Ctrl+W the word before the cursor,
#: Ctrl+K the rest of the line.
EDIT_KEYS = {
    "backspace": "action_delete_left",
    "delete": "action_delete_right",
    "ctrl+u": "clear",
    "ctrl+w": "action_delete_left_word",
    "ctrl+k": "action_delete_right_all",
}


class FormScreen(ModalScreen[None]):
    """Add or edit one item; stays open, with every problem shown at once, until the edit is accepted.

    Keys do not travel through Textual's focus and bubbling here: the app hands
    every key to :meth:`take_key` in the order it was typed, and the form
    applies it to the field that is current at that moment (Tab changes the
    current field at once).  Keys that arrive before the form is mounted wait in
    the app's queue until it is (:attr:`ready`), so a whole form typed in one
    burst lands exactly where it was meant to, and what follows its Enter waits
    for the save.
    """

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        submit: Callable[[dict[str, Any]], Any],
        lang: str,
        *,
        change: bool = True,
        ask: Callable[[dict[str, Any]], str | None] | None = None,
    ):
        super().__init__()
        self.ask = ask  # a question to confirm before the change is made (a rename that changes other items)
        self.title_text = title
        self.fields = fields
        self.submit = submit
        self.lang = lang
        self.change = change  # False: a chooser (search, which agenda item), ``submit`` is called with the values
        self.current = 0
        self.ready = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(self.title_text, classes="title")
            yield Static("", id="errors")  # at the top: seen on an 80x24 screen whatever field is current
            for f in self.fields:
                if f.kind == "check":
                    yield Checkbox(f.label, bool(f.value), id=f"f-{f.name}")
                    continue
                yield Label(f.label)
                yield Input(f.shown(), placeholder=f.placeholder, id=f"f-{f.name}", select_on_focus=False)
                if f.kind == "choices":
                    yield Static(self._items_text(f), id=f"i-{f.name}", classes="items")
                if f.choices:
                    yield Static("", id=f"c-{f.name}", classes="choices")
            yield Static(t("workshop.form.hint", self.lang), id="hint")

    def on_mount(self) -> None:
        self.ready = True
        self._go(0)
        self.app.take_keys()  # type: ignore[attr-defined]  # the keys typed before the form was on screen

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

    def take_key(self, event: events.Key | events.Paste) -> None:
        """Apply one key (or paste) to the current field (the app hands keys only once the form is mounted)."""
        f, widget = self.fields[self.current], self.widget(self.current)
        if isinstance(event, events.Paste):
            self._paste(f, widget, event.text)
            return
        key = event.key
        if key in ("tab", "shift+tab"):
            self._go(self.current + (1 if key == "tab" else -1))
        elif key in ("enter", "ctrl+s"):
            if key == "enter" and f.kind == "choices" and widget.value.strip():
                self._add_item(f, widget)  # Enter takes the ▸ item into the list; Enter on an empty field saves
            else:
                self.action_submit()
        elif key == "escape":
            self.app.pop_screen()
        elif f.kind == "check":
            if key == "space":
                widget.toggle()
        elif key in ("up", "down") and f.choices:
            found = f.matches(widget.value)
            step = 1 if key == "down" else -1
            f.picked = max(0, min(len(found) - 1, (f.picked or 0) + step))  # ▸ starts on the first: ↓ moves at once
            self._show_choices()
        elif key == "backspace" and f.kind == "choices" and not widget.value and f.items:
            f.items.pop()  # an empty list field: Backspace takes the last item out
            self._typed(f)
        elif key in EDIT_KEYS:
            getattr(widget, EDIT_KEYS[key])()
            self._typed(f)
        elif key in ("left", "right", "home", "end"):
            getattr(widget, f"action_{'cursor_' + key if key in ('left', 'right') else key}")()
        elif event.is_printable and event.character:
            self._insert(widget, event.character)
            self._typed(f)

    def _insert(self, widget: Input, text: str) -> None:
        """Type ``text`` at the cursor; a selection (a filled field just entered) is replaced by it."""
        if widget.selection.is_empty:
            widget.insert_text_at_cursor(text)
        else:
            widget.replace(text, *widget.selection)

    def _paste(self, f: FormField, widget: Any, text: str) -> None:
        """A paste is one value: its lines joined by a space (a name or topic has one line)."""
        if f.kind == "check" or not text:
            return
        value = " ".join(part.strip() for part in text.splitlines() if part.strip())
        self._insert(widget, value)
        self._typed(f)
        if "\n" in text.strip() or "\r" in text.strip():
            self.query_one("#errors", Static).update(Text(t("workshop.form.pasted_lines", self.lang)))

    def _add_item(self, f: FormField, widget: Input) -> bool:
        """Take the ▸ match of what is typed into a list field's items; ``False`` (and the problem shown) if none."""
        from verbinder.workshop.forms import resolve

        ident, problem = resolve(f, widget.value, picked=True)
        if problem is not None:
            self.show_problems([(f.name, problem)])
            return False
        f.items.extend(i for i in ident or [] if i not in f.items)
        widget.value = ""
        self._typed(f)
        return True

    @staticmethod
    def _items_text(f: FormField) -> Text:
        chosen = [f.label_of(i) for i in f.items]
        return Text("\n".join(f"▪ {line(c)}" for c in chosen) if chosen else "—", style="bold" if chosen else "")

    def _typed(self, f: FormField) -> None:
        f.picked = None
        self.query_one(f"#f-{f.name}").remove_class("invalid")
        if f.kind == "choices":
            self.query_one(f"#i-{f.name}", Static).update(self._items_text(f))
        self._show_choices()

    def _go(self, index: int, *, select: bool = True) -> None:
        """Make field ``index`` current (and focused, its text selected: typing replaces it, Ctrl+U clears it;
        not selected when the field is marked faulty: the cursor at its end, to correct a typo).

        A choice field left with text shows the label of the ▸ match (what it will
        store); a list field left with text takes the ▸ match into its items.
        """
        if not self.fields:
            return
        old = self.fields[self.current]
        if old.choices and index != self.current:
            widget = self.widget(self.current)
            found = old.matches(widget.value)
            if widget.value.strip() and found and old.kind == "choice":
                widget.value = found[min(old.picked or 0, len(found) - 1)].label
            elif widget.value.strip() and old.kind == "choices" and not self._add_item(old, widget):
                return
        self.current = index % len(self.fields)
        widget = self.widget(self.current)
        widget.focus()
        if isinstance(widget, Input):
            widget.selection = Selection(0, len(widget.value)) if select else Selection.cursor(len(widget.value))
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
        values, problems = check(self.fields, self.texts(), chooser=not self.change)
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

        def make() -> None:
            self.app.apply_change(  # type: ignore[attr-defined]
                lambda: self.submit(values), form=self, nothing="workshop.status.unchanged"
            )

        question = self.ask(values) if self.ask is not None else None
        if question:
            self.app.push_screen(ConfirmScreen(question, make, self.lang, keys="workshop.confirm.keys_rename"))
        else:
            make()

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
            self._go(first, select=False)

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
            self._go(min(faulty), select=False)


class ConfirmScreen(ModalScreen[None]):
    """A question before something is removed: ``y`` or Enter confirms, ``n`` or Esc cancels."""

    def __init__(self, question: str, on_yes: Callable[[], None], lang: str, *, keys: str = "workshop.confirm.keys"):
        super().__init__()
        self.keys = keys  # the line that says what yes does (delete, rename): the words match the deed
        self.question = question
        self.on_yes = on_yes
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="confirm"):
            yield Static(Text(self.question), id="question")
            yield Static(Text(t(self.keys, self.lang)), id="hint")

    def take_key(self, event: events.Key | events.Paste) -> None:
        if not isinstance(event, events.Key):
            return
        if event.key in ("y", "j", "enter"):
            self.app.pop_screen()
            self.on_yes()
        elif event.key in ("n", "escape"):
            self.app.pop_screen()


class ChoiceScreen(ModalScreen[None]):
    """A question with numbered answers (the same keys in every language); Esc answers none."""

    def __init__(self, question: str, choices: list[tuple[str, str, Callable[[], None]]], lang: str):
        super().__init__()
        self.question = question
        self.choices = choices
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="confirm"):
            yield Static(Text(self.question), id="question")
            answers = [f"{key}  {label}" for key, label, _ in self.choices]
            yield Static(Text("\n".join([*answers, t("workshop.outside.none", self.lang)])), id="answers")

    def take_key(self, event: events.Key | events.Paste) -> None:
        if not isinstance(event, events.Key):
            return
        for key, _, chosen in self.choices:
            if event.key == key or event.character == key:
                self.app.pop_screen()
                chosen()
                return
        if event.key == "escape":
            self.app.pop_screen()


class HelpScreen(ModalScreen[None]):
    """Every key of the workshop: the main screen's, the tables', the forms'; any key closes it."""

    #: How a key name is written on the help screen.
    NAMES: ClassVar[dict[str, str]] = {"slash": "/", "question_mark": "?", "delete": "Delete", "tab": "Tab",
                                       "ctrl+z": "Ctrl+Z", "ctrl+y": "Ctrl+Y", "f1": "F1"}  # fmt: skip

    def __init__(self, keys: list[tuple[str, str]], lang: str):
        super().__init__()
        self.keys = keys
        self.lang = lang

    def compose(self) -> ComposeResult:
        text = Text(t("workshop.help.title", self.lang) + "\n\n", style="bold #ffd75f")
        for keys, label in self.keys:
            shown = " ".join(self.NAMES.get(k, k) for k in keys.split(","))
            text.append(f"{shown:>14}", style="bold").append(f"  {label}\n")
        text.append("\n" + t("workshop.help.tables", self.lang) + "\n\n" + t("workshop.help.forms", self.lang))
        with VerticalScroll(id="confirm"):
            yield Static(text, id="help")
            yield Static(Text(t("workshop.help.close", self.lang)), id="hint")

    def take_key(self, event: events.Key | events.Paste) -> None:
        if isinstance(event, events.Key):
            self.app.pop_screen()
