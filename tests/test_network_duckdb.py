"""The DuckDB reader reads what the regular reader reads, and refuses what it refuses with the same located message."""

from __future__ import annotations

import numpy as np
import pytest

from support import TESTS
from verbinder.errors import InputError, render_problem
from verbinder.io.network import read_network
from verbinder.io.network_duckdb import read_network_duckdb

BAD = TESTS / "bad" / "csv"
CHANGE = TESTS / "data" / "change"


def _same(a, b) -> None:
    assert a.ids == b.ids and a.groups == b.groups and a.attributes == b.attributes
    np.testing.assert_array_equal(a.sources, b.sources)
    np.testing.assert_array_equal(a.targets, b.targets)
    assert (a.weights is None) == (b.weights is None)
    if a.weights is not None:
        np.testing.assert_array_equal(a.weights, b.weights)
    assert (a.dates is None) == (b.dates is None)
    if a.dates is not None:
        np.testing.assert_array_equal(a.dates, b.dates)


@pytest.fixture
def duckdb_only(monkeypatch):
    """The DuckDB reader reads the file itself: handing it to the regular reader fails the test (a valid file that
    went there unnoticed would pass every comparison)."""
    import verbinder.io.network_duckdb as module

    def refuse(*args, **kwargs):
        raise AssertionError("the DuckDB reader handed a valid file to the regular reader")

    monkeypatch.setattr(module, "read_network", refuse)


@pytest.mark.parametrize("nodes", [None, CHANGE / "people.csv"])
def test_reads_what_the_regular_reader_reads(nodes, duckdb_only):
    _same(read_network_duckdb(CHANGE / "before.csv", nodes), read_network(CHANGE / "before.csv", nodes))


def test_weights_dates_quotes_and_attributes(tmp_path, duckdb_only):
    edges = tmp_path / "e.csv"
    edges.write_text(
        'Source,Target,weight,date\n"de Vries, A.",bert,2.5,2024-01-31T23:59:00+01:00\n'
        'bert,"de Vries, A.",1,2024-02-01\n'
    )
    nodes = tmp_path / "n.csv"
    nodes.write_text('id,group,afdeling\nbert,b,zorg\n"de Vries, A.",a,"werk, inkomen"\n')
    _same(read_network_duckdb(edges, nodes, date_column="date"), read_network(edges, nodes, date_column="date"))


@pytest.mark.parametrize("path", sorted(BAD.glob("*.edges.csv")), ids=lambda p: p.name)
def test_refuses_with_the_regular_message(path):
    nodes = path.with_name(path.name.replace(".edges.csv", ".nodes.csv"))
    nodes = nodes if nodes.exists() else BAD / "people.csv"
    with pytest.raises(InputError) as regular:
        read_network(path, nodes)
    with pytest.raises(InputError) as duck:
        read_network_duckdb(path, nodes)
    assert [render_problem(p, "en") for p in duck.value.problems] == [
        render_problem(p, "en") for p in regular.value.problems
    ]


def test_bad_date_is_located_by_the_regular_reader(tmp_path):
    edges = tmp_path / "e.csv"
    edges.write_text("source,target,date\na,b,2024-01-31\nb,c,2024-02-30\n")
    with pytest.raises(InputError) as duck:
        read_network_duckdb(edges, date_column="date")
    problem = duck.value.problems[0]
    assert (problem.line, problem.col) == (3, 5)


def test_semicolon_file_with_decimal_commas(tmp_path, duckdb_only):
    edges = tmp_path / "e.csv"
    edges.write_bytes(
        "\ufeffsource;target;weight;date\r\nanna;bert;1,5;2024-01-31\r\nbert;anna;2;2024-02-01\r\n".encode()
    )
    nodes = tmp_path / "n.csv"
    nodes.write_bytes("\ufeffid;group;afdeling\r\nbert;b;zorg\r\nanna;a;werk, inkomen\r\n".encode())
    duck = read_network_duckdb(edges, nodes, date_column="date")
    _same(duck, read_network(edges, nodes, date_column="date"))
    assert duck.weights.tolist() == [1.5, 2.0] and duck.attributes == {"afdeling": ["zorg", "werk, inkomen"]}


def test_semicolon_file_errors_are_the_regular_readers(tmp_path):
    edges = tmp_path / "e.csv"
    edges.write_text("source;target;weight\nanna;bert;1,5\nbert;anna;1.000,5\n")
    with pytest.raises(InputError) as duck:
        read_network_duckdb(edges)
    expected = f"{edges}:3:11: weight '1.000,5' is not a number of 0 or more"
    assert render_problem(duck.value.problems[0], "en") == expected


def test_people_numbered_as_the_regular_reader_numbers_them(tmp_path, duckdb_only):
    """Without NODES, by first appearance: the whole sources column first, then the targets column."""
    edges = tmp_path / "e.csv"
    edges.write_text("source,target\nanna,bert\ncees,anna\ndirk,bert\n")
    duck = read_network_duckdb(edges)
    assert duck.ids == ["anna", "cees", "dirk", "bert"]
    _same(duck, read_network(edges))


@pytest.mark.parametrize("sep", [";", ","])
def test_rows_of_empty_cells_are_skipped(tmp_path, duckdb_only, sep):
    """Excel writes ``;;`` for a row whose cells were cleared (review N5): skipped, in NODES too."""
    edges = tmp_path / "e.csv"
    rows = ["source;target;weight", "anna;bert;1", ";;", "bert;cees;2", ";;", ";;"]
    edges.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").replace(";", sep).encode())
    nodes = tmp_path / "n.csv"
    nodes.write_text("\n".join(["id;group", "anna;a", ";", "bert;b", "cees;a", ";"]).replace(";", sep) + "\n")
    for people in (None, nodes):
        duck = read_network_duckdb(edges, people)
        assert duck.ids == ["anna", "bert", "cees"] and duck.sources.tolist() == [0, 1]
        _same(duck, read_network(edges, people))
