"""Development approaches are catalogue data: the shipped ones, a catalogue's own, and the checks on both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from support import FIXTURES, ROOT
from verbinder.catalogue import load_catalogue, shipped_approaches
from verbinder.errors import InputError, render_problem
from verbinder.render.development import method_head
from verbinder.resources import default_catalogue

SHIPPED = ["agile", "waardegedreven-samenwerken", "dienend-leiderschap", "rolmodel", "reflectie"]

OWN = """\
approaches:
  - id: scrum
    name: {nl: Scrum, en: Scrum}
  - id: intervisie
    name: {nl: Intervisie, en: Peer consultation}
    description: {nl: Met collega's een casus bespreken., en: Discussing a case with peers.}
"""


def own_catalogue(tmp_path: Path, approaches: str, method_approach: str = "scrum") -> Path:
    """The test fixture catalogue with an ``approaches`` section: its first method follows ``method_approach``,
    the others scrum."""
    text = (FIXTURES / "catalogue.yaml").read_text(encoding="utf-8")
    text = text.replace("competencies:\n", approaches + "competencies:\n", 1)
    text = text.replace("{approach: agile,", "{approach: scrum,")
    text = text.replace("{approach: scrum,", f"{{approach: {method_approach},", 1)
    path = tmp_path / "catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_catalogue_lists_its_approaches_in_both_languages():
    catalogue = load_catalogue(default_catalogue())
    assert [a.id for a in catalogue.approaches] == SHIPPED
    for a in catalogue.approaches:
        assert a.name.nl and a.name.en and a.description and a.description.nl and a.description.en
    used = {m.approach for c in catalogue.competencies for m in c.methods}
    assert used <= set(SHIPPED)
    assert [a.id for a in shipped_approaches()] == SHIPPED


def test_a_catalogue_without_approaches_uses_the_shipped_ones():
    catalogue = load_catalogue(FIXTURES / "catalogue.yaml")
    assert "approaches" not in yaml.safe_load((FIXTURES / "catalogue.yaml").read_text(encoding="utf-8"))
    assert [a.id for a in catalogue.approaches] == SHIPPED
    method = catalogue.competencies[0].methods[0]
    assert (method_head(method, catalogue, "nl"), method_head(method, catalogue, "en")) == ("Agile", "Agile")
    assert catalogue.approach("dienend-leiderschap").name.en == "Servant leadership"


def test_a_catalogue_may_define_its_own_approaches(tmp_path):
    catalogue = load_catalogue(own_catalogue(tmp_path, OWN))
    assert [a.id for a in catalogue.approaches] == ["scrum", "intervisie"]
    method = catalogue.competencies[0].methods[0]
    assert method.approach == "scrum"
    assert method_head(method, catalogue, "en") == "Scrum"
    assert catalogue.approach("agile") is None


def test_a_method_must_follow_one_of_the_catalogues_approaches(tmp_path):
    path = own_catalogue(tmp_path, OWN, method_approach="agile")  # shipped, but this catalogue lists its own
    with pytest.raises(InputError) as info:
        load_catalogue(path)
    [problem] = info.value.problems
    assert render_problem(problem, "en") == (
        f"{path}:27:20: competencies[0].methods[0].approach: 'agile' is not allowed: expected 'scrum' or 'intervisie'"
    )
    path = own_catalogue(tmp_path, OWN, method_approach="intervsie")
    with pytest.raises(InputError) as info:
        load_catalogue(path)
    assert render_problem(info.value.problems[0], "nl").endswith(
        "'intervsie' is niet toegestaan — bedoel je 'intervisie'? (verwacht 'scrum' or 'intervisie')"
    )


def test_approach_ids_are_unique_and_entries_complete(tmp_path):
    twice = OWN + "  - {id: scrum, name: {nl: Scrum, en: Scrum}}\n"
    path = own_catalogue(tmp_path, twice)
    with pytest.raises(InputError) as info:
        load_catalogue(path)
    assert [render_problem(p, "en") for p in info.value.problems] == [
        f"{path}:16:10: approaches[2].id: duplicate development approach id 'scrum'"
    ]
    path = own_catalogue(tmp_path, "approaches:\n  - {id: scrum}\n")
    with pytest.raises(InputError) as info:
        load_catalogue(path)
    assert [render_problem(p, "en") for p in info.value.problems] == [
        f"{path}:11:5: approaches[0].name: missing required key 'name'"
    ]


@pytest.mark.slow
def test_the_catalogue_schema_describes_approaches(run):
    schema = json.loads(run("schema", "--catalogue").stdout)
    assert schema["properties"]["approaches"]["items"] == {"$ref": "#/$defs/Approach"}
    approach = schema["$defs"]["Approach"]
    assert approach["required"] == ["id", "name"]
    assert "enum" not in schema["$defs"]["Method"]["properties"]["approach"]  # ids come from the data now
    shipped = yaml.safe_load((ROOT / "competencies.yaml").read_text(encoding="utf-8"))
    for entry in shipped["approaches"]:
        assert set(entry) <= set(approach["properties"])
