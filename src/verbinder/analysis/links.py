"""Classify every link and ask the rules which competencies it needs, and why.

This is the core of ``verbinder analyse``: for each link its type (regie or
verbinden), the connector's brokerage position, and per competency the
required level with every reason (rule, because-text, file:line).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from verbinder.graph import link_type, position
from verbinder.i18n import Msg, TextMsg
from verbinder.model import Link, LinkType, Model, Position
from verbinder.rules.engine import RuleSet
from verbinder.rules.vocabulary import Facts, LinkContext, fact, facts_of


class Reason(NamedTuple):
    """Why a link needs a competency: the rule that fired, and where it is defined."""

    rule: str
    role: str
    because: Any  # Text
    where: str
    source: str | None


class Requirement(NamedTuple):
    """A competency a link asks of its connector, at the highest level any fired rule asks.

    ``specificity`` is the largest number of conditions among the rules that ask it
    (see :func:`verbinder.rules.engine.count_conditions`).
    """

    competency: str
    level: int
    reasons: tuple[Reason, ...]
    specificity: int = 0


#: A link asks at most this many competencies of its connector; the rest are "also relevant".
MAX_ASKED = 7


@dataclass(frozen=True, slots=True)
class Finding:
    """A warning about the model: a code, a message to render, and what it is about.

    A finding is counted once however many rules raise it: one per code and link (or subject).  ``count`` is how
    many links or subjects it stands for: 1, or more for a summary ("and 3 more links without a connector").
    """

    code: str
    message: Msg | TextMsg
    link: str | None = None
    subject: str | None = None
    count: int = 1


@dataclass(slots=True)
class LinkAssessment:
    """One link, classified and explained."""

    id: str
    link: Link
    type: LinkType
    position: Position | None
    influence_gap: int
    requirements: tuple[Requirement, ...]
    warnings: list[Finding] = field(default_factory=list)
    also_relevant: tuple[Requirement, ...] = ()  # asked by rules too, but beyond the MAX_ASKED most specific


@dataclass
class Analysis:
    """The result of analysing a model: every link, the warnings, a summary."""

    model: Model
    links: list[LinkAssessment]
    warnings: list[Finding]
    #: The links' weights per day (:func:`verbinder.analysis.importance.link_weights` fills it: computed once).
    weights: dict = field(default_factory=dict, repr=False, compare=False)

    def type_counts(self) -> Counter:
        """How many links are regie and how many verbinden."""
        return Counter(a.type for a in self.links)

    def position_counts(self) -> Counter:
        """How many connectors hold each brokerage position."""
        return Counter(a.position for a in self.links if a.position is not None)

    def competency_demand(self) -> list[tuple[str, int, int]]:
        """(competency, number of links asking it, highest level asked), most asked first."""
        count: Counter = Counter()
        top: dict[str, int] = {}
        for a in self.links:
            for r in a.requirements:
                count[r.competency] += 1
                top[r.competency] = max(top.get(r.competency, 0), r.level)
        return sorted(((c, n, top[c]) for c, n in count.items()), key=lambda x: (-x[1], -x[2], x[0]))


def link_context(link: Link, actors: dict) -> LinkContext:
    """What the rule attributes are computed from: the link, its actors, its type and the connector's position."""
    a, b = actors[link.from_], actors[link.to]
    via = actors[link.via] if link.via is not None else None
    ltype = link_type(a.kind, b.kind)
    pos = position(a.kind, via.kind, b.kind) if via is not None else None
    return tuple.__new__(LinkContext, (link, a, b, via, ltype, pos))  # LinkContext(...) without its slow __new__


def link_facts(link: Link, actors: dict, lid: str) -> Facts:
    """The facts a rule condition may read (every attribute of :data:`~verbinder.rules.vocabulary.ATTRIBUTES`)."""
    return facts_of(link_context(link, actors))


def asked_requirements(ruleset: RuleSet, fired: tuple[int, ...]) -> tuple[Requirement, ...]:
    """The (at most :data:`MAX_ASKED`) competencies the fired rules ask, highest level first."""
    return select_requirements(ruleset, fired)[0]


def select_requirements(
    ruleset: RuleSet, fired: tuple[int, ...]
) -> tuple[tuple[Requirement, ...], tuple[Requirement, ...]]:
    """What the fired rules ask, split into the asked (at most :data:`MAX_ASKED`) and the "also relevant".

    Requirements are ranked by specificity (the more conditions the rule that
    asks it has, the more specific the situation), then level, then id; the
    :data:`MAX_ASKED` first are asked.  Both parts are returned highest level first.
    """
    levels: dict[str, int] = {}
    reasons: dict[str, list[Reason]] = {}
    specificity: dict[str, int] = {}
    for i in fired:
        compiled = ruleset.rules[i]
        rule = compiled.rule
        reason = Reason(rule.id, compiled.role, rule.because, compiled.where, rule.source)
        for cid, level in rule.then.items():
            if level > levels.get(cid, 0):
                levels[cid] = level
            reasons.setdefault(cid, []).append(reason)
            specificity[cid] = max(specificity.get(cid, 0), compiled.conditions)
    ranked = sorted(levels, key=lambda c: (-specificity[c], -levels[c], c))

    def part(ids: list[str]) -> tuple[Requirement, ...]:
        order = sorted(ids, key=lambda c: (-levels[c], c))
        return tuple(Requirement(c, levels[c], tuple(reasons[c]), specificity[c]) for c in order)

    return part(ranked[:MAX_ASKED]), part(ranked[MAX_ASKED:])


def analyse_links(model: Model, link_ids: list[str], ruleset: RuleSet) -> Analysis:
    """Classify every link of a checked model and explain the competencies it needs."""
    actors = model.actor_index()
    cache: dict[tuple[int, ...], tuple[tuple[Requirement, ...], tuple[Requirement, ...]]] = {}
    assessed: list[LinkAssessment] = []
    warnings: list[Finding] = []
    for link, lid in zip(model.links, link_ids, strict=True):
        context = link_context(link, actors)
        facts = facts_of(context)
        fired = ruleset.fired(facts)
        split = cache.get(fired)
        if split is None:
            split = cache[fired] = select_requirements(ruleset, fired)
        gap = fact(facts, "influence_gap")
        item = LinkAssessment(lid, link, context.type, context.position, gap, split[0], also_relevant=split[1])
        for i in fired:
            spec = ruleset.rules[i].rule.warning
            # one finding per code and link, however many rules raise it (the first rule's message)
            if spec is not None and all(w.code != spec.code for w in item.warnings):
                names = {
                    "link": lid,
                    "from": actors[link.from_].name,
                    "to": actors[link.to].name,
                    "via": actors[link.via].name if link.via else "",
                }
                finding = Finding(spec.code, TextMsg(spec.message, names), link=lid)
                item.warnings.append(finding)
                warnings.append(finding)
        assessed.append(item)
    return Analysis(model, assessed, warnings)
