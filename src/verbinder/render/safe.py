"""Make text from a model inert before a person or a program reads it.

A model, a CSV of people or a GraphML file is written by someone else.  YAML
escapes (``name: "\\e[2J\\e]0;title\\a"``) put control characters in a name;
a CSV id can start with ``=HYPERLINK(...)``.  Printed as they are, the first
clear the screen and set the window title, the second run in a spreadsheet.
Every writer of human output passes text through one of these helpers:

=========================  ====================================================
where the text goes        helper
=========================  ====================================================
a terminal (rich)          :func:`console` (a rich ``Console`` that escapes), or
                           :func:`terminal` for text written directly
one line: a message, an    :func:`line` (newlines escaped too, so a name cannot
error, a heading           forge a second message)
Markdown                   :func:`markdown`
a whole document on        :func:`document` (keeps newlines, CRLF and tabs:
stdout or in a file        the CLI's last line of defence)
XML (GraphML, GEXF, SVG)   :func:`xml` (what XML 1.0 forbids, and C1, escaped;
                           markup is left to the XML writer)
HTML (the report)          :func:`html` (escaped for HTML as well)
a CSV cell                 :func:`csv_cell` (also neutralises formulas)
a spreadsheet cell (xlsx)  :func:`spreadsheet_cell` (store it as text, too)
=========================  ====================================================

A control character becomes its escape as YAML and Python write it: ESC is
``\\x1b``, TAB ``\\t``, CR ``\\r``, a newline ``\\n`` (where it is escaped),
NEL ``\\x85``, a right-to-left override ``\\u202e``.  The result is plain
ASCII where the character was, readable, and can be pasted back into a
double-quoted YAML string.  Escaped are: C0 (U+0000-U+001F), DEL, C1
(U+0080-U+009F), the line and paragraph separators U+2028/U+2029 and the
bidirectional embeddings, overrides and isolates (U+202A-U+202E,
U+2066-U+2069: "Trojan Source"), which reorder what a reader sees.

Spreadsheet formulas (OWASP "CSV injection"): a cell that starts with ``=``,
``+``, ``-``, ``@``, TAB, CR or LF is prefixed with ``'``, which spreadsheets
read as "this is text".  Numbers are left alone (``-3`` stays a number); only
text is prefixed.  Formats meant for programs rather than people (an HR
import) may offer a ``--raw`` flag that skips the prefix but never the
control-character escapes.

Text that is already safe is returned unchanged (the same object), so the
helpers cost one regular-expression scan on the common path.

Examples
--------
>>> terminal("Anna\\x1b[2J")
'Anna\\\\x1b[2J'
>>> line("Anna\\nmodel.yaml: valid")
'Anna\\\\nmodel.yaml: valid'
>>> csv_cell("=HYPERLINK(\\"http://x\\")")
'\\'=HYPERLINK("http://x")'
>>> csv_cell(-3)
-3
"""

from __future__ import annotations

import functools
import html as _html
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "FORMULA_PREFIXES",
    "console",
    "csv_cell",
    "document",
    "html",
    "line",
    "markdown",
    "spreadsheet_cell",
    "terminal",
    "visible",
    "xml",
]

_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_DOCUMENT = re.compile(
    r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\r(?!\n)"
)
_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\r]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

#: The first characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control character replaced by its escape; ``newlines`` keeps ``\\n`` as it is."""
    pattern = _BUT_NEWLINE if newlines else _ALL
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def document(text: str) -> str:
    """A whole document for standard output or a file (Markdown, CSV, DOT, XML): a last line of defence.

    Keeps what the writers themselves put in: newlines, CRLF line ends (CSV)
    and tabs (tab-separated files); escapes every other control character.
    Writers still escape each value (a newline in a name must not start a new
    CSV row or Markdown table row); this catches what one of them missed.
    JSON from :func:`verbinder.render.json.dumps` passes unchanged.
    """
    # one character class first (fast: a 12 MB document in 0.04 s); the lookahead for a lone CR only if it may matter
    if _SUSPECT.search(text) is None or _DOCUMENT.search(text) is None:
        return text
    return _DOCUMENT.sub(_escape, text)


def terminal(text: str) -> str:
    """Text for a terminal: control characters escaped, newlines kept."""
    return visible(text, newlines=True)


def line(text: str) -> str:
    """Text that must stay on one line (a message, an error, a table cell in Markdown): newlines escaped too."""
    return visible(text)


def markdown(text: str) -> str:
    """Text for a Markdown document: control characters escaped, newlines kept.

    Markdown syntax in the text (``*``, ``|``) is the Markdown writer's
    business; this only makes the text inert for the terminal or editor that
    shows the file.
    """
    return visible(text, newlines=True)


def xml(text: str) -> str:
    """Text for an XML document (GraphML, GEXF, SVG): what XML 1.0 forbids, and C1, escaped; newlines kept.

    ``<``, ``&`` and quotes are left to the XML writer, which escapes them.
    """
    return visible(text, newlines=True)


def html(value: object) -> str:
    """``value`` as HTML text: control characters escaped, then ``<``, ``&`` and quotes escaped."""
    return _html_text(str(value))


#: What :func:`html` changes: markup characters and the control characters of :func:`visible` (newlines kept).
_HTML_SPECIAL = re.compile(r"[&<>\"'\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


@functools.lru_cache(maxsize=1 << 16)
def _html_text(text: str) -> str:
    # Cached, with a fast path for plain text: the report escapes the same names, reasons and labels for every link
    # (2.5 million calls on 10,000 links).
    if _HTML_SPECIAL.search(text) is None:
        return text
    return _html.escape(visible(text, newlines=True), quote=True)


def csv_cell(value: Any, *, formulas: bool = False) -> Any:
    """One CSV cell: text gets control characters escaped and (unless ``formulas``) a formula prefix neutralised.

    Numbers, ``None`` and booleans pass unchanged.  Newlines inside a cell are
    escaped too: a CSV reader copes with them, but HR systems and
    line-oriented tools often do not.
    """
    if not isinstance(value, str):
        return value
    text = visible(value)
    if not formulas and value.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def spreadsheet_cell(value: Any) -> Any:
    """One xlsx cell's text: control characters escaped (openpyxl refuses most of them), newlines kept.

    Formulas are not neutralised by a prefix here, because a ``'`` would show in
    the cell: store every text cell as text instead (openpyxl:
    ``cell.data_type = "s"``), so ``=SUM(...)`` is shown, never run.
    """
    if not isinstance(value, str):
        return value
    return visible(value, newlines=True)


def console(**kwargs: Any) -> Console:
    """A rich ``Console`` that escapes control characters in everything it prints.

    Takes the arguments of ``rich.console.Console``.  Strings are escaped
    before rich lays them out (so columns keep their widths); a segment of
    any other renderable is escaped as it is written.  rich's own styles
    (colours, bold) still work: they are not text.
    """
    return _safe_console_class()(**kwargs)


_CLASS: list[type] = []


def _safe_console_class() -> type:
    if _CLASS:
        return _CLASS[0]
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """A rich Console that never writes a control character taken from the text it prints."""

        def render_str(self, text: str, *args: Any, **kwargs: Any):  # type: ignore[override]
            return super().render_str(terminal(text), *args, **kwargs)

        def render(self, renderable, options=None):  # type: ignore[override]
            for segment in super().render(renderable, options):
                if segment.control or _BUT_NEWLINE.search(segment.text) is None:
                    yield segment
                else:
                    yield Segment(terminal(segment.text), segment.style)

        def on_broken_pipe(self) -> None:
            # rich exits with 1 here, which `diff` uses for "different": let the CLI decide (exit 2)
            import errno

            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    _CLASS.append(SafeConsole)
    return SafeConsole
