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
from itertools import pairwise

import numpy as np

from verbinder.model import Position

#: Column order of every (n, 6) array: sna's ``w_I, w_O, b_IO, b_OI, b_O, t``.
COLUMNS: tuple[str, ...] = (
    Position.COORDINATOR.value,
    Position.ITINERANT.value,
    Position.REPRESENTATIVE.value,
    Position.GATEKEEPER.value,
    Position.LIAISON.value,
    "total",
)
SNA_COLUMNS: tuple[str, ...] = ("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")

Progress = Callable[[int, int], None]

# Two-paths examined per block: bounds the working memory (about 60 bytes a two-path)
# and keeps the arrays of one block in cache.
_BLOCK = 1 << 20

# Position index from (g_i == g_j) + 2 (g_j == g_k) + 4 (g_i == g_k); codes 3, 5 and 6 cannot
# occur (two equalities imply the third).  Index 5 collects closed paths and i == k.
_DROP = 5
_POSITION_OF_CODE = np.array([4, 2, 3, _DROP, 1, _DROP, _DROP, 0], dtype=np.int64)


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
    The two-paths are enumerated block by block with array operations: every tie
    ``i -> j`` is repeated once per out-tie ``j -> k``, and the closing tie ``i -> k`` is
    looked up in the sorted tie keys.  Time and memory grow with the number of two-paths,
    the sum over brokers of in-degree times out-degree.

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
    keys = _tie_keys(sources, targets, n_nodes, directed)
    group_labels, group_of = np.unique(np.asarray(groups), return_inverse=True)
    if len(group_of) != n_nodes:
        raise ValueError(f"groups has {len(group_of)} entries for {n_nodes} nodes")
    counts = _count(keys, group_of.astype(np.int32), n_nodes, progress)
    return with_expectations(counts, group_labels, group_of, n_nodes, len(keys))


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


def _tie_keys(sources: np.ndarray, targets: np.ndarray, n_nodes: int, directed: bool) -> np.ndarray:
    """The distinct ties without self-loops, as sorted int64 keys ``source * n_nodes + target``."""
    src = np.asarray(sources).astype(np.int64, copy=False).ravel()
    tgt = np.asarray(targets).astype(np.int64, copy=False).ravel()
    if len(src) != len(tgt):
        raise ValueError(f"{len(src)} sources but {len(tgt)} targets")
    if len(src) and (min(src.min(), tgt.min()) < 0 or max(src.max(), tgt.max()) >= n_nodes):
        raise ValueError(f"node indices must lie in range({n_nodes})")
    loop_free = src != tgt
    src, tgt = src[loop_free], tgt[loop_free]
    if not directed:
        src, tgt = np.concatenate((src, tgt)), np.concatenate((tgt, src))
    keys = np.sort(src * n_nodes + tgt)
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys


def _count(keys: np.ndarray, group_of: np.ndarray, n_nodes: int, progress: Progress | None) -> np.ndarray:
    """Open two-paths per broker and position, as an (n, 6) int64 array (last column: total)."""
    src = (keys // n_nodes).astype(np.int32)
    tgt = (keys % n_nodes).astype(np.int32)
    out_degree = np.bincount(src, minlength=n_nodes)
    first_out = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(out_degree, out=first_out[1:])

    # Tie e = (i -> j) starts out_degree[j] two-paths i -> j -> k.  Blocks of ties are cut
    # where the running count of two-paths passes a multiple of _BLOCK.
    paths_per_tie = out_degree[tgt]
    paths_before = np.cumsum(paths_per_tie)
    n_paths = int(paths_before[-1]) if len(paths_before) else 0
    cuts = np.searchsorted(paths_before, np.arange(_BLOCK, n_paths, _BLOCK), side="right")
    bounds = np.unique(np.concatenate(([0], cuts, [len(keys)])))

    by_broker = np.zeros(n_nodes * 6, dtype=np.int64)
    done = 0
    for lo, hi in pairwise(bounds):
        i_tie, j_tie, repeat = src[lo:hi], tgt[lo:hi], paths_per_tie[lo:hi]
        size = int(repeat.sum())
        i = np.repeat(i_tie, repeat)
        j = np.repeat(j_tie, repeat)
        # k runs over j's out-ties: position first_out[j] + 0, 1, ... in the sorted keys.
        offset = np.repeat(first_out[j_tie] - (np.cumsum(repeat) - repeat), repeat)
        offset += np.arange(size)
        k = tgt[offset]

        closing = i.astype(np.int64) * n_nodes + k
        at = np.searchsorted(keys, closing)
        at[at == len(keys)] = 0
        gi, gj, gk = group_of[i], group_of[j], group_of[k]
        code = (gi == gj).view(np.int8) + 2 * (gj == gk).view(np.int8) + 4 * (gi == gk).view(np.int8)
        position = _POSITION_OF_CODE[code]
        position[(keys[at] == closing) | (i == k)] = _DROP
        by_broker += np.bincount(j.astype(np.int64) * 6 + position, minlength=n_nodes * 6)
        done += size
        if progress is not None:
            progress(done, n_paths)

    counts = by_broker.reshape(n_nodes, 6)
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
