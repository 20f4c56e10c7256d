"""The coalition agreement (*collegeakkoord*): which links serve which agenda item, and a roadmap.

Per agenda item: the links that serve it, their types (regie or verbinden),
their connectors, the competency gaps on those links and whether the item is
**covered** (at least one of its links has a connector).  The roadmap places
the items by due date on the quarters of the agreement's term: the model's
``term:``, else two years (eight quarters) from the quarter that holds today.

Everything here is plain data; ``render/agenda.py`` prints it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import NamedTuple

from verbinder.analysis.gaps import member_levels, member_requirements
from verbinder.analysis.links import Analysis, Finding
from verbinder.i18n import Msg
from verbinder.model import AgendaItem, LinkType, Model

#: Up to this many links without an agenda item get a warning each; more get one summarising warning.
LINK_WARNING_LIMIT = 5
#: The default term: this many quarters, starting with the quarter that holds today.
DEFAULT_QUARTERS = 8


class Gap(NamedTuple):
    """A competency a link asks of its connector, a kopgroep member, above the member's assessed level.

    Connectors outside the kopgroep never have gaps, and a competency the member
    was never assessed in is not a gap (see :mod:`verbinder.analysis.gaps`).
    """

    link: str
    member: str
    competency: str
    required: int
    current: int
    gap: int  # required - current: how many levels are missing


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    """A calendar quarter: ``Quarter(2027, 1)`` is January to March 2027."""

    year: int
    q: int

    @classmethod
    def of(cls, year: int, month: int) -> Quarter:
        """The quarter that holds ``month`` of ``year``."""
        return cls(year, (month - 1) // 3 + 1)

    @classmethod
    def parse_month(cls, text: str) -> Quarter:
        """The quarter of a ``YYYY-MM[-DD]`` text."""
        return cls.of(int(text[:4]), int(text[5:7]))

    @property
    def key(self) -> str:
        """The language-free name used in JSON: ``2027-Q1``."""
        return f"{self.year}-Q{self.q}"

    def next(self) -> Quarter:
        """The quarter after this one."""
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)


@dataclass(slots=True)
class ItemCoverage:
    """One agenda item and the work that serves it."""

    item: AgendaItem
    links: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)  # "orchestration"/"bridging" -> number of links
    connectors: list[str] = field(default_factory=list)  # actor ids, in link order, each once
    gaps: list[Gap] = field(default_factory=list)
    not_assessed: list[tuple[str, str, str, int]] = field(default_factory=list)  # (link, member, competency, required)

    @property
    def covered(self) -> bool:
        """At least one link serving the item has a connector."""
        return bool(self.connectors)

    @property
    def only_regie(self) -> bool:
        """Served by links that are all regie (orchestration): nobody bridges to unlike actors."""
        return bool(self.links) and not self.types.get(LinkType.BRIDGING.value)

    @property
    def quarter(self) -> Quarter | None:
        """The quarter the item is due in, if it has a due date."""
        return Quarter.parse_month(self.item.due) if self.item.due else None

    def open_gaps(self) -> list[tuple[str, str, int, int]]:
        """(member, competency, highest required, current) once per member and competency, in first-seen order."""
        merged: dict[tuple[str, str], list[int]] = {}
        for g in self.gaps:
            key = (g.member, g.competency)
            if key in merged:
                merged[key][0] = max(merged[key][0], g.required)
            else:
                merged[key] = [g.required, g.current]
        return [(m, c, req, cur) for (m, c), (req, cur) in merged.items()]


@dataclass(slots=True)
class AgendaCoverage:
    """Every agenda item's coverage, the links that serve no item, and the warnings."""

    items: list[ItemCoverage]
    links_without_agenda: list[str]
    warnings: list[Finding]

    def counts(self) -> dict[str, int]:
        """How many items are covered, uncovered and served only by regie."""
        return {
            "items": len(self.items),
            "covered": sum(1 for i in self.items if i.covered),
            "uncovered": sum(1 for i in self.items if not i.covered),
            "only_regie": sum(1 for i in self.items if i.only_regie),
            "links_without_agenda": len(self.links_without_agenda),
        }


def agenda_coverage(result: Analysis) -> AgendaCoverage:
    """Which links serve each agenda item, with their types, connectors and competency gaps.

    A gap is a requirement of a link whose connector is a kopgroep member with a
    lower assessed level; a requirement the member was never assessed in is
    listed under ``not_assessed`` instead (see :mod:`verbinder.analysis.gaps`).  Warnings:
    ``agenda-uncovered`` (no link with a connector), ``agenda-only-regie``
    (only regie links), ``link-without-agenda`` (one per link, or a single
    summarising warning when more than :data:`LINK_WARNING_LIMIT` links serve
    no item).  A model without an agenda gets no agenda warnings.
    """
    model = result.model
    actors = model.actor_index()
    items = {item.id: ItemCoverage(item) for item in model.agenda}
    without: list[str] = []
    for a in result.links:
        link = a.link
        if not link.agenda:
            without.append(a.id)
            continue
        gaps: list[Gap] = []
        unknown: list[tuple[str, str, str, int]] = []
        for member in dict.fromkeys((link.via, *link.team) if link.via is not None else ()):
            if member not in actors or not actors[member].kopgroep:
                continue
            current = member_levels(actors[member])
            for r in member_requirements(a, member, actors):
                have = current.get(r.competency)
                if have is None:
                    unknown.append((a.id, member, r.competency, r.level))
                elif r.level > have:
                    gaps.append(Gap(a.id, member, r.competency, r.level, have, r.level - have))
        for ref in dict.fromkeys(link.agenda):
            cov = items.get(ref)
            if cov is None:  # pragma: no cover - check_references refuses unknown items
                continue
            cov.links.append(a.id)
            cov.types[a.type.value] = cov.types.get(a.type.value, 0) + 1
            if link.via is not None and link.via not in cov.connectors:
                cov.connectors.append(link.via)
            cov.gaps.extend(gaps)
            cov.not_assessed.extend(unknown)
    coverage = AgendaCoverage(list(items.values()), without if model.agenda else [], [])
    if model.agenda:
        coverage.warnings = _warnings(coverage)
    return coverage


def _warnings(coverage: AgendaCoverage) -> list[Finding]:
    found: list[Finding] = []
    for cov in coverage.items:
        item = cov.item
        if not cov.links:
            found.append(
                Finding("agenda-uncovered", Msg("agenda.warn.no_links", id=item.id, title=item.title), subject=item.id)
            )
        elif not cov.covered:
            found.append(
                Finding(
                    "agenda-uncovered",
                    Msg("agenda.warn.no_connector", id=item.id, title=item.title, n=len(cov.links)),
                    subject=item.id,
                )
            )
        if cov.only_regie:
            found.append(
                Finding(
                    "agenda-only-regie", Msg("agenda.warn.only_regie", id=item.id, title=item.title), subject=item.id
                )
            )
    without = coverage.links_without_agenda
    if len(without) > LINK_WARNING_LIMIT:
        shown = ", ".join(without[:LINK_WARNING_LIMIT])
        found.append(
            Finding(
                "link-without-agenda",
                Msg("agenda.warn.links_without", n=len(without), links=shown, more=len(without) - LINK_WARNING_LIMIT),
            )
        )
    else:
        found += [
            Finding("link-without-agenda", Msg("agenda.warn.link_without", link=lid), link=lid) for lid in without
        ]
    return found


# --- the roadmap ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoadmapRow:
    """One agenda item on the roadmap."""

    coverage: ItemCoverage
    quarter: Quarter | None
    column: int | None  # index into Roadmap.quarters; None outside the term or without due date
    placement: str  # "in_term" | "before_term" | "after_term" | "no_due"


@dataclass(frozen=True, slots=True)
class Roadmap:
    """The agenda items by due date over the quarters of the agreement's term."""

    today: _dt.date
    start: str  # YYYY-MM
    end: str  # YYYY-MM
    from_model: bool  # the model's term: rather than the default
    quarters: list[Quarter]
    rows: list[RoadmapRow]  # by due date, then file order; items without due date last

    @property
    def today_column(self) -> int | None:
        """The column of the quarter that holds today, if it lies in the term."""
        here = Quarter.of(self.today.year, self.today.month)
        return self.quarters.index(here) if here in self.quarters else None


def default_term(today: _dt.date) -> tuple[str, str]:
    """Two years from today: the quarter that holds today and the seven after it, as YYYY-MM months."""
    first = Quarter.of(today.year, today.month)
    last = first
    for _ in range(DEFAULT_QUARTERS - 1):
        last = last.next()
    return f"{first.year}-{3 * first.q - 2:02d}", f"{last.year}-{3 * last.q:02d}"


def roadmap(coverage: AgendaCoverage, model: Model, today: _dt.date) -> Roadmap:
    """Place every agenda item on the quarters of the term (``model.term``, else :func:`default_term`)."""
    if model.term is not None:
        start, end = model.term.start[:7], model.term.end[:7]
    else:
        start, end = default_term(today)
    first, last = Quarter.parse_month(start), Quarter.parse_month(end)
    quarters = [first]
    while quarters[-1] < last:
        quarters.append(quarters[-1].next())
    column = {q: i for i, q in enumerate(quarters)}
    dated = sorted((c for c in coverage.items if c.item.due), key=lambda c: c.item.due[:7] if c.item.due else "")
    rows = []
    for cov in dated:
        month = (cov.item.due or "")[:7]
        quarter = cov.quarter
        if month < start:
            placement = "before_term"
        elif month > end:
            placement = "after_term"
        else:
            placement = "in_term"
        rows.append(
            RoadmapRow(
                cov, quarter, column.get(quarter) if placement == "in_term" and quarter is not None else None, placement
            )
        )
    rows += [RoadmapRow(c, None, None, "no_due") for c in coverage.items if not c.item.due]
    return Roadmap(today, start, end, model.term is not None, quarters, rows)
