"""Benchmark brokerage and structural holes on a municipality-sized network, against R's sna.

Generates (seeded) 50,000 people in 12 departments with 500,000 directed contacts as CSV
(``nodes.csv``: ``id,group``; ``edges.csv``: ``source,target``) in ``benchmarks/out/``, then

1. runs ``sna::brokerage`` on it with Rscript (when R and sna are installed): the time of
   the ``brokerage()`` call, of the whole R process including reading the CSV, and the
   process's peak memory (``/usr/bin/time -v``, Debian package ``time``);
2. runs :func:`analyse_csv` (read the CSV, ``brokerage`` and ``structural_holes``) in a
   fresh Python process: time per step and peak RSS (``resource.getrusage``);
3. checks that both give the same counts and z-scores, and prints the ratios.

    python benchmarks/discover_bench.py [--nodes 50000 --edges 500000 --groups 12] [--no-r]

:func:`analyse_csv` is the step ``verbinder discover`` takes.  With ``--cli`` the whole
``verbinder discover`` process is timed instead (reading the CSV with names and groups,
brokerage, structural holes, sampled betweenness, the ranking and writing every person as
JSON, CSV or the terminal table), with its peak memory from ``/usr/bin/time -v``, against
the whole R process in the same run:

    python benchmarks/discover_bench.py --cli [--format json] [--repeat 3]
"""

from __future__ import annotations

import argparse
import compileall
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

from gen_network import generate, write_csv  # noqa: E402

R_SCRIPT = r"""
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
nodes <- read.csv(file.path(args[1], "nodes.csv"), stringsAsFactors = FALSE)
edges <- read.csv(file.path(args[1], "edges.csv"))
el <- cbind(edges$source + 1, edges$target + 1, 1)
attr(el, "n") <- nrow(nodes)
cl <- nodes$group[order(nodes$id)]
t1 <- proc.time()[["elapsed"]]
b <- brokerage(el, cl)
t2 <- proc.time()[["elapsed"]]
write.csv(cbind(b$raw.nli, b$z.nli), args[2], row.names = FALSE)
cat(sprintf('{"read_s": %.3f, "brokerage_s": %.3f, "sna": "%s"}\n', t1 - t0, t2 - t1, packageVersion("sna")))
"""


def read_csv(nodes_csv: Path, edges_csv: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sources and targets (node positions) and the group of each node, from the two CSV files."""
    nodes = np.loadtxt(nodes_csv, delimiter=",", skiprows=1, dtype=str)
    ids = nodes[:, 0].astype(np.int64)
    order = np.argsort(ids)
    edges = np.loadtxt(edges_csv, delimiter=",", skiprows=1, dtype=np.int64).reshape(-1, 2)
    position = np.searchsorted(ids[order], edges)
    return order[position[:, 0]], order[position[:, 1]], nodes[order, 1]


def analyse_csv(nodes_csv: Path, edges_csv: Path, progress=None) -> dict:
    """Read the network, count brokerage positions and structural holes; results and seconds per step."""
    from verbinder.analysis.brokerage import brokerage
    from verbinder.analysis.holes import structural_holes

    t0 = time.perf_counter()
    sources, targets, groups = read_csv(nodes_csv, edges_csv)
    t1 = time.perf_counter()
    result = brokerage(sources, targets, groups, len(groups), progress=progress)
    t2 = time.perf_counter()
    holes = structural_holes(sources, targets, len(groups))
    t3 = time.perf_counter()
    return {
        "brokerage": result,
        "holes": holes,
        "seconds": {"read": t1 - t0, "brokerage": t2 - t1, "holes": t3 - t2},
    }


def _child(data: Path, counts_out: Path) -> None:
    """Run in a fresh process: analyse, save counts and z-scores, print timings and peak RSS as JSON."""
    # Imported before the clock starts: import time is not part of the measurement.
    import verbinder.analysis.brokerage
    import verbinder.analysis.holes  # noqa: F401

    rss_imports = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    out = analyse_csv(data / "nodes.csv", data / "edges.csv")
    total = time.perf_counter() - start
    result = out["brokerage"]
    np.save(counts_out, np.column_stack((result.counts, result.z)))
    report = {
        **{f"{k}_s": v for k, v in out["seconds"].items()},
        "total_s": total,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_after_imports_mb": rss_imports / 1024,
    }
    print(json.dumps(report))


def measure_python(data: Path) -> tuple[dict, np.ndarray]:
    counts_out = data / "python_counts.npy"
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(data), str(counts_out)], capture_output=True, text=True, check=True
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    report["process_s"] = time.perf_counter() - start
    return report, np.load(counts_out)


def measure_r(data: Path) -> tuple[dict, np.ndarray] | None:
    rscript = shutil.which("Rscript")
    if rscript is None:
        print("Rscript not found: R side skipped (apt-get install r-base-core r-cran-sna time)", file=sys.stderr)
        return None
    script = data / "brokerage_bench.R"
    script.write_text(R_SCRIPT)
    counts_csv = data / "r_counts.csv"
    command = [rscript, str(script), str(data), str(counts_csv)]
    timer = Path("/usr/bin/time")
    if timer.exists():
        command = [str(timer), "-v", *command]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"R failed:\n{proc.stderr}", file=sys.stderr)
        return None
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    report["process_s"] = elapsed
    report["cpu_s"] = _cpu_s(proc.stderr)
    report["peak_rss_mb"] = _peak_mb(proc.stderr)
    values = np.genfromtxt(counts_csv, delimiter=",", skip_header=1)
    return report, values


def _peak_mb(stderr: str) -> float | None:
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(peak.group(1)) / 1024 if peak else None


def _cpu_s(stderr: str) -> float | None:
    """User plus system seconds of the process (``/usr/bin/time -v``): what it costs, whatever else runs."""
    found = [re.search(rf"{kind} time \(seconds\): ([\d.]+)", stderr) for kind in ("User", "System")]
    return sum(float(m.group(1)) for m in found if m) if all(found) else None


def measure_cli(data: Path, fmt: str, repeat: int) -> tuple[dict, np.ndarray]:
    """Time the whole ``verbinder discover`` process (median of ``repeat`` runs) and read its counts."""
    exe = shutil.which("verbinder") or str(Path(sys.executable).with_name("verbinder"))
    out = data / f"discover.{fmt}"
    command = [exe, "discover", str(data / "edges.csv"), "--groups", str(data / "nodes.csv")]
    command += ["--format", fmt, "--output", str(out), "--force", "--lang", "en"]
    timer = Path("/usr/bin/time")
    if timer.exists():
        command = [str(timer), "-v", *command]
    times, peaks, cpus = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"verbinder discover failed:\n{proc.stderr}")
        peaks.append(_peak_mb(proc.stderr))
        cpus.append(_cpu_s(proc.stderr))
    report = {
        "process_s": sorted(times)[len(times) // 2],
        "all_s": times,
        "peak_rss_mb": max(peaks, default=None),
        "cpu_s": sorted(cpus)[len(cpus) // 2] if None not in cpus else None,
    }
    if fmt != "json":
        return report, np.empty((0, 12))
    doc = json.loads(out.read_text(encoding="utf-8"))
    report["betweenness"] = doc["betweenness"]
    order = np.argsort([int(n["id"]) for n in doc["nodes"]])
    names = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total")
    values = np.array(
        [[n["brokerage"][c] for c in names] + [np.nan if n["z"][c] is None else n["z"][c] for c in names]
         for n in doc["nodes"]],
        dtype=float,
    )  # fmt: skip
    return report, values[order]


def main_cli(args: argparse.Namespace) -> None:
    """Whole process against whole process: ``verbinder discover`` and Rscript with sna, same network, same run."""
    t0 = time.perf_counter()
    net = generate(args.nodes, args.edges, args.groups, seed=args.seed)
    write_csv(net, args.out)
    print(
        f"network: {args.nodes:,} nodes, {args.edges:,} edges, {args.groups} groups ({time.perf_counter() - t0:.1f} s)"
    )
    # What pip leaves: compiled modules (this machine sets PYTHONDONTWRITEBYTECODE, so an editable install would
    # compile verbinder's sources again in every run).
    compileall.compile_dir(str(HERE.parent / "src"), quiet=1)
    # Interleaved: verbinder's runs before and after each R run, so both meet the same load.
    r_runs = [] if args.no_r else [None] * args.r_repeat
    rounds = max(1, len(r_runs))
    py_runs = []
    for turn in range(rounds):
        py_runs.append(measure_cli(args.out, args.format, (args.repeat + rounds - 1 - turn) // rounds))
        if r_runs:
            r_runs[turn] = measure_r(args.out)
    py_values = py_runs[-1][1]
    py = {
        "all_s": [t for report, _ in py_runs for t in report["all_s"]],
        "peak_rss_mb": max(report["peak_rss_mb"] or 0 for report, _ in py_runs) or None,
        "betweenness": py_runs[-1][0].get("betweenness"),
    }
    py["process_s"] = float(np.median(py["all_s"]))
    cpus = [report["cpu_s"] for report, _ in py_runs if report["cpu_s"] is not None]
    py["cpu_s"] = float(np.median(cpus)) if cpus else None
    peak = f"{py['peak_rss_mb']:.0f} MB" if py["peak_rss_mb"] else "n/a"
    runs = ", ".join(f"{x:.2f}" for x in py["all_s"])
    cpu = f", CPU {py['cpu_s']:.2f} s" if py["cpu_s"] is not None else ""
    print(f"verbinder discover --format {args.format}: process {py['process_s']:.2f} s (runs {runs}){cpu}, peak {peak}")
    if py["betweenness"]:
        print(f"  betweenness: {py['betweenness']}")
    if not r_runs or any(r is None for r in r_runs):
        return
    rep = {
        "process_s": float(np.median([r[0]["process_s"] for r in r_runs])),
        "brokerage_s": float(np.median([r[0]["brokerage_s"] for r in r_runs])),
        "peak_rss_mb": max(r[0]["peak_rss_mb"] or 0 for r in r_runs) or None,
        "sna": r_runs[0][0]["sna"],
    }
    cpus = [r[0]["cpu_s"] for r in r_runs if r[0]["cpu_s"] is not None]
    rep["cpu_s"] = float(np.median(cpus)) if cpus else None
    r_values = r_runs[-1][1]
    r_peak = f"{rep['peak_rss_mb']:.0f} MB" if rep["peak_rss_mb"] is not None else "n/a"
    r_all = ", ".join(f"{r[0]['process_s']:.1f}" for r in r_runs)
    r_cpu = f", CPU {rep['cpu_s']:.2f} s" if rep["cpu_s"] is not None else ""
    print(
        f"R sna {rep['sna']}: brokerage() {rep['brokerage_s']:.2f} s, process {rep['process_s']:.2f} s "
        f"(runs {r_all}){r_cpu}, peak {r_peak}"
    )
    print(f"speed-up, whole process: {rep['process_s'] / py['process_s']:.1f}x (target >= 15x)")
    if py["cpu_s"] and rep["cpu_s"]:
        print(f"  in CPU seconds: {rep['cpu_s'] / py['cpu_s']:.1f}x")
    if py["peak_rss_mb"] and rep["peak_rss_mb"]:
        print(f"peak memory: verbinder / R = {py['peak_rss_mb'] / rep['peak_rss_mb']:.2f} (target <= 0.5)")
    if len(py_values):
        same = np.array_equal(r_values[:, :6], py_values[:, :6])
        z_diff = np.nanmax(np.abs(r_values[:, 6:] - py_values[:, 6:]))
        print(f"same counts as sna: {same}; largest z difference {z_diff:.1e}")
        if not (same and z_diff < 1e-8):
            sys.exit("verbinder and sna disagree")


def main() -> None:
    parser = argparse.ArgumentParser(description="Brokerage and structural holes: verbinder against R's sna.")
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--groups", type=int, default=12)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--no-r", action="store_true", help="skip R's sna")
    parser.add_argument("--cli", action="store_true", help="time the whole `verbinder discover` process")
    parser.add_argument("--format", default="json", choices=["json", "csv", "table"], help="with --cli")
    parser.add_argument("--repeat", type=int, default=6, help="with --cli: runs of verbinder (median)")
    parser.add_argument("--r-repeat", type=int, default=2, help="with --cli: runs of R, interleaved (median)")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    if args.cli:
        main_cli(args)
        return

    t0 = time.perf_counter()
    net = generate(args.nodes, args.edges, args.groups, seed=args.seed)
    write_csv(net, args.out)
    print(
        f"network: {args.nodes:,} nodes, {args.edges:,} edges, {args.groups} groups, seed {args.seed} "
        f"-> {args.out} ({time.perf_counter() - t0:.1f} s)"
    )

    py, py_values = measure_python(args.out)
    print(
        f"verbinder: read {py['read_s']:.2f} s, brokerage {py['brokerage_s']:.2f} s, "
        f"structural holes {py['holes_s']:.2f} s, process {py['process_s']:.2f} s, "
        f"peak RSS {py['peak_rss_mb']:.0f} MB (after imports {py['rss_after_imports_mb']:.0f} MB)"
    )
    r = None if args.no_r else measure_r(args.out)
    if r is None:
        return
    rep, r_values = r
    peak = f"{rep['peak_rss_mb']:.0f} MB" if rep["peak_rss_mb"] is not None else "n/a (no /usr/bin/time)"
    print(
        f"R sna {rep['sna']}: read {rep['read_s']:.2f} s, brokerage() {rep['brokerage_s']:.2f} s, "
        f"process {rep['process_s']:.2f} s, peak RSS {peak}"
    )
    same_counts = np.array_equal(r_values[:, :6], py_values[:, :6])
    z_diff = np.nanmax(np.abs(r_values[:, 6:] - py_values[:, 6:]))
    same_nan = np.array_equal(np.isnan(r_values[:, 6:]), np.isnan(py_values[:, 6:]))
    print(f"same counts as sna: {same_counts}; largest z difference {z_diff:.1e}; same NaNs: {same_nan}")
    print(
        f"speed-up, brokerage call: {rep['brokerage_s'] / py['brokerage_s']:.0f}x; "
        f"whole process (ours incl. holes): {rep['process_s'] / py['process_s']:.1f}x"
    )
    if rep["peak_rss_mb"] is not None:
        print(f"peak memory: ours / R = {py['peak_rss_mb'] / rep['peak_rss_mb']:.2f}")
    if not (same_counts and same_nan and z_diff < 1e-8):
        sys.exit("verbinder and sna disagree")


if __name__ == "__main__":
    main()
