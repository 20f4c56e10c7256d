"""Read an edge list too large for :func:`verbinder.io.network.read_network` with DuckDB's CSV reader.

The regular reader splits the whole text into Python strings (fast, but a few hundred bytes a
row, and at most :data:`~verbinder.io.network.MAX_CSV_ROWS` rows).  This one lets DuckDB parse
the CSV and map ids to node numbers in SQL, spilling to disk when needed; what comes back is the
same :class:`~verbinder.io.network.Network` (people in the order they first appear, or in
NODES order), as compact arrays.

Only valid files are read here.  Whatever DuckDB refuses, or a check finds wrong (a missing
column, an empty value, an unknown or repeated person, a bad weight or date), is handed to the
regular reader, which names the file, line and column; so the messages are the same whichever
reader ran.  A ``;`` file (Dutch Excel, :func:`~verbinder.io.network.delimiter_of`) is read with ``;``
and a decimal comma in its weights; its dates written day first go to the regular reader.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from verbinder.io.network import DATE_PATTERN, TIMESTAMP_REST_PATTERN, Network, delimiter_of, read_network


class _Refused(Exception):
    """Something for the regular reader to locate."""


def read_network_duckdb(
    edges: Path,
    nodes: Path | None = None,
    *,
    directed: bool = True,
    group_attribute: str = "group",
    date_column: str | None = None,
    connection: Any = None,
    other_nodes: Path | None = None,
) -> Network:
    """:func:`~verbinder.io.network.read_network` through DuckDB; the same network, or the same located error
    (``other_nodes`` as there: it is only in the messages, which the regular reader writes)."""
    if Path(edges).suffix.lower() == ".graphml":
        return _regular(edges, nodes, directed, group_attribute, date_column, other_nodes)
    import duckdb

    con = connection if connection is not None else duckdb.connect(":memory:")
    try:
        return _read(con, Path(edges), nodes, directed, group_attribute, date_column)
    except (_Refused, duckdb.Error, UnicodeDecodeError, OSError):
        pass
    finally:
        if connection is None:
            con.close()
    return _regular(edges, nodes, directed, group_attribute, date_column, other_nodes)


def _regular(
    edges: Path, nodes: Path | None, directed: bool, group_attribute: str, date_column: str | None, other: Path | None
) -> Network:
    return read_network(
        edges, nodes, directed=directed, group_attribute=group_attribute, date_column=date_column, other_nodes=other
    )


def _header(path: Path) -> tuple[list[str], str]:
    """The header (stripped, lower case) and the separator of a CSV file."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
    delimiter = delimiter_of(first)
    return [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), [])], delimiter


def _column(header: list[str], name: str) -> str:
    """The column's position as DuckDB names it (``column0``, ``column1``, ...); refused when missing."""
    if name not in header:
        raise _Refused(name)
    return f"column{header.index(name)}"


def _scan(con: Any, table: str, path: Path, width: int, delimiter: str) -> int:
    """The CSV as ``table``, numbered in file order (``row_at`` from 1), rows whose every cell is empty left out.

    Excel writes a row of only separators (``;;``) for a row whose cells were cleared; the regular reader skips
    it too.  ``row_at`` counts the rows kept, so NODES row ``row_at`` is person ``row_at - 1``.  Returns the rows.
    """
    columns = ", ".join(f"'column{i}': 'VARCHAR'" for i in range(width))
    blank = " AND ".join(f"coalesce(column{i}, '') = ''" for i in range(width))
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * EXCLUDE (file_at), row_number() OVER (ORDER BY file_at) "
        f"AS row_at FROM (SELECT *, row_number() OVER () AS file_at FROM read_csv(?, "
        f"header = true, delim = '{delimiter}', quote = '\"', escape = '\"', columns = {{{columns}}}, "
        "strict_mode = true, null_padding = false, skip = 0, encoding = 'utf-8')) "
        f"WHERE NOT ({blank})",
        [str(path)],
    )
    ((rows,),) = con.execute(f"SELECT COUNT(*) FROM {table}").fetchall()
    if rows == 0:
        raise _Refused("no rows")
    return int(rows)


def _read(
    con: Any, edges: Path, nodes: Path | None, directed: bool, group_attribute: str, date_column: str | None
) -> Network:
    import numpy as np

    header, delimiter = _header(edges)
    src, tgt = _column(header, "source"), _column(header, "target")
    weight = _column(header, "weight") if "weight" in header else None
    when = _column(header, date_column.strip().lower()) if date_column is not None else None
    edge_rows = _scan(con, "edges_raw", edges, len(header), delimiter)
    empty = f"SELECT COUNT(*) FROM edges_raw WHERE {src} IS NULL OR {src} = '' OR {tgt} IS NULL OR {tgt} = ''"
    if con.execute(empty).fetchall()[0][0]:
        raise _Refused("empty")
    groups = None
    attributes: dict[str, list[str]] = {}
    if nodes is not None:
        people, people_delimiter = _header(nodes)
        person, group = _column(people, "id"), _column(people, group_attribute.strip().lower())
        _scan(con, "nodes_raw", nodes, len(people), people_delimiter)
        checks = (
            f"SELECT COUNT(*) FROM nodes_raw WHERE {person} IS NULL OR {person} = '' "
            f"OR {group} IS NULL OR {group} = ''",
            f"SELECT COUNT(*) - COUNT(DISTINCT {person}) FROM nodes_raw",
            f"SELECT COUNT(*) FROM edges_raw WHERE {src} NOT IN (SELECT {person} FROM nodes_raw) "
            f"OR {tgt} NOT IN (SELECT {person} FROM nodes_raw)",
        )
        for check in checks:
            if con.execute(check).fetchall()[0][0]:
                raise _Refused(check)
        con.execute(f"CREATE OR REPLACE TEMP TABLE ids AS SELECT {person} AS id, row_at - 1 AS node FROM nodes_raw")
        listed = con.execute(f"SELECT {person}, {group} FROM nodes_raw ORDER BY row_at").fetchnumpy()
        ids = listed[person].tolist()
        groups = listed[group].tolist()
        special = (people.index("id"), people.index(group_attribute.strip().lower()))
        extra = [(i, name) for i, name in enumerate(people) if name and i not in special]
        if extra:
            columns = ", ".join(f"column{i}" for i, _ in extra)
            values = con.execute(f"SELECT {columns} FROM nodes_raw ORDER BY row_at").fetchnumpy()
            attributes = {name: values[f"column{i}"].tolist() for i, name in extra}
    else:  # numbered as the regular reader numbers them: by first appearance, the sources column first
        con.execute(
            "CREATE OR REPLACE TEMP TABLE ids AS SELECT id, row_number() OVER (ORDER BY first_at) - 1 AS node FROM "
            f"(SELECT id, MIN(seen) AS first_at FROM (SELECT {src} AS id, row_at AS seen FROM edges_raw "
            f"UNION ALL SELECT {tgt}, row_at + {edge_rows} FROM edges_raw) ends GROUP BY id) firsts"
        )
        ids = con.execute("SELECT id FROM ids ORDER BY node").fetchnumpy()["id"].tolist()
    extra_columns = ""
    if weight is not None:
        number = f"replace(e.{weight}, ',', '.')" if delimiter == ";" else f"e.{weight}"  # a decimal comma
        extra_columns += f", TRY_CAST({number} AS DOUBLE) AS weight"
    if when is not None:
        extra_columns += f", e.{when} AS stamp, TRY_CAST(substr(e.{when}, 1, 10) AS DATE) AS day"
    rows = con.execute(
        f"SELECT s.node AS source, t.node AS target{extra_columns} FROM edges_raw e "
        f"JOIN ids s ON s.id = e.{src} JOIN ids t ON t.id = e.{tgt} ORDER BY e.row_at"
    ).fetchnumpy()
    weights = None
    if weight is not None:
        values = rows["weight"]
        if np.ma.isMaskedArray(values) and values.mask.any():
            raise _Refused("weight")
        weights = np.asarray(values, dtype=np.float64)
        if not (np.isfinite(weights).all() and (weights >= 0).all()):
            raise _Refused("weight")
    network = Network(
        ids=ids,
        sources=np.asarray(rows["source"], dtype=np.int64),
        targets=np.asarray(rows["target"], dtype=np.int64),
        directed=directed,
        weights=weights,
        groups=groups,
        attributes=attributes,
    )
    if when is not None:
        pattern = DATE_PATTERN + TIMESTAMP_REST_PATTERN
        bad = (
            f"SELECT COUNT(*) FROM edges_raw WHERE NOT regexp_full_match({when}, ?) "
            f"OR TRY_CAST(substr({when}, 1, 10) AS DATE) IS NULL"
        )
        if con.execute(bad, [pattern]).fetchall()[0][0]:
            raise _Refused("date")
        network.dates = np.asarray(rows["day"]).astype("datetime64[D]")
    return network
