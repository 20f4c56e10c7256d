"""The published vocabulary of rule conditions: the attributes and the operators, each declared once.

A rule's ``when`` may read only these attributes and use only these operators;
anything else is refused when the rules load.  ``verbinder roles --vocabulary``
prints this table, so users can write their own rules.

Each :class:`Attribute` carries everything about it: its name, its value kind,
the values it allows, what it means (in Dutch and English) and how it is
computed from a link (:class:`LinkContext`).  Adding an attribute is one entry
in :data:`ATTRIBUTES` plus its case in ``tests/test_vocabulary.py``; the
engine, the analysis, ``roles --vocabulary`` and ``schema --roles`` follow.

Each :class:`Operator` says which value kinds it accepts and what it tests;
the engine builds its predicates from :data:`OPERATORS` and refuses, located,
an operator that does not fit its attribute's kind.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from verbinder.model import TENSION_ORDER, Actor, Link, LinkType, Position, Stance, Tension, Text

TENSIONS = tuple(Tension)
STANCES = tuple(Stance)

#: The facts about one link, in :data:`FACT_ORDER` (a tuple: fast to build, hashable for the evaluation cache).
#: Enumerated values are held as their ``StrEnum`` members, which equal (and hash as) their text: ``"bridging"``.
Facts = tuple[Any, ...]

#: The value kinds an attribute may have (see :class:`Attribute`).
KINDS: tuple[str, ...] = ("enum", "ordered", "int", "bool", "slug", "set", "text")


class LinkContext(NamedTuple):
    """What an attribute is computed from: a link, its three actors, and how the graph classifies it.

    ``type`` and ``position`` come from :mod:`verbinder.graph`, a layer above the
    rules, so the analysis computes them once and hands them in.
    """

    link: Link
    from_: Actor
    to: Actor
    via: Actor | None
    type: LinkType
    position: Position | None


@dataclass(frozen=True, slots=True)
class Attribute:
    """One attribute a condition may read, and how it is computed.

    ``kind`` is ``enum`` (one of ``values``), ``ordered`` (one of ``values``,
    compared by position; the fact holds the position), ``int``
    (``low``..``high``), ``bool``, ``slug`` (an actor kind), ``set`` (the set
    of both ends' kinds, or with ``values`` of their stances) or ``text`` (any
    text, e.g. a department; ``none`` where there is none).  ``compute`` turns a
    :class:`LinkContext` into the fact; ``doc`` says what it means.
    """

    name: str
    kind: str
    compute: Callable[[LinkContext], Any] = field(repr=False)
    doc: Text
    values: tuple[str, ...] = ()
    low: int = 0
    high: int = 0


def _text(nl: str, en: str) -> Text:
    return Text(nl=nl, en=en)


ATTRIBUTES: dict[str, Attribute] = {
    a.name: a
    for a in (
        Attribute(
            "type",
            "enum",
            lambda c: c.type,
            _text(
                "het type verbinding: orchestration (regie: gelijke uiteinden) of bridging (verbinden: ongelijke)",
                "the link's type: orchestration (like ends) or bridging (unlike ends)",
            ),
            values=tuple(LinkType),
        ),
        Attribute(
            "position",
            "enum",
            lambda c: c.position if c.position is not None else "none",
            _text(
                "de Gould-Fernandez-positie van de verbinder; none zonder verbinder",
                "the connector's Gould-Fernandez position; none without a connector",
            ),
            values=(*tuple(Position), "none"),
        ),
        Attribute(
            "tension",
            "ordered",
            lambda c: TENSION_ORDER[c.link.tension],
            _text(
                "de spanning op de verbinding (geordend: low < medium < high)",
                "the link's tension (ordered: low < medium < high)",
            ),
            values=TENSIONS,
        ),
        Attribute(
            "influence_gap",
            "int",
            lambda c: abs(c.from_.influence - c.to.influence),
            _text("|invloed(from) - invloed(to)|", "|influence(from) - influence(to)|"),
            low=0,
            high=4,
        ),
        Attribute(
            "max_influence",
            "int",
            lambda c: max(c.from_.influence, c.to.influence),
            _text("de hoogste invloed van de twee uiteinden", "the higher influence of the two ends"),
            low=1,
            high=5,
        ),
        Attribute(
            "agenda",
            "bool",
            lambda c: bool(c.link.agenda),
            _text(
                "de verbinding dient minstens één punt van het collegeakkoord",
                "the link serves at least one coalition-agreement item",
            ),
        ),
        Attribute(
            "has_via",
            "bool",
            lambda c: c.via is not None,
            _text("er is een verbinder genoemd", "a connector is named"),
        ),
        Attribute(
            "from.kind",
            "slug",
            lambda c: c.from_.kind,
            _text("het actortype van het from-uiteinde", "the kind of the link's from-actor"),
        ),
        Attribute(
            "to.kind",
            "slug",
            lambda c: c.to.kind,
            _text("het actortype van het to-uiteinde", "the kind of the link's to-actor"),
        ),
        Attribute(
            "via.kind",
            "slug",
            lambda c: c.via.kind if c.via is not None else "none",
            _text(
                "het actortype van de verbinder (none zonder verbinder)",
                "the connector's kind (none without a connector)",
            ),
        ),
        Attribute(
            "ends.kind",
            "set",
            lambda c: frozenset((c.from_.kind, c.to.kind)),
            _text(
                "de actortypen van beide uiteinden: 'politics' betekent dat één uiteinde politiek is",
                "the kinds of both ends: 'politics' means one end is politics",
            ),
        ),
        Attribute(
            "cross_department",
            "bool",
            lambda c: (
                c.from_.department is not None and c.to.department is not None and c.from_.department != c.to.department
            ),
            _text(
                "beide uiteinden hebben een afdeling en die verschillen",
                "both ends have a department and they differ",
            ),
        ),
        Attribute(
            "via.kopgroep",
            "bool",
            lambda c: c.via is not None and c.via.kopgroep,
            _text("de verbinder is lid van de kopgroep", "the connector is a kopgroep member"),
        ),
        Attribute(
            "via.department",
            "text",
            lambda c: (c.via.department or "none") if c.via is not None else "none",
            _text(
                "de afdeling van de verbinder (none zonder afdeling)",
                "the connector's department (none without one)",
            ),
        ),
        Attribute(
            "from.stance",
            "enum",
            lambda c: c.from_.stance,
            _text(
                "de houding van het from-uiteinde: supports | neutral | opposes | unknown",
                "the stance of the link's from-actor: supports | neutral | opposes | unknown",
            ),
            values=STANCES,
        ),
        Attribute(
            "to.stance",
            "enum",
            lambda c: c.to.stance,
            _text(
                "de houding van het to-uiteinde: supports | neutral | opposes | unknown",
                "the stance of the link's to-actor: supports | neutral | opposes | unknown",
            ),
            values=STANCES,
        ),
        Attribute(
            "via.stance",
            "enum",
            lambda c: c.via.stance if c.via is not None else "none",
            _text(
                "de houding van de verbinder (none zonder verbinder)",
                "the connector's stance (none without a connector)",
            ),
            values=(*STANCES, "none"),
        ),
        Attribute(
            "ends.stance",
            "set",
            lambda c: frozenset((c.from_.stance, c.to.stance)),
            _text(
                "de houdingen van beide uiteinden: 'opposes' betekent dat één uiteinde tegen is",
                "the stances of both ends: 'opposes' means one end opposes",
            ),
            values=STANCES,
        ),
    )
}

#: The order of the facts in a :data:`Facts` tuple: the order of :data:`ATTRIBUTES`.
FACT_ORDER: tuple[str, ...] = tuple(ATTRIBUTES)
FACT_INDEX: dict[str, int] = {name: i for i, name in enumerate(FACT_ORDER)}
_COMPUTE: tuple[Callable[[LinkContext], Any], ...] = tuple(a.compute for a in ATTRIBUTES.values())

#: The attributes of the connector alone: every ``via.*`` attribute reads only ``LinkContext.via`` (a test checks),
#: so staffing can ask "what would this link need of that member" once per distinct value of these
#: (:func:`connector_facts`), and a new ``via.*`` attribute joins that cache key without further code.
CONNECTOR_ATTRIBUTES: tuple[str, ...] = tuple(name for name in ATTRIBUTES if name.startswith("via."))


def connector_facts(via: Actor, names: Iterable[str] = CONNECTOR_ATTRIBUTES) -> tuple[Any, ...]:
    """The values of the connector attributes ``names`` for ``via`` as a link's connector (see above)."""
    context = LinkContext(None, None, None, via, None, None)  # type: ignore[arg-type]  # via.* reads only .via
    return tuple(ATTRIBUTES[name].compute(context) for name in names)


def facts_of(context: LinkContext) -> Facts:
    """Every attribute of one link, computed from its context, in :data:`FACT_ORDER`."""
    return tuple([compute(context) for compute in _COMPUTE])


def fact(facts: Facts, name: str) -> Any:
    """The value of the attribute ``name`` in ``facts``.

    >>> from verbinder.model import Actor, Link
    >>> a = Actor(id="a", name="A", kind="politics", influence=5)
    >>> b = Actor(id="b", name="B", kind="experts", influence=2)
    >>> link = Link.model_validate({"id": "ab", "from": "a", "to": "b"})
    >>> facts = facts_of(LinkContext(link, a, b, None, LinkType.BRIDGING, None))
    >>> fact(facts, "influence_gap"), fact(facts, "position"), sorted(fact(facts, "ends.kind"))
    (3, 'none', ['experts', 'politics'])
    """
    return facts[FACT_INDEX[name]]


@dataclass(frozen=True, slots=True)
class Operator:
    """One operator of a condition: the value kinds it accepts and what it tests.

    ``test(fact, operand)`` decides it for a single-valued attribute;
    ``on_set(facts, operand)`` for a ``set`` attribute (the values of both
    ends: ``eq`` means one end has the value).  With ``takes_list`` the operand
    is a non-empty list, handed to the test as a frozenset.  ``misfit`` is the
    message a rule gets when it uses the operator on an attribute of another kind.
    """

    name: str
    kinds: frozenset[str]
    test: Callable[[Any, Any], bool] = field(repr=False)
    on_set: Callable[[frozenset, Any], bool] | None = field(default=None, repr=False)
    takes_list: bool = False
    misfit: str = "err.rule_order_op"


_ALL_KINDS = frozenset(KINDS)
_ORDERED_KINDS = frozenset({"int", "ordered"})

OPERATORS: dict[str, Operator] = {
    o.name: o
    for o in (
        Operator("eq", _ALL_KINDS, operator.eq, on_set=lambda s, v: v in s),
        Operator("ne", _ALL_KINDS, operator.ne, on_set=lambda s, v: v not in s),
        Operator("in", _ALL_KINDS, lambda x, v: x in v, on_set=lambda s, v: not v.isdisjoint(s), takes_list=True),
        Operator("not_in", _ALL_KINDS, lambda x, v: x not in v, on_set=lambda s, v: v.isdisjoint(s), takes_list=True),
        Operator("gte", _ORDERED_KINDS, operator.ge),
        Operator("gt", _ORDERED_KINDS, operator.gt),
        Operator("lte", _ORDERED_KINDS, operator.le),
        Operator("lt", _ORDERED_KINDS, operator.lt),
    )
}

COMBINATORS: tuple[str, ...] = ("all", "any", "not")


def operators_for(kind: str) -> tuple[str, ...]:
    """The operators an attribute of this value kind accepts, in :data:`OPERATORS` order.

    >>> operators_for("enum")
    ('eq', 'ne', 'in', 'not_in')
    >>> operators_for("ordered")
    ('eq', 'ne', 'in', 'not_in', 'gte', 'gt', 'lte', 'lt')
    """
    return tuple(name for name, op in OPERATORS.items() if kind in op.kinds)
