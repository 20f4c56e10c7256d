"""Where a stakeholder map is lopsided: dominance, silos, structural holes and load.

``verbinder analyse`` adds these diagnostics to every report:

* **Dominance.**  Engagement that follows only the most influential stakeholders: per
  agenda item and per topic, a warning when its links reach only actors with influence
  >= 4 while high-interest, low-influence stakeholders (interest >= 4, influence <= 2;
  often citizens; the administration's own staff and the kopgroep do not count) are left
  out.  Every actor is placed on Mendelow's power/interest grid (manage
  closely, keep satisfied, keep informed, monitor; high means 4 or 5).
* **Silos** (sectoral pillars).  With ``department`` on actors: links inside and across
  departments and Krackhardt & Stern's E-I index ``(E - I) / (E + I)`` (-1: every link
  stays inside its department, +1: every link crosses), departments nobody bridges, and
  Louvain communities (networkx, fixed seed) that cut across departments.
* **Structural holes.**  Burt's effective size and constraint of every connector, on the
  undirected actor graph in which a link with a connector ties the connector to both ends
  (the ends are not tied to each other: that is the hole the connector spans) and a link
  without one ties its ends; a tie weighs the number of links behind it.
* **Load.**  Connectors carrying more links than their ``capacity``, actors no link
  reaches, links without a connector.

References: Mendelow, A. (1991), *Stakeholder mapping*, Proceedings of the 2nd
International Conference on Information Systems; Krackhardt, D. & Stern, R. N. (1988),
Informal networks and organizational crises, *Social Psychology Quarterly* 51(2), 123-140;
Burt, R. S. (1992), *Structural Holes*; Blondel et al. (2008), Fast unfolding of
communities in large networks (Louvain).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from verbinder.analysis.links import Analysis, Finding
from verbinder.i18n import Msg
from verbinder.model import Model

#: Influence or interest from this score up counts as high (the grid and dominance).
HIGH = 4
#: Influence up to this score counts as low (dominance: who is left out).
LOW = 2
#: Seed of the Louvain community detection (the same model always gives the same communities).
LOUVAIN_SEED = 42
#: Louvain runs on models with at most this many linked actors.  networkx's pure-Python
#: Louvain takes 0.6 s on the 2,000-actor benchmark model (more than all of ``analyse``'s
#: other diagnostics together, and over the speed budget); municipal models have tens to
#: hundreds of actors, where it takes milliseconds.
MAX_COMMUNITY_ACTORS = 1000
#: The code of the finding "this link has no connector" (a rule may raise it too: roles/algemeen.yaml).
NO_CONNECTOR = "no-connector"
#: Individual no-connector findings before they are summarised in one.
MAX_NO_CONNECTOR_FINDINGS = 5
#: Names listed in a message before "and N more".
MAX_NAMES = 5

QUADRANTS: tuple[str, ...] = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
#: The message key of each quadrant's name (written out, so each is checked in both languages).
QUADRANT_KEYS = {
    "manage_closely": "diagnostics.quadrant.manage_closely",
    "keep_satisfied": "diagnostics.quadrant.keep_satisfied",
    "keep_informed": "diagnostics.quadrant.keep_informed",
    "monitor": "diagnostics.quadrant.monitor",
}


@dataclass(frozen=True, slots=True)
class Dominance:
    """An agenda item or topic whose links reach only influential actors, and who is left out."""

    scope: str  # "agenda" or "topic"
    key: str  # agenda id or topic text
    reached: tuple[str, ...]
    left_out: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Department:
    """Links inside (I) and across (E) one department's boundary, and its E-I index."""

    id: str
    actors: int
    internal: int
    external: int
    bridged: bool

    @property
    def ei_index(self) -> float | None:
        """(E - I) / (E + I); None without links."""
        total = self.internal + self.external
        return (self.external - self.internal) / total if total else None


@dataclass(frozen=True, slots=True)
class Community:
    """A Louvain community of actors and the departments its members belong to."""

    actors: tuple[str, ...]
    departments: dict[str, int]


@dataclass(slots=True)
class Silos:
    """How far work stays inside departments (only when actors have a department)."""

    internal: int
    external: int
    departments: list[Department]
    communities: list[Community]
    mismatched: list[int]  # indices of communities that cut across departments
    communities_skipped: bool = False  # more than MAX_COMMUNITY_ACTORS linked actors

    @property
    def ei_index(self) -> float | None:
        """Krackhardt & Stern's E-I index of the whole model; None without links between departments' actors."""
        total = self.internal + self.external
        return (self.external - self.internal) / total if total else None

    @property
    def unbridged(self) -> list[str]:
        """Departments no link connects to another department."""
        return [d.id for d in self.departments if not d.bridged]


@dataclass(frozen=True, slots=True)
class Holes:
    """Burt's measures of one connector (``None`` where undefined)."""

    actor: str
    links: int
    effective_size: float | None
    constraint: float | None


@dataclass(frozen=True, slots=True)
class Load:
    """A connector's links against its capacity."""

    actor: str
    links: int
    capacity: int


@dataclass
class Diagnostics:
    """Everything the diagnostics found; ``findings`` go to the analysis' warnings."""

    grid: dict[str, list[str]]
    dominance: list[Dominance]
    silos: Silos | None
    holes: list[Holes]
    over_capacity: list[Load]
    unconnected: list[str]
    no_connector: list[str]
    findings: list[Finding] = field(default_factory=list)


def quadrant(influence: int, interest: int) -> str:
    """Mendelow's quadrant of an actor.

    >>> quadrant(5, 5), quadrant(5, 1), quadrant(1, 5), quadrant(3, 3)
    ('manage_closely', 'keep_satisfied', 'keep_informed', 'monitor')
    """
    if influence >= HIGH:
        return "manage_closely" if interest >= HIGH else "keep_satisfied"
    return "keep_informed" if interest >= HIGH else "monitor"


def voiceless(actor) -> bool:
    """High interest, low influence, and not the administration's own staff or the kopgroep: who is left out.

    >>> from verbinder.model import Actor
    >>> voiceless(Actor(id="b", name="B", kind="citizens", influence=1, interest=5))
    True
    """
    return actor.interest >= HIGH and actor.influence <= LOW and actor.kind != "administration" and not actor.kopgroep


def diagnose(analysis: Analysis) -> Diagnostics:
    """Dominance, silos, structural holes and load of an analysed model."""
    model = analysis.model
    actors = model.actor_index()
    names = {a.id: a.name for a in model.actors}
    grid: dict[str, list[str]] = {q: [] for q in QUADRANTS}
    for actor in model.actors:
        grid[quadrant(actor.influence, actor.interest)].append(actor.id)

    findings: list[Finding] = []
    dominance = _dominance(model, actors)
    for d in dominance:
        key = "diagnostics.dominance_agenda" if d.scope == "agenda" else "diagnostics.dominance_topic"
        findings.append(
            Finding(
                "dominance",
                Msg(key, item=d.key, reached=_names(d.reached, names), left_out=_names(d.left_out, names)),
                subject=d.key,
            )
        )

    silos = _silos(model, actors)
    if silos is not None:
        ei = silos.ei_index
        if ei is not None and ei <= -0.5:
            share = round(100 * silos.internal / (silos.internal + silos.external))
            findings.append(Finding("silo-inward", Msg("diagnostics.silo_inward", share=share, ei=f"{ei:+.2f}")))
        for dept in silos.unbridged:
            findings.append(Finding("silo-unbridged", Msg("diagnostics.silo_unbridged", department=dept), subject=dept))
        for i in silos.mismatched:
            c = silos.communities[i]
            findings.append(
                Finding(
                    "silo-community",
                    Msg(
                        "diagnostics.silo_community",
                        actors=_names(c.actors, names),
                        departments=", ".join(sorted(c.departments)),
                    ),
                )
            )

    holes = _holes(model)
    loads = Counter(m for a in analysis.links for m in a.link.carriers())  # a team's members each count
    over = [Load(aid, n, actors[aid].capacity) for aid, n in loads.items() if n > actors[aid].capacity]
    over.sort(key=lambda x: (x.capacity - x.links, x.actor))
    for load in over:
        findings.append(
            Finding(
                "over-capacity",
                Msg("diagnostics.over_capacity", actor=names[load.actor], links=load.links, capacity=load.capacity),
                subject=load.actor,
            )
        )
    used: set[str] = set()
    for link in model.links:
        used.update((link.from_, link.to))
        if link.via is not None:
            used.add(link.via)
    unconnected = [a.id for a in model.actors if a.id not in used]
    for aid in unconnected:
        findings.append(Finding("unconnected-actor", Msg("diagnostics.unconnected", actor=names[aid]), subject=aid))
    no_connector = [a.id for a in analysis.links if a.link.via is None]
    # a link a rule already warns about for having no connector is not counted twice (one finding per code and link)
    flagged = {w.link for w in analysis.warnings if w.code == NO_CONNECTOR}
    rest = [lid for lid in no_connector if lid not in flagged]
    for lid in rest[:MAX_NO_CONNECTOR_FINDINGS]:
        findings.append(Finding(NO_CONNECTOR, Msg("diagnostics.no_connector", link=lid), link=lid))
    if len(rest) > MAX_NO_CONNECTOR_FINDINGS:
        more = len(rest) - MAX_NO_CONNECTOR_FINDINGS
        findings.append(Finding(NO_CONNECTOR, Msg("diagnostics.no_connector_more", count=more), count=more))
    return Diagnostics(grid, dominance, silos, holes, over, unconnected, no_connector, findings)


def _names(ids: tuple[str, ...], names: dict[str, str]) -> str | Msg:
    """The first few names, and how many more."""
    shown = ", ".join(names.get(i, i) for i in ids[:MAX_NAMES])
    if len(ids) > MAX_NAMES:
        return Msg("diagnostics.and_more", names=shown, count=len(ids) - MAX_NAMES)
    return shown


def _dominance(model: Model, actors: dict) -> list[Dominance]:
    """Agenda items and topics whose links reach only high-influence actors while others are left out.

    Left out are the voiceless actors (:func:`voiceless`) no link of the item or topic reaches; of an agenda item
    that names its ``stakeholders``, only those among them (the issue's "include only who matters"), and of a
    topic whose links all serve items that name theirs, only those of the items.  A topic of links between two
    politics actors alone (the college among itself, or with the council) is not one to widen: nobody is left out.
    """
    left = [a.id for a in model.actors if voiceless(a)]
    if not left:
        return []
    reached: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    named = {item.id: set(item.stakeholders) for item in model.agenda if item.stakeholders}
    topic_stake: dict[str, set[str] | None] = {}
    political_only: dict[str, bool] = {}
    for link in model.links:
        ends = (link.from_, link.to)
        for item in link.agenda:
            reached[("agenda", item)].update(dict.fromkeys(ends))
        if link.topic:
            reached[("topic", link.topic)].update(dict.fromkeys(ends))
            both = actors[link.from_].kind == "politics" and actors[link.to].kind == "politics"
            political_only[link.topic] = political_only.get(link.topic, True) and both
            stake = topic_stake.get(link.topic, set())
            if stake is not None and link.agenda and all(item in named for item in link.agenda):
                topic_stake[link.topic] = stake.union(*(named[item] for item in link.agenda))
            else:
                topic_stake[link.topic] = None
    out = []
    order = {item.id: i for i, item in enumerate(model.agenda)}
    for (scope, key), who in sorted(reached.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 0), kv[0][1])):
        if scope == "topic" and political_only[key]:
            continue
        if all(actors[a].influence >= HIGH for a in who):
            # an item that names its stakeholders leaves out only those: the rest of the model has no stake in it
            stake = named.get(key) if scope == "agenda" else topic_stake[key]
            left_out = tuple(a for a in left if a not in who and (stake is None or a in stake))
            if left_out:
                out.append(Dominance(scope, key, tuple(who), left_out))
    return out


def _silos(model: Model, actors: dict) -> Silos | None:
    """Links inside and across departments, unbridged departments, communities across departments."""
    department = {a.id: a.department for a in model.actors if a.department}
    if not department:
        return None
    internal, external, inside, across, bridged = department_ties(model.links, department)
    sizes = Counter(department.values())
    departments = [
        Department(d, sizes[d], inside[d], across[d], d in bridged or len(sizes) == 1) for d in sorted(sizes)
    ]
    communities, mismatched, skipped = _communities(model, department)
    return Silos(internal, external, departments, communities, mismatched, skipped)


def department_ties(links, department: dict[str, str]) -> tuple[int, int, Counter, Counter, set[str]]:
    """Links inside and across departments (in total and per department) and the departments bridged.

    A link bridges its ends' departments when they differ, and a connector from
    another department bridges into the ends' departments.
    """
    internal = external = 0
    inside: Counter = Counter()
    across: Counter = Counter()
    bridged: set[str] = set()
    for link in links:
        da, db = department.get(link.from_), department.get(link.to)
        if da is not None and db is not None:
            if da == db:
                internal += 1
                inside[da] += 1
            else:
                external += 1
                across[da] += 1
                across[db] += 1
                bridged.update((da, db))
        dv = department.get(link.via) if link.via is not None else None
        if dv is not None:  # a connector from another department bridges into the ends' departments
            for d in (da, db):
                if d is not None and d != dv:
                    bridged.update((d, dv))
    return internal, external, inside, across, bridged


def _actor_edges(model: Model) -> Counter:
    """Undirected actor ties with the number of links behind each: connector to both ends, else end to end."""
    ties: Counter = Counter()
    for link in model.links:
        pairs = ((link.from_, link.via), (link.via, link.to)) if link.via is not None else ((link.from_, link.to),)
        for a, b in pairs:
            ties[(a, b) if a < b else (b, a)] += 1
    return ties


def _communities(model: Model, department: dict[str, str]) -> tuple[list[Community], list[int], bool]:
    """Louvain communities of the actor graph; those cutting across departments; whether skipped for size."""
    edges = _actor_edges(model)
    linked = {a for pair in edges for a in pair}
    if not edges:
        return [], [], False
    if len(linked) > MAX_COMMUNITY_ACTORS:
        return [], [], True
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(a.id for a in model.actors)
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in edges.items())
    found = nx.community.louvain_communities(graph, weight="weight", seed=LOUVAIN_SEED)
    order = {a.id: i for i, a in enumerate(model.actors)}
    communities = []
    for members in sorted(found, key=lambda c: (-len(c), min(order[a] for a in c))):
        if len(members) < 2:
            continue
        ordered = tuple(sorted(members, key=order.__getitem__))
        depts = Counter(department[a] for a in ordered if a in department)
        communities.append(Community(ordered, dict(sorted(depts.items()))))
    # A community cuts across departments when its members come from two or more of them
    # and no department holds a clear majority (two thirds) of the members who have one.
    mismatched = [
        i
        for i, c in enumerate(communities)
        if len(c.departments) >= 2 and max(c.departments.values()) < 2 / 3 * sum(c.departments.values())
    ]
    return communities, mismatched, False


def _holes(model: Model) -> list[Holes]:
    """Effective size and constraint of every connector (see the module docstring for the graph)."""
    import math

    import numpy as np

    from verbinder.analysis.holes import structural_holes

    connectors = Counter(link.via for link in model.links if link.via is not None)
    if not connectors:
        return []
    index = {a.id: i for i, a in enumerate(model.actors)}
    ties = _actor_edges(model)
    s = np.array([index[a] for a, _ in ties], dtype=np.int64)
    t = np.array([index[b] for _, b in ties], dtype=np.int64)
    weights = np.array(list(ties.values()), dtype=np.float64)  # the number of links behind each tie
    result = structural_holes(s, t, len(index), weights=weights, directed=False)

    def value(x: float) -> float | None:
        return None if math.isnan(x) else round(float(x), 4)

    return [
        Holes(a.id, connectors[a.id], value(result.effective_size[index[a.id]]), value(result.constraint[index[a.id]]))
        for a in model.actors
        if a.id in connectors
    ]
