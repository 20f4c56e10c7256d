"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import os
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

#: Set to 1 to rewrite golden files from the current output (then review the diff).
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(path: Path, actual: str) -> None:
    """Compare ``actual`` with the golden file ``path`` (or rewrite it with UPDATE_GOLDEN=1)."""
    if UPDATE_GOLDEN or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path.name} was missing and has been written; review and commit it")
    assert actual == path.read_text(encoding="utf-8")
