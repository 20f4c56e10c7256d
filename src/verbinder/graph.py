"""The classification of a link: its type (regie or verbinden) and its connector's brokerage position.

A link is *orchestration* (Dutch *regie*) when its ends are of the same kind,
*bridging* (*verbinden*) when they differ.  A connector's position on
``from -> via -> to`` is one of Gould & Fernandez's (1989) five brokerage roles,
with actor kinds as the groups.
"""

from __future__ import annotations

from verbinder.model import LinkType, Position


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
