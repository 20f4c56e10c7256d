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

import numpy as np

from verbinder.analysis.triads import Contacts, Scan, contacts, scan

Progress = Callable[[int, int], None]


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
    c = contacts(sources, targets, n_nodes, weights=weights, directed=directed)
    p, m = shares(c)
    return from_scan(c, p, scan(c, p=p, m=m, progress=progress))


def shares(c: Contacts) -> tuple[np.ndarray, np.ndarray]:
    """Per contact ``u -> v``: ``p_uv`` (the mutual weight over ``u``'s sum) and ``m_uv`` (over ``u``'s largest)."""
    rows = c.rows
    row_sum = np.bincount(rows, weights=c.mutual, minlength=c.n)
    row_max = np.zeros(c.n)
    if len(rows):
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        row_max[rows[starts]] = np.maximum.reduceat(c.mutual, starts)
    return c.mutual / row_sum[rows], c.mutual / row_max[rows]


def from_scan(c: Contacts, p: np.ndarray, walked: Scan) -> StructuralHoles:
    """Constraint and effective size from the shares ``p`` and the triangle terms of :func:`.triads.scan`."""
    assert walked.indirect is not None and walked.redundancy is not None
    rows, degree = c.rows, c.degree
    with np.errstate(invalid="ignore"):
        constraint = np.bincount(rows, weights=(p + walked.indirect) ** 2, minlength=c.n).astype(np.float64)
        effective = (degree - walked.redundancy).astype(np.float64)
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
