"""The model file: actors, links, the coalition agenda and the kopgroep.

These pydantic models are the contract of a model file (docs/model.md).
Unknown keys are errors (``extra="forbid"``).  Checks that need the whole model
(unknown ids, self-links, a connector that is one of the link's ends) live in
:func:`check_references`, which returns every problem at once.
"""

from __future__ import annotations

import datetime as _dt
import re
import weakref
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from verbinder.i18n import Msg

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]
Score = Annotated[int, Field(ge=1, le=5, strict=True)]
Level = Annotated[int, Field(ge=0, le=4, strict=True)]

#: Limits of one model: far beyond a municipality's map, small enough to answer in seconds.
MAX_ACTORS = 50_000
MAX_LINKS = 200_000
MAX_KINDS = 100
MAX_AGENDA = 1_000

DEFAULT_KINDS: tuple[str, ...] = (
    "politics",
    "administration",
    "experts",
    "citizens",
    "firms",
    "civil_society",
)


class Tension(StrEnum):
    """How much friction a link carries (ordered low < medium < high)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


TENSION_ORDER = {Tension.LOW: 0, Tension.MEDIUM: 1, Tension.HIGH: 2}


class Stance(StrEnum):
    """Where an actor stands on the agenda (stakeholder analysis; Net-Map's "goals")."""

    SUPPORTS = "supports"
    NEUTRAL = "neutral"
    OPPOSES = "opposes"
    UNKNOWN = "unknown"


class LinkType(StrEnum):
    """Regie (orchestration: between like actors) or verbinden (bridging: between unlike actors)."""

    ORCHESTRATION = "orchestration"
    BRIDGING = "bridging"


class Position(StrEnum):
    """Gould & Fernandez (1989) brokerage role of a connector on the path from -> via -> to."""

    COORDINATOR = "coordinator"  # all three in one group
    ITINERANT = "itinerant"  # ends share a group, connector outside it (UCINET: consultant)
    REPRESENTATIVE = "representative"  # from and via share a group, to differs
    GATEKEEPER = "gatekeeper"  # via and to share a group, from differs
    LIAISON = "liaison"  # all three differ


# The message key of each value's label, written out (never built from the value) so that each key can be found
# and is checked in both languages (tests/test_message_keys.py). render/labels.py and the spreadsheet reader use them.
KIND_KEYS = {
    "politics": "kind.politics",
    "administration": "kind.administration",
    "experts": "kind.experts",
    "citizens": "kind.citizens",
    "firms": "kind.firms",
    "civil_society": "kind.civil_society",
}
TENSION_KEYS = {"low": "tension.low", "medium": "tension.medium", "high": "tension.high"}
TYPE_KEYS = {"orchestration": "type.orchestration", "bridging": "type.bridging"}
POSITION_KEYS = {
    "coordinator": "position.coordinator",
    "itinerant": "position.itinerant",
    "representative": "position.representative",
    "gatekeeper": "position.gatekeeper",
    "liaison": "position.liaison",
}


def _month(value: object) -> object:
    """Accept ``2028-06``, ``2028-06-30`` and YAML dates; keep ``YYYY-MM[-DD]`` text."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def _real_date(value: str) -> str:
    """Refuse a day the calendar does not have (``'2027-02-30'``, quoted so YAML left it text)."""
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("real_date", "not a real date", {"value": value}) from None
    return value


Due = Annotated[
    str,
    BeforeValidator(_month),
    StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$"),
    AfterValidator(_real_date),
]


class Strict(BaseModel):
    """Base for every model-file object: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=False, populate_by_name=True)


class Text(Strict):
    """A text in Dutch and English."""

    nl: str
    en: str


def _text(value: object) -> object:
    """A plain string stands for the same text in both languages."""
    return {"nl": value, "en": value} if isinstance(value, str) else value


class Kind(Strict):
    """An extra actor kind declared by the model (besides the six defaults)."""

    id: Slug
    label: Annotated[Text, BeforeValidator(_text)] | None = None


class Rater(StrEnum):
    """Who assessed a level: the member (``self``), their ``manager``, or a ``peer``."""

    SELF = "self"
    MANAGER = "manager"
    PEER = "peer"


Day = Annotated[
    str,
    BeforeValidator(_month),
    StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
    AfterValidator(_real_date),
]


class Assessment(Strict):
    """One recorded assessment of a member's level in a competency: when, and by whom."""

    competency: Slug
    level: Level
    date: Day = Field(description="YYYY-MM-DD: when the level was assessed")
    rater: Rater = Field(Rater.SELF, description="self | manager | peer")


class Actor(Strict):
    """Someone (a person, a body, a group) on the map."""

    id: Slug
    name: str = Field(min_length=1, max_length=200)
    kind: str = Field(
        description="politics | administration | experts | citizens | firms | civil_society | a declared kind"
    )
    influence: Score = Field(3, description="1..5: power on the issues at hand")
    interest: Score = Field(3, description="1..5: stake in the issues at hand")
    department: str | None = Field(None, description="the sector (silo) a civil servant or unit belongs to")
    kopgroep: bool = Field(False, description="member of the kopgroep (vanguard group of connectors)")
    capacity: Annotated[int, Field(ge=0, le=100, strict=True)] = Field(
        4, description="the most links this member carries"
    )
    role: Slug | None = Field(None, description="a role id from roles/ whose baseline this member needs")
    competencies: dict[str, Level] = Field(default_factory=dict, description="current levels 0..4 by competency id")
    stance: Stance = Field(Stance.UNKNOWN, description="supports | neutral | opposes | unknown: where the actor stands")
    note: str | None = Field(None, max_length=500, description="a short note, e.g. from a workshop")
    employee_id: str | None = Field(None, max_length=64, description="personnel number: the key of the HR system")
    function: str | None = Field(None, max_length=200, description="job title in the HR system (functie)")
    scale: str | None = Field(None, max_length=32, description="salary scale (schaal), as the HR system writes it")
    manager: Slug | None = Field(None, description="the actor id of this person's manager")
    assessments: list[Assessment] = Field(
        default_factory=list, description="the history of assessed levels (date, rater); see `verbinder assess`"
    )


class Link(Strict):
    """A connection that must be made between two actors, perhaps by a connector."""

    id: Slug | None = Field(None, description="optional; otherwise derived from the ends (stable)")
    from_: Slug = Field(alias="from")
    to: Slug
    via: Slug | None = Field(None, description="the connector (broker) who makes this link")
    team: list[Slug] = Field(
        default_factory=list,
        description="kopgroep members who make this link together (a duo), the connector `via` (the lead) among them",
    )
    topic: str | None = None
    agenda: list[Slug] = Field(default_factory=list, description="coalition-agreement items this link serves")
    tension: Tension = Tension.LOW
    note: str | None = Field(None, max_length=500, description="a short note, e.g. from a workshop")

    def carriers(self) -> tuple[str, ...]:
        """Who carries this link against their capacity: the connector and every member of its team, once each."""
        if not self.team:
            return () if self.via is None else (self.via,)
        return tuple(dict.fromkeys([*([self.via] if self.via else []), *self.team]))


class AgendaItem(Strict):
    """An item of the coalition agreement (collegeakkoord)."""

    id: Slug
    title: str = Field(min_length=1)
    due: Due | None = Field(None, description="YYYY-MM or YYYY-MM-DD")
    stakeholders: list[Slug] = Field(default_factory=list, description="actor ids of those with a stake in the item")
    owner: Slug | None = Field(
        None, description="the portfolio holder's actor id; default: the most influential politics stakeholder"
    )


class RoleModel(Strict):
    """Someone who shows competencies well (a *rolmodel*), inside or outside the organisation.

    ``actor`` ties the role model to an actor of the model; ``competencies`` are
    the catalogue ids they exemplify.
    """

    name: str = Field(min_length=1, max_length=200)
    organisation: str | None = None
    competencies: list[Slug] = Field(default_factory=list, description="competency ids this role model exemplifies")
    actor: Slug | None = Field(None, description="optional: the actor in this model who is this role model")


class Term(Strict):
    """The term of the coalition agreement (collegeakkoord): the months it runs, both included."""

    start: Due = Field(description="YYYY-MM: the first month of the term")
    end: Due = Field(description="YYYY-MM: the last month of the term, after start")


class Model(Strict):
    """A whole model file."""

    name: str = Field(min_length=1)
    language: Literal["nl", "en"] | None = None
    roles: str | None = Field(None, description="a folder of your own role rule files (relative to the model)")
    catalogue: str | None = Field(None, description="your own competency catalogue (relative to the model)")
    kinds: list[Kind] = Field(default_factory=list, max_length=MAX_KINDS)
    actors: list[Actor] = Field(default_factory=list, max_length=MAX_ACTORS)
    links: list[Link] = Field(default_factory=list, max_length=MAX_LINKS)
    agenda: list[AgendaItem] = Field(default_factory=list, max_length=MAX_AGENDA)
    role_models: list[RoleModel] = Field(default_factory=list, description="people to learn competencies from")
    term: Term | None = Field(None, description="the coalition agreement's term; default: two years from today")

    def kind_ids(self) -> list[str]:
        """The six default kinds and the model's own, in order."""
        return list(DEFAULT_KINDS) + [k.id for k in self.kinds if k.id not in DEFAULT_KINDS]

    def actor_index(self) -> dict[str, Actor]:
        """Actors by id (the first one where an id is duplicated).

        Built once and reused until ``actors`` changes: a new list (assigned, or a ``model_copy`` that updates
        it) or actors added or removed.  Renderers look up every actor they mention, so rebuilding it per call
        made ``report`` quadratic (85 s on 2,000 actors / 10,000 links).  The dict is shared: do not change it.
        The cache lives outside the model (:data:`_ACTOR_INDEXES`), so it takes no part in ``==`` or copies.
        """
        actors = self.actors
        key = id(self)
        cached = _ACTOR_INDEXES.get(key)
        if cached is not None and cached[0] is actors and cached[1] == len(actors):
            return cached[2]
        index: dict[str, Actor] = {}
        for actor in actors:
            index.setdefault(actor.id, actor)
        if cached is None:
            weakref.finalize(self, _ACTOR_INDEXES.pop, key, None)  # forgotten with the model, before its id is reused
        _ACTOR_INDEXES[key] = (actors, len(actors), index)
        return index


#: id(model) -> (the ``actors`` list the index was built from, its length, the index); see :meth:`Model.actor_index`.
_ACTOR_INDEXES: dict[int, tuple[list[Actor], int, dict[str, Actor]]] = {}


Loc = tuple[str | int, ...]
Issue = tuple  # (loc, message) or (loc, message, True) to point at the key


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def assign_link_ids(model: Model) -> list[str]:
    """Give every link an id: its own, else ``from--to``, plus ``--topic`` where one pair has several links.

    Derived ids depend only on the link's ends and topic, not on its place in
    the file, so they stay the same when links are added or reordered (links
    of one pair with the same topic, or none, are numbered in file order).
    """
    from collections import Counter

    taken = {link.id for link in model.links if link.id}
    pairs = Counter(f"{link.from_}--{link.to}" for link in model.links if not link.id)
    ids: list[str] = []
    next_number: dict[str, int] = {}
    for link in model.links:
        if link.id:
            ids.append(link.id)
            continue
        base = f"{link.from_}--{link.to}"
        if (pairs[base] > 1 or base in taken) and link.topic:
            base = f"{base}--{_slug(link.topic)}"
        # numbering resumes where this base left off: 200,000 parallel links cost linear time, not quadratic
        candidate, n = base, next_number.get(base, 2)
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        next_number[base] = n
        taken.add(candidate)
        ids.append(candidate)
    return ids


def suggest(word: str, options: Iterable[str]) -> str | None:
    """The closest known name to ``word``, for "did you mean" hints.

    difflib compares ``word`` with every option, which is quadratic when a model
    has thousands of unknown references among thousands of actors.  After the
    first few questions about one collection of options, a
    :class:`_NearIndex` of it answers instead: only options within one edit
    (a letter added, dropped, changed or two swapped) of ``word`` are compared.
    """
    import difflib

    index = _near_index(options)
    candidates = index.candidates(word) if index is not None else options
    match = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return match[0] if match else None


#: Questions about one collection of options answered by difflib alone before an index is built.
_DIRECT_QUESTIONS = 20
_INDEXES: dict[int, list] = {}  # id(options) -> [options, questions asked, index or None, size]


class _NearIndex:
    """Options by their one-letter deletions (SymSpell, Garbe 2012): candidates within one edit, in O(len(word))."""

    def __init__(self, options: Iterable[str]):
        self.by_deletion: dict[str, list[str]] = {}
        for option in options:
            for key in _deletions(option):
                self.by_deletion.setdefault(key, []).append(option)

    def candidates(self, word: str) -> list[str]:
        found: dict[str, None] = {}
        for key in _deletions(word):
            for option in self.by_deletion.get(key, ()):
                found[option] = None
        return list(found)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _near_index(options: Iterable[str]) -> _NearIndex | None:
    """The index of ``options`` once they have been asked about often enough (else None: use difflib)."""
    if not isinstance(options, dict | list | tuple | set | frozenset) or len(options) < 50:
        return None
    entry = _INDEXES.get(id(options))
    if entry is None or entry[0] is not options or entry[3] != len(options):  # new, or changed since
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        entry = _INDEXES[id(options)] = [options, 0, None, len(options)]
    entry[1] += 1
    if entry[1] <= _DIRECT_QUESTIONS:
        return None
    if entry[2] is None:
        entry[2] = _NearIndex(options)
    return entry[2]


def unknown(what: str, value: str, options: Iterable[str]) -> Msg:
    """ "unknown actor 'anan' — did you mean 'anna'?" as a message."""
    hint = suggest(value, options)
    if hint:
        return Msg("err.unknown_hint", what=Msg(WHAT_KEYS[what]), value=value, hint=hint)
    return Msg("err.unknown", what=Msg(WHAT_KEYS[what]), value=value)


#: What :func:`unknown` can report, and the message key of its name.
WHAT_KEYS = {
    "actor": "what.actor",
    "agenda": "what.agenda",
    "attribute": "what.attribute",
    "cluster": "what.cluster",
    "column": "what.column",
    "competency": "what.competency",
    "kind": "what.kind",
    "link": "what.link",
    "member": "what.member",
    "operator": "what.operator",
    "rater": "what.rater",
    "role": "what.role",
    "value.enum": "what.value.enum",
    "value.ordered": "what.value.ordered",
}


def _team_issues(link: Link, i: int, actor_ids: dict[str, int], model: Model) -> list[Issue]:
    """A link's ``team``: two or more kopgroep members, each once, the connector ``via`` among them, no end."""
    issues: list[Issue] = []
    if not link.team:
        return issues
    if link.via is None or link.via not in link.team:
        issues.append((("links", i, "team"), Msg("err.team_without_via")))
    elif len(set(link.team)) < 2:
        issues.append((("links", i, "team"), Msg("err.team_too_small")))
    seen: set[str] = set()
    for j, ref in enumerate(link.team):
        if ref not in actor_ids:
            issues.append((("links", i, "team", j), unknown("actor", ref, actor_ids)))
        elif ref in seen:
            issues.append((("links", i, "team", j), Msg("err.team_twice", actor=ref)))
        elif ref in (link.from_, link.to):
            issues.append((("links", i, "team", j), Msg("err.team_is_end", actor=ref)))
        elif not model.actors[actor_ids[ref]].kopgroep:
            issues.append((("links", i, "team", j), Msg("err.team_not_kopgroep", actor=ref)))
        seen.add(ref)
    return issues


def check_references(model: Model, competency_ids: Iterable[str] | None = None) -> list[Issue]:
    """Every reference problem in ``model``: duplicate and unknown ids, self-links, bad connectors.

    ``competency_ids`` (the catalogue) checks the ids in actors' ``competencies``.
    """
    issues: list[Issue] = []
    kinds = model.kind_ids()
    seen_kinds: dict[str, int] = {}
    for i, kind in enumerate(model.kinds):
        if kind.id in seen_kinds:
            issues.append((("kinds", i, "id"), Msg("err.duplicate_id", what=Msg("what.kind"), value=kind.id)))
        seen_kinds[kind.id] = i

    actor_ids: dict[str, int] = {}
    comp_ids = set(competency_ids) if competency_ids is not None else None
    for i, actor in enumerate(model.actors):
        if actor.id in actor_ids:
            issues.append(
                (
                    ("actors", i, "id"),
                    Msg(
                        "err.duplicate_id_at",
                        what=Msg("what.actor"),
                        value=actor.id,
                        first=f"actors[{actor_ids[actor.id]}]",
                    ),
                )
            )
        else:
            actor_ids[actor.id] = i
        if actor.kind not in kinds:
            issues.append((("actors", i, "kind"), unknown("kind", actor.kind, kinds)))
        if comp_ids is not None:
            for cid in actor.competencies:
                if cid not in comp_ids:
                    issues.append((("actors", i, "competencies", cid), unknown("competency", cid, comp_ids), True))
            for j, record in enumerate(actor.assessments):
                if record.competency not in comp_ids:
                    loc = ("actors", i, "assessments", j, "competency")
                    issues.append((loc, unknown("competency", record.competency, comp_ids)))

    by_employee: dict[str, list[int]] = {}
    for i, actor in enumerate(model.actors):
        if actor.employee_id is not None:
            by_employee.setdefault(actor.employee_id, []).append(i)
    for number, holders in by_employee.items():
        if len(holders) > 1:  # both (every) places: HR must see which record is wrong
            for i in holders:
                others = ", ".join(f"actors[{j}] ({model.actors[j].id})" for j in holders if j != i)
                msg = Msg("fair.err.duplicate_employee_id", value=number, others=others)
                issues.append((("actors", i, "employee_id"), msg))

    for i, actor in enumerate(model.actors):
        if actor.manager is not None and actor.manager not in actor_ids:
            issues.append((("actors", i, "manager"), unknown("actor", actor.manager, actor_ids)))

    agenda_ids: dict[str, int] = {}
    for i, item in enumerate(model.agenda):
        if item.id in agenda_ids:
            issues.append((("agenda", i, "id"), Msg("err.duplicate_id", what=Msg("what.agenda"), value=item.id)))
        agenda_ids.setdefault(item.id, i)
        seen_stakeholders: set[str] = set()
        for j, ref in enumerate(item.stakeholders):
            if ref not in actor_ids:
                issues.append((("agenda", i, "stakeholders", j), unknown("actor", ref, actor_ids)))
            elif ref in seen_stakeholders:
                issues.append((("agenda", i, "stakeholders", j), Msg("connect.err.duplicate_stakeholder", actor=ref)))
            seen_stakeholders.add(ref)
        if item.owner is not None and item.owner not in actor_ids:
            issues.append((("agenda", i, "owner"), unknown("actor", item.owner, actor_ids)))

    if model.term is not None and model.term.end[:7] <= model.term.start[:7]:
        issues.append((("term", "end"), Msg("agenda.err.term_order", start=model.term.start, end=model.term.end)))

    link_ids: dict[str, int] = {}
    for i, link in enumerate(model.links):
        if link.id:
            if link.id in link_ids:
                issues.append((("links", i, "id"), Msg("err.duplicate_id", what=Msg("what.link"), value=link.id)))
            link_ids.setdefault(link.id, i)
        for field in ("from", "to", "via"):
            ref = link.from_ if field == "from" else getattr(link, field)
            if ref is not None and ref not in actor_ids:
                issues.append((("links", i, field), unknown("actor", ref, actor_ids)))
        if link.from_ == link.to:
            issues.append((("links", i, "to"), Msg("err.self_link", actor=link.to)))
        if link.via is not None and link.via in (link.from_, link.to):
            issues.append((("links", i, "via"), Msg("err.via_is_end", actor=link.via)))
        issues.extend(_team_issues(link, i, actor_ids, model))
        for j, ref in enumerate(link.agenda):
            if ref not in agenda_ids:
                issues.append((("links", i, "agenda", j), unknown("agenda", ref, agenda_ids)))

    for i, rm in enumerate(model.role_models):
        if rm.actor is not None and rm.actor not in actor_ids:
            issues.append((("role_models", i, "actor"), unknown("actor", rm.actor, actor_ids)))
        if comp_ids is not None:
            for j, cid in enumerate(rm.competencies):
                if cid not in comp_ids:
                    issues.append((("role_models", i, "competencies", j), unknown("competency", cid, comp_ids)))
    return issues
