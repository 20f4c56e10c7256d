"""A link made by a team (``team: [...]`` beside ``via``): gaps with the team's levels, load for each member."""

from __future__ import annotations

import verbinder
from support import FIXTURES

TEAM_MODEL = """
name: Duo
catalogue: catalogue.yaml
roles: roles
actors:
  - {id: wh, name: Wethouder, kind: politics, influence: 5}
  - {id: tue, name: TU, kind: experts, influence: 2}
  - {id: anna, name: Anna, kind: administration, kopgroep: true, capacity: 1,
     competencies: {vertalen: 1, vertrouwen-opbouwen: 0}}
  - {id: bert, name: Bert, kind: administration, kopgroep: true, capacity: 1,
     competencies: {vertalen: 3, politieke-sensitiviteit: 0}}
links:
  - {id: duo, from: wh, to: tue, via: anna, team: [anna, bert]}
"""


def _project(text: str = TEAM_MODEL):
    return verbinder.load(FIXTURES / "duo.yaml", text=text)


def test_a_team_partner_covers_what_they_have_and_each_member_keeps_the_rest():
    """The bridging link asks vertalen 1, vertrouwen-opbouwen 1, politieke-sensitiviteit 2 (rules brug, brug-politiek)
    and netwerken 1 (the liaison's position).  Bert's vertalen 3 covers it for Anna; neither covers the others."""
    profiles = {p.id: p for p in _project().profiles()}
    anna = {n.id: (n.required, n.current) for n in profiles["anna"].competencies if n.asked_by}
    bert = {n.id: (n.required, n.current) for n in profiles["bert"].competencies if n.asked_by}
    assert "vertalen" not in anna  # Bert has 3: the team meets it
    assert anna["vertrouwen-opbouwen"] == (1, 0) and anna["politieke-sensitiviteit"] == (2, None)
    assert bert["vertrouwen-opbouwen"] == (1, None) and bert["politieke-sensitiviteit"] == (2, 0)
    assert "vertalen" not in bert  # and Anna's 1 meets it for him
    assert profiles["anna"].links == profiles["bert"].links == ["duo"]


def test_each_member_of_a_team_carries_the_link_against_capacity():
    old = "capacity: 1,\n     competencies: {vertalen: 3"
    text = TEAM_MODEL.replace(old, old.replace("1", "0", 1))
    findings = [f for f in _project(text).diagnostics.findings if f.code == "over-capacity"]
    assert [f.message.params["actor"] for f in findings] == ["Bert"]
