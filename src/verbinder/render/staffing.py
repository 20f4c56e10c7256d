"""The staffing suggestions as JSON, a terminal table and Markdown, each with its reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.catalogue import Catalogue
from verbinder.i18n import t
from verbinder.model import Model
from verbinder.plan.result import LITTLE_KNOWN
from verbinder.plan.staffing import Fit, StaffingPlan, Suggestion
from verbinder.render import tables
from verbinder.render.profiles import competency_name

if TYPE_CHECKING:
    from rich.console import Console


#: How many gaps a "why" names (the largest first); the JSON lists them all.
SHOWN_GAPS = 5


def _gaps(fit: Fit, catalogue: Catalogue, lang: str) -> str:
    ordered = sorted(fit.gaps, key=lambda g: (g[2] - g[1], -g[1], g[0]))
    text = ", ".join(f"{competency_name(catalogue, c, lang)} {cur}→{req}" for c, req, cur in ordered[:SHOWN_GAPS])
    if len(ordered) > SHOWN_GAPS:
        text += " " + t("staff.more", lang, n=len(ordered) - SHOWN_GAPS)
    return text


def _unknown(fit: Fit, catalogue: Catalogue, lang: str) -> str:
    """``not assessed: A, B`` for the asked competencies the member was never assessed in (empty if none)."""
    if not fit.not_assessed:
        return ""
    text = ", ".join(competency_name(catalogue, c, lang) for c in fit.not_assessed[:SHOWN_GAPS])
    if len(fit.not_assessed) > SHOWN_GAPS:
        text += " " + t("staff.more", lang, n=len(fit.not_assessed) - SHOWN_GAPS)
    return t("agenda.not_assessed", lang, competencies=text)


def why(s: Suggestion, plan: StaffingPlan, model: Model, catalogue: Catalogue, lang: str) -> str:
    """One sentence (or two) saying why a member was suggested, or why the link stays open."""
    actors = model.actor_index()
    # the plan's own sentence where it says more: a duo, nothing assessed, or a fit over few assessed levels
    little = s.fit is not None and s.fit.known_share < LITTLE_KNOWN
    if s.why is not None and (s.fit is None or s.fit.coverage is None or s.team or little):
        return s.why.render(lang)
    if s.fit is not None:
        parts = [t("staff.why.fit", lang, coverage=s.fit.coverage)]
        if s.fit.department:
            parts.append(t("staff.why.department", lang, department=s.fit.department))
        gaps = _gaps(s.fit, catalogue, lang)
        parts.append(t("staff.why.gaps", lang, gaps=gaps) if gaps else t("staff.why.no_gaps", lang))
        if s.fit.not_assessed:
            parts.append(_unknown(s.fit, catalogue, lang))
        return "; ".join(parts)
    if s.reason == "no_members":
        return t("staff.why.no_members", lang)
    best = s.best
    assert best is not None
    name = actors[best.member].name
    if s.reason == "no_capacity":
        _before, after, capacity = plan.load[best.member]
        return t(
            "staff.why.no_capacity",
            lang,
            n=s.candidates,
            name=name,
            coverage=best.coverage,
            load=after,
            capacity=capacity,
        )
    return t(
        "staff.why.no_fit",
        lang,
        min_fit=plan.min_fit,
        name=name,
        coverage=best.coverage,
        needs="; ".join(x for x in (_gaps(best, catalogue, lang), _unknown(best, catalogue, lang)) if x),
    )


def _fit_json(fit: Fit | None) -> dict[str, Any] | None:
    if fit is None:
        return None
    return {
        "member": fit.member,
        "fit": fit.points,
        "coverage": fit.coverage,
        "department": fit.department,
        "gaps": [{"competency": c, "required": req, "current": cur} for c, req, cur in fit.gaps],
        "not_assessed": list(fit.not_assessed),
        "requires": [{"competency": r.competency, "level": r.level} for r in fit.requirements],
    }


def to_json(plan: StaffingPlan, model: Model, catalogue: Catalogue, lang: str) -> dict[str, Any]:
    """The ``staff`` document (``schema_version`` is added by :func:`verbinder.render.json.dumps`)."""
    assignments = []
    for s in plan.suggestions:
        chosen = s.fit
        assignments.append(
            {
                "link": s.link,
                "from": s.from_,
                "to": s.to,
                "member": s.member,
                "team": list(s.team),
                "fit": chosen.points if chosen else None,
                "known_share": round(chosen.known_share, 2) if chosen else None,
                "why": why(s, plan, model, catalogue, lang),
                "reason": s.reason,
                "coverage": chosen.coverage if chosen else None,
                "department": chosen.department if chosen else None,
                "gaps": (_fit_json(chosen) or {}).get("gaps", []) if chosen else [],
                "candidates": s.candidates,
                "best": _fit_json(s.best),
            }
        )
    return {
        "model": model.name,
        "language": lang,
        "min_fit": plan.min_fit,
        "assignments": assignments,
        "load": [
            {"member": m, "before": before, "after": after, "capacity": cap}
            for m, (before, after, cap) in plan.load.items()
        ],
        "summary": {
            "open_links": len(plan.suggestions),
            "assigned": len(plan.assigned),
            "still_open": len(plan.open),
            "total_fit": plan.total_fit,
        },
    }


def _rows(plan: StaffingPlan, model: Model, catalogue: Catalogue, lang: str) -> list[list[str]]:
    actors = model.actor_index()
    rows = []
    for s in plan.suggestions:
        member = " + ".join(actors[m].name for m in (s.team or (s.member,))) if s.member else t("staff.open", lang)
        rows.append(
            [
                f"{s.link}\n{actors[s.from_].name} → {actors[s.to].name}",
                member,
                f"{s.fit.points}%" if s.fit and s.fit.points is not None else "—",
                why(s, plan, model, catalogue, lang),
            ]
        )
    return rows


def _headers(lang: str) -> list[str]:
    return [t("staff.col.link", lang), t("staff.col.member", lang), t("staff.col.fit", lang), t("staff.col.why", lang)]


def _load_rows(plan: StaffingPlan, model: Model) -> list[list[str]]:
    actors = model.actor_index()
    return [[actors[m].name, str(before), str(after), str(cap)] for m, (before, after, cap) in plan.load.items()]


def _load_headers(lang: str) -> list[str]:
    return [
        t("staff.col.member", lang),
        t("staff.col.before", lang),
        t("staff.col.after", lang),
        t("staff.col.capacity", lang),
    ]


def summary(plan: StaffingPlan, lang: str) -> str:
    """``8 links without a connector: 3 suggested, 5 stay open (total fit 210).``"""
    return t(
        "staff.summary",
        lang,
        n=len(plan.suggestions),
        assigned=len(plan.assigned),
        open=len(plan.open),
        total=plan.total_fit,
    )


def to_markdown(plan: StaffingPlan, model: Model, catalogue: Catalogue, lang: str) -> str:
    """The suggestions as a Markdown document."""
    out = [f"# {t('staff.title', lang)}: {model.name}", "", summary(plan, lang), ""]
    if plan.suggestions:
        out += tables.markdown(_headers(lang), _rows(plan, model, catalogue, lang))
        out.append("")
    if plan.load:
        out += [f"## {t('staff.head.load', lang)}", ""]
        out += tables.markdown(_load_headers(lang), _load_rows(plan, model))
        out.append("")
    return "\n".join(out)


def to_table(out: Console, plan: StaffingPlan, model: Model, catalogue: Catalogue, lang: str) -> None:
    """The suggestions in the terminal."""
    from rich.markup import escape

    out.print(f"[bold]{escape(t('staff.title', lang))}: {escape(model.name)}[/bold]")
    out.print(summary(plan, lang))
    if plan.suggestions:
        table = tables.rich(*_headers(lang))
        for row, s in zip(_rows(plan, model, catalogue, lang), plan.suggestions, strict=True):
            cells = [escape(c) for c in row]
            if s.fit is None:
                cells[1] = f"[yellow]{cells[1]}[/yellow]"
            table.add_row(*cells)
        out.print()
        out.print(table)
    if plan.load:
        table = tables.rich(*_load_headers(lang), title=t("staff.head.load", lang))
        for row in _load_rows(plan, model):
            table.add_row(*[escape(c) for c in row])
        out.print()
        out.print(table)
