"""The HTML report: one self-contained file for advisors to hand to the college and the council.

:func:`build` gathers what the report shows (the analysis, the kopgroep profiles, the diagnostics'
power/interest grid and findings, the agenda coverage and roadmap, the network picture); :func:`to_html`
writes it as one HTML document with its stylesheet and SVG inline.  The document loads nothing: no scripts,
fonts, images or links to the web, and a Content-Security-Policy that allows only its own stylesheet (by
hash) says so to the browser too.

Every user text passes through :func:`esc`; markup built here is an :class:`Html` string, which is never
escaped twice.  The document is also well-formed XML, so tests (and other tools) can parse it.
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from verbinder import __version__
from verbinder.analysis.diagnostics import QUADRANT_KEYS
from verbinder.i18n import t
from verbinder.render import labels
from verbinder.render.agenda import roadmap_html
from verbinder.render.appendix import actor_html, competency_names, link_ref, links_appendix
from verbinder.render.decisions import decisions
from verbinder.render.html import Html, anchor_id, document_head, el, esc, inline_svg, join, table

if TYPE_CHECKING:
    from verbinder.analysis.agenda import AgendaCoverage, Roadmap
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.links import Analysis, Finding
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.model import Actor
    from verbinder.plan.actions import Action
    from verbinder.plan.connect import ConnectPlan
    from verbinder.plan.result import Plan
    from verbinder.project import Project
    from verbinder.render.graph.pictures import Sketch


# --- data -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Picture:
    """The network pictures (:mod:`verbinder.render.graph.pictures`: one per agenda item, each with its SVG or why it
    is left out), or why there are none: ``sketches`` None and ``reason`` None when Graphviz is missing."""

    sketches: list[Sketch] | None
    reason: Any = None  # a Msg, a located Problem or a plain text


@dataclass(slots=True)
class Report:
    """Everything the report shows."""

    project: Project
    analysis: Analysis
    lang: str
    today: _dt.date
    profiles: list[MemberProfile]
    diagnostics: Diagnostics
    grid: dict[str, list[Actor]]  # Mendelow's quadrant -> actors, from the diagnostics
    picture: Picture
    coverage: AgendaCoverage | None = None
    roadmap: Roadmap | None = None
    warnings: list[tuple[str, list[Finding]]] = field(default_factory=list)  # (group key, findings)
    actions: list[Action] = field(default_factory=list)  # ranked, rank 1 first
    connections: ConnectPlan | None = None  # verbinder connect's proposals (models with stakeholders)
    map_href: str | None = None  # the interactive map written beside the report (``report --map``), relative to it
    plan: Plan | None = None  # the plan (Project.plan): the decisions on pages 1-2 read it


def draw(analysis: Analysis, lang: str, *, source: str = "MODEL") -> Picture:
    """The network pictures through Graphviz (:func:`verbinder.render.graph.pictures.draw`), or why there are none."""
    from verbinder.errors import UsageError
    from verbinder.render import graph
    from verbinder.render.graph import pictures

    if not graph.dot_available():
        return Picture(None)
    try:
        return Picture(pictures.draw(analysis, lang, source=source))
    except UsageError as exc:
        return Picture(None, exc.problems[0] if exc.problems else "dot")


def build(project: Project, lang: str, today: _dt.date, *, picture: Picture | None = None) -> Report:
    """Analyse ``project`` and gather the report's contents in ``lang``.

    ``picture`` replaces the drawing by Graphviz (:func:`draw`), e.g. in tests.
    """
    model = project.model
    actors = project.actors
    analysis = project.link_analysis
    diagnostics = project.diagnostics
    report = Report(
        project=project,
        analysis=analysis,
        lang=lang,
        today=today,
        profiles=project.profiles(today=today),
        diagnostics=diagnostics,
        grid={q: [actors[aid] for aid in ids] for q, ids in diagnostics.grid.items()},
        picture=picture if picture is not None else draw(analysis, lang, source=str(project.path)),
    )
    report.warnings.append(("report.warnings_rules", list(analysis.warnings)))
    report.warnings.append(("report.warnings_diagnostics", list(diagnostics.findings)))
    if model.agenda:
        report.coverage, report.roadmap = project.agenda(today)
        report.warnings.append(("report.warnings_agenda", list(report.coverage.warnings)))
    report.actions = project.actions(today=today)
    if any(item.stakeholders for item in model.agenda):
        report.connections = project.connect()
    from verbinder.project import STAFFING_LIMIT

    if len(diagnostics.no_connector) <= STAFFING_LIMIT:  # as the actions: above it, staffing is left to `staff`
        report.plan = project.plan(today=today)
    return report


def long_date(day: _dt.date, lang: str) -> str:
    """``3 mei 2026`` / ``3 May 2026``."""
    from verbinder.i18n import date

    return date(day, lang)


# --- the document -----------------------------------------------------------------------------------------------

#: The sections in order: the executive summary (what to do first) on pages 1-2, the details, the links appendix.
SECTIONS = ("summary", "connect", "network", "kopgroep", "grid", "warnings", "agenda", "commands", "links")
#: Each section's title (literal message keys, so every key in use can be found by searching the code).
SECTION_TITLES = {
    "summary": "report.sec.summary",
    "connect": "report.sec.connect",
    "network": "report.sec.network",
    "kopgroep": "report.sec.kopgroep",
    "grid": "report.sec.grid",
    "warnings": "report.sec.warnings",
    "agenda": "report.sec.agenda",
    "commands": "report.sec.commands",
    "links": "report.sec.links",
}
#: Actions in the summary's "What to do first" (all of them are in ``analyse --format json``).
REPORT_ACTIONS = 10
#: Competencies in the summary's learning agenda (all of them are in the kopgroep section).
REPORT_LEARNING = 8


def to_html(report: Report) -> str:
    """The report as one self-contained HTML5 document (also well-formed XML)."""
    lang = report.lang
    model = report.analysis.model
    kinds = {k: i for i, k in enumerate(model.kind_ids())}
    sections = _sections(report)
    body = {
        "summary": _summary,
        "connect": _connect,
        "network": _network,
        "links": links_appendix,
        "kopgroep": _kopgroep,
        "grid": _grid,
        "warnings": _warnings,
        "agenda": _agenda,
        "commands": _commands,
    }
    parts = []
    for n, sid in enumerate(sections, 1):
        title = t(SECTION_TITLES[sid], lang)
        heading = el("h2", el("span", f"{n}", class_="num"), " ", title, id=f"{sid}-title")
        parts.append(el("section", heading, body[sid](report, kinds), id=sid, aria_labelledby=f"{sid}-title"))
    toc = el(
        "nav",
        el("h2", t("report.toc", lang), id="toc-title"),
        el("ol", *(el("li", el("a", t(SECTION_TITLES[s], lang), href=f"#{s}")) for s in sections)),
        aria_labelledby="toc-title",
        class_="toc",
    )
    date = long_date(report.today, lang)
    header = el(
        "header",
        el("p", f"verbinder {__version__} · ", t("report.kind", lang), class_="kicker"),
        el("h1", model.name),
        el(
            "dl",
            el("div", el("dt", t("report.meta_date", lang)), el("dd", el("time", date, datetime=report.today))),
            el("div", el("dt", t("report.meta_lang", lang)), el("dd", t("report.lang_name", lang))),
            el("div", el("dt", t("report.meta_model", lang)), el("dd", report.project.path.name)),
            class_="meta",
        ),
        el("p", t("report.intro", lang), class_="intro"),
        class_="title-block",
    )
    footer = el("footer", el("p", t("report.footer", lang, version=__version__, date=date)))
    head = document_head(t("report.title", lang, name=model.name), stylesheet(kinds, model))
    page = join(
        [
            el("a", t("report.skip", lang), href="#main", class_="skip"),
            header,
            toc,
            el("main", *parts, id="main"),
            footer,
        ],
        "\n",
    )
    return f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n{head}\n</head>\n<body>\n{page}\n</body>\n</html>\n'


def _sections(report: Report) -> list[str]:
    """The sections this report has (no agenda section without an agenda, no proposals without stakeholders)."""
    return [
        s
        for s in SECTIONS
        if (s != "agenda" or report.coverage is not None) and (s != "connect" or report.connections is not None)
    ]


# --- sections ---------------------------------------------------------------------------------------------------


def _summary(report: Report, kinds: dict[str, int]) -> Html:
    """Pages 1-2, for the college and the management team: the figures, the decisions they can take, the coalition
    agreement's coverage and the kopgroep's learning agenda, in plain words (names, never ids, rule codes or
    commands: those are in the appendix for the advisor)."""
    lang = report.lang
    analysis = report.analysis
    types = analysis.type_counts()
    total = len(analysis.links)
    open_links = len(report.diagnostics.no_connector)
    to_assess = (
        len(report.plan.assessments) if report.plan is not None else sum(1 for p in report.profiles if p.not_assessed)
    )

    def figure(value: object, label: str, note: object = None, alert: bool = False) -> Html:
        dd = el("dd", el("span", value, class_="value"), el("span", note, class_="note") if note else None)
        return el("div", el("dt", label), dd, class_="alert" if alert else None)

    figures = [
        figure(len(analysis.model.actors), t("report.fig.actors", lang)),
        figure(
            total,
            t("report.fig.links", lang),
            t("report.fig.split", lang, regie=types.get("orchestration", 0), verbinden=types.get("bridging", 0)),
        ),
        figure(open_links, t("report.fig.open", lang), alert=open_links > 0),
        figure(len(report.profiles), t("report.fig.members", lang)),
        figure(sum(p.figures.open_gaps for p in report.profiles), t("report.fig.open_gaps", lang)),
        figure(to_assess, t("report.fig.to_assess", lang), alert=to_assess > 0),
    ]
    if report.coverage is not None:
        counts = report.coverage.counts()
        figures.append(
            figure(
                t("report.fig.agenda_of", lang, covered=counts["covered"], items=counts["items"]),
                t("report.fig.agenda", lang),
                alert=counts["uncovered"] > 0,
            )
        )

    parts = [
        el("dl", *figures, class_="figures"),
        el("p", t("report.fig.legend", lang), class_="muted"),
        el("h3", t("report.decisions_head", lang)),
        decisions(report),
    ]
    if report.coverage is not None:
        parts += [el("h3", t("report.coverage_head", lang)), _coverage(report, kinds)]
    parts += [el("h3", t("overview.head.learning", lang)), _learning(report)]
    sections = _sections(report)
    rest = [t(SECTION_TITLES[s], lang).lower() for s in sections if s not in ("summary", "commands", "links")]
    parts.append(el("p", t("report.summary_rest", lang, sections=", ".join(rest)), class_="muted"))
    return join(parts, "\n")


def _commands(report: Report, kinds: dict[str, int]) -> Html:
    """The appendix for the advisor: the top actions, each with what, why and the command that does it."""
    from verbinder.render.json import command
    from verbinder.render.overview import kind_label

    lang = report.lang
    if not report.actions:
        return el("p", t("actions.none", lang), class_="muted")
    model = str(report.project.path)
    rows = [
        [
            str(a.rank),
            join([el("strong", kind_label(a.kind, lang)), ": ", a.why.render(lang)]),
            el("code", command(a.command, model)),
        ]
        for a in report.actions[:REPORT_ACTIONS]
    ]
    more = len(report.actions) - REPORT_ACTIONS
    note = el("p", t("report.actions_more", lang, n=more, model=model), class_="muted after") if more > 0 else None
    headers = [t("actions.col.rank", lang), t("report.col.action", lang), t("actions.col.command", lang)]
    intro = el("p", t("report.commands_intro", lang), class_="muted")
    return join([intro, table(t("report.actions_caption", lang), headers, rows, class_="actions"), note], "\n")


def _learning(report: Report) -> Html:
    """The kopgroep's learning agenda: per competency the members with an open gap and the gap levels."""
    from verbinder.analysis.gaps import learning_agenda
    from verbinder.plan.actions import short_name

    lang = report.lang
    items = [item for item in learning_agenda(report.profiles) if item.members]
    if not items:
        return el("p", t("report.learning_none", lang), class_="muted")
    names = competency_names(report)
    actors = report.project.actors
    rows = [
        [
            names.get(item.competency, item.competency),
            el("span", item.open_gaps, class_="n"),
            el("span", item.gap_levels, class_="n"),
            ", ".join(short_name(actors[m].name) for m in item.members),
        ]
        for item in items[:REPORT_LEARNING]
    ]
    headers = [
        t("col.competency", lang),
        t("report.col.open_gaps", lang),
        t("overview.col.gap_levels", lang),
        t("overview.col.who", lang),
    ]
    more = len(items) - REPORT_LEARNING
    note = el("p", t("report.learning_more", lang, n=more), class_="muted after") if more > 0 else None
    return join([table(t("report.learning_caption", lang), headers, rows, class_="learning"), note], "\n")


def _interactive(report: Report) -> Html:
    """Where the interactive map is (``report --map``), or how to make it: the pictures below stay for print."""
    lang = report.lang
    if report.map_href is None:
        return el("p", t("map.report_hint", lang, model=str(report.project.path)), class_="muted")
    link = el("a", t("map.report_link_text", lang), href=report.map_href)
    return el("p", link, " ", t("map.report_link", lang), class_="callout", role="note")


def _network(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    name = report.analysis.model.name
    picture = report.picture
    interactive = _interactive(report)
    if picture.sketches is None:
        if picture.reason is None:
            note = t("report.no_picture_note", lang)
        else:
            note = t("report.picture_failed_note", lang, reason=picture.reason)
        return join([el("p", note, class_="callout", role="note"), interactive], "\n")
    from verbinder.render.graph.style import kinds_used

    model = report.analysis.model
    legend = el(
        "ul",
        *(
            el("li", el("span", "", class_=f"swatch k{kinds.get(k, 0)}"), labels.kind(k, model, lang))
            for k in kinds_used(model)
        ),
        class_="inline",
        aria_label=t("picture.kinds", lang),
    )
    parts = [el("p", t("picture.intro", lang)), el("p", legend), interactive]
    for sketch in picture.sketches:
        if sketch.item is not None:
            title: object = sketch.item.title
        else:
            title = t("picture.rest" if model.agenda else "picture.all", lang)
        ident = anchor_id("picture-", sketch.item.id if sketch.item is not None else "rest")
        caption = t("picture.caption", lang, links=len(sketch.links), actors=sketch.actors)
        if sketch.svg is None:
            body = el("p", sketch.omitted, class_="callout", role="note")
        else:
            label = t("picture.label", lang, title=title)
            body = el("div", inline_svg(sketch.svg, label), class_="picture")
        parts.append(el("figure", el("h3", title), body, el("figcaption", caption), id=ident, class_="sketch"))
    if not picture.sketches:
        parts.append(el("p", t("report.figure_caption", lang, name=name), class_="muted"))
    return join(parts, "\n")


def _meter(current: int | None, required: int) -> Html:
    """Four boxes: the current level filled, the gap up to the required level marked (decorative)."""
    boxes = []
    for level in range(1, 5):
        state = "have" if level <= (current or 0) else "need" if level <= required else "empty"
        boxes.append(el("i", "", class_=state))
    return el("span", *boxes, class_="meter", aria_hidden="true")


def _kopgroep(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    if not report.profiles:
        return el("p", t("report.no_members", lang), class_="muted")
    names = competency_names(report)
    parts = [el("p", t("report.levels_legend", lang), class_="muted")]
    for p in report.profiles:
        meta = [t("report.member_meta", lang, links=len(p.links), capacity=p.capacity, gap=p.figures.gap_levels)]
        if p.role:
            from verbinder.render.profiles import role_label

            meta.insert(0, t("profiles.role", lang, role=role_label(p, lang)))
        if p.department:
            meta.insert(0, t("profiles.department", lang, department=p.department))
        rows = []
        for c in p.competencies:
            asked: list[Html] = [link_ref(a.link) for a in c.asked_by]
            if c.role_level:
                asked.append(esc(t("report.role_baseline", lang, role=role_label(p, lang), level=c.role_level)))
            rows.append(
                [
                    names.get(c.id, c.id),
                    _meter(c.current, c.required),
                    el("span", c.required, class_="n"),
                    el("span", c.current, class_="n") if c.current is not None else t("gaps.not_assessed", lang),
                    el("span", c.gap, class_="n gap" if c.gap else "n") if c.gap is not None else "–",
                    join(asked, ", ") if asked else t("report.none", lang),
                ]
            )
        links = (
            join([t("report.member_links", lang), " ", join((link_ref(lid) for lid in p.links), ", ")])
            if p.links
            else t("report.member_no_links", lang)
        )
        body = [
            el("h3", actor_html(report, p.id, kinds)),
            el("p", " · ".join(meta), class_="facts-line"),
            el("p", links, class_="facts-line"),
        ]
        if rows:
            body.append(
                table(
                    t("report.member_caption", lang, name=p.name),
                    [
                        t("col.competency", lang),
                        t("report.col.levels", lang),
                        t("report.col.required", lang),
                        t("report.col.current", lang),
                        t("report.col.gap", lang),
                        t("report.col.asked_by", lang),
                    ],
                    rows,
                    class_="profile",
                )
            )
        else:
            body.append(el("p", t("profiles.none", lang), class_="muted"))
        parts.append(el("article", *body, id=anchor_id("member-", p.id), class_="member"))
    return join(parts, "\n")


def _grid(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang

    def cell(q: str) -> Html:
        actors = report.grid[q]
        items = [
            el(
                "li",
                actor_html(report, a.id, kinds),
                " ",
                el("span", t("report.grid_scores", lang, influence=a.influence, interest=a.interest), class_="where"),
            )
            for a in actors
        ]
        listing = el("ul", *items) if items else el("p", t("report.grid_empty", lang), class_="muted")
        return el("td", el("p", t(QUADRANT_KEYS[q], lang), class_="quadrant"), listing, class_=f"q {q}")

    head = el(
        "thead",
        el(
            "tr",
            el("td", ""),
            el("th", t("report.grid_low_interest", lang), scope="col"),
            el("th", t("report.grid_high_interest", lang), scope="col"),
        ),
    )
    body = el(
        "tbody",
        el(
            "tr",
            el("th", t("report.grid_high_influence", lang), scope="row"),
            cell("keep_satisfied"),
            cell("manage_closely"),
        ),
        el("tr", el("th", t("report.grid_low_influence", lang), scope="row"), cell("monitor"), cell("keep_informed")),
    )
    return join(
        [
            el("p", t("report.grid_intro", lang), class_="lead"),
            el(
                "div",
                el("table", el("caption", t("report.grid_caption", lang)), head, body, class_="grid"),
                class_="scroll",
            ),
        ]
    )


def _connect(report: Report, kinds: dict[str, int]) -> Html:
    """Who with whom: ``verbinder connect``'s proposals per agenda item, and what cannot be met."""
    from verbinder.plan.actions import short_name
    from verbinder.render.connect import why_text

    lang = report.lang
    plan = report.connections
    assert plan is not None
    names = {a.id: short_name(a.name) for a in report.project.model.actors}
    rows = []
    for p in plan.proposals:
        via = names.get(p.via, p.via) if p.via else t("label.no_connector", lang)
        pair = f"{names.get(p.from_, p.from_)} — {names.get(p.to, p.to)}"
        rows.append([p.agenda or "—", pair, via, why_text(p, plan, report.project.model, lang)])
    if not rows:
        return el("p", t("report.connect_none", lang), class_="muted")
    headers = [
        t("report.connect_col.item", lang),
        t("report.connect_col.pair", lang),
        t("report.connect_col.via", lang),
        t("report.connect_col.why", lang),
    ]
    unmet = el("p", t("report.connect_unmet", lang, n=len(plan.unmet)), class_="muted") if plan.unmet else None
    return join([table(t("report.connect_caption", lang), headers, rows, class_="connect"), unmet], "\n")


def _warnings(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    groups = [(key, found) for key, found in report.warnings if found]
    if not groups:
        return el("p", t("report.no_warnings", lang), class_="muted")
    parts = []
    for key, found in groups:
        items = []
        for w in found:
            about = join([" (", t("report.about_link", lang), " ", link_ref(w.link), ")"]) if w.link else None
            items.append(el("li", w.message.render(lang), about, " ", el("code", w.code)))
        parts += [el("h3", t(key, lang)), el("ul", *items, class_="warnings")]
    return join(parts, "\n")


def _item_gaps(report: Report, cov) -> dict[str, list[str]]:
    """Per connector in the kopgroep the open gaps on one agenda item's links ("Integriteit 1 → 3")."""
    names = competency_names(report)
    per_member: dict[str, list[str]] = {}
    for m, c, req, cur in cov.open_gaps():
        per_member.setdefault(m, []).append(
            t("report.gap_item", report.lang, competency=names.get(c, c), current=cur, required=req)
        )
    return per_member


def _coverage(report: Report, kinds: dict[str, int]) -> Html:
    """The summary's coverage of the coalition agreement: one row per agenda item."""
    from verbinder.render.agenda import quarter_label, summary_line

    lang = report.lang
    coverage = report.coverage
    assert coverage is not None
    dash = t("report.none", lang)
    rows = []
    for cov in coverage.items:
        item = cov.item
        due = quarter_label(cov.quarter, lang) if cov.quarter else t("agenda.no_due", lang)
        badges = [
            el("span", t("agenda.covered", lang), class_="status ok")
            if cov.covered
            else el("span", t("agenda.uncovered", lang), class_="status bad")
        ]
        if cov.only_regie:
            badges.append(el("span", t("agenda.only_regie", lang), class_="status warn"))
        n_gaps = sum(len(v) for v in _item_gaps(report, cov).values())
        rows.append(
            [
                item.title,
                join([due, el("span", " " + item.due, class_="where") if item.due else None]),
                join(badges, " "),
                t(
                    "report.links_types",
                    lang,
                    n=len(cov.links),
                    regie=cov.types.get("orchestration", 0),
                    verbinden=cov.types.get("bridging", 0),
                ),
                join((actor_html(report, c, kinds, short=True) for c in cov.connectors), ", ")
                if cov.connectors
                else dash,
                el("a", n_gaps, href="#" + anchor_id("gaps-", item.id)) if n_gaps else "0",
            ]
        )
    headers = [
        t("report.col.item", lang),
        t("report.col.due", lang),
        t("report.col.status", lang),
        t("report.col.links_n", lang),
        t("report.col.connectors", lang),
        t("report.col.n_gaps", lang),
    ]
    return join(
        [
            el("p", summary_line(coverage, lang), class_="lead"),
            table(t("report.coverage_caption", lang), headers, rows, class_="coverage"),
        ],
        "\n",
    )


def _agenda(report: Report, kinds: dict[str, int]) -> Html:
    """The coalition agreement in detail: the roadmap by quarter and per item its connectors' open gaps."""
    from verbinder.render.graph import short_name

    lang = report.lang
    coverage, plan = report.coverage, report.roadmap
    assert coverage is not None and plan is not None
    actors = report.analysis.model.actor_index()
    details = []
    for cov in coverage.items:
        per_member = _item_gaps(report, cov)
        if per_member:
            details.append(
                table(
                    t("report.gaps_caption", lang, title=cov.item.title),
                    [t("report.col.connector", lang), t("report.col.gaps", lang)],
                    [
                        [short_name(actors[m].name), el("ul", *(el("li", g) for g in gaps), class_="inline")]
                        for m, gaps in per_member.items()
                    ],
                    class_="gaps",
                    id_=anchor_id("gaps-", cov.item.id),
                )
            )
    parts = [el("p", t("report.agenda_intro", lang), class_="muted"), roadmap_html(plan, lang)]
    if details:
        parts += [
            el("h3", t("report.gaps_head", lang)),
            el("p", t("report.gaps_intro", lang), class_="muted"),
            *details,
        ]
    return join(parts, "\n")


# --- the stylesheet ---------------------------------------------------------------------------------------------


@functools.cache
def base_css() -> str:
    """The report's fixed stylesheet, ``verbinder/templates/report.css`` (package data, shipped in the wheel)."""
    return resources.files("verbinder.templates").joinpath("report.css").read_text("utf-8")


def stylesheet(kinds: dict[str, int], model) -> str:
    """The report's CSS: the fixed rules plus one colour rule per actor kind (the graph's colours)."""
    from verbinder.render.graph import kind_colours

    colours = kind_colours(model)
    rules = "".join(f".swatch.k{i} {{ background: {colours.get(k, '#dddddd')}; }}\n" for k, i in kinds.items())
    return base_css() + rules
