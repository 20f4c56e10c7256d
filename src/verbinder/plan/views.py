"""The plan as ``staff`` and ``connect`` show it: the same members and links, in their older shapes.

``staff`` lists every link without a connector with the plan's member (or why
it stays open); ``connect`` lists the plan's proposals, each with the plan's
connector.  Neither plans anything itself, so following both never hands out
the same free capacity twice.
"""

from __future__ import annotations

from verbinder.model import Model
from verbinder.plan.connect import ConnectPlan
from verbinder.plan.connect import Unmet as ConnectUnmet
from verbinder.plan.result import Plan
from verbinder.plan.staffing import Fit, StaffingPlan, Suggestion


def staffing_view(plan: Plan, model: Model, link_ids: list[str]) -> StaffingPlan:
    """Every open link of the model with the plan's connector, or why it stays open (an escalation included)."""
    actors = model.actor_index()
    assigned = {a.link: a for a in plan.assignments if not a.new}
    unmet = {u.link: u for u in plan.unmet if u.link is not None}
    escalated = {e.link: e for e in plan.escalations if e.link is not None}
    suggestions = []
    for index, (link, lid) in enumerate(zip(model.links, link_ids, strict=True)):
        if link.via is not None:
            continue
        a = assigned.get(lid)
        if a is not None:
            fit = Fit(a.member, a.fit, a.fit, None, (), (), (), a.known_share)
            member = actors[a.member]
            gaps = tuple(
                (d.competency, d.required, d.current)
                for d in plan.development
                if d.member == a.member and lid in d.links
            )
            unknown = a.unknown
            fit = Fit(member.id, a.fit, a.fit, None, (), gaps, unknown, a.known_share)
            suggestions.append(Suggestion(lid, index, link.from_, link.to, fit, "assigned", why=a.why, team=a.team))
            continue
        if lid in escalated:
            e = escalated[lid]
            suggestions.append(Suggestion(lid, index, link.from_, link.to, None, "escalated", why=e.why))
            continue
        u = unmet.get(lid)
        reason = u.reason if u is not None else "no_members"
        best = None
        if u is not None and u.best is not None:
            best = Fit(u.best, u.best_fit, u.best_fit, None, (), (), ())
        candidates = u.candidates if u is not None else 0
        why = u.why if u is not None else None
        suggestions.append(Suggestion(lid, index, link.from_, link.to, None, reason, best, candidates, why))
    load = dict(plan.load)
    return StaffingPlan(suggestions, load, plan.min_fit)


def connect_view(plan: Plan, agenda: str | None = None) -> ConnectPlan:
    """The plan's proposals (those of ``agenda`` only, when given), each with the plan's connector."""
    proposals = [p for p in plan.proposals if agenda is None or p.agenda == agenda]
    shown = {p.id for p in proposals}
    unmet = []
    for u in plan.unmet:
        if u.reason == "principle" and (agenda is None or u.agenda == agenda):
            unmet.append(ConnectUnmet(u.agenda, u.principle or "reach", u.subject, u.why))
        elif u.link in shown:
            principle = next(p.principle for p in proposals if p.id == u.link)
            unmet.append(ConnectUnmet(u.agenda, principle, u.subject, u.why))
    items = [i for i in plan.items if agenda is None or i == agenda]
    owners = {i: plan.owners.get(i) for i in items}
    return ConnectPlan(proposals, unmet, items, owners, plan.min_fit)
