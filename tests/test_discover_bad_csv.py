"""Golden messages for bad network files: every ``tests/bad/csv/NAME.edges.csv`` ends in exit 2 and its message.

``NAME.nodes.csv`` beside it is passed as ``--groups``; otherwise ``people.csv`` is (a valid
NODES file).  ``NAME.expected`` holds what ``verbinder discover`` prints on stderr in English.
Regenerate with ``UPDATE_GOLDEN=1 pytest tests/test_discover_bad_csv.py`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import TESTS, check_golden

BAD = TESTS / "bad" / "csv"
CASES = sorted(BAD.glob("*.edges.csv"))


def _stem(path: Path) -> str:
    return path.name.removesuffix(".edges.csv")


@pytest.mark.parametrize("path", CASES, ids=_stem)
def test_bad_network_has_golden_message(run, path: Path):
    nodes = path.with_name(f"{_stem(path)}.nodes.csv")
    if not nodes.exists():
        nodes = BAD / "people.csv"
    rel = lambda p: p.relative_to(TESTS.parent).as_posix()  # noqa: E731
    result = run("discover", rel(path), "--groups", rel(nodes), "--lang", "en")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    check_golden(BAD / f"{_stem(path)}.expected", result.stderr)


def test_corpus_is_large_enough():
    assert len(CASES) >= 10
