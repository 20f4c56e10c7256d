"""Competency profiles as an Excel workbook (openpyxl), for people and for paper.

A summary sheet, then one sheet per member.  Every sheet prints on landscape
A4, one page wide, with its table's header row repeated on every page; row
heights follow the wrapped text, so a long behaviour description is shown, not
cut off.  A member's sheet opens with a header block (name, role, department,
links, export date, last assessment), then the table: the focus points first,
rows with a gap filled light red.  Every text is written as text (a name that
starts with ``=`` is never turned into a formula) with its line breaks kept;
page headers and footers have ``&`` doubled, so a name cannot inject header
codes such as ``&P``.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
from typing import Any

from verbinder.analysis.profiles import MemberProfile
from verbinder.catalogue import Catalogue
from verbinder.i18n import t
from verbinder.render.profiles import (
    competency_name,
    current_text,
    level_descriptor,
    level_name,
    manager_text,
    role_label,
    source_label,
    summary_rows,
)
from verbinder.render.safe import spreadsheet_cell

_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
GAP_FILL = "FFC7CE"  # light red (Excel's own "light red fill"): readable when printed in grey too
_HEADER_FILL = "DDEBF7"
_LINE_HEIGHT = 15.0  # points per line of 11-point Calibri
_SUMMARY_WIDTHS = [14, 30, 18, 8, 9, 10, 10, 16, 60]
_MEMBER_WIDTHS = [5, 26, 8, 8, 7, 13, 62, 26, 14]
#: A column grows to hold its longest word (so no word breaks inside itself), up to this many characters.
MAX_WORD_WIDTH = 30


def _sheet_title(base: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique (case-insensitive)."""
    title = base.translate(_INVALID_SHEET_CHARS)[:31] or "_"
    candidate, n = title, 2
    while candidate.lower() in taken:
        suffix = f"~{n}"
        candidate = title[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


#: Excel's limits: a row is at most 409 points high; a page header or footer holds at most 255 characters, its
#: three parts together (Excel refuses to open, or repairs, a workbook beyond them).
MAX_ROW_HEIGHT = 409
MAX_HEADER = 255
#: What one part of a header or footer may take: two of them stand beside a page number ("&P / &N").
HEADER_PART = 120


def header_text(text: str, limit: int = HEADER_PART) -> str:
    """Text for a page header or footer: ``&`` doubled (``&P`` would print the page number), one line, at most
    ``limit`` characters written (shortened with ``…``).

    >>> header_text("R&D &P\\nteam")
    'R&&D &&P team'
    >>> len(header_text("&" * 500)) <= 120, header_text("x" * 300)[-3:]
    (True, 'xx…')
    """
    words = " ".join(spreadsheet_cell(text).split())
    out = words.replace("&", "&&")
    while len(out) > limit:
        words = words[: max(0, len(words) - (len(out) - limit) // 2 - 1)]
        out = words.replace("&", "&&") + "…"
    return out


def fit_words(widths: list[int], rows: list[list[Any]]) -> list[int]:
    """Column widths at least as wide as the longest word in the column (plus one), at most
    :data:`MAX_WORD_WIDTH`: "niet beoordeeld" must not break as "niet / beoordee / ld" (issue 22).

    >>> fit_words([8, 5], [["niet beoordeeld", 3], ["x", 12]])
    [11, 5]
    """
    out = list(widths)
    for row in rows:
        for i, value in enumerate(row[: len(out)]):
            if isinstance(value, str):
                longest = max((len(word) for word in value.split()), default=0)
                out[i] = max(out[i], min(MAX_WORD_WIDTH, longest + 1))
    return out


def row_height(points: float) -> float:
    """A row height Excel accepts: at most :data:`MAX_ROW_HEIGHT` points (a long text scrolls in its cell)."""
    return min(points, MAX_ROW_HEIGHT)


def wrapped_lines(value: Any, width: float) -> int:
    """How many lines ``value`` takes in a wrapped cell ``width`` characters wide (at least 1).

    >>> wrapped_lines("a" * 25, 10), wrapped_lines("one\\ntwo", 40), wrapped_lines(3, 5)
    (3, 2, 1)
    """
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1.0, width * 1.15)
    return sum(_wrapped(part, per_line) for part in value.split("\n"))


def _wrapped(text: str, per_line: float) -> int:
    """Lines of one paragraph wrapped at words, as a spreadsheet wraps it (a word longer than a line is split):
    "Consultant (rondreizende makelaar)" takes three lines of 20 characters, not the two its length suggests.

    >>> _wrapped("Consultant (rondreizende makelaar)", 20.7), _wrapped("", 5), _wrapped("a" * 25, 11.5)
    (3, 1, 3)
    """
    lines, used = 1, 0.0
    for word in text.split():
        size = len(word)
        if used and used + 1 + size > per_line:
            lines, used = lines + 1, 0.0
        if size > per_line:  # a word wider than the column breaks inside itself
            lines += math.ceil(size / per_line) - 1
            used = size - (math.ceil(size / per_line) - 1) * per_line
        else:
            used += (1 if used else 0) + size
    return lines


def _page_setup(ws: Any, title_row: int, *, one_page: bool) -> None:
    """Landscape A4, one page wide (and one page tall with ``one_page``), the header row repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.horizontalCentered = True


def _write_table(
    ws: Any, headers: list[str], rows: list[list[Any]], widths: list[int], gap_col: int | None, start: int = 1
) -> None:
    """The table from row ``start``: bold header, wrapped text with fitting row heights, gaps filled light red."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    widths = fit_words(widths, [headers, *rows])
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    gap_fill = PatternFill("solid", fgColor=GAP_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    for c, text in enumerate(headers, start=1):
        cell = ws.cell(row=start, column=c, value=text)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    ws.row_dimensions[start].height = row_height(
        _LINE_HEIGHT * max(wrapped_lines(h, w) for h, w in zip(headers, widths, strict=True)) + 3
    )
    for i, row in enumerate(rows, start=start + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=i, column=c, value=spreadsheet_cell(value))
            cell.alignment = wrap
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
        lines = max(wrapped_lines(v, w) for v, w in zip(row, widths, strict=True))
        ws.row_dimensions[i].height = row_height(_LINE_HEIGHT * lines + 3)
        if gap_col is not None and row[gap_col]:
            for c in range(1, len(row) + 1):
                ws.cell(row=i, column=c).fill = gap_fill
            ws.cell(row=i, column=gap_col + 1).font = bold
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{start + 1}"
    if rows:
        ws.auto_filter.ref = f"A{start}:{get_column_letter(len(headers))}{start + len(rows)}"


def _member_block(ws: Any, p: MemberProfile, lang: str, exported: _dt.date) -> int:
    """The header block of a member's sheet; returns the row where the table starts."""
    from openpyxl.styles import Alignment, Font

    facts = [
        (t("profiles.col.role_col", lang), role_label(p, lang) or "—"),
        (t("profiles.col.department", lang), p.department or "—"),
        (t("profiles.col.links", lang), "; ".join(p.topics or p.links) or "—"),
        (t("fair.workload", lang), t("profiles.n_links", lang, n=len(p.links), capacity=p.capacity)),
        (t("profiles.col.exported", lang), exported.isoformat()),
        (t("profiles.col.last_assessment", lang), p.last_assessed or t("profiles.not_assessed_yet", lang)),
    ]
    hr = [
        (t("profiles.col.employee_id", lang), p.employee_id),
        (t("profiles.col.function", lang), p.function),
        (t("profiles.col.scale", lang), p.scale),
        (t("profiles.col.manager", lang), manager_text(p)),
    ]
    facts += [(label, value) for label, value in hr if value]
    title = ws.cell(row=1, column=1, value=spreadsheet_cell(p.name))
    title.font = Font(bold=True, size=14)
    title.data_type = "s"
    ws.row_dimensions[1].height = row_height(22 * wrapped_lines(p.name, 80))
    for i, (label, value) in enumerate(facts, start=2):
        ws.cell(row=i, column=1, value=label).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        cell = ws.cell(row=i, column=3, value=spreadsheet_cell(value))
        cell.data_type = "s"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=7)
        ws.row_dimensions[i].height = row_height(_LINE_HEIGHT * wrapped_lines(value, sum(_MEMBER_WIDTHS[2:7])) + 2)
    return len(facts) + 3


def workbook(
    profiles: list[MemberProfile],
    catalogue: Catalogue,
    model_name: str,
    lang: str,
    *,
    today: _dt.date | None = None,
) -> bytes:
    """The workbook as bytes (written to disk atomically by the caller); ``today`` is the export date."""
    from openpyxl import Workbook

    exported = today or _dt.date.today()
    title = f"{t('profiles.title', lang)}: {model_name}"
    wb = Workbook()
    summary = wb.active
    taken: set[str] = set()
    summary.title = _sheet_title(t("profiles.sheet.summary", lang), taken)
    headers = [
        t("profiles.col.id", lang),
        t("profiles.col.name", lang),
        t("profiles.col.role_col", lang),
        t("profiles.col.links", lang),
        t("profiles.col.capacity", lang),
        t("profiles.col.gaps", lang),
        t("profiles.col.total_gap", lang),
        t("fair.col.not_assessed", lang),
        t("profiles.col.largest_gaps", lang),
    ]
    _write_table(summary, headers, summary_rows(profiles, catalogue, lang), _SUMMARY_WIDTHS, 6)
    _page_setup(summary, 1, one_page=True)
    summary.oddHeader.center.text = header_text(title)
    summary.oddFooter.right.text = header_text(exported.isoformat())

    member_headers = [
        t("profiles.col.focus", lang),
        t("profiles.col.competency", lang),
        t("profiles.col.required", lang),
        t("profiles.col.current", lang),
        t("profiles.col.gap", lang),
        t("profiles.col.level_name", lang),
        t("profiles.col.descriptor", lang),
        t("profiles.col.links", lang),
        t("profiles.col.source", lang),
    ]
    for p in profiles:
        ws = wb.create_sheet(_sheet_title(p.id, taken))
        start = _member_block(ws, p, lang, exported)
        rank = {f.id: i for i, f in enumerate(p.focus, start=1)}
        topic = dict(zip(p.links, p.topics, strict=False))  # a person reads the topic, not the link's id
        rows = [
            [
                rank.get(c.id),
                competency_name(catalogue, c.id, lang),
                c.required,
                current_text(c, lang) if c.current is None else c.current,
                c.gap,
                level_name(catalogue, c.required, lang),
                level_descriptor(catalogue, c.id, c.required, lang),
                "; ".join(topic.get(lid, lid) for lid in c.links),
                t("fair.source.also_relevant", lang) if c in p.also_relevant else source_label(c, lang),
            ]
            for c in [*p.focus_first(), *p.also_relevant]
        ]
        _write_table(ws, member_headers, rows, _MEMBER_WIDTHS, 4, start)
        _page_setup(ws, start, one_page=False)
        ws.oddHeader.center.text = header_text(p.name)
        ws.oddFooter.left.text = header_text(title)
        ws.oddFooter.right.text = "&P / &N"
    wb.properties.creator = "verbinder"
    wb.properties.title = spreadsheet_cell(title)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
