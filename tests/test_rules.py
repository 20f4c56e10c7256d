"""The rule engine: loading refuses bad rules (located), evaluation explains itself."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from support import FIXTURES
from verbinder.analysis.links import analyse_links
from verbinder.catalogue import load_catalogue
from verbinder.errors import InputError
from verbinder.project import load_project
from verbinder.rules.engine import load_rules

COMPETENCIES = [c.id for c in load_catalogue(FIXTURES / "catalogue.yaml").competencies]


def write_role(folder: Path, body: str, name: str = "r") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


HEADER = """\
id: r
name: {nl: R, en: R}
description: {nl: R, en: R}
rules:
"""


def load_errors(tmp_path: Path, rules: str) -> list[str]:
    write_role(tmp_path / "roles", HEADER + textwrap.indent(textwrap.dedent(rules), "  "))
    with pytest.raises(InputError) as info:
        load_rules(tmp_path / "roles", COMPETENCIES)
    return [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems]


def test_unknown_operator_is_refused_with_position(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          when: {influence_gap: {gtee: 3}}
          then: {vertalen: 1}
          because: {nl: x, en: x}
        """,
    )
    assert errors == [
        "roles/r.yaml:6:28: rules[0].when.influence_gap.gtee: unknown operator 'gtee' — did you mean 'gte'?"
    ]


def test_unknown_attribute_is_refused(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          when: {all: [{typ: bridging}]}
          because: {nl: x, en: x}
        """,
    )
    assert errors == ["roles/r.yaml:6:19: rules[0].when.all[0].typ: unknown attribute 'typ' — did you mean 'type'?"]


def test_unknown_value_and_competency_are_refused(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          when: {position: liason}
          then: {vertallen: 2}
          because: {nl: x, en: x}
        """,
    )
    assert errors == [
        "roles/r.yaml:6:22: rules[0].when.position: unknown value 'liason' — did you mean 'liaison'?",
        "roles/r.yaml:7:12: rules[0].then.vertallen: unknown competency 'vertallen' — did you mean 'vertalen'?",
    ]


def test_order_operator_needs_an_ordered_attribute(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          when: {type: {gte: bridging}}
          because: {nl: x, en: x}
        """,
    )
    assert errors == [
        "roles/r.yaml:6:24: rules[0].when.type.gte: 'gte' compares order; 'type' has none (use eq, ne, in or not_in)"
    ]


def test_level_out_of_range_and_missing_because(tmp_path):
    errors = load_errors(
        tmp_path,
        """\
        - id: x
          then: {vertalen: 5}
        """,
    )
    assert errors == [
        "roles/r.yaml:5:5: rules[0].because: missing required key 'because'",
        "roles/r.yaml:6:22: rules[0].then.vertalen: 5 is too large: the maximum is 4",
    ]


def test_duplicate_rule_ids_across_files(tmp_path):
    folder = tmp_path / "roles"
    rule = "  - {id: same, because: {nl: x, en: x}}\n"
    write_role(folder, HEADER + rule, "r")
    write_role(folder, HEADER.replace("id: r", "id: s") + rule, "s")
    with pytest.raises(InputError) as info:
        load_rules(folder, COMPETENCIES)
    [problem] = info.value.problems
    assert str(problem) == f"{folder}/s.yaml:5:10: rules[0].id: duplicate rule id 'same' (first at {folder}/r.yaml:5)"


def test_role_id_must_match_file_name(tmp_path):
    write_role(tmp_path / "roles", HEADER + "  []\n", "other")
    with pytest.raises(InputError) as info:
        load_rules(tmp_path / "roles", COMPETENCIES)
    assert "the role id 'r' must equal the file name 'other'" in str(info.value)


def test_missing_roles_folder(tmp_path):
    with pytest.raises(InputError) as info:
        load_rules(tmp_path / "nope", COMPETENCIES)
    assert str(info.value).endswith("nope: no such folder of role files")


@pytest.fixture(scope="module")
def analysis():
    project = load_project(FIXTURES / "model.yaml", roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")
    return {a.id: a for a in analyse_links(project.model, project.link_ids, project.rules).links}


def levels(assessment) -> dict[str, int]:
    return {r.competency: r.level for r in assessment.requirements}


def test_every_situation_fires_its_rules(analysis):
    assert levels(analysis["liaison"]) == {
        "conflicthantering": 2,
        "politieke-sensitiviteit": 2,
        "netwerken": 1,
        "resultaatgerichtheid": 1,
        "vertalen": 1,
        "vertrouwen-opbouwen": 1,
    }
    assert levels(analysis["itinerant"]) == {"faciliteren": 1, "regisseren": 1}
    assert levels(analysis["coordinator"]) == {"coordineren": 1, "regisseren": 1}
    assert levels(analysis["bert--bew"])["conflicthantering"] == 3
    assert levels(analysis["bew--bert"])["informatie-duiden"] == 1
    assert levels(analysis["wh--bew"])["machtsbewustzijn"] == 1  # influence 5 vs 1


def test_reasons_name_rule_and_place(analysis):
    [reason] = next(r for r in analysis["liaison"].requirements if r.competency == "netwerken").reasons
    assert reason.rule == "pos-liaison"
    assert reason.where.endswith("tests/fixtures/roles/posities.yaml:21")
    assert reason.because.en == "Liaison."


def test_highest_level_wins_and_all_reasons_kept(tmp_path):
    folder = tmp_path / "roles"
    write_role(
        folder,
        HEADER
        + """\
  - {id: one, when: {type: bridging}, then: {vertalen: 1}, because: {nl: a, en: a}}
  - {id: two, when: {ends.kind: {in: [politics]}}, then: {vertalen: 3}, because: {nl: b, en: b}}
  - {id: three, when: {not: {ends.kind: politics}}, then: {vertalen: 4}, because: {nl: c, en: c}}
""",
    )
    project = load_project(FIXTURES / "model.yaml", roles=folder, catalogue=FIXTURES / "catalogue.yaml")
    result = {a.id: a for a in analyse_links(project.model, project.link_ids, project.rules).links}
    [req] = result["liaison"].requirements
    assert (req.level, [r.rule for r in req.reasons]) == (3, ["one", "two"])
    [req] = result["bert--bew"].requirements
    assert (req.level, [r.rule for r in req.reasons]) == (4, ["one", "three"])


def test_warning_rule_names_the_actors(analysis):
    [warning] = analysis["wh--raad"].warnings
    assert warning.code == "political-neutrality"
    assert warning.message.render("en") == "Bert stands between Wethouder and Gemeenteraad: guard political neutrality."
