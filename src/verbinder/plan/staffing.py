"""Who should make the links that nobody makes yet: an optimal assignment of kopgroep members.

Every link without ``via`` is a task; every kopgroep member has ``capacity``
slots minus the links they already make.  A member's **fit** for a link is how
well their current levels cover what the link would ask of them (the rules are
evaluated with that member as the connector, so the brokerage position is
theirs), plus a bonus when they know one end's department.  The assignment

1. makes as many suggestions as capacity allows (among members who fit at least
   ``min_fit`` and are not one of the link's ends), and
2. among those, maximises the total fit,

solved exactly as a rectangular assignment problem (scipy's
``linear_sum_assignment``, a shortest-augmenting-path Hungarian method) with
each member's free capacity expanded into slots.  A greedy choice (best pair
first) can be far from this optimum; the tests show a case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from verbinder.analysis.links import Analysis, Requirement, asked_requirements
from verbinder.model import Actor, Model
from verbinder.rules.engine import RuleSet

#: Points added to the fit when the member works in the department of one of the link's ends.
DEPARTMENT_BONUS = 10
#: Default lowest coverage (percent of the asked levels) at which a member is suggested.
DEFAULT_MIN_FIT = 30


@dataclass(frozen=True, slots=True)
class Fit:
    """How well one member fits one link."""

    member: str
    points: int | None  # the fit: percent of the known asked levels the member covers (None: nothing known)
    coverage: int | None  # the same percent (the planner's fit; see verbinder.plan.planner)
    department: str | None  # the shared department, if any
    requirements: tuple[Requirement, ...]
    gaps: tuple[tuple[str, int, int], ...]  # (competency, required, current) where the assessed current < required
    not_assessed: tuple[str, ...] = ()  # asked competencies the member was never assessed in (unknown, not 0)
    known_share: float = 1.0  # the share of the asked competencies that is assessed


@dataclass(slots=True)
class Suggestion:
    """The outcome for one open link: a member, or why it stays open."""

    link: str
    index: int  # position in model.links
    from_: str
    to: str
    fit: Fit | None  # the chosen member's fit
    reason: str  # assigned | no_capacity | no_fit | no_members
    best: Fit | None = None  # for an open link: the best candidate (below min_fit, or full)
    candidates: int = 0  # members who fit the link (eligible)
    why: Any = None  # the plan's why (a Msg), when the suggestion comes from the plan
    team: tuple[str, ...] = ()  # a duo (the lead first)

    @property
    def member(self) -> str | None:
        """The suggested member's id, or ``None``."""
        return self.fit.member if self.fit else None


@dataclass(slots=True)
class StaffingPlan:
    """Suggestions for every open link, and each member's load before and after."""

    suggestions: list[Suggestion]
    load: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # member -> (before, after, capacity)
    min_fit: int = DEFAULT_MIN_FIT

    @property
    def assigned(self) -> list[Suggestion]:
        """The suggestions that name a member."""
        return [s for s in self.suggestions if s.fit is not None]

    @property
    def open(self) -> list[Suggestion]:
        """The links that stay open."""
        return [s for s in self.suggestions if s.fit is None]

    @property
    def total_fit(self) -> int:
        """The sum of the fit points of all suggestions (what the solver maximises)."""
        return sum(s.fit.points or 0 for s in self.assigned if s.fit is not None)


def coverage(requirements: tuple[Requirement, ...], levels: dict[str, int]) -> int:
    """Percent of the asked levels that current ``levels`` cover: sum(min(current, asked)) / sum(asked).

    >>> from verbinder.analysis.links import Requirement
    >>> coverage((Requirement("vertalen", 2, ()), Requirement("netwerken", 2, ())), {"vertalen": 3})
    50
    """
    asked = sum(r.level for r in requirements)
    if asked == 0:
        return 100
    have = sum(min(levels.get(r.competency, 0), r.level) for r in requirements)
    return round(100 * have / asked)


def connector_key(member: Actor, ruleset: RuleSet) -> tuple[Any, ...]:
    """What the rules can read of a connector: its kind (the link's position follows from it), and each
    connector attribute (``via.*``, :data:`~verbinder.rules.vocabulary.CONNECTOR_ATTRIBUTES`) a rule reads."""
    from verbinder.rules.vocabulary import CONNECTOR_ATTRIBUTES, FACT_INDEX, connector_facts

    read = _read_facts(ruleset)
    return (member.kind, *connector_facts(member, (n for n in CONNECTOR_ATTRIBUTES if FACT_INDEX[n] in read)))


_READ: dict[int, tuple[RuleSet, frozenset[int]]] = {}


def _read_facts(ruleset: RuleSet) -> frozenset[int]:
    """The facts any rule of ``ruleset`` reads (remembered per rule set)."""
    hit = _READ.get(id(ruleset))
    if hit is None or hit[0] is not ruleset:
        hit = _READ[id(ruleset)] = (ruleset, frozenset(i for r in ruleset.rules for i in r.reads))
    return hit[1]


def requirements_as(
    link, lid: str, member: Actor, actors: dict, ruleset: RuleSet, cache: dict, key: tuple | None = None
) -> tuple:
    """What ``link`` would ask of ``member`` as its connector (the rules evaluated with them as ``via``).

    The facts depend on the connector only through its kind and the connector
    attributes the rules read (:func:`connector_key`, or ``key`` when the caller has it), so ``cache`` keeps one
    answer per link and key.
    """
    key = (lid, connector_key(member, ruleset) if key is None else key)
    reqs = cache.get(key)
    if reqs is None:
        fired = ruleset.fired(facts_as(link, member, actors))
        reqs = cache.get(fired)
        if reqs is None:
            reqs = cache[fired] = asked_requirements(ruleset, fired)
        cache[key] = reqs
    return reqs


def facts_as(link, member: Actor, actors: dict):
    """The rules' facts of ``link`` with ``member`` as its connector, without copying the link: the attributes
    read the connector from the context (``via.*``, the position), the link itself only for what it says."""
    from verbinder.graph import link_type, position
    from verbinder.rules.vocabulary import LinkContext, facts_of

    a, b = actors[link.from_], actors[link.to]
    context = (link, a, b, member, link_type(a.kind, b.kind), position(a.kind, member.kind, b.kind))
    return facts_of(tuple.__new__(LinkContext, context))


def member_fit(link, lid: str, member: Actor, actors: dict, ruleset: RuleSet, cache: dict) -> Fit:
    """The fit of ``member`` as the connector of ``link``: coverage percent plus the department bonus."""
    reqs = requirements_as(link, lid, member, actors, ruleset, cache)
    levels = member.competencies
    cov = coverage(reqs, levels)
    ends = (actors[link.from_].department, actors[link.to].department)
    shared = member.department if member.department is not None and member.department in ends else None
    gaps = tuple(
        (r.competency, r.level, levels[r.competency])
        for r in reqs
        if r.competency in levels and levels[r.competency] < r.level
    )
    unknown = tuple(r.competency for r in reqs if r.competency not in levels)
    return Fit(member.id, cov + (DEPARTMENT_BONUS if shared else 0), cov, shared, reqs, gaps, unknown)


def solve(points: list[list[int | None]], capacities: list[int]) -> list[int | None]:
    """An optimal assignment of rows (links) to columns (members) with capacities.

    ``points[i][j]`` is the fit of member ``j`` for link ``i``, or ``None`` where
    ``j`` may not take ``i``.  Returns, per row, the chosen column or ``None``:
    first as many rows as possible are assigned, then the total of the points is
    the highest possible.  See :func:`solve_matrix`.

    >>> solve([[5, 4], [3, None]], [1, 1])  # greedy would give row 0 to column 0 and leave row 1 open
    [1, 0]
    """
    import numpy as np

    matrix = np.array([[-1 if p is None else p for p in row] for row in points], dtype=np.int64)
    chosen = solve_matrix(matrix.reshape(len(points), len(capacities)), capacities)
    return [None if j < 0 else int(j) for j in chosen]


def greedy(points: list[list[int | None]], capacities: list[int]) -> list[int | None]:
    """Best pair first: what a person with a spreadsheet would do.

    Not used by ``verbinder staff``; it is the baseline :func:`solve` is tested
    and benchmarked against (it can assign fewer links, or a lower total fit).
    """
    free = list(capacities)
    result: list[int | None] = [None] * len(points)
    pairs = sorted(
        ((p, i, j) for i, row in enumerate(points) for j, p in enumerate(row) if p is not None), reverse=True
    )
    for _p, i, j in pairs:
        if result[i] is None and free[j] > 0:
            result[i], free[j] = j, free[j] - 1
    return result


def solve_matrix(points, capacities: list[int]):
    """:func:`solve` on a NumPy matrix of non-negative points, -1 where a member may not take a link.

    Each member's capacity is expanded into that many identical slots (never
    more than the links they may take), and the rectangular assignment problem
    is solved with :func:`scipy.optimize.linear_sum_assignment`.  Every allowed
    pair costs ``-(big + points)``, with ``big`` larger than any sum of points,
    so one more assignment always outweighs any gain in fit.  Returns the
    chosen column per row, -1 for none.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n = points.shape[0]
    result = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return result
    allowed = points >= 0
    usable = allowed.sum(axis=0)
    slots = np.repeat(np.arange(points.shape[1]), np.minimum(np.asarray(capacities, dtype=np.int64), usable))
    if slots.size == 0:
        return result
    big = (int(points.max()) + 1) * (n + 1)
    cost = np.where(allowed, -(big + points), 0)
    rows, cols = linear_sum_assignment(cost[:, slots])
    members = slots[cols]
    keep = allowed[rows, members]
    result[rows[keep]] = members[keep]
    return result


def fit_matrix(open_links: list, members: list[Actor], actors: dict, ruleset: RuleSet, cache: dict):
    """Coverage (percent) and fit points of every member for every open link, as NumPy matrices.

    Coverage is computed for all members at once per link and :func:`connector_key`:
    ``sum(min(levels, asked)) / sum(asked)``, as :func:`coverage` does one by one.
    Where a member is one of the link's ends the points are -1.
    """
    import numpy as np

    comp_ids = sorted({c for m in members for c in m.competencies})
    col = {c: k for k, c in enumerate(comp_ids)}
    levels = np.zeros((len(members), len(comp_ids) + 1), dtype=np.int64)  # last column: unknown to all members
    for j, m in enumerate(members):
        for c, level in m.competencies.items():
            levels[j, col[c]] = level
    by_kind: dict[tuple, list[int]] = {}
    for j, m in enumerate(members):
        by_kind.setdefault(connector_key(m, ruleset), []).append(j)
    kinds = {k: np.asarray(v) for k, v in by_kind.items()}
    depts = np.array([m.department or "" for m in members], dtype=object)
    index = {m.id: j for j, m in enumerate(members)}
    cov = np.zeros((len(open_links), len(members)), dtype=np.int64)
    for i, (_, a) in enumerate(open_links):
        # Groups of connectors the rules ask the same of (usually all of one kind) share one computation.
        same: dict[int, tuple[tuple, list]] = {}
        for rows in kinds.values():
            reqs = requirements_as(a.link, a.id, members[int(rows[0])], actors, ruleset, cache)
            same.setdefault(id(reqs), (reqs, []))[1].append(rows)
        for reqs, parts in same.values():
            rows = parts[0] if len(parts) == 1 else np.concatenate(parts)
            asked = np.zeros(levels.shape[1], dtype=np.int64)
            for r in reqs:
                asked[col.get(r.competency, len(comp_ids))] += r.level
            total = int(asked.sum())
            if total == 0:
                cov[i, rows] = 100
            else:
                have = np.minimum(levels[rows], asked).sum(axis=1)
                cov[i, rows] = np.round(100 * have / total).astype(np.int64)
    ends = [(actors[a.link.from_].department, actors[a.link.to].department) for _, a in open_links]
    bonus = np.array([[d != "" and d in pair for d in depts] for pair in ends], dtype=bool).reshape(cov.shape)
    points = cov + DEPARTMENT_BONUS * bonus
    for i, (_, a) in enumerate(open_links):
        for end in (a.link.from_, a.link.to):
            if end in index:
                points[i, index[end]] = -1
    return cov, points


def plan_staffing(
    model: Model, analysis: Analysis, ruleset: RuleSet, *, min_fit: int = DEFAULT_MIN_FIT
) -> StaffingPlan:
    """Suggest a kopgroep member for every link without a connector (see the module docstring)."""
    import numpy as np

    actors = model.actor_index()
    members = [a for a in model.actors if a.kopgroep]
    load = {m.id: 0 for m in members}
    for link in model.links:
        if link.via in load:
            load[link.via] += 1
    free = [max(0, m.capacity - load[m.id]) for m in members]
    open_links = [(i, a) for i, a in enumerate(analysis.links) if a.link.via is None]
    cache: dict = {}
    cov, points = fit_matrix(open_links, members, actors, ruleset, cache)
    eligible = np.where((points >= 0) & (cov >= min_fit), points, -1)
    chosen = solve_matrix(eligible, free)

    def fit(i: int, j: int) -> Fit:
        a = open_links[i][1]
        return member_fit(a.link, a.id, members[j], actors, ruleset, cache)

    def best(row) -> int:
        # highest points, then the first member in model order
        return int(np.argmax(row)) if row.size and row.max() >= 0 else -1

    suggestions = []
    for i, (index, a) in enumerate(open_links):
        n_eligible = int((eligible[i] >= 0).sum())
        j = int(chosen[i])
        if j >= 0:
            suggestions.append(
                Suggestion(a.id, index, a.link.from_, a.link.to, fit(i, j), "assigned", None, n_eligible)
            )
            continue
        if n_eligible:
            reason, top = "no_capacity", best(eligible[i])
        else:
            top = best(points[i])
            reason = "no_fit" if top >= 0 else "no_members"
        chosen_best = fit(i, top) if top >= 0 else None
        suggestions.append(Suggestion(a.id, index, a.link.from_, a.link.to, None, reason, chosen_best, n_eligible))
    after = dict(load)
    for s in suggestions:
        if s.fit is not None:
            after[s.fit.member] += 1
    return StaffingPlan(suggestions, {m.id: (load[m.id], after[m.id], m.capacity) for m in members}, min_fit)


def apply_to(data, plan: StaffingPlan) -> int:
    """Write each suggestion's member as ``via`` into the round-trip document ``data``; return how many.

    ``via`` is placed right after ``to``, where a reader expects it.
    """
    links = data["links"]
    done = 0
    for s in plan.assigned:
        item = links[s.index]
        keys = list(item.keys())
        position = keys.index("to") + 1 if "to" in keys else len(keys)
        assert s.fit is not None  # only suggestions with a fit are applied
        item.insert(position, "via", s.fit.member)
        done += 1
    return done
