"""``verbinder connect``: the five principles derived by hand, minimality, idempotence, --apply and the CLI.

tests/fixtures/connect.yaml has one agenda item, energie, that needs every principle. By hand:

Stakeholders: netbeheerder (influence 5, interest 4), installateur (3, 5), bouwbedrijf (2, 3), buurtgroep
(1, 5, opposes), hogeschool (3, 3), amb-ruimte, amb-sociaal, amb-economie (3, 3, three departments), and the
owner wethouder (5, 4). energie's links: buurtgroep-netbeheerder, hogeschool-netbeheerder (the citizens and the
experts reach the item only through the powerful firm) and each civil servant to the alderman. The alderman and
the grid operator are linked already, for wonen.

The principles in order, recomputing after each:

1. reach. Unreached components: {netbeheerder, buurtgroep, hogeschool} (most salient: netbeheerder, 9),
   {installateur} (8), {bouwbedrijf} (5). netbeheerder is manage closely -> P1 netbeheerder-wethouder.
   installateur is not -> the anchor: the civil servants tie at one link, smallest id amb-economie
   -> P2 installateur-amb-economie; then P3 bouwbedrijf-amb-economie (amb-economie now has 2 links).
2. voice. buurtgroep (interest 5, influence 1) only reaches the municipality through netbeheerder
   -> P4 buurtgroep-amb-economie.
3. bridge. firms (P1) and citizens (P4) are bridged; experts are not -> P5 hogeschool-amb-economie.
4. orchestrate. Three firms, hub installateur (interest 5): P6 netbeheerder-installateur (interest 4 first),
   P7 bouwbedrijf-installateur.
5. de-silo. No link joins two departments. amb-economie has the most links (5): P8 amb-ruimte-amb-economie
   (ruimte and sociaal tie at 1, smallest id), P9 amb-sociaal-amb-economie.

Minimality, from P9 back: P9, P8 (departments), P7, P6 (orchestrate), P5 (experts), P4 (voice) are needed.
Without P3, bouwbedrijf is reached through P7 and P2: dropped. Without P2, installateur is reached through P6
and P1: dropped. Without P1, netbeheerder is reached through P4, but no firm has a link of energie to the
municipality: kept for bridge. What each serves (the checks that fail without it): P1 bridge (firms); P4 voice
and bridge (citizens); P5 bridge; P6 reach (installateur, bouwbedrijf) and orchestrate; P7 reach and
orchestrate; P8, P9 de-silo. P1's pair is linked for wonen: it extends that link.

Connectors: kim (capacity 2, one link already) and lars (capacity 2) can take 3 of the 6 new links.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import FIXTURES
from verbinder.model import Model, assign_link_ids
from verbinder.plan.connect import PRINCIPLES, _Item, plan_connections
from verbinder.project import load_project
from verbinder.rules.engine import load_rules

CONNECT = FIXTURES / "connect.yaml"


@pytest.fixture(scope="module")
def project():
    return load_project(CONNECT)


@pytest.fixture(scope="module")
def plan(project):
    return plan_connections(project.model, project.link_ids, project.rules, staff=False)


def test_hand_derived_proposals(plan):
    """Reach means close (issue 21): within two links of the owner (wethouder) on the item.

    Near the owner: the three civil servants.  The most salient unreached stakeholder, netbeheerder (5 + 4),
    already has a link with the owner (for wonen): it gains energie (extend before new), and brings buurtgroep
    and hogeschool within two links.  installateur (3 + 5, not managed closely) goes to the anchor: the civil
    servant linked to the owner with the most links of the item (a tie of three, so amb-economie by id); so does
    bouwbedrijf.  Voice: buurtgroep to the anchor (it serves bridge for citizens too); bridge: hogeschool to the
    anchor.  Orchestrate: the firms around installateur (interest 5).  De-silo: two regie links.  Minimality
    then drops installateur--amb-economie: installateur is two links from the owner through netbeheerder, and
    netbeheerder--wethouder bridges the firms.
    """
    got = [(p.action, p.from_, p.to, p.principle, p.also, p.agenda) for p in plan.proposals]
    assert got == [
        ("extend", "netbeheerder", "wethouder", "reach", (), "energie"),
        ("new", "bouwbedrijf", "amb-economie", "reach", (), "energie"),
        ("new", "buurtgroep", "amb-economie", "voice", ("bridge",), "energie"),
        ("new", "hogeschool", "amb-economie", "bridge", (), "energie"),
        ("new", "netbeheerder", "installateur", "reach", ("orchestrate",), "energie"),
        ("new", "bouwbedrijf", "installateur", "orchestrate", (), "energie"),
        ("new", "amb-ruimte", "amb-economie", "de-silo", (), "energie"),
        ("new", "amb-sociaal", "amb-economie", "de-silo", (), "energie"),
    ]
    assert plan.proposals[0].id == "wethouder--netbeheerder"  # the link for wonen, derived id
    assert plan.proposals[0].role == "owner"
    assert [p.id for p in plan.proposals[1:3]] == ["bouwbedrijf--amb-economie", "buurtgroep--amb-economie"]


def test_what_each_proposal_serves(plan):
    served = [[(w.principle, w.subjects) for w in p.why] for p in plan.proposals]
    assert served[0] == [("reach", ("netbeheerder", "installateur"))]
    assert served[2] == [("voice", ("buurtgroep",)), ("bridge", ("citizens",))]
    assert served[4] == [("reach", ("installateur",)), ("orchestrate", ("netbeheerder",))]
    assert served[6] == [("de-silo", ("economie", "ruimte"))]


def test_the_plan_staffs_existing_open_links_before_new_ones(project):
    """One capacity (issue 21): kim has one free slot (capacity 2, one link), lars two.  The plan gives them to
    the open links of the model first, so connect's new links stay without a connector, saying so."""
    plan = project.plan()
    open_links = {lid for lid, link in zip(project.link_ids, project.model.links, strict=True) if link.via is None}
    assert sorted(a.member for a in plan.assignments) == ["kim", "lars", "lars"]
    assert all(a.link in open_links and not a.new for a in plan.assignments)
    shown = project.connect()
    assert all(p.via is None for p in shown.new)
    staffed = {a.link: a.member for a in plan.assignments}
    assert shown.proposals[0].via == staffed.get("wethouder--netbeheerder")  # the extended link: the same plan
    assert {u.subject for u in shown.unmet} == {p.id for p in shown.new}
    assert all(u.why.key == "plan.why.no_capacity" for u in shown.unmet)


def test_min_fit_leaves_links_open(project):
    plan = plan_connections(project.model, project.link_ids, project.rules, min_fit=100)
    assert all(p.via is None for p in plan.new)
    assert {u.why.key for u in plan.unmet} == {"connect.unmet.no_fit"}


def test_extend_shows_the_plans_connector_and_asks_the_rules(project):
    extend = project.connect().proposals[0]  # the open link the plan gives lars, extended with energie
    assert extend.via == "lars" and extend.fit is not None and extend.fit.points == 100
    assert {r.competency for r in extend.competencies} >= {"politieke-sensitiviteit", "resultaatgerichtheid"}


def test_why_names_principle_quadrant_and_stance_and_the_other_end(plan, project):
    from verbinder.render.connect import why_text

    text = why_text(plan.proposals[2], plan, project.model, "en")
    assert text == (
        "Buurtgroep Noord (keep informed: interest 5, influence 1, opposes) has no link of its own to the "
        "municipality on energie: voice. No stakeholder of kind Citizens has a link to the municipality on "
        "energie: bridge. Link to Ambtenaar Economie (monitor: interest 3, influence 3, stance unknown): already "
        "linked to the owner, with the most links on energie; so it stays within two steps of the owner."
    )


def test_json_shape(run):
    result = run("connect", CONNECT, "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert list(doc) == ["schema_version", "model", "language", "proposals", "unmet"]
    first = doc["proposals"][4]
    assert list(first) == [
        "id", "agenda", "principle", "also", "action", "from", "to", "type", "via", "position", "fit",
        "competencies", "why",
    ]  # fmt: skip
    assert first["type"] == "orchestration" and first["via"] is None  # the plan's capacity went to open links
    assert first["competencies"][0] == {"id": "faciliteren", "level": 1}
    assert list(doc["unmet"][0]) == ["agenda", "principle", "subject", "why"]


def test_table_leads_with_the_count(run):
    result = run("connect", CONNECT, "--lang", "en")
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "Who with whom: 8 proposals (7 new, 1 extending a link); 7 things cannot be met."
    assert (
        lines[3:10]
        == [
            " 1. Netbeheerder — Wethouder Energie",
            "    reach · extend: wethouder--netbeheerder · via Lars (fit 100%)",
            "    Netbeheerder (manage closely: interest 4, influence 5, neutral) and",
            "    Installateur (keep informed: interest 5, influence 3, supports) cannot be",
            "    reached from Wethouder Energie (owner) within two steps through the links of",
            "    energie: reach. Link to Wethouder Energie (manage closely: interest 4,",
            "    influence 5, supports), owner of energie. They are linked already",
        ][: len(lines[3:10])]
    )
    assert max(len(line) for line in lines) <= 80
    words = " ".join(result.stdout.split())
    assert words.endswith(f"verbinder connect {CONNECT} --apply --output {str(CONNECT)[:-5]}-connected.yaml")


def test_markdown_in_dutch(run):
    result = run("connect", CONNECT, "--format", "markdown")
    assert result.exit_code == 0
    assert "Wie met wie: 8 voorstellen (7 nieuw, 1 bestaande uitbreiden); 7 punten niet te halen." in result.stdout
    assert "| 3 | nieuw | Buurtgroep Noord | Ambtenaar Economie | nog geen verbinder | stem, brug |" in result.stdout


def test_agenda_option(run):
    result = run("connect", CONNECT, "--agenda", "wonen", "--format", "json")
    assert json.loads(result.stdout)["proposals"] == []
    result = run("connect", CONNECT, "--agenda", "energy", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "--agenda: unknown agenda item 'energy' — did you mean 'energie'?\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--apply"], "--apply needs --output FILE: the model with the proposals written in"),
        (["--top", "3"], "--top belongs with --weave"),
    ],
)
def test_usage_errors(run, args, message):
    result = run("connect", CONNECT, *args, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == message + "\n"


def _copy(tmp_path: Path) -> Path:
    for name in ("catalogue.yaml", "roles"):
        source = FIXTURES / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    target = tmp_path / "connect.yaml"
    shutil.copy(CONNECT, target)
    return target


def test_apply_round_trip(run, tmp_path):
    model = _copy(tmp_path)
    out = tmp_path / "out.yaml"
    result = run("connect", model, "--apply", "--output", out, "--lang", "en", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Written to {out}: 8 proposals (7 new, 1 extending a link).\n"
    text = out.read_text(encoding="utf-8")
    assert "# the alderman and the grid operator already meet, but for another item" in text  # comments kept
    assert "{from: wethouder, to: netbeheerder, agenda: [wonen, energie]}" in text  # connect writes proposals
    assert (
        "{id: netbeheerder--installateur, from: netbeheerder, to: installateur, "
        "topic: Wijken aardgasvrij, agenda: [energie]}" in text
    )
    assert run("validate", out).exit_code == 0
    again = json.loads(run("connect", out, "--format", "json").stdout)
    assert again["proposals"] == []
    assert model.read_text(encoding="utf-8") == CONNECT.read_text(encoding="utf-8")  # the original untouched
    refused = run("connect", model, "--apply", "--output", out, "--lang", "en")
    assert refused.exit_code == 2
    assert "--force" in refused.stderr or "exists" in refused.stderr


def test_weave(project):
    plan = plan_connections(project.model, project.link_ids, project.rules, weave=True, top=2)
    weave = [p for p in plan.proposals if p.principle == "weave"]
    # after energie's proposals no department is unbridged; the introductions, by Adamic-Adar:
    # amb-economie and netbeheerder share buurtgroep, hogeschool and wethouder (degrees 2, 2 and 4 with the
    # plan's links): 1/ln 2 + 1/ln 2 + 1/ln 4 = 3.61.
    assert [(p.from_, p.to, p.role) for p in weave] == [
        ("amb-economie", "netbeheerder", "introduce"),
        ("amb-economie", "installateur", "introduce"),  # share bouwbedrijf (2 links): 1/ln 2 = 1.44
    ]
    detail = dict(weave[0].why[0].detail)
    assert detail["shared"] == ("buurtgroep", "hogeschool", "wethouder")
    assert detail["score"] == pytest.approx(2 / math.log(2) + 1 / math.log(4), abs=0.005)


def plan_of(tmp_path: Path, text: str, **options):
    """The plan of a small model written to ``tmp_path``, judged by the test catalogue and rules."""
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    project = load_project(path, catalogue=FIXTURES / "catalogue.yaml", roles=FIXTURES / "roles")
    return plan_connections(project.model, project.link_ids, project.rules, **options)


def test_weave_bridges_a_silo(tmp_path):
    plan = plan_of(
        tmp_path,
        "name: s\nactors:\n"
        "  - {id: a1, name: A1, kind: administration, department: a}\n"
        "  - {id: a2, name: A2, kind: administration, department: a}\n"
        "  - {id: b1, name: B1, kind: administration, department: b}\n"
        "  - {id: b2, name: B2, kind: administration, department: b}\n"
        "  - {id: c1, name: C1, kind: administration, department: c}\n"
        "links:\n  - {from: a1, to: a2}\n  - {from: a1, to: c1}\n  - {from: b2, to: b1}\n",
        weave=True,
        top=0,
    )
    # b is unbridged: its best-connected actor (b1 and b2 tie at one link: b1) meets a1 (two links, department a)
    assert [(p.from_, p.to, p.role, p.agenda) for p in plan.proposals] == [("b1", "a1", "silo", None)]


def test_no_owner_is_unmet_but_regie_still_proposed(tmp_path):
    plan = plan_of(
        tmp_path,
        "name: s\nactors:\n"
        "  - {id: f1, name: F1, kind: firms, interest: 4}\n"
        "  - {id: f2, name: F2, kind: firms}\n"
        "agenda:\n  - {id: x, title: X, stakeholders: [f1, f2]}\n",
    )
    assert [(p.from_, p.to, p.principle) for p in plan.proposals] == [("f2", "f1", "orchestrate")]
    assert next((u.agenda, u.principle, u.subject, u.why.key) for u in plan.unmet) == (
        "x",
        "reach",
        "x",
        "connect.unmet.no_owner",
    )
    # a sentence for the advisor: no YAML key, and a full stop
    why = next(u.why for u in plan.unmet)
    assert why.render("nl") == (
        "x heeft geen eigenaar: noem een eigenaar bij het agendapunt of zet een politieke actor bij de belanghebbenden."
    )
    assert why.render("en").endswith("the stakeholders.") and "with owner:" not in why.render("en")


def test_default_owner_is_the_most_influential_politics_stakeholder(tmp_path):
    plan = plan_of(
        tmp_path,
        "name: s\nactors:\n"
        "  - {id: p1, name: P1, kind: politics, influence: 3}\n"
        "  - {id: p2, name: P2, kind: politics, influence: 4}\n"
        "  - {id: p3, name: P3, kind: politics, influence: 4}\n"
        "  - {id: c, name: C, kind: citizens, influence: 4, interest: 4}\n"
        "agenda:\n  - {id: x, title: X, stakeholders: [c, p1, p3, p2]}\n",
    )
    assert plan.owners == {"x": "p3"}  # p2 and p3 tie at 4: p3 is listed first
    assert (plan.proposals[0].from_, plan.proposals[0].to) == ("c", "p3")  # manage closely: to the owner


# ----------------------------------------------------------------------------- random models

RULES = load_rules(FIXTURES / "roles", [c for c in ("regisseren", "vertalen", "vertrouwen-opbouwen",
    "politieke-sensitiviteit", "conflicthantering", "netwerken", "coordineren", "faciliteren", "vertegenwoordigen",
    "informatie-duiden", "machtsbewustzijn", "resultaatgerichtheid")])  # fmt: skip
KINDS = ["politics", "administration", "firms", "citizens", "experts"]


@st.composite
def small_models(draw) -> Model:
    n = draw(st.integers(2, 9))
    actors = []
    for i in range(n):
        kind = draw(st.sampled_from(KINDS))
        actor = {"id": f"a{i}", "name": f"A{i}", "kind": kind, "influence": draw(st.integers(1, 5)),
                 "interest": draw(st.integers(1, 5))}  # fmt: skip
        if kind == "administration":
            actor["department"] = draw(st.sampled_from(["d1", "d2", "d3"]))
            actor["kopgroep"] = draw(st.booleans())
        actors.append(actor)
    ids = [a["id"] for a in actors]
    items = ["x", "y"]
    links = []
    for _ in range(draw(st.integers(0, 8))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a != b:
            links.append(
                {"from": a, "to": b, "agenda": draw(st.lists(st.sampled_from(items), max_size=2, unique=True))}
            )
    agenda = []
    for item in items:
        entry = {"id": item, "title": item.upper(),
                 "stakeholders": draw(st.lists(st.sampled_from(ids), max_size=6, unique=True))}  # fmt: skip
        if draw(st.booleans()):
            entry["owner"] = draw(st.sampled_from(ids))
        agenda.append(entry)
    return Model.model_validate({"name": "r", "actors": actors, "links": links, "agenda": agenda})


def applied(model: Model, plan) -> Model:
    """The model with the plan's proposals in it (as --apply writes them)."""
    data = model.model_dump(by_alias=True, exclude_none=True)
    by_id = dict(zip(assign_link_ids(model), data["links"], strict=True))
    for p in plan.new:
        link = {"id": p.id, "from": p.from_, "to": p.to, "agenda": [p.agenda] if p.agenda else []}
        data["links"].append(link)
        by_id[p.id] = link
    for p in plan.extend:
        if p.agenda not in by_id[p.id]["agenda"]:
            by_id[p.id]["agenda"].append(p.agenda)
    return Model.model_validate(data)


def item_contexts(model: Model):
    actors = model.actor_index()
    department = {a.id: a.department for a in model.actors if a.department}
    for item in model.agenda:
        if item.stakeholders or item.owner:
            pairs = [(link.from_, link.to) for link in model.links if item.id in link.agenda]
            yield item, _Item(item, actors, pairs, department)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_models())
def test_random_models_minimal_idempotent_no_duplicates(model):
    plan = plan_connections(model, assign_link_ids(model), RULES)
    linked_for = {(frozenset((link.from_, link.to)), ref) for link in model.links for ref in link.agenda}
    seen = set()
    for p in plan.proposals:
        key = (frozenset((p.from_, p.to)), p.agenda)
        assert key not in linked_for, "a link of the same item between the same pair"
        assert key not in seen, "two proposals for the same item and pair"
        assert p.from_ != p.to
        seen.add(key)
        assert p.principle in PRINCIPLES and set(p.also) <= set(PRINCIPLES) - {p.principle}
    after = applied(model, plan)
    # idempotence: the applied model meets every principle that can be met, and connect proposes nothing
    assert plan_connections(after, assign_link_ids(after), RULES).proposals == []
    # minimality: without any one proposal of an item, some principle of that item fails
    for item, ctx in item_contexts(model):
        mine = [(p.from_, p.to) for p in plan.proposals if p.agenda == item.id]
        everything = ctx.violations(ctx.base + mine)
        for i in range(len(mine)):
            assert ctx.violations(ctx.base + mine[:i] + mine[i + 1 :]) - everything, (item.id, mine[i])
