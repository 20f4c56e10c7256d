"""Find the hidden connectors of an organisation network (``verbinder discover``).

Every municipality has civil servants who already connect across the sectoral pillars,
often without anyone knowing.  For every person in a network of who works with whom this
computes the Gould-Fernandez brokerage counts (exactly as R's ``sna::brokerage``), sna's
expected values and z-scores, Burt's constraint and effective size, and betweenness; then
ranks the *hidden connectors*: people who broker between groups (itinerant,
representative, gatekeeper, liaison) far more often than chance predicts for someone in
their group, as candidates for the kopgroep.

The ranking score is the sum of a person's positive z-scores over the four cross-group
roles: how many standard deviations above chance, given the size of their group and the
density of the network (undirected, representative and gatekeeper are the two directions of the same paths and
count once).  A candidate needs at least one cross-group role with
``z >= 1.96``.  Without groups everyone is one group, and the ranking uses the coordinator
count (all brokerage) instead.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from verbinder.analysis.betweenness import Betweenness, betweenness, default_samples
from verbinder.analysis.brokerage import COLUMNS, BrokerageResult, brokerage, counted
from verbinder.analysis.holes import StructuralHoles, from_scan, shares, structural_holes
from verbinder.analysis.triads import check_ties, contacts, scan, tie_keys
from verbinder.i18n import Msg
from verbinder.io.network import Network

#: A role counts as significant from this z-score (two-sided 5 %).
Z_SIGNIFICANT = 1.96
#: Below this ratio of brokerage between groups to what chance predicts, the why speaks from the best role.
NEAR_CHANCE = 1.5
#: The brokerage columns that cross group boundaries.
CROSS_ROLES: tuple[int, ...] = (1, 2, 3, 4)
#: The message key of each brokerage role's name (:data:`verbinder.analysis.brokerage.COLUMNS`).
ROLE_KEYS = {
    "coordinator": "discover.role.coordinator",
    "itinerant": "discover.role.itinerant",
    "representative": "discover.role.representative",
    "gatekeeper": "discover.role.gatekeeper",
    "liaison": "discover.role.liaison",
}

#: Called as ``progress(step, done, total)``; step is "brokerage", "holes" or "betweenness".
StepProgress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class HiddenConnector:
    """One candidate for the kopgroep, with the numbers behind the ranking and why, in words."""

    node: int
    rank: int
    score: float
    cross: int
    cross_expected: float
    why: tuple[Msg, ...]


@dataclass
class Discovery:
    """Everything ``discover`` computed, per person in node order."""

    network: Network
    labels: list[str]  # ids, or pseudonyms
    brokerage: BrokerageResult
    holes: StructuralHoles
    betweenness: Betweenness
    hidden: list[HiddenConnector]
    grouped: bool
    candidates: int = 0
    pseudonymised: bool = False
    ranks: dict[int, int] = field(default_factory=dict)

    def group(self, node: int) -> str | None:
        """The person's group (None when the network has no groups)."""
        return self.network.groups[node] if self.network.groups is not None else None


def pseudonym(person: str, salt: str = "") -> str:
    """A stable pseudonym: ``p-`` and the first 12 hex digits of HMAC-SHA256(salt, id).

    The same id and salt always give the same pseudonym, so runs can be compared.  Without
    a salt anyone who can guess the ids can recompute them: give a secret ``salt``.

    >>> pseudonym("anna", "geheim") == pseudonym("anna", "geheim") != pseudonym("anna", "anders")
    True
    """
    digest = hmac.new(salt.encode("utf-8"), person.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"p-{digest[:12]}"


def discover(
    network: Network,
    *,
    top: int | None = 20,
    samples: int | None = None,
    seed: int = 0,
    pseudonymise: bool = False,
    salt: str = "",
    engine: str = "memory",
    progress: StepProgress | None = None,
) -> Discovery:
    """Brokerage, structural holes and betweenness of every person, and the hidden connectors.

    Parameters
    ----------
    network : Network
        From :func:`verbinder.io.network.read_network`.
    top : int or None
        Keep at most this many hidden connectors (None: all candidates).
    samples : int, optional
        Betweenness from this many sampled sources; None: exact for small networks,
        otherwise :func:`~verbinder.analysis.betweenness.default_samples`.
    seed : int
        Seed of the betweenness sample.
    pseudonymise, salt
        Replace ids by :func:`pseudonym` (and drop the extra NODES columns).
    engine : {"memory", "duckdb"}
        ``duckdb``: brokerage and Burt's measures in DuckDB (:mod:`verbinder.analysis.sql_engine`),
        which spills to disk, and betweenness sampled with a stated error; the same counts,
        z-scores and constraint as the in-memory engine.
    progress : callable, optional
        ``progress(step, done, total)`` for a progress bar.
    """
    if engine == "duckdb":
        from verbinder.analysis.sql_engine import discover_duckdb

        return discover_duckdb(
            network, top=top, samples=samples, seed=seed, pseudonymise=pseudonymise, salt=salt, progress=progress
        )
    n = network.n_nodes
    groups = np.array(network.groups) if network.groups is not None else np.zeros(n, dtype=np.int8)

    def step(name: str):
        return None if progress is None else (lambda done, total: progress(name, done, total))

    if samples is None:
        samples = default_samples(n, len(network.sources) * (1 if network.directed else 2))

    def between() -> Betweenness:
        return betweenness(
            network.sources,
            network.targets,
            n,
            directed=network.directed,
            samples=samples,
            seed=seed,
            progress=step("betweenness"),
        )

    # numpy releases the GIL in its array operations: on two cores betweenness runs beside brokerage and
    # Burt's measures, which share one pass over the triangles (on 50,000 people / 500,000 contacts about
    # 0.35 s and 0.5 s of work, 0.55 s together).
    with ThreadPoolExecutor(max_workers=1) as pool:
        other = pool.submit(between)
        result, holes = brokerage_and_holes(network, groups, progress=step("brokerage"))
        searched = other.result()
    return finish(network, result, holes, searched, top=top, pseudonymise=pseudonymise, salt=salt)


def brokerage_and_holes(
    network: Network, groups: np.ndarray, *, progress: Callable[[int, int], None] | None = None
) -> tuple[BrokerageResult, StructuralHoles]:
    """Gould-Fernandez brokerage and Burt's measures from one pass over the triangles of ``network``.

    The same numbers as :func:`~verbinder.analysis.brokerage.brokerage` and
    :func:`~verbinder.analysis.holes.structural_holes` apart; computed apart when a tie weighs 0
    (brokerage counts it, Burt's measures do not).
    """
    n = network.n_nodes
    weights = network.weights
    if weights is not None and not bool((np.asarray(weights, dtype=np.float64) > 0).all()):
        counted_apart = brokerage(network.sources, network.targets, groups, n, directed=network.directed)
        holes = structural_holes(network.sources, network.targets, n, weights=weights, directed=network.directed)
        return counted_apart, holes
    src, tgt = check_ties(network.sources, network.targets, n)
    group_labels, group_of = np.unique(groups, return_inverse=True)
    group_of = group_of.astype(np.int64)
    keys = tie_keys(src, tgt, n, network.directed)
    ties = contacts(src, tgt, n, weights=weights, directed=network.directed, ties=None if weights is not None else keys)
    p, m = shares(ties)
    walked = scan(ties, p=p, m=m, group_of=group_of, progress=progress)
    return counted(keys, ties, walked, group_labels, group_of), from_scan(ties, p, walked)


def finish(
    network: Network,
    result: BrokerageResult,
    holes: StructuralHoles,
    between: Betweenness,
    *,
    top: int | None,
    pseudonymise: bool,
    salt: str,
) -> Discovery:
    """The :class:`Discovery` of computed figures: labels (or pseudonyms) and the ranked hidden connectors."""
    labels = [pseudonym(p, salt) for p in network.ids] if pseudonymise else list(network.ids)
    if pseudonymise:
        network = Network(
            ids=labels,
            sources=network.sources,
            targets=network.targets,
            directed=network.directed,
            weights=network.weights,
            groups=network.groups,
        )
    grouped = len(result.group_labels) > 1
    hidden, candidates = rank_hidden_connectors(
        result, holes, between, grouped=grouped, top=top, directed=network.directed
    )
    discovery = Discovery(network, labels, result, holes, between, hidden, grouped, candidates, pseudonymise)
    discovery.ranks = {h.node: h.rank for h in hidden}
    return discovery


def rank_hidden_connectors(
    result: BrokerageResult,
    holes: StructuralHoles,
    between: Betweenness,
    *,
    grouped: bool,
    top: int | None,
    directed: bool = True,
) -> tuple[list[HiddenConnector], int]:
    """The people who broker across groups far above chance, best first, each with why; and how many qualify.

    Score: the sum of the positive z-scores over the cross-group roles (or the coordinator
    role when there is one group); undirected, representative and gatekeeper are the two directions of the same
    paths (equal counts and z-scores), so only representative counts.  Ties are broken by the count, then by node
    order.

    The why names the count and how it compares with chance; when that is about what chance predicts (below
    :data:`NEAR_CHANCE` times), the reason is the best role's z-score, and the why says it from that role.
    ``directed=False``: sna counts each pair of contacts in both directions, and the why says so.
    """
    roles = CROSS_ROLES if grouped else (0,)
    counts = result.counts[:, roles]
    with np.errstate(invalid="ignore"):
        z = np.where(np.isfinite(result.z[:, roles]), result.z[:, roles], 0.0)
    cross = counts.sum(axis=1)
    expected = result.expected[:, roles].sum(axis=1)
    # Undirected, a path between the broker's own group and another is one representative and one gatekeeper
    # two-path (its two directions): the same opportunity, with the same count and z. It counts once in the score.
    scored = [at for at, role in enumerate(roles) if directed or COLUMNS[role] != "gatekeeper"]
    z = z[:, scored]
    counts = counts[:, scored]
    roles = tuple(roles[at] for at in scored)
    score = np.clip(z, 0, None).sum(axis=1)
    candidate = np.flatnonzero((cross > 0) & (z.max(axis=1) >= Z_SIGNIFICANT))
    order = candidate[np.lexsort((candidate, -cross[candidate], -score[candidate]))]
    n_candidates = len(order)
    if top is not None:
        order = order[:top]

    constraint = holes.constraint
    median_constraint = float(np.nanmedian(constraint)) if np.isfinite(constraint).any() else np.nan
    b = between.values
    sorted_b = np.sort(b)
    out = []
    for rank, node in enumerate(order.tolist(), start=1):
        best = int(np.argmax(z[node]))
        role = COLUMNS[roles[best]]
        count = int(cross[node])
        if directed:
            brokers = Msg("discover.why.count" if grouped else "discover.why.count_ungrouped", count=count)
        else:  # every pair is counted in both directions, as sna counts an undirected graph: the count is even
            key = "discover.why.count_undirected" if grouped else "discover.why.count_undirected_ungrouped"
            brokers = Msg(key, count=count, pairs=count // 2)
        ratio = _ratio(cross[node], expected[node])
        common = {"brokers": brokers, "role": Msg(ROLE_KEYS[role]), "role_count": int(counts[node, best])}
        role_z = round(float(z[node, best]), 1)
        if not grouped:
            why = [Msg("discover.why.main_ungrouped", ratio=ratio, z=role_z, **common)]
        elif isinstance(ratio.params.get("ratio"), int | float) and ratio.params["ratio"] < NEAR_CHANCE:
            # about what chance predicts overall: the reason is the role's z-score, so say it from that role
            role_ratio = _ratio(counts[node, best], result.expected[node, roles[best]])
            why = [
                Msg(
                    "discover.why.main_role",
                    expected=round(float(expected[node]), 1),
                    role_ratio=role_ratio,
                    z=role_z,
                    **common,
                )
            ]
        else:
            why = [Msg("discover.why.main", ratio=ratio, z=role_z, **common)]
        if np.isfinite(constraint[node]) and constraint[node] < median_constraint:
            why.append(Msg("discover.why.constraint", value=round(float(constraint[node]), 2)))
        share = np.searchsorted(sorted_b, b[node], side="left") / len(b)
        if b[node] > 0 and share >= 0.9:
            why.append(Msg("discover.why.betweenness", percent=max(1, round(100 * (1 - share)))))
        out.append(HiddenConnector(node, rank, float(score[node]), count, float(expected[node]), tuple(why)))
    return out, n_candidates


def _ratio(count: float, expected: float) -> Msg:
    """Observed over expected as words ("3.3 times what chance predicts"), rounded for a sentence: a whole number
    as an int (so English says "1 time"), in the output language's format when rendered."""
    if expected <= 0:
        return Msg("discover.why.ratio_none")
    ratio = count / expected
    rounded = round(ratio) if ratio >= 100 else round(ratio, 1)
    return Msg("discover.why.ratio", ratio=int(rounded) if rounded == int(rounded) else rounded)
