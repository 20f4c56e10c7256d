"""The planner: one plan from the model and its analysis (see :mod:`verbinder.plan.result`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.i18n import Msg
from verbinder.plan.result import Assignment, Plan, Unmet

if TYPE_CHECKING:
    from verbinder.plan.connect import ConnectPlan
    from verbinder.plan.staffing import StaffingPlan


def from_parts(staffing: StaffingPlan, connections: ConnectPlan) -> Plan:
    """A plan made of today's staffing and connect plans (each with its own capacity)."""
    assignments = []
    unmet = []
    for s in staffing.suggestions:
        if s.fit is not None:
            share = 1.0 - len(s.fit.not_assessed) / max(1, len(s.fit.requirements))
            why = Msg("plan.why.assigned", name=s.fit.member, fit=s.fit.coverage)
            assignments.append(Assignment(s.link, s.fit.member, s.fit.coverage, round(share, 2), why, index=s.index))
        else:
            unmet.append(Unmet(s.link, s.reason, Msg("plan.why.open"), link=s.link))
    for p in connections.new:
        if p.via is not None and p.fit is not None:
            share = 1.0 - len(p.fit.not_assessed) / max(1, len(p.fit.requirements))
            why = Msg("plan.why.assigned", name=p.via, fit=p.fit.coverage)
            assignments.append(Assignment(p.id, p.via, p.fit.coverage, round(share, 2), why, new=True))
    for u in connections.unmet:
        unmet.append(Unmet(u.subject, "principle", u.why, agenda=u.agenda, principle=u.principle))
    return Plan(
        assignments=tuple(assignments),
        proposals=tuple(connections.proposals),
        unmet=tuple(unmet),
        load=dict(staffing.load),
        min_fit=staffing.min_fit,
        items=tuple(connections.items),
        owners=dict(connections.owners),
    )
