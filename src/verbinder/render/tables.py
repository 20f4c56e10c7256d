"""Table primitives every feature writer uses: a rich table for the terminal, a Markdown table for documents.

A format primitive: it knows nothing of verbinder's features (links, agenda,
diagnostics ...), so any feature module may import it and it imports none of
them (``lint-imports`` checks this: the render contract in ``pyproject.toml``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.table import Table


def rich(*headers: str, title: str | None = None) -> Table:
    """An empty rich table with ``headers``: light rules, title on the left, long words folded rather than cut."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left", show_edge=False, pad_edge=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


def markdown_cell(text: object) -> str:
    """Text safe inside a Markdown table cell.

    >>> markdown_cell("a|b\\nc")
    'a\\\\|b<br>c'
    """
    return str(text).replace("|", "\\|").replace("\n", "<br>")


def markdown(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A GitHub-flavoured Markdown table, one line per row.

    >>> markdown(["id", "n"], [["a", 1]])
    ['| id | n |', '|---|---|', '| a | 1 |']
    """
    lines = ["| " + " | ".join(markdown_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in rows]
    return lines


def hanging(mark: str, text: str):
    """``mark`` in a 4-column gutter and ``text`` wrapped beside it (a numbered list in the terminal)."""
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=4)
    grid.add_column()
    grid.add_row(mark, text)
    return grid
