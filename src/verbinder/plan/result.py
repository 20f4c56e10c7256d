"""The plan: one answer to "what to do", read by every command (issue 21).

:func:`verbinder.plan.planner.make_plan` computes it once per project
(:meth:`verbinder.project.Project.plan`); ``verbinder plan`` shows it, and
``staff``, ``connect`` and ``analyse``'s actions read it.  Each item carries a
``why`` (a :class:`~verbinder.i18n.Msg`, rendered in the user's language).

The JSON writer (:mod:`verbinder.render.plan`) writes exactly these fields:
``assignments``, ``reassignments``, ``totals``, ``proposals``, ``escalations``,
``assessments``, ``development`` and ``unmet``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verbinder.plan.connect import Proposal


#: Below this share of assessed asked competencies a fit says little: the advice is to assess first.
LITTLE_KNOWN = 0.5


@dataclass(frozen=True, slots=True)
class Assignment:
    """A connector for a link nobody makes yet: an open link of the model, or a new link the plan proposes.

    ``fit`` is the percent of the asked levels the member (or team) covers, counted over the asked competencies
    that are assessed only; ``None`` when none of them is.  ``known_share`` is the share (0-1) of the asked
    levels that is assessed.  ``team`` holds both members of a duo (the lead, ``member``, first), else is empty.
    """

    link: str
    member: str
    fit: int | None
    known_share: float
    why: Any  # Msg
    team: tuple[str, ...] = ()
    gap_levels: int = 0  # the known gap levels left on this link with this connector
    new: bool = False  # the link is one of the plan's proposals
    index: int | None = None  # the link's place in model.links (None for a new link)
    unknown: tuple[str, ...] = ()  # the competencies this link asks that the connector (or team) was never assessed in
    asked: int = 0  # how many competencies this link asks of the connector

    @property
    def little_known(self) -> bool:
        """The choice rests on few assessed levels (``known_share`` below :data:`LITTLE_KNOWN`): assess first."""
        return self.known_share < LITTLE_KNOWN


@dataclass(frozen=True, slots=True)
class Reassignment:
    """An existing link moved from one member to another, with the link's known gap levels before and after."""

    link: str
    from_member: str
    to_member: str
    gap_levels_before: int
    gap_levels_after: int
    why: Any  # Msg
    index: int = -1  # the link's place in model.links
    team: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Totals:
    """Known gap levels over all links and unmet links, before the plan and after it."""

    gap_levels_before: int = 0
    gap_levels_after: int = 0
    unmet_before: int = 0
    unmet_after: int = 0


@dataclass(frozen=True, slots=True)
class Escalation:
    """A link that is not the kopgroep's to make (between two politics actors), and who should hold it.

    Exactly one of ``link`` (an existing link) and ``proposal`` (a proposed link's id) is set.  ``to`` holds
    actor ids (the item's owner, or the model's griffie actors), or the word ``griffie`` when the model has none.
    """

    to: tuple[str, ...]
    why: Any  # Msg
    link: str | None = None
    proposal: str | None = None


@dataclass(frozen=True, slots=True)
class AssessmentItem:
    """Assess ``member`` on ``competencies``: a choice or a gap on ``links`` depends on them."""

    member: str
    competencies: tuple[str, ...]
    links: tuple[str, ...]
    why: Any  # Msg


@dataclass(frozen=True, slots=True)
class DevelopmentItem:
    """A known gap that remains after the plan: ``member`` has ``current`` of ``competency``, ``links`` ask
    ``required``."""

    member: str
    competency: str
    current: int
    required: int
    links: tuple[str, ...]
    why: Any  # Msg


@dataclass(frozen=True, slots=True)
class Unmet:
    """What the plan cannot do, and why.

    ``reason`` is one of :data:`UNMET_REASONS`; ``subject`` is a link id (or a
    proposal's id, or an actor for a principle that cannot be met); ``agenda``
    the item it belongs to, if any.
    """

    subject: str
    reason: str
    why: Any  # Msg
    agenda: str | None = None
    principle: str | None = None
    link: str | None = None
    candidates: int = 0  # an open link: the members who qualify for it (alone)
    best: str | None = None  # an open link: the best candidate, if any
    best_fit: int | None = None  # their fit


#: Why something stays undone.
UNMET_REASONS: tuple[str, ...] = (
    "no_members",  # the model has no kopgroep member who may take the link
    "no_fit",  # nobody (alone or in a duo) covers enough of what the link asks
    "no_capacity",  # members fit, but they are full
    "over_capacity",  # a member holds more links than their capacity and this one cannot move
    "principle",  # a connect principle cannot be met (no owner, a voiceless owner)
)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything to do about the model, in one optimisation with one capacity per member.

    ``load`` gives per member (before, after, capacity): links held before the plan and after it.
    """

    assignments: tuple[Assignment, ...] = ()
    reassignments: tuple[Reassignment, ...] = ()
    totals: Totals = Totals()
    proposals: tuple[Proposal, ...] = ()
    escalations: tuple[Escalation, ...] = ()
    assessments: tuple[AssessmentItem, ...] = ()
    development: tuple[DevelopmentItem, ...] = ()
    unmet: tuple[Unmet, ...] = ()
    load: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    min_fit: int = 30
    items: tuple[str, ...] = ()  # the agenda items looked at
    owners: dict[str, str | None] = field(default_factory=dict)  # item -> owner (explicit or default)

    @property
    def empty(self) -> bool:
        """Nothing left to assign, propose or reassign."""
        return not (self.assignments or self.reassignments or self.proposals)

    def assignment(self, link: str) -> Assignment | None:
        """The assignment of ``link`` (an open link's or a proposal's id), if any."""
        return next((a for a in self.assignments if a.link == link), None)
