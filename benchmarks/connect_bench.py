"""How long ``verbinder connect`` takes: 500 actors, 50 agenda items with 20 stakeholders each (target: 2 s).

A generated model: ``--actors`` actors of the six kinds (civil servants in five
departments, 30 kopgroep members with random levels), ``--items`` agenda items
with ``--stakeholders`` stakeholders each (an owner among the politics actors)
and ``--links`` links, a third of them serving a random item.  Prints the time
of the whole command's work (load and check the model, the five principles
with the minimality pass, the connectors by the staffing optimiser, the JSON),
the time of loading the model alone as the baseline measured in the same run,
and both against the 2-second target.  Run:

    python benchmarks/connect_bench.py [--actors 500] [--items 50] [--stakeholders 20] [--links 1500] [--weave]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

KINDS = ["politics", "administration", "experts", "citizens", "firms", "civil_society"]
DEPARTMENTS = ["ruimte", "sociaal", "economie", "dienstverlening", "bedrijfsvoering"]
STANCES = ["supports", "neutral", "opposes", "unknown"]
TARGET = 2.0


def generate(actors: int, items: int, stakeholders: int, links: int, members: int = 30, seed: int = 1) -> str:
    """The benchmark model as YAML text."""
    from verbinder.catalogue import load_catalogue
    from verbinder.resources import default_catalogue

    rng = random.Random(seed)
    comps = [c.id for c in load_catalogue(default_catalogue()).competencies]
    lines = ["name: Connect benchmark", "actors:"]
    kinds = []
    for i in range(actors):
        kind = KINDS[i % len(KINDS)]
        kinds.append(kind)
        extra = f", department: {rng.choice(DEPARTMENTS)}" if kind == "administration" else ""
        if kind == "administration" and i < members * len(KINDS):
            levels = ", ".join(f"{c}: {rng.randint(1, 4)}" for c in rng.sample(comps, rng.randint(8, 20)))
            extra += f", kopgroep: true, capacity: {rng.randint(2, 8)}, competencies: {{{levels}}}"
        lines.append(
            f"  - {{id: a{i}, name: Actor {i}, kind: {kind}, influence: {rng.randint(1, 5)}, "
            f"interest: {rng.randint(1, 5)}, stance: {rng.choice(STANCES)}{extra}}}"
        )
    politics = [i for i, k in enumerate(kinds) if k == "politics"]
    lines.append("links:")
    for i in range(links):
        a, b = rng.sample(range(actors), 2)
        agenda = f", agenda: [i{rng.randrange(items)}]" if i % 3 == 0 else ""
        lines.append(f"  - {{id: l{i}, from: a{a}, to: a{b}{agenda}}}")
    lines.append("agenda:")
    for i in range(items):
        chosen = rng.sample(range(actors), stakeholders)
        owner = rng.choice(politics)
        lines.append(
            f"  - {{id: i{i}, title: Item {i}, owner: a{owner}, stakeholders: [{', '.join(f'a{s}' for s in chosen)}]}}"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--stakeholders", type=int, default=20)
    parser.add_argument("--links", type=int, default=1500)
    parser.add_argument("--weave", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from verbinder.project import load_project
    from verbinder.render import connect as render
    from verbinder.render.json import dumps

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.yaml"
        path.write_text(generate(args.actors, args.items, args.stakeholders, args.links), encoding="utf-8")
        load_times, total_times = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            project = load_project(path)
            loaded = time.perf_counter()
            plan = project.connect(weave=args.weave)
            dumps(render.to_json(plan, project.model, "en"))
            done = time.perf_counter()
            load_times.append(loaded - start)
            total_times.append(done - start)
    load, total = min(load_times), min(total_times)
    print(
        f"model: {args.actors} actors, {args.links} links, {args.items} items x {args.stakeholders} stakeholders"
        f"{' (weave)' if args.weave else ''}"
    )
    print(
        f"proposals: {len(plan.proposals)} ({len(plan.new)} new, {len(plan.extend)} extend), unmet: {len(plan.unmet)}"
    )
    print(f"load and check (baseline): {load:.3f} s")
    print(
        f"connect, all of it:        {total:.3f} s  = {total / load:.1f}x the load; principles, connectors, JSON: "
        f"{total - load:.3f} s"
    )
    print(f"against the {TARGET:.0f} s target: {total / TARGET:.2f} ({'within' if total <= TARGET else 'OVER'})")


if __name__ == "__main__":
    main()
