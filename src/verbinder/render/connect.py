"""``verbinder connect``: the proposals as one view, written for the terminal, Markdown or JSON.

The view leads with what to do: a headline with the counts, then the proposals
numbered in the order to make them (per agenda item, then weave), each with
its connector and why, then what cannot be met, then how to take them over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verbinder.analysis.diagnostics import QUADRANT_KEYS, quadrant
from verbinder.i18n import t
from verbinder.model import Model
from verbinder.plan.connect import PRINCIPLE_KEYS, SHOWN, WEAVE, ConnectPlan, Proposal, Unmet
from verbinder.render import labels, tables

if TYPE_CHECKING:
    from rich.console import Console


#: The message key of each actor's stance, as a proposal describes it.
STANCE_KEYS = {
    "supports": "connect.stance.supports",
    "neutral": "connect.stance.neutral",
    "opposes": "connect.stance.opposes",
    "unknown": "connect.stance.unknown",
}
#: The message key of each reason to choose the other end of a proposal (``Proposal.role``).
TARGET_KEYS = {
    "owner": "connect.target.owner",
    "anchor": "connect.target.anchor",
    "existing": "connect.target.existing",
    "hub": "connect.target.hub",
    "department": "connect.target.department",
    "silo": "connect.target.silo",
}


def describe(actor, lang: str) -> str:
    """``Buurtgroep Noord (keep informed: interest 5, influence 1, opposes)``."""
    return t(
        "connect.actor",
        lang,
        name=actor.name,
        quadrant=t(QUADRANT_KEYS[quadrant(actor.influence, actor.interest)], lang).lower(),
        interest=actor.interest,
        influence=actor.influence,
        stance=t(STANCE_KEYS[actor.stance], lang),
    )


def joined(parts: list[str], lang: str, total: int | None = None) -> str:
    """``a``, ``a and b``, ``a, b and c``; with ``total`` beyond the parts, ``a, b, c and 2 more``."""
    total = len(parts) if total is None else total
    if total > len(parts):
        return t("connect.more", lang, names=", ".join(parts), n=total - len(parts))
    if len(parts) == 1:
        return parts[0]
    return t("connect.and", lang, first=", ".join(parts[:-1]), last=parts[-1])


def _many(key: str, ids: tuple[str, ...], actors: dict, lang: str, **params: Any) -> str:
    """A sentence about one or more actors (``key``'s plural form for their number), the first few described."""
    who = joined([describe(actors[i], lang) for i in ids[:SHOWN]], lang, len(ids))
    return t(key, lang, n=len(ids), who=who, **params)


def why_text(p: Proposal, plan: ConnectPlan, model: Model, lang: str) -> str:
    """Every sentence of a proposal's why: the principles it serves, then why the other end, then extend."""
    served, more = why_parts(p, plan, model, lang)
    return " ".join(served + more)


def why_parts(p: Proposal, plan: ConnectPlan, model: Model, lang: str) -> tuple[list[str], list[str]]:
    """A proposal's why as two lists of sentences: what it serves, and why this end and action."""
    actors = model.actor_index()
    out = []
    for w in p.why:
        detail = dict(w.detail)
        label = t(PRINCIPLE_KEYS[w.principle], lang)
        common = {"item": p.agenda, "principle": label}
        if w.principle == "reach":
            owner = actors[detail["owner"]].name
            out.append(_many("connect.why.reach", w.subjects, actors, lang, owner=owner, **common))
        elif w.principle == "voice":
            out.append(_many("connect.why.voice", w.subjects, actors, lang, **common))
        elif w.principle == "bridge":
            kinds = joined([labels.kind(k, model, lang) for k in w.subjects], lang)
            out.append(t("connect.why.bridge", lang, kind=kinds, **common))
        elif w.principle == "orchestrate":
            hub = actors[detail["hub"]]
            kind = labels.kind(hub.kind, model, lang)
            out.append(_many("connect.why.orchestrate", w.subjects, actors, lang, hub=hub.name, kind=kind, **common))
        elif w.principle == "de-silo":
            out.append(t("connect.why.de-silo", lang, departments=joined(list(w.subjects), lang), **common))
        elif "departments" in detail:
            out.append(t("connect.why.silo", lang, department=w.subjects[0], **common))
        else:
            shared = joined([actors[s].name for s in detail["shared"][:SHOWN]], lang, len(detail["shared"]))
            a, b = (describe(actors[s], lang) for s in w.subjects)
            out.append(t("connect.why.introduce", lang, a=a, b=b, shared=shared, score=detail["score"], **common))
    more = []
    target = actors[p.to]
    role = p.role
    if role == "anchor" and p.to == plan.owners.get(p.agenda or ""):
        role = "owner"
    if role in TARGET_KEYS:
        more.append(
            t(TARGET_KEYS[role], lang, name=describe(target, lang), item=p.agenda, department=target.department)
        )
    if p.action == "extend":
        key = "connect.extend" if p.index is not None else "connect.extend_proposed"
        more.append(t(key, lang, link=p.id, item=p.agenda))
    return out, more


def unmet_text(u: Unmet, lang: str) -> str:
    """Why something cannot be met, in ``lang``."""
    return u.why.render(lang)


def via_text(p: Proposal, model: Model, lang: str) -> str:
    """``via Kim (fit 77)``, or that no connector is suggested yet."""
    if p.via is None:
        return t("connect.no_via", lang)
    actors = model.actor_index()
    name = " + ".join(actors[m].name for m in (p.team or (p.via,)))
    if p.fit is None or p.fit.points is None:
        return t("connect.via_unknown", lang, name=name)
    return t("connect.via", lang, name=name, fit=p.fit.points)


@dataclass
class Row:
    """One proposal as people read it."""

    n: int
    action: str
    from_: str
    to: str
    via: str
    principles: str
    why: str  # every sentence
    short: str  # what the proposal serves, without why the other end was chosen
    open: bool  # no connector


@dataclass
class Section:
    """The proposals of one agenda item (or of weave)."""

    heading: str
    rows: list[Row] = field(default_factory=list)


@dataclass
class View:
    """Everything ``connect`` shows, in the order a reader needs it."""

    headline: str
    sections: list[Section]
    unmet: list[tuple[str, str, str]]  # (agenda item or "", subject, why)
    next: str | None
    note: str | None = None


def headline(plan: ConnectPlan, lang: str) -> str:
    """``Who with whom: 7 proposals (6 new, 1 extending a link); 3 things cannot be met.``"""
    title = t("connect.title", lang)
    n, unmet = len(plan.proposals), len(plan.unmet)
    proposals = t("connect.proposals", lang, n=n)
    split = t("connect.split", lang, new=len(plan.new), extend=len(plan.extend))
    if n and unmet:
        return t(
            "connect.headline_unmet",
            lang,
            title=title,
            proposals=proposals,
            split=split,
            unmet=t("connect.unmet_count", lang, n=unmet),
        )
    if n:
        return t("connect.headline", lang, title=title, proposals=proposals, split=split)
    if unmet:
        return t("connect.headline_only_unmet", lang, title=title, unmet=t("connect.unmet_count", lang, n=unmet))
    return f"{title}: {t('connect.none', lang)}"


def build_view(plan: ConnectPlan, model: Model, lang: str, model_path: str = "MODEL") -> View:
    """The format-neutral view of a plan."""
    actors = model.actor_index()
    items = {i.id: i for i in model.agenda}
    sections: dict[str | None, Section] = {}
    for item_id in plan.items:
        item = items[item_id]
        owner = plan.owners.get(item_id)
        if owner is not None:
            heading = t("connect.item", lang, title=item.title, id=item.id, owner=actors[owner].name)
        else:
            heading = t("connect.item_no_owner", lang, title=item.title, id=item.id)
        sections[item_id] = Section(heading)
    for n, p in enumerate(plan.proposals, 1):
        if p.principle == WEAVE and p.agenda is None and None not in sections:
            sections[None] = Section(t("connect.weave_head", lang))
        action = t("connect.action.new", lang) if p.action == "new" else t("connect.action.extend", lang, link=p.id)
        principles = ", ".join(t(PRINCIPLE_KEYS[x], lang) for x in (p.principle, *p.also))
        served, more = why_parts(p, plan, model, lang)
        row = Row(
            n,
            action,
            actors[p.from_].name,
            actors[p.to].name,
            via_text(p, model, lang),
            principles,
            " ".join(served + more),
            " ".join(served),
            p.via is None,
        )
        sections[p.agenda].rows.append(row)
    unmet = [(u.agenda or "", u.subject, unmet_text(u, lang)) for u in plan.unmet]
    stem = model_path.rsplit(".", 1)[0] if model_path.endswith((".yaml", ".yml")) else model_path
    nxt = t("connect.next", lang, model=model_path, output=f"{stem}-connected.yaml") if plan.proposals else None
    note = t("connect.no_items", lang) if not plan.items and not plan.proposals else None
    return View(headline(plan, lang), [s for s in sections.values() if s.rows], unmet, nxt, note)


def to_json(plan: ConnectPlan, model: Model, lang: str) -> dict[str, Any]:
    """The ``connect`` document (``schema_version`` is added by :func:`verbinder.render.json.dumps`)."""
    proposals = []
    for p in plan.proposals:
        proposals.append(
            {
                "id": p.id,
                "agenda": p.agenda,
                "principle": p.principle,
                "also": list(p.also),
                "action": p.action,
                "from": p.from_,
                "to": p.to,
                "type": p.type.value,
                "via": p.via,
                "position": p.position.value if p.position else None,
                "fit": p.fit.points if p.fit else None,
                "competencies": [{"id": r.competency, "level": r.level} for r in p.competencies],
                "why": why_text(p, plan, model, lang),
            }
        )
    unmet = [
        {"agenda": u.agenda, "principle": u.principle, "subject": u.subject, "why": unmet_text(u, lang)}
        for u in plan.unmet
    ]
    return {"model": model.name, "language": lang, "proposals": proposals, "unmet": unmet}


def to_markdown(view: View, model: Model, lang: str) -> str:
    """The view as a Markdown document."""
    from verbinder.render.safe import markdown as safe

    out = [f"# {safe(t('connect.title', lang))}: {safe(model.name)}", "", safe(view.headline), ""]
    if view.note:
        out += [safe(view.note), ""]
    headers = [
        t("connect.col.n", lang),
        t("connect.col.action", lang),
        t("connect.col.from", lang),
        t("connect.col.to", lang),
        t("connect.col.via", lang),
        t("connect.col.principle", lang),
        t("connect.col.why", lang),
    ]
    for section in view.sections:
        out += [f"## {safe(section.heading)}", ""]
        rows = [[r.n, r.action, r.from_, r.to, r.via, r.principles, r.why] for r in section.rows]
        out += tables.markdown(headers, [[safe(str(c)) for c in row] for row in rows])
        out.append("")
    if view.unmet:
        out += [f"## {safe(t('connect.unmet_head', lang))}", ""]
        headers = [t("connect.col.agenda", lang), t("connect.col.subject", lang), t("connect.col.why", lang)]
        out += tables.markdown(headers, [[safe(c) for c in row] for row in view.unmet])
        out.append("")
    if view.next:
        out += [safe(view.next), ""]
    return "\n".join(out)


def to_table(out: Console, view: View, lang: str) -> None:
    """The view in the terminal: numbered proposals with connector and why, indented under each other."""
    from rich.markup import escape

    out.print(f"[bold]{escape(view.headline)}[/bold]")
    if view.note:
        out.print(escape(view.note))
    for section in view.sections:
        out.print()
        out.print(f"[bold]{escape(section.heading)}[/bold]")
        for r in section.rows:
            via = f"[yellow]{escape(r.via)}[/yellow]" if r.open else escape(r.via)
            out.print(tables.hanging(f"{r.n:>2}.", f"[bold]{escape(r.from_)} — {escape(r.to)}[/bold]"))
            out.print(tables.hanging("", f"{escape(r.principles)} · {escape(r.action)} · {via}"))
            out.print(tables.hanging("", f"[dim]{escape(r.why)}[/dim]"))  # what it serves, and why this other end
    if view.unmet:
        out.print()
        out.print(f"[bold]{escape(t('connect.unmet_head', lang))}[/bold]")
        for agenda, subject, why in view.unmet:
            where = f"{agenda}: {subject}" if agenda and agenda != subject else subject
            out.print(tables.hanging(" -", f"{escape(where)}: {escape(why)}"))
    if view.next:
        out.print()
        out.print(escape(view.next))
