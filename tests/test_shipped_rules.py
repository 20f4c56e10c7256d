"""The shipped rules (roles/) and catalogue, checked situation by situation.

tests/rules/situations.yaml has one link per situation; tests/rules/expected.yaml is the golden
result (competencies with levels, the rules that fired, the warnings), so a rule change shows its
effect as a diff. Rewrite it with UPDATE_GOLDEN=1 and review.  The minimum table of the content
issue is asserted separately, so the golden file cannot silently drop a required competency.
"""

from __future__ import annotations

import pytest
import yaml

from support import TESTS, check_golden
from verbinder.analysis.links import MAX_ASKED, analyse_links
from verbinder.project import load_project
from verbinder.resources import default_catalogue, default_roles

SITUATIONS = TESTS / "rules" / "situations.yaml"


@pytest.fixture(scope="module")
def project():
    return load_project(SITUATIONS)


@pytest.fixture(scope="module")
def result(project):
    return analyse_links(project.model, project.link_ids, project.rules)


@pytest.fixture(scope="module")
def links(result):
    return {a.id: a for a in result.links}


def fired_rules(project, assessment) -> list[str]:
    from verbinder.analysis.links import link_facts

    facts = link_facts(assessment.link, project.actors, assessment.id)
    return [project.rules.rules[i].rule.id for i in project.rules.fired(facts)]


def test_shipped_files_are_the_defaults():
    assert default_catalogue().name == "competencies.yaml"
    assert default_roles().name == "roles"


def test_golden_result_per_situation(project, result):
    document = {}
    for a in result.links:
        document[a.id] = {
            "type": a.type.value,
            "position": a.position.value if a.position else None,
            "competencies": {r.competency: r.level for r in a.requirements},
            "also_relevant": {r.competency: r.level for r in a.also_relevant},
            "rules": fired_rules(project, a),
            "warnings": [w.code for w in a.warnings],
        }
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    check_golden(TESTS / "rules" / "expected.yaml", text)


def test_every_rule_fires_in_some_situation(project, result):
    fired = {rule for a in result.links for rule in fired_rules(project, a)}
    assert sorted({c.rule.id for c in project.rules.rules} - fired) == []


def levels(links, link_id) -> dict[str, int]:
    """What the rules ask of a link: the (at most 7) asked competencies and the "also relevant" beyond them."""
    a = links[link_id]
    return {r.competency: r.level for r in (*a.requirements, *a.also_relevant)}


def at_least(links, link_id, **wanted: int) -> None:
    got = levels(links, link_id)
    for competency, level in wanted.items():
        competency = competency.replace("_", "-")
        assert got.get(competency, 0) >= level, f"{link_id}: {competency} {got.get(competency)} < {level}"


def test_minimum_table_of_the_content_issue(links):
    # orchestration link -> regisseren
    at_least(links, "regie-kaal", regisseren=1)
    # bridging link -> vertalen, vertrouwen-opbouwen
    at_least(links, "poort-experts", vertalen=1, vertrouwen_opbouwen=1)
    # bridging link with politics at one end -> politieke-sensitiviteit
    at_least(links, "liaison-politiek-experts", politieke_sensitiviteit=1)
    # bridging link with citizens at one end -> participatie
    at_least(links, "poort-burgers", participatie=1)
    # tension high -> conflicthantering at level 2 (3 only where it is complex: with politics), onderhandelen
    at_least(links, "regie-burgers-hoog", conflicthantering=2, onderhandelen=1)
    at_least(links, "brug-zonder-verbinder", conflicthantering=3, politieke_sensitiviteit=3)
    # influence gap of 3 or more -> machtsbewustzijn
    at_least(links, "poort-machtige-buitenstaander", machtsbewustzijn=1)
    # link serving a coalition-agenda item -> resultaatgerichtheid
    at_least(links, "regie-maatschappij-agenda", resultaatgerichtheid=1)
    # positions -> coordineren / faciliteren / vertegenwoordigen / informatie-duiden / netwerken
    at_least(links, "coordinator-status", coordineren=1)
    at_least(links, "regie-bedrijven-consultant", faciliteren=1)
    at_least(links, "vertegenwoordiger-bedrijven", vertegenwoordigen=1)
    at_least(links, "poort-experts", informatie_duiden=1)
    at_least(links, "liaison-bedrijven-burgers", netwerken=1)


def test_a_link_asks_at_most_seven_every_facet_before_depth(project, result):
    """Every facet of the situation that fired a rule (type, position, tension, influence, agenda, kinds, stance)
    is represented among the (at most 7) asks before any facet gets a second one (issue 22)."""
    from verbinder.analysis.links import facets_of, link_facts
    from verbinder.rules.vocabulary import FACT_ORDER

    for a in result.links:
        assert len(a.requirements) <= MAX_ASKED, a.id
        kept = {r.competency for r in a.requirements}
        asks: dict[str, set[str]] = {}
        for i in project.rules.fired(link_facts(a.link, project.actors, a.id)):
            rule = project.rules.rules[i]
            for facet in facets_of(FACT_ORDER[r] for r in rule.reads):
                asks.setdefault(facet, set()).update(rule.rule.then)
        if a.also_relevant and len(asks) <= MAX_ASKED:
            assert all(kept & wanted for wanted in asks.values() if wanted), (a.id, asks, kept)
    assert any(a.also_relevant for a in result.links)  # the situations do exceed seven


def test_levels_rise_with_what_the_situation_demands(links):
    assert (
        levels(links, "regie-burgers-hoog")["conflicthantering"] > levels(links, "poort-burgers")["conflicthantering"]
    )
    gap4, gap0 = levels(links, "poort-machtige-buitenstaander"), levels(links, "poort-experts")
    assert gap4["machtsbewustzijn"] > gap0.get("machtsbewustzijn", 0)
    # politically exposed, but without high tension: the connector's own work (level 2), not yet complex
    assert levels(links, "tussen-politiek")["politieke-sensitiviteit"] == 2
    assert levels(links, "brug-zonder-verbinder")["politieke-sensitiviteit"] == 3  # high tension with politics


def test_warnings_where_the_field_warns(links):
    assert [w.code for w in links["tussen-politiek"].warnings] == ["political-neutrality"]
    assert links["griffie-politiek"].warnings == []  # the griffie is the proper route
    assert "no-connector" in [w.code for w in links["brug-zonder-verbinder"].warnings]
    assert "powerful-only" in [w.code for w in links["brug-zonder-verbinder"].warnings]


def test_every_competency_has_four_levels_in_both_languages(project):
    for comp in project.catalogue.competencies:
        assert [lvl.level for lvl in comp.levels] == [1, 2, 3, 4], comp.id
        for lvl in comp.levels:
            assert lvl.indicators.nl and lvl.indicators.en, comp.id
        assert comp.name.nl and comp.name.en and comp.definition.nl and comp.definition.en


def test_every_rule_id_names_known_competencies(project):
    known = {c.id for c in project.catalogue.competencies}
    for compiled in project.rules.rules:
        assert set(compiled.rule.then) <= known, compiled.rule.id
    for role in project.rules.roles:
        assert set(role.baseline) <= known, role.id
