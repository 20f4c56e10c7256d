"""``verbinder assess``: the questionnaire writes levels back, keeps comments, and writes nothing when cut short."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from support import FIXTURES

# Anna's questions, in catalogue order (tests/fixtures/catalogue.yaml): the competencies her link `liaison`
# and her role `basis` require (see tests/test_profiles.py).
ANNA_ASKED = [
    "regisseren",
    "vertalen",
    "vertrouwen-opbouwen",
    "politieke-sensitiviteit",
    "conflicthantering",
    "netwerken",
    "machtsbewustzijn",
]
REFLECTIONS = 4


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.yaml"
    text = (FIXTURES / "kopgroep.yaml").read_text(encoding="utf-8")
    text = text.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    path.write_text(text.replace("roles: roles", f"roles: {FIXTURES / 'roles'}"), encoding="utf-8")
    return path


def _answers(*levels: str, reflections: tuple[str, ...] = ("",) * REFLECTIONS) -> str:
    return "\n".join([*levels, *reflections]) + "\n"


def test_interactive_levels_are_written_back_keeping_comments(run, model):
    before = model.read_text(encoding="utf-8")
    # regisseren 3, vertalen Enter (keeps 2), vertrouwen 'x' (asked again) then 2, politieke Enter,
    # conflicthantering 1, netwerken Enter, machtsbewustzijn 0 (an assessed level: recorded)
    result = run("assess", model, "anna", "--lang", "en", input=_answers("3", "", "x", "2", "", "1", "", "0"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    err = result.stderr
    assert "Self-assessment of Anna Aalbers: 7 competencies." in err
    assert "1/7 Regisseren (en)" in err and "7/7 Machtsbewustzijn (en)" in err
    assert "Behaviour 3." in err  # the indicators per level, in the chosen language
    assert "'x' is not a level: type 0, 1, 2, 3 or 4, or Enter for the current level." in err
    assert "Saved 4 levels of Anna Aalbers in" in err
    assert (
        "Level (0-4, Enter = not assessed): " in err
        and "Machtsbewustzijn (en): not assessed → 0" in err
        and f"Backup: {model}.bak" in err
    )
    after = model.read_text(encoding="utf-8")
    day = dt.date.today().isoformat()
    history = "".join(
        f"\n      - {{competency: {cid}, level: {level}, date: '{day}', rater: self}}"
        for cid, level in (
            ("regisseren", 3),
            ("vertrouwen-opbouwen", 2),
            ("conflicthantering", 1),
            ("machtsbewustzijn", 0),
        )
    )
    assert after == before.replace(
        "{vertalen: 2, politieke-sensitiviteit: 3, netwerken: 1, conflicthantering: 0, regisseren: 0}",
        "{vertalen: 2, politieke-sensitiviteit: 3, netwerken: 1, conflicthantering: 1, regisseren: 3, "
        "vertrouwen-opbouwen: 2, machtsbewustzijn: 0}\n    assessments:" + history,
    )  # the levels, and each answer in the history as a self-rating of today
    assert (model.parent / "model.yaml.bak").read_text(encoding="utf-8") == before
    assert run("validate", model).exit_code == 0


def test_the_questions_come_in_catalogue_order_and_all_asks_everything(run, model):
    result = run("assess", model, "anna", "--lang", "en", input=_answers(*[""] * len(ANNA_ASKED)))
    assert result.exit_code == 0
    shown = [line.split(" ", 1)[1] for line in result.stderr.splitlines() if line[:2] in {f"{i}/" for i in range(1, 8)}]
    assert [s.removesuffix(" (en)").lower() for s in shown] == ANNA_ASKED
    assert "No level changed; the model was not touched." in result.stderr
    assert not (model.parent / "model.yaml.bak").exists()
    everything = run("assess", model, "anna", "--all", "--lang", "en", input=_answers(*[""] * 12))
    assert everything.exit_code == 0 and "12/12 Resultaatgerichtheid (en)" in everything.stderr


def test_end_of_input_before_the_end_writes_nothing(run, model):
    before = model.read_text(encoding="utf-8")
    result = run("assess", model, "anna", "--lang", "en", input="4\n4\n")
    assert result.exit_code == 2
    assert result.stderr.endswith("\nthe input ended before the end of the questionnaire; nothing was saved\n")
    assert model.read_text(encoding="utf-8") == before
    assert not (model.parent / "model.yaml.bak").exists()
    # cut short during the reflection questions: still nothing
    cut = run("assess", model, "anna", "--lang", "en", input="\n".join(["4"] * 7 + ["", ""]) + "\n")
    assert cut.exit_code == 2 and model.read_text(encoding="utf-8") == before


def test_ctrl_c_writes_nothing(run, model, monkeypatch):
    from verbinder.cli import assess

    calls = []

    def interrupted(prompt):
        calls.append(prompt)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return "4"

    monkeypatch.setattr(assess, "_ask", interrupted)
    before = model.read_text(encoding="utf-8")
    result = run("assess", model, "anna")
    assert result.exit_code == 130
    assert result.stderr.endswith("Onderbroken; er is niets geschreven.\n")
    assert model.read_text(encoding="utf-8") == before


def test_a_kill_mid_write_leaves_the_old_file(run, model, monkeypatch):
    import verbinder.io.atomic as atomic

    replace = atomic.os.replace

    def killed(src, dst):
        if str(dst).endswith(".bak"):
            return replace(src, dst)  # the backup is written the same way, and completes
        raise KeyboardInterrupt  # the process dies between writing the temporary file and the rename

    monkeypatch.setattr(atomic.os, "replace", killed)
    before = model.read_text(encoding="utf-8")
    answers = model.parent / "a.yaml"
    answers.write_text("vertalen: 4\n", encoding="utf-8")
    result = run("assess", model, "anna", "--answers", answers)
    assert result.exit_code == 130
    assert model.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in model.parent.iterdir()) == ["a.yaml", "model.yaml", "model.yaml.bak"]


def test_reflections_stay_out_of_the_model_and_go_to_notes(run, model):
    notes = model.parent / "notes.md"
    said = ("Ik liet Bert de eer.", "", "Mijn blinde vlek: haast.", "")
    result = run("assess", model, "anna", "--notes", notes, input=_answers(*[""] * 7, reflections=said))
    assert result.exit_code == 0, result.stderr
    text = notes.read_text(encoding="utf-8")
    assert text.startswith("## Reflectie van Anna Aalbers, ")
    assert "Ik liet Bert de eer." in text and "Mijn blinde vlek: haast." in text
    assert "(ruimte geven)" not in text  # skipped questions are not written
    assert "Bert de eer" not in model.read_text(encoding="utf-8")
    again = run("assess", model, "anna", "--notes", notes, input=_answers(*[""] * 7, reflections=said))
    assert again.exit_code == 0 and notes.read_text(encoding="utf-8").count("## Reflectie van") == 2


def test_answers_file_yaml_and_json(run, model):
    answers = model.parent / "a.json"
    answers.write_text(json.dumps({"vertalen": 4, "machtsbewustzijn": 2}), encoding="utf-8")
    result = run("assess", model, "anna", "--answers", answers)
    assert result.exit_code == 0, result.stderr
    written = "{vertalen: 4, politieke-sensitiviteit: 3, netwerken: 1, conflicthantering: 0, regisseren: 0, "
    assert written + "machtsbewustzijn: 2}" in model.read_text(encoding="utf-8")
    plain = model.parent / "b.yaml"
    plain.write_text("# from the form\nfaciliteren: 1\n", encoding="utf-8")
    assert run("assess", model, "bert", "--answers", plain).exit_code == 0
    assert "vertrouwen-opbouwen: 3, faciliteren: 1}" not in model.read_text(encoding="utf-8")  # 2 -> 1, in place
    assert "faciliteren: 1, conflicthantering: 2" in model.read_text(encoding="utf-8")


def test_a_member_without_levels_gets_an_inline_mapping(run, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text(
        "name: T\nactors:\n  - id: a   # nieuw lid\n    name: A\n    kind: administration\n    kopgroep: true\n",
        encoding="utf-8",
    )
    answers = tmp_path / "a.yaml"
    answers.write_text("vertalen: 2\n", encoding="utf-8")
    assert run("assess", model, "a", "--answers", answers).exit_code == 0
    assert model.read_text(encoding="utf-8").endswith(
        "    kopgroep: true\n    competencies: {vertalen: 2}\n    assessments:\n"
        f"      - {{competency: vertalen, level: 2, date: '{dt.date.today().isoformat()}', rater: self}}\n"
    )


def test_bad_answers_are_located(run, model):
    answers = model.parent / "a.yaml"
    answers.write_text("vertalen: 2\nnetwerkn: 3\nregisseren: 5\nfaciliteren: true\n", encoding="utf-8")
    before = model.read_text(encoding="utf-8")
    result = run("assess", model, "anna", "--answers", answers, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        f"{answers}:2:1: netwerkn: unknown competency 'netwerkn' — did you mean 'netwerken'?\n"
        f"{answers}:3:13: regisseren: 5 is not a level: use a whole number from 0 to 4\n"
        f"{answers}:4:14: faciliteren: True is not a level: use a whole number from 0 to 4\n"
    )
    assert model.read_text(encoding="utf-8") == before
    answers.write_text("- vertalen\n", encoding="utf-8")
    listed = run("assess", model, "anna", "--answers", answers, "--lang", "en")
    assert listed.exit_code == 2
    assert listed.stderr == f"{answers}:1:1: expected a mapping of competency id: level, such as 'vertalen: 2'\n"


def test_unknown_member(run, model):
    result = run("assess", model, "bret", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "unknown kopgroep member 'bret' — did you mean 'bert'?\n"
