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


# --- private by default ----------------------------------------------------------------------------------------

PRIVATE = """\
name: Privé
language: nl
catalogue: {catalogue}
roles: {roles}
actors:
  - {{id: wethouder, name: Wethouder, kind: politics, influence: 5}}
  - {{id: tu, name: TU, kind: experts}}
  - {{id: mgr-dienst, name: Mirjam Meulenbelt, kind: administration, employee_id: '0099001'}}
  - id: zoe-zwart
    name: Zoë Zwartkop
    kind: administration
    kopgroep: true
    employee_id: '0047119'
    function: Strateeg Qwerty
    scale: '12X'
    manager: mgr-dienst
    competencies: {{vertalen: 1, netwerken: 0}}
  - id: kees-kraai
    name: Kees Kraaijeveld
    kind: administration
    kopgroep: true
    employee_id: '0081522'
    manager: mgr-dienst
    competencies: {{regisseren: 3, vertalen: 4}}
links:
  - {{id: zoe-zwart--wethouder-tu, from: wethouder, to: tu, via: zoe-zwart, tension: high}}
  - {{id: overleg-kees-mirjam, from: tu, to: wethouder, via: kees-kraai}}
"""
IDENTIFYING = [
    "zoe-zwart",
    "Zoë Zwartkop",
    "Zwartkop",
    "0047119",
    "47119",
    "Strateeg Qwerty",
    "12X",
    "mgr-dienst",
    "Mirjam",
    "Meulenbelt",
    "0099001",
    "kees-kraai",
    "Kees",
    "Kraaijeveld",
    "0081522",
    "overleg-kees",
    "wethouder-tu",
]


@pytest.fixture
def private_model(tmp_path):
    path = tmp_path / "prive.yaml"
    path.write_text(PRIVATE.format(catalogue=FIXTURES / "catalogue.yaml", roles=FIXTURES / "roles"), "utf-8")
    return path


def _text_of(path) -> str:
    """A file's text; an xlsx workbook's XML parts decoded (where a spreadsheet keeps its strings)."""
    import zipfile

    data = path.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as book:
            return "\n".join(book.read(n).decode("utf-8") for n in book.namelist())
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "xlsx", "markdown"])
def test_pseudonymised_outputs_hold_no_identifying_value(run, private_model, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    if fmt in ("table", "markdown"):
        plain = run("profiles", private_model, "-f", fmt, "-o", out, "--explain")
    else:
        plain = run("profiles", private_model, "-f", fmt, "-o", out)
    assert plain.exit_code == 0, plain.stderr
    text = _text_of(out)
    assert "Zwartkop" in text and "kees-kraai" in text  # the search finds them where they are
    if fmt in ("csv", "json"):
        assert "0047119" in text and "Meulenbelt" in text
    hidden = tmp_path / f"hidden.{fmt}"
    extra = ["--explain"] if fmt in ("table", "markdown") else []
    result = run("profiles", private_model, "-f", fmt, "-o", hidden, "--pseudonymise", "--salt", "k", *extra)
    assert result.exit_code == 0, result.stderr
    text = _text_of(hidden).lower()
    assert [value for value in IDENTIFYING if value.lower() in text] == []


def test_the_conversation_document_refuses_pseudonymise(run, private_model, tmp_path):
    out = tmp_path / "zoe.html"
    result = run("profiles", private_model, "zoe-zwart", "-f", "html", "-o", out, "--pseudonymise", "--lang", "en")
    assert result.exit_code == 2 and not out.exists()
    assert result.stderr == (
        "a conversation document is about one person by name and cannot be pseudonymised; leave out --pseudonymise "
        "or choose -f csv, json, xlsx, markdown or table\n"
    )


@pytest.mark.slow
def test_hr_files_notes_and_backups_are_the_owners_only(run, private_model, tmp_path):
    import stat

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)

    for fmt in ("csv", "json", "xlsx", "markdown", "table"):
        out = tmp_path / f"p.{fmt}"
        assert run("profiles", private_model, "-f", fmt, "-o", out).exit_code == 0
        assert mode(out) == 0o600, fmt
    html = tmp_path / "zoe.html"
    assert run("profiles", private_model, "zoe-zwart", "-f", "html", "-o", html).exit_code == 0
    assert mode(html) == 0o600
    plan = tmp_path / "plan.md"
    assert run("develop", private_model, "-f", "markdown", "-o", plan).exit_code == 0
    assert mode(plan) == 0o600
    private_model.chmod(0o644)
    levels = tmp_path / "levels.csv"
    levels.write_text("lid;competentie;niveau;datum\nzoe-zwart;vertalen;2;2026-01-05\n", encoding="utf-8")
    assert run("assess", private_model, "--import", levels).exit_code == 0
    assert mode(tmp_path / "prive.yaml.bak") == 0o600
    notes = tmp_path / "notes.md"
    answers = "\n".join(["2"] * 30) + "\nIk luister beter.\n\n\n\n"
    result = run("assess", private_model, "zoe-zwart", "--notes", notes, input=answers)
    assert result.exit_code == 0, result.stderr
    assert mode(notes) == 0o600


def test_a_high_tension_link_with_citizens_asks_conflict_handling_and_participation(run, tmp_path):
    """Issue 22: a high-tension link between the municipality and an opposing residents' association."""
    path = tmp_path / "wind.yaml"
    path.write_text(
        "name: Tegenwind\nlanguage: nl\nactors:\n"
        "  - {id: gemeente, name: Gemeente, kind: administration, influence: 4}\n"
        "  - {id: bewoners, name: Bewonersvereniging Tegenwind, kind: citizens, influence: 2, stance: opposes}\n"
        "  - {id: anna, name: Anna, kind: administration, kopgroep: true}\n"
        "links:\n  - {id: wind, from: gemeente, to: bewoners, via: anna, tension: high}\n",
        encoding="utf-8",
    )
    (link,) = json.loads(run("analyse", path, "-f", "json").stdout)["links"]
    asked = [c["id"] for c in link["competencies"]]
    assert len(asked) <= 7 and link["also_relevant"]
    assert "conflicthantering" in asked and "participatie" in asked


# --- dispositions are themes for reflection, never deficits -----------------------------------------------------


def test_dispositions_are_reflection_themes_never_exported_gaps(run, tmp_path):
    from support import DALBURG
    from verbinder.project import load

    project = load(DALBURG)
    dispositions = {c.id for c in project.catalogue.competencies if c.disposition}
    assert {"vergevingsgezindheid", "bescheidenheid", "authenticiteit"} <= dispositions
    profiles = project.profiles()
    assert any(p.reflection_themes for p in profiles)
    for p in profiles:
        assert not dispositions & {c.id for c in p.asked}, p.id  # never a level, a gap or an HR row
    for a in project.link_analysis.links:
        assert not dispositions & {r.competency for r in (*a.requirements, *a.also_relevant)}, a.id
    out = tmp_path / "p.csv"
    assert run("profiles", DALBURG, "-f", "csv", "-o", out).exit_code == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert not [r for r in rows if any(f";{d};" in r for d in dispositions)]
    anna = next(p for p in profiles if p.reflection_themes)
    html = tmp_path / "a.html"
    assert run("profiles", DALBURG, anna.id, "-f", "html", "-o", html).exit_code == 0
    assert "Reflectiethema" in html.read_text(encoding="utf-8")


def test_no_indicator_says_uitsluitend():
    """'Spreekt collega's aan op uitsluitend taalgebruik' read as 'only language use' (issue 22)."""
    from support import ROOT

    assert "uitsluitend taalgebruik" not in (ROOT / "competencies.yaml").read_text(encoding="utf-8")


def test_documents_name_topics_a_workload_and_break_no_word(run, model, tmp_path):
    text = model.read_text(encoding="utf-8").replace(
        "{id: wijk, from: ruimte, to: bew, via: carla}",
        "{id: wijk, from: ruimte, to: bew, via: carla, topic: Wijkvisie}",
    )
    model.write_text(text, encoding="utf-8")
    html = tmp_path / "carla.html"
    assert run("profiles", model, "carla", "-f", "html", "-o", html, "--lang", "en").exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert "<dd>Wijkvisie</dd>" in page and "<dd>1 link at capacity 2</dd>" in page and ">wijk<" not in page
    out = tmp_path / "p.xlsx"
    assert run("profiles", model, "-f", "xlsx", "-o", out).exit_code == 0
    for ws in load_workbook(out).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.alignment.wrap_text and cell.coordinate not in ws.merged_cells:
                    width = ws.column_dimensions[cell.column_letter].width
                    longest = max((len(w) for w in cell.value.split()), default=0)
                    assert longest < width or longest > 30, (ws.title, cell.coordinate, cell.value, width)
