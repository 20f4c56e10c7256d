"""The workshop session, free of any user interface: load, edit, undo/redo, validate, save.

Every accepted change is saved at once to the model file itself (the
workshop's autosave): the edit is made on a copy of the document, checked
exactly as ``verbinder validate`` checks a file, and only then written
atomically (a temporary file and a rename), so the file on disk is always the
last accepted version, complete and valid, whenever the session ends.  The
first save of a session copies the file as it was to ``NAME.bak``.  An edit
that does not validate raises :class:`~verbinder.errors.InputError` with the
same located problems ``validate`` prints, and changes nothing.

Undo and redo are accepted changes too: they are checked and saved the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verbinder.analysis.links import Analysis
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.roundtrip import RoundTrip
from verbinder.project import Project
from verbinder.workshop import yamledit

#: The keys the workshop's forms edit, in the order a new item gets them.
ACTOR_FIELDS = (
    "id",
    "name",
    "kind",
    "influence",
    "interest",
    "department",
    "kopgroep",
    "role",
    "capacity",
    "competencies",
)
LINK_FIELDS = ("id", "from", "to", "via", "topic", "agenda", "tension")
_INT_FIELDS = {"influence", "interest"}
_LIST_FIELDS = {"agenda"}
_BOOL_FIELDS = {"kopgroep"}
#: Undo steps kept (each is a copy of the document).
MAX_UNDO = 200


def form_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """What a person typed in a form, as model values.

    Blank means "not given" (``None``: the key is left out, so the default
    applies); whole numbers become numbers; a list is written with commas.
    Anything else stays text, so the validator can say what is wrong with it
    (``expected a whole number, got 'veel'``).
    """
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in _BOOL_FIELDS:
            out[key] = bool(value)
            continue
        text = str(value).strip() if value is not None else ""
        if not text:
            out[key] = None
        elif key in _INT_FIELDS:
            out[key] = int(text) if text.lstrip("-").isdigit() else text
        elif key in _LIST_FIELDS:
            out[key] = [part.strip() for part in text.split(",") if part.strip()] or None
        else:
            out[key] = text
    return out


@dataclass(frozen=True, slots=True)
class Change:
    """What one accepted step did: ``add``/``edit``/``delete`` an ``actor``/``link`` with this id."""

    action: str
    what: str
    id: str


class Session:
    """A model opened for a workshop: the document, its analysis, and the undo history."""

    def __init__(self, path: Path | str, *, roles: Path | None = None, catalogue: Path | None = None):
        self.path = Path(path)
        self._options = {"roles": roles, "catalogue": catalogue}
        self.doc = RoundTrip(self.path)
        self.project: Project = self.doc.check(**self._options)
        self.analysis: Analysis = self.project.link_analysis
        self.backup: Path | None = None
        self.saves = 0
        self._disk = self._stamp()
        self._undo: list[tuple[Any, Change]] = []
        self._redo: list[tuple[Any, Change]] = []

    # --- reading ---------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The file's name as messages show it."""
        return self.doc.name

    def actor_values(self, index: int) -> dict[str, Any]:
        """The form fields of ``actors[index]`` as written in the file (absent keys are ``None``)."""
        return _fields(self.doc.data["actors"][index], ACTOR_FIELDS)

    def link_values(self, index: int) -> dict[str, Any]:
        """The form fields of ``links[index]`` as written in the file (absent keys are ``None``)."""
        return _fields(self.doc.data["links"][index], LINK_FIELDS)

    @property
    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return bool(self._redo)

    # --- editing ---------------------------------------------------------------------------

    def add_actor(self, values: Mapping[str, Any]) -> Change:
        """Append an actor with ``values`` (see :func:`form_values`)."""

        def edit(data: Any) -> None:
            seq = _sequence(data, "actors")
            yamledit.put(seq, None, yamledit.new_mapping(seq, _pairs(ACTOR_FIELDS, values)))

        return self._apply(edit, Change("add", "actor", _id(values)))

    def edit_actor(self, index: int, values: Mapping[str, Any]) -> Change:
        """Change ``actors[index]``; a new id is carried over to the links that name the old one."""

        def edit(data: Any) -> None:
            item = data["actors"][index]
            old = item.get("id")
            _update(item, ACTOR_FIELDS, values)
            new = item.get("id")
            if old != new and isinstance(old, str) and isinstance(new, str):
                for link in data.get("links") or []:
                    for key in ("from", "to", "via"):
                        if isinstance(link, Mapping) and link.get(key) == old:
                            link[key] = new

        return self._apply(edit, Change("edit", "actor", _id(values) or str(self.actor_values(index)["id"])))

    def links_of(self, actor: str) -> tuple[list[str], list[str]]:
        """The ids of the links that have ``actor`` as an end, and of those it connects (``via``)."""
        ends = [
            i
            for i, link in zip(self.project.link_ids, self.project.model.links, strict=True)
            if actor in (link.from_, link.to)
        ]
        via = [
            i
            for i, link in zip(self.project.link_ids, self.project.model.links, strict=True)
            if link.via == actor and i not in ends
        ]
        return ends, via

    def delete_actor(self, index: int, *, with_links: bool = False) -> Change:
        """Remove ``actors[index]``; ``with_links`` also removes its links and leaves the links it connected
        without connector (otherwise such a delete is refused, located)."""
        ident = str(self.actor_values(index)["id"])

        def edit(data: Any) -> None:
            if with_links:
                links = data.get("links") or []
                for i in reversed(range(len(links))):
                    link = links[i]
                    if not isinstance(link, Mapping):
                        continue
                    if ident in (link.get("from"), link.get("to")):
                        _remove(data, "links", i)
                    elif link.get("via") == ident:
                        yamledit.remove(link, "via")
            _remove(data, "actors", index)

        return self._apply(edit, Change("delete", "actor", ident))

    def add_link(self, values: Mapping[str, Any]) -> Change:
        """Append a link with ``values`` (see :func:`form_values`)."""

        def edit(data: Any) -> None:
            seq = _sequence(data, "links")
            yamledit.put(seq, None, yamledit.new_mapping(seq, _pairs(LINK_FIELDS, values)))

        return self._apply(edit, lambda project: Change("add", "link", project.link_ids[-1]))

    def edit_link(self, index: int, values: Mapping[str, Any]) -> Change:
        """Change ``links[index]``."""
        return self._apply(
            lambda data: _update(data["links"][index], LINK_FIELDS, values),
            lambda project: Change("edit", "link", project.link_ids[index]),
        )

    def delete_link(self, index: int) -> Change:
        """Remove ``links[index]``."""
        ident = self.project.link_ids[index]
        return self._apply(lambda data: _remove(data, "links", index), Change("delete", "link", ident))

    def undo(self) -> Change | None:
        """Go back one accepted step (and save); ``None`` when there is nothing to undo."""
        if not self._undo:
            return None
        data, change = self._undo[-1]
        current = self.doc.data
        self._commit(data)
        self._undo.pop()
        self._redo.append((current, change))
        return change

    def redo(self) -> Change | None:
        """Do an undone step again (and save); ``None`` when there is nothing to redo."""
        if not self._redo:
            return None
        data, change = self._redo[-1]
        current = self.doc.data
        self._commit(data)
        self._redo.pop()
        self._undo.append((current, change))
        return change

    # --- the one way a change is made --------------------------------------------------------

    def _apply(self, edit: Callable[[Any], None], change: Change | Callable[[Project], Change]) -> Change:
        """Make ``edit`` on a copy of the document; keep it (saved) only if it validates."""
        current = self.doc.data
        candidate = yamledit.snapshot(current)
        edit(candidate)
        self._commit(candidate)
        if callable(change):
            change = change(self.project)
        self._undo.append((current, change))
        del self._undo[:-MAX_UNDO]
        self._redo.clear()
        return change

    def _commit(self, data: Any) -> None:
        """Make ``data`` the document if it validates, and save it; otherwise raise and keep the old one."""
        previous = self.doc.data
        self.doc.data = data
        try:
            yamledit.reset(data)
            project = self.doc.check(**self._options)
            if self._stamp() != self._disk:
                raise InputError(Problem(self.name, Msg("workshop.err.changed_on_disk")))
            yamledit.reset(data)  # each dump marks comments as written; a second one would skip them
            made = self.doc.save(backup=self.backup is None)
        except BaseException:
            self.doc.data = previous
            raise
        self.backup = self.backup or made
        self._disk = self._stamp()
        self.saves += 1
        self.project = project
        self.analysis = project.link_analysis

    def _stamp(self) -> tuple[int, int, int] | None:
        """Identity of the file on disk, to notice a change made outside the workshop."""
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)


def _id(values: Mapping[str, Any]) -> str:
    value = values.get("id")
    return str(value) if value is not None else ""


def _fields(item: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(item, Mapping):
        return dict.fromkeys(fields)
    return {f: _plain(item.get(f)) for f in fields}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool | int | float | str):
        return type(value)(value) if not isinstance(value, bool) else bool(value)
    return value


def _pairs(fields: tuple[str, ...], values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The given (non-blank) values in the fields' order; ``kopgroep: false`` is the default and left out."""
    return [(f, values[f]) for f in fields if values.get(f) is not None and values.get(f) is not False]


def _sequence(data: Any, key: str) -> Any:
    """``data[key]`` as a list to append to, made when the model has none yet."""
    from ruamel.yaml.comments import CommentedSeq

    seq = data.get(key)
    if seq is None:
        seq = CommentedSeq()
        yamledit.put(data, key, seq)
    return seq


def _update(item: Any, fields: tuple[str, ...], values: Mapping[str, Any]) -> None:
    """Set the fields that changed; a blank field removes its key, so the default applies again."""
    for field in fields:
        if field not in values:
            continue
        value = values[field]
        if value is None or (value is False and field not in item):
            if field in item:
                yamledit.remove(item, field)
        elif _plain(item.get(field)) != value:
            if isinstance(value, list):
                from ruamel.yaml.comments import CommentedSeq

                value = CommentedSeq(value)
                value.fa.set_flow_style()
            yamledit.put(item, field, value)


def _remove(data: Any, key: str, index: int) -> None:
    yamledit.remove(data[key], index, before=(data, key, 3))
