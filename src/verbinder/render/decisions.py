"""Pages 1-2 of the report for the college and the management team: the decisions they can take.

Four groups, each sentence naming people and topics, no commands, link ids or rule codes: capacity to free, who to
assess, what to mandate (links a rule warns about, escalations the plan proposes), which items of the coalition
agreement are not covered. :func:`decisions` gives the HTML; :mod:`verbinder.render.report` places it in the summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from verbinder.i18n import localized, t
from verbinder.plan.planner import in_college
from verbinder.render.html import Html, el, join

if TYPE_CHECKING:
    from verbinder.render.report import Report


def _names(report: Report) -> dict[str, str]:
    """The competencies' names in the report's language, by id."""
    return {c.id: localized(c.name, report.lang) for c in report.project.catalogue.competencies}


#: Names in one decision before "and N more".
DECISION_NAMES = 3
#: Decisions of one kind (one member to assess, one item to connect ...) before "and N more".
DECISIONS_PER_GROUP = 6


def decisions(report: Report) -> Html:
    """What the college and the management team can decide, in four groups: capacity to free, who to assess, what to
    mandate, which items of the coalition agreement are not covered. Every sentence names people and topics."""
    lang = report.lang
    groups = [
        ("capacity", _capacity(report)),
        ("assess", _to_assess(report)),
        ("mandate", _mandate(report)),
        ("agenda", _uncovered(report)),
    ]
    parts = []
    for key, items in groups:
        if not items:
            continue
        shown = items[:DECISIONS_PER_GROUP]
        if len(items) > DECISIONS_PER_GROUP:
            shown.append(t("report.dec.more", lang, n=len(items) - DECISIONS_PER_GROUP))
        parts += [
            el("h4", t(DECISION_TITLES[key], lang)),
            el("p", t(DECISION_INTROS[key], lang), class_="muted why"),
            el("ul", *(el("li", item) for item in shown), class_="decisions"),
        ]
    if not parts:
        return el("p", t("report.dec.none", lang), class_="muted")
    return join(parts, "\n")


#: Each group of decisions' title and one sentence on why it matters (literal message keys).
DECISION_TITLES = {
    "capacity": "report.dec.capacity",
    "assess": "report.dec.assess",
    "mandate": "report.dec.mandate",
    "agenda": "report.dec.agenda",
}
DECISION_INTROS = {
    "capacity": "report.dec.capacity_why",
    "assess": "report.dec.assess_why",
    "mandate": "report.dec.mandate_why",
    "agenda": "report.dec.agenda_why",
}


def _who(report: Report, actor_id: str) -> str:
    """An actor's name without its description."""
    from verbinder.render.graph import short_name

    actor = report.project.actors.get(actor_id)
    return short_name(actor.name) if actor is not None else actor_id


def _listed(report: Report, names: Sequence[str]) -> str:
    """Names joined as a sentence says them: "A, B en C"; beyond :data:`DECISION_NAMES` "A, B, C en 4 anderen"."""
    lang = report.lang
    names = list(dict.fromkeys(names))
    if len(names) > DECISION_NAMES:
        return t("report.dec.names_more", lang, names=", ".join(names[:DECISION_NAMES]), n=len(names) - DECISION_NAMES)
    if len(names) == 1:
        return names[0]
    return t("report.dec.names", lang, names=", ".join(names[:-1]), last=names[-1])


def _pair(report: Report, a: str, b: str, *, listed: bool = True) -> str:
    """Two actors a link joins: "A – B" in a list of pairs, "A en B" (``listed`` false) in a sentence of its own."""
    key = "report.dec.pair_listed" if listed else "report.dec.pair"
    return t(key, report.lang, a=_who(report, a), b=_who(report, b))


def _ends(report: Report) -> dict[str, tuple[str, str]]:
    """Every link's and every proposal's ends by id (the plan names links by id; the college reads names)."""
    ends = {a.id: (a.link.from_, a.link.to) for a in report.analysis.links}
    if report.plan is not None:
        ends.update({p.id: (p.from_, p.to) for p in report.plan.proposals})
    return ends


def _capacity(report: Report) -> list[str]:
    """Members over their capacity after the plan; links that wait for a member who fits but is full; links nobody
    in the kopgroep fits (the plan's unmet links)."""
    lang = report.lang
    plan = report.plan
    if plan is None:
        over = [(load.actor, load.links, load.capacity) for load in report.diagnostics.over_capacity]
    else:
        over = [(m, after, cap) for m, (_, after, cap) in plan.load.items() if after > cap]
    out = [t("report.dec.over", lang, member=_who(report, m), links=n, capacity=cap) for m, n, cap in over]
    if plan is None:
        return out
    ends = _ends(report)
    existing = {a.id for a in report.analysis.links}
    waiting = [(u, u.link or u.subject) for u in plan.unmet if u.reason in ("no_capacity", "no_fit", "no_members")]
    full = [ends[s] for u, s in waiting if s in existing and u.reason == "no_capacity"]
    if full:
        pairs = _listed(report, [_pair(report, a, b) for a, b in full])
        out.append(t("report.dec.full", lang, n=len(full), pairs=pairs))
    nobody = [ends[s] for u, s in waiting if s in existing and u.reason != "no_capacity"]
    if nobody:
        pairs = _listed(report, [_pair(report, a, b) for a, b in nobody])
        out.append(t("report.dec.nobody", lang, n=len(nobody), pairs=pairs))
    new = sum(1 for _, s in waiting if s not in existing and s in ends)
    if new:  # proposed links (commissioned under "what to mandate") that no member can take either
        out.append(t("report.dec.new_waiting", lang, n=new))
    return out


def _to_assess(report: Report) -> list[str]:
    """Per member never assessed in competencies their links ask: who, on what (the member's figures' source),
    with what the plan's choices depend on besides: the plan's one list per member."""
    names = _names(report)
    if report.plan is not None:
        return [
            t(
                "report.dec.assess_member",
                report.lang,
                member=_who(report, a.member),
                competencies=_listed(report, [names.get(c, c) for c in a.competencies]),
            )
            for a in report.plan.assessments
        ]
    return [
        t(
            "report.dec.assess_member",
            report.lang,
            member=_who(report, p.id),
            competencies=_listed(report, [names.get(n.id, n.id) for n in p.not_assessed]),
        )
        for p in report.profiles
        if p.not_assessed
    ]


def _mandate(report: Report) -> list[str]:
    """The plan's decisions for the college, the weightiest first: which links to keep out of the kopgroep's hands
    (and who holds them), who to appoint to which open link, which links to commission per agenda item, which links
    to move to another member; then who to involve and which departments to connect (the diagnostics)."""
    lang = report.lang
    plan = report.plan
    out: list[str] = []
    ends = _ends(report)
    escalated = set()
    for e in plan.escalations if plan is not None else ():
        subject = e.link or e.proposal
        if subject in ends:
            escalated.add(subject)
            holders = [t("report.dec.griffie", lang) if h == "griffie" else _who(report, h) for h in e.to]
            source, target = ends[subject]
            by_actor = report.project.actors
            college = in_college(by_actor[source]) and in_college(by_actor[target])
            if len(e.to) == 1 and e.to[0] in (source, target):  # the holder is one of the two ends
                other = target if e.to[0] == source else source
                key = "report.dec.escalate_own_college" if college else "report.dec.escalate_own"
                out.append(t(key, lang, holder=holders[0], other=_who(report, other)))
                continue
            pair = _pair(report, source, target, listed=False)
            key = "report.dec.escalate_college" if college else "report.dec.escalate"
            out.append(t(key, lang, pair=pair, holders=_listed(report, holders)))
    # a kopgroep member already between two politics actors (the rule's warning), where the plan has not escalated it
    by_id = {a.id: a for a in report.analysis.links}
    for w in report.analysis.warnings:
        if w.code == NEUTRALITY and w.link in by_id and w.link not in escalated:
            link = by_id[w.link].link
            if link.via is not None:
                pair = _pair(report, link.from_, link.to, listed=False)
                out.append(t("report.dec.neutral", lang, pair=pair, member=_who(report, link.via)))
    if plan is not None:
        by_member: dict[str, list[str]] = {}
        unknown: set[str] = set()  # chosen on levels mostly never assessed: appoint once assessed
        for a in plan.assignments:
            if not a.new and a.link in ends:
                by_member.setdefault(a.member, []).append(_pair(report, *ends[a.link]))
                if a.fit is None or a.little_known:
                    unknown.add(a.member)
        for member, pairs in by_member.items():
            key = "report.dec.appoint_assess" if member in unknown else "report.dec.appoint"
            out.append(t(key, lang, member=_who(report, member), pairs=_listed(report, pairs)))
        items = {item.id: item for item in report.project.model.agenda}
        by_item: dict[str, list] = {}
        for p in plan.proposals:
            if p.agenda is not None and p.id not in escalated:
                by_item.setdefault(p.agenda, []).append(p)
        for item_id, proposals in by_item.items():
            owner = plan.owners.get(item_id)
            others = [end for p in proposals for end in (p.from_, p.to) if end != owner]
            title = items[item_id].title if item_id in items else item_id
            actors = _listed(report, [_who(report, a) for a in others])
            out.append(t("report.dec.connect", lang, title=title, n=len(proposals), actors=actors))
    moves = [r for r in plan.reassignments if r.link in ends] if plan is not None else []
    if len(moves) == 1:
        r = moves[0]
        pair = _pair(report, *ends[r.link], listed=False)
        new, old = _who(report, r.to_member), _who(report, r.from_member)
        out.append(t("report.dec.move", lang, to=new, pair=pair, member=old))
    elif moves:
        to = _listed(report, [_who(report, r.to_member) for r in moves])
        out.append(t("report.dec.moves", lang, n=len(moves), members=to))
    for d in report.diagnostics.dominance:
        left_out = _listed(report, [_who(report, a) for a in d.left_out])
        if d.scope == "agenda":
            item = next((i for i in report.project.model.agenda if i.id == d.key), None)
            title = item.title if item is not None else d.key
            out.append(t("report.dec.include_agenda", lang, title=title, left_out=left_out, n=len(d.left_out)))
        else:
            out.append(t("report.dec.include_topic", lang, topic=d.key, left_out=left_out, n=len(d.left_out)))
    if report.diagnostics.silos is not None:
        out += [t("report.dec.silo", lang, department=dept) for dept in report.diagnostics.silos.unbridged]
    return out


#: The rule whose warning says a civil servant stands between two political actors (roles/algemeen.yaml).
NEUTRALITY = "political-neutrality"


def _uncovered(report: Report) -> list[str]:
    """The coalition agreement's items no link with a connector serves, by title and due quarter."""
    from verbinder.render.agenda import quarter_label

    lang = report.lang
    if report.coverage is None:
        return []
    out = []
    for cov in report.coverage.items:
        if cov.covered:
            continue
        due = quarter_label(cov.quarter, lang) if cov.quarter else t("agenda.no_due", lang)
        key = "report.dec.uncovered_open" if cov.links else "report.dec.uncovered_none"
        out.append(t(key, lang, title=cov.item.title, due=due, n=len(cov.links)))
    return out
