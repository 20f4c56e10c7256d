"""What changed between two versions of a model, and what follows from it.

Actors, agenda items and links are matched by id (a link's own id, else its
derived id from :func:`verbinder.model.assign_link_ids`, which does not depend
on the link's place in the file).  Besides the changed fields, the diff shows
the consequences: a link's classification (type, position), the kopgroep
members' competency gaps, and the coverage of the coalition agreement.

Two models are *equal* when their content is: comments, layout and the order
of actors, links and agenda items do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from verbinder.analysis.agenda import AgendaCoverage, agenda_coverage
from verbinder.analysis.gaps import gap
from verbinder.analysis.links import Analysis, LinkAssessment, analyse_links
from verbinder.analysis.profiles import member_profiles
from verbinder.model import Model
from verbinder.rules.engine import RuleSet

#: Top-level keys compared item by item; every other top-level key (name, language, kinds, term, ...) as a whole.
ITEMISED = ("actors", "links", "agenda")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: ``field`` is dotted for a competency (``competencies.vertalen``)."""

    field: str
    old: Any
    new: Any
    date: str | None = None  # for a level: the date of the assessment in the newer version that set it
    rater: str | None = None  # ... and who rated it (self, manager, peer)


@dataclass(slots=True)
class Changed:
    """A thing present in both versions, with the fields that differ."""

    id: str
    changes: list[FieldChange]


@dataclass(slots=True)
class LinkChange(Changed):
    """A link present in both versions: changed fields and its classification before and after."""

    type: tuple[str, str] = ("", "")
    position: tuple[str | None, str | None] = (None, None)


@dataclass(frozen=True, slots=True)
class GapChange:
    """A kopgroep member's (required, current) level of one competency, before and after (None: no need)."""

    member: str
    competency: str
    old: tuple[int, int | None] | None  # current None: not assessed
    new: tuple[int, int | None] | None


@dataclass(slots=True)
class CoverageChange:
    """How an agenda item's coverage changed."""

    id: str
    covered: tuple[bool, bool]
    links_added: list[str]
    links_removed: list[str]
    connectors_added: list[str]
    connectors_removed: list[str]
    open_gaps: tuple[int, int]


@dataclass(slots=True)
class Side:
    """One version of the model, analysed."""

    model: Model
    analysis: Analysis
    coverage: AgendaCoverage
    links: dict[str, LinkAssessment]


@dataclass(slots=True)
class ModelDiff:
    """Everything that differs between an old and a new version of a model."""

    old: Side
    new: Side
    model: list[FieldChange] = field(default_factory=list)
    actors_added: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    actors_changed: list[Changed] = field(default_factory=list)
    links_added: list[str] = field(default_factory=list)
    links_removed: list[str] = field(default_factory=list)
    links_changed: list[LinkChange] = field(default_factory=list)
    agenda_added: list[str] = field(default_factory=list)
    agenda_removed: list[str] = field(default_factory=list)
    agenda_changed: list[Changed] = field(default_factory=list)
    gaps: list[GapChange] = field(default_factory=list)
    coverage: list[CoverageChange] = field(default_factory=list)

    @property
    def changes(self) -> int:
        """The number of differences in content (model fields, actors, links and agenda items)."""
        return (
            len(self.model)
            + len(self.actors_added)
            + len(self.actors_removed)
            + len(self.actors_changed)
            + len(self.links_added)
            + len(self.links_removed)
            + sum(1 for c in self.links_changed if c.changes)
            + len(self.agenda_added)
            + len(self.agenda_removed)
            + len(self.agenda_changed)
        )

    @property
    def equal(self) -> bool:
        """The two versions have the same content."""
        return self.changes == 0


def side(model: Model, link_ids: list[str], rules: RuleSet) -> Side:
    """Analyse one version."""
    analysis = analyse_links(model, link_ids, rules)
    return Side(model, analysis, agenda_coverage(analysis), {a.id: a for a in analysis.links})


def field_changes(old: BaseModel, new: BaseModel, skip: tuple[str, ...] = ("id",)) -> list[FieldChange]:
    """The fields of two versions of one object that differ; a mapping (competencies) is compared per key."""
    a = old.model_dump(mode="json", by_alias=True)
    b = new.model_dump(mode="json", by_alias=True)
    out: list[FieldChange] = []
    added = _new_assessments(a.get("assessments"), b.get("assessments"))
    for key in a:
        if key in skip or a[key] == b[key]:
            continue
        if key == "assessments" and isinstance(a[key], list) and isinstance(b[key], list):
            continue  # shown as the dates of the level changes (below), not as a list
        if isinstance(a[key], dict) and isinstance(b[key], dict) and key == "competencies":
            for sub in sorted(set(a[key]) | set(b[key])):
                if a[key].get(sub) != b[key].get(sub):
                    record = added.get(sub, {})
                    old_level, new_level = a[key].get(sub), b[key].get(sub)
                    when, rater = record.get("date"), record.get("rater")
                    out.append(FieldChange(f"{key}.{sub}", old_level, new_level, when, rater))
        else:
            out.append(FieldChange(key, a[key], b[key]))
    return out


def _new_assessments(old: Any, new: Any) -> dict[str, dict[str, Any]]:
    """Per competency the assessment the newer version adds that sets the level.

    By the rater precedence of :func:`verbinder.analysis.history.current_level`:
    the latest manager or peer rating, else the latest self-rating.
    """
    if not isinstance(old, list) or not isinstance(new, list):
        return {}
    seen = [dict(r) for r in old]
    chosen: dict[str, dict[str, Any]] = {}
    for record in new:
        if record in seen:
            seen.remove(record)
            continue
        best = chosen.get(record["competency"])
        rank = (record.get("rater", "self") != "self", record["date"])
        if best is None or rank >= (best.get("rater", "self") != "self", best["date"]):
            chosen[record["competency"]] = record
    return chosen


def _match(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str], list[Changed]]:
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    changed = [Changed(k, c) for k in new if k in old for c in [field_changes(old[k], new[k])] if c]
    return added, removed, changed


def member_needs(s: Side, rules: RuleSet) -> dict[tuple[str, str], tuple[int, int | None]]:
    """Per kopgroep member and competency: (required, current) where something is required.

    The profiles' definition (:func:`verbinder.analysis.profiles.member_profiles`):
    required is the highest level asked by the member's links or the baseline of
    their role, within the profile's at most 12 (the rest, "also relevant", has
    no gap); current is the member's level (``None`` when not assessed: see
    :mod:`verbinder.analysis.gaps`).
    """
    return {
        (p.id, c.id): (c.required, c.current)
        for p in member_profiles(s.model, s.analysis, rules)
        for c in p.competencies
        if c.required > 0
    }


def diff_models(old: Side, new: Side, old_rules: RuleSet, new_rules: RuleSet) -> ModelDiff:
    """Compare two analysed versions of a model."""
    result = ModelDiff(old, new)
    result.model = field_changes(old.model, new.model, skip=ITEMISED)
    result.actors_added, result.actors_removed, result.actors_changed = _match(
        old.model.actor_index(), new.model.actor_index()
    )
    old_agenda = {i.id: i for i in old.model.agenda}
    new_agenda = {i.id: i for i in new.model.agenda}
    result.agenda_added, result.agenda_removed, result.agenda_changed = _match(old_agenda, new_agenda)

    result.links_added = [k for k in new.links if k not in old.links]
    result.links_removed = [k for k in old.links if k not in new.links]
    for lid, b in new.links.items():
        a = old.links.get(lid)
        if a is None:
            continue
        changes = field_changes(a.link, b.link)
        pos_a = a.position.value if a.position else None
        pos_b = b.position.value if b.position else None
        if changes or a.type != b.type or pos_a != pos_b:
            result.links_changed.append(LinkChange(lid, changes, (a.type.value, b.type.value), (pos_a, pos_b)))

    needs_a, needs_b = member_needs(old, old_rules), member_needs(new, new_rules)
    keys = list(needs_a) + [k for k in needs_b if k not in needs_a]
    for key in sorted(keys):
        va, vb = needs_a.get(key), needs_b.get(key)
        gap_a = va is not None and bool(gap(*va))
        gap_b = vb is not None and bool(gap(*vb))
        if va != vb and (gap_a or gap_b):
            result.gaps.append(GapChange(key[0], key[1], va, vb))

    cov_a = {c.item.id: c for c in old.coverage.items}
    for cb in new.coverage.items:
        ca = cov_a.get(cb.item.id)
        if ca is None:
            continue
        change = CoverageChange(
            cb.item.id,
            (ca.covered, cb.covered),
            [x for x in cb.links if x not in ca.links],
            [x for x in ca.links if x not in cb.links],
            [x for x in cb.connectors if x not in ca.connectors],
            [x for x in ca.connectors if x not in cb.connectors],
            (len(ca.open_gaps()), len(cb.open_gaps())),
        )
        moved = change.links_added or change.links_removed or change.connectors_added or change.connectors_removed
        if moved or ca.covered != cb.covered or change.open_gaps[0] != change.open_gaps[1]:
            result.coverage.append(change)
    return result
