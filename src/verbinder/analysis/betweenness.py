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

import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Progress = Callable[[int, int], None]

#: Entries of the per-batch state arrays (batch size times nodes), about 20 bytes each.
_BATCH_CELLS = 1 << 22
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
    """Normalised betweenness per node; ``exact`` when every node was a source, else ``samples`` sources."""

    values: np.ndarray
    exact: bool
    samples: int


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
