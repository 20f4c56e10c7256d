"""Gould-Fernandez brokerage against R's sna, and Burt's structural holes against networkx.

Where the expected numbers come from:

* ``tests/data/brokerage/*.sna.csv`` and ``*.gli.csv``: R's ``sna::brokerage`` (sna 2.7-1),
  written by ``tests/data/brokerage/make_reference.R`` from the graphs beside them.
* Brute force: :func:`brokerage_bruteforce` below walks every two-path as sna's C routine
  ``brokerage_R`` (``src/gli.c``) does.
* Structural holes: ``networkx.constraint`` / ``networkx.effective_size``, whose own tests
  check against UCINET and igraph; the UCINET figures are repeated here.
"""

from __future__ import annotations

import csv
import math
import shutil
import subprocess
from collections import Counter
from itertools import product
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verbinder.analysis.brokerage import COLUMNS, SNA_COLUMNS, brokerage, expected_counts
from verbinder.analysis.holes import constraint, effective_size, structural_holes

DATA = Path(__file__).parent / "data" / "brokerage"


def brokerage_bruteforce(sources, targets, groups, n_nodes, directed=True):
    """Open two-paths per broker and position, with sna's loops (``brokerage_R``): a list of 6-lists."""
    ties = {(s, t) for s, t in zip(sources, targets, strict=True) if s != t}
    if not directed:
        ties |= {(t, s) for s, t in ties}
    out = {v: sorted(t for s, t in ties if s == v) for v in range(n_nodes)}
    counts = [[0] * 6 for _ in range(n_nodes)]
    for i in range(n_nodes):
        for j in out[i]:
            for k in out[j]:
                if k == i or (i, k) in ties:
                    continue
                gi, gj, gk = groups[i], groups[j], groups[k]
                if gi == gj:
                    column = 0 if gj == gk else 2  # coordinator / representative
                elif gj == gk:
                    column = 3  # gatekeeper
                elif gi == gk:
                    column = 1  # itinerant
                else:
                    column = 4  # liaison
                counts[j][column] += 1
                counts[j][5] += 1
    return counts


# --- the reference from R --------------------------------------------------------------


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def _number(text: str) -> float:
    return float("nan") if text == "NA" else float(text)  # R writes NaN, Inf, -Inf, NA


def _graph(folder: Path, name: str):
    nodes = _read_rows(folder / f"{name}.nodes.csv")
    edges = _read_rows(folder / f"{name}.edges.csv")
    groups = np.array([row["group"] for row in sorted(nodes, key=lambda r: int(r["id"]))])
    sources = np.array([int(row["source"]) for row in edges], dtype=np.int64)
    targets = np.array([int(row["target"]) for row in edges], dtype=np.int64)
    return sources, targets, groups


def _sna_output(folder: Path, name: str):
    rows = _read_rows(folder / f"{name}.sna.csv")
    nli = {
        part: np.array([[_number(row[f"{part}.{c}"]) for c in SNA_COLUMNS] for row in rows])
        for part in ("raw", "exp", "sd", "z")
    }
    gli = {
        row["row"]: np.array([_number(row[c]) for c in SNA_COLUMNS]) for row in _read_rows(folder / f"{name}.gli.csv")
    }
    return nli, gli


def _manifest(folder: Path) -> dict[str, bool]:
    return {row["name"]: row["directed"] == "TRUE" for row in _read_rows(folder / "graphs.csv")}


def _approx(values: np.ndarray):
    return pytest.approx(values, rel=1e-9, abs=1e-9, nan_ok=True)


def _assert_equals_sna(folder: Path, name: str, directed: bool) -> None:
    sources, targets, groups = _graph(folder, name)
    result = brokerage(sources, targets, groups, len(groups), directed=directed)
    nli, gli = _sna_output(folder, name)
    np.testing.assert_array_equal(result.counts, nli["raw"].astype(np.int64))
    np.testing.assert_array_equal(result.graph_counts, gli["raw"].astype(np.int64))
    assert result.expected == _approx(nli["exp"])
    assert result.sd == _approx(nli["sd"])
    assert result.z == _approx(nli["z"])
    assert result.graph_expected == _approx(gli["exp"])
    assert result.graph_sd == _approx(gli["sd"])
    assert result.graph_z == _approx(gli["z"])


FIXTURES = {name: d for name, d in _manifest(DATA).items() if name != "loops_duplicates"}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_equals_sna_reference(name):
    _assert_equals_sna(DATA, name, FIXTURES[name])


def test_loops_and_repeats_as_sna_matrix_input():
    """sna brokers nothing over self-loops, but counts the diagonal in its density m / (n (n-1)).

    Counts must equal sna's; expected values equal sna's once given sna's density, and ours
    leaves the loops out of m (see the module docstring).
    """
    sources, targets, groups = _graph(DATA, "loops_duplicates")
    result = brokerage(sources, targets, groups, len(groups))
    nli, gli = _sna_output(DATA, "loops_duplicates")
    np.testing.assert_array_equal(result.counts, nli["raw"].astype(np.int64))

    meta = {row["name"]: row for row in _read_rows(DATA / "sna_meta.csv")}["loops_duplicates"]
    n, m_sna = len(groups), int(meta["m"])
    loops = len({s for s, t in zip(sources, targets, strict=True) if s == t})
    assert result.density == pytest.approx((m_sna - loops) / (n * (n - 1)))
    group_expected, group_sd, graph_expected, graph_sd = expected_counts(result.group_sizes, float(meta["density"]))
    group_of = np.searchsorted(result.group_labels, groups)
    assert group_expected[group_of] == _approx(nli["exp"])
    assert group_sd[group_of] == _approx(nli["sd"])
    assert graph_expected == _approx(gli["exp"])
    assert graph_sd == _approx(gli["sd"])


def test_reference_covers_every_position():
    sources, targets, groups = _graph(DATA, "toy_directed")
    result = brokerage(sources, targets, groups, len(groups))
    assert (result.counts[:, :5].sum(axis=0) > 0).all()


def _sna_available() -> bool:
    if shutil.which("Rscript") is None:
        return False
    probe = subprocess.run(
        ["Rscript", "-e", 'quit(status = !requireNamespace("sna", quietly = TRUE))'], capture_output=True, timeout=60
    )
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _sna_available(), reason="needs Rscript with the sna package")
def test_equals_live_sna(tmp_path):
    rng = np.random.default_rng(7)
    graphs = {"live_directed": True, "live_undirected": False, "live_sparse": True}
    for name, directed in graphs.items():
        n = int(rng.integers(15, 40))
        groups = rng.choice(["bestuur", "ambtelijk", "burgers", "experts", "bedrijven"], size=n)
        adjacency = rng.random((n, n)) < (0.05 if name == "live_sparse" else 0.2)
        np.fill_diagonal(adjacency, False)
        if not directed:
            adjacency = np.triu(adjacency)
        (tmp_path / f"{name}.nodes.csv").write_text("id,group\n" + "".join(f"{i},{g}\n" for i, g in enumerate(groups)))
        (tmp_path / f"{name}.edges.csv").write_text(
            "source,target\n" + "".join(f"{s},{t}\n" for s, t in np.argwhere(adjacency))
        )
    (tmp_path / "graphs.csv").write_text(
        "name,directed\n" + "".join(f"{name},{str(d).upper()}\n" for name, d in graphs.items())
    )
    subprocess.run(["Rscript", str(DATA / "make_reference.R"), str(tmp_path)], check=True, timeout=120)
    for name, directed in graphs.items():
        _assert_equals_sna(tmp_path, name, directed)


# --- the definition, by brute force ----------------------------------------------------

GROUP_NAMES = ["bestuur", "ambtelijk", "burgers", "experts"]


@st.composite
def networks(draw, max_nodes=9):
    n = draw(st.integers(1, max_nodes))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.tuples(node, node), max_size=3 * n))
    groups = draw(st.lists(st.sampled_from(GROUP_NAMES), min_size=n, max_size=n))
    directed = draw(st.booleans())
    sources = np.array([s for s, _ in edges], dtype=np.int64)
    targets = np.array([t for _, t in edges], dtype=np.int64)
    return sources, targets, np.array(groups), n, directed


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(networks())
def test_equals_bruteforce(net):
    sources, targets, groups, n, directed = net
    result = brokerage(sources, targets, groups, n, directed=directed)
    assert result.counts.tolist() == brokerage_bruteforce(sources.tolist(), targets.tolist(), groups, n, directed)
    assert result.counts.dtype == np.int64
    assert result.expected.shape == result.z.shape == (n, 6)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(networks(), st.randoms(use_true_random=False))
def test_invariants(net, random):
    sources, targets, groups, n, directed = net
    result = brokerage(sources, targets, groups, n, directed=directed)
    counts = result.counts
    np.testing.assert_array_equal(counts[:, :5].sum(axis=1), result.total)

    # total: the open two-paths, whatever the groups
    ties = {(s, t) for s, t in zip(sources.tolist(), targets.tolist(), strict=True) if s != t}
    if not directed:
        ties |= {(t, s) for s, t in ties}
    open_paths = [(i, j, k) for (i, j), (j2, k) in product(ties, ties) if j == j2 and i != k and (i, k) not in ties]
    assert int(result.total.sum()) == len(open_paths)

    # relabelling the nodes moves the rows with them
    perm = list(range(n))
    random.shuffle(perm)
    perm = np.array(perm)
    moved = brokerage(perm[sources], perm[targets], groups[np.argsort(perm)], n, directed=directed)
    np.testing.assert_array_equal(moved.counts[perm], counts)
    assert moved.z[perm] == _approx(result.z)

    # renaming the groups (also their sort order) changes nothing
    rename = dict(zip(GROUP_NAMES, ["zz", "yy", "xx", "ww"], strict=True))
    renamed = brokerage(sources, targets, np.array([rename[g] for g in groups]), n, directed=directed)
    np.testing.assert_array_equal(renamed.counts, counts)
    assert renamed.z == _approx(result.z)

    if not directed:
        np.testing.assert_array_equal(result.representative, result.gatekeeper)
        assert (result.total % 2 == 0).all()  # each open path is walked both ways

    alone = brokerage(sources, targets, np.zeros(n, dtype=int), n, directed=directed)
    np.testing.assert_array_equal(alone.coordinator, result.total)
    assert not alone.counts[:, 1:5].any()


def test_columns_follow_sna():
    assert COLUMNS == ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
    # politiek -> ambtenaar -> expert: the ambtenaar (node 1) is a liaison
    r = brokerage(np.array([0, 1]), np.array([1, 2]), np.array(["politiek", "ambtelijk", "experts"]), 3)
    assert r.counts[1].tolist() == [0, 0, 0, 0, 1, 1]


def test_progress_reaches_total():
    """Progress counts the pairs of contacts the triangle pass tries: per person, pairs of contacts ranked above."""
    calls = []
    sources, targets, groups = _graph(DATA, "random_directed")
    brokerage(sources, targets, groups, len(groups), progress=lambda done, total: calls.append((done, total)))
    contact = {frozenset((s, t)) for s, t in zip(sources.tolist(), targets.tolist(), strict=True) if s != t}
    degree = Counter(person for pair in contact for person in pair)
    rank = {person: (degree[person], person) for person in range(len(groups))}
    above = Counter(min(pair, key=rank.__getitem__) for pair in contact)
    pairs = sum(h * (h - 1) // 2 for h in above.values())
    assert calls[-1] == (pairs, pairs)


def test_empty_and_isolated():
    r = brokerage(np.array([], dtype=int), np.array([], dtype=int), np.array(["a", "b", "a"]), 3)
    assert r.counts.sum() == 0 and r.density == 0.0
    assert np.isnan(r.z).all()  # 0 / 0, as in R


def test_bad_indices_are_refused():
    with pytest.raises(ValueError, match="range"):
        brokerage(np.array([0]), np.array([3]), np.array(["a", "b", "c"]), 3)
    with pytest.raises(ValueError, match="groups"):
        brokerage(np.array([0]), np.array([1]), np.array(["a", "b"]), 3)


def test_many_groups_expected_values_equal_sna_loops():
    """The closed forms in expected_counts equal sna's pair and triple loops over groups."""
    sizes = np.array([5, 1, 3, 8, 2, 2, 6])
    d = 0.13
    e, s, ge, gs = expected_counts(sizes, d)
    n, N = sizes.astype(float), float(sizes.sum())
    a, e3, e4, e5 = d**2 * (1 - d), d**3 * (1 - d) ** 3, d**4 * (1 - d) ** 2, d**5 * (1 - d)
    G = len(n)
    # transcriptions of sna::brokerage (R/gli.R), loop for loop
    for i in range(G):
        others = [j for j in range(G) if j != i]
        e5_i = a * (sum(n[j] * n[k] for j in others for k in others) - sum(n[j] ** 2 for j in others))
        v5_i = e5_i * (1 - a) + 4 * sum(n[j] * math.comb(int(N - n[j] - n[i]), 2) * e3 for j in others)
        assert e[i, 4] == pytest.approx(e5_i)
        assert s[i, 4] ** 2 == pytest.approx(v5_i)
    v2 = (
        ge[1] * (1 - a)
        + sum(x * y * (x - 1) * ((2 * x + 2 * y - 6) * e3 + (N - x - 1) * e5) for x in n for y in n)
        - sum(x * x * (x - 1) * ((4 * x - 6) * e3 + (N - x - 1) * e5) for x in n)
    )
    assert gs[1] ** 2 == pytest.approx(v2)
    v5 = ge[4] * (1 - a)
    for i, j, k in product(range(G), repeat=3):
        if len({i, j, k}) == 3:
            term = (
                (4 * (N - n[j]) - 2 * (n[i] + n[k] + 1)) * e3
                - (4 * (N - n[k]) - 2 * (n[i] + n[j] + 1)) * e4
                + (N - (n[i] + n[k] + 1)) * e5
            )
            v5 += n[i] * n[j] * n[k] * term
    assert gs[4] ** 2 == pytest.approx(v5)
    liaison = sum(x * y * (N - x - y) for x in n for y in n) - sum(x * x * (N - 2 * x) for x in n)
    assert ge[4] == pytest.approx(a * liaison)


# --- structural holes against networkx -------------------------------------------------


def _nx_graph(sources, targets, n, weights, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    for e, (s, t) in enumerate(zip(sources.tolist(), targets.tolist(), strict=True)):
        G.add_edge(s, t, weight=1.0 if weights is None else float(weights[e]))
    return G


@st.composite
def simple_graphs(draw):
    """Graphs networkx holds the same way: no self-loops, each tie (or edge) once."""
    n = draw(st.integers(1, 10))
    directed = draw(st.booleans())
    pairs = draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])))
    if not directed:
        pairs = {(min(p), max(p)) for p in pairs}
    pairs = sorted(pairs)
    weighted = draw(st.booleans())
    weights = np.array(draw(st.lists(st.integers(1, 5), min_size=len(pairs), max_size=len(pairs))), dtype=float)
    sources = np.array([s for s, _ in pairs], dtype=np.int64)
    targets = np.array([t for _, t in pairs], dtype=np.int64)
    return sources, targets, n, (weights if weighted else None), directed


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(simple_graphs())
def test_holes_equal_networkx(graph):
    sources, targets, n, weights, directed = graph
    G = _nx_graph(sources, targets, n, weights, directed)
    attr = None if weights is None else "weight"
    holes = structural_holes(sources, targets, n, weights=weights, directed=directed)
    want_c = nx.constraint(G, weight=attr)
    for v in range(n):
        if math.isnan(want_c[v]) and G.degree(v) > 0:
            # networkx 3.6 calls a node without successors isolated (``len(G[v]) == 0``) although
            # it has contacts; Burt's constraint of such a node is networkx's own sum of local
            # constraints over all its neighbours, which is what we compare with.
            want_c[v] = sum(nx.local_constraint(G, v, u, weight=attr) for u in set(nx.all_neighbors(G, v)))
    assert holes.constraint.tolist() == pytest.approx([want_c[v] for v in range(n)], nan_ok=True)
    assert holes.effective_size.tolist() == pytest.approx(_effective_size_dense(G, attr), nan_ok=True)
    # networkx's per-node path agrees, except that it calls a node without successors isolated
    want_e = nx.effective_size(G, nodes=list(G), weight=attr)
    defined = [v for v in range(n) if not math.isnan(want_e[v])]
    assert holes.effective_size[defined].tolist() == pytest.approx([want_e[v] for v in defined])


def _effective_size_dense(G, attr) -> list[float]:
    """networkx's all-nodes formula for effective size, with the row maximum taken per row.

    networkx 3.6 divides by ``max(axis=1)`` without ``[:, np.newaxis]``, i.e. by the wrong
    node's maximum; networkx pull request 8906 fixes it, and this is the fixed formula.
    """
    P = nx.to_numpy_array(G, nodelist=range(len(G)), weight=attr)
    M = P + P.T
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.nan_to_num(M / M.sum(axis=1, keepdims=True))
        m = np.nan_to_num(M / M.max(axis=1, keepdims=True))
        e = ((M > 0) * (1 - p @ m.T)).sum(axis=1)
    e[M.sum(axis=1) == 0] = np.nan
    return e.tolist()


def test_holes_ignore_self_loops():
    sources, targets = np.array([0, 1, 1, 2, 2]), np.array([1, 2, 1, 0, 2])
    with_loops = structural_holes(sources, targets, 3)
    without = structural_holes(sources[sources != targets], targets[sources != targets], 3)
    assert with_loops.constraint.tolist() == pytest.approx(without.constraint.tolist())
    assert with_loops.effective_size.tolist() == pytest.approx(without.effective_size.tolist())


# The two graphs of networkx's tests/test_structuralholes.py, with their UCINET figures.
D_TIES = [(0, 1), (0, 2), (1, 0), (2, 1)]
D_WEIGHTS = [2, 2, 1, 1]
G_NODES = "ABCDEFG"
G_EDGES = ["AB", "AF", "AG", "AE", "EG", "FG", "BG", "BD", "DG", "GC"]
G_WEIGHTS = [2, 3, 5, 2, 8, 3, 4, 1, 3, 10]


def _ties(pairs, index=None):
    index = index or {}
    s = np.array([index.get(a, a) for a, _ in pairs])
    t = np.array([index.get(b, b) for _, b in pairs])
    return s, t


def test_holes_ucinet_directed():
    s, t = _ties(D_TIES)
    assert constraint(s, t, 3).tolist() == pytest.approx([1.003, 1.003, 1.389], abs=1e-3)
    assert effective_size(s, t, 3).tolist() == pytest.approx([1.167, 1.167, 1.0], abs=1e-3)
    w = np.array(D_WEIGHTS, dtype=float)
    assert constraint(s, t, 3, weights=w).tolist() == pytest.approx([0.840, 1.143, 1.378], abs=1e-3)
    assert effective_size(s, t, 3, weights=w).tolist() == pytest.approx([1.567, 1.083, 1.0], abs=1e-3)


def test_holes_ucinet_undirected():
    index = {v: i for i, v in enumerate(G_NODES)}
    s, t = _ties(G_EDGES, index)
    at = [index[v] for v in "GAC"]
    c = constraint(s, t, 7, directed=False)
    assert c[at].tolist() == pytest.approx([0.400, 0.595, 1.0], abs=1e-3)
    e = effective_size(s, t, 7, directed=False)
    assert e[at].tolist() == pytest.approx([4.67, 2.50, 1.0], abs=1e-2)
    w = np.array(G_WEIGHTS, dtype=float)
    assert constraint(s, t, 7, weights=w, directed=False)[at].tolist() == pytest.approx([0.299, 0.795, 1.0], abs=1e-3)
    assert effective_size(s, t, 7, weights=w, directed=False)[at].tolist() == pytest.approx([5.47, 2.47, 1.0], abs=1e-2)


def test_holes_isolates_are_nan_and_bad_weights_refused():
    h = structural_holes(np.array([0]), np.array([1]), 3)
    assert math.isnan(h.constraint[2]) and math.isnan(h.effective_size[2])
    with pytest.raises(ValueError, match="non-negative"):
        structural_holes(np.array([0]), np.array([1]), 2, weights=np.array([-1.0]))


def test_columns_are_the_model_positions():
    from verbinder.model import Position

    assert (*(p.value for p in Position), "total") == COLUMNS


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 2**40), max_size=300), st.lists(st.integers(0, 2**40), max_size=300))
def test_bloom_filter_never_misses_a_key(keys, others):
    """The triangle pass looks up only what the filter lets through: it must pass every key."""
    from verbinder.analysis.triads import bloom_filter

    may_contain = bloom_filter(np.array(sorted(set(keys)), dtype=np.int64))
    assert may_contain(np.array(keys, dtype=np.int64)).all()
    assert may_contain(np.array(others, dtype=np.int64)).dtype == bool


def test_bloom_filter_lets_few_others_through():
    from verbinder.analysis.triads import bloom_filter

    rng = np.random.default_rng(7)
    may_contain = bloom_filter(np.unique(rng.integers(0, 10**12, 100_000)))
    assert may_contain(rng.integers(0, 10**12, 200_000)).mean() < 0.05  # about 1 - exp(-1/32) with 32 bits a key
