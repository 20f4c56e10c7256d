"""A model file changed outside the workshop while it was open: what changed, and the three ways on.

Someone saves the model from an editor (or a colleague's workshop) while the
group is working.  The session stops writing at once (see
:class:`~verbinder.workshop.state.Session`) and the facilitator chooses:

- **take theirs**: the session goes on from the version on disk (refused, with
  its located problems, when that version is not valid: the session keeps its own);
- **keep mine**: the session's version is saved as a copy next to the file
  (``NAME.workshop-YYYYMMDD-HHMMSS.yaml``) and the session goes on there; the
  file stays as the other person wrote it;
- **merge**: the items (actors, links, agenda items) changed only on one side are
  taken from that side, as one step; refused, naming them, when both sides changed
  the same item, or when the other side changed anything outside these lists.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.yamlread import display_name, load_yaml, read_text

if TYPE_CHECKING:
    from verbinder.workshop.state import Change, Session, Step

#: The top-level lists merged item by item.
LISTS = ("actors", "links", "agenda")


@dataclass(frozen=True, slots=True)
class Outside:
    """The file as it is on disk now: its text, and either what differs from the session or why it is not valid."""

    text: str
    changes: list[str]  # one short line each: "+ actor x", "~ link a--b", "− agenda y"
    problems: list[Problem | Msg]  # the located problems of an invalid version (then ``changes`` is empty)

    @property
    def valid(self) -> bool:
        return not self.problems


def look(session: Session) -> Outside:
    """Read the file on disk and compare it with the session (nothing changes)."""
    from verbinder.project import load

    session.flush()
    text = read_text(session.path)
    try:
        disk = load(session.path, text=text, **session._options)
    except InputError as exc:
        return Outside(text, [], list(exc.problems))
    found = session.project.diff(disk)
    lines = [f"+ {w} {i}" for w, ids in (("actor", found.actors_added), ("link", found.links_added),
                                          ("agenda", found.agenda_added)) for i in ids]  # fmt: skip
    lines += [f"− {w} {i}" for w, ids in (("actor", found.actors_removed), ("link", found.links_removed),
                                           ("agenda", found.agenda_removed)) for i in ids]  # fmt: skip
    lines += [f"~ {w} {c.id}" for w, cs in (("actor", found.actors_changed), ("link", found.links_changed),
                                             ("agenda", found.agenda_changed)) for c in cs]  # fmt: skip
    lines += [f"~ {c.field}" for c in found.model]
    return Outside(text, lines, [])


def take_theirs(session: Session) -> None:
    """Go on from the version on disk; an invalid one raises :class:`InputError` and the session keeps its own."""
    session.reload()


def keep_mine(session: Session, *, now: float | None = None) -> Path:
    """Save the session's version as a copy next to the file and go on there; return the copy's path."""
    from verbinder.io.atomic import write_backup

    session.flush()
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    stem = session.path.name.removesuffix(session.path.suffix)
    n, copy = 1, session.path.with_name(f"{stem}.workshop-{stamp}{session.path.suffix}")
    while copy.exists() or copy.is_symlink():
        n += 1
        copy = session.path.with_name(f"{stem}.workshop-{stamp}-{n}{session.path.suffix}")
    text = session.version.text
    write_backup(copy, text.encode("utf-8"), like=session.path)
    session.path = copy
    session.name = display_name(copy)
    session._disk_text = text
    session._writer.conflict = False
    session.backup = None  # the copy is new: its first later save makes no backup of the shared file
    return copy


def merge(session: Session) -> Change:
    """Take the other side's changed items into the session's version, as one step (see the module's text).

    Raises :class:`InputError` naming the items both sides changed, or what else the other side changed; nothing
    changes then.  The merged version is checked as any edit, and saved.
    """
    from verbinder.workshop.state import Add, Change, Edit, Remove, item_pairs, updater

    session.flush()
    name = session.name
    theirs_text = read_text(session.path)
    base, _ = load_yaml(session.path, text=session._disk_text)
    theirs, _ = load_yaml(session.path, text=theirs_text)
    mine = session.version.data
    outside = sorted(k for k in set(base) | set(theirs) if k not in LISTS and base.get(k) != theirs.get(k))
    if outside:
        raise InputError(Problem(name, Msg("workshop.err.merge_outside", keys=", ".join(outside))))
    steps: list[Step] = []
    clashes: list[str] = []
    for key in LISTS:
        b, m, t = (_items(d, key) for d in (base, mine, theirs))
        removed: list[int] = []
        # the session's version is the base of the merge: what only they changed becomes a step on it
        for ident in dict.fromkeys([*t, *b]):
            before, ours, their = (side[ident][1] if ident in side else None for side in (b, m, t))
            if their == before:
                continue  # they did not touch it
            if ours != before and ours != their:
                clashes.append(f"{key}: {ident}")  # both changed it, differently (or one removed it)
            elif ours == before and ident in m and their is not None:
                fields = tuple(dict.fromkeys([*(ours or {}), *their]))
                steps.append(Edit(key, m[ident][0], updater(fields, {f: their.get(f) for f in fields})))
            elif ours == before and ident in m:
                removed.append(m[ident][0])
            elif ours is None and before is None and their is not None:
                steps.append(Add(key, item_pairs(tuple(their), their)))
        steps += [Remove(key, i) for i in sorted(removed, reverse=True)]
    if clashes:
        raise InputError(Problem(name, Msg("workshop.err.merge_overlap", n=len(clashes), items="; ".join(clashes))))
    change = Change("merge", "model", name)
    session._disk_text = theirs_text  # their version is the one on disk now: the merge is written over it
    session._writer.conflict = False
    try:
        if steps:
            session._apply(steps, change)
        else:  # they changed no item (a comment, the layout): the session's version is written as it is
            session._accept(session.version)
    except BaseException:
        session._writer.conflict = True
        raise
    return change


def _items(data: Mapping[str, Any], key: str) -> dict[str, tuple[int, Any]]:
    """The items of a top-level list by identity (an id, or a link's ends and topic), with their place."""
    out: dict[str, tuple[int, Any]] = {}
    for i, item in enumerate(data.get(key) or []):
        if not isinstance(item, Mapping):
            continue
        ident = item.get("id")
        if ident is None and key == "links":
            ident = "--".join(str(item.get(k) or "") for k in ("from", "to", "topic"))
        out[str(ident)] = (i, item)
    return out
