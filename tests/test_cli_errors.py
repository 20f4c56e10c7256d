"""Usage errors (an unknown option, a missing argument, a value not among the choices): one sentence in the session's
language, after the command, exit code 2; never click's three English lines."""

from __future__ import annotations

import pytest

from verbinder.cli.common import HELP_LANG, usage_error_text

EXPECTED = {
    "nl": {
        ("compare", "a.csv", "b.csv", "-f", "pdf"): (
            "verbinder compare: --format kent 'pdf' niet; kies uit table, markdown, html, json, csv "
            "(-h toont alle opties)"
        ),
        ("discover", "x.csv", "--bogus"): (
            "verbinder discover: onbekende optie --bogus; bedoel je --groups? (-h toont alle opties)"
        ),
        ("discover", "x.csv", "--group"): (
            "verbinder discover: onbekende optie --group; bedoel je --groups? (-h toont alle opties)"
        ),
        (
            "discover",
            "x.csv",
            "--top",
            "abc",
        ): "verbinder discover: --top vraagt een geheel getal (-h toont alle opties)",
        ("compare",): "verbinder compare: BEFORE ontbreekt (-h toont alle opties)",
        ("discover", "a", "b", "c"): "verbinder discover: te veel argumenten: b c (-h toont alle opties)",
        ("discover", "x.csv", "--lang", "de"): (
            "verbinder discover: --lang kent 'de' niet; kies uit nl, en (-h toont alle opties)"
        ),
    },
    "en": {
        ("compare", "a.csv", "b.csv", "-f", "pdf"): (
            "verbinder compare: --format does not know 'pdf'; choose from table, markdown, html, json, csv "
            "(-h lists every option)"
        ),
        ("discover", "x.csv", "--group"): (
            "verbinder discover: unknown option --group; did you mean --groups? (-h lists every option)"
        ),
        ("discover", "x.csv", "--top", "abc"): "verbinder discover: --top needs a whole number (-h lists every option)",
        ("compare",): "verbinder compare: BEFORE is missing (-h lists every option)",
    },
}


@pytest.mark.parametrize("args", list(EXPECTED["nl"]))
def test_one_sentence_exit_2(run, args):
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Error" not in lines[0] and "Try '" not in lines[0]
    assert result.stdout == ""
    if HELP_LANG in EXPECTED and args in EXPECTED[HELP_LANG]:
        assert lines[0] == EXPECTED[HELP_LANG][args]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sentences_in_both_languages(lang, monkeypatch):
    """The errors the commands raise, rendered in each language (whatever the locale the tests run in)."""
    import typer._click.exceptions as click_errors
    from typer.testing import CliRunner

    from verbinder.cli.app import app

    caught = []
    monkeypatch.setattr(click_errors.UsageError, "show", lambda error, file=None: caught.append(error))
    for args, sentence in EXPECTED[lang].items():
        caught.clear()
        assert CliRunner().invoke(app, list(args)).exit_code == 2
        assert usage_error_text(caught[0], lang) == sentence


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_lang_on_the_command_line_decides_even_after_the_error(run, lang):
    """--lang is honoured wherever it stands, also after the option that is wrong."""
    for args in (
        ("compare", "a.csv", "b.csv", "-f", "pdf", "--lang", lang),
        ("compare", f"--lang={lang}", "-f", "pdf"),
    ):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr.strip() == EXPECTED[lang][("compare", "a.csv", "b.csv", "-f", "pdf")]
