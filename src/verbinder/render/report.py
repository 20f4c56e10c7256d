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

import base64
import datetime as _dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verbinder import __version__
from verbinder.i18n import localized, t
from verbinder.render import labels
from verbinder.render.safe import html as safe_html

if TYPE_CHECKING:
    from verbinder.analysis.actions import Action
    from verbinder.analysis.agenda import AgendaCoverage, Roadmap
    from verbinder.analysis.connect import ConnectPlan
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.links import Analysis, Finding, LinkAssessment
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.model import Actor
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
    return report


# --- HTML helpers -----------------------------------------------------------------------------------------------


class Html(str):
    """Markup that is already safe: :func:`esc` passes it through unchanged."""

    __slots__ = ()


def esc(value: object) -> Html:
    """``value`` as HTML text: every ``<``, ``&`` and quote and every control character escaped (unless :class:`Html`).

    Control characters (:func:`verbinder.render.safe.html`) would make the page
    not well-formed and act on a terminal that shows its source.
    """
    if isinstance(value, Html):
        return value
    return Html(safe_html(value))


def join(parts: Iterable[object], sep: str = "") -> Html:
    """The parts (escaped where needed) one after another."""
    return Html(esc(sep).join(esc(p) for p in parts))


def el(tag: str, *children: object, **attrs: object) -> Html:
    """An element: ``el("td", "x", class_="n")`` -> ``<td class="n">x</td>``.

    Attribute names lose a trailing ``_`` and turn ``_`` into ``-``; None and False leave an attribute out.
    Children are escaped unless they are :class:`Html`; None children are left out.
    """
    return Html(f"<{tag}{_attrs(attrs)}>{join(c for c in children if c is not None)}</{tag}>")


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f' {name}="{esc(name if value is True else value)}"')
    return "".join(out)


def table(
    caption: object,
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    class_: str | None = None,
    id_: str | None = None,
) -> Html:
    """A table with a caption, column headers (``th scope=col``) and the first cell of each row a row header."""
    head = el("thead", el("tr", *(el("th", h, scope="col") for h in headers)))
    body = el(
        "tbody",
        *(el("tr", el("th", row[0], scope="row"), *(el("td", c) for c in row[1:])) for row in rows),
    )
    return el("table", el("caption", caption), head, body, class_=class_, id=id_)


def anchor_id(prefix: str, ident: str) -> str:
    """An element id made of ``prefix`` and a model id (ids are slugs; anything else becomes ``_``)."""
    return prefix + re.sub(r"[^A-Za-z0-9_-]", "_", ident)


def long_date(day: _dt.date, lang: str) -> str:
    """``3 mei 2026`` / ``3 May 2026``."""
    from verbinder.i18n import date

    return date(day, lang)


def inline_svg(svg: str, label: str) -> Html:
    """Graphviz's SVG document ready to sit inside HTML: no XML header, doctype or comments; labelled as an image.

    Graphviz escapes every text it writes (``&#45;`` even inside comments), so the markup can be trusted.
    """
    start = svg.find("<svg")
    body = re.sub(r"<!--.*?-->\n?", "", svg[start:], flags=re.S).strip()
    return Html(body.replace("<svg", f'<svg role="img" aria-label="{esc(label)}" class="network"', 1))


# --- the document -----------------------------------------------------------------------------------------------

SECTIONS = ("summary", "actions", "connect", "network", "links", "kopgroep", "grid", "warnings", "agenda")
#: Actions listed in the report's "What to do first" (all of them are in ``analyse --format json``).
REPORT_ACTIONS = 15


def document_head(title: object, css: str) -> Html:
    """The ``<head>`` content of a self-contained page: charset, viewport, a Content-Security-Policy that allows
    only ``css`` (by its SHA-256) and ``data:`` images, the generator, the title and the stylesheet."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"
    return join(
        [
            Html('<meta charset="utf-8"/>'),
            Html('<meta name="viewport" content="width=device-width, initial-scale=1"/>'),
            Html(f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}"/>'),
            Html(f'<meta name="generator" content="verbinder {esc(__version__)}"/>'),
            el("title", title),
            Html(f"<style>{css}</style>"),
        ],
        "\n",
    )


def to_html(report: Report) -> str:
    """The report as one self-contained HTML5 document (also well-formed XML)."""
    lang = report.lang
    model = report.analysis.model
    kinds = {k: i for i, k in enumerate(model.kind_ids())}
    sections = [
        s
        for s in SECTIONS
        if (s != "agenda" or report.coverage is not None) and (s != "connect" or report.connections is not None)
    ]
    body = {
        "summary": _summary,
        "actions": _actions,
        "connect": _connect,
        "network": _network,
        "links": _links,
        "kopgroep": _kopgroep,
        "grid": _grid,
        "warnings": _warnings,
        "agenda": _agenda,
    }
    parts = []
    for n, sid in enumerate(sections, 1):
        title = t(f"report.sec.{sid}", lang)
        heading = el("h2", el("span", f"{n}", class_="num"), " ", title, id=f"{sid}-title")
        parts.append(el("section", heading, body[sid](report, kinds), id=sid, aria_labelledby=f"{sid}-title"))
    toc = el(
        "nav",
        el("h2", t("report.toc", lang), id="toc-title"),
        el("ol", *(el("li", el("a", t(f"report.sec.{s}", lang), href=f"#{s}")) for s in sections)),
        aria_labelledby="toc-title",
        class_="toc",
    )
    date = long_date(report.today, lang)
    header = el(
        "header",
        el("p", "verbinder · ", t("report.kind", lang), class_="kicker"),
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


def _names(report: Report) -> dict[str, str]:
    return {c.id: localized(c.name, report.lang) for c in report.project.catalogue.competencies}


def _actor(report: Report, actor_id: str, kinds: dict[str, int], *, short: bool = False) -> Html:
    """An actor's name after a swatch in their kind's colour (``short``: without a trailing explanation)."""
    from verbinder.render.graph import short_name

    actor = report.analysis.model.actor_index()[actor_id]
    swatch = el("span", "", class_=f"swatch k{kinds.get(actor.kind, 0)}", aria_hidden="true")
    return join([swatch, short_name(actor.name) if short else actor.name])


def _type_badge(a: LinkAssessment, lang: str) -> Html:
    return el("span", labels.link_type(a.type, lang), class_=f"badge type-{a.type.value}")


def _link_ref(lid: str) -> Html:
    return el("a", lid, href="#" + anchor_id("detail-", lid))


# --- sections ---------------------------------------------------------------------------------------------------


def _summary(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    analysis = report.analysis
    types = analysis.type_counts()
    total = len(analysis.links)
    open_links = sum(1 for a in analysis.links if a.link.via is None)
    warnings = sum(len(found) for _, found in report.warnings)

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
        figure(sum(p.figures.gap_levels for p in report.profiles), t("report.fig.gap", lang)),
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
    figures.append(figure(warnings, t("report.fig.warnings", lang), alert=warnings > 0))

    points = []
    if open_links:
        points.append(t("report.point.open", lang, n=open_links, total=total))
    elif total:
        points.append(t("report.point.all_staffed", lang))
    demand = analysis.competency_demand()
    if demand:
        cid, n, level = demand[0]
        points.append(t("report.point.demand", lang, name=_names(report).get(cid, cid), n=n, level=level))
    if report.profiles:
        worst = max(report.profiles, key=lambda p: p.figures.gap_levels)
        if worst.figures.gap_levels:
            points.append(
                t("report.point.largest_gap", lang, name=worst.name, gap=worst.figures.gap_levels, n=len(worst.gaps))
            )
        else:
            points.append(t("report.point.no_gaps", lang))
    if report.coverage is not None:
        uncovered = [c.item.title for c in report.coverage.items if not c.covered]
        if uncovered:
            points.append(t("report.point.uncovered", lang, n=len(uncovered), items="; ".join(uncovered)))
        else:
            points.append(t("report.point.all_covered", lang))
    closely = len(report.grid["manage_closely"])
    if closely:
        points.append(t("report.point.manage_closely", lang, n=closely))
    return join(
        [
            el("dl", *figures, class_="figures"),
            el("h3", t("report.key_points", lang)),
            el("ul", *(el("li", p) for p in points), class_="points"),
        ]
    )


def _network(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    name = report.analysis.model.name
    picture = report.picture
    if picture.sketches is None:
        if picture.reason is None:
            note = t("report.no_picture_note", lang)
        else:
            note = t("report.picture_failed_note", lang, reason=picture.reason)
        return el("p", note, class_="callout", role="note")
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
    parts = [el("p", t("picture.intro", lang)), el("p", legend)]
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


def _links(report: Report, kinds: dict[str, int]) -> Html:
    lang = report.lang
    model = report.analysis.model
    actors = model.actor_index()
    dash = t("report.none", lang)
    rows = []
    for a in report.analysis.links:
        link = a.link
        rows.append(
            [
                _link_ref(a.id),
                join([_actor(report, link.from_, kinds), " → ", _actor(report, link.to, kinds)]),
                _type_badge(a, lang),
                _actor(report, link.via, kinds)
                if link.via
                else el("span", t("label.no_connector", lang), class_="open"),
                labels.position(a.position, lang),
                labels.tension(link.tension.value, lang),
                ", ".join(link.agenda) or dash,
            ]
        )
    overview = table(
        t("report.links_caption", lang),
        [
            t("report.col.link", lang),
            t("report.col.from_to", lang),
            t("report.col.type", lang),
            t("report.col.connector", lang),
            t("report.col.position", lang),
            t("report.col.tension", lang),
            t("report.col.agenda", lang),
        ],
        rows,
        class_="overview",
    )
    names = _names(report)
    details = []
    for a in report.analysis.links:
        link = a.link
        heading = t(
            "report.link_heading", lang, id=a.id, **{"from": actors[link.from_].name, "to": actors[link.to].name}
        )
        facts = [
            _type_badge(a, lang),
            join(
                [
                    labels.kind(actors[link.from_].kind, model, lang),
                    " → ",
                    labels.kind(actors[link.to].kind, model, lang),
                ]
            ),
            join(
                [
                    t("label.via", lang, name=actors[link.via].name),
                    " · ",
                    el("strong", labels.position(a.position, lang)),
                ]
            )
            if link.via
            else el("span", t("label.no_connector", lang), class_="open"),
            t("label.tension", lang, value=labels.tension(link.tension.value, lang)),
            t("label.gap", lang, value=a.influence_gap),
        ]
        if link.agenda:
            facts.append(t("label.agenda", lang, items=", ".join(link.agenda)))
        if link.topic:
            facts.append(t("label.topic", lang, topic=link.topic))
        parts: list[Html] = [
            el("h3", heading),
            el("ul", *(el("li", f) for f in facts), class_="facts"),
        ]
        if a.requirements:
            rows = []
            for r in a.requirements:
                reasons = el(
                    "ul",
                    *(
                        el(
                            "li",
                            localized(w.because, lang),
                            " ",
                            el(
                                "span",
                                t("report.reason_where", lang, rule=w.rule, where=w.where),
                                "; " + w.source if w.source else None,
                                class_="where",
                            ),
                        )
                        for w in r.reasons
                    ),
                    class_="reasons",
                )
                rows.append([names.get(r.competency, r.competency), el("span", r.level, class_="n"), reasons])
            parts.append(
                table(
                    t("report.asks_caption", lang, id=a.id),
                    [t("col.competency", lang), t("col.level", lang), t("col.why", lang)],
                    rows,
                    class_="asks",
                )
            )
        else:
            parts.append(el("p", t("report.no_requirements", lang), class_="muted"))
        for w in a.warnings:
            parts.append(el("p", w.message.render(lang), class_="callout", role="note"))
        details.append(el("article", *parts, id=anchor_id("detail-", a.id), class_="link"))
    return join([overview, *details], "\n")


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
    names = _names(report)
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
            asked: list[Html] = [_link_ref(a.link) for a in c.asked_by]
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
            join([t("report.member_links", lang), " ", join((_link_ref(lid) for lid in p.links), ", ")])
            if p.links
            else t("report.member_no_links", lang)
        )
        body = [
            el("h3", _actor(report, p.id, kinds)),
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
                _actor(report, a.id, kinds),
                " ",
                el("span", t("report.grid_scores", lang, influence=a.influence, interest=a.interest), class_="where"),
            )
            for a in actors
        ]
        listing = el("ul", *items) if items else el("p", t("report.grid_empty", lang), class_="muted")
        return el("td", el("p", t(f"diagnostics.quadrant.{q}", lang), class_="quadrant"), listing, class_=f"q {q}")

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
            el("p", t("report.grid_intro", lang)),
            el("table", el("caption", t("report.grid_caption", lang)), head, body, class_="grid"),
        ]
    )


def _actions(report: Report, kinds: dict[str, int]) -> Html:
    """What to do first: the ranked actions with why and the command that does it."""
    from verbinder.render.json import command

    lang = report.lang
    if not report.actions:
        return el("p", t("actions.none", lang), class_="muted")
    model = str(report.project.path)
    rows = [
        [str(a.rank), a.why.render(lang), el("code", command(a.command, model))]
        for a in report.actions[:REPORT_ACTIONS]
    ]
    more = len(report.actions) - REPORT_ACTIONS
    note = el("p", t("actions.more", lang, n=more), class_="muted") if more > 0 else None
    headers = [t("actions.col.rank", lang), t("actions.col.why", lang), t("actions.col.command", lang)]
    return join([table(t("report.actions_caption", lang), headers, rows, class_="actions"), note], "\n")


def _connect(report: Report, kinds: dict[str, int]) -> Html:
    """Who with whom: ``verbinder connect``'s proposals per agenda item, and what cannot be met."""
    from verbinder.analysis.actions import short_name
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
            about = join([" (", t("report.about_link", lang), " ", _link_ref(w.link), ")"]) if w.link else None
            items.append(el("li", w.message.render(lang), about, " ", el("code", w.code)))
        parts += [el("h3", t(key, lang)), el("ul", *items, class_="warnings")]
    return join(parts, "\n")


def _agenda(report: Report, kinds: dict[str, int]) -> Html:
    from verbinder.render.agenda import quarter_label, summary_line
    from verbinder.render.graph import short_name

    lang = report.lang
    coverage, plan = report.coverage, report.roadmap
    assert coverage is not None and plan is not None
    names = _names(report)
    actors = report.analysis.model.actor_index()
    dash = t("report.none", lang)
    rows = []
    details = []
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
        per_member: dict[str, list[str]] = {}
        for m, c, req, cur in cov.open_gaps():
            per_member.setdefault(m, []).append(
                t("report.gap_item", lang, competency=names.get(c, c), current=cur, required=req)
            )
        gaps_id = anchor_id("gaps-", item.id)
        rows.append(
            [
                join([item.title, " ", el("span", item.id, class_="where")]),
                join([due, el("span", " " + item.due, class_="where") if item.due else None]),
                join(badges, " "),
                t(
                    "report.links_types",
                    lang,
                    n=len(cov.links),
                    regie=cov.types.get("orchestration", 0),
                    verbinden=cov.types.get("bridging", 0),
                ),
                join((_actor(report, c, kinds, short=True) for c in cov.connectors), ", ") if cov.connectors else dash,
                el("a", sum(len(v) for v in per_member.values()), href="#" + gaps_id) if per_member else "0",
            ]
        )
        if per_member:
            details.append(
                table(
                    t("report.gaps_caption", lang, title=item.title),
                    [t("report.col.connector", lang), t("report.col.gaps", lang)],
                    [
                        [short_name(actors[m].name), el("ul", *(el("li", g) for g in gaps), class_="inline")]
                        for m, gaps in per_member.items()
                    ],
                    class_="gaps",
                    id_=gaps_id,
                )
            )
    coverage_table = table(
        t("report.coverage_caption", lang),
        [
            t("report.col.item", lang),
            t("report.col.due", lang),
            t("report.col.status", lang),
            t("report.col.links_n", lang),
            t("report.col.connectors", lang),
            t("report.col.n_gaps", lang),
        ],
        rows,
        class_="coverage",
    )
    parts = [el("p", summary_line(coverage, lang)), coverage_table, _roadmap(plan, lang)]
    if details:
        parts += [
            el("h3", t("report.gaps_head", lang)),
            el("p", t("report.gaps_intro", lang), class_="muted"),
            *details,
        ]
    return join(parts, "\n")


def _roadmap(plan: Roadmap, lang: str) -> Html:
    from verbinder.render.agenda import quarter_label

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


# --- the stylesheet ---------------------------------------------------------------------------------------------

CSS = """
:root {
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #1f4e79;
  --accent-soft: #e8f0f8; --warn: #8a4b00; --warn-soft: #fff4e0; --bad: #a40e26; --bad-soft: #ffebe9;
  --ok: #1a6633; --ok-soft: #e6f4ea; --have: #1f4e79; --need: #e08a00;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
.title-block { background: var(--accent); color: #fff; padding: 2.5rem max(1.5rem, calc((100% - 68rem) / 2)) 2rem; }
.title-block .kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; opacity: .9; }
.title-block h1 { margin: .25rem 0 1rem; font-size: 2.1rem; line-height: 1.2; font-weight: 650; }
.title-block .intro { max-width: 48rem; margin: 1rem 0 0; opacity: .95; }
dl.meta { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: 0; }
dl.meta div { display: flex; gap: .4rem; }
dl.meta dt { opacity: .8; }
dl.meta dt::after { content: ":"; }
dl.meta dd { margin: 0; font-weight: 600; }
nav.toc, main, footer { max-width: 68rem; margin: 0 auto; padding: 0 1.5rem; }
nav.toc { margin-top: 1.5rem; }
nav.toc h2 { font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
  margin: 0 0 .4rem; }
nav.toc ol { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .2rem 1.5rem;
  margin: 0; padding-left: 1.4rem; }
nav.toc a { color: var(--accent); }
section { padding-top: 1.5rem; border-top: 1px solid var(--line); margin-top: 2rem; }
h2 { font-size: 1.5rem; margin: 0 0 1rem; color: var(--accent); }
h2 .num { display: inline-block; min-width: 1.6em; color: var(--muted); font-weight: 500; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: var(--accent); }
code { white-space: nowrap; font: .8em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: var(--soft); border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; color: var(--muted); }
.muted, .where { color: var(--muted); }
.where { font-size: .85em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .75rem; margin: 0; }
dl.figures div { display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 4px;
  border-top: 4px solid var(--accent); padding: .6rem .8rem; background: #fff; }
dl.figures div.alert { border-top-color: var(--need); }
dl.figures dt { order: 2; color: var(--muted); font-size: .9rem; line-height: 1.3; }
dl.figures dd { display: contents; }
dl.figures .value { order: 1; font-size: 1.8rem; font-weight: 650; line-height: 1.2; }
dl.figures .note { order: 3; font-size: .8rem; color: var(--muted); }
ul.points li { margin: .2rem 0; }
figure { margin: 0; }
.picture { border: 1px solid var(--line); border-radius: 4px; padding: .5rem; background: #fff; text-align: center; }
svg.network { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .4rem; color: var(--muted); font-size: .85rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .55rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em;
  color: var(--muted); white-space: nowrap; }
tbody th { font-weight: 600; }
tbody tr:nth-child(even) { background: var(--soft); }
.n { font-variant-numeric: tabular-nums; }
td .n { display: block; text-align: center; }
.gap { color: var(--bad); font-weight: 700; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .85em; white-space: nowrap;
  border: 1.5px solid var(--accent); color: var(--accent); background: #fff; }
.badge.type-orchestration { border-style: dashed; }
.badge.type-bridging { background: var(--accent-soft); }
.open { color: var(--bad); font-style: italic; }
.swatch { display: inline-block; width: .75em; height: .75em; border-radius: 2px; margin-right: .35em;
  border: 1px solid rgba(0,0,0,.35); vertical-align: -.05em; }
article { margin: 1.25rem 0; }
article.link, article.member { border: 1px solid var(--line); border-radius: 4px; padding: 0 1rem .5rem; }
article h3 { margin-top: .9rem; }
ul.facts { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem;
  font-size: .92rem; }
.facts-line { margin: .2rem 0; font-size: .92rem; }
table.asks th:first-child { width: 30%; }
table.asks th:nth-child(2) { width: 6rem; }
table.profile th:first-child { width: 26%; }
ul.reasons { margin: 0; padding-left: 1.1rem; }
ul.reasons li { margin: 0 0 .15rem; }
ul.inline { display: inline; margin: 0; padding: 0; list-style: none; }
ul.inline li { display: inline; }
ul.inline li + li::before { content: " · "; color: var(--muted); }
table.gaps th:first-child { width: 22%; }
.callout { border-left: 4px solid var(--need); background: var(--warn-soft); color: #3d2800; padding: .5rem .8rem;
  margin: .5rem 0; border-radius: 0 4px 4px 0; }
.meter { display: inline-flex; gap: 2px; vertical-align: middle; }
.meter i { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; border: 1.5px solid #8c959f; }
.meter i.have { background: var(--have); border-color: var(--have); }
.meter i.need { background: var(--need); border-color: var(--need); }
table.grid { table-layout: fixed; }
table.grid thead td { width: 8.5rem; }
table.grid td.q { height: 9rem; border: 1px solid var(--line); }
table.grid thead th, table.grid tbody th { text-align: center; vertical-align: middle; }
table.grid .where { white-space: nowrap; }
table.grid tbody tr:nth-child(even) { background: none; }
table.grid .quadrant { margin: 0 0 .3rem; font-weight: 700; font-size: 1rem; }
table.grid ul { margin: 0; padding-left: 0; list-style: none; }
table.grid li { margin: .1rem 0; }
td.manage_closely { background: var(--accent-soft); }
td.keep_satisfied, td.keep_informed { background: var(--soft); }
ul.warnings li { margin: .3rem 0; }
.status { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .85em; white-space: nowrap; }
.status.ok { background: var(--ok-soft); color: var(--ok); }
.status.warn { background: var(--warn-soft); color: var(--warn); }
.status.bad { background: var(--bad-soft); color: var(--bad); font-weight: 600; }
.scroll { overflow-x: auto; }
table.roadmap { font-size: .85rem; }
table.roadmap th, table.roadmap td { text-align: center; white-space: nowrap; border-left: 1px solid var(--line); }
table.roadmap tbody th { text-align: left; white-space: normal; min-width: 12rem; border-left: 0; }
table.roadmap .today { background: var(--accent-soft); }
table.roadmap thead th.today { color: var(--accent); }
.today-label { display: block; font-size: .7rem; text-transform: none; letter-spacing: 0; }
table.roadmap td.runs { background-image: linear-gradient(var(--line), var(--line)); background-size: 100% 3px;
  background-repeat: no-repeat; background-position: center; }
table.roadmap td.due { font-size: 1.2rem; line-height: 1; }
table.roadmap td.covered { color: var(--ok); }
table.roadmap td.uncovered { color: var(--bad); }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted);
  font-size: .85rem; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10pt; }
  table { font-size: 8.5pt; }
  th, td { padding: .25rem .35rem; }
  thead th { letter-spacing: 0; white-space: normal; }
  .skip { display: none; }
  .title-block { background: none; color: var(--ink); padding: 0 0 1rem; border-bottom: 3px solid var(--accent); }
  .title-block h1 { color: var(--accent); }
  nav.toc, main, footer { max-width: none; padding: 0; }
  nav.toc a, a { color: inherit; text-decoration: none; }
  section { border-top: 0; margin-top: 0; padding-top: 0; }
  main > section + section { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, li, figure, .callout, dl.figures div { break-inside: avoid; }
  thead { display: table-header-group; }
  article.member { break-inside: avoid; }
  svg.network { max-height: 235mm; }
  .picture { border: 0; padding: 0; }
  .meter i, .badge, .status, td.q, .swatch, table.roadmap .today, .callout {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tbody tr:nth-child(even) { background: none; }
}
"""


def stylesheet(kinds: dict[str, int], model) -> str:
    """The report's CSS: the fixed rules plus one colour rule per actor kind (the graph's colours)."""
    from verbinder.render.graph import kind_colours

    colours = kind_colours(model)
    rules = "".join(f".swatch.k{i} {{ background: {colours.get(k, '#dddddd')}; }}\n" for k, i in kinds.items())
    return CSS + rules
