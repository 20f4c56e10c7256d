"""The network as GraphML and GEXF, for Gephi, yEd, Cytoscape and networkx.

By default a connector is a node on their links: a link with a connector is two edges, ``from → via`` and
``via → to``, so degree, betweenness and every other measure of those programs see the kopgroep.  With
``links_as_edges`` a link is one edge ``from → to`` and its connector only an edge attribute ``via``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.render.graph.style import kind_colours

if TYPE_CHECKING:
    import networkx as nx

    from verbinder.analysis.links import Analysis

#: The ``role`` of the two edges of a link with a connector.
FROM_SIDE = "from-side"
TO_SIDE = "to-side"


def export_graph(analysis: Analysis, *, links_as_edges: bool = False) -> nx.MultiDiGraph:
    """The network with only values GraphML and GEXF can hold: no ``None`` (left out), the agenda joined by commas.

    Nodes carry ``label`` and ``name`` (the actor's name), ``kind``, ``influence``, ``interest``, ``department``
    (when given) and ``kopgroep``.  Every edge carries ``type``, ``tension``, ``topic`` (when given), ``agenda``
    (``"ca-energie,ca-wonen"``, empty when none) and, on a link with a connector, ``via`` and ``position``.

    A link with a connector becomes two edges, ``from → via`` and ``via → to``, with ``id`` = ``<link>.from`` and
    ``<link>.to``, ``link`` = the link's id and ``role`` = ``from-side`` or ``to-side``; a link without connector
    is one edge ``from → to`` with ``id`` and ``link`` = the link's id and no ``role``.  With ``links_as_edges``
    every link is one edge ``from → to`` with ``id`` = the link's id (the connector only in ``via``).
    """
    import networkx as nx

    model = analysis.model
    graph = nx.MultiDiGraph(name=model.name)
    for actor in model.actors:
        data = {
            "label": actor.name,
            "name": actor.name,
            "kind": actor.kind,
            "influence": actor.influence,
            "interest": actor.interest,
            "department": actor.department,
            "kopgroep": actor.kopgroep,
        }
        graph.add_node(actor.id, **{k: v for k, v in data.items() if v is not None})
    for a in analysis.links:
        link = a.link
        data = {
            "type": a.type.value,
            "via": link.via,
            "position": a.position.value if a.position is not None else None,
            "tension": link.tension.value,
            "topic": link.topic,
            "agenda": ",".join(link.agenda),
        }
        data = {k: v for k, v in data.items() if v is not None}
        if links_as_edges:
            graph.add_edge(link.from_, link.to, key=a.id, id=a.id, **data)
        elif link.via is None:
            graph.add_edge(link.from_, link.to, key=a.id, id=a.id, link=a.id, **data)
        else:
            sides = (((link.from_, link.via), "from", FROM_SIDE), ((link.via, link.to), "to", TO_SIDE))
            for (u, v), end, role in sides:
                key = f"{a.id}.{end}"  # a slug has no dot, so this never clashes with a link's id
                graph.add_edge(u, v, key=key, id=key, link=a.id, role=role, **data)
    return graph


def to_graphml(analysis: Analysis, *, links_as_edges: bool = False) -> bytes:
    """The network as GraphML (Gephi, yEd, Cytoscape, ``networkx.read_graphml``), UTF-8; see :func:`export_graph`."""
    import io

    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(_xml_text(export_graph(analysis, links_as_edges=links_as_edges)), buffer, encoding="utf-8")
    return buffer.getvalue()


def _xml_text(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with every text value holding only XML 1.0 characters: control characters (NUL), DEL, C1 and the
    non-characters U+FFFE/U+FFFF written as their escapes (``\\x00``), as in every other human output.  An XML
    writer would otherwise put ``&#65534;`` in the file, which no XML reader accepts."""
    from verbinder.render.safe import visible

    def clean(data: dict) -> None:
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = visible(value)

    clean(graph.graph)
    for _, data in graph.nodes(data=True):
        clean(data)
    for _, _, data in graph.edges(data=True):
        clean(data)
    return graph


_GEXF_TYPE = "verbinder_link_type"


def to_gexf(analysis: Analysis, *, links_as_edges: bool = False) -> bytes:
    """The network as GEXF 1.2 (Gephi's own format; ``networkx.read_gexf``), nodes coloured by kind, UTF-8.

    GEXF reserves an edge's ``type`` attribute for directed/undirected, so the link type is written as an
    attribute value titled ``type`` (networkx would otherwise put ``bridging`` where GEXF expects ``directed``).
    See :func:`export_graph` for the nodes and edges.
    """
    import networkx as nx

    graph = _xml_text(export_graph(analysis, links_as_edges=links_as_edges))
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
