"""The network as a picture: DOT and Mermaid text, GraphML and GEXF for Gephi, SVG and PNG through Graphviz,
and a tree per connector for the terminal.

Every drawing follows the same conventions: actors are coloured by kind (Okabe & Ito's colour-blind-safe
palette for the six default kinds), kopgroep members get a double border, bridging links (*verbinden*) are
solid and orchestration links (*regie*) dashed, a link's line grows thicker with its tension, and each
connector is drawn on their links with their brokerage position.  Texts follow the chosen language.

:func:`to_dot` and :func:`to_svg` are meant for reuse (the HTML report embeds the SVG).  In the SVG every
actor is the element ``actor-<id>``; a link is ``link-<id>`` (the arrow, or the dot where its connector
joins it), with ``link-<id>.from``, ``link-<id>.to`` and ``link-<id>.via`` for the pieces of a link with a
connector.  Every element has a tooltip (the topic of a link, the scores of an actor).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from collections import defaultdict
from typing import TYPE_CHECKING

from verbinder.errors import UsageError
from verbinder.i18n import Msg, t
from verbinder.model import DEFAULT_KINDS, Model
from verbinder.render import labels

if TYPE_CHECKING:
    import networkx as nx
    from rich.tree import Tree

    from verbinder.analysis.links import Analysis, LinkAssessment

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
KIND_COLOURS: dict[str, str] = {
    "politics": "#D55E00",  # vermillion
    "administration": "#0072B2",  # blue
    "experts": "#009E73",  # bluish green
    "citizens": "#F0E442",  # yellow
    "firms": "#E69F00",  # orange
    "civil_society": "#CC79A7",  # reddish purple
}
#: Colours of declared kinds, in order: Okabe-Ito's sky blue, then Paul Tol's "muted" scheme (also
#: colour-blind safe among themselves), repeated when a model declares more kinds than that.
EXTRA_COLOURS: tuple[str, ...] = (
    "#56B4E9",
    "#DDCC77",
    "#88CCEE",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#AA4499",
    "#DDDDDD",
)
#: Line width by tension (low, medium, high).
TENSION_WIDTH = {"low": 1.2, "medium": 2.4, "high": 4.0}
FONT = "Helvetica,Arial,sans-serif"
LINE = "#333333"
VIA_LINE = "#777777"
#: Above this many actors plus links the layout switches from neato to the faster sfdp.
LARGE = 200
#: Seconds Graphviz may take before it is stopped.
DOT_TIMEOUT = 60


def kind_colours(model: Model) -> dict[str, str]:
    """The fill colour of every kind the model knows: the six defaults, then its declared kinds."""
    colours = dict(KIND_COLOURS)
    extra = [k for k in model.kind_ids() if k not in DEFAULT_KINDS]
    for i, kind in enumerate(extra):
        colours[kind] = EXTRA_COLOURS[i % len(EXTRA_COLOURS)]
    return colours


def text_colour(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (WCAG 2 relative luminance)."""

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(fill[i : i + 2]) for i in (1, 3, 5))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def _kinds_used(model: Model) -> list[str]:
    used = {a.kind for a in model.actors}
    return [k for k in model.kind_ids() if k in used]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _wrap(text: str, width: int = 22) -> list[str]:
    return textwrap.wrap(_one_line(text), width, break_long_words=True, break_on_hyphens=False) or [""]


def short_name(name: str) -> str:
    """A name without its trailing explanation: ``Anna de Vries (beleidsadviseur)`` -> ``Anna de Vries``."""
    head = _one_line(name).split(" (", 1)[0]
    return head or _one_line(name)


def _connector_label(a: LinkAssessment, names: dict[str, str], lang: str) -> list[str]:
    """The lines under a link: ``via Anna`` and the position, or "no connector yet"."""
    if a.link.via is None:
        return [t("label.no_connector", lang)]
    return [t("label.via", lang, name=short_name(names[a.link.via])), labels.position(a.position, lang)]


def _link_tooltip(a: LinkAssessment, names: dict[str, str], lang: str) -> str:
    text = t(
        "graph.tooltip_link",
        lang,
        **{
            "from": names[a.link.from_],
            "to": names[a.link.to],
            "type": labels.link_type(a.type, lang),
            "tension": labels.tension(a.link.tension.value, lang),
        },
    )
    if a.link.topic:
        text += " — " + t("graph.tooltip_topic", lang, topic=_one_line(a.link.topic))
    return text


# --- DOT ------------------------------------------------------------------------------------------------------


def dot_quote(text: str) -> str:
    """``text`` as a DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces.

    Graphviz reads backslash sequences (``\\n``, ``\\N``, ``\\G``) in labels, so a user's backslash is doubled.
    """
    text = _one_line(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _dot_lines(lines: list[str]) -> str:
    """Several lines as one DOT label, each escaped, joined with centred line breaks."""
    return dot_quote("\x00".join(lines)).replace("\x00", "\\n")


def _html(text: str) -> str:
    from html import escape

    return escape(_one_line(text), quote=True)


def to_dot(analysis: Analysis, lang: str) -> str:
    """The network as a Graphviz DOT graph (``dot -Tsvg`` draws it), labels in ``lang``.

    A link with a connector runs through a small dot, and a dotted line from the connector ends on that dot,
    labelled with the connector's position: so every connector stands among the links they make.  A link
    without connector is one arrow labelled "no connector yet".  The layout is force-directed (``neato``;
    ``sfdp`` for large models), which keeps a connector near their links; the DOT names its layout engine,
    so ``dot -Tsvg`` uses it too.
    """
    model = analysis.model
    colours = kind_colours(model)
    names = {a.id: a.name for a in model.actors}
    large = len(model.actors) + len(analysis.links) > LARGE
    layout = "layout=sfdp, overlap=prism, splines=false" if large else "layout=neato, overlap=false, splines=true"
    out = [
        "digraph verbinder {",
        f'  graph [{layout}, sep="+14", pad=0.3, bgcolor="white", label={dot_quote(model.name)}, labelloc=t,'
        f" fontsize=22, fontname={dot_quote(FONT)}];",
        f'  node [shape=box, style="rounded,filled", fontname={dot_quote(FONT)}, fontsize=13,'
        f' margin="0.14,0.06", penwidth=1.2, color="{LINE}"];',
        f'  edge [fontname={dot_quote(FONT)}, fontsize=10, color="{LINE}", fontcolor="#444444", arrowsize=0.8];',
    ]
    for actor in model.actors:
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
        attrs = [
            f"id={dot_quote('actor-' + actor.id)}",
            f"label={_dot_lines(_wrap(actor.name))}",
            f'fillcolor="{fill}"',
            f'fontcolor="{text_colour(fill)}"',
            f"tooltip={dot_quote(tooltip)}",
        ]
        if actor.kopgroep:
            attrs += ["peripheries=2", "penwidth=2"]
        out.append(f"  {dot_quote(actor.id)} [{', '.join(attrs)}];")
    for a in analysis.links:
        tooltip = dot_quote(_link_tooltip(a, names, lang))
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
    out.append(_dot_legend(model, colours, lang))
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_legend(model: Model, colours: dict[str, str], lang: str) -> str:
    """The legend: one HTML-like table (kinds, kopgroep, line styles) as a node of its own."""

    def row(sample: str, text: str) -> str:
        return f'<TR><TD{sample}</TD><TD ALIGN="LEFT">{_html(text)}</TD></TR>'

    rows = [f'<TR><TD COLSPAN="2"><B>{_html(t("graph.legend", lang))}</B></TD></TR>']
    for kind in _kinds_used(model):
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


# --- Mermaid --------------------------------------------------------------------------------------------------

_MERMAID_ENTITIES = {"#": "#35;", "&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;"}
_MERMAID_SPECIAL = re.compile('[#&"<>`]')


def mermaid_quote(text: str) -> str:
    """``text`` as a Mermaid quoted label: ``# & " < > `` written as Mermaid's ``#code;`` entities."""
    return '"' + _MERMAID_SPECIAL.sub(lambda m: _MERMAID_ENTITIES[m.group()], _one_line(text)) + '"'


def to_mermaid(analysis: Analysis, lang: str) -> str:
    """The network as a Mermaid ``flowchart LR`` (GitHub, GitLab and many wikis draw it), labels in ``lang``.

    Actors get the class of their kind; bridging links are solid (``-->``), orchestration links dashed
    (``-.->``); thicker lines mark tension.  Each link's id and topic stand in a ``%%`` comment above it.
    """
    import json

    model = analysis.model
    colours = kind_colours(model)
    names = {a.id: a.name for a in model.actors}
    ids = {a.id: f"a{i}" for i, a in enumerate(model.actors, start=1)}
    classes = _mermaid_classes(model)
    out = ["---", f"title: {json.dumps(_one_line(model.name), ensure_ascii=False)}", "---", "flowchart LR"]
    for kind in model.kind_ids():
        fill = colours[kind]
        out.append(f"  classDef {classes[kind]} fill:{fill},color:{text_colour(fill)},stroke:{LINE}")
    out.append("  classDef kopgroep stroke:#000000,stroke-width:4px")
    for actor in model.actors:
        out.append(f"  {ids[actor.id]}[{mermaid_quote(actor.name)}]:::{classes[actor.kind]}")
    members = [ids[a.id] for a in model.actors if a.kopgroep]
    if members:
        out.append(f"  class {','.join(members)} kopgroep")
    thick: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(analysis.links):
        comment = a.id + (f": {_one_line(a.link.topic)}" if a.link.topic else "")
        out.append(f"  %% {comment}")
        arrow = "-.->" if a.type.value == "orchestration" else "-->"
        label = mermaid_quote(" · ".join(_connector_label(a, names, lang)))
        out.append(f"  {ids[a.link.from_]} {arrow}|{label}| {ids[a.link.to]}")
        if a.link.tension.value != "low":
            thick[a.link.tension.value].append(i)
    for tension in ("medium", "high"):
        if thick[tension]:
            width = round(TENSION_WIDTH[tension])
            out.append(f"  linkStyle {','.join(map(str, thick[tension]))} stroke-width:{width}px")
    out.append(f"  subgraph legend [{mermaid_quote(t('graph.legend', lang))}]")
    out.append("    direction TB")
    for kind in _kinds_used(model):
        label = mermaid_quote(labels.kind(kind, model, lang))
        out.append(f"    legend_{classes[kind]}[{label}]:::{classes[kind]}")
    out.append(f"    legend_kopgroep[{mermaid_quote(t('graph.kopgroep_member', lang))}]:::kopgroep")
    out.append("  end")
    return "\n".join(out) + "\n"


def _mermaid_classes(model: Model) -> dict[str, str]:
    """A Mermaid class name per kind: ``k_`` and the id with ``-`` as ``_``, numbered where that collides."""
    classes: dict[str, str] = {}
    for kind in model.kind_ids():
        name = base = "k_" + kind.replace("-", "_")
        n = 2
        while name in classes.values():
            name, n = f"{base}_{n}", n + 1
        classes[kind] = name
    return classes


# --- GraphML and GEXF -----------------------------------------------------------------------------------------


def export_graph(analysis: Analysis) -> nx.MultiDiGraph:
    """The network with only values GraphML and GEXF can hold: no ``None`` (left out), the agenda joined by commas.

    Nodes carry ``name``, ``kind``, ``influence``, ``interest``, ``department`` (when given) and ``kopgroep``;
    edges carry ``id``, ``type``, ``position`` and ``via`` (when there is a connector), ``tension``, ``topic``
    (when given) and ``agenda`` (``"ca-energie,ca-wonen"``, empty when none).
    """
    from verbinder.graph import build_graph

    graph = build_graph(analysis.model, [a.id for a in analysis.links])
    for _, data in graph.nodes(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
        data["label"] = data["name"]
    for _, _, key, data in graph.edges(keys=True, data=True):
        for name in [k for k, v in data.items() if v is None]:
            del data[name]
        data["agenda"] = ",".join(data["agenda"])
        data["id"] = key
    return graph


def to_graphml(analysis: Analysis) -> bytes:
    """The network as GraphML (Gephi, yEd, Cytoscape, ``networkx.read_graphml``), UTF-8."""
    import io

    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(export_graph(analysis), buffer, encoding="utf-8")
    return buffer.getvalue()


_GEXF_TYPE = "verbinder_link_type"


def to_gexf(analysis: Analysis) -> bytes:
    """The network as GEXF 1.2 (Gephi's own format; ``networkx.read_gexf``), nodes coloured by kind, UTF-8.

    GEXF reserves an edge's ``type`` attribute for directed/undirected, so the link type is written as an
    attribute value titled ``type`` (networkx would otherwise put ``bridging`` where GEXF expects ``directed``).
    """
    import networkx as nx

    graph = export_graph(analysis)
    colours = kind_colours(analysis.model)
    for _, data in graph.nodes(data=True):
        fill = colours.get(data["kind"], "#FFFFFF")
        data["viz"] = {"color": {"r": int(fill[1:3], 16), "g": int(fill[3:5], 16), "b": int(fill[5:7], 16), "a": 1.0}}
    for _, _, data in graph.edges(data=True):
        data[_GEXF_TYPE] = data.pop("type")
    text = "\n".join(nx.generate_gexf(graph, encoding="utf-8")) + "\n"
    # Only attribute declarations have a title attribute; user values are escaped inside value="...".
    text = text.replace(f'title="{_GEXF_TYPE}"', 'title="type"')
    return text.encode("utf-8")


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


# --- the terminal tree ----------------------------------------------------------------------------------------


def to_tree(analysis: Analysis, lang: str) -> Tree:
    """A rich tree for the workshop: per connector their links, grouped by type and position.

    Connectors with the most links come first; links nobody makes yet hang under "no connector yet", last.
    Every actor has a bullet in its kind's colour; a link's topic stands dimmed under its ends.
    """
    from rich.markup import escape
    from rich.tree import Tree

    model = analysis.model
    actors = model.actor_index()
    colours = kind_colours(model)

    def who(actor_id: str) -> str:
        actor = actors[actor_id]
        return f"[{colours.get(actor.kind, 'default')}]●[/]\u00a0{escape(actor.name)}"  # the bullet stays with the name

    def count(n: int) -> str:
        text = t("graph.link_one", lang) if n == 1 else t("graph.links", lang, count=n)
        return text.replace(" ", "\u00a0")  # never split "4 links" over two lines

    by_via: dict[str | None, list[LinkAssessment]] = defaultdict(list)
    for a in analysis.links:
        by_via[a.link.via].append(a)
    order = sorted((v for v in by_via if v is not None), key=lambda v: (-len(by_via[v]), actors[v].name.lower()))
    root = Tree(f"[bold]{escape(model.name)}[/bold]", guide_style="dim")
    for via in [*order, None]:
        links = by_via.get(via)
        if not links:
            continue
        if via is None:
            branch = root.add(f"[bold yellow]{t('label.no_connector', lang)}[/] [dim]· {count(len(links))}[/dim]")
        else:
            actor = actors[via]
            facts = [labels.kind(actor.kind, model, lang)]
            if actor.kopgroep:
                facts.append(t("graph.kopgroep", lang))
            branch = root.add(f"[bold]{who(via)}[/bold] [dim]· {escape(', '.join(facts))} · {count(len(links))}[/dim]")
        groups: dict[tuple[str, str | None], list[LinkAssessment]] = defaultdict(list)
        for a in links:
            groups[(a.type.value, a.position.value if a.position else None)].append(a)
        for (ltype, pos), members in groups.items():
            head = labels.link_type(ltype, lang) + (f" · {labels.position(pos, lang)}" if pos else "")
            group = branch.add(f"[bold]{head}[/bold]")
            for a in members:
                line = f"{who(a.link.from_)} → {who(a.link.to)}"
                if a.link.tension.value != "low":
                    tension = t("label.tension", lang, value=labels.tension(a.link.tension.value, lang))
                    line += f" [bold]({tension})[/bold]"
                if a.link.topic:
                    line += f"\n[dim]{escape(_one_line(a.link.topic))}[/dim]"
                group.add(line)
    return root
