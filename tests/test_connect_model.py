"""The model fields of ``verbinder connect`` (stakeholders, owner, stance) and the rules' ``*.stance``."""

from __future__ import annotations

import json
import textwrap

import pytest

from support import FIXTURES
from test_rules import load_errors
from verbinder.analysis.links import analyse_links
from verbinder.errors import InputError
from verbinder.model import Stance
from verbinder.project import load_project

MODEL = """\
name: t
actors:
  - {id: anna, name: Anna, kind: politics, stance: supports}
  - {id: bob, name: Bob, kind: citizens, stance: opposes}
  - {id: carla, name: Carla, kind: administration, kopgroep: true}
links:
  - {from: anna, to: bob, via: carla, agenda: [a1]}
agenda:
  - {id: a1, title: A, stakeholders: [bob], owner: anna}
"""


def errors_of(tmp_path, text: str) -> list[str]:
    path = tmp_path / "m.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_project(path, catalogue=FIXTURES / "catalogue.yaml", roles=FIXTURES / "roles")
    return [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems]


def test_fields_are_optional_and_default(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(MODEL, encoding="utf-8")
    project = load_project(path)
    assert project.actors["anna"].stance is Stance.SUPPORTS
    assert project.actors["carla"].stance is Stance.UNKNOWN
    assert project.model.agenda[0].stakeholders == ["bob"]
    assert project.model.agenda[0].owner == "anna"


def test_stance_typo_says_did_you_mean(tmp_path):
    text = MODEL.replace("stance: opposes", "stance: oposes")
    assert errors_of(tmp_path, text) == [
        "m.yaml:4:50: actors[1].stance: 'oposes' is not allowed — did you mean 'opposes'? "
        "(expected 'supports', 'neutral', 'opposes' or 'unknown')"
    ]


def test_unknown_and_duplicate_stakeholders_and_owner(tmp_path):
    text = MODEL.replace("stakeholders: [bob], owner: anna", "stakeholders: [bob, anan, bob], owner: bobb")
    assert errors_of(tmp_path, text) == [
        "m.yaml:9:44: agenda[0].stakeholders[1]: unknown actor 'anan' — did you mean 'anna'?",
        "m.yaml:9:50: agenda[0].stakeholders[2]: 'bob' is already listed among this agenda item's stakeholders",
        "m.yaml:9:63: agenda[0].owner: unknown actor 'bobb' — did you mean 'bob'?",
    ]


def test_schema_has_the_fields(run):
    doc = json.loads(run("schema").stdout)
    assert doc["$defs"]["Actor"]["properties"]["stance"]["default"] == "unknown"
    assert doc["$defs"]["Stance"]["enum"] == ["supports", "neutral", "opposes", "unknown"]
    assert set(doc["$defs"]["AgendaItem"]["properties"]) >= {"stakeholders", "owner"}


def test_vocabulary_lists_stances(run):
    vocab = json.loads(run("roles", "--vocabulary", "--format", "json").stdout)
    by_name = {a["name"]: a for a in vocab["attributes"]}
    assert by_name["from.stance"]["values"] == ["supports", "neutral", "opposes", "unknown"]
    assert by_name["via.stance"]["values"][-1] == "none"
    assert by_name["ends.stance"]["type"] == "set"


def test_rule_with_unknown_stance_is_refused(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          when: {ends.stance: oposes}
          then: {vertalen: 1}
          because: {nl: x, en: x}
        """,
    )
    assert errors == ["roles/r.yaml:6:25: rules[0].when.ends.stance: unknown value 'oposes' — did you mean 'opposes'?"]


def test_stance_rules_fire(tmp_path):
    """ends.stance reads either end; from/to/via.stance one actor (hand-checked on the model above)."""
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "r.yaml").write_text(
        textwrap.dedent(
            """\
            id: r
            name: {nl: R, en: R}
            description: {nl: R, en: R}
            rules:
              - {id: ends-opposes, when: {ends.stance: opposes}, then: {vertalen: 2}, because: {nl: x, en: x}}
              - {id: from-supports, when: {from.stance: supports}, then: {netwerken: 1}, because: {nl: x, en: x}}
              - {id: to-supports, when: {to.stance: supports}, then: {netwerken: 3}, because: {nl: x, en: x}}
              - {id: via-unknown, when: {via.stance: unknown}, then: {regisseren: 1}, because: {nl: x, en: x}}
              - {id: b, when: {ends.stance: {in: [neutral, unknown]}}, then: {regisseren: 3}, because: {nl: x, en: x}}
            """
        ),
        encoding="utf-8",
    )
    path = tmp_path / "m.yaml"
    path.write_text(MODEL, encoding="utf-8")
    project = load_project(path, catalogue=FIXTURES / "catalogue.yaml", roles=folder)
    [assessment] = analyse_links(project.model, project.link_ids, project.rules).links
    assert {r.competency: r.level for r in assessment.requirements} == {"vertalen": 2, "netwerken": 1, "regisseren": 1}
