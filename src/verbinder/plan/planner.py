"""The planner: one plan from the model and its analysis, with one capacity per member (issue 21).

What it does, in order
----------------------
1. **Proposals** per agenda item by the connect principles
   (:func:`verbinder.plan.connect.plan_connections`, unstaffed): new links and
   existing links that gain the item.  The requirements of every link are
   those *after* these extensions (an extension can ask more of a link).
2. **Political neutrality.**  A link between two politics actors (open, proposed,
   or already held by a kopgroep member) is not the kopgroep's to make: it is
   escalated to the item's owner, else the model's griffie (actors of the
   department ``griffie``), else the word ``griffie``.  A held one keeps its
   connector (the advisor decides); none gets one.
3. **One optimisation** over the open links, the new links and the links held
   by kopgroep members (which may move), with one capacity per member.  A
   member's fit is counted over the asked competencies that are assessed
   (*unknown is not zero*); ``known_share`` is the share of the asked
   competencies that is assessed; the fit is ``None`` when none is.  A member
   qualifies for a link at ``min_fit`` % of the known asked levels; a member
   with a null fit only where no assessed member qualifies.  Lexicographic
   objectives, solved in stages:

   1. unmet existing links (open, or held beyond capacity), fewest first;
   2. unmet new links;
   3. the importance of what stays unmet (the least important stays unmet, and
      moves off a member over capacity the least important first);
   3b. the fewest null fits: a member assessed in nothing the link asks is a
      last resort, taken only where every assessed member who qualifies is
      full (a full member does not qualify), and then with an assessment;
   4. known gap levels over all links;
   5. the number of moves (then, among equal numbers, the least important moved);
   6. the largest total ``known_share``.

   Each stage is a linear programme over the assignment polytope (totally
   unimodular: its vertices are whole assignments), solved with HiGHS
   (:func:`scipy.optimize.linprog`).  After a stage every variable whose reduced
   cost is not zero is fixed, and every capacity with a non-zero dual made
   tight: what remains is exactly the set of optimal solutions of that stage
   (complementary slackness), in which the next stage optimises.  The
   magnitudes of the six criteria never meet in one cost matrix.  A link never
   moves without lowering stage 1-4: a move costs in stage 5 only.
4. **Teams.**  Links nobody qualifies for alone may get a duo whose levels (per
   competency the higher assessed one) qualify, chosen by competence (fewest
   gap levels, then ``known_share``) among members with room left, the most
   important links first.
5. **Assessments** where a choice depends on unknown levels: the runner-up's
   best case (its unknowns at the asked level) beats the chosen member's worst
   case (its unknowns at 0), or the chosen member has a null fit.
6. **Development** for the known gaps that remain on each member's links after
   the plan: never for an unknown level, never for a level the member has.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from verbinder.analysis.history import current_levels
from verbinder.analysis.importance import link_importance
from verbinder.graph import position
from verbinder.i18n import Msg
from verbinder.model import Actor, Link, Model
from verbinder.plan.connect import DEFAULT_TOP, ConnectPlan, Proposal, default_owner, plan_connections
from verbinder.plan.optimise import HELD, NEW, OPEN, Fits, Row, duos, optimise
from verbinder.plan.result import (
    LITTLE_KNOWN,
    AssessmentItem,
    Assignment,
    DevelopmentItem,
    Escalation,
    Plan,
    Reassignment,
    Totals,
    Unmet,
)
from verbinder.plan.staffing import DEFAULT_MIN_FIT, Fit, requirements_as
from verbinder.rules.engine import RuleSet

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis
    from verbinder.analysis.profiles import MemberProfile

#: The word written where a link between two politics actors should go and the model names no griffie actor.
GRIFFIE = "griffie"


def is_political(link: Link, actors: dict[str, Actor]) -> bool:
    """A link between two politics actors: no kopgroep member stands in it (ambtelijke neutraliteit)."""
    return actors[link.from_].kind == "politics" and actors[link.to].kind == "politics"


#: Words in a politics actor's name that place them in the college (the executive), not in the council.
COLLEGE_WORDS = ("wethouder", "burgemeester", "alderman", "mayor")


def in_college(actor: Actor) -> bool:
    """A politics actor of the college (a wethouder or the mayor, by name): both ends of a link in it are on the
    same side, and a civil servant brokers between administrators there, not between parties."""
    name = actor.name.lower()
    return actor.kind == "politics" and any(word in name for word in COLLEGE_WORDS)


def griffie_actors(model: Model) -> tuple[str, ...]:
    """The model's griffie: actors of the department ``griffie`` (the council's clerk's office)."""
    return tuple(a.id for a in model.actors if (a.department or "").strip().lower() == GRIFFIE)


def make_plan(
    model: Model,
    link_ids: list[str],
    analysis: Analysis,
    ruleset: RuleSet,
    *,
    today: _dt.date,
    min_fit: int = DEFAULT_MIN_FIT,
    weave: bool = False,
    top: int = DEFAULT_TOP,
) -> Plan:
    """The plan for ``model`` (see the module docstring)."""
    actors = model.actor_index()
    members = [a for a in model.actors if a.kopgroep]
    col = {m.id: j for j, m in enumerate(members)}
    connections = plan_connections(model, link_ids, ruleset, weave=weave, top=top, min_fit=min_fit, staff=False)

    # --- the links as the plan leaves them: extensions add their items ---------------------------------------
    links = list(model.links)
    for p in connections.extend:
        if p.index is not None and p.agenda is not None and p.agenda not in links[p.index].agenda:
            links[p.index] = links[p.index].model_copy(update={"agenda": [*links[p.index].agenda, p.agenda]})
    new_links: dict[str, Link] = {}
    for p in connections.new:
        new_links[p.id] = Link.model_validate(
            {"from": p.from_, "to": p.to, "agenda": [p.agenda] if p.agenda else [], "topic": p.topic}
        )
    for p in connections.extend:
        if p.index is None and p.agenda is not None and p.agenda not in new_links[p.id].agenda:
            new_links[p.id] = new_links[p.id].model_copy(update={"agenda": [*new_links[p.id].agenda, p.agenda]})

    owners = {item.id: default_owner(item, actors) for item in model.agenda}
    griffie = griffie_actors(model)

    def importance(link: Link) -> int:
        return link_importance(link, model, today, actors=actors)

    def escalate_to(link: Link) -> tuple[str, ...]:
        found = tuple(dict.fromkeys(o for ref in link.agenda if (o := owners.get(ref)) is not None))
        return found or griffie or (GRIFFIE,)

    # --- rows, fixed load and escalations ----------------------------------------------------------------------
    rows: list[Row] = []
    escalations: list[Escalation] = []
    fixed = np.zeros(len(members), dtype=np.int64)  # links a member carries that do not move
    before = np.zeros(len(members), dtype=np.int64)
    held_fixed: list[tuple[int, Link, str]] = []  # (index, link, id) of kopgroep-held links that stay as they are
    for i, link in enumerate(links):
        lid = link_ids[i]
        for m in link.carriers():
            if m in col:
                before[col[m]] += 1
        political = is_political(link, actors)
        if link.via is None:
            if political:
                escalations.append(Escalation(escalate_to(link), _why_escalate(link, actors), link=lid))
            else:
                rows.append(Row(OPEN, lid, link, importance(link), index=i))
            continue
        if link.via not in col:
            continue
        if political:
            escalations.append(Escalation(escalate_to(link), _why_escalate(link, actors, held=True), link=lid))
        if political or link.team:
            for m in link.carriers():
                if m in col:
                    fixed[col[m]] += 1
            held_fixed.append((i, link, lid))
            continue
        rows.append(Row(HELD, lid, link, importance(link), index=i, holder=col[link.via]))
    for p in connections.new:
        link = new_links[p.id]
        if is_political(link, actors):
            escalations.append(Escalation(escalate_to(link), _why_escalate(link, actors), proposal=p.id))
        else:
            rows.append(Row(NEW, p.id, link, importance(link), proposal=p))

    # --- what each row asks of each member, and how each member meets it ---------------------------------------
    levels = [current_levels(m) for m in members]
    cache: dict = {}
    fits = Fits(rows, members, levels, actors, ruleset, cache, min_fit)
    capacity = np.array([m.capacity for m in members], dtype=np.int64)
    free = np.maximum(capacity - fixed, 0)

    chosen, beyond = optimise(rows, fits, free, before, capacity) if rows and members else ([-1] * len(rows), {})
    # a member over capacity: the least important links they keep are the ones beyond it ("over capacity")
    over_rows: set[int] = set()
    for j, count in beyond.items():
        mine = sorted(
            (r for r, c in enumerate(chosen) if c == j),
            key=lambda r: (rows[r].holder != j, rows[r].importance, rows[r].lid),
        )
        over_rows.update(mine[:count])

    # --- duos for what no single member qualifies for -----------------------------------------------------------
    load = fixed.copy()
    for j in chosen:
        if j >= 0:
            load[j] += 1
    teams: dict[int, tuple[int, int]] = {}
    lonely = [r for r, j in enumerate(chosen) if j < 0 and rows[r].kind != HELD and not fits.qualifies[r].any()]
    if lonely and len(members) >= 2:
        teams = duos(lonely, rows, fits, capacity - load)
        for a, b in teams.values():
            load[a] += 1
            load[b] += 1

    # everything worked out above that the assembly reads, by name (the fields of _Work)
    worked = locals()
    return _assemble(_Work(**{name: worked[name] for name in _Work.__dataclass_fields__}))


def _short(name: str) -> str:
    from verbinder.plan.actions import short_name

    return short_name(name)


def _why_escalate(link: Link, actors: dict[str, Actor], *, held: bool = False) -> Msg:
    a, b = _short(actors[link.from_].name), _short(actors[link.to].name)
    if held and link.via is not None:
        return Msg("plan.why.escalate_held", a=a, b=b, via=_short(actors[link.via].name))
    return Msg("plan.why.escalate", a=a, b=b)


@dataclass(slots=True)
class _Work:
    """What :func:`make_plan` worked out, for :func:`_assemble` to turn into the plan."""

    model: Model
    link_ids: list[str]
    links: list[Link]
    rows: list[Row]
    fits: Fits
    chosen: list[int]
    teams: dict[int, tuple[int, int]]
    members: list[Actor]
    levels: list[dict[str, int]]
    actors: dict[str, Actor]
    ruleset: RuleSet
    cache: dict
    connections: ConnectPlan
    escalations: list[Escalation]
    held_fixed: list[tuple[int, Link, str]]
    before: np.ndarray
    load: np.ndarray
    capacity: np.ndarray
    min_fit: int
    owners: dict[str, str | None]
    over_rows: set[int]


def _assemble(w: _Work) -> Plan:
    from verbinder.analysis.gaps import team_levels

    ids = [m.id for m in w.members]
    col = {mid: j for j, mid in enumerate(ids)}
    assignments: list[Assignment] = []
    reassignments: list[Reassignment] = []
    unmet: list[Unmet] = []
    assess: dict[int, tuple[dict[str, None], dict[str, None]]] = {}
    dev: dict[tuple[int, str], list] = {}
    gap_before = gap_after = 0

    def develop(j: int, lid: str, reqs, own: dict[str, int], team: dict[str, int] | None = None) -> int:
        """Record member ``j``'s known gaps on a link; return the link's known gap w.levels (the team's, if any)."""
        total = 0
        for q in reqs:
            have = (team if team is not None else own).get(q.competency)
            if have is None or have >= q.level:
                continue
            total += q.level - have
            cur = own.get(q.competency)
            if cur is not None and cur < q.level:
                entry = dev.setdefault((j, q.competency), [cur, 0, []])
                entry[1] = max(entry[1], q.level)
                entry[2].append(lid)
        return total

    def to_assess(j: int, competencies, lid: str) -> None:
        if competencies:
            comps, lids = assess.setdefault(j, ({}, {}))
            comps.update(dict.fromkeys(competencies))
            lids[lid] = None

    def unknown(r: int, j: int) -> list[str]:
        return [q.competency for q in w.fits.reqs[r][j] if q.competency not in w.levels[j]]

    def fit_of(r: int, j: int) -> int | None:
        value = w.fits.fit[r, j]
        return None if np.isnan(value) else int(value)

    def check_unknowns(r: int, row: Row, j: int) -> None:
        """Assess where the choice depends on unknown w.levels (module docstring, step 5)."""
        if fit_of(r, j) is None:
            to_assess(j, unknown(r, j), row.lid)
        others = np.flatnonzero(w.fits.edge_ok(r, row))
        others = others[others != j]
        if not len(others):
            return
        order = sorted(others.tolist(), key=lambda k: (w.fits.gap[r, k], -w.fits.share[r, k], k))
        runner = order[0]
        if w.fits.gap[r, runner] < w.fits.gap[r, j] + w.fits.unknown_levels[r, j]:
            to_assess(j, unknown(r, j), row.lid)
            to_assess(runner, unknown(r, runner), row.lid)

    unmet_before = sum(1 for row in w.rows if row.kind == OPEN) + int(np.maximum(w.before - w.capacity, 0).sum())
    for r, row in enumerate(w.rows):
        j = w.chosen[r]
        if row.kind == HELD:
            gap_before += int(w.fits.gap[r, row.holder])
        if r in w.over_rows and j == row.holder:
            j = -1  # kept beyond capacity: unmet, over capacity (below)
        if j >= 0:
            gap = develop(j, row.lid, w.fits.reqs[r][j], w.levels[j])
            gap_after += gap
            if row.kind == HELD:
                if j != row.holder:
                    was = ids[row.holder]
                    if w.before[row.holder] > w.capacity[row.holder] and w.fits.gap[r, j] >= w.fits.gap[r, row.holder]:
                        why = Msg(
                            "plan.why.move_capacity",
                            name=_short(w.members[row.holder].name),
                            load=int(w.before[row.holder]),
                            capacity=int(w.capacity[row.holder]),
                            to=_short(w.members[j].name),
                        )
                    elif w.fits.gap[r, j] >= w.fits.gap[r, row.holder]:
                        why = Msg("plan.why.move_chain", to=_short(w.members[j].name))
                    else:
                        why = Msg(
                            "plan.why.move_gaps",
                            to=_short(w.members[j].name),
                            before=int(w.fits.gap[r, row.holder]),
                            after=int(w.fits.gap[r, j]),
                        )
                    reassignments.append(
                        Reassignment(
                            row.lid,
                            was,
                            ids[j],
                            int(w.fits.gap[r, row.holder]),
                            int(w.fits.gap[r, j]),
                            why,
                            row.index if row.index is not None else -1,
                        )
                    )
                continue
            fit = fit_of(r, j)
            if fit is None:
                why = Msg("plan.why.assign_unknown", name=_short(w.members[j].name), n=len(unknown(r, j)))
            else:
                known = round(float(w.fits.share[r, j]) * len(w.fits.reqs[r][j]))
                why = Msg(
                    "plan.why.assign_partly" if w.fits.share[r, j] < LITTLE_KNOWN else "plan.why.assign",
                    name=_short(w.members[j].name),
                    fit=fit,
                    known=known,
                    n=len(w.fits.reqs[r][j]),
                    gaps=int(w.fits.gap[r, j]),
                )
            assignments.append(
                Assignment(
                    row.lid,
                    ids[j],
                    fit,
                    round(float(w.fits.share[r, j]), 2),
                    why,
                    gap_levels=gap,
                    new=row.kind == NEW,
                    index=row.index,
                    unknown=tuple(unknown(r, j)),
                    asked=len(w.fits.reqs[r][j]),
                )
            )
            if w.fits.share[r, j] < LITTLE_KNOWN:  # a fit over few assessed levels: assess first
                to_assess(j, unknown(r, j), row.lid)
            check_unknowns(r, row, j)
        elif r in w.teams:
            lead, partner = w.teams[r]
            reqs = w.fits.reqs[r][lead]
            team = team_levels([w.levels[lead], w.levels[partner]])
            gap = develop(lead, row.lid, reqs, w.levels[lead], team)
            develop(partner, row.lid, reqs, w.levels[partner], team)
            gap_after += gap
            measured = w.fits._measure(reqs, np.maximum(w.fits.levels[lead], w.fits.levels[partner])[None, :])
            fit = None if np.isnan(measured[2][0]) else int(measured[2][0])
            why = Msg(
                "plan.why.team",
                lead=_short(w.members[lead].name),
                partner=_short(w.members[partner].name),
                fit=fit or 0,
            )
            assignments.append(
                Assignment(
                    row.lid,
                    ids[lead],
                    fit,
                    round(float(measured[1][0]), 2),
                    why,
                    team=(ids[lead], ids[partner]),
                    gap_levels=gap,
                    new=row.kind == NEW,
                    index=row.index,
                    unknown=tuple(q.competency for q in reqs if q.competency not in team),
                    asked=len(reqs),
                )
            )
            for k in (lead, partner):
                to_assess(k, [c for c in unknown(r, k) if c not in team], row.lid)
        elif row.kind == HELD:
            gap_after += develop(row.holder, row.lid, w.fits.reqs[r][row.holder], w.levels[row.holder])
            holder = w.members[row.holder]
            why = Msg(
                "plan.why.over_capacity",
                name=_short(holder.name),
                load=int(w.before[row.holder]),
                capacity=holder.capacity,
            )
            unmet.append(Unmet(row.lid, "over_capacity", why, link=row.lid))
        else:
            reason, why, best = _why_open(r, w.fits, w.members, w.load, w.capacity, w.min_fit)
            # an open link keeps the item it serves (a proposal written by --apply is an open link the next time)
            agenda = row.proposal.agenda if row.proposal is not None else next(iter(row.link.agenda), None)
            n = int(w.fits.qualifies[r].sum())
            best_id = ids[best] if best >= 0 else None
            best_fit = fit_of(r, best) if best >= 0 else None
            unmet.append(Unmet(row.lid, reason, why, agenda, None, row.lid, n, best_id, best_fit))
    for _i, link, lid in w.held_fixed:
        carriers = [col[m] for m in link.carriers() if m in col]
        assert link.via is not None  # held: a kopgroep member makes it
        via = w.actors[link.via]
        reqs = requirements_as(link, lid, via, w.actors, w.ruleset, w.cache)
        together = team_levels([w.levels[k] for k in carriers]) if link.team else None
        gap = 0
        for k in carriers:
            gap = max(gap, develop(k, lid, reqs, w.levels[k], together))
        gap_before += gap
        gap_after += gap
    for u in w.connections.unmet:
        unmet.append(Unmet(u.subject, "principle", u.why, agenda=u.agenda, principle=u.principle))

    # the proposals carry the plan's connector (as connect shows them)
    by_link = {a.link: a for a in assignments}
    made: dict[str, Proposal] = {}
    row_of = {id(row.proposal): k for k, row in enumerate(w.rows) if row.proposal is not None}
    for p in w.connections.new:
        given = by_link.get(p.id)
        at = row_of.get(id(p))
        if given is not None and at is not None:
            j = col[given.member]
            p.via, p.team = given.member, given.team
            p.position = position(w.actors[p.from_].kind, w.members[j].kind, w.actors[p.to].kind)
            p.fit = _fit(w.members[j], w.fits, at, j, w.levels[j])
            p.competencies = w.fits.reqs[at][j]
        elif at is not None:
            p.competencies = w.fits.reqs[at][0] if w.fits.reqs[at] else ()
        made[p.id] = p
    moved_to = {r.link: r.to_member for r in reassignments}
    row_at = {row.lid: k for k, row in enumerate(w.rows)}
    for p in w.connections.extend:
        if p.index is None:
            source = made[p.id]
            p.via, p.position, p.fit, p.competencies = source.via, source.position, source.fit, source.competencies
            continue
        link = w.links[p.index]
        lid = w.link_ids[p.index]
        moved = moved_to.get(lid)
        staffed = by_link.get(lid)
        p.via = moved or (staffed.member if staffed is not None else link.via)
        p.team = staffed.team if staffed is not None else tuple(link.team)
        if p.via is not None:
            via = w.actors[p.via]
            p.position = position(w.actors[link.from_].kind, via.kind, w.actors[link.to].kind)
            p.competencies = requirements_as(link, lid, via, w.actors, w.ruleset, w.cache)
            if p.via in col:
                at = row_at.get(lid)
                if at is not None:
                    p.fit = _fit(via, w.fits, at, col[p.via], w.levels[col[p.via]])

    unmet_after = sum(1 for u in unmet if u.reason != "principle")
    development = [
        DevelopmentItem(
            ids[j],
            comp,
            cur,
            req,
            tuple(dict.fromkeys(lids)),
            Msg("plan.why.develop", name=_short(w.members[j].name), current=cur, required=req, n=len(set(lids))),
        )
        for (j, comp), (cur, req, lids) in sorted(dev.items(), key=lambda kv: (kv[0][0], kv[1][0] - kv[1][1], kv[0][1]))
    ]
    assessments = [
        AssessmentItem(
            ids[j], tuple(comps), tuple(lids), Msg("plan.why.assess", name=_short(w.members[j].name), n=len(lids))
        )
        for j, (comps, lids) in sorted(assess.items())
    ]
    after = {ids[j]: (int(w.before[j]), int(w.load[j]), int(w.capacity[j])) for j in range(len(w.members))}
    return Plan(
        assignments=tuple(assignments),
        reassignments=tuple(reassignments),
        totals=Totals(gap_before, gap_after, unmet_before, unmet_after),
        proposals=tuple(w.connections.proposals),
        escalations=tuple(w.escalations),
        assessments=tuple(assessments),
        development=tuple(development),
        unmet=tuple(unmet),
        load=after,
        min_fit=w.min_fit,
        items=tuple(w.connections.items),
        owners=dict(w.connections.owners),
    )


def with_profile_assessments(plan: Plan, profiles: list[MemberProfile], names: dict[str, str]) -> Plan:
    """``plan`` with one assessment item per member: what the member's own links ask and nobody assessed (the
    profile's :attr:`~verbinder.analysis.profiles.MemberProfile.not_assessed`, the one source every output
    counts), then what a choice of the plan depends on.  Every command reads this one list per member."""
    from dataclasses import replace

    by_member = {a.member: a for a in plan.assessments}
    items: list[AssessmentItem] = []
    seen: set[str] = set()
    for p in profiles:
        own = p.not_assessed
        choice = by_member.get(p.id)
        if not own and choice is None:
            continue
        seen.add(p.id)
        if not own and choice is not None:
            items.append(choice)
            continue
        comps = dict.fromkeys(n.id for n in own)
        links = dict.fromkeys(lid for n in own for lid in n.links)
        extra = 0
        if choice is not None:
            extra = sum(1 for c in choice.competencies if c not in comps)
            comps.update(dict.fromkeys(choice.competencies))
            links.update(dict.fromkeys(choice.links))
        name = _short(names.get(p.id, p.id))
        why = (
            Msg("plan.why.assess_both", name=name, own=len(own), choice=extra, n=len(choice.links))
            if choice is not None and extra
            else Msg("plan.why.assess_own", name=name, n=len(own))
        )
        items.append(AssessmentItem(p.id, tuple(comps), tuple(links), why))
    items.extend(a for a in plan.assessments if a.member not in seen)
    return replace(plan, assessments=tuple(items))


def _fit(member: Actor, fits: Fits, r: int, j: int, levels: dict[str, int]) -> Fit:
    """The :class:`~verbinder.plan.staffing.Fit` of member ``j`` on row ``r`` (what ``staff`` and ``connect`` show)."""
    reqs = fits.reqs[r][j]
    value = fits.fit[r, j]
    fit = None if np.isnan(value) else int(value)
    gaps = tuple((q.competency, q.level, levels[q.competency]) for q in reqs if levels.get(q.competency, 99) < q.level)
    unknown = tuple(q.competency for q in reqs if q.competency not in levels)
    return Fit(member.id, fit, fit, None, reqs, gaps, unknown, float(fits.share[r, j]))


def _why_open(r: int, fits: Fits, members, load, capacity, min_fit: int) -> tuple[str, Msg, int]:
    """Why a link gets no connector: nobody may take it, nobody fits, or everybody who fits is full; with the
    best candidate's column (-1: none)."""
    if not fits.allowed[r].any():
        return "no_members", Msg("plan.why.no_members"), -1
    candidates = np.flatnonzero(fits.qualifies[r])
    if len(candidates):
        best = min(candidates.tolist(), key=lambda k: (fits.gap[r, k], -fits.share[r, k], k))
        return (
            "no_capacity",
            Msg(
                "plan.why.no_capacity",
                n=len(candidates),
                name=_short(members[best].name),
                load=int(load[best]),
                capacity=int(capacity[best]),
            ),
            best,
        )
    known = np.nan_to_num(np.where(fits.allowed[r], fits.fit[r], np.nan), nan=-1)
    best = int(np.argmax(known))
    if known[best] < 0:
        return "no_fit", Msg("plan.why.no_fit_unknown", min_fit=min_fit), -1
    return (
        "no_fit",
        Msg("plan.why.no_fit", min_fit=min_fit, name=_short(members[best].name), fit=int(known[best])),
        best,
    )
