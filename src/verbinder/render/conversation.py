"""The conversation document: one printable A4 page set per kopgroep member, for the annual conversation.

``verbinder profiles MODEL MEMBER --format html --output FILE`` writes it.  It
leads with the focus points, then the conversation points (self and others
two or more levels apart), each required competency with the behaviour at the
current and at the required level, the development plan (methods and role
models, the focus points first) and space for agreements and signatures.

Self-contained like the report: no scripts, fonts, images or links to the
web; a Content-Security-Policy allows only its own stylesheet (by hash).  All
text from the model is escaped for HTML, control characters included
(:func:`verbinder.render.safe.html`).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from verbinder.analysis.profiles import MAX_REQUIRED
from verbinder.i18n import localized, t
from verbinder.render.development import method_head, role_model_text
from verbinder.render.html import Html, document_head, el, join
from verbinder.render.profiles import (
    competency_name,
    current_text,
    gap_text,
    level_descriptor,
    manager_text,
    profile_status,
    role_label,
    themes_line,
)
from verbinder.render.safe import html as safe_html

if TYPE_CHECKING:
    from verbinder.analysis.development import MemberPlan
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.catalogue import Catalogue

#: The stylesheet: A4 on paper, readable on screen; sections do not break inside where they fit a page.
CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; }
:root { --ink: #1b1b1b; --muted: #555; --line: #bbb; --gap: #ffc7ce; --focus: #fff4d6; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1.5px solid var(--ink); padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
dl.meta { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5mm 5mm; margin: 0 0 3mm; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; font-weight: 600; overflow-wrap: break-word; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; font-size: 9.5pt; table-layout: fixed; }
table.levels col.name { width: 21%; } table.levels col.now { width: 13%; } table.levels col.n { width: 9%; }
table.levels col.text { width: 28.5%; }
table.levels th[scope=row] { overflow-wrap: break-word; }
th, td { border: 1px solid var(--line); padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
thead th { background: #eef3f8; }
td.n, th.n { text-align: center; white-space: nowrap; }
tr.gap td.n.g { background: var(--gap); font-weight: 700; }
td.unknown { font-style: italic; color: var(--muted); } td.n.unknown { white-space: normal; font-size: 8.5pt; }
td.n.unknown { hyphens: auto; }
p.status { padding: 1.5mm 2mm; border-left: 3px solid #c80; background: #fff8e6; }
ol.focus li { margin: 0 0 1mm; padding: 1mm 2mm; background: var(--focus); }
.muted { color: var(--muted); }
section { break-inside: auto; }
.plan > div { break-inside: avoid; }
.plan ul { margin: .5mm 0 2mm; padding-left: 5mm; }
.agreements td { height: 13mm; }
.agreements th:first-child { width: 60%; }
table { width: calc(100% - 1px); }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 10mm; margin-top: 8mm; break-inside: avoid; }
.signatures div { border-top: 1px solid var(--ink); padding-top: 1mm; }
h2, h3 { break-after: avoid; }
tr { break-inside: avoid; }
footer { margin-top: 6mm; color: var(--muted); font-size: 8.5pt; }
@media print { body { max-width: none; padding: 0; } }
"""


def _t(value: object) -> Html:
    """Text from anywhere, escaped for HTML with control characters made visible."""
    return Html(safe_html(value))


def _meta(p: MemberProfile, lang: str, day: _dt.date) -> Html:
    rows = [
        (t("profiles.col.role_col", lang), role_label(p, lang)),
        (t("profiles.col.department", lang), p.department),
        (t("profiles.col.function", lang), p.function),
        (t("profiles.col.scale", lang), p.scale),
        (t("profiles.col.employee_id", lang), p.employee_id),
        (t("profiles.col.manager", lang), manager_text(p)),
        (t("profiles.col.links", lang), "; ".join(p.topics or p.links)),
        (t("fair.workload", lang), t("profiles.n_links", lang, n=len(p.links), capacity=p.capacity)),
        (t("profiles.col.last_assessment", lang), p.last_assessed or t("profiles.not_assessed_yet", lang)),
        (t("conversation.date", lang), day.isoformat()),
    ]
    return el("dl", *(el("div", el("dt", _t(k)), el("dd", _t(v))) for k, v in rows if v), class_="meta")


def _competencies(p: MemberProfile, catalogue: Catalogue, lang: str) -> Html:
    headers = [
        t("profiles.col.competency", lang),
        t("profiles.col.current", lang),
        t("conversation.behaviour_current", lang),
        t("profiles.col.required", lang),
        t("conversation.behaviour_required", lang),
    ]
    rows = []
    for c in p.focus_first():
        if c.required == 0:
            continue
        cur = c.current
        if cur is None:
            now, behaviour = t("gaps.not_assessed", lang), t("fair.behaviour_unknown", lang)
        else:
            now, behaviour = str(cur), level_descriptor(catalogue, c.id, cur, lang) or t("conversation.level0", lang)
        rows.append(
            el(
                "tr",
                el("th", _t(competency_name(catalogue, c.id, lang)), scope="row"),
                el("td", _t(now), class_="n g" if cur is not None else "n unknown"),
                el("td", _t(behaviour), class_="unknown" if cur is None else None),
                el("td", _t(c.required), class_="n"),
                el("td", _t(level_descriptor(catalogue, c.id, c.required, lang))),
                class_="gap" if c.gap else None,
            )
        )
    head = el("thead", el("tr", *(el("th", _t(h), scope="col") for h in headers)))
    cols = Html(
        '<colgroup><col class="name"/><col class="now"/><col class="text"/><col class="n"/>'
        '<col class="text"/></colgroup>'
    )
    return el("table", cols, head, el("tbody", *rows), class_="levels")


def _plan(plan: MemberPlan | None, catalogue: Catalogue, lang: str, status: str) -> Html:
    if plan is None or not plan.gaps:
        return el("p", _t(status), class_="muted")
    parts = []
    for g in plan.gaps:
        name = competency_name(catalogue, g.competency, lang)
        head = t("develop.gap_head", lang, name=name, current=g.current, required=g.required)
        if g.focus:
            head = f"★ {head}"
        items = [
            el(
                "li",
                el("strong", _t(method_head(m, catalogue, lang) + ": " + localized(m.name, lang))),
                _t(" — " + localized(m.exercise, lang)),
            )
            for m in g.methods
        ]
        models = "; ".join(role_model_text(r, lang) for r in g.role_models) or t("develop.no_role_models", lang)
        items.append(el("li", el("strong", _t(t("develop.role_models", lang) + ": ")), _t(models)))
        parts.append(el("div", el("h3", _t(head)), el("ul", *items)))
    return el("div", *parts, class_="plan")


def _agreements(lang: str) -> Html:
    headers = [t("conversation.agreement", lang), t("conversation.who", lang), t("conversation.when", lang)]
    head = el("thead", el("tr", *(el("th", _t(h), scope="col") for h in headers)))
    body = el("tbody", *(el("tr", el("td", ""), el("td", ""), el("td", "")) for _ in range(5)))
    signatures = el(
        "div",
        el("div", _t(t("conversation.sign_member", lang))),
        el("div", _t(t("conversation.sign_manager", lang))),
        class_="signatures",
    )
    return join([el("table", head, body, class_="agreements"), signatures])


def document(
    p: MemberProfile,
    plan: MemberPlan | None,
    catalogue: Catalogue,
    model_name: str,
    lang: str,
    day: _dt.date,
    model_path: str | None = None,
) -> str:
    """The conversation document of one member as a complete HTML page.

    It says first how many asked competencies are not assessed (and how to
    assess them); "no gaps" only when every asked competency is assessed and met.
    """
    from verbinder import __version__

    focus = [
        el(
            "li",
            el("strong", _t(competency_name(catalogue, f.id, lang))),
            _t(" — " + t("conversation.focus_detail", lang, current=f.current, required=f.required, gap=f.gap)),
        )
        for f in p.focus
    ]
    status = profile_status(p, lang, model_path)
    sections = [
        el("h1", _t(t("conversation.title", lang, name=p.name))),
        _meta(p, lang, day),
        el("p", _t(t("conversation.intro", lang)), class_="muted"),
        el("p", _t(status), class_="status") if status else None,
        el("section", el("h2", _t(t("profiles.head.focus", lang))), el("ol", *focus, class_="focus"))
        if focus
        else None,
    ]
    if p.differences:
        points = [
            el(
                "li",
                _t(
                    t(
                        "profiles.difference_line",
                        lang,
                        name=competency_name(catalogue, cid, lang),
                        own=own,
                        others=others,
                    )
                ),
            )
            for cid, own, others in p.differences
        ]
        sections.append(el("section", el("h2", _t(t("profiles.head.differences", lang))), el("ul", *points)))
    also: Html | None = None
    if p.also_relevant:
        names = ", ".join(
            f"{competency_name(catalogue, c.id, lang)} ({c.required}/{current_text(c, lang)}/{gap_text(c)})"
            for c in p.also_relevant
        )
        also = el("p", _t(t("conversation.also_relevant", lang, max=MAX_REQUIRED, names=names)), class_="muted")
    sections += [
        el(
            "section",
            el("h2", _t(t("conversation.head.competencies", lang))),
            _competencies(p, catalogue, lang),
            also,
        ),
        el(
            "section",
            el("h2", _t(t("conversation.head.plan", lang))),
            _plan(plan, catalogue, lang, status),
            el("p", _t(themes_line(p.reflection_themes, catalogue, lang))) if p.reflection_themes else None,
        ),
        el("section", el("h2", _t(t("conversation.head.agreements", lang))), _agreements(lang)),
        el("footer", _t(t("conversation.footer", lang, model=model_name, version=__version__, date=day.isoformat()))),
    ]
    head = document_head(_t(t("conversation.title", lang, name=p.name)), CSS)
    body = join(sections, "\n")
    page = f"<head>\n{head}\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>"
    return f'<!DOCTYPE html>\n<html lang="{_t(lang)}">\n{page}\n</html>\n'
