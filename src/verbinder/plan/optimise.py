"""The planner's optimisation: the links it places, the members' fits on them, and the staged solve.

:func:`verbinder.plan.planner.make_plan` builds the rows (open, new and held links) and reads the result; this module
holds what decides: :class:`Fits` (known gap levels, ``known_share`` and fit per link and member, *unknown is not
zero*), :func:`optimise` (the lexicographic stages, each a linear programme over the assignment polytope; see the
planner's docstring for their order), :func:`worth_keeping` and :func:`duos` (teams for links nobody fits alone).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from verbinder.model import Link
from verbinder.plan.connect import Proposal
from verbinder.plan.staffing import connector_key, requirements_as

OPEN, NEW, HELD = "open", "new", "held"


@dataclass(slots=True)
class Row:
    """A link the optimisation places: open (no connector), new (proposed) or held (by a kopgroep member)."""

    kind: str
    lid: str
    link: Link  # as the plan leaves it (with the items its extensions add)
    importance: int
    index: int | None = None  # place in model.links
    holder: int = -1  # held: the member's column
    proposal: Proposal | None = None


class Fits:
    """Per row and member: known gap levels, known share, fit (percent of the known asked levels; NaN: null)."""

    def __init__(self, rows, members, levels, actors, ruleset, cache, min_fit):
        self.min_fit = min_fit
        comp_ids = sorted({c for lv in levels for c in lv})
        self.col = {c: k for k, c in enumerate(comp_ids)}
        width = len(comp_ids) + 1  # last column: a competency no member was assessed in
        self.levels = np.full((len(members), width), -1, dtype=np.int64)
        for j, lv in enumerate(levels):
            for c, level in lv.items():
                self.levels[j, self.col[c]] = level
        n, m = len(rows), len(members)
        self.gap = np.zeros((n, m), dtype=np.int64)
        self.share = np.ones((n, m))
        self.fit = np.full((n, m), np.nan)
        self.unknown_levels = np.zeros((n, m), dtype=np.int64)  # the asked levels of the unknown competencies
        self.reqs: list[list[tuple]] = [[()] * m for _ in range(n)]
        self.allowed = np.ones((n, m), dtype=bool)
        groups: dict[tuple, list[int]] = defaultdict(list)
        for j, member in enumerate(members):
            groups[connector_key(member, ruleset)].append(j)
        memo: dict[int, tuple] = {}  # one computation per distinct requirement tuple
        for r, row in enumerate(rows):
            for group_key, cols in groups.items():
                reqs = requirements_as(row.link, row.lid, members[cols[0]], actors, ruleset, cache, group_key)
                key = id(reqs)
                if key not in memo:
                    memo[key] = (reqs, self._measure(reqs))
                gap, share, fit, unknown = memo[key][1]
                idx = np.asarray(cols)
                self.gap[r, idx], self.share[r, idx], self.fit[r, idx] = gap[idx], share[idx], fit[idx]
                self.unknown_levels[r, idx] = unknown[idx]
                for j in cols:
                    self.reqs[r][j] = reqs
            for end in (row.link.from_, row.link.to):
                for j, member in enumerate(members):
                    if member.id == end:
                        self.allowed[r, j] = False
        known = ~np.isnan(self.fit)
        self.qualifies = self.allowed & known & (np.nan_to_num(self.fit, nan=-1) >= min_fit)
        # null fit: a last resort, taken only where no assessed member qualifies *with room* (a full member does not
        # qualify); the optimisation decides that, in its own stage before the gap levels (issue 21)
        self.null_ok = self.allowed & ~known

    def _measure(self, reqs: tuple, levels: Any = None):
        levels = self.levels if levels is None else levels
        asked = np.zeros(levels.shape[1], dtype=np.int64)
        # the competencies no member was assessed in share the last column: count them one by one
        nobody = [q.level for q in reqs if q.competency not in self.col and q.level > 0]
        for q in reqs:
            if q.competency in self.col:
                asked[self.col[q.competency]] = q.level
        asked[-1] = sum(nobody)
        mask = asked > 0
        n_asked = int(mask.sum()) - (1 if nobody else 0) + len(nobody)
        lv = levels[:, mask]
        a = asked[mask]
        known = lv >= 0
        gap = (np.maximum(a - lv, 0) * known).sum(axis=1)
        share = known.sum(axis=1) / n_asked if n_asked else np.ones(levels.shape[0])
        ask_known = (a * known).sum(axis=1)
        have = (np.minimum(lv, a) * known).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            fit = np.where(ask_known > 0, np.round(100 * have / np.maximum(ask_known, 1)), np.nan)
        if not n_asked:
            fit = np.full(levels.shape[0], 100.0)
        unknown = (a * ~known).sum(axis=1)
        return gap, share, fit, unknown

    def edge_ok(self, r: int, row: Row) -> np.ndarray:
        """The members that may take row ``r``: qualified (or null-fit where nobody qualifies); a held row also
        its holder, and never a null fit."""
        if row.kind == HELD:
            ok = self.qualifies[r].copy()
            ok[row.holder] = True
            return ok
        return self.qualifies[r] | self.null_ok[r]


def optimise(rows: list[Row], fits: Fits, free, before, capacity) -> tuple[list[int], dict[int, int]]:
    """The staged lexicographic optimisation (module docstring, step 3): the chosen member's column per row (-1:
    an open or new row stays unmet; a held row always has one, its holder or another), and per member over
    capacity how many of the links they keep are beyond it.

    A member over capacity may keep more links than their free capacity, never more than they hold now: a slack
    per such member counts the links beyond capacity, as an unmet existing link in stage 1.  Which links those
    are (the least important the member keeps) is chosen afterwards; so a link moved in and a link held before
    are the same to the programme, and planning the applied model again finds nothing better.
    """
    from scipy import sparse
    from scipy.optimize import linprog

    n, m = len(rows), len(free)
    over = before > capacity
    held_of = np.zeros(m, dtype=np.int64)
    for row in rows:
        if row.kind == HELD:
            held_of[row.holder] += 1
    ok = np.zeros((n, m), dtype=bool)
    for r, row in enumerate(rows):
        ok[r] = fits.edge_ok(r, row)
    # every held link takes a place: the open and new links get at most what the members within capacity have left
    bound = int((free - held_of)[~over].sum())
    ok &= worth_keeping(rows, fits, ok, max(bound, 0))
    er_a, ec_a = np.nonzero(ok)
    er_a, ec_a = er_a.astype(np.int64), ec_a.astype(np.int64)
    # a row nobody may take stays unmet: it needs no place in the programme
    active: np.ndarray = np.asarray(ok.any(axis=1))
    br = np.asarray([r for r, row in enumerate(rows) if active[r] and row.kind != HELD], dtype=np.int64)
    over_j = np.flatnonzero(over & (held_of > free))
    ne, nb, ns = len(er_a), len(br), len(over_j)
    nv = ne + nb + ns
    if ne + nb == 0:
        return [-1] * n, {}
    kinds = np.array([row.kind for row in rows])
    imp = np.array([row.importance for row in rows], dtype=np.float64)
    holder = np.array([row.holder for row in rows], dtype=np.int64)

    def vec(edge, byp, slack=None) -> np.ndarray:
        parts = [edge, byp, np.zeros(ns) if slack is None else slack]
        return np.concatenate([np.asarray(x, dtype=np.float64) for x in parts])

    moved = (kinds[er_a] == HELD) & (holder[er_a] != ec_a) if ne else np.zeros(0, dtype=bool)
    none = np.zeros(ne)
    stages = [
        vec(none, (kinds[br] == OPEN) if nb else [], np.ones(ns)),  # 1. unmet existing links (and beyond capacity)
        vec(none, (kinds[br] == NEW) if nb else []),  # 2. unmet new links
        vec(none, imp[br] if nb else []),  # 3. the importance of what stays unmet
        vec(np.isnan(fits.fit[er_a, ec_a]), np.zeros(nb)),  # 3b. null fits: only where no assessed member has room
        vec(fits.gap[er_a, ec_a], np.zeros(nb)),  # 4. known gap levels
        # 5. moves, then the least important moved: one more move always costs more than any importance
        vec(moved * (1 + float(imp[er_a][moved].sum())) + moved * imp[er_a], np.zeros(nb)),
        vec(-np.round(100 * fits.share[er_a, ec_a]), np.zeros(nb)),  # 6. known share
    ]
    # each active row: one member or unmet; each member: at most their free capacity (plus the slack, if over)
    a_row = sparse.csr_matrix((np.ones(ne + nb), (np.concatenate([er_a, br]), np.arange(ne + nb))), shape=(n, nv))
    a_row = a_row[np.flatnonzero(active)]
    n_active = a_row.shape[0]
    cap_rows = np.concatenate([ec_a, over_j])
    cap_vals = np.concatenate([np.ones(ne), -np.ones(ns)])
    cap_cols = np.concatenate([np.arange(ne), ne + nb + np.arange(ns)])
    a_cap = sparse.csr_matrix((cap_vals, (cap_rows, cap_cols)), shape=(m, nv))
    lo, hi = np.zeros(nv), np.ones(nv)
    hi[ne + nb :] = (held_of - free)[over_j]  # never more than they hold now
    tight = np.zeros(m, dtype=bool)
    x = None
    for cost in stages:
        free_vars = hi > lo
        if not np.any(cost[free_vars]) and x is not None:
            continue
        a_eq = sparse.vstack([a_row, a_cap[tight]]).tocsr()
        b_eq = np.concatenate([np.ones(n_active), free[tight]])
        res = linprog(
            cost,
            A_ub=a_cap[~tight] if (~tight).any() else None,
            b_ub=free[~tight] if (~tight).any() else None,
            A_eq=a_eq,
            b_eq=b_eq,
            bounds=np.column_stack([lo, hi]),
            method="highs",
        )
        if res.status != 0:  # cannot happen (every row can stay unmet or with its holder); keep what was found
            break
        x = res.x
        tol = 1e-7 * max(1.0, float(np.abs(cost).max()))
        rc_lo, rc_hi = res.lower.marginals, res.upper.marginals
        hi = np.where((rc_lo > tol) & free_vars, lo, hi)
        lo = np.where((rc_hi < -tol) & free_vars, hi, lo)
        if (~tight).any():
            duals = res.ineqlin.marginals
            idx = np.flatnonzero(~tight)
            tight[idx[np.abs(duals) > tol]] = True
    chosen = [-1] * n
    if x is None:
        return chosen, {}
    for e in np.flatnonzero(x[:ne] > 0.5).tolist():
        chosen[int(er_a[e])] = int(ec_a[e])
    beyond = {int(j): round(float(x[ne + nb + k])) for k, j in enumerate(over_j) if x[ne + nb + k] > 0.5}
    return chosen, beyond


def worth_keeping(rows: list[Row], fits: Fits, ok, slots: int):
    """The pairs the optimisation needs: every pair of a held row, and per member the ``slots`` best open or new
    rows (``slots``: the free capacity the held rows leave).  Exact: a solution assigns at most ``slots`` open or
    new rows, so when it gives a member a row outside their best ``slots``, one of those is unassigned, and
    exchanging the two (the outside row unmet, the better one assigned) is no worse in any stage.  It keeps the
    linear programmes small where many more links wait than there is room."""
    n, m = ok.shape
    keep = np.zeros((n, m), dtype=bool)
    movable = np.array([row.kind != HELD for row in rows])
    keep[~movable] = True
    free_rows = np.flatnonzero(movable)
    if len(free_rows) <= slots:
        keep[free_rows] = True
        return keep
    existing = np.array([row.kind == OPEN for row in rows], dtype=np.int64)[free_rows]
    imp = np.array([row.importance for row in rows])[free_rows]
    for j in range(m):
        # the savings of giving the row to j instead of leaving it unmet, best first (the stages' order)
        null = np.isnan(fits.fit[free_rows, j])
        order = np.lexsort(
            (-fits.share[free_rows, j], fits.gap[free_rows, j], null, -imp, -existing, ~ok[free_rows, j])
        )
        keep[free_rows[order[:slots]], j] = True
    return keep


def duos(lonely: list[int], rows: list[Row], fits: Fits, room) -> dict[int, tuple[int, int]]:
    """A duo for each of the ``lonely`` rows where two members with room qualify together (most important first).

    The team's level is, per competency, the higher assessed level of the two; the lead is the member with the
    higher fit alone.  Returns row -> (lead, partner).
    """
    room = np.asarray(room).copy()
    m = fits.levels.shape[0]
    a_idx, b_idx = np.triu_indices(m, k=1)
    pair_levels = np.maximum(fits.levels[a_idx], fits.levels[b_idx])
    out: dict[int, tuple[int, int]] = {}
    for r in sorted(lonely, key=lambda r: (-rows[r].importance, rows[r].lid)):
        allowed = fits.allowed[r]
        ok = allowed[a_idx] & allowed[b_idx] & (room[a_idx] > 0) & (room[b_idx] > 0)
        if not ok.any():
            continue
        single = np.nan_to_num(fits.fit[r], nan=-1)
        lead = np.where(single[a_idx] >= single[b_idx], a_idx, b_idx)
        best: tuple | None = None
        for reqs in {id(q): q for q in fits.reqs[r]}.values():
            gap, share, fit, _ = fits._measure(reqs, pair_levels)
            uses = np.array([fits.reqs[r][j] is reqs for j in lead])
            good = ok & uses & ~np.isnan(fit) & (np.nan_to_num(fit, nan=-1) >= fits.min_fit)
            for k in np.flatnonzero(good):
                key = (int(gap[k]), -float(share[k]), -float(fit[k]), int(a_idx[k]), int(b_idx[k]))
                if best is None or key < best[0]:
                    best = (key, k)
        if best is None:
            continue
        k = best[1]
        a, b = int(a_idx[k]), int(b_idx[k])
        first = int(lead[k])
        pair = (first, b if first == a else a)
        out[r] = pair
        room[a] -= 1
        room[b] -= 1
    return out
