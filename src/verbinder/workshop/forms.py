"""The workshop's forms, free of the screen: fields, choice lists that filter as you type, and the checks a form
makes before it hands its values to the session.

A choice field shows its options in the session's language (``Politiek``,
``hoog``, ``Wethouder Wonen · wh``) and stores their ids (``politics``,
``high``, ``wh``).  Typing filters the list; the text resolves to an id when it
is an option's id or label, or when it matches exactly one option (or the one
picked with the arrow keys).  All problems of a form are found in one pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verbinder.i18n import Msg, localized, t
from verbinder.model import Stance, Tension
from verbinder.render import labels
from verbinder.render.connect import STANCE_KEYS
from verbinder.render.safe import line

if TYPE_CHECKING:
    from verbinder.project import Project

#: Shown at most, below a focused choice field.
MAX_SHOWN = 6


@dataclass
class Choice:
    """One option: the id stored in the file and the label shown."""

    id: str
    label: str

    def matches(self, text: str) -> bool:
        needle = text.casefold()
        return needle in self.id.casefold() or needle in self.label.casefold()


@dataclass
class FormField:
    """One field of a form.

    ``kind`` is ``text``, ``number``, ``choice`` (one id), ``choices`` (a list
    of ids, chosen one at a time into :attr:`items`: a name may hold a comma, so
    a list is never split from text), ``levels`` (``competency=level`` pairs) or
    ``check``.
    """

    name: str
    label: str
    kind: str = "text"
    value: Any = None
    choices: list[Choice] = field(default_factory=list)
    placeholder: str = ""
    low: int | None = None
    high: int | None = None
    picked: int | None = None  # the match picked with the arrow keys, if any
    items: list[str] = field(default_factory=list)  # a list field's chosen ids, in order

    def __post_init__(self) -> None:
        if self.kind == "choices" and isinstance(self.value, list):
            self.items = [str(v) for v in self.value]

    def label_of(self, ident: str) -> str:
        """The label an id is shown by (the id itself when it is not an option)."""
        return self._label(ident)

    def shown(self) -> str:
        """The field's text as the form first shows it (labels for ids)."""
        value = self.value
        if self.kind == "check":
            return ""
        if value is None or value == "" or value == []:
            return ""
        if self.kind == "choice":
            return self._label(str(value))
        if self.kind == "choices":
            return ""  # what is typed is a search; the chosen items are shown apart (see items)
        if self.kind == "levels":
            return ", ".join(f"{k}={v}" for k, v in dict(value).items())
        return str(value)

    def _label(self, ident: str) -> str:
        for choice in self.choices:
            if choice.id == ident:
                return choice.label
        return ident

    def matches(self, text: str) -> list[Choice]:
        """The options that fit what is typed (all of them when nothing is)."""
        part = text.strip()
        if not part:
            return list(self.choices)
        exact = [c for c in self.choices if part.casefold() in (c.id.casefold(), c.label.casefold())]
        return exact or [c for c in self.choices if c.matches(part)]


def resolve(f: FormField, text: str, *, picked: bool = False) -> tuple[Any, Msg | None]:
    """The value a field's text stands for, or why it stands for none."""
    text = text.strip()
    if f.kind == "check":
        return bool(f.value), None
    if not text and f.kind == "choice" and picked and f.choices:
        return _one(f, text, f.picked or 0)  # the ▸ choice of a list shown in full
    if not text:
        return (list(f.items) or None) if f.kind == "choices" else None, None
    if f.kind == "number":
        digits = text.lstrip("-")
        if not digits.isdigit():
            return text, Msg("workshop.err.number", value=text)
        number = int(text)
        if (f.low is not None and number < f.low) or (f.high is not None and number > f.high):
            return number, Msg("workshop.err.range", value=text, low=f.low, high=f.high)
        return number, None
    if f.kind == "choice":
        return _one(f, text, f.picked if picked else None)
    if f.kind == "choices":
        ident, problem = _one(f, text, f.picked)  # the item being typed, taken as its ▸ match
        if problem is not None:
            return text, problem
        return [*f.items, *([ident] if ident not in f.items else [])], None
    if f.kind == "levels":
        levels: dict[str, int] = {}
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            name, _, level = part.partition("=")
            ident, problem = _one(f, name.strip(), None)
            if problem is not None:
                return text, problem
            if not level.strip().isdigit() or not 0 <= int(level) <= 4:
                return text, Msg("workshop.err.level", value=part)
            levels[ident] = int(level)
        return levels or None, None
    return text, None


def _one(f: FormField, text: str, picked: int | None) -> tuple[Any, Msg | None]:
    """The one option ``text`` stands for: an exact id or label, else the ▸ match (the first, or the one picked
    with the arrow keys), which is what the list under the field shows; a problem when nothing matches."""
    found = f.matches(text)
    if picked is not None and found:
        return found[min(picked, len(found) - 1)].id, None
    if len(found) == 1:
        return found[0].id, None
    if not found:
        from verbinder.model import suggest

        near = suggest(text, [c.id for c in f.choices] + [c.label for c in f.choices])
        if near is not None:
            return text, Msg("workshop.err.no_match_near", value=text, near=f._label(near))
        return text, Msg("workshop.err.no_match", value=text)
    exact = [c for c in found if text.casefold() in (c.id.casefold(), c.label.casefold())]
    return (exact or found)[0].id, None


def check(
    fields: list[FormField], texts: Mapping[str, str], *, chooser: bool = False
) -> tuple[dict[str, Any], dict[str, Msg]]:
    """Every field's value and every field's problem, in one pass (the form shows them all at once).

    In a ``chooser`` (search, which agenda item) an empty choice field takes its ▸ option, as Enter there means.
    """
    values: dict[str, Any] = {}
    problems: dict[str, Msg] = {}
    for f in fields:
        value, problem = resolve(f, texts.get(f.name, ""), picked=chooser or f.picked is not None)
        values[f.name] = value
        if problem is not None:
            problems[f.name] = problem
    return values, problems


def render_choices(f: FormField, text: str, lang: str) -> str:
    """The filtered list below a focused choice field, the picked one marked."""
    found = f.matches(text)
    if not found:
        return t("workshop.form.no_match", lang)
    pick = min(f.picked or 0, len(found) - 1)
    start = max(0, pick - MAX_SHOWN + 1)
    lines = [("▸ " if i == pick else "  ") + c.label for i, c in enumerate(found[start : start + MAX_SHOWN], start)]
    if len(found) > start + MAX_SHOWN:
        lines.append("  " + t("workshop.form.more", lang, n=len(found) - start - MAX_SHOWN))
    return "\n".join(lines)


ACTOR_FORM = ("id", "name", "kind", "influence", "interest", "department", "role", "capacity", "kopgroep",
              "competencies", "stance", "note")  # fmt: skip
LINK_FORM = ("from", "to", "via", "tension", "topic", "agenda", "id", "note")
AGENDA_FORM = ("id", "title", "due", "stakeholders", "owner")
ROLE_MODEL_FORM = ("name", "organisation", "competencies", "actor")

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
    "stance": "workshop.field.stance",
    "organisation": "workshop.field.organisation",
    "actor": "workshop.field.actor",
    "note": "workshop.field.note",
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
    ("actor", "stance"): "workshop.placeholder.actor.stance",
    ("role_model", "name"): "workshop.placeholder.role_model.name",
    ("role_model", "organisation"): "workshop.placeholder.role_model.organisation",
    ("role_model", "competencies"): "workshop.placeholder.role_model.competencies",
    ("role_model", "actor"): "workshop.placeholder.role_model.actor",
    ("actor", "note"): "workshop.placeholder.note",
    ("link", "note"): "workshop.placeholder.note",
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


def fields(project: Project, what: str, names: tuple[str, ...], values: dict[str, Any], lang: str) -> list[FormField]:
    """The fields of a form for ``what`` (actor, link, agenda): choices in ``lang``, numbers with their range."""
    model = project.model
    actors = [Choice(a.id, f"{line(a.name)} · {a.id}") for a in model.actors]
    choices: dict[str, list[Choice]] = {
        "from": actors,
        "to": actors,
        "via": actors,
        "kind": [Choice(k, labels.kind(k, model, lang)) for k in model.kind_ids()],
        "tension": [Choice(v.value, labels.tension(v.value, lang)) for v in Tension],
        "stance": [Choice(v.value, t(STANCE_KEYS[v.value], lang)) for v in Stance],
        "agenda": [Choice(a.id, f"{line(a.title)} · {a.id}") for a in model.agenda],
        "stakeholders": actors,
        "owner": actors,
        "actor": actors,
        "role": [Choice(r.id, localized(getattr(r, "name", r.id) or r.id, lang)) for r in project.rules.roles],
        "competencies": [Choice(c.id, localized(c.name, lang)) for c in project.catalogue.competencies],
    }
    kinds = {
        "from": "choice",
        "to": "choice",
        "via": "choice",
        "kind": "choice",
        "tension": "choice",
        "stance": "choice",
        "role": "choice",
        "agenda": "choices",
        "stakeholders": "choices",
        "owner": "choice",
        "actor": "choice",
        "competencies": "choices" if what == "role_model" else "levels",
        "kopgroep": "check",
        "influence": "number",
        "interest": "number",
        "capacity": "number",
    }
    ranges = {"influence": (1, 5), "interest": (1, 5), "capacity": (0, 100)}
    out = []
    for name in names:
        low, high = ranges.get(name, (None, None))
        out.append(
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
    return out
