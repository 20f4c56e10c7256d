"""Graph files that their readers accept whatever the names hold (issue 27, 9): strict JSON for Kumu, XML 1.0
characters only in GEXF and GraphML, DOT that Graphviz parses (a NUL once ended its input), Mermaid text that
cannot carry a directive (``%%{init: …}%%`` restyled the chart and could put CSS with ``url(…)`` into the SVG)."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import FIXTURES
from verbinder.analysis.links import analyse_links
from verbinder.project import load_project
from verbinder.render import graph as render

HOSTILE = [
    "Anna\x85\x7f\x80\x9f",
    "Bert\u2028\u2029 \ufffe\uffff",
    "Cor\x00\x01\x1b[2J\x1b]0;pwn\x07",
    "Dirk %%{init: {'theme': 'dark'}}%%",
    'Eva %%{init: {"themeCSS": "g {fill: url(http://e.vil/x)}"}}%% ]"; click a1 call alert(1)',
    "Fien \u202eelif\u202c & <b> `x` #1 \\n",
]


def model_file(folder: Path, names: list[str], topic: str = "Wonen %%{init: x}%% \x00\x85") -> Path:
    actors = [
        {"id": f"a{i}", "name": name, "kind": ("politics", "administration", "firms")[i % 3], "kopgroep": i % 3 == 1,
         "department": name}
        for i, name in enumerate(names)
    ]  # fmt: skip
    links = [{"from": f"a{i}", "to": f"a{i + 2}", "via": f"a{i + 1}", "topic": topic} for i in range(len(names) - 2)]
    data = {"name": names[0], "kinds": [], "actors": actors, "links": links}
    path = folder / "m.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    return path


def analysis(path: Path):
    project = load_project(path, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")
    return analyse_links(project.model, project.link_ids, project.rules)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return analysis(model_file(tmp_path_factory.mktemp("g"), HOSTILE))


def test_kumu_is_strict_json_holding_the_same_names(hostile):
    document = json.loads(render.to_kumu(hostile, "en"), strict=True)
    assert [e["label"] for e in document["elements"]] == HOSTILE
    assert not any(0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029\ufffe" for c in render.to_kumu(hostile, "en"))


@pytest.mark.parametrize("writer", ["to_gexf", "to_graphml"])
def test_gexf_and_graphml_hold_only_xml_characters(hostile, writer):
    data = getattr(render, writer)(hostile)
    assert b"&#65534;" not in data and b"&#0;" not in data
    ET.fromstring(data)  # well-formed
    graph = (nx.read_gexf if writer == "to_gexf" else nx.read_graphml)(__import__("io").BytesIO(data))
    labels = [d.get("label") for _, d in graph.nodes(data=True)]
    assert labels[2] == "Cor\\x00\\x01\\x1b[2J\\x1b]0;pwn\\x07"  # escaped as in every human output


needs_dot = pytest.mark.needs("dot")  # skipped without Graphviz, except in CI (VERBINDER_REQUIRE_TOOLS=1)


@needs_dot
@pytest.mark.slow
def test_graphviz_draws_names_holding_a_nul(hostile, tmp_path):
    dot = render.to_dot(hostile, "en")
    assert "\x00" not in dot
    done = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ET.fromstring(done.stdout)
    svg = render.to_svg(hostile, "en")
    assert "Cor\\x00" in svg


def directives(text: str) -> list[str]:
    """What Mermaid would take as a directive: ``%%{`` anywhere in the text."""
    import re

    return re.findall(r"%%\s*\{", text)


def test_mermaid_text_cannot_carry_a_directive(hostile):
    chart = render.to_mermaid(hostile, "en")
    assert directives(chart) == []
    assert "url(" not in chart.replace("url(http://e.vil/x)", "")  # only as the text of a label
    body = [line for line in chart.split("\n") if "%" in line]
    assert all(line.lstrip().startswith("%% ") and line.count("%") == 2 for line in body), body


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.sampled_from("%{}:;\"'`#&<>()[]|\n\r\x00\x85\u2028 initheme=url-"), min_size=1,
                        max_size=24), min_size=3, max_size=4))  # fmt: skip
def test_no_name_makes_a_directive_or_breaks_a_reader(tmp_path_factory, names):
    names = [f"{n}{i}" for i, n in enumerate(names)]  # distinct, never empty
    result = analysis(model_file(tmp_path_factory.mktemp("h"), names, topic="".join(names)))
    assert directives(render.to_mermaid(result, "en")) == []
    assert [e["label"] for e in json.loads(render.to_kumu(result, "en"))["elements"]] == names
    ET.fromstring(render.to_gexf(result))
    ET.fromstring(render.to_graphml(result))
    assert "\x00" not in render.to_dot(result, "en")
