"""The published vocabulary of rule conditions: the attributes and the operators.

A rule's ``when`` may read only these attributes and use only these operators;
anything else is refused when the rules load.  ``verbinder roles --vocabulary``
prints this table, so users can write their own rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from verbinder.model import LinkType, Position, Stance, Tension

TENSIONS = tuple(Tension)
STANCES = tuple(Stance)


@dataclass(frozen=True, slots=True)
class Attribute:
    """One attribute a condition may read.

    ``kind`` is ``enum`` (one of ``values``), ``ordered`` (one of ``values``,
    compared by position), ``int`` (``low``..``high``), ``bool``, ``slug`` (an
    actor kind), ``set`` (the set of both ends' kinds, or with ``values`` of
    their stances) or ``text`` (any text, e.g. a
    department; ``none`` where there is none).
    """

    name: str
    kind: str
    help_key: str
    values: tuple[str, ...] = ()
    low: int = 0
    high: int = 0


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        Attribute("type", "enum", "vocab.type", tuple(LinkType)),
        Attribute("position", "enum", "vocab.position", (*tuple(Position), "none")),
        Attribute("tension", "ordered", "vocab.tension", TENSIONS),
        Attribute("influence_gap", "int", "vocab.influence_gap", low=0, high=4),
        Attribute("max_influence", "int", "vocab.max_influence", low=1, high=5),
        Attribute("agenda", "bool", "vocab.agenda"),
        Attribute("has_via", "bool", "vocab.has_via"),
        Attribute("from.kind", "slug", "vocab.from_kind"),
        Attribute("to.kind", "slug", "vocab.to_kind"),
        Attribute("via.kind", "slug", "vocab.via_kind"),
        Attribute("ends.kind", "set", "vocab.ends_kind"),
        Attribute("cross_department", "bool", "vocab.cross_department"),
        Attribute("via.kopgroep", "bool", "vocab.via_kopgroep"),
        Attribute("via.department", "text", "vocab.via_department"),
        Attribute("from.stance", "enum", "vocab.from_stance", STANCES),
        Attribute("to.stance", "enum", "vocab.to_stance", STANCES),
        Attribute("via.stance", "enum", "vocab.via_stance", (*STANCES, "none")),
        Attribute("ends.stance", "set", "vocab.ends_stance", STANCES),
    )
}

#: Facts are tuples in this order (fast to build, hashable for the evaluation cache).
FACT_ORDER: tuple[str, ...] = tuple(ATTRIBUTES)
FACT_INDEX: dict[str, int] = {name: i for i, name in enumerate(FACT_ORDER)}

OPERATORS: tuple[str, ...] = ("eq", "ne", "in", "not_in", "gte", "gt", "lte", "lt")
ORDER_OPERATORS = frozenset({"gte", "gt", "lte", "lt"})
COMBINATORS: tuple[str, ...] = ("all", "any", "not")
