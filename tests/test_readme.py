"""The README's Python API example runs as written."""

from __future__ import annotations

import doctest

from support import ROOT


def test_readme_python_api_example(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8
    assert result.failed == 0
