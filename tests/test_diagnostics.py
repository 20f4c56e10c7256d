"""Diagnostics of ``analyse``: dominance, the power/interest grid, silos, structural holes, load.

Where the expected numbers come from:

* E-I index: Krackhardt & Stern (1988), ``(E - I) / (E + I)`` with E the links across and I
  the links inside a department; counted by hand for the models below.
* Effective size and constraint: ``networkx.effective_size`` / ``networkx.constraint`` on the
  same undirected actor graph (networkx's own tests check them against UCINET).
* Mendelow's grid: the quadrants as Mendelow (1991) names them, high meaning 4 or 5.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

from support import TESTS
from verbinder.analysis.diagnostics import diagnose, quadrant
from verbinder.analysis.links import analyse_links
from verbinder.project import load_project


def _diagnose(tmp_path, text: str):
    path = tmp_path / "model.yaml"
    path.write_text(text, encoding="utf-8")
    project = load_project(path, roles=TESTS / "fixtures" / "roles", catalogue=TESTS / "fixtures" / "catalogue.yaml")
    return diagnose(analyse_links(project.model, project.link_ids, project.rules))


DOMINANCE = """
name: Dominantie
actors:
  - {id: wh, name: Wethouder, kind: politics, influence: 5, interest: 4}
  - {id: corp, name: Corporatie, kind: firms, influence: 4, interest: 3}
  - {id: bew, name: Bewoners, kind: citizens, influence: 1, interest: 5}
  - {id: anna, name: Anna, kind: administration, influence: 2, interest: 5, kopgroep: true}
links:
  - {from: wh, to: corp, via: anna, topic: Prestatieafspraken, agenda: [wonen]}
  - {from: anna, to: bew, topic: Buurtavond}
agenda:
  - {id: wonen, title: Wonen}
"""


def test_dominance_per_agenda_item_and_topic(tmp_path):
    d = _diagnose(tmp_path, DOMINANCE)
    assert [(x.scope, x.key, x.reached, x.left_out) for x in d.dominance] == [
        ("agenda", "wonen", ("wh", "corp"), ("bew",)),  # anna is kopgroep: she does not count as left out
        ("topic", "Prestatieafspraken", ("wh", "corp"), ("bew",)),
    ]
    messages = [f.message.render("en") for f in d.findings if f.code == "dominance"]
    assert messages[0] == (
        "Agenda item 'wonen' reaches only influential actors (Wethouder, Corporatie); "
        "high-interest, low-influence actors are left out: Bewoners."
    )
    reached = DOMINANCE.replace("topic: Buurtavond}", "topic: Buurtavond, agenda: [wonen]}")
    assert [x.scope for x in _diagnose(tmp_path, reached).dominance] == ["topic"]


STAKE = """
name: Belang
actors:
  - {id: wh, name: Wethouder A, kind: politics, influence: 5, interest: 4}
  - {id: wh2, name: Wethouder B, kind: politics, influence: 5, interest: 4}
  - {id: corp, name: Corporatie, kind: firms, influence: 4, interest: 3}
  - {id: bew, name: Bewoners, kind: citizens, influence: 1, interest: 5}
  - {id: raad, name: Clientenraad, kind: citizens, influence: 1, interest: 5}
links:
  - {from: wh, to: corp, topic: Prestatieafspraken, agenda: [wonen]}
  - {from: wh, to: wh2, topic: Collegeoverleg, agenda: [wonen]}
agenda:
  - {id: wonen, title: Wonen, stakeholders: [wh, corp, bew]}
"""


def test_a_topic_names_only_its_items_stakeholders_and_a_college_topic_none(tmp_path):
    """Bewoners and Clientenraad are both voiceless; item wonen names Bewoners, not Clientenraad.  The topic
    Prestatieafspraken serves wonen alone: only Bewoners is left out of it.  Collegeoverleg is a link between two
    politics actors: nobody is to be included in it."""
    d = _diagnose(tmp_path, STAKE)
    assert [(x.scope, x.key, x.left_out) for x in d.dominance] == [
        ("agenda", "wonen", ("bew",)),
        ("topic", "Prestatieafspraken", ("bew",)),
    ]


def test_grid_places_every_actor(tmp_path):
    d = _diagnose(tmp_path, DOMINANCE)
    assert d.grid == {"manage_closely": ["wh"], "keep_satisfied": ["corp"], "keep_informed": ["bew", "anna"],
                      "monitor": []}  # fmt: skip
    assert [quadrant(i, j) for i, j in [(4, 4), (4, 3), (3, 4), (3, 3)]] == [
        "manage_closely", "keep_satisfied", "keep_informed", "monitor",
    ]  # fmt: skip


SILOS = """
name: Zuilen
actors:
  - {id: a1, name: A1, kind: administration, department: ruimte}
  - {id: a2, name: A2, kind: administration, department: ruimte}
  - {id: a3, name: A3, kind: administration, department: ruimte}
  - {id: b1, name: B1, kind: administration, department: sociaal}
  - {id: b2, name: B2, kind: administration, department: sociaal}
  - {id: c1, name: C1, kind: administration, department: griffie}
  - {id: c2, name: C2, kind: administration, department: griffie}
  - {id: x, name: X, kind: citizens}
  - {id: lone, name: Lone, kind: citizens}
links:
  - {from: a1, to: a2}
  - {from: a2, to: a3}
  - {from: a1, to: a3}
  - {from: b1, to: b2}
  - {from: a3, to: b1}
  - {from: c1, to: c2, via: x}
"""


def test_silos_ei_index_and_unbridged(tmp_path):
    d = _diagnose(tmp_path, SILOS)
    s = d.silos
    # inside: a1-a2, a2-a3, a1-a3, b1-b2, c1-c2 = 5; across: a3-b1 = 1; E-I = (1 - 5) / 6
    assert (s.internal, s.external) == (5, 1)
    assert s.ei_index == pytest.approx(-4 / 6)
    assert {x.id: (x.internal, x.external, x.bridged) for x in s.departments} == {
        "griffie": (1, 0, False), "ruimte": (3, 1, True), "sociaal": (1, 1, True),
    }  # fmt: skip
    assert s.unbridged == ["griffie"]
    codes = [f.code for f in d.findings]
    assert "silo-inward" in codes and codes.count("silo-unbridged") == 1
    inward = next(f for f in d.findings if f.code == "silo-inward")
    assert inward.message.render("en").startswith("83% of the links between actors with a department stay inside")
    assert not s.communities_skipped and all(len(c.actors) >= 2 for c in s.communities)
    assert d.unconnected == ["lone"]


def test_communities_across_departments_are_reported(tmp_path):
    mixed = SILOS + "  - {from: c1, to: b2}\n  - {from: c2, to: b2}\n  - {from: c1, to: b1}\n"
    s = _diagnose(tmp_path, mixed).silos
    assert any(i in s.mismatched for i, c in enumerate(s.communities) if len(c.departments) >= 2)


def test_no_departments_no_silos(tmp_path):
    assert _diagnose(tmp_path, DOMINANCE).silos is None


def test_holes_equal_networkx(tmp_path):
    d = _diagnose(tmp_path, (TESTS / "fixtures" / "model.yaml").read_text(encoding="utf-8"))
    g = nx.Graph()
    edges = [("wh", "anna"), ("anna", "tue"), ("f1", "anna"), ("anna", "f2"), ("anna", "cees"), ("cees", "bert"),
             ("bert", "anna"), ("anna", "bew"), ("wh", "bert"), ("bert", "raad"), ("wh", "bew")]  # fmt: skip
    g.add_edges_from(edges)  # the fixture's links: connector to both ends, else end to end
    for a, b in [("bert", "anna"), ("anna", "bew")]:
        g[a][b]["weight"] = 2  # two links (bert -> bew and bew -> bert) both via anna
    for *_, data in g.edges(data=True):
        data.setdefault("weight", 1)
    want_c = nx.constraint(g, weight="weight")
    want_e = nx.effective_size(g, nodes=list(g), weight="weight")  # the per-node path (see holes.py)
    got = {h.actor: h for h in d.holes}
    assert sorted(got) == ["anna", "bert", "cees"]
    for actor, h in got.items():
        assert h.constraint == pytest.approx(want_c[actor], abs=1e-4)
        assert h.effective_size == pytest.approx(want_e[actor], abs=1e-4)


def test_load(tmp_path):
    links = "".join(f"  - {{from: p{i}, to: q{i}, via: anna}}\n" for i in range(3))
    links += "".join(f"  - {{from: q{i}, to: p{i}}}\n" for i in range(7))
    actors = "".join(f"  - {{id: {x}{i}, name: {x.upper()}{i}, kind: citizens}}\n" for x in "pq" for i in range(7))
    text = (
        "name: Last\nactors:\n  - {id: anna, name: Anna, kind: administration, kopgroep: true, capacity: 2}\n"
        f"  - {{id: solo, name: Solo, kind: firms}}\n{actors}links:\n{links}"
    )
    d = _diagnose(tmp_path, text)
    assert [(x.actor, x.links, x.capacity) for x in d.over_capacity] == [("anna", 3, 2)]
    assert d.unconnected == ["solo"]
    assert len(d.no_connector) == 7
    no = [f.message.render("en") for f in d.findings if f.code == "no-connector"]
    assert len(no) == 6 and no[-1] == "2 more links have no connector."
    over = next(f for f in d.findings if f.code == "over-capacity")
    assert over.message.render("en") == "Anna carries 3 links, more than the capacity of 2."
    assert over.subject == "anna"


def test_analyse_json_has_diagnostics_and_keeps_its_keys(run):
    doc = json.loads(run("analyse", "examples/gemeente-dalburg.yaml", "-f", "json", "--lang", "en").stdout)
    assert {"model", "language", "links", "rules", "warnings", "summary", "diagnostics"} <= set(doc)
    diag = doc["diagnostics"]
    assert set(diag) == {"grid", "dominance", "silos", "structural_holes", "load"}
    assert set(diag["grid"]) == {"manage_closely", "keep_satisfied", "keep_informed", "monitor"}
    assert sum(len(v) for v in diag["grid"].values()) == len({a for v in diag["grid"].values() for a in v})
    assert diag["silos"]["unbridged"] == ["griffie"]
    assert set(diag["load"]) == {"over_capacity", "unconnected_actors", "links_without_connector"}
    codes = {w["code"] for w in doc["warnings"]}
    assert {"dominance", "silo-unbridged", "over-capacity", "no-connector"} <= codes


@pytest.mark.slow
def test_terminal_grid_fits_80_columns(run):
    result = run("analyse", "examples/gemeente-dalburg.yaml", "--lang", "en", "--explain")
    assert result.exit_code == 0
    out = result.stdout
    for words in ("Power/interest grid (Mendelow)", "Manage closely", "Keep satisfied", "Keep informed", "Monitor",
                  "Silos (departments)", "E-I index +0.67", "Structural holes of the connectors (Burt)"):  # fmt: skip
        assert words in out
    assert max(map(len, out.splitlines())) <= 80
