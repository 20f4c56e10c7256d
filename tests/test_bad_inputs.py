"""Golden messages for bad input: every file in tests/bad/ ends in exit 2 and its exact message.

Each ``NAME.yaml`` (a model) has ``NAME.expected``: what ``verbinder validate``
prints on stderr in English.  Regenerate with ``UPDATE_GOLDEN=1 pytest
tests/test_bad_inputs.py`` and review the diff.  The test catalogue and
rules are used so the messages do not change with the shipped content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import TESTS, check_golden

BAD = TESTS / "bad"
CASES = sorted(p for p in BAD.iterdir() if p.suffix in (".yaml", ".yml"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_bad_model_has_golden_message(run, path: Path):
    rel = path.relative_to(TESTS.parent).as_posix()
    result = run(
        "validate", rel, "--lang", "en",
        "--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml",
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    check_golden(path.with_suffix(".expected"), result.stderr)


def test_corpus_is_large_enough():
    assert len(CASES) >= 20
