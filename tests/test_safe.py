"""The shared helpers that make text from a model inert (verbinder.render.safe)."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verbinder.render import safe

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: Text that mixes ordinary characters with every kind of control character.
hostile = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(["\x1b", "\x07", "\x00", "\r", "\n", "\t", "\x9b", "\x85", "\u202e", "\u2028", "\x7f"]),
    ),
    max_size=40,
)


def test_terminal_escapes_screen_clearing_and_title_setting():
    assert safe.terminal("\x1b[2J\x1b]0;title\x07") == "\\x1b[2J\\x1b]0;title\\x07"


def test_line_escapes_a_newline_that_would_forge_a_second_message():
    assert safe.line("Anna\nmodel.yaml: valid") == "Anna\\nmodel.yaml: valid"
    assert safe.terminal("Anna\nBert") == "Anna\nBert"


def test_c1_bidi_and_separators_are_escaped():
    assert safe.line("a\x9b2Jb\x85c\u202ed\u2028e\x7f") == "a\\x9b2Jb\\x85c\\u202ed\\u2028e\\x7f"


def test_safe_text_is_returned_as_it_is():
    text = "Wethouder Wonen — één"
    assert safe.terminal(text) is text
    assert safe.line(text) is text


def test_csv_cell_neutralises_formulas_and_leaves_numbers():
    assert safe.csv_cell('=HYPERLINK("http://x","klik")') == '\'=HYPERLINK("http://x","klik")'
    assert safe.csv_cell("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert safe.csv_cell("@SUM(1+1)") == "'@SUM(1+1)"
    assert safe.csv_cell("-2+3") == "'-2+3"
    assert safe.csv_cell("\t=1") == "'\\t=1"
    assert safe.csv_cell("\r=1") == "'\\r=1"
    assert safe.csv_cell("Anna") == "Anna"
    assert safe.csv_cell(-3) == -3
    assert safe.csv_cell(None) is None
    assert safe.csv_cell("=1", formulas=True) == "=1"


def test_spreadsheet_cell_removes_what_openpyxl_refuses():
    from openpyxl import Workbook

    value = safe.spreadsheet_cell("a\x1b[2J\x00b\nc")
    assert value == "a\\x1b[2J\\x00b\nc"
    Workbook().active.append([value])  # openpyxl's IllegalCharacterError would raise here


def test_html_escapes_markup_and_controls():
    assert safe.html('<b a="1">&\x1b</b>') == "&lt;b a=&quot;1&quot;&gt;&amp;\\x1b&lt;/b&gt;"


def test_console_escapes_strings_tables_and_text_objects():
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    out = safe.console(file=buffer, width=80, color_system=None, highlight=False)
    out.print("naam: \x1b[2J\x1b]0;titel\x07")
    table = Table("kolom")
    table.add_row("cel\x1b[31m")
    out.print(table)
    out.print(Text("tekst\x9b2J"))
    written = buffer.getvalue()
    assert CONTROL.sub("", written.replace("\n", "")) == written.replace("\n", "")
    assert "naam: \\x1b[2J\\x1b]0;titel\\x07" in written
    assert "cel\\x1b[31m" in written
    assert "tekst\\x9b2J" in written


def test_console_keeps_its_own_styles():
    buffer = io.StringIO()
    out = safe.console(file=buffer, width=80, color_system="standard", force_terminal=True, highlight=False)
    out.print("[bold]vet[/bold] \x1b[2J")
    written = buffer.getvalue()
    assert "\x1b[1m" in written  # rich's bold
    assert "\\x1b[2J" in written and "\x1b[2J" not in written


@given(hostile)
def test_every_helper_leaves_no_control_character(text):
    for helper in (safe.line, safe.csv_cell):
        assert CONTROL.search(helper(text)) is None
    for helper in (safe.terminal, safe.markdown, safe.xml, safe.html, safe.spreadsheet_cell):
        assert CONTROL.search(helper(text).replace("\n", "")) is None


@given(hostile)
def test_escaping_keeps_every_ordinary_character_in_order(text):
    assert _subsequence(CONTROL.sub("", text), safe.line(text))


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


@settings(deadline=None)  # the first example imports orjson
@given(hostile, hostile)
def test_json_needs_no_second_scan(key, text):
    """``dumps`` escapes everything ``document`` would, so JSON is written without scanning it again."""
    import json

    from verbinder.render.json import dumps

    out = dumps({key: text, "list": [text, {"x": text}]})
    assert safe.document(out) == out
    assert json.loads(out)["list"][0] == text


@given(hostile)
def test_document_escapes_what_it_did_before_the_quick_scan(text):
    """The one-class scan in front of the full pattern changes nothing: a lone CR is escaped, CRLF kept."""
    expected = text if safe._DOCUMENT.search(text) is None else safe._DOCUMENT.sub(safe._escape, text)
    assert safe.document(text) == expected
    assert safe.document(text + "\r\n") == expected + "\r\n" and safe.document("a\rb") == "a\\rb"
