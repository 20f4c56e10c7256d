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

    def field(key: str) -> str:
        return t(f"kumu.{key}", lang)

    elements = []
    for actor in model.actors:
        element: dict[str, Any] = {
            "id": actor.id,
            "label": actor.name,
            "type": labels.kind(actor.kind, model, lang),
            field("influence"): actor.influence,
            field("interest"): actor.interest,
        }
        if actor.department:
            element[field("department")] = actor.department
        element[field("kopgroep")] = t("kumu.yes" if actor.kopgroep else "kumu.no", lang)
        elements.append(element)

    connections = []
    for a in analysis.links:
        link = a.link
        fields: dict[str, Any] = {"type": labels.link_type(a.type, lang), "direction": "directed"}
        if link.via is not None:
            fields[field("via")] = names[link.via]
            fields[field("position")] = labels.position(a.position, lang)
        fields[field("tension")] = labels.tension(link.tension.value, lang)
        if link.topic:
            fields[field("topic")] = link.topic
        if link.agenda:
            fields[field("agenda")] = list(link.agenda)
        fields[field("competencies")] = [f"{r.competency} {r.level}" for r in a.requirements]
        if link.via is None or links_as_edges:
            connections.append({"id": PREFIX + a.id, "from": link.from_, "to": link.to, **fields})
            continue
        for end, (u, v), role in (("from", (link.from_, link.via), FROM_SIDE), ("to", (link.via, link.to), TO_SIDE)):
            connections.append(
                {"id": f"{PREFIX}{a.id}.{end}", "from": u, "to": v, field("link"): a.id, field("role"): role, **fields}
            )
    return {"elements": elements, "connections": connections}


def to_kumu(analysis: Analysis, lang: str, *, links_as_edges: bool = False) -> str:
    """Kumu's blueprint as JSON text (indented, UTF-8 characters kept); see :func:`kumu_document`."""
    import json

    return json.dumps(kumu_document(analysis, lang, links_as_edges=links_as_edges), ensure_ascii=False, indent=2) + "\n"
