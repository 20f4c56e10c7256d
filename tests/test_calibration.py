"""The calibration of the shipped catalogue and rules (competencies.yaml's header, roles/algemeen.yaml).

Levels mean reach: 1 with guidance, 2 independently in one's own work, 3 in complex situations and helping
others, 4 organisation-wide.  So a rule asks level 3 only where the situation is complex (high tension together
with political exposure, the largest influence gap or an opposing end) and never level 4; every indicator is
behaviour a colleague can see, starting with an action verb.  These tests read the YAML directly, like
test_content_files.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "competencies.yaml"
ROLES_DIR = ROOT / "roles"

#: The highest level a single link (a rule) may ask without complexity, and a role's baseline at most.
ORDINARY_LEVEL = 2
#: Level 4 (organisation-wide) is a development goal; no rule and no baseline asks it.
ORGANISATION_WIDE = 4


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Any]:
    return _load(CATALOGUE)


@pytest.fixture(scope="module")
def rules() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, rule) for path in sorted(ROLES_DIR.glob("*.yaml")) for rule in _load(path)["rules"]]


# ----------------------------------------------------------------------------- rules


def _conditions(when: dict[str, Any]) -> list[tuple[str, Any]]:
    """The conditions that must all hold (top level and ``all``); ``any`` and ``not`` add no certainty."""
    found: list[tuple[str, Any]] = []
    for key, value in when.items():
        if key == "all":
            for sub in value:
                found += _conditions(sub)
        elif key not in ("any", "not"):
            found.append((key, value))
    return found


def complexity(when: dict[str, Any]) -> set[str]:
    """The complexity factors a rule's conditions guarantee (high tension, politics, largest gap, opposition)."""
    factors = set()
    for key, value in _conditions(when):
        if key == "tension" and value in ("high", {"gte": "high"}, {"eq": "high"}):
            factors.add("high-tension")
        elif key in ("ends.kind", "from.kind", "to.kind") and value in ("politics", {"eq": "politics"}):
            factors.add("political-exposure")
        elif key == "influence_gap" and value in (4, {"gte": 4}, {"eq": 4}):
            factors.add("largest-gap")
        elif key in ("ends.stance", "from.stance", "to.stance") and value in ("opposes", {"eq": "opposes"}):
            factors.add("opposition")
    return factors


def is_complex(when: dict[str, Any]) -> bool:
    """High tension together with political exposure, the largest influence gap or an end opposing the agenda."""
    factors = complexity(when)
    return "high-tension" in factors and len(factors) >= 2


def test_complexity_is_recognised_as_written_in_the_header():
    assert is_complex({"tension": "high", "ends.kind": "politics"})
    assert is_complex({"all": [{"influence_gap": 4}, {"tension": {"gte": "high"}}]})
    assert not is_complex({"tension": "high"})
    assert is_complex({"all": [{"ends.stance": "opposes"}, {"tension": "high"}]})
    assert not is_complex({"ends.kind": "politics", "influence_gap": 4})
    assert not is_complex({"all": [{"ends.stance": "opposes"}, {"ends.stance": "supports"}]})
    assert not is_complex({"tension": "high", "any": [{"ends.kind": "politics"}, {"type": "bridging"}]})


def test_no_rule_asks_level_4(rules):
    asking = [f"{f} {r['id']}" for f, r in rules if any(v >= ORGANISATION_WIDE for v in r["then"].values())]
    assert asking == []


def test_level_3_only_in_complex_situations(rules):
    wrong = [
        f"{f} {r['id']}: {sorted(c for c, v in r['then'].items() if v == 3)} without complex conditions"
        for f, r in rules
        if any(v == 3 for v in r["then"].values()) and not is_complex(r.get("when", {}))
    ]
    assert wrong == []


def test_some_complex_situation_asks_level_3(rules):
    """The calibration is not 'never 3': the complex situations do ask it."""
    assert any(is_complex(r.get("when", {})) and 3 in r["then"].values() for _, r in rules)


def test_baselines_ask_at_most_independent_work():
    for path in sorted(ROLES_DIR.glob("*.yaml")):
        baseline = _load(path).get("baseline") or {}
        assert all(v <= ORDINARY_LEVEL for v in baseline.values()), path.name


def test_header_records_the_calibration():
    header = CATALOGUE.read_text(encoding="utf-8").split("schema_version:")[0]
    for words in ("with guidance", "independently in one's own work", "complex", "organisation-wide", "level 4"):
        assert words in header, words
    assert "Calibration" in header


def test_scale_descriptions_say_reach(catalogue):
    reach = {1: "begeleiding", 2: "zelfstandig", 3: "complex", 4: "organisatiebreed"}
    for step in catalogue["scale"]:
        assert reach[step["level"]] in step["description"]["nl"].lower(), step["level"]


# ----------------------------------------------------------------------------- indicators


def _words(text: str) -> set[str]:
    return set(text.split())


#: Verbs a colleague can see someone do (third person, as indicators are written).
ACTION_VERBS_NL = _words(
    """
    adviseert agendeert bemiddelt benoemt bereidt beschrijft bespreekt betrekt bevraagt blijft bouwt brengt
    checkt coacht combineert de-escaleert deelt doet draagt formuleert gaat geeft haalt helpt herformuleert
    herstelt houdt informeert introduceert investeert kiest koppelt laat legt leidt leert levert luistert
    maakt meldt mobiliseert moedigt neemt noemt onderbouwt onderhandelt onderhoudt ontwerpt ontwikkelt
    onderzoekt organiseert past plaatst raadpleegt reageert regelt richt schakelt schrijft signaleert spreekt
    start stelt stemt steunt stimuleert stuurt toetst treedt vat verbindt verdeelt vertaalt vertegenwoordigt
    vraagt vult weegt werkt zet zoekt zegt analyseert beantwoordt begeleidt bewaakt
    doorbreekt erkent evalueert faciliteert hanteert herkent presenteert schetst tekent verkent verwerkt
    volgt voert waardeert wint pakt test voorkomt verzamelt scheidt beoordeelt ondersteunt kaart beschermt
    verantwoordt herziet stopt begint behandelt biedt duidt handelt komt krijgt rapporteert schat verlaat
    vermeldt vertelt
    """
)
ACTION_VERBS_EN = _words(
    """
    adjusts advises agrees aligns asks brings builds carries checks chooses coaches combines coordinates
    de-escalates designs develops discusses does draws encourages explains explores gives guides helps
    holds identifies informs introduces invests involves keeps leads lets listens maintains makes maps
    mediates mobilises names negotiates organises passes places plans prepares presents puts raises
    reframes reports represents restores reviews runs says sets shares speaks starts steers stays summarises
    supports switches takes tests translates uses weighs wins works writes admits acknowledges assesses
    breaks collects combines delivers evaluates facilitates follows handles hands invites learns marks
    notices obtains offers pursues questions reflects replies separates signals sketches structures
    protects stops revises distinguishes recognises answers applies accounts acts adapts addresses arranges
    challenges conducts confronts consults conveys describes enters gets interprets leaves links looks provides
    records removes responds seeks shows spots states tailors teaches tells tracks treats
    """
)
#: Openings the issue names as not observable (attitudes and intentions, not behaviour).
NOT_OBSERVABLE = (
    "probeert",
    "staat open",
    "is zich bewust",
    "is ",
    "heeft oog",
    "kent ",
    "weet ",
    "kan ",
    "durft",
    "wordt ",
    "tries",
    "is open",
    "is aware",
    "knows",
    "can ",
    "dares",
    "is seen",
)


def _indicators(catalogue: dict[str, Any], lang: str) -> list[tuple[str, int, str]]:
    return [
        (comp["id"], lv["level"], text)
        for comp in catalogue["competencies"]
        for lv in comp["levels"]
        for text in lv["indicators"][lang]
    ]


@pytest.mark.parametrize(("lang", "verbs"), [("nl", ACTION_VERBS_NL), ("en", ACTION_VERBS_EN)])
def test_every_indicator_starts_with_an_action_verb(catalogue, lang, verbs):
    wrong = [
        f"{cid} L{level}: {text}"
        for cid, level, text in _indicators(catalogue, lang)
        if re.split(r"[\s,:]", text, maxsplit=1)[0].lower() not in verbs
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_indicator_describes_an_attitude(catalogue, lang):
    wrong = [
        f"{cid} L{level}: {text}"
        for cid, level, text in _indicators(catalogue, lang)
        if text.lower().startswith(NOT_OBSERVABLE)
    ]
    assert wrong == []


def test_level_2_is_not_level_1_with_zelfstandig(catalogue):
    """The old catalogue put 'zelfstandig' into the first level-2 indicator of almost every competency."""
    first = [comp["levels"][1]["indicators"]["nl"][0] for comp in catalogue["competencies"]]
    assert sum("zelfstandig" in text.lower() for text in first) <= 2


#: Managers' work that does not belong in the levels of a competency everyone may grow in.
MANAGER_WORK = ("werkbelasting", "spreekt het management", "stuurt de organisatie", "richt de organisatie")


def test_no_managers_work_in_the_levels(catalogue):
    wrong = [
        f"{cid} L{level}: {text}"
        for cid, level, text in _indicators(catalogue, "nl")
        if any(words in text.lower() for words in MANAGER_WORK)
    ]
    assert wrong == []


def test_no_duplicate_indicators_across_competencies(catalogue):
    """The overlaps the issue found (vertrouwen-opbouwen L3 and vergevingsgezindheid L3, ...) stay apart."""
    seen: dict[str, str] = {}
    for cid, level, text in _indicators(catalogue, "nl"):
        key = re.sub(r"\W+", " ", text.lower()).strip()
        assert key not in seen, f"{cid} L{level} repeats {seen[key]}"
        seen[key] = f"{cid} L{level}"


def test_definitions_hold_no_editorial_notes(catalogue):
    for comp in catalogue["competencies"]:
        for lang in ("nl", "en"):
            text = comp["definition"][lang].lower()
            assert "functieboek" not in text and "job description" not in text and "heet dit" not in text, comp["id"]


def test_spelling_langetermijn():
    assert "lange termijneffect" not in CATALOGUE.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- methods per step

#: 70-20-10: an on-the-job assignment, learning from others (coaching or a role model), training.
SOCIAL = {"coaching", "rolmodel"}


def test_every_step_has_methods_that_mix_the_forms(catalogue):
    for comp in catalogue["competencies"]:
        by_step: dict[int, list[str]] = {}
        for method in comp["methods"]:
            by_step.setdefault(method["step"], []).append(method["form"])
        assert sorted(by_step) == [1, 2, 3, 4], comp["id"]
        for step, forms in by_step.items():
            assert "werkopdracht" in forms, f"{comp['id']} step {step}: no on-the-job assignment"
            assert len(set(forms)) >= 2, f"{comp['id']} step {step}: one form only ({forms})"
        every = {form for forms in by_step.values() for form in forms}
        assert "training" in every and every & SOCIAL, f"{comp['id']}: not 70-20-10 ({sorted(every)})"


def test_most_methods_are_on_the_job(catalogue):
    forms = [m["form"] for comp in catalogue["competencies"] for m in comp["methods"]]
    share = forms.count("werkopdracht") / len(forms)
    assert 0.4 <= share <= 0.7, share


def test_methods_are_concrete_and_distinct(catalogue):
    seen: set[str] = set()
    for comp in catalogue["competencies"]:
        for method in comp["methods"]:
            for lang in ("nl", "en"):
                exercise = method["exercise"][lang]
                assert len(exercise.split()) >= 10, f"{comp['id']}: exercise too short to act on: {exercise}"
            assert method["exercise"]["nl"] not in seen, f"{comp['id']}: exercise repeated"
            seen.add(method["exercise"]["nl"])


# ----------------------------------------------------------------------------- the shipped examples

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
#: A link asks at most this many competencies (analysis/links.py MAX_ASKED); a member at most MAX_REQUIRED.
PER_LINK = 7
PER_MEMBER = 12


def _project(path: Path):
    import verbinder

    return verbinder.load(path)


@pytest.fixture(scope="module", params=EXAMPLES, ids=lambda p: p.stem)
def shipped(request):
    import datetime as dt

    project = _project(request.param)
    return project, project.profiles(today=dt.date(2027, 1, 15))


def test_there_are_shipped_examples_with_kopgroep_members():
    assert len(EXAMPLES) >= 2
    assert all(_project(path).profiles() for path in EXAMPLES)


def test_every_member_of_a_shipped_example_has_at_most_12_required_competencies(run):
    """The issue's measurement: ``verbinder profiles examples/X.yaml --format json``, each member's competencies."""
    for path in EXAMPLES:
        result = run("profiles", path, "--format", "json", "--today", "2027-01-15")
        assert result.exit_code == 0, result.stderr
        for member in json.loads(result.stdout)["members"]:
            required = [c["id"] for c in member["competencies"] if c["required"] > 0]
            assert len(required) <= PER_MEMBER, (path.name, member["id"], required)
            # listed with required 0: a level the member has in something nothing (else) asks, never a requirement
            for c in member["competencies"]:
                assert c["required"] > 0 or (c["source"] == "model" and c["current"] is not None), c
            assert {c["id"] for c in member["also_relevant"]}.isdisjoint(required)


def test_no_link_asks_more_than_7_and_levels_follow_the_situation(shipped):
    from verbinder.analysis.links import link_facts
    from verbinder.model import Tension
    from verbinder.rules.vocabulary import fact

    project, _ = shipped
    analysis = project.link_analysis
    actors = project.model.actor_index()
    for a in analysis.links:
        assert len(a.requirements) <= PER_LINK, a.id
        for r in a.requirements:
            assert r.level < ORGANISATION_WIDE, (a.id, r.competency)  # never level 4 from a single link
            if r.level == 3:  # only in a complex situation: high tension with politics, the largest gap or opposition
                facts = link_facts(a.link, actors, a.id)
                kinds, stances = fact(facts, "ends.kind"), fact(facts, "ends.stance")
                assert a.link.tension is Tension.HIGH, (a.id, r.competency)
                assert "politics" in kinds or a.influence_gap == 4 or "opposes" in stances, (a.id, r.competency)


def test_nothing_asked_is_dropped_silently(shipped):
    """Profile plus "also relevant" hold every competency the member's links or role ask, each once."""
    project, profiles = shipped
    by_via: dict[str, set[str]] = {}
    for a in project.link_analysis.links:
        if a.link.via:
            by_via.setdefault(a.link.via, set()).update(r.competency for r in a.requirements)
    for p in profiles:
        role = project.rules.role(p.role) if p.role else None
        asked = by_via.get(p.id, set()) | set(role.baseline if role else {})
        kept = [c.id for c in p.competencies if c.required > 0]
        also = [c.id for c in p.also_relevant]
        assert sorted(kept + also) == sorted(asked), p.id
        if any(c.role_level for c in p.also_relevant):  # the role's baseline gives way only to open gaps
            assert len([c for c in p.competencies if c.gap]) + len([c for c in p.competencies if c.role_level]) >= 12


def test_every_link_is_represented_in_the_profile(shipped):
    project, profiles = shipped
    for p in profiles:
        kept = {c.id for c in p.competencies if c.required > 0}
        for a in project.link_analysis.links:
            if a.link.via == p.id:
                assert kept & {r.competency for r in a.requirements}, (p.id, a.id)


def test_focus_points_and_gaps_come_from_the_profile_only(shipped):
    _, profiles = shipped
    for p in profiles:
        kept = {c.id: c for c in p.competencies}
        assert 0 < len(p.focus) <= 5 or not any(c.gap for c in p.competencies), p.id
        for f in p.focus:
            assert f.id in kept and kept[f.id].gap == f.gap, (p.id, f.id)
        assert p.figures.open_gaps == sum(1 for c in p.competencies if c.gap), p.id
        assert not {c.id for c in p.also_relevant} & {f.id for f in p.focus}, p.id


def test_the_selection_never_hides_a_gap(shipped):
    """Whatever the member's levels, every competency with an open gap is in the kept profile (issue 22)."""
    import dataclasses
    import datetime as dt

    from verbinder.analysis.importance import link_weights
    from verbinder.analysis.profiles import select_required

    project, profiles = shipped
    weights = link_weights(project.link_analysis, dt.date(2027, 1, 15))
    for p in profiles:
        everything = p.competencies + p.also_relevant
        for level in (None, 0, 1, 4):
            blank = [dataclasses.replace(c, current=level) for c in everything]
            kept, also = select_required(blank, weights)
            assert not [c.id for c in also if c.gap], (p.id, level)
            assert {c.id for c in kept if c.gap} == {c.id for c in blank if c.gap}, (p.id, level)


@pytest.mark.slow
def test_profiles_explain_lists_the_also_relevant_and_the_default_says_how_many(run):
    small = ROOT / "examples" / "small-town.yaml"
    plain = run("profiles", small, "priya", "--today", "2027-01-15", env={"COLUMNS": "80"})
    assert plain.exit_code == 0, plain.stderr
    hint = "also relevant to the links, beyond the profile's 12 (--explain shows them)"
    assert hint in " ".join(plain.stdout.split())
    full = run("profiles", small, "priya", "--today", "2027-01-15", "--explain", env={"COLUMNS": "80"})
    assert "Also relevant to the links (beyond the profile's 12; not a gap)" in full.stdout
    assert "Participation" not in full.stdout.split("Also relevant")[1]  # 0 -> 2 is an open gap: kept
    assert "Citizen orientation: level 2, asked by planning--energy-coop; now 2" in " ".join(full.stdout.split())
    doc = json.loads(run("profiles", small, "priya", "--format", "json", "--today", "2027-01-15").stdout)
    (priya,) = doc["members"]
    also = {c["id"]: c for c in priya["also_relevant"]}
    assert also["burgergerichtheid"] == {
        "id": "burgergerichtheid",
        "name": "Citizen orientation",
        "level": 2,
        "required": 2,
        "current": 2,
        "gap": 0,
        "links": ["planning--energy-coop"],
        "asked_by": [
            {
                "link": "planning--energy-coop",
                "level": 2,
                "rules": ["inwoners-aan-tafel", "vertegenwoordiger-naar-burgers"],
            }
        ],
    }


def test_pseudonymised_profiles_hide_member_ids_in_the_also_relevant_links_too():
    from verbinder.analysis.profiles import Asked, CompetencyNeed, MemberProfile, pseudonymise

    p = MemberProfile("anna", "Anna", None, None, 4, ["anna--bert"], [])
    p.also_relevant.append(CompetencyNeed("moed", 2, None, [Asked("anna--bert", 2, ("r",))]))
    (q,) = pseudonymise([p], "s", "Member")
    assert q.also_relevant[0].asked_by[0].link == q.links[0] != "anna--bert"


def test_markdown_explain_lists_the_also_relevant_under_a_heading(run):
    small = ROOT / "examples" / "small-town.yaml"
    result = run("profiles", small, "lisa", "--format", "markdown", "--explain", "--today", "2027-01-15")
    assert result.exit_code == 0, result.stderr
    heading = "### Also relevant to the links (beyond the profile's 12; not a gap)"
    assert heading in result.stdout
    after = result.stdout.split(heading)[1].strip().splitlines()
    assert after and all(line.startswith("- ") and ": level " in line for line in after)
