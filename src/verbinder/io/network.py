"""Read an organisation network for ``verbinder discover``: CSV edge and node lists, or GraphML.

* EDGES is a CSV with the columns ``source`` and ``target`` (any order, more columns allowed)
  and optionally ``weight``; or a ``.graphml`` file.
* NODES is a CSV with ``id`` and a group column (``group`` unless named otherwise); every
  other column is kept as an attribute of the person (department, function, ...).

Reading is fast for valid files.  A plain ``source,target`` file is cut and mapped to node
numbers with array operations (:mod:`verbinder.io.fastcsv`; 50,000 people and 500,000 contacts
in 0.17 s); any other file is decoded at once, split with ``str.split`` or the C ``csv`` reader,
and its ids are mapped to indices through a dict (0.45 s for the same file).  Where something
is wrong the file is read a second time, slowly, to name the line and column
(``FILE:LINE:COL: message``).  Quoting, commas inside quotes, Unicode names and a UTF-8
byte order mark follow the ``csv`` module; other encodings are refused with the position
of the first bad byte.  A file whose header line has semicolons and no comma (Excel with Dutch
settings) is split at its semicolons, with a decimal comma in ``weight`` and dates day first.
Blank lines and rows whose every cell is empty (``;;``, which Excel writes for a row whose
cells were cleared) are skipped; line numbers in messages still count them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg, TextMsg
from verbinder.io.yamlread import display_name, read_text

if TYPE_CHECKING:
    import numpy as np

#: CSV files larger than this are refused (a 500,000-contact file with names is about 20 MB).
MAX_CSV_BYTES = 1024 * 1024 * 1024
#: CSV files with more lines than this are refused: 40 times the 500,000 contacts of the benchmark.
MAX_CSV_ROWS = 20_000_000


@dataclass
class Network:
    """People and their contacts, as node indices, ready for the array algorithms.

    ``groups`` is None when no group is known (everyone is then one group);
    ``attributes`` holds the extra NODES columns per person (column -> values in node order).
    """

    ids: list[str]
    sources: np.ndarray
    targets: np.ndarray
    directed: bool = True
    weights: np.ndarray | None = None
    groups: list[str] | None = None
    attributes: dict[str, list[str]] = field(default_factory=dict)
    dates: np.ndarray | None = None  # per tie, numpy datetime64[D] (with ``date_column``)

    @property
    def n_nodes(self) -> int:
        """The number of people, isolated ones included."""
        return len(self.ids)


@dataclass
class _Table:
    """A CSV file: its header and its data columns (blank lines and rows of empty cells left out)."""

    name: str
    text: str
    header: list[str]
    columns: list[list[str]] | None = None  # None until split (the fast path fills it at once)
    rows: list[list[str]] = field(default_factory=list)
    deferred: bool = False  # not split yet: a source,target file for verbinder.io.fastcsv
    delimiter: str = ","  # ";" for a file saved by Dutch Excel (see :func:`delimiter_of`)


def read_network(
    edges: Path,
    nodes: Path | None = None,
    *,
    directed: bool = True,
    group_attribute: str = "group",
    date_column: str | None = None,
    other_nodes: Path | None = None,
) -> Network:
    """Read EDGES (CSV or GraphML) and, if given, NODES (CSV) into a :class:`Network`.

    ``directed=False`` treats every contact as going both ways.  With NODES, every source
    and target must be a known person; people without contacts count as isolated nodes.
    ``date_column`` names a CSV column with the date of each contact (``2024-01-31``, or a
    timestamp ``2024-01-31T17:05:00`` with an optional offset; the date as written is kept).
    ``other_nodes`` is the NODES of the other snapshot (``compare --groups-after``): a person
    missing from NODES but listed there is said to be (``'Mirjam' is in people.csv but not in
    people_after.csv``).

    Raises
    ------
    InputError
        With file, line and column for missing columns, empty files, unknown or duplicate
        people, non-numeric or negative weights, rows of the wrong length and bad encodings.
    """
    if Path(edges).suffix.lower() == ".graphml":
        if date_column is not None:
            raise InputError(Problem(display_name(edges), Msg("change.err.graphml_dates")))
        network = _read_graphml(edges, directed=directed, group_attribute=group_attribute)
        if nodes is not None:
            _apply_nodes(network, _read_nodes(nodes, group_attribute, other_nodes), display_name(edges))
        return network
    table = _split(edges, pairs=True, date_column=date_column)
    people = _read_nodes(nodes, group_attribute, other_nodes) if nodes is not None else None
    if table.deferred:
        from verbinder.io.fastcsv import pair_codes

        fast = pair_codes(table.text, table.header, people.ids if people is not None else None, date_column=date_column)
        if fast is not None:
            return Network(
                ids=fast[2],
                sources=fast[0],
                targets=fast[1],
                directed=directed,
                groups=people.groups if people is not None else None,
                attributes=people.attributes if people is not None else {},
                dates=fast[3],
            )
        table = _split_text(table.name, table.text, table.delimiter)  # the regular reader decides and locates
    network = _edges_from_table(table, people, directed)
    if date_column is not None:
        network.dates = _dates(table, date_column)
    return network


# --- CSV ------------------------------------------------------------------------------------


def _split(path: Path, *, pairs: bool = False, date_column: str | None = None) -> _Table:
    """The CSV file's header and columns; with ``pairs``, a file of just ``source,target`` (and ``date_column``) is
    left unsplit (``deferred``) for :func:`verbinder.io.fastcsv.pair_codes`."""
    name = display_name(path)
    text = read_text(path, max_bytes=MAX_CSV_BYTES)
    if not text.strip():
        raise InputError(Problem(name, Msg("err.empty_file")))
    lines = text.count("\n")
    if lines > MAX_CSV_ROWS:
        raise InputError(Problem(name, Msg("discover.err.too_many_rows", rows=f"{lines:,}", limit=f"{MAX_CSV_ROWS:,}")))
    delimiter = delimiter_of(text)
    if pairs and delimiter == ",":  # the array reader reads comma files only
        header = [h.strip().lower() for h in text.split("\n", 1)[0].rstrip("\r").split(",")]
        wanted = ["source", "target"] + ([date_column.strip().lower()] if date_column is not None else [])
        if sorted(header) == sorted(wanted):
            return _Table(name, text, header, deferred=True)
    return _split_text(name, text, delimiter)


def delimiter_of(text: str) -> str:
    """The field separator of a CSV text: ``;`` when its header line has a semicolon and no comma, else ``,``.

    Excel with Dutch settings saves "CSV" with semicolons (the comma is the decimal sign there).

    >>> delimiter_of("source;target;date"), delimiter_of("source,target"), delimiter_of('id,"a;b"')
    (';', ',', ',')
    """
    header = text.split("\n", 1)[0]
    return ";" if ";" in header and "," not in header else ","


def _split_text(name: str, text: str, delimiter: str = ",") -> _Table:
    fast = _split_plain(text, delimiter)
    if fast is not None:
        header, columns = fast
        return _Table(name, text, [h.strip().lower() for h in header], columns, delimiter=delimiter)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
        header = next(reader)
        rows = [row for row in reader if any(row)]  # a blank line, or cells Excel left empty (;;)
    except csv.Error:
        raise InputError(_csv_syntax_problem(name, text, delimiter)) from None
    return _Table(name, text, [h.strip().lower() for h in header], rows=rows, delimiter=delimiter)


def _split_plain(text: str, delimiter: str = ",") -> tuple[list[str], list[list[str]]] | None:
    """Header and columns of a CSV without quotes or blank lines, split with ``str.split``.

    Such a file means the same to the csv module; splitting it directly is several times
    faster.  Anything else (quotes, blank lines, rows of different lengths, a lone CR)
    returns None and goes through the csv module.  A row of only separators (``;;``: Excel
    writes one for a row whose cells were cleared) is left out, as the csv path leaves it out.
    """
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    body = text.rstrip("\n")
    if "\n\n" in body:
        return None
    lines = body.split("\n")
    width = lines[0].count(delimiter) + 1
    counts = set(map(str.count, lines, [delimiter] * len(lines)))
    if text.count(delimiter) != (width - 1) * len(lines) or len(counts) != 1:
        return None
    if width > 1 and delimiter * (width - 1) in body:
        empty = delimiter * (width - 1)
        body = "\n".join(line for line in lines if line != empty)
    flat = body.replace("\n", delimiter).split(delimiter)
    return flat[:width], [flat[width + i :: width] for i in range(width)]


def _csv_syntax_problem(name: str, text: str, delimiter: str) -> Problem:
    """Where the csv module gave up, and why, found by reading again row by row."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        return Problem(name, Msg("discover.err.csv", detail=_csv_detail(str(exc))), reader.line_num, 1)
    return Problem(name, Msg("discover.err.csv", detail="?"))  # pragma: no cover - parsed the first time


def _located_rows(table: _Table) -> Iterator[tuple[int, str, list[str]]]:
    """(line, raw text of the line, fields) of every data row: the slow path that names positions.

    Blank lines and rows of empty cells (``;;``) are skipped, as the reading skips them; the line numbers count them.
    """
    lines = io.StringIO(table.text, newline="").readlines()
    reader = csv.reader(io.StringIO(table.text, newline=""), delimiter=table.delimiter)
    next(reader)
    start = reader.line_num + 1
    for fields in reader:
        if any(fields):
            raw = lines[start - 1] if start - 1 < len(lines) else ""
            yield start, raw.rstrip("\r\n"), fields
        start = reader.line_num + 1


def _column_of(raw: str, index: int, delimiter: str = ",") -> int:
    """1-based column where field ``index`` starts in the raw line (separators inside quotes skipped)."""
    quoted, commas = False, 0
    for pos, char in enumerate(raw):
        if commas == index:
            return pos + 1
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            commas += 1
    return len(raw) + 1


#: Header names that likely hold the group: a NODES file without its group column but with one of these
#: suggests ``--group-attribute`` (Dutch and English, as exports name a department).
LIKELY_GROUP_COLUMNS = (
    "afdeling", "department", "team", "groep", "dept", "afd", "unit", "directie", "sector", "cluster", "division",
    "organisatieonderdeel", "business unit", "org_unit",
)  # fmt: skip
#: Header names that likely hold the date of a contact: suggests ``--date-column``.
LIKELY_DATE_COLUMNS = (
    "datum", "date", "day", "dag", "timestamp", "tijd", "tijdstip", "time", "datetime", "when", "wanneer",
    "created", "start", "starttijd", "start_time",
)  # fmt: skip


def _require(table: _Table, columns: list[str], *, option: tuple[str, tuple[str, ...]] | None = None) -> list[int]:
    """Indices of the required columns in the header; a located error for the first missing one.

    ``option`` is (the option naming the column, the names a column for it likely has): when the column
    is missing and the header has such a name, the error suggests the option with it.
    """
    where = []
    for column in columns:
        if column not in table.header:
            has = ", ".join(h for h in table.header if h) or "—"
            likely = _likely(table.header, option[1]) if option is not None else None
            near = _suggest(column, [h for h in table.header if h and h not in columns])
            if option is not None and likely is not None:
                value = likely if likely.replace("_", "").replace("-", "").isalnum() else f'"{likely}"'
                key = "discover.err.missing_column_option"
                msg = Msg(key, column=column, header=has, option=option[0], value=value)
            elif near is not None:  # source,taget
                msg = Msg("discover.err.missing_column_typo", column=column, header=has, near=near)
            else:
                msg = Msg("discover.err.missing_column", column=column, header=has)
            raise InputError(Problem(table.name, msg, 1, 1))
        where.append(table.header.index(column))
    if (table.columns is not None and not table.columns[0]) or (table.columns is None and not table.rows):
        raise InputError(Problem(table.name, Msg("discover.err.no_rows"), 2, 1))
    return where


def _likely(header: list[str], names: tuple[str, ...]) -> str | None:
    """The header's column named as one of ``names`` (the first of ``names`` first), else one containing such a
    name of five letters or more (``contactdatum``); None if there is none."""
    present = set(header)
    for name in names:
        if name in present:
            return name
    return next((h for h in header for name in names if len(name) >= 5 and name in h), None)


def _columns(table: _Table) -> list[list[str]] | list[tuple[str, ...]]:
    """The data as columns; a located error for a row of the wrong length."""
    if table.columns is not None:
        return table.columns
    width = len(table.header)
    if set(map(len, table.rows)) != {width}:
        for line, raw, fields in _located_rows(table):
            if len(fields) != width:
                col = _column_of(raw, width, table.delimiter) if len(fields) > width else len(raw) + 1
                header = ", ".join(table.header)
                msg = Msg("discover.err.row_length", expected=width, found=len(fields), header=header)
                raise InputError(Problem(table.name, msg, line, col))
    table.columns = [[row[i] for row in table.rows] for i in range(width)]
    return table.columns


def _locate_value(table: _Table, column: int, predicate) -> tuple[int, int, str]:
    """(line, column, value) of the first row whose field ``column`` satisfies ``predicate``."""
    for line, raw, fields in _located_rows(table):
        if predicate(fields[column]):
            return line, _column_of(raw, column, table.delimiter), fields[column]
    raise AssertionError("no such value")  # pragma: no cover - callers know one exists


@dataclass
class _People:
    name: str
    ids: list[str]
    index: dict[str, int]
    groups: list[str]
    attributes: dict[str, list[str]]
    other: tuple[Path, str] | None = None  # the other snapshot's NODES and group column (compare --groups-after)


def _read_nodes(path: Path, group_attribute: str, other: Path | None = None) -> _People:
    table = _split(path)
    group_column = group_attribute.strip().lower()
    id_at, group_at = _require(table, ["id", group_column], option=("--group-attribute", LIKELY_GROUP_COLUMNS))
    columns = _columns(table)
    ids = list(columns[id_at])
    index = {person: i for i, person in enumerate(ids)}
    if len(index) != len(ids):
        first: dict[str, int] = {}
        for line, raw, fields in _located_rows(table):
            person = fields[id_at]
            if person in first:
                msg = Msg("discover.err.duplicate_person", person=person, first=first[person])
                raise InputError(Problem(table.name, msg, line, _column_of(raw, id_at, table.delimiter)))
            first[person] = line
    for at, what in ((id_at, "id"), (group_at, group_column)):
        if "" in columns[at]:
            line, col, _ = _locate_value(table, at, lambda v: v == "")
            raise InputError(Problem(table.name, Msg("discover.err.empty_value", column=what), line, col))
    attributes = {
        column: list(values)
        for i, (column, values) in enumerate(zip(table.header, columns, strict=True))
        if i not in (id_at, group_at) and column
    }
    mate = (other, group_attribute) if other is not None and Path(other) != Path(path) else None
    return _People(table.name, ids, index, list(columns[group_at]), attributes, mate)


def _edges_from_table(table: _Table, people: _People | None, directed: bool) -> Network:
    import numpy as np

    source_at, target_at = _require(table, ["source", "target"])
    weight_at = table.header.index("weight") if "weight" in table.header else None
    columns = _columns(table)
    sources, targets = columns[source_at], columns[target_at]
    for at, what in ((source_at, "source"), (target_at, "target")):
        if "" in columns[at]:
            line, col, _ = _locate_value(table, at, lambda v: v == "")
            raise InputError(Problem(table.name, Msg("discover.err.empty_value", column=what), line, col))

    n_edges = len(sources)
    if people is None:
        index: dict[str, int] = {}
        codes = [index.setdefault(person, len(index)) for person in chain(sources, targets)]
        ids = list(index)
        both = np.array(codes, dtype=np.int64)
        src, tgt = both[:n_edges], both[n_edges:]
    else:
        ids, index = people.ids, people.index
        try:
            # A list first: np.fromiter over the same map takes 1.6 times as long.
            src = np.array(list(map(index.__getitem__, sources)), dtype=np.int64)
            tgt = np.array(list(map(index.__getitem__, targets)), dtype=np.int64)
        except KeyError:  # the first unknown person in the file, source or target
            line, col, value = next(
                (line, _column_of(raw, at, table.delimiter), fields[at])
                for line, raw, fields in _located_rows(table)
                for at in sorted((source_at, target_at))
                if fields[at] not in index
            )
            msg = _unknown_person(value, _suggest(value, index), people)
            raise InputError(Problem(table.name, msg, line, col)) from None
    weights = None
    if weight_at is not None:
        weights = _weights(table, weight_at, columns[weight_at])
    return Network(
        ids=ids,
        sources=src,
        targets=tgt,
        directed=directed,
        weights=weights,
        groups=people.groups if people is not None else None,
        attributes=people.attributes if people is not None else {},
    )


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value >= 0 and value == value and value != float("inf") else None


def _weights(table: _Table, at: int, values: Sequence[str]) -> np.ndarray:
    """The weight column as numbers; in a ``;`` file a decimal comma is read as well (``1,5`` is 1.5)."""
    import numpy as np

    decimal = (lambda v: v.replace(",", ".")) if table.delimiter == ";" else (lambda v: v)
    if table.delimiter == ";":
        values = [decimal(v) for v in values]
    try:
        weights = np.array(values, dtype=np.float64)
        good = bool(np.isfinite(weights).all() and (weights >= 0).all())
    except ValueError:
        good = False
    if not good:
        line, col, value = _locate_value(table, at, lambda v: _number(decimal(v)) is None)
        raise InputError(Problem(table.name, Msg("discover.err.weight", value=value), line, col))
    return weights


#: A date, or a timestamp whose first ten characters are the date (ISO 8601).
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
TIMESTAMP_REST_PATTERN = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"


def _dates(table: _Table, column: str) -> np.ndarray:
    """The dates of a CSV column as ``datetime64[D]``: the calendar date as written (an offset is not applied).

    A contact on 31 January at 23:59 belongs to January, wherever its clock stood.  In a ``;`` file
    (Dutch Excel) a date may also be written day first, ``5-1-2024`` or ``05-01-2024``, as Excel does there.
    """
    import re

    import numpy as np

    name = column.strip().lower()
    (at,) = _require(table, [name], option=("--date-column", LIKELY_DATE_COLUMNS))
    values: Sequence[str] = _columns(table)[at]
    iso = (lambda v: v) if table.delimiter == "," else _day_first_to_iso
    if table.delimiter != ",":
        values = [iso(v) for v in values]
    shape = re.compile(DATE_PATTERN + TIMESTAMP_REST_PATTERN)
    if not all(map(shape.fullmatch, values)):
        line, col, value = _locate_value(table, at, lambda v: shape.fullmatch(iso(v)) is None)
        raise InputError(Problem(table.name, _date_problem(value, name, table.delimiter), line, col))
    try:
        return np.array([v[:10] for v in values], dtype="datetime64[D]")
    except ValueError:
        line, col, value = _locate_value(table, at, lambda v: not _is_date(iso(v)[:10]))
        raise InputError(Problem(table.name, _date_problem(value, name, table.delimiter), line, col)) from None


def _date_problem(value: str, column: str, delimiter: str = ",") -> Msg:
    """What is wrong with a date: empty; written day first in a comma file (the ISO date suggested); a date that does
    not exist (``2025-02-31``, and in a ``;`` file ``31-02-2025``: the month's days said); or not a date, with the
    forms the file accepts (a ``;`` file both ``JJJJ-MM-DD`` and ``DD-MM-JJJJ``)."""
    import calendar
    import re

    if not value.strip():
        return Msg("change.err.date_empty", column=column)
    iso = _day_first_to_iso(value)
    if delimiter == "," and iso != value and _is_date(iso[:10]):
        return Msg("change.err.date_day_first", value=value, column=column, iso=iso[:10])
    read = iso if delimiter == ";" else value  # as the file's forms read it
    shaped = re.fullmatch(DATE_PATTERN + TIMESTAMP_REST_PATTERN, read) is not None
    if shaped and int(read[:4]) >= 1 and not _is_date(read[:10]):
        year, month = int(read[:4]), int(read[5:7])
        if not 1 <= month <= 12:
            day_first = read != value
            form = TextMsg(
                {"nl": "DD-MM-JJJJ" if day_first else "JJJJ-MM-DD", "en": "DD-MM-YYYY" if day_first else "YYYY-MM-DD"}
            )
            return Msg("change.err.date_no_month", value=value, column=column, month=str(month), form=form)
        days = calendar.monthrange(year, month)[1]
        return Msg("change.err.date_impossible", value=value, column=column, month=_month(year, month), days=days)
    if delimiter == ";":
        return Msg("change.err.date_forms", value=value, column=column)
    return Msg("change.err.date", value=value, column=column)


def _month(year: int, month: int) -> TextMsg:
    """The month and year in Dutch and English (``februari 2025``, ``February 2025``)."""
    import datetime

    from verbinder.i18n import date

    first = datetime.date(year, month, 1)
    return TextMsg({lang: date(first, lang, format="MMMM y") for lang in ("nl", "en")})


def _day_first_to_iso(value: str) -> str:
    """``05-01-2024`` or ``5-1-2024 17:05`` as ``2024-01-05...``; anything else as it is."""
    import re

    match = re.match(r"(\d{1,2})-(\d{1,2})-(\d{4})(?=$|[ T])", value)
    if match is None:
        return value
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}{value[match.end() :]}"


def _is_date(text: str) -> bool:
    import datetime
    import re

    if re.fullmatch(DATE_PATTERN, text) is None:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- GraphML --------------------------------------------------------------------------------


def _check_edge_ends(text: str, name: str) -> None:
    """Refuse an ``<edge>`` without ``source`` or ``target``, located (networkx would add a person named "None").

    One pass of expat over the text (the same parser ElementTree uses, with the same refusal of external
    entities); XML errors are left to the GraphML reader, which reports them.
    """
    from xml.parsers import expat

    parser = expat.ParserCreate()
    problems: list[Problem] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag.rsplit(":", 1)[-1] == "edge":
            for end in ("source", "target"):
                if not attrs.get(end):
                    where = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
                    problems.append(Problem(name, Msg("discover.err.graphml_edge_end", end=end), *where))

    parser.StartElementHandler = start
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return
    if problems:
        raise InputError(problems)


def _read_graphml(path: Path, *, directed: bool, group_attribute: str) -> Network:
    import xml.etree.ElementTree as ET

    import networkx as nx
    import numpy as np

    name = display_name(path)
    text = read_text(path, max_bytes=MAX_CSV_BYTES)
    if not text.strip():
        raise InputError(Problem(name, Msg("err.empty_file")))
    _check_edge_ends(text, name)
    try:
        graph = nx.parse_graphml(text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InputError(
            Problem(name, Msg("discover.err.graphml", detail=str(exc).split(":")[0]), line, col + 1)
        ) from None
    except (nx.NetworkXError, ValueError, KeyError) as exc:
        raise InputError(Problem(name, Msg("discover.err.graphml", detail=str(exc)))) from None
    if graph.number_of_nodes() == 0:
        raise InputError(Problem(name, Msg("discover.err.no_rows")))
    ids = [str(v) for v in graph.nodes]
    index = {v: i for i, v in enumerate(graph.nodes)}
    edges = list(graph.edges(data=True))
    src = np.fromiter((index[u] for u, _, _ in edges), dtype=np.int64, count=len(edges))
    tgt = np.fromiter((index[v] for _, v, _ in edges), dtype=np.int64, count=len(edges))
    weights = None
    if any("weight" in data for _, _, data in edges):
        raw = [data.get("weight", 1.0) for _, _, data in edges]
        bad = next((w for w in raw if _number(str(w)) is None), None)
        if bad is not None:
            raise InputError(Problem(name, Msg("discover.err.weight", value=str(bad))))
        weights = np.array(raw, dtype=np.float64)
    groups = None
    labelled = [v for v, data in graph.nodes(data=True) if group_attribute in data]
    if labelled:
        missing = next((v for v, data in graph.nodes(data=True) if group_attribute not in data), None)
        if missing is not None:
            msg = Msg("discover.err.graphml_group", person=str(missing), attribute=group_attribute)
            raise InputError(Problem(name, msg))
        groups = [str(data[group_attribute]) for _, data in graph.nodes(data=True)]
    attributes: dict[str, list[str]] = {}
    keys = sorted({k for _, data in graph.nodes(data=True) for k in data} - {group_attribute})
    for key in keys:
        attributes[key] = [str(data.get(key, "")) for _, data in graph.nodes(data=True)]
    return Network(
        ids=ids,
        sources=src,
        targets=tgt,
        directed=directed and graph.is_directed(),
        weights=weights,
        groups=groups,
        attributes=attributes,
    )


def _unknown_person(person: str, hint: str | None, people: _People) -> Msg:
    """A person of EDGES missing from NODES (named, as that is where the list of people lives); when the other
    snapshot's NODES lists the person, that is said: the person is missing from this one, not misspelt."""
    nodes = people.name
    if people.other is not None:
        path, group_attribute = people.other
        try:
            listed = person in _read_nodes(path, group_attribute).index
        except InputError:  # the other file's own problem is reported when it is read
            listed = False
        if listed:
            other = display_name(path)
            if hint:
                return Msg("discover.err.in_other_nodes_hint", person=person, nodes=nodes, other=other, hint=hint)
            return Msg("discover.err.in_other_nodes", person=person, nodes=nodes, other=other)
    if hint:
        return Msg("discover.err.not_in_nodes_hint", person=person, nodes=nodes, hint=hint)
    return Msg("discover.err.not_in_nodes", person=person, nodes=nodes)


def _apply_nodes(network: Network, people: _People, name: str) -> None:
    """Take groups and attributes from NODES for a GraphML network (every person must be listed)."""
    missing = [person for person in network.ids if person not in people.index]
    if missing:
        msg = _unknown_person(missing[0], _suggest(missing[0], people.index), people)
        raise InputError(Problem(name, msg))
    import numpy as np

    # People in NODES without contacts join as isolated nodes.
    position = {person: i for i, person in enumerate(network.ids)}
    extra = [person for person in people.ids if person not in position]
    ids = network.ids + extra
    order = np.array([people.index[person] for person in ids])
    network.ids = ids
    network.groups = [people.groups[i] for i in order]
    network.attributes = {k: [v[i] for i in order] for k, v in people.attributes.items()}


def _suggest(value: str, known) -> str | None:
    """The known id closest to ``value`` (:func:`verbinder.model.suggest`, imported only for the error)."""
    from verbinder.model import suggest

    return suggest(value, known)


#: What the csv module says (in English), and the message saying it in the session's language.
_CSV_ERRORS = {
    "unexpected end of data": "discover.err.csv_open_quote",
    "line contains NUL": "discover.err.csv_nul",
    "field larger than field limit": "discover.err.csv_field_limit",
    "new-line character seen in unquoted field": "discover.err.csv_newline",
    "expected after": "discover.err.csv_after_quote",
}


def _csv_detail(text: str) -> Msg | str:
    """The csv module's reason in words of the session's language, where it is one it gives; else as it is."""
    key = next((key for words, key in _CSV_ERRORS.items() if words in text), None)
    return Msg(key) if key is not None else text
