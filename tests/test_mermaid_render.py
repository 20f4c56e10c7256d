"""The Mermaid charts drawn by the real Mermaid CLI (``mmdc``) in a headless Chromium.

CI installs ``@mermaid-js/mermaid-cli`` into ``.ci/mermaid`` where Node is available (see ``.ci/run``); elsewhere
set ``VERBINDER_MMDC`` to an ``mmdc`` program, or put one on the PATH.  Without ``mmdc`` or Chromium the tests
skip and say why (and fail under ``VERBINDER_REQUIRE_TOOLS=1``, as in CI).
"""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from support import FIXTURES, ROOT, tool

MMDC = tool("mmdc")
CHROMIUM = tool("chromium")

pytestmark = [pytest.mark.slow, pytest.mark.needs("mmdc", "chromium")]


def draw(run, tmp_path: Path, *args) -> tuple[str, ET.Element]:
    """``verbinder graph ... --format mermaid`` drawn by ``mmdc`` into SVG: (the Mermaid text, the SVG root)."""
    result = run("graph", *args, "--format", "mermaid")
    assert result.exit_code == 0, result.stderr
    source, target = tmp_path / "chart.mmd", tmp_path / "chart.svg"
    source.write_text(result.stdout, encoding="utf-8")
    config = tmp_path / "puppeteer.json"
    config.write_text(json.dumps({"executablePath": CHROMIUM, "args": ["--no-sandbox", "--disable-gpu"]}))
    done = subprocess.run(
        [MMDC, "-p", config, "-i", source, "-o", target, "-q"], capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr  # mmdc fails on a chart Mermaid cannot parse
    return result.stdout, ET.fromstring(target.read_text(encoding="utf-8"))


def texts(svg: ET.Element) -> str:
    return " ".join(" ".join(el.itertext()) for el in svg.iter())


def size(svg: ET.Element) -> tuple[float, float]:
    _, _, width, height = (float(x) for x in svg.get("viewBox").split())
    return width, height


def test_fixture_chart_draws_every_actor_and_kind(run, tmp_path):
    fix = ("--roles", FIXTURES / "roles", "--catalogue", FIXTURES / "catalogue.yaml")
    _, svg = draw(run, tmp_path, FIXTURES / "model.yaml", *fix)
    shown = texts(svg)
    for name in ("Wethouder", "Gemeenteraad", "Anna", "Bert", "TU", "Bewoners", "Firma 1", "Firma 2", "Cees"):
        assert name in shown
    for kind in ("Politiek", "Ambtelijke organisatie", "Experts", "Inwoners", "Bedrijven"):
        assert kind in shown  # a box per kind, titled
    assert "Syntax error" not in shown


def test_dalburg_chart_is_not_a_strip(run, tmp_path):
    text, svg = draw(run, tmp_path, ROOT / "examples" / "gemeente-dalburg.yaml")
    assert "flowchart TB" in text
    width, height = size(svg)
    # before: a 2384×778 strip (ratio 3.1) with the kopgroep floating unconnected; now 6182×3608 (1.7)
    assert width / height < 2.2, (width, height)
    assert "Anna de Vries" in texts(svg)


def test_a_directive_in_a_name_or_topic_is_drawn_as_text_not_obeyed(run, tmp_path):
    """Issue 27, 9: ``%%{init: …}%%`` in a name restyled the chart and put CSS with ``url(…)`` into the SVG."""
    import yaml

    css = 'Eva %%{init: {"themeCSS": "g {fill: url(http://e.vil/x)}"}}%%'
    theme = "Dirk %%{init: {'theme': 'dark'}}%%"
    model = {
        "name": "Grafiek %%{init: {'theme': 'forest'}}%%",
        "actors": [
            {"id": "eva", "name": css, "kind": "politics"},
            {"id": "dirk", "name": theme, "kind": "administration", "kopgroep": True},
            {"id": "fien", "name": "Fien 50%", "kind": "firms"},
        ],
        "links": [{"from": "eva", "to": "fien", "via": "dirk", "topic": "%%{init: {'theme': 'neutral'}}%%"}],
    }
    path = tmp_path / "m.yaml"
    path.write_text(yaml.safe_dump(model), encoding="utf-8")
    _, svg = draw(run, tmp_path, path, "--lang", "en")
    style = " ".join("".join(el.itertext()) for el in svg.iter() if el.tag.endswith("style"))
    assert "e.vil" not in style and "url(" not in style
    shown = texts(svg)
    assert css in shown and theme in shown and "Fien 50%" in shown  # the names as written, % included
