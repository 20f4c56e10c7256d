"""What a competency gap is: one definition for every command, format and count.

* Gaps exist only for **kopgroep members** (``kopgroep: true``).  A connector
  outside the kopgroep has the requirements of their links listed, never a gap.
* A competency absent from a member's ``competencies`` is **not assessed**: its
  current level is ``None`` (JSON ``null``, shown as "niet beoordeeld" / "not
  assessed"), its gap is ``None``, and it never counts as a gap.  An explicit
  ``0`` is an assessed level.
* Two named figures, with these words in every output:

  - **open gaps**: the number of (member, competency) pairs with an assessed
    current level below the required level;
  - **gap levels**: the sum of ``required - current`` over those pairs.

The kopgroep's **learning agenda** answers "what must the kopgroep learn": per
competency the members with an open gap and the gap levels, ranked by gap
levels (then the number of members, then the competency id).

>>> gap(3, None) is None, gap(3, 0), gap(2, 3)
(True, 3, 0)
>>> figures([(3, 1), (2, None), (1, 1)])
GapFigures(open_gaps=1, gap_levels=2, not_assessed=1)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from verbinder.analysis.history import current_levels

if TYPE_CHECKING:
    from verbinder.analysis.links import LinkAssessment, Requirement
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.model import Actor


def member_levels(actor: Actor) -> dict[str, int]:
    """A member's assessed levels: ``competencies``, overruled by the assessment history's rater precedence.

    The one source of current levels for profiles, agenda, analyse and the
    report (:func:`verbinder.analysis.history.current_levels`).  A competency
    absent from the result is *not assessed*.
    """
    return current_levels(actor)


def gap(required: int, current: int | None) -> int | None:
    """Levels still to grow: ``max(0, required - current)``; ``None`` when not assessed."""
    if current is None:
        return None
    return max(0, required - current)


def team_levels(members: Iterable[dict[str, int]]) -> dict[str, int]:
    """A team's levels (a link's ``team``): per competency the highest assessed level of its members.

    A competency none of them was assessed in stays absent: not assessed, never 0.

    >>> team_levels([{"vertalen": 1, "netwerken": 3}, {"vertalen": 3}])
    {'vertalen': 3, 'netwerken': 3}
    """
    levels: dict[str, int] = {}
    for member in members:
        for cid, level in member.items():
            if level > levels.get(cid, -1):
                levels[cid] = level
    return levels


def covered_by_team(competency: str, required: int, partners: Iterable[dict[str, int]]) -> bool:
    """Whether a team partner's assessed level meets ``required``: then the link does not ask it of this member
    (gaps are counted with the team's levels)."""
    return any(p.get(competency, -1) >= required for p in partners)


def member_requirements(a: LinkAssessment, member: str, actors: dict[str, Actor]) -> tuple[Requirement, ...]:
    """What link ``a`` asks of ``member`` (its connector or one of its ``team``): what no partner already meets.

    The one place profiles and the agenda take a link's asks from, so both count the same gaps.
    """
    if not a.link.team:
        return a.requirements
    partners = [
        member_levels(actors[m]) for m in dict.fromkeys((a.link.via, *a.link.team)) if m and m != member and m in actors
    ]
    return tuple(r for r in a.requirements if not covered_by_team(r.competency, r.level, partners))


class GapFigures(NamedTuple):
    """The named figures of a set of (required, current) pairs."""

    open_gaps: int  # pairs with an assessed current level below the required one
    gap_levels: int  # the sum of required - current over the open gaps
    not_assessed: int  # pairs with something required and no current level


def figures(pairs: Iterable[tuple[int, int | None]]) -> GapFigures:
    """Count open gaps, gap levels and not-assessed requirements of ``(required, current)`` pairs."""
    open_gaps = levels = unknown = 0
    for required, current in pairs:
        if current is None:
            if required > 0:
                unknown += 1
        elif required > current:
            open_gaps += 1
            levels += required - current
    return GapFigures(open_gaps, levels, unknown)


@dataclass(frozen=True, slots=True)
class LearningItem:
    """One competency on the kopgroep's learning agenda."""

    competency: str
    members: tuple[str, ...]  # member ids with an open gap, largest gap first
    gap_levels: int
    not_assessed: tuple[str, ...] = ()  # member ids asked this competency without an assessed level

    @property
    def open_gaps(self) -> int:
        """How many members have an open gap in this competency."""
        return len(self.members)


def learning_agenda(profiles: list[MemberProfile]) -> list[LearningItem]:
    """Per competency the members with an open gap and the gap levels, most gap levels first.

    Ties: more members first, then the competency id.  Competencies that are
    only unassessed (no open gap) follow, by number of members, then id.
    """
    gaps: dict[str, list[tuple[int, str]]] = {}
    unknown: dict[str, list[str]] = {}
    for p in profiles:
        for need in p.asked:  # every asked competency, as the member's figures count them
            if need.gap:
                gaps.setdefault(need.id, []).append((need.gap, p.id))
            elif need.current is None and need.required > 0:
                unknown.setdefault(need.id, []).append(p.id)
    items = []
    for cid in set(gaps) | set(unknown):
        members = sorted(gaps.get(cid, []), key=lambda x: (-x[0], x[1]))
        items.append(
            LearningItem(cid, tuple(m for _, m in members), sum(g for g, _ in members), tuple(unknown.get(cid, ())))
        )
    items.sort(key=lambda i: (-i.gap_levels, -i.open_gaps, -len(i.not_assessed), i.competency))
    return items
