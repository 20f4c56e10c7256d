"""HR keys, `assess --import`, the assessment history and rater precedence."""

from __future__ import annotations

import csv
import io
import json

import pytest

from support import FIXTURES, KOPGROEP
from verbinder.analysis.history import current_level, current_levels, differences, last_assessed
from verbinder.model import Actor, Assessment


@pytest.fixture
def model(tmp_path):
    text = KOPGROEP.read_text(encoding="utf-8")
    text = text.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    text = text.replace("roles: roles", f"roles: {FIXTURES / 'roles'}")
    text = text.replace(
        "    role: basis   # baseline regisseren 1\n",
        "    role: basis   # baseline regisseren 1\n    employee_id: '004711'\n    function: Beleidsadviseur\n"
        "    scale: '11'\n    manager: bert\n",
    )
    path = tmp_path / "model.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _rec(cid, level, date, rater="self"):
    return Assessment(competency=cid, level=level, date=date, rater=rater)


def test_current_level_is_the_latest_manager_or_peer_else_the_latest_self():
    assert current_level([]) is None
    assert current_level([_rec("x", 1, "2026-01-01"), _rec("x", 3, "2026-02-01")]) == 3  # latest self
    others = [_rec("x", 4, "2026-06-01"), _rec("x", 2, "2026-03-01", "manager"), _rec("x", 1, "2026-01-01", "peer")]
    assert current_level(others) == 2  # the manager's, although the self-rating is later
    assert current_level([*others, _rec("x", 3, "2026-04-01", "peer")]) == 3  # a later peer rating


def test_history_overrules_the_plain_levels_and_shows_conversation_points():
    actor = Actor.model_validate(
        {
            "id": "a",
            "name": "A",
            "kind": "administration",
            "competencies": {"x": 1, "y": 2},
            "assessments": [
                {"competency": "x", "level": 4, "date": "2026-05-01"},
                {"competency": "x", "level": 2, "date": "2026-04-01", "rater": "manager"},
                {"competency": "y", "level": 3, "date": "2026-05-02"},
                {"competency": "y", "level": 2, "date": "2026-05-03", "rater": "peer"},
            ],
        }
    )
    assert current_levels(actor) == {"x": 2, "y": 2}
    assert differences(actor) == [("x", 4, 2)]  # y differs by 1 only
    assert last_assessed(actor) == "2026-05-03"


BAD = (
    "member;competency;level;assessed_on;rater\n"
    "anna;vertalen;3;2026-11-01;manager\n"
    "anna;vertaalen;2;2026-11-01;self\n"
    "bert;netwerken;7;2026-02-30;boss\n"
    "carla;netwerken;1;;\n"
)


def test_import_with_bad_rows_writes_nothing_and_names_every_cell(run, model, tmp_path):
    levels = tmp_path / "levels.csv"
    levels.write_text(BAD, encoding="utf-8")
    before = model.read_text(encoding="utf-8")
    result = run("assess", model, "--import", levels, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{levels}:3:2: unknown competency 'vertaalen' — did you mean 'vertalen'?",
        f"{levels}:4:3: '7' is not a level: use a whole number from 0 to 4",
        f"{levels}:4:4: '2026-02-30' is not a date: use YYYY-MM-DD or DD-MM-YYYY",
        f"{levels}:4:5: unknown rater (self, manager or peer) 'boss'",
        f"{levels}:5:1: unknown kopgroep member 'carla'",
    ]
    assert model.read_text(encoding="utf-8") == before
    assert not (tmp_path / "model.yaml.bak").exists()


def test_import_by_employee_id_with_bom_and_semicolons_records_history(run, model, tmp_path):
    levels = tmp_path / "levels.csv"
    levels.write_bytes(
        "\ufeffemployee_id;competency;level;assessed_on;rater\n"
        "004711;vertalen;3;2026-11-01;manager\n"
        "004711;vertalen;4;2026-11-20;self\n"
        "004711;netwerken;2;2026-11-20;\n".encode()
    )
    result = run("assess", model, "--import", levels, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert (
        result.stderr.splitlines()[0] == f"Read 3 levels of 1 kopgroep member from {levels} and saved them in {model}."
    )
    text = model.read_text(encoding="utf-8")
    assert "# Kopgroep fixture" in text  # comments kept
    assert "{competency: vertalen, level: 4, date: '2026-11-20', rater: self}" in text
    assert (tmp_path / "model.yaml.bak").exists()
    doc = json.loads(run("profiles", model, "-f", "json").stdout)
    anna = doc["members"][0]
    comps = {c["id"]: c["current"] for c in anna["competencies"]}
    assert comps["vertalen"] == 3 and comps["netwerken"] == 2  # the manager's 3 beats the later self 4
    assert anna["last_assessed"] == "2026-11-20"
    assert anna["self_vs_others"] == [] and anna["employee_id"] == "004711" and anna["manager"] == "bert"
    out = run("profiles", model, "-f", "csv").stdout  # a Dutch model: ';' and a BOM, as Dutch Excel reads it
    assert out.startswith("\ufeffmember_id;")
    row = next(csv.DictReader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    assert (row["employee_id"], row["function"], row["scale"], row["manager"]) == (
        "004711",
        "Beleidsadviseur",
        "11",
        "bert",
    )


def test_self_and_others_two_apart_is_a_conversation_point(run, model, tmp_path):
    levels = tmp_path / "levels.csv"
    levels.write_text(
        "member,competency,level,assessed_on,rater\nanna,netwerken,4,2026-10-01,self\nanna,netwerken,1,2026-10-02,peer\n",
        encoding="utf-8",
    )
    assert run("assess", model, "--import", levels).exit_code == 0
    out = run("profiles", model, "--lang", "en").stdout
    assert "Conversation points: self-rating and others' rating 2 or more levels apart" in out
    assert "Networking (en): self 4, others 1" in out or "self 4, others 1" in out
    assert "Last assessment: 2026-10-02" in out


def test_unknown_manager_is_located(run, model):
    model.write_text(model.read_text(encoding="utf-8").replace("manager: bert", "manager: bret"), encoding="utf-8")
    result = run("validate", model, "--lang", "en")
    assert result.exit_code == 2
    assert "actors[7].manager: unknown actor 'bret' — did you mean 'bert'?" in result.stderr


def test_assess_needs_a_member_or_an_import(run, model):
    result = run("assess", model, "--lang", "en")
    assert result.exit_code == 2 and result.stderr == "give a kopgroep member (MEMBER) or --import FILE\n"


def test_diff_shows_level_changes_with_their_dates(run, model, tmp_path):
    levels = tmp_path / "levels.csv"
    levels.write_text(
        "member,competency,level,assessed_on,rater\n"
        "anna,netwerken,3,2026-10-01,peer\n"
        "anna,netwerken,4,2026-10-05,self\n"
        "anna,regisseren,1,2026-09-01,self\n",
        encoding="utf-8",
    )
    assert run("assess", model, "--import", levels).exit_code == 0
    backup = tmp_path / "model.yaml.bak"
    doc = json.loads(run("diff", backup, model, "-f", "json").stdout)
    (anna,) = [c for c in doc["actors"]["changed"] if c["id"] == "anna"]
    # the peer's 3 sets netwerken (not the later self 4); regisseren (assessed 0 in the fixture) has a self-rating
    assert anna["changes"] == [
        {"field": "competencies.netwerken", "old": 1, "new": 3, "date": "2026-10-01", "rater": "peer"},
        {"field": "competencies.regisseren", "old": 0, "new": 1, "date": "2026-09-01", "rater": "self"},
    ]
    text = run("diff", backup, model, "--lang", "en").stdout
    assert "competencies.netwerken 1 → 3 (2026-10-01, peer)" in text
