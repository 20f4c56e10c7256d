"""Consistency checks for the content files: competencies.yaml and roles/*.yaml.

These tests read the YAML directly (only the published rule vocabulary is imported) so that content
errors are caught even when the loader code changes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from verbinder.rules.vocabulary import ATTRIBUTES as VOCABULARY
from verbinder.rules.vocabulary import COMBINATORS as VOCAB_COMBINATORS
from verbinder.rules.vocabulary import OPERATORS as VOCAB_OPERATORS

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "competencies.yaml"
ROLES_DIR = ROOT / "roles"

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGS = ("nl", "en")

REQUIRED_IDS = {
    "samenwerken",
    "regisseren",
    "coordineren",
    "faciliteren",
    "netwerken",
    "vertrouwen-opbouwen",
    "vertalen",
    "informatie-duiden",
    "vertegenwoordigen",
    "onderhandelen",
    "overtuigingskracht",
    "politieke-sensitiviteit",
    "omgevingsbewustzijn",
    "machtsbewustzijn",
    "conflicthantering",
    "participatie",
    "wendbaarheid",
    "resultaatgerichtheid",
    "reflecteren",
    "integriteit",
    "ruimte-geven",
    "op-de-achtergrond",
    "bescheidenheid",
    "authenticiteit",
    "moed",
    "verantwoording",
    "vergevingsgezindheid",
    "rentmeesterschap",
}

REQUIRED_ROLES = {
    "regisseur",
    "bruggenbouwer",
    "coordinator",
    "consultant",
    "poortwachter",
    "vertegenwoordiger",
    "liaison",
    "algemeen",
}

APPROACHES = {"agile", "waardegedreven-samenwerken", "dienend-leiderschap", "rolmodel", "reflectie"}
METHOD_KEYS = {"step", "form", "approach", "name", "exercise"}

# The published vocabulary of rule conditions (``verbinder roles --vocabulary``).
ATTRIBUTES = set(VOCABULARY)
COMBINATORS = set(VOCAB_COMBINATORS)
OPERATORS = set(VOCAB_OPERATORS)

COMPETENCY_KEYS = {"id", "name", "definition", "cluster", "levels", "methods", "sources", "esco"}
ROLE_KEYS = {"id", "name", "description", "situations", "baseline", "rules"}
RULE_KEYS = {"id", "when", "then", "because", "source", "warning"}


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    data = _load(CATALOGUE)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def competency_ids(catalogue: dict[str, Any]) -> set[str]:
    return {c["id"] for c in catalogue["competencies"]}


@pytest.fixture(scope="module")
def roles() -> dict[Path, dict[str, Any]]:
    files = sorted(ROLES_DIR.glob("*.yaml"))
    assert files, "no role files found"
    return {path: _load(path) for path in files}


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _assert_bilingual(value: Any, where: str) -> None:
    assert isinstance(value, dict), f"{where}: expected a mapping with nl and en"
    assert set(value) == set(LANGS), f"{where}: expected exactly the keys nl and en, got {sorted(value)}"
    for lang in LANGS:
        assert _is_text(value[lang]), f"{where}.{lang} is empty"


# ----------------------------------------------------------------------------- catalogue


def test_catalogue_header(catalogue: dict[str, Any]) -> None:
    assert catalogue["schema_version"] == 1
    assert set(catalogue) == {"schema_version", "scale", "clusters", "competencies"}
    assert [s["level"] for s in catalogue["scale"]] == [1, 2, 3, 4]
    for step in catalogue["scale"]:
        _assert_bilingual(step["name"], f"scale {step['level']} name")
        _assert_bilingual(step["description"], f"scale {step['level']} description")


def test_clusters(catalogue: dict[str, Any]) -> None:
    ids = [c["id"] for c in catalogue["clusters"]]
    assert len(ids) == len(set(ids)), "duplicate cluster ids"
    for cluster in catalogue["clusters"]:
        assert SLUG.match(cluster["id"]), cluster["id"]
        _assert_bilingual(cluster["name"], f"cluster {cluster['id']} name")
        _assert_bilingual(cluster["description"], f"cluster {cluster['id']} description")


def test_required_competencies_exist(competency_ids: set[str]) -> None:
    missing = REQUIRED_IDS - competency_ids
    assert not missing, f"missing competencies: {sorted(missing)}"


def test_enough_competencies(catalogue: dict[str, Any]) -> None:
    assert len(catalogue["competencies"]) >= 25


def test_competency_ids_unique_slugs(catalogue: dict[str, Any]) -> None:
    ids = [c["id"] for c in catalogue["competencies"]]
    assert len(ids) == len(set(ids)), "duplicate competency ids"
    for cid in ids:
        assert SLUG.match(cid), f"not a slug: {cid!r}"


def test_competency_fields(catalogue: dict[str, Any]) -> None:
    cluster_ids = {c["id"] for c in catalogue["clusters"]}
    for comp in catalogue["competencies"]:
        cid = comp["id"]
        assert set(comp) <= COMPETENCY_KEYS, f"{cid}: unknown keys {sorted(set(comp) - COMPETENCY_KEYS)}"
        _assert_bilingual(comp["name"], f"{cid} name")
        _assert_bilingual(comp["definition"], f"{cid} definition")
        assert comp["cluster"] in cluster_ids, f"{cid}: unknown cluster {comp['cluster']!r}"
        if "esco" in comp:
            assert comp["esco"].startswith("http://data.europa.eu/esco/skill/"), cid


def test_competency_levels(catalogue: dict[str, Any]) -> None:
    for comp in catalogue["competencies"]:
        cid = comp["id"]
        levels = comp["levels"]
        assert [lv["level"] for lv in levels] == [1, 2, 3, 4], f"{cid}: levels must be 1..4 in order"
        for lv in levels:
            indicators = lv["indicators"]
            assert set(indicators) == set(LANGS), f"{cid} level {lv['level']}: indicators need nl and en"
            nl, en = indicators["nl"], indicators["en"]
            assert nl and en, f"{cid} level {lv['level']}: empty indicators"
            assert len(nl) == len(en), f"{cid} level {lv['level']}: nl and en differ in count"
            assert all(_is_text(t) for t in nl + en), f"{cid} level {lv['level']}: blank indicator"


def test_competency_methods_and_sources(catalogue: dict[str, Any]) -> None:
    for comp in catalogue["competencies"]:
        cid = comp["id"]
        methods = comp["methods"]
        assert methods, f"{cid}: needs methods"
        for method in methods:
            assert set(method) <= METHOD_KEYS, f"{cid}: unknown method keys {sorted(set(method) - METHOD_KEYS)}"
            assert method["approach"] in APPROACHES, f"{cid}: unknown approach {method['approach']!r}"
            _assert_bilingual(method["name"], f"{cid} method name")
            _assert_bilingual(method["exercise"], f"{cid} method exercise")
        sources = comp["sources"]
        assert sources, f"{cid}: needs at least one source"
        for source in sources:
            assert _is_text(source["citation"]), f"{cid}: empty citation"
            assert set(source) <= {"citation", "url"}, f"{cid}: unknown source keys"
            if "url" in source:
                assert source["url"].startswith("https://"), f"{cid}: url must be https"


# ----------------------------------------------------------------------------- roles


def test_required_role_files_exist() -> None:
    names = {p.stem for p in ROLES_DIR.glob("*.yaml")}
    missing = REQUIRED_ROLES - names
    assert not missing, f"missing role files: {sorted(missing)}"


def test_role_id_equals_file_name(roles: dict[Path, dict[str, Any]]) -> None:
    for path, role in roles.items():
        assert role["id"] == path.stem, f"{path.name}: id {role['id']!r} differs from file name"
        assert set(role) <= ROLE_KEYS, f"{path.name}: unknown keys {sorted(set(role) - ROLE_KEYS)}"
        _assert_bilingual(role["name"], f"{path.name} name")
        _assert_bilingual(role["description"], f"{path.name} description")
        situations = role["situations"]
        assert set(situations) == set(LANGS), f"{path.name}: situations need nl and en"


def test_rule_ids_unique_across_files(roles: dict[Path, dict[str, Any]]) -> None:
    seen: dict[str, str] = {}
    for path, role in roles.items():
        for rule in role["rules"]:
            rid = rule["id"]
            assert SLUG.match(rid), f"{path.name}: rule id {rid!r} is not a slug"
            assert rid not in seen, f"rule id {rid!r} in both {seen[rid]} and {path.name}"
            seen[rid] = path.name


def _check_levels(mapping: Any, known: set[str], where: str) -> None:
    assert isinstance(mapping, dict), f"{where}: expected a mapping"
    for cid, level in mapping.items():
        assert cid in known, f"{where}: unknown competency {cid!r}"
        assert isinstance(level, int) and not isinstance(level, bool), f"{where}: level for {cid} not an int"
        assert 1 <= level <= 4, f"{where}: level {level} for {cid} outside 1..4"


def test_rule_competencies_and_levels(roles: dict[Path, dict[str, Any]], competency_ids: set[str]) -> None:
    for path, role in roles.items():
        _check_levels(role.get("baseline") or {}, competency_ids, f"{path.name} baseline")
        for rule in role["rules"]:
            where = f"{path.name} rule {rule['id']}"
            assert set(rule) <= RULE_KEYS, f"{where}: unknown keys {sorted(set(rule) - RULE_KEYS)}"
            _check_levels(rule["then"], competency_ids, where)
            _assert_bilingual(rule["because"], f"{where} because")
            if "warning" in rule:
                warning = rule["warning"]
                assert SLUG.match(warning["code"]), f"{where}: warning code not a slug"
                _assert_bilingual(warning["message"], f"{where} warning message")
            if not rule["then"]:
                assert "warning" in rule, f"{where}: empty then without a warning"


def _walk_condition(cond: Any, where: str) -> None:
    assert isinstance(cond, dict) and cond, f"{where}: a condition must be a non-empty mapping"
    for key, value in cond.items():
        if key in ("all", "any"):
            assert isinstance(value, list) and value, f"{where}: {key} needs a non-empty list"
            for sub in value:
                _walk_condition(sub, where)
        elif key == "not":
            _walk_condition(value, where)
        else:
            assert key in ATTRIBUTES, f"{where}: unknown attribute {key!r}"
            if isinstance(value, dict):
                unknown = set(value) - OPERATORS
                assert not unknown, f"{where}: unknown operators {sorted(unknown)} on {key}"
                for op in ("in", "not_in"):
                    if op in value:
                        assert isinstance(value[op], list), f"{where}: {key}.{op} needs a list"
            else:
                assert not isinstance(value, list), f"{where}: use {{in: [...]}} for lists on {key}"


def test_when_uses_known_attributes(roles: dict[Path, dict[str, Any]]) -> None:
    for path, role in roles.items():
        for rule in role["rules"]:
            if "when" in rule:
                _walk_condition(rule["when"], f"{path.name} rule {rule['id']}")


def test_required_situations_are_covered(roles: dict[Path, dict[str, Any]]) -> None:
    """The minimum situation -> competency mappings from the brief are each produced by some rule."""
    rules = [rule for role in roles.values() for rule in role["rules"]]

    def produced(attr: str, value: Any, competency: str, min_level: int = 1) -> bool:
        for rule in rules:
            when = rule.get("when", {})
            conds = [when, *when.get("all", [])]
            if any(c.get(attr) == value for c in conds) and rule["then"].get(competency, 0) >= min_level:
                return True
        return False

    assert produced("type", "orchestration", "regisseren")
    assert produced("type", "bridging", "vertalen")
    assert produced("type", "bridging", "vertrouwen-opbouwen")
    assert produced("tension", "high", "conflicthantering", 2)
    assert produced("tension", "high", "onderhandelen")
    assert produced("influence_gap", {"gte": 3}, "machtsbewustzijn")
    assert produced("agenda", True, "resultaatgerichtheid")
    for position, competency in {
        "coordinator": "coordineren",
        "itinerant": "faciliteren",
        "representative": "vertegenwoordigen",
        "gatekeeper": "informatie-duiden",
        "liaison": "netwerken",
    }.items():
        assert produced("position", position, competency), position
