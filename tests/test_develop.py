"""``verbinder develop``: methods and role models per gap; role_models in the model are checked."""

from __future__ import annotations

import json

import pytest

from support import DALBURG, KOPGROEP, ROOT, TESTS, check_golden


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """Focus points weigh agenda due dates against today: pin it, so the golden files stay true."""
    monkeypatch.setenv("VERBINDER_TODAY", "2027-01-15")


def test_gaps_get_methods_and_role_models(run):
    result = run("develop", KOPGROEP, "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1
    anna, bert = doc["members"]
    # Anna's open gaps (see tests/test_profiles.py): conflicthantering 0->2, regisseren 0->1 (both assessed
    # at 0; the focus points first, tests/test_focus.py); machtsbewustzijn and vertrouwen-opbouwen were never
    # assessed: no gap, assess first.
    assert [(g["competency"], g["current"], g["required"], g["gap"]) for g in anna["gaps"]] == [
        ("conflicthantering", 0, 2, 2),
        ("regisseren", 0, 1, 1),
    ]
    assert anna["not_assessed"] == ["machtsbewustzijn", "vertrouwen-opbouwen"]
    conflict = anna["gaps"][0]
    # the fixture's methods have no step: they serve every gap
    assert conflict["methods"] == [
        {"approach": "agile", "step": None, "form": None, "name": "Retro", "exercise": "Run a retro."}
    ]
    # Ria Rijnders is listed under role_models for conflicthantering; Bert (level 2) is not high enough.
    assert conflict["role_models"] == [{"name": "Ria Rijnders", "organisation": None, "actor": None, "source": "model"}]
    # Bert is at level 3 in regisseren: an internal role model, named without his level (it is his assessment).
    assert anna["gaps"][1]["role_models"] == [
        {"name": "Bert Bakker", "organisation": None, "actor": "bert", "source": "kopgroep"}
    ]
    assert bert["gaps"] == [] and bert["not_assessed"] == []


def test_one_member_and_did_you_mean(run):
    result = run("develop", KOPGROEP, "bert", "--lang", "en")
    assert result.exit_code == 0
    assert "Bert Bakker (bert)" in result.stdout and "Anna" not in result.stdout
    assert "No competencies asked: this member has no links and no role with a baseline." in result.stdout
    wrong = run("develop", KOPGROEP, "anan", "--lang", "en")
    assert wrong.exit_code == 2
    assert wrong.stderr == "unknown kopgroep member 'anan' — did you mean 'anna'?\n"
    not_member = run("develop", KOPGROEP, "wh")  # an actor, but not in the kopgroep
    assert not_member.exit_code == 2
    assert not_member.stderr == "onbekende persoon in de kopgroep 'wh'\n"


def test_dalburg_markdown_golden(run):
    result = run("develop", DALBURG.relative_to(ROOT), "--format", "markdown")
    assert result.exit_code == 0
    check_golden(TESTS / "golden" / "develop-dalburg.markdown", result.stdout)
    # the example's role models: listed in the model, and colleagues at level 3 or more; competencies a member
    # was never assessed in are no gaps: they are listed to assess first
    assert "Directeur Dalkracht (Welzijnsorganisatie Dalkracht)" in result.stdout
    assert "Niet beoordeeld: 10 van de 12 gevraagde competenties. Beoordeel die eerst" in result.stdout
    assert "(verbinder assess examples/gemeente-dalburg.yaml lotte)" in result.stdout
    assert "MODEL" not in result.stdout and "Geen tekorten" not in result.stdout
    assert "(kopgroep: kan intern rolmodel zijn)" in result.stdout and "niveau 4" not in result.stdout


def test_table_lists_role_models(run):
    result = run("develop", KOPGROEP, "anna")
    assert result.exit_code == 0
    assert "Conflicthantering (nl): van 0 naar 2" in result.stdout
    assert "Rolmodellen: Bert Bakker (kopgroep: kan intern rolmodel zijn)" in result.stdout
    assert "Niet beoordeeld: 2 van de 7 gevraagde competenties" in result.stdout
    assert f"verbinder assess {KOPGROEP} anna" in " ".join(result.stdout.split())


def test_role_model_references_are_checked_and_located(run, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text(
        "name: T\n"
        "actors:\n"
        "  - {id: anna, name: Anna, kind: administration, kopgroep: true}\n"
        "role_models:\n"
        "  - {name: Jan, competencies: [vertalen, vertallen]}\n"
        "  - name: Piet\n"
        "    actor: ana\n",
        encoding="utf-8",
    )
    result = run("validate", model, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        f"{model}:5:42: role_models[0].competencies[1]: unknown competency 'vertallen' — did you mean 'vertalen'?\n"
        f"{model}:7:12: role_models[1].actor: unknown actor 'ana' — did you mean 'anna'?\n"
    )


def test_role_model_keys_are_strict(run, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text("name: T\nrole_models:\n  - {name: Jan, organization: X}\n", encoding="utf-8")
    result = run("validate", model, "--lang", "en")
    assert result.exit_code == 2
    assert "role_models[0]" in result.stderr and "organization" in result.stderr


def test_methods_follow_the_steps_of_the_gap():
    """A gap from 1 to 3 gets the methods of step 2 (1->2) then step 3 (2->3), and no others."""
    from verbinder.analysis.development import methods_for
    from verbinder.catalogue import load_catalogue
    from verbinder.resources import default_catalogue

    comp = load_catalogue(default_catalogue()).index()["systeemdenken"]
    steps = [m.step for m in methods_for(comp, 1, 3)]
    assert steps == sorted(steps) and set(steps) == {2, 3}
    assert methods_for(comp, 2, 2) == []
    assert {m.step for m in methods_for(comp, 0, 4)} == {1, 2, 3, 4}


def test_develop_shows_step_and_form(run):
    result = run("develop", DALBURG, "--format", "markdown", "--lang", "en")
    assert result.exit_code == 0
    assert "step 0→1 · training" in result.stdout or "step 1→2 · on-the-job assignment" in result.stdout
