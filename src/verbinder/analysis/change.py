"""Who the reorganisation cost us: how the network of one organisation changed (``verbinder compare``).

The people who quietly connect the organisation are the ones a reorganisation loses without
anyone noticing.  This compares two snapshots of the same organisation (before and after), or
the consecutive periods of one dated edge list, with the figures of ``discover`` (Gould-Fernandez
brokerage, Burt's constraint, betweenness) per person, and names what changed, ranked:

``connector-lost``
    A hidden connector of before (one of the ``top`` of :func:`~verbinder.analysis.discover.rank_hidden_connectors`)
    who has no contact afterwards, or whose brokerage between groups fell by half or more.
``bridge-lost``
    A pair of groups that only one person (on one side) or at most ``bridge_ties`` contacts
    connected before, and that no contact connects afterwards.  After a reorganisation
    (:class:`Reorganisation`) before's groups are first mapped onto after's.
``new-silo``
    A group whose E-I index (Krackhardt & Stern: external minus internal contacts over all) was
    at or above ``silo_threshold`` before and fell below it.
``new-connector``
    One of the ``top`` hidden connectors afterwards who was not one before and brokers more than
    before; where a lost connector reached mostly the same groups (the Jaccard overlap of the groups
    both are in contact with, their own included, above ``SUCCESSOR_OVERLAP``), the new one is
    named as the successor.

The findings are ranked by kind in that order (what was lost first), and within a kind by weight:
the lost connectors by their rank before, the bridges by the contacts lost, the silos by how far
the E-I index fell (before minus after, the largest fall first), the new connectors by their rank afterwards;
except that a new connector who takes over from a lost one comes right after that lost connector (whose
why then names the successor), so a cut list never separates the two.

Every snapshot is analysed on the same people (the union of both, or everyone in NODES), so a
person keeps one index and, with ``pseudonymise``, one pseudonym across snapshots.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from verbinder.analysis.brokerage import BrokerageResult
from verbinder.analysis.discover import Discovery, discover, pseudonym
from verbinder.analysis.holes import StructuralHoles
from verbinder.analysis.triads import distinct
from verbinder.i18n import Msg
from verbinder.io.network import Network

#: The finding kinds, in ranking order (keys of the JSON ``kind``).
KINDS: tuple[str, ...] = ("connector-lost", "bridge-lost", "new-silo", "new-connector")
#: The periods an edge list can be sliced by.
PERIODS: tuple[str, ...] = ("week", "month", "quarter")
#: A group with an E-I index below this is a silo (-1: every contact inside the group; +1: every contact outside).
SILO_THRESHOLD = -0.5
#: A pair of groups connected by at most this many contacts is a fragile bridge.
BRIDGE_TIES = 3
#: Two people reach "the same groups" above this Jaccard overlap of the groups they are in contact with.
SUCCESSOR_OVERLAP = 0.5
#: A period with fewer contacts than this share of the median period (of those with data) has too few to go by.
FEW_CONTACTS = 0.5

#: Called as ``progress(step, done, total)``, as :data:`verbinder.analysis.discover.StepProgress`.
StepProgress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Finding:
    """One change, ranked, with the numbers it rests on and why, in words.

    ``subject`` is one person id (or pseudonym), one group (``new-silo``) or two groups
    (``bridge-lost``); ``before`` and ``after`` are the figure the kind is about: brokerage
    between groups (connectors), contacts between the two groups (bridges), the E-I index (silos).
    ``link`` ties a lost connector to the new one who took over (and back): the other's id or pseudonym.
    """

    rank: int
    kind: str
    subject: tuple[str, ...]
    before: float | None
    after: float | None
    why: tuple[Msg, ...]
    link: str | None = None
    #: In the last period (``compare --period``): a bridge not seen, a silo, whose lasting cannot be checked yet.
    unconfirmed: bool = False


@dataclass(frozen=True, slots=True)
class Bridge:
    """How two groups are connected: the contacts between them, the only person on one side (if one
    side is one person), and both people of the contact when there is just one (lower group's first)."""

    ties: int
    only: int | None
    pair: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class Leaver:
    """Someone who left (a contact before, none after) and mattered: their rank among the connectors before (None:
    not ranked) and the bridges lost that ran through them (group pairs, as the findings name them)."""

    label: str
    rank: int | None
    bridges: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Reorganisation:
    """How the departments of before map onto those of after (``compare --groups-after``).

    ``groups`` maps each group of before onto the group of after most of its people (those listed in both
    groups files) end up in (a tie: the same name, else the first by name); a group none of whose people is in
    both maps onto itself.  ``merged``: after-groups two or more groups of before map onto (the before-groups
    sorted); ``renamed``: one group onto one other, alone; ``split``: a group of before whose people went to more
    than one group of after, each with at least two of them (the main part first); ``moved``: who, listed in both,
    ended up elsewhere than their group and its parts (person index, before, after; by label).
    ``bridges`` are before's bridges with every person in their group's after-group, keyed as the after
    snapshot's (union codes).
    """

    groups: dict[str, str]
    merged: list[tuple[tuple[str, ...], str]]
    renamed: list[tuple[str, str]]
    split: list[tuple[str, tuple[str, ...]]]
    moved: list[tuple[int, str, str]]
    bridges: dict[tuple[int, int], Bridge]


@dataclass
class Snapshot:
    """One network's figures on the shared people, and what the findings are derived from."""

    discovery: Discovery
    present: np.ndarray  # bool per person: at least one contact
    cross: np.ndarray  # brokerage between groups (all brokerage without groups)
    bridges: dict[tuple[int, int], Bridge]  # pair of group codes (lower first) -> how they were connected
    internal: np.ndarray  # per group: contacts inside the group
    external: np.ndarray  # per group: contacts with other groups
    start: dt.date | None = None
    end: dt.date | None = None
    findings: list[Finding] = field(default_factory=list)
    compared_with: int | None = None  # the index of the snapshot the findings compare with (None: nothing to compare)
    few: bool = False  # far fewer contacts than a usual period (:data:`FEW_CONTACTS`): its findings are mostly noise
    #: Findings left out because the next period with data had them back (:func:`periods`): bridges lost, new
    #: silos, connectors lost; and new connectors who were connectors in the period before the one compared with.
    passing: list[Finding] = field(default_factory=list)
    checked_with: int | None = None  # the index of the snapshot whether the findings last is seen in

    @property
    def ties(self) -> int:
        """The distinct contacts (undirected: pairs; directed: ordered pairs), self-loops left out."""
        return int(self.internal.sum() + self.external.sum() // 2)

    @property
    def empty(self) -> bool:
        """No contact at all: a period without data."""
        return not bool(self.present.any())

    @property
    def ei(self) -> np.ndarray:
        """Krackhardt's E-I index per group (NaN for a group without contacts)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return (self.external - self.internal) / (self.external + self.internal)


@dataclass
class Change:
    """Snapshots of one organisation in time order and the findings between consecutive ones.

    ``period`` is None for a before/after comparison (two snapshots; the findings are the
    second one's) and ``week``, ``month`` or ``quarter`` for a dated edge list.
    """

    labels: list[str]
    groups: list[str] | None
    group_labels: list[str]
    snapshots: list[Snapshot]
    period: str | None
    pseudonymised: bool
    grouped: bool
    directed: bool
    #: The extra NODES columns per person (column -> values in person order); empty when pseudonymised.
    attributes: dict[str, list[str]] = field(default_factory=dict)
    #: Each person's group in the after snapshot when it was read with other groups (``compare --groups-after``);
    #: None when ``groups`` holds for both.  ``group_labels`` then lists the groups of both.
    groups_after: list[str] | None = None
    #: How the departments changed (``compare --groups-after``); None otherwise.
    reorganisation: Reorganisation | None = None
    #: Two snapshots: who left among the connectors ranked before and the people of the bridges lost, by label.
    left: list[Leaver] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        """The findings of the last snapshot: for a comparison, before against after."""
        return self.snapshots[-1].findings


def align(before: Network, after: Network) -> tuple[Network, Network]:
    """The two networks on one list of people: before's, then those only after has.

    Networks read with the same NODES already share their people and come back unchanged.  Networks
    read with NODES of their own (a reorganisation: people joined, left or moved) keep each person's
    group (and attributes) of their own NODES; someone listed in only one takes that one's in both.

    >>> e = np.array
    >>> b = Network(["a", "b"], e([0]), e([1]), groups=["x", "y"])
    >>> a = Network(["b", "c"], e([0]), e([1]), groups=["x", "z"])
    >>> [(n.ids, n.groups, n.sources.tolist()) for n in align(b, a)]
    [(['a', 'b', 'c'], ['x', 'y', 'z'], [0]), (['a', 'b', 'c'], ['x', 'x', 'z'], [1])]
    """
    if before.ids == after.ids and (before.groups is None) == (after.groups is None):
        return before, after
    if (before.groups is None) != (after.groups is None):
        raise ValueError("both networks need groups, or neither")
    index = {person: i for i, person in enumerate(before.ids)}
    for person in after.ids:
        index.setdefault(person, len(index))
    remap = np.array([index[p] for p in after.ids], dtype=np.int64)
    ids = list(index)
    if before.groups is None or after.groups is None:
        moved = Network(ids, remap[after.sources], remap[after.targets], after.directed, after.weights, None, {})
        widened = Network(ids, before.sources, before.targets, before.directed, before.weights, None, {})
        return widened, moved
    groups_before, attributes_before = _people_on(ids, before, after)
    groups_after, attributes_after = _people_on(ids, after, before)
    widened = Network(
        ids, before.sources, before.targets, before.directed, before.weights, groups_before, attributes_before
    )
    moved = Network(
        ids, remap[after.sources], remap[after.targets], after.directed, after.weights, groups_after, attributes_after
    )
    return widened, moved


def _people_on(ids: list[str], own: Network, other: Network) -> tuple[list[str], dict[str, list[str]]]:
    """Groups and attributes of ``ids`` as ``own`` has them, else as ``other`` has them."""
    assert own.groups is not None and other.groups is not None
    group = dict(zip(other.ids, other.groups, strict=True)) | dict(zip(own.ids, own.groups, strict=True))
    attributes = {}
    for column in {**own.attributes, **other.attributes}:
        value = {p: "" for p in ids}
        for network in (other, own):
            value.update(zip(network.ids, network.attributes.get(column, [""] * len(network.ids)), strict=True))
        attributes[column] = [value[p] for p in ids]
    return [group[p] for p in ids], attributes


def compare(
    before: Network,
    after: Network,
    *,
    top: int = 10,
    silo_threshold: float = SILO_THRESHOLD,
    bridge_ties: int = BRIDGE_TIES,
    samples: int | None = None,
    seed: int = 0,
    pseudonymise: bool = False,
    salt: str = "",
    engine: str = "memory",
    progress: StepProgress | None = None,
) -> Change:
    """Compare two snapshots of one organisation: per person the figures, and the ranked findings.

    Parameters
    ----------
    before, after : Network
        Read with the same NODES (or without groups: people are matched by id).
    top : int
        How many hidden connectors count as *the* connectors of a snapshot.
    silo_threshold : float
        A group whose E-I index falls below this value has become a silo.
    bridge_ties : int
        A pair of groups with at most this many contacts is a fragile bridge.
    samples, seed, engine
        Passed to :func:`~verbinder.analysis.discover.discover`.
    pseudonymise, salt
        Pseudonyms (:func:`~verbinder.analysis.discover.pseudonym`): the same person the same
        pseudonym in both snapshots.

    Examples
    --------
    >>> e = np.array
    >>> b = Network(["a", "b", "c"], e([0, 0]), e([1, 2]), directed=False, groups=["x", "y", "z"])
    >>> a = Network(["a", "b", "c"], e([1]), e([2]), directed=False, groups=["x", "y", "z"])
    >>> [(f.kind, f.subject) for f in compare(b, a).findings]
    [('connector-lost', ('a',)), ('bridge-lost', ('x', 'y')), ('bridge-lost', ('x', 'z'))]
    """
    listed, earlier = set(before.ids) & set(after.ids), set(before.ids)
    before, after = align(before, after)
    snaps = [
        _snapshot(net, top=top, samples=samples, seed=seed, engine=engine, progress=progress) for net in (before, after)
    ]
    change = _change(before, snaps, None, pseudonymise, salt)
    snaps[1].compared_with = 0
    if before.groups is not None and after.groups is not None and before.groups != after.groups:
        _other_groups_after(change, before.groups, after.groups)
        change.reorganisation = reorganisation(
            before, after.groups, listed, change.labels, change.group_labels, earlier
        )
    snaps[1].findings = findings(change, snaps[0], snaps[1], top, silo_threshold, bridge_ties)
    change.left = _leavers(change, snaps[0], snaps[1])
    return change


def _leavers(change: Change, before: Snapshot, after: Snapshot) -> list[Leaver]:
    """Who left and mattered: ranked among the connectors before, or a person of a bridge lost (see :class:`Leaver`).
    Everyone else who left is no finding and is not listed."""
    gone = before.present & ~after.present
    through: dict[str, list[tuple[str, str]]] = {}
    for f in after.findings:
        for m in f.why:
            for name in m.params.get("left", ()) if f.kind == "bridge-lost" else ():
                through.setdefault(name, []).append((f.subject[0], f.subject[1]))
    ranks = before.discovery.ranks
    left = []
    for node in np.flatnonzero(gone).tolist():
        label = change.labels[node]
        if node in ranks or label in through:
            left.append(Leaver(label, ranks.get(node), tuple(dict.fromkeys(through.get(label, [])))))
    return sorted(left, key=lambda x: (x.rank is None, x.rank or 0, x.label))


def _other_groups_after(change: Change, before: list[str], after: list[str]) -> None:
    """Number both snapshots' groups among the groups of both (a reorganisation may add or end a department)."""
    labels = np.unique(np.asarray(before + after))
    for snap, groups in zip(change.snapshots, (before, after), strict=True):
        at = np.searchsorted(labels, np.unique(np.asarray(groups)))
        assert len(at) == len(snap.internal) == len(snap.external)
        for name in ("internal", "external"):
            numbered = np.zeros(len(labels), dtype=getattr(snap, name).dtype)
            numbered[at] = getattr(snap, name)
            setattr(snap, name, numbered)
        snap.bridges = {(int(at[g]), int(at[h])): bridge for (g, h), bridge in snap.bridges.items()}
    change.group_labels = [str(g) for g in labels]
    change.grouped = len(labels) > 1
    change.groups_after = after


def reorganisation(
    before: Network,
    groups_after: list[str],
    listed: set[str],
    labels: list[str],
    group_labels: list[str],
    earlier: set[str] | None = None,
) -> Reorganisation:
    """Map before's groups onto ``groups_after`` by where their people (those in ``listed``: in both groups
    files) end up; see :class:`Reorganisation`.  ``earlier``: the people of before's groups file (default:
    everyone); only their groups are before's (someone only in after's file has their group in both).

    >>> e = np.array
    >>> b = Network(["a", "b", "c", "d", "f", "w"], e([0]), e([5]), groups=["Z", "Z", "J", "J", "J", "W"])
    >>> r = reorganisation(b, ["ZJ", "ZJ", "ZJ", "ZJ", "E", "W"], set(b.ids), b.ids, ["E", "J", "W", "Z", "ZJ"])
    >>> r.groups, r.merged, r.moved
    ({'J': 'ZJ', 'W': 'W', 'Z': 'ZJ'}, [(('J', 'Z'), 'ZJ')], [(4, 'J', 'E')])
    """
    from collections import Counter

    assert before.groups is not None
    ids = before.ids
    common = [i for i, person in enumerate(ids) if person in listed]
    own = [g for person, g in zip(ids, before.groups, strict=True) if earlier is None or person in earlier]
    went: dict[str, Counter[str]] = {g: Counter() for g in sorted(set(own))}
    came: dict[str, Counter[str]] = {}
    for i in common:
        went[before.groups[i]][groups_after[i]] += 1
        came.setdefault(groups_after[i], Counter())[before.groups[i]] += 1

    def most(counts: Counter[str], name: str) -> str:
        return min(counts, key=lambda g: (-counts[g], g != name, g)) if counts else name

    forward = {g: most(counts, g) for g, counts in went.items()}
    back = {h: most(counts, h) for h, counts in came.items()}
    parts = {
        g: [forward[g]] + sorted(h for h, f in back.items() if f == g and h != forward[g] and went[g][h] >= 2)
        for g in went
    }
    onto: dict[str, list[str]] = {}
    for g, h in forward.items():
        if went[g]:
            onto.setdefault(h, []).append(g)
    merged = [(tuple(sorted(gs)), h) for h, gs in sorted(onto.items()) if len(gs) > 1]
    renamed = [(gs[0], h) for h, gs in sorted(onto.items()) if len(gs) == 1 and gs[0] != h and len(parts[gs[0]]) == 1]
    split = [(g, tuple(p)) for g, p in parts.items() if len(p) > 1]
    moved = sorted(
        ((i, before.groups[i], groups_after[i]) for i in common if groups_after[i] not in parts[before.groups[i]]),
        key=lambda m: (labels[m[0]], m[0]),
    )
    index = {g: k for k, g in enumerate(group_labels)}
    code = np.array([index[forward.get(g, g)] for g in before.groups], dtype=np.int64)
    src, tgt = _distinct_ties(before)
    bridges = _bridges(src, tgt, code[src], code[tgt], len(group_labels))
    return Reorganisation(forward, merged, renamed, split, moved, bridges)


def periods(
    network: Network,
    period: str,
    *,
    top: int = 10,
    silo_threshold: float = SILO_THRESHOLD,
    bridge_ties: int = BRIDGE_TIES,
    samples: int | None = None,
    seed: int = 0,
    pseudonymise: bool = False,
    salt: str = "",
    engine: str = "memory",
    progress: StepProgress | None = None,
) -> Change:
    """Slice a dated network by ``period`` and compare each period with the one before.

    Every period from the first to the last with a contact is a snapshot.  One without a contact
    is missing data, not a month in which everyone left: it has no findings, and the next period
    is compared with the last one that had data (``compared_with``).  A period with fewer contacts
    than :data:`FEW_CONTACTS` of the median period is marked ``few``.  The first period's findings are empty.

    A month without a contact between two groups is not yet a lost bridge: a bridge lost (or a new silo) is a
    finding only when the next period with data still has it so (no contact between the two groups; the E-I index
    still below ``silo_threshold``); those back in the next period are listed in ``passing``.  In the last period
    with data, where that cannot be checked yet, they are findings marked ``unconfirmed``.
    ``network.dates`` holds the date of each contact (``read_network(..., date_column=...)``).

    Examples
    --------
    >>> d = np.array(["2024-01-31", "2024-02-01"], dtype="datetime64[D]")
    >>> net = Network(["a", "b", "c"], np.array([0, 1]), np.array([1, 2]), dates=d)
    >>> [(s.start.isoformat(), s.end.isoformat()) for s in periods(net, "month").snapshots]
    [('2024-01-01', '2024-01-31'), ('2024-02-01', '2024-02-29')]
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}")
    if network.dates is None:
        raise ValueError("the network has no dates")
    key = period_keys(network.dates, period)
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    distinct, first = np.unique(sorted_keys, return_index=True)
    bounds = dict(
        zip(distinct.tolist(), zip(first.tolist(), [*first[1:].tolist(), len(order)], strict=True), strict=True)
    )
    snaps = []
    # Every period from the first to the last with data: one without a contact is listed (and said), not skipped.
    for k in range(int(distinct[0]), int(distinct[-1]) + 1) if len(distinct) else ():
        lo, hi = bounds.get(k, (0, 0))
        edges = np.sort(order[lo:hi])
        weights = network.weights[edges] if network.weights is not None else None
        part = Network(
            network.ids, network.sources[edges], network.targets[edges], network.directed, weights, network.groups
        )
        snap = _snapshot(part, top=top, samples=samples, seed=seed, engine=engine, progress=progress)
        snap.start, snap.end = period_bounds(k, period)
        snaps.append(snap)
    with_data = [s for s in snaps if not s.empty]
    median = float(np.median([s.ties for s in with_data])) if with_data else 0.0
    for snap in with_data:
        snap.few = snap.ties < FEW_CONTACTS * median
    change = _change(network, snaps, period, pseudonymise, salt)
    # Each period with data against the last one before it with enough data (a period without data, or with few
    # contacts, in between is said): a month with little data is no baseline for the next.  Without an earlier
    # period with enough data, the last one with data.
    last: int | None = None
    enough: int | None = None
    # Who has a contact in a period or a later one: someone absent from a period on has left.
    present_from = np.zeros((len(snaps) + 1, len(network.ids)), dtype=bool)
    for i in range(len(snaps) - 1, -1, -1):
        present_from[i] = present_from[i + 1] | snaps[i].present
    for i, snap in enumerate(snaps):
        if snap.empty:
            continue
        base = enough if enough is not None else last
        if base is not None:
            snap.compared_with = base
            left = set(np.flatnonzero(snaps[base].present & ~present_from[i]).tolist())
            snap.findings = findings(change, snaps[base], snap, top, silo_threshold, bridge_ties, left)
        last = i
        if not snap.few:
            enough = i
    # Whether a finding lasts is seen in the next period with enough data (else the next one with data).
    with_data_at = [i for i, snap in enumerate(snaps) if not snap.empty]
    for n, i in enumerate(with_data_at):
        later = with_data_at[n + 1 :]
        following = next((j for j in later if not snaps[j].few), later[0] if later else None)
        _lasting(change, snaps, i, following, silo_threshold)
    return change


def _lasting(change: Change, snaps: list[Snapshot], i: int, following_at: int | None, silo_threshold: float) -> None:
    """Keep period ``i``'s findings that the next period with data (``following_at``) still shows; without a following
    period, mark its bridges lost and new silos unconfirmed.  A bridge lost, a new silo or a connector lost that is
    back as before, and a new connector who was one in the period before the one compared with, go to ``passing``.
    The findings are numbered again."""
    snap = snaps[i]
    snap.checked_with = following_at
    following = snaps[following_at] if following_at is not None else None
    before = snaps[snap.compared_with] if snap.compared_with is not None else None
    earlier_at = before.compared_with if before is not None else None
    earlier = snaps[earlier_at] if earlier_at is not None else None
    index = {g: k for k, g in enumerate(change.group_labels)}
    people = {label: k for k, label in enumerate(change.labels)}
    kept, back = [], set()
    # A period with little data, and the next with enough, compared with the same period: what the next one shows
    # too is said there, once, not in the period that is mostly noise.
    shown = set()
    if snap.few and following is not None and not following.few and following.compared_with == snap.compared_with:
        shown = {(f.kind, f.subject) for f in following.findings}
    for f in snap.findings:
        if (f.kind, f.subject) in shown:
            continue
        if f.kind in ("bridge-lost", "new-silo") and following is None:
            f = replace(f, unconfirmed=True)
        elif f.kind in ("bridge-lost", "new-silo") and _back(f, following, index, silo_threshold):
            snap.passing.append(f)
            continue
        elif f.kind == "connector-lost" and following is not None and before is not None:
            node = people[f.subject[0]]
            # Still lost: gone, or at most half the brokerage of before, as the finding itself was made.
            if following.present[node] and 2 * int(following.cross[node]) > int(before.cross[node]):
                snap.passing.append(f)
                back.add(f.subject[0])
                continue
        elif f.kind == "new-connector" and earlier is not None and people[f.subject[0]] in earlier.discovery.ranks:
            snap.passing.append(f)
            continue
        kept.append(f)
    # A connector back is no one's predecessor: who was named as taking over from them is a new connector alone.
    kept = [_unlinked(f) if f.link in back else f for f in kept]
    snap.findings = [replace(f, rank=rank) for rank, f in enumerate(kept, start=1)]


def _unlinked(f: Finding) -> Finding:
    """``f`` without its link to a lost connector (and the words that name it)."""
    why = tuple(m for m in f.why if m.key not in ("change.why.successor", "change.why.succeeded"))
    return replace(f, link=None, why=why)


def _back(f: Finding, following: Snapshot | None, index: dict[str, int], silo_threshold: float) -> bool:
    """Whether a bridge lost (or a new silo) is back as before in ``following``: a contact between the two groups
    (the E-I index at or above ``silo_threshold``)."""
    if following is None:
        return False
    codes = tuple(index[g] for g in f.subject)
    if f.kind == "bridge-lost":
        return codes in following.bridges
    return bool(following.ei[codes[0]] >= silo_threshold)


def period_keys(dates: np.ndarray, period: str) -> np.ndarray:
    """The period of each date as an integer: weeks (from Monday) since 1970, months or quarters since 1970.

    >>> d = np.array(["2024-01-31", "2024-02-01", "2024-03-31", "2024-04-01"], dtype="datetime64[D]")
    >>> period_keys(d, "month").tolist(), period_keys(d, "quarter").tolist()
    ([648, 649, 650, 651], [216, 216, 216, 217])
    """
    if period == "week":
        # 1 January 1970 was a Thursday: day 0 is weekday 3 of its week.
        return (dates.astype("datetime64[D]").astype(np.int64) + 3) // 7
    months = dates.astype("datetime64[M]").astype(np.int64)
    return months if period == "month" else months // 3


def period_bounds(key: int, period: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of period ``key`` (as :func:`period_keys` numbers them).

    >>> period_bounds(649, "month")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    epoch = dt.date(1970, 1, 1)
    if period == "week":
        start = epoch + dt.timedelta(days=key * 7 - 3)
        return start, start + dt.timedelta(days=6)
    months = key if period == "month" else key * 3
    span = 1 if period == "month" else 3
    start = dt.date(1970 + months // 12, months % 12 + 1, 1)
    following = months + span
    end = dt.date(1970 + following // 12, following % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def _change(network: Network, snaps: list[Snapshot], period: str | None, pseudonymise: bool, salt: str) -> Change:
    labels = [pseudonym(p, salt) for p in network.ids] if pseudonymise else list(network.ids)
    group_labels = [str(g) for g in np.unique(np.asarray(network.groups))] if network.groups is not None else ["0"]
    return Change(
        labels=labels,
        groups=network.groups,
        group_labels=group_labels,
        snapshots=snaps,
        period=period,
        pseudonymised=pseudonymise,
        grouped=network.groups is not None and len(group_labels) > 1,
        directed=network.directed,
        attributes={} if pseudonymise else network.attributes,
    )


def _snapshot(
    network: Network, *, top: int, samples: int | None, seed: int, engine: str, progress: StepProgress | None
) -> Snapshot:
    n = network.n_nodes
    src, tgt = _distinct_ties(network)
    present = np.zeros(n, dtype=bool)
    present[src] = True
    present[tgt] = True
    group_labels, group_of = np.unique(
        np.asarray(network.groups) if network.groups is not None else np.zeros(n), return_inverse=True
    )
    found = _discover_present(network, present, top=top, samples=samples, seed=seed, engine=engine, progress=progress)
    b = found.brokerage
    cross = b.counts[:, 1:5].sum(axis=1) if len(group_labels) > 1 else b.counts[:, 0].copy()
    n_groups = len(group_labels)
    gs, gt = group_of[src], group_of[tgt]
    inside = gs == gt
    internal = np.bincount(gs[inside], minlength=n_groups)
    external = np.bincount(gs[~inside], minlength=n_groups) + np.bincount(gt[~inside], minlength=n_groups)
    return Snapshot(found, present, cross, _bridges(src, tgt, gs, gt, n_groups), internal, external)


def _discover_present(
    network: Network,
    present: np.ndarray,
    *,
    top: int,
    samples: int | None,
    seed: int,
    engine: str,
    progress: StepProgress | None,
) -> Discovery:
    """:func:`discover` on the people present in a snapshot, its figures spread back over everyone.

    Someone without a contact in a snapshot (who left, or joined later) is not part of that snapshot's
    network: they get no figures there (counts 0, everything else NaN, no rank) and do not count in the
    group sizes and the density the expected values and z-scores rest on, nor in betweenness's normalisation.
    """
    nodes = np.flatnonzero(present)
    n = network.n_nodes
    if len(nodes) == n:
        return discover(network, top=top, samples=samples, seed=seed, engine=engine, progress=progress)
    if len(nodes) == 0:  # a period without data: no one has a figure (brokerage 0, everything else NaN)
        found = discover(network, top=top, samples=samples, seed=seed, engine="memory", progress=None)
        found.betweenness = replace(found.betweenness, values=np.full(n, np.nan))
        return found
    index = np.full(n, -1, dtype=np.int64)
    index[nodes] = np.arange(len(nodes))
    keep = present[network.sources] & present[network.targets]  # drops the self-loops of the absent only
    part = Network(
        [network.ids[v] for v in nodes.tolist()],
        index[network.sources[keep]],
        index[network.targets[keep]],
        network.directed,
        network.weights[keep] if network.weights is not None else None,
        [network.groups[v] for v in nodes.tolist()] if network.groups is not None else None,
    )
    found = discover(part, top=top, samples=samples, seed=seed, engine=engine, progress=progress)
    return _widen(found, network, nodes)


def _widen(found: Discovery, network: Network, nodes: np.ndarray) -> Discovery:
    """``found`` (of the people ``nodes`` of ``network``) on everyone of ``network``, in its node numbers."""
    n = network.n_nodes

    def spread(values: np.ndarray, fill: float | int) -> np.ndarray:
        out = np.full((n, *values.shape[1:]), fill, dtype=values.dtype if fill == 0 else np.float64)
        out[nodes] = values
        return out

    b = found.brokerage
    labels, codes = np.unique(
        np.asarray(network.groups) if network.groups is not None else np.zeros(n, dtype=np.int8), return_inverse=True
    )
    counts = spread(b.counts, 0)
    brokerage = BrokerageResult(  # type: ignore[misc]  # the five role counts come first, by position
        *counts.T,
        expected=spread(b.expected, np.nan),
        sd=spread(b.sd, np.nan),
        z=spread(b.z, np.nan),
        density=b.density,
        group_labels=labels,
        group_sizes=np.bincount(codes[nodes], minlength=len(labels)),  # the people present in each group
        graph_counts=b.graph_counts,
        graph_expected=b.graph_expected,
        graph_sd=b.graph_sd,
        graph_z=b.graph_z,
    )
    holes = StructuralHoles(spread(found.holes.constraint, np.nan), spread(found.holes.effective_size, np.nan))
    between = replace(found.betweenness, values=spread(found.betweenness.values, np.nan))
    node_of = nodes.tolist()
    hidden = [replace(h, node=node_of[h.node]) for h in found.hidden]
    return Discovery(
        network,
        list(network.ids),
        brokerage,
        holes,
        between,
        hidden,
        found.grouped,
        found.candidates,
        found.pseudonymised,
        {node_of[v]: rank for v, rank in found.ranks.items()},
    )


def _distinct_ties(network: Network) -> tuple[np.ndarray, np.ndarray]:
    """The distinct contacts without self-loops (undirected: each pair once, lower index first)."""
    n = max(network.n_nodes, 1)
    s = np.asarray(network.sources, dtype=np.int64)
    t = np.asarray(network.targets, dtype=np.int64)
    keep = s != t
    s, t = s[keep], t[keep]
    if not network.directed:
        s, t = np.minimum(s, t), np.maximum(s, t)
    keys = distinct(s * n + t)
    return keys // n, keys % n


def _bridges(
    src: np.ndarray, tgt: np.ndarray, gs: np.ndarray, gt: np.ndarray, n_groups: int
) -> dict[tuple[int, int], Bridge]:
    """Per pair of groups (lower code first): the contacts between them, the only person on a side, the one contact."""
    between = gs != gt
    s, t, a, b = src[between], tgt[between], gs[between], gt[between]
    swap = a > b
    lo_group, hi_group = np.where(swap, b, a), np.where(swap, a, b)
    lo_person, hi_person = np.where(swap, t, s), np.where(swap, s, t)
    pair = lo_group.astype(np.int64) * n_groups + hi_group
    out: dict[tuple[int, int], Bridge] = {}
    if not len(pair):
        return out
    order = np.argsort(pair, kind="stable")
    pair, lo_person, hi_person = pair[order], lo_person[order], hi_person[order]
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    ends = np.r_[starts[1:], len(pair)]
    for lo, hi in zip(starts.tolist(), ends.tolist(), strict=True):
        only = None
        for side in (lo_person[lo:hi], hi_person[lo:hi]):
            if (side == side[0]).all():
                only = int(side[0])
                break
        one = (int(lo_person[lo]), int(hi_person[lo])) if hi - lo == 1 else None
        code = int(pair[lo])
        out[(code // n_groups, code % n_groups)] = Bridge(hi - lo, only, one)
    return out


def _reach(network_sources: np.ndarray, network_targets: np.ndarray, group_of: np.ndarray, nodes: Sequence[int]):
    """The groups each of ``nodes`` is in contact with (own group included)."""
    reach: dict[int, set[int]] = {v: {int(group_of[v])} for v in nodes}
    wanted = np.zeros(len(group_of), dtype=bool)
    wanted[list(nodes)] = True
    for ends, others in ((network_sources, network_targets), (network_targets, network_sources)):
        hit = wanted[ends]
        for v, g in zip(ends[hit].tolist(), group_of[others[hit]].tolist(), strict=True):
            reach[v].add(g)
    return reach


def _movers(change: Change) -> dict[int, str]:
    """Who moved department (``Reorganisation.moved``), to which group; empty without a reorganisation."""
    if change.reorganisation is None:
        return {}
    return {i: to for i, _, to in change.reorganisation.moved}


def _still(after: Snapshot, pair: tuple[int, int]) -> bool:
    """Whether the contact between ``pair`` is still there in ``after`` (either direction when undirected)."""
    net = after.discovery.network
    s, t = np.asarray(net.sources), np.asarray(net.targets)
    a, b = pair
    hit = (s == a) & (t == b)
    if not net.directed:
        hit |= (s == b) & (t == a)
    return bool(hit.any())


def findings(
    change: Change,
    before: Snapshot,
    after: Snapshot,
    top: int,
    silo_threshold: float,
    bridge_ties: int,
    left: set[int] | None = None,
) -> list[Finding]:
    """The ranked findings of ``after`` against ``before`` (see the module docstring for the rules).

    ``left``: who left (a bridge lost through them says so); by default, who had a contact before and has none
    after."""
    if left is None:
        left = set(np.flatnonzero(before.present & ~after.present).tolist())
    labels, groups = change.labels, change.group_labels
    between = Msg("change.between_groups" if change.grouped else "change.overall")
    both = not change.directed
    lost: list[tuple[int, Finding]] = []
    ranks_before = before.discovery.ranks
    ranks_after = after.discovery.ranks
    for node, rank in sorted(ranks_before.items(), key=lambda item: item[1]):
        was, now = int(before.cross[node]), int(after.cross[node])
        # Undirected, sna counts every path in both directions: the whys give the pairs of people, and that count.
        if not after.present[node] and both:
            why = Msg("change.why.left_undirected", rank=rank, count=was, pairs=was // 2, between=between)
        elif not after.present[node]:
            why = Msg("change.why.left", rank=rank, count=was, between=between)
        elif now * 2 <= was:
            percent = round(100 * (was - now) / was)
            counts = {"before": was, "after": now, "percent": percent, "between": between}
            if both:
                counts |= {"before_pairs": was // 2, "after_pairs": now // 2}
            why = Msg("change.why.fell_undirected" if both else "change.why.fell", rank=rank, **counts)
        else:
            continue
        lost.append((node, Finding(0, "connector-lost", (labels[node],), was, now, (why,))))

    bridges: list[Finding] = []
    reorganised = change.reorganisation
    if change.grouped:
        # After a reorganisation, before's bridges with everyone in their group's after-group: a merger makes
        # the bridges of the groups it joined one bridge, and a move shows as the bridge it took along.
        fragile = []
        gone = _movers(change)
        for (g, h), bridge in (reorganised.bridges if reorganised is not None else before.bridges).items():
            ties, only = bridge.ties, bridge.only
            if (g, h) in after.bridges or (ties > bridge_ties and only is None):
                continue
            a, b = groups[g], groups[h]
            if bridge.pair is not None:
                first, second = (labels[p] for p in bridge.pair)
                mover = next((p for p in bridge.pair if p in gone and _still(after, bridge.pair)), None)
                leavers = tuple(labels[p] for p in bridge.pair if p in left)
                if mover is None and leavers:
                    key = "change.why.bridge_pair_both_left" if len(leavers) == 2 else "change.why.bridge_pair_left"
                    why = Msg(key, a=a, b=b, first=first, second=second, person=leavers[0], left=leavers)
                elif mover is not None:
                    why = Msg(
                        "change.why.bridge_pair_moved",
                        a=a,
                        b=b,
                        first=first,
                        second=second,
                        person=labels[mover],
                        group=gone[mover],
                    )
                else:
                    why = Msg("change.why.bridge_pair", a=a, b=b, first=first, second=second)
            elif only is not None and only in gone and after.present[only]:
                why = Msg("change.why.bridge_one_moved", a=a, b=b, ties=ties, person=labels[only], group=gone[only])
            elif only is not None and only in left:
                why = Msg("change.why.bridge_one_left", a=a, b=b, ties=ties, person=labels[only], left=(labels[only],))
            elif only is not None:
                why = Msg("change.why.bridge_one", a=a, b=b, ties=ties, person=labels[only])
            else:
                why = Msg("change.why.bridge_few", a=a, b=b, ties=ties)
            finding = Finding(0, "bridge-lost", (a, b), ties, 0, (why,))
            fragile.append((-ties, a, b, finding))
        bridges = [f for *_, f in sorted(fragile, key=lambda x: x[:3])]

    silos: list[tuple[float, float, str, Finding]] = []
    if change.grouped:
        ei_before, ei_after = before.ei, after.ei
        for g, name in enumerate(groups):
            was, now = ei_before[g], ei_after[g]
            if np.isfinite(was) and np.isfinite(now) and was >= silo_threshold > now:
                total = int(after.internal[g] + after.external[g])
                why = Msg(
                    "change.why.silo",
                    group=name,
                    before=float(was),
                    after=float(now),
                    internal=int(after.internal[g]),
                    total=total,
                )
                silos.append(
                    (
                        round(float(now - was), 9),  # the largest fall first, then the lowest index
                        round(float(now), 9),
                        name,
                        Finding(0, "new-silo", (name,), round(float(was), 6), round(float(now), 6), (why,)),
                    )
                )

    new: list[tuple[int | None, Finding]] = []  # (the lost connector taken over from, finding)
    candidates = [
        (node, rank)
        for node, rank in sorted(ranks_after.items(), key=lambda item: item[1])
        if node not in ranks_before and after.cross[node] > before.cross[node]
    ]
    if candidates:
        group_of = np.unique(
            np.asarray(change.groups) if change.groups is not None else np.zeros(len(labels)), return_inverse=True
        )[1]
        group_of_after = group_of
        if change.groups is not None and change.groups_after is not None:  # each snapshot by its own groups
            group_of, group_of_after = (np.searchsorted(groups, g) for g in (change.groups, change.groups_after))
        lost_nodes = [node for node, _ in lost]
        net_b, net_a = before.discovery.network, after.discovery.network
        reach_before = _reach(net_b.sources, net_b.targets, group_of, lost_nodes) if lost_nodes else {}
        reach_after = _reach(net_a.sources, net_a.targets, group_of_after, [node for node, _ in candidates])
        for node, rank in candidates:
            was, now = int(before.cross[node]), int(after.cross[node])
            if both:
                pairs = {"pairs": now // 2, "before_pairs": was // 2}
                key = "change.why.new_undirected" if was else "change.why.new_undirected_none"
                reasons = [Msg(key, rank=rank, count=now, before=was, between=between, **pairs)]
            else:
                reasons = [Msg("change.why.new", rank=rank, count=now, before=was, between=between)]
            best, overlap = None, 0.0
            for old in lost_nodes:
                a, b = reach_after[node], reach_before[old]
                share = len(a & b) / len(a | b)
                if share > overlap:
                    best, overlap = old, share
            if best is None or not change.grouped or overlap <= SUCCESSOR_OVERLAP:
                best = None
            else:
                reasons.append(Msg("change.why.successor", person=labels[best]))
            link = labels[best] if best is not None else None
            new.append((best, Finding(0, "new-connector", (labels[node],), was, now, tuple(reasons), link)))

    # A lost connector, then who took over from them (the best-ranked successor is named in the lost one's why),
    # so the two are read, and shown, together; then bridges, silos and the other new connectors.
    ordered: list[Finding] = []
    for node, f in lost:
        successors = [taken for old, taken in new if old == node]
        if successors:
            name = successors[0].subject[0]
            f = Finding(
                0, f.kind, f.subject, f.before, f.after, (*f.why, Msg("change.why.succeeded", person=name)), name
            )
        ordered += [f, *successors]
    ordered += bridges + [f for *_, f in sorted(silos, key=lambda x: x[:3])] + [f for old, f in new if old is None]
    return [
        Finding(rank, f.kind, f.subject, f.before, f.after, f.why, f.link) for rank, f in enumerate(ordered, start=1)
    ]
