"""Where an actor is named besides its own item, and the steps that rename it there or take it out.

An actor's id appears in links (``from``, ``to``, ``via``, ``team``), agenda items
(``stakeholders``, ``owner``), role models (``actor``) and other actors
(``manager``).  Renaming or deleting the actor changes all of them in the same
step (one undo), and the workshop lists them before it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verbinder.workshop.state import Step

#: Where an actor id can stand: (top-level list, key, is it a list of ids).
PLACES = (
    ("links", "from", False),
    ("links", "to", False),
    ("links", "via", False),
    ("links", "team", True),
    ("agenda", "stakeholders", True),
    ("agenda", "owner", False),
    ("role_models", "actor", False),
    ("actors", "manager", False),
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place that names the actor: ``key[index].field``; ``label`` is the item's id (or name)."""

    key: str
    index: int
    field: str
    label: str


def mentions(data: Mapping[str, Any], actor: str) -> list[Mention]:
    """Every place in ``data`` (the model as read) that names ``actor``, in file order of the lists."""
    found: list[Mention] = []
    for key, field, many in PLACES:
        for i, item in enumerate(data.get(key) or []):
            if not isinstance(item, Mapping):
                continue
            value = item.get(field)
            if (many and isinstance(value, list) and actor in value) or (not many and value == actor):
                label = item.get("id") or item.get("name") or f"{item.get('from')} → {item.get('to')}"
                found.append(Mention(key, i, field, str(label)))
    return found


def steps(data: Mapping[str, Any], actor: str, new: str | None) -> list[Step]:
    """The steps that put ``new`` where ``actor`` is named, or (``new`` is ``None``) take it out: a link it is an
    end of goes, a link it connects keeps its ends without connector (and without team), a list loses the id."""
    from verbinder.workshop.state import Edit, Remove, updater

    by_item: dict[tuple[str, int], dict[str, Any]] = {}
    removed: set[tuple[str, int]] = set()
    for m in mentions(data, actor):
        item = data[m.key][m.index]
        if new is None and m.key == "links" and m.field in ("from", "to"):
            removed.add((m.key, m.index))
            continue
        value = item.get(m.field)
        if isinstance(value, list):
            kept = [new if v == actor else v for v in value if new is not None or v != actor]
            changed: Any = kept or None
            if m.field == "team" and new is None:
                changed = None  # a team without one of its members is no longer the team that was planned
        else:
            changed = new
        by_item.setdefault((m.key, m.index), {})[m.field] = changed
    out: list[Step] = []
    for key in ("links", "agenda", "role_models", "actors"):
        places = sorted({i for k, i in by_item if k == key} | {i for k, i in removed if k == key}, reverse=True)
        for i in places:  # from the end: a removal does not move the items still to change
            if (key, i) in removed:
                out.append(Remove(key, i))
            else:
                values = by_item[key, i]
                out.append(Edit(key, i, updater(tuple(values), values)))
    return out
