"""The network as a Mermaid flowchart (GitHub, GitLab and many wikis draw it).

Actors stand in a box per kind (a Mermaid ``subgraph``), coloured by kind, kopgroep members with a thick
border.  A connector is a node on their links: a link with a connector is drawn ``from → connector → to``, the
first arrow labelled with the connector's brokerage position; a link without one is one arrow labelled "no
connector yet".  Bridging links are solid, orchestration links dashed, thicker lines mark tension.  The chart
runs top-down once it has more actors than fit side by side, left-to-right otherwise.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from verbinder.i18n import t
from verbinder.model import Model
from verbinder.render import labels
from verbinder.render.graph.style import (
    LINE,
    TENSION_WIDTH,
    connector_label,
    kind_colours,
    kinds_used,
    one_line,
    text_colour,
)
from verbinder.render.safe import visible

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis

#: With more actors than this a left-to-right chart grows into a strip far wider than a page: draw top-down.
WIDE = 10

_MERMAID_ENTITIES = {"#": "#35;", "&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;", "%": "#37;"}
_MERMAID_SPECIAL = re.compile('[#&"<>`%]')


def mermaid_quote(text: str) -> str:
    """``text`` as a Mermaid quoted label: ``# & " < > ` %`` written as Mermaid's ``#code;`` entities.

    Mermaid looks for directives (``%%{init: …}%%``, which restyle the chart and can carry CSS with ``url(…)``)
    anywhere in the text, labels included; a label holds no ``%``, so it cannot carry one.  Control characters
    are written as their escapes.
    """
    return '"' + _MERMAID_SPECIAL.sub(lambda m: _MERMAID_ENTITIES[m.group()], visible(one_line(text))) + '"'


def mermaid_text(text: str) -> str:
    """Text outside a label (the title, a ``%%`` comment): on one line, escaped, ``%`` as the full-width ``％``
    so no directive can start in it."""
    return visible(one_line(text)).replace("%", "\uff05")


def to_mermaid(analysis: Analysis, lang: str, *, links_as_edges: bool = False) -> str:
    """The network as a Mermaid ``flowchart``, labels in ``lang``; see the module's description.

    Each link's id and topic stand in a ``%%`` comment above its arrows.  With ``links_as_edges`` a link is one
    arrow ``from → to`` labelled "via <connector> · <position>", as in the versions before 0.2.
    """
    model = analysis.model
    colours = kind_colours(model)
    names = {a.id: a.name for a in model.actors}
    ids = {a.id: f"a{i}" for i, a in enumerate(model.actors, start=1)}
    classes = _mermaid_classes(model)
    direction = "TB" if len(model.actors) > WIDE else "LR"
    out = ["---", f"title: {json.dumps(mermaid_text(model.name), ensure_ascii=False)}", "---", f"flowchart {direction}"]
    for kind in model.kind_ids():
        fill = colours[kind]
        out.append(f"  classDef {classes[kind]} fill:{fill},color:{text_colour(fill)},stroke:{LINE}")
    out.append("  classDef kopgroep stroke:#000000,stroke-width:4px")
    out.append("  classDef note fill:none,stroke:none")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for actor in model.actors:
        by_kind[actor.kind].append(f"    {ids[actor.id]}[{mermaid_quote(actor.name)}]:::{classes[actor.kind]}")
    for kind in kinds_used(model):
        out.append(f"  subgraph s{classes[kind][1:]} [{mermaid_quote(labels.kind(kind, model, lang))}]")
        out += by_kind[kind]
        out.append("  end")
    members = [ids[a.id] for a in model.actors if a.kopgroep]
    if members:
        out.append(f"  class {','.join(members)} kopgroep")
    thick: dict[str, list[int]] = defaultdict(list)
    n = 0  # Mermaid numbers every arrow in the order written, for linkStyle
    for a in analysis.links:
        link = a.link
        out.append(f"  %% {a.id}" + (f": {mermaid_text(link.topic)}" if link.topic else ""))
        arrow = "-.->" if a.type.value == "orchestration" else "-->"
        if link.via is None or links_as_edges:
            label = mermaid_quote(" · ".join(connector_label(a, names, lang)))
            out.append(f"  {ids[link.from_]} {arrow}|{label}| {ids[link.to]}")
            arrows = [n]
        else:
            position = mermaid_quote(labels.position(a.position, lang))
            out.append(f"  {ids[link.from_]} {arrow}|{position}| {ids[link.via]}")
            out.append(f"  {ids[link.via]} {arrow} {ids[link.to]}")
            arrows = [n, n + 1]
        n += len(arrows)
        if link.tension.value != "low":
            thick[link.tension.value] += arrows
    for tension in ("medium", "high"):
        if thick[tension]:
            width = round(TENSION_WIDTH[tension])
            out.append(f"  linkStyle {','.join(map(str, thick[tension]))} stroke-width:{width}px")
    out.append(f"  subgraph legend [{mermaid_quote(t('graph.legend', lang))}]")
    out.append(f"    legend_kopgroep[{mermaid_quote(t('graph.kopgroep_member', lang))}]:::kopgroep")
    out.append(f"    legend_bridging[{mermaid_quote('⟶ ' + labels.link_type('bridging', lang))}]:::note")
    out.append(f"    legend_orchestration[{mermaid_quote('⇢ ' + labels.link_type('orchestration', lang))}]:::note")
    out.append(f"    legend_tension[{mermaid_quote(t('graph.legend_tension', lang))}]:::note")
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
