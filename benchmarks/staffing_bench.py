"""How long ``verbinder staff`` takes on a large generated kopgroep, and how much it beats greedy.

A model with ``--members`` kopgroep members (capacity 2..8, random current levels
in the shipped catalogue's competencies, one of five departments) and
``--links`` links without a connector between ``--actors`` other actors.  Prints
the time to build the fits and to solve, the links assigned and the total fit,
next to a greedy choice (best pair first) on the same fits.  Run:

    python benchmarks/staffing_bench.py [--members 100] [--actors 1000] [--links 2000] [--min-fit 30]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

KINDS = ["politics", "administration", "experts", "citizens", "firms", "civil_society"]
DEPARTMENTS = ["ruimte", "sociaal", "economie", "dienstverlening", "bedrijfsvoering"]
TENSIONS = ["low", "low", "medium", "high"]


def generate(members: int, actors: int, links: int, seed: int = 1) -> str:
    from verbinder.catalogue import load_catalogue
    from verbinder.resources import default_catalogue

    rng = random.Random(seed)
    comps = [c.id for c in load_catalogue(default_catalogue()).competencies]
    lines = ["name: Staffing benchmark", "actors:"]
    for i in range(actors):
        kind = rng.choice(KINDS)
        dept = f", department: {rng.choice(DEPARTMENTS)}" if kind == "administration" else ""
        lines.append(f"  - {{id: a{i}, name: Actor {i}, kind: {kind}, influence: {rng.randint(1, 5)}{dept}}}")
    for i in range(members):
        levels = ", ".join(f"{c}: {rng.randint(1, 4)}" for c in rng.sample(comps, rng.randint(8, 20)))
        lines.append(
            f"  - {{id: m{i}, name: Member {i}, kind: administration, kopgroep: true, "
            f"department: {rng.choice(DEPARTMENTS)}, capacity: {rng.randint(2, 8)}, competencies: {{{levels}}}}}"
        )
    lines.append("links:")
    for i in range(links):
        a, b = rng.sample(range(actors), 2)
        lines.append(f"  - {{id: l{i}, from: a{a}, to: a{b}, tension: {rng.choice(TENSIONS)}}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--actors", type=int, default=1000)
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--min-fit", type=int, default=30)
    args = parser.parse_args()

    from verbinder.analysis.links import analyse_links
    from verbinder.plan import staffing
    from verbinder.project import load_project

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.yaml"
        path.write_text(generate(args.members, args.actors, args.links), encoding="utf-8")
        t0 = time.perf_counter()
        project = load_project(path)
        analysis = analyse_links(project.model, project.link_ids, project.rules)
        t1 = time.perf_counter()
        calls = {}
        real_solve = staffing.solve_matrix

        def timed_solve(points, capacities):
            start = time.perf_counter()
            result = real_solve(points, capacities)
            calls["solve"] = time.perf_counter() - start
            calls["points"], calls["capacities"] = points, capacities
            return result

        staffing.solve_matrix = timed_solve
        plan = staffing.plan_staffing(project.model, analysis, project.rules, min_fit=args.min_fit)
        t2 = time.perf_counter()
    matrix, caps = calls["points"], calls["capacities"]
    points = [[None if p < 0 else int(p) for p in row] for row in matrix.tolist()]
    g = staffing.greedy(points, caps)
    g_count = sum(1 for j in g if j is not None)
    g_total = sum(points[i][j] for i, j in enumerate(g) if j is not None)
    slots = sum(caps)
    print(f"{args.members} members ({slots} free slots), {args.links} open links, min fit {args.min_fit}%")
    print(f"load + analyse: {t1 - t0:.2f} s; staffing: {t2 - t1:.2f} s (of which solve {calls['solve']:.2f} s)")
    print(f"optimal: {len(plan.assigned)} links, total fit {plan.total_fit}")
    print(f"greedy:  {g_count} links, total fit {g_total}")


if __name__ == "__main__":
    main()
