"""Burt's structural holes for every node at once: constraint and effective size.

The numbers equal ``networkx.constraint`` and ``networkx.effective_size``
(``networkx/algorithms/structuralholes.py``) on the same graph without self-loops, but
come from one pass over the triangles of the network instead of dense or two-step matrix
products, so a network of 50,000 people and 500,000 contacts takes about a second.

For effective size the reference is networkx's per-node path (``nodes=list(G)``), which
follows the definition below and agrees with UCINET.  Its all-nodes sparse path (networkx
3.6) divides by the wrong node's largest mutual weight, so it differs on directed and on
weighted graphs (networkx pull request 8906).

Definitions, as networkx has them (after Burt 1992 and Borgatti 1997):

* The *mutual weight* of ``u`` and ``v`` is ``a_uv + a_vu`` (ties count 1 unweighted); the
  neighbours ``N(u)`` are the nodes with a tie to or from ``u``.
* ``p_uv`` is the mutual weight divided by ``u``'s sum of mutual weights, ``m_uv`` the
  mutual weight divided by ``u``'s largest mutual weight.
* Constraint: ``c(u) = sum over v in N(u) of (p_uv + sum_w p_uw p_wv) ** 2``.
* Effective size: ``e(u) = sum over v in N(u) of (1 - sum_w p_uw m_vw)``.
* Both are ``NaN`` for a node without neighbours.

The sums over ``w`` only see ``w`` adjacent to both ``u`` and ``v``: each is a sum over the
triangles ``{u, v, w}``.  Self-loops are left out (networkx lets a loop add to a node's
own mutual weight, which only shifts both measures).  Repeated ties add their weights; a
tie of weight 0 is no tie.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise, permutations

import numpy as np

Progress = Callable[[int, int], None]

# Wedges (pairs of a node's higher-ranked neighbours) examined per block.
_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class StructuralHoles:
    """Burt's constraint and effective size per node (``NaN`` for a node without neighbours)."""

    constraint: np.ndarray
    effective_size: np.ndarray


def structural_holes(
    sources: np.ndarray,
    targets: np.ndarray,
    n_nodes: int,
    *,
    weights: np.ndarray | None = None,
    directed: bool = True,
    progress: Progress | None = None,
) -> StructuralHoles:
    """Burt's constraint and effective size of every node, equal to networkx's.

    Parameters
    ----------
    sources, targets : array of int
        The ties ``sources[e] -> targets[e]`` as node indices in ``range(n_nodes)``.
    n_nodes : int
        The number of nodes, isolated ones included.
    weights : array of float, optional
        Tie weights (non-negative).  None: every tie weighs 1 and a repeated tie counts once,
        as in a ``networkx.DiGraph``; otherwise the weights of repeated ties add up.
    directed : bool, default True
        If False a tie ``u - v`` stands for both directions, as in a ``networkx.Graph``.
    progress : callable, optional
        Called as ``progress(done, total)`` after each block of wedges.

    Returns
    -------
    StructuralHoles
        ``constraint`` and ``effective_size`` as float arrays of length ``n_nodes``.

    Raises
    ------
    ValueError
        If a node index is outside ``range(n_nodes)``, a weight is negative or the arrays do
        not fit together.

    Examples
    --------
    >>> import numpy as np
    >>> h = structural_holes(np.array([0, 1, 0]), np.array([1, 2, 2]), 4, directed=False)
    >>> h.constraint.round(3).tolist()[:3], h.effective_size.tolist()
    ([1.125, 1.125, 1.125], [1.0, 1.0, 1.0, nan])

    References
    ----------
    .. [1] Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.*
       Harvard University Press.
    .. [2] Borgatti, S. P. (1997). Structural holes: Unpacking Burt's redundancy measures.
       *Connections*, 20(1), 35-38.
    .. [3] NetworkX, ``networkx.algorithms.structuralholes`` (``constraint``,
       ``effective_size``), whose tests check against UCINET.
    """
    n = n_nodes
    keys, mutual = _mutual_weights(sources, targets, weights, n, directed)
    rows = keys // n
    degree = np.bincount(rows, minlength=n)
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]]) if len(keys) else np.empty(0, np.int64)
    row_sum = np.bincount(rows, weights=mutual, minlength=n)
    row_max = np.zeros(n)
    if len(keys):
        row_max[rows[starts]] = np.maximum.reduceat(mutual, starts)
    p = mutual / row_sum[rows]
    m = mutual / row_max[rows]

    indirect = np.zeros(len(keys))  # sum_w p_uw p_wv for each tie u -> v (position in keys)
    redundancy = np.zeros(n)  # sum over v in N(u) of sum_w p_uw m_vw
    for corners in _triangles(keys, degree, n, progress):
        # at[a, b]: position of the tie corners[a] -> corners[b] in keys.
        at = {(a, b): np.searchsorted(keys, corners[a] * n + corners[b]) for a, b in permutations(range(3), 2)}
        for a, b, c in permutations(range(3)):
            ac, cb, bc = at[a, c], at[c, b], at[b, c]
            indirect += np.bincount(at[a, b], weights=p[ac] * p[cb], minlength=len(keys))
            redundancy += np.bincount(corners[a], weights=p[ac] * m[bc], minlength=n)

    with np.errstate(invalid="ignore"):
        constraint = np.bincount(rows, weights=(p + indirect) ** 2, minlength=n).astype(np.float64)
        effective = (degree - redundancy).astype(np.float64)
    isolated = degree == 0
    constraint[isolated] = np.nan
    effective[isolated] = np.nan
    return StructuralHoles(constraint=constraint, effective_size=effective)


def constraint(
    sources: np.ndarray,
    targets: np.ndarray,
    n_nodes: int,
    *,
    weights: np.ndarray | None = None,
    directed: bool = True,
) -> np.ndarray:
    """Burt's constraint of every node, as ``networkx.constraint``; see :func:`structural_holes`."""
    return structural_holes(sources, targets, n_nodes, weights=weights, directed=directed).constraint


def effective_size(
    sources: np.ndarray,
    targets: np.ndarray,
    n_nodes: int,
    *,
    weights: np.ndarray | None = None,
    directed: bool = True,
) -> np.ndarray:
    """Burt's effective size of every node, as ``networkx.effective_size``; see :func:`structural_holes`."""
    return structural_holes(sources, targets, n_nodes, weights=weights, directed=directed).effective_size


def _mutual_weights(
    sources: np.ndarray, targets: np.ndarray, weights: np.ndarray | None, n: int, directed: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys ``u * n + v`` of the symmetric neighbour relation, and ``a_uv + a_vu`` for each."""
    src = np.asarray(sources).astype(np.int64, copy=False).ravel()
    tgt = np.asarray(targets).astype(np.int64, copy=False).ravel()
    if len(src) != len(tgt):
        raise ValueError(f"{len(src)} sources but {len(tgt)} targets")
    if len(src) and (min(src.min(), tgt.min()) < 0 or max(src.max(), tgt.max()) >= n):
        raise ValueError(f"node indices must lie in range({n})")
    if weights is None:
        w = np.ones(len(src))
    else:
        w = np.asarray(weights, dtype=np.float64).ravel()
        if len(w) != len(src):
            raise ValueError(f"{len(w)} weights for {len(src)} ties")
        if (w < 0).any() or np.isnan(w).any():
            raise ValueError("weights must be non-negative numbers")
    keep = (src != tgt) & (w > 0)
    src, tgt, w = src[keep], tgt[keep], w[keep]

    # The tie weights a_uv: repeated ties add up, or count once when unweighted.
    tie_keys, tie_w = _sum_by_key(src * n + tgt, w)
    if weights is None:
        tie_w[:] = 1.0
    if not directed:  # an undirected edge is a tie in both directions
        tie_keys, tie_w = _sum_by_key(
            np.concatenate((tie_keys, (tie_keys % n) * n + tie_keys // n)), np.concatenate((tie_w, tie_w))
        )
        if weights is None:
            tie_w[:] = 1.0
    u, v = tie_keys // n, tie_keys % n
    return _sum_by_key(np.concatenate((tie_keys, v * n + u)), np.concatenate((tie_w, tie_w)))


def _sum_by_key(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys in ascending order and the sum of ``values`` for each."""
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    if not len(keys):
        return keys, values
    first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[first], np.add.reduceat(values, first)


def _triangles(keys: np.ndarray, degree: np.ndarray, n: int, progress: Progress | None):
    """Yield the triangles of the neighbour relation block by block, each once, as arrays ``(u, v, w)``.

    Each edge is oriented from the lower to the higher (degree, index) rank; a triangle is
    then found once, from its lowest-ranked node, as a pair of that node's out-neighbours
    that are themselves tied.  Ranking by degree keeps hubs from making many pairs.
    """
    if not len(keys):
        return
    order = np.lexsort((np.arange(n), degree))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    ru, rv = rank[keys // n], rank[keys % n]
    up = ru < rv
    oriented = np.sort(ru[up] * n + rv[up])
    lower, higher = oriented // n, oriented % n
    first = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(lower, minlength=n), out=first[1:])

    # Entry q of the oriented list pairs with the entries after it in its own row.
    later = first[lower + 1] - np.arange(len(oriented)) - 1
    before = np.cumsum(later)
    n_wedges = int(before[-1])
    cuts = np.searchsorted(before, np.arange(_BLOCK, n_wedges, _BLOCK), side="right")
    bounds = np.unique(np.concatenate(([0], cuts, [len(oriented)])))
    done = 0
    for lo, hi in pairwise(bounds):
        count = later[lo:hi]
        size = int(count.sum())
        q = np.arange(lo, hi)
        x = np.repeat(lower[lo:hi], count)
        y = np.repeat(higher[lo:hi], count)
        offset = np.repeat(q + 1 - (np.cumsum(count) - count), count)
        offset += np.arange(size)
        z = higher[offset]
        wanted = y * n + z
        at = np.searchsorted(oriented, wanted)
        at[at == len(oriented)] = 0
        tied = oriented[at] == wanted
        done += size
        if tied.any():
            yield order[x[tied]], order[y[tied]], order[z[tied]]
        if progress is not None:
            progress(done, n_wedges)
