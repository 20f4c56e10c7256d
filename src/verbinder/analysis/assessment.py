"""Self-assessment: which competencies to ask, answers from a file, levels written back into the model.

The questionnaire itself (``verbinder assess``) lives in the CLI; this module
holds what can be tested without a terminal.
"""

from __future__ import annotations

from pathlib import Path

from verbinder.analysis.profiles import MemberProfile
from verbinder.catalogue import Catalogue
from verbinder.errors import InputError
from verbinder.i18n import Msg
from verbinder.io.validate import sort_problems
from verbinder.io.yamlread import load_yaml
from verbinder.model import Actor, unknown

#: Servant-leadership reflection questions (van Dierendonck & Nuijten 2011): message keys, asked in order.
REFLECTION_KEYS = (
    "assess.reflect.standing_back",
    "assess.reflect.empowerment",
    "assess.reflect.humility",
    "assess.reflect.stewardship",
)


def relevant_competencies(profile: MemberProfile, catalogue: Catalogue, *, everything: bool = False) -> list[str]:
    """The competencies to ask about, in catalogue order: those the member's links or role require (or all)."""
    if everything:
        return [c.id for c in catalogue.competencies]
    asked = {c.id for c in profile.asked if c.required > 0}
    return [c.id for c in catalogue.competencies if c.id in asked]


def read_answers(path: Path, catalogue: Catalogue) -> dict[str, int]:
    """Answers from a YAML or JSON file: a mapping of competency id to level 0..4.

    Every problem is reported at once, located in the file (unknown ids with
    "did you mean", levels that are not whole numbers from 0 to 4).
    """
    data, source = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError(source.problem((), Msg("assess.err.answers_mapping")))
    ids = [c.id for c in catalogue.competencies]
    problems = []
    answers: dict[str, int] = {}
    for key, value in data.items():
        if key not in ids:
            problems.append(source.problem((key,), unknown("competency", str(key), ids), key=True))
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
            problems.append(source.problem((key,), Msg("assess.err.level", value=repr(value))))
        else:
            answers[key] = value
    if problems:
        raise InputError(sort_problems(problems))
    return answers


def changes(actor: Actor, levels: dict[str, int]) -> dict[str, tuple[int | None, int]]:
    """``{competency: (old, new)}`` for the levels that differ from the model (old ``None``: not assessed).

    An answer of 0 is recorded: it is an assessed level ("not yet shown"), not the
    absence of an assessment (see :mod:`verbinder.analysis.gaps`).
    """
    out: dict[str, tuple[int | None, int]] = {}
    for cid, new in levels.items():
        old = actor.competencies.get(cid)
        if old != new:
            out[cid] = (old, new)
    return out
