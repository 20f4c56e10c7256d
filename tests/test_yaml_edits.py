"""Texts that ruamel.yaml writes back unquoted where YAML reads them otherwise (issue 27, 11): ``connect --apply``
refused agenda titles like ``? q`` or ``: x``, blaming the file's comments."""

from __future__ import annotations

import io

import pytest
import yaml

from verbinder.io.roundtrip import RoundTrip
from verbinder.workshop import yamledit

MODEL = """name: t
actors:
  - {{id: anna, name: Anna, kind: administration, kopgroep: true, capacity: 5}}
  - {{id: bert, name: Bert, kind: politics}}
  - {{id: cor, name: Cor, kind: firms}}
links:
  - {{from: anna, to: cor}}
agenda:
  - {{id: q, title: {title}, stakeholders: [bert, cor]}}
"""
TITLES = ["? q", ": x", "- y", "?", ":", "-", "?x", ":x", "-1", "# y", "a: b", "@ i", "'k", '"l', "? q # c"]


@pytest.mark.slow
@pytest.mark.slow  # a connect run each (about 1.5 s); the edit itself is tested with every title below
@pytest.mark.parametrize("title", ["? q", ": x", "- y"])
def test_connect_apply_writes_any_agenda_title_as_a_topic(run, tmp_path, title):
    model = tmp_path / "m.yaml"
    model.write_text(MODEL.format(title=yaml.safe_dump(title, default_style="'").strip()), encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run("connect", model, "--apply", "--output", out, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    links = yaml.safe_load(out.read_text(encoding="utf-8"))["links"]
    assert [link.get("topic") for link in links] == [None, title]
    assert run("validate", out).exit_code == 0


@pytest.mark.parametrize("flow", [True, False])
@pytest.mark.parametrize("title", TITLES)
def test_a_new_mapping_or_value_reads_back_as_written(tmp_path, flow, title):
    model = tmp_path / "m.yaml"
    text = MODEL.format(title="t")
    if not flow:
        text = text.replace("  - {from: anna, to: cor}", "  - from: anna\n    to: cor")
    model.write_text(text, encoding="utf-8")
    doc = RoundTrip(model)
    links = doc.data["links"]
    yamledit.put(links, None, yamledit.new_mapping(links, [("from", "bert"), ("to", "cor"), ("topic", title)]))
    yamledit.put(doc.data["agenda"][0], "title", title)
    written = yaml.safe_load(io.StringIO(doc.dump()))
    assert (written["links"][-1]["topic"], written["agenda"][0]["title"]) == (title, title)
