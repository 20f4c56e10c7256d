"""The report's network pictures: one per agenda item, labels at least 8 pt on A4 (computed from the SVG), the size
limits on both sides, and the sentence that replaces a picture left out; and ``Model.actor_index``'s cache."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from verbinder.errors import UsageError
from verbinder.i18n import Msg
from verbinder.project import load
from verbinder.render import graph
from verbinder.render.graph import pictures
from verbinder.render.graph.style import wrap

DALBURG = "examples/gemeente-dalburg.yaml"
needs_dot = pytest.mark.needs("dot")
SVG = "{http://www.w3.org/2000/svg}"
#: A4 (210 mm) less the report's print margins (2 × 14 mm): the widest a picture can print.
A4_PRINTABLE_MM = 182.0
PT_PER_MM = 72 / 25.4


def printed_sizes(svg: ET.Element) -> list[float]:
    """Every label's printed size in pt, computed here from the SVG alone: font-size × the width the ``<svg>`` prints
    at (its width in pt, at most the printable width of A4) / the width of its viewBox."""
    width = float(svg.get("width").removesuffix("pt"))
    printed = min(width, A4_PRINTABLE_MM * PT_PER_MM)
    view = float(svg.get("viewBox").split()[2])
    return [float(text.get("font-size")) * printed / view for text in svg.iter(f"{SVG}text")]


def chain_model(tmp_path: Path, links: int, actors: int, *, items: int = 1, name: str = "m.yaml") -> Path:
    """``links`` links among exactly ``actors`` actors (each used), every one with a connector, on ``items`` agenda
    items (link i serves item i mod items)."""
    kinds = ["politics", "administration", "experts", "citizens", "firms", "civil_society"]
    lines = ["name: Pictures", "language: en", "actors:"]
    lines += [
        f"  - {{id: a{i}, name: 'Person {i} (advisor)', kind: {kinds[i % 6]}, influence: 3, interest: 3}}"
        for i in range(actors)
    ]
    lines.append("links:")
    for j in range(links):
        a, b, via = (3 * j) % actors, (3 * j + 1) % actors, (3 * j + 2) % actors
        lines.append(f"  - {{id: l{j}, from: a{a}, to: a{b}, via: a{via}, agenda: [i{j % items}]}}")
    lines.append("agenda:")
    lines += [f"  - {{id: i{k}, title: Item {k}, due: 2027-06}}" for k in range(items)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dot_calls(monkeypatch):
    """The DOT texts Graphviz is asked to draw (Graphviz itself still draws them)."""
    calls: list[str] = []
    real = graph.dot.run_dot

    def spy(dot_text: str, fmt: str, **kwargs):
        calls.append(dot_text)
        return real(dot_text, fmt, **kwargs)

    monkeypatch.setattr(graph.dot, "run_dot", spy)
    return calls


# --- Dalburg: one picture per agenda item, every label at least 8 pt on A4 ---------------------------------------


@pytest.mark.slow
@needs_dot
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dalburg_prints_every_label_at_8_pt_or_more(run, tmp_path, lang):
    out = tmp_path / "r.html"
    result = run("report", DALBURG, "--output", out, "--today", "2026-05-03", "--lang", lang)
    assert result.exit_code == 0, result.output
    root = ET.fromstring(out.read_text(encoding="utf-8").encode("utf-8"))
    network = next(e for e in root.iter() if e.get("id") == "network")
    figures = [f for f in network.iter("figure") if "sketch" in (f.get("class") or "")]
    # six agenda items have links (the sportakkoord has none), then the links serving no item
    assert [f.get("id") for f in figures] == [
        "picture-ca-aardgasvrij",
        "picture-ca-woningbouw",
        "picture-ca-jeugdzorg",
        "picture-ca-armoede",
        "picture-ca-werklocaties",
        "picture-ca-dienstverlening",
        "picture-rest",
    ]
    for figure in figures:
        svg = figure.find(f".//{SVG}svg")
        assert svg is not None, figure.get("id")
        sizes = printed_sizes(svg)
        assert sizes and min(sizes) >= 8.0, (figure.get("id"), min(sizes))
        assert float(svg.get("width").removesuffix("pt")) <= pictures.PRINT_WIDTH_MM * PT_PER_MM + 0.1
        assert float(svg.get("height").removesuffix("pt")) <= pictures.PRINT_HEIGHT_MM * PT_PER_MM + 0.1
    # the names are short (the explanation in brackets is in the tables) and the legend is HTML, once
    nodes = [g for g in network.iter(f"{SVG}g") if (g.get("id") or "").startswith("actor-")]
    labels = [t.text for g in nodes for t in g.iter(f"{SVG}text")]
    assert {"Anna de", "Vries"} <= set(labels)
    assert not any("(" in label for label in labels)  # "Anna de Vries (beleidsadviseur energietransitie)"
    assert all(e.get("id") != "legend" for e in network.iter())


@pytest.mark.slow
@needs_dot
def test_the_whole_dalburg_network_in_one_picture_would_print_below_8_pt():
    """Why the report draws one picture per agenda item: the old single picture, scaled to the page's width."""
    analysis = load(DALBURG).link_analysis
    svg = graph.to_svg(analysis, "nl")
    fitted, smallest = pictures.fit_to_page(svg)
    assert smallest < 6.0
    assert min(printed_sizes(ET.fromstring(fitted))) == pytest.approx(smallest, abs=0.01)


def test_printed_label_sizes_follow_the_svg_width_against_its_viewbox():
    svg = (
        '<svg width="800pt" height="400pt" viewBox="0.00 0.00 800.00 400.00" xmlns="http://www.w3.org/2000/svg">'
        '<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 396)">'
        '<text text-anchor="middle" x="1" y="1" font-size="16.00">A</text>'
        '<text text-anchor="middle" x="1" y="1" font-size="12.00">B</text></g></svg>'
    )
    assert pictures.printed_label_sizes(svg) == [16.0, 12.0]
    fitted, smallest = pictures.fit_to_page(svg)
    scale = pictures.PRINT_WIDTH_MM * PT_PER_MM / 800  # wider than the page: shrunk to its width
    assert 'width="510.2pt" height="255.1pt"' in fitted
    assert smallest == pytest.approx(12 * scale, abs=0.01) == pytest.approx(7.65, abs=0.01)
    # a small picture is not enlarged, and no larger than its smallest label needs for 9 pt
    small = svg.replace("800pt", "200pt").replace("800.00", "200.00")
    fitted, smallest = pictures.fit_to_page(small)
    assert smallest == pytest.approx(9.0, abs=0.05)
    assert 'width="150.0pt"' in fitted


# --- the size limits, both sides ----------------------------------------------------------------------------------


@pytest.mark.slow
@needs_dot
def test_a_picture_at_the_limits_is_drawn_and_readable(tmp_path, dot_calls):
    path = chain_model(tmp_path, pictures.MAX_LINKS, pictures.MAX_ACTORS)
    [sketch] = pictures.draw(load(path).link_analysis, "en")
    assert (len(sketch.links), sketch.actors) == (pictures.MAX_LINKS, pictures.MAX_ACTORS)
    assert dot_calls and sketch.omitted is None and sketch.svg is not None
    assert min(printed_sizes(ET.fromstring(sketch.svg))) >= 8.0


@pytest.mark.parametrize(("links", "actors"), [(pictures.MAX_LINKS + 1, 30), (20, pictures.MAX_ACTORS + 1)])
def test_above_the_limits_the_picture_is_left_out_without_asking_graphviz(tmp_path, monkeypatch, links, actors):
    def never(*args, **kwargs):
        raise AssertionError("Graphviz was asked to draw a picture above the limits")

    monkeypatch.setattr(graph.dot, "run_dot", never)
    path = chain_model(tmp_path, links, actors)
    [sketch] = pictures.draw(load(path).link_analysis, "en", source="m.yaml")
    assert sketch.svg is None
    assert sketch.omitted.render("en") == (
        f"This picture is left out: {links} links between {actors} actors are too many for a picture readable on "
        "A4 (the limit is 25 links and 30 actors per picture). Draw the network with 'verbinder graph m.yaml "
        "--format svg --output network.svg', or open 'verbinder graph m.yaml --format graphml --output "
        "network.graphml' in Gephi or yEd."
    )
    assert sketch.omitted.render("nl").startswith(
        f"Deze plaat is weggelaten: {links} verbindingen tussen {actors} actoren is te veel"
    )


def test_at_most_max_pictures_are_drawn(tmp_path, monkeypatch):
    drawn: list[str] = []

    def fake(dot_text: str, fmt: str, **kwargs) -> bytes:
        drawn.append(dot_text)
        return (
            b'<svg width="100pt" height="100pt" viewBox="0.00 0.00 100.00 100.00">'
            b'<text font-size="16.00">x</text></svg>'
        )

    monkeypatch.setattr(graph.dot, "run_dot", fake)
    items = pictures.MAX_PICTURES + 1
    path = chain_model(tmp_path, items, 3 * items, items=items)
    sketches = pictures.draw(load(path).link_analysis, "en", source="m.yaml")
    assert [s.svg is not None for s in sketches] == [True] * pictures.MAX_PICTURES + [False]
    assert len(drawn) == pictures.MAX_PICTURES  # the first layout already prints at 9 pt
    assert sketches[-1].omitted.render("en") == (
        "This picture is left out: the report draws at most 12 pictures. Draw the network with "
        "'verbinder graph m.yaml --format svg --output network.svg'."
    )


def test_a_picture_that_would_print_below_8_pt_is_left_out(tmp_path, monkeypatch):
    wide = (
        b'<svg width="2000pt" height="300pt" viewBox="0.00 0.00 2000.00 300.00"><text font-size="16.00">x</text></svg>'
    )
    monkeypatch.setattr(graph.dot, "run_dot", lambda *a, **k: wide)
    path = chain_model(tmp_path, 2, 4)
    [sketch] = pictures.draw(load(path).link_analysis, "en", source="m.yaml")
    assert sketch.svg is None and sketch.label_pt == pytest.approx(4.08, abs=0.01)
    assert sketch.omitted.render("en") == (
        "This picture is left out: its smallest text would print at 4.1 pt on A4 (less than 8 pt). Draw the "
        "network with 'verbinder graph m.yaml --format svg --output network.svg'."
    )


def test_a_large_model_gets_sentences_not_a_graphviz_time_out(run, tmp_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("Graphviz was asked to draw a picture above the limits")

    monkeypatch.setattr(graph, "dot_available", lambda: True)
    monkeypatch.setattr(graph.dot, "run_dot", never)
    path = chain_model(tmp_path, 60, 40, items=2)  # 30 links per item
    out = tmp_path / "r.html"
    result = run("report", path, "--output", out, "--today", "2026-05-03")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "2 network pictures are left out (too large for A4); the report says why and how to draw them with "
        "verbinder graph."
    )
    html = out.read_text(encoding="utf-8")
    assert html.count("This picture is left out: 30 links between ") == 2


def test_graphviz_failing_on_a_picture_is_one_note(run, tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise UsageError(Msg("graph.dot_timeout", seconds=20))

    monkeypatch.setattr(graph, "dot_available", lambda: True)
    monkeypatch.setattr(graph.dot, "run_dot", fail)
    out = tmp_path / "r.html"
    result = run("report", chain_model(tmp_path, 3, 6), "--output", out, "--today", "2026-05-03")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "The network picture could not be drawn: Graphviz (dot) had not finished after 20 seconds and was stopped"
    )


# --- pieces ---------------------------------------------------------------------------------------------------------


def test_groups_per_agenda_item_then_the_rest(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "name: G\nlanguage: en\nactors:\n"
        + "".join(f"  - {{id: {x}, name: {x.upper()}, kind: experts}}\n" for x in "abcd")
        + "links:\n"
        "  - {id: ab, from: a, to: b, agenda: [y, x]}\n"
        "  - {id: bc, from: b, to: c}\n"
        "  - {id: cd, from: c, to: d, agenda: [x]}\n"
        "agenda:\n  - {id: x, title: X}\n  - {id: y, title: Y}\n  - {id: z, title: Z}\n",
        encoding="utf-8",
    )
    found = pictures.groups(load(path).link_analysis)
    assert [(item.id if item else None, [a.id for a in links]) for item, links in found] == [
        ("x", ["ab", "cd"]),
        ("y", ["ab"]),
        (None, ["bc"]),
    ]


def test_compact_dot_draws_only_the_actors_of_its_links_by_short_name():
    analysis = load(DALBURG).link_analysis
    from dataclasses import replace

    one = replace(analysis, links=analysis.links[:1])
    dot = graph.to_dot(one, "nl", compact=True)
    assert len(re.findall(r"id=\"actor-", dot)) == 3  # from, to and the connector
    assert "/legend" not in dot and "labelloc" not in dot
    assert "(" not in "".join(re.findall(r'label="([^"]*)", fillcolor', dot))


def test_wrap_keeps_words_whole_when_asked():
    assert wrap("Energietransitiecoördinator Noord", 12, whole_words=True) == ["Energietransitiecoördinator", "Noord"]
    assert wrap("Energietransitiecoördinator", 12) == ["Energietrans", "itiecoördina", "tor"]


# --- Model.actor_index: built once, rebuilt on change ---------------------------------------------------------------


@pytest.mark.slow
def test_actor_index_is_cached_and_follows_changes():
    model = load(DALBURG).model
    first = model.actor_index()
    assert model.actor_index() is first and first["ingrid"].name.startswith("Ingrid Bos")
    extra = model.actors[0].model_copy(update={"id": "nieuw"})
    model.actors.append(extra)  # added in place: the length changed
    assert model.actor_index()["nieuw"] is extra
    model.actors = model.actors[:3]  # a new list
    assert list(model.actor_index()) == [a.id for a in model.actors[:3]]
    copy = model.model_copy(update={"actors": model.actors[:1]})
    assert len(copy.actor_index()) == 1 and len(model.actor_index()) == 3
    assert load(DALBURG).model == load(DALBURG).model  # the cache takes no part in equality
    again = load(DALBURG).model
    again.actor_index()
    assert again == load(DALBURG).model


# --- large reports: the appendix leaves out each link's reasons ----------------------------------------------------


@pytest.mark.parametrize("up_to", [44, 43])
def test_above_the_limit_the_appendix_lists_competencies_without_reasons(run, tmp_path, monkeypatch, up_to):
    from verbinder.render import appendix

    monkeypatch.setattr(appendix, "REASONS_UP_TO", up_to)  # Dalburg has 44 links
    monkeypatch.setattr(graph, "dot_available", lambda: False)
    out = tmp_path / "r.html"
    result = run("report", DALBURG, "--output", out, "--today", "2026-05-03", "--lang", "en")
    assert result.exit_code == 0
    root = ET.fromstring(out.read_text(encoding="utf-8").encode("utf-8"))
    links = next(e for e in root.iter() if e.get("id") == "links")
    reasons = [li for li in links.iter("li") if "warn" not in (li.get("class") or "")]
    note = "".join(links.find("p").itertext())
    if up_to == 44:
        assert reasons and "left out" not in note
    else:
        assert not reasons
        assert note == (
            "With 44 links only the competencies and their levels are listed here; the reasons behind them are left "
            "out above 43 links, to keep the report small. Ask for them per link with verbinder explain "
            "examples/gemeente-dalburg.yaml LINK, or for all with verbinder analyse examples/gemeente-dalburg.yaml "
            "--explain."
        )
        row = next(tr for tr in links.iter("tr") if tr.get("id") == "detail-wijkaanpak-noord")
        asks = "".join(list(row)[-1].itertext())  # the competencies and levels stay
        assert re.fullmatch(r"[A-Z][^,]+ [1-4](, [A-Z][^,]+ [1-4])+", asks), asks
