"""Development plans: per member and gap, the catalogue's methods and the role models to learn from.

Methods come from the catalogue (``Competency.methods``: agile,
waardegedreven-samenwerken, dienend-leiderschap, rolmodel, reflectie, each with
an exercise): those of the steps between the member's current and required
level, step by step (a catalogue's methods without a step serve every gap).
Role models are the model's ``role_models`` who exemplify the competency, and
kopgroep colleagues whose current level in it is
:data:`INTERNAL_ROLE_MODEL_LEVEL` or higher (level 3, "complex situations and
helping others": they already help colleagues grow in it).  A colleague is
named as a role model, never with a level: one employee's assessment does not
belong in another's file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from verbinder.analysis.profiles import MemberProfile
from verbinder.catalogue import Catalogue, Competency, Method
from verbinder.model import Model

#: A kopgroep member at this level or higher can serve as an internal role model.
INTERNAL_ROLE_MODEL_LEVEL = 3


@dataclass(frozen=True, slots=True)
class RoleModelRef:
    """Someone to learn a competency from."""

    name: str
    organisation: str | None
    actor: str | None  # the actor in the model, if any
    source: str  # "model" (listed under role_models) or "kopgroep" (a colleague at level >= 3)
    # No level: a member's document never shows a colleague's assessed level (issue 22), so none is carried.


@dataclass(slots=True)
class GapPlan:
    """How to close one gap."""

    competency: str
    required: int
    current: int
    methods: list[Method]
    role_models: list[RoleModelRef]
    focus: bool = False  # one of the member's focus points (planned first)

    @property
    def gap(self) -> int:
        """Levels still to grow."""
        return max(0, self.required - self.current)


@dataclass(slots=True)
class MemberPlan:
    """A member's development plan: one entry per gap, the focus points first (most urgent first), then the rest."""

    id: str
    name: str
    gaps: list[GapPlan] = field(default_factory=list)
    not_assessed: list[str] = field(default_factory=list)  # required competencies to assess first
    asked: int = 0  # how many competencies the member's links and role ask (required > 0)
    themes: list[str] = field(default_factory=list)  # dispositions: themes for reflection, never a gap


def role_models_for(competency: str, member: str, model: Model) -> list[RoleModelRef]:
    """Role models for ``competency``: the model's list first, then kopgroep colleagues (never ``member``)."""
    found: list[RoleModelRef] = []
    named: set[str] = set()
    for rm in model.role_models:
        if competency in rm.competencies and rm.actor != member:
            found.append(RoleModelRef(rm.name, rm.organisation, rm.actor, "model"))
            if rm.actor:
                named.add(rm.actor)
    colleagues = [
        a
        for a in model.actors
        if a.kopgroep
        and a.id != member
        and a.id not in named
        and a.competencies.get(competency, 0) >= INTERNAL_ROLE_MODEL_LEVEL
    ]
    colleagues.sort(key=lambda a: (-a.competencies[competency], a.id))
    found += [RoleModelRef(a.name, None, a.id, "kopgroep") for a in colleagues]
    return found


def methods_for(competency: Competency, current: int, required: int) -> list[Method]:
    """The methods for the steps from ``current`` to ``required``, the first step first."""
    chosen = [m for m in competency.methods if m.serves(current, required)]
    return sorted(chosen, key=lambda m: m.step or 0)


def development_plans(profiles: list[MemberProfile], model: Model, catalogue: Catalogue) -> list[MemberPlan]:
    """A plan for each profile: per gap the methods and role models, the focus points first."""
    index = catalogue.index()
    plans = []
    for p in profiles:
        asked = sum(1 for c in p.asked if c.required > 0)
        plan = MemberPlan(
            p.id, p.name, not_assessed=[c.id for c in p.not_assessed], asked=asked, themes=p.reflection_themes
        )
        focus = {f.id for f in p.focus}
        for need in [c for c in p.focus_first() if c.gap]:
            assert need.current is not None  # an open gap is assessed
            comp = index.get(need.id)
            plan.gaps.append(
                GapPlan(
                    need.id,
                    need.required,
                    need.current,
                    methods_for(comp, need.current, need.required) if comp else [],
                    role_models_for(need.id, p.id, model),
                    need.id in focus,
                )
            )
        plans.append(plan)
    return plans
