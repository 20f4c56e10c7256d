"""Content checks for competencies.yaml and roles/*.yaml that the loader does not make.

The loader validates the files' shape (levels 1-4, known competencies and rule attributes, unique ids,
role id = file name); ``test_shipped_rules.py`` loads the shipped files and checks them by outcome
(every rule fires, the minimum situation -> competency table through the rule engine). What is left
here is content: the required competencies and roles, both languages filled in, sources and methods.
These tests read the YAML directly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

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

METHOD_KEYS = {"step", "form", "approach", "name", "exercise"}

COMPETENCY_KEYS = {"id", "name", "definition", "cluster", "levels", "methods", "sources", "esco", "disposition"}


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
    assert set(catalogue) == {"schema_version", "scale", "clusters", "approaches", "competencies"}
    assert [s["level"] for s in catalogue["scale"]] == [1, 2, 3, 4]
    for step in catalogue["scale"]:
        _assert_bilingual(step["name"], f"scale {step['level']} name")
        _assert_bilingual(step["description"], f"scale {step['level']} description")
    for approach in catalogue["approaches"]:
        assert SLUG.match(approach["id"]), approach["id"]
        _assert_bilingual(approach["name"], f"approach {approach['id']} name")
        _assert_bilingual(approach["description"], f"approach {approach['id']} description")


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


def test_competency_indicators_match_in_both_languages(catalogue: dict[str, Any]) -> None:
    for comp in catalogue["competencies"]:
        cid = comp["id"]
        for lv in comp["levels"]:
            nl, en = lv["indicators"]["nl"], lv["indicators"]["en"]
            assert len(nl) == len(en), f"{cid} level {lv['level']}: nl and en differ in count"
            assert all(_is_text(t) for t in nl + en), f"{cid} level {lv['level']}: blank indicator"


def test_competency_methods_and_sources(catalogue: dict[str, Any]) -> None:
    approaches = {a["id"] for a in catalogue["approaches"]}
    for comp in catalogue["competencies"]:
        cid = comp["id"]
        methods = comp["methods"]
        assert methods, f"{cid}: needs methods"
        for method in methods:
            assert set(method) <= METHOD_KEYS, f"{cid}: unknown method keys {sorted(set(method) - METHOD_KEYS)}"
            assert method["approach"] in approaches, f"{cid}: unknown approach {method['approach']!r}"
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


def test_role_texts(roles: dict[Path, dict[str, Any]]) -> None:
    for path, role in roles.items():
        _assert_bilingual(role["name"], f"{path.name} name")
        _assert_bilingual(role["description"], f"{path.name} description")
        situations = role["situations"]
        assert set(situations) == set(LANGS), f"{path.name}: situations need nl and en"


def test_rule_texts_and_warnings(roles: dict[Path, dict[str, Any]]) -> None:
    for path, role in roles.items():
        for rule in role["rules"]:
            where = f"{path.name} rule {rule['id']}"
            _assert_bilingual(rule["because"], f"{where} because")
            if "warning" in rule:
                warning = rule["warning"]
                assert SLUG.match(warning["code"]), f"{where}: warning code not a slug"
                _assert_bilingual(warning["message"], f"{where} warning message")
            if not rule["then"]:
                assert "warning" in rule, f"{where}: empty then without a warning"
