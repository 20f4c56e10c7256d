"""HR documents that are right and fair (issue 22): not assessed is said, never "no gaps"; no colleague's level."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from support import FIXTURES, KOPGROEP

NO_GAPS = ("Geen tekorten", "No gaps", "geen tekorten", "no gaps")


@pytest.fixture
def model(tmp_path):
    """The kopgroep fixture plus Carla, a member with a link who was never assessed in anything."""
    text = KOPGROEP.read_text(encoding="utf-8")
    text = text.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    text = text.replace("roles: roles", f"roles: {FIXTURES / 'roles'}")
    text = text.replace(
        "\nlinks:\n",
        "\n  - {id: carla, name: Carla Cremers, kind: administration, kopgroep: true, capacity: 2}\n\nlinks:\n",
    )
    text = text.replace("  - {id: wijk, from: ruimte, to: bew}", "  - {id: wijk, from: ruimte, to: bew, via: carla}")
    path = tmp_path / "kopgroep.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_never_assessed_member_is_not_assessed_in_develop(run, model, lang):
    for fmt in ("table", "markdown"):
        result = run("develop", model, "carla", "--lang", lang, "-f", fmt, env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.stderr
        text = " ".join(result.stdout.split())
        assert not any(words in text for words in NO_GAPS), text
        expected = "Niet beoordeeld: " if lang == "nl" else "Not assessed: "
        assert expected in text
        assert f"verbinder assess {model} carla" in text and "MODEL" not in text
    doc = json.loads(run("develop", model, "carla", "-f", "json").stdout)
    (carla,) = doc["members"]
    assert carla["gaps"] == [] and len(carla["not_assessed"]) == carla["asked"] > 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_never_assessed_members_conversation_document_says_not_assessed(run, model, tmp_path, lang):
    out = tmp_path / "carla.html"
    result = run("profiles", model, "carla", "-f", "html", "--output", out, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert not any(words in page for words in NO_GAPS)
    word = "niet beoordeeld" if lang == "nl" else "not assessed"
    assert page.count(word) >= 3  # the status, and the current level of each row
    assert "—</td>" not in page and "(nog niet zichtbaar)" not in page and "(not yet visible)" not in page


def test_no_gaps_only_when_everything_asked_is_assessed_and_met(run, model, tmp_path):
    text = model.read_text(encoding="utf-8")
    # Carla assessed at 4 in everything: then, and only then, "no gaps"
    doc = json.loads(run("profiles", model, "carla", "-f", "json").stdout)
    asked = [c["id"] for c in doc["members"][0]["competencies"] + doc["members"][0]["also_relevant"]]
    levels = ", ".join(f"{cid}: 4" for cid in asked)
    model.write_text(text.replace("capacity: 2}\n\nlinks:", f"capacity: 2, competencies: {{{levels}}}}}\n\nlinks:"))
    result = run("develop", model, "carla", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert f"No gaps: all {len(asked)} competencies asked are assessed and at the level asked." in " ".join(
        result.stdout.split()
    )


def test_summaries_have_a_not_assessed_column(run, model, tmp_path):
    markdown = run("profiles", model, "-f", "markdown", "--lang", "en").stdout
    header = next(line for line in markdown.splitlines() if line.startswith("| member"))
    assert "not assessed" in header
    carla_row = next(line for line in markdown.splitlines() if line.startswith("| Carla Cremers"))
    doc = json.loads(run("profiles", model, "-f", "json").stdout)
    carla = next(m for m in doc["members"] if m["id"] == "carla")
    assert carla_row.rstrip(" |").endswith(str(len(carla["not_assessed"])))
    out = tmp_path / "p.xlsx"
    assert run("profiles", model, "-f", "xlsx", "--output", out, "--lang", "en").exit_code == 0
    ws = load_workbook(io.BytesIO(out.read_bytes())).worksheets[0]
    headers = [c.value for c in ws[1]]
    column = headers.index("not assessed")
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "carla")
    assert row[column] == len(carla["not_assessed"])


def test_no_document_of_a_member_shows_a_colleagues_level(run, model, tmp_path):
    """Bert is at level 3 in regisseren and is Anna's role model: named, never with his level."""
    out = tmp_path / "anna.html"
    assert run("profiles", model, "anna", "-f", "html", "--output", out).exit_code == 0
    develop = run("develop", model, "anna", env={"COLUMNS": "200"}).stdout
    markdown = run("develop", model, "anna", "-f", "markdown").stdout
    data = run("develop", model, "anna", "-f", "json").stdout
    for text in (out.read_text(encoding="utf-8"), develop, markdown):
        lines = [line for line in text.replace("<li>", "\n").splitlines() if "Bert Bakker" in line]
        assert lines, "Bert is Anna's role model"
        for line in lines:
            assert "niveau" not in line and "level" not in line and "3" not in line, line
    for gap in json.loads(data)["members"][0]["gaps"]:
        for rm in gap["role_models"]:
            assert "level" not in rm
