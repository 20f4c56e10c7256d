"""Classify every link and ask the rules which competencies it needs, and why.

This is the core of ``verbinder analyse``: for each link its type (regie or
verbinden), the connector's brokerage position, and per competency the
required level with every reason (rule, because-text, file:line).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
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
    themes: tuple[str, ...] = ()  # dispositions the rules name: themes for reflection, never asked as a level


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


#: The facets of a situation, in the order they take turns, and the rule attributes that belong to each.  A rule
#: belongs to every facet its condition reads, ``type`` only when it reads nothing else (the link type is the
#: gate most rules open with, not what they are about).
FACETS: dict[str, tuple[str, ...]] = {
    "type": ("type",),
    "position": ("position",),
    "tension": ("tension",),
    "influence": ("influence_gap", "max_influence"),
    "agenda": ("agenda",),
    "kinds": ("from.kind", "to.kind", "via.kind", "ends.kind"),
    "stance": ("from.stance", "to.stance", "via.stance", "ends.stance"),
}
_FACET_OF = {attribute: facet for facet, names in FACETS.items() for attribute in names}


def facets_of(reads: Iterable[str]) -> tuple[str, ...]:
    """The facets a rule belongs to, from the attributes its condition reads (``other`` for the rest).

    >>> facets_of(["type", "ends.kind", "tension"]), facets_of(["type"]), facets_of([])
    (('tension', 'kinds'), ('type',), ('type',))
    """
    found = {_FACET_OF.get(name, "other") for name in reads}
    if len(found) > 1:
        found.discard("type")
    order = [*FACETS, "other"]
    return tuple(f for f in order if f in found) or ("type",)


def select_requirements(
    ruleset: RuleSet, fired: tuple[int, ...]
) -> tuple[tuple[Requirement, ...], tuple[Requirement, ...], tuple[str, ...]]:
    """What the fired rules ask: the asked (at most :data:`MAX_ASKED`), the "also relevant" and the themes.

    A competency the catalogue marks as a disposition (``RuleSet.dispositions``:
    humility, forgiveness, authenticity) is never asked as a level: it is a
    theme for reflection (the third part, by id), so it cannot become a gap.

    **Facets before depth.**  Every facet of the situation that fired a rule
    (:data:`FACETS`: the link type, the connector's position, tension, the
    influence gap, the agenda, the kinds involved, stances) is represented by
    its strongest competency (the highest level its rules ask, then asked by a
    rule about this facet alone rather than several, then by the facet's most
    general rule, then the id) before any facet gets a second one;
    the facets take turns in the order of :data:`FACETS` until
    :data:`MAX_ASKED` are asked.  So a high-tension link asks conflict handling
    and a link with citizens asks participation, however many generic asks the
    other facets make.  Both parts are returned highest level first.
    """
    from verbinder.rules.vocabulary import FACT_ORDER

    levels: dict[str, int] = {}
    reasons: dict[str, list[Reason]] = {}
    specificity: dict[str, int] = {}
    # facet -> competency -> (level, -facets of the asking rule, -its conditions): the higher, the stronger.  The
    # facet's own rule (about it alone, with the fewest conditions: spanning-hoog for tension) says what the
    # facet is about; rules combining it with other facets come after at the same level.
    by_facet: dict[str, dict[str, tuple[int, int, int]]] = {}
    themes: set[str] = set()
    for i in fired:
        compiled = ruleset.rules[i]
        rule = compiled.rule
        reason = Reason(rule.id, compiled.role, rule.because, compiled.where, rule.source)
        facets = facets_of(FACT_ORDER[r] for r in compiled.reads)
        for cid, level in rule.then.items():
            if cid in ruleset.dispositions:
                themes.add(cid)
                continue
            if level > levels.get(cid, 0):
                levels[cid] = level
            reasons.setdefault(cid, []).append(reason)
            specificity[cid] = max(specificity.get(cid, 0), compiled.conditions)
            for facet in facets:
                mine = by_facet.setdefault(facet, {})
                mine[cid] = max(mine.get(cid, (0, -99, -99)), (level, -len(facets), -compiled.conditions))
    order = [*FACETS, "other"]

    def strongest(asks: dict[str, tuple[int, int, int]]) -> list[str]:
        return sorted(asks, key=lambda c: (-asks[c][0], -asks[c][1], -asks[c][2], -levels[c], c))

    turns = [strongest(by_facet[facet]) for facet in order if facet in by_facet]
    chosen: list[str] = []
    while len(chosen) < MAX_ASKED and any(turns):
        for queue in turns:
            while queue and queue[0] in chosen:
                queue.pop(0)
            if queue and len(chosen) < MAX_ASKED:
                chosen.append(queue.pop(0))
    rest = [c for c in levels if c not in chosen]

    def part(ids: list[str]) -> tuple[Requirement, ...]:
        order = sorted(ids, key=lambda c: (-levels[c], c))
        return tuple(Requirement(c, levels[c], tuple(reasons[c]), specificity[c]) for c in order)

    return part(chosen), part(rest), tuple(sorted(themes))


def analyse_links(model: Model, link_ids: list[str], ruleset: RuleSet) -> Analysis:
    """Classify every link of a checked model and explain the competencies it needs."""
    actors = model.actor_index()
    cache: dict[tuple[int, ...], tuple[tuple[Requirement, ...], tuple[Requirement, ...], tuple[str, ...]]] = {}
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
        item = LinkAssessment(
            lid, link, context.type, context.position, gap, split[0], also_relevant=split[1], themes=split[2]
        )
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
