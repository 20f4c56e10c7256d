"""Competency profiles as an Excel workbook (openpyxl), for people rather than machines.

A summary sheet, then one sheet per member: bold header row, frozen below the
header, filters, readable column widths, gaps highlighted.  Every text is
written as text: a name that starts with ``=`` is never turned into a formula.
"""

from __future__ import annotations

import io
from typing import Any

from verbinder.analysis.profiles import MemberProfile
from verbinder.catalogue import Catalogue
from verbinder.i18n import t
from verbinder.render.profiles import competency_name, level_descriptor, level_name, source_label, summary_rows

_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
_GAP_FILL = "F8CBAD"  # light red: readable when printed in grey too
_HEADER_FILL = "DDEBF7"


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


def _write_table(ws: Any, headers: list[str], rows: list[list[Any]], widths: list[int], gap_col: int | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL)
    gap_fill = PatternFill("solid", fgColor=_GAP_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append(headers)
    for cell in ws[1]:
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    for row in rows:
        ws.append(row)
        r = ws.max_row
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
                cell.alignment = wrap
        if gap_col is not None and row[gap_col]:
            for c in range(1, len(row) + 1):
                ws.cell(row=r, column=c).fill = gap_fill
            ws.cell(row=r, column=gap_col + 1).font = bold
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def workbook(profiles: list[MemberProfile], catalogue: Catalogue, model_name: str, lang: str) -> bytes:
    """The workbook as bytes (written to disk atomically by the caller)."""
    from openpyxl import Workbook

    wb = Workbook()
    summary = wb.active
    taken: set[str] = set()
    summary.title = _sheet_title(t("profiles.sheet.summary", lang), taken)
    headers = [
        t(f"profiles.col.{k}", lang)
        for k in ("id", "name", "role_col", "links", "capacity", "gaps", "total_gap", "largest_gaps")
    ]
    _write_table(summary, headers, summary_rows(profiles, catalogue, lang), [14, 36, 18, 9, 11, 14, 11, 50], 6)
    summary.oddHeader.center.text = f"{t('profiles.title', lang)}: {model_name}"

    member_headers = [
        t(f"profiles.col.{k}", lang)
        for k in ("competency_id", "competency", "required", "current", "gap", "level_name", "descriptor", "links")
    ] + [t("profiles.col.source", lang)]
    for p in profiles:
        ws = wb.create_sheet(_sheet_title(p.id, taken))
        rows = [
            [
                c.id,
                competency_name(catalogue, c.id, lang),
                c.required,
                c.current,
                c.gap,
                level_name(catalogue, c.required, lang),
                level_descriptor(catalogue, c.id, c.required, lang),
                ", ".join(c.links),
                source_label(c, lang),
            ]
            for c in p.competencies
        ]
        _write_table(ws, member_headers, rows, [22, 28, 10, 10, 8, 18, 60, 36, 18], 4)
        ws.oddHeader.center.text = p.name
    wb.properties.creator = "verbinder"
    wb.properties.title = f"{t('profiles.title', lang)}: {model_name}"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
