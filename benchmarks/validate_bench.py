"""How ``verbinder validate`` scales: doubling the input should at most double the time (plus 10 %).

Two shapes that used to be quadratic:

- **parallel links**: N links between the same two actors, without ids, so every
  derived id is numbered (``a--b``, ``a--b-2``, ...);
- **unknown references**: N links whose ``via`` names an actor that does not
  exist, among N actors, so every reference gets a "did you mean".

Each size runs the whole of ``validate`` in-process (read, parse, check, and
for unknown references locating and rendering every problem) with the cyclic
garbage collector paused as the command does; the best of ``--repeat`` runs, in CPU
seconds of this process (other jobs on a shared machine do not count).
The ratio column divides each time by the time of the size before it (half as
large): near-linear is a ratio of at most 2.2.

    nice python benchmarks/validate_bench.py            # 25,000 .. 200,000 links; 625 .. 5,000 references
    nice python benchmarks/validate_bench.py --quick    # smaller sizes, for a smoke test
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path


def parallel_links(n: int) -> str:
    lines = [
        "name: Parallel",
        "actors:",
        "  - {id: a, name: A, kind: politics}",
        "  - {id: b, name: B, kind: experts}",
        "links:",
    ]
    lines += ["  - {from: a, to: b}"] * n
    return "\n".join(lines) + "\n"


def unknown_references(n: int) -> str:
    lines = ["name: Unknown", "actors:"]
    lines += [f"  - {{id: actor-{i:05d}, name: Actor {i}, kind: administration}}" for i in range(n)]
    lines.append("links:")
    lines += [f"  - {{from: actor-{i:05d}, to: actor-{(i + 1) % n:05d}, via: persoon-{i:05d}x}}" for i in range(n)]
    return "\n".join(lines) + "\n"


def time_validate(path: Path, repeat: int) -> tuple[float, int]:
    """Best time of ``repeat`` validations of ``path`` and the number of problems found."""
    from verbinder.cli.common import render_problem
    from verbinder.errors import InputError
    from verbinder.project import load

    best, problems = float("inf"), 0
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        try:
            load(path)
            problems = 0
        except InputError as exc:
            lines = [render_problem(p, "en") for p in exc.problems]
            problems = len(lines)
        best = min(best, time.process_time() - start)
        gc.enable()
    return best, problems


def run(label: str, make, sizes: list[int], repeat: int, folder: Path) -> list[tuple[int, float]]:
    print(f"\n{label}")
    print(f"{'n':>9} {'seconds':>9} {'ratio':>7} {'problems':>9}")
    rows: list[tuple[int, float]] = []
    for n in sizes:
        path = folder / f"{label.split()[0]}-{n}.yaml"
        path.write_text(make(n), encoding="utf-8")
        seconds, problems = time_validate(path, repeat)
        ratio = f"{seconds / rows[-1][1]:.2f}" if rows else "-"
        print(f"{n:>9,} {seconds:>9.3f} {ratio:>7} {problems:>9,}")
        rows.append((n, seconds))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke test)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    links = [2_000, 4_000, 8_000] if args.quick else [25_000, 50_000, 100_000, 200_000]
    refs = [375, 750, 1_500] if args.quick else [625, 1_250, 2_500, 5_000]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run("parallel links (validate)", parallel_links, links, args.repeat, folder)
        run(
            "unknown references among as many actors (validate, every problem located)",
            unknown_references,
            refs,
            args.repeat,
            folder,
        )


if __name__ == "__main__":
    main()
