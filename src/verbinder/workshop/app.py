"""The workshop's full-screen terminal session (Textual).

One screen, readable on a projector: the links (type, connector, position,
warnings) and the actors in two tables on the left; on the right the selected
link in full (competencies with their reasons) and the model's warnings.  Every
action has a key, shown in the footer in the session's language.  Adding or
editing opens a form; an edit that does not validate keeps the form open and
shows the same located messages as ``verbinder validate``, and changes nothing.
All the work is done by :class:`~verbinder.workshop.state.Session`; this module
only shows it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, DataTable, Footer, Input, Label, Static

from verbinder.errors import Problem, VerbinderError
from verbinder.i18n import localized, t
from verbinder.model import Tension
from verbinder.render import labels
from verbinder.workshop.state import ACTOR_FIELDS, Change, Session, form_values

#: Keys of the main screen: (keys, action, message key).  The first key is the one the footer shows.
KEYS: tuple[tuple[str, str, str], ...] = (
    ("l", "add_link", "workshop.key.add_link"),
    ("a", "add_actor", "workshop.key.add_actor"),
    ("e", "edit", "workshop.key.edit"),
    ("d,delete", "delete", "workshop.key.delete"),
    ("u,ctrl+z", "undo", "workshop.key.undo"),
    ("r,ctrl+y", "redo", "workshop.key.redo"),
    ("tab", "focus_next", "workshop.key.switch"),
    ("q", "quit", "workshop.key.quit"),
)

#: The order of the fields in the forms (the file gets the order of state.ACTOR_FIELDS / LINK_FIELDS).
ACTOR_FORM = ACTOR_FIELDS
LINK_FORM = ("from", "to", "via", "tension", "topic", "agenda", "id")

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
#warnings-box { height: 1fr; border-top: heavy #ffd75f; }
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
#form Checkbox { height: 1; border: none; padding: 0; background: #303030; }
#form Checkbox:focus { background: #ffd75f; color: black; }
#errors { color: #ff8787; text-style: bold; margin-top: 1; }
#hint { color: #c0c0c0; margin-top: 1; }
#buttons { height: auto; margin-top: 1; }
#buttons Button { margin-right: 2; }
"""


class FormScreen(ModalScreen[Change | None]):
    """Add or edit one actor or link; stays open, with the validator's messages, until the edit is accepted."""

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "submit", show=False),
    ]

    def __init__(self, title: str, fields: list[dict[str, Any]], submit: Any, lang: str):
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.submit = submit
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form"):
            yield Static(self.title_text, classes="title")
            for field in self.fields:
                if field["name"] == "kopgroep":
                    yield Checkbox(field["label"], bool(field["value"]), id="f-kopgroep")
                    continue
                yield Label(field["label"])
                value = field["value"]
                text = ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
                suggester = SuggestFromList(field["options"], case_sensitive=True) if field.get("options") else None
                yield Input(
                    text, placeholder=field.get("placeholder", ""), suggester=suggester, id=f"f-{field['name']}"
                )
            yield Static("", id="errors")
            yield Static(t("workshop.form.hint", self.lang), id="hint")
            with Horizontal(id="buttons"):
                yield Button(t("workshop.form.save", self.lang), variant="primary", id="save")
                yield Button(t("workshop.form.cancel", self.lang), id="cancel")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def values(self) -> dict[str, Any]:
        """What is in the form now, by field name."""
        out: dict[str, Any] = {}
        for field in self.fields:
            widget = self.query_one(f"#f-{field['name']}")
            out[field["name"]] = widget.value
        return out

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        for widget in self.query(Input):
            widget.remove_class("invalid")
        try:
            change = self.submit(form_values(self.values()))
        except VerbinderError as exc:
            self._show(exc.problems)
            return
        except Exception as exc:  # a bug must not end the workshop; the edit was not applied
            self.query_one("#errors", Static).update(Text(t("workshop.err.unexpected", self.lang, detail=str(exc))))
            return
        self.dismiss(change)

    def _show(self, problems: list[Any]) -> None:
        from verbinder.errors import render_problem
        from verbinder.render.safe import line

        lines = [line(render_problem(p, self.lang)) for p in problems]
        self.query_one("#errors", Static).update(Text("\n".join(lines)))
        first = None
        for p in problems:
            name = p.path.rsplit(".", 1)[-1].split("[")[0] if isinstance(p, Problem) and p.path else ""
            for widget in self.query(f"#f-{name}") if name and not name[0].isdigit() else []:
                widget.add_class("invalid")
                first = first or widget
        if first is not None:
            first.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit() if event.button.id == "save" else self.action_cancel()


class WorkshopApp(App[None]):
    """The workshop screen over one :class:`~verbinder.workshop.state.Session`."""

    CSS = CSS
    ENABLE_COMMAND_PALETTE = False

    @classmethod
    def create(cls, session: Session, lang: str) -> WorkshopApp:
        """The app in ``lang``: the footer's key labels are part of the class, so each language gets its own."""
        bindings = [Binding(keys, action, t(label, lang)) for keys, action, label in KEYS]
        localized_cls = type(cls.__name__, (cls,), {"BINDINGS": bindings})
        return localized_cls(session, lang)

    def __init__(self, session: Session, lang: str):
        super().__init__()
        self.session = session
        self.lang = lang
        self.title = session.project.model.name

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
                with VerticalScroll(id="warnings-box"):
                    yield Static("", id="warnings")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        lang = self.lang
        # the widest columns wrap (rows grow) rather than push type and position off screen
        widths = {"ends": 22, "type": None, "position": 14, "via": None, "warnings": None, "link": None}
        for column, width in widths.items():
            self.links_table.add_column(t(f"workshop.col.{column}", lang), width=width)
        self.actors_table.add_columns(
            *(t(f"workshop.col.{c}", lang) for c in ("id", "name", "kind", "influence", "interest", "kopgroep"))
        )
        self.refresh_all()
        self.links_table.focus()
        self.status(t("workshop.status.ready", lang, file=self.session.name))

    @property
    def links_table(self) -> DataTable:
        return self.query_one("#links", DataTable)

    @property
    def actors_table(self) -> DataTable:
        return self.query_one("#actors", DataTable)

    # --- showing the session ---------------------------------------------------------------

    def refresh_all(self, link_row: int | None = None, actor_row: int | None = None) -> None:
        """Rebuild both tables, the detail pane and the warnings from the session's analysis."""
        lang = self.lang
        model = self.session.project.model
        links, people = self.links_table, self.actors_table
        link_row = links.cursor_row if link_row is None else link_row
        actor_row = people.cursor_row if actor_row is None else actor_row
        links.clear()
        for i, a in enumerate(self.session.analysis.links):
            link = a.link
            links.add_row(
                Text(f"{link.from_} → {link.to}"),
                labels.link_type(a.type, lang),
                Text(labels.position(a.position, lang)),
                link.via or "—",
                Text(f"! {len(a.warnings)}", style="bold #ffd75f") if a.warnings else "",
                a.id,
                key=str(i),
                height=None,
            )
        people.clear()
        for i, actor in enumerate(model.actors):
            people.add_row(
                actor.id,
                actor.name,
                labels.kind(actor.kind, model, lang),
                str(actor.influence),
                str(actor.interest),
                "✓" if actor.kopgroep else "",
                key=str(i),
            )
        if links.row_count:
            links.move_cursor(row=min(link_row, links.row_count - 1))
        if people.row_count:
            people.move_cursor(row=min(actor_row, people.row_count - 1))
        self.query_one("#links-head", Static).update(t("workshop.head.links", lang, n=len(model.links)))
        self.query_one("#actors-head", Static).update(t("workshop.head.actors", lang, n=len(model.actors)))
        self.query_one("#warnings", Static).update(self._warnings())
        self.show_detail()

    def show_detail(self) -> None:
        """The selected link in full (or the selected actor, when the actors table has the focus)."""
        detail = self.query_one("#detail", Static)
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
        text.append("\n" + t("workshop.detail.ends", lang, n=len(ends)) + "\n", style="bold underline")
        text.append("".join(f"  {i}\n" for i in ends))
        text.append("\n" + t("workshop.detail.connector", lang, n=len(via)) + "\n", style="bold underline")
        text.append("".join(f"  {i}\n" for i in via))
        return text

    def _warnings(self) -> Text:
        warnings = self.session.analysis.warnings
        text = Text()
        text.append(t("workshop.head.warnings", self.lang, n=len(warnings)) + "\n", style="bold #ffd75f")
        for w in warnings:
            text.append(f"! {w.message.render(self.lang)}", style="bold")
            text.append(f" ({w.code}, {w.link})\n", style="#c0c0c0")
        return text

    def status(self, message: str, *, error: bool = False) -> None:
        """One line above the footer: what just happened, or what went wrong."""
        line = self.query_one("#status", Static)
        line.update(Text(message))
        line.set_class(error, "error")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def on_descendant_focus(self, event: Any) -> None:
        self.show_detail()

    # --- actions ---------------------------------------------------------------------------

    def _options(self) -> dict[str, list[str]]:
        model = self.session.project.model
        ids = [a.id for a in model.actors]
        return {
            "from": ids,
            "to": ids,
            "via": ids,
            "kind": model.kind_ids(),
            "tension": [v.value for v in Tension],
            "agenda": [a.id for a in model.agenda],
        }

    def _form(self, what: str, names: tuple[str, ...], values: dict[str, Any], title: str, submit: Any) -> None:
        options = self._options()
        fields = [
            {
                "name": name,
                "label": t(f"workshop.field.{name}", self.lang),
                "value": values.get(name),
                "options": options.get(name),
                "placeholder": t(f"workshop.placeholder.{what}.{name}", self.lang),
            }
            for name in names
        ]
        self.push_screen(FormScreen(title, fields, submit, self.lang), self._after_form)

    def _after_form(self, change: Change | None) -> None:
        if change is not None:
            self._done(change)

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
        message = t(f"workshop.change.{change.action}.{change.what}", self.lang, id=change.id, file=self.session.name)
        if verb:
            message = t(f"workshop.status.{verb}", self.lang, change=message)
        self.status(message + " · " + t("workshop.status.saved", self.lang, file=self.session.name))

    def action_add_link(self) -> None:
        defaults = {"tension": None}
        self._form("link", LINK_FORM, defaults, t("workshop.form.add_link", self.lang), self.session.add_link)

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
        if self.focused is self.actors_table and self.actors_table.row_count:
            self._run(lambda: self.session.delete_actor(self.actors_table.cursor_row))
        elif self.focused is self.links_table and self.links_table.row_count:
            self._run(lambda: self.session.delete_link(self.links_table.cursor_row))

    def action_undo(self) -> None:
        self._run(self.session.undo, "undone", "workshop.status.nothing_to_undo")

    def action_redo(self) -> None:
        self._run(self.session.redo, "redone", "workshop.status.nothing_to_redo")

    def _run(self, step: Any, verb: str | None = None, nothing: str | None = None) -> None:
        """Do a step outside a form; a refused step is reported on the status line and changes nothing."""
        from verbinder.errors import render_problem
        from verbinder.render.safe import line

        try:
            change = step()
        except VerbinderError as exc:
            self.status("  ".join(line(render_problem(p, self.lang)) for p in exc.problems), error=True)
            return
        except Exception as exc:  # a bug must not end the workshop; the step was not applied
            self.status(t("workshop.err.unexpected", self.lang, detail=str(exc)), error=True)
            return
        if change is None:
            self.status(t(nothing, self.lang) if nothing else "")
            return
        self._done(change, verb)
