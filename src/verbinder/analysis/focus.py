"""Focus points: a kopgroep member's 3-5 development priorities for the annual conversation.

A member may have twenty open gaps; a conversation handles a few.  Each open
gap (an assessed current level below the required one) gets a **weight**: the
sum of the importance of the links that ask the competency
(:func:`verbinder.analysis.importance.link_importance`: agenda items served,
their due date, tension, influence), or :data:`ROLE_WEIGHT` when only the
member's role asks it.  Gaps are ranked by **gap levels x weight**, ties broken
by the weight (the more important links first), then by the gap, and only then
by the competency id.  The first three are focus points; the fourth and fifth
too when their score is at least half the first's.  The rest are "also asked".

>>> from verbinder.analysis.profiles import Asked, CompetencyNeed
>>> needs = [CompetencyNeed("a", 2, 1, [Asked("l1", 2, ())]), CompetencyNeed("b", 3, 2, [Asked("l2", 3, ())])]
>>> [(f.id, f.gap, f.weight, f.score) for f in rank_gaps(needs, {"l1": 3, "l2": 5})]
[('b', 1, 5, 5), ('a', 1, 3, 3)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verbinder.analysis.profiles import CompetencyNeed

#: The weight of a competency only the member's role asks (no link): as much as the plainest link.
ROLE_WEIGHT = 1
#: Focus points per member: at least this many (where there are open gaps) ...
MIN_FOCUS = 3
#: ... and at most this many.
MAX_FOCUS = 5


@dataclass(frozen=True, slots=True)
class FocusPoint:
    """One development priority: a competency with an open gap and how much its links weigh."""

    id: str
    required: int
    current: int
    gap: int
    weight: int

    @property
    def score(self) -> int:
        """Gap levels weighted by the importance of the links asking them: the ranking key."""
        return self.gap * self.weight


def need_weight(need: CompetencyNeed, weights: dict[str, int]) -> int:
    """The weight of a requirement: the summed importance of the links asking it, else the role's weight."""
    total = sum(weights.get(asked.link, 0) for asked in need.asked_by)
    return total or ROLE_WEIGHT


def rank_gaps(needs: Iterable[CompetencyNeed], weights: dict[str, int]) -> list[FocusPoint]:
    """Every open gap as a :class:`FocusPoint`, most urgent first (see the module)."""
    points = [
        FocusPoint(n.id, n.required, n.current, n.gap, need_weight(n, weights))
        for n in needs
        if n.current is not None and n.gap
    ]
    points.sort(key=lambda f: (-f.score, -f.weight, -f.gap, f.id))
    return points


def choose_focus(ranked: list[FocusPoint]) -> list[FocusPoint]:
    """The focus points of ranked gaps: the first three, then up to two more scoring at least half the first."""
    if not ranked:
        return []
    chosen = ranked[:MIN_FOCUS]
    for point in ranked[MIN_FOCUS:MAX_FOCUS]:
        if 2 * point.score < ranked[0].score:
            break
        chosen.append(point)
    return chosen


def focus_points(needs: Iterable[CompetencyNeed], weights: dict[str, int]) -> list[FocusPoint]:
    """A member's focus points (3-5 where there are that many open gaps), most urgent first."""
    return choose_focus(rank_gaps(needs, weights))
