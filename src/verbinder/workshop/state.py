"""The workshop session, free of any user interface: load, edit, undo/redo, validate, save.

Every accepted change is saved to the model file itself (the workshop's
autosave): the edit is made on the text and data kept in memory (see
:mod:`verbinder.workshop.document`), checked exactly as ``verbinder validate``
checks a file, and only then handed to a writer thread that writes the versions
in order, each atomically (a temporary file and a rename), so the file on disk
is always an accepted version, complete and valid, whenever the session ends.
An edit that does not validate raises :class:`~verbinder.errors.InputError`
with the same located problems ``validate`` prints, and changes nothing.

Before the first write of a session the file is copied to
``NAME.YYYYMMDD-HHMMSS.bak`` (the last five such backups are kept).  A change
made to the file outside the workshop is noticed by its content (not its time
stamp): nothing more is written until the session reloads the file
(:meth:`Session.reload`).  An edit never changes another link's derived id: when
it would, the edited link gets an explicit ``id``.

Undo and redo go back and forth between accepted versions, and are saved the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from verbinder.analysis.links import Analysis, LinkAssessment, analyse_links
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.yamlread import Source, display_name, load_yaml, read_text
from verbinder.project import Project, load, recheck
from verbinder.workshop import names
from verbinder.workshop.writer import Writer

if TYPE_CHECKING:  # imported where used: ruamel.yaml is needed to edit, not to show the first screen
    from verbinder.workshop import document

#: The keys the workshop's forms edit, in the order a new item gets them.
ACTOR_FIELDS = (
    "id", "name", "kind", "influence", "interest", "stance", "department", "kopgroep", "role", "capacity",
    "competencies", "note",
)  # fmt: skip
LINK_FIELDS = ("id", "from", "to", "via", "topic", "agenda", "tension", "note")
AGENDA_FIELDS = ("id", "title", "due", "stakeholders", "owner")
ROLE_MODEL_FIELDS = ("name", "organisation", "competencies", "actor")
FIELDS = {"actors": ACTOR_FIELDS, "links": LINK_FIELDS, "agenda": AGENDA_FIELDS, "role_models": ROLE_MODEL_FIELDS}
_INT_FIELDS = {"influence", "interest", "capacity"}
_LIST_FIELDS = {"agenda"}
_BOOL_FIELDS = {"kopgroep"}
#: Undo steps kept.
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
    """What one accepted step did: ``add``/``edit``/``delete`` an ``actor``/``link``/``agenda`` item with this id."""

    action: str
    what: str
    id: str


@dataclass(frozen=True, slots=True)
class Version:
    """One accepted state of the model: its text, data, where its items are, and its analysis."""

    text: str
    data: Any
    layout: document.Layout | None
    project: Project
    analysis: Analysis


# --- the steps an edit is made of --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """Change item ``index`` of the list ``key`` with ``change`` (called with a ruamel mapping)."""

    key: str
    index: int
    change: Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class Add:
    """Add an item with these ``(key, value)`` pairs to the list ``key``, below item ``after`` (None: at the end)."""

    key: str
    pairs: list[tuple[str, Any]]
    after: int | None = None


@dataclass(frozen=True, slots=True)
class Remove:
    """Remove item ``index`` of the list ``key``."""

    key: str
    index: int


Step = Edit | Add | Remove


class Session:
    """A model opened for a workshop: the text and data in memory, the analysis, the undo history, the writer."""

    def __init__(
        self,
        path: Path | str,
        *,
        roles: Path | None = None,
        catalogue: Path | None = None,
        background: bool = True,
        defer: bool = False,
    ):
        """Open ``path`` (an invalid model raises :class:`~verbinder.errors.InputError`, as ``validate``).

        ``defer`` reads the file's layout (needed only to edit) when :meth:`prepare` is called or the first edit
        needs it, not at once: the workshop draws its first screen first.
        """
        self.path = Path(path)
        self.name = display_name(self.path)
        self._options: dict[str, Any] = {"roles": roles, "catalogue": catalogue}
        self.backup: Path | None = None
        self.saves = 0
        self._undo: list[tuple[Version, Change]] = []
        self._redo: list[tuple[Version, Change]] = []
        self._reading: tuple[threading.Thread, list[Any]] | None = None
        self._starting = threading.Lock()
        self._version: Version
        self.version = self._open(defer)
        self._writer = Writer(self, background)

    def _open(self, defer: bool = False) -> Version:
        """Read and check the file; its data and layout (needed only to edit) are read in a thread meanwhile (or
        from :meth:`prepare` on, when ``defer``)."""
        text = read_text(self.path)
        self._disk_text = text
        found: list[Any] = []

        def read() -> None:
            from verbinder.workshop import document

            try:
                data, source = load_yaml(self.path, text=text, keep_nodes=True)
                found.append((data, document.layout(text, source.root())))
            except BaseException as exc:  # raised again where the data is needed
                found.append(exc)

        thread = threading.Thread(target=read, name="verbinder-layout", daemon=True)
        if not defer:
            thread.start()
        project = load(self.path, text=text, **self._options)  # an invalid model stops here, like validate
        self._reading = (thread, found)
        return Version(text, None, None, project, project.link_analysis)

    def prepare(self) -> None:
        """Start reading the file's layout in the background, if that was deferred (see ``defer``)."""
        with self._starting:
            reading = self._reading
            if reading is not None and reading[0].ident is None:
                reading[0].start()

    @property
    def version(self) -> Version:
        """The current accepted version (with its data and layout once they are read)."""
        if self._reading is not None:
            self.prepare()
            thread, found = self._reading
            thread.join()
            self._reading = None
            if isinstance(found[0], BaseException):
                raise found[0]
            data, lay = found[0]
            self._version = Version(self._version.text, data, lay, self._version.project, self._version.analysis)
        return self._version

    @version.setter
    def version(self, value: Version) -> None:
        self._version = value

    # --- reading ---------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The checked model as it is now."""
        return self._version.project

    @property
    def analysis(self) -> Analysis:
        """The links' analysis as it is now."""
        return self._version.analysis

    def values(self, key: str, index: int) -> dict[str, Any]:
        """The form fields of ``key[index]`` as written in the file (absent keys are ``None``)."""
        item = self.version.data[key][index]
        return {f: item.get(f) for f in FIELDS[key]} if isinstance(item, Mapping) else dict.fromkeys(FIELDS[key])

    def actor_values(self, index: int) -> dict[str, Any]:
        """The form fields of ``actors[index]``."""
        return self.values("actors", index)

    def link_values(self, index: int) -> dict[str, Any]:
        """The form fields of ``links[index]``."""
        return self.values("links", index)

    def links_of(self, actor: str) -> tuple[list[str], list[str]]:
        """The ids of the links that have ``actor`` as an end, and of those it only connects (``via``)."""
        pairs = list(zip(self.project.link_ids, self.project.model.links, strict=True))
        ends = [i for i, link in pairs if actor in (link.from_, link.to)]
        via = [i for i, link in pairs if link.via == actor and i not in ends]
        return ends, via

    @property
    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return bool(self._undo)

    # --- editing ---------------------------------------------------------------------------

    def add_actor(self, values: Mapping[str, Any]) -> Change:
        """Append an actor with ``values`` (see :func:`form_values`); an id left blank is made from the name."""
        values = self._with_id("actors", values, "name")
        actors = self.version.data.get("actors") or []
        like = [i for i, x in enumerate(actors) if isinstance(x, Mapping) and x.get("kind") == values.get("kind")]
        after = like[-1] if like else None  # in the section of its kind (the files group actors by kind)
        pairs = item_pairs(ACTOR_FIELDS, values)
        return self._apply([Add("actors", pairs, after)], Change("add", "actor", _id(values)))

    def _with_id(self, key: str, values: Mapping[str, Any], source: str) -> Mapping[str, Any]:
        """``values`` with an id made from ``values[source]`` (lower case, ``-`` between words, numbered where
        taken: "Wethouder Zoë (VVD)" is ``wethouder-zoe-vvd``) when the id was left blank."""
        from verbinder.io.sheetvalues import slug

        if values.get("id") or not values.get(source):
            return values
        taken = {str(item.get("id")) for item in self.version.data.get(key) or [] if isinstance(item, Mapping)}
        return {**values, "id": slug(str(values[source]), taken, fallback=key.rstrip("s"))}

    def unchanged(self, key: str, index: int, values: Mapping[str, Any]) -> bool:
        """Whether ``values`` say what ``key[index]`` already holds (a form saved as it was opened)."""
        item = self.version.data[key][index]
        return isinstance(item, Mapping) and all(_same(item.get(f), v) for f, v in values.items() if f in FIELDS[key])

    def edit_actor(self, index: int, values: Mapping[str, Any]) -> Change | None:
        """Change ``actors[index]``; a new id is carried over to the links that name the old one.

        Every ``edit_*`` returns ``None`` and writes nothing when the values are what the item holds.
        """
        if self.unchanged("actors", index, values):
            return None
        old = self.version.data["actors"][index].get("id")
        new = values.get("id", old)
        steps: list[Step] = [Edit("actors", index, updater(ACTOR_FIELDS, values))]
        if old != new and isinstance(old, str) and isinstance(new, str):
            steps += names.steps(self.version.data, old, new)  # links, agenda, role models, managers: one step
        return self._apply(steps, Change("edit", "actor", str(new or old)))

    def mentions(self, actor: str) -> list[names.Mention]:
        """Every place besides its own item that names ``actor`` (links, agenda items, role models, managers)."""
        return names.mentions(self.version.data, actor)

    def delete_actor(self, index: int) -> Change:
        """Remove ``actors[index]`` and take it out wherever it is named, in one step: the links it is an end of
        go, those it connects keep their ends without connector, and it leaves agenda items, role models and
        managers (see :func:`verbinder.workshop.names.steps`)."""
        ident = str(self.version.data["actors"][index].get("id"))
        steps = [*names.steps(self.version.data, ident, None), Remove("actors", index)]
        return self._apply(steps, Change("delete", "actor", ident))

    def add_link(self, values: Mapping[str, Any]) -> Change:
        """Add a link with ``values`` (see :func:`form_values`) below the last link like it: one with a connector
        below the last with a connector (not under a comment that introduces the open links), one without at the
        end."""
        links = [x for x in self.version.data.get("links") or [] if isinstance(x, Mapping)]
        like = [i for i, x in enumerate(links) if bool(x.get("via")) == bool(values.get("via"))]
        after = like[-1] if like and len(links) == len(self.version.data.get("links") or []) else None
        at = len(links) if after is None else after + 1
        return self._apply(
            [Add("links", item_pairs(LINK_FIELDS, values), after)],
            lambda v: Change("add", "link", v.project.link_ids[at]),
        )

    def edit_link(self, index: int, values: Mapping[str, Any]) -> Change | None:
        """Change ``links[index]``."""
        if self.unchanged("links", index, values):
            return None
        return self._apply(
            [Edit("links", index, updater(LINK_FIELDS, values))],
            lambda v: Change("edit", "link", v.project.link_ids[index]),
        )

    def delete_link(self, index: int) -> Change:
        """Remove ``links[index]``."""
        return self._apply([Remove("links", index)], Change("delete", "link", self.project.link_ids[index]))

    def add_agenda(self, values: Mapping[str, Any]) -> Change:
        """Append an agenda item (collegeakkoord) with ``values``; an id left blank is made from the title."""
        values = self._with_id("agenda", values, "title")
        return self._apply([Add("agenda", item_pairs(AGENDA_FIELDS, values))], Change("add", "agenda", _id(values)))

    def edit_agenda(self, index: int, values: Mapping[str, Any]) -> Change | None:
        """Change ``agenda[index]``; a new id is carried over to the links that serve the old one."""
        if self.unchanged("agenda", index, values):
            return None
        old = self.version.data["agenda"][index].get("id")
        new = values.get("id", old)
        steps: list[Step] = [Edit("agenda", index, updater(AGENDA_FIELDS, values))]
        if old != new:
            for i, link in enumerate(self.version.data.get("links") or []):
                items = link.get("agenda") if isinstance(link, Mapping) else None
                if isinstance(items, list) and old in items:
                    steps.append(
                        Edit("links", i, updater(("agenda",), {"agenda": [new if a == old else a for a in items]}))
                    )
        return self._apply(steps, Change("edit", "agenda", str(new or old)))

    def add_role_model(self, values: Mapping[str, Any]) -> Change:
        """Append a role model (rolmodel) with ``values``."""
        pairs = item_pairs(ROLE_MODEL_FIELDS, values)
        return self._apply([Add("role_models", pairs)], Change("add", "role_model", str(values.get("name") or "")))

    def edit_role_model(self, index: int, values: Mapping[str, Any]) -> Change | None:
        """Change ``role_models[index]``."""
        if self.unchanged("role_models", index, values):
            return None
        name = str(values.get("name") or self.version.data["role_models"][index].get("name"))
        return self._apply(
            [Edit("role_models", index, updater(ROLE_MODEL_FIELDS, values))], Change("edit", "role_model", name)
        )

    def undo(self) -> Change | None:
        """Go back one accepted step (and save); ``None`` when there is nothing to undo."""
        if not self._undo:
            return None
        self._check_disk()
        version, change = self._undo.pop()
        self._redo.append((self.version, change))
        self._accept(version)
        return change

    def redo(self) -> Change | None:
        """Do an undone step again (and save); ``None`` when there is nothing to redo."""
        if not self._redo:
            return None
        self._check_disk()
        version, change = self._redo.pop()
        self._undo.append((self.version, change))
        self._accept(version)
        return change

    # --- outside changes -----------------------------------------------------------------------

    @property
    def changed_outside(self) -> bool:
        """Whether the file's content is no longer what the workshop last wrote (or read)."""
        self._writer.flush()
        try:
            return read_text(self.path) != self._disk_text
        except (OSError, InputError):
            return True

    @property
    def conflict(self) -> bool:
        """Whether the writer found the file changed by someone else (and stopped writing until a reload)."""
        return self._writer.conflict

    def reload(self) -> None:
        """Take the file as it is on disk now (after a change made outside the workshop); the undo history goes."""
        self._writer.flush()
        self.version  # noqa: B018 - finish reading the old version first
        self.version = self._open()
        self._undo.clear()
        self._redo.clear()
        self._writer.conflict = False

    def flush(self) -> None:
        """Wait until every accepted version is on disk."""
        self._writer.flush()

    def close(self) -> None:
        """Write what is pending and stop the writer."""
        self._writer.close()

    # --- the one way a change is made --------------------------------------------------------

    def _check_disk(self) -> None:
        if self._writer.conflict or (self._writer.idle and self._disk_changed()):
            self._writer.conflict = True
            raise InputError(Problem(self.name, Msg("workshop.err.changed_on_disk")))

    def _disk_changed(self) -> bool:
        try:
            return read_text(self.path) != self._disk_text
        except (OSError, InputError):
            return True

    def _apply(self, steps: list[Step], change: Change | Callable[[Version], Change]) -> Change:
        """Make the steps on the text and data in memory; keep the result (and save it) only if it validates."""
        self._check_disk()
        version = self._make(self.version, steps)
        version = self._keep_ids(version, steps)
        if callable(change):
            change = change(version)
        self._undo.append((self.version, change))
        del self._undo[:-MAX_UNDO]
        self._redo.clear()
        self._accept(version)
        return change

    def _accept(self, version: Version) -> None:
        self.version = version
        self.saves += 1
        self._writer.put(version.text)

    def _make(self, base: Version, steps: list[Step]) -> Version:
        """The version after ``steps``: spliced into the text where possible, else through the whole document."""
        from verbinder.workshop import document

        try:
            if base.layout is None:
                raise document.Unspliceable("no layout")
            lay: document.Layout | None
            text, lay, data = base.text, base.layout, dict(base.data)
            for step in steps:
                items = list(data.get(step.key) or [])
                if isinstance(step, Edit):
                    text, lay, items[step.index] = document.edit_item(text, lay, step.key, step.index, step.change)
                elif isinstance(step, Add):
                    text, lay, item = document.append_item(text, lay, step.key, step.pairs, step.after)
                    items.insert(len(items) if step.after is None else step.after + 1, item)
                else:
                    text, lay = document.remove_item(text, lay, step.key, step.index)
                    del items[step.index]
                data[step.key] = items
        except document.Unspliceable:
            text, data, lay = self._whole(base.text, steps)
        project = recheck(base.project, data, Source(self.name, text))
        return Version(text, data, lay, project, _relink(project, base.analysis))

    def _whole(self, text: str, steps: list[Step]) -> tuple[str, Any, document.Layout | None]:
        """The steps made through a ruamel.yaml round trip of the whole document (slow; unusual layouts only)."""
        from verbinder.io.roundtrip import RoundTrip
        from verbinder.workshop import document, yamledit

        doc = RoundTrip(self.path, text=text)
        for step in steps:
            if isinstance(step, Edit):
                step.change(doc.data[step.key][step.index])
            elif isinstance(step, Add):
                seq = _sequence(doc.data, step.key)
                yamledit.put(seq, None, yamledit.new_mapping(seq, step.pairs))
            else:
                yamledit.remove(doc.data[step.key], step.index, before=(doc.data, step.key, 3))
        yamledit.reset(doc.data)
        new_text = doc.dump()
        data, source = load_yaml(self.path, text=new_text, keep_nodes=True)
        return new_text, data, document.layout(new_text, source.root())

    def _keep_ids(self, version: Version, steps: list[Step]) -> Version:
        """Give the edited link an explicit id when, without it, another link's derived id would change."""
        old_ids = {id(item): lid for item, lid in zip(self.version.data.get("links") or [], self.project.link_ids,
                                                       strict=True)}  # fmt: skip
        new_links = version.data.get("links") or []
        moved = [i for i, (item, lid) in enumerate(zip(new_links, version.project.link_ids, strict=True))
                 if id(item) in old_ids and old_ids[id(item)] != lid]  # fmt: skip
        if not moved:
            return version
        touched = [i for i, item in enumerate(new_links) if id(item) not in old_ids and not item.get("id")]
        pins: list[Step] = [Edit("links", i, updater(("id",), {"id": version.project.link_ids[i]})) for i in touched]
        pinned = self._make(version, pins) if pins else version
        still = [i for i in moved if pinned.project.link_ids[i] != old_ids[id(new_links[i])]]
        if still:  # e.g. a removed link: the others keep their ids explicitly
            pins = [Edit("links", i, updater(("id",), {"id": old_ids[id(new_links[i])]})) for i in still]
            pinned = self._make(pinned, pins)
        return pinned


def _relink(project: Project, previous: Analysis) -> Analysis:
    """The links' analysis of ``project``, reusing ``previous``'s result for every link whose facts did not change
    (the link itself, its id, and the actors at its ends and in the middle)."""
    actors = project.actors
    before = {a.id: a for a in previous.links}
    old_actors = previous.model.actor_index()
    reused: list[LinkAssessment | None] = []
    for link, lid in zip(project.model.links, project.link_ids, strict=True):
        hit = before.get(lid)
        ends = (link.from_, link.to, link.via)
        same = (
            hit is not None and hit.link == link and all(e is None or old_actors.get(e) == actors.get(e) for e in ends)
        )
        reused.append(hit if same else None)
    if all(r is None for r in reused) or not previous.links:
        analysis = analyse_links(project.model, project.link_ids, project.rules)
    else:
        todo = [i for i, r in enumerate(reused) if r is None]
        if todo:
            part = analyse_links(
                project.model.model_copy(update={"links": [project.model.links[i] for i in todo]}),
                [project.link_ids[i] for i in todo],
                project.rules,
            )
            for i, item in zip(todo, part.links, strict=True):
                reused[i] = item
        items = [r for r in reused if r is not None]
        analysis = Analysis(project.model, items, [w for a in items for w in a.warnings])
    project.__dict__["link_analysis"] = analysis  # the project's cached analysis is this one
    return analysis


def _id(values: Mapping[str, Any]) -> str:
    value = values.get("id")
    return str(value) if value is not None else ""


def item_pairs(fields: tuple[str, ...], values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The given (non-blank) values in the fields' order; ``kopgroep: false`` is the default and left out."""
    return [(f, values[f]) for f in fields if values.get(f) is not None and values.get(f) is not False]


def _sequence(data: Any, key: str) -> Any:
    """``data[key]`` as a list to append to, made when the model has none yet."""
    from ruamel.yaml.comments import CommentedSeq

    from verbinder.workshop import yamledit

    seq = data.get(key)
    if seq is None:
        seq = CommentedSeq()
        yamledit.put(data, key, seq)
    return seq


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float | str):
        return type(value)(value)
    return value


def _same(old: Any, new: Any) -> bool:
    """Whether a form's ``new`` value is what the file holds as ``old`` (a date read from YAML and the same date as
    text, a key left out and its default ``false`` or blank, are the same)."""
    if new is None or new is False:
        return old is None or old == new
    if _plain(old) == new:
        return True
    scalar = (str, int, float)
    return (
        isinstance(new, scalar) and old is not None and not isinstance(old, bool | list | dict) and str(old) == str(new)
    )


def updater(fields: tuple[str, ...], values: Mapping[str, Any]) -> Callable[[Any], None]:
    """Set the fields that changed on a ruamel mapping; a blank field removes its key, so the default applies."""

    def update(item: Any) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        from verbinder.workshop import yamledit

        for field in fields:
            if field not in values:
                continue
            value = values[field]
            if value is None or (value is False and field not in item):
                if field in item:
                    yamledit.remove(item, field)
            elif not _same(item.get(field), value):
                if isinstance(value, list):
                    value = CommentedSeq(value)
                    value.fa.set_flow_style()
                elif isinstance(value, dict):
                    value = CommentedMap(value)
                    value.fa.set_flow_style()
                yamledit.put(item, field, value)

    return update
