"""The terminal report: rich tables readable in 80 columns and on a projector.

Nothing is cut off: columns fold long words instead of truncating them, and
when output is piped rich wraps at the console width rather than dropping text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.analysis.links import Analysis
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized, t
from verbinder.render import labels

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """A rich console: 80 columns when not a terminal, no colour codes in pipes, control characters escaped."""
    from verbinder.render.safe import console as safe_console

    return safe_console(stderr=stderr, highlight=False, soft_wrap=False)


def recording_console(width: int = 100) -> Console:
    """A rich console that records what is printed (for ``--output`` of a terminal table), no colour."""
    import io

    from verbinder.render.safe import console as safe_console

    return safe_console(record=True, width=width, file=io.StringIO(), highlight=False, color_system=None)


def _table(*headers: str, title: str | None = None):
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left", show_edge=False, pad_edge=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


def analysis(out: Console, result: Analysis, catalogue: Catalogue, lang: str, agenda=None, diagnostics=None) -> None:
    """Print the analysis: one block per link, then warnings, a summary and (``agenda``) the agenda's coverage."""
    from rich.markup import escape
    from rich.rule import Rule

    model = result.model
    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    out.print(f"[bold]{escape(model.name)}[/bold]")
    out.print(summary_line(result, lang))
    out.print()
    for a in result.links:
        link_block(out, a, model, actors, names, lang)
    out.print(Rule(style="dim"))
    warnings(out, result.warnings, lang)
    _demand(out, result, names, lang)
    if agenda is not None:
        from verbinder.render.agenda import terminal_section

        terminal_section(out, agenda, lang)
    if diagnostics is not None:
        from verbinder.render import diagnostics as render_diagnostics

        render_diagnostics.terminal_section(out, diagnostics, result.model, lang)


def link_block(out: Console, a: Any, model: Any, actors: dict, names: dict[str, str], lang: str) -> None:
    """One link in full: its facts, every competency with its level and every reason (rule, ``file:line``)."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    link = a.link
    a_from, a_to = actors[link.from_], actors[link.to]
    out.print(Rule(style="dim"))
    out.print(f"[bold]{escape(a.id)}[/bold]  {escape(a_from.name)} → {escape(a_to.name)}")
    facts = [
        f"[bold]{labels.link_type(a.type, lang)}[/bold]"
        f" ({labels.kind(a_from.kind, model, lang)} → {labels.kind(a_to.kind, model, lang)})"
    ]
    if link.via:
        facts.append(
            t("label.via", lang, name=escape(actors[link.via].name))
            + f" — [bold]{labels.position(a.position, lang)}[/bold]"
        )
    else:
        facts.append(f"[yellow]{t('label.no_connector', lang)}[/yellow]")
    facts.append(t("label.tension", lang, value=labels.tension(link.tension.value, lang)))
    if a.influence_gap:
        facts.append(t("label.gap", lang, value=a.influence_gap))
    if link.agenda:
        facts.append(t("label.agenda", lang, items=", ".join(link.agenda)))
    if link.topic:
        facts.append(t("label.topic", lang, topic=escape(link.topic)))
    out.print(Padding(" · ".join(facts), (0, 0, 0, 2)))
    if a.requirements:
        table = _table(t("col.competency", lang), t("col.level", lang), t("col.why", lang))
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


def warnings(out: Console, findings: list, lang: str) -> None:
    """A "Warnings" heading and one line per finding (message and code); nothing when there are none."""
    from rich.markup import escape
    from rich.padding import Padding

    if not findings:
        return
    out.print()
    out.print(f"[bold]{t('head.warnings', lang)}[/bold]")
    for w in findings:
        out.print(Padding(f"[yellow]![/yellow] {escape(w.message.render(lang))} [dim]({w.code})[/dim]", (0, 0, 0, 2)))


def _demand(out: Console, result: Analysis, names: dict[str, str], lang: str) -> None:
    from rich.markup import escape

    positions = result.position_counts()
    if positions:
        table = _table(t("col.position", lang), t("col.links", lang), title=t("head.positions", lang))
        for pos, n in sorted(positions.items(), key=lambda x: -x[1]):
            table.add_row(labels.position(pos, lang), str(n))
        out.print()
        out.print(table)
    demand = result.competency_demand()
    if demand:
        table = _table(
            t("col.competency", lang), t("col.links", lang), t("col.max_level", lang), title=t("head.demand", lang)
        )
        for cid, n, top in demand:
            table.add_row(escape(names.get(cid, cid)), str(n), str(top))
        out.print()
        out.print(table)
