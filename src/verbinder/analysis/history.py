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

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from verbinder.catalogue import Catalogue
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.validate import sort_problems
from verbinder.model import Actor, Assessment, Model, Rater, unknown

#: Self and others this many levels apart: a conversation point.
CONVERSATION_GAP = 2
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


def current_records(actor: Actor) -> dict[str, Assessment]:
    """Per competency the recorded assessment that sets the current level (date and rater for an HR export)."""
    by_competency: dict[str, list[Assessment]] = {}
    for record in actor.assessments:
        by_competency.setdefault(record.competency, []).append(record)
    found = {}
    for cid, records in by_competency.items():
        chosen = _latest([r for r in records if r.rater is not Rater.SELF]) or _latest(records)
        if chosen is not None:
            found[cid] = chosen
    return found


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


#: Column names an HR system or a Dutch spreadsheet uses, to the column they mean (lower case, spaces as ``_``).
HEADER_ALIASES = {
    "member": "member",
    "lid": "member",
    "kopgroeplid": "member",
    "employee_id": "employee_id",
    "personeelsnummer": "employee_id",
    "personeelsnr": "employee_id",
    "personnel_number": "employee_id",
    "competency": "competency",
    "competentie": "competency",
    "level": "level",
    "niveau": "level",
    "assessed_on": "assessed_on",
    "date": "assessed_on",
    "datum": "assessed_on",
    "beoordeeld_op": "assessed_on",
    "rater": "rater",
    "beoordelaar": "rater",
}
#: Rater names in Dutch and English, to the rater.
RATER_ALIASES = {
    "self": Rater.SELF,
    "zelf": Rater.SELF,
    "manager": Rater.MANAGER,
    "leidinggevende": Rater.MANAGER,
    "peer": Rater.PEER,
    "collega": Rater.PEER,
}
_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})$")
#: The most rows a levels file may hold (a municipality's whole staff times the catalogue is far below it).
MAX_LEVEL_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class LevelsFile:
    """The checked rows of a levels file, and what the reader had to assume (each located)."""

    levels: list[ImportedLevel]
    notes: list[Problem]


def parse_date(text: str) -> _dt.date | None:
    """An ISO date (``2026-11-03``) or a Dutch one (``3-11-2026``, ``03-11-2026``, or ``03-11-26`` as LibreOffice
    in Dutch saves a date cell: a two-digit year is 20yy); ``None`` otherwise (``11/03/26`` is ambiguous).

    >>> parse_date("2026-11-03"), parse_date("03-11-2026"), parse_date("3-11-26"), parse_date("11/03/26")
    (datetime.date(2026, 11, 3), datetime.date(2026, 11, 3), datetime.date(2026, 11, 3), None)
    """
    try:
        if len(text) == 10 and text[4] == "-":
            return _dt.date.fromisoformat(text)
        found = _DUTCH_DATE.match(text)
        if found:
            day, month, year = (int(x) for x in found.groups())
            return _dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
    return None


def _text(value: Any) -> str:
    """A cell as text: a whole number without ``.0``, a date as ``YYYY-MM-DD``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value).strip()


def match_employee(value: str, numbers: dict[str, str]) -> tuple[str | None, str | None, list[str]]:
    """``(member, matched number, candidates)`` for a personnel number as a spreadsheet may have changed it.

    An exact match first; else the numbers that equal ``value`` once leading
    zeros are ignored (Excel and LibreOffice read ``004711`` as the number
    4711): one is a match (the caller says so), more are ambiguous.

    >>> match_employee("4711", {"004711": "anna", "000815": "bert"})
    ('anna', '004711', ['004711'])
    >>> match_employee("4711", {"04711": "anna", "004711": "bert"})[0] is None
    True
    """
    if value in numbers:
        return numbers[value], value, [value]
    stripped = value.lstrip("0")
    found = [n for n in numbers if n.lstrip("0") == stripped and stripped.isdigit()]
    if len(found) == 1:
        return numbers[found[0]], found[0], found
    return None, None, found


def read_levels_csv(path: Path, model: Model, catalogue: Catalogue, today: _dt.date) -> LevelsFile:
    """Every row of a levels file (CSV, or an xlsx workbook's first sheet), checked; every bad cell at once.

    Columns (header row, any order, Dutch or English): ``member`` (*lid*) or
    ``employee_id`` (*personeelsnummer*), ``competency`` (*competentie*),
    ``level`` (*niveau*, 0-4), optional ``assessed_on`` (*datum*; YYYY-MM-DD or
    DD-MM-YYYY or DD-MM-YY; default ``today``; never after today) and ``rater``
    (*beoordelaar*: self/zelf, manager/leidinggevende, peer/collega; default
    manager).  ``;``, ``,`` or tab separates, UTF-8 with or without BOM (as
    :func:`verbinder.io.sheetfiles.read_tables` reads it: bounded, a FIFO
    refused).  A personnel number that lost its leading zeros in a spreadsheet
    is matched when only one member's number fits, and said in ``notes``.  Two
    rows for the same person, competency, date and rater with different levels
    are refused (an identical repeat counts once).  Only kopgroep members can
    be given levels.  Errors: :class:`InputError` with ``FILE:ROW:COL`` (or
    ``FILE:SHEET!CELL``).
    """
    from verbinder.io.sheetfiles import cell as cell_at
    from verbinder.io.sheetfiles import read_tables

    tables = read_tables(Path(path), max_rows=MAX_LEVEL_ROWS).tables
    table = tables[0]
    where = table.where
    header = [_text(cell).lower().replace(" ", "_").replace("-", "_") for cell in table.header]
    name = table.file
    if not any(header):
        raise InputError(Problem(name, Msg("hr.err.no_header"), table.header_row, 1))
    problems: list[Problem] = []
    has: dict[str, int] = {}
    for col, column in enumerate(header):
        meant = HEADER_ALIASES.get(column)
        if meant is None:
            if column:
                problems.append(where(table.header_row, col).problem(unknown("column", column, HEADER_ALIASES)))
        elif meant not in has:
            has[meant] = col
    first = where(table.header_row, 0)
    if "member" not in has and "employee_id" not in has:
        problems.append(first.problem(Msg("hr.err.no_key")))
    for needed in ("competency", "level"):
        if needed not in has:
            problems.append(first.problem(Msg("hr.err.missing_column", column=needed)))
    if problems:
        raise InputError(problems)

    members = {a.id: a for a in model.actors if a.kopgroep}
    by_employee = {a.employee_id: a.id for a in model.actors if a.kopgroep and a.employee_id}
    comp_ids = [c.id for c in catalogue.competencies]
    found: list[ImportedLevel] = []
    notes: list[Problem] = []
    seen: dict[tuple[str, str, str, Rater], tuple[int, int]] = {}  # -> (row, level)
    for number, row in table.rows:
        cells = {c: _text(cell_at(row, i)) for c, i in has.items()}

        def at(column: str, number: int = number) -> Any:
            return where(number, has[column])

        member: str | None = None
        if "member" in has and cells["member"]:
            member = cells["member"]
            if member not in members:
                problems.append(at("member").problem(unknown("member", member, members)))
                member = None
        elif "employee_id" in has and cells["employee_id"]:
            given = cells["employee_id"]
            member, matched, candidates = match_employee(given, by_employee)
            if member is None and candidates:
                ambiguous = Msg("fair.err.employee_ambiguous", value=given, numbers=", ".join(candidates))
                problems.append(at("employee_id").problem(ambiguous))
            elif member is None:
                problems.append(at("employee_id").problem(Msg("hr.err.employee", value=given)))
            elif matched != given:
                notes.append(at("employee_id").problem(Msg("fair.note.leading_zeros", value=given, number=matched)))
        else:
            key = "member" if "member" in has else "employee_id"
            problems.append(at(key).problem(Msg("hr.err.empty", column=key)))
        cid = cells["competency"]
        if cid not in comp_ids:
            problems.append(at("competency").problem(unknown("competency", cid, comp_ids)))
        level_text = cells["level"]
        level = int(level_text) if level_text in ("0", "1", "2", "3", "4") else None
        if level is None:
            problems.append(at("level").problem(Msg("assess.err.level", value=repr(level_text))))
        date_text = cells.get("assessed_on") or today.isoformat()
        day = parse_date(date_text)
        if day is None:
            problems.append(at("assessed_on").problem(Msg("hr.err.date", value=date_text)))
        elif day > today:
            problems.append(at("assessed_on").problem(Msg("fair.err.future_date", value=date_text)))
        rater_text = (cells.get("rater") or DEFAULT_IMPORT_RATER.value).lower()
        rater = RATER_ALIASES.get(rater_text)
        if rater is None:
            problems.append(at("rater").problem(unknown("rater", rater_text, RATER_ALIASES)))
        if member is None or level is None or day is None or rater is None or cid not in comp_ids:
            continue
        key4 = (member, cid, day.isoformat(), rater)
        if key4 in seen:
            first_row, first_level = seen[key4]
            if first_level != level:
                problems.append(
                    at("level").problem(Msg("fair.err.conflicting_row", row=first_row, level=first_level, new=level))
                )
            continue  # an identical repeat counts once
        seen[key4] = (number, level)
        found.append(ImportedLevel(member, cid, level, day.isoformat(), rater))
    if problems:
        raise InputError(sort_problems(problems))
    return LevelsFile(found, notes)


def record(data: Any, levels: list[ImportedLevel]) -> None:
    """Append ``levels`` to each member's ``assessments`` in a round-trip document and set the current levels.

    The current level follows the rater precedence over the whole history
    (:func:`current_level`), so an old self-rating imported after a manager's
    rating does not overrule it.  See :func:`record_actor`.
    """
    by_member: dict[str, list[ImportedLevel]] = {}
    for item in levels:
        by_member.setdefault(item.member, []).append(item)
    for actor in data["actors"]:
        items = by_member.get(actor.get("id"))
        if items:
            record_actor(actor, items)


def _own(actor: Any, key: str, make: Any) -> Any:
    """``actor[key]`` as the actor's own container: a new one when absent; a copy (without the anchor) when it
    is shared with another actor through a YAML anchor, an alias or a merge key (``<<``), so an edit never
    reaches anyone else."""
    value = actor.get(key)
    if value is None:
        value = actor[key] = make()
        if key == "competencies":
            value.fa.set_flow_style()
        return value
    anchor = getattr(value, "anchor", None)
    shared = (anchor is not None and anchor.value is not None) or key not in getattr(actor, "_ok", {key})
    if shared:
        copy = make()
        if isinstance(value, dict):
            copy.update(value.items())
        else:
            copy.extend(value)
        if value.fa.flow_style():
            copy.fa.set_flow_style()
        value = actor[key] = copy
    return value


def record_actor(actor: Any, items: list[ImportedLevel]) -> None:
    """Record ``items`` (levels of this actor) in one actor's round-trip mapping: history appended, current
    levels set; the actor's own ``competencies`` and ``assessments`` only (never through a shared anchor)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    comps = _own(actor, "competencies", CommentedMap)
    history = _own(actor, "assessments", CommentedSeq)
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
