"""Human labels for the values verbinder computes, in the chosen language."""

from __future__ import annotations

from verbinder.i18n import localized, t
from verbinder.model import DEFAULT_KINDS, LinkType, Model, Position


def link_type(value: LinkType | str, lang: str) -> str:
    """*regie* / *verbinden* in Dutch, *orchestration* / *bridging* in English."""
    return t(f"type.{LinkType(value).value}", lang)


def position(value: Position | str | None, lang: str) -> str:
    """The brokerage position's name (Dutch: coördinator, consultant, ...); a dash for none."""
    if value is None or value == "none":
        return "—"
    return t(f"position.{Position(value).value}", lang)


def tension(value: str, lang: str) -> str:
    """low / medium / high in the chosen language."""
    return t(f"tension.{value}", lang)


def kind(value: str, model: Model | None, lang: str) -> str:
    """An actor kind's label: the shipped six, or the model's own declared label."""
    if value in DEFAULT_KINDS:
        return t(f"kind.{value}", lang)
    if model is not None:
        for declared in model.kinds:
            if declared.id == value and declared.label is not None:
                return localized(declared.label, lang)
    return value
