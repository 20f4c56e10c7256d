"""Ranked actions (verbinder.plan.actions): the order derived by hand, the JSON shape, the default output.

The hand-made model below, judged by the test rules (tests/fixtures/roles) on 2026-12-01.  Importance of a
link (verbinder.analysis.importance): 1 + 2 per agenda item + due points (2 within 12 months, 1 within 24)
+ tension (low 0, medium 1, high 2) + influence points of the strongest end (5: 2, 4: 1).

- l1 wh -> firm, item `soon` (due 2027-06: 6 months, 2), medium, no connector:
  1 + 2 + 2 + 1 + 2 = 8; staff bonus 2 -> **staff l1 = 10**.
- item `empty` (due 2027-03, no links): 1 + 2 + 2 = 5; cover-agenda bonus 3 -> **cover-agenda empty = 8**.
- l4 ngo -> firm via ben, item `soon`, high: 1 + 2 + 2 + 2 + 0 = 7; ben is assessed at 0 in everything, so his
  gaps on l4 serve an agenda item -> **develop ben = 7 + 0 = 7**.
- l5 wh -> raad via ben (two politics ends, a civil servant between): the rule politiek-tweezijdig warns;
  1 + 0 + 0 + 0 + 2 = 3; the plan escalates it (bonus 2: 5), and a breach that exists today is raised above
  every other action -> **escalate l5 = 10 + 1 = 11**.
- l2 firm -> club via anna, item `later` (due 2028-06: 18 months, 1), low: 1 + 2 + 1 + 0 + 0 = 4.
  l3 club -> wh via anna, low, no item: 1 + 0 + 0 + 0 + 2 = 3.
  anna carries 2 links with capacity 1 -> **rebalance anna = max(4, 3) + 1 = 5**;
  anna was never assessed -> **assess anna = max(4, 3) + 1 = 5**; on equal priority rebalance ranks first
  (the kinds' order).
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

import verbinder
from support import FIXTURES, ROOT

TODAY = dt.date(2026, 12, 1)

MODEL = """\
name: Actietest
language: nl
actors:
  - {id: wh, name: Wethouder, kind: politics, influence: 5, interest: 4}
  - {id: raad, name: Raad, kind: politics, influence: 3, interest: 3}
  - {id: firm, name: Firma, kind: firms, influence: 3, interest: 3}
  - {id: club, name: Club, kind: civil_society, influence: 2, interest: 2}
  - {id: ngo, name: Ngo, kind: civil_society, influence: 2, interest: 3}
  - {id: anna, name: Anna (beleidsadviseur), kind: administration, kopgroep: true, capacity: 1}
  - {id: ben, name: Ben, kind: administration, kopgroep: true, capacity: 5, competencies: {BEN}}
links:
  - {id: l1, from: wh, to: firm, tension: medium, agenda: [soon]}
  - {id: l2, from: firm, to: club, via: anna, agenda: [later]}
  - {id: l3, from: club, to: wh, via: anna}
  - {id: l4, from: ngo, to: firm, via: ben, tension: high, agenda: [soon]}
  - {id: l5, from: wh, to: raad, via: ben}
agenda:
  - {id: soon, title: Snel, due: 2027-06}
  - {id: later, title: Later, due: 2028-06}
  - {id: empty, title: Leeg, due: 2027-03}
"""


@pytest.fixture
def model_file(tmp_path):
    import yaml

    catalogue = yaml.safe_load((FIXTURES / "catalogue.yaml").read_text(encoding="utf-8"))
    zeros = ", ".join(f"{c['id']}: 0" for c in catalogue["competencies"])
    path = tmp_path / "acties.yaml"
    path.write_text(MODEL.replace("{BEN}", "{" + zeros + "}"), encoding="utf-8")
    return path


def load(path):
    return verbinder.load(path, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")


@pytest.mark.slow
def test_ranking_derived_by_hand(model_file):
    ranked = load(model_file).actions(today=TODAY)
    got = [(a.rank, a.kind, a.subject, a.priority) for a in ranked]
    assert got == [
        # the plan escalates l5 (Ben, a kopgroep member, between two politics actors) to the griffie (issue 21):
        # a neutrality breach that exists today ranks first, its priority 3 + 2 raised to the highest (10) + 1
        (1, "escalate", "l5", 11),
        (2, "staff", "l1", 10),
        (3, "cover-agenda", "empty", 8),
        (4, "develop", "ben", 7),
        (5, "rebalance", "anna", 5),
        (6, "assess", "anna", 5),
    ]
    assert ranked[0].why.key == "actions.why.escalate_held" and ranked[0].members == ("ben",)


def test_due_dates_move_the_ranking(model_file):
    """Two years later every item is overdue or due: the same actions, the breach of neutrality still first and
    staff l1 next."""
    ranked = load(model_file).actions(today=dt.date(2030, 1, 1))
    assert [(a.kind, a.subject) for a in ranked[:2]] == [("escalate", "l5"), ("staff", "l1")]
    assert [a.rank for a in ranked] == list(range(1, len(ranked) + 1))


def test_json_actions_shape(run, model_file, monkeypatch):
    monkeypatch.setenv("VERBINDER_TODAY", "2026-12-01")
    fix = ("--roles", str(FIXTURES / "roles"), "--catalogue", str(FIXTURES / "catalogue.yaml"))
    result = run("analyse", model_file, "--format", "json", "--lang", "en", *fix)
    assert result.exit_code == 0, result.stderr
    actions = json.loads(result.stdout)["actions"]
    keys = ["rank", "kind", "priority", "subject", "why", "command", "links", "actors", "members", "agenda"]
    assert [list(a) for a in actions] == [keys] * len(actions)
    assert actions[0]["kind"] == "escalate" and actions[0]["subject"] == "l5"  # the breach of neutrality first
    assert actions[1] == {
        "rank": 2,
        "kind": "staff",
        "priority": 10,
        "subject": "l1",
        "why": "Wethouder → Firma (l1) has no connector and no kopgroep member fits.",
        "command": f"verbinder staff {model_file}",
        "links": ["l1"],
        "actors": ["wh", "firm"],
        "members": [],
        "agenda": ["soon"],
    }
    assess = next(a for a in actions if a["kind"] == "assess")
    assert assess["command"] == f"verbinder assess {model_file} anna"
    assert assess["why"].startswith("Anna was never assessed in ")
    # the ids the sentence names, without parsing it: the member, the links that ask, the items they serve
    assert (assess["members"], assess["links"], assess["agenda"]) == (["anna"], ["l3", "l2"], ["later"])
    rebalance = next(a for a in actions if a["kind"] == "rebalance")
    assert rebalance["members"] == ["anna"] and rebalance["links"] == ["l2", "l3"]


def test_default_output_leads_with_actions(run, model_file, monkeypatch):
    monkeypatch.setenv("VERBINDER_TODAY", "2026-12-01")
    fix = ("--roles", str(FIXTURES / "roles"), "--catalogue", str(FIXTURES / "catalogue.yaml"))
    result = run("analyse", model_file, "--lang", "en", *fix)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[3] == "What to do now"
    assert lines[4].startswith("1. hand to the political side: Ben (kopgroep) stands between Wethouder and Raad")
    full = run("analyse", model_file, "--lang", "en", "--explain", *fix)
    assert "Serves the coalition agreement." in full.stdout  # a rule's because-text: only with --explain
    assert "Serves the coalition agreement." not in result.stdout


@pytest.mark.slow
def test_dalburg_default_output_fits(monkeypatch):
    """Dalburg's default output at 80 columns: at most 200 lines, the first action within the first 30."""
    import subprocess
    import sys

    env = {"COLUMNS": "80", "VERBINDER_TODAY": "2026-12-01", "PATH": "", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "verbinder", "analyse", "examples/gemeente-dalburg.yaml"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = proc.stdout.splitlines()
    assert len(lines) <= 200, len(lines)
    first = next(i for i, line in enumerate(lines) if re.match(r"\s*1\. ", line))
    assert first < 30
    assert max(len(line.rstrip()) for line in lines) <= 80


def test_explain_one_link(run):
    result = run("explain", "examples/gemeente-dalburg.yaml", "raadsvragen-jeugd", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "raadsvragen-jeugd" in result.stdout
    assert re.search(r"roles/\S+\.yaml:\d+", result.stdout)  # every reason with its file:line
    assert "wijkaanpak-noord" not in result.stdout


def test_explain_unknown_link(run):
    result = run("explain", "examples/gemeente-dalburg.yaml", "raadsvragen-jeugt", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "unknown link 'raadsvragen-jeugt' — did you mean 'raadsvragen-jeugd'?\n"


def test_a_link_whose_fitting_members_are_full_says_capacity_is_the_bottleneck():
    """Dalburg's open link dorpsraad--wh-wonen-energie: `verbinder staff` finds members who fit but are full
    (reason no_capacity), so the action must not say that no member fits."""
    project = verbinder.load(ROOT / "examples" / "gemeente-dalburg.yaml")
    plan = {s.link: s for s in project.staffing().suggestions}
    link = "dorpsraad--wh-wonen-energie"
    # six members fit it over their assessed levels (issue 21: unknown is not zero); the best is Lotte
    assert plan[link].reason == "no_capacity" and plan[link].candidates == 6
    (action,) = [a for a in project.actions(today=dt.date(2026, 12, 1)) if a.kind == "staff" and a.subject == link]
    assert action.why.render("en") == (
        f"Dorpsraad Oosterveen → Wethouder Wonen en Energietransitie ({link}) has no connector: the kopgroep members "
        "who fit are full. Free capacity or widen the kopgroep."
    )
    assert "de kopgroepleden die passen zitten vol" in action.why.render("nl")
