"""Betweenness centrality with array operations: Brandes' algorithm, many sources at once.

Equal to ``networkx.betweenness_centrality(G, k, normalized=True, seed=seed)`` on the same
graph without self-loops and repeated ties (unweighted: shortest paths count hops), also
when sampling: the ``k`` sources are ``random.Random(seed).sample(range(n), k)``, the sample
networkx draws on a graph whose nodes are ``0 .. n-1`` in order, and the result is rescaled
as networkx 3.6 does (``_rescale``).

networkx walks each breadth-first search in Python, about a second per source on a network
of 500,000 contacts.  Here a batch of sources is searched level by level together: the
frontier of every search in the batch is one array, its ties are expanded with
``np.repeat`` and path counts are added with ``np.add.at``.  The dependency accumulation
walks the levels back and expands them again rather than keeping the shortest-path DAG,
so memory stays at a few arrays of ``batch * n``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from verbinder.analysis.triads import distinct

Progress = Callable[[int, int], None]

#: Entries of the per-batch state arrays (batch size times nodes), about 20 bytes each; the search's
#: levels keep about 8 bytes per tie and source of a batch.  On 50,000 people / 500,000 ties a batch of
#: 5 sources peaks at 30 MB where 20 took 107 MB, in the same time.
_BATCH_CELLS = 1 << 18
#: Ties visited by default (sources times ties): exact below this, otherwise as many sampled
#: sources as fit, but at least :data:`MIN_SAMPLES`.  About half a second on 2 cores.
DEFAULT_WORK = 10_000_000
MIN_SAMPLES = 16


def default_samples(n_nodes: int, n_ties: int) -> int | None:
    """How many sources to sample by default: None (exact) for small networks."""
    if n_nodes * max(n_ties, 1) <= DEFAULT_WORK:
        return None
    return min(n_nodes, max(MIN_SAMPLES, DEFAULT_WORK // max(n_ties, 1)))


@dataclass(frozen=True, slots=True)
class Betweenness:
    """Normalised betweenness per node; ``exact`` when every node was a source, else ``samples`` sources.

    With ``epsilon`` and ``delta`` (:func:`betweenness_rk`) ``samples`` counts sampled shortest
    paths, and every value is within ``epsilon`` of the exact one with probability ``1 - delta``.
    """

    values: np.ndarray
    exact: bool
    samples: int
    epsilon: float | None = None
    delta: float | None = None


def betweenness(
    sources: np.ndarray,
    targets: np.ndarray,
    n_nodes: int,
    *,
    directed: bool = True,
    samples: int | None = None,
    seed: int = 0,
    progress: Progress | None = None,
) -> Betweenness:
    """Normalised betweenness centrality of every node, as ``networkx.betweenness_centrality``.

    Parameters
    ----------
    sources, targets : array of int
        The ties as node indices in ``range(n_nodes)``; self-loops and repeats are ignored.
    n_nodes : int
        The number of nodes, isolated ones included.
    directed : bool, default True
        If False every tie is a path in both directions.
    samples : int, optional
        Estimate from this many randomly chosen sources (``k`` in networkx); None or
        ``n_nodes`` or more: exact, every node a source.
    seed : int, default 0
        Seed of the sample (``random.Random(seed).sample``, as networkx draws it).
    progress : callable, optional
        Called as ``progress(done, total)`` with the sources searched so far.

    Returns
    -------
    Betweenness
        ``values`` (float array), ``exact`` and the number of sources searched.

    Examples
    --------
    >>> b = betweenness(np.array([0, 1, 2]), np.array([1, 2, 3]), 4, directed=False)
    >>> b.values.round(3).tolist(), b.exact
    ([0.0, 0.667, 0.667, 0.0], True)

    References
    ----------
    .. [1] Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
       Mathematical Sociology*, 25(2), 163-177.
    .. [2] Brandes, U., & Pich, C. (2007). Centrality estimation in large networks.
       *International Journal of Bifurcation and Chaos*, 17(7), 2303-2318.
    """
    n = n_nodes
    indptr, indices = _adjacency(sources, targets, n, directed)
    exact = samples is None or samples >= n
    chosen = np.arange(n) if exact else np.array(random.Random(seed).sample(range(n), samples or n), dtype=np.int64)
    total = np.zeros(n)
    batch = max(1, min(len(chosen), _BATCH_CELLS // max(n, 1)))
    for lo in range(0, len(chosen), batch):
        total += _dependencies(indptr, indices, n, chosen[lo : lo + batch])
        if progress is not None:
            progress(min(lo + batch, len(chosen)), len(chosen))
    return Betweenness(_rescale(total, n, None if exact else chosen), exact, len(chosen))


def _adjacency(sources: np.ndarray, targets: np.ndarray, n: int, directed: bool) -> tuple[np.ndarray, np.ndarray]:
    """Compressed rows of the distinct ties (both directions when undirected), self-loops left out."""
    src = np.asarray(sources, dtype=np.int64).ravel()
    tgt = np.asarray(targets, dtype=np.int64).ravel()
    if len(src) and (min(src.min(), tgt.min()) < 0 or max(src.max(), tgt.max()) >= n):
        raise ValueError(f"node indices must lie in range({n})")
    keep = src != tgt
    src, tgt = src[keep], tgt[keep]
    if not directed:
        src, tgt = np.concatenate((src, tgt)), np.concatenate((tgt, src))
    keys = np.sort(src * n + tgt)  # np.sort and a mask: several times faster than np.unique here
    if len(keys):
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    dtype = np.int32 if len(keys) < 2**31 and n < 2**31 else np.int64
    indptr = np.zeros(n + 1, dtype=dtype)
    np.cumsum(np.bincount(keys // n, minlength=n), out=indptr[1:])
    return indptr, (keys % n).astype(dtype)


def _expand(indptr: np.ndarray, indices: np.ndarray, n: int, frontier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every tie out of a frontier of cells ``b * n + v``: (the cell it leaves, the cell it reaches)."""
    v = frontier % n
    start = indptr[v]
    degree = indptr[v + 1] - start
    size = int(degree.sum())
    origin = np.repeat(frontier, degree)
    offset = np.repeat(start - (np.cumsum(degree) - degree), degree)
    offset += np.arange(size, dtype=offset.dtype)
    return origin, origin - np.repeat(v, degree) + indices[offset]


def _dependencies(indptr: np.ndarray, indices: np.ndarray, n: int, batch: np.ndarray) -> np.ndarray:
    """Brandes' dependencies summed over the sources in ``batch`` (sources' own entries left out)."""
    cells = len(batch) * n
    dtype = np.int32 if cells < 2**31 else np.int64  # half the memory traffic where it fits
    dist = np.full(cells, -1, dtype=np.int32)
    sigma = np.zeros(cells)
    start = (np.arange(len(batch), dtype=np.int64) * n + batch).astype(dtype)
    dist[start] = 0
    sigma[start] = 1.0
    frontier = start
    dag: list[tuple[np.ndarray, np.ndarray]] = []  # per level: the shortest-path ties into the next level
    while True:
        origin, reached = _expand(indptr, indices, n, frontier)
        fresh = reached[dist[reached] == -1]
        if not len(fresh):
            break
        depth = len(dag) + 1
        dist[fresh] = depth
        on = dist[reached] == depth
        origin, reached = origin[on], reached[on]
        np.add.at(sigma, reached, sigma[origin])
        dag.append((origin, reached))
        frontier = np.flatnonzero(dist == depth).astype(dtype)
    delta = np.zeros(cells)
    for origin, reached in reversed(dag):
        np.add.at(delta, origin, sigma[origin] / sigma[reached] * (1.0 + delta[reached]))
    delta[start] = 0.0
    return delta.reshape(len(batch), n).sum(axis=0)


def _rescale(total: np.ndarray, n: int, sampled: np.ndarray | None) -> np.ndarray:
    """networkx 3.6's ``_rescale`` with ``normalized=True, endpoints=False``."""
    pairs = n - 1  # N: the targets a path through v can have (v itself excluded)
    if pairs < 2:
        return total
    if sampled is None:
        return total / (pairs * (pairs - 1))
    k = len(sampled)
    scale = np.full(n, 1.0 / (k * (pairs - 1)))
    scale[sampled] = 1.0 / ((k - 1) * (pairs - 1)) if k > 1 else np.nan
    return total * scale


#: The constant of Riondato & Kornaropoulos's sample size (they give 0.5, from Löffler & Phillips).
RK_C = 0.5


def rk_sample_size(vertex_diameter: int, epsilon: float, delta: float) -> int:
    """Shortest paths to sample so every estimate is within ``epsilon`` with probability ``1 - delta``.

    Riondato & Kornaropoulos (2016), Theorem 1: ``r = (c / epsilon^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))``
    with ``c = 0.5`` and ``VD`` an upper bound on the vertex diameter (the most nodes on a shortest
    path).  A graph whose shortest paths have no inner node (``VD <= 2``) needs none.

    >>> rk_sample_size(12, 0.05, 0.1)
    1261
    """
    if vertex_diameter <= 2:
        return 0
    bracket = math.floor(math.log2(vertex_diameter - 2)) + 1 + math.log(1 / delta)
    return math.ceil(RK_C / epsilon**2 * bracket)


def rk_epsilon(vertex_diameter: int, samples: int, delta: float) -> float:
    """The error bound ``samples`` sampled shortest paths guarantee with probability ``1 - delta``.

    :func:`rk_sample_size` solved for ``epsilon``: ``sqrt((c / r) (floor(log2(VD - 2)) + 1 + ln(1 / delta)))``.
    0 when no shortest path has an inner node (``VD <= 2``: every betweenness is exactly 0).

    >>> round(rk_epsilon(12, 1261, 0.1), 4)
    0.05
    """
    if vertex_diameter <= 2:
        return 0.0
    bracket = math.floor(math.log2(vertex_diameter - 2)) + 1 + math.log(1 / delta)
    return math.sqrt(RK_C * bracket / samples)


def vertex_diameter_bound(indptr: np.ndarray, indices: np.ndarray, n: int, directed: bool) -> int:
    """An upper bound on the nodes of any shortest path.

    Undirected: one breadth-first search from a node of every component at once; a path in a
    component whose node has eccentricity ``e`` has at most ``2 e + 1`` nodes.  Directed: the
    size of the largest weakly connected component (a directed path can be far longer than the
    undirected distance, so no search bounds it).
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    if n == 0:
        return 0
    graph = csr_matrix((np.ones(len(indices), dtype=np.int8), indices, indptr), shape=(n, n))
    _, label = connected_components(graph, directed=directed, connection="weak")
    if directed:
        return int(np.bincount(label).max())
    _, first = np.unique(label, return_index=True)
    dist = np.full(n, -1, dtype=np.int64)
    dist[first] = 0
    frontier, level = first.astype(np.int64), 0
    while len(frontier):
        _, reached = _expand(indptr, indices, n, frontier)
        fresh = distinct(reached[dist[reached] == -1])
        if not len(fresh):
            break
        level += 1
        dist[fresh] = level
        frontier = fresh
    return 2 * level + 1


def betweenness_rk(
    sources: np.ndarray,
    targets: np.ndarray,
    n_nodes: int,
    *,
    directed: bool = True,
    epsilon: float = 0.1,
    delta: float = 0.1,
    samples: int | None = None,
    seed: int = 0,
    progress: Progress | None = None,
) -> Betweenness:
    """Betweenness of every node within ``epsilon`` of the exact value, with probability ``1 - delta``.

    With ``samples`` that many pairs are sampled instead, and ``epsilon`` is the bound they
    guarantee at ``delta`` (:func:`rk_epsilon`), as reported in the result.

    Riondato & Kornaropoulos's estimator: sample pairs of distinct nodes ``(s, t)`` uniformly,
    pick one shortest ``s -> t`` path uniformly (back from ``t``, each predecessor with
    probability proportional to its shortest-path count) and add ``1 / r`` to every inner node.
    The sample size ``r`` (:func:`rk_sample_size`) bounds the error of all nodes at once, whatever
    the network's size; the work is ``r`` breadth-first searches.  Their estimate is betweenness
    normalised by ``n (n - 1)``; it is rescaled by ``n / (n - 2)`` to networkx's normalisation
    (as :func:`betweenness`), which scales the error bound by the same factor.

    Examples
    --------
    >>> b = betweenness_rk(np.array([0, 1]), np.array([1, 2]), 3, directed=False, epsilon=0.1)
    >>> round(float(b.values[1]), 1), b.samples, b.epsilon
    (1.0, 216, 0.1)

    References
    ----------
    .. [1] Riondato, M., & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality
       through sampling. *Data Mining and Knowledge Discovery*, 30(2), 438-475.
    """
    n = n_nodes
    indptr, indices = _adjacency(sources, targets, n, directed)
    if directed:
        rindptr, rindices = _adjacency(targets, sources, n, directed)
    else:
        rindptr, rindices = indptr, indices
    bound = vertex_diameter_bound(indptr, indices, n, directed) if n > 2 else 0
    if samples is None:
        samples = rk_sample_size(bound, epsilon, delta)
    elif samples < 1:
        raise ValueError("samples must be 1 or more")
    elif bound <= 2:
        samples, epsilon = 0, 0.0  # no shortest path has an inner node: nothing to sample, every value 0
    else:
        epsilon = rk_epsilon(bound, samples, delta)
    counts = np.zeros(n)
    if samples:
        rng = np.random.default_rng(seed)
        start = rng.integers(n, size=samples)
        end = rng.integers(n - 1, size=samples)
        end += end >= start
        batch = max(1, min(samples, _BATCH_CELLS // max(n, 1)))
        for lo in range(0, samples, batch):
            hi = min(lo + batch, samples)
            counts += _sampled_paths(indptr, indices, rindptr, rindices, n, start[lo:hi], end[lo:hi], rng)
            if progress is not None:
                progress(hi, samples)
    values = counts / samples * n / (n - 2) if samples else counts
    return Betweenness(values, False, samples, epsilon, delta)


def _sampled_paths(
    indptr: np.ndarray,
    indices: np.ndarray,
    rindptr: np.ndarray,
    rindices: np.ndarray,
    n: int,
    start: np.ndarray,
    end: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """How often each node is an inner node of one uniformly chosen shortest path per pair ``(start, end)``."""
    batch = len(start)
    cells = batch * n
    dtype = np.int32 if cells < 2**31 else np.int64
    dist = np.full(cells, -1, dtype=np.int32)
    sigma = np.zeros(cells)
    base = np.arange(batch, dtype=np.int64) * n
    first = (base + start).astype(dtype)
    goal = base + end
    dist[first] = 0
    sigma[first] = 1.0
    frontier, depth = first, 0
    while len(frontier) and (dist[goal] == -1).any():
        origin, reached = _expand(indptr, indices, n, frontier)
        fresh = reached[dist[reached] == -1]
        if not len(fresh):
            break
        depth += 1
        dist[fresh] = depth
        on = dist[reached] == depth
        np.add.at(sigma, reached[on], sigma[origin[on]])
        frontier = distinct(fresh)
    counts = np.zeros(n)
    current = goal[dist[goal] > 0]
    while len(current):
        v = current % n
        lo = rindptr[v].astype(np.int64)
        degree = (rindptr[v + 1] - lo).astype(np.int64)
        owner = np.repeat(np.arange(len(current)), degree)
        offset = np.repeat(lo - (np.cumsum(degree) - degree), degree) + np.arange(int(degree.sum()))
        before = np.repeat(current - v, degree) + rindices[offset]
        on = dist[before] == np.repeat(dist[current], degree) - 1
        owner, before = owner[on], before[on]
        # One predecessor per path, with probability sigma / (sum of sigma): weights normalised per
        # path so the running sum is the path's index plus a fraction (no loss of precision).
        weight = sigma[before]
        totals = np.bincount(owner, weights=weight, minlength=len(current))
        running = np.cumsum(weight / totals[owner])
        ends = np.cumsum(np.bincount(owner, minlength=len(current)))
        pick = np.searchsorted(running, np.arange(len(current)) + rng.random(len(current)), side="right")
        pick = np.minimum(pick, ends - 1)
        chosen = before[pick]
        inner = dist[chosen] > 0
        np.add.at(counts, chosen[inner] % n, 1.0)
        current = chosen[inner]
    return counts
