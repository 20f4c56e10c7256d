"""Human labels for the values verbinder computes, in the chosen language."""

from __future__ import annotations

from verbinder.i18n import localized, t
from verbinder.model import DEFAULT_KINDS, KIND_KEYS, POSITION_KEYS, TENSION_KEYS, TYPE_KEYS, LinkType, Model, Position


def link_type(value: LinkType | str, lang: str) -> str:
    """*regie* / *verbinden* in Dutch, *orchestration* / *bridging* in English."""
    return t(TYPE_KEYS[LinkType(value)], lang)


def position(value: Position | str | None, lang: str) -> str:
    """The brokerage position's name (Dutch: coördinator, consultant, ...); a dash for none."""
    if value is None or value == "none":
        return "—"
    return t(POSITION_KEYS[Position(value)], lang)


def tension(value: str, lang: str) -> str:
    """low / medium / high in the chosen language."""
    return t(TENSION_KEYS[value], lang)


def kind(value: str, model: Model | None, lang: str) -> str:
    """An actor kind's label: the shipped six, or the model's own declared label."""
    if value in DEFAULT_KINDS:
        return t(KIND_KEYS[value], lang)
    if model is not None:
        for declared in model.kinds:
            if declared.id == value and declared.label is not None:
                return localized(declared.label, lang)
    return value
