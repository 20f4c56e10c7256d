"""Golden messages for bad input: every case in tests/bad/ ends in exit 2 and its exact message.

- ``tests/bad/NAME.yaml``: a model; ``tests/bad/roles/NAME/``: a folder of role files;
  ``tests/bad/catalogue/NAME.yaml``: a catalogue.
- Each has ``NAME.expected`` beside it: what ``verbinder validate`` prints on stderr
  in English (models are validated against the test catalogue and rules; role
  folders and catalogues with the test model).  Regenerate with ``UPDATE_GOLDEN=1 pytest
tests/test_bad_inputs.py`` and review the diff.  The test catalogue and
rules are used so the messages do not change with the shipped content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support import MODEL, ROOT, TESTS, check_golden
from verbinder.errors import InputError

BAD = TESTS / "bad"
MODELS = sorted(p for p in BAD.iterdir() if p.suffix in (".yaml", ".yml"))
ROLE_FOLDERS = sorted(p for p in (BAD / "roles").iterdir() if p.is_dir())
CATALOGUES = sorted((BAD / "catalogue").glob("*.yaml"))
ROLES = "tests/fixtures/roles"
CATALOGUE = "tests/fixtures/catalogue.yaml"


def rel(path: Path) -> str:
    return path.relative_to(TESTS.parent).as_posix()


def check(result, expected: Path) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    check_golden(expected, result.stderr)


@pytest.mark.parametrize("path", MODELS, ids=[p.stem for p in MODELS])
def test_bad_model_has_golden_message(run, path: Path):
    result = run("validate", rel(path), "--lang", "en", "--roles", ROLES, "--catalogue", CATALOGUE)
    check(result, path.with_suffix(".expected"))


@pytest.mark.parametrize("path", ROLE_FOLDERS, ids=[p.name for p in ROLE_FOLDERS])
def test_bad_role_files_have_golden_message(run, path: Path):
    result = run("validate", MODEL, "--lang", "en", "--roles", rel(path), "--catalogue", CATALOGUE)
    check(result, path.with_suffix(".expected"))


@pytest.mark.parametrize("path", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_bad_catalogue_has_golden_message(run, path: Path):
    result = run("validate", MODEL, "--lang", "en", "--roles", ROLES, "--catalogue", rel(path))
    check(result, path.with_suffix(".expected"))


COMMANDS = yaml.safe_load((BAD / "cli" / "commands.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", COMMANDS, ids=[c["id"] for c in COMMANDS])
def test_bad_command_has_golden_message(run, monkeypatch, case: dict, lang: str):
    monkeypatch.delenv("VERBINDER_TODAY", raising=False)
    monkeypatch.setenv("LANG", {"en": "en_GB.UTF-8", "nl": "nl_NL.UTF-8"}[lang])  # for commands without --lang
    for var, value in (case.get("env") or {}).items():
        monkeypatch.setenv(var, str(value))
    result = run(*[str(a).replace("{lang}", lang) for a in case["args"]])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.replace(f"{ROOT}/", "") == case[lang] + "\n"


def test_corpus_is_large_enough():
    assert len(MODELS) + len(ROLE_FOLDERS) + len(CATALOGUES) >= 40


def test_enormous_file_is_refused_before_parsing(run, tmp_path, monkeypatch):
    import yaml

    from verbinder.io.yamlread import MAX_BYTES

    big = tmp_path / "groot.yaml"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("name: groot\nactors:\n")
        line = "  - {id: a, name: Actor, kind: politics}\n"
        fh.write(line * (MAX_BYTES // len(line) + 10))
    size = big.stat().st_size

    def no_parsing(*args, **kwargs):
        raise AssertionError("an enormous file must be refused before it is parsed")

    monkeypatch.setattr(yaml, "load", no_parsing)
    monkeypatch.setattr(yaml, "compose", no_parsing)
    result = run("validate", big, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{big}: the file has {size:,} bytes, more than the limit of {MAX_BYTES:,}\n"


@pytest.mark.slow
def test_too_many_links_is_refused_with_the_limit(tmp_path):
    from verbinder.io.validate import parse
    from verbinder.io.yamlread import Source
    from verbinder.model import MAX_LINKS, Model

    source = Source("veel.yaml", "name: Veel\nlinks:\n  - {from: a, to: b}\n")
    data = {"name": "Veel", "links": [{"from": "a", "to": "b"}] * (MAX_LINKS + 1)}
    with pytest.raises(InputError) as info:
        parse(Model, data, source)
    assert [str(p) for p in info.value.problems] == [f"veel.yaml:3:3: links: too many items: at most {MAX_LINKS:,}"]
