"""Focus points: link importance, the ranking of gaps and the 3-5 priorities, derived by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from support import KOPGROEP
from verbinder.analysis.focus import choose_focus, rank_gaps
from verbinder.analysis.importance import due_points, link_importance
from verbinder.analysis.profiles import Asked, CompetencyNeed
from verbinder.model import Model


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    """Focus points weigh agenda due dates against today: pin it, so the golden files stay true."""
    monkeypatch.setenv("VERBINDER_TODAY", "2027-01-15")


def _need(cid: str, required: int, current: int | None, *links: str, role: int = 0) -> CompetencyNeed:
    return CompetencyNeed(cid, required, current, [Asked(lid, required, ()) for lid in links], role)


def test_link_importance_adds_agenda_due_date_tension_and_influence():
    model = Model.model_validate(
        {
            "name": "x",
            "agenda": [
                {"id": "soon", "title": "Soon", "due": "2027-06"},
                {"id": "late", "title": "Late", "due": "2028-09"},
                {"id": "open", "title": "No date"},
            ],
            "actors": [
                {"id": "p", "name": "P", "kind": "politics", "influence": 4},
                {"id": "c", "name": "C", "kind": "citizens", "influence": 2},
                {"id": "e", "name": "E", "kind": "experts", "influence": 3},
            ],
            "links": [
                {"from": "p", "to": "c", "agenda": ["soon", "late"], "tension": "medium"},
                {"from": "c", "to": "e", "agenda": ["late"]},
                {"from": "c", "to": "e", "agenda": ["open"], "tension": "high"},
                {"from": "c", "to": "e"},
            ],
        }
    )
    today = dt.date(2027, 1, 20)
    got = [link_importance(link, model, today) for link in model.links]
    # 1 + 2*2 items + 2 (soonest due in 5 months) + 1 (medium) + 1 (influence 4) = 9
    # 1 + 2 + 1 (due in 20 months) + 0 + 0 = 4;  1 + 2 + 0 (no date) + 2 (high) + 0 = 5;  just the base: 1
    assert got == [9, 4, 5, 1]
    assert [due_points(m) for m in (-3, 0, 12, 13, 24, 25, None)] == [2, 2, 2, 1, 1, 0, 0]


def test_gaps_rank_by_gap_times_weight_and_ties_by_weight_not_alphabet():
    weights = {"big": 4, "small": 2, "tiny": 1}
    needs = [
        _need("aa", 3, 1, "small"),  # gap 2 x weight 2 = 4
        _need("bb", 2, 1, "big"),  # gap 1 x weight 4 = 4: same score, heavier links -> before aa
        _need("cc", 4, 1, "tiny"),  # gap 3 x 1 = 3
        _need("dd", 2, 0, "big", "small"),  # gap 2 x (4 + 2) = 12
        _need("ee", 2, 2, "big"),  # no gap
        _need("ff", 2, None, "big"),  # not assessed: never a focus point
        _need("gg", 2, 1, role=2),  # only the role asks it: weight 1 -> 1
    ]
    ranked = rank_gaps(needs, weights)
    assert [(f.id, f.gap, f.weight, f.score) for f in ranked] == [
        ("dd", 2, 6, 12),
        ("bb", 1, 4, 4),
        ("aa", 2, 2, 4),
        ("cc", 3, 1, 3),
        ("gg", 1, 1, 1),
    ]
    # The first three; the 4th and 5th only when they score at least half of the first (12 / 2 = 6): not here.
    assert [f.id for f in choose_focus(ranked)] == ["dd", "bb", "aa"]


def test_four_or_five_focus_points_when_they_weigh_as_much():
    needs = [_need(c, 2, 0, "l") for c in "abcdef"]  # six equal gaps
    assert [f.id for f in choose_focus(rank_gaps(needs, {"l": 3}))] == ["a", "b", "c", "d", "e"]
    assert choose_focus(rank_gaps([_need("x", 2, 1, "l")], {"l": 3}))[0].id == "x"  # fewer than three: all
    assert choose_focus([]) == []


def test_profiles_json_leads_with_the_focus_points(run):
    result = run("profiles", KOPGROEP, "--format", "json")
    assert result.exit_code == 0, result.stderr
    anna = json.loads(result.stdout)["members"][0]
    # Anna's one link `liaison` (wh, influence 5 -> tue), tension medium, no agenda: 1 + 1 + 2 = 4.
    # conflicthantering (assessed 0) gap 2 x 4 = 8; regisseren (assessed 0, role only) 1 x 1 = 1: among the first
    # three. machtsbewustzijn and vertrouwen-opbouwen were never assessed: no gap, so no focus point.
    assert anna["focus"] == [
        {"id": "conflicthantering", "required": 2, "current": 0, "gap": 2, "weight": 4},
        {"id": "regisseren", "required": 1, "current": 0, "gap": 1, "weight": 1},
    ]


def test_develop_plans_the_focus_points_first(run):
    result = run("develop", KOPGROEP, "anna", "--format", "json")
    assert result.exit_code == 0, result.stderr
    gaps = json.loads(result.stdout)["members"][0]["gaps"]
    assert [(g["competency"], g["focus"]) for g in gaps] == [
        ("conflicthantering", True),
        ("regisseren", True),
    ]
    text = run("develop", KOPGROEP, "anna", "--format", "markdown", "--lang", "en").stdout
    # the competencies to assess come first, then the focus points (every open gap is one here: no "also asked")
    assert text.index("Not assessed: ") < text.index("Focus points") < text.index("Conflict")
    assert "Also asked" not in text
