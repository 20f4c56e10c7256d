"""Who must be connected with whom: links to make per agenda item, each with why.

For every agenda item with ``stakeholders`` five principles are checked on the
item's links (the links whose ``agenda`` names it; a link ties its ``from`` and
``to``, undirected; the connector is not a tie here):

1. **reach** (*reach means close*): every stakeholder is at most two links of
   the item away from the owner: linked directly, or linked to an actor who is
   linked to the owner (two-step flow: Katz & Lazarsfeld 1955; long chains lose
   the message).  While some are not, the most salient unreached stakeholder
   (influence + interest, after Mitchell, Agle & Wood 1997) gets a link: first
   an existing link of the model between them and the owner, or an actor linked
   to the owner on the item, gains the item (*extend before new*); else a new
   link to the owner when they are to be *managed closely* (Mendelow 1991:
   influence and interest 4 or more), otherwise to the *anchor*.
2. **voice**: every voiceless stakeholder (interest >= 4, influence <= 2, as
   the dominance finding defines those left out) has a link of the item of
   its own to the municipal side (politics or administration), not only a path
   through a powerful intermediary.
3. **bridge**: every external kind among the stakeholders has a link of the
   item to the municipal side (its most salient stakeholder to the anchor).
4. **orchestrate** (*regie*): stakeholders sharing an external kind are joined
   directly, in a star around the one with the highest interest.
5. **de-silo**: the departments of the item's civil servants are connected
   through the item's links (Krackhardt & Stern 1988), with at most k - 1
   regie links between the departments' best-connected civil servants.

The *anchor* is the administration stakeholder linked to the owner on the item
with the most links of the item (ties by smallest id), else the owner; a link to
it keeps its other end within two links of the owner.  Proposals
are made in this order, recomputing after each; then, from the last to the
first, a proposal is dropped when every principle still holds without it, so
the set is minimal.  A proposal serves the principles that fail without it.

With ``weave`` (network weaving, beyond the items) departments no link connects
get a regie link between their best-connected actors, and the ``top`` pairs of
actors of different kinds that are not linked but share contacts are
introduced, ranked by networkx's ``adamic_adar_index``.

A pair already linked (in the model, or by an earlier proposal) is never linked
twice: the proposal extends that link's ``agenda`` instead.  The connectors of
the new links are the planner's (:mod:`verbinder.plan.planner`), which staffs
them together with the open links and moves, with one capacity per member;
``plan_connections(..., staff=True)`` staffs them on their own (for a caller
without a project).

References
----------
Mendelow, A. (1991). Stakeholder mapping. Proceedings of the 2nd International
Conference on Information Systems, Cambridge, MA.
Mitchell, R. K., Agle, B. R., & Wood, D. J. (1997). Toward a theory of
stakeholder identification and salience. Academy of Management Review, 22(4), 853-886.
Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational
crises. Social Psychology Quarterly, 51(2), 123-140.
Holley, J. (2012). Network Weaver Handbook. Network Weaver Publishing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from verbinder.analysis.diagnostics import department_ties, quadrant, voiceless
from verbinder.analysis.links import Requirement, asked_requirements, link_facts
from verbinder.graph import link_type, position
from verbinder.i18n import Msg
from verbinder.model import AgendaItem, Link, LinkType, Model, Position
from verbinder.plan.staffing import DEFAULT_MIN_FIT, Fit, fit_matrix, member_fit, solve_matrix
from verbinder.rules.engine import RuleSet

#: The principles per agenda item, in the order they are applied.
PRINCIPLES: tuple[str, ...] = ("reach", "voice", "bridge", "orchestrate", "de-silo")
#: The principle of the proposals beyond the items (``--weave``).
WEAVE = "weave"
#: The message key of each principle's name (written out, so each is checked in both languages).
PRINCIPLE_KEYS = {
    "reach": "connect.principle.reach",
    "voice": "connect.principle.voice",
    "bridge": "connect.principle.bridge",
    "orchestrate": "connect.principle.orchestrate",
    "de-silo": "connect.principle.de-silo",
    "weave": "connect.principle.weave",
}
#: Actor kinds on the municipal side.
MUNICIPAL = frozenset({"politics", "administration"})
#: Introductions ``--weave`` proposes by default.
DEFAULT_TOP = 5
#: Names a why lists before "and N more".
SHOWN = 3

Pair = tuple[str, str]
Check = tuple[str, str]  # (principle, subject): a condition that does not hold


class Why(NamedTuple):
    """One thing a proposal serves: a principle and whom (actor ids, kinds or departments) it serves.

    ``detail`` holds what the sentence needs besides: the item's ``owner``, a
    group's ``hub``, the ``departments`` joined, the ``shared`` contacts and
    Adamic-Adar ``score`` of an introduction.
    """

    principle: str
    subjects: tuple[str, ...]
    detail: tuple[tuple[str, Any], ...] = ()


@dataclass(slots=True)
class Proposal:
    """A link to make (``new``) or an existing link to give this item too (``extend``), and why."""

    id: str  # the link's id: a new one, or the link extended
    agenda: str | None  # None for weave proposals
    principle: str
    also: tuple[str, ...]
    action: str  # "new" | "extend"
    from_: str
    to: str
    type: LinkType
    why: tuple[Why, ...]  # what the proposal serves (rendered in the user's language)
    role: str = ""  # why the ``to`` end was chosen: owner | anchor | hub | department | silo | introduce
    via: str | None = None
    team: tuple[str, ...] = ()  # a duo (the lead, via, first), from the planner
    position: Position | None = None
    fit: Fit | None = None
    competencies: tuple[Requirement, ...] = ()
    index: int | None = None  # extend: the link's place in model.links (None: extends a proposed link)
    topic: str | None = None  # new: the item's title


@dataclass(frozen=True, slots=True)
class Unmet:
    """What cannot be met, and why."""

    agenda: str | None
    principle: str
    subject: str
    why: Any  # Msg


@dataclass(slots=True)
class ConnectPlan:
    """The proposals (in order: per item as the principles made them, then weave) and what stays unmet."""

    proposals: list[Proposal]
    unmet: list[Unmet]
    items: list[str] = field(default_factory=list)  # the agenda items looked at (with stakeholders)
    owners: dict[str, str | None] = field(default_factory=dict)  # item -> owner
    min_fit: int = DEFAULT_MIN_FIT

    @property
    def new(self) -> list[Proposal]:
        """The proposals that make a new link."""
        return [p for p in self.proposals if p.action == "new"]

    @property
    def extend(self) -> list[Proposal]:
        """The proposals that give an existing (or proposed) link this item too."""
        return [p for p in self.proposals if p.action == "extend"]


def default_owner(item: AgendaItem, actors: dict) -> str | None:
    """The item's owner: ``owner``, else the politics stakeholder with the highest influence (first listed wins)."""
    if item.owner is not None:
        return item.owner
    best = None
    for sid in item.stakeholders:
        actor = actors[sid]
        if actor.kind == "politics" and (best is None or actor.influence > actors[best].influence):
            best = sid
    return best


def manage_closely(actor) -> bool:
    """Mendelow's *manage closely*: influence and interest both high."""
    return quadrant(actor.influence, actor.interest) == "manage_closely"


def _salience(actor) -> tuple[int, str]:
    """Sort key: most salient (influence + interest) first, then smallest id."""
    return (-(actor.influence + actor.interest), actor.id)


class _Made(NamedTuple):
    """A proposal while it is being worked out: the pair, the principle that made it, the target's role."""

    a: str
    b: str
    principle: str
    role: str  # owner | anchor | hub | department: why the target was chosen


def _graph(pairs: Iterable[Pair]) -> tuple[dict[str, set[str]], Counter]:
    pairs = list(pairs)
    return _adjacency(pairs), _degrees(pairs)


def _adjacency(pairs: Iterable[Pair]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {}
    for a, b in pairs:
        if a in adj:
            adj[a].add(b)
        else:
            adj[a] = {b}
        if b in adj:
            adj[b].add(a)
        else:
            adj[b] = {a}
    return adj


def near(adj: dict[str, set[str]], owner: str) -> set[str]:
    """The actors at most two links from ``owner``: the owner, those linked to them, and those linked to those."""
    first = adj.get(owner, set())
    out = {owner, *first}
    for x in first:
        out |= adj.get(x, set())
    return out


def _component(adj: dict[str, set[str]], start: str, within: set[str] | None = None) -> set[str]:
    """The actors reachable from ``start`` (only through ``within``, when given)."""
    seen = {start}
    stack = [start]
    while stack:
        for m in adj.get(stack.pop(), ()):
            if m not in seen and (within is None or m in within):
                seen.add(m)
                stack.append(m)
    return seen


class _Departments:
    """Union-find over departments, joined by the item's links across departments."""

    def __init__(self, pairs: Iterable[Pair], department: dict[str, str]):
        self.parent: dict[str, str] = {}
        for a, b in pairs:
            da, db = department.get(a), department.get(b)
            if da is not None and db is not None and da != db:
                self.parent[self.root(da)] = self.root(db)

    def root(self, d: str) -> str:
        while self.parent.get(d, d) != d:
            d = self.parent[d]
        return d


class _Item:
    """One agenda item's stakeholders, owner and the groups the principles look at."""

    def __init__(
        self,
        item: AgendaItem,
        actors: dict,
        base: list[Pair],
        department: dict[str, str],
        existing: dict[str, set[str]] | None = None,
    ):
        self.item = item
        self.existing = existing or {}  # actor -> the actors a link of the model ties them to (any item)
        self.actors = actors
        self.base = base
        self.department = department
        self.owner = default_owner(item, actors)
        self.stakeholders = list(dict.fromkeys(item.stakeholders))
        if self.owner is not None and self.owner not in self.stakeholders:
            self.stakeholders.append(self.owner)  # the owner counts as a stakeholder, listed or not
        kinds = [actors[s].kind for s in self.stakeholders]
        self.voiceless = [s for s in self.stakeholders if voiceless(actors[s])]
        self.admins = [s for s, k in zip(self.stakeholders, kinds, strict=True) if k == "administration"]
        self.external = list(dict.fromkeys(k for k in kinds if k not in MUNICIPAL))
        by_kind: dict[str, list[str]] = defaultdict(list)
        for s, k in zip(self.stakeholders, kinds, strict=True):
            if k not in MUNICIPAL:
                by_kind[k].append(s)
        self.groups = {k: members for k, members in by_kind.items() if len(members) >= 2}
        self.by_kind = dict(by_kind)
        self.hubs = {k: min(m, key=lambda s: (-actors[s].interest, s)) for k, m in self.groups.items()}
        self.departments: dict[str, list[str]] = defaultdict(list)
        for s in self.admins:
            if s in department:
                self.departments[department[s]].append(s)

    def anchor(self, adj: dict[str, set[str]], degree: Counter) -> str:
        """The administration stakeholder linked to the owner on the item with the most links of the item, else the
        owner."""
        assert self.owner is not None
        candidates = [s for s in self.admins if s in adj.get(self.owner, ())]
        return min(candidates, key=lambda s: (-degree[s], s)) if candidates else self.owner

    def existing_partner(self, s: str, adj: dict[str, set[str]]) -> tuple[str, str] | None:
        """Extend before new: an actor that a link of the model already ties ``s`` to, who is the owner or linked
        to the owner on the item (the owner first, then by id), as ``(partner, role)``."""
        assert self.owner is not None
        partners = self.existing.get(s, set())
        for x in [self.owner, *sorted(adj.get(self.owner, ()))]:
            if x in partners and x != s:
                return x, "owner" if x == self.owner else "existing"
        return None

    def violations(self, pairs: list[Pair]) -> set[Check]:
        """Every condition of the five principles that does not hold with the item's links ``pairs``."""
        return set(self._checks(pairs))

    def _checks(self, pairs: list[Pair]) -> Iterator[Check]:
        """The conditions that do not hold, principle by principle (lazily: a caller may stop at the first)."""
        actors = self.actors
        adj = _adjacency(pairs)
        if self.owner is not None:
            reached = near(adj, self.owner)
            yield from (("reach", s) for s in self.stakeholders if s not in reached)
            for s in self.voiceless:
                if not any(actors[n].kind in MUNICIPAL for n in adj.get(s, ())):
                    yield ("voice", s)
            bridged = self._bridged(pairs)
            yield from (("bridge", k) for k in self.external if k not in bridged)
        for k, members in self.groups.items():
            joined = _component(adj, self.hubs[k], set(members))
            yield from (("orchestrate", s) for s in members if s not in joined)
        if len(self.departments) >= 2:
            depts = _Departments(pairs, self.department)
            roots = {depts.root(d) for d in self.departments}
            if len(roots) > 1:
                yield ("de-silo", str(len(roots)))

    def _bridged(self, pairs: list[Pair]) -> set[str]:
        """The kinds with a link of the item to the municipal side."""
        kinds = set()
        for a, b in pairs:
            ka, kb = self.actors[a].kind, self.actors[b].kind
            if kb in MUNICIPAL:
                kinds.add(ka)
            if ka in MUNICIPAL:
                kinds.add(kb)
        return kinds

    def propose(self, unmet: list[Unmet]) -> list[_Made]:
        """The proposals of the five principles in order, recomputing after each (before the minimality pass)."""
        actors = self.actors
        pairs = list(self.base)
        made: list[_Made] = []
        item = self.item.id

        def add(a: str, b: str, principle: str, role: str) -> None:
            pairs.append((a, b))
            made.append(_Made(a, b, principle, role))

        if self.owner is None:
            unmet.append(Unmet(item, "reach", item, Msg("connect.unmet.no_owner", item=item)))
        else:
            owner = self.owner
            while True:  # 1. reach: within two links of the owner
                adj, degree = _graph(pairs)
                reached = near(adj, owner)
                rest = [s for s in self.stakeholders if s not in reached]
                if not rest:
                    break
                top = min(rest, key=lambda x: _salience(actors[x]))
                found = self.existing_partner(top, adj)
                if found is not None:
                    add(top, found[0], "reach", found[1])
                elif manage_closely(actors[top]):
                    add(top, owner, "reach", "owner")
                else:
                    add(top, self.anchor(adj, degree), "reach", "anchor")
            for s in self.voiceless:  # 2. voice
                adj, degree = _graph(pairs)
                if any(actors[n].kind in MUNICIPAL for n in adj.get(s, ())):
                    continue
                target = self.anchor(adj, degree)
                if target == s:
                    unmet.append(Unmet(item, "voice", s, Msg("connect.unmet.voice_self", item=item)))
                    continue
                add(s, target, "voice", "anchor")
            for k in self.external:  # 3. bridge
                if k in self._bridged(pairs):
                    continue
                adj, degree = _graph(pairs)
                subject = min(self.by_kind[k], key=lambda x: _salience(actors[x]))
                add(subject, self.anchor(adj, degree), "bridge", "anchor")
        for k, members in self.groups.items():  # 4. orchestrate
            hub, within = self.hubs[k], set(members)
            while True:
                adj, _ = _graph(pairs)
                joined = _component(adj, hub, within)
                rest = [s for s in members if s not in joined]
                if not rest:
                    break
                add(min(rest, key=lambda s: (-actors[s].interest, s)), hub, "orchestrate", "hub")
        if len(self.departments) >= 2:  # 5. de-silo
            while True:
                depts = _Departments(pairs, self.department)
                if len({depts.root(d) for d in self.departments}) == 1:
                    break
                _, degree = _graph(pairs)
                best = {d: min(m, key=lambda s: (-degree[s], s)) for d, m in self.departments.items()}
                first = min(best.values(), key=lambda s: (-degree[s], s))
                main = depts.root(self.department[first])
                other = min((best[d] for d in self.departments if depts.root(d) != main), key=lambda s: (-degree[s], s))
                add(other, first, "de-silo", "department")
        return made

    def minimal(self, made: list[_Made]) -> list[tuple[_Made, list[Check]]]:
        """Drop, from the last proposal to the first, each one every principle holds without; say what each serves."""
        base = self.base
        held = self.violations(base + [(m.a, m.b) for m in made])  # what stays unmet even with all
        kept = list(made)
        for i in range(len(kept) - 1, -1, -1):
            trial = kept[:i] + kept[i + 1 :]
            if all(c in held for c in self._checks(base + [(m.a, m.b) for m in trial])):
                kept = trial
        out = []
        for i, m in enumerate(kept):
            without = self.violations(base + [(x.a, x.b) for x in kept[:i] + kept[i + 1 :]])
            out.append((m, sorted(without - held, key=lambda c: (PRINCIPLES.index(c[0]), c[1]))))
        return out


class _Task(NamedTuple):
    """A new link as the staffing optimiser sees it (like a LinkAssessment: ``id`` and ``link``)."""

    id: str
    link: Link


def plan_connections(
    model: Model,
    link_ids: list[str],
    ruleset: RuleSet,
    *,
    agenda: str | None = None,
    weave: bool = False,
    top: int = DEFAULT_TOP,
    min_fit: int = DEFAULT_MIN_FIT,
    staff: bool = True,
) -> ConnectPlan:
    """The links to make (or extend) per agenda item, and with ``weave`` beyond the items (module docstring).

    ``agenda`` limits the items to one id (the caller checks that it exists).  Without ``staff`` the new links
    get no connector (the planner gives them one).
    """
    actors = model.actor_index()
    department = {a.id: a.department for a in model.actors if a.department}
    item_pairs: dict[str, list[Pair]] = defaultdict(list)
    linked: dict[frozenset, int] = {}  # pair -> first link in file order
    existing: dict[str, set[str]] = defaultdict(set)
    for i, link in enumerate(model.links):
        linked.setdefault(frozenset((link.from_, link.to)), i)
        existing[link.from_].add(link.to)
        existing[link.to].add(link.from_)
        for ref in link.agenda:
            item_pairs[ref].append((link.from_, link.to))

    proposals: list[Proposal] = []
    unmet: list[Unmet] = []
    taken = set(link_ids)
    proposed: dict[frozenset, Proposal] = {}  # pair -> the new proposal that makes it
    plan = ConnectPlan(proposals, unmet, min_fit=min_fit)

    def new_id(a: str, b: str) -> str:
        base = candidate = f"{a}--{b}"
        n = 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        return candidate

    def record(a: str, b: str, item: AgendaItem | None, principle: str, also, why, role: str) -> None:
        key = frozenset((a, b))
        ltype = link_type(actors[a].kind, actors[b].kind)
        ref = item.id if item is not None else None
        if key in linked:
            index = linked[key]
            prop = Proposal(link_ids[index], ref, principle, also, "extend", a, b, ltype, why, role, index=index)
        elif key in proposed:
            prop = Proposal(proposed[key].id, ref, principle, also, "extend", a, b, ltype, why, role)
        else:
            topic = item.title if item is not None else None
            prop = Proposal(new_id(a, b), ref, principle, also, "new", a, b, ltype, why, role, topic=topic)
            proposed[key] = prop
        proposals.append(prop)

    for item in model.agenda:
        if (agenda is not None and item.id != agenda) or not (item.stakeholders or item.owner):
            continue
        ctx = _Item(item, actors, item_pairs.get(item.id, []), department, existing)
        plan.items.append(item.id)
        plan.owners[item.id] = ctx.owner
        for made, served in ctx.minimal(ctx.propose(unmet)):
            principles = list(dict.fromkeys(c[0] for c in served)) or [made.principle]
            record(made.a, made.b, item, principles[0], tuple(principles[1:]), _why(ctx, made, served), made.role)

    if weave:
        _weave(model, actors, department, proposals, record, top)

    if staff:
        _staff(model, actors, ruleset, plan, link_ids, min_fit)
    return plan


def _why(ctx: _Item, made: _Made, served: list[Check]) -> tuple[Why, ...]:
    """What a proposal serves, per principle (the principle that made it when it serves nothing alone)."""
    by_principle: dict[str, list[str]] = {}
    for principle, subject in served:
        by_principle.setdefault(principle, []).append(subject)
    if not by_principle:
        by_principle[made.principle] = [made.a]
    out = []
    for principle, subjects in by_principle.items():
        detail: tuple[tuple[str, Any], ...] = ()
        if principle == "reach":
            subjects.sort(key=lambda s: _salience(ctx.actors[s]))
            detail = (("owner", ctx.owner),)
        elif principle == "orchestrate":
            detail = (("hub", ctx.hubs[ctx.actors[subjects[0]].kind]),)
        elif principle == "de-silo":
            subjects = sorted({ctx.department[made.a], ctx.department[made.b]})
        out.append(Why(principle, tuple(subjects), detail))
    return tuple(out)


def _degrees(pairs: Iterable[Pair]) -> Counter:
    degree: Counter = Counter()
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    return degree


def _weave(model: Model, actors: dict, department: dict[str, str], proposals: list[Proposal], record, top: int):
    """Regie links for departments no link connects, then the ``top`` introductions by Adamic-Adar."""
    import networkx as nx

    pairs = [(link.from_, link.to) for link in model.links]
    pairs += [(p.from_, p.to) for p in proposals if p.action == "new"]
    if department:
        proposed = [Link.model_construct(from_=a, to=b, via=None) for a, b in pairs[len(model.links) :]]
        bridged = department_ties([*model.links, *proposed], department)[4]
        departments = sorted(set(department.values()))
        degree = _degrees(pairs)
        for d in departments:
            if d in bridged or len(departments) == 1:
                continue
            inside = [a for a in actors if department.get(a) == d]
            best = min(inside, key=lambda a: (-degree[a], a))
            kind = actors[best].kind
            others = [a for a in actors if a in department and department[a] != d and actors[a].kind == kind]
            if not others:
                continue
            partner = min(others, key=lambda a: (-degree[a], a))
            why = (Why(WEAVE, (d,), (("departments", (d, department[partner])),)),)
            record(best, partner, None, WEAVE, (), why, "silo")
            bridged.update((d, department[partner]))
            pairs.append((best, partner))
            degree[best] += 1
            degree[partner] += 1
    if top <= 0:
        return
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_edges_from(pairs)
    candidates = set()
    for w in graph:
        neighbours = sorted(graph[w])
        for i, u in enumerate(neighbours):
            ku = actors[u].kind
            for v in neighbours[i + 1 :]:
                if actors[v].kind != ku and not graph.has_edge(u, v):
                    candidates.add((u, v))
    scored = sorted(((-score, u, v) for u, v, score in nx.adamic_adar_index(graph, candidates)))
    for neg, u, v in scored[:top]:
        shared = tuple(sorted(nx.common_neighbors(graph, u, v)))
        why = (Why(WEAVE, (u, v), (("shared", shared), ("score", round(-neg, 2)))),)
        record(u, v, None, WEAVE, (), why, "introduce")


def _staff(model: Model, actors: dict, ruleset: RuleSet, plan: ConnectPlan, link_ids: list[str], min_fit: int):
    """A connector for every new link, then what each link asks.

    One optimal assignment (:func:`~verbinder.plan.staffing.solve_matrix`)
    over the new links of the agenda items, then one over the weave links with
    the capacity left: the coalition agreement comes first.
    """
    import numpy as np

    members = [a for a in model.actors if a.kopgroep]
    load = Counter(link.via for link in model.links if link.via is not None)
    free = [max(0, m.capacity - load[m.id]) for m in members]
    cache: dict = {}
    by_id: dict[str, Proposal] = {}
    new = plan.new
    for group in ([p for p in new if p.principle != WEAVE], [p for p in new if p.principle == WEAVE]):
        links = [
            Link.model_validate({"from": p.from_, "to": p.to, "agenda": [p.agenda] if p.agenda else []}) for p in group
        ]
        tasks = [(i, _Task(p.id, link)) for i, (p, link) in enumerate(zip(group, links, strict=True))]
        cov, points = fit_matrix(tasks, members, actors, ruleset, cache)
        eligible = np.where((points >= 0) & (cov >= min_fit), points, -1)
        chosen = solve_matrix(eligible, free)
        for i, p in enumerate(group):
            j = int(chosen[i])
            if j >= 0:
                free[j] -= 1
                fit = member_fit(links[i], p.id, members[j], actors, ruleset, cache)
                p.via, p.fit, p.competencies = members[j].id, fit, fit.requirements
                p.position = position(actors[p.from_].kind, members[j].kind, actors[p.to].kind)
            else:
                p.competencies = asked_requirements(ruleset, ruleset.fired(link_facts(links[i], actors, p.id)))
                why = _no_connector(eligible[i], points[i], cov[i], members, min_fit)
                plan.unmet.append(Unmet(p.agenda, p.principle, p.id, why))
            by_id[p.id] = p
    for p in plan.extend:
        if p.index is None:  # extends a proposed link: its connector
            made = by_id[p.id]
            p.via, p.position, p.fit, p.competencies = made.via, made.position, made.fit, made.competencies
            continue
        link = model.links[p.index]
        agenda = list(dict.fromkeys([*link.agenda, p.agenda]))
        extended = link.model_copy(update={"agenda": agenda})
        lid = link_ids[p.index]
        p.via = link.via
        if link.via is not None:
            p.position = position(actors[link.from_].kind, actors[link.via].kind, actors[link.to].kind)
            p.fit = member_fit(extended, lid, actors[link.via], actors, ruleset, cache)
        p.competencies = asked_requirements(ruleset, ruleset.fired(link_facts(extended, actors, lid)))


def _no_connector(eligible, points, cov, members, min_fit: int) -> Msg:
    """Why a new link gets no connector: nobody in the kopgroep, nobody fits enough, or nobody has room."""
    if not members:
        return Msg("connect.unmet.no_members")
    if (eligible >= 0).any():
        fitting = int((eligible >= 0).sum())
        return Msg("connect.unmet.no_capacity", count=fitting, n=fitting)
    j = int(points.argmax())
    if points[j] < 0:
        return Msg("connect.unmet.no_members")
    return Msg("connect.unmet.no_fit", min_fit=min_fit, name=members[j].name, coverage=int(cov[j]))
