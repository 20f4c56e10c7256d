"""The links of an analysis in each format: the counts line, every link in full, the positions and the demand.

A feature module: it builds its sections from the analysis and formats them
with the primitives (:mod:`~verbinder.render.tables`, :mod:`~verbinder.render.labels`).
``verbinder explain`` prints single links with :func:`link_block`;
:mod:`verbinder.render.analyse` puts the sections together with the agenda
and the diagnostics into ``analyse --explain`` and ``--format json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.analysis.links import Analysis, LinkAssessment, Requirement
from verbinder.i18n import localized, t
from verbinder.render import labels, tables

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.model import Actor, Model


def summary_line(result: Analysis, lang: str) -> str:
    """The counts line: actors, links, regie and verbinden, links with a connector."""
    types = result.type_counts()
    with_via = sum(1 for a in result.links if a.link.via)
    return t(
        "label.summary",
        lang,
        actors=len(result.model.actors),
        links=len(result.links),
        regie=types.get("orchestration", 0),
        verbinden=types.get("bridging", 0),
        via=with_via,
    )


#: One piece of a link's facts line: its text and how it stands out ("" plain, "strong", "open": no connector yet).
Span = tuple[str, str]


def link_facts(a: LinkAssessment, model: Model, actors: dict[str, Actor], lang: str) -> list[list[Span]]:
    """A link's facts line, format-neutral: type (kinds), connector and position, tension, influence gap, agenda, topic.

    Built once here so the terminal and Markdown say the same things (the influence gap
    shows in both where it is not zero); the writers only choose how a span stands out.
    """
    link = a.link
    kinds = f" ({labels.kind(actors[link.from_].kind, model, lang)} → {labels.kind(actors[link.to].kind, model, lang)})"
    facts: list[list[Span]] = [[(labels.link_type(a.type, lang), "strong"), (kinds, "")]]
    if link.via:
        via = t("label.via", lang, name=actors[link.via].name) + " — "
        facts.append([(via, ""), (labels.position(a.position, lang), "strong")])
    else:
        facts.append([(t("label.no_connector", lang), "open")])
    facts.append([(t("label.tension", lang, value=labels.tension(link.tension.value, lang)), "")])
    if a.influence_gap:
        facts.append([(t("label.gap", lang, value=a.influence_gap), "")])
    if link.agenda:
        facts.append([(t("label.agenda", lang, items=", ".join(link.agenda)), "")])
    if link.topic:
        facts.append([(t("label.topic", lang, topic=link.topic), "")])
    return facts


# --- terminal ---------------------------------------------------------------------------------------------------


def link_block(
    out: Console, a: LinkAssessment, model: Model, actors: dict[str, Actor], names: dict[str, str], lang: str
) -> None:
    """One link in full: its facts, every competency with its level and every reason (rule, ``file:line``)."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    link = a.link
    a_from, a_to = actors[link.from_], actors[link.to]
    out.print(Rule(style="dim"))
    out.print(f"[bold]{escape(a.id)}[/bold]  {escape(a_from.name)} → {escape(a_to.name)}")
    style = {"": "{}", "strong": "[bold]{}[/bold]", "open": "[yellow]{}[/yellow]"}
    facts = [
        "".join(style[how].format(escape(text)) for text, how in fact) for fact in link_facts(a, model, actors, lang)
    ]
    out.print(Padding(" · ".join(facts), (0, 0, 0, 2)))
    if a.requirements:
        table = tables.rich(t("col.competency", lang), t("col.level", lang), t("col.why", lang))
        for r in a.requirements:
            why = "\n".join(
                f"{escape(localized(reason.because, lang))} [dim]({reason.rule}, {reason.where})[/dim]"
                for reason in r.reasons
            )
            table.add_row(escape(names.get(r.competency, r.competency)), str(r.level), why)
        out.print(table)
    if a.also_relevant:
        also = ", ".join(escape(names.get(r.competency, r.competency)) for r in a.also_relevant)
        out.print(Padding(f"[dim]{t('label.also_relevant', lang, names=also)}[/dim]", (0, 0, 0, 2)))
    for w in a.warnings:
        out.print(Padding(f"[bold yellow]! {escape(w.message.render(lang))}[/bold yellow]", (0, 0, 0, 2)))


def terminal_demand(out: Console, result: Analysis, names: dict[str, str], lang: str) -> None:
    """The positions the connectors take and the competencies the links ask, as two tables."""
    from rich.markup import escape

    positions = result.position_counts()
    if positions:
        table = tables.rich(t("col.position", lang), t("col.links", lang), title=t("head.positions", lang))
        for pos, n in sorted(positions.items(), key=lambda x: -x[1]):
            table.add_row(labels.position(pos, lang), str(n))
        out.print()
        out.print(table)
    demand = result.competency_demand()
    if demand:
        table = tables.rich(
            t("col.competency", lang), t("col.links", lang), t("col.max_level", lang), title=t("head.demand", lang)
        )
        for cid, n, top in demand:
            table.add_row(escape(names.get(cid, cid)), str(n), str(top))
        out.print()
        out.print(table)


# --- Markdown ---------------------------------------------------------------------------------------------------


def markdown_link(
    a: LinkAssessment, model: Model, actors: dict[str, Actor], names: dict[str, str], lang: str
) -> list[str]:
    """One link in full as Markdown lines (its heading is level 3)."""
    link = a.link
    out = [f"### {a.id}: {actors[link.from_].name} → {actors[link.to].name}", ""]
    style = {"": "{}", "strong": "**{}**", "open": "{}"}
    facts = ["".join(style[how].format(text) for text, how in fact) for fact in link_facts(a, model, actors, lang)]
    out += [" · ".join(facts), ""]
    if a.requirements:
        rows = [
            [
                names.get(r.competency, r.competency),
                r.level,
                "\n".join(f"{localized(w.because, lang)} ({w.rule}, `{w.where}`)" for w in r.reasons),
            ]
            for r in a.requirements
        ]
        out += tables.markdown([t("col.competency", lang), t("col.level", lang), t("col.why", lang)], rows)
        out.append("")
    if a.also_relevant:
        also = ", ".join(names.get(r.competency, r.competency) for r in a.also_relevant)
        out += [t("label.also_relevant", lang, names=also), ""]
    for w in a.warnings:
        out += [f"> **!** {w.message.render(lang)}", ""]
    return out


def markdown_demand(result: Analysis, names: dict[str, str], lang: str) -> list[str]:
    """The competency demand as a Markdown section (empty when no link asks a competency)."""
    demand = result.competency_demand()
    if not demand:
        return []
    out = [f"## {t('head.demand', lang)}", ""]
    out += tables.markdown(
        [t("col.competency", lang), t("col.links", lang), t("col.max_level", lang)],
        [[names.get(c, c), n, top] for c, n, top in demand],
    )
    return [*out, ""]


# --- JSON -------------------------------------------------------------------------------------------------------


def to_json(result: Analysis, lang: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The ``links`` list of the analyse document and its ``rules`` object (sorted by rule id).

    A competency's ``reasons`` are the ids of the rules that asked for it; the
    ``rules`` object explains each rule once (role, because-text, where it is
    defined, source), as SARIF results refer to ``tool.driver.rules``.
    Repeating the texts per link would make a 10,000-link model's JSON ten
    times larger.
    """
    shared: dict[int, list[dict[str, Any]]] = {}  # requirement tuples are shared between links
    rules: dict[str, dict[str, Any]] = {}

    def competencies(reqs: tuple[Requirement, ...]) -> list[dict[str, Any]]:
        key = id(reqs)
        if key not in shared:
            shared[key] = [
                {"id": r.competency, "level": r.level, "reasons": [why.rule for why in r.reasons]} for r in reqs
            ]
            for r in reqs:
                for why in r.reasons:
                    if why.rule not in rules:
                        rules[why.rule] = {
                            "role": why.role,
                            "because": localized(why.because, lang),
                            "defined_at": why.where,
                            "source": why.source,
                        }
        return shared[key]

    links = []
    for a in result.links:
        link = a.link
        links.append(
            {
                "id": a.id,
                "from": link.from_,
                "to": link.to,
                "via": link.via,
                "type": a.type.value,
                "position": a.position.value if a.position is not None else None,
                "tension": link.tension.value,
                "influence_gap": a.influence_gap,
                "topic": link.topic,
                "agenda": link.agenda,
                "competencies": competencies(a.requirements),
                "also_relevant": competencies(a.also_relevant),
                "warnings": [w.code for w in a.warnings],
            }
        )
    return links, dict(sorted(rules.items()))


def summary_json(result: Analysis) -> dict[str, Any]:
    """The ``summary`` object of the analyse document: counts, positions and the competency demand."""
    types = result.type_counts()
    return {
        "actors": len(result.model.actors),
        "links": len(result.links),
        "orchestration": types.get("orchestration", 0),
        "bridging": types.get("bridging", 0),
        "positions": {p.value: n for p, n in sorted(result.position_counts().items())},
        "without_connector": sum(1 for a in result.links if a.link.via is None),
        "competencies": [{"id": c, "links": n, "max_level": top} for c, n, top in result.competency_demand()],
    }
