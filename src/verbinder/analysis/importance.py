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
    return _weight(link, _months(model, today), actors)


def link_weights(analysis: Analysis, today: _dt.date) -> dict[str, int]:
    """The weight of every analysed link, by link id (:func:`link_importance` of each).

    Computed once per analysis and day (kept in ``analysis.weights``): the actions and the profiles both weigh every
    link, which on a 10,000-link model was a tenth of ``analyse``'s own time.
    """
    found = analysis.weights.get(today)
    if found is None:
        model = analysis.model
        actors = model.actor_index()
        months = _months(model, today)
        found = analysis.weights[today] = {a.id: _weight(a.link, months, actors) for a in analysis.links}
    return found


def _months(model: Model, today: _dt.date) -> dict[str, int | None]:
    """Per agenda item the months until it is due (None: no due date)."""
    return {item.id: months_until(item.due, today) if item.due else None for item in model.agenda}


def _weight(link: Link, months: dict[str, int | None], actors: dict) -> int:
    served = [months[ref] for ref in link.agenda if ref in months]
    dated = [m for m in served if m is not None]
    influence = max((actors[end].influence for end in (link.from_, link.to) if end in actors), default=0)
    return (
        BASE
        + PER_AGENDA_ITEM * len(served)
        + due_points(min(dated) if dated else None)
        + TENSION_ORDER[link.tension]
        + INFLUENCE_POINTS.get(influence, 0)
    )
