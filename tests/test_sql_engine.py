"""The DuckDB engine (``sql/brokerage.sql``, ``sql/holes.sql``) against the in-memory engine and R's sna.

Where the expected numbers come from:

* ``tests/data/brokerage/``: R's ``sna::brokerage`` (sna 2.7-1), as ``test_brokerage.py`` reads them.
* Random networks (hypothesis): the in-memory engine, itself checked against sna, brute force and networkx.
* Sampled betweenness: networkx's exact ``betweenness_centrality``; the bound is Riondato & Kornaropoulos's.
"""

from __future__ import annotations

import json
import math

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import TESTS
from test_brokerage import DATA, FIXTURES, _approx, _graph, _sna_output
from verbinder.analysis.betweenness import betweenness_rk, rk_epsilon, rk_sample_size
from verbinder.analysis.brokerage import brokerage
from verbinder.analysis.discover import discover
from verbinder.analysis.holes import structural_holes
from verbinder.analysis.sql_engine import brokerage_duckdb, choose_engine, connect, holes_duckdb, sql
from verbinder.io.network import Network


def _network(sources, targets, groups, n, directed, weights=None) -> Network:
    return Network(
        [str(i) for i in range(n)], sources, targets, directed, weights, None if groups is None else list(groups)
    )


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_duckdb_equals_sna_reference(name):
    sources, targets, groups = _graph(DATA, name)
    net = _network(sources, targets, groups, len(groups), FIXTURES[name])
    result = brokerage_duckdb(connect(), net)
    nli, gli = _sna_output(DATA, name)
    np.testing.assert_array_equal(result.counts, nli["raw"].astype(np.int64))
    np.testing.assert_array_equal(result.graph_counts, gli["raw"].astype(np.int64))
    assert result.z == _approx(nli["z"])
    assert result.graph_z == _approx(gli["z"])


def test_duckdb_loops_and_repeats_as_sna_matrix_input():
    """Self-loops broker nothing and a repeated row is one tie, as in memory (and sna on a matrix)."""
    sources, targets, groups = _graph(DATA, "loops_duplicates")
    net = _network(sources, targets, groups, len(groups), True)
    nli, _ = _sna_output(DATA, "loops_duplicates")
    np.testing.assert_array_equal(brokerage_duckdb(connect(), net).counts, nli["raw"].astype(np.int64))


@st.composite
def networks(draw, max_nodes=14):
    n = draw(st.integers(1, max_nodes))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(node, node), max_size=4 * n))
    groups = draw(st.lists(st.sampled_from(["bestuur", "ambtelijk", "burgers", "experts"]), min_size=n, max_size=n))
    directed = draw(st.booleans())
    weighted = draw(st.booleans())
    weights = draw(st.lists(st.integers(0, 4), min_size=len(edges), max_size=len(edges)))
    sources = np.array([s for s, _ in edges], dtype=np.int64)
    targets = np.array([t for _, t in edges], dtype=np.int64)
    return sources, targets, np.array(groups), n, directed, (np.array(weights, dtype=float) if weighted else None)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(networks())
def test_duckdb_equals_memory_engine(net):
    sources, targets, groups, n, directed, weights = net
    network = _network(sources, targets, groups, n, directed, weights)
    con = connect()
    got = brokerage_duckdb(con, network)
    want = brokerage(sources, targets, groups, n, directed=directed)
    np.testing.assert_array_equal(got.counts, want.counts)
    assert got.z == _approx(want.z)
    assert got.expected == _approx(want.expected)
    holes = holes_duckdb(con, network)
    expected = structural_holes(sources, targets, n, weights=weights, directed=directed)
    assert holes.constraint == pytest.approx(expected.constraint, rel=1e-9, abs=1e-12, nan_ok=True)
    assert holes.effective_size == pytest.approx(expected.effective_size, rel=1e-9, abs=1e-12, nan_ok=True)


def _complete(n: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    return np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])


def _wheel(n: int) -> tuple[np.ndarray, np.ndarray]:
    """A hub 0 tied to a ring 1..n-1, the ring one way round: every ring tie closes a triangle with the hub."""
    ring = np.arange(1, n)
    return np.concatenate((np.zeros(n - 1, dtype=int), ring)), np.concatenate((ring, np.roll(ring, -1)))


EDGE_CASES = {
    # every tie reciprocated, every triple a triangle, every degree equal (the rank falls back on the node)
    "complete, reciprocated, three groups": (*_complete(7), list("aabbcca"), True, None),
    "complete, one group": (*_complete(6), ["x"] * 6, True, None),
    "wheel, directed, two groups": (*_wheel(9), list("abababab") + ["c"], True, None),
    "wheel, undirected, weighted": (*_wheel(9), list("aabbccdde"), False, np.arange(1.0, 17.0)),
    "triangle with a repeated and a reversed tie, weighted": (
        np.array([0, 0, 1, 2, 1, 0]),
        np.array([1, 1, 2, 0, 0, 2]),
        list("abc") + ["a", "b"],  # 3 and 4 isolated
        True,
        np.array([1.0, 2.0, 0.5, 3.0, 1.0, 0.0]),  # a zero weight is no tie for constraint
    ),
    "isolated people only": (np.array([], dtype=int), np.array([], dtype=int), list("ab"), True, None),
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_duckdb_equals_memory_engine_on_edge_cases(case):
    """Cases the triangles' carried columns must get right: reciprocal ties, ranks tied, one group, isolated people."""
    sources, targets, groups, directed, weights = EDGE_CASES[case]
    n = len(groups)
    network = _network(sources, targets, np.array(groups), n, directed, weights)
    con = connect()
    got = brokerage_duckdb(con, network)
    want = brokerage(sources, targets, np.array(groups), n, directed=directed)
    np.testing.assert_array_equal(got.counts, want.counts)
    holes = holes_duckdb(con, network)
    expected = structural_holes(sources, targets, n, weights=weights, directed=directed)
    assert holes.constraint == pytest.approx(expected.constraint, rel=1e-9, abs=1e-12, nan_ok=True)
    assert holes.effective_size == pytest.approx(expected.effective_size, rel=1e-9, abs=1e-12, nan_ok=True)


def test_discover_with_either_engine_ranks_the_same(tmp_path):
    sources, targets, groups = _graph(DATA, "random_directed")
    network = _network(sources, targets, groups, len(groups), True)
    memory = discover(network, top=None)
    duck = discover(network, top=None, engine="duckdb")
    assert [h.node for h in duck.hidden] == [h.node for h in memory.hidden]
    assert duck.betweenness.epsilon == 0.1 and not duck.betweenness.exact


def test_sql_is_ansi_only():
    """What Spark SQL lacks or spells differently stays out of the shared files."""
    for name in ("brokerage", "holes"):
        text = "\n".join(line.split("--")[0] for line in sql(name).splitlines()).upper()
        for construct in ("QUALIFY", "::", "LIST(", "ARRAY", "STRUCT", "FILTER (", "ILIKE", " USING ", "LATERAL"):
            assert construct not in text, (name, construct)
        assert not text.rstrip().endswith(";")


@pytest.mark.parametrize("name", ["brokerage", "holes"])
@pytest.mark.parametrize("dialect", ["spark", "duckdb"])
def test_sql_parses_as_spark_and_duckdb(name, dialect):
    """sqlglot's parsers of both dialects accept the file as one SELECT (Spark itself is not installed here)."""
    sqlglot = pytest.importorskip("sqlglot")
    statements = sqlglot.parse(sql(name), read=dialect, error_level=sqlglot.ErrorLevel.RAISE)
    assert len(statements) == 1 and statements[0].key == "select"


def test_rk_sample_size_follows_the_theorem():
    # r = 0.5 / eps^2 (floor(log2(VD - 2)) + 1 + ln(1 / delta)): VD 12 -> floor(log2 10) = 3.
    assert rk_sample_size(12, 0.05, 0.1) == int(np.ceil(200 * (3 + 1 + np.log(10))))
    assert rk_sample_size(2, 0.05, 0.1) == 0


@pytest.mark.parametrize("vd", [3, 7, 12, 1000])
@pytest.mark.parametrize("samples", [1, 50, 1261])
def test_rk_epsilon_inverts_the_sample_size(vd, samples):
    epsilon = rk_epsilon(vd, samples, 0.1)
    assert epsilon == pytest.approx(math.sqrt(0.5 * (math.floor(math.log2(vd - 2)) + 1 + math.log(10)) / samples))
    assert rk_sample_size(vd, epsilon * (1 + 1e-12), 0.1) == samples
    assert rk_epsilon(2, samples, 0.1) == 0.0


def test_sampled_betweenness_takes_a_given_number_of_samples():
    graph = nx.gnm_random_graph(80, 200, seed=3)
    sources = np.array([u for u, _ in graph.edges], dtype=np.int64)
    targets = np.array([v for _, v in graph.edges], dtype=np.int64)
    got = betweenness_rk(sources, targets, 80, directed=False, samples=40, delta=0.1)
    assert got.samples == 40 and got.delta == 0.1
    assert got.epsilon == pytest.approx(rk_epsilon(_bound(graph, False), 40, 0.1))
    with pytest.raises(ValueError, match="samples must be 1 or more"):
        betweenness_rk(sources, targets, 80, directed=False, samples=0)
    # Nothing to sample when no shortest path can have an inner node (two people): exactly 0 everywhere.
    pair = betweenness_rk(np.array([0]), np.array([1]), 2, directed=False, samples=10)
    assert (pair.samples, pair.epsilon, pair.values.tolist()) == (0, 0.0, [0.0, 0.0])


def test_discover_duckdb_honours_betweenness_samples(run):
    """before.csv, undirected: from anna everyone is within 3 steps, so shortest paths have at most 2 * 3 + 1 = 7
    people, and 50 samples guarantee sqrt(0.5 / 50 * (floor(log2(7 - 2)) + 1 + ln(1 / 0.1))) = 0.2303 at delta 0.1."""
    change = TESTS / "data" / "change"
    args = ["discover", change / "before.csv", "--groups", change / "people.csv", "--undirected", "-f", "json"]
    result = run(*args, "--engine", "duckdb", "--betweenness-samples", "50")
    assert result.exit_code == 0, result.stderr
    got = json.loads(result.stdout)["betweenness"]
    assert got == {"exact": False, "samples": 50, "epsilon": pytest.approx(0.2303, abs=1e-4), "delta": 0.1}
    assert got["epsilon"] == pytest.approx(math.sqrt(0.5 / 50 * (2 + 1 + math.log(10))))
    default = json.loads(run(*args, "--engine", "duckdb").stdout)["betweenness"]
    assert default == {
        "exact": False,
        "samples": math.ceil(0.5 / 0.1**2 * (3 + math.log(10))),
        "epsilon": 0.1,
        "delta": 0.1,
    }


@pytest.mark.parametrize("directed", [False, True])
def test_sampled_betweenness_within_its_error(directed):
    graph = nx.gnm_random_graph(120, 400, seed=5, directed=directed)
    sources = np.array([u for u, _ in graph.edges], dtype=np.int64)
    targets = np.array([v for _, v in graph.edges], dtype=np.int64)
    exact = nx.betweenness_centrality(graph)
    got = betweenness_rk(sources, targets, 120, directed=directed, epsilon=0.05, delta=0.1, seed=1)
    # The bound holds for all nodes at once with probability 0.9; scaled by n / (n - 2) to networkx's normalisation.
    error = np.abs(got.values - np.array([exact[v] for v in range(120)]))
    assert error.max() <= 0.05 * 120 / 118
    assert got.samples == rk_sample_size(got.samples and _bound(graph, directed), 0.05, 0.1)


def _bound(graph, directed) -> int:
    from verbinder.analysis.betweenness import _adjacency, vertex_diameter_bound

    s = np.array([u for u, _ in graph.edges], dtype=np.int64)
    t = np.array([v for _, v in graph.edges], dtype=np.int64)
    indptr, indices = _adjacency(s, t, graph.number_of_nodes(), directed)
    bound = vertex_diameter_bound(indptr, indices, graph.number_of_nodes(), directed)
    if not directed:
        assert bound >= nx.diameter(graph.subgraph(max(nx.connected_components(graph), key=len))) + 1
    return bound


def test_auto_engine_follows_the_budget(tmp_path):
    edges = tmp_path / "e.csv"
    edges.write_text("source,target\n" + "a,b\n" * 1000)
    assert choose_engine("auto", [edges], budget_gib=1) == "memory"
    assert choose_engine("auto", [edges], budget_gib=1000 * 600 / 2**30 / 2) == "duckdb"
    assert choose_engine("memory", [edges], budget_gib=0) == "memory"


def test_library_discover_with_duckdb_takes_the_samples():
    """discover(engine="duckdb", samples=N) from Python reaches the sampled betweenness, as the command does."""
    from verbinder.io.network import read_network

    change = TESTS / "data" / "change"
    network = read_network(change / "before.csv", change / "people.csv", directed=False)
    found = discover(network, engine="duckdb", samples=50)
    assert found.betweenness.samples == 50
    assert found.betweenness.epsilon == pytest.approx(math.sqrt(0.5 / 50 * (2 + 1 + math.log(10))))
