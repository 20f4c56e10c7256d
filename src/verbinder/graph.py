"""The network of a model: actors as nodes, links as edges; link types and positions.

A link is *orchestration* (Dutch *regie*) when its ends are of the same kind,
*bridging* (*verbinden*) when they differ.  A connector's position on
``from -> via -> to`` is one of Gould & Fernandez's (1989) five brokerage roles,
with actor kinds as the groups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.model import LinkType, Model, Position

if TYPE_CHECKING:
    import networkx as nx


def link_type(from_kind: str, to_kind: str) -> LinkType:
    """Regie between like actors, verbinden between unlike ones."""
    return LinkType.ORCHESTRATION if from_kind == to_kind else LinkType.BRIDGING


def position(from_kind: str, via_kind: str, to_kind: str) -> Position:
    """The Gould-Fernandez role of a broker ``via`` on the two-path ``from -> via -> to``.

    Examples
    --------
    >>> position("administration", "administration", "administration").value
    'coordinator'
    >>> position("firms", "administration", "firms").value
    'itinerant'
    >>> position("administration", "administration", "citizens").value
    'representative'
    >>> position("citizens", "administration", "administration").value
    'gatekeeper'
    >>> position("politics", "administration", "experts").value
    'liaison'

    References
    ----------
    Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: A formal
    approach to brokerage in transaction networks. Sociological Methodology, 19, 89-126.
    """
    if from_kind == to_kind:
        return Position.COORDINATOR if via_kind == from_kind else Position.ITINERANT
    if via_kind == from_kind:
        return Position.REPRESENTATIVE
    if via_kind == to_kind:
        return Position.GATEKEEPER
    return Position.LIAISON


def build_graph(model: Model, link_ids: list[str]) -> nx.MultiDiGraph:
    """A directed multigraph: one node per actor (with its attributes), one edge per link.

    Edges are keyed by link id and carry ``type``, ``via``, ``position`` (the
    connector's brokerage position, ``None`` without a connector), ``tension``,
    ``topic`` and ``agenda``; the connector is an attribute of the edge, as
    the link is the tie the connector makes.
    """
    import networkx as nx

    graph = nx.MultiDiGraph(name=model.name)
    for actor in model.actors:
        graph.add_node(
            actor.id,
            name=actor.name,
            kind=actor.kind,
            influence=actor.influence,
            interest=actor.interest,
            department=actor.department,
            kopgroep=actor.kopgroep,
        )
    kinds = {a.id: a.kind for a in model.actors}
    for link, lid in zip(model.links, link_ids, strict=True):
        graph.add_edge(
            link.from_,
            link.to,
            key=lid,
            type=link_type(kinds[link.from_], kinds[link.to]).value,
            via=link.via,
            position=position(kinds[link.from_], kinds[link.via], kinds[link.to]).value if link.via else None,
            tension=link.tension.value,
            topic=link.topic,
            agenda=list(link.agenda),
        )
    return graph
