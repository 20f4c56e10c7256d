"""What to do first: every finding of the analysis turned into one ranked list of actions.

Each action is one thing a person should do, with a priority, a one-sentence
why and the ``verbinder`` command that does it.  The kinds:

=====================  ==============================================================  =====
kind                   when                                                            bonus
=====================  ==============================================================  =====
``cover-agenda``       an agenda item no link serves, or none with a connector          3
``staff``              a link without a connector (naming the member ``staff`` finds)   2
``include``            an agenda item or topic that reaches only the influential        2
``connect``            an agenda item whose stakeholders ``verbinder connect`` would    2
                       connect (reach, voice, bridge, orchestrate, de-silo)
``<rule warning>``     a rule's warning on a link (its code, e.g. political-neutrality) 1
``rebalance``          a connector with more links than their capacity                 1
``assess``             a member asked competencies they were never assessed in         1
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
gives the same ranking.

Adding a kind is one function that yields :class:`Action` objects from the
project's results, listed in :data:`KIND_ORDER` with its bonus; its messages
go to :mod:`verbinder.i18n.messages.actions`.

>>> KIND_ORDER[:3]
('cover-agenda', 'staff', 'include')
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verbinder.analysis.importance import BASE, PER_AGENDA_ITEM, _months_until, due_points, link_importance
from verbinder.i18n import Msg, TextMsg, localized

if TYPE_CHECKING:
    from verbinder.analysis.agenda import AgendaCoverage
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.links import Analysis, Finding
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.catalogue import Catalogue
    from verbinder.plan.connect import ConnectPlan
    from verbinder.plan.staffing import StaffingPlan

#: Kinds in order of precedence on equal priority, with the bonus each adds to the importance.
BONUS: dict[str, int] = {
    "cover-agenda": 3,
    "staff": 2,
    "include": 2,
    "connect": 2,
    "warning": 1,
    "rebalance": 1,
    "assess": 1,
    "develop": 0,
    "bridge-silo": 0,
}
KIND_ORDER: tuple[str, ...] = tuple(BONUS)
#: Codes of the rules' warnings that another kind already turns into an action.
COVERED_CODES = frozenset({"no-connector"})
#: Competencies named in one action's why before "and N more".
MAX_NAMED = 3


@dataclass(frozen=True, slots=True)
class Action:
    """One thing to do: what, how urgent, why (one sentence) and the command that does it.

    ``kind`` is one of :data:`KIND_ORDER`, or a rule warning's code (ranked as
    ``warning``).  ``subject`` is the id of what the action is about (a link,
    a member, an agenda item, a department).  ``command`` holds ``MODEL``
    where the model's path goes.
    """

    kind: str
    priority: int
    subject: str
    why: Msg | TextMsg
    command: str
    links: tuple[str, ...] = ()
    rank: int = 0

    @property
    def order(self) -> int:
        """The kind's place in :data:`KIND_ORDER` (rule warnings rank as ``warning``)."""
        return KIND_ORDER.index(self.kind if self.kind in BONUS else "warning")


def rank_actions(actions: list[Action]) -> list[Action]:
    """``actions`` by priority (highest first), then kind order, then subject; ranks from 1."""
    ordered = sorted(actions, key=lambda a: (-a.priority, a.order, a.subject, a.kind))
    return [replace(a, rank=i) for i, a in enumerate(ordered, start=1)]


def actions(
    analysis: Analysis,
    diagnostics: Diagnostics,
    agenda: AgendaCoverage,
    profiles: list[MemberProfile],
    staffing: StaffingPlan | None,
    rule_warnings: tuple[Finding, ...] | list[Finding],
    today: _dt.date,
    catalogue: Catalogue | None = None,
    connections: ConnectPlan | None = None,
) -> list[Action]:
    """Every action the analysis calls for, ranked (see the module's docstring for the formula).

    ``catalogue`` names the competencies in the whys (in the output's language); without it they are ids.
    ``connections`` (``verbinder connect``'s plan) adds one ``connect`` action per agenda item with proposals.
    """
    ctx = _Context(analysis, today, catalogue)
    found: list[Action] = []
    found += _cover_agenda(ctx, agenda)
    found += _staff(ctx, staffing)
    found += _include(ctx, diagnostics)
    found += _connect(ctx, connections)
    found += _rule_warnings(ctx, rule_warnings)
    found += _rebalance(ctx, diagnostics)
    found += _members(ctx, profiles)
    found += _bridge_silo(ctx, diagnostics)
    return rank_actions(found)


class _Context:
    """What every kind needs: the model, its actors, the links' importance, today."""

    def __init__(self, analysis: Analysis, today: _dt.date, catalogue: Catalogue | None):
        self.names = {c.id: c.name for c in catalogue.competencies} if catalogue is not None else {}
        self.model = analysis.model
        self.actors = self.model.actor_index()
        self.items = {item.id: item for item in self.model.agenda}
        self.today = today
        self.weight = {a.id: link_importance(a.link, self.model, today, actors=self.actors) for a in analysis.links}
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

    def name(self, actor_id: str) -> str:
        """The actor's name without its description (the full one is in the model and the JSON's ids)."""
        actor = self.actors.get(actor_id)
        return short_name(actor.name) if actor is not None else actor_id

    def competencies(self, entries: list[tuple[str, str]]) -> TextMsg:
        """``(competency id, suffix)`` pairs as one list in the output's language, at most :data:`MAX_NAMED`."""
        texts = {}
        for lang in ("nl", "en"):
            texts[lang] = _names([f"{localized(self.names.get(cid, cid), lang)}{suffix}" for cid, suffix in entries])
        return TextMsg(texts)

    def item_weight(self, item_id: str) -> int:
        """The importance of a link that would serve only this agenda item (no tension, no influence)."""
        item = self.items.get(item_id)
        months = _months_until(item.due, self.today) if item is not None and item.due else None
        return BASE + PER_AGENDA_ITEM + due_points(months)

    def heaviest(self, link_ids: list[str] | tuple[str, ...]) -> int:
        return max((self.weight.get(lid, BASE) for lid in link_ids), default=BASE)


def _cover_agenda(ctx: _Context, agenda: AgendaCoverage) -> Iterator[Action]:
    for cov in agenda.items:
        if cov.covered:
            continue
        item = cov.item
        key = "actions.why.cover_no_links" if not cov.links else "actions.why.cover_no_connector"
        yield Action(
            "cover-agenda",
            max(ctx.item_weight(item.id), ctx.heaviest(cov.links)) + BONUS["cover-agenda"],
            item.id,
            Msg(key, item=item.id, title=item.title, n=len(cov.links)),
            f"verbinder connect MODEL --agenda {item.id}",
            tuple(cov.links),
        )


def _staff(ctx: _Context, staffing: StaffingPlan | None) -> Iterator[Action]:
    """One action per link without a connector; the suggested member when ``staffing`` was computed."""
    if staffing is None:
        for a in ctx.links.values():
            if a.link.via is None:
                names = {"source": ctx.name(a.link.from_), "target": ctx.name(a.link.to), "link": a.id}
                weight = ctx.weight[a.id] + BONUS["staff"]
                yield Action(
                    "staff", weight, a.id, Msg("actions.why.staff_unplanned", **names), "verbinder staff MODEL"
                )
        return
    for s in staffing.suggestions:
        names = {"source": ctx.name(s.from_), "target": ctx.name(s.to), "link": s.link}
        if s.member is not None and s.fit is not None:
            why = Msg("actions.why.staff", member=ctx.name(s.member), fit=s.fit.coverage, **names)
        elif s.reason == "no_capacity" and s.best is not None:
            # members fit, but are full: the bottleneck is capacity, not competence
            best = {"member": ctx.name(s.best.member), "fit": s.best.coverage}
            why = Msg("actions.why.staff_full", n=s.candidates, **best, **names)
        else:
            why = Msg("actions.why.staff_open", **names)
        weight = ctx.weight.get(s.link, BASE) + BONUS["staff"]
        yield Action("staff", weight, s.link, why, "verbinder staff MODEL", (s.link,))


def _include(ctx: _Context, diagnostics: Diagnostics) -> Iterator[Action]:
    for d in diagnostics.dominance:
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
        else:
            weight = ctx.heaviest(ctx.by_topic.get(d.key, []))
            command = "verbinder workshop MODEL"
            why = Msg("actions.why.include_topic", item=d.key, left_out=left_out, n=len(d.left_out))
        yield Action("include", weight + BONUS["include"], d.key, why, command)


def _connect(ctx: _Context, plan: ConnectPlan | None) -> Iterator[Action]:
    """One action per agenda item for which ``verbinder connect`` proposes links, naming the principles."""
    if plan is None:
        return
    by_item: dict[str, list] = {}
    for p in plan.proposals:
        if p.agenda is not None:
            by_item.setdefault(p.agenda, []).append(p)
    for item_id, proposals in by_item.items():
        item = ctx.items.get(item_id)
        principles = _principles(tuple(dict.fromkeys(p.principle for p in proposals)))
        yield Action(
            "connect",
            ctx.item_weight(item_id) + BONUS["connect"],
            item_id,
            Msg(
                "actions.why.connect",
                item=item_id,
                title=item.title if item is not None else item_id,
                n=len(proposals),
                principles=principles,
            ),
            f"verbinder connect MODEL --agenda {item_id}",
        )


def _rule_warnings(ctx: _Context, warnings: tuple[Finding, ...] | list[Finding]) -> Iterator[Action]:
    for w in warnings:
        if w.code in COVERED_CODES:
            continue
        subject = w.link or w.subject or w.code
        weight = ctx.weight.get(w.link, BASE) if w.link else BASE
        command = f"verbinder explain MODEL {w.link}" if w.link else "verbinder analyse MODEL --explain"
        yield Action(w.code, weight + BONUS["warning"], subject, w.message, command, (w.link,) if w.link else ())


def _rebalance(ctx: _Context, diagnostics: Diagnostics) -> Iterator[Action]:
    for load in diagnostics.over_capacity:
        carried = ctx.by_via.get(load.actor, [])
        yield Action(
            "rebalance",
            ctx.heaviest(carried) + BONUS["rebalance"],
            load.actor,
            Msg("actions.why.rebalance", member=ctx.name(load.actor), links=load.links, capacity=load.capacity),
            "verbinder workshop MODEL",
            tuple(carried),
        )


def _members(ctx: _Context, profiles: list[MemberProfile]) -> Iterator[Action]:
    """``assess`` for required competencies never assessed, ``develop`` for open gaps on agenda links."""
    for p in profiles:
        unassessed = p.not_assessed
        if unassessed:
            asking = [lid for n in unassessed for lid in n.links]
            yield Action(
                "assess",
                ctx.heaviest(asking) + BONUS["assess"],
                p.id,
                Msg(
                    "actions.why.assess",
                    member=ctx.name(p.id),
                    n=len(unassessed),
                    competencies=ctx.competencies([(n.id, "") for n in unassessed]),
                ),
                f"verbinder assess MODEL {p.id}",
                tuple(dict.fromkeys(asking)),
            )
        # (need, current, gap) of the open gaps on links that serve an agenda item
        on_agenda = [
            (n, n.current, n.required - n.current)
            for n in p.competencies
            if n.current is not None
            and n.required > n.current
            and any(ctx.links[lid].link.agenda for lid in n.links if lid in ctx.links)
        ]
        if on_agenda:
            asking = [lid for n, _, _ in on_agenda for lid in n.links if ctx.links[lid].link.agenda]
            on_agenda.sort(key=lambda entry: (-entry[2], entry[0].id))
            yield Action(
                "develop",
                ctx.heaviest(asking) + BONUS["develop"],
                p.id,
                Msg(
                    "actions.why.develop",
                    member=ctx.name(p.id),
                    n=len(on_agenda),
                    levels=sum(g for _, _, g in on_agenda),
                    competencies=ctx.competencies([(n.id, f" {cur}→{n.required}") for n, cur, _ in on_agenda]),
                ),
                f"verbinder develop MODEL {p.id}",
                tuple(dict.fromkeys(asking)),
            )


def _bridge_silo(ctx: _Context, diagnostics: Diagnostics) -> Iterator[Action]:
    if diagnostics.silos is None:
        return
    for dept in diagnostics.silos.unbridged:
        touching = [lid for a in ctx.model.actors if a.department == dept for lid in ctx.by_end.get(a.id, [])]
        yield Action(
            "bridge-silo",
            ctx.heaviest(touching) + BONUS["bridge-silo"],
            dept,
            Msg("actions.why.bridge_silo", department=dept),
            "verbinder connect MODEL --weave",
        )


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
