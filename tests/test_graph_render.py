"""``verbinder graph``: golden DOT, Mermaid and tree; GraphML/GEXF round trips; escaping; Graphviz present or not."""

from __future__ import annotations

import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from support import DALBURG, FIX, FIXTURES, MODEL, ROOT, TESTS, check_golden
from verbinder.analysis.links import analyse_links
from verbinder.project import load_project
from verbinder.render import graph as render

needs_dot = pytest.mark.needs("dot")

NASTY = """\
name: 'Gemeente "Zoë" \\ <b>test</b> & #1'
language: nl
kinds:
  - {id: onder-wijs, label: {nl: 'Onderwijs "MBO"', en: Education}}
  - {id: onder_wijs, label: {nl: Scholen, en: Schools}}
actors:
  - {id: a, name: 'Wethouder "Zoë" van Ĳsselmonde', kind: politics, department: 'ruimte & wonen'}
  - {id: b, name: 'C:\\temp\\n \\"x\\" [1] {2} <b>#3</b> `x` ☃', kind: onder-wijs}
  - {id: c, name: 'Anna ‹A› (beleid; "zuil")', kind: administration, kopgroep: true}
  - {id: d, name: 'end', kind: onder_wijs}
links:
  - {from: a, to: b, via: c, topic: 'Warmte "Noord" \\ <br> & |pipe|', tension: high}
  - {from: b, to: d}
"""


def analysis_of(path: Path, **kw):
    project = load_project(path, **kw)
    return analyse_links(project.model, project.link_ids, project.rules)


@pytest.fixture(scope="module")
def fixture_analysis():
    return analysis_of(FIXTURES / "model.yaml", roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")


@pytest.fixture(scope="module")
def dalburg():
    return analysis_of(DALBURG)


@pytest.fixture
def nasty(tmp_path):
    path = tmp_path / "nasty.yaml"
    path.write_text(NASTY, encoding="utf-8")
    return analysis_of(path, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")


# --- golden text ----------------------------------------------------------------------------------------------


def test_dot_golden(run):
    result = run("graph", MODEL, "--format", "dot", *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / "graph-fixture.nl.dot", result.stdout)


def test_mermaid_golden(run):
    result = run("graph", MODEL, "--format", "mermaid", "--lang", "en", *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / "graph-fixture.en.mermaid", result.stdout)


def test_tree_golden(run):
    # tree is the default format; piped output has no colour codes
    result = run("graph", MODEL, *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / "graph-fixture.nl.tree", result.stdout)


def test_dot_draws_the_conventions(fixture_analysis):
    dot = render.to_dot(fixture_analysis, "nl")
    # kopgroep members Anna and Bert have a double border; Cees (not a member) has not
    assert '"anna" [id="actor-anna", label="Anna", fillcolor="#0072B2", fontcolor="#FFFFFF"' in dot
    assert dot.count("peripheries=2") == 2
    # fixture link 'liaison' (wh -> tue via anna, medium tension): verbinden solid, a dot, Anna's dotted line
    assert '"wh" -> "link/liaison" [id="link-liaison.from", style=solid, penwidth=2.4' in dot
    assert '"anna" -> "link/liaison" [id="link-liaison.via", style=dotted' in dot
    assert 'label="verbindingsschakel"' in dot
    # 'itinerant' (f1 -> f2, both firms): regie, dashed
    assert '"f1" -> "link/itinerant" [id="link-itinerant.from", style=dashed' in dot
    # wh -> bew has no connector: one arrow, labelled
    assert '"wh" -> "bew" [id="link-wh--bew", style=solid' in dot and 'label="nog geen verbinder"' in dot
    assert "Legenda" in dot and "kopgroeplid (dubbele rand)" in dot
    assert "Legend" in render.to_dot(fixture_analysis, "en")


def test_kind_colours_okabe_ito_then_declared(nasty):
    colours = render.kind_colours(nasty.model)
    assert colours["politics"] == "#D55E00" and colours["administration"] == "#0072B2"
    assert colours["onder-wijs"] == "#56B4E9"  # the first declared kind gets Okabe-Ito's sky blue
    assert colours["onder_wijs"] == render.EXTRA_COLOURS[1]
    assert len(set(colours.values())) == len(colours)


@pytest.mark.parametrize(
    ("fill", "text"), [("#0072B2", "#FFFFFF"), ("#F0E442", "#000000"), ("#D55E00", "#000000"), ("#000000", "#FFFFFF")]
)
def test_text_colour_contrasts(fill, text):
    assert render.text_colour(fill) == text


# --- escaping -------------------------------------------------------------------------------------------------


def test_dot_quote():
    assert render.dot_quote('say "hi"') == '"say \\"hi\\""'
    assert render.dot_quote("C:\\temp\\n") == '"C:\\\\temp\\\\n"'
    assert render.dot_quote("two\nlines") == '"two lines"'
    assert render.dot_quote("Zoë ☃") == '"Zoë ☃"'
    assert render.dot_quote("ends in \\") == '"ends in \\\\"'


def test_mermaid_quote():
    assert render.mermaid_quote('a "b" <i>#1</i> & `c` [d] {e} (f) |g|') == (
        '"a #quot;b#quot; #lt;i#gt;#35;1#lt;/i#gt; #amp; #96;c#96; [d] {e} (f) |g|"'
    )
    assert render.mermaid_quote("Zoë\nĲ") == '"Zoë Ĳ"'


def test_mermaid_of_nasty_names(nasty):
    text = render.to_mermaid(nasty, "nl")
    assert 'title: "Gemeente \\"Zoë\\" \\\\ <b>test</b> & #1"' in text  # JSON in the front matter
    assert 'a2["C:\\temp\\n \\#quot;x\\#quot; [1] {2} #lt;b#gt;#35;3#lt;/b#gt; #96;x#96; ☃"]:::k_onder_wijs' in text
    # two declared kinds whose ids differ only in - and _ keep apart classes
    assert 'a4["end"]:::k_onder_wijs_2' in text
    assert 'a1 -->|"verbindingsschakel"| a3\n  a3 --> a2\n' in text  # through the connector Anna
    assert 'a2 -->|"nog geen verbinder"| a4' in text
    assert '%% a--b: Warmte "Noord" \\ <br> & |pipe|' in text
    assert "linkStyle 0,1 stroke-width:4px" in text  # both arrows of the high-tension link
    old = render.to_mermaid(nasty, "nl", links_as_edges=True)
    assert 'a1 -->|"via Anna ‹A› · verbindingsschakel"| a2' in old and "linkStyle 0 stroke-width:4px" in old


@needs_dot
def test_dot_of_nasty_names_is_drawn_with_every_name_intact(nasty):
    svg = render.to_svg(nasty, "nl")
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
    titles = [a.get("{http://www.w3.org/1999/xlink}title") for a in root.iterfind(".//s:a", ns)]
    for actor in nasty.model.actors:
        assert any(title and title.startswith(actor.name + " (") for title in titles), actor.name
    assert any(title and 'Warmte "Noord" \\ <br> & |pipe|' in title for title in titles)
    assert root.find(".//s:text", ns).text == nasty.model.name  # the graph's title, unchanged


# --- GraphML and GEXF -----------------------------------------------------------------------------------------


def expected_nodes(model):
    nodes = {}
    for a in model.actors:
        data = {
            "name": a.name,
            "kind": a.kind,
            "influence": a.influence,
            "interest": a.interest,
            "kopgroep": a.kopgroep,
        }
        if a.department is not None:
            data["department"] = a.department
        nodes[a.id] = data
    return nodes


def expected_edges(analysis):
    edges = {}
    for a in analysis.links:
        data = {"id": a.id, "type": a.type.value, "tension": a.link.tension.value, "agenda": ",".join(a.link.agenda)}
        if a.link.via:
            data |= {"via": a.link.via, "position": a.position.value}
        if a.link.topic:
            data["topic"] = a.link.topic
        edges[(a.link.from_, a.link.to, a.id)] = data
    return edges


def edges_of(graph):
    """Edges by (from, to, link id): read_gexf gives a simple DiGraph when no pair has two links."""
    if graph.is_multigraph():
        return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    return {(u, v, d["id"]): d for u, v, d in graph.edges(data=True)}


def check_round_trip(graph, analysis, extra_node_keys):
    nodes = expected_nodes(analysis.model)
    assert set(graph.nodes) == set(nodes)
    for node, data in graph.nodes(data=True):
        assert set(data) - set(nodes[node]) <= extra_node_keys
        assert {k: data[k] for k in nodes[node]} == nodes[node]
        assert data["label"] == nodes[node]["name"]
    edges = expected_edges(analysis)
    got = edges_of(graph)
    assert set(got) == set(edges)
    for key, data in got.items():
        assert {k: data.get(k) for k in edges[key]} == edges[key], key
        assert set(data) - set(edges[key]) <= {"networkx_key"}


def test_graphml_round_trip_links_as_edges(dalburg):
    graph = nx.read_graphml(io.BytesIO(render.to_graphml(dalburg, links_as_edges=True)), force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    # examples/gemeente-dalburg.yaml: 38 actors, 44 links (README)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (38, 44)
    check_round_trip(graph, dalburg, {"label"})


def test_gexf_round_trip_links_as_edges(dalburg):
    data = render.to_gexf(dalburg, links_as_edges=True)
    graph = nx.read_gexf(io.BytesIO(data))
    check_round_trip(graph, dalburg, {"label", "viz"})
    assert graph.nodes["wh-wonen-energie"]["viz"]["color"] == {"r": 0xD5, "g": 0x5E, "b": 0x00, "a": 1.0}
    # every edge is a valid GEXF edge (type directed), the link type is an attribute value
    assert b' type="bridging"' not in data and b'title="type"' in data


def test_round_trips_keep_nasty_names(nasty):
    for graph in (
        nx.read_graphml(io.BytesIO(render.to_graphml(nasty)), force_multigraph=True),
        nx.read_gexf(io.BytesIO(render.to_gexf(nasty))),
    ):
        assert graph.nodes["b"]["name"] == 'C:\\temp\\n \\"x\\" [1] {2} <b>#3</b> `x` ☃'
        # link a--b runs through its connector c: two edges
        assert edges_of(graph)["a", "c", "a--b.from"]["topic"] == 'Warmte "Noord" \\ <br> & |pipe|'
        assert edges_of(graph)["c", "b", "a--b.to"]["topic"] == 'Warmte "Noord" \\ <br> & |pipe|'


def connector_edges(analysis):
    """What the connectors-as-nodes form should hold, derived from the links by hand: (u, v, edge id) -> data."""
    edges = {}
    for (u, v, lid), data in expected_edges(analysis).items():
        via = data.get("via")
        if via is None:
            edges[u, v, lid] = data | {"link": lid}
        else:
            edges[u, via, lid + ".from"] = data | {"id": lid + ".from", "link": lid, "role": "from-side"}
            edges[via, v, lid + ".to"] = data | {"id": lid + ".to", "link": lid, "role": "to-side"}
    return edges


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_connectors_are_nodes_on_their_links(dalburg, fmt):
    if fmt == "graphml":
        graph = nx.read_graphml(io.BytesIO(render.to_graphml(dalburg)), force_multigraph=True)
    else:
        graph = nx.read_gexf(io.BytesIO(render.to_gexf(dalburg)))
    expected = connector_edges(dalburg)
    got = edges_of(graph)
    assert set(got) == set(expected)
    for key, data in got.items():
        assert {k: data.get(k) for k in expected[key]} == expected[key], key
    with_via = sum(1 for a in dalburg.links if a.link.via)
    assert graph.number_of_edges() == 44 + with_via  # examples/gemeente-dalburg.yaml: 44 links
    # the complaint: read back, the kopgroep members and the Griffie were isolated
    members = {a.id for a in dalburg.model.actors if a.kopgroep}
    on_links = {end for a in dalburg.links for end in (a.link.from_, a.link.to, a.link.via) if end}
    assert members & on_links
    assert not set(nx.isolates(graph)) & on_links
    assert set(nx.isolates(graph)) == {a.id for a in dalburg.model.actors} - on_links
    betweenness = nx.betweenness_centrality(nx.DiGraph(graph))
    connectors = {a.link.via for a in dalburg.links if a.link.via}
    assert connectors and all(betweenness[c] > 0 for c in connectors)
    # the old form leaves every connector that is on no link's end out of the picture
    old = nx.read_graphml(io.BytesIO(render.to_graphml(dalburg, links_as_edges=True)), force_multigraph=True)
    assert set(nx.isolates(old)) & connectors


def test_links_as_edges_option(run, tmp_path):
    new, old = tmp_path / "new.graphml", tmp_path / "old.graphml"
    assert run("graph", DALBURG, "--format", "graphml", "--output", new).exit_code == 0
    assert run("graph", DALBURG, "--format", "graphml", "--links-as-edges", "--output", old).exit_code == 0
    assert nx.read_graphml(old, force_multigraph=True).number_of_edges() == 44
    assert nx.read_graphml(new, force_multigraph=True).number_of_edges() > 44


def test_export_graph_joins_the_agenda_items_on_every_edge(fixture_analysis):
    assert render.export_graph(fixture_analysis, links_as_edges=True).edges["wh", "tue", "liaison"]["agenda"] == "ca"
    assert render.export_graph(fixture_analysis).edges["wh", "anna", "liaison.from"]["agenda"] == "ca"


# --- CLI: files, Graphviz present or not ----------------------------------------------------------------------


def test_no_dot_message(run, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    result = run("graph", MODEL, "--format", "svg", *FIX)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Graphviz (het programma dot) is niet geïnstalleerd; installeer het (bijvoorbeeld 'apt-get install "
        "graphviz') of maak het plaatje zelf van de DOT-tekst: verbinder graph tests/fixtures/model.yaml "
        "--format dot | dot -Tsvg > graaf.svg\n"
    )
    result = run("graph", MODEL, "--format", "png", "--output", "x.png", "--lang", "en", *FIX)
    assert result.exit_code == 2
    assert result.stderr == (
        "Graphviz (the dot program) is not installed; install it (for example 'apt-get install graphviz') or "
        "make the picture yourself from the DOT text: verbinder graph tests/fixtures/model.yaml --format dot | "
        "dot -Tpng > graph.png\n"
    )
    assert not (ROOT / "x.png").exists()


def test_dot_that_fails_or_hangs(fixture_analysis, monkeypatch):
    from verbinder.errors import UsageError

    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: "/bin/false")
    with pytest.raises(UsageError) as err:
        render.to_svg(fixture_analysis, "en")
    assert err.value.problems[0].render("en") == "Graphviz (dot) could not draw the picture: exit 1"

    def hang(argv, **kw):
        assert argv[0] == "/bin/false" and kw["timeout"] == render.DOT_TIMEOUT
        raise subprocess.TimeoutExpired(argv, kw["timeout"])

    monkeypatch.setattr(subprocess, "run", hang)
    with pytest.raises(UsageError) as err:
        render.to_svg(fixture_analysis, "en")
    assert err.value.problems[0].render("en") == "Graphviz (dot) had not finished after 60 seconds and was stopped"


def test_png_needs_output(run):
    result = run("graph", MODEL, "--format", "png", *FIX)
    assert result.exit_code == 2
    assert result.stderr == "een PNG is binair: geef een bestand met --output, bijvoorbeeld --output graaf.png\n"


def test_output_is_written_and_never_overwritten_without_force(run, tmp_path):
    target = tmp_path / "graaf.graphml"
    assert run("graph", MODEL, "--format", "graphml", "--output", target, *FIX).exit_code == 0
    first = target.read_bytes()
    assert first.startswith(b"<?xml") and b"Anna" in first
    target.write_text("mine", encoding="utf-8")
    result = run("graph", MODEL, "--format", "graphml", "--output", target, *FIX)
    assert result.exit_code == 2
    assert result.stderr == f"{target} bestaat al; gebruik --force om het te overschrijven\n"
    assert target.read_text(encoding="utf-8") == "mine"
    assert run("graph", MODEL, "--format", "graphml", "--output", target, "--force", *FIX).exit_code == 0
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["graaf.graphml"]  # no temporary file left


def test_text_formats_to_a_file_equal_stdout(run, tmp_path):
    for fmt in ("dot", "mermaid", "tree"):
        out = tmp_path / f"g.{fmt}"
        assert run("graph", MODEL, "--format", fmt, "--output", out, *FIX).exit_code == 0
        assert out.read_text(encoding="utf-8") == run("graph", MODEL, "--format", fmt, *FIX).stdout


@needs_dot
def test_svg_to_stdout(run):
    result = run("graph", MODEL, "--format", "svg", "--lang", "en", *FIX)
    assert result.exit_code == 0, result.stderr
    root = ET.fromstring(result.stdout)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ids = {el.get("id") for el in root.iter()}
    assert {"actor-anna", "link-liaison", "link-liaison.via", "link-wh--bew", "legend"} <= ids
    assert "no connector yet" in result.stdout and "liaison" in result.stdout


@needs_dot
def test_png_file(run, tmp_path):
    target = tmp_path / "graaf.png"
    result = run("graph", MODEL, "--format", "png", "--output", target, *FIX)
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- Kumu -----------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_kumu_blueprint(run, dalburg):
    import json

    result = run("graph", DALBURG, "--format", "kumu", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert set(doc) == {"elements", "connections"}
    elements = {e["id"]: e for e in doc["elements"]}
    assert len(elements) == 38  # examples/gemeente-dalburg.yaml
    wethouder = elements["wh-wonen-energie"]
    assert wethouder["type"] == "Politics" and wethouder["Kopgroep"] == "no"
    assert {"label", "Influence", "Interest"} <= set(wethouder)
    # Kumu wants ids unique across elements and connections, and connections naming elements by id
    ids = [c["id"] for c in doc["connections"]] + list(elements)
    assert len(ids) == len(set(ids))
    assert all(c["from"] in elements and c["to"] in elements for c in doc["connections"])
    by_id = {c["id"]: c for c in doc["connections"]}
    for a in dalburg.links:
        if a.link.via is None:
            c = by_id[f"link:{a.id}"]
            assert (c["from"], c["to"]) == (a.link.from_, a.link.to) and "Role" not in c
            continue
        first, second = by_id[f"link:{a.id}.from"], by_id[f"link:{a.id}.to"]
        ends = (first["from"], first["to"], second["from"], second["to"])
        assert ends == (a.link.from_, a.link.via, a.link.via, a.link.to)
        assert (first["Role"], second["Role"], first["Link"]) == ("from-side", "to-side", a.id)
        assert first["Competencies"] == [f"{r.competency} {r.level}" for r in a.requirements] != []
        assert first["type"] in {"bridging", "orchestration"} and first["Position"]
    old = json.loads(run("graph", DALBURG, "--format", "kumu", "--links-as-edges").stdout)
    assert len(old["connections"]) == 44 and all("Verbinder" in c for c in old["connections"] if "Positie" in c)
