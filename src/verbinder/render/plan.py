"""``verbinder plan``: the plan as JSON, Markdown and a terminal page that leads with what to do.

One view (:func:`build_view`) holds the sections in the order an advisor acts
on them: assign, move, propose, escalate, assess, develop, what cannot be done;
the terminal and Markdown writers only format it.  The JSON carries exactly the
plan's fields (:mod:`verbinder.plan.result`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verbinder.i18n import t
from verbinder.model import Model
from verbinder.plan.result import Assignment, Plan
from verbinder.render import connect as connect_render
from verbinder.render import tables

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.catalogue import Catalogue


@dataclass
class Item:
    """One thing to do: a bold title, a detail line, and why."""

    title: str
    detail: str
    why: str


@dataclass
class Section:
    """A kind of thing to do, with its items."""

    heading: str
    items: list[Item] = field(default_factory=list)


@dataclass
class View:
    """The plan as people read it."""

    headline: str
    next: str | None
    sections: list[Section]
    totals: str


def _name(actors: dict, aid: str, lang: str) -> str:
    from verbinder.plan.actions import short_name

    if aid in actors:
        return short_name(actors[aid].name)
    return t("plan.griffie", lang)


def _names(actors: dict, ids, lang: str) -> str:
    return connect_render.joined([_name(actors, a, lang) for a in ids], lang)


def _link(model: Model, plan: Plan, lid: str, index: int | None) -> str:
    actors = model.actor_index()
    from verbinder.plan.actions import short_name

    if index is not None:
        link = model.links[index]
        return f"{short_name(actors[link.from_].name)} — {short_name(actors[link.to].name)}"
    p = next((p for p in plan.proposals if p.id == lid), None)
    if p is not None:
        return f"{short_name(actors[p.from_].name)} — {short_name(actors[p.to].name)}"
    return lid


def build_view(plan: Plan, model: Model, catalogue: Catalogue, lang: str, model_path: str) -> View:
    """The sections of the plan, in the order an advisor acts on them."""
    from verbinder.render.profiles import competency_name

    actors = model.actor_index()
    index_of = {a.link: a.index for a in plan.assignments}
    index_of.update({r.link: r.index for r in plan.reassignments})
    sections = []

    def fit_text(fit: int | None, a: Assignment | None = None) -> str:
        if fit is None:
            return t("plan.fit_unknown", lang)
        if a is not None and a.little_known and a.asked:
            return t("plan.fit_partly", lang, fit=fit, known=a.asked - len(a.unknown), n=a.asked)
        return t("plan.fit", lang, fit=fit)

    assign = Section(t("plan.head.assign", lang))
    for given in plan.assignments:
        if given.new:
            continue
        a = given
        who = _names(actors, a.team or (a.member,), lang)
        assign.items.append(
            Item(_link(model, plan, a.link, a.index), f"{who} · {fit_text(a.fit, a)}", a.why.render(lang))
        )
    move = Section(t("plan.head.move", lang))
    for r in plan.reassignments:
        detail = t(
            "plan.move",
            lang,
            before=_name(actors, r.from_member, lang),
            after=_name(actors, r.to_member, lang),
            gaps_before=r.gap_levels_before,
            gaps_after=r.gap_levels_after,
        )
        move.items.append(Item(_link(model, plan, r.link, r.index), detail, r.why.render(lang)))
    propose = Section(t("plan.head.propose", lang))
    connect_view = _connect_plan(plan)
    by_link = {a.link: a for a in plan.assignments}
    for p in plan.proposals:
        action = t("connect.action.new", lang) if p.action == "new" else t("connect.action.extend", lang, link=p.id)
        staffed = by_link.get(p.id) if p.action == "new" else None
        via = connect_render.via_text(p, model, lang) if (staffed or p.via) else t("connect.no_via", lang)
        title = f"{_name(actors, p.from_, lang)} — {_name(actors, p.to, lang)}"
        item = f"{p.agenda}" if p.agenda else t("connect.principle.weave", lang)
        propose.items.append(
            Item(title, f"{item} · {action} · {via}", connect_render.why_text(p, connect_view, model, lang))
        )
    escalate = Section(t("plan.head.escalate", lang))
    for e in plan.escalations:
        lid = e.link or e.proposal or ""
        title = _link(model, plan, lid, _index(model, lid) if e.link else None)
        escalate.items.append(
            Item(title, t("plan.escalate_to", lang, to=_names(actors, e.to, lang)), e.why.render(lang))
        )
    assess = Section(t("plan.head.assess", lang))
    for x in plan.assessments:
        comps = ", ".join(competency_name(catalogue, c, lang) for c in x.competencies)
        assess.items.append(Item(_name(actors, x.member, lang), comps, x.why.render(lang)))
    develop = Section(t("plan.head.develop", lang))
    for d in plan.development:
        detail = f"{competency_name(catalogue, d.competency, lang)} {d.current} → {d.required}"
        develop.items.append(Item(_name(actors, d.member, lang), detail, d.why.render(lang)))
    unmet = Section(t("plan.head.unmet", lang))
    for u in plan.unmet:
        index = _index(model, u.link) if u.link else None
        title = _link(model, plan, u.link, index) if u.link else (u.agenda or u.subject)
        unmet.items.append(Item(title, t(UNMET_KEYS[u.reason], lang), u.why.render(lang)))
    sections = [s for s in (assign, move, propose, escalate, assess, develop, unmet) if s.items]
    del index_of
    todo = len(plan.assignments) + len(plan.reassignments) + len(plan.proposals)
    stem = model_path.rsplit(".", 1)[0] if model_path.endswith((".yaml", ".yml")) else model_path
    nxt = t("plan.next", lang, model=model_path, output=f"{stem}-plan.yaml") if todo else None
    return View(headline(plan, lang), nxt, sections, totals(plan, lang))


#: The message key of each reason something stays undone.
UNMET_KEYS = {
    "no_members": "plan.unmet.no_members",
    "no_fit": "plan.unmet.no_fit",
    "no_capacity": "plan.unmet.no_capacity",
    "over_capacity": "plan.unmet.over_capacity",
    "principle": "plan.unmet.principle",
}


def _index(model: Model, lid: str | None) -> int | None:
    from verbinder.model import assign_link_ids

    if lid is None:
        return None
    cached = _INDEXES.get(id(model))
    if cached is None or cached[0] is not model:
        cached = _INDEXES[id(model)] = (model, {x: i for i, x in enumerate(assign_link_ids(model))})
    return cached[1].get(lid)


#: id(model) -> (the model, link id -> its place): the escalations and unmet items look their links up
_INDEXES: dict[int, tuple[Model, dict[str, int]]] = {}


def _connect_plan(plan: Plan):
    from verbinder.plan.views import connect_view

    return connect_view(plan)


def headline(plan: Plan, lang: str) -> str:
    """``Plan: assign 3 links, move 2, propose 5, escalate 1, assess 2 members.`` or that nothing is left to do."""
    parts = []
    new = sum(1 for a in plan.assignments if not a.new)
    if new:
        parts.append(t("plan.do.assign", lang, n=new))
    if plan.reassignments:
        parts.append(t("plan.do.move", lang, n=len(plan.reassignments)))
    if plan.proposals:
        parts.append(t("plan.do.propose", lang, n=len(plan.proposals)))
    if plan.escalations:
        parts.append(t("plan.do.escalate", lang, n=len(plan.escalations)))
    if plan.assessments:
        parts.append(t("plan.do.assess", lang, n=len(plan.assessments)))
    if not parts:
        return t("plan.nothing", lang)
    return t("plan.headline", lang, parts=connect_render.joined(parts, lang))


def totals(plan: Plan, lang: str) -> str:
    """``Gap levels 87 → 41; unmet 10 → 27.``"""
    x = plan.totals
    return t(
        "plan.totals",
        lang,
        gaps_before=x.gap_levels_before,
        gaps_after=x.gap_levels_after,
        unmet_before=x.unmet_before,
        unmet_after=x.unmet_after,
    )


def to_json(plan: Plan, model: Model, lang: str) -> dict[str, Any]:
    """The ``plan`` document, with exactly the plan's fields (``schema_version`` is added by the JSON writer)."""
    connect_doc = connect_render.to_json(_connect_plan(plan), model, lang)
    by_link = {a.link: a for a in plan.assignments}
    for p in connect_doc["proposals"]:
        a = by_link.get(p["id"]) if p["action"] == "new" else None
        p["team"] = list(a.team) if a is not None else []
        p["known_share"] = a.known_share if a is not None else None
    return {
        "model": model.name,
        "language": lang,
        "assignments": [
            {
                "link": a.link,
                "member": a.member,
                "fit": a.fit,
                "known_share": a.known_share,
                "why": a.why.render(lang),
                "team": list(a.team),
                "new": a.new,
                "gap_levels": a.gap_levels,
            }
            for a in plan.assignments
        ],
        "reassignments": [
            {
                "link": r.link,
                "from_member": r.from_member,
                "to_member": r.to_member,
                "gap_levels_before": r.gap_levels_before,
                "gap_levels_after": r.gap_levels_after,
                "why": r.why.render(lang),
            }
            for r in plan.reassignments
        ],
        "totals": {
            "gap_levels_before": plan.totals.gap_levels_before,
            "gap_levels_after": plan.totals.gap_levels_after,
            "unmet_before": plan.totals.unmet_before,
            "unmet_after": plan.totals.unmet_after,
        },
        "proposals": connect_doc["proposals"],
        "escalations": [
            {
                ("link" if e.link is not None else "proposal"): e.link or e.proposal,
                "to": list(e.to),
                "why": e.why.render(lang),
            }
            for e in plan.escalations
        ],
        "assessments": [
            {
                "member": x.member,
                "competencies": list(x.competencies),
                "links": list(x.links),
                "why": x.why.render(lang),
            }
            for x in plan.assessments
        ],
        "development": [
            {
                "member": d.member,
                "competency": d.competency,
                "current": d.current,
                "required": d.required,
                "links": list(d.links),
                "why": d.why.render(lang),
            }
            for d in plan.development
        ],
        "unmet": [
            {
                "subject": u.subject,
                "reason": u.reason,
                "link": u.link,
                "agenda": u.agenda,
                "principle": u.principle,
                "why": u.why.render(lang),
            }
            for u in plan.unmet
        ],
    }


def to_markdown(view: View, model: Model, lang: str) -> str:
    """The view as a Markdown document."""
    from verbinder.render.safe import markdown as safe

    out = [f"# {safe(t('plan.title', lang))}: {safe(model.name)}", "", safe(view.headline), ""]
    if view.next:
        out += [safe(view.next), ""]
    out += [safe(view.totals), ""]
    headers = [t("plan.col.what", lang), t("plan.col.detail", lang), t("plan.col.why", lang)]
    for section in view.sections:
        out += [f"## {safe(section.heading)}", ""]
        out += tables.markdown(headers, [[safe(i.title), safe(i.detail), safe(i.why)] for i in section.items])
        out.append("")
    return "\n".join(out)


#: Items per section in the terminal; the rest is counted, and shown in full by --format markdown or json.
SHOWN_ITEMS = 5


def to_table(out: Console, view: View, lang: str) -> None:
    """The view in the terminal: what to do first, then each section as a numbered list with why (the first
    :data:`SHOWN_ITEMS` of each; the Markdown and JSON hold all)."""
    from rich.markup import escape

    out.print(f"[bold]{escape(view.headline)}[/bold]")
    if view.next:
        out.print(escape(view.next))
    out.print(escape(view.totals))
    for section in view.sections:
        out.print()
        out.print(f"[bold]{escape(section.heading)}[/bold]")
        for n, item in enumerate(section.items[:SHOWN_ITEMS], start=1):
            out.print(tables.hanging(f"{n:>2}.", f"[bold]{escape(item.title)}[/bold]"))
            out.print(tables.hanging("", escape(item.detail)))
            out.print(tables.hanging("", f"[dim]{escape(item.why)}[/dim]"))
        if len(section.items) > SHOWN_ITEMS:
            out.print(tables.hanging("", escape(t("plan.more", lang, n=len(section.items) - SHOWN_ITEMS))))
