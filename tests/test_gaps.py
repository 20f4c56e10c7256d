"""One definition of gaps everywhere: only kopgroep members have gaps; not assessed is not a gap; 0 is assessed."""

from __future__ import annotations

import json

import pytest

from support import FIXTURES

FIX = ("--roles", FIXTURES / "roles", "--catalogue", FIXTURES / "catalogue.yaml")

# Griffie connects without being in the kopgroep (no competencies: never a gap); Anna is a member assessed at 0
# in politieke-sensitiviteit (an open gap) and never assessed in the other competencies her link asks.
MODEL = """\
name: Gaps
language: en
actors:
  - {id: wh, name: Wethouder, kind: politics, influence: 5}
  - {id: raad, name: Raad, kind: politics, influence: 4}
  - {id: tue, name: TU, kind: experts, influence: 2}
  - {id: griffie, name: Griffie, kind: administration}
  - {id: anna, name: Anna, kind: administration, kopgroep: true, competencies: {politieke-sensitiviteit: 0}}
links:
  - {id: fracties, from: wh, to: raad, via: griffie, tension: high, agenda: [ca]}
  - {id: kennis, from: wh, to: tue, via: anna, tension: medium, agenda: [ca]}
agenda:
  - {id: ca, title: Energie, due: 2028-06}
"""


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "gaps.yaml"
    path.write_text(MODEL, encoding="utf-8")
    return path


def _json(run, *args):
    result = run(*args, "--format", "json", *FIX)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_non_members_never_have_gaps(run, model):
    doc = _json(run, "analyse", model)
    (item,) = doc["agenda"]
    assert {g["member"] for g in item["gaps"]} == {"anna"}
    assert {g["member"] for g in item["not_assessed"]} == {"anna"}
    assert [m["id"] for m in _json(run, "profiles", model)["members"]] == ["anna"]
    assert [m["id"] for m in _json(run, "develop", model)["members"]] == ["anna"]
    for fmt in ("table", "markdown"):
        for command in ("analyse", "agenda"):
            out = run(command, model, "--format", fmt, *FIX).stdout
            assert "Griffie:" not in out, (command, fmt)


def test_not_assessed_is_null_and_zero_is_assessed(run, model):
    (anna,) = _json(run, "profiles", model)["members"]
    comps = {c["id"]: (c["required"], c["current"], c["gap"]) for c in anna["competencies"]}
    assert comps["politieke-sensitiviteit"] == (2, 0, 2)
    assert comps["conflicthantering"] == (2, None, None)
    assert (anna["open_gaps"], anna["gap_levels"]) == (1, 2)
    assert "conflicthantering" in anna["not_assessed"]
    table = run("profiles", model, "--lang", "en", *FIX).stdout
    assert "not assessed" in table
    nl = run("profiles", model, "--lang", "nl", *FIX).stdout
    assert "niet beoordeeld" in nl


def test_figures_and_learning_agenda():
    from verbinder.analysis.gaps import LearningItem, figures, gap, learning_agenda
    from verbinder.analysis.profiles import CompetencyNeed, MemberProfile

    assert gap(2, None) is None and gap(2, 0) == 2 and gap(1, 3) == 0
    assert figures([(3, 1), (2, 0), (2, None), (0, None), (1, 4)]) == (2, 4, 1)

    def member(mid, *needs):
        return MemberProfile(mid, mid, None, None, 4, [], [CompetencyNeed(c, r, cur) for c, r, cur in needs])

    profiles = [
        member("a", ("x", 3, 1), ("y", 1, 0), ("z", 2, None)),
        member("b", ("x", 2, 1), ("y", 2, 0), ("w", 1, 1)),
        member("c", ("y", 3, 2)),
    ]
    # x: a 2 + b 1 = 3 levels, 2 members; y: a 1 + b 2 + c 1 = 4 levels, 3 members; z only not assessed
    assert learning_agenda(profiles) == [
        LearningItem("y", ("b", "a", "c"), 4),
        LearningItem("x", ("a", "b"), 3),
        LearningItem("z", (), 0, ("a",)),
    ]
