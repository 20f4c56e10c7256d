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

from verbinder.analysis.links import Analysis, Requirement, _requirements, link_facts
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
    points: int  # coverage percent + department bonus
    coverage: int  # percent of the asked levels the member's current levels cover
    department: str | None  # the shared department, if any
    requirements: tuple[Requirement, ...]
    gaps: tuple[tuple[str, int, int], ...]  # (competency, required, current) where current < required


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
        return sum(s.fit.points for s in self.assigned)


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


def requirements_as(link, lid: str, member: Actor, actors: dict, ruleset: RuleSet, cache: dict) -> tuple:
    """What ``link`` would ask of ``member`` as its connector (the rules evaluated with them as ``via``).

    The facts depend on the connector only through its kind, so ``cache`` keeps
    one answer per link and member kind.
    """
    key = (lid, member.kind)
    reqs = cache.get(key)
    if reqs is None:
        hypothetical = link.model_copy(update={"via": member.id})
        fired = ruleset.fired(link_facts(hypothetical, actors, lid))
        reqs = cache.get(fired)
        if reqs is None:
            reqs = cache[fired] = _requirements(ruleset, fired)
        cache[key] = reqs
    return reqs


def member_fit(link, lid: str, member: Actor, actors: dict, ruleset: RuleSet, cache: dict) -> Fit:
    """The fit of ``member`` as the connector of ``link``: coverage percent plus the department bonus."""
    reqs = requirements_as(link, lid, member, actors, ruleset, cache)
    levels = member.competencies
    cov = coverage(reqs, levels)
    ends = (actors[link.from_].department, actors[link.to].department)
    shared = member.department if member.department is not None and member.department in ends else None
    gaps = tuple(
        (r.competency, r.level, levels.get(r.competency, 0)) for r in reqs if levels.get(r.competency, 0) < r.level
    )
    return Fit(member.id, cov + (DEPARTMENT_BONUS if shared else 0), cov, shared, reqs, gaps)


def solve(points: list[list[int | None]], capacities: list[int]) -> list[int | None]:
    """An optimal assignment of rows (links) to columns (members) with capacities.

    ``points[i][j]`` is the fit of member ``j`` for link ``i``, or ``None`` where
    ``j`` may not take ``i``.  Returns, per row, the chosen column or ``None``:
    first as many rows as possible are assigned, then the total of the points is
    the highest possible.  Each member's capacity is expanded into that many
    identical slots (never more slots than rows), and the rectangular assignment
    problem is solved with :func:`scipy.optimize.linear_sum_assignment`.

    >>> solve([[5, 4], [3, None]], [1, 1])  # greedy would give row 0 to column 0 and leave row 1 open
    [1, 0]
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n = len(points)
    if n == 0:
        return []
    slots: list[int] = []
    for j, cap in enumerate(capacities):
        usable = sum(1 for i in range(n) if points[i][j] is not None)
        slots.extend([j] * min(cap, usable))
    if not slots:
        return [None] * n
    top = max((p for row in points for p in row if p is not None), default=0)
    big = (top + 1) * (n + 1)  # one more assignment always outweighs any sum of fits
    member_cost = np.zeros((n, len(capacities)), dtype=np.int64)
    allowed = np.zeros((n, len(capacities)), dtype=bool)
    for i, row in enumerate(points):
        for j, p in enumerate(row):
            if p is not None:
                member_cost[i, j] = -(big + p)
                allowed[i, j] = True
    columns = np.asarray(slots)
    rows, cols = linear_sum_assignment(member_cost[:, columns])
    result: list[int | None] = [None] * n
    for i, c in zip(rows.tolist(), cols.tolist(), strict=True):
        j = slots[c]
        if allowed[i, j]:
            result[i] = j
    return result


def plan_staffing(
    model: Model, analysis: Analysis, ruleset: RuleSet, *, min_fit: int = DEFAULT_MIN_FIT
) -> StaffingPlan:
    """Suggest a kopgroep member for every link without a connector (see the module docstring)."""
    actors = model.actor_index()
    members = [a for a in model.actors if a.kopgroep]
    load = {m.id: 0 for m in members}
    for link in model.links:
        if link.via in load:
            load[link.via] += 1
    free = [max(0, m.capacity - load[m.id]) for m in members]
    open_links = [(i, a) for i, a in enumerate(analysis.links) if a.link.via is None]
    cache: dict = {}
    fits: list[list[Fit | None]] = []
    for _, a in open_links:
        row: list[Fit | None] = []
        for m in members:
            if m.id in (a.link.from_, a.link.to):
                row.append(None)
            else:
                row.append(member_fit(a.link, a.id, m, actors, ruleset, cache))
        fits.append(row)
    points = [[f.points if f is not None and f.coverage >= min_fit else None for f in row] for row in fits]
    chosen = solve(points, free)
    suggestions = []
    for (index, a), row, pts, j in zip(open_links, fits, points, chosen, strict=True):
        eligible = sum(1 for p in pts if p is not None)
        ranked = sorted((f for f in row if f is not None), key=lambda f: (-f.points, f.member))
        if j is not None:
            suggestions.append(Suggestion(a.id, index, a.link.from_, a.link.to, row[j], "assigned", None, eligible))
            continue
        if not ranked:
            reason, best = "no_members", None
        elif eligible:
            reason = "no_capacity"
            best = max((f for f, p in zip(row, pts, strict=True) if p is not None), key=lambda f: (f.points, f.member))
        else:
            reason, best = "no_fit", ranked[0]
        suggestions.append(Suggestion(a.id, index, a.link.from_, a.link.to, None, reason, best, eligible))
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
        item.insert(position, "via", s.fit.member)
        done += 1
    return done
