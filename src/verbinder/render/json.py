"""Machine-readable output: versioned JSON, and the pieces every JSON document shares (a finding, a command).

Values (link types, positions, ids) are the same in every language; only
human texts (reasons, warnings, names) follow the chosen language.  A format
primitive: it imports no feature module (``lint-imports`` checks it); each
feature builds its own document (``to_json``) and :func:`dumps` writes it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verbinder.analysis.links import Finding

SCHEMA_VERSION = 1
# DEL, C1 controls, U+2028/2029, the bidi overrides U+202A-202E and U+2066-2069, U+FFFE/FFFF, as UTF-8.
_INERT_UTF8 = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbf[\xbe\xbf]")
_LEADS = (b"\x7f", b"\xc2", b"\xe2", b"\xef")


def dumps(document: dict[str, Any]) -> str:
    """Serialise a document, ``schema_version`` first, UTF-8 kept readable (:func:`dumps_bytes`, as text)."""
    return dumps_bytes(document).decode("utf-8")


def dumps_bytes(document: dict[str, Any]) -> bytes:
    """Serialise a document, ``schema_version`` first, as UTF-8 bytes ending in a newline.

    One line, no indentation, through orjson: on a 10,000-link model it writes
    the 17 MB in a fifth of the time of the standard library's C encoder.  Pipe
    through ``jq`` or ``python -m json.tool`` to read it.  NaN and infinity
    (e.g. a z-score where sna's expected value is 0) become ``null``: JSON has no
    NaN, and ``json.dumps`` would write an invalid ``NaN`` token.
    """
    import orjson

    options = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_APPEND_NEWLINE
    return inert(orjson.dumps({"schema_version": SCHEMA_VERSION, **document}, option=options))


def inert(data: bytes) -> bytes:
    r"""orjson's output with what a terminal would act on escaped.

    orjson escapes C0 (JSON must); DEL, C1, the line separators, bidi overrides and the noncharacters it writes as
    they are, and a terminal acts on them when the JSON is printed: they are escaped as ``\uXXXX`` (the same data).
    What comes out holds nothing :func:`verbinder.render.safe.document` would escape, so the writers need not scan it
    again.  Most documents are ASCII, or hold none of the lead bytes of those characters: quick scans say so.

    >>> inert(b'{"a":"x\xe2\x80\xaey \xc3\xa9"}')
    b'{"a":"x\\u202ey \xc3\xa9"}'
    """
    if data.isascii() and b"\x7f" not in data:
        return data
    if not any(lead in data for lead in _LEADS):
        return data
    return _INERT_UTF8.sub(lambda m: f"\\u{ord(m.group().decode('utf-8')):04x}".encode("ascii"), data)


def finding(f: Finding, lang: str) -> dict[str, Any]:
    """A warning as ``{"code", "message", ...}`` (``"count"`` when it stands for more than one link or subject)."""
    out: dict[str, Any] = {"code": f.code, "message": f.message.render(lang)}
    if f.link is not None:
        out["link"] = f.link
    if f.subject is not None:
        out["subject"] = f.subject
    if f.count != 1:
        out["count"] = f.count
    return out


def command(template: str, model: str) -> str:
    """An action's command with the model's path in place of ``MODEL``.

    >>> command("verbinder staff MODEL", "'my model.yaml'")
    "verbinder staff 'my model.yaml'"
    """
    return template.replace("MODEL", model, 1)
