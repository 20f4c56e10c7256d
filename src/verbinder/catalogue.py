"""The competency catalogue: what each competency means, its four levels, how to grow it.

The shipped catalogue is ``competencies.yaml``; a model may point at its own
(``catalogue:`` key or ``--catalogue``).  See the README for the format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from verbinder.errors import InputError
from verbinder.i18n import Msg
from verbinder.io.validate import located, parse
from verbinder.io.yamlread import load_yaml
from verbinder.model import Slug, Strict, Text, unknown

Approach = Literal["agile", "waardegedreven-samenwerken", "dienend-leiderschap", "rolmodel", "reflectie"]
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

    approach: Approach
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


class Catalogue(Strict):
    """A whole catalogue file."""

    schema_version: Literal[1] = 1
    scale: list[ScaleLevel] = Field(min_length=4, max_length=4)
    clusters: list[Cluster] = Field(default_factory=list)
    competencies: list[Competency] = Field(min_length=1)

    def index(self) -> dict[str, Competency]:
        """Competencies by id."""
        return {c.id: c for c in self.competencies}


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue; every problem is located in the file."""
    data, source = load_yaml(path)
    catalogue = parse(Catalogue, data, source)
    issues: list[tuple[tuple[str | int, ...], Msg]] = []
    clusters = [c.id for c in catalogue.clusters]
    seen: set[str] = set()
    for i, comp in enumerate(catalogue.competencies):
        if comp.id in seen:
            issues.append(
                (("competencies", i, "id"), Msg("err.duplicate_id", what=Msg("what.competency"), value=comp.id))
            )
        seen.add(comp.id)
        if clusters and comp.cluster not in clusters:
            issues.append((("competencies", i, "cluster"), unknown("cluster", comp.cluster, clusters)))
        for j, spec in enumerate(comp.levels):
            if spec.level != j + 1:
                issues.append((("competencies", i, "levels", j, "level"), Msg("err.level_order", expected=j + 1)))
            if len(spec.indicators.nl) != len(spec.indicators.en):
                issues.append((("competencies", i, "levels", j, "indicators"), Msg("err.indicator_count")))
    if issues:
        raise InputError(located(issues, source))
    return catalogue
