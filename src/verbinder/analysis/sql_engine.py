"""The DuckDB engine: brokerage and Burt's measures exact beyond memory, betweenness with a stated error.

The in-memory engine (:mod:`~verbinder.analysis.brokerage`, :mod:`~verbinder.analysis.holes`)
holds every two-path block and every triangle block as numpy arrays; its peak grows with the
network (about 530 bytes per tie).  This engine hands the same computations to DuckDB, an
embedded database that spills to disk when its memory limit is reached, as SQL:

* ``sql/brokerage.sql``: the Gould-Fernandez counts per person in the degree-product form
  (products of in- and out-ties by group, minus reciprocated ties, minus the closed two-paths
  found among the triangles), in plain ANSI SQL that also runs on Spark SQL unchanged;
* ``sql/holes.sql``: constraint and effective size from the mutual weights and the triangles.

The z-scores come from the counts exactly as in memory
(:func:`~verbinder.analysis.brokerage.with_expectations`).  Betweenness beyond memory is
estimated with Riondato & Kornaropoulos's sample size
(:func:`~verbinder.analysis.betweenness.betweenness_rk`): every value within ``epsilon`` of the
exact one with probability ``1 - delta``.

The engine is chosen by ``--engine duckdb``, or by ``--engine auto`` (the default of ``compare``)
when the input is larger than the memory budget (:func:`choose_engine`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from verbinder.analysis.betweenness import betweenness_rk
from verbinder.analysis.brokerage import BrokerageResult, with_expectations
from verbinder.analysis.holes import StructuralHoles
from verbinder.io.network import Network

if TYPE_CHECKING:
    from verbinder.analysis.discover import StepProgress

#: Bytes the in-memory engine needs per line of an edge list, measured (``benchmarks/change_bench.py``):
#: reading the CSV, the tie keys, the two-path and triangle blocks, betweenness.
MEMORY_BYTES_PER_TIE = 600
#: Default error bound and failure probability of the sampled betweenness.
EPSILON = 0.1
DELTA = 0.1


def sql(name: str) -> str:
    """The text of ``sql/NAME.sql`` shipped with verbinder (``brokerage`` or ``holes``)."""
    return resources.files("verbinder.analysis").joinpath("sql", f"{name}.sql").read_text(encoding="utf-8")


def memory_budget(gib: float | None = None) -> int:
    """The memory budget in bytes: ``gib`` GiB, else half the machine's physical memory."""
    if gib is not None:
        return int(gib * 2**30)
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not a POSIX system
        return 8 * 2**30


def estimated_memory(paths: Sequence[Path]) -> int:
    """What the in-memory engine would need for the largest of ``paths``: lines times :data:`MEMORY_BYTES_PER_TIE`."""
    largest = 0
    for path in paths:
        lines = 0
        try:
            with open(path, "rb") as handle:
                while chunk := handle.read(1 << 24):
                    lines += chunk.count(b"\n")
        except OSError:
            continue  # the reader reports it, located
        largest = max(largest, lines)
    return largest * MEMORY_BYTES_PER_TIE


def choose_engine(engine: str, paths: Sequence[Path], budget_gib: float | None = None) -> str:
    """``memory`` or ``duckdb``: as asked, or for ``auto`` duckdb when the estimate exceeds the budget."""
    if engine != "auto":
        return engine
    return "duckdb" if estimated_memory(paths) > memory_budget(budget_gib) else "memory"


def connect(memory_limit: int | None = None, spill: Path | None = None) -> Any:
    """A DuckDB connection that spills to ``spill`` (default: the system's temporary folder) beyond its limit."""
    import duckdb

    con = duckdb.connect(":memory:")
    limit = memory_limit if memory_limit is not None else memory_budget()
    con.execute(f"SET memory_limit = '{int(limit) // 2**20}MiB'")
    folder = spill if spill is not None else Path(tempfile.gettempdir()) / "verbinder-duckdb"
    con.execute("SET temp_directory = ?", [str(folder)])
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET enable_progress_bar = false")
    return con


#: The SQL keys a contact by ``lo * 2**32 + hi`` in a 64-bit integer: node numbers must stay below 2**31.
MAX_NODES = 2**31


def _ends(network: Network) -> tuple[np.ndarray, np.ndarray]:
    """The sources and targets of ``network``'s ties as 32-bit node numbers (DuckDB's hash tables and spilled
    blocks are smaller than with 64 bits), checked to lie in ``range(n)``."""
    n = network.n_nodes
    if n > MAX_NODES:
        raise ValueError(f"the SQL engine takes at most {MAX_NODES} people, not {n}")
    src = np.asarray(network.sources, dtype=np.int64)
    tgt = np.asarray(network.targets, dtype=np.int64)
    if len(src) and (min(src.min(), tgt.min()) < 0 or max(src.max(), tgt.max()) >= n):
        raise ValueError(f"node indices must lie in range({n})")
    return src.astype(np.int32), tgt.astype(np.int32)


def _load(con: Any, network: Network) -> tuple[np.ndarray, np.ndarray]:
    """Register the ties and people of ``network``; the group labels and each person's group code."""
    n = network.n_nodes
    src, tgt = _ends(network)
    labels_in = np.asarray(network.groups) if network.groups is not None else np.zeros(n, dtype=np.int8)
    group_labels, group_of = np.unique(labels_in, return_inverse=True)
    if not network.directed:
        src, tgt = np.concatenate((src, tgt)), np.concatenate((tgt, src))
    con.register("ties", {"source": src, "target": tgt})
    con.register("people", {"node": np.arange(n, dtype=np.int32), "grp": group_of.astype(np.int32)})
    return group_labels, group_of


def brokerage_duckdb(con: Any, network: Network) -> BrokerageResult:
    """Gould-Fernandez counts by ``sql/brokerage.sql``, with sna's expected values and z-scores."""
    group_labels, group_of = _load(con, network)
    rows = con.execute(sql("brokerage")).fetchnumpy()
    n = network.n_nodes
    counts = np.zeros((n, 6), dtype=np.int64)
    for column, name in enumerate(("coordinator", "itinerant", "representative", "gatekeeper", "liaison")):
        counts[:, column] = np.asarray(rows[name], dtype=np.int64)
    counts[:, 5] = counts[:, :5].sum(axis=1)
    query = "SELECT COUNT(*) FROM (SELECT DISTINCT source, target FROM ties WHERE source <> target) t"
    ((n_ties,),) = con.execute(query).fetchall()
    return with_expectations(counts, group_labels, group_of, n, int(n_ties))


def holes_duckdb(con: Any, network: Network) -> StructuralHoles:
    """Burt's constraint and effective size by ``sql/holes.sql`` (NaN for a person without contacts)."""
    n = network.n_nodes
    src, tgt = _ends(network)
    if network.weights is None:
        weight = np.ones(len(src))
    else:
        weight = np.asarray(network.weights, dtype=np.float64)
        if (weight < 0).any() or np.isnan(weight).any():
            raise ValueError("weights must be non-negative numbers")
    con.register("raw_arcs", {"u": src, "v": tgt, "w": weight})
    # The tie weights a_uv as verbinder.analysis.holes has them: repeated ties add their weights (or count once
    # unweighted); an undirected contact is a tie both ways.
    summed = "SUM(w)" if network.weights is not None else "1.0"
    arcs = f"SELECT u, v, {summed} AS w FROM raw_arcs WHERE u <> v AND w > 0 GROUP BY u, v"
    if not network.directed:
        arcs = (
            f"SELECT u, v, {summed} AS w FROM "
            f"(SELECT u, v, w FROM ({arcs}) one_way UNION ALL SELECT v AS u, u AS v, w FROM ({arcs}) other_way) "
            "both_ways GROUP BY u, v"
        )
    con.execute(f"CREATE OR REPLACE TEMP VIEW arcs AS {arcs}")
    if "people" not in {row[0] for row in con.execute("SHOW TABLES").fetchall()}:
        con.register("people", {"node": np.arange(n, dtype=np.int32), "grp": np.zeros(n, dtype=np.int32)})
    rows = con.execute(sql("holes")).fetchnumpy()
    constraint = np.asarray(rows["constraint_value"], dtype=np.float64)
    effective = np.asarray(rows["effective_size"], dtype=np.float64)
    constraint = np.where(np.ma.getmaskarray(rows["constraint_value"]), np.nan, constraint)
    isolated = np.isnan(constraint)
    effective[isolated] = np.nan
    return StructuralHoles(constraint=constraint, effective_size=effective)


def discover_duckdb(
    network: Network,
    *,
    top: int | None = 20,
    seed: int = 0,
    pseudonymise: bool = False,
    salt: str = "",
    samples: int | None = None,
    epsilon: float = EPSILON,
    delta: float = DELTA,
    memory_limit: int | None = None,
    spill: Path | None = None,
    progress: StepProgress | None = None,
):
    """:func:`verbinder.analysis.discover.discover` with the DuckDB engine (same counts, z-scores and constraint).

    Betweenness is sampled (:func:`~verbinder.analysis.betweenness.betweenness_rk`): as many
    shortest paths as guarantee ``epsilon`` with probability ``1 - delta``, or ``samples`` of them
    and the ``epsilon`` they guarantee.
    """
    from verbinder.analysis.discover import finish

    def step(name: str, done: int) -> None:
        if progress is not None:
            progress(name, done, 1)

    con = connect(memory_limit, spill)
    try:
        step("brokerage", 0)
        result = brokerage_duckdb(con, network)
        step("brokerage", 1)
        step("holes", 0)
        holes = holes_duckdb(con, network)
        step("holes", 1)
    finally:
        con.close()
    between = betweenness_rk(
        network.sources,
        network.targets,
        network.n_nodes,
        directed=network.directed,
        epsilon=epsilon,
        delta=delta,
        samples=samples,
        seed=seed,
        progress=None if progress is None else (lambda done, total: progress("betweenness", done, total)),
    )
    return finish(network, result, holes, between, top=top, pseudonymise=pseudonymise, salt=salt)
