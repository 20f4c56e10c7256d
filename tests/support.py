"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"

# The inputs many test files use, defined once (paths as a user types them: the CLI tests run from ROOT).
#: The test rules and catalogue, as command-line options.
FIX = ("--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml")
#: The small model most CLI tests analyse (its model file names the test rules and catalogue too).
MODEL = "tests/fixtures/model.yaml"
#: A kopgroep with assessed competencies: profiles, staffing, development plans.
KOPGROEP = FIXTURES / "kopgroep.yaml"
#: The shipped examples.
DALBURG = ROOT / "examples" / "gemeente-dalburg.yaml"
SMALL_TOWN = ROOT / "examples" / "small-town.yaml"


@functools.cache
def tool(name: str) -> str | None:
    """The path of an installed program a test drives, or None where it is missing.

    ``chromium`` must also start (a wrapper for a missing snap does not); ``mmdc`` is also looked for in
    ``VERBINDER_MMDC`` and in ``.ci/mermaid``, where ``.ci/run`` installs it with npm.
    """
    if name == "mmdc":
        local = ROOT / ".ci" / "mermaid" / "node_modules" / ".bin" / "mmdc"
        return os.environ.get("VERBINDER_MMDC") or shutil.which("mmdc") or (str(local) if local.exists() else None)
    path = shutil.which(name)
    if path is not None and name == "chromium":
        try:
            done = subprocess.run([path, "--version"], capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return path if done.returncode == 0 else None
    return path


def check_tools(item: pytest.Item) -> None:
    """Skip ``item`` where a program it needs (``@pytest.mark.needs("chromium", ...)``) is missing; fail it instead
    when ``VERBINDER_REQUIRE_TOOLS=1`` (set by ``.ci/run``), so CI cannot pass by skipping."""
    missing = [name for mark in item.iter_markers("needs") for name in mark.args if tool(name) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)}, which is not installed"
    if os.environ.get("VERBINDER_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{message} (VERBINDER_REQUIRE_TOOLS=1: .ci/run must install it)", pytrace=False)
    pytest.skip(message)


#: Set to 1 to rewrite golden files from the current output (then review the diff).
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file ``path`` (or rewrite it with UPDATE_GOLDEN=1)."""
    if UPDATE_GOLDEN or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path.name} was missing and has been written; review and commit it")
    assert actual == path.read_text(encoding="utf-8")


#: Competencies of the shipped catalogue that generated members are assessed in (some, never all: unknown levels).
GENERATED_COMPETENCIES = (
    "vertalen",
    "netwerken",
    "regisseren",
    "samenwerken",
    "politieke-sensitiviteit",
    "integriteit",
    "conflicthantering",
    "onderhandelen",
    "faciliteren",
    "vertrouwen-opbouwen",
)


def generated_model(seed: int, *, actors: int = 36, links: int = 70, members: int = 6, items: int = 4) -> str:
    """A valid, seeded model (YAML text) that uses what the planner and the reports read: a kopgroep with capacities
    (some members over theirs) and partly assessed competencies, politics actors (a griffie on even seeds, an
    opposing faction), links with and without a connector (some kopgroep members between two politics actors),
    topics, tension, departments and agenda items with due dates, owners (on odd items) and stakeholders."""
    import random

    rng = random.Random(seed)
    kinds = ["administration", "politics", "experts", "citizens", "firms", "civil_society"]
    lines = [f"name: Generated municipality {seed}", f"language: {'en' if seed % 2 else 'nl'}", "actors:"]
    ids, kind_of = [], {}
    politics = ["wethouder-a", "wethouder-b", "fractie-x"] + (["griffie"] if seed % 2 == 0 else [])
    for pid in politics:
        stance = "opposes" if pid == "fractie-x" else "supports"
        lines.append(f"  - {{id: {pid}, name: 'Politiek {pid}', kind: politics, influence: 5, stance: {stance}}}")
        ids.append(pid)
        kind_of[pid] = "politics"
    member_ids = [f"lid-{i}" for i in range(members)]
    for i, mid in enumerate(member_ids):
        comps = rng.sample(GENERATED_COMPETENCIES, rng.randint(0, 5))
        levels = ", ".join(f"{c}: {rng.randint(0, 4)}" for c in comps)
        dept = rng.choice(["ruimte", "sociaal", "economie"])
        lines.append(
            f"  - {{id: {mid}, name: 'Lid {i} (adviseur)', kind: administration, kopgroep: true, "
            f"capacity: {rng.randint(1, 4)}, department: {dept}, competencies: {{{levels}}}}}"
        )
        ids.append(mid)
        kind_of[mid] = "administration"
    for i in range(actors - len(ids)):
        aid = f"actor-{i}"
        kind = kinds[i % len(kinds)]
        dept = f", department: {rng.choice(['ruimte', 'sociaal', 'economie'])}" if kind == "administration" else ""
        lines.append(
            f"  - {{id: {aid}, name: 'Actor {i}', kind: {kind}, influence: {rng.randint(1, 5)}, "
            f"interest: {rng.randint(1, 5)}{dept}}}"
        )
        ids.append(aid)
        kind_of[aid] = kind
    item_ids = [f"item-{i}" for i in range(items)]
    lines.append("links:")
    seen = set()
    for i in range(links):
        if i < 2:  # two links between politics actors, the second with a kopgroep member in between
            a, b = "wethouder-a", "fractie-x" if i == 0 else "wethouder-b"
        else:
            a, b = rng.sample(ids, 2)
        if (a, b) in seen:
            continue
        seen.add((a, b))
        parts = [f"id: link-{i}", f"from: {a}", f"to: {b}"]
        roll = rng.random()
        if i == 1 or roll < 0.45:
            via = rng.choice([m for m in member_ids if m not in (a, b)])
            parts.append(f"via: {via}")
        elif roll < 0.6:
            via = rng.choice([x for x in ids if x not in (a, b)])
            parts.append(f"via: {via}")
        parts.append(f"tension: {rng.choice(['low', 'low', 'medium', 'high'])}")
        if rng.random() < 0.5:
            parts.append(f"agenda: [{rng.choice(item_ids)}]")
        if rng.random() < 0.3:
            parts.append(f"topic: 'Onderwerp {i % 5}'")
        lines.append("  - {" + ", ".join(parts) + "}")
    lines.append("agenda:")
    for i, item in enumerate(item_ids):
        stakeholders = ", ".join(rng.sample([x for x in ids if x not in member_ids], 4))
        owner = ", owner: wethouder-a" if i % 2 else ""
        lines.append(
            f"  - {{id: {item}, title: 'Agendapunt {i}', due: 202{7 + i % 2}-0{1 + i % 9}, "
            f"stakeholders: [{stakeholders}]{owner}}}"
        )
    return "\n".join(lines) + "\n"


#: How the tests (and benchmarks/map_bench.py) start Debian's chromium through Playwright: headless, WebGL by
#: SwiftShader (software), nothing phoning home. Never ``playwright install``: the browser is the system's.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
]
