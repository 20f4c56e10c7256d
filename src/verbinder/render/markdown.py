"""Markdown output, for reports pasted into a wiki, a memo or a pull request."""

from __future__ import annotations

from collections.abc import Sequence

from verbinder.analysis.links import Analysis
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized, t
from verbinder.render import labels


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", "<br>")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines


def analysis(result: Analysis, catalogue: Catalogue, lang: str, agenda=None, diagnostics=None) -> str:
    """The analysis as a Markdown document; ``agenda`` (an AgendaCoverage) adds its section."""
    model = result.model
    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    types = result.type_counts()
    out = [f"# {model.name}", ""]
    out.append(
        t(
            "label.summary",
            lang,
            actors=len(model.actors),
            links=len(result.links),
            regie=types.get("orchestration", 0),
            verbinden=types.get("bridging", 0),
            via=sum(1 for a in result.links if a.link.via),
        )
    )
    out += ["", f"## {t('head.links', lang)}", ""]
    for a in result.links:
        link = a.link
        out.append(f"### {a.id}: {actors[link.from_].name} → {actors[link.to].name}")
        out.append("")
        facts = [
            f"**{labels.link_type(a.type, lang)}** ({labels.kind(actors[link.from_].kind, model, lang)}"
            f" → {labels.kind(actors[link.to].kind, model, lang)})",
            t("label.via", lang, name=actors[link.via].name) + f" — **{labels.position(a.position, lang)}**"
            if link.via
            else t("label.no_connector", lang),
            t("label.tension", lang, value=labels.tension(link.tension.value, lang)),
        ]
        if link.agenda:
            facts.append(t("label.agenda", lang, items=", ".join(link.agenda)))
        if link.topic:
            facts.append(t("label.topic", lang, topic=link.topic))
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
            out += table([t("col.competency", lang), t("col.level", lang), t("col.why", lang)], rows)
            out.append("")
        if a.also_relevant:
            also = ", ".join(names.get(r.competency, r.competency) for r in a.also_relevant)
            out += [t("label.also_relevant", lang, names=also), ""]
        for w in a.warnings:
            out += [f"> **!** {w.message.render(lang)}", ""]
    if result.warnings:
        out += [f"## {t('head.warnings', lang)}", ""]
        out += [f"- {w.message.render(lang)} (`{w.code}`)" for w in result.warnings]
        out.append("")
    demand = result.competency_demand()
    if demand:
        out += [f"## {t('head.demand', lang)}", ""]
        out += table(
            [t("col.competency", lang), t("col.links", lang), t("col.max_level", lang)],
            [[names.get(c, c), n, top] for c, n, top in demand],
        )
        out.append("")
    if agenda is not None:
        from verbinder.render.agenda import markdown_section

        out += markdown_section(agenda, lang)
    if diagnostics is not None:
        from verbinder.render import diagnostics as render_diagnostics

        out += render_diagnostics.markdown_section(diagnostics, result.model, lang)
    return "\n".join(out)
