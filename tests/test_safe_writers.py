"""Property: a name with control characters goes through every writer as inert, readable text.

A model from someone else may hold YAML escapes (``"\\e[2J\\e]0;title\\a"``) in any
text.  Whatever the text, the terminal table, Markdown, CSV, XLSX, GraphML, GEXF
and the HTML report hold no control character from it (only the writers' own
newlines, CRLF and tabs), the escaped text is there to read, the XML formats
parse, and spreadsheets get no formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verbinder.render import safe

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
FIX = ["--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml", "--lang", "en"]

names = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x2FF),
        st.sampled_from(["\x1b", "\x07", "\x00", "\r", "\t", "\x9b", "\x85", "\u202e", "\u2028", "\x7f", "=", "@"]),
    ),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() and CONTROL.search(s))


def model_text(name: str) -> str:
    quoted = json.dumps(name)  # a JSON string is a YAML double-quoted string: escapes and all
    return (
        f"name: {quoted}\nlanguage: en\nactors:\n"
        f"  - {{id: wh, name: {quoted}, kind: politics}}\n"
        f"  - {{id: anna, name: {quoted}, kind: administration, kopgroep: true}}\n"
        f"  - {{id: tue, name: TU, kind: experts}}\n"
        f"links:\n  - {{id: l1, from: wh, to: tue, via: anna, topic: {quoted}}}\n"
    )


@pytest.fixture
def write_model(tmp_path):
    def write(name: str):
        path = tmp_path / "model.yaml"
        path.write_text(model_text(name), encoding="utf-8")
        return path

    return write


def no_controls(text: str) -> bool:
    return CONTROL.search(text) is None


hypothesis_settings = settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.slow
@hypothesis_settings
@given(name=names)
def test_terminal_and_markdown(run, write_model, name):
    path = write_model(name)
    for fmt in ("table", "markdown"):
        result = run("analyse", path, "-f", fmt, *FIX)
        assert result.exit_code == 0, result.stderr
        assert no_controls(result.stdout)
        assert safe.document(name).strip() in result.stdout or fmt == "table"  # the table may fold a long name


@pytest.mark.slow
@hypothesis_settings
@given(name=names)
def test_csv_and_xlsx(run, write_model, tmp_path, name):
    from openpyxl import load_workbook

    path = write_model(name)
    result = run("profiles", path, "-f", "csv", *FIX)
    assert result.exit_code == 0, result.stderr
    assert no_controls(result.stdout.replace("\r\n", ""))
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[1][1] == safe.csv_cell(name)  # member_name: escaped, formula neutralised
    assert not rows[1][1].startswith(safe.FORMULA_PREFIXES)
    out = tmp_path / "p.xlsx"
    result = run("profiles", path, "-f", "xlsx", "-o", out, "--force", *FIX)
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert no_controls(cell.value.replace("\n", "").replace("\t", ""))
                    assert cell.data_type == "s"  # text, never a formula


@pytest.mark.slow
@hypothesis_settings
@given(name=names)
def test_graphml_gexf_and_html(run, write_model, tmp_path, name):
    import networkx as nx

    path = write_model(name)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = run("graph", path, "-f", fmt, "-o", out, "--force", *FIX)
        assert result.exit_code == 0, result.stderr
        text = out.read_text(encoding="utf-8")
        assert no_controls(text.replace("\t", ""))
        graph = reader(out)  # well-formed: networkx reads it back
        assert graph.number_of_nodes() >= 3
    out = tmp_path / "r.html"
    result = run("report", path, "-o", out, "--force", "--today", "2026-05-03", *FIX)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert no_controls(page.replace("\t", ""))
    ET.fromstring(page.split("\n", 1)[1] if page.startswith("<!DOCTYPE") else page)  # well-formed
