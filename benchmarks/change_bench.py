"""Benchmark ``verbinder compare`` and the DuckDB engine, side by side in one run.

Three measurements (each a fresh process, so peak memory is its own; ``/usr/bin/time -v`` or
``resource.getrusage`` for the peak resident set):

``periods``
    The whole ``verbinder compare EDGES --period month --groups NODES --format json`` process on
    ``--nodes`` people and ``--edges`` dated contacts spread uniformly over the twelve months of
    2024 (``--edges 500000``: 500,000 contacts in the year; ``--edges 6000000``: 500,000 a month).

``engines``
    The exact parts of ``discover`` (Gould-Fernandez counts and Burt's constraint and effective
    size) by the in-memory engine and by the DuckDB engine on the same network: seconds, seconds
    per edge, peak memory, and that both give the same counts (and constraint to 1e-9).

``duckdb``
    The DuckDB engine alone (for a network too large to hold twice): seconds and peak memory.
    With ``--betweenness EPS`` it also times the sampled betweenness (Riondato-Kornaropoulos,
    delta 0.1) and reports the sample size.

    python benchmarks/change_bench.py periods --nodes 50000 --edges 500000
    python benchmarks/change_bench.py engines --nodes 500000 --edges 5000000
    python benchmarks/change_bench.py duckdb --nodes 5000000 --edges 50000000

The networks come from ``gen_network.generate`` (seeded: departments of unequal size, 75 % of the
contacts inside the own department, skewed degrees), the generator the discover benchmark uses.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from gen_network import generate  # noqa: E402


def _network(args: argparse.Namespace) -> Path:
    """Generate (or reuse) the seeded network as ``.npz`` in the output folder."""
    path = args.out / f"net-{args.nodes}-{args.edges}-{args.groups}.npz"
    if not path.exists():
        t0 = time.perf_counter()
        net = generate(args.nodes, args.edges, args.groups, seed=args.seed)
        np.savez(path, sources=net.sources, targets=net.targets, groups=net.groups)
        print(f"generated {args.nodes:,} people, {args.edges:,} ties in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def _peak_mb(stderr: str) -> float | None:
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(peak.group(1)) / 1024 if peak else None


def _cpu_s(stderr: str) -> float | None:
    """User plus system seconds of the process: what it would take on an idle machine with one core."""
    times = [re.search(rf"{kind} time \(seconds\): ([\d.]+)", stderr) for kind in ("User", "System")]
    return round(sum(float(m.group(1)) for m in times if m), 2) if all(times) else None


# --- periods --------------------------------------------------------------------------------------


def periods(args: argparse.Namespace) -> None:
    data = np.load(_network(args))
    sources, targets, groups = data["sources"], data["targets"], data["groups"]
    rng = np.random.default_rng(args.seed)
    days = np.datetime64("2024-01-01") + rng.integers(0, 366, size=len(sources)).astype("timedelta64[D]")
    edges = args.out / f"dated-{args.nodes}-{args.edges}.csv"
    nodes = args.out / f"nodes-{args.nodes}.csv"
    if not edges.exists():
        rows = zip(sources.tolist(), targets.tolist(), days.astype(str).tolist(), strict=True)
        lines = [f"{s},{t},{d}" for s, t, d in rows]
        edges.write_text("source,target,date\n" + "\n".join(lines) + "\n")
        nodes.write_text("id,group\n" + "".join(f"{i},g{g}\n" for i, g in enumerate(groups.tolist())))
    exe = shutil.which("verbinder") or str(Path(sys.executable).with_name("verbinder"))
    out = args.out / "compare-periods.json"
    command = [exe, "compare", str(edges), "--period", "month", "--groups", str(nodes), "--engine", "memory"]
    command += ["--format", args.format, "--output", str(out), "--force", "--lang", "en"]
    if Path("/usr/bin/time").exists():
        command = ["/usr/bin/time", "-v", *command]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"verbinder compare failed:\n{proc.stderr}")
    report = {
        "people": args.nodes,
        "ties": args.edges,
        "ties_per_month": args.edges // 12,
        "process_s": round(elapsed, 2),
        "peak_rss_mb": _peak_mb(proc.stderr),
        "cpu_s": _cpu_s(proc.stderr),
    }
    if args.format == "json":
        doc = json.loads(out.read_text())
        report["periods"] = len(doc["periods"])
        report["findings"] = sum(len(p["findings"]) for p in doc["periods"])
    print(json.dumps(report), flush=True)


# --- engines --------------------------------------------------------------------------------------


def _child(engine: str, path: Path, counts_out: Path, betweenness: float | None) -> None:
    """In a fresh process: one engine's exact measures, seconds and peak RSS as JSON."""
    from verbinder.analysis.brokerage import brokerage
    from verbinder.analysis.holes import structural_holes
    from verbinder.analysis.sql_engine import brokerage_duckdb, connect, holes_duckdb
    from verbinder.io.network import Network

    data = np.load(path)
    sources, targets, groups = data["sources"], data["targets"], data["groups"]
    n = len(groups)
    report: dict = {"engine": engine, "edges": len(sources), "rss_loaded_mb": _rss_mb()}
    start = time.perf_counter()
    if engine == "memory":
        result = brokerage(sources, targets, groups, n)
        mid = time.perf_counter()
        holes = structural_holes(sources, targets, n)
    else:
        network = Network([], sources, targets, True, None, groups.tolist())
        network.ids = range(n)  # type: ignore[assignment]  # only its length is read
        con = connect()
        result = brokerage_duckdb(con, network)
        mid = time.perf_counter()
        holes = holes_duckdb(con, network)
        con.close()
    end = time.perf_counter()
    report.update(
        brokerage_s=round(mid - start, 2),
        holes_s=round(end - mid, 2),
        total_s=round(end - start, 2),
        us_per_edge=round((end - start) / len(sources) * 1e6, 3),
    )
    if betweenness is not None:
        from verbinder.analysis.betweenness import betweenness_rk

        t0 = time.perf_counter()
        b = betweenness_rk(sources, targets, n, epsilon=betweenness, delta=0.1)
        report.update(betweenness_s=round(time.perf_counter() - t0, 2), betweenness_samples=b.samples)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if counts_out.name != "-":
        np.savez(counts_out, counts=result.counts, z=result.z, constraint=holes.constraint)
    print(json.dumps(report), flush=True)


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _run_child(engine: str, path: Path, counts: Path, betweenness: float | None) -> dict:
    command = [sys.executable, __file__, "--child", engine, str(path), str(counts)]
    if betweenness is not None:
        command += ["--child-betweenness", str(betweenness)]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{engine} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def engines(args: argparse.Namespace) -> None:
    path = _network(args)
    reports = {}
    for engine in ("memory", "duckdb"):
        reports[engine] = _run_child(engine, path, args.out / f"{engine}-counts.npz", None)
        print(json.dumps(reports[engine]), flush=True)
    memory, duck = (np.load(args.out / f"{e}-counts.npz") for e in ("memory", "duckdb"))
    same = bool((memory["counts"] == duck["counts"]).all())
    close = bool(np.allclose(memory["constraint"], duck["constraint"], rtol=1e-9, atol=1e-12, equal_nan=True))
    ratio = reports["duckdb"]["total_s"] / reports["memory"]["total_s"]
    print(json.dumps({"same_counts": same, "same_constraint": close, "duckdb_over_memory_time": round(ratio, 2)}))


def duckdb_only(args: argparse.Namespace) -> None:
    path = _network(args)
    print(json.dumps(_run_child("duckdb", path, Path("-"), args.betweenness)), flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        eps = float(sys.argv[6]) if len(sys.argv) > 6 else None
        _child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), eps)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["periods", "engines", "duckdb"])
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--groups", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--format", default="json", choices=["json", "csv", "table", "html"])
    parser.add_argument("--betweenness", type=float, default=None, help="epsilon of the sampled betweenness")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    {"periods": periods, "engines": engines, "duckdb": duckdb_only}[args.what](args)


if __name__ == "__main__":
    main()
