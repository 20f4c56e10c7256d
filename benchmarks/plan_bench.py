"""How long ``verbinder plan`` takes (issue 21: within 2 s on 500 actors / 2,000 links, 30 kopgroep members and
50 agenda items of 20 stakeholders each), against loading the same model, measured side by side.

The model: 470 actors of the six kinds (politics among them, owners of the items), 30 kopgroep members
(capacity 3..8, 8..20 assessed competencies of the shipped catalogue, so many asked ones are unknown), 2,000 links
of which 8 % are held by a member (about their capacity; some start over it), half by a connector outside the
kopgroep and the rest open, each serving 0..2 items; 50 items with 20 stakeholders each.  Prints the seconds to
load (read, check, resolve the rules), to classify the links, and to plan, the plan's size, and the ratio of the
plan's time to the load's.  Run:

    python benchmarks/plan_bench.py [--actors 500] [--links 2000] [--members 30] [--items 50] [--stakeholders 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

KINDS = ["politics", "administration", "experts", "citizens", "firms", "civil_society"]
DEPARTMENTS = ["ruimte", "sociaal", "economie", "dienstverlening", "bedrijfsvoering"]
TENSIONS = ["low", "low", "medium", "high"]


def generate(actors: int, links: int, members: int, items: int, stakeholders: int, seed: int = 21) -> str:
    from verbinder.catalogue import load_catalogue
    from verbinder.resources import default_catalogue

    rng = random.Random(seed)
    comps = [c.id for c in load_catalogue(default_catalogue()).competencies]
    others = actors - members
    lines = ["name: Plan benchmark", "actors:"]
    kinds = []
    for i in range(others):
        kind = rng.choice(KINDS)
        kinds.append(kind)
        dept = f", department: {rng.choice(DEPARTMENTS)}" if kind == "administration" else ""
        lines.append(
            f"  - {{id: a{i}, name: Actor {i}, kind: {kind}, influence: {rng.randint(1, 5)}, "
            f"interest: {rng.randint(1, 5)}{dept}}}"
        )
    for i in range(members):
        levels = ", ".join(f"{c}: {rng.randint(0, 4)}" for c in rng.sample(comps, rng.randint(8, 20)))
        lines.append(
            f"  - {{id: m{i}, name: Member {i}, kind: administration, kopgroep: true, "
            f"department: {rng.choice(DEPARTMENTS)}, capacity: {rng.randint(3, 8)}, competencies: {{{levels}}}}}"
        )
    politics = [i for i, k in enumerate(kinds) if k == "politics"]
    lines.append("links:")
    for i in range(links):
        a, b = rng.sample(range(others), 2)
        roll, other = rng.random(), rng.randrange(others)
        if roll < 0.08:
            via = f", via: m{rng.randrange(members)}"  # held by a kopgroep member
        elif roll < 0.6 and other not in (a, b):
            via = f", via: a{other}"  # a connector outside the kopgroep
        else:
            via = ""  # open
        agenda = ", ".join(f"i{rng.randrange(items)}" for _ in range(rng.randint(0, 2)))
        agenda = f", agenda: [{', '.join(dict.fromkeys(agenda.split(', ')))}]" if agenda else ""
        lines.append(f"  - {{id: l{i}, from: a{a}, to: a{b}{via}, tension: {rng.choice(TENSIONS)}{agenda}}}")
    lines.append("agenda:")
    for i in range(items):
        names = ", ".join(f"a{s}" for s in rng.sample(range(others), stakeholders))
        lines.append(f"  - {{id: i{i}, title: Item {i}, owner: a{rng.choice(politics)}, stakeholders: [{names}]}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--stakeholders", type=int, default=20)
    args = parser.parse_args()

    import verbinder

    text = generate(args.actors, args.links, args.members, args.items, args.stakeholders)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.yaml"
        path.write_text(text, encoding="utf-8")
        verbinder.load(path)  # warm the imports: neither side pays them
        t0, l0 = time.perf_counter(), time.process_time()
        project = verbinder.load(path)
        t1, l1 = time.perf_counter(), time.process_time()
        project.link_analysis  # noqa: B018 - the classification the plan reads, timed on its own
        t2 = time.perf_counter()
        import scipy.optimize  # noqa: F401 - the solver's import, which a command pays once (timed apart)

        t2b, c0 = time.perf_counter(), time.process_time()
        plan = project.plan(today=dt.date(2026, 12, 1))
        t3, c1 = time.perf_counter(), time.process_time()
    load, classify, solver_import, planning = t1 - t0, t2 - t1, t2b - t2, t3 - t2b
    print(f"model: {args.actors} actors, {args.links} links, {args.members} members, {args.items} items x "
          f"{args.stakeholders} stakeholders")  # fmt: skip
    print(f"load      {load:6.3f} s")
    print(f"classify  {classify:6.3f} s")
    print(f"import    {solver_import:6.3f} s   (scipy.optimize, once per command)")
    print(f"plan      {planning:6.3f} s   ({planning / load:.2f}x the load; target: under 2 s)")
    print(f"plan CPU  {c1 - c0:6.3f} s   ({(c1 - c0) / (l1 - l0):.2f}x the load's {l1 - l0:.3f} CPU seconds: what an "
          "idle machine would wait)")  # fmt: skip
    print(
        f"plan: {len(plan.assignments)} assignments, {len(plan.reassignments)} moves, {len(plan.proposals)} "
        f"proposals, {len(plan.escalations)} escalations, {len(plan.assessments)} assessments, "
        f"{len(plan.unmet)} unmet; gap levels {plan.totals.gap_levels_before} -> {plan.totals.gap_levels_after}"
    )


if __name__ == "__main__":
    main()
