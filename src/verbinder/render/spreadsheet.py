"""Write a model as spreadsheet tables (xlsx, CSV) and as a commented model file.

:func:`tables_of` gives the tables :mod:`verbinder.io.spreadsheet` reads, headers and sheet names in the
chosen language, so ``verbinder import`` of what ``verbinder export`` wrote gives the same model back.  No cell
can run as a formula: xlsx text cells are stored as text, and CSV text that a spreadsheet would read as a formula
starts with ``'`` (:func:`verbinder.render.safe.csv_cell`), which the import removes again.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass
from typing import Any

from verbinder.i18n import t
from verbinder.model import DEFAULT_KINDS, KIND_KEYS, TENSION_KEYS, Model

#: The tables in the order of the sheets (what a person works on first), and per table the fields of its columns;
#: sheet names and headers are :mod:`verbinder.io.spreadsheet`'s, so the import recognises them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": (
        "id",
        "name",
        "kind",
        "influence",
        "interest",
        "department",
        "kopgroep",
        "capacity",
        "role",
        "stance",
        "employee_id",
        "function",
        "scale",
        "manager",
        "note",
    ),
    "links": ("id", "from", "to", "via", "team", "topic", "tension", "agenda", "note"),
    "agenda": ("id", "title", "due", "stakeholders", "owner"),
    "kinds": ("id", "label_nl", "label_en"),
    "competencies": ("actor", "competency", "level"),
    "role_models": ("name", "organisation", "competencies", "actor"),
    "assessments": ("actor", "competency", "level", "date", "rater"),
    "model": ("name", "language", "start", "end", "roles", "catalogue"),
}


#: Columns written only where some row has a value in them.
OPTIONAL = frozenset({"employee_id", "function", "scale", "manager", "note", "team"})


@dataclass
class SheetTable:
    """One table to write: its role, title, headers and rows of plain values (text, int or None)."""

    role: str
    title: str
    headers: list[str]
    rows: list[list[Any]]


#: The message key of each stance, as a spreadsheet cell says it.
STANCE_KEYS = {
    "supports": "sheet.stance.supports",
    "neutral": "sheet.stance.neutral",
    "opposes": "sheet.stance.opposes",
    "unknown": "sheet.stance.unknown",
}


def tables_of(model: Model, lang: str) -> list[SheetTable]:
    """The model as tables in ``lang`` (see the module's description); empty optional tables are left out."""
    from verbinder.io.spreadsheet import FIELDS, TABLE_NAMES, kind_names, normalise

    which = 0 if lang == "nl" else 1
    # a kind is written by its label where that label reads back as the same kind, else by its id
    names = kind_names((k.id, k.label.nl, k.label.en) if k.label else (k.id, None, None) for k in model.kinds)
    labels: dict[str, str] = {}
    for kind in DEFAULT_KINDS:  # by its label, unless a declared kind answers to that label (Inwoners)
        shown = t(KIND_KEYS[kind], lang)
        labels[kind] = shown if names.get(normalise(shown)) == kind else kind
    for declared in model.kinds:
        label = (declared.label.nl if lang == "nl" else declared.label.en) if declared.label else None
        readable = label is not None and names.get(normalise(label)) == declared.id
        labels[declared.id] = label if readable and label is not None else declared.id
    yes = t("kumu.yes", lang)

    rows: dict[str, list[list[Any]]] = {
        "model": [
            [
                model.name,
                model.language,
                model.term.start if model.term else None,
                model.term.end if model.term else None,
                model.roles,
                model.catalogue,
            ]
        ],
        "kinds": [[k.id, k.label.nl if k.label else None, k.label.en if k.label else None] for k in model.kinds],
        "actors": [
            [a.id, a.name, labels.get(a.kind, a.kind), a.influence, a.interest, a.department,
             yes if a.kopgroep else None, a.capacity, a.role, t(STANCE_KEYS[a.stance], lang),
             a.employee_id, a.function, a.scale, a.manager, a.note]
            for a in model.actors
        ],
        "links": [
            [link.id, link.from_, link.to, link.via, ", ".join(link.team) or None, link.topic,
             t(TENSION_KEYS[link.tension], lang), ", ".join(link.agenda) or None, link.note]
            for link in model.links
        ],
        "agenda": [
            [item.id, item.title, item.due, ", ".join(item.stakeholders) or None, item.owner]
            for item in model.agenda
        ],
        "competencies": [[a.id, cid, level] for a in model.actors for cid, level in a.competencies.items()],
        "role_models": [
            [rm.name, rm.organisation, ", ".join(rm.competencies) or None, rm.actor] for rm in model.role_models
        ],
        "assessments": [
            [a.id, e.competency, e.level, e.date, e.rater.value] for a in model.actors for e in a.assessments
        ],
    }  # fmt: skip
    tables = []
    for role, fields in COLUMNS.items():
        if not rows[role] and role not in ("actors", "links"):
            continue
        # a column only some models use (HR fields, teams, notes) is left out where no row has a value
        keep = [i for i, f in enumerate(fields) if f not in OPTIONAL or any(r[i] is not None for r in rows[role])]
        headers = [FIELDS[role][fields[i]][which] for i in keep]
        table_rows = [[r[i] for i in keep] for r in rows[role]]
        tables.append(SheetTable(role, TABLE_NAMES[role][which], headers, table_rows))
    return tables


def xlsx_bytes(model: Model, lang: str) -> bytes:
    """The model as an xlsx workbook: one sheet per table, bold frozen header row, every text cell stored as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from verbinder.render.safe import spreadsheet_cell

    book = Workbook()
    book.remove(book.active)
    for table in tables_of(model, lang):
        sheet = book.create_sheet(table.title)
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for number, row in enumerate(table.rows, start=2):
            for col, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=number, column=col, value=spreadsheet_cell(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # text, never a formula
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions  # Excel's filter buttons on the header row
        for col, header in enumerate(table.headers):
            longest = max([len(header) + 3, *(len(str(row[col])) for row in table.rows if row[col] is not None)])
            sheet.column_dimensions[get_column_letter(col + 1)].width = min(longest + 2, 70)
        # printed: landscape, as wide as the page, the header row on every page
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.print_title_rows = "1:1"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_cell(value: Any) -> Any:
    """One CSV cell that no spreadsheet runs as a formula, and that the import reads back as ``value``.

    Beside :func:`verbinder.render.safe.csv_cell`'s ``'`` before ``=``, ``+``, ``-``, ``@`` and line breaks, a
    text that itself starts with ``'`` gets one more, so removing one on import gives the text back.
    """
    from verbinder.render.safe import csv_cell as safe_cell
    from verbinder.render.safe import visible

    if isinstance(value, str) and value.startswith("'"):
        return "'" + visible(value)
    return safe_cell(value)


def csv_files(model: Model, lang: str) -> dict[str, bytes]:
    """The model as CSV files by file name (``actoren.csv``, ...): UTF-8 with BOM (Excel reads it), ``;``-separated
    in Dutch as Dutch Excel expects, ``,`` in English."""
    files = {}
    for table in tables_of(model, lang):
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow(["" if v is None else csv_cell(v) for v in row])
        name = table.title.lower().replace(" ", "-") + ".csv"
        files[name] = buffer.getvalue().encode("utf-8-sig")
    return files


# --- the model file -------------------------------------------------------------------------------------------


def model_yaml(model: Model, lang: str, *, source: str, tables: dict[str, str], today: _dt.date | None = None) -> str:
    """The model as a commented YAML model file, as ``verbinder import`` writes it.

    The comments say where it came from (``source`` and its ``tables``: role -> sheet name), the scales, and what to
    do next; the data is plain YAML in the order of the model file in docs/model.md.
    """
    import yaml

    today = today or _dt.date.today()

    class Dumper(yaml.SafeDumper):
        """Text holding a line break YAML would fold (U+0085, U+2028, U+2029, CR) or a control character is
        written double-quoted with escapes, so it reads back as the same text."""

    def text(dumper: yaml.SafeDumper, value: str) -> Any:
        escaped = any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in value)
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if escaped else None)

    Dumper.add_representer(str, text)

    def dump(value: Any) -> str:
        return yaml.dump(value, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=118, default_flow_style=False)

    def comment(key: str, **params: Any) -> list[str]:
        return ["# " + line if line else "#" for line in t(key, lang, **params).split("\n")]

    from verbinder.render.safe import line

    # a file or sheet name is text from outside: a line break in it (also U+0085, U+2028, CR) would end the comment
    # and write YAML; escaped, it stays one comment line
    sheets = ", ".join(line(title) for title in tables.values())
    out = comment("sheet.yaml.head", source=line(source), sheets=sheets, date=today.isoformat())
    out.append("")
    top: dict[str, Any] = {"name": model.name}
    for key in ("language", "roles", "catalogue"):
        if getattr(model, key) is not None:
            top[key] = getattr(model, key)
    if model.term is not None:
        top["term"] = {"start": model.term.start, "end": model.term.end}
    out.append(dump(top).rstrip())
    if model.kinds:
        out += ["", *comment("sheet.yaml.kinds")]
        out.append(dump({"kinds": [k.model_dump(exclude_none=True) for k in model.kinds]}).rstrip())
    out += ["", *comment("sheet.yaml.actors")]
    actors = []
    for a in model.actors:
        entry: dict[str, Any] = {"id": a.id, "name": a.name, "kind": a.kind, "influence": a.influence,
                                 "interest": a.interest}  # fmt: skip
        if a.department is not None:
            entry["department"] = a.department
        if a.kopgroep:
            entry["kopgroep"] = True
        if a.capacity != 4:
            entry["capacity"] = a.capacity
        if a.role is not None:
            entry["role"] = a.role
        if a.competencies:
            entry["competencies"] = dict(a.competencies)
        if a.stance.value != "unknown":
            entry["stance"] = a.stance.value
        for key in ("employee_id", "function", "scale", "manager", "note"):
            if getattr(a, key) is not None:
                entry[key] = getattr(a, key)
        if a.assessments:
            entry["assessments"] = [e.model_dump(mode="json") for e in a.assessments]
        actors.append(entry)
    out.append(dump({"actors": actors}).rstrip())
    out += ["", *comment("sheet.yaml.links")]
    links = []
    for link in model.links:
        entry = {k: v for k, v in (("id", link.id), ("from", link.from_), ("to", link.to), ("via", link.via),
                                   ("topic", link.topic)) if v is not None}  # fmt: skip
        if link.team:
            entry["team"] = list(link.team)
        if link.agenda:
            entry["agenda"] = list(link.agenda)
        if link.tension.value != "low":
            entry["tension"] = link.tension.value
        if link.note is not None:
            entry["note"] = link.note
        links.append(entry)
    out.append(dump({"links": links}).rstrip() if links else "links: []")
    if model.agenda:
        out += ["", *comment("sheet.yaml.agenda")]
        out.append(dump({"agenda": [i.model_dump(exclude_defaults=True) for i in model.agenda]}).rstrip())
    if model.role_models:
        out.append("")
        out.append(dump({"role_models": [r.model_dump(exclude_none=True, exclude_defaults=True)
                                         for r in model.role_models]}).rstrip())  # fmt: skip
    return "\n".join(out) + "\n"
