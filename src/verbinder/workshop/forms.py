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
from typing import Any

from verbinder.i18n import Msg, t

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

    ``kind`` is ``text``, ``number``, ``choice`` (one id), ``choices`` (ids,
    comma-separated), ``levels`` (``competency=level`` pairs) or ``check``.
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
            return ", ".join(self._label(str(v)) for v in value)
        if self.kind == "levels":
            return ", ".join(f"{k}={v}" for k, v in dict(value).items())
        return str(value)

    def _label(self, ident: str) -> str:
        for choice in self.choices:
            if choice.id == ident:
                return choice.label
        return ident

    def matches(self, text: str) -> list[Choice]:
        """The options that fit what is typed (the last comma part for a list)."""
        part = text.rsplit(",", 1)[-1].strip() if self.kind == "choices" else text.strip()
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
        return _one(f, text, f.picked)  # the highlighted choice of a list shown in full
    if not text:
        return None, None
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
        ids: list[str] = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            ident, problem = _one(f, part, None)
            if problem is not None:
                return text, problem
            ids.append(ident)
        return ids or None, None
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
    if len(exact) == 1:
        return exact[0].id, None
    names = ", ".join(c.label for c in found[:MAX_SHOWN]) + (", …" if len(found) > MAX_SHOWN else "")
    return text, Msg("workshop.err.ambiguous", value=text, n=len(found), names=names)


def check(fields: list[FormField], texts: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, Msg]]:
    """Every field's value and every field's problem, in one pass (the form shows them all at once)."""
    values: dict[str, Any] = {}
    problems: dict[str, Msg] = {}
    for f in fields:
        value, problem = resolve(f, texts.get(f.name, ""), picked=f.picked is not None)
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
