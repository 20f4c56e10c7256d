"""Assessment history and raters, and levels imported from an HR system.

Every assessment is recorded in the model under the actor's ``assessments``
(competency, level, date, rater: ``self``, ``manager`` or ``peer``).  The
**current level** of a competency is the latest rating by a manager or a peer,
else the latest self-rating; a competency without any record keeps the level
under ``competencies``.  Where the latest self-rating and the latest rating by
others differ by :data:`CONVERSATION_GAP` or more, that is a point for the
conversation.

>>> from verbinder.model import Actor
>>> a = Actor.model_validate({"id": "a", "name": "A", "kind": "administration", "competencies": {"x": 1},
...     "assessments": [{"competency": "x", "level": 4, "date": "2026-05-01", "rater": "self"},
...                     {"competency": "x", "level": 2, "date": "2026-03-01", "rater": "manager"},
...                     {"competency": "y", "level": 3, "date": "2026-06-01"}]})
>>> current_levels(a)
{'x': 2, 'y': 3}
>>> differences(a), last_assessed(a)
([('x', 4, 2)], '2026-06-01')
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verbinder.catalogue import Catalogue
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.model import Actor, Assessment, Model, Rater, unknown

#: Self and others this many levels apart: a conversation point.
CONVERSATION_GAP = 2
#: The columns of a levels file (``member`` or ``employee_id`` identifies the person).
IMPORT_COLUMNS = ("member", "employee_id", "competency", "level", "assessed_on", "rater")
#: The rater of an imported row without one: levels from an HR system come from the annual review.
DEFAULT_IMPORT_RATER = Rater.MANAGER


def _latest(records: list[Assessment]) -> Assessment | None:
    """The latest record (by date; the later one in the file on the same date)."""
    best = None
    for record in records:
        if best is None or record.date >= best.date:
            best = record
    return best


def current_level(records: list[Assessment]) -> int | None:
    """The latest manager or peer level, else the latest self level (``None`` without records)."""
    others = _latest([r for r in records if r.rater is not Rater.SELF])
    chosen = others or _latest(records)
    return chosen.level if chosen else None


def current_levels(actor: Actor) -> dict[str, int]:
    """The actor's current levels: ``competencies``, overruled by the history where one exists."""
    levels = dict(actor.competencies)
    by_competency: dict[str, list[Assessment]] = {}
    for record in actor.assessments:
        by_competency.setdefault(record.competency, []).append(record)
    for cid, records in by_competency.items():
        level = current_level(records)
        if level is not None:
            levels[cid] = level
    return levels


def differences(actor: Actor) -> list[tuple[str, int, int]]:
    """``(competency, self, others)`` where the latest self and others' ratings differ by 2 or more."""
    found = []
    seen = dict.fromkeys(r.competency for r in actor.assessments)
    for cid in seen:
        records = [r for r in actor.assessments if r.competency == cid]
        own = _latest([r for r in records if r.rater is Rater.SELF])
        others = _latest([r for r in records if r.rater is not Rater.SELF])
        if own and others and abs(own.level - others.level) >= CONVERSATION_GAP:
            found.append((cid, own.level, others.level))
    return found


def last_assessed(actor: Actor) -> str | None:
    """The date of the actor's latest assessment (``YYYY-MM-DD``), if any."""
    return max((r.date for r in actor.assessments), default=None)


@dataclass(frozen=True, slots=True)
class ImportedLevel:
    """One valid row of a levels file."""

    member: str
    competency: str
    level: int
    date: str
    rater: Rater


def _problem(name: str, row: int, col: int, message: Msg) -> Problem:
    return Problem(name, message, row, col)


def read_levels_csv(
    path: Path, model: Model, catalogue: Catalogue, today: _dt.date, *, text: str | None = None
) -> list[ImportedLevel]:
    """Every row of a levels file, checked; every bad cell at once as ``FILE:ROW:COL: ...`` (InputError).

    Columns (header row, any order): ``member`` or ``employee_id``, ``competency``,
    ``level`` (0-4), optional ``assessed_on`` (YYYY-MM-DD; default ``today``) and
    ``rater`` (self, manager, peer; default manager).  ``;`` or ``,`` separates,
    UTF-8 with or without BOM.  Only kopgroep members can be given levels.
    """
    name = path.name
    if text is None:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise InputError(_problem(name, line, 1, Msg("hr.err.encoding"))) from None
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InputError(_problem(name, 1, 1, Msg("hr.err.no_header")))
    header = [cell.strip().lower() for cell in rows[0]]
    problems: list[Problem] = []
    for col, column in enumerate(header, start=1):
        if column not in IMPORT_COLUMNS:
            problems.append(_problem(name, 1, col, unknown("column", column, IMPORT_COLUMNS)))
    has = {c: header.index(c) for c in IMPORT_COLUMNS if c in header}
    if "member" not in has and "employee_id" not in has:
        problems.append(_problem(name, 1, 1, Msg("hr.err.no_key")))
    for needed in ("competency", "level"):
        if needed not in has:
            problems.append(_problem(name, 1, 1, Msg("hr.err.missing_column", column=needed)))
    if problems:
        raise InputError(problems)

    members = {a.id: a for a in model.actors if a.kopgroep}
    by_employee = {a.employee_id: a.id for a in model.actors if a.kopgroep and a.employee_id}
    comp_ids = [c.id for c in catalogue.competencies]
    raters = [r.value for r in Rater]
    found: list[ImportedLevel] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {c: (row[i].strip() if i < len(row) else "") for c, i in has.items()}

        def at(column: str) -> int:
            return has[column] + 1

        member: str | None = None
        if "member" in has and cells["member"]:
            member = cells["member"]
            if member not in members:
                problems.append(_problem(name, number, at("member"), unknown("member", member, members)))
                member = None
        elif "employee_id" in has and cells["employee_id"]:
            member = by_employee.get(cells["employee_id"])
            if member is None:
                problems.append(
                    _problem(name, number, at("employee_id"), Msg("hr.err.employee", value=cells["employee_id"]))
                )
        else:
            key = "member" if "member" in has else "employee_id"
            problems.append(_problem(name, number, at(key), Msg("hr.err.empty", column=key)))
        cid = cells["competency"]
        if cid not in comp_ids:
            problems.append(_problem(name, number, at("competency"), unknown("competency", cid, comp_ids)))
        level_text = cells["level"]
        level = int(level_text) if level_text in ("0", "1", "2", "3", "4") else None
        if level is None:
            problems.append(_problem(name, number, at("level"), Msg("assess.err.level", value=repr(level_text))))
        date = cells.get("assessed_on") or today.isoformat()
        try:
            if len(date) != 10:
                raise ValueError(date)
            _dt.date.fromisoformat(date)
        except ValueError:
            problems.append(_problem(name, number, at("assessed_on"), Msg("hr.err.date", value=date)))
        rater_text = (cells.get("rater") or DEFAULT_IMPORT_RATER.value).lower()
        if rater_text not in raters:
            problems.append(_problem(name, number, at("rater"), unknown("rater", rater_text, raters)))
        if not problems and member is not None and level is not None:
            found.append(ImportedLevel(member, cid, level, date, Rater(rater_text)))
    if problems:
        raise InputError(problems)
    return found


def record(data: Any, levels: list[ImportedLevel]) -> None:
    """Append ``levels`` to each member's ``assessments`` in a round-trip document and set the current levels.

    The current level follows the rater precedence over the whole history
    (:func:`current_level`), so an old self-rating imported after a manager's
    rating does not overrule it.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    by_member: dict[str, list[ImportedLevel]] = {}
    for item in levels:
        by_member.setdefault(item.member, []).append(item)
    for actor in data["actors"]:
        items = by_member.get(actor.get("id"))
        if not items:
            continue
        comps = actor.get("competencies")
        if comps is None:
            comps = actor["competencies"] = CommentedMap()
            comps.fa.set_flow_style()
        history = actor.get("assessments")
        if history is None:
            history = actor["assessments"] = CommentedSeq()
        for item in items:
            entry = CommentedMap(
                [
                    ("competency", item.competency),
                    ("level", item.level),
                    ("date", item.date),
                    ("rater", item.rater.value),
                ]
            )
            entry.fa.set_flow_style()
            history.append(entry)
        records = [
            Assessment(
                competency=str(e["competency"]),
                level=int(e["level"]),
                date=str(e["date"]),
                rater=e.get("rater", "self"),
            )
            for e in history
        ]
        for cid in dict.fromkeys(item.competency for item in items):
            level = current_level([r for r in records if r.competency == cid])
            if level is not None:
                comps[cid] = level
