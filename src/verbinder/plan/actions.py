"""What to do first: the plan and every finding of the analysis turned into one ranked list of actions.

Each action is one thing a person should do, with a priority, a one-sentence
why, the ``verbinder`` command that does it and the ids it is about (links,
actors, members, agenda items).  The kinds (:data:`KINDS`, the one table the
overview, the report, the workshop and the map read):

=====================  ==============================================================  =====
kind                   when                                                            bonus
=====================  ==============================================================  =====
``cover-agenda``       an agenda item no link serves, or none with a connector          3
``staff``              a link without a connector: the member (or duo) the plan         2
                       assigns, or why nobody can take it
``escalate``           a link between two politics actors: who should hold it (one      2
                       a kopgroep member stands in today ranks first, see below)
``include``            an agenda item or topic that reaches only the influential        2
                       (only the item's ``stakeholders`` where it names them)
``connect``            an agenda item for which the plan proposes links (reach,         2
                       voice, bridge, orchestrate, de-silo)
``<rule warning>``     a rule's warning on a link (its code, e.g. political-neutrality) 1
``reassign``           a link the plan moves to another member                          1
``rebalance``          a connector with more links than their capacity                 1
``assess``             a member asked competencies they were never assessed in         1
``assess-choice``      a choice of the plan depends on levels nobody assessed           1
``develop``            a member's open gaps on links that serve an agenda item          0
``bridge-silo``        a department no link connects to the others                      0
=====================  ==============================================================  =====

Priority
--------
``priority = importance + bonus``, where *importance* is the weight of the
links the action is about (:mod:`verbinder.analysis.importance`: 1, plus 2 per
agenda item served, plus 2 when an item is due within 12 months of today or 1
within 24, plus the tension 0-2, plus 2 or 1 for an end of influence 5 or 4),
the highest over the action's links.  An action about an agenda item rather
than a link (``cover-agenda``, ``include``) weighs like a link serving that item
alone: ``1 + 2 + due points``.  Actions are ranked by priority (highest first),
then by the table's order of kinds, then by subject: the same model always
gives the same ranking.  One exception: a kopgroep member who stands between
two politics actors today breaches ambtelijke neutraliteit, and its
``escalate`` action is raised just above every other action's priority.

Adding a kind is one :class:`ActionKind` in :data:`KINDS` (its bonus, its
label and why message keys, the function that yields its :class:`Action`
objects from a :class:`Context`) and its messages in
:mod:`verbinder.i18n.messages.actions`; nothing else changes.

>>> KIND_ORDER[:3]
('cover-agenda', 'staff', 'escalate')
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verbinder.analysis.importance import BASE, PER_AGENDA_ITEM, due_points, link_weights, months_until
from verbinder.i18n import Msg, TextMsg, localized

if TYPE_CHECKING:
    from verbinder.analysis.agenda import AgendaCoverage
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.links import Analysis, Finding
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.catalogue import Catalogue
    from verbinder.plan.result import Plan

#: Codes of the rules' warnings that another kind already turns into an action.
COVERED_CODES = frozenset({"no-connector"})
#: Competencies named in one action's why before "and N more".
MAX_NAMED = 3


@dataclass(frozen=True, slots=True)
class Action:
    """One thing to do: what, how urgent, why (one sentence) and the command that does it.

    ``kind`` is a key of :data:`KINDS`, or a rule warning's code (ranked as ``warning``).  ``subject`` is the id of
    what the action is about (a link, a member, an agenda item, a department).  ``command`` holds ``MODEL`` where
    the model's path goes.  ``links``, ``actors``, ``members`` and ``agenda`` name, as ids, the links, the actors
    (outside the kopgroep's role in it), the kopgroep members and the agenda items the action is about, so that other
    tools need not parse the sentence.
    """

    kind: str
    priority: int
    subject: str
    why: Msg | TextMsg
    command: str
    links: tuple[str, ...] = ()
    rank: int = 0
    actors: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()

    @property
    def order(self) -> int:
        """The kind's place in :data:`KINDS` (rule warnings rank as ``warning``)."""
        return list(KINDS).index(self.kind if self.kind in KINDS else "warning")


def rank_actions(actions: list[Action]) -> list[Action]:
    """``actions`` by priority (highest first), then kind order, then subject; ranks from 1."""
    ordered = sorted(actions, key=lambda a: (-a.priority, a.order, a.subject, a.kind))
    return [replace(a, rank=i) for i, a in enumerate(ordered, start=1)]


def actions(ctx: Context) -> list[Action]:
    """Every action the analysis and the plan call for (each kind of :data:`KINDS` on ``ctx``), ranked (see the
    module's docstring for the formula).

    A breach of political neutrality that exists today (a kopgroep member standing between two politics actors)
    comes first whatever its links weigh: its priority is raised just above every other action's."""
    found = [a for kind in KINDS.values() for a in kind.produce(ctx)]
    breaches = [a for a in found if a.kind == "escalate" and a.members]
    if breaches:
        top = max((a.priority for a in found if not (a.kind == "escalate" and a.members)), default=0)
        lift = {id(a): max(a.priority, top + 1) for a in breaches}
        found = [replace(a, priority=lift[id(a)]) if id(a) in lift else a for a in found]
    return rank_actions(found)


class Context:
    """What every kind reads: the analysis, the diagnostics, the agenda, the profiles, the plan; the model, its
    actors and the links' importance on ``today``.

    ``plan`` (:meth:`verbinder.project.Project.plan`) gives the connectors for open links, the links to move, the
    links to escalate, the links to make per agenda item and the assessments a choice depends on; without it (a model
    too large to plan on the fly) each open link is one ``staff`` action without a name.  ``catalogue`` names the
    competencies in the whys (in the output's language); without it they are ids.
    """

    def __init__(
        self,
        analysis: Analysis,
        diagnostics: Diagnostics,
        agenda: AgendaCoverage,
        profiles: list[MemberProfile],
        plan: Plan | None,
        rule_warnings: tuple[Finding, ...] | list[Finding],
        today: _dt.date,
        catalogue: Catalogue | None = None,
    ):
        self.diagnostics = diagnostics
        self.agenda = agenda
        self.profiles = profiles
        self.plan = plan
        self.rule_warnings = rule_warnings
        self.names = {c.id: c.name for c in catalogue.competencies} if catalogue is not None else {}
        self.model = analysis.model
        self.actors = self.model.actor_index()
        self.items = {item.id: item for item in self.model.agenda}
        self.today = today
        self.weight = link_weights(analysis, today)
        self.links = {a.id: a for a in analysis.links}
        self.by_via: dict[str, list[str]] = {}  # connector -> the links they carry
        self.by_topic: dict[str, list[str]] = {}
        self.by_end: dict[str, list[str]] = {}  # actor -> the links with them at an end
        for a in analysis.links:
            if a.link.via is not None:
                self.by_via.setdefault(a.link.via, []).append(a.id)
            if a.link.topic:
                self.by_topic.setdefault(a.link.topic, []).append(a.id)
            for end in {a.link.from_, a.link.to}:
                self.by_end.setdefault(end, []).append(a.id)
        self.proposals = {p.id: p for p in plan.proposals} if plan is not None else {}

    def name(self, actor_id: str) -> str:
        """The actor's name without its description (the full one is in the model and the JSON's ids)."""
        actor = self.actors.get(actor_id)
        return short_name(actor.name) if actor is not None else actor_id

    def ends(self, link_id: str) -> tuple[str, str]:
        """The two ends of a link of the model or of a link the plan proposes."""
        if link_id in self.links:
            link = self.links[link_id].link
            return link.from_, link.to
        p = self.proposals[link_id]
        return p.from_, p.to

    def agenda_of(self, link_id: str) -> tuple[str, ...]:
        """The agenda items a link (of the model, or proposed) serves."""
        if link_id in self.links:
            return tuple(self.links[link_id].link.agenda)
        p = self.proposals.get(link_id)
        return (p.agenda,) if p is not None and p.agenda is not None else ()

    def competencies(self, entries: list[tuple[str, str]]) -> TextMsg:
        """``(competency id, suffix)`` pairs as one list in the output's language, at most :data:`MAX_NAMED`."""
        texts = {}
        for lang in ("nl", "en"):
            texts[lang] = _names([f"{localized(self.names.get(cid, cid), lang)}{suffix}" for cid, suffix in entries])
        return TextMsg(texts)

    def item_weight(self, item_id: str) -> int:
        """The importance of a link that would serve only this agenda item (no tension, no influence)."""
        item = self.items.get(item_id)
        months = months_until(item.due, self.today) if item is not None and item.due else None
        return BASE + PER_AGENDA_ITEM + due_points(months)

    def heaviest(self, link_ids: list[str] | tuple[str, ...]) -> int:
        return max((self.weight.get(lid, BASE) for lid in link_ids), default=BASE)


def _cover_agenda(ctx: Context) -> Iterator[Action]:
    for cov in ctx.agenda.items:
        if cov.covered:
            continue
        item = cov.item
        key = "actions.why.cover_no_links" if not cov.links else "actions.why.cover_no_connector"
        yield Action(
            "cover-agenda",
            max(ctx.item_weight(item.id), ctx.heaviest(cov.links)) + KINDS["cover-agenda"].bonus,
            item.id,
            Msg(key, item=item.id, title=item.title, n=len(cov.links)),
            f"verbinder connect MODEL --agenda {item.id}",
            tuple(cov.links),
            agenda=(item.id,),
        )


def _staff(ctx: Context) -> Iterator[Action]:
    """One action per open link of the model: the member (or duo) the plan assigns, or why nobody can take it."""
    bonus = KINDS["staff"].bonus
    if ctx.plan is None:
        for a in ctx.links.values():
            if a.link.via is None:
                names = {"source": ctx.name(a.link.from_), "target": ctx.name(a.link.to), "link": a.id}
                why = Msg("actions.why.staff_unplanned", **names)
                ends = (a.link.from_, a.link.to)
                yield Action(
                    "staff", ctx.weight[a.id] + bonus, a.id, why, "verbinder staff MODEL", (a.id,), actors=ends
                )
        return
    escalated = {e.link for e in ctx.plan.escalations}
    for s in ctx.plan.assignments:
        if s.new or s.link not in ctx.links:
            continue  # a proposed link's connector comes with its connect action
        source, target = ctx.ends(s.link)
        names = {"source": ctx.name(source), "target": ctx.name(target), "link": s.link}
        members = s.team or (s.member,)
        if s.team:
            why = Msg("actions.why.staff_team", members=", ".join(ctx.name(m) for m in s.team), **names)
        elif s.fit is None:
            why = Msg("actions.why.staff_unknown", member=ctx.name(s.member), **names)
        elif s.little_known and s.asked:
            known = s.asked - len(s.unknown)
            why = Msg("actions.why.staff_partly", member=ctx.name(s.member), known=known, n=s.asked, **names)
        else:
            why = Msg("actions.why.staff", member=ctx.name(s.member), fit=s.fit, **names)
        weight = ctx.weight.get(s.link, BASE) + bonus
        agenda = ctx.agenda_of(s.link)
        yield Action(
            "staff",
            weight,
            s.link,
            why,
            "verbinder staff MODEL",
            (s.link,),
            actors=(source, target),
            members=members,
            agenda=agenda,
        )
    for u in ctx.plan.unmet:
        link = u.link
        if link is None or link not in ctx.links or link in escalated or ctx.links[link].link.via is not None:
            continue
        source, target = ctx.ends(link)
        names = {"source": ctx.name(source), "target": ctx.name(target), "link": link}
        key = "actions.why.staff_full" if u.reason == "no_capacity" else "actions.why.staff_open"
        yield Action(
            "staff",
            ctx.weight.get(link, BASE) + bonus,
            link,
            Msg(key, **names),
            "verbinder staff MODEL",
            (link,),
            actors=(source, target),
            agenda=ctx.agenda_of(link),
        )


def _reassign(ctx: Context) -> Iterator[Action]:
    """One action per link the plan moves to another member (fewer gap levels, or off a member over capacity)."""
    if ctx.plan is None:
        return
    for r in ctx.plan.reassignments:
        source, target = ctx.ends(r.link)
        why = Msg(
            "actions.why.reassign",
            source=ctx.name(source),
            target=ctx.name(target),
            link=r.link,
            old=ctx.name(r.from_member),
            new=ctx.name(r.to_member),
            before=r.gap_levels_before,
            after=r.gap_levels_after,
        )
        yield Action(
            "reassign",
            ctx.weight.get(r.link, BASE) + KINDS["reassign"].bonus,
            r.link,
            why,
            "verbinder plan MODEL",
            (r.link,),
            actors=(source, target),
            members=(r.from_member, r.to_member),
            agenda=ctx.agenda_of(r.link),
        )


def _escalate(ctx: Context) -> Iterator[Action]:
    """One action per link that is not the kopgroep's to make (between two politics actors), naming who holds it."""
    if ctx.plan is None:
        return
    for e in ctx.plan.escalations:
        subject = e.link or e.proposal
        if subject is None:
            continue
        source, target = ctx.ends(subject)
        holders = tuple(h for h in e.to if h in ctx.actors)
        to = ", ".join(ctx.name(h) for h in holders) if holders else Msg("actions.griffie")
        via = ctx.links[subject].link.via if subject in ctx.links else None
        if via is not None and ctx.actors[via].kopgroep:
            why = Msg(
                "actions.why.escalate_held",
                member=ctx.name(via),
                source=ctx.name(source),
                target=ctx.name(target),
                link=subject,
                to=to,
            )
        else:
            from verbinder.plan.planner import in_college

            college = in_college(ctx.actors[source]) and in_college(ctx.actors[target])
            key = "actions.why.escalate_college" if college else "actions.why.escalate"
            why = Msg(key, source=ctx.name(source), target=ctx.name(target), link=subject, to=to)
        agenda = ctx.agenda_of(subject)
        command = "verbinder plan MODEL"
        yield Action(
            "escalate",
            ctx.weight.get(subject, BASE) + KINDS["escalate"].bonus,
            subject,
            why,
            command,
            (subject,),
            actors=(source, target, *holders),
            members=(via,) if via is not None and ctx.actors[via].kopgroep else (),
            agenda=agenda,
        )


def _include(ctx: Context) -> Iterator[Action]:
    """Agenda items and topics that reach only the influential; an item that names its stakeholders names only
    those (the diagnostics' dominance)."""
    for d in ctx.diagnostics.dominance:
        left_out = _names([ctx.name(a) for a in d.left_out])
        if d.scope == "agenda":
            weight = ctx.item_weight(d.key)
            command = f"verbinder connect MODEL --agenda {d.key}"
            item = ctx.items.get(d.key)
            why = Msg(
                "actions.why.include_agenda",
                item=d.key,
                title=item.title if item is not None else d.key,
                left_out=left_out,
                n=len(d.left_out),
            )
            agenda: tuple[str, ...] = (d.key,)
            links: tuple[str, ...] = ()
        else:
            links = tuple(ctx.by_topic.get(d.key, []))
            weight = ctx.heaviest(links)
            command = "verbinder workshop MODEL"
            why = Msg("actions.why.include_topic", item=d.key, left_out=left_out, n=len(d.left_out))
            agenda = ()
        yield Action(
            "include", weight + KINDS["include"].bonus, d.key, why, command, links, actors=d.left_out, agenda=agenda
        )


def _connect(ctx: Context) -> Iterator[Action]:
    """One action per agenda item for which the plan proposes links, naming the principles."""
    if ctx.plan is None:
        return
    by_item: dict[str, list] = {}
    for p in ctx.plan.proposals:
        if p.agenda is not None:
            by_item.setdefault(p.agenda, []).append(p)
    for item_id, proposals in by_item.items():
        item = ctx.items.get(item_id)
        principles = _principles(tuple(dict.fromkeys(p.principle for p in proposals)))
        members = tuple(dict.fromkeys(m for p in proposals for m in _connectors(ctx, p.id, p.via)))
        yield Action(
            "connect",
            ctx.item_weight(item_id) + KINDS["connect"].bonus,
            item_id,
            Msg(
                "actions.why.connect",
                item=item_id,
                title=item.title if item is not None else item_id,
                n=len(proposals),
                principles=principles,
            ),
            f"verbinder connect MODEL --agenda {item_id}",
            tuple(p.id for p in proposals),
            actors=tuple(dict.fromkeys(end for p in proposals for end in (p.from_, p.to))),
            members=members,
            agenda=(item_id,),
        )


def _connectors(ctx: Context, link: str, via: str | None) -> tuple[str, ...]:
    """The members the plan assigns to a link (its duo, or its one member), else the proposal's own connector."""
    assigned = ctx.plan.assignment(link) if ctx.plan is not None else None
    if assigned is not None:
        return assigned.team or (assigned.member,)
    return (via,) if via is not None and via in ctx.actors and ctx.actors[via].kopgroep else ()


def _rule_warnings(ctx: Context) -> Iterator[Action]:
    escalated = {e.link for e in ctx.plan.escalations} if ctx.plan is not None else set()
    for w in ctx.rule_warnings:
        if w.code in COVERED_CODES or (w.link is not None and w.link in escalated):
            continue
        subject = w.link or w.subject or w.code
        weight = ctx.weight.get(w.link, BASE) if w.link else BASE
        command = f"verbinder explain MODEL {w.link}" if w.link else "verbinder analyse MODEL --explain"
        links = (w.link,) if w.link else ()
        actors, members = _people(ctx, w.link)
        yield Action(
            w.code,
            weight + KINDS["warning"].bonus,
            subject,
            w.message,
            command,
            links,
            actors=actors,
            members=members,
            agenda=ctx.agenda_of(w.link) if w.link else (),
        )


def _people(ctx: Context, link_id: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A link's ends and its connector (actors), and the kopgroep members who make it."""
    if link_id is None or link_id not in ctx.links:
        return (), ()
    link = ctx.links[link_id].link
    actors = tuple(a for a in (link.from_, link.to, link.via) if a is not None)
    team = tuple(link.team) or ((link.via,) if link.via is not None else ())
    return actors, tuple(m for m in team if m in ctx.actors and ctx.actors[m].kopgroep)


def _rebalance(ctx: Context) -> Iterator[Action]:
    for load in ctx.diagnostics.over_capacity:
        carried = ctx.by_via.get(load.actor, [])
        yield Action(
            "rebalance",
            ctx.heaviest(carried) + KINDS["rebalance"].bonus,
            load.actor,
            Msg("actions.why.rebalance", member=ctx.name(load.actor), links=load.links, capacity=load.capacity),
            "verbinder workshop MODEL",
            tuple(carried),
            members=(load.actor,),
        )


def _assess(ctx: Context) -> Iterator[Action]:
    """``assess`` for competencies a member's links ask and nobody assessed (the member's figures count the same),
    with what the plan's choices depend on besides: one action per member, the plan's one list per member."""
    planned = {a.member: a for a in ctx.plan.assessments} if ctx.plan is not None else {}
    for p in ctx.profiles:
        unassessed = p.not_assessed
        if unassessed:
            item = planned.get(p.id)
            comps = list(item.competencies) if item is not None else [n.id for n in unassessed]
            own = tuple(dict.fromkeys(lid for n in unassessed for lid in n.links))
            asking = tuple(dict.fromkeys((*own, *item.links))) if item is not None else own
            yield Action(
                "assess",
                ctx.heaviest(asking) + KINDS["assess"].bonus,
                p.id,
                Msg(
                    "actions.why.assess" if len(comps) == len(unassessed) else "actions.why.assess_plan",
                    member=ctx.name(p.id),
                    n=len(comps),
                    competencies=ctx.competencies([(c, "") for c in comps]),
                ),
                f"verbinder assess MODEL {p.id}",
                asking,
                members=(p.id,),
                agenda=_items(ctx, asking),
            )


def _assess_choice(ctx: Context) -> Iterator[Action]:
    """The plan's assessments of members whose own links ask nothing unassessed: a choice between members depends
    on levels nobody assessed (the others are in their ``assess`` action: one per member)."""
    if ctx.plan is None:
        return
    own = {p.id for p in ctx.profiles if p.not_assessed}
    for item in ctx.plan.assessments:
        if item.member in own:
            continue
        yield Action(
            "assess-choice",
            ctx.heaviest(item.links) + KINDS["assess-choice"].bonus,
            item.member,
            Msg(
                "actions.why.assess_choice",
                member=ctx.name(item.member),
                competencies=ctx.competencies([(c, "") for c in item.competencies]),
                n=len(item.links),
            ),
            f"verbinder assess MODEL {item.member}",
            item.links,
            members=(item.member,),
            agenda=_items(ctx, item.links),
        )


def _develop(ctx: Context) -> Iterator[Action]:
    """``develop`` for a member's known open gaps on links that serve an agenda item."""
    for p in ctx.profiles:
        # (need, current, gap) of the open gaps on links that serve an agenda item
        on_agenda = [
            (n, n.current, n.required - n.current)
            for n in p.asked
            if n.current is not None
            and n.required > n.current
            and any(ctx.links[lid].link.agenda for lid in n.links if lid in ctx.links)
        ]
        if not on_agenda:
            continue
        asking = tuple(dict.fromkeys(lid for n, _, _ in on_agenda for lid in n.links if ctx.links[lid].link.agenda))
        on_agenda.sort(key=lambda entry: (-entry[2], entry[0].id))
        yield Action(
            "develop",
            ctx.heaviest(asking) + KINDS["develop"].bonus,
            p.id,
            Msg(
                "actions.why.develop",
                member=ctx.name(p.id),
                n=len(on_agenda),
                levels=sum(g for _, _, g in on_agenda),
                competencies=ctx.competencies([(n.id, f" {cur}→{n.required}") for n, cur, _ in on_agenda]),
            ),
            f"verbinder develop MODEL {p.id}",
            asking,
            members=(p.id,),
            agenda=_items(ctx, asking),
        )


def _items(ctx: Context, links: tuple[str, ...]) -> tuple[str, ...]:
    """The agenda items the links serve, each once."""
    return tuple(dict.fromkeys(item for lid in links for item in ctx.agenda_of(lid)))


def _bridge_silo(ctx: Context) -> Iterator[Action]:
    if ctx.diagnostics.silos is None:
        return
    for dept in ctx.diagnostics.silos.unbridged:
        people = tuple(a.id for a in ctx.model.actors if a.department == dept)
        touching = [lid for a in people for lid in ctx.by_end.get(a, [])]
        yield Action(
            "bridge-silo",
            ctx.heaviest(touching) + KINDS["bridge-silo"].bonus,
            dept,
            Msg("actions.why.bridge_silo", department=dept),
            "verbinder connect MODEL --weave",
            actors=people,
        )


@dataclass(frozen=True, slots=True)
class ActionKind:
    """One kind of action: its place in the ranking, its words and the function that makes its actions.

    ``bonus`` is added to the importance of the action's links (the priority); ``label`` is the message key of the
    kind's name ("verbinder kiezen"), ``whys`` the message keys of its sentences; ``produce`` renders the project's
    results (a :class:`Context`) as this kind's actions.  The overview, the report, the workshop and the map read the
    kinds from :data:`KINDS`; adding one is an entry there, its function above and its messages in
    :mod:`verbinder.i18n.messages.actions` (``tests/test_action_kinds.py`` builds a dummy kind to check that).
    """

    id: str
    bonus: int
    label: str
    whys: tuple[str, ...]
    produce: Callable[[Context], Iterable[Action]]


#: The kinds in order of precedence on equal priority (rule warnings rank as ``warning``).
KINDS: dict[str, ActionKind] = {
    k.id: k
    for k in (
        ActionKind(
            "cover-agenda",
            3,
            "actions.kind.cover-agenda",
            ("actions.why.cover_no_links", "actions.why.cover_no_connector"),
            _cover_agenda,
        ),
        ActionKind(
            "staff",
            2,
            "actions.kind.staff",
            (
                "actions.why.staff",
                "actions.why.staff_team",
                "actions.why.staff_unknown",
                "actions.why.staff_partly",
                "actions.why.staff_open",
                "actions.why.staff_full",
                "actions.why.staff_unplanned",
            ),
            _staff,
        ),
        ActionKind(
            "escalate",
            2,
            "actions.kind.escalate",
            ("actions.why.escalate", "actions.why.escalate_held", "actions.why.escalate_college"),
            _escalate,
        ),
        ActionKind(
            "include", 2, "actions.kind.include", ("actions.why.include_agenda", "actions.why.include_topic"), _include
        ),
        ActionKind("connect", 2, "actions.kind.connect", ("actions.why.connect",), _connect),
        ActionKind("warning", 1, "actions.kind.warning", (), _rule_warnings),
        ActionKind("reassign", 1, "actions.kind.reassign", ("actions.why.reassign",), _reassign),
        ActionKind("rebalance", 1, "actions.kind.rebalance", ("actions.why.rebalance",), _rebalance),
        ActionKind("assess", 1, "actions.kind.assess", ("actions.why.assess", "actions.why.assess_plan"), _assess),
        ActionKind("assess-choice", 1, "actions.kind.assess-choice", ("actions.why.assess_choice",), _assess_choice),
        ActionKind("develop", 0, "actions.kind.develop", ("actions.why.develop",), _develop),
        ActionKind("bridge-silo", 0, "actions.kind.bridge-silo", ("actions.why.bridge_silo",), _bridge_silo),
    )
}
#: Each kind's bonus (read from :data:`KINDS`).
BONUS: dict[str, int] = {k: kind.bonus for k, kind in KINDS.items()}
KIND_ORDER: tuple[str, ...] = tuple(KINDS)


def short_name(name: str) -> str:
    """A name without its parenthesised description: "Anna de Vries (beleidsadviseur)" -> "Anna de Vries".

    >>> short_name("Anna de Vries (beleidsadviseur energietransitie)"), short_name("(KCC)")
    ('Anna de Vries', '(KCC)')
    """
    head = name.split(" (", 1)[0].strip(" ")  # spaces only: any other character is part of the name
    return head or name


def _principles(principles: tuple[str, ...]) -> TextMsg:
    """``verbinder connect``'s principles, named in each language."""
    from verbinder.plan.connect import PRINCIPLE_KEYS

    return TextMsg(
        {
            lang: ", ".join(Msg(PRINCIPLE_KEYS[p]).render(lang) if p in PRINCIPLE_KEYS else p for p in principles)
            for lang in ("nl", "en")
        }
    )


def _names(names: list[str]) -> str:
    """At most :data:`MAX_NAMED` names, then "+N"."""
    shown = ", ".join(names[:MAX_NAMED])
    return shown if len(names) <= MAX_NAMED else f"{shown} +{len(names) - MAX_NAMED}"
