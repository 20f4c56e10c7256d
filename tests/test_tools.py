"""The test suite's own machinery: the programs a test needs, and CI's refusal to skip them."""

from __future__ import annotations

import re

import pytest

from support import ROOT, TESTS, check_tools, tool

MISSING = "verbinder-no-such-program"


def test_a_missing_program_skips_locally_and_fails_under_require_tools(request, monkeypatch):
    request.node.add_marker(pytest.mark.needs("sh", MISSING))
    monkeypatch.delenv("VERBINDER_REQUIRE_TOOLS", raising=False)
    with pytest.raises(pytest.skip.Exception, match=f"^needs {MISSING}, which is not installed$"):
        check_tools(request.node)
    monkeypatch.setenv("VERBINDER_REQUIRE_TOOLS", "1")
    with pytest.raises(pytest.fail.Exception, match=r"\(VERBINDER_REQUIRE_TOOLS=1: \.ci/run must install it\)$"):
        check_tools(request.node)


def test_installed_programs_pass(request, monkeypatch):
    monkeypatch.setenv("VERBINDER_REQUIRE_TOOLS", "1")
    request.node.add_marker(pytest.mark.needs("sh"))
    check_tools(request.node)  # neither skips nor fails
    assert tool("sh") is not None and tool(MISSING) is None


#: Each program a test may name in ``@pytest.mark.needs`` and the package ``.ci/run`` installs it from.
INSTALLED_BY_CI = {
    "dot": "graphviz",
    "chromium": "chromium",
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "soffice": "libreoffice-calc-nogui",
    "tmux": "tmux",
    "mmdc": "@mermaid-js/mermaid-cli",
}


def test_every_needed_program_is_installed_by_ci():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    named = set()
    for path in TESTS.glob("test_*.py"):
        for args in re.findall(r"mark\.needs\(([^)]*)\)", path.read_text(encoding="utf-8")):
            named |= set(re.findall(r'"([^"]+)"', args))
    named -= {MISSING, "sh"}  # the two this file uses to test the mark itself
    assert named and named <= set(INSTALLED_BY_CI), named - set(INSTALLED_BY_CI)
    for package in INSTALLED_BY_CI.values():
        assert package in script, package
    assert "VERBINDER_REQUIRE_TOOLS=1 python -m pytest" in script
    assert "|| true" not in script
