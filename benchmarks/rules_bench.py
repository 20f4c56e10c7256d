"""What declaring the rule attributes once costs: the facts of every link, against a hand-written tuple.

Each attribute in ``verbinder.rules.vocabulary.ATTRIBUTES`` carries the function
that computes it, and ``facts_of`` calls them in turn.  The baseline is the
hand-written tuple the analysis built before (one expression per attribute, in
the vocabulary's order), checked to give the same facts.  Both run in the same
process, interleaved, on a generated 2,000-actor / 10,000-link model; the best
of the repeats is compared (these machines are shared and noisy).  Then the
whole rule evaluation (``analyse_links`` with fresh rule caches) is timed, for
scale.  Target: the facts at most 1.2x the hand-written tuple.  Run:

    python benchmarks/rules_bench.py [--actors 2000] [--links 10000] [--repeat 9]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyse_bench import generate_model


def hand_written(link, actors, _lid):
    """The facts as one tuple expression, as ``analysis/links.py`` wrote them before the vocabulary declared them."""
    from verbinder.graph import link_type, position
    from verbinder.model import TENSION_ORDER

    a, b = actors[link.from_], actors[link.to]
    via = actors[link.via] if link.via is not None else None
    ltype = link_type(a.kind, b.kind)
    pos = position(a.kind, via.kind, b.kind) if via is not None else None
    return (
        ltype.value,
        pos.value if pos is not None else "none",
        TENSION_ORDER[link.tension],
        abs(a.influence - b.influence),
        max(a.influence, b.influence),
        bool(link.agenda),
        via is not None,
        a.kind,
        b.kind,
        via.kind if via is not None else "none",
        frozenset((a.kind, b.kind)),
        a.department is not None and b.department is not None and a.department != b.department,
        bool(via is not None and via.kopgroep),
        (via.department or "none") if via is not None else "none",
        a.stance.value,
        b.stance.value,
        via.stance.value if via is not None else "none",
        frozenset((a.stance.value, b.stance.value)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--links", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    from verbinder.analysis.links import analyse_links, link_facts
    from verbinder.project import load_project
    from verbinder.rules.engine import RuleSet

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.yaml"
        path.write_text(generate_model(args.actors, args.links), encoding="utf-8")
        project = load_project(path)
    actors = project.model.actor_index()
    pairs = list(zip(project.model.links, project.link_ids, strict=True))
    assert all(link_facts(k, actors, i) == hand_written(k, actors, i) for k, i in pairs), "the facts differ"

    best = {"declared": float("inf"), "hand-written": float("inf")}
    for _ in range(args.repeat):
        for name, facts in (("declared", link_facts), ("hand-written", hand_written)):
            start = time.perf_counter()
            for link, lid in pairs:
                facts(link, actors, lid)
            best[name] = min(best[name], time.perf_counter() - start)
    ratio = best["declared"] / best["hand-written"]
    ok = ratio <= 1.2
    print(
        f"facts of {len(pairs):,} links: declared {best['declared'] * 1000:.0f} ms,"
        f" hand-written {best['hand-written'] * 1000:.0f} ms, ratio {ratio:.2f} (target <= 1.2)"
        f" {'ok' if ok else 'OVER TARGET'}"
    )
    rules = project.rules
    total = float("inf")
    for _ in range(3):
        fresh = RuleSet(rules.roles, rules.rules, rules.sources)
        start = time.perf_counter()
        analyse_links(project.model, project.link_ids, fresh)
        total = min(total, time.perf_counter() - start)
    print(f"the whole rule evaluation of those links (fresh caches): {total * 1000:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
