"""``verbinder compare``: findings derived by hand, periods cut at their boundaries, privacy, formats, errors.

The before/after pair in ``tests/data/change/`` (groups A: anna erik fien, B: bas bea bob bram,
C: cas cor cis, D: dik dora; undirected), derived by hand:

* Before, anna (A) is in contact with erik (A), bas (B), cas (C) and dik (D), none of whom know each
  other: 12 open two-paths through her, all between groups (erik-anna-x: 3 representative and 3
  gatekeeper; among bas, cas, dik: 6 liaison).  She is connector no. 1.  Afterwards she has no
  contact: **connector-lost anna, 12 -> 0**.
* B and C were connected by bea-cor and bob-cis (2 contacts, two people a side: fragile by the count),
  A and D only by anna-dik (one person on each side); afterwards neither pair has a contact:
  **bridge-lost B-C (2 -> 0)** ranked before **bridge-lost A-D (1 -> 0)** (more contacts lost first).
* E-I index = (external - internal) / all.  D: before dik-dora inside, anna-dik outside: 0; afterwards
  only dik-dora: -1.  B: before 4 inside (the square bas-bea-bob-bram), 3 outside (anna-bas, bea-cor,
  bob-cis): -1/7 = -0.14; afterwards 5 inside (bas-bob added), 1 outside (erik-bas): -4/6 = -0.67.
  Both fall below -0.5: **new-silo D (0 -> -1)** before **new-silo B** (the larger fall first: 1 against 0.52).
* Afterwards erik (A) is in contact with fien (A), bas (B), cas and cor (C; tied to each other):
  3 representative + 3 gatekeeper (fien-erik-x) + 4 liaison (bas with cas, cor) = 10 between groups,
  before 0: **new-connector erik**, rank 1, the successor of anna (he reaches A, B, C; she reached A,
  B, C, D: overlap 3/4).
* Afterwards anna, without a contact, is not part of the network: she gets no figures there, and the
  expected values rest on the 11 people present (density d = 24 directed ties / (11 x 10)), A counting
  erik and fien only.  sna's representative: expected a (N - n)(n - 1) with a = d^2 (1 - d), variance
  e (1 - a) + 2 ((n - 1) C(N - n, 2) + (N - n) C(n - 1, 2)) d^3 (1 - d)^3.  erik (3 representative, N = 11,
  n = 2): z = 3.23; were anna still counted (N = 12, n = 3, d = 24 / 132) it would be 2.50.  bas (B,
  3 representative, N = 11, n = 4): z = 1.76, below 1.96: not a connector afterwards (with anna counted,
  2.03 made him a new connector, rank 2, on her inflating the people around him).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import CHROMIUM_ARGS, TESTS
from verbinder.analysis.brokerage import COLUMNS
from verbinder.analysis.change import period_bounds, period_keys
from verbinder.analysis.discover import pseudonym

DATA = TESTS / "data" / "change"
PAIR = [str(DATA / "before.csv"), str(DATA / "after.csv"), "--groups", str(DATA / "people.csv"), "--undirected"]
NAMES = [row["id"] for row in csv.DictReader((DATA / "people.csv").open())]


def _json(run, *args):
    result = run("compare", *args, "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_findings_derived_by_hand(run):
    doc = _json(run, *PAIR)
    assert next(iter(doc)) == "schema_version"
    got = [(f["rank"], f["kind"], f["subject"], f["before"], f["after"]) for f in doc["findings"]]
    # erik took over from anna: he follows her, before the bridges and silos.
    assert got == [
        (1, "connector-lost", "anna", 12, 0),
        (2, "new-connector", "erik", 0, 10),
        (3, "bridge-lost", ["B", "C"], 2, 0),
        (4, "bridge-lost", ["A", "D"], 1, 0),
        (5, "new-silo", "D", 0.0, -1.0),
        (6, "new-silo", "B", pytest.approx(-1 / 7, abs=1e-6), pytest.approx(-4 / 6, abs=1e-6)),
    ]
    why = {f["rank"]: f["why"] for f in doc["findings"]}
    # Undirected, as discover's why: pairs of people, and sna's count of both directions beside it.
    assert why[1] == (
        "Was connector no. 1 (a broker between groups for 6 pairs of people, counted in both directions 12 times) "
        "and has no contact at all afterwards. Succeeded by erik."
    )
    assert why[2] == (
        "Now connector no. 1: a broker between groups for 5 pairs of people, counted in both directions 10 times "
        "(before none). Takes over from anna: reaches the same groups."
    )
    assert why[4] == (
        "A and D were connected by one contact, between anna and dik; anna left (no contact at all afterwards), and "
        "no other contact connects A and D."
    )
    assert why[2].endswith("Takes over from anna: reaches the same groups.")
    assert (
        why[6] == "The E-I index of B fell from -0.14 to -0.67: 5 of the group's 6 contacts now stay inside the group."
    )


def test_undirected_counts_pairs_in_every_format(run, tmp_path, monkeypatch):
    """anna brokers for 6 pairs (erik, bas, cas, dik: C(4, 2)), 12 as sna counts both directions; directed
    (source to target) anna-x only: no two-path through her, so no connector, and the counts are sna's."""
    doc = json.loads(run("compare", *PAIR, "--format", "json", "--lang", "nl").stdout)
    left = (
        "Was verbinder nr. 1 (tussenpersoon tussen groepen voor 6 paren mensen, in beide richtingen 12 keer) en heeft "
        "daarna geen enkel contact meer. Opgevolgd door erik."
    )
    assert doc["findings"][0]["why"] == left
    assert left in run("compare", *PAIR, "--format", "markdown", "--lang", "nl").stdout
    assert left in run("compare", *PAIR, "--format", "html", "--lang", "nl").stdout
    monkeypatch.setenv("COLUMNS", "300")
    assert left in run("compare", *PAIR, "--lang", "nl").stdout
    # Half the brokerage of January in February: 4 -> 2 pairs (fell), as both counts.
    rows = ["source,target,date"] + [f"anna,{x},2024-01-10" for x in ("bas", "cas", "dik", "erik")]
    rows += [f"anna,{x},2024-02-10" for x in ("bas", "cas", "dik")] + ["bas,cas,2024-02-10"]
    (tmp_path / "d.csv").write_text("\n".join(rows) + "\n")
    args = [tmp_path / "d.csv", "--period", "month", "--groups", DATA / "people.csv", "--undirected"]
    february = _json(run, *args)["periods"][1]["findings"][0]
    assert (february["kind"], february["before"], february["after"]) == ("connector-lost", 12, 4)
    assert february["why"].startswith(
        "Was connector no. 1; a broker between groups for 6 pairs of people, now for 2 (67% less; counted in both "
        "directions 12 and now 4 times)."
    )


def test_dutch_bridge_sentences_are_whole(run):
    result = run("compare", *PAIR, "--format", "json", "--lang", "nl")
    why = {f["rank"]: f["why"] for f in json.loads(result.stdout)["findings"]}
    assert why[3] == "B en C waren verbonden door maar 2 contacten; daarna door geen enkel contact meer."
    assert why[4] == (
        "A en D waren verbonden door één contact, tussen anna en dik; anna is vertrokken (heeft daarna geen enkel "
        "contact meer) en geen ander contact verbindt A en D."
    )


def test_new_silos_ranked_by_how_far_the_index_fell(run, tmp_path):
    """P (p1-p3, a triangle) had 3 contacts inside and p1-r1 outside: E-I (1 - 3) / 4 = -0.50, at the threshold;
    afterwards p1-r1 is gone: -1 (a fall of 0.50).  Q (the square q1-q2-q3-q4) had 4 inside and 4 to R (q1-r1,
    q2-r1, q3-r2, q4-r2): 0; afterwards only q1-r1 stays: (1 - 4) / 5 = -0.60 (a fall of 0.60).  Q fell further,
    so Q comes first although P ends lower.  P and R were connected by p1-r1 alone: a lost bridge naming both."""
    (tmp_path / "people.csv").write_text(
        "id,group\n" + "".join(f"{p},{p[0].upper()}\n" for p in ["p1", "p2", "p3", "q1", "q2", "q3", "q4", "r1", "r2"])
    )
    inside = ["p1,p2", "p2,p3", "p1,p3", "q1,q2", "q2,q3", "q3,q4", "q4,q1", "r1,r2"]
    (tmp_path / "before.csv").write_text(
        "source,target\n" + "\n".join([*inside, "p1,r1", "q1,r1", "q2,r1", "q3,r2", "q4,r2"]) + "\n"
    )
    (tmp_path / "after.csv").write_text("source,target\n" + "\n".join([*inside, "q1,r1"]) + "\n")
    doc = _json(
        run,
        str(tmp_path / "before.csv"),
        str(tmp_path / "after.csv"),
        "--groups",
        str(tmp_path / "people.csv"),
        "--undirected",
    )
    silos = [(f["subject"], f["before"], f["after"]) for f in doc["findings"] if f["kind"] == "new-silo"]
    assert silos == [("Q", 0.0, pytest.approx(-0.6)), ("P", -0.5, -1.0)]
    bridges = [f["why"] for f in doc["findings"] if f["kind"] == "bridge-lost"]
    assert bridges == ["P and R were connected by one contact, between p1 and r1; afterwards by none."]


def test_people_before_after_and_change(run):
    doc = _json(run, *PAIR)
    anna = next(p for p in doc["people"] if p["id"] == "anna")
    assert anna["group"] == "A"
    assert anna["before"]["brokerage"] == {
        "coordinator": 0,
        "itinerant": 0,
        "representative": 3,
        "gatekeeper": 3,
        "liaison": 6,
        "total": 12,
    }
    assert anna["before"]["rank"] == 1
    assert set(anna["before"]) >= {"brokerage", "z", "constraint", "effective_size", "betweenness", "rank"}
    # anna lies on every shortest path between erik, bas, cas and dik
    assert anna["before"]["betweenness"] > 0
    # afterwards she has no contact: absent, no figures at all (not 0, not a score), and no change to speak of
    assert anna["after"] == {
        "present": False,
        "brokerage": dict.fromkeys(COLUMNS),
        "z": dict.fromkeys(COLUMNS),
        "constraint": None,
        "effective_size": None,
        "betweenness": None,
        "rank": None,
    }
    assert anna["change"] == {"brokerage": dict.fromkeys(COLUMNS), "constraint": None, "betweenness": None}


def _representative_z(count: int, people: int, group: int, directed_ties: int) -> float:
    """sna's z-score of a representative count, by Gould & Fernandez's formulas (see the module docstring)."""
    d = directed_ties / (people * (people - 1))
    a = d**2 * (1 - d)
    rest = people - group
    expected = a * rest * (group - 1)
    variance = expected * (1 - a) + 2 * ((group - 1) * math.comb(rest, 2) + rest * math.comb(group - 1, 2)) * (
        d**3 * (1 - d) ** 3
    )
    return (count - expected) / math.sqrt(variance)


def test_someone_absent_does_not_count_in_the_snapshot(run):
    """Afterwards anna has left: the z-scores of after rest on the 11 people present, group A of 2 (erik, fien)."""
    doc = _json(run, *PAIR)
    people = {p["id"]: p for p in doc["people"]}
    erik, bas = people["erik"]["after"], people["bas"]["after"]
    assert _representative_z(3, 11, 2, 24) == pytest.approx(3.232, abs=1e-3)  # the figures by hand
    assert _representative_z(3, 12, 3, 24) == pytest.approx(2.504, abs=1e-3)  # with anna counted: lower
    assert erik["z"]["representative"] == pytest.approx(_representative_z(3, 11, 2, 24))
    assert bas["z"]["representative"] == pytest.approx(_representative_z(3, 11, 4, 24))  # 1.76: below 1.96
    assert bas["rank"] is None and erik["rank"] == 1
    assert "bas" not in {f["subject"] for f in doc["findings"] if f["kind"] == "new-connector"}
    # before, everyone was present: the 12 people count, group A of 3 (representative: erik none, anna 3)
    assert people["anna"]["before"]["z"]["representative"] == pytest.approx(_representative_z(3, 12, 3, 28))


def test_without_groups_only_connectors(run, tmp_path):
    doc = _json(run, str(DATA / "before.csv"), str(DATA / "after.csv"), "--undirected")
    kinds = {f["kind"] for f in doc["findings"]}
    assert kinds <= {"connector-lost", "new-connector"}
    assert {p["id"] for p in doc["people"]} == set(NAMES)


@pytest.mark.parametrize("format", ["table", "markdown", "html", "json", "csv"])
def test_pseudonymised_output_has_no_name(run, format):
    result = run("compare", *PAIR, "--pseudonymise", "--salt", "geheim", "--format", format, "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    for name in NAMES:
        assert re.search(rf"\b{name}\b", result.stdout) is None, (format, name)
    assert pseudonym("anna", "geheim") in result.stdout


def test_written_table_has_no_trailing_spaces(run, tmp_path):
    result = run("compare", *PAIR, "--lang", "en", "-o", tmp_path / "t.txt")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "t.txt").read_text(encoding="utf-8")
    assert "connector lost: anna" in text
    assert [line for line in text.splitlines() if line != line.rstrip()] == []


def test_pseudonymise_without_salt_warns_on_stderr(run):
    result = run("compare", *PAIR, "--pseudonymise", "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    assert result.stderr.startswith("Note: without --salt anyone who knows or guesses the names can recompute")
    assert json.loads(result.stdout)["findings"][0]["subject"] == pseudonym("anna")
    assert run("compare", *PAIR, "--pseudonymise", "--salt", "s", "--format", "json").stderr == ""


def test_same_person_same_pseudonym_across_snapshots_and_periods(run, tmp_path):
    compared = _json(run, *PAIR, "--pseudonymise", "--salt", "s")
    dated = tmp_path / "dated.csv"
    dated.write_text("source,target,date\nanna,erik,2024-01-05\nanna,bas,2024-02-05\n")
    by_period = _json(run, str(dated), "--period", "month", "--pseudonymise", "--salt", "s")
    assert compared["findings"][0]["subject"] == pseudonym("anna", "s")
    assert pseudonym("anna", "s") in {p["id"] for p in by_period["people"]}


def test_terminal_leads_with_findings_at_80_columns(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("compare", *PAIR, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    assert lines[0] == "What changed in the network"
    assert lines[1] == "12 people; before 14 contacts, after 12 contacts (undirected)."  # the rows of the two files
    # the findings counted per kind first (the 7 of test_findings_derived_by_hand), then the findings
    assert lines[4].strip() == "1 connector lost, 2 bridges lost, 2 new silos, 1 new connector (1 successor)"
    assert lines[5].strip() == "1. connector lost: anna (12 → 0)"
    assert lines[9].strip() == "2. new connector: erik (0 → 10)"  # after 3 lines of why


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("nl", "1 verbinder verloren, 2 bruggen verloren, 2 nieuwe silo's, 1 nieuwe verbinder (1 opvolger)"),
        ("en", "1 connector lost, 2 bridges lost, 2 new silos, 1 new connector (1 successor)"),
    ],
)
def test_markdown_counts_the_findings_per_kind(run, lang, counts):
    md = run("compare", *PAIR, "--format", "markdown", "--lang", lang).stdout
    assert f"**{counts}**" in md
    assert md.index(counts) < md.index("| 1 |")


@pytest.mark.parametrize("format", ["table", "markdown"])
@pytest.mark.parametrize(
    ("lang", "undirected", "hint"),
    [
        ("nl", "(ongericht)", "meestal --undirected"),
        ("nl", "(gericht)", "Gericht gelezen (van source naar target): bij contactlijsten (overleggen, mail over en"),
        ("en", "(directed)", "Read as directed (source to target): contact lists (meetings, mail both ways) usually"),
    ],
)
def test_human_formats_say_how_contacts_were_read(run, format, lang, undirected, hint, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    args = PAIR if undirected == "(ongericht)" else PAIR[:-1]
    out = run("compare", *args, "--format", format, "--lang", lang).stdout
    summary = next(line for line in out.splitlines() if "contact" in line)
    assert summary.endswith(f"{undirected}.")
    assert (hint in out) is (undirected != "(ongericht)")


def test_markdown_and_html_lead_with_findings(run):
    md = run("compare", *PAIR, "--format", "markdown", "--lang", "nl").stdout
    assert md.startswith("# Wat veranderde in het netwerk")
    assert "| 1 | verbinder verloren | anna | 12 | 0 |" in md
    page = run("compare", *PAIR, "--format", "html", "--lang", "en").stdout
    assert page.index("connector lost") < page.index("new connector")
    assert "<script" not in page.lower() and "Content-Security-Policy" in page


def test_csv_has_every_person_before_and_after(run):
    result = run("compare", *PAIR, "--format", "csv", "--lang", "en")
    assert not result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(NAMES)
    anna = next(r for r in rows if r["id"] == "anna")
    assert (anna["before_liaison"], anna["before_between_groups"], anna["before_rank"]) == ("6", "12", "1")
    assert (anna["before_present"], anna["after_present"]) == ("1", "0")
    # afterwards she has no contact: no figures and no change (empty, as the JSON's null), not 0
    after = {k: v for k, v in anna.items() if k.startswith(("after_", "change_")) and k != "after_present"}
    assert set(after.values()) == {""}
    bas = next(r for r in rows if r["id"] == "bas")
    assert (bas["before_between_groups"], bas["after_between_groups"], bas["change_between_groups"]) == ("4", "6", "2")
    assert (anna["finding_rank"], anna["finding_kind"]) == ("1", "connector-lost")
    erik = next(r for r in rows if r["id"] == "erik")
    assert erik["finding_kind"] == "new-connector" and erik["after_between_groups"] == "10"
    assert next(r for r in rows if r["id"] == "dik")["finding_kind"] == ""
    for row in rows:  # rounded: at most 6 significant digits, no exponent, no floating-point noise
        for value in row.values():
            assert re.fullmatch(r"-?\d+(\.\d+)?", value) is None or len(value.lstrip("-0.").replace(".", "")) <= 6


def _people_with_function(tmp_path):
    people = tmp_path / "people.csv"
    rows = (DATA / "people.csv").read_text().splitlines()
    people.write_text(
        "\n".join([rows[0] + ",functie", *(f"{r},=cmd|x" if "anna" in r else f"{r},beleid" for r in rows[1:])]) + "\n"
    )
    return [str(DATA / "before.csv"), str(DATA / "after.csv"), "--groups", str(people), "--undirected"]


def test_csv_in_dutch_is_what_dutch_excel_reads(run, tmp_path):
    pair = _people_with_function(tmp_path)
    result = run("compare", *pair, "--format", "csv", "--lang", "nl", "-o", tmp_path / "nl.csv")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "nl.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeffid;group;before_present;") and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    english = list(csv.DictReader(io.StringIO(run("compare", *pair, "--format", "csv", "--lang", "en").stdout)))
    assert [r.keys() for r in rows] == [r.keys() for r in english]
    for nl, en in zip(rows, english, strict=True):
        assert nl == {k: v.replace(".", ",") for k, v in en.items()}
    decimals = [v for r in rows for v in r.values() if re.fullmatch(r"-?\d+,\d+", v)]
    assert decimals and not any(re.fullmatch(r"-?\d+\.\d+", v) for r in rows for v in r.values())
    # the extra NODES columns are kept (a formula neutralised), as --groups says
    assert rows[0]["functie"] == "'=cmd|x" and {r["functie"] for r in rows[1:]} == {"beleid"}


def test_csv_pseudonymised_leaves_out_the_extra_columns(run, tmp_path):
    pair = _people_with_function(tmp_path)
    text = run("compare", *pair, "--format", "csv", "--lang", "en", "--pseudonymise", "--salt", "s").stdout
    header = text.splitlines()[0].split(",")
    assert header[-2:] == ["finding_rank", "finding_kind"] and "beleid" not in text and "cmd" not in text


def test_pseudonymised_people_sorted_by_pseudonym_in_every_format(run, tmp_path):
    """Row n of the people is not person n of the staff list (review N4): anyone with that list would re-identify
    everyone.  JSON people and CSV rows, of two files and of periods, are sorted by pseudonym."""
    staff = [pseudonym(name, "s") for name in NAMES]
    assert staff != sorted(staff)  # the staff order would show
    periods = [str(_anna_leaves(tmp_path)), "--period", "month", *PAIR[2:]]
    for args in (PAIR, periods):
        doc = _json(run, *args, "--pseudonymise", "--salt", "s")
        ids = [p["id"] for p in doc["people"]]
        assert ids == sorted(staff)
        for lang, sep in (("en", ","), ("nl", ";")):
            text = run("compare", *args, "--pseudonymise", "--salt", "s", "-f", "csv", "--lang", lang).stdout
            rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=sep))
            written = [r["id"] for r in rows if r.get("start", "") == rows[0].get("start", "")]  # the first period
            assert written == sorted(staff), (args[0], lang)
    named = _json(run, *PAIR)  # without --pseudonymise the order of the staff list stays
    assert [p["id"] for p in named["people"]] == NAMES


def test_csv_of_periods_has_the_figures_per_period(run, tmp_path):
    pair = _people_with_function(tmp_path)
    text = run(
        "compare", str(_anna_leaves(tmp_path)), "--period", "month", *pair[2:], "-f", "csv", "--lang", "en"
    ).stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[:5] == ["id", "group", "start", "end", "present"]
    assert list(rows[0])[-3:] == ["finding_rank", "finding_kind", "functie"]
    assert {r["finding_kind"] for r in rows} >= {"connector-lost", ""}


# --- periods ------------------------------------------------------------------------------------


def test_period_keys_at_boundaries():
    days = np.array(["2024-01-31", "2024-02-01", "2024-02-29", "2024-03-31", "2024-04-01"], dtype="datetime64[D]")
    assert [period_bounds(k, "month")[0].isoformat() for k in period_keys(days, "month")] == [
        "2024-01-01",
        "2024-02-01",
        "2024-02-01",
        "2024-03-01",
        "2024-04-01",
    ]
    assert [period_bounds(k, "quarter") for k in period_keys(days[[3, 4]], "quarter")] == [
        period_bounds(int(period_keys(days[:1], "quarter")[0]), "quarter"),
        (np.datetime64("2024-04-01").astype(object), np.datetime64("2024-06-30").astype(object)),
    ]
    # Weeks start on Monday: Sunday 7 January 2024 closes the week of Monday 1 January.
    week = np.array(["2024-01-01", "2024-01-07", "2024-01-08"], dtype="datetime64[D]")
    keys = period_keys(week, "week")
    assert keys[0] == keys[1] != keys[2]
    assert [d.isoformat() for d in period_bounds(int(keys[0]), "week")] == ["2024-01-01", "2024-01-07"]


def test_periods_sliced_at_the_last_day_of_a_month(run, tmp_path):
    dated = tmp_path / "dated.csv"
    dated.write_text(
        "source,target,date\n"
        "anna,bas,2024-01-31T23:59:59\n"  # the last second of January
        "anna,cas,2024-01-31 23:30+01:00\n"  # the date as written, whatever the offset
        "bas,cas,2024-02-01\n"
        "cas,dik,2024-02-29\n"  # leap day
        "dik,erik,2024-03-01T00:00:00Z\n"
    )
    doc = _json(run, str(dated), "--period", "month")
    assert [(p["start"], p["end"]) for p in doc["periods"]] == [
        ("2024-01-01", "2024-01-31"),
        ("2024-02-01", "2024-02-29"),
        ("2024-03-01", "2024-03-31"),
    ]
    assert doc["periods"][0]["findings"] == []
    anna = next(p for p in doc["people"] if p["id"] == "anna")
    assert anna["periods"]["present"] == [True, False, False]
    cas = next(p for p in doc["people"] if p["id"] == "cas")
    assert cas["periods"]["present"] == [True, True, False]
    # directed: only bas -> cas -> dik, in February; in March cas has no contact: absent, no figure
    assert cas["periods"]["brokerage"]["total"] == [0, 1, None]


def _anna_leaves(tmp_path):
    """January: anna (A) connects B, C and D; February: she is gone, erik connects B and C."""
    rows = ["source,target,date"]
    for other in ("erik", "bas", "cas", "dik"):
        rows.append(f"anna,{other},2024-01-10")
    rows += ["erik,fien,2024-02-03", "erik,bas,2024-02-03", "erik,cas,2024-02-04", "erik,cor,2024-02-05"]
    rows += ["bas,bea,2024-01-02", "bas,bea,2024-02-02", "cas,cor,2024-01-02", "cas,cor,2024-02-02"]
    rows += ["dik,dora,2024-01-03", "dik,dora,2024-02-03"]
    dated = tmp_path / "dated.csv"
    dated.write_text("\n".join(rows) + "\n")
    return dated


def test_periods_findings_compare_with_the_period_before(run, tmp_path):
    dated = _anna_leaves(tmp_path)
    doc = _json(run, str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected")
    february = [(f["kind"], f["subject"]) for f in doc["periods"][1]["findings"]]
    assert february[0] == ("connector-lost", "anna")
    assert ("bridge-lost", ["A", "D"]) in february
    assert ("new-connector", "erik") in february


def test_dutch_excel_files_read_as_their_comma_twins(run, tmp_path):
    """Semicolons, a byte order mark, CRLF and dates day first (as Excel writes them with Dutch settings)."""
    comma = ["source,target,date", "anna,bas,2024-01-31", "anna,cas,2024-01-05T09:00", "bas,cas,2024-02-01"]
    excel = ["source;target;date", "anna;bas;31-01-2024", "anna;cas;5-1-2024 09:00", "bas;cas;2024-02-01"]
    (tmp_path / "comma.csv").write_text("\n".join(comma) + "\n")
    (tmp_path / "excel.csv").write_bytes(("\ufeff" + "\r\n".join(excel) + "\r\n").encode("utf-8"))
    people = (DATA / "people.csv").read_text().replace(",", ";").replace("\n", "\r\n")
    (tmp_path / "people.csv").write_bytes(("\ufeff" + people).encode("utf-8"))
    for engine in ("memory", "duckdb"):
        month = ("--period", "month", "--engine", engine)
        got = _json(run, tmp_path / "excel.csv", *month, "--groups", tmp_path / "people.csv")
        assert got == _json(run, tmp_path / "comma.csv", *month, "--groups", DATA / "people.csv")
        days = [(p["start"], p["end"]) for p in got["periods"]]
        assert days == [("2024-01-01", "2024-01-31"), ("2024-02-01", "2024-02-29")]
    pair = _json(run, tmp_path / "excel.csv", PAIR[1], "--groups", tmp_path / "people.csv")
    assert pair == _json(run, tmp_path / "comma.csv", PAIR[1], "--groups", DATA / "people.csv")


def test_a_period_without_data_is_said_and_skipped_over(run, tmp_path, monkeypatch):
    """anna connects everyone in January; February has no contact; in March she is gone: March is compared with
    January (the last month with data), and February is listed as a month without data, not left out."""
    dated = _anna_leaves(tmp_path)
    dated.write_text(dated.read_text().replace("2024-02-", "2024-03-"))
    args = [str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected"]
    doc = _json(run, *args)
    periods = doc["periods"]
    assert [(p["start"], p["contacts"], p["compared_with"]) for p in periods] == [
        ("2024-01-01", 7, None),  # anna with 4, bas-bea, cas-cor, dik-dora
        ("2024-02-01", 0, None),
        ("2024-03-01", 7, "2024-01-01"),  # erik with 4, and the same three pairs
    ]
    assert periods[1]["findings"] == []
    assert ("connector-lost", "anna") in [(f["kind"], f["subject"]) for f in periods[2]["findings"]]
    erik = next(p for p in doc["people"] if p["id"] == "erik")["periods"]
    assert erik["present"] == [True, False, True] and erik["brokerage"]["total"][1] is None
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("compare", *args, "--lang", "nl").stdout.splitlines()
    assert shown[1] == "12 personen, 3 maanden (ongericht). Zonder gegevens: februari 2024."
    assert "1 februari 2024 t/m 29 februari 2024: geen gegevens (geen enkel contact)" in shown
    march = shown.index("1 maart 2024 t/m 31 maart 2024: 7 contacten, 4 bevindingen")
    assert shown[march + 1] == "  Vergeleken met januari 2024, de laatste periode met gegevens."
    md = run("compare", *args, "--format", "markdown", "--lang", "en").stdout
    assert "## 1 February 2024 to 29 February 2024: no data (not a single contact)" in md
    assert "*Compared with January 2024, the last period with data.*" in md


#: Ten contacts a month between the groups of people.csv: seven inside (bas-bea, bea-bob; cas-cor, cor-cis;
#: dik-dora; anna-erik, erik-fien) and three bridges, each one contact: B-C (bas-cas), A-D (fien-dik), A-B (anna-bob).
MONTH = ["bas,bea", "bea,bob", "cas,cor", "cor,cis", "dik,dora", "anna,erik", "erik,fien"]
MONTH += ["bas,cas", "fien,dik", "anna,bob"]


def _months(tmp_path, contacts):
    """January to June 2024, month m with ``contacts(m)``."""
    rows = [f"{c},2024-{m:02}-10" for m in range(1, 7) for c in contacts(m)]
    dated = tmp_path / "dated.csv"
    dated.write_text("source,target,date\n" + "\n".join(rows) + "\n")
    return [str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected"]


def test_a_bridge_missing_one_month_is_not_lost(run, tmp_path, monkeypatch):
    """fien-dik (A-D's only contact) is missing in March, back in April, missing in May and June; bas-cas (B-C) is
    missing in June only.  By hand: March's loss of A-D (and D's E-I index, (1 - 1) / 2 = 0 falling to -1: a silo)
    is back in April: not a finding, said in a note.  May's loss of A-D lasts into June: bridge-lost A-D (1 -> 0) and
    new-silo D (0 -> -1).  June is the last month: B-C not seen and C a possible silo (cas-cor, cor-cis inside,
    bas-cas outside: -1/3; then -1), whether it lasts cannot be seen yet."""
    gone = {"fien,dik": (3, 5, 6), "bas,cas": (6,)}
    args = _months(tmp_path, lambda m: [c for c in MONTH if m not in gone.get(c, ())])
    doc = _json(run, *args)
    kept = [
        [(f["kind"], f["subject"], f["before"], f["after"]) for f in p["findings"] if f["kind"] != "connector-lost"]
        for p in doc["periods"]
    ]
    assert [k for k in kept if k] == [
        [("bridge-lost", ["A", "D"], 1, 0), ("new-silo", "D", 0.0, -1.0)],  # May
        [("bridge-lost", ["B", "C"], 1, 0), ("new-silo", "C", pytest.approx(-1 / 3, abs=1e-6), -1.0)],  # June
    ]
    assert kept[4] and not kept[2]
    assert [(f["kind"], f["subject"]) for f in doc["periods"][2]["passing"]] == [("bridge-lost", ["A", "D"]),
                                                                              ("new-silo", "D")]  # fmt: skip
    june = doc["periods"][5]["findings"]
    assert june[0]["why"] == (
        "B and C were connected by one contact, between bas and cas; afterwards by none. This is the last period: "
        "whether it lasts cannot be seen yet."
    )
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("compare", *args, "--lang", "en").stdout.splitlines()
    march = shown.index("1 March 2024 to 31 March 2024: 9 contacts, 0 findings")
    assert shown[march + 1 : march + 4] == [
        "  Not seen in March 2024, back in April 2024 (so not lost): the bridge A – D.",
        "  Below the silo threshold in March 2024 only, above it again in April 2024 (so",
        "  no new silo): D.",
    ]
    assert "  1. bridge not seen: B – C (1 → 0)" in shown and "  2. possible new silo: C (-0.33 → -1.00)" in shown
    assert "  1. bridge lost: A – D (1 → 0)" in shown
    nl = run("compare", *args, "--lang", "nl", "--format", "markdown").stdout
    assert "*Niet gezien in maart 2024, wel weer in april 2024 (dus niet verloren): de brug A – D.*" in nl
    assert "| 1 | brug niet gezien | B – C | 1 | 0 |" in nl


def test_a_period_with_few_contacts_is_said_to_be_noise(run, tmp_path, monkeypatch):
    """Ten contacts a month, but March and June have three (anna-erik, bas-bea, cas-cor) and May six (those three,
    dik-dora, and the bridges bas-cas and anna-bob): the median of 10, 10, 3, 10, 6, 3 is 8; under half of it (4)
    is little data, 6 is not.
    March's findings (its bridges and silos are back in April) are left out: no noise note without findings, nor
    for April's comparison with March.  June, the last month, has findings: noted, 3 of 8 being about a third."""
    few = ["anna,erik", "bas,bea", "cas,cor"]
    short = {3: few, 5: [*few, "dik,dora", "bas,cas", "anna,bob"], 6: few}
    args = _months(tmp_path, lambda m: short.get(m, MONTH))
    doc = _json(run, *args)
    assert [(p["contacts"], p["few_contacts"]) for p in doc["periods"]] == [
        (10, False), (10, False), (3, True), (10, False), (6, False), (3, True),
    ]  # fmt: skip
    assert doc["periods"][2]["findings"] == [] and doc["periods"][3]["findings"] == []
    assert doc["periods"][5]["findings"]
    monkeypatch.setenv("COLUMNS", "200")
    shown = run("compare", *args, "--lang", "en").stdout
    assert shown.count("mostly noise") == 1
    assert "  June 2024 had 3 contacts, about a third of a usual month (8): the findings below are mostly noise.\n" in (
        shown
    )
    nl = run("compare", *args, "--lang", "nl").stdout
    assert (
        "  Juni 2024 had 3 contacten, ongeveer een derde van een gewone maand (8): de bevindingen hieronder zijn "
        "vooral ruis.\n" in nl
    )


def test_the_period_after_little_data_is_compared_with_the_last_with_enough(run, tmp_path, monkeypatch):
    """_anna_leaves with its February moved to March and one contact (dik-dora) in February: the median of 7, 1, 7
    is 7; February has 1, about a seventh: no baseline.  March is compared with January: anna gone, erik taking over
    (said there once, not in February as noise); February's A-B and A-C, back in March, are not lost."""
    dated = _anna_leaves(tmp_path)
    dated.write_text(dated.read_text().replace("2024-02-", "2024-03-") + "dik,dora,2024-02-10\n")
    args = [str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected", "--lang", "nl"]
    doc = _json(run, *args)
    assert [p["compared_with"] for p in doc["periods"]] == [None, "2024-01-01", "2024-01-01"]
    assert doc["periods"][1]["findings"] == []
    assert [f["subject"] for f in doc["periods"][1]["passing"]] == [["A", "B"], ["A", "C"]]
    assert [(f["kind"], f["subject"]) for f in doc["periods"][2]["findings"]][:2] == [
        ("connector-lost", "anna"),
        ("new-connector", "erik"),
    ]
    monkeypatch.setenv("COLUMNS", "200")
    shown = run("compare", *args).stdout.splitlines()
    february = shown.index("1 februari 2024 t/m 29 februari 2024: 1 contact, 0 bevindingen")
    assert shown[february + 1] == (
        "  Februari 2024 had 1 contact, ongeveer een zevende van een gewone maand (7): te weinig gegevens om de "
        "periode erna mee te vergelijken."
    )
    march = shown.index("1 maart 2024 t/m 31 maart 2024: 7 contacten, 4 bevindingen")
    assert shown[march + 1] == "  Vergeleken met januari 2024, de laatste periode met genoeg gegevens."
    assert not any("ruis" in line for line in shown[march:])
    en = run("compare", *args[:-1], "en").stdout
    assert "  Compared with January 2024, the last period with enough data.\n" in en


def test_a_lasting_loss_after_a_month_with_little_data_is_no_noise(run, tmp_path):
    """Ten contacts a month, March three (bas-bea, cas-cor, dik-dora), and from April on fien-dik (A-D's only
    contact) gone for good: the median of 10, 10, 3, 9, 9, 9 is 9, March under half of it.  By hand: April is
    compared with February, so A-D lost (1 -> 0) and D a new silo ((1 - 1) / 2 = 0 -> -1) are April's findings, not
    March's; March's missing A-B and B-C are back in April (not lost), and May and June have nothing new."""
    few = ["bas,bea", "cas,cor", "dik,dora"]
    after = [c for c in MONTH if c != "fien,dik"]
    args = _months(tmp_path, lambda m: MONTH if m < 3 else few if m == 3 else after)
    doc = _json(run, *args)
    periods = doc["periods"]
    assert [p["few_contacts"] for p in periods] == [False, False, True, False, False, False]
    assert periods[3]["compared_with"] == "2024-02-01"
    assert [(f["kind"], f["subject"], f["before"], f["after"]) for f in periods[3]["findings"]] == [
        ("bridge-lost", ["A", "D"], 1, 0),
        ("new-silo", "D", 0.0, -1.0),
    ]
    assert periods[2]["findings"] == [] and periods[4]["findings"] == [] and periods[5]["findings"] == []
    assert [f["subject"] for f in periods[2]["passing"] if f["kind"] == "bridge-lost"] == [["A", "B"], ["B", "C"]]
    shown = run("compare", *args, "--lang", "en").stdout
    assert "noise" not in shown


def test_a_connector_back_the_next_period_is_not_lost_nor_new(run, tmp_path, monkeypatch):
    """January and March: anna connects erik (A), bas (B), cas (C) and dik (D): 6 pairs, 12 both ways, connector
    no. 1.  February (as many contacts) she is away.  By hand: February's loss of anna is back in March (12 -> 0 ->
    12), so not lost; March's rise of anna (0 -> 12) is no new connector: she was one in January."""
    january = ["anna,erik", "anna,bas", "anna,cas", "anna,dik", "bas,bea", "cas,cor", "dik,dora"]
    february = ["bas,bea", "cas,cor", "dik,dora", "bea,bob", "cor,cis", "erik,fien", "bob,bram"]
    dated = tmp_path / "dated.csv"
    rows = [f"{c},2024-{m:02}-10" for m, month in ((1, january), (2, february), (3, january)) for c in month]
    dated.write_text("source,target,date\n" + "\n".join(rows) + "\n")
    args = [str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected"]
    doc = _json(run, *args)
    assert [p["findings"] for p in doc["periods"]] == [[], [], []]
    assert ("connector-lost", "anna", 12, 0) in [(f["kind"], f["subject"], f["before"], f["after"]) for f in (
        doc["periods"][1]["passing"]
    )]  # fmt: skip
    assert [(f["kind"], f["subject"]) for f in doc["periods"][2]["passing"]] == [("new-connector", "anna")]
    monkeypatch.setenv("COLUMNS", "200")
    nl = run("compare", *args, "--lang", "nl").stdout
    assert (
        "  In februari 2024 minder tussenpersoon, maar niet verloren: terug in maart 2024: de verbinder anna "
        "(12 → 0 → 12).\n" in nl
    )
    assert "  Niet nieuw, want in januari 2024 al verbinder: anna.\n" in nl
    en = run("compare", *args, "--lang", "en").stdout
    assert "  Less of a go-between in February 2024, but not lost: back in March 2024: the connector anna" in en
    assert "  Not new, a connector in January 2024 already: anna.\n" in en


def test_a_bridge_through_someone_who_left_says_so(run, tmp_path, monkeypatch):
    """fien (A) and bram (B) leave; A-D's only contact was fien-dik, B-C's bas-cas (both stay).  By hand: A-D lost
    says fien left, B-C lost does not; the people who left are listed after the findings, but only fien, whose
    leaving cost a bridge: bram was no connector and no bridge."""
    before, after = tmp_path / "voor.csv", tmp_path / "na.csv"
    kept = ["anna,erik", "bas,bea", "cas,cor", "dik,dora", "anna,bob"]
    before.write_text("source,target\n" + "\n".join([*kept, "fien,dik", "bas,cas", "bram,bea"]) + "\n")
    after.write_text("source,target\n" + "\n".join(kept) + "\n")
    args = [str(before), str(after), "--groups", str(DATA / "people.csv"), "--undirected"]
    doc = _json(run, *args)
    bridges = {tuple(f["subject"]): f["why"] for f in doc["findings"] if f["kind"] == "bridge-lost"}
    assert bridges == {
        ("A", "D"): "A and D were connected by one contact, between fien and dik; fien left (no contact at all "
        "afterwards), and no other contact connects A and D.",
        ("B", "C"): "B and C were connected by one contact, between bas and cas; afterwards by none.",
    }
    assert doc["left"] == [{"id": "fien", "rank": None, "bridges": [["A", "D"]]}]
    monkeypatch.setenv("COLUMNS", "200")
    nl = run("compare", *args, "--lang", "nl").stdout.splitlines()
    assert nl[-3:] == [
        "Vertrokken (daarna geen enkel contact): fien (de brug A – D).",
        "",
        "Alle cijfers per persoon: --format json of csv.",
    ]
    assert "A en D waren verbonden door één contact, tussen fien en dik; fien is vertrokken" in "\n".join(nl)
    md = run("compare", *args, "--lang", "en", "--format", "markdown").stdout
    assert "\nLeft (no contact at all afterwards): fien (the bridge A – D).\n" in md
    # Nobody who mattered left: no line.
    after.write_text("source,target\n" + "\n".join([*kept, "fien,dik", "bas,bea"]) + "\n")
    assert "Left" not in run("compare", *args, "--lang", "en").stdout and _json(run, *args)["left"] == []


def test_in_periods_a_bridge_through_someone_gone_from_then_on_says_so(run, tmp_path):
    """_anna_leaves: anna is gone from February on, so February's A-D (anna-dik) says she left."""
    dated = _anna_leaves(tmp_path)
    doc = _json(run, str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected")
    why = next(f["why"] for f in doc["periods"][1]["findings"] if f["subject"] == ["A", "D"])
    assert why.startswith("A and D were connected by one contact, between anna and dik; anna left (no contact at all")


@pytest.mark.parametrize(
    ("dates", "period", "nl", "en"),
    [
        (["2024-01-10", "2024-03-10"], "month", "3 personen, 3 maanden", "3 people, 3 months"),
        (["2024-01-10", "2024-01-11"], "week", "3 personen, 1 week", "3 people, 1 week"),
        (["2024-01-10", "2024-04-10"], "quarter", "3 personen, 2 kwartalen", "3 people, 2 quarters"),
        (["2024-01-10", "2024-01-31"], "month", "3 personen, 1 maand", "3 people, 1 month"),
    ],
)
def test_the_summary_counts_the_periods_by_their_name(run, tmp_path, dates, period, nl, en):
    """January to March are three months (February without data counts too), 10 and 11 January one week (a
    Wednesday and a Thursday), January and April two quarters: never "3 perioden per maand"."""
    dated = tmp_path / "dated.csv"
    dated.write_text(f"source,target,date\nanna,bas,{dates[0]}\nbas,cas,{dates[1]}\n")
    args = ["compare", str(dated), "--period", period, "--undirected"]
    assert run(*args, "--lang", "nl").stdout.splitlines()[1].startswith(f"{nl} (ongericht).")
    assert run(*args, "--lang", "en").stdout.splitlines()[1].startswith(f"{en} (undirected).")


def test_html_of_periods_has_a_chart_per_connector_and_escapes(run, tmp_path):
    dated = tmp_path / "dated.csv"
    evil = "<img src=x onerror=alert(1)>"
    dated.write_text(
        f'source,target,date\n"{evil}",b,2024-01-01\n"{evil}",c,2024-01-02\nb,c,2024-02-01\n"{evil}",d,2024-02-01\n'
    )
    page = run("compare", str(dated), "--period", "month", "--format", "html", "--undirected").stdout
    assert "<svg" in page and "<polyline" in page
    assert "<img" not in page and "&lt;img" in page
    assert "<script" not in page.lower()


def test_html_says_what_it_compared_and_ends_without_a_command_hint(run):
    page = run("compare", *PAIR, "--format", "html", "--lang", "en").stdout
    assert f"<p>Compared: {PAIR[0]} (before) with {PAIR[1]} (after).</p>" in page
    assert f"<p>Groups from {PAIR[3]}.</p>" in page
    left = "<p>Left (no contact at all afterwards): anna (connector no. 1; the bridge A – D).</p>"
    assert "--format" not in page and page.rstrip().endswith(f"</table>\n{left}\n</body>\n</html>")
    assert '<td class="num before" data-label="before">12</td>' in page  # labelled for the stacked phone layout
    assert "tr,figure{break-inside:avoid}" in page  # in print no finding is split across pages


def _gap_months(tmp_path):
    """January and March with data, February without; dik leaves after January, bas brokers most in March."""
    dated = tmp_path / "dated.csv"
    rows = ["anna,erik,2024-01-05", "anna,bas,2024-01-06", "anna,cas,2024-01-07", "dik,dora,2024-01-08"]
    rows += ["bas,bea,2024-03-01", "bas,cas,2024-03-02", "bas,dora,2024-03-03", "bas,erik,2024-03-04"]
    dated.write_text("source,target,date\n" + "\n".join(rows) + "\n")
    return [str(dated), "--period", "month", "--groups", str(DATA / "people.csv"), "--undirected"]


def test_html_charts_share_one_scale_and_show_gaps(run, tmp_path):
    args = _gap_months(tmp_path)
    page = run("compare", *args, "--format", "html", "--lang", "en").stdout
    doc = _json(run, *args)
    assert [p["start"] for p in doc["periods"]] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    assert not any(p["periods"]["present"][1] for p in doc["people"])  # February: no contact at all
    assert page.count("Without data: February 2024") == 1  # the summary names the month without data, once
    assert "No connectors or bridges lost" not in page  # February, without data, has no findings table or line
    assert '<p class="note">Compared with January 2024, the last period with data.</p>' in page
    assert f"Compared: the contacts in {args[0]} by month, from 1 January 2024 to 31 March 2024" in page
    figures = re.findall(r"<figure>(.*?)</figure>", page)
    assert figures
    top = max(int(n) for f in figures for n in re.findall(r"(?:<br/>|· )(\d+)", f))
    assert f"All charts on one scale, from 0 to {top}." in page
    for f in figures:  # three months, the middle one without data: a grey band; first and last month named
        assert f.count("<rect") == 1 and ">Jan 2024</text>" in f and ">Mar 2024</text>" in f
        numbers = re.search(r"<br/>(.*?)</figcaption>", f).group(1).split(" · ")
        assert len(numbers) == 3 and numbers[1] == "—"
    anna = next(f for f in figures if "<strong>anna (A)</strong>" in f)
    assert anna.endswith("<br/>6 · — · —</figcaption>")  # she has no contact after January: a gap, not 0
    assert "<polyline" not in anna  # one point only: no line drawn through the months she was gone
    assert "--format" not in page


@pytest.mark.slow
@pytest.mark.needs("chromium")
def test_html_fits_a_phone_and_keeps_findings_whole_in_print(run, tmp_path):
    try:
        from playwright import sync_api
    except ImportError:
        if os.environ.get("VERBINDER_REQUIRE_TOOLS") == "1":
            pytest.fail("needs playwright (pip install -e '.[test]')", pytrace=False)
        pytest.skip("needs playwright (pip install -e '.[test]')")
    pages = {"pair": tmp_path / "pair.html", "periods": tmp_path / "periods.html"}
    assert run("compare", *PAIR, "--format", "html", "-o", pages["pair"]).exit_code == 0
    assert run("compare", *_gap_months(tmp_path), "--format", "html", "-o", pages["periods"]).exit_code == 0
    with sync_api.sync_playwright() as p:
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            for path in pages.values():
                page = browser.new_page(viewport={"width": 390, "height": 844})
                page.goto(path.as_uri())
                assert page.evaluate("document.documentElement.scrollWidth") <= 390, path.name
                right = page.evaluate(
                    "Math.max(...[...document.querySelectorAll('td, figure')]"
                    ".map(e => e.getBoundingClientRect().right))"
                )
                assert right <= 390, path.name  # the why (and every chart) in view, nothing off the right
                page.emulate_media(media="print")
                assert page.evaluate("getComputedStyle(document.querySelector('tbody tr')).breakInside") == "avoid"
                if path.name == "periods.html":  # a period's heading and notes stay together and with its table
                    style = "getComputedStyle(document.querySelector('.lead'))"
                    assert page.evaluate(f"[{style}.breakInside, {style}.breakAfter]") == ["avoid", "avoid"]
                    assert page.evaluate("document.querySelector('.lead').firstElementChild.tagName") == "H2"
                page.close()
        finally:
            browser.close()


# --- errors a user can cause ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "dated.csv:3:5: '2024-02-30' in column 'date' does not exist: February 2024 has 29 days\n"),
        ("nl", "dated.csv:3:5: '2024-02-30' in kolom 'date' bestaat niet: februari 2024 heeft 29 dagen\n"),
    ],
)
def test_unparsable_date(run, tmp_path, monkeypatch, lang, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dated.csv").write_text("source,target,date\na,b,2024-01-31\nb,c,2024-02-30\n")
    result = run("compare", "dated.csv", "--period", "month", "--lang", lang)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == expected


def test_not_a_date_at_all(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dated.csv").write_text('source,target,date\na,b,"31-01-20245"\n')
    result = run("compare", "dated.csv", "--period", "week", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        "dated.csv:2:5: '31-01-20245' in column 'date' is not a date (YYYY-MM-DD, optionally with a time)\n"
    )


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        ("5-2-2024 09:30", "en", "'5-2-2024 09:30' in column 'date' is not a date (YYYY-MM-DD): did you mean "
         "2024-02-05?"),
        ("5-2-2024 09:30", "nl", "'5-2-2024 09:30' in kolom 'date' is geen datum (JJJJ-MM-DD): bedoel je 2024-02-05?"),
        ("", "en", "the date in column 'date' is empty: every contact needs a date"),
        ("", "nl", "de datum in kolom 'date' is leeg: elk contact heeft een datum nodig"),
    ],
)  # fmt: skip
def test_a_date_empty_or_day_first_says_so(run, tmp_path, monkeypatch, date, lang, expected):
    """Day first is read in a ';' file (Dutch Excel); in a comma file it could be an American month first: asked."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dated.csv").write_text(f"source,target,date\na,b,2024-01-31\nb,c,{date}\n")
    for engine in ("memory", "duckdb"):
        result = run("compare", "dated.csv", "--period", "week", "--lang", lang, "--engine", engine)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == f"dated.csv:3:5: {expected}\n"


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        ("31-02-2025", "nl", "'31-02-2025' in kolom 'date' bestaat niet: februari 2025 heeft 28 dagen"),
        ("31-02-2025", "en", "'31-02-2025' in column 'date' does not exist: February 2025 has 28 days"),
        ("30-02-2024 09:30", "en", "'30-02-2024 09:30' in column 'date' does not exist: February 2024 has 29 days"),
        ("2025-04-31", "nl", "'2025-04-31' in kolom 'date' bestaat niet: april 2025 heeft 30 dagen"),
        ("05-13-2025", "en", "'05-13-2025' in column 'date' does not exist: there is no month 13 (DD-MM-YYYY)"),
        ("05-13-2025", "nl", "'05-13-2025' in kolom 'date' bestaat niet: er is geen maand 13 (DD-MM-JJJJ)"),
        ("5-1-25", "nl", "'5-1-25' in kolom 'date' is geen datum: gebruik JJJJ-MM-DD of DD-MM-JJJJ "
         "(eventueel met tijd)"),
        ("5-1-25", "en", "'5-1-25' in column 'date' is not a date: use YYYY-MM-DD or DD-MM-YYYY "
         "(optionally with a time)"),
    ],
)  # fmt: skip
def test_semicolon_file_dates_impossible_or_malformed(run, tmp_path, monkeypatch, date, lang, expected):
    """In a ';' file (Dutch Excel) day first is read: an impossible date says it does not exist (the month's days),
    a malformed one names both forms it accepts (review N6); one sentence, located, exit 2, with either engine."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dated.csv").write_bytes(f"\ufeffsource;target;date\r\na;b;31-01-2024\r\nb;c;{date}\r\n".encode())
    for engine in ("memory", "duckdb"):
        result = run("compare", "dated.csv", "--period", "week", "--lang", lang, "--engine", engine)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == f"dated.csv:3:5: {expected}\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "dated.csv:1:1: missing column 'when' — the header has: source, target, date; "
            "did you mean --date-column date?\n",
        ),
        (
            "nl",
            "dated.csv:1:1: kolom 'when' ontbreekt — de kopregel heeft: source, target, date; "
            "bedoel je --date-column date?\n",
        ),
    ],
)
def test_missing_date_column(run, tmp_path, monkeypatch, lang, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dated.csv").write_text("source,target,date\na,b,2024-01-31\n")
    result = run("compare", "dated.csv", "--period", "month", "--date-column", "when", "--lang", lang)
    assert result.exit_code == 2 and result.stderr == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "unknown period 'year': choose week, month or quarter (in Dutch: week, maand, kwartaal)\n"),
        ("nl", "onbekende periode 'year': kies week, maand of kwartaal (of week, month, quarter)\n"),
    ],
)
def test_unknown_period(run, lang, expected):
    result = run("compare", str(DATA / "before.csv"), "--period", "year", "--lang", lang)
    assert result.exit_code == 2 and result.stderr.endswith(expected)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("source,target,datum", "de kopregel heeft: source, target, datum; bedoel je --date-column datum?"),
        ("Tijdstip,source,target", "de kopregel heeft: tijdstip, source, target; bedoel je --date-column tijdstip?"),
        ("source,target,contactdatum", "de kopregel heeft: source, target, contactdatum; bedoel je --date-column "
         "contactdatum?"),
        ("source,target,wat", "de kopregel heeft: source, target, wat"),
    ],
)  # fmt: skip
def test_missing_date_column_suggests_the_likely_one(run, tmp_path, monkeypatch, header, expected):
    monkeypatch.chdir(tmp_path)
    row = ",".join({"source": "a", "target": "b"}.get(h.lower(), "2024-01-31") for h in header.split(","))
    (tmp_path / "dated.csv").write_text(f"{header}\n{row}\n")
    for engine in ("memory", "duckdb"):
        result = run("compare", "dated.csv", "--period", "month", "--lang", "nl", "--engine", engine)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == f"dated.csv:1:1: kolom 'date' ontbreekt — {expected}\n"
    if "bedoel je" in expected:  # and the suggestion works
        fixed = expected.rsplit("bedoel je ", 1)[1].rstrip("?").split(" ")
        assert run("compare", "dated.csv", "--period", "month", *fixed).exit_code == 0


@pytest.mark.parametrize(("dutch", "english"), [("maand", "month"), ("kwartaal", "quarter"), ("Week", "week")])
def test_dutch_period_names(run, dutch, english):
    from verbinder.analysis.change import PERIODS
    from verbinder.cli.compare import PERIOD_NAMES

    assert set(PERIOD_NAMES.values()) == set(PERIODS)
    meetings = [str(DATA / "meetings.csv"), "--groups", str(DATA / "people.csv")]
    assert _json(run, *meetings, "--period", dutch) == _json(run, *meetings, "--period", english)


def test_bad_csv_is_located(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "after.csv").write_text('source,target\nanna,"bas\n')
    result = run("compare", str(DATA / "before.csv"), "after.csv", "--lang", "en")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("after.csv:2:1: CSV error: ")


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2", "nl", "--silo-threshold 2 ligt buiten het bereik van de E-I-index (-1 tot en met 1): kies een waarde "
         "daartussen"),
        ("-1.5", "en", "--silo-threshold -1.5 is outside the range of the E-I index (-1 to 1): choose a value in "
         "between"),
        ("nan", "en", "--silo-threshold NaN is outside the range of the E-I index (-1 to 1): choose a value in "
         "between"),
    ],
)  # fmt: skip
def test_a_silo_threshold_outside_the_e_i_index_is_refused(run, value, lang, expected):
    result = run("compare", *PAIR, f"--silo-threshold={value}", "--lang", lang)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == expected + "\n"
    assert run("compare", *PAIR, "--silo-threshold=-1", "--lang", lang).exit_code == 0


def test_usage_errors(run):
    both = run("compare", *PAIR[:2], "--period", "month", "--lang", "en")
    assert both.exit_code == 2 and both.stderr.endswith("give either a second file (AFTER) or --period, not both\n")
    neither = run("compare", PAIR[0], "--lang", "en")
    assert neither.exit_code == 2
    assert neither.stderr.endswith("give a second file (AFTER) to compare with, or --period\n")
    engine = run("compare", *PAIR[:2], "--engine", "spark", "--lang", "nl")
    assert engine.exit_code == 2 and engine.stderr.endswith(
        "onbekende rekenmachine 'spark': kies memory, duckdb of auto\n"
    )


@pytest.mark.slow
def test_duckdb_engine_gives_the_same_findings(run):
    memory = _json(run, *PAIR, "--engine", "memory")
    duck = _json(run, *PAIR, "--engine", "duckdb")
    assert duck["findings"] == memory["findings"]


def test_betweenness_samples_and_their_error_with_either_engine(run, tmp_path):
    """--betweenness-samples reaches the DuckDB engine's sampled betweenness, with the error 50 samples guarantee:
    shortest paths of before.csv have at most 7 people (everyone within 3 steps of anna), of after.csv 5 (2 steps),
    so epsilon = sqrt(0.5 / 50 * (floor(log2(VD - 2)) + 1 + ln(1 / 0.1))) with floor(log2 5) = 2, floor(log2 3) = 1."""
    duck = _json(run, *PAIR, "--engine", "duckdb", "--betweenness-samples", "50")
    epsilon = {
        vd: pytest.approx(math.sqrt(0.5 / 50 * (math.floor(math.log2(vd - 2)) + 1 + math.log(10)))) for vd in (5, 7)
    }
    assert duck["betweenness"] == {
        "before": {"exact": False, "samples": 50, "epsilon": epsilon[7], "delta": 0.1},
        "after": {"exact": False, "samples": 50, "epsilon": epsilon[5], "delta": 0.1},
    }
    memory = _json(run, *PAIR, "--engine", "memory")
    # exact: every person present a source (anna has left afterwards: 11)
    assert memory["betweenness"] == {"before": {"exact": True, "samples": 12}, "after": {"exact": True, "samples": 11}}
    dated = tmp_path / "dated.csv"
    # Directed: January and February each a chain of 3 people (VD 3), March one tie (no inner node: no samples).
    dated.write_text(
        "source,target,date\nanna,bas,2024-01-02\nbas,cas,2024-01-03\nbas,cas,2024-02-01\n"
        "cas,dik,2024-02-02\ndik,erik,2024-03-01\n"
    )
    periods = _json(run, str(dated), "--period", "month", "--engine", "duckdb", "--betweenness-samples", "20")
    three = math.sqrt(0.5 / 20 * (0 + 1 + math.log(10)))
    assert [(p["betweenness"]["samples"], p["betweenness"]["epsilon"]) for p in periods["periods"]] == [
        (20, pytest.approx(three)),
        (20, pytest.approx(three)),
        (0, 0.0),
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    st.sampled_from(["week", "month", "quarter"]),
)
def test_every_date_lies_in_its_period(day, period):
    """The period of a date starts on a Monday / the first of a month / of a quarter, ends the day before the next."""
    key = int(period_keys(np.array([day], dtype="datetime64[D]"), period)[0])
    start, end = period_bounds(key, period)
    assert start <= day <= end
    following, _ = period_bounds(key + 1, period)
    assert following == end + dt.timedelta(days=1)
    if period == "week":
        assert start.weekday() == 0 and (end - start).days == 6
    else:
        assert start.day == 1 and (period == "month" or start.month in (1, 4, 7, 10))


def test_terminal_shows_ten_findings_a_comparison_and_says_how_many_more(run, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    # 12 people in 12 groups around one hub in January; in February the hub is gone: 1 connector and 11 bridges lost.
    spokes = [f"p{i}" for i in range(11)]
    (tmp_path / "people.csv").write_text(
        "id,group\nhub,g00\n" + "".join(f"{p},g{i + 1:02}\n" for i, p in enumerate(spokes))
    )
    rows = [f"hub,{p},2024-01-10" for p in spokes] + ["p0,p1,2024-02-10"]
    (tmp_path / "dated.csv").write_text("source,target,date\n" + "\n".join(rows) + "\n")
    args = [str(tmp_path / "dated.csv"), "--period", "month", "--groups", str(tmp_path / "people.csv"), "--undirected"]
    shown = run("compare", *args, "--lang", "en").stdout
    everything = _json(run, *args)["periods"][1]["findings"]
    assert len(everything) > 10
    assert f"… and {len(everything) - 10} more findings: --format markdown, html or json shows them all." in shown
    assert "  10. " in shown and "  11. " not in shown
    lines = shown.splitlines()
    assert all(line == line.rstrip() for line in lines)  # no padding: the output goes to files and pipes too
    # right-aligned with 10., every why in one column; undirected, 11 × 10 ordered pairs of spokes through the hub
    assert "   1. connector lost: hub (110 → 0)" in lines
    assert "1 connector lost, 11 bridges not seen" in shown  # February is the last month: not yet "lost"


# --- a reorganisation: people move between departments (--groups-after) ------------------------------------------

# One contact list for both snapshots, so every finding comes from the move (undirected):
#   anna-erik, erik-bas, erik-cas, bas-bea, cas-cor, cas-dik
# Before: A anna erik | B bas bea | C cas cor | D dik.  After: erik moves to the new department E, dik to C (D ends),
# fay joins E (no contacts yet).  By hand:
# * Before, A and B were connected only by erik-bas, A and C only by erik-cas, C and D by cas-dik.  Afterwards those
#   contacts run E-B, E-C and inside C; A's one contact (anna-erik) runs to E: **bridge-lost A-B (1 -> 0)** and
#   **bridge-lost A-C (1 -> 0)**, A-B first (equal contacts: by name).  D's only person, dik, went to C: D maps
#   onto C (merged into it), and C-D's cas-dik is now inside C: no bridge.
# * No silo: the E-I index of C goes from (2 - 1) / 3 to (1 - 2) / 3 = -0.33, not below -0.5; A, B from 1/3 and 0
#   to 1 and 0.  No connector: nobody brokers more afterwards; erik 6 -> 6 (every two-path through him crosses groups
#   both times), bas 2 -> 2, cas 6 -> 4 (cor-cas-dik is now inside C), not down by half.
# With the before groups for both snapshots nothing changed: no finding.
MOVE_EDGES = "source,target\nanna,erik\nerik,bas\nerik,cas\nbas,bea\ncas,cor\ncas,dik\n"
MOVE_BEFORE = "id,group\nanna,A\nerik,A\nbas,B\nbea,B\ncas,C\ncor,C\ndik,D\n"
MOVE_AFTER = "id,group\nanna,A\nerik,E\nbas,B\nbea,B\ncas,C\ncor,C\ndik,C\nfay,E\n"


@pytest.fixture
def moved(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in (("e.csv", MOVE_EDGES), ("voor.csv", MOVE_BEFORE), ("na.csv", MOVE_AFTER)):
        (tmp_path / name).write_text(text)
    return ["e.csv", "e.csv", "--groups", "voor.csv", "--undirected"]


def test_groups_after_a_move_between_departments(run, moved):
    assert _json(run, *moved)["findings"] == []
    doc = _json(run, *moved, "--groups-after", "na.csv")
    got = [(f["kind"], f["subject"], f["before"], f["after"], f["why"]) for f in doc["findings"]]
    assert got == [
        ("bridge-lost", ["A", "B"], 1, 0, "A and B were connected by one contact, between erik and bas; erik moved "
         "to E: the contact is still there, but no longer connects A and B."),
        ("bridge-lost", ["A", "C"], 1, 0, "A and C were connected by one contact, between erik and cas; erik moved "
         "to E: the contact is still there, but no longer connects A and C."),
    ]  # fmt: skip
    # A: anna stays, erik goes to E (a tie: A keeps its name); D's only person, dik, went to C: D merged into C.
    assert doc["reorganisation"] == {
        "groups": {"A": "A", "B": "B", "C": "C", "D": "C"},
        "merged": [{"groups": ["C", "D"], "into": "C"}],
        "renamed": [],
        "split": [],
        "moved": [{"id": "erik", "from": "A", "to": "E"}],
    }
    assert "reorganisation" not in _json(run, *moved)
    people = {p["id"]: (p["group"], p["group_after"]) for p in doc["people"]}
    assert people == {
        "anna": ("A", "A"), "erik": ("A", "E"), "bas": ("B", "B"), "bea": ("B", "B"), "cas": ("C", "C"),
        "cor": ("C", "C"), "dik": ("D", "C"), "fay": ("E", "E"),
    }  # fmt: skip
    by_id = {p["id"]: p for p in doc["people"]}
    assert [by_id[p]["before"]["brokerage"]["total"] for p in ("erik", "bas", "cas")] == [6, 2, 6]
    assert [by_id[p]["after"]["brokerage"]["total"] for p in ("erik", "bas", "cas")] == [6, 2, 6]
    assert by_id["cas"]["before"]["brokerage"]["coordinator"] == 0  # cor-cas-dik: C C D, then C C C both ways
    assert by_id["cas"]["after"]["brokerage"]["coordinator"] == 2
    assert "group_after" not in _json(run, *moved)["people"][0]
    table = run("compare", *moved, "--groups-after", "na.csv", "--format", "csv", "--lang", "en").stdout
    rows = {row["id"]: (row["group"], row["group_after"]) for row in csv.DictReader(io.StringIO(table))}
    assert rows == people
    assert "group_after" not in run("compare", *moved, "--format", "csv", "--lang", "en").stdout


@pytest.mark.parametrize(
    ("args", "lang", "expected"),
    [
        (["--groups", "na.csv"], "nl", "--groups is 2 keer gegeven; geef de groepen van NA apart met --groups-after"),
        (["--groups", "na.csv"], "en", "--groups was given 2 times; give the groups of AFTER with --groups-after"),
        (["--groups-after", "na.csv", "--groups-after", "na.csv"], "en",
         "--groups-after was given 2 times; give one file of AFTER's groups"),
        (["--groups-after", "na.csv", "--groups-after", "na.csv"], "nl",
         "--groups-after is 2 keer gegeven; geef één bestand met de groepen van NA"),
    ],
)  # fmt: skip
def test_a_second_groups_is_refused(run, moved, args, lang, expected):
    result = run("compare", *moved, *args, "--lang", lang)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == expected + "\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["e.csv", "e.csv", "--groups-after", "na.csv"],
         "--groups-after goes with --groups: give the groups of BEFORE too"),
        (["e.csv", "--period", "month", "--groups", "voor.csv", "--groups-after", "na.csv"],
         "--groups-after compares two files (BEFORE and AFTER), not the periods of --period"),
    ],
)  # fmt: skip
def test_groups_after_needs_groups_and_two_files(run, moved, args, expected):
    result = run("compare", *args, "--lang", "en")
    assert result.exit_code == 2 and result.stderr == expected + "\n"


@pytest.mark.parametrize(
    ("lang", "missing", "expected"),
    [
        ("nl", "dik", "e.csv:7:5: 'dik' staat in voor.csv maar niet in na.csv: voeg 'dik' met de groep toe aan "
         "na.csv\n"),
        ("en", "dik", "e.csv:7:5: 'dik' is in voor.csv but not in na.csv: add 'dik' with their group to na.csv\n"),
        # The did-you-mean comes from the file the person is missing from (here 'cas' for 'bas').
        ("en", "bas", "e.csv:3:6: 'bas' is in voor.csv but not in na.csv: add 'bas' with their group to na.csv, or "
         "did you mean 'cas'?\n"),
        ("nl", "bas", "e.csv:3:6: 'bas' staat in voor.csv maar niet in na.csv: voeg 'bas' met de groep toe aan "
         "na.csv, of bedoel je 'cas'?\n"),
    ],
)  # fmt: skip
def test_missing_from_the_after_groups_but_in_the_before_groups_says_so(run, moved, tmp_path, lang, missing, expected):
    """AFTER's contacts are checked against the after groups (dik left, yet is still in e.csv).  Review N13: not just
    a did-you-mean from the after groups (Mirjam -> 'Mila'): she is in the before file."""
    (tmp_path / "na.csv").write_text(MOVE_AFTER.replace(f"{missing},", "gone,"))
    for engine in ("memory", "duckdb"):
        result = run("compare", *moved, "--groups-after", "na.csv", "--lang", lang, "--engine", engine)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr == expected


def test_missing_from_the_before_groups_but_in_the_after_groups_says_so(run, moved, tmp_path):
    (tmp_path / "voor.csv").write_text(MOVE_BEFORE.replace("dik,D\n", ""))
    result = run("compare", *moved, "--groups-after", "na.csv", "--lang", "en")
    assert result.exit_code == 2
    assert (
        result.stderr == "e.csv:7:5: 'dik' is in na.csv but not in voor.csv: add 'dik' with their group to voor.csv\n"
    )
    alone = run("compare", *moved, "--lang", "en")  # one groups file: nothing else to point to
    assert alone.stderr == "e.csv:7:5: unknown person 'dik': not in voor.csv\n"


def test_html_names_both_groups_files(run, moved):
    result = run("compare", *moved, "--groups-after", "na.csv", "--format", "html", "--lang", "en")
    assert result.exit_code == 0
    assert "<p>Groups from voor.csv → na.csv.</p>" in result.stdout


#: A merger and a move (the analyst's review: Zorg and Jeugd merge, the broker Mirjam moves to Economie).
#: Before: A (anna, ab), Z (zoe, zed), J (jan, jo), W (wim, mir), E (ed, eva); afterwards Z and J are ZJ, mir is in E.
MERGER_EDGES = "source,target\nanna,ab\nzoe,zed\njan,jo\nwim,mir\ned,eva\nab,jo\nmir,zoe\nmir,jan\nzoe,jan\nwim,ed\n"
MERGER_BEFORE = "id,group\nanna,A\nab,A\nzoe,Z\nzed,Z\njan,J\njo,J\nwim,W\nmir,W\ned,E\neva,E\n"


@pytest.fixture
def merger(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    after_groups = MERGER_BEFORE.replace(",Z\n", ",ZJ\n").replace(",J\n", ",ZJ\n").replace("mir,W", "mir,E")
    (tmp_path / "voor.csv").write_text(MERGER_BEFORE)
    (tmp_path / "na.csv").write_text(after_groups)
    (tmp_path / "e1.csv").write_text(MERGER_EDGES)
    (tmp_path / "e2.csv").write_text(MERGER_EDGES.replace("ab,jo\n", ""))  # A's only contact with J ends
    return ["e1.csv", "e2.csv", "--groups", "voor.csv", "--groups-after", "na.csv", "--undirected"]


def test_a_merger_does_not_hide_lost_bridges(run, merger, monkeypatch):
    """Derived by hand.  Each group of before maps onto the group most of its people end up in: Z and J onto ZJ
    (a merger), W onto W (wim stays, mir goes to E: a tie, kept by the same name), A and E onto themselves; mir
    moved.  Before's bridges with the groups mapped: A-ZJ by ab-jo (1; Z-J's zoe-jan is now inside ZJ), W-ZJ by
    mir-zoe and mir-jan (2, all through mir), W-E by wim-ed.  Afterwards ab-jo is gone: A-ZJ lost (1 -> 0); mir's
    two contacts now run from E: W-ZJ lost (2 -> 0), because mir moved; W-E still has wim-ed (and wim-mir)."""
    doc = _json(run, *merger)
    bridges = [(f["subject"], f["before"], f["after"], f["why"]) for f in doc["findings"] if f["kind"] == "bridge-lost"]
    assert bridges == [
        (["W", "ZJ"], 2, 0, "W and ZJ were connected by 2 contacts, all through mir; mir moved to E, and afterwards "
         "no contact connects W and ZJ."),
        (["A", "ZJ"], 1, 0, "A and ZJ were connected by one contact, between ab and jo; afterwards by none."),
    ]  # fmt: skip
    assert doc["reorganisation"] == {
        "groups": {"A": "A", "E": "E", "J": "ZJ", "W": "W", "Z": "ZJ"},
        "merged": [{"groups": ["J", "Z"], "into": "ZJ"}],
        "renamed": [],
        "split": [],
        "moved": [{"id": "mir", "from": "W", "to": "E"}],
    }
    assert list(doc)[:7] == [
        "schema_version", "language", "directed", "pseudonymised", "people_count", "reorganisation", "betweenness",
    ]  # fmt: skip
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("compare", *merger, "--lang", "nl").stdout.splitlines()
    assert shown[4:8] == [
        "Reorganisatie",
        "  J en Z samengevoegd tot ZJ.",
        "  1 persoon van afdeling gewisseld:",
        "    mir: W → E",
    ]
    assert "  3. brug verloren: W – ZJ (2 → 0)" in shown
    md = run("compare", *merger, "--format", "markdown", "--lang", "en").stdout
    assert "## Reorganisation\n\n- J and Z merged into ZJ.\n- 1 person moved department:\n  - mir: W → E\n" in md
    page = run("compare", *merger, "--format", "html", "--lang", "en").stdout
    assert "<li>J and Z merged into ZJ.</li><li>1 person moved department:<ul><li>mir: W → E</li></ul></li>" in page
    assert page.index("Reorganisation") < page.index("<table>")


def test_a_split_and_a_rename_are_said(run, tmp_path, monkeypatch):
    """A's four people go two to A1 and two to A2 (a split; the tie kept by the first name); B is renamed C."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "e.csv").write_text("source,target\na1,a2\na3,a4\na1,b1\nb1,b2\n")
    (tmp_path / "voor.csv").write_text("id,group\na1,A\na2,A\na3,A\na4,A\nb1,B\nb2,B\n")
    (tmp_path / "na.csv").write_text("id,group\na1,A1\na2,A1\na3,A2\na4,A2\nb1,C\nb2,C\n")
    doc = _json(run, "e.csv", "e.csv", "--groups", "voor.csv", "--groups-after", "na.csv", "--undirected")
    assert doc["reorganisation"]["split"] == [{"group": "A", "into": ["A1", "A2"]}]
    assert doc["reorganisation"]["renamed"] == [{"from": "B", "to": "C"}]
    assert doc["reorganisation"]["moved"] == []
    assert doc["findings"] == []  # a1-b1 connected A and B, and connects A1 (A's main part) and C
    shown = run("compare", "e.csv", "e.csv", "--groups", "voor.csv", "--groups-after", "na.csv", "--lang", "nl")
    assert "  B heet nu C.\n  A gesplitst in A1 en A2.\n" in shown.stdout


def test_the_terminal_lists_ten_who_moved_and_says_how_many_more(run, tmp_path, monkeypatch):
    """A has 25 people, B 13; 11 of A's move to B: A and B keep their names (most of each stays), 11 moved."""
    monkeypatch.chdir(tmp_path)
    a, b = [f"a{i:02}" for i in range(25)], [f"b{i:02}" for i in range(13)]
    (tmp_path / "e.csv").write_text("source,target\na00,b00\n")
    (tmp_path / "voor.csv").write_text("id,group\n" + "".join(f"{p},A\n" for p in a) + "".join(f"{p},B\n" for p in b))
    after = [(p, "B" if p in a[14:] else "A") for p in a] + [(p, "B") for p in b]
    (tmp_path / "na.csv").write_text("id,group\n" + "".join(f"{p},{g}\n" for p, g in after))
    args = ["e.csv", "e.csv", "--groups", "voor.csv", "--groups-after", "na.csv", "--undirected"]
    monkeypatch.setenv("COLUMNS", "80")
    shown = run("compare", *args, "--lang", "en").stdout.splitlines()
    start = shown.index("Reorganisation")
    assert shown[start + 1 : start + 3] == ["  11 people moved department:", "    a14: A → B"]
    assert shown[start + 11] == "    a23: A → B"
    assert shown[start + 12] == "    … and 1 more: --format markdown, html or json shows them all."
    assert len(_json(run, *args)["reorganisation"]["moved"]) == 11
