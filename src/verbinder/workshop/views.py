"""What the workshop's right pane can show besides the selected item: what to do now (the ranked actions of
``verbinder analyse``), every warning, the kopgroep's load, and two pictures to point at on a projector (the
power/interest grid with names, the kinds × kinds matrix of links).

Each view is a function ``(project, analysed, lang, presenter=False) -> renderable``;
``analysed`` is what :class:`Analysed` computed in the background (``None``
until then); ``presenter`` shows names where ids would be.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from verbinder.i18n import Msg, TextMsg, t
from verbinder.project import AnalysisResult, Project
from verbinder.render import labels
from verbinder.render.safe import line

#: The right pane's views, in the order ``v`` steps through them.
VIEWS = ("detail", "actions", "warnings", "load", "grid", "matrix")
#: Each view's title (message keys written out, so that a test can check each exists).
VIEW_KEYS = {
    "detail": "workshop.view.detail",
    "actions": "workshop.view.actions",
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
YELLOW = "#ffd75f"
GREY = "#c0c0c0"
#: Actions in the box under the selected item (the ``actions`` view lists up to :data:`MAX_LISTED`).
TOP_ACTIONS = 5
MAX_LISTED = 60


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
    def of(cls, project: Project, today: _dt.date | None = None) -> Analysed:
        """What ``verbinder analyse`` finds on ``today`` (the due dates weigh in the actions' ranking)."""
        result = project.analyse(today=today)
        loads = []
        for p in project.profiles(today=today):
            # the member's figures, as profiles, agenda and analyse count them (one number per fact)
            figures = p.figures
            loads.append(MemberLoad(p.id, p.name, len(p.links), p.capacity, figures.open_gaps, figures.not_assessed))
        return cls(project, result, loads)


def actions(
    project: Project, analysed: Analysed | None, lang: str, presenter: bool = False, *, top: int | None = None
) -> Any:
    """What to do now: ``analyse``'s ranked actions with their why (the first sentence when only the ``top`` few are
    shown, in the box under the selected item; in full in the view of their own)."""
    from verbinder.plan.actions import KINDS
    from verbinder.render.overview import first_sentence

    if analysed is None:
        text = Text(t("actions.title", lang) + "\n", style=f"bold {YELLOW}")
        text.append(t("workshop.status.analysing", lang), style=f"italic {GREY}")
        return text
    found = analysed.result.actions
    head = Text(t("workshop.head.actions", lang, n=len(found)), style=f"bold {YELLOW}")
    if not found:
        return Group(head, Text(t("actions.none", lang)))
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(justify="right", style=f"bold {YELLOW}", no_wrap=True)
    table.add_column(ratio=1)
    shown = found[: top if top is not None else MAX_LISTED]
    for a in shown:
        why = line(named(a.why, project, lang) if presenter else a.why.render(lang))
        text = Text(kind_label(a.kind, lang), style="bold")
        text.append(": " + (first_sentence(why) if top is not None else why))
        if not presenter and a.kind not in KINDS:
            text.append(f" ({a.kind})", style=GREY)
        table.add_row(str(a.rank), text)
    parts: list[Any] = [head, table]
    rest = len(found) - len(shown)
    if rest and top is not None:
        parts.append(Text(t("workshop.actions.more", lang, n=rest), style=GREY))
    elif rest:
        parts.append(Text(t("workshop.actions.rest", lang, n=rest, file=line(str(project.path))), style=GREY))
    return Group(*parts)


def kind_label(kind: str, lang: str) -> str:
    """What an action is, in ``lang`` (a rule's warning is a "waarschuwing"; its code is shown beside it)."""
    from verbinder.render import overview

    return overview.kind_label(kind, lang, code=False)


def named(why: Msg | TextMsg, project: Project, lang: str) -> str:
    """A message (an action's why, a warning) with names where it has ids, for presenter mode: a link as
    "from → to", an agenda item by its title; an id in brackets after the names it stands for is left out."""
    from verbinder.plan.actions import short_name

    params = dict(why.params)
    names: dict[str, str] = {}
    link_id = params.get("link")
    if isinstance(link_id, str) and link_id in project.link_ids:
        link = project.model.links[project.link_ids.index(link_id)]
        actors = project.actors
        names["\x00link\x00"] = f"{short_name(actors[link.from_].name)} → {short_name(actors[link.to].name)}"
        params["link"] = "\x00link\x00"
    item_id = params.get("item")
    titles = {item.id: item.title for item in project.model.agenda}
    if isinstance(item_id, str):
        names["\x00item\x00"] = titles.get(item_id, item_id)
        params["item"] = "\x00item\x00"
    text = Msg(why.key, **params).render(lang) if isinstance(why, Msg) else TextMsg(why.text, params).render(lang)
    for sentinel, name in names.items():
        text = text.replace(f" ({sentinel})", "").replace(sentinel, name)
    return text


def warnings(project: Project, analysed: Analysed | None, lang: str, presenter: bool = False) -> Text:
    """Every warning ``analyse`` gives (the rules' at once; diagnostics and agenda once computed)."""
    found = analysed.result.warnings if analysed is not None else project.link_analysis.warnings
    text = Text()
    text.append(t("workshop.head.warnings", lang, n=len(found)) + "\n", style=f"bold {YELLOW}")
    for w in found:
        text.append(f"! {line(named(w.message, project, lang) if presenter else w.message.render(lang))}", style="bold")
        where = ", ".join(x for x in (w.code, w.link) if x)
        text.append("\n" if presenter or not where else f" ({where})\n", style=GREY)
    if analysed is None:
        text.append(t("workshop.status.analysing", lang) + "\n", style="italic #c0c0c0")
    return text


def load(project: Project, analysed: Analysed | None, lang: str, presenter: bool = False) -> Any:
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


def grid(project: Project, analysed: Analysed | None, lang: str, presenter: bool = False) -> Any:
    """The power/interest grid with the actors' names (influence up, interest to the right)."""
    from verbinder.analysis.diagnostics import QUADRANT_KEYS

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


def matrix(project: Project, analysed: Analysed | None, lang: str, presenter: bool = False) -> Any:
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
