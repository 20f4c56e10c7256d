"""Competency profiles of the kopgroep: what each member's links ask, what they have, the gap.

For every kopgroep member (``kopgroep: true``) the **required** level of a
competency is the highest level any link they make (``via``) asks, or the
baseline of their ``role``, whichever is higher; the **current** level comes from
the model (``None``, *not assessed*, when absent) and the **gap** is
``max(0, required - current)`` (``None`` when not assessed; see
:mod:`verbinder.analysis.gaps` for the one definition of gaps every output uses).
Competencies a member has a level in but nothing asks are listed too (required
0), so an HR export holds the whole picture.

A profile holds at most :data:`MAX_REQUIRED` required competencies (see
:func:`select_required`): a member with four or five links in different
brokerage positions collects twenty or more, and a conversation cannot hold
them.  Every open gap is kept (a gap is never hidden); the rest beyond the
limit are kept as ``also_relevant`` (with required, current and gap in every
format), never dropped silently.  A member's figures (:attr:`MemberProfile.figures`:
open gaps, gap levels, not assessed) are the one source every command reads.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
from dataclasses import dataclass, field, replace
from typing import Any

from verbinder.analysis.focus import FocusPoint, focus_points, need_weight
from verbinder.analysis.gaps import GapFigures, figures, member_levels, member_requirements
from verbinder.analysis.gaps import gap as gap_of
from verbinder.analysis.history import current_records, differences, last_assessed
from verbinder.analysis.importance import link_weights
from verbinder.analysis.links import Analysis, LinkAssessment
from verbinder.model import Actor, Model
from verbinder.rules.engine import RuleSet

#: A member's profile asks at most this many competencies; the rest are "also relevant" (like a link's 7).
MAX_REQUIRED = 12


@dataclass(frozen=True, slots=True)
class Asked:
    """One link asking a competency of a member, and the rules that asked it."""

    link: str
    level: int
    rules: tuple[str, ...]
    specificity: int = 0  # the conditions of the most specific rule asking it (the link's own ranking)


@dataclass(slots=True)
class CompetencyNeed:
    """One competency of one member: required, current, gap, and who asks it."""

    id: str
    required: int
    current: int | None  # None: not assessed
    asked_by: list[Asked] = field(default_factory=list)
    role_level: int = 0  # the role's baseline (0: the role does not ask it)
    assessed_on: str | None = None  # the date of the record that set the current level (None: no history)
    rater: str | None = None  # who rated it: self, manager or peer (None: no history)

    @property
    def gap(self) -> int | None:
        """How many levels the member still has to grow (never negative); ``None`` when not assessed."""
        return gap_of(self.required, self.current)

    @property
    def links(self) -> list[str]:
        """Ids of the links that ask this competency."""
        return [a.link for a in self.asked_by]

    @property
    def source(self) -> str:
        """Where the requirement comes from: ``links``, ``role``, ``links+role`` or ``model`` (only a level)."""
        parts = [name for name, on in (("links", self.asked_by), ("role", self.role_level)) if on]
        return "+".join(parts) if parts else "model"


@dataclass(slots=True)
class MemberProfile:
    """A kopgroep member's competency profile."""

    id: str
    name: str
    role: str | None
    department: str | None
    capacity: int
    links: list[str]
    competencies: list[CompetencyNeed]
    focus: list[FocusPoint] = field(default_factory=list)  # the development priorities, most urgent first
    role_name: Any = None  # the role's name ({nl, en}) from its role file, when the role is known
    last_assessed: str | None = None  # the date (YYYY-MM-DD) of the member's latest recorded assessment
    differences: list[tuple[str, int, int]] = field(default_factory=list)  # (competency, self, others) 2+ apart
    employee_id: str | None = None  # the HR system's key (personnel number)
    function: str | None = None
    scale: str | None = None
    manager: str | None = None  # the manager's actor id
    manager_name: str | None = None
    manager_employee_id: str | None = None
    reflection_themes: list[str] = field(default_factory=list)  # dispositions the links name: never a gap
    topics: list[str] = field(default_factory=list)  # per link (as ``links``) its topic, else "from – to" by name
    also_relevant: list[CompetencyNeed] = field(default_factory=list)  # asked, beyond the MAX_REQUIRED kept

    @property
    def also_asked(self) -> list[CompetencyNeed]:
        """The competencies that are not focus points, in profile order."""
        chosen = {f.id for f in self.focus}
        return [c for c in self.competencies if c.id not in chosen]

    def focus_first(self) -> list[CompetencyNeed]:
        """All competencies: the focus points in their order, then the rest ("also asked")."""
        by_id = {c.id: c for c in self.competencies}
        return [by_id[f.id] for f in self.focus if f.id in by_id] + self.also_asked

    @property
    def asked(self) -> list[CompetencyNeed]:
        """Every competency of the member: the profile's, then the "also relevant" ones."""
        return self.competencies + self.also_relevant

    @property
    def figures(self) -> GapFigures:
        """Open gaps, gap levels and not-assessed requirements of this member: the one figure every output shows.

        Counted over every asked competency (the profile and the "also relevant"),
        so no selection can change them; :func:`select_required` keeps every
        open gap in the profile anyway.
        """
        return figures((c.required, c.current) for c in self.asked)

    @property
    def gaps(self) -> list[CompetencyNeed]:
        """The open gaps, largest first."""
        return [c for c in self.competencies if c.gap]

    @property
    def not_assessed(self) -> list[CompetencyNeed]:
        """Asked competencies without an assessed level (a reason to run ``verbinder assess``), profile first."""
        return [c for c in self.asked if c.current is None and c.required > 0]


def member_profiles(
    model: Model, analysis: Analysis, ruleset: RuleSet, *, today: _dt.date | None = None
) -> list[MemberProfile]:
    """The profile of every kopgroep member, in model order, with their focus points.

    ``today`` (default: the real date) dates the agenda's due dates for the
    links' importance (see :mod:`verbinder.analysis.focus`).

        Competencies are ordered: open gaps (largest first), then required but not
    assessed, then the rest; within each by required level (descending), then id.
    """
    by_via: dict[str, list] = {}
    actors = model.actor_index()
    for a in analysis.links:
        if a.link.via is not None:
            by_via.setdefault(a.link.via, []).append(a)
        for member in dict.fromkeys(a.link.team):
            if member != a.link.via:
                by_via.setdefault(member, []).append(a)
    by_via = {m: [_for_member(a, m, actors) for a in links] for m, links in by_via.items()}
    today = _dt.date.today() if today is None else today
    weights = link_weights(analysis, today)
    profiles = []
    for actor in model.actors:
        if actor.kopgroep:
            profile = _profile(actor, by_via.get(actor.id, []), ruleset)
            profile.topics = [_topic(a, actors) for a in by_via.get(actor.id, [])]
            boss = actors.get(actor.manager) if actor.manager else None
            if boss is not None:
                profile.manager_name, profile.manager_employee_id = boss.name, boss.employee_id
            profile.competencies, profile.also_relevant = select_required(profile.competencies, weights)
            profile.focus = focus_points(profile.competencies, weights)
            profiles.append(profile)
    return profiles


def _topic(a: LinkAssessment, actors: dict[str, Actor]) -> str:
    """What a person calls a link: its topic, else its two ends by name."""
    if a.link.topic:
        return a.link.topic
    return f"{actors[a.link.from_].name} – {actors[a.link.to].name}"


def _for_member(a: LinkAssessment, member: str, actors: dict[str, Actor]) -> LinkAssessment:
    """What a link asks of one member of its team: what no partner's assessed level already meets."""
    kept = member_requirements(a, member, actors)
    return a if len(kept) == len(a.requirements) else replace(a, requirements=kept)


def _profile(actor: Actor, assessed: list, ruleset: RuleSet) -> MemberProfile:
    needs: dict[str, CompetencyNeed] = {}
    levels = member_levels(actor)  # the history's rater precedence over `competencies`

    def need(cid: str) -> CompetencyNeed:
        if cid not in needs:
            needs[cid] = CompetencyNeed(cid, 0, levels.get(cid))
        return needs[cid]

    for a in assessed:
        for r in a.requirements:
            n = need(r.competency)
            n.required = max(n.required, r.level)
            n.asked_by.append(Asked(a.id, r.level, tuple(dict.fromkeys(w.rule for w in r.reasons)), r.specificity))
    themes = sorted({cid for a in assessed for cid in a.themes})
    role = ruleset.role(actor.role) if actor.role else None
    if role is not None:
        for cid, level in role.baseline.items():
            if cid in ruleset.dispositions:
                themes = sorted({*themes, cid})
                continue
            n = need(cid)
            n.role_level = level
            n.required = max(n.required, level)
    for cid in levels:
        if cid not in ruleset.dispositions:  # a disposition's level is not exported as a skill
            need(cid)
    for cid, rec in current_records(actor).items():
        if cid in needs:
            needs[cid].assessed_on, needs[cid].rater = rec.date, rec.rater.value
    ordered = sorted(needs.values(), key=_order)
    return MemberProfile(
        actor.id,
        actor.name,
        actor.role,
        actor.department,
        actor.capacity,
        [a.id for a in assessed],
        ordered,
        role_name=role.name if role is not None else None,
        last_assessed=last_assessed(actor),
        differences=differences(actor),
        employee_id=actor.employee_id,
        function=actor.function,
        scale=actor.scale,
        manager=actor.manager,
        reflection_themes=themes,
    )


def select_required(
    needs: list[CompetencyNeed], weights: dict[str, int], limit: int = MAX_REQUIRED
) -> tuple[list[CompetencyNeed], list[CompetencyNeed]]:
    """Split a member's competencies into the profile and the "also relevant"; a gap is never hidden.

    Every competency with an **open gap** is kept first, whatever the limit (a
    gap left out of the profile would be missing from every count, plan and
    conversation).  Then the role's baseline (what the member was appointed
    for; at most three competencies per role).  Then the links take turns, the
    most important first (:mod:`verbinder.analysis.importance`, the focus
    points' weights): each adds its highest ask not yet kept (by the level that
    link asks, then the specificity of the rule asking it, then the summed
    importance of all links asking the competency, then how many of the link's
    rules ask it, then the id), round after round while fewer than ``limit``
    are kept.  ``limit`` is a maximum, not a target: a member whose links ask
    less keeps what they ask.  Competencies nothing asks (required 0) stay in
    the profile.  Both parts keep the profile order.

    >>> def need(cid, *asks, current=None):
    ...     return CompetencyNeed(cid, max(lv for _, lv in asks), current, [Asked(lk, lv, ()) for lk, lv in asks])
    >>> needs = [need("a", ("heavy", 2)), need("b", ("heavy", 3)), need("c", ("heavy", 2), ("light", 1)),
    ...          need("d", ("light", 2)), need("e", ("light", 1))]
    >>> kept, also = select_required(needs, {"heavy": 9, "light": 2}, limit=3)
    >>> sorted(n.id for n in kept), [n.id for n in also]  # heavy: b (level 3), light: d, heavy: c (two links)
    (['b', 'c', 'd'], ['a', 'e'])
    >>> needs[4] = need("e", ("light", 1), current=0)  # an open gap (0 -> 1) comes first
    >>> kept, also = select_required(needs, {"heavy": 9, "light": 2}, limit=3)
    >>> sorted(n.id for n in kept), [n.id for n in also]
    (['b', 'd', 'e'], ['a', 'c'])
    """
    required = [n for n in needs if n.required > 0]
    if len(required) <= limit:
        return needs, []
    kept = {n.id for n in required if n.gap}
    for n in required:
        if n.role_level and len(kept) < limit:
            kept.add(n.id)
    asks: dict[str, list[tuple[Asked, CompetencyNeed]]] = {}
    for n in required:
        for a in n.asked_by:
            asks.setdefault(a.link, []).append((a, n))

    def rank(ask: tuple[Asked, CompetencyNeed]) -> tuple:
        asked, need = ask
        return (-asked.level, -asked.specificity, -need_weight(need, weights), -len(asked.rules), need.id)

    turns = [
        [n for _, n in sorted(queue, key=rank)]
        for _, queue in sorted(asks.items(), key=lambda item: (-weights.get(item[0], 0), item[0]))
    ]
    while len(kept) < limit and any(turns):
        for queue in turns:
            while queue and queue[0].id in kept:
                queue.pop(0)
            if queue and len(kept) < limit:
                kept.add(queue.pop(0).id)
    return [n for n in needs if n.id in kept or not n.required], [n for n in required if n.id not in kept]


def _order(n: CompetencyNeed) -> tuple:
    """Open gaps (largest first), then not-assessed requirements, then the rest; by required level, id."""
    status = 0 if n.gap else (1 if n.current is None and n.required else 2)
    return (-(n.gap or 0), status, -n.required, n.id)


def pseudonym(member_id: str, salt: str = "") -> str:
    """A stable pseudonym for a member id: ``m-`` and 8 hex digits of HMAC-SHA256(salt, id).

    The same id and salt always give the same pseudonym, so exports made on
    different days can be compared.  Without a secret salt anyone who can guess
    an id can recompute its pseudonym: share pseudonymised files only with a salt
    you keep to yourself.

    >>> pseudonym("anna") == pseudonym("anna")
    True
    >>> pseudonym("anna") != pseudonym("anna", "geheim")
    True
    """
    digest = hmac.new(salt.encode("utf-8"), member_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"m-{digest[:8]}"


def link_pseudonym(link_id: str, member_ids: set[str], salt: str = "") -> str:
    """A link's id with no member's id left in it: ``link-`` and a keyed hash when one of ``member_ids`` is one of
    its ``--``-separated parts (derived ids such as ``anna--bert``), else the id as it is.

    >>> link_pseudonym("atomic-battery", {"tom"})
    'atomic-battery'
    >>> link_pseudonym("tom--wh", {"tom"}).startswith("link-")
    True
    """
    if member_ids.intersection(link_id.split("--")):
        return "link-" + pseudonym(link_id, salt)[2:]
    return link_id


def pseudonymise(profiles: list[MemberProfile], salt: str, label: str) -> list[MemberProfile]:
    """Copies of ``profiles`` with nothing left that identifies a person.

    The id and name become a stable pseudonym (``label`` is the word before the
    code, e.g. ``Lid``); every link id becomes ``link-`` and a keyed hash (a
    link id names its ends, and an end may be a person, a colleague or a
    manager); the personnel number, function, scale, manager and the manager's
    name and personnel number are left out (function and scale with a small
    group can single a person out).  Role, department, levels and dates stay:
    they are what the export is for.  The copies are sorted by pseudonym, not kept in
    the model's order (which would name member n by position).

    >>> from verbinder.analysis.profiles import MemberProfile
    >>> tom = MemberProfile("tom", "Tom", None, None, 4, ["atomic-battery", "tom--wh"], [], employee_id="0815")
    >>> hidden = pseudonymise([tom], "s", "Lid")[0]
    >>> all(lid.startswith("link-") for lid in hidden.links), hidden.employee_id, hidden.name == "Lid " + hidden.id[2:]
    (True, None, True)
    """

    def link_id(lid: str) -> str:
        return "link-" + pseudonym(lid, salt)[2:]

    def hide(needs: list[CompetencyNeed]) -> list[CompetencyNeed]:
        return [replace(c, asked_by=[replace(a, link=link_id(a.link)) for a in c.asked_by]) for c in needs]

    out = []
    for p in profiles:
        code = pseudonym(p.id, salt)
        out.append(
            replace(
                p,
                id=code,
                name=f"{label} {code[2:]}",
                links=[link_id(lid) for lid in p.links],
                topics=[],  # a topic may name a person
                competencies=hide(p.competencies),
                also_relevant=hide(p.also_relevant),
                employee_id=None,
                function=None,
                scale=None,
                manager=None,
                manager_name=None,
                manager_employee_id=None,
            )
        )
    # Sorted by pseudonym: in the model's order, anyone with the model (or the staff list it follows) would know
    # member n by position.
    return sorted(out, key=lambda p: p.id)
