"""The diagnostics section of ``analyse``: JSON, terminal (rich) and Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.analysis.diagnostics import QUADRANT_KEYS, Diagnostics
from verbinder.i18n import t
from verbinder.model import Model

if TYPE_CHECKING:
    from rich.console import Console

#: Connectors shown in the terminal and Markdown holes table (all of them are in the JSON).
MAX_HOLES_ROWS = 15


def to_json(d: Diagnostics) -> dict[str, Any]:
    """The ``diagnostics`` object of the analyse JSON."""
    silos = None
    if d.silos is not None:
        s = d.silos
        silos = {
            "internal": s.internal,
            "external": s.external,
            "ei_index": s.ei_index,
            "departments": [
                {
                    "id": x.id,
                    "actors": x.actors,
                    "internal": x.internal,
                    "external": x.external,
                    "ei_index": x.ei_index,
                    "bridged": x.bridged,
                }
                for x in s.departments
            ],
            "unbridged": s.unbridged,
            "communities_skipped": s.communities_skipped,
            "communities": [
                {"actors": list(c.actors), "departments": c.departments, "matches_departments": i not in s.mismatched}
                for i, c in enumerate(s.communities)
            ],
        }
    return {
        "grid": d.grid,
        "dominance": [
            {"scope": x.scope, "key": x.key, "reached": list(x.reached), "left_out": list(x.left_out)}
            for x in d.dominance
        ],
        "silos": silos,
        "structural_holes": [
            {"actor": h.actor, "links": h.links, "effective_size": h.effective_size, "constraint": h.constraint}
            for h in d.holes
        ],
        "load": {
            "over_capacity": [{"actor": x.actor, "links": x.links, "capacity": x.capacity} for x in d.over_capacity],
            "unconnected_actors": d.unconnected,
            "links_without_connector": d.no_connector,
        },
    }


def _ei(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _top_holes(d: Diagnostics):
    return sorted(d.holes, key=lambda h: (-h.links, h.actor))[:MAX_HOLES_ROWS]


def _fmt(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def terminal_section(out: Console, d: Diagnostics, model: Model, lang: str) -> None:
    """The power/interest grid, silos and structural holes (the findings are among the warnings)."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    from verbinder.render import tables

    names = {a.id: a.name for a in model.actors}
    out.print()
    out.print(f"[bold]{t('diagnostics.head.grid', lang)}[/bold]")
    grid = Table(box=box.SQUARE, show_header=True, pad_edge=True, expand=False)
    grid.add_column("", overflow="fold", max_width=12)
    grid.add_column(t("diagnostics.axis.interest_low", lang), overflow="fold", ratio=1)
    grid.add_column(t("diagnostics.axis.interest_high", lang), overflow="fold", ratio=1)

    def cell(quadrant: str) -> str:
        people = ", ".join(escape(names[a]) for a in d.grid[quadrant]) or "—"
        return f"[bold]{t(QUADRANT_KEYS[quadrant], lang)}[/bold]\n{people}"

    grid.add_row(t("diagnostics.axis.power_high", lang), cell("keep_satisfied"), cell("manage_closely"))
    grid.add_row(t("diagnostics.axis.power_low", lang), cell("monitor"), cell("keep_informed"), end_section=True)
    out.print(grid)

    if d.silos is not None:
        s = d.silos
        out.print()
        out.print(f"[bold]{t('diagnostics.head.silos', lang)}[/bold]")
        out.print(t("diagnostics.ei", lang, internal=s.internal, external=s.external, ei=_ei(s.ei_index)))
        headers, rows = _silo_table(s, lang)
        table = tables.rich(*headers)
        for row in rows:
            table.add_row(escape(row[0]), *map(str, row[1:]))
        out.print(table)

    if d.holes:
        out.print()
        headers, rows = _holes_table(d, names, lang)
        table = tables.rich(*headers, title=t("diagnostics.head.holes", lang))
        for row in rows:
            table.add_row(escape(row[0]), *map(str, row[1:]))
        out.print(table)
        if len(d.holes) > MAX_HOLES_ROWS:
            out.print(f"[dim]{t('diagnostics.holes_more', lang, count=len(d.holes) - MAX_HOLES_ROWS)}[/dim]")


def _silo_table(silos, lang: str) -> tuple[list[str], list[list]]:
    """Headers and rows of the departments table (terminal and Markdown)."""
    headers = [
        t("diagnostics.col.department", lang),
        t("diagnostics.col.actors", lang),
        t("diagnostics.col.internal", lang),
        t("diagnostics.col.external", lang),
        t("diagnostics.col.ei", lang),
        t("diagnostics.col.bridged", lang),
    ]
    rows = [
        [x.id, x.actors, x.internal, x.external, _ei(x.ei_index),
         t("diagnostics.yes" if x.bridged else "diagnostics.no", lang)]
        for x in silos.departments
    ]  # fmt: skip
    return headers, rows


def _holes_table(d: Diagnostics, names: dict[str, str], lang: str) -> tuple[list[str], list[list]]:
    """Headers and rows of the structural-holes table (terminal and Markdown)."""
    headers = [
        t("diagnostics.col.connector", lang),
        t("diagnostics.col.links", lang),
        t("diagnostics.col.effective_size", lang),
        t("diagnostics.col.constraint", lang),
    ]
    rows = [[names[h.actor], h.links, _fmt(h.effective_size, 1), _fmt(h.constraint, 2)] for h in _top_holes(d)]
    return headers, rows


def markdown_section(d: Diagnostics, model: Model, lang: str) -> list[str]:
    """The same as Markdown lines."""
    from verbinder.render import tables

    names = {a.id: a.name for a in model.actors}

    def cell(quadrant: str) -> str:
        people = ", ".join(names[a] for a in d.grid[quadrant]) or "—"
        return f"**{t(QUADRANT_KEYS[quadrant], lang)}**: {people}"

    out = [f"## {t('diagnostics.head', lang)}", "", f"### {t('diagnostics.head.grid', lang)}", ""]
    out += tables.markdown(
        ["", t("diagnostics.axis.interest_low", lang), t("diagnostics.axis.interest_high", lang)],
        [
            [t("diagnostics.axis.power_high", lang), cell("keep_satisfied"), cell("manage_closely")],
            [t("diagnostics.axis.power_low", lang), cell("monitor"), cell("keep_informed")],
        ],
    )
    out.append("")
    if d.silos is not None:
        s = d.silos
        out += [f"### {t('diagnostics.head.silos', lang)}", ""]
        out += [t("diagnostics.ei", lang, internal=s.internal, external=s.external, ei=_ei(s.ei_index)), ""]
        out += tables.markdown(*_silo_table(s, lang))
        out.append("")
    if d.holes:
        out += [f"### {t('diagnostics.head.holes', lang)}", ""]
        out += tables.markdown(*_holes_table(d, names, lang))
        if len(d.holes) > MAX_HOLES_ROWS:
            out += ["", t("diagnostics.holes_more", lang, count=len(d.holes) - MAX_HOLES_ROWS)]
        out.append("")
    return out
