"""The rule vocabulary, declared once: every attribute's value on known links, every operator on every value kind.

Adding an attribute to :data:`verbinder.rules.vocabulary.ATTRIBUTES` means adding its cases to
:data:`CASES` below (``test_every_attribute_has_cases`` fails until then).  The expected values
and truth tables are worked out by hand from the actors and links written here.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from verbinder.analysis.links import link_context, link_facts
from verbinder.errors import InputError, render_problem
from verbinder.model import Actor, Link
from verbinder.rules.engine import compile_condition, load_rules
from verbinder.rules.vocabulary import (
    ATTRIBUTES,
    FACT_ORDER,
    KINDS,
    OPERATORS,
    fact,
    facts_of,
    operators_for,
)

ACTORS = {
    a.id: a
    for a in (
        Actor(id="pol", name="Wethouder", kind="politics", influence=5, stance="supports"),
        Actor(id="pol2", name="Raad", kind="politics", influence=4, stance="neutral"),
        Actor(id="exp", name="Expert", kind="experts", influence=2, department="ruimte", stance="opposes"),
        Actor(
            id="adm",
            name="Anna",
            kind="administration",
            influence=3,
            department="sociaal",
            kopgroep=True,
            stance="neutral",
        ),
        Actor(id="adm2", name="Bert", kind="administration", influence=1, department="ruimte"),
    )
}


def link(ends: str, **extra: Any) -> Link:
    """``"pol>exp/adm"``: from pol to exp via adm (``/adm`` optional), with ``extra`` link fields."""
    pair, _, via = ends.partition("/")
    a, b = pair.split(">")
    return Link.model_validate({"from": a, "to": b, "via": via or None, **extra})


#: attribute -> [(link, expected fact)], worked out by hand from ACTORS.
CASES: dict[str, list[tuple[Link, Any]]] = {
    "type": [(link("pol>exp"), "bridging"), (link("pol>pol2"), "orchestration")],
    "position": [
        (link("pol>exp/adm"), "liaison"),  # three different kinds
        (link("adm>exp/adm2"), "representative"),  # the connector's kind is the from-end's
        (link("exp>adm/adm2"), "gatekeeper"),  # ... the to-end's
        (link("adm>adm2/adm"), "coordinator"),
        (link("pol>pol2/adm"), "itinerant"),
        (link("pol>exp"), "none"),
    ],
    "tension": [(link("pol>exp"), 0), (link("pol>exp", tension="medium"), 1), (link("pol>exp", tension="high"), 2)],
    "influence_gap": [(link("pol>exp"), 3), (link("exp>pol"), 3), (link("adm2>pol"), 4), (link("pol>pol2"), 1)],
    "max_influence": [(link("pol>exp"), 5), (link("exp>adm2"), 2)],
    "agenda": [(link("pol>exp", agenda=["warmte"]), True), (link("pol>exp"), False)],
    "has_via": [(link("pol>exp/adm"), True), (link("pol>exp"), False)],
    "from.kind": [(link("pol>exp"), "politics"), (link("exp>pol"), "experts")],
    "to.kind": [(link("pol>exp"), "experts"), (link("exp>adm"), "administration")],
    "via.kind": [(link("pol>exp/adm"), "administration"), (link("pol>exp"), "none")],
    "ends.kind": [(link("pol>exp"), frozenset({"politics", "experts"})), (link("pol>pol2"), frozenset({"politics"}))],
    "cross_department": [
        (link("exp>adm"), True),  # ruimte and sociaal
        (link("exp>adm2"), False),  # both ruimte
        (link("pol>exp"), False),  # the wethouder has no department
    ],
    "via.kopgroep": [(link("pol>exp/adm"), True), (link("pol>exp/adm2"), False), (link("pol>exp"), False)],
    "via.department": [
        (link("pol>exp/adm"), "sociaal"),
        (link("exp>adm/pol"), "none"),  # a connector without a department
        (link("pol>exp"), "none"),
    ],
    "from.stance": [(link("pol>exp"), "supports"), (link("exp>pol"), "opposes")],
    "to.stance": [(link("pol>exp"), "opposes"), (link("exp>adm2"), "unknown")],
    "via.stance": [(link("pol>exp/adm"), "neutral"), (link("pol>exp/adm2"), "unknown"), (link("pol>exp"), "none")],
    "ends.stance": [
        (link("pol>exp"), frozenset({"supports", "opposes"})),
        (link("pol2>adm"), frozenset({"neutral"})),
    ],
}


def test_every_attribute_has_cases():
    assert list(CASES) == list(ATTRIBUTES) == list(FACT_ORDER)


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [(name, case, expected) for name, cases in CASES.items() for case, expected in cases],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_attribute_value(name, case, expected):
    facts = link_facts(case, ACTORS, "l")
    assert fact(facts, name) == expected
    assert ATTRIBUTES[name].compute(link_context(case, ACTORS)) == expected


@pytest.mark.parametrize("name", list(ATTRIBUTES))
def test_attribute_declaration(name):
    attr = ATTRIBUTES[name]
    assert attr.kind in KINDS
    assert attr.doc.nl.strip() and attr.doc.en.strip() and attr.doc.nl != attr.doc.en
    if attr.kind in ("enum", "ordered"):
        assert attr.values, name
    if attr.kind == "int":
        assert attr.low < attr.high
        values = {fact(link_facts(case, ACTORS, "l"), name) for case, _ in CASES[name]}
        assert all(attr.low <= v <= attr.high for v in values)
    if attr.values and attr.kind != "ordered":  # a computed value is one the rules may name
        for _case, expected in CASES[name]:
            assert (expected <= set(attr.values)) if attr.kind == "set" else (expected in attr.values)


def test_facts_follow_the_declared_order():
    facts = facts_of(link_context(link("pol>exp/adm", tension="high", agenda=["x"]), ACTORS))
    assert len(facts) == len(ATTRIBUTES)
    assert [facts[i] for i in range(len(FACT_ORDER))] == [fact(facts, n) for n in ATTRIBUTES]
    hash(facts)  # the evaluation cache is keyed on the facts


# --------------------------------------------------------------------------- operators × value kinds

#: One link, and per value kind an attribute of it with its fact (worked out from ACTORS):
#: pol (politics, influence 5, supports) -> exp (experts, 2, ruimte, opposes) via adm (sociaal), tension medium.
SUBJECT = link("pol>exp/adm", tension="medium", agenda=["warmte"])
KIND_ATTRIBUTE = {
    "enum": "type",  # bridging
    "ordered": "tension",  # medium
    "int": "influence_gap",  # 3
    "bool": "agenda",  # true
    "slug": "from.kind",  # politics
    "set": "ends.kind",  # {politics, experts}: "eq politics" means one end is politics
    "text": "via.department",  # sociaal
}

#: (kind, operator, operand, holds?) by hand.  An order operator on an unordered kind is refused (below).
TRUTH: list[tuple[str, str, Any, bool]] = [
    ("enum", "eq", "bridging", True),
    ("enum", "eq", "orchestration", False),
    ("enum", "ne", "bridging", False),
    ("enum", "ne", "orchestration", True),
    ("enum", "in", ["orchestration", "bridging"], True),
    ("enum", "in", ["orchestration"], False),
    ("enum", "not_in", ["orchestration"], True),
    ("enum", "not_in", ["bridging"], False),
    ("ordered", "eq", "medium", True),
    ("ordered", "eq", "high", False),
    ("ordered", "ne", "medium", False),
    ("ordered", "ne", "low", True),
    ("ordered", "in", ["low", "medium"], True),
    ("ordered", "in", ["high"], False),
    ("ordered", "not_in", ["high"], True),
    ("ordered", "not_in", ["low", "medium"], False),
    ("ordered", "gte", "medium", True),
    ("ordered", "gte", "high", False),
    ("ordered", "gt", "low", True),
    ("ordered", "gt", "medium", False),
    ("ordered", "lte", "medium", True),
    ("ordered", "lte", "low", False),
    ("ordered", "lt", "high", True),
    ("ordered", "lt", "medium", False),
    ("int", "eq", 3, True),
    ("int", "eq", 2, False),
    ("int", "ne", 3, False),
    ("int", "ne", 0, True),
    ("int", "in", [1, 3], True),
    ("int", "in", [2, 4], False),
    ("int", "not_in", [0, 4], True),
    ("int", "not_in", [3], False),
    ("int", "gte", 3, True),
    ("int", "gte", 4, False),
    ("int", "gt", 2, True),
    ("int", "gt", 3, False),
    ("int", "lte", 3, True),
    ("int", "lte", 2, False),
    ("int", "lt", 4, True),
    ("int", "lt", 3, False),
    ("bool", "eq", True, True),
    ("bool", "eq", False, False),
    ("bool", "ne", True, False),
    ("bool", "ne", False, True),
    ("bool", "in", [True], True),
    ("bool", "in", [False], False),
    ("bool", "not_in", [False], True),
    ("bool", "not_in", [True], False),
    ("slug", "eq", "politics", True),
    ("slug", "eq", "experts", False),
    ("slug", "ne", "politics", False),
    ("slug", "ne", "experts", True),
    ("slug", "in", ["experts", "politics"], True),
    ("slug", "in", ["citizens"], False),
    ("slug", "not_in", ["citizens", "firms"], True),
    ("slug", "not_in", ["politics"], False),
    ("set", "eq", "politics", True),
    ("set", "eq", "experts", True),
    ("set", "eq", "citizens", False),
    ("set", "ne", "politics", False),
    ("set", "ne", "citizens", True),
    ("set", "in", ["citizens", "experts"], True),
    ("set", "in", ["citizens", "firms"], False),
    ("set", "not_in", ["citizens", "firms"], True),
    ("set", "not_in", ["firms", "experts"], False),
    ("text", "eq", "sociaal", True),
    ("text", "eq", "ruimte", False),
    ("text", "ne", "sociaal", False),
    ("text", "ne", "ruimte", True),
    ("text", "in", ["ruimte", "sociaal"], True),
    ("text", "in", ["ruimte"], False),
    ("text", "not_in", ["ruimte"], True),
    ("text", "not_in", ["sociaal"], False),
]

#: The operators the TRUTH table exercises per kind; the vocabulary must agree (every accepted pair tested).
ORDERED = ("int", "ordered")


def _holds(kind: str, op: str, operand: Any) -> bool:
    issues: list[tuple] = []
    predicate = compile_condition({KIND_ATTRIBUTE[kind]: {op: operand}}, ("when",), issues)
    assert issues == []
    return predicate(link_facts(SUBJECT, ACTORS, "l"))


@pytest.mark.parametrize(("kind", "op", "operand", "expected"), TRUTH)
def test_operator_on_value_kind(kind, op, operand, expected):
    assert _holds(kind, op, operand) is expected


@pytest.mark.parametrize(("kind", "op", "operand", "expected"), [t for t in TRUTH if t[1] in ("eq", "ne")])
def test_negated_operator_is_the_complement(kind, op, operand, expected):
    issues: list[tuple] = []
    predicate = compile_condition({"not": {KIND_ATTRIBUTE[kind]: {op: operand}}}, ("when",), issues)
    assert predicate(link_facts(SUBJECT, ACTORS, "l")) is not expected


def test_every_accepted_operator_and_kind_is_tested_both_ways():
    assert set(KIND_ATTRIBUTE) == set(KINDS)
    assert {ATTRIBUTES[a].kind for a in KIND_ATTRIBUTE.values()} == set(KINDS)
    assert all(ATTRIBUTES[a].kind == k for k, a in KIND_ATTRIBUTE.items())
    tested = {(k, o, e) for k, o, _, e in TRUTH}
    accepted = {(k, o) for k in KINDS for o in operators_for(k)}
    assert {(k, o) for k, o, _ in tested} == accepted
    assert all((k, o, True) in tested and (k, o, False) in tested for k, o in accepted)


def test_operators_are_declared_for_known_kinds():
    for op in OPERATORS.values():
        assert op.kinds <= set(KINDS), op.name
        assert "set" not in op.kinds or op.on_set is not None, op.name
    assert list(OPERATORS) == ["eq", "ne", "in", "not_in", "gte", "gt", "lte", "lt"]
    assert operators_for("int") == operators_for("ordered") == tuple(OPERATORS)


HEADER = """\
id: r
name: {nl: R, en: R}
description: {nl: R, en: R}
rules:
  - id: x
    because: {nl: x, en: x}
    when:
"""

REFUSED = [(kind, op) for kind in KINDS for op in OPERATORS if op not in operators_for(kind)]


@pytest.mark.parametrize(("kind", "op"), REFUSED)
def test_operator_that_does_not_fit_the_kind_is_refused_located(tmp_path: Path, kind, op):
    attribute = KIND_ATTRIBUTE[kind]
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "r.yaml").write_text(HEADER + f"      {attribute}:\n        {op}: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_rules(folder, ["vertalen"])
    [problem] = info.value.problems
    # The advice "(use eq, ne, in or not_in)" is what operators_for gives every kind that refuses one.
    assert operators_for(kind) == ("eq", "ne", "in", "not_in")
    column = 11 + len(op)  # the operand, after "        gte: "
    assert str(problem) == (
        f"{folder}/r.yaml:9:{column}: rules[0].when.{attribute}.{op}: '{op}' compares order;"
        f" '{attribute}' has none (use eq, ne, in or not_in)"
    )
    assert render_problem(problem, "nl").endswith(
        f"'{op}' vergelijkt een volgorde; '{attribute}' heeft die niet (gebruik eq, ne, in of not_in)"
    )


def test_refused_pairs_are_exactly_order_operators_on_unordered_kinds():
    assert {(k, o) for k, o in REFUSED} == {
        (k, o) for k in KINDS if k not in ORDERED for o in ("gte", "gt", "lte", "lt")
    }


@pytest.mark.parametrize("op", ["in", "not_in"])
@pytest.mark.parametrize("operand", ["bridging", []])
def test_list_operators_need_a_non_empty_list(op, operand):
    issues: list[tuple] = []
    compile_condition({"type": {op: operand}}, ("when",), issues)
    [(loc, msg)] = issues
    assert loc == ("when", "type", op)
    assert msg.render("en") == f"'{op}' takes a non-empty list"


def test_role_file_yaml_reaches_the_same_truth(tmp_path: Path):
    """The whole path: YAML operands (true, lists) parsed, validated and evaluated as in the table."""
    body = textwrap.dedent(
        """\
        id: r
        name: {nl: R, en: R}
        description: {nl: R, en: R}
        rules:
          - {id: a, when: {agenda: {ne: false}, tension: {gt: low, lt: high}}, because: {nl: x, en: x}}
          - {id: b, when: {ends.kind: {not_in: [firms, citizens]}, influence_gap: {gte: 3}}, because: {nl: x, en: x}}
          - {id: c, when: {via.department: {ne: sociaal}}, because: {nl: x, en: x}}
        """
    )
    (tmp_path / "r.yaml").write_text(body, encoding="utf-8")
    ruleset = load_rules(tmp_path, ["vertalen"])
    fired = ruleset.fired(link_facts(SUBJECT, ACTORS, "l"))
    assert [ruleset.rules[i].rule.id for i in fired] == ["a", "b"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_mapping_in_a_list_operand_is_refused_not_a_crash(tmp_path: Path, kind):
    attribute = KIND_ATTRIBUTE[kind]
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "r.yaml").write_text(HEADER + f"      {attribute}:\n        in: [{{a: 1}}]\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_rules(folder, ["vertalen"])
    [problem] = info.value.problems
    assert str(problem).startswith(f"{folder}/r.yaml:9:14: rules[0].when.{attribute}.in[0]: ")


# --- connector attributes: staffing's cache key follows the vocabulary ----------------------------------------


@pytest.mark.parametrize("via", ["adm", "adm2", "exp"])
def test_connector_attributes_read_the_connector_alone(via):
    """Every ``via.*`` attribute has the same value on links that differ in all but their connector, and
    ``connector_facts`` (which computes them from the connector alone) agrees with the full computation."""
    from verbinder.rules.vocabulary import CONNECTOR_ATTRIBUTES, connector_facts

    assert {"via.kind", "via.kopgroep", "via.department", "via.stance"} <= set(CONNECTOR_ATTRIBUTES)
    seen = set()
    for ends in ("pol>exp", "pol>pol2", "exp>pol", "adm2>pol"):
        facts = link_facts(link(f"{ends}/{via}", tension="high"), ACTORS, "x")
        seen.add(tuple(fact(facts, name) for name in CONNECTOR_ATTRIBUTES))
    assert seen == {connector_facts(ACTORS[via])}


def test_staffing_tells_connectors_apart_by_every_connector_attribute_a_rule_reads(tmp_path):
    """A rule reading ``via.kopgroep`` (not listed by hand anywhere in staffing) splits the cache key."""
    from verbinder.plan.staffing import connector_key

    (tmp_path / "r.yaml").write_text(
        textwrap.dedent(
            """\
            id: r
            name: {nl: R, en: R}
            description: {nl: R, en: R}
            rules:
              - {id: in-kopgroep, when: {via.kopgroep: {eq: true}}, because: {nl: x, en: x}}
            """
        ),
        encoding="utf-8",
    )
    ruleset = load_rules(tmp_path, ["vertalen"])
    anna, bert = ACTORS["adm"], ACTORS["adm2"]
    assert connector_key(anna, ruleset) == ("administration", True)
    assert connector_key(bert, ruleset) == ("administration", False)
