"""The competency catalogue: what each competency means, its four levels, how to grow it.

The shipped catalogue is ``competencies.yaml``; a model may point at its own
(``catalogue:`` key or ``--catalogue``).  See docs/model.md for the format.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from verbinder.errors import InputError
from verbinder.i18n import Msg
from verbinder.io.validate import choice, located, parse
from verbinder.io.yamlread import load_yaml
from verbinder.model import Slug, Strict, Text, unknown
from verbinder.resources import default_catalogue

#: The 70-20-10 forms of learning: an on-the-job assignment (70), coaching or a role model (20), training (10).
MethodForm = Literal["werkopdracht", "coaching", "rolmodel", "training"]
CompetencyLevel = Annotated[int, Field(ge=1, le=4, strict=True)]


class Indicators(Strict):
    """Observable behaviour at one level, in both languages."""

    nl: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class LevelSpec(Strict):
    """One of the four levels of a competency."""

    level: CompetencyLevel
    indicators: Indicators


class Method(Strict):
    """A way to develop a competency, with a concrete exercise.

    ``step`` is the level the method leads to (1: from 0 to 1, ..., 4: from 3 to 4); a method without a step
    serves every step (catalogues written before steps existed).  ``form`` is its 70-20-10 form.
    """

    approach: Slug = Field(description="the id of one of the catalogue's approaches")
    name: Text
    exercise: Text
    step: CompetencyLevel | None = None
    form: MethodForm | None = None

    def serves(self, current: int, required: int) -> bool:
        """Whether the method helps someone grow from ``current`` to ``required``."""
        return self.step is None or current < self.step <= required


class SourceRef(Strict):
    """Where a competency or rule comes from."""

    citation: str = Field(min_length=1)
    url: str | None = None


class ScaleLevel(Strict):
    """A level of the shared four-level scale."""

    level: CompetencyLevel
    name: Text
    description: Text | None = None


class Approach(Strict):
    """A development approach a method follows (agile, dienend-leiderschap, ...), listed under approaches."""

    id: Slug
    name: Text
    description: Text | None = None


class Cluster(Strict):
    """A group of related competencies."""

    id: Slug
    name: Text
    description: Text | None = None


class Competency(Strict):
    """One competency with its levels, methods and sources."""

    id: Slug
    name: Text
    definition: Text
    cluster: Slug
    levels: list[LevelSpec] = Field(min_length=4, max_length=4)
    methods: list[Method] = Field(min_length=1)
    sources: list[SourceRef] = Field(min_length=1)
    esco: str | None = None
    disposition: bool = Field(
        False,
        description="a disposition rather than a skill (humility, forgiveness, authenticity: servant-leadership "
        "dimensions): shown as a theme for reflection, never counted or exported as a gap",
    )


class Catalogue(Strict):
    """A whole catalogue file."""

    schema_version: Literal[1] = 1
    scale: list[ScaleLevel] = Field(min_length=4, max_length=4)
    clusters: list[Cluster] = Field(default_factory=list)
    approaches: list[Approach] = Field(
        default_factory=list, description="the development approaches methods name; without it, the shipped ones"
    )
    competencies: list[Competency] = Field(min_length=1)

    def index(self) -> dict[str, Competency]:
        """Competencies by id."""
        return {c.id: c for c in self.competencies}

    def approach(self, approach_id: str) -> Approach | None:
        """The development approach with this id, if any."""
        return next((a for a in self.approaches if a.id == approach_id), None)


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue; every problem is located in the file."""
    data, source = load_yaml(path)
    catalogue = parse(Catalogue, data, source)
    if not catalogue.approaches and path.resolve() != default_catalogue().resolve():
        catalogue.approaches = list(shipped_approaches())
    approaches = [a.id for a in catalogue.approaches]
    issues = _duplicates("approaches", approaches, Msg("what.approach"))
    issues += _duplicates("competencies", [c.id for c in catalogue.competencies], Msg("what.competency"))
    clusters = [c.id for c in catalogue.clusters]
    for i, comp in enumerate(catalogue.competencies):
        if clusters and comp.cluster not in clusters:
            issues.append((("competencies", i, "cluster"), unknown("cluster", comp.cluster, clusters)))
        for j, spec in enumerate(comp.levels):
            if spec.level != j + 1:
                issues.append((("competencies", i, "levels", j, "level"), Msg("err.level_order", expected=j + 1)))
            if len(spec.indicators.nl) != len(spec.indicators.en):
                issues.append((("competencies", i, "levels", j, "indicators"), Msg("err.indicator_count")))
        for j, method in enumerate(comp.methods):
            if method.approach not in approaches:
                issues.append((("competencies", i, "methods", j, "approach"), choice(method.approach, approaches)))
    if issues:
        raise InputError(located(issues, source))
    return catalogue


def _duplicates(section: str, ids: list[str], what: Msg) -> list[tuple[tuple[str | int, ...], Msg]]:
    """A problem for each id of ``section`` that an earlier entry already has."""
    seen: set[str] = set()
    issues: list[tuple[tuple[str | int, ...], Msg]] = []
    for i, item_id in enumerate(ids):
        if item_id in seen:
            issues.append(((section, i, "id"), Msg("err.duplicate_id", what=what, value=item_id)))
        seen.add(item_id)
    return issues


@cache
def shipped_approaches() -> tuple[Approach, ...]:
    """The development approaches of the shipped catalogue: those of a catalogue that names none itself."""
    return tuple(load_catalogue(default_catalogue()).approaches)
