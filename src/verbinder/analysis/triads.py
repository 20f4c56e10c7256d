"""The contacts of a network and their triangles, listed once for Burt's measures and for brokerage.

Burt's constraint and effective size (:mod:`~verbinder.analysis.holes`) sum over the triangles
``{u, v, w}`` of the undirected contact relation; Gould-Fernandez brokerage
(:mod:`~verbinder.analysis.brokerage`) subtracts the *closed* two-paths ``i -> j -> k`` (the tie
``i -> k`` exists), and every closed two-path lies on such a triangle.  :func:`contacts` builds the
relation once and :func:`scan` walks its triangles once for both: ``discover`` computes both
measures from one pass (:func:`verbinder.analysis.holes.brokerage_and_holes`).

Triangles are listed with the usual orientation trick: every contact points from its lower- to
its higher-ranked end by (degree, index), and a triangle is found once, from its lowest-ranked
corner, as two of that corner's contacts whose far ends are in contact.  On 50,000 people with
500,000 ties that is 2.6 million pairs of contacts to try for 37,000 triangles, against 5 million
two-paths when brokerage lists every two-path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise, permutations

import numpy as np

Progress = Callable[[int, int], None]

# Pairs of a node's higher-ranked contacts examined per block (about 60 bytes each while a block is tried).
_BLOCK = 1 << 19

# Brokerage position index from (g_i == g_j) + 2 (g_j == g_k) + 4 (g_i == g_k): liaison 4,
# representative 2, gatekeeper 3, itinerant 1, coordinator 0 (the order of
# verbinder.analysis.brokerage.COLUMNS); codes 3, 5 and 6 cannot occur (two equalities imply the third).
POSITION_OF_CODE = np.array([4, 2, 3, 5, 1, 5, 5, 0], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Contacts:
    """The symmetric contact relation: ``u`` and ``v`` are in contact when a tie runs either way.

    ``keys`` holds ``u * n + v`` for both orders of every contact, sorted; ``mutual`` the mutual
    weight ``a_uv + a_vu`` of each; ``forward`` whether the directed tie ``u -> v`` itself exists
    and ``both_ways`` whether ``v -> u`` exists too (both directions of an undirected contact do).
    """

    keys: np.ndarray
    mutual: np.ndarray
    forward: np.ndarray
    both_ways: np.ndarray
    n: int

    @property
    def rows(self) -> np.ndarray:
        return self.keys // self.n

    @property
    def degree(self) -> np.ndarray:
        return np.bincount(self.rows, minlength=self.n)


def check_ties(sources: np.ndarray, targets: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat int64 ``sources`` and ``targets``; a ValueError if their lengths differ or they leave ``range(n)``."""
    src = np.asarray(sources).astype(np.int64, copy=False).ravel()
    tgt = np.asarray(targets).astype(np.int64, copy=False).ravel()
    if len(src) != len(tgt):
        raise ValueError(f"{len(src)} sources but {len(tgt)} targets")
    if len(src) and (min(src.min(), tgt.min()) < 0 or max(src.max(), tgt.max()) >= n):
        raise ValueError(f"node indices must lie in range({n})")
    return src, tgt


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: ``np.unique(values)`` by sorting (numpy 2.4's hash-based ``unique`` took 15 times
    as long on 500,000 integers).

    >>> distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def tie_keys(src: np.ndarray, tgt: np.ndarray, n: int, directed: bool) -> np.ndarray:
    """The distinct ties without self-loops as sorted keys ``source * n + target`` (both ways when undirected)."""
    loop_free = src != tgt
    src, tgt = src[loop_free], tgt[loop_free]
    if not directed:
        src, tgt = np.concatenate((src, tgt)), np.concatenate((tgt, src))
    return distinct(src * n + tgt)


def contacts(
    sources: np.ndarray,
    targets: np.ndarray,
    n: int,
    *,
    weights: np.ndarray | None = None,
    directed: bool = True,
    ties: np.ndarray | None = None,
) -> Contacts:
    """The contact relation of a network, as :mod:`~verbinder.analysis.holes` defines its weights.

    Without ``weights`` every tie weighs 1 and a repeated tie counts once; with them the weights
    of repeated ties add up and a tie of weight 0 is no tie.  ``ties``: the keys of
    :func:`tie_keys`, when the caller has them already (unweighted only).
    """
    src, tgt = check_ties(sources, targets, n)
    if weights is None:
        keys = tie_keys(src, tgt, n, directed) if ties is None else ties
        # Both orders of every tie, the order that is a tie marked in the key's lowest bit: one sort finds each
        # contact's mutual weight (1 or 2 entries) and whether its own direction is a tie (the entry with bit 1,
        # sorted last).
        both = np.concatenate((keys * 2 + 1, (keys % n * n + keys // n) * 2))
        both.sort()
        pair = both >> 1
        if not len(pair):
            return Contacts(pair, np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0, dtype=bool), n)
        first = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1])))
        last = np.concatenate((first[1:], [len(pair)])) - 1
        entries = last - first + 1
        forward = (both[last] & 1).astype(bool)
        return Contacts(pair[first], entries.astype(np.float64), forward, entries == 2, n)
    w = np.asarray(weights, dtype=np.float64).ravel()
    if len(w) != len(src):
        raise ValueError(f"{len(w)} weights for {len(src)} ties")
    if (w < 0).any() or np.isnan(w).any():
        raise ValueError("weights must be non-negative numbers")
    keep = (src != tgt) & (w > 0)
    src, tgt, w = src[keep], tgt[keep], w[keep]
    # The tie weights a_uv: repeated ties add up.
    arc_keys, arc_w = _sum_by_key(src * n + tgt, w)
    if not directed:  # an undirected edge is a tie in both directions
        arc_keys, arc_w = _sum_by_key(
            np.concatenate((arc_keys, (arc_keys % n) * n + arc_keys // n)), np.concatenate((arc_w, arc_w))
        )
    u, v = arc_keys // n, arc_keys % n
    ones, zeros = np.ones(len(arc_w)), np.zeros(len(arc_w))
    keys, sums = _sum_by_key(
        np.concatenate((arc_keys, v * n + u)),
        np.column_stack((np.concatenate((arc_w, arc_w)), np.r_[ones, zeros], np.r_[zeros, ones])),
    )
    return Contacts(keys, sums[:, 0], sums[:, 1] > 0, (sums[:, 1] > 0) & (sums[:, 2] > 0), n)


def _sum_by_key(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys in ascending order and the sum of ``values`` (rows) for each."""
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    if not len(keys):
        return keys, values
    first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[first], np.add.reduceat(values, first, axis=0)


@dataclass(frozen=True, slots=True)
class Scan:
    """What one pass over the triangles gives.

    ``indirect``: for each contact ``u -> v`` (a position in :attr:`Contacts.keys`) the sum over
    triangles ``{u, v, w}`` of ``p_uw p_wv``; ``redundancy``: per node the sum over its contacts ``v``
    and triangles of ``p_uw m_vw`` (both None unless asked for).  ``closed``: per node and brokerage
    position (``(n, 5)``, the order of :data:`verbinder.analysis.brokerage.COLUMNS`) the closed
    two-paths through it (None without groups).
    """

    indirect: np.ndarray | None
    redundancy: np.ndarray | None
    closed: np.ndarray | None


def scan(
    c: Contacts,
    *,
    p: np.ndarray | None = None,
    m: np.ndarray | None = None,
    group_of: np.ndarray | None = None,
    progress: Progress | None = None,
) -> Scan:
    """Walk the triangles of ``c`` once: Burt's indirect terms (given ``p`` and ``m``), closed two-paths (given groups).

    ``p`` and ``m`` are per contact (aligned with ``c.keys``): the mutual weight over ``u``'s sum and
    over ``u``'s largest.  ``group_of``: each node's group code.
    """
    n = c.n
    keys = c.keys
    holes = p is not None and m is not None
    indirect = np.zeros(len(keys)) if holes else None
    redundancy = np.zeros(n) if holes else None
    closed = np.zeros(n * 6, dtype=np.int64) if group_of is not None else None
    for corners in triangles(keys, c.degree, n, progress):
        # at[a, b]: position of the contact corners[a] -> corners[b] in keys.
        at = {(a, b): np.searchsorted(keys, corners[a] * n + corners[b]) for a, b in permutations(range(3), 2)}
        if holes:
            assert p is not None and m is not None and indirect is not None and redundancy is not None
            for a, b, k in permutations(range(3)):
                ak, kb, bk = at[a, k], at[k, b], at[b, k]
                indirect += np.bincount(at[a, b], weights=p[ak] * p[kb], minlength=len(keys))
                redundancy += np.bincount(corners[a], weights=p[ak] * m[bk], minlength=n)
        if closed is not None and group_of is not None:
            tie = {pair: c.forward[where] for pair, where in at.items()}
            group = [group_of[corner] for corner in corners]
            # The two-path i -> j -> k along corners (i, j, k) is closed when i -> j, j -> k and i -> k are ties.
            for i, j, k in permutations(range(3)):
                shut = tie[i, j] & tie[j, k] & tie[i, k]
                if not shut.any():
                    continue
                gi, gj, gk = group[i][shut], group[j][shut], group[k][shut]
                code = (gi == gj).view(np.int8) + 2 * (gj == gk).view(np.int8) + 4 * (gi == gk).view(np.int8)
                closed += np.bincount(corners[j][shut] * 6 + POSITION_OF_CODE[code], minlength=n * 6)
    return Scan(indirect, redundancy, None if closed is None else closed.reshape(n, 6)[:, :5])


def triangles(
    keys: np.ndarray, degree: np.ndarray, n: int, progress: Progress | None
) -> Iterator[tuple[np.ndarray, ...]]:
    """Yield the triangles of the contact relation block by block, each once, as arrays ``(u, v, w)``.

    Each contact is oriented from the lower to the higher (degree, index) rank; a triangle is
    then found once, from its lowest-ranked node, as a pair of that node's out-neighbours
    that are themselves in contact.  Ranking by degree keeps hubs from making many pairs.
    ``progress(done, total)`` counts the pairs tried.
    """
    if not len(keys):
        if progress is not None:
            progress(0, 0)
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
    may_contain = bloom_filter(oriented)
    later = first[lower + 1] - np.arange(len(oriented)) - 1
    before = np.cumsum(later)
    n_wedges = int(before[-1])
    cuts = np.searchsorted(before, np.arange(_BLOCK, n_wedges, _BLOCK), side="right")
    bounds = distinct(np.concatenate(([0], cuts, [len(oriented)])))
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
        # Most pairs are not in contact (2.6 million tried for 37,000 triangles): only those the filter lets through
        # are looked up, which is where the time went (random lookups in the sorted list miss the cache).
        maybe = np.flatnonzero(may_contain(wanted))
        at = np.searchsorted(oriented, wanted[maybe])
        at[at == len(oriented)] = 0
        tied = np.zeros(size, dtype=bool)
        tied[maybe] = oriented[at] == wanted[maybe]
        done += size
        if tied.any():
            yield order[x[tied]], order[y[tied]], order[z[tied]]
        if progress is not None:
            progress(done, n_wedges)


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # 2**64 / golden ratio: multiplicative (Fibonacci) hashing


def bloom_filter(keys: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A Bloom filter of ``keys`` with one hash: a test that is True for every key and for few others.

    One bit per slot, about 32 slots per key (at most 2**28 bits, 32 MB), so about 3 % of the
    values that are not keys pass; the table of 500,000 keys is 2 MB and stays in the cache.
    """
    log2 = min(28, max(6, int(np.ceil(np.log2(max(len(keys), 1) * 32)))))
    shift = np.uint64(64 - log2)
    table = np.zeros(1 << (log2 - 3), dtype=np.uint8)

    def slot(values: np.ndarray) -> np.ndarray:
        return ((values.astype(np.int64, copy=False).view(np.uint64) * _GOLDEN) >> shift).astype(np.int64)

    at = slot(keys)
    np.bitwise_or.at(table, at >> 3, np.left_shift(1, at & 7).astype(np.uint8))

    def may_contain(values: np.ndarray) -> np.ndarray:
        at = slot(values)
        return (table[at >> 3] >> (at & 7).astype(np.uint8)) & 1 == 1

    return may_contain
