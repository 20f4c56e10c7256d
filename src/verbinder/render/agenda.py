"""The coalition agreement rendered: coverage per agenda item and the roadmap, as JSON, terminal and Markdown.

The roadmap is a plain-text grid (rows: agenda items, columns: quarters) built
here line by line, so it reads the same on a terminal, on a projector, in a
pipe and in a Markdown code block, within 80 columns for terms up to two and a
half years (longer terms move the status to its own line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.analysis.agenda import AgendaCoverage, ItemCoverage, Quarter, Roadmap
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized, t
from verbinder.model import Model
from verbinder.render import labels, tables
from verbinder.render import markdown as render_markdown
from verbinder.render import terminal as render_terminal
from verbinder.render.json import finding

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.render.html import Html

WIDTH = 80
LABEL_MAX = 24
CELL = 3
GAP_KEYS = ("link", "member", "competency", "required", "current", "gap")  # the fields of analysis.agenda.Gap


# --- data -------------------------------------------------------------------------------------------------------


def item_json(cov: ItemCoverage) -> dict[str, Any]:
    """One agenda item's coverage (docs/advisor.md has the shape)."""
    item = cov.item
    return {
        "id": item.id,
        "title": item.title,
        "due": item.due,
        "quarter": cov.quarter.key if cov.quarter else None,
        "covered": cov.covered,
        "only_regie": cov.only_regie,
        "links": cov.links,
        "types": {k: cov.types[k] for k in ("orchestration", "bridging") if k in cov.types},
        "connectors": cov.connectors,
        "gaps": [dict(zip(GAP_KEYS, g, strict=True)) for g in cov.gaps],
        "not_assessed": [
            {"link": lid, "member": m, "competency": c, "required": req, "current": None, "gap": None}
            for lid, m, c, req in cov.not_assessed
        ],
    }


def coverage_json(coverage: AgendaCoverage) -> list[dict[str, Any]]:
    """The ``agenda`` list of ``analyse --format json``."""
    return [item_json(c) for c in coverage.items]


def roadmap_json(roadmap: Roadmap) -> dict[str, Any]:
    """The roadmap as data (for an HTML report, say): term, quarters, and per item its column and placement."""
    return {
        "today": roadmap.today.isoformat(),
        "term": {"start": roadmap.start, "end": roadmap.end, "from_model": roadmap.from_model},
        "quarters": [q.key for q in roadmap.quarters],
        "today_column": roadmap.today_column,
        "items": [
            {
                "id": row.coverage.item.id,
                "due": row.coverage.item.due,
                "quarter": row.quarter.key if row.quarter else None,
                "column": row.column,
                "placement": row.placement,
                "covered": row.coverage.covered,
                "only_regie": row.coverage.only_regie,
                "open_gaps": len(row.coverage.open_gaps()),
            }
            for row in roadmap.rows
        ],
    }


def document_json(coverage: AgendaCoverage, roadmap: Roadmap, model: Model, lang: str) -> dict[str, Any]:
    """The ``verbinder agenda --format json`` document."""
    return {
        "model": model.name,
        "language": lang,
        "agenda": coverage_json(coverage),
        "links_without_agenda": coverage.links_without_agenda,
        "roadmap": roadmap_json(roadmap),
        "warnings": [finding(w, lang) for w in coverage.warnings],
        "summary": coverage.counts(),
    }


# --- words ------------------------------------------------------------------------------------------------------


def quarter_label(q: Quarter, lang: str) -> str:
    """``2027 K1`` in Dutch, ``2027 Q1`` in English."""
    return t("agenda.quarter", lang, year=str(q.year), q=q.q)  # a year is not a quantity: no separator


def summary_line(coverage: AgendaCoverage, lang: str) -> str:
    """One sentence: how many items are covered, uncovered, only regie; links serving none."""
    return t("agenda.summary", lang, **coverage.counts())


def status(cov: ItemCoverage, lang: str) -> str:
    """``covered · 2 gaps`` / ``NOT covered`` / ``only regie`` ..."""
    parts = [t("agenda.covered" if cov.covered else "agenda.uncovered", lang)]
    if cov.only_regie:
        parts.append(t("agenda.only_regie", lang))
    gaps = len(cov.open_gaps())
    if gaps:
        parts.append(t("agenda.n_gaps", lang, n=gaps))
    return " · ".join(parts)


def _types(cov: ItemCoverage, lang: str) -> str:
    return t(
        "agenda.links_types",
        lang,
        n=len(cov.links),
        regie=cov.types.get("orchestration", 0),
        verbinden=cov.types.get("bridging", 0),
    )


def _due(cov: ItemCoverage, lang: str) -> str:
    if not cov.item.due:
        return t("agenda.no_due", lang)
    quarter = quarter_label(cov.quarter, lang) if cov.quarter is not None else ""
    return t("agenda.due", lang, due=cov.item.due, quarter=quarter)


# --- the roadmap grid -------------------------------------------------------------------------------------------


def roadmap_lines(roadmap: Roadmap, lang: str) -> list[str]:
    """The roadmap as plain-text lines: rows = items, columns = quarters, a marker in the due quarter.

    ``●`` covered, ``○`` not covered, ``·`` the quarters before it is due; the
    quarter holding today is starred.  Items due outside the term say so in
    place of the cells; items without a due date are listed below the grid.
    """
    quarters = roadmap.quarters
    rows = [r for r in roadmap.rows if r.placement != "no_due"]
    undated = [r for r in roadmap.rows if r.placement == "no_due"]
    label_w = min(max([len(r.coverage.item.id) for r in rows] + [len(t("agenda.col_item", lang))]), LABEL_MAX)
    grid_w = len(quarters) * CELL
    statuses = [status(r.coverage, lang) for r in rows]
    inline = label_w + 2 + grid_w + 2 + max([len(s) for s in statuses] + [0]) <= WIDTH
    term = t(
        "agenda.term",
        lang,
        start=quarter_label(quarters[0], lang),
        end=quarter_label(quarters[-1], lang),
        source=t("agenda.term_model" if roadmap.from_model else "agenda.term_default", lang),
    )
    today = t("agenda.today", lang, today=roadmap.today.isoformat())
    lines = [t("agenda.head_roadmap", lang), term, today, ""]
    years = [" "] * (grid_w + 4)
    for i, q in enumerate(quarters):
        if q.q == 1 or (i == 0 and q.q < 4):
            for j, ch in enumerate(str(q.year)):
                years[i * CELL + j] = ch
    here = roadmap.today_column
    labels = "".join(f"{t('agenda.q_short', lang)}{q.q}".ljust(CELL) for q in quarters)
    if here is not None:
        lines.append(" " * (label_w + 2 + here * CELL) + t("agenda.today_marker", lang))
    lines.append(" " * (label_w + 2) + "".join(years).rstrip())
    lines.append(t("agenda.col_item", lang).ljust(label_w + 2) + labels.rstrip())
    for row, state in zip(rows, statuses, strict=True):
        ident = row.coverage.item.id
        if len(ident) > label_w:
            lines.append(ident)
            ident = ""
        if row.column is not None:
            marker = "●" if row.coverage.covered else "○"
            cells = "".join("·".ljust(CELL) for _ in range(row.column)) + marker
            cells = cells.ljust(grid_w)
        else:
            key = "agenda.before_term" if row.placement == "before_term" else "agenda.after_term"
            cells = t(key, lang, due=row.coverage.item.due).ljust(grid_w)
        if inline and len(cells) <= grid_w:
            lines.append((ident.ljust(label_w + 2) + cells + "  " + state).rstrip())
        else:
            lines.append((ident.ljust(label_w + 2) + cells).rstrip())
            lines.append(" " * (label_w + 2) + state)
    if not rows:
        lines.append(t("agenda.none_dated", lang))
    lines += ["", t("agenda.legend", lang)]
    if undated:
        lines += ["", t("agenda.undated", lang)]
        lines += [f"  {r.coverage.item.id}: {r.coverage.item.title} ({status(r.coverage, lang)})" for r in undated]
    return lines


# --- terminal ---------------------------------------------------------------------------------------------------


def gap_lines(cov: ItemCoverage, actors: dict, names: dict[str, str], lang: str) -> list[str]:
    """One line per kopgroep connector: open gaps ``now→needed``, and what they were never assessed in."""
    per: dict[str, list[str]] = {}
    for member, comp, required, current in cov.open_gaps():
        per.setdefault(member, []).append(f"{names.get(comp, comp)} {current}→{required}")
    unknown: dict[str, dict[str, None]] = {}
    for _, member, comp, _ in cov.not_assessed:
        unknown.setdefault(member, {})[names.get(comp, comp)] = None
    for member, comps in unknown.items():
        per.setdefault(member, []).append(t("agenda.not_assessed", lang, competencies=", ".join(comps)))
    return [t("agenda.gap_line", lang, name=actors[m].name, gaps="; ".join(gaps)) for m, gaps in per.items()]


def terminal(
    out: Console, coverage: AgendaCoverage, roadmap: Roadmap, model: Model, catalogue: Catalogue, lang: str
) -> None:
    """``verbinder agenda``: per item its links, connectors and gaps; the roadmap; the warnings."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    out.print(f"[bold]{escape(model.name)}[/bold] — {t('agenda.head', lang)}")
    out.print(summary_line(coverage, lang))
    out.print()
    for cov in coverage.items:
        out.print(Rule(style="dim"))
        out.print(f"[bold]{escape(cov.item.id)}[/bold]  {escape(cov.item.title)}")
        facts = [_due(cov, lang), f"[bold]{status(cov, lang)}[/bold]", _types(cov, lang)]
        out.print(Padding(" · ".join(facts), (0, 0, 0, 2)))
        if cov.connectors:
            who = ", ".join(escape(actors[c].name) for c in cov.connectors)
            out.print(Padding(t("agenda.connectors", lang, names=who), (0, 0, 0, 2)))
        if cov.links:
            out.print(Padding(t("agenda.links", lang, links=", ".join(cov.links)), (0, 0, 0, 2)))
        gaps = gap_lines(cov, actors, names, lang)
        if gaps:
            out.print(Padding(t("agenda.gaps_head", lang), (0, 0, 0, 2)))
            for line in gaps:
                out.print(Padding(escape(line), (0, 0, 0, 4)))
    out.print(Rule(style="dim"))
    out.print()
    for line in roadmap_lines(roadmap, lang):
        out.print(escape(line), overflow="fold")
    render_terminal.warnings(out, coverage.warnings, lang)


def terminal_section(out: Console, coverage: AgendaCoverage, lang: str) -> None:
    """The agenda section of ``verbinder analyse``: one row per item."""
    from rich.markup import escape

    if not coverage.items:
        return
    table = tables.rich(*_section_headers(lang), title=t("agenda.head_section", lang))
    for row in _section_rows(coverage, lang):
        table.add_row(*(escape(str(c)) for c in row))
    out.print()
    out.print(table)


def _section_headers(lang: str) -> list[str]:
    return [
        t("agenda.col_item", lang),
        t("agenda.col_due", lang),
        labels.link_type("orchestration", lang),
        labels.link_type("bridging", lang),
        t("agenda.col_status", lang),
    ]


def _section_rows(coverage: AgendaCoverage, lang: str) -> list[list[object]]:
    return [
        [
            f"{c.item.id}: {c.item.title}",
            c.item.due or "—",
            c.types.get("orchestration", 0),
            c.types.get("bridging", 0),
            status(c, lang),
        ]
        for c in coverage.items
    ]


# --- Markdown ---------------------------------------------------------------------------------------------------


def markdown(coverage: AgendaCoverage, roadmap: Roadmap, model: Model, catalogue: Catalogue, lang: str) -> str:
    """``verbinder agenda --format markdown``."""
    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    out = [f"# {model.name} — {t('agenda.head', lang)}", "", summary_line(coverage, lang), ""]
    for cov in coverage.items:
        out += [f"## {cov.item.id}: {cov.item.title}", ""]
        out += [" · ".join([_due(cov, lang), f"**{status(cov, lang)}**", _types(cov, lang)]), ""]
        if cov.connectors:
            out += [t("agenda.connectors", lang, names=", ".join(actors[c].name for c in cov.connectors)), ""]
        if cov.links:
            out += [t("agenda.links", lang, links=", ".join(f"`{lid}`" for lid in cov.links)), ""]
        gaps = gap_lines(cov, actors, names, lang)
        if gaps:
            out += [t("agenda.gaps_head", lang), ""] + [f"- {line}" for line in gaps] + [""]
    out += [f"## {t('agenda.head_roadmap', lang)}", "", "```"]
    out += roadmap_lines(roadmap, lang)[1:]
    out += ["```", ""]
    out += render_markdown.warnings(coverage.warnings, lang)
    return "\n".join(out)


def markdown_section(coverage: AgendaCoverage, lang: str) -> list[str]:
    """The agenda section of ``analyse --format markdown`` (empty for a model without agenda)."""
    if not coverage.items:
        return []
    return [
        f"## {t('agenda.head_section', lang)}",
        "",
        *tables.markdown(_section_headers(lang), _section_rows(coverage, lang)),
        "",
    ]


def roadmap_html(plan: Roadmap, lang: str) -> Html:
    """The roadmap as an HTML table for the report: a row per agenda item, a column per quarter of the term, the due
    quarter marked covered or not (in words for screen readers too), today's column marked; items outside the term
    listed below."""
    from verbinder.render.html import el, join

    here = plan.today_column
    heads = [
        el(
            "th",
            quarter_label(q, lang),
            el("span", t("report.today_col", lang), class_="today-label") if i == here else None,
            scope="col",
            class_="today" if i == here else None,
        )
        for i, q in enumerate(plan.quarters)
    ]
    rows = []
    outside = []
    for row in plan.rows:
        cov = row.coverage
        if row.column is None:
            if row.placement == "no_due":
                outside.append(el("li", cov.item.title, " ", el("span", t("agenda.no_due", lang), class_="where")))
            else:
                key = "agenda.before_term" if row.placement == "before_term" else "agenda.after_term"
                outside.append(
                    el("li", cov.item.title, " ", el("span", t(key, lang, due=cov.item.due), class_="where"))
                )
            continue
        cells = []
        for i in range(len(plan.quarters)):
            classes = ["today"] if i == here else []
            content: object = ""
            if i < row.column:
                classes.append("runs")
            elif i == row.column:
                covered = cov.covered
                classes.append("due covered" if covered else "due uncovered")
                content = join(
                    [
                        el("span", "●" if covered else "○", aria_hidden="true"),
                        el(
                            "span",
                            t("report.marker_covered" if covered else "report.marker_uncovered", lang),
                            class_="sr",
                        ),
                    ]
                )
            cells.append(el("td", content, class_=" ".join(classes) or None))
        rows.append(el("tr", el("th", cov.item.title, scope="row"), *cells))
    caption = t(
        "report.roadmap_caption",
        lang,
        start=quarter_label(plan.quarters[0], lang),
        end=quarter_label(plan.quarters[-1], lang),
        source=t("agenda.term_model" if plan.from_model else "agenda.term_default", lang),
    )
    grid = el(
        "table",
        el("caption", caption),
        el("thead", el("tr", el("th", t("report.col.item", lang), scope="col"), *heads)),
        el("tbody", *rows),
        class_="roadmap",
    )
    parts = [
        el("h3", t("report.roadmap", lang)),
        el("div", grid, class_="scroll"),
        el("p", t("report.roadmap_legend", lang), class_="muted"),
    ]
    if outside:
        parts += [el("h4", t("report.outside_term", lang)), el("ul", *outside)]
    return join(parts, "\n")
