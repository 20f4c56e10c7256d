"""The network as Kumu's JSON import (a "blueprint"): ``elements`` and ``connections``.

Kumu (kumu.io) reads a JSON object with two lists: ``elements`` (``id``, ``label``, ``type`` and any fields) and
``connections`` (``id``, ``from`` and ``to`` by element id, ``type``, ``direction`` and any fields); ids are
unique across both lists.  Elements are the actors with their kind as ``type`` and influence, interest,
department and kopgroep as fields.  As in GraphML, a connector is an element on their links: a link with a
connector is two connections, ``from → via`` and ``via → to`` (fields ``Link`` and ``Role`` = ``from-side`` /
``to-side``); with ``links_as_edges`` it is one connection with the connector in the field ``Via``.  Every
connection carries the link's type, position, tension, topic, agenda and the competencies it asks.  Field
names and values follow the chosen language, so the map reads as the rest of the output.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from verbinder.i18n import t
from verbinder.render import labels
from verbinder.render.graph.network import FROM_SIDE, TO_SIDE

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis

#: Connection ids are ``link:<link id>`` (``.from`` / ``.to`` for the two sides): a slug never has a colon,
#: so they never clash with an element's id (an actor's id).
PREFIX = "link:"


def kumu_document(analysis: Analysis, lang: str, *, links_as_edges: bool = False) -> dict[str, Any]:
    """Kumu's blueprint of the network as a dict (see the module's description)."""
    model = analysis.model
    names = {a.id: a.name for a in model.actors}

    elements = []
    for actor in model.actors:
        element: dict[str, Any] = {
            "id": actor.id,
            "label": actor.name,
            "type": labels.kind(actor.kind, model, lang),
            t("kumu.influence", lang): actor.influence,
            t("kumu.interest", lang): actor.interest,
        }
        if actor.department:
            element[t("kumu.department", lang)] = actor.department
        element[t("kumu.kopgroep", lang)] = t("kumu.yes" if actor.kopgroep else "kumu.no", lang)
        elements.append(element)

    connections = []
    for a in analysis.links:
        link = a.link
        fields: dict[str, Any] = {"type": labels.link_type(a.type, lang), "direction": "directed"}
        if link.via is not None:
            fields[t("kumu.via", lang)] = names[link.via]
            fields[t("kumu.position", lang)] = labels.position(a.position, lang)
        fields[t("kumu.tension", lang)] = labels.tension(link.tension.value, lang)
        if link.topic:
            fields[t("kumu.topic", lang)] = link.topic
        if link.agenda:
            fields[t("kumu.agenda", lang)] = list(link.agenda)
        fields[t("kumu.competencies", lang)] = [f"{r.competency} {r.level}" for r in a.requirements]
        if link.via is None or links_as_edges:
            connections.append({"id": PREFIX + a.id, "from": link.from_, "to": link.to, **fields})
            continue
        for end, (u, v), role in (("from", (link.from_, link.via), FROM_SIDE), ("to", (link.via, link.to), TO_SIDE)):
            ends = {"id": f"{PREFIX}{a.id}.{end}", "from": u, "to": v, t("kumu.link", lang): a.id}
            connections.append({**ends, t("kumu.role", lang): role, **fields})
    return {"elements": elements, "connections": connections}


def to_kumu(analysis: Analysis, lang: str, *, links_as_edges: bool = False) -> str:
    """Kumu's blueprint as JSON text (indented, UTF-8 characters kept); see :func:`kumu_document`.

    Strict JSON that no later step changes: DEL, the C1 controls, the line and paragraph separators, the
    bidirectional controls and the non-characters are written as ``\\u`` escapes (``json`` keeps them as they are,
    and the last line of defence before the terminal or a file would make them ``\\x85``, which JSON has not).
    """
    import json

    text = json.dumps(kumu_document(analysis, lang, links_as_edges=links_as_edges), ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


#: What json.dumps(ensure_ascii=False) leaves as it is but a terminal or a reader should not see raw; in JSON text
#: such characters stand only inside strings, so escaping them keeps the same data.
_UNSAFE_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
