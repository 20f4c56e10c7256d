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
