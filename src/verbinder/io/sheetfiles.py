"""Read spreadsheet files as tables, bounded whatever they hold: an ``.xlsx`` workbook, a ``.csv`` file, a folder.

A workbook is read as a stream (:mod:`zipfile` and :func:`xml.etree.ElementTree.iterparse`): only cells that hold
a value are kept, so time and memory follow the *used* cells and the uncompressed size, never the sheet's extent
(one blank cell at ``XFD1048576`` costs what any cell costs).  Every part is bounded before it is read (its
uncompressed size as the archive declares it, which :mod:`zipfile` also holds it to), the shared strings by their
number and length, the cells by their number.  What a workbook may hold but a person did not mean (a hidden sheet
or row, a formula without a computed value, an error value) becomes a warning at its cell; what cannot be read (a
broken XML part, a reference outside the sheet, text in a number cell, an impossible date, a shared string that
does not exist) is a problem at its cell.  CSV files are read with :func:`verbinder.io.yamlread.read_bounded`
(a device, a link to ``/dev/zero`` or a FIFO cannot make it read without end) and a folder of them has a bound on
its total.

The tables keep every cell's place (:class:`Where`) for the messages; :mod:`verbinder.io.spreadsheet` maps them to
a model.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import os
import posixpath
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg

#: Largest file read (a stakeholder sheet is kilobytes; this is far beyond any).
MAX_BYTES = 50 * 1024 * 1024
#: Largest total of the CSV files of one folder.
MAX_FOLDER_BYTES = MAX_BYTES
#: Largest uncompressed part of a workbook, and the largest total of the parts read.
MAX_PART_BYTES = 128 * 1024 * 1024
MAX_BOOK_BYTES = 256 * 1024 * 1024
#: Most cells holding a value in one workbook (a model of 200,000 links in seven columns is 1.4 million).
MAX_CELLS = 4_000_000
#: Most shared strings, and their largest total length in characters.
MAX_SHARED = 2_000_000
MAX_SHARED_CHARS = 64 * 1024 * 1024
#: Excel's last column (XFD) and row.
MAX_COL = 16_384
MAX_ROW = 1_048_576

_CELL_REF = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REL_WORKSHEET = "/worksheet"
_REL_CHARTSHEET = "/chartsheet"
#: Excel's built-in number formats that show a date or a time.
_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_FORMAT_LITERALS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')


def column_letter(col: int) -> str:
    """Spreadsheet column letters of a 1-based column number: 1 -> A, 28 -> AB."""
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """The 1-based column number of spreadsheet column letters: A -> 1, AB -> 28."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


@dataclass(frozen=True, slots=True)
class Where:
    """A cell: ``FILE:SHEET!B7`` in a workbook, ``FILE:7:2`` (row, column) in a CSV file."""

    file: str
    sheet: str | None
    row: int
    col: int

    def problem(self, message: Any) -> Problem:
        """A problem located at this cell."""
        if self.sheet is None:
            return Problem(self.file, message, self.row, self.col)
        return Problem(f"{self.file}:{self.sheet}!{column_letter(self.col)}{self.row}", message)


#: One row's values: a list (CSV) or, for a workbook, only the cells holding a value by 0-based column.
Row = list[Any] | dict[int, Any]


def cell(values: Row, col: int) -> Any:
    """The value at 0-based column ``col`` of a row, None where there is none."""
    if isinstance(values, dict):
        return values.get(col)
    return values[col] if col < len(values) else None


@dataclass
class Table:
    """One sheet or CSV file: its header row and data rows (with their row numbers), empty rows left out."""

    file: str
    sheet: str | None  # None for a CSV file
    title: str  # the sheet's name or the CSV file's stem
    header: list[Any]
    rows: list[tuple[int, Row]]
    header_row: int = 1

    def where(self, row: int, col: int) -> Where:
        """The cell at 1-based ``row`` and 0-based column index ``col``."""
        return Where(self.file, self.sheet, row, col + 1)

    def whole(self) -> Where:
        """The table as a whole (its first cell)."""
        return self.where(self.header_row, 0)


@dataclass
class Tables:
    """What :func:`read_tables` found: the tables and the warnings (hidden sheets and rows, formulas without a
    value, error values), each located."""

    tables: list[Table]
    warnings: list[Problem] = field(default_factory=list)


def read_tables(path: Path, *, max_rows: int) -> Tables:
    """The tables of ``path``: every worksheet of an ``.xlsx`` workbook, a ``.csv`` file, or every CSV in a folder.

    ``max_rows``: the most rows holding a value in one table.  Raises :class:`~verbinder.errors.InputError`.
    """
    path = Path(path)
    name = str(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv" and not p.name.startswith("."))
        if not files:
            raise InputError(Problem(name, Msg("sheet.err.no_csv")))
        tables, total = [], 0
        for file in files:
            data = _read_file(file, MAX_BYTES)
            total += len(data)
            if total > MAX_FOLDER_BYTES:
                raise InputError(Problem(str(file), Msg("sheet.err.folder_too_large", limit=_mb(MAX_FOLDER_BYTES))))
            tables.append(_csv_table(file, data, max_rows))
        return Tables(tables)
    if not path.exists() and not path.is_symlink():
        raise InputError(Problem(name, Msg("sheet.err.no_file")))
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv"):
        raise InputError(Problem(name, Msg("sheet.err.file_type", suffix=suffix or "?")))
    if suffix == ".csv":
        return Tables([_csv_table(path, _read_file(path, MAX_BYTES), max_rows)])
    _refuse_special(path)
    if path.stat().st_size > MAX_BYTES:
        raise InputError(Problem(name, Msg("sheet.err.too_large", limit=_mb(MAX_BYTES))))
    return _Workbook(path, max_rows).read()


def _mb(limit: int) -> int:
    return limit // (1024 * 1024)


def _refuse_special(path: Path) -> None:
    """Refuse a FIFO before opening it (opening one waits for a writer, for ever); devices are read with a bound."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # opening it says why
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        raise InputError(Problem(str(path), Msg("sheet.err.not_regular")))
    if not stat.S_ISREG(mode) and path.suffix.lower() != ".csv":
        raise InputError(Problem(str(path), Msg("sheet.err.not_regular")))


def _read_file(path: Path, limit: int) -> bytes:
    from verbinder.io.yamlread import read_bounded

    _refuse_special(path)
    return read_bounded(path, max_bytes=limit)


# --- CSV ------------------------------------------------------------------------------------------------------

#: Characters that make a spreadsheet read a cell as a formula; a CSV cell starting with one is written with a
#: leading ``'`` (see :mod:`verbinder.render.safe`), which reading removes again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "'")


def _csv_table(path: Path, data: bytes, max_rows: int) -> Table:
    name = str(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Problem(name, Msg("sheet.err.csv_utf16")))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")  # Excel on Windows saves CSV in Windows-1252
    if "\x00" in text:  # UTF-16 without a byte order mark, or not text at all
        raise InputError(Problem(name, Msg("sheet.err.csv_utf16" if "\x00" in text[:200] else "err.binary")))
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)  # Dutch Excel writes ';'
    if text.count(delimiter) + text.count("\n") > MAX_CELLS:  # counted before parsing: one long row is one list
        raise InputError(Problem(name, Msg("sheet.err.csv_cells", limit=f"{MAX_CELLS:,}")))
    rows: list[tuple[int, Row]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 0  # the last line of the previous row: a row starts on the next
    try:
        for values in reader:
            if len(rows) > max_rows:
                raise InputError(Problem(name, Msg("sheet.err.rows", limit=max_rows), reader.line_num, 1))
            if any(v.strip() for v in values):
                rows.append((line + 1, [_unescape(v) for v in values]))
            line = reader.line_num
    except csv.Error as exc:
        start, col = _open_quote(text, line) if "end of data" in str(exc) or "field larger" in str(exc) else (None, 0)
        if start is not None:
            raise InputError(Problem(name, Msg("sheet.err.csv_open_quote"), start, col)) from None
        if "field larger" in str(exc):  # no quote: one cell longer than any a spreadsheet writes
            raise InputError(Problem(name, Msg("fair.err.csv_cell_too_long"), line + 1, 1)) from None
        raise InputError(Problem(name, Msg("sheet.err.csv_quote"), reader.line_num, 1)) from None
    return _table(name, None, path.stem, rows)


def _open_quote(text: str, after: int) -> tuple[int | None, int]:
    """The line and column of a quote that is never closed, in the row starting after line ``after``."""
    lines = text.splitlines(keepends=True)
    for number in range(after, min(len(lines), after + 1)):
        position = lines[number].find('"')
        if position >= 0:
            return number + 1, position + 1
    return None, 0


def _unescape(text: str) -> str:
    """A CSV cell without the ``'`` that keeps a spreadsheet from reading it as a formula."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START else text


def _table(file: str, sheet: str | None, title: str, rows: list[tuple[int, Row]]) -> Table:
    if not rows:
        return Table(file, sheet, title, [], [], 1)
    (header_row, header), *data = rows
    if isinstance(header, dict):
        header = [header.get(i) for i in range(max(header) + 1)] if header else []
    return Table(file, sheet, title, list(header), data, header_row)


# --- xlsx -----------------------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class _Broken(Exception):
    """A part of the workbook that cannot be read; carries the problem."""

    def __init__(self, problem: Problem):
        self.problem = problem


@dataclass
class _Sheet:
    title: str
    part: str
    hidden: bool


class _Workbook:
    """One workbook read as a stream; see the module's description."""

    def __init__(self, path: Path, max_rows: int):
        self.path = path
        self.name = str(path)
        self.max_rows = max_rows
        self.read_bytes = 0
        self.cells = 0
        self.warnings: list[Problem] = []
        self.problems: list[Problem] = []
        self.shared: list[str] = []
        self.date_styles: set[int] = set()
        self.epoch = _dt.datetime(1899, 12, 30)

    def read(self) -> Tables:
        import zipfile

        try:
            with zipfile.ZipFile(self.path) as book:
                self.book = book
                sheets = self._sheets()
                self._styles()
                self._shared_strings()
                tables = [self._sheet(sheet) for sheet in sheets]
        except _Broken as broken:
            raise InputError(broken.problem) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
            reason = str(exc) or type(exc).__name__
            raise InputError(Problem(self.name, Msg("sheet.err.not_xlsx", reason=reason))) from None
        if self.problems:
            raise InputError(self.problems)
        return Tables(tables, self.warnings)

    # the parts

    def _open(self, part: str, *, required: bool = True) -> IO[bytes] | None:
        try:
            info = self.book.getinfo(part)
        except KeyError:
            if required:
                raise _Broken(Problem(self.name, Msg("sheet.err.xlsx_part", part=part))) from None
            return None
        self.read_bytes += info.file_size
        if info.file_size > MAX_PART_BYTES or self.read_bytes > MAX_BOOK_BYTES:
            limit = _mb(MAX_PART_BYTES if info.file_size > MAX_PART_BYTES else MAX_BOOK_BYTES)
            raise _Broken(Problem(self.name, Msg("sheet.err.xlsx_too_large", part=part, limit=limit)))
        return self.book.open(info)

    def _events(self, part: str, where: str, *, required: bool = True) -> Iterator[tuple[str, Any, list[Any]]]:
        """``(event, element, open elements)`` of ``part``, each element dropped once it ended (memory stays flat)."""
        from xml.etree.ElementTree import ParseError, iterparse

        stream = self._open(part, required=required)
        if stream is None:
            return
        stack: list[Any] = []
        with stream:
            try:
                for event, elem in iterparse(_NoDoctype(stream, part, where), events=("start", "end")):
                    if event == "start":
                        stack.append(elem)
                        yield event, elem, stack
                        continue
                    stack.pop()
                    yield event, elem, stack
                    if stack:
                        stack[-1].remove(elem)  # its only child left: every earlier one was removed
                    elem.clear()
            except ParseError as exc:
                line, col = getattr(exc, "position", (0, 0))
                raise _Broken(Problem(where, Msg("sheet.err.xml", part=part, line=line, col=col + 1))) from None

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id -> (type, the target part's name)."""
        folder, _, base = part.rpartition("/")
        rels: dict[str, tuple[str, str]] = {}
        for event, elem, _ in self._events(f"{folder}/_rels/{base}.rels", self.name, required=False):
            if event == "end" and _local(elem.tag) == "Relationship":
                target = elem.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                rels[elem.get("Id", "")] = (elem.get("Type", ""), posixpath.normpath(target))
        return rels

    def _sheets(self) -> list[_Sheet]:
        rels = self._rels("xl/workbook.xml")
        sheets: list[_Sheet] = []
        charts = 0
        for event, elem, _ in self._events("xl/workbook.xml", self.name):
            if event != "end":
                continue
            tag = _local(elem.tag)
            if tag == "workbookPr" and elem.get("date1904") in ("1", "true"):
                self.epoch = _dt.datetime(1904, 1, 1)
            elif tag == "sheet":
                rid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), "")
                kind, part = rels.get(rid, ("", ""))
                title = elem.get("name") or part
                if kind.endswith(_REL_CHARTSHEET):
                    charts += 1
                elif kind.endswith(_REL_WORKSHEET):
                    sheets.append(_Sheet(title, part, elem.get("state") in ("hidden", "veryHidden")))
        if not sheets:
            key = "sheet.err.only_charts" if charts else "sheet.err.no_sheets"
            raise _Broken(Problem(self.name, Msg(key)))
        return sheets

    def _styles(self) -> None:
        """The cell styles (indexes) that show a number as a date."""
        custom: dict[int, str] = {}
        index = 0
        in_xfs = False
        for event, elem, _ in self._events("xl/styles.xml", self.name, required=False):
            tag = _local(elem.tag)
            if tag == "cellXfs":
                in_xfs = event == "start"
            elif event == "end" and tag == "numFmt":
                custom[_int_attr(elem.get("numFmtId"))] = elem.get("formatCode", "")
            elif event == "end" and tag == "xf" and in_xfs:
                number_format = _int_attr(elem.get("numFmtId"))
                if number_format in _DATE_FORMATS or (number_format in custom and _is_date(custom[number_format])):
                    self.date_styles.add(index)
                index += 1

    def _shared_strings(self) -> None:
        rels = self._rels("xl/workbook.xml")
        part = next((p for kind, p in rels.values() if kind.endswith("/sharedStrings")), "xl/sharedStrings.xml")
        parts: list[str] = []
        chars = 0
        for event, elem, stack in self._events(part, self.name, required=False):
            if event != "end":
                continue
            tag = _local(elem.tag)
            if tag == "t" and stack and _local(stack[-1].tag) in ("si", "r"):
                parts.append(elem.text or "")
            elif tag == "si":
                text = _unescape_xml("".join(parts))
                parts = []
                chars += len(text)
                self.shared.append(text)
                if len(self.shared) > MAX_SHARED or chars > MAX_SHARED_CHARS:
                    limit = f"{MAX_SHARED:,}" if len(self.shared) > MAX_SHARED else f"{MAX_SHARED_CHARS:,}"
                    raise _Broken(Problem(self.name, Msg("sheet.err.shared_strings", limit=limit)))

    # one sheet

    def _sheet(self, sheet: _Sheet) -> Table:
        where = f"{self.name}:{sheet.title}"
        if sheet.hidden:
            first = Where(self.name, sheet.title, 1, 1)
            self.warnings.append(first.problem(Msg("sheet.warn.hidden_sheet", table=sheet.title)))
        rows: list[tuple[int, Row]] = []
        row_number = 0
        row: dict[int, Any] = {}
        col = 0
        hidden_row = False
        hidden_rows: list[int] = []
        cell_attrs: dict[str, str] = {}
        value: str | None = None
        formula = False
        inline: list[str] = []
        for event, elem, stack in self._events(sheet.part, where):
            tag = _local(elem.tag)
            if event == "start":
                if tag == "row":
                    ref = elem.get("r")
                    row_number = row_number + 1 if ref is None else _int_attr(ref.strip(), -1)
                    if not 1 <= row_number <= MAX_ROW:
                        raise _Broken(Problem(where, Msg("sheet.err.row_ref", ref=elem.get("r", ""))))
                    row, col = {}, 0
                    hidden_row = elem.get("hidden") in ("1", "true")
                elif tag == "c":
                    cell_attrs = dict(elem.attrib)
                    value, formula, inline = None, False, []
                continue
            if tag == "v":
                value = elem.text or ""
            elif tag == "f":
                formula = True
            elif tag == "t" and stack and _local(stack[-1].tag) in ("is", "r"):
                inline.append(elem.text or "")
            elif tag == "c":
                col = self._cell_ref(cell_attrs.get("r"), row_number, col, where)
                here = Where(self.name, sheet.title, row_number, col)
                got = self._value(cell_attrs, value, formula, inline, here)
                if got is not None and (not isinstance(got, str) or got.strip()):
                    row[col - 1] = got
                    self.cells += 1
                    if self.cells > MAX_CELLS:
                        raise _Broken(here.problem(Msg("sheet.err.cells", limit=f"{MAX_CELLS:,}")))
            elif tag == "row" and row:
                if len(rows) > self.max_rows:
                    raise _Broken(
                        Where(self.name, sheet.title, row_number, 1).problem(Msg("sheet.err.rows", limit=self.max_rows))
                    )
                rows.append((row_number, row))
                if hidden_row:
                    hidden_rows.append(row_number)
        if hidden_rows:
            first = Where(self.name, sheet.title, hidden_rows[0], 1)
            self.warnings.append(first.problem(Msg("sheet.warn.hidden_rows", count=len(hidden_rows))))
        return _table(self.name, sheet.title, sheet.title, rows)

    def _cell_ref(self, ref: str | None, row: int, previous: int, where: str) -> int:
        """The 1-based column of a cell (the next one where the reference is left out); refuses a reference
        outside the sheet or in another row."""
        if ref is None:
            return previous + 1
        match = _CELL_REF.match(ref)
        col = column_number(match.group(1)) if match else 0
        if match is None or not 1 <= col <= MAX_COL or int(match.group(2)) != row:
            shown = ref[:20]
            raise _Broken(Problem(where, Msg("sheet.err.cell_ref", ref=shown, row=row)))
        return col

    def _value(self, attrs: dict[str, str], value: str | None, formula: bool, inline: list[str], here: Where) -> Any:
        kind = attrs.get("t", "n")
        if kind == "inlineStr":
            return _unescape_xml("".join(inline))
        if value is None:
            if formula:
                self.warnings.append(here.problem(Msg("sheet.warn.formula")))
            return None
        if kind == "s":
            index = _int_attr(value.strip(), -1)
            if not 0 <= index < len(self.shared):
                self.problems.append(here.problem(Msg("sheet.err.shared_index", index=value[:20])))
                return None
            return self.shared[index]
        if kind == "str":
            return _unescape_xml(value)
        if kind == "b":
            if value.strip() not in ("0", "1"):
                self.problems.append(here.problem(Msg("sheet.err.bool_cell", value=value[:20])))
                return None
            return value.strip() == "1"
        if kind == "e":
            self.warnings.append(here.problem(Msg("sheet.warn.error_value", value=value[:20])))
            return None
        if kind == "d":
            try:
                return _dt.datetime.fromisoformat(value.strip().rstrip("Z"))
            except ValueError:
                self.problems.append(here.problem(Msg("harden.bad_date", value=value[:30])))
                return None
        number = _number(value)
        if number is None:
            self.problems.append(here.problem(Msg("sheet.err.number_cell", value=value[:30])))
            return None
        if _int_attr(attrs.get("s"), 0) in self.date_styles:
            try:
                return self.epoch + _dt.timedelta(days=round(number * 86400) / 86400)
            except OverflowError:
                self.problems.append(here.problem(Msg("sheet.err.date_serial", value=value[:30])))
                return None
        return number


class _NoDoctype:
    """A part's bytes, refused where they declare a DOCTYPE: no workbook needs one, and its entities could expand
    a small part into gigabytes of text (expat limits the factor, not the total)."""

    def __init__(self, stream: IO[bytes], part: str, where: str):
        self.stream, self.part, self.where = stream, part, where
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        if b"<!DOCTYPE" in self.tail + data:
            raise _Broken(Problem(self.where, Msg("sheet.err.doctype", part=self.part)))
        self.tail = data[-8:]
        return data


def _int_attr(value: str | None, default: int = 0) -> int:
    if value is None or not value.isdigit() or len(value) > 9:
        return default
    return int(value)


def _number(text: str) -> int | float | None:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _is_date(code: str) -> bool:
    code = _FORMAT_LITERALS.sub("", code.split(";")[0])
    return re.search(r"(?<![_\\])[dmhysDMHYS]", code) is not None


def _unescape_xml(text: str) -> str:
    """OOXML writes characters XML cannot hold as ``_x000D_``."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text
