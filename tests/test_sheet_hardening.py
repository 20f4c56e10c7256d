"""Spreadsheets from careless or hostile hands (issue 27): workbooks and CSV files that once hung, blew up memory,
ended in a traceback or attached links to the wrong actor.  Each is one located sentence, exit 2, nothing written;
or, for what a person may well have meant, a warning at its cell."""

from __future__ import annotations

import itertools
import os
import threading
from pathlib import Path

import pytest

from verbinder.cli.common import render_problem
from verbinder.errors import InputError
from verbinder.io import sheetfiles
from verbinder.io.spreadsheet import normalise, read_model
from xlsxcraft import actors, number, row, text, workbook


def messages(exc: InputError, lang: str = "en") -> list[str]:
    return [render_problem(p, lang) for p in exc.problems]


def refused(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        read_model(path)
    return messages(info.value)


def warnings(path: Path) -> list[str]:
    return [render_problem(w, "en") for w in read_model(path).warnings]


def book(tmp_path: Path, name: str = "b.xlsx", **kwargs) -> Path:
    sheets = kwargs.pop("sheets", None) or [("Actoren", kwargs.pop("data"))]
    path = tmp_path / name
    path.write_bytes(workbook(sheets, **kwargs))
    return path


ANNA = row(2, text("A2", "Anna"), text("B2", "politics"))


def test_a_workbook_written_by_hand_reads_as_openpyxl_reads_it(tmp_path):
    path = book(tmp_path, data=actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms"), number("C3", "4")),
                                      header=("Naam", "Soort", "Invloed")))  # fmt: skip
    model = read_model(path).model
    assert [(a.name, a.kind, a.influence) for a in model.actors] == [("Anna", "politics", 3), ("Bert", "firms", 4)]


# --- size: a workbook costs its used cells, not its extent ----------------------------------------------------


@pytest.mark.parametrize("far", ["XFD1048576", "XFD2", "A1048576", "ZZ900000"])
def test_a_far_blank_or_styled_cell_costs_nothing(tmp_path, far):
    far_row = int("".join(c for c in far if c.isdigit()))
    blank = row(far_row, f'<c r="{far}" s="1"/>') if far_row > 2 else ""
    same_row = f'<c r="{far}" s="1"/>' if far_row == 2 else ""
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), same_row), blank)
    model = read_model(book(tmp_path, data=data)).model
    assert [a.name for a in model.actors] == ["Anna"]


def test_a_far_filled_cell_is_one_cell_not_a_padded_row(tmp_path):
    data = actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms"), text("XFD3", "a note")))
    imported = read_model(book(tmp_path, data=data))
    assert [a.name for a in imported.model.actors] == ["Anna", "Bert"]


@pytest.mark.parametrize(
    ("limit", "shared", "expected"),
    [
        ("MAX_SHARED", ["x"] * 11, "limit: 10"),
        ("MAX_SHARED_CHARS", ["x" * 6, "y" * 6], "limit: 10"),
    ],
)
def test_shared_strings_beyond_their_bound_are_refused(tmp_path, monkeypatch, limit, shared, expected):
    monkeypatch.setattr(sheetfiles, limit, 10)
    path = book(tmp_path, data=actors(ANNA), shared=shared)
    assert refused(path) == [f"{path}: the workbook holds more text than verbinder reads ({expected})"]


def test_a_part_that_unpacks_beyond_its_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    """A shared-strings bomb: megabytes that unpack to gigabytes.  The declared size is checked first (zipfile
    holds a part to it), so nothing of it is read."""
    monkeypatch.setattr(sheetfiles, "MAX_PART_BYTES", 1024 * 1024)
    bomb = "<si><t>" + "A" * 2_000_000 + "</t></si>"
    path = book(tmp_path, data=actors(ANNA), shared_xml=f'<sst xmlns="{"x"}">{bomb}</sst>')
    assert path.stat().st_size < 20_000
    assert refused(path) == [f"{path}: the part xl/sharedStrings.xml of the workbook is larger than 1 MB unpacked"]


def test_the_parts_together_have_a_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetfiles, "MAX_BOOK_BYTES", 1024 * 1024)
    many = "".join(row(r, text(f"A{r}", f"Actor {r}"), text(f"B{r}", "firms")) for r in range(2, 12_000))
    path = book(tmp_path, data=actors(many))
    assert refused(path) == [f"{path}: the part xl/worksheets/sheet1.xml of the workbook is larger than 1 MB unpacked"]


def test_filled_cells_beyond_their_bound_are_refused_at_the_cell(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetfiles, "MAX_CELLS", 5)
    data = actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms")))
    path = book(tmp_path, data=data)
    assert refused(path) == [f"{path}:Actoren!B3: more than 5 filled cells"]


def test_rows_beyond_the_limit_are_refused_but_blank_rows_are_not_rows(tmp_path, monkeypatch):
    from verbinder.io import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 3)
    blank = "".join(row(r, f'<c r="A{r}" s="1"/>') for r in range(3, 100))
    assert [a.name for a in read_model(book(tmp_path, data=actors(ANNA, blank))).model.actors] == ["Anna"]
    many = "".join(row(r, text(f"A{r}", f"Actor {r}"), text(f"B{r}", "firms")) for r in range(2, 9))
    path = book(tmp_path, "many.xlsx", data=actors(many))
    assert refused(path) == [f"{path}:Actoren!A5: more than 3 rows"]


# --- parts that cannot be read: located, never a traceback ----------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        ("<worksheet><sheetData><row r='1'>", "line 1, column 34"),
        ("<worksheet><sheetData></row></sheetData></worksheet>", "line 1, column 25"),
        ("\n\n<worksheet>&undefined;</worksheet>", "line 3, column 12"),
        ("", "line 1, column 1"),
    ],
)
def test_broken_sheet_xml_is_located_in_its_part(tmp_path, raw, where):
    path = book(tmp_path, data=actors(ANNA), raw_sheets={0: raw})
    assert refused(path) == [
        f"{path}:Actoren: the part xl/worksheets/sheet1.xml of the workbook is not well-formed XML ({where}); "
        "save it again in Excel"
    ]


def test_broken_shared_strings_are_located_in_their_part(tmp_path):
    path = book(tmp_path, data=actors(ANNA), shared_xml="<sst><si><t>open</sst>")
    assert refused(path) == [
        f"{path}: the part xl/sharedStrings.xml of the workbook is not well-formed XML (line 1, column 19); "
        "save it again in Excel"
    ]


@pytest.mark.parametrize("index", ["99", "-1", "abc", ""])
def test_a_shared_string_index_that_does_not_exist(tmp_path, index):
    data = actors(row(2, f'<c r="A2" t="s"><v>{index}</v></c>', text("B2", "politics")))
    path = book(tmp_path, data=data, shared=["Naam"])
    assert refused(path) == [
        f"{path}:Actoren!A2: the cell points at text number {index}, which the workbook does not hold; "
        "save it again in Excel"
    ]


@pytest.mark.parametrize("value", ["abc", "1e999", "nan", "3,5", ""])
def test_text_stored_in_a_number_cell(tmp_path, value):
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), number("C2", value)),
                  header=("Naam", "Soort", "Invloed"))  # fmt: skip
    path = book(tmp_path, data=data)
    assert refused(path) == [f"{path}:Actoren!C2: '{value}' is stored as a number but is not one; type the value again"]


@pytest.mark.parametrize("value", ["2027-02-31", "2027-13-01", "yesterday", "2027-06-31T10:00:00"])
def test_an_impossible_date_cell(tmp_path, value):
    agenda = row(1, text("A1", "Titel"), text("B1", "Klaar in"))
    agenda += row(2, text("A2", "Wonen"), f'<c r="B2" t="d"><v>{value}</v></c>')
    path = book(tmp_path, sheets=[("Actoren", actors(ANNA)), ("Agenda", agenda)])
    assert refused(path) == [f"{path}:Agenda!B2: '{value}' is not a real date (check the day and the month)"]


def test_dates_stored_as_dates_or_as_numbers_in_a_date_style_are_read_as_dates(tmp_path):
    agenda = (row(1, text("A1", "Titel"), text("B1", "Klaar in"))
              + row(2, text("A2", "Wonen"), '<c r="B2" t="d"><v>2027-06-30T00:00:00Z</v></c>')
              + row(3, text("A3", "Werk"), number("B3", "46568", style=1)))  # fmt: skip
    path = book(tmp_path, sheets=[("Actoren", actors(ANNA)), ("Agenda", agenda)])
    assert [i.due for i in read_model(path).model.agenda] == ["2027-06-30", "2027-06-30"]


def test_a_date_serial_beyond_every_calendar(tmp_path):
    agenda = row(1, text("A1", "Titel"), text("B1", "Klaar in")) + row(2, text("A2", "Wonen"), number("B2", "9e12", 1))
    path = book(tmp_path, sheets=[("Actoren", actors(ANNA)), ("Agenda", agenda)])
    assert refused(path) == [f"{path}:Agenda!B2: '9e12' is stored as a date but no calendar goes that far"]


@pytest.mark.parametrize(
    ("ref", "row_number"),
    [("ZZZZ2", 2), ("XFE2", 2), ("A0", 2), ("B3", 2), ("1A", 2), ("a2", 2), ("A" + "9" * 30, 2)],
)
def test_a_cell_reference_outside_its_row_or_the_sheet(tmp_path, ref, row_number):
    data = actors(row(row_number, text("A2", "Anna"), f'<c r="{ref}" t="inlineStr"><is><t>x</t></is></c>'))
    path = book(tmp_path, data=data)
    shown = ref[:20]
    assert refused(path) == [
        f"{path}:Actoren: cell reference '{shown}' is not a cell of row {row_number} (columns A to XFD); "
        "save the workbook again in Excel"
    ]


@pytest.mark.parametrize("ref", ["0", "1048577", "99999999999"])
def test_a_row_number_outside_the_sheet(tmp_path, ref):
    path = book(tmp_path, data=actors(f'<row r="{ref}"><c t="inlineStr"><is><t>x</t></is></c></row>'))
    assert refused(path) == [
        f"{path}:Actoren: row number '{ref}' is not a row of a sheet (1 to 1,048,576); save the workbook again in Excel"
    ]


@pytest.mark.parametrize("value", ["2", "true", "ja"])
def test_a_true_false_cell_that_is_neither(tmp_path, value):
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), f'<c r="C2" t="b"><v>{value}</v></c>'),
                  header=("Naam", "Soort", "Kopgroep"))  # fmt: skip
    path = book(tmp_path, data=data)
    assert refused(path) == [f"{path}:Actoren!C2: '{value}' is stored as true/false but is neither"]


@pytest.mark.parametrize("charts", [1, 3])
def test_a_workbook_of_chart_sheets_only(tmp_path, charts):
    path = tmp_path / "charts.xlsx"
    path.write_bytes(workbook([], charts=charts))
    assert refused(path) == [f"{path}: the workbook holds only chart sheets, no worksheet with a table"]


def test_chart_sheets_beside_a_worksheet_are_passed_over(tmp_path):
    path = book(tmp_path, data=actors(ANNA), charts=2)
    assert [a.name for a in read_model(path).model.actors] == ["Anna"]


def test_a_workbook_without_sheets_or_without_its_workbook_part(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(workbook([]))
    assert refused(empty) == [f"{empty}: the workbook holds no worksheet"]
    import zipfile

    partless = tmp_path / "partless.xlsx"
    with zipfile.ZipFile(partless, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    assert refused(partless) == [f"{partless}: the workbook lacks its part xl/workbook.xml; save it again in Excel"]


# --- what a person may not have meant: warnings at their cells ------------------------------------------------


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_read_with_a_warning(tmp_path, state):
    links = row(1, text("A1", "Van"), text("B1", "Naar")) + row(2, text("A2", "Anna"), text("B2", "Bert"))
    data = actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms")))
    path = book(tmp_path, sheets=[("Actoren", data), ("Verbindingen", links)], states={"Verbindingen": state})
    assert warnings(path) == [
        f"{path}:Verbindingen!A1: sheet 'Verbindingen' is hidden and is read all the same; show it to see what it holds"
    ]


def test_hidden_rows_are_read_with_one_warning_at_the_first(tmp_path):
    data = actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms"), attrs=' hidden="1"'),
                  row(4, text("A4", "Cor"), text("B4", "firms"), attrs=' hidden="true"'),
                  row(5, '<c r="A5" s="1"/>', attrs=' hidden="1"'))  # fmt: skip
    path = book(tmp_path, data=data)
    assert len(read_model(path).model.actors) == 3
    assert warnings(path) == [
        f"{path}:Actoren!A3: 2 hidden rows are read all the same (the first is this one); "
        "show them to see what they hold"
    ]


def test_a_formula_without_a_computed_value_is_a_warning_not_a_default(tmp_path):
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), '<c r="C2"><f>SUM(D2:D9)</f></c>'),
                  header=("Naam", "Soort", "Invloed"))  # fmt: skip
    path = book(tmp_path, data=data)
    assert warnings(path) == [
        f"{path}:Actoren!C2: a formula without a computed value is read as empty; "
        "open the workbook in Excel and save it"
    ]


def test_a_formula_with_its_computed_value_is_read_as_the_value(tmp_path):
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), '<c r="C2"><f>2+2</f><v>4</v></c>'),
                  header=("Naam", "Soort", "Invloed"))  # fmt: skip
    imported = read_model(book(tmp_path, data=data))
    assert (imported.model.actors[0].influence, imported.warnings) == (4, [])


def test_an_error_value_is_a_warning(tmp_path):
    data = actors(row(2, text("A2", "Anna"), text("B2", "politics"), '<c r="C2" t="e"><v>#REF!</v></c>'),
                  header=("Naam", "Soort", "Invloed"))  # fmt: skip
    path = book(tmp_path, data=data)
    assert warnings(path) == [f"{path}:Actoren!C2: the cell holds the error #REF! and is read as empty"]


def test_rich_text_and_phonetic_runs(tmp_path):
    shared_xml = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Naam</t></si><si><t>Soort</t>'
        "</si><si><r><t>An</t></r><r><t>na</t></r><rPh><t>ANNA</t></rPh></si><si><t>politics_x000D_</t></si></sst>"
    )
    data = row(1, '<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>') + row(
        2, '<c r="A2" t="s"><v>2</v></c>', '<c r="B2" t="s"><v>3</v></c>'
    )
    path = book(tmp_path, data=data, shared_xml=shared_xml)
    assert [(a.name, a.kind) for a in read_model(path).model.actors] == [("Anna", "politics")]


# --- CSV files and folders ------------------------------------------------------------------------------------


NOT_REGULAR = "{}: is not a regular file (a FIFO, socket or device); save the spreadsheet as a file"


def test_a_csv_that_is_a_link_to_dev_zero_is_read_with_a_bound(tmp_path):
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    assert refused(link) == [f"{link}: the input has more than the limit of 52,428,800 bytes"]


def test_a_fifo_named_csv_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done: list[list[str]] = []
    worker = threading.Thread(target=lambda: done.append(refused(fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert done == [[NOT_REGULAR.format(fifo)]]


def test_a_fifo_named_xlsx_is_refused(tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    assert refused(fifo) == [
        f"{fifo}: is not a regular file (a FIFO, socket or device); save the spreadsheet as a file"
    ]


def test_a_folder_of_csv_files_has_a_bound_on_its_total(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetfiles, "MAX_FOLDER_BYTES", 100)
    (tmp_path / "actoren.csv").write_text("naam;soort\n" + "Anna;politics\n" * 5, encoding="utf-8")
    (tmp_path / "verbindingen.csv").write_text("van;naar\n" + "Anna;Anna\n" * 5, encoding="utf-8")
    assert refused(tmp_path) == [f"{tmp_path / 'verbindingen.csv'}: the CSV files of this folder are together "
                                 "larger than 0 MB"]  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_is_named_as_such(tmp_path, encoding):
    path = tmp_path / "actoren.csv"
    path.write_bytes("naam;soort\nAnna;politics\n".encode(encoding))
    assert refused(path) == [f"{path}: the file is UTF-16 encoded; save it as 'CSV UTF-8 (comma delimited)'"]


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ('naam;soort\n"Anna;politics\nBert;firms\n' + "Cor;firms\n" * 40_000, 2, 1),
        ('naam;soort\nAnna;politics\nBert;"firms\n', 3, 6),
        ('naam;soort\nAnna;"politics\n\nBert;firms\n', 2, 6),
    ],
)
def test_an_open_quote_is_reported_where_it_opens(tmp_path, text, line, col):
    path = tmp_path / "actoren.csv"
    path.write_text(text, encoding="utf-8")
    assert refused(path) == [
        f"{path}:{line}:{col}: a quote opens here and is not closed (within 131,072 characters); close it or remove it"
    ]


def test_a_quote_in_the_middle_of_a_quoted_cell(tmp_path):
    path = tmp_path / "actoren.csv"
    path.write_text('naam;soort\n"Anna" de Vries;politics\n', encoding="utf-8")
    assert refused(path) == [
        f"{path}:2:1: a quote in the middle of a cell; put the whole cell in quotes and write a quote inside it twice"
    ]


# --- names in every script ------------------------------------------------------------------------------------

SCRIPTS = ["Иван Петров", "Мария Петрова", "محمد علي", "فاطمة", "王伟", "李娜", "Γιώργος", "יוסי"]


def test_names_in_every_script_stay_apart_and_links_reach_them(tmp_path):
    path = tmp_path / "actoren.csv"
    rows = "".join(f"{name};firms\n" for name in SCRIPTS)
    path.write_text("naam;soort\n" + rows, encoding="utf-8")
    links = tmp_path / "verbindingen.csv"
    links.write_text("van;naar\n" + "".join(f"{a};{b}\n" for a, b in itertools.pairwise(SCRIPTS)), encoding="utf-8")
    model = read_model(tmp_path).model
    names = {a.id: a.name for a in model.actors}
    assert len(names) == len(SCRIPTS)
    assert [(names[link.from_], names[link.to]) for link in model.links] == list(itertools.pairwise(SCRIPTS))


@pytest.mark.parametrize("cell", ["?", "—", "...", "🙂"])
def test_a_cell_that_names_no_actor_is_refused(tmp_path, cell):
    (tmp_path / "actoren.csv").write_text("naam;soort\nИван;firms\n王伟;firms\n", encoding="utf-8")
    (tmp_path / "verbindingen.csv").write_text(f"van;naar\nИван;{cell}\n", encoding="utf-8")
    assert refused(tmp_path) == [
        f"{tmp_path / 'verbindingen.csv'}:2:2: '{cell}' names no actor: it holds no letter or digit"
    ]


def test_names_without_letters_are_told_apart_by_their_text(tmp_path):
    (tmp_path / "actoren.csv").write_text("naam;soort\n🙂;firms\n😀;firms\n", encoding="utf-8")
    (tmp_path / "verbindingen.csv").write_text("van;naar\n😀;🙂\n", encoding="utf-8")
    model = read_model(tmp_path).model
    names = {a.id: a.name for a in model.actors}
    assert [(names[link.from_], names[link.to]) for link in model.links] == [("😀", "🙂")]


def test_names_differing_in_case_accents_or_width_are_still_one_name():
    assert normalise("ИВАН") == normalise("иван")
    assert normalise("Zoë") == normalise("zoe")
    assert normalise("ＡＮＮＡ") == normalise("anna")  # full-width letters
    assert normalise("Straße") == normalise("STRASSE")


# --- HR fields and the history of assessments -----------------------------------------------------------------


def test_hr_fields_and_history_are_read_and_a_future_assessment_is_a_warning(tmp_path):
    import datetime as dt

    (tmp_path / "actoren.csv").write_text(
        "naam;soort;kopgroep;personeelsnummer;functie;schaal;leidinggevende\n"
        "Anna;administration;ja;0042;Beleidsadviseur;11;Bert\nBert;administration;;0007;Teamleider;12;\n",
        encoding="utf-8",
    )
    (tmp_path / "beoordelingen.csv").write_text(
        "actor;competentie;niveau;datum;beoordelaar\nAnna;verbinden;2;2026-03-01;zelf\n"
        "Anna;verbinden;3;2027-01-05;leidinggevende\n",
        encoding="utf-8",
    )
    imported = read_model(tmp_path, today=dt.date(2026, 6, 1))
    anna = imported.model.actors[0]
    assert (anna.employee_id, anna.function, anna.scale, anna.manager) == ("0042", "Beleidsadviseur", "11", "bert")
    assert [(e.level, e.date, e.rater.value) for e in anna.assessments] == [
        (2, "2026-03-01", "self"),
        (3, "2027-01-05", "manager"),
    ]
    assert [render_problem(w, "en") for w in imported.warnings] == [
        f"{tmp_path / 'beoordelingen.csv'}:3:4: 2027-01-05 is in the future; an assessment has already taken place"
    ]


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("2027-02-30", "'2027-02-30' is not a real date (check the day and the month)"),
        ("gisteren", "'gisteren' is not a date: use YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_an_assessment_date_that_is_no_date_is_located(tmp_path, cell, message):
    (tmp_path / "actoren.csv").write_text("naam;soort\nAnna;administration\n", encoding="utf-8")
    (tmp_path / "beoordelingen.csv").write_text(
        f"actor;competentie;niveau;datum\nAnna;verbinden;2;{cell}\n", encoding="utf-8"
    )
    assert refused(tmp_path) == [f"{tmp_path / 'beoordelingen.csv'}:2:4: {message}"]


def test_an_unknown_rater_or_manager_is_located(tmp_path):
    (tmp_path / "actoren.csv").write_text("naam;soort;leidinggevende\nAnna;administration;Berd\n", encoding="utf-8")
    (tmp_path / "beoordelingen.csv").write_text(
        "actor;competentie;niveau;datum;beoordelaar\nAnna;verbinden;2;2025-01-01;baas\n", encoding="utf-8"
    )
    assert refused(tmp_path) == [
        f"{tmp_path / 'actoren.csv'}:2:3: unknown actor 'Berd'",
        f"{tmp_path / 'beoordelingen.csv'}:2:5: unknown rater (self, manager or peer) 'baas'",
    ]


# --- file names: escaped wherever shown or written ------------------------------------------------------------


@pytest.mark.parametrize(
    "hostile",
    ["\u2028language: en", "\x85roles: evil-roles", "\rname: x", "\x1b]0;pwn\x07", "\x1b[2J\x1b[H", "\u2029a\nb: c"],
)
def test_a_file_name_cannot_become_yaml_or_reach_the_terminal(run, tmp_path, hostile):
    """Issue 27, 6: the imported model's header comment quoted the file name as it is: U+0085 or U+2028 added
    top-level keys, a CR wrote an invalid model; OSC/CSI sequences reached the terminal."""
    import shutil

    import yaml

    from support import ROOT

    source = tmp_path / f"kaart{hostile}.xlsx"
    shutil.copy(ROOT / "examples" / "stakeholders.xlsx", source)
    result = run("import", str(source), "--lang", "en")
    assert result.exit_code == 0, result.output
    written = source.with_suffix(".yaml")
    data = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert list(data) == ["name", "language", "actors", "links", "agenda"]  # language: from --lang
    assert data["name"] == source.stem
    assert run("validate", str(written)).exit_code == 0
    header = written.read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert all(line.startswith("#") for line in header.split("\n"))
    assert not any(c in result.stderr for c in "\x1b\x07\r\x85\u2028\u2029")
    assert result.stderr.count("\n") == 2  # the unknown column's warning, the written message


def test_the_bad_spreadsheets_of_the_golden_corpus_are_the_scripts_output():
    """tests/bad/sheets/ holds what make_bad_sheets.py writes (the corpus cases import-* in tests/bad/cli)."""
    import importlib.util

    from support import TESTS

    spec = importlib.util.spec_from_file_location("make_bad_sheets", TESTS / "bad" / "sheets" / "make_bad_sheets.py")
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    for name, data in maker.files().items():
        assert (TESTS / "bad" / "sheets" / name).read_bytes() == data, name


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_one_hidden_row_is_named_in_the_singular(tmp_path, lang):
    path = book(tmp_path, data=actors(ANNA, row(3, text("A3", "Bert"), text("B3", "firms"), attrs=' hidden="1"')))
    expected = {
        "en": "this hidden row is read all the same; show it to see what it holds",
        "nl": "deze verborgen rij wordt toch gelezen; maak hem zichtbaar om te zien wat erin staat",
    }
    assert [render_problem(w, lang) for w in read_model(path).warnings] == [f"{path}:Actoren!A3: {expected[lang]}"]


@pytest.mark.parametrize("shape", ["one long row", "many rows"])
def test_a_csv_with_more_cells_than_the_bound_is_refused_before_it_is_parsed(tmp_path, monkeypatch, shape):
    """A 50 MB line of separators would be one list of 25 million cells inside the csv module."""
    monkeypatch.setattr(sheetfiles, "MAX_CELLS", 1000)
    path = tmp_path / "actoren.csv"
    body = ";" * 2000 + "\n" if shape == "one long row" else "Anna;politics\n" * 600
    path.write_text("naam;soort\n" + body, encoding="utf-8")
    assert refused(path) == [
        f"{path}: the file may hold more than 1,000 cells (counted from its separators, before reading it); "
        "split it or leave out empty columns"
    ]


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)


@pytest.mark.parametrize("where", ["sheet", "shared strings", "split across reads"])
def test_a_part_declaring_a_doctype_is_refused(tmp_path, where):
    """Entities expand a small part into gigabytes (the billion laughs); expat bounds the factor, not the total."""
    body = '<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    sheet = LAUGHS + body + "</sheetData></worksheet>"
    if where == "split across reads":
        sheet = " " * (16 * 1024 - 4) + sheet  # iterparse reads 16 kB at a time: the marker straddles two reads
    if where == "shared strings":
        path = book(tmp_path, data=actors(ANNA), shared_xml=LAUGHS + "<sst><si><t>&lol9;</t></si></sst>")
        part, shown = "xl/sharedStrings.xml", f"{path}"
    else:
        path = book(tmp_path, data=actors(ANNA), raw_sheets={0: sheet})
        part, shown = "xl/worksheets/sheet1.xml", f"{path}:Actoren"
    assert refused(path) == [
        f"{shown}: the part {part} of the workbook declares a DOCTYPE, which no workbook needs (its entities can "
        "expand to gigabytes); save it again in Excel"
    ]
