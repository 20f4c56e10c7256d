"""Shared fixtures: paths to the test catalogue and rules, and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from support import FIXTURES, ROOT, check_tools

# A message key that does not exist fails the test that uses it (also in the CLI run as a subprocess).
os.environ["VERBINDER_STRICT_I18N"] = "1"
from verbinder.i18n import set_strict

set_strict(True)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test whose program is missing skips, or fails under ``VERBINDER_REQUIRE_TOOLS=1`` (``.ci/run``)."""
    check_tools(item)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def run(monkeypatch):
    """Run the CLI in-process from the repository root, with a neutral locale."""
    from verbinder.cli.app import app

    monkeypatch.chdir(ROOT)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    runner = CliRunner()

    def invoke(*args: str, **kwargs):
        return runner.invoke(app, [str(a) for a in args], **kwargs)

    return invoke
