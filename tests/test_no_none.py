"""No output of any command in any human format shows the word "None" (issue 21).

Python's ``None`` leaks into text wherever a missing value is formatted instead of left out (the report printed a
stray "None" under its learning agenda and under its actions). Every command that reads a model runs here in every
format a person reads: the terminal tables, Markdown, CSV, HTML (report, map, conversation document), xlsx and the
graph formats, on both shipped examples in both languages and on generated models (:func:`support.generated_model`),
and each output is scanned for the word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import DALBURG, SMALL_TOWN, generated_model

NONE = re.compile(r"\bNone\b")
TODAY = ("--today", "2026-05-04")


def _models(tmp: Path) -> dict[str, Path]:
    out = {"dalburg": DALBURG, "small-town": SMALL_TOWN}
    for seed in (1, 2, 3):
        path = tmp / f"generated-{seed}.yaml"
        path.write_text(generated_model(seed), encoding="utf-8")
        out[f"generated-{seed}"] = path
    return out


def _changed(model: Path, tmp: Path) -> Path:
    """A copy of ``model`` with one link's tension changed (something for ``diff`` to report)."""
    text = model.read_text(encoding="utf-8")
    for old, new in (("tension: high", "tension: low"), ("tension: low", "tension: high")):
        if old in text:
            text = text.replace(old, new, 1)
            break
    path = tmp / f"changed-{model.name}"
    path.write_text(text, encoding="utf-8")
    return path


def _invocations(model: Path, tmp: Path, lang: str) -> list[tuple[str, ...]]:
    """Every command on ``model`` in every human format (the files they write are scanned too)."""
    from verbinder.cli.app import app
    from verbinder.project import load_project

    project = load_project(model)
    member = next((a.id for a in project.model.actors if a.kopgroep), None)
    m = str(model)
    calls: list[tuple[str, ...]] = [
        ("validate", m),
        ("explain", m, project.link_ids[0]),
        ("diff", str(_changed(model, tmp)), m),
        ("diff", str(_changed(model, tmp)), m, "-f", "markdown"),
        ("report", m, "-o", str(tmp / "report.html"), *TODAY),
        ("map", m, "-o", str(tmp / "map.html"), *TODAY),
        ("export", m, "-o", str(tmp / "model.xlsx")),
        ("export", m, "-f", "csv", "-o", str(tmp / "csv")),
        ("profiles", m, "-f", "csv"),
        ("profiles", m, "--explain", *TODAY),
        ("profiles", m, "-f", "xlsx", "-o", str(tmp / "profiles.xlsx")),
        ("connect", m, "--weave"),
    ]
    for fmt in ("table", "markdown"):
        calls += [
            ("analyse", m, "-f", fmt),
            ("analyse", m, "-f", fmt, "--explain"),
            ("agenda", m, "-f", fmt, *TODAY),
            ("profiles", m, "-f", fmt, *TODAY),
            ("staff", m, "-f", fmt),
            ("connect", m, "-f", fmt),
            ("develop", m, "-f", fmt, *TODAY),
        ]
    if "plan" in {c.name for c in app.registered_commands}:
        calls += [("plan", m, "-f", fmt) for fmt in ("table", "markdown")]
    for fmt in ("tree", "dot", "mermaid", "graphml", "gexf", "kumu"):
        calls.append(("graph", m, "-f", fmt))
    if member is not None:
        calls.append(("profiles", m, member, "-f", "html", "-o", str(tmp / "conversation.html"), *TODAY))
    return [(*call, "--lang", lang, "--force") if "-o" in call else (*call, "--lang", lang) for call in calls]


def _written(tmp: Path) -> list[tuple[str, str]]:
    """The text of every file the commands wrote: HTML and CSV as they are, xlsx cell by cell."""
    from openpyxl import load_workbook

    out = []
    for path in sorted(tmp.rglob("*")):
        if path.suffix in (".html", ".csv"):
            out.append((path.name, path.read_text(encoding="utf-8-sig")))
        elif path.suffix == ".xlsx":
            book = load_workbook(path, read_only=True)
            cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
            out.append((path.name, "\n".join(cells)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", ["dalburg", "small-town", "generated-1", "generated-2", "generated-3"])
def test_no_command_shows_none(run, tmp_path, name, lang):
    model = _models(tmp_path)[name]
    out = tmp_path / "out"
    out.mkdir()
    found = []
    for call in _invocations(model, out, lang):
        result = run(*call)
        assert result.exit_code in (0, 1), (call, result.output[-2000:])
        for stream in (result.stdout, result.stderr):
            found += [(call, line) for line in stream.splitlines() if NONE.search(line)]
    for file, text in _written(out):
        found += [(file, line[:200]) for line in text.splitlines() if NONE.search(line)]
    assert found == []


def test_the_scan_finds_none():
    assert NONE.search("leeragenda None") and NONE.search("None") and not NONE.search("Nonetheless, nobody")
