"""``verbinder profiles``: required/current/gap per kopgroep member, in every format."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from support import DALBURG, FIXTURES, KOPGROEP, ROOT, TESTS, check_golden


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """Focus points weigh agenda due dates against today: pin it, so the golden files stay true."""
    monkeypatch.setenv("VERBINDER_TODAY", "2027-01-15")


GOLDEN = TESTS / "golden"
DALBURG_MEMBERS = {
    "anna": "Anna de Vries",
    "sem": "Sem Jansen",
    "fatima": "Fatima El Amrani",
    "joost": "Joost van Dijk",
    "lotte": "Lotte Visser",
    "mehmet": "Mehmet Yilmaz",
    "ingrid": "Ingrid Bos",
}


def _members(run, *args):
    result = run("profiles", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_required_current_gap_follow_the_rules_and_the_role(run):
    doc = _members(run, KOPGROEP)
    assert doc["schema_version"] == 1
    anna, bert = doc["members"]
    assert (anna["id"], anna["name"], anna["links"]) == ("anna", "Anna Aalbers", ["liaison"])
    comps = {c["id"]: (c["required"], c["current"], c["gap"]) for c in anna["competencies"]}
    # liaison: wh (politics, 5) -> anna -> tue (experts, 2), tension medium; tests/fixtures/roles:
    # brug (vertalen 1, vertrouwen-opbouwen 1), brug-politiek (politieke-sensitiviteit 2), spanning-middel
    # (conflicthantering 2), machtsverschil (gap 3: machtsbewustzijn 1), pos-liaison (netwerken 1);
    # role basis: baseline regisseren 1.  Current levels from the fixture.
    # An explicit 0 (conflicthantering, regisseren) is assessed and gives a gap; a competency the fixture does
    # not name is not assessed: current and gap null, never a gap.
    assert comps == {
        "conflicthantering": (2, 0, 2),
        "machtsbewustzijn": (1, None, None),
        "regisseren": (1, 0, 1),
        "vertrouwen-opbouwen": (1, None, None),
        "politieke-sensitiviteit": (2, 3, 0),
        "netwerken": (1, 1, 0),
        "vertalen": (1, 2, 0),
    }
    # open gaps first (largest first), then not assessed, then the rest
    assert [c["id"] for c in anna["competencies"]][:4] == [
        "conflicthantering",
        "regisseren",
        "machtsbewustzijn",
        "vertrouwen-opbouwen",
    ]
    regisseren = next(c for c in anna["competencies"] if c["id"] == "regisseren")
    assert (regisseren["source"], regisseren["role_baseline"], regisseren["links"]) == ("role", 1, [])
    conflict = next(c for c in anna["competencies"] if c["id"] == "conflicthantering")
    assert conflict["asked_by"] == [{"link": "liaison", "level": 2, "rules": ["spanning-middel"]}]
    assert (anna["open_gaps"], anna["gap_levels"]) == (2, 3)
    assert anna["not_assessed"] == ["machtsbewustzijn", "vertrouwen-opbouwen"]
    # Bert makes no link: only his recorded levels, nothing required.
    assert bert["links"] == [] and all(c["required"] == 0 and c["gap"] == 0 for c in bert["competencies"])


def test_dalburg_json_golden(run):
    result = run("profiles", DALBURG, "--format", "json")
    assert result.exit_code == 0
    check_golden(GOLDEN / "profiles-dalburg.json", result.stdout)


def test_dalburg_csv_golden(run):
    result = run("profiles", DALBURG, "--format", "csv")
    assert result.exit_code == 0
    check_golden(GOLDEN / "profiles-dalburg.csv", result.stdout)


def test_dalburg_markdown_golden(run):
    result = run("profiles", DALBURG.relative_to(ROOT), "--format", "markdown", "--lang", "en")
    assert result.exit_code == 0
    check_golden(GOLDEN / "profiles-dalburg.en.markdown", result.stdout)


def test_csv_one_row_per_member_and_competency(run):
    doc = _members(run, DALBURG)
    rows = list(csv.DictReader(io.StringIO(run("profiles", DALBURG, "-f", "csv", "-d", ",", "--no-bom").stdout)))
    assert len(rows) == sum(len(m["competencies"]) + len(m["also_relevant"]) for m in doc["members"])
    also = [r for r in rows if r["source"] == "also_relevant"]
    assert also and all(r["required"] and "gap" in r for r in also)  # the same fields as the kept ones
    row = next(r for r in rows if r["member_id"] == "lotte" and r["competency_id"] == "vertalen")
    assert (row["competency_nl"], row["competency_en"], row["source"]) == ("Vertalen", "Translating", "links+role")
    row = next(r for r in rows if r["member_id"] == "anna" and r["competency_id"] == "onderhandelen")
    assert int(row["gap"]) == max(0, int(row["required"]) - int(row["current"]))
    assert row["required_level_name"] == "Zelfstandig" and row["level_descriptor"]


def test_csv_semicolon_with_bom_for_dutch_excel_quotes_properly(run, tmp_path):
    model = tmp_path / "m.yaml"
    text = KOPGROEP.read_text(encoding="utf-8").replace("name: Anna Aalbers", "name: 'Anna \"An\" Aal; bers'")
    text = text.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    model.write_text(text.replace("roles: roles", f"roles: {FIXTURES / 'roles'}"), encoding="utf-8")
    result = run("profiles", model, "-f", "csv", "--delimiter", ";", "--bom")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("\ufeffmember_id;member_name;")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert rows[1][1] == 'Anna "An" Aal; bers'
    assert '"Anna ""An"" Aal; bers"' in result.stdout
    assert all(len(r) == len(rows[0]) for r in rows)


def test_tab_delimiter_and_a_bad_one(run):
    assert run("profiles", KOPGROEP, "-f", "csv", "-d", "tab").stdout.startswith("\ufeffmember_id\tmember_name\t")
    result = run("profiles", KOPGROEP, "-f", "csv", "-d", ";;", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "';;' cannot be a delimiter: use one character such as ',' or ';', or 'tab'\n"


def test_xlsx_needs_output(run):
    result = run("profiles", KOPGROEP, "-f", "xlsx", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "--format xlsx writes a file: give --output FILE.xlsx\n"


def test_xlsx_is_readable_by_a_person(run, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "profielen.xlsx"
    result = run("profiles", KOPGROEP, "-f", "xlsx", "-o", out)
    assert result.exit_code == 0, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Overzicht", "anna", "bert"]
    summary = wb["Overzicht"]
    assert [c.value for c in summary[1]][:3] == ["id", "naam", "rol"]
    assert summary.freeze_panes == "A2" and summary["A1"].font.bold
    assert [c.value for c in summary[2]][:7] == ["anna", "Anna Aalbers", "Basis", 1, 2, 2, 3]  # the role by name
    anna = wb["anna"]
    assert anna["A1"].value == "Anna Aalbers" and anna["C2"].value == "Basis"  # the header block
    assert anna.freeze_panes == "A10" and anna.column_dimensions["G"].width == 62
    first = [c.value for c in anna[10]]
    assert first[:5] == [1, "Conflicthantering (nl)", 2, 0, 2]  # the first focus point first
    assert anna["E10"].fill.fgColor.rgb.endswith("FFC7CE")  # gap highlighted light red
    last = anna.max_row
    assert anna[f"E{last}"].value == 0 and anna[f"E{last}"].fill.fill_type is None
    # an existing file is kept without --force, replaced with it
    again = run("profiles", KOPGROEP, "-f", "xlsx", "-o", out, "--lang", "en")
    assert again.exit_code == 2 and again.stderr == f"{out} exists; use --force to overwrite it\n"
    assert run("profiles", KOPGROEP, "-f", "xlsx", "-o", out, "--force").exit_code == 0


def test_a_formula_like_name_stays_text_in_xlsx(tmp_path):
    from openpyxl import load_workbook

    from verbinder.analysis.profiles import MemberProfile
    from verbinder.catalogue import load_catalogue
    from verbinder.render.xlsx import workbook

    cat = load_catalogue(FIXTURES / "catalogue.yaml")
    data = workbook([MemberProfile("x", "=HYPERLINK(1)", None, None, 4, [], [])], cat, "M", "en")
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    cell = load_workbook(path)["Summary"]["B2"]
    assert cell.value == "=HYPERLINK(1)" and cell.data_type == "s"


def test_output_file_is_written_and_not_overwritten(run, tmp_path):
    out = tmp_path / "p.md"
    assert run("profiles", KOPGROEP, "-f", "markdown", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Competentieprofielen: Kopgroep-test")
    result = run("profiles", KOPGROEP, "-f", "markdown", "-o", out)
    assert result.exit_code == 2 and "--force" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table"])
def test_pseudonymised_export_holds_no_real_name_or_id(run, fmt):
    result = run("profiles", DALBURG, "-f", fmt, "--pseudonymise", "--salt", "geheim")
    assert result.exit_code == 0
    text = result.stdout
    for member_id, name in DALBURG_MEMBERS.items():
        for word in [member_id, *name.split()]:
            if len(word) > 3:
                assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), (word, fmt)
    assert "Lid " in text or "m-" in text


def test_pseudonymised_xlsx_holds_no_real_name(run, tmp_path):
    import zipfile

    out = tmp_path / "p.xlsx"
    assert run("profiles", DALBURG, "-f", "xlsx", "-o", out, "--pseudonymise").exit_code == 0
    with zipfile.ZipFile(out) as z:
        blob = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    for name in DALBURG_MEMBERS.values():
        assert name.split()[0] not in blob


def test_pseudonyms_are_stable_and_keyed(run):
    first = _members(run, DALBURG, "--pseudonymise", "--salt", "a")
    second = _members(run, DALBURG, "--pseudonymise", "--salt", "a")
    other = _members(run, DALBURG, "--pseudonymise", "--salt", "b")
    ids = [m["id"] for m in first["members"]]
    assert ids == [m["id"] for m in second["members"]]
    assert ids != [m["id"] for m in other["members"]]
    assert first["pseudonymised"] is True and all(re.fullmatch(r"m-[0-9a-f]{8}", i) for i in ids)
    assert first["members"][0]["name"] == f"Lid {ids[0][2:]}"
    assert ids == sorted(ids)  # not the model's order, which would name member n by position (review N4)


def test_pseudonymise_replaces_every_link_id(run):
    # a link id names its ends, and an end may be a person outside the kopgroep too (issue 22)
    from verbinder.analysis.profiles import Asked, CompetencyNeed, MemberProfile, pseudonymise

    p = MemberProfile("anna", "Anna", None, None, 4, ["anna--bert", "wh--tue"], [])
    p.competencies.append(CompetencyNeed("vertalen", 2, 1, [Asked("anna--bert", 2, ("r",))]))
    (q,) = pseudonymise([p], "", "Member")
    assert all(lid.startswith("link-") for lid in q.links) and "wh" not in "".join(q.links)
    assert q.competencies[0].asked_by[0].link == q.links[0]


def test_table_in_english(run):
    result = run("profiles", KOPGROEP, "--lang", "en")
    assert result.exit_code == 0
    assert "Competency profiles: Kopgroep-test" in result.stdout
    assert "Anna Aalbers (anna) — role Basics, 1 link at capacity 2" in result.stdout  # the role's English name


def test_no_members(run, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text("name: Leeg\nactors:\n  - {id: a, name: A, kind: politics}\n", encoding="utf-8")
    result = run("profiles", model, "--lang", "en")
    assert result.exit_code == 0
    assert "The model has no kopgroep members (kopgroep: true)." in result.stdout


def test_link_pseudonyms_are_stable_and_distinct():
    from verbinder.analysis.profiles import MemberProfile, pseudonymise

    tom = MemberProfile("tom", "Tom", None, None, 4, ["atomic-battery", "tom--wh", "wh--tom--heat", "tommy--wh"], [])
    (q,) = pseudonymise([tom], "s", "Member")
    (again,) = pseudonymise([tom], "s", "Member")
    assert q.links == again.links and len(set(q.links)) == 4
    assert all(lid.startswith("link-") and "tom" not in lid for lid in q.links)


def test_pseudonymise_without_salt_warns_on_stderr(run):
    result = run("profiles", KOPGROEP, "-f", "json", "--pseudonymise", "--lang", "en", env={"VERBINDER_SALT": ""})
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: pseudonyms without a secret salt (--salt or VERBINDER_SALT)")
    salted = run("profiles", KOPGROEP, "-f", "json", "--pseudonymise", "--salt", "k", "--lang", "en")
    assert salted.exit_code == 0 and salted.stderr == ""


def _injection_model(tmp_path):
    model = KOPGROEP.read_text(encoding="utf-8")
    model = model.replace("name: Anna Aalbers", 'name: "=HYPERLINK(1)"').replace("name: Bert Bakker", 'name: "@SUM(1)"')
    model = model.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    model = model.replace("roles: roles", f"roles: {FIXTURES / 'roles'}")
    path = tmp_path / "m.yaml"
    path.write_text(model, encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_get_a_quote(value):
    from verbinder.analysis.profiles import CompetencyNeed, MemberProfile
    from verbinder.catalogue import load_catalogue
    from verbinder.render.profiles import to_csv

    cat = load_catalogue(FIXTURES / "catalogue.yaml")
    p = MemberProfile("x", value, None, None, 4, [], [CompetencyNeed("vertalen", 2, 1)])
    rows = list(csv.reader(io.StringIO(to_csv([p], cat, "en"))))
    assert rows[1][1].startswith("'"), rows[1]
    assert rows[1][6:9] == ["2", "1", "1"]  # numbers stay numbers
    raw = list(csv.reader(io.StringIO(to_csv([p], cat, "en", raw=True))))
    assert not raw[1][1].startswith("'")


def test_csv_from_the_cli_is_safe_unless_raw(run, tmp_path):
    model = _injection_model(tmp_path)
    safe = run("profiles", model, "-f", "csv", "--lang", "en")
    assert safe.exit_code == 0, safe.stderr
    assert {r["member_name"] for r in csv.DictReader(io.StringIO(safe.stdout.lstrip("\ufeff")))} == {
        "'=HYPERLINK(1)",
        "'@SUM(1)",
    }
    raw = run("profiles", model, "-f", "csv", "--raw", "--lang", "en")
    assert {r["member_name"] for r in csv.DictReader(io.StringIO(raw.stdout.lstrip("\ufeff")))} == {
        "=HYPERLINK(1)",
        "@SUM(1)",
    }
