"""The network as Graphviz DOT text, and as SVG or PNG drawn by Graphviz's ``dot`` program.

In the SVG every actor is the element ``actor-<id>``; a link is ``link-<id>`` (the arrow, or the dot where its
connector joins it), with ``link-<id>.from``, ``link-<id>.to`` and ``link-<id>.via`` for the pieces of a link with
a connector.  Every element has a tooltip (the topic of a link, the scores of an actor).  :func:`to_dot` and
:func:`to_svg` are meant for reuse (the HTML report embeds the SVG).
"""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

from verbinder.errors import UsageError
from verbinder.i18n import Msg, t
from verbinder.model import Model
from verbinder.render import labels
from verbinder.render.graph.style import (
    FONT,
    LINE,
    TENSION_WIDTH,
    VIA_LINE,
    kind_colours,
    kinds_used,
    link_tooltip,
    one_line,
    short_name,
    text_colour,
    wrap,
)
from verbinder.render.safe import visible

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis

#: Above this many actors plus links the layout switches from neato to the faster sfdp.
LARGE = 200
#: Seconds Graphviz may take before it is stopped.
DOT_TIMEOUT = 60

#: The layout (by whether the model is large) unless ``to_dot`` is given one.
DEFAULT_LAYOUT = {False: "layout=neato, overlap=false, splines=true", True: "layout=sfdp, overlap=prism, splines=false"}
#: The compact drawing (``to_dot(..., compact=True)``, the report's pictures): short names wrapped at
#: ``COMPACT_WRAP`` characters, no title or legend, large labels close together (fdp with a short ideal edge
#: length ``K``), so that the labels stay large when the picture is scaled to a page's width.
COMPACT_LAYOUTS = (
    "layout=fdp, overlap=false, splines=true, K=0.4",
    "layout=neato, overlap=false, splines=true",
    "layout=neato, overlap=false, splines=true, mode=ipsep",
)
COMPACT_SEP = "+3"
COMPACT_WRAP = 12
NODE_FONT = 16
EDGE_FONT = 16


def dot_quote(text: str) -> str:
    """``text`` as a DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.

    Graphviz reads backslash sequences (``\\n``, ``\\N``, ``\\G``) in labels, so a user's backslash is doubled.
    Control characters (a NUL ends Graphviz's input), DEL, C1 and non-characters are written as their escape
    (``\\x00``), which Graphviz shows as text.
    """
    text = visible(one_line(text)).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _dot_lines(lines: list[str]) -> str:
    """Several lines as one DOT label, each escaped, joined with centred line breaks."""
    return '"' + "\\n".join(dot_quote(line)[1:-1] for line in lines) + '"'


def _html(text: str) -> str:
    from html import escape

    return escape(visible(one_line(text)), quote=True)


def to_dot(analysis: Analysis, lang: str, *, compact: bool = False, layout: str | None = None) -> str:
    """The network as a Graphviz DOT graph (``dot -Tsvg`` draws it), labels in ``lang``.

    A link with a connector runs through a small dot, and a dotted line from the connector ends on that dot,
    labelled with the connector's position: so every connector stands among the links they make.  A link
    without connector is one arrow labelled "no connector yet".  The layout is force-directed (``neato``;
    ``sfdp`` for large models), which keeps a connector near their links; the DOT names its layout engine,
    so ``dot -Tsvg`` uses it too.

    ``compact`` draws only the actors the links mention, by their short names in large type, without title or
    legend (the report's pictures, :mod:`~verbinder.render.graph.pictures`); ``layout`` replaces the layout
    attributes (e.g. one of :data:`COMPACT_LAYOUTS`).
    """
    model = analysis.model
    colours = kind_colours(model)
    names = {a.id: a.name for a in model.actors}
    large = len(model.actors) + len(analysis.links) > LARGE
    if layout is None:
        layout = COMPACT_LAYOUTS[0] if compact else DEFAULT_LAYOUT[large]
    title = "" if compact else f" label={dot_quote(model.name)}, labelloc=t, fontsize=22,"
    sep, node_font, edge_font = (COMPACT_SEP, NODE_FONT, EDGE_FONT) if compact else ("+14", 13, 10)
    out = [
        "digraph verbinder {",
        f'  graph [{layout}, sep="{sep}", pad=0.3, bgcolor="white",{title} fontname={dot_quote(FONT)}];',
        f'  node [shape=box, style="rounded,filled", fontname={dot_quote(FONT)}, fontsize={node_font},'
        f' margin="0.14,0.06", penwidth=1.2, color="{LINE}"];',
        f'  edge [fontname={dot_quote(FONT)}, fontsize={edge_font}, color="{LINE}", fontcolor="#444444",'
        " arrowsize=0.8];",
    ]
    for actor in _drawn(analysis) if compact else model.actors:
        fill = colours.get(actor.kind, "#FFFFFF")
        tooltip = t(
            "graph.tooltip_actor",
            lang,
            name=actor.name,
            kind=labels.kind(actor.kind, model, lang),
            influence=actor.influence,
            interest=actor.interest,
        )
        if actor.department:
            tooltip += f" — {actor.department}"
        label = wrap(short_name(actor.name), COMPACT_WRAP, whole_words=True) if compact else wrap(actor.name)
        attrs = [
            f"id={dot_quote('actor-' + actor.id)}",
            f"label={_dot_lines(label)}",
            f'fillcolor="{fill}"',
            f'fontcolor="{text_colour(fill)}"',
            f"tooltip={dot_quote(tooltip)}",
        ]
        if actor.kopgroep:
            attrs += ["peripheries=2", "penwidth=2"]
        out.append(f"  {dot_quote(actor.id)} [{', '.join(attrs)}];")
    for a in analysis.links:
        tooltip = dot_quote(link_tooltip(a, names, lang))
        style = "dashed" if a.type.value == "orchestration" else "solid"
        line = f"style={style}, penwidth={TENSION_WIDTH[a.link.tension.value]}, tooltip={tooltip}"
        ends = dot_quote(a.link.from_), dot_quote(a.link.to)
        link_id = dot_quote("link-" + a.id)
        if a.link.via is None:
            no_one = dot_quote(t("label.no_connector", lang))
            out.append(
                f"  {ends[0]} -> {ends[1]} [id={link_id}, {line}, label={no_one}, labeltooltip={tooltip},"
                f' fontcolor="{VIA_LINE}"];'
            )
            continue
        # ids with a dot or slash are never a slug, so they cannot clash with an actor's or another link's
        mid = dot_quote("link/" + a.id)
        piece = {end: dot_quote(f"link-{a.id}.{end}") for end in ("from", "to", "via")}
        position = dot_quote(labels.position(a.position, lang))
        via_tip = dot_quote(f"{names[a.link.via]}: {labels.position(a.position, lang)}")
        out += [
            f'  {mid} [id={link_id}, shape=point, width=0.09, fillcolor="{LINE}", label="", tooltip={tooltip}];',
            f"  {ends[0]} -> {mid} [id={piece['from']}, {line}, arrowhead=none, len=0.9];",
            f"  {mid} -> {ends[1]} [id={piece['to']}, {line}, len=0.9];",
            f"  {dot_quote(a.link.via)} -> {mid} [id={piece['via']}, style=dotted, penwidth=1.4,"
            f' color="{VIA_LINE}", arrowhead=none, len=0.7, label={position}, tooltip={via_tip},'
            f" labeltooltip={tooltip}];",
        ]
    if not compact:
        out.append(_dot_legend(model, colours, lang))
    out.append("}")
    return "\n".join(out) + "\n"


def _drawn(analysis: Analysis) -> list:
    """The actors some link of ``analysis`` mentions (as an end or connector), in the model's order."""
    used: set[str] = set()
    for a in analysis.links:
        used.update((a.link.from_, a.link.to))
        if a.link.via is not None:
            used.add(a.link.via)
    return [actor for actor in analysis.model.actors if actor.id in used]


def _dot_legend(model: Model, colours: dict[str, str], lang: str) -> str:
    """The legend: one HTML-like table (kinds, kopgroep, line styles) as a node of its own."""

    def row(sample: str, text: str) -> str:
        return f'<TR><TD{sample}</TD><TD ALIGN="LEFT">{_html(text)}</TD></TR>'

    rows = [f'<TR><TD COLSPAN="2"><B>{_html(t("graph.legend", lang))}</B></TD></TR>']
    for kind in kinds_used(model):
        rows.append(row(f' BGCOLOR="{colours[kind]}" WIDTH="28" STYLE="rounded"> ', labels.kind(kind, model, lang)))
    rows += [
        row(' BORDER="3" STYLE="rounded"> ', t("graph.legend_kopgroep", lang)),
        row(">━━━", labels.link_type("bridging", lang)),
        row(">╍╍╍", labels.link_type("orchestration", lang)),
        row(f'><FONT COLOR="{VIA_LINE}">┈┈•</FONT>', t("graph.legend_via", lang)),
        f'<TR><TD COLSPAN="2" ALIGN="LEFT">{_html(t("graph.legend_tension", lang))}</TD></TR>',
    ]
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4" CELLPADDING="2">' + "".join(rows) + "</TABLE>"
    return f'  "/legend" [id="legend", shape=plain, style="", fontsize=11, label=<{table}>];'


# --- SVG and PNG through Graphviz -----------------------------------------------------------------------------


def dot_available() -> bool:
    """Whether Graphviz's ``dot`` program is on the PATH."""
    return shutil.which("dot") is not None


def run_dot(dot_text: str, fmt: str, *, source: str = "MODEL", timeout: float = DOT_TIMEOUT) -> bytes:
    """Lay out ``dot_text`` with Graphviz's ``dot`` into ``fmt`` (``svg`` or ``png``).

    Raises :class:`~verbinder.errors.UsageError` when ``dot`` is not installed (naming the DOT alternative for
    the model ``source``), fails, or takes longer than ``timeout`` seconds.
    """
    program = shutil.which("dot")
    if program is None:
        raise UsageError(Msg("graph.no_dot", model=source, format=fmt))
    argv = [program, f"-T{fmt}"]
    if fmt == "png":
        argv.append("-Gdpi=144")
    try:
        done = subprocess.run(argv, input=dot_text.encode("utf-8"), capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise UsageError(Msg("graph.dot_timeout", seconds=timeout)) from None
    except OSError as exc:
        raise UsageError(Msg("graph.dot_failed", reason=exc.strerror or str(exc))) from None
    if done.returncode != 0 or not done.stdout:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(Msg("graph.dot_failed", reason=reason[0] if reason else f"exit {done.returncode}"))
    return done.stdout


def to_svg(analysis: Analysis, lang: str, *, source: str = "MODEL") -> str:
    """The picture of :func:`to_dot` as an SVG document (needs Graphviz; see :func:`run_dot`)."""
    return run_dot(to_dot(analysis, lang), "svg", source=source).decode("utf-8")


def to_png(analysis: Analysis, lang: str, *, source: str = "MODEL") -> bytes:
    """The picture of :func:`to_dot` as a PNG at 144 dpi (needs Graphviz; see :func:`run_dot`)."""
    return run_dot(to_dot(analysis, lang), "png", source=source)
