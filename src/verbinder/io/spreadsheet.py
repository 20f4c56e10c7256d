"""Read a stakeholder spreadsheet (``.xlsx``, ``.csv`` or a folder of CSVs) into a model; write a model back.

Advisors keep their stakeholder analysis in Excel.  :func:`read_model` takes such a workbook as it is: an
actors table (one row per actor) and optionally links, agenda, kinds, competencies, role models and a one-row
model table.  A table is found by its sheet (or CSV file) name, else by its columns; columns are recognised by
their Dutch or English header or Kumu's (``Elements`` / ``Connections``, ``Label``, ``Type``, ``From``, ``To``),
and ``--map COLUMN=FIELD`` names the rest.  Values are read as people write them: kinds by label or id
(``Politiek``, ``burgers``), scores as 1-5 or words (``laag/gemiddeld/hoog``, ``low/medium/high`` = 1/3/5),
``ja/nee``, ``x``.  Ids are made from names where there is no id column.

Every problem is located at its cell (``FILE:SHEET!CELL`` in a workbook, ``FILE:ROW:COL`` in a CSV) and all
are raised at once as one :class:`~verbinder.errors.InputError`; the result is a validated
:class:`~verbinder.model.Model`, so what is written is always a valid model.

:func:`verbinder.render.spreadsheet.tables_of` is the inverse: the same tables from a model, which ``export``
writes so that reading them back gives the same model.  Reading the files (bounded, a workbook as a stream) is
:mod:`verbinder.io.sheetfiles`; reading one cell's value is :mod:`verbinder.io.sheetvalues`.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verbinder.errors import InputError, Problem, UsageError
from verbinder.i18n import Msg, t
from verbinder.io.sheetfiles import Row, Table, Where, cell, read_tables
from verbinder.io.sheetvalues import (
    FIELDS,
    KIND_WORDS,
    RATER_WORDS,
    REQUIRED,
    TABLE_NAMES,
    Bad,
    as_int,
    as_list,
    as_name,
    as_score,
    as_stance,
    as_tension,
    as_text,
    as_yes_no,
    normalise,
    slug,
)
from verbinder.model import (
    DEFAULT_KINDS,
    KIND_KEYS,
    MAX_ACTORS,
    MAX_LINKS,
    WHAT_KEYS,
    Model,
    check_references,
    suggest,
)

#: Most rows read from one table.
MAX_ROWS = MAX_LINKS + 1


# --- recognising tables and columns ---------------------------------------------------------------------------


def parse_map(items: Iterable[str]) -> dict[str, str]:
    """``--map COLUMN=FIELD`` options as {normalised column: field}; FIELD by its name or any header naming it.

    Raises :class:`~verbinder.errors.UsageError` for an item without ``=`` or an unknown field.
    """
    known: dict[str, str] = {}
    for fields in FIELDS.values():
        for name, headers in fields.items():
            known.setdefault(normalise(name), name)
            for header in headers:
                known.setdefault(normalise(header), name)
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise UsageError(Msg("sheet.err.map_form", item=item))
        field_name = known.get(normalise(target))
        if field_name is None:
            names = sorted({f for table in FIELDS.values() for f in table})
            raise UsageError(Msg("sheet.err.map_field", field=target.strip(), fields=", ".join(names)))
        mapping[normalise(column)] = field_name
    return mapping


def _role_by_name(title: str) -> str | None:
    name = normalise(title)
    for role, names in TABLE_NAMES.items():
        if name in (normalise(n) for n in names):
            return role
    return None


def _columns(table: Table, role: str, mapping: dict[str, str]) -> tuple[dict[str, int], list[int]]:
    """{field: column index} of ``table`` read as ``role``, and the indexes of columns nobody recognises."""
    fields = FIELDS[role]
    by_header: dict[str, str] = {}
    for f, headers in fields.items():
        for h in headers:
            by_header.setdefault(normalise(h), f)
    found: dict[str, int] = {}
    unknown: list[int] = []
    for i, header in enumerate(table.header):
        key = normalise(header) if header is not None else ""
        if not key:
            continue
        bare = normalise(re.sub(r"\(.*?\)|\[.*?\]", "", str(header)))  # "Invloed (1-5)" is "Invloed"
        name = next((mapping[k] for k in (key, bare) if mapping.get(k) in fields), None)
        name = name or by_header.get(key) or by_header.get(bare)
        if name is None or name in found:
            unknown.append(i)
        else:
            found[name] = i
    return found, unknown


def _role_by_columns(table: Table, mapping: dict[str, str]) -> str | None:
    for role in ("links", "actors"):
        found, _ = _columns(table, role, mapping)
        if all(f in found for f in REQUIRED[role]):
            return role
    return None


# --- building the model ---------------------------------------------------------------------------------------


@dataclass
class Imported:
    """The result of :func:`read_model`: a valid model, warnings (located), and which tables were read."""

    model: Model
    warnings: list[Problem] = field(default_factory=list)
    tables: dict[str, str] = field(default_factory=dict)  # role -> sheet / file title


class _Reader:
    """Collects problems and the cell of every value, while turning tables into a model's data."""

    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.cells: dict[tuple, Where] = {}  # model loc -> cell

    def rows(self, table: Table, role: str) -> Iterable[tuple[int, Callable[[str], tuple[Any, Where] | None]]]:
        """Per data row its number and a getter ``get(field) -> (value, cell) | None`` (None: no value)."""
        columns, unknown = _columns(table, role, self.mapping)
        for i in unknown:
            self.warnings.append(
                table.where(table.header_row, i).problem(
                    Msg("sheet.warn.column", column=as_text(table.header[i]) or "")
                )
            )
        missing = [f for f in REQUIRED[role] if f not in columns]
        if missing:
            self.problems.append(table.whole().problem(Msg("sheet.err.no_column", field=missing[0], table=table.title)))
            return
        for number, values in table.rows:

            def get(name: str, values: Row = values, number: int = number) -> tuple[Any, Where] | None:
                col = columns.get(name)
                value = None if col is None else cell(values, col)
                if col is None or as_text(value) is None:
                    return None
                return value, table.where(number, col)

            yield number, get

    def value(self, got: tuple[Any, Where] | None, convert: Callable[[Any], Any], loc: tuple) -> Any:
        """``convert`` the cell's value, remembering the cell for ``loc``; a problem (and None) when it fails."""
        if got is None:
            return None
        raw, where = got
        self.cells[loc] = where
        try:
            return convert(raw)
        except Bad as bad:
            self.problems.append(where.problem(bad.message))
            return None

    def put(
        self, target: dict[str, Any], key: str, got: tuple[Any, Where] | None, convert: Callable[[Any], Any], loc: tuple
    ) -> None:
        """``target[key]`` = the cell's value :meth:`value` gives, where it gives one."""
        value = self.value(got, convert, loc)
        if value is not None:
            target[key] = value

    def references(self, got: tuple[Any, Where] | None, resolve: Callable[[Any], str], loc: tuple) -> list[str]:
        """A cell listing names or ids (separated by ``,`` ``;`` ``|``), each ``resolve``d; a problem per unknown."""
        resolved = []
        for ref in self.value(got, as_list, loc) or []:
            try:
                resolved.append(resolve(ref))
            except Bad as bad:
                self.problems.append(self.cells[loc].problem(bad.message))
        return resolved


def read_model(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    lang: str | None = None,
    checks: Callable[[Model], list[tuple]] | None = None,
    today: _dt.date | None = None,
) -> Imported:
    """Read the spreadsheet at ``path`` into a validated model (see the module's description).

    ``mapping`` is :func:`parse_map`'s result; ``lang`` becomes the model's ``language`` where the workbook has no
    model table saying otherwise; ``checks`` returns further ``(loc, message)`` problems of the model (unknown
    competencies or roles), located at their cells too.  Raises :class:`~verbinder.errors.InputError` with every
    problem, located.  ``today``: for the warning on an assessment dated after it (default: the real today).
    """
    today = today or _dt.date.today()
    reader = _Reader(mapping or {})
    found = read_tables(path, max_rows=MAX_ROWS)
    tables = found.tables
    reader.warnings.extend(found.warnings)
    chosen: dict[str, Table] = {}
    for table in tables:
        if not table.header:
            if _role_by_name(table.title) is not None or len(tables) == 1:
                reader.problems.append(table.whole().problem(Msg("sheet.err.empty", table=table.title)))
            continue
        role = _role_by_name(table.title) or _role_by_columns(table, reader.mapping)
        if role is None and len(tables) == 1:
            role = "actors"  # one sheet: the actors, whatever its columns are called (the error will say)
        if role is None:
            reader.warnings.append(table.whole().problem(Msg("sheet.warn.table", table=table.title)))
        elif role in chosen:
            reader.problems.append(
                table.whole().problem(Msg("sheet.err.twice", table=table.title, first=chosen[role].title))
            )
        else:
            chosen[role] = table
    if "actors" not in chosen and not reader.problems:
        reader.problems.append(Problem(str(path), Msg("sheet.err.no_actors")))
    if reader.problems:
        raise InputError(reader.problems)

    data: dict[str, Any] = {"name": Path(path).stem if not Path(path).is_dir() else Path(path).name}
    if lang:
        data["language"] = lang
    if "model" in chosen:
        _model_table(reader, chosen["model"], data)
    kinds = _kinds_table(reader, chosen.get("kinds"), data)
    actors = _actors_table(reader, chosen["actors"], kinds, data)
    agenda = _agenda_table(reader, chosen.get("agenda"), actors, data)
    if "links" in chosen:
        _links_table(reader, chosen["links"], actors, agenda, data)
    if "competencies" in chosen:
        _competencies_table(reader, chosen["competencies"], actors, data)
    if "role_models" in chosen:
        _role_models_table(reader, chosen["role_models"], actors, data)
    if "assessments" in chosen:
        _assessments_table(reader, chosen["assessments"], actors, data, today)
    if reader.problems:
        raise InputError(reader.problems)
    model = _validate(reader, data, str(path), checks)
    return Imported(model, reader.warnings, {role: table.title for role, table in chosen.items()})


def _model_table(reader: _Reader, table: Table, data: dict[str, Any]) -> None:
    term: dict[str, Any] = {}
    for _, get in list(reader.rows(table, "model"))[:1]:
        for name in ("name", "language", "roles", "catalogue"):
            value = reader.value(get(name), as_text, (name,))
            if value is not None:
                data[name] = value.lower() if name == "language" else value
        for name in ("start", "end"):
            value = reader.value(get(name), as_text, ("term", name))
            if value is not None:
                term[name] = value[:7] if re.match(r"^\d{4}-\d\d-01$", value) else value
    if term:
        data["term"] = term


def kind_names(declared: Iterable[tuple[str, str | None, str | None]] = ()) -> dict[str, str]:
    """Every way to name a kind, normalised -> kind id: the six defaults by id, Dutch and English label and
    everyday word (:data:`KIND_WORDS`), then the ``declared`` kinds (id, Dutch label, English label)."""
    names: dict[str, str] = {}
    for kind in DEFAULT_KINDS:
        names[normalise(kind)] = kind
        for lang in ("nl", "en"):
            names.setdefault(normalise(t(KIND_KEYS[kind], lang)), kind)
        for word in KIND_WORDS[kind]:
            names.setdefault(word, kind)
    for kind_id, nl, en in declared:
        for label in (nl, en):
            if label:
                names.setdefault(normalise(label), kind_id)
        names[normalise(kind_id)] = kind_id
    return names


def _kinds_table(reader: _Reader, table: Table | None, data: dict[str, Any]) -> dict[str, str]:
    """Declared kinds into ``data``; returns :func:`kind_names` with them."""
    if table is None:
        return kind_names()
    declared: list[dict[str, Any]] = []
    for _, get in reader.rows(table, "kinds"):
        i = len(declared)
        kind_id = reader.value(get("id"), as_text, ("kinds", i, "id"))
        if kind_id is None:
            continue
        entry: dict[str, Any] = {"id": kind_id}
        label = reader.value(get("label"), as_text, ("kinds", i, "label"))
        nl = reader.value(get("label_nl"), as_text, ("kinds", i, "label", "nl")) or label
        en = reader.value(get("label_en"), as_text, ("kinds", i, "label", "en")) or label
        if nl or en:
            entry["label"] = {"nl": nl or en, "en": en or nl}
        declared.append(entry)
    data["kinds"] = declared
    return kind_names((k["id"], k.get("label", {}).get("nl"), k.get("label", {}).get("en")) for k in declared)


def _actors_table(reader: _Reader, table: Table, kinds: dict[str, str], data: dict[str, Any]) -> dict[str, str]:
    """Actors into ``data``; returns every way to name an actor (id; normalised name) -> actor id."""
    columns, _ = _columns(table, "actors", reader.mapping)
    has_ids = "id" in columns
    actors: list[dict[str, Any]] = []
    taken: set[str] = set()
    first_row: dict[str, Where] = {}
    kind_names = sorted({k for k in kinds})
    managers: list[tuple[dict[str, Any], int, tuple[Any, Where]]] = []

    def kind(value: Any) -> str:
        text = as_text(value) or ""
        found = kinds.get(normalise(text))
        if found is None:
            hint = suggest(normalise(text), kind_names)
            known = ", ".join(dict.fromkeys(kinds.values()))
            if hint is not None:
                raise Bad(Msg("sheet.err.kind_hint", value=text, hint=kinds[hint], kinds=known))
            raise Bad(Msg("sheet.err.kind", value=text, kinds=known))
        return found

    for _, get in reader.rows(table, "actors"):
        i = len(actors)
        actor: dict[str, Any] = {}
        name = reader.value(get("name"), as_name, ("actors", i, "name"))
        if name is None:
            got = get("kind") or get("id")
            if got is not None:
                reader.problems.append(got[1].problem(Msg("sheet.err.no_name")))
            continue
        actor_id = reader.value(get("id"), as_text, ("actors", i, "id"))
        where = reader.cells[("actors", i, "name")]
        if not has_ids:
            key = normalise(name) or name
            if key in first_row:
                first = first_row[key]
                reader.problems.append(where.problem(Msg("sheet.err.duplicate_name", name=name, first=first.row)))
                continue
            first_row[key] = where
            actor_id = slug(name, taken)
        elif actor_id is None:
            actor_id = slug(name, taken)
        else:
            taken.add(actor_id)
        actor["id"] = actor_id
        actor["name"] = name
        got = get("kind")
        if got is None:
            reader.problems.append(where.problem(Msg("sheet.err.no_kind", name=name)))
        else:
            actor["kind"] = reader.value(got, kind, ("actors", i, "kind"))
        for score in ("influence", "interest"):
            reader.put(actor, score, get(score), as_score, ("actors", i, score))
        reader.put(actor, "department", get("department"), as_text, ("actors", i, "department"))
        if reader.value(get("kopgroep"), as_yes_no, ("actors", i, "kopgroep")):
            actor["kopgroep"] = True
        reader.put(actor, "capacity", get("capacity"), lambda v: as_int(v, 0, 100), ("actors", i, "capacity"))
        reader.put(actor, "role", get("role"), as_text, ("actors", i, "role"))
        reader.put(actor, "stance", get("stance"), as_stance, ("actors", i, "stance"))
        for key in ("employee_id", "function", "scale", "note"):
            reader.put(actor, key, get(key), as_name, ("actors", i, key))
        manager = get("manager")
        if manager is not None:
            managers.append((actor, i, manager))
        actors.append(actor)
        if len(actors) > MAX_ACTORS:
            break
    data["actors"] = actors
    names: dict[str, str] = {}
    for actor in actors:
        names.setdefault(normalise(actor["name"]) or actor["name"].strip(), actor["id"])
    for actor in actors:
        names[actor["id"]] = actor["id"]
    resolve = _resolver(names, "actor")
    for actor, i, got in managers:  # a manager is any actor, also one in a later row
        reader.put(actor, "manager", got, resolve, ("actors", i, "manager"))
    return names


def _agenda_table(reader: _Reader, table: Table | None, actors: dict[str, str], data: dict[str, Any]) -> dict[str, str]:
    names: dict[str, str] = {}
    if table is None:
        return names
    actor = _resolver(actors, "actor")
    items: list[dict[str, Any]] = []
    taken: set[str] = set()
    for _, get in reader.rows(table, "agenda"):
        i = len(items)
        title = reader.value(get("title"), as_name, ("agenda", i, "title"))
        if title is None:
            continue
        item_id = reader.value(get("id"), as_text, ("agenda", i, "id"))
        if item_id is None:
            item_id = slug(title, taken, "item")
        taken.add(item_id)
        item: dict[str, Any] = {"id": item_id, "title": title}
        reader.put(item, "due", get("due"), as_text, ("agenda", i, "due"))
        stakeholders = reader.references(get("stakeholders"), actor, ("agenda", i, "stakeholders"))
        if stakeholders:
            item["stakeholders"] = stakeholders
        reader.put(item, "owner", get("owner"), actor, ("agenda", i, "owner"))
        items.append(item)
        names.setdefault(normalise(title) or title, item_id)
    for item in items:
        names[item["id"]] = item["id"]
    data["agenda"] = items
    return names


def _resolver(names: dict[str, str], what: str) -> Callable[[Any], str]:
    shown = sorted(k for k in names if k == names[k])

    def resolve(value: Any) -> str:
        text = as_text(value) or ""
        found = names.get(text) or names.get(normalise(text) or text)
        if found is None and not normalise(text) and what == "actor":
            raise Bad(Msg("sheet.err.no_actor", value=text))
        if found is None:
            hint = suggest(text, shown) or suggest(normalise(text), names)
            if hint is not None:
                hint = names[hint]
                raise Bad(Msg("err.unknown_hint", what=Msg(WHAT_KEYS[what]), value=text, hint=hint))
            raise Bad(Msg("err.unknown", what=Msg(WHAT_KEYS[what]), value=text))
        return found

    return resolve


def _links_table(
    reader: _Reader, table: Table, actors: dict[str, str], agenda: dict[str, str], data: dict[str, Any]
) -> None:
    actor = _resolver(actors, "actor")
    item = _resolver(agenda, "agenda")
    links: list[dict[str, Any]] = []
    for _, get in reader.rows(table, "links"):
        i = len(links)
        link: dict[str, Any] = {}
        reader.put(link, "id", get("id"), as_text, ("links", i, "id"))
        for end in ("from", "to", "via"):
            got = get(end)
            if got is None and end != "via":
                cell = get("from") or get("to")
                if cell is not None:
                    reader.problems.append(cell[1].problem(Msg("sheet.err.no_end", end=end)))
                continue
            reader.put(link, end, got, actor, ("links", i, end))
        reader.put(link, "topic", get("topic"), as_text, ("links", i, "topic"))
        reader.put(link, "tension", get("tension"), as_tension, ("links", i, "tension"))
        items = reader.references(get("agenda"), item, ("links", i, "agenda"))
        if items:
            link["agenda"] = items
        team = reader.references(get("team"), actor, ("links", i, "team"))
        if team:
            link["team"] = team
        reader.put(link, "note", get("note"), as_name, ("links", i, "note"))
        if "from" in link and "to" in link:
            links.append(link)
    data["links"] = links


def _competencies_table(reader: _Reader, table: Table, actors: dict[str, str], data: dict[str, Any]) -> None:
    actor = _resolver(actors, "actor")
    index = {a["id"]: a for a in data["actors"]}
    position = {a["id"]: i for i, a in enumerate(data["actors"])}
    for number, get in reader.rows(table, "competencies"):
        who = reader.value(get("actor"), actor, ("competencies", number, "actor"))
        competency = reader.value(get("competency"), as_text, ("competencies", number, "competency"))
        level = reader.value(get("level"), lambda v: as_int(v, 0, 4), ("competencies", number, "level"))
        if who is not None and competency is not None and level is not None:
            i = position[who]
            reader.cells[("actors", i, "competencies", competency)] = reader.cells[
                ("competencies", number, "competency")
            ]
            index[who].setdefault("competencies", {})[competency] = level


def _role_models_table(reader: _Reader, table: Table, actors: dict[str, str], data: dict[str, Any]) -> None:
    actor = _resolver(actors, "actor")
    models: list[dict[str, Any]] = []
    for _, get in reader.rows(table, "role_models"):
        i = len(models)
        name = reader.value(get("name"), as_text, ("role_models", i, "name"))
        if name is None:
            continue
        entry: dict[str, Any] = {"name": name}
        reader.put(entry, "organisation", get("organisation"), as_text, ("role_models", i, "organisation"))
        competencies = reader.value(get("competencies"), as_list, ("role_models", i, "competencies"))
        if competencies:
            entry["competencies"] = competencies
        reader.put(entry, "actor", get("actor"), actor, ("role_models", i, "actor"))
        models.append(entry)
    data["role_models"] = models


def _assessments_table(
    reader: _Reader, table: Table, actors: dict[str, str], data: dict[str, Any], today: _dt.date
) -> None:
    """The history of assessed levels, each row onto its actor's ``assessments``; a date after ``today`` is a
    warning at its cell (an assessment has taken place)."""
    actor = _resolver(actors, "actor")
    index = {a["id"]: a for a in data["actors"]}
    position = {a["id"]: i for i, a in enumerate(data["actors"])}

    def rater(value: Any) -> str:
        text = normalise(as_text(value) or "")
        found = RATER_WORDS.get(text, text)
        if found not in ("self", "manager", "peer"):
            raise Bad(Msg("err.unknown", what=Msg(WHAT_KEYS["rater"]), value=as_text(value) or ""))
        return found

    for number, get in reader.rows(table, "assessments"):
        loc = ("assessments", number)
        who = reader.value(get("actor"), actor, (*loc, "actor"))
        competency = reader.value(get("competency"), as_text, (*loc, "competency"))
        level = reader.value(get("level"), lambda v: as_int(v, 0, 4), (*loc, "level"))
        date = reader.value(get("date"), as_text, (*loc, "date"))
        by = reader.value(get("rater"), rater, (*loc, "rater"))
        if who is None or competency is None or level is None or date is None:
            continue
        history = index[who].setdefault("assessments", [])
        i, k = position[who], len(history)
        for key in ("competency", "level", "date", "rater"):
            if (*loc, key) in reader.cells:
                reader.cells[("actors", i, "assessments", k, key)] = reader.cells[(*loc, key)]
        entry: dict[str, Any] = {"competency": competency, "level": level, "date": date}
        if by is not None:
            entry["rater"] = by
        history.append(entry)
        if re.match(r"^\d{4}-\d\d-\d\d$", date) and date > today.isoformat():
            reader.warnings.append(reader.cells[(*loc, "date")].problem(Msg("sheet.warn.future_date", value=date)))


def _validate(reader: _Reader, data: dict[str, Any], file: str, checks: Callable[[Model], list[tuple]] | None) -> Model:
    """``data`` as a model; pydantic's and the reference checks' problems located at their cells."""
    from pydantic import ValidationError

    from verbinder.io.validate import error_message

    def where(loc: tuple) -> Where | None:
        loc = tuple(loc)
        while loc:
            if loc in reader.cells:
                return reader.cells[loc]
            if len(loc) >= 2 and isinstance(loc[1], int):
                # the row's first cell we know of
                for key, cell in reader.cells.items():
                    if key[:2] == loc[:2]:
                        return cell
            loc = loc[:-1]
        return None

    def locate(loc: tuple, message: Any) -> Problem:
        cell = where(loc)
        return cell.problem(message) if cell is not None else Problem(file, message)

    try:
        model = Model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        raise InputError([locate(tuple(e["loc"]), error_message(dict(e))) for e in errors]) from None
    issues = check_references(model)
    if not issues and checks is not None:
        issues = checks(model)
    if issues:
        raise InputError([locate(loc, msg) for loc, msg, *_ in issues])
    return model


# --- writing CSV files ----------------------------------------------------------------------------------------


def write_csv_folder(folder: Path, files: dict[str, bytes], *, force: bool) -> None:
    """Write ``files`` into ``folder`` (made if missing), each atomically; nothing is written when one exists
    and ``force`` is false."""
    from verbinder.io.atomic import refuse_existing, write_bytes

    if folder.exists() and not folder.is_dir():
        raise UsageError(Msg("sheet.err.csv_folder", path=str(folder)))
    for name in files:
        refuse_existing(folder / name, force)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from verbinder.errors import os_reason

        raise UsageError(Msg("err.cannot_write", path=str(folder), reason=os_reason(exc))) from None
    for name, data in files.items():
        write_bytes(folder / name, data, force=force or not (folder / name).exists())
