"""The library's front door: ``verbinder.load`` and the analyses on a :class:`~verbinder.Project`."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import verbinder
from support import FIXTURES, ROOT
from verbinder.analysis.agenda import agenda_coverage
from verbinder.analysis.diagnostics import diagnose
from verbinder.analysis.links import analyse_links

CAT, ROLES = FIXTURES / "catalogue.yaml", FIXTURES / "roles"


def test_exports_are_public_and_resolve():
    for name in verbinder.__all__:
        assert getattr(verbinder, name) is not None
    assert verbinder.load is verbinder.load_project
    assert (ROOT / "src" / "verbinder" / "py.typed").exists()
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = verbinder.nothing


def test_import_stays_light():
    """``import verbinder`` (and so ``verbinder --help``) must not load the analysis stack."""
    heavy = "('pydantic', 'networkx', 'verbinder.project')"
    code = f"import sys, verbinder; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_load_takes_plain_strings_with_model_keys():
    """A model with ``catalogue:`` and ``roles:`` keys, given as ``str`` (it crashed with AttributeError)."""
    project = verbinder.load(str(FIXTURES / "kopgroep.yaml"))
    assert project.path == FIXTURES / "kopgroep.yaml"
    as_path = verbinder.load(FIXTURES / "kopgroep.yaml", roles=str(ROLES), catalogue=str(CAT))
    assert [a.id for a in project.model.actors] == [a.id for a in as_path.model.actors]


def test_analyse_merges_warnings_as_the_command_did():
    project = verbinder.load(FIXTURES / "model.yaml", roles=ROLES, catalogue=CAT)
    result = project.analyse()
    links = analyse_links(project.model, project.link_ids, project.rules)  # the pipeline by hand
    diagnostics = diagnose(links)
    agenda = agenda_coverage(links)
    assert [a.id for a in result.links.links] == [a.id for a in links.links]
    assert result.warnings == [*links.warnings, *diagnostics.findings, *agenda.warnings]
    assert list(result.rule_warnings) == links.warnings
    assert result.diagnostics.grid == diagnostics.grid
    # computed once: a second call does not add the warnings again, the cached link analysis keeps its own
    assert project.analyse().warnings == result.warnings
    assert project.link_analysis.warnings == links.warnings


def test_project_entry_points():
    project = verbinder.load(ROOT / "examples" / "gemeente-dalburg.yaml")
    members = [a.id for a in project.model.actors if a.kopgroep]
    assert [p.id for p in project.profiles()] == members
    assert [p.id for p in project.development(members[0])] == [members[0]]
    assert project.staffing(min_fit=100).min_fit == 100
    coverage, plan = project.agenda(dt.date(2027, 1, 1))
    assert plan.today == dt.date(2027, 1, 1) and coverage is project.agenda_coverage
    assert verbinder.diff(project, project).equal
    assert project.language("en") == "en" and project.language() == project.model.language
    with pytest.raises(verbinder.UsageError):
        project.member("nobody")


def test_load_reports_bad_input_as_input_error(tmp_path):
    bad = tmp_path / "m.yaml"
    bad.write_text("name: x\nactors: [\n", encoding="utf-8")
    with pytest.raises(verbinder.InputError) as info:
        verbinder.load(bad)
    assert str(bad) in str(info.value)


def _cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang, "COLUMNS": "80"}
    script = Path(sys.executable).parent / "verbinder"  # the console script, so usage says "verbinder"
    return subprocess.run([str(script), *args], capture_output=True, text=True, env=env)


def test_version():
    result = _cli("--version", lang="C")
    assert (result.returncode, result.stdout) == (0, f"verbinder {verbinder.__version__}\n")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl_NL.UTF-8",
            ["Gebruik: verbinder validate", "Argumenten:", "Opties:", "Toon deze hulp en stop.", "verplicht"],
        ),
        (
            "en_GB.UTF-8",
            ["Usage: verbinder validate", "Arguments:", "Options:", "Show this message and exit.", "required"],
        ),
    ],
)
def test_typer_texts_follow_the_session_language(lang, expected):
    out = _cli("validate", "--help", lang=lang).stdout
    assert [text for text in expected if text not in out] == []
    if lang.startswith("nl"):
        assert "Show this message" not in out and "Usage:" not in out
