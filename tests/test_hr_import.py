"""``assess --import`` from an HR system or a spreadsheet: Dutch files, lost zeros, and only the lines it changes.

Issues 22 (HR data integrity) and 27 (hostile or careless files: a huge cell, an open quote, /dev/zero, a FIFO,
a shared YAML anchor).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
import yaml

from support import DALBURG, FIXTURES, KOPGROEP, ROOT


@pytest.fixture
def model(tmp_path):
    text = KOPGROEP.read_text(encoding="utf-8")
    text = text.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    text = text.replace("roles: roles", f"roles: {FIXTURES / 'roles'}")
    text = text.replace("    role: basis   # baseline regisseren 1\n", "    role: basis\n    employee_id: '004711'\n")
    text = text.replace("    department: sociaal\n", "    department: sociaal\n    employee_id: '000815'\n")
    path = tmp_path / "model.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _levels(path) -> dict[str, dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["actors"]}


# What LibreOffice Calc (nl-NL) writes when a CSV export of verbinder is opened, edited and saved as CSV again:
# ';' separated, no BOM, the personnel number read as a number (leading zeros gone), dates as dd-mm-jjjj,
# the Dutch headers and rater names an HR adviser types.
LIBREOFFICE = (
    b"personeelsnummer;competentie;niveau;datum;beoordelaar\n"
    b"4711;vertalen;3;01-11-2026;leidinggevende\n"
    b"4711;netwerken;2;1-11-26;zelf\n"
    b"815;vertalen;2;15-10-2026;collega\n"
)


def test_a_file_saved_by_libreoffice_round_trips(run, model, tmp_path):
    levels = tmp_path / "levels.csv"
    levels.write_bytes(LIBREOFFICE)
    result = run("assess", model, "--import", levels, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:3] == [
        f"{levels}:2:1: personnel number '4711' read as '004711' (the spreadsheet dropped the leading zeros; only "
        "this kopgroep member fits)",
        f"{levels}:3:1: personnel number '4711' read as '004711' (the spreadsheet dropped the leading zeros; only "
        "this kopgroep member fits)",
        f"{levels}:4:1: personnel number '815' read as '000815' (the spreadsheet dropped the leading zeros; only "
        "this kopgroep member fits)",
    ]
    actors = _levels(model)
    assert actors["anna"]["competencies"]["vertalen"] == 3 and actors["anna"]["competencies"]["netwerken"] == 2
    assert {"competency": "vertalen", "level": 3, "date": "2026-11-01", "rater": "manager"} in actors["anna"][
        "assessments"
    ]
    assert {"competency": "vertalen", "level": 2, "date": "2026-10-15", "rater": "peer"} in actors["bert"][
        "assessments"
    ]
    assert actors["anna"]["employee_id"] == "004711"  # the model keeps the number as text


def test_refused_rows_are_located_and_nothing_is_written(run, model, tmp_path):
    future = (dt.date.today() + dt.timedelta(days=30)).strftime("%d-%m-%Y")
    levels = tmp_path / "levels.csv"
    levels.write_text(
        "employee_id,competency,level,assessed_on,rater\n"
        "004711,vertalen,3,2026-01-05,manager\n"
        "004711,vertalen,2,05-01-2026,leidinggevende\n"  # the same rating as row 2, another level
        "004711,vertalen,3,2026-01-05,manager\n"  # an identical repeat: counted once, no error
        f"000815,netwerken,2,{future},self\n"
        "000815,netwerken,2,31-02-2026,self\n",
        encoding="utf-8",
    )
    before = model.read_bytes()
    result = run("assess", model, "--import", levels, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{levels}:3:3: the same person, competency, date and rater as row 2, but level 2 instead of 3; keep one "
        "of them",
        f"{levels}:5:4: '{future}' lies in the future: an assessment is dated today or earlier",
        f"{levels}:6:4: '31-02-2026' is not a date: use YYYY-MM-DD or DD-MM-YYYY",
    ]
    assert model.read_bytes() == before and not (tmp_path / "model.yaml.bak").exists()


def test_a_number_without_zeros_that_fits_two_members_is_refused(run, model, tmp_path):
    model.write_text(model.read_text(encoding="utf-8").replace("'000815'", "'04711'"), encoding="utf-8")
    levels = tmp_path / "levels.csv"
    levels.write_text("personeelsnummer;competentie;niveau\n4711;vertalen;3\n", encoding="utf-8")
    result = run("assess", model, "--import", levels)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{levels}:2:1: personeelsnummer '4711' past bij meer kopgroepleden zodra voorloopnullen wegvallen "
        "(004711, 04711); schrijf het nummer voluit, als tekst\n"
    )


def test_duplicate_personnel_numbers_are_refused_at_both_places(run, model):
    model.write_text(model.read_text(encoding="utf-8").replace("'000815'", "'004711'"), encoding="utf-8")
    result = run("validate", model, "--lang", "en")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert (
        lines[0].startswith(f"{model}:") and "actors[7].employee_id: personnel number '004711' is also at" in (lines[0])
    )
    assert "actors[8] (bert)" in lines[0] and "actors[7] (anna)" in lines[1]
    assert [line.split(":")[1] for line in lines] != [lines[0].split(":")[1]] * 2  # two different lines


@pytest.mark.slow
def test_an_import_changes_only_the_imported_members_lines(run, tmp_path):
    path = tmp_path / "dalburg.yaml"
    original = DALBURG.read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    levels = tmp_path / "levels.csv"
    levels.write_text("member;competency;level;assessed_on\nanna;netwerken;4;2026-11-01\n", encoding="utf-8")
    result = run("assess", path, "--import", levels, "--no-backup")
    assert result.exit_code == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    before_lines, after_lines = original.splitlines(keepends=True), after.splitlines(keepends=True)
    # anna's item: from '- id: anna' to the next item; everything before and after it is byte-identical
    start = next(i for i, line in enumerate(before_lines) if line.strip() == "- id: anna")
    end = next(i for i in range(start + 1, len(before_lines)) if before_lines[i].lstrip().startswith("- id:"))
    tail = len(before_lines) - end
    assert after_lines[:start] == before_lines[:start]
    assert after_lines[-tail:] == before_lines[-tail:]
    assert _levels(path)["anna"]["competencies"]["netwerken"] == 4
    others_after = {k: v for k, v in _by_id(after).items() if k != "anna"}
    assert others_after == {k: v for k, v in _by_id(original).items() if k != "anna"}


def _by_id(text: str) -> dict:
    return {a["id"]: a for a in yaml.safe_load(text)["actors"]}


ANCHORED = """\
name: anchors
language: en
catalogue: {catalogue}
roles: {roles}
actors:
  - {{id: wh, name: W, kind: politics}}
  - {{id: tue, name: T, kind: experts}}
  - id: anna
    name: Anna
    kind: administration
    kopgroep: true
    competencies: &levels {{vertalen: 1, netwerken: 2}}
  - id: bert
    name: Bert
    kind: administration
    kopgroep: true
    competencies: *levels
  - id: carla
    name: Carla
    kind: administration
    kopgroep: true
    <<: {{competencies: *levels}}
links:
  - {{id: l1, from: wh, to: tue, via: anna}}
"""


@pytest.mark.parametrize("member", ["anna", "bert", "carla"])
def test_a_shared_anchor_never_changes_another_member(run, tmp_path, member):
    path = tmp_path / "anchored.yaml"
    path.write_text(ANCHORED.format(catalogue=FIXTURES / "catalogue.yaml", roles=FIXTURES / "roles"), "utf-8")
    levels = tmp_path / "levels.csv"
    levels.write_text(f"member,competency,level,assessed_on\n{member},vertalen,4,2026-01-05\n", encoding="utf-8")
    result = run("assess", path, "--import", levels, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Read 1 level of 1 kopgroep member" in result.stderr
    actors = _by_id(path.read_text(encoding="utf-8"))
    for who in ("anna", "bert", "carla"):
        expected = {"vertalen": 4 if who == member else 1, "netwerken": 2}
        assert actors[who]["competencies"] == expected, who


# --- files that are not lists of levels (issue 27) ------------------------------------------------------------


def test_a_cell_over_128_kb_and_an_open_quote_are_located(run, model, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("member,competency,level\nanna," + "x" * 140_000 + ",2\n", encoding="utf-8")
    quote = tmp_path / "quote.csv"
    quote.write_text('member,competency,level\nanna,"vertalen,2\nbert,netwerken,1\n', encoding="utf-8")
    before = model.read_bytes()
    result = run("assess", model, "--import", big, "--lang", "en")
    assert (result.exit_code, result.stderr) == (
        2,
        f"{big}:2:1: a cell in this row is longer than 131,072 characters, more than CSV allows; shorten it\n",
    )
    result = run("assess", model, "--import", quote, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{quote}:2:6: a quote opens here and is not closed")
    assert "Traceback" not in result.stderr and model.read_bytes() == before


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_csv_is_refused_not_waited_for(model, tmp_path):
    fifo = tmp_path / "levels.csv"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "verbinder", "assess", str(model), "--import", str(fifo), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr == f"{fifo}: is not a regular file (a FIFO, socket or device); save the spreadsheet as a file\n"


@pytest.mark.slow
def test_a_link_to_dev_zero_is_read_with_a_bound(run, model, tmp_path):
    zero = tmp_path / "levels.csv"
    zero.symlink_to("/dev/zero")
    before = model.read_bytes()
    result = run("assess", model, "--import", zero, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{zero}: the input has more than the limit of 52,428,800 bytes\n"
    assert model.read_bytes() == before


@pytest.mark.slow
@pytest.mark.needs("soffice")
def test_a_file_libreoffice_really_saved_round_trips(run, model, tmp_path):
    """LibreOffice in Dutch opens the CSV, reads 004711 as the number 4711 and the date as a date, and saves
    '4711;…;01-11-26' (two-digit year); assess --import takes it back."""
    import os

    typed = tmp_path / "typed.csv"
    typed.write_text(
        "personeelsnummer;competentie;niveau;datum;beoordelaar\n004711;vertalen;3;01-11-2026;leidinggevende\n",
        encoding="utf-8",
    )
    out = tmp_path / "saved"
    options = "Text - txt - csv (StarCalc):59,34,76,1,,1043"
    env = {**os.environ, "LC_ALL": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"}
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    command = ["soffice", "--headless", profile, f"--infilter={options}", "--convert-to", f"csv:{options}"]
    subprocess.run([*command, "--outdir", str(out), str(typed)], env=env, capture_output=True, timeout=180, check=True)
    saved = out / "typed.csv"
    assert saved.read_text(encoding="utf-8").splitlines()[1].startswith("4711;vertalen;3;")  # the zeros are gone
    result = run("assess", model, "--import", saved, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "read as '004711'" in result.stderr
    anna = _levels(model)["anna"]
    assert anna["competencies"]["vertalen"] == 3
    assert {"competency": "vertalen", "level": 3, "date": "2026-11-01", "rater": "manager"} in anna["assessments"]
