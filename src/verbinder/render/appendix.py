"""The report's appendix of every link, and the small pieces every section of the report shows an actor or link with.

:func:`links_appendix` writes one row per link (ends, type and position, connector, tension, agenda items and the
competencies it asks), with every reason one click away on screen, left out in print and above
:data:`REASONS_UP_TO` links. :mod:`verbinder.render.report` composes the sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.i18n import localized, t
from verbinder.render import labels
from verbinder.render.html import Html, anchor_id, el, join, table

if TYPE_CHECKING:
    from verbinder.analysis.links import LinkAssessment, Requirement
    from verbinder.render.report import Report

#: Above this many links the appendix leaves out each link's reasons (they made a 10,000-link report 39 MB): a
#: sentence says so and names ``verbinder explain``.
REASONS_UP_TO = 1000


def competency_names(report: Report) -> dict[str, str]:
    """The competencies' names in the report's language, by id."""
    return {c.id: localized(c.name, report.lang) for c in report.project.catalogue.competencies}


def actor_html(report: Report, actor_id: str, kinds: dict[str, int], *, short: bool = False) -> Html:
    """An actor's name after a swatch in their kind's colour (``short``: without a trailing explanation)."""
    from verbinder.render.graph import short_name

    actor = report.analysis.model.actor_index()[actor_id]
    swatch = el("span", "", class_=f"swatch k{kinds.get(actor.kind, 0)}", aria_hidden="true")
    name = short_name(actor.name) if short else actor.name
    # The swatch and the name's first letter never part at a line end (a lone square ending a line reads as noise);
    # a long first word can still wrap after that letter in a narrow column.
    return join([el("span", swatch, name[:1], class_="nw"), name[1:]])


def type_badge(a: LinkAssessment, lang: str) -> Html:
    return el("span", labels.link_type(a.type, lang), class_=f"badge type-{a.type.value}")


def link_ref(lid: str) -> Html:
    return el("a", lid, href="#" + anchor_id("detail-", lid))


def links_appendix(report: Report, kinds: dict[str, int]) -> Html:
    """The appendix: one row per link; the competencies it asks in a ``<details>`` whose body holds every reason.

    On screen a click opens the reasons; in print ``<details>`` stays closed, so the page shows the competencies and
    levels only, and a sentence above the table says where the reasons are.
    """
    lang = report.lang
    model = report.analysis.model
    dash = t("report.none", lang)
    names = competency_names(report)
    rows = []
    with_reasons = len(report.analysis.links) <= REASONS_UP_TO
    # Links with the same facts share their Requirement objects (the rules' cache): each is written once here.
    written: dict[int, Html] = {}

    def reason_item(r: Requirement) -> Html:
        item = written.get(id(r))
        if item is None:
            item = written[id(r)] = el(
                "li",
                el("strong", names.get(r.competency, r.competency), " ", r.level),
                ": ",
                join(
                    (
                        join(
                            [
                                localized(w.because, lang),
                                " ",
                                el(
                                    "span",
                                    t("report.reason_where", lang, rule=w.rule, where=w.where),
                                    "; " + w.source if w.source else None,
                                    class_="where",
                                ),
                            ]
                        )
                        for w in r.reasons
                    ),
                    " ",
                ),
            )
        return item

    for a in report.analysis.links:
        link = a.link
        asks = sorted(a.requirements, key=lambda r: (-r.level, names.get(r.competency, r.competency)))
        listed = ", ".join(f"{names.get(r.competency, r.competency)} {r.level}" for r in asks)
        reasons = [reason_item(r) for r in asks] if with_reasons else []
        reasons += [el("li", w.message.render(lang), class_="warn") for w in a.warnings]
        cell = (
            el(
                "details",
                el("summary", listed or t("report.no_requirements", lang)),
                el("ul", *reasons, class_="reasons"),
            )
            if reasons
            else el("span", listed or t("report.no_requirements", lang), class_=None if listed else "muted")
        )
        rows.append(
            [
                join([el("span", "! ", class_="flag", title=t("report.flag_warning", lang)), a.id])
                if a.warnings
                else a.id,
                join(
                    [
                        actor_html(report, link.from_, kinds, short=True),
                        " → ",
                        actor_html(report, link.to, kinds, short=True),
                    ]
                ),
                join(
                    [
                        type_badge(a, lang),
                        " ",
                        labels.position(a.position, lang),
                        " ",
                        el(
                            "span",
                            t("label.tension", lang, value=labels.tension(link.tension.value, lang)),
                            class_="sub",
                        ),
                    ]
                ),
                actor_html(report, link.via, kinds, short=True)
                if link.via
                else el("span", t("label.no_connector", lang), class_="open"),
                ", ".join(link.agenda) or dash,
                cell,
            ]
        )
    headers = [
        t("report.col.link", lang),
        t("report.col.from_to", lang),
        t("report.col.type_position", lang),
        t("report.col.connector", lang),
        t("report.col.agenda", lang),
        t("report.col.asks", lang),
    ]
    source = str(report.project.path)
    return join(
        [
            el("p", t("report.links_screen", lang), class_="muted screen-only")
            if with_reasons
            else el(
                "p",
                t("report.reasons_left_out", lang, n=len(report.analysis.links), max=REASONS_UP_TO, model=source),
                class_="callout",
                role="note",
            ),
            el("p", t("report.links_print", lang, model=source), class_="muted print-only") if with_reasons else None,
            table(
                t("report.links_caption", lang, n=len(model.links)),
                headers,
                rows,
                class_="overview",
                row_ids=[anchor_id("detail-", a.id) for a in report.analysis.links],
            ),
        ],
        "\n",
    )
