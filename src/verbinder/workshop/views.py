"""What the workshop's right pane can show besides the selected item: every warning, the kopgroep's load, and two
pictures to point at on a projector (the power/interest grid with names, the kinds × kinds matrix of links).

Each view is a function ``(project, analysed, lang) -> renderable``; ``analysed``
is what :class:`Analysed` computed in the background (``None`` until then).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from verbinder.i18n import t
from verbinder.project import AnalysisResult, Project
from verbinder.render import labels
from verbinder.render.safe import line

#: The right pane's views, in the order ``v`` steps through them.
VIEWS = ("detail", "warnings", "load", "grid", "matrix")
#: Each view's title (message keys written out, so that a test can check each exists).
VIEW_KEYS = {
    "detail": "workshop.view.detail",
    "warnings": "workshop.view.warnings",
    "load": "workshop.view.load",
    "grid": "workshop.view.grid",
    "matrix": "workshop.view.matrix",
}
LOAD_COLUMN_KEYS = {
    "links_capacity": "workshop.col.links_capacity",
    "open_gaps": "workshop.col.open_gaps",
    "not_assessed": "workshop.col.not_assessed",
}
QUADRANT_KEYS = {
    "manage_closely": "diagnostics.quadrant.manage_closely",
    "keep_satisfied": "diagnostics.quadrant.keep_satisfied",
    "keep_informed": "diagnostics.quadrant.keep_informed",
    "monitor": "diagnostics.quadrant.monitor",
}
YELLOW = "#ffd75f"


@dataclass(frozen=True, slots=True)
class MemberLoad:
    """One kopgroep member's load: links against capacity, open gaps, competencies asked but not assessed."""

    id: str
    name: str
    links: int
    capacity: int
    open_gaps: int
    not_assessed: int

    @property
    def over(self) -> bool:
        return self.links > self.capacity


@dataclass(frozen=True, slots=True)
class Analysed:
    """Everything ``verbinder analyse`` finds for one version of the model, plus the kopgroep's load."""

    project: Project
    result: AnalysisResult
    load: list[MemberLoad]

    @classmethod
    def of(cls, project: Project) -> Analysed:
        result = project.analyse()
        loads = []
        actors = project.actors
        for p in project.profiles():
            recorded = actors[p.id].competencies
            asked = [c for c in p.competencies if c.required > 0]
            loads.append(
                MemberLoad(
                    p.id,
                    p.name,
                    len(p.links),
                    p.capacity,
                    sum(1 for c in asked if c.id in recorded and (c.gap or 0) > 0),
                    sum(1 for c in asked if c.id not in recorded),
                )
            )
        return cls(project, result, loads)


def warnings(project: Project, analysed: Analysed | None, lang: str) -> Text:
    """Every warning ``analyse`` gives (the rules' at once; diagnostics and agenda once computed)."""
    found = analysed.result.warnings if analysed is not None else project.link_analysis.warnings
    text = Text()
    text.append(t("workshop.head.warnings", lang, n=len(found)) + "\n", style=f"bold {YELLOW}")
    for w in found:
        text.append(f"! {line(w.message.render(lang))}", style="bold")
        where = ", ".join(x for x in (w.code, w.link) if x)
        text.append(f" ({where})\n", style="#c0c0c0")
    if analysed is None:
        text.append(t("workshop.status.analysing", lang) + "\n", style="italic #c0c0c0")
    return text


def load(project: Project, analysed: Analysed | None, lang: str) -> Any:
    """Per kopgroep member: links / capacity (red when over), open gaps, competencies not assessed."""
    if analysed is None:
        return Text(t("workshop.status.analysing", lang), style="italic")
    table = Table(title=t("workshop.view.load", lang), title_style=f"bold {YELLOW}", expand=True, box=None)
    table.add_column(t("workshop.col.member", lang), ratio=3, overflow="fold")
    for key in LOAD_COLUMN_KEYS:
        table.add_column(t(LOAD_COLUMN_KEYS[key], lang), justify="right", ratio=1)
    for m in analysed.load:
        style = "bold #ff5f5f" if m.over else ""
        table.add_row(line(m.name), Text(f"{m.links}/{m.capacity}", style=style), str(m.open_gaps), str(m.not_assessed))
    if not analysed.load:
        return Text(t("workshop.load.none", lang))
    return table


def grid(project: Project, analysed: Analysed | None, lang: str) -> Any:
    """The power/interest grid with the actors' names (influence up, interest to the right)."""
    if analysed is None:
        return Text(t("workshop.status.analysing", lang), style="italic")
    cells = analysed.result.diagnostics.grid
    names = project.actors

    def cell(quadrant: str) -> Text:
        text = Text(t(QUADRANT_KEYS[quadrant], lang) + "\n", style=f"bold {YELLOW}")
        text.append(", ".join(line(names[a].name) for a in cells.get(quadrant, [])) or "—")
        return text

    table = Table(title=t("workshop.view.grid", lang), title_style=f"bold {YELLOW}", expand=True, show_lines=True)
    table.add_column("", ratio=1, min_width=8)
    table.add_column(t("workshop.grid.interest_low", lang), ratio=4)
    table.add_column(t("workshop.grid.interest_high", lang), ratio=4)
    table.add_row(t("workshop.grid.influence_high", lang), cell("keep_satisfied"), cell("manage_closely"))
    table.add_row(t("workshop.grid.influence_low", lang), cell("monitor"), cell("keep_informed"))
    return table


def matrix(project: Project, analysed: Analysed | None, lang: str) -> Any:
    """How many links join each pair of actor kinds: regie on the diagonal, verbinden off it."""
    model = project.model
    kinds = [k for k in model.kind_ids() if any(a.kind == k for a in model.actors)]
    counts: dict[tuple[str, str], int] = {}
    actors = project.actors
    for link in model.links:
        a, b = sorted((actors[link.from_].kind, actors[link.to].kind))
        counts[a, b] = counts.get((a, b), 0) + 1
    table = Table(title=t("workshop.view.matrix", lang), title_style=f"bold {YELLOW}", expand=True, show_lines=True)
    table.add_column("", ratio=3)  # the kinds by name here; numbered over the columns, so nothing is cut
    for i, _ in enumerate(kinds, 1):
        table.add_column(str(i), justify="center", ratio=1)
    for n, row in enumerate(kinds, 1):
        cells = []
        for col in kinds:
            count = counts.get(tuple(sorted((row, col))), 0)  # type: ignore[arg-type]
            style = f"bold {YELLOW}" if row == col and count else ("bold" if count else "#606060")
            cells.append(Text(str(count) if count else "·", style=style))
        table.add_row(Text(f"{n}  {labels.kind(row, model, lang)}", style="bold"), *cells)
    legend = Text(t("workshop.matrix.legend", lang), style="#c0c0c0")
    return Group(table, legend)
