"""HTML primitives: markup built from small helpers that escape by default (a format primitive of ``render/``).

Every user text passes through :func:`esc`; markup built here is an :class:`Html` string, which is never escaped
twice.  The report, the conversation document, the map and ``compare --format html`` build their pages with these;
what they build is well-formed XML too, so tests (and other tools) can parse it.

>>> el("td", "<b>", class_="n")
'<td class="n">&lt;b&gt;</td>'
>>> join([el("b", "x"), None, "&"], " ")
'<b>x</b> &amp;'
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable, Sequence

from verbinder import __version__
from verbinder.render.safe import html as safe_html


class Html(str):
    """Markup that is already safe: :func:`esc` passes it through unchanged."""

    __slots__ = ()


def esc(value: object) -> Html:
    """``value`` as HTML text: every ``<``, ``&`` and quote and every control character escaped (unless :class:`Html`).

    Control characters (:func:`verbinder.render.safe.html`) would make the page
    not well-formed and act on a terminal that shows its source.
    """
    if isinstance(value, Html):
        return value
    return Html(safe_html(value))


def join(parts: Iterable[object], sep: str = "") -> Html:
    """The parts (escaped where needed) one after another; None parts are left out (as :func:`el` leaves out None
    children: a missing note must not print as the word "None")."""
    return Html(_text(sep).join([p if type(p) is Html else _text(p) for p in parts if p is not None]))


def el(tag: str, *children: object, **attrs: object) -> Html:
    """An element: ``el("td", "x", class_="n")`` -> ``<td class="n">x</td>``.

    Attribute names lose a trailing ``_`` and turn ``_`` into ``-``; None and False leave an attribute out.
    Children are escaped unless they are :class:`Html`; None children are left out.
    """
    inner = "".join([c if type(c) is Html else _text(c) for c in children if c is not None])
    return Html(f"<{tag}{_attrs(attrs) if attrs else ''}>{inner}</{tag}>")


def _text(value: object) -> str:
    """``value`` escaped (:func:`esc` without wrapping the result: the helpers here build large pages from millions
    of these, so they skip the wrapper and the checks where they can)."""
    return value if isinstance(value, Html) else safe_html(value)


def _attrs(attrs: dict[str, object]) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = _attr_name(key)
        out.append(f' {name}="{_text(name if value is True else value)}"')
    return "".join(out)


@functools.cache
def _attr_name(key: str) -> str:
    return key.rstrip("_").replace("_", "-")


def table(
    caption: object,
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    class_: str | None = None,
    id_: str | None = None,
    row_ids: Sequence[str | None] | None = None,
) -> Html:
    """A table with a caption, column headers (``th scope=col``) and the first cell of each row a row header.

    The table sits in a ``div.scroll`` box: on a narrow screen it scrolls sideways inside that box, never the page.
    ``row_ids`` gives each row an ``id`` (an anchor to link to).
    """
    head = el("thead", el("tr", *(el("th", h, scope="col") for h in headers)))
    ids = list(row_ids) if row_ids is not None else [None] * len(rows)
    body = el(
        "tbody",
        *(
            el("tr", el("th", row[0], scope="row"), *(el("td", c) for c in row[1:]), id=rid)
            for row, rid in zip(rows, ids, strict=True)
        ),
    )
    return el("div", el("table", el("caption", caption), head, body, class_=class_, id=id_), class_="scroll")


def anchor_id(prefix: str, ident: str) -> str:
    """An element id made of ``prefix`` and a model id (ids are slugs; anything else becomes ``_``)."""
    return prefix + re.sub(r"[^A-Za-z0-9_-]", "_", ident)


def inline_svg(svg: str, label: str) -> Html:
    """Graphviz's SVG document ready to sit inside HTML: no XML header, doctype or comments; labelled as an image.

    Graphviz escapes every text it writes (``&#45;`` even inside comments), so the markup can be trusted.
    """
    start = svg.find("<svg")
    body = re.sub(r"<!--.*?-->\n?", "", svg[start:], flags=re.S).strip()
    return Html(body.replace("<svg", f'<svg role="img" aria-label="{esc(label)}" class="network"', 1))


def document_head(title: object, css: str, *, scripts: Sequence[str] = (), connect: str | None = None) -> Html:
    """The ``<head>`` content of a self-contained page: charset, viewport, a Content-Security-Policy that allows
    only ``css`` and the inline ``scripts`` (each by its SHA-256), ``data:`` images and, when ``connect`` names a
    source (``'self'``), requests to it; then the generator, the title and the stylesheet.  The page puts each
    script in its own ``<script>`` element, exactly as given."""

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"

    policy = f"default-src 'none'; style-src {digest(css)}; img-src data:; base-uri 'none'; form-action 'none'"
    if scripts:
        policy += "; script-src " + " ".join(digest(s) for s in scripts)
    if connect:
        policy += f"; connect-src {connect}"
    return join(
        [
            Html('<meta charset="utf-8"/>'),
            Html('<meta name="viewport" content="width=device-width, initial-scale=1"/>'),
            Html(f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}"/>'),
            Html(f'<meta name="generator" content="verbinder {esc(__version__)}"/>'),
            el("title", title),
            Html(f"<style>{css}</style>"),
        ],
        "\n",
    )
