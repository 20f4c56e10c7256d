"""How important a link is: one weight for ranking what to do and what to learn first.

A link matters more when it serves items of the coalition agreement
(collegeakkoord), when those items are due soon, when it carries tension and
when a powerful party is at one of its ends.  The weight is a small whole
number so that a ranking can be checked by hand:

=========================  ==========================================================
part                       points
=========================  ==========================================================
every link                 1
agenda items it serves     2 per item
the soonest due date       2 when due within 12 months of today (or overdue),
                           1 within 24 months, else 0
tension                    low 0, medium 1, high 2
the most influential end   influence 5: 2, influence 4: 1, else 0
=========================  ==========================================================

This is the one place these weights live: focus points of the kopgroep
(:mod:`verbinder.analysis.focus`) use it, and so should any ranking of actions.

>>> from verbinder.model import Model
>>> m = Model.model_validate({"name": "x", "agenda": [{"id": "a", "title": "A", "due": "2027-06"}],
...     "actors": [{"id": "p", "name": "P", "kind": "politics", "influence": 5},
...                {"id": "c", "name": "C", "kind": "citizens", "influence": 2}],
...     "links": [{"from": "p", "to": "c", "agenda": ["a"], "tension": "high"}]})
>>> import datetime as dt
>>> link_importance(m.links[0], m, dt.date(2027, 1, 1))  # 1 + 2 (one item) + 2 (due in 5 months) + 2 + 2
9
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from verbinder.model import TENSION_ORDER, Link, Model

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis

#: Points for every link, for each agenda item it serves, and by influence of its most influential end.
BASE = 1
PER_AGENDA_ITEM = 2
INFLUENCE_POINTS = {5: 2, 4: 1}


def months_until(due: str, today: _dt.date) -> int:
    """Whole months from today's month to the due month (negative when overdue)."""
    year, month = int(due[:4]), int(due[5:7])
    return (year - today.year) * 12 + (month - today.month)


def due_points(months: int | None) -> int:
    """2 when due within 12 months (or overdue), 1 within 24, else (or without a due date) 0."""
    if months is None:
        return 0
    if months <= 12:
        return 2
    return 1 if months <= 24 else 0


def link_importance(link: Link, model: Model, today: _dt.date, *, actors: dict | None = None) -> int:
    """The weight of ``link`` (see the module's table); ``actors`` is ``model.actor_index()`` when given."""
    actors = model.actor_index() if actors is None else actors
    items = {item.id: item for item in model.agenda}
    served = [items[ref] for ref in link.agenda if ref in items]
    months = [months_until(item.due, today) for item in served if item.due]
    influence = max(
        (actors[end].influence for end in (link.from_, link.to) if end in actors),
        default=0,
    )
    return (
        BASE
        + PER_AGENDA_ITEM * len(served)
        + due_points(min(months) if months else None)
        + TENSION_ORDER[link.tension]
        + INFLUENCE_POINTS.get(influence, 0)
    )


def link_weights(analysis: Analysis, today: _dt.date) -> dict[str, int]:
    """The weight of every analysed link, by link id."""
    model = analysis.model
    actors = model.actor_index()
    return {a.id: link_importance(a.link, model, today, actors=actors) for a in analysis.links}
