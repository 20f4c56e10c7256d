"""The HTML report against JSON: ``verbinder report`` timed against ``verbinder analyse --format json``.

The issue's target: ``report`` on a generated model of 2,000 actors / 10,000 links costs at most 3x ``analyse
--format json`` on the same model, measured in the same run (this machine is noisy, so only ratios are printed,
with the JSON time for scale).  Models come from ``analyse_bench.generate_model``.  Each command runs as a whole
process (the median of ``--repeat`` runs, interleaved), with ``VERBINDER_TODAY`` fixed; the report's file size is
printed too.  Graphviz runs when installed (the generated model's pictures are above the size cut-off, so it is not
asked to draw them).

    nice python benchmarks/report_bench.py [--repeat 3] [--sizes 200:1000,2000:10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from analyse_bench import generate_model
from human_formats_bench import run  # one whole process, output to /dev/null, wall-clock seconds

TARGET = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="200:1000,2000:10000")
    args = parser.parse_args()
    env = {**os.environ, "VERBINDER_TODAY": "2026-12-01"}
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            actors, links = (int(x) for x in size.split(":"))
            model = Path(tmp) / f"m{links}.yaml"
            model.write_text(generate_model(actors, links), encoding="utf-8")
            html = Path(tmp) / f"m{links}.html"
            verbinder = [sys.executable, "-m", "verbinder"]
            commands = {
                "json": [*verbinder, "analyse", str(model), "--format", "json"],
                "report": [*verbinder, "report", str(model), "--output", str(html), "--force"],
            }
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.repeat):  # interleaved, so a busy moment hits both alike
                for name, argv in commands.items():
                    times[name].append(run(argv, env))
            json_time = statistics.median(times["json"])
            report_time = statistics.median(times["report"])
            ratio = report_time / json_time
            ok &= ratio <= TARGET
            verdict = "ok" if ratio <= TARGET else "OVER"
            size_mb = html.stat().st_size / 1e6
            print(
                f"{actors} actors / {links} links: report {ratio:.2f}x json "
                f"({report_time:.2f} s against {json_time:.2f} s; {size_mb:.1f} MB of HTML)  [{verdict}]"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
