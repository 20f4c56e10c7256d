"""``verbinder analyse --explain`` and ``--format json``: the whole analysis as one document.

The one place that puts the features' sections together: the links
(:mod:`~verbinder.render.links`), the warnings, the agenda's coverage
(:mod:`~verbinder.render.agenda`), the diagnostics
(:mod:`~verbinder.render.diagnostics`) and the ranked actions
(:mod:`~verbinder.render.overview`).  No feature module imports this one, and
the format primitives (``tables``, ``terminal``, ``markdown``, ``json``,
``safe``, ``labels``) import no feature: the render contract in
``pyproject.toml`` (``lint-imports``) keeps ``render/`` free of import cycles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from verbinder.i18n import localized
from verbinder.render import agenda as render_agenda
from verbinder.render import diagnostics as render_diagnostics
from verbinder.render import links, markdown, overview, terminal

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.analysis.agenda import AgendaCoverage
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.links import Analysis
    from verbinder.catalogue import Catalogue
    from verbinder.plan.actions import Action


def to_terminal(
    out: Console,
    result: Analysis,
    catalogue: Catalogue,
    lang: str,
    agenda: AgendaCoverage | None = None,
    diagnostics: Diagnostics | None = None,
    actions: Sequence[Action] | None = None,
    model_path: str = "MODEL",
) -> None:
    """Print the analysis: every action with its full why (when given), one block per link, the warnings, positions
    and demand, the agenda and the diagnostics."""
    from rich.console import Group
    from rich.markup import escape
    from rich.rule import Rule

    model = result.model
    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    out.print(f"[bold]{escape(model.name)}[/bold]")
    out.print(links.summary_line(result, lang))
    out.print()
    if actions is not None:
        rows = overview.action_rows(actions, lang, model_path, full=True)
        out.print(Group(*overview.terminal_actions(rows, 0, lang)))  # type: ignore[arg-type]
        out.print()
    for a in result.links:
        links.link_block(out, a, model, actors, names, lang)
    out.print(Rule(style="dim"))
    terminal.warnings(out, result.warnings, lang)
    links.terminal_demand(out, result, names, lang)
    if agenda is not None:
        render_agenda.terminal_section(out, agenda, lang)
    if diagnostics is not None:
        render_diagnostics.terminal_section(out, diagnostics, model, lang)


def to_markdown(
    result: Analysis,
    catalogue: Catalogue,
    lang: str,
    agenda: AgendaCoverage | None = None,
    diagnostics: Diagnostics | None = None,
    actions: Sequence[Action] | None = None,
    model_path: str = "MODEL",
) -> str:
    """The analysis as a Markdown document, in the order of :func:`to_terminal`."""
    from verbinder.i18n import t

    model = result.model
    actors = model.actor_index()
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    out = [f"# {model.name}", "", links.summary_line(result, lang), ""]
    if actions is not None:
        out += [*overview.markdown_actions(overview.action_rows(actions, lang, model_path, full=True), 0, lang), ""]
    out += [f"## {t('head.links', lang)}", ""]
    for a in result.links:
        out += links.markdown_link(a, model, actors, names, lang)
    out += markdown.warnings(result.warnings, lang)
    out += links.markdown_demand(result, names, lang)
    if agenda is not None:
        out += render_agenda.markdown_section(agenda, lang)
    if diagnostics is not None:
        out += render_diagnostics.markdown_section(diagnostics, model, lang)
    return "\n".join(out)


def to_json(
    result: Analysis,
    catalogue: Catalogue,
    lang: str,
    agenda: AgendaCoverage | None = None,
    diagnostics: Diagnostics | None = None,
    actions: Sequence[Action] | None = None,
    model_path: str = "MODEL",
) -> dict[str, Any]:
    """The ``analyse`` document (docs/advisor.md has its shape); each part is there when it is given.

    Competency names are left out (they are in ``verbinder competencies --format json``);
    ``actions`` name the model in their commands as ``model_path``.
    """
    from verbinder.render.json import finding

    del catalogue
    link_list, rules = links.to_json(result, lang)
    return {
        "model": result.model.name,
        "language": lang,
        **({"actions": overview.actions_json(actions, lang, model_path)} if actions is not None else {}),
        "links": link_list,
        "rules": rules,
        "warnings": [finding(w, lang) for w in result.warnings],
        **({"agenda": render_agenda.coverage_json(agenda)} if agenda is not None else {}),
        **({"diagnostics": render_diagnostics.to_json(diagnostics)} if diagnostics is not None else {}),
        "summary": links.summary_json(result),
    }
