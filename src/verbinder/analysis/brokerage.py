"""Gould-Fernandez brokerage positions of every node, counted exactly like R's ``sna::brokerage``.

A broker ``j`` sits on an *open two-path* ``i -> j -> k``: ``i != k`` and no tie ``i -> k``.
The groups of ``i``, ``j`` and ``k`` decide its position (coordinator, itinerant,
representative, gatekeeper, liaison; see :class:`verbinder.model.Position`).  Beside the raw
counts, sna reports what a random graph of the same size and density would give, and a
z-score per node and position; :func:`brokerage` returns the same numbers.

How sna counts, read from its source (the R function ``brokerage``, shown by
``Rscript -e 'print(sna::brokerage)'``, and the C routine ``brokerage_R`` in ``src/gli.c``;
sna 2.7-1) and checked against it (``tests/data/brokerage/``):

* Counts walk every edge ``i -> j`` and every edge ``j -> k`` with ``i != k``, ``j != i`` and
  ``k != j``, and keep the two-path when ``i -> k`` is absent; self-loops never broker.
* An adjacency matrix or a ``network`` object holds each tie once.  Only a raw sna edgelist
  can repeat a row, and sna then counts the two-path once per repeated row; here a repeated
  edge is one tie, as in a matrix.
* An undirected graph is turned into a directed one with each edge in both directions, so a
  representative count always equals the gatekeeper count and open paths count twice.
* The density behind the expected values is ``d = m / (N (N - 1))`` with ``m`` the rows of
  sna's edgelist: the distinct directed ties (twice the edges of an undirected graph).  sna
  also counts diagonal entries of an adjacency matrix in ``m``, although loops broker
  nothing; here self-loops are dropped before ``m`` is taken, which equals sna on any
  loop-free input (a ``network`` object has ``loops=FALSE`` by default).
* Expected value and variance per position come from Gould & Fernandez's formulas as sna
  codes them, conditional on the group sizes and ``d``; ``z = (count - expected) / sd``,
  ``NaN`` where both are 0 (e.g. coordinators in a group of one or two).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from verbinder.analysis.triads import Contacts, Scan, check_ties, contacts, scan, tie_keys

#: Column order of every (n, 6) array: sna's ``w_I, w_O, b_IO, b_OI, b_O, t``; the positions are the values of
#: :class:`verbinder.model.Position` (written out, so ``discover`` does not build the model's classes:
#: ``tests/test_brokerage.py`` checks they agree).
COLUMNS: tuple[str, ...] = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
SNA_COLUMNS: tuple[str, ...] = ("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BrokerageResult:
    """Brokerage counts per node, with sna's expected values and z-scores.

    The (n, 6) arrays and the graph-level 6-vectors have the columns of :data:`COLUMNS`
    (sna's ``w_I, w_O, b_IO, b_OI, b_O, t``).
    """

    coordinator: np.ndarray
    itinerant: np.ndarray
    representative: np.ndarray
    gatekeeper: np.ndarray
    liaison: np.ndarray
    total: np.ndarray
    expected: np.ndarray  # sna ``exp.nli``
    sd: np.ndarray  # sna ``sd.nli``
    z: np.ndarray  # sna ``z.nli``
    density: float
    group_labels: np.ndarray  # the distinct groups, sorted
    group_sizes: np.ndarray
    graph_counts: np.ndarray  # sna ``raw.gli``
    graph_expected: np.ndarray  # sna ``exp.gli``
    graph_sd: np.ndarray  # sna ``sd.gli``
    graph_z: np.ndarray  # sna ``z.gli``

    @property
    def counts(self) -> np.ndarray:
        """The raw counts as one (n, 6) int64 array (sna ``raw.nli``)."""
        return np.column_stack(
            (self.coordinator, self.itinerant, self.representative, self.gatekeeper, self.liaison, self.total)
        )


def brokerage(
    sources: np.ndarray,
    targets: np.ndarray,
    groups: np.ndarray,
    n_nodes: int,
    *,
    directed: bool = True,
    progress: Progress | None = None,
) -> BrokerageResult:
    """Count the Gould-Fernandez brokerage positions of every node, as R's ``sna::brokerage``.

    Parameters
    ----------
    sources, targets : array of int
        The ties ``sources[e] -> targets[e]`` as node indices in ``range(n_nodes)``.
        Self-loops and repeated ties are ignored.
    groups : array, length ``n_nodes``
        The group (actor kind, department) of each node; any sortable labels.
    n_nodes : int
        The number of nodes, isolated ones included.
    directed : bool, default True
        If False every tie counts in both directions, as sna does for undirected graphs.
    progress : callable, optional
        Called as ``progress(done, total)`` after each block of two-paths, with the
        number of two-paths examined so far and in all (for a progress bar).

    Returns
    -------
    BrokerageResult
        Per node the counts, sna's expected values, standard deviations and z-scores; the
        same at graph level; the density and group sizes they rest on.

    Raises
    ------
    ValueError
        If a node index is outside ``range(n_nodes)`` or the arrays do not fit together.

    Notes
    -----
    The open two-paths are never listed (:func:`open_two_paths`): per broker they are products of
    in- and out-ties counted by group, minus reciprocated ties, minus the closed two-paths, which
    lie on triangles of the contact relation and are found in one pass over them
    (:func:`verbinder.analysis.triads.scan`).  Time grows with the pairs of contacts that pass
    tries, not with the two-paths (on 50,000 people and 500,000 ties 2.6 million against 5
    million).

    Examples
    --------
    >>> import numpy as np
    >>> r = brokerage(np.array([0, 1]), np.array([1, 2]), np.array(["a", "b", "c"]), 3)
    >>> r.liaison.tolist()
    [0, 1, 0]
    >>> r = brokerage(np.array([0, 1]), np.array([1, 2]), np.array(["a", "a", "b"]), 3, directed=False)
    >>> r.representative.tolist(), r.gatekeeper.tolist()
    ([0, 1, 0], [0, 1, 0])

    References
    ----------
    .. [1] Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: A formal approach
       to brokerage in transaction networks. *Sociological Methodology*, 19, 89-126.
    .. [2] Butts, C. T. (2008). Social network analysis with sna. *Journal of Statistical
       Software*, 24(6); R package sna, ``brokerage``.
    """
    src, tgt = check_ties(sources, targets, n_nodes)
    group_labels, group_of = np.unique(np.asarray(groups), return_inverse=True)
    if len(group_of) != n_nodes:
        raise ValueError(f"groups has {len(group_of)} entries for {n_nodes} nodes")
    group_of = group_of.astype(np.int64)
    keys = tie_keys(src, tgt, n_nodes, directed)
    ties = contacts(src, tgt, n_nodes, directed=directed, ties=keys)
    return counted(keys, ties, scan(ties, group_of=group_of, progress=progress), group_labels, group_of)


def counted(
    keys: np.ndarray, ties: Contacts, walked: Scan, group_labels: np.ndarray, group_of: np.ndarray
) -> BrokerageResult:
    """The :class:`BrokerageResult` of the distinct ties ``keys``, their contact relation and its triangle pass."""
    assert walked.closed is not None
    counts = open_two_paths(keys, ties, group_of, walked.closed)
    return with_expectations(counts, group_labels, group_of, ties.n, len(keys))


def with_expectations(
    counts: np.ndarray, group_labels: np.ndarray, group_of: np.ndarray, n_nodes: int, n_ties: int
) -> BrokerageResult:
    """The :class:`BrokerageResult` of raw counts ((n, 6), last column the total): sna's expected values and z-scores.

    ``group_of`` holds each node's index into ``group_labels``; ``n_ties`` the distinct directed
    ties without self-loops (both directions of an undirected contact).
    """
    sizes = np.bincount(group_of, minlength=len(group_labels))
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.float64(n_ties) / (n_nodes * (n_nodes - 1.0))  # NaN for one node, as in R
    group_expected, group_sd, graph_expected, graph_sd = expected_counts(sizes, density)
    expected, sd = group_expected[group_of], group_sd[group_of]
    graph_counts = counts.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (counts - expected) / sd
        graph_z = (graph_counts - graph_expected) / graph_sd
    return BrokerageResult(  # type: ignore[misc]  # the five role counts come first, by position
        *counts.T,
        expected=expected,
        sd=sd,
        z=z,
        density=float(density),
        group_labels=group_labels,
        group_sizes=sizes,
        graph_counts=graph_counts,
        graph_expected=graph_expected,
        graph_sd=graph_sd,
        graph_z=graph_z,
    )


def open_two_paths(keys: np.ndarray, ties: Contacts, group_of: np.ndarray, closed: np.ndarray) -> np.ndarray:
    """Open two-paths per broker and position, as an (n, 6) int64 array (last column: the total).

    The degree-product form: the two-paths ``i -> j -> k`` through broker ``j`` pair each of its
    in-ties with each of its out-ties, so per position they are products of ``j``'s in- and out-ties
    counted by the group at their far end; minus the pairs with ``i = k`` (reciprocated ties), minus
    ``closed``, the two-paths closed by a tie ``i -> k`` (per broker and position, from the triangles).
    """
    n = ties.n
    src, tgt = keys // n, keys % n
    g = group_of
    own_in = np.bincount(tgt, weights=g[src] == g[tgt], minlength=n).astype(np.int64)
    all_in = np.bincount(tgt, minlength=n)
    own_out = np.bincount(src, weights=g[src] == g[tgt], minlength=n).astype(np.int64)
    all_out = np.bincount(src, minlength=n)
    # Pairs (i, k) in one group other than the broker's: sum over such groups h of in_h * out_h.
    n_groups = int(g.max()) + 1 if len(g) else 1
    other = g[src] != g[tgt]
    in_by, in_count = np.unique(tgt[other] * n_groups + g[src[other]], return_counts=True)
    out_by, out_count = np.unique(src[other] * n_groups + g[tgt[other]], return_counts=True)
    at = np.searchsorted(out_by, in_by)
    at[at == len(out_by)] = 0
    both = out_by[at] == in_by if len(out_by) else np.zeros(len(in_by), dtype=bool)
    matched = np.bincount(in_by[both] // n_groups, weights=in_count[both] * out_count[at[both]], minlength=n)
    # Reciprocated ties i <-> j: the two-path i -> j -> i brokers nothing (one for each contact of j both ways).
    broker, partner = ties.keys // n, ties.keys % n
    same = ties.both_ways & (g[broker] == g[partner])
    mutual_own = np.bincount(broker[same], minlength=n)
    mutual_other = np.bincount(broker[ties.both_ways & ~same], minlength=n)

    counts = np.empty((n, 6), dtype=np.int64)
    counts[:, 0] = own_in * own_out - mutual_own
    counts[:, 1] = matched.astype(np.int64) - mutual_other
    counts[:, 2] = own_in * (all_out - own_out)
    counts[:, 3] = (all_in - own_in) * own_out
    counts[:, 4] = (all_in - own_in) * (all_out - own_out) - matched.astype(np.int64)
    counts[:, :5] -= closed
    counts[:, 5] = counts[:, :5].sum(axis=1)
    return counts


def expected_counts(group_sizes: np.ndarray, density: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Expected brokerage counts and their standard deviations in a random graph, as sna has them.

    Gould & Fernandez's formulas as coded in ``sna::brokerage`` (sna 2.7-1): per group
    (``exp.grp``, ``sd.grp``; a broker in group ``g`` expects row ``g``) and for the whole
    graph (``exp.gli``, ``sd.gli``).  Columns as :data:`COLUMNS`.  sna's sums over pairs and
    triples of groups are rewritten as power sums of the group sizes, so many groups cost
    nothing; the power sums are exact integers.

    Parameters
    ----------
    group_sizes : array of int
        Number of nodes in each group.
    density : float
        ``m / (N (N - 1))`` with ``m`` the directed ties (both directions of an undirected edge).

    Returns
    -------
    tuple of arrays
        ``(group_expected, group_sd, graph_expected, graph_sd)`` with shapes (G, 6), (G, 6),
        (6,), (6,).

    Examples
    --------
    >>> e, s, ge, gs = expected_counts(np.array([2, 1]), 0.5)
    >>> e[:, 2].tolist()  # representative: d^2 (1 - d) (N - n) (n - 1)
    [0.125, 0.0]
    """
    n = np.asarray(group_sizes, dtype=np.float64)
    n_total = float(n.sum())
    d = float(density)
    a = d**2 * (1 - d)
    e3, e4, e5 = d**3 * (1 - d) ** 3, d**4 * (1 - d) ** 2, d**5 * (1 - d)
    ints = [int(x) for x in np.asarray(group_sizes)]
    p1, p2, p3, p4 = (sum(x**k for x in ints) for k in (1, 2, 3, 4))
    P1, P2, P3 = float(p1), float(p2), float(p3)

    def choose2(x: np.ndarray | float) -> np.ndarray | float:
        return x * (x - 1) / 2

    rest = n_total - n  # nodes outside the group
    e = np.empty((len(n), 6))
    v = np.empty((len(n), 6))
    e[:, 0] = a * (n - 1) * (n - 2)
    v[:, 0] = e[:, 0] * (1 - a) + 2 * (n - 1) * (n - 2) * (n - 3) * e3
    e[:, 1] = a * (np.sum(n * (n - 1)) - n * (n - 1))
    v[:, 1] = e[:, 1] * (1 - a) + 2 * (np.sum(n * (n - 1) * (n - 2)) - n * (n - 1) * (n - 2)) * e3
    e[:, 2] = a * rest * (n - 1)
    v[:, 2] = e[:, 2] * (1 - a) + 2 * ((n - 1) * choose2(rest) + rest * choose2(n - 1)) * e3
    e[:, 3], v[:, 3] = e[:, 2], v[:, 2]
    # Other groups j: sum_j n_j choose(N - n_i - n_j, 2) from q_k = sum over j != i of n_j^k.
    q1, q2, q3 = P1 - n, P2 - n**2, P3 - n**3
    e[:, 4] = a * (q1**2 - q2)
    v[:, 4] = e[:, 4] * (1 - a) + 2 * (rest * (rest - 1) * q1 - (2 * rest - 1) * q2 + q3) * e3
    e[:, 5] = a * (n_total - 1) * (n_total - 2)
    v[:, 5] = e[:, 5] * (1 - a) + 2 * (n_total - 1) * (n_total - 2) * (n_total - 3) * e3

    N = n_total
    ge = np.empty(6)
    gv = np.empty(6)
    nn2 = n * (n - 1) * (n - 2)
    ge[0] = a * np.sum(nn2)
    gv[0] = ge[0] * (1 - a) + np.sum(nn2 * ((4 * n - 10) * e3 - 4 * (n - 3) * e4 + (n - 3) * e5))
    ge[1] = a * np.sum(n * (N - n) * (n - 1))
    # sna: sum over all pairs (x, y) of x y (x-1) ((2x + 2y - 6) e3 + (N - x - 1) e5), minus the
    # pairs x == y; summed here over the other groups y directly (q1, q2), which cancels exactly.
    gv[1] = ge[1] * (1 - a) + np.sum(n * (n - 1) * (((2 * n - 6) * e3 + (N - n - 1) * e5) * q1 + 2 * e3 * q2))
    ge[2] = a * np.sum(n * (N - n) * (n - 1))
    gv[2] = ge[2] * (1 - a) + np.sum(n * (N - n) * (n - 1) * ((N - 3) * e3 + (n - 2) * e5))
    ge[3], gv[3] = ge[2], gv[2]
    ge[4] = a * float(p1 * p1 * int(N) - 2 * p1 * p2 - (int(N) * p2 - 2 * p3))
    # sna loops over ordered triples of distinct groups; with t0 = sum n_i n_j n_k and
    # t1 = sum n_i^2 n_j n_k over those triples its sum is the closed form below.
    t0 = float(p1**3 - 3 * p1 * p2 + 2 * p3)
    t1 = float(p1**2 * p2 - 2 * p1 * p3 - p2**2 + 2 * p4)
    gv[4] = ge[4] * (1 - a) + ((4 * N - 2) * t0 - 8 * t1) * (e3 - e4) + ((N - 1) * t0 - 2 * t1) * e5
    ge[5] = a * N * (N - 1) * (N - 2)
    gv[5] = ge[5] * (1 - a) + N * (N - 1) * (N - 2) * ((4 * N - 10) * e3 - 4 * (N - 3) * e4 + (N - 3) * e5)
    with np.errstate(invalid="ignore"):
        return e, np.sqrt(v), ge, np.sqrt(gv)
