"""``verbinder import`` and ``verbinder export``: headers (nl, en, Kumu), values, located errors, round trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from support import ROOT
from verbinder.cli.common import render_problem
from verbinder.errors import InputError
from verbinder.io.spreadsheet import normalise, read_model
from verbinder.model import Model
from verbinder.render import spreadsheet as sheets

EXAMPLE = ROOT / "examples" / "stakeholders.xlsx"


def xlsx(path: Path, sheets_: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets_.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def content(model: Model) -> dict:
    return model.model_dump(by_alias=True)


# --- header recognition ---------------------------------------------------------------------------------------

EXPECTED_ACTORS = [
    {"id": "wethouder", "name": "Wethouder", "kind": "politics", "influence": 5, "interest": 3, "department": None,
     "kopgroep": False},
    {"id": "anna", "name": "Anna", "kind": "administration", "influence": 3, "interest": 5, "department": "Ruimte",
     "kopgroep": True},
    {"id": "tu", "name": "TU", "kind": "experts", "influence": 1, "interest": 3, "department": None,
     "kopgroep": False},
]  # fmt: skip
SHOWN = set(EXPECTED_ACTORS[0])


@pytest.mark.parametrize(
    ("actors_sheet", "links_sheet", "actors_header", "links_header"),
    [
        ("Actoren", "Verbindingen", ["Naam", "Soort", "Invloed", "Belang", "Afdeling", "Kopgroeplid"],
         ["Van", "Naar", "Verbinder", "Onderwerp", "Spanning"]),
        ("Actors", "Links", ["Name", "Kind", "Power", "Interest", "Department", "Kopgroep"],
         ["From", "To", "Connector", "Topic", "Tension"]),
        # Kumu's convention: Elements and Connections, Label, Type, From, To
        ("Elements", "Connections", ["Label", "Type", "Influence", "Interest", "Department", "Kopgroep"],
         ["From", "To", "Via", "Topic", "Tension"]),
        # sheets named otherwise are recognised by their columns
        ("Blad1", "Blad2", ["naam", "categorie", "macht", "belang", "afdeling", "kopgroep"],
         ["van", "naar", "via", "onderwerp", "spanning"]),
    ],
)  # fmt: skip
def test_headers_in_dutch_english_and_kumu(tmp_path, actors_sheet, links_sheet, actors_header, links_header):
    path = xlsx(
        tmp_path / "s.xlsx",
        {
            actors_sheet: [
                actors_header,
                ["Wethouder", "Politiek", "hoog", 3, None, None],
                ["Anna", "administration", 3, "high", "Ruimte", "ja"],
                ["TU", "Experts", "low", "gemiddeld", None, "nee"],
            ],
            links_sheet: [links_header, ["Wethouder", "tu", "Anna", "Warmte", "hoog"]],
        },
    )
    model = read_model(path).model
    assert [a.model_dump(include=SHOWN) for a in model.actors] == EXPECTED_ACTORS
    assert content(model)["links"][0] | {} == {
        "id": None, "from": "wethouder", "to": "tu", "via": "anna", "team": [], "topic": "Warmte", "agenda": [],
        "tension": "high", "note": None,
    }  # fmt: skip


def test_csv_folder_and_map(tmp_path):
    folder = tmp_path / "kaart"
    folder.mkdir()
    write_csv(folder / "wie.csv", [["Wie", "Groep", "Notities"], ["Wethouder", "politiek", "x"], ["TU", "experts", ""]])
    write_csv(folder / "relaties.csv", [["van", "naar"], ["Wethouder", "TU"]], delimiter=",")
    with pytest.raises(InputError) as err:
        read_model(folder)
    assert [render_problem(p, "en") for p in err.value.problems] == [
        f"{folder}: no table of actors found: name the sheet 'Actors' or give it a column 'Name'"
    ]
    imported = read_model(folder, mapping={"wie": "name", "groep": "kind"})
    assert [a.id for a in imported.model.actors] == ["wethouder", "tu"]
    assert [(link.from_, link.to) for link in imported.model.links] == [("wethouder", "tu")]
    assert [render_problem(p, "en") for p in imported.warnings] == [
        f"{folder / 'wie.csv'}:1:3: column 'Notities' is not recognised and left out (use --map 'Notities=FIELD' to "
        "take it in)"
    ]


def test_ids_from_names_are_unique_slugs(tmp_path):
    long = "Stichting Welzijn en Zorg voor Ouderen in de Gemeente Westerveen"  # slugs are cut at 60 characters
    path = write_csv(
        tmp_path / "a.csv",
        [["Naam", "Soort"], ["Zoë Ĳsselmonde (VVD)", "politiek"], [long + " Noord", "burgers"],
         [long + " Zuid", "burgers"], ["—", "experts"]],
    )  # fmt: skip
    assert [a.id for a in read_model(path).model.actors] == [
        "zoe-ijsselmonde-vvd", "stichting-welzijn-en-zorg-voor-ouderen-in-de-gemeente-wester",
        "stichting-welzijn-en-zorg-voor-ouderen-in-de-gemeente-wester-2", "actor",
    ]  # fmt: skip
    # names that differ only in accents, case or punctuation are one name: links could not tell them apart
    path = write_csv(tmp_path / "b.csv", [["Naam", "Soort"], ["Zoë (VVD)", "politiek"], ["zoe vvd", "politiek"]])
    with pytest.raises(InputError) as err:
        read_model(path)
    assert [render_problem(p, "en") for p in err.value.problems] == [
        f"{path}:3:1: 'zoe vvd' is also in row 2; give every actor a name of their own (or add an Id column)"
    ]


# --- value mapping --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "score"),
    [("laag", 1), ("Gemiddeld", 3), ("HOOG", 5), ("low", 1), ("medium", 3), ("high", 5), (4, 4), ("2", 2), (3.0, 3)],
)
def test_score_words_and_numbers(tmp_path, cell, score):
    path = xlsx(tmp_path / "s.xlsx", {"Actoren": [["Naam", "Soort", "Invloed"], ["A", "politiek", cell]]})
    assert read_model(path).model.actors[0].influence == score


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("Politiek", "politics"), ("burgers", "citizens"), ("Bedrijven", "firms"), ("civil_society", "civil_society"),
     ("Maatschappelijke organisaties", "civil_society"), ("Inwoners", "citizens"), ("Experts", "experts"),
     ("ambtenaren", "administration"), ("Firms", "firms")],
)  # fmt: skip
def test_kinds_by_label_word_or_id(tmp_path, cell, kind):
    path = write_csv(tmp_path / "a.csv", [["Naam", "Soort"], ["A", cell]])
    assert read_model(path).model.actors[0].kind == kind


@pytest.mark.parametrize(("cell", "value"), [("ja", True), ("X", True), ("yes", True), (True, True), ("nee", False),
                                             (None, False), ("false", False), ("0", False)])  # fmt: skip
def test_kopgroep_yes_no(tmp_path, cell, value):
    path = xlsx(tmp_path / "s.xlsx", {"Actoren": [["Naam", "Soort", "Kopgroep"], ["A", "politiek", cell]]})
    assert read_model(path).model.actors[0].kopgroep is value


@pytest.mark.parametrize(("cell", "tension"), [("laag", "low"), ("middel", "medium"), ("gemiddeld", "medium"),
                                               ("High", "high"), (5, "high"), (3, "medium"), (1, "low")])  # fmt: skip
def test_tension_words(tmp_path, cell, tension):
    path = xlsx(
        tmp_path / "s.xlsx",
        {"Actoren": [["Naam", "Soort"], ["A", "politiek"], ["B", "experts"]], "Links": [["Van", "Naar", "Spanning"],
                                                                                       ["A", "B", cell]]},
    )  # fmt: skip
    assert read_model(path).model.links[0].tension.value == tension


# --- located errors, all at once, nothing written -------------------------------------------------------------


def test_every_error_located_at_its_cell_all_at_once(run, tmp_path):
    path = xlsx(
        tmp_path / "kaart.xlsx",
        {
            "Actoren": [
                ["Naam", "Soort", "Invloed", "Belang", "Kopgroep"],
                ["Wethouder", "Politek", 5, 3, None],
                ["Anna", "ambtenaren", 7, "heel hoog", "misschien"],
                ["Wethouder", "politiek", 1, 1, None],
            ],
            "Verbindingen": [["Van", "Naar", "Via"], ["Wethouder", "Ana", None], ["Anna", "Wethouder", "Bert"]],
            "Agenda": [],
        },
    )
    target = tmp_path / "kaart.yaml"
    result = run("import", path, "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    p = f"{path}:"
    assert result.stderr.splitlines() == [
        f"{p}Agenda!A1: Agenda is empty: it has no header row and no rows",
    ]
    assert not target.exists()
    book = load_workbook(path)
    del book["Agenda"]
    book.save(path)
    result = run("import", path, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{p}Actoren!B2: unknown kind 'Politek' — did you mean 'politics'? Known kinds: politics, administration, "
        "experts, citizens, firms, civil_society",
        f"{p}Actoren!C3: 7 is outside 1 to 5",
        f"{p}Actoren!D3: 'heel hoog' is not a score: use 1 to 5 or low/medium/high",
        f"{p}Actoren!E3: 'misschien' is not a yes or no (yes/no, x or empty)",
        f"{p}Actoren!A4: 'Wethouder' is also in row 2; give every actor a name of their own (or add an Id column)",
        f"{p}Verbindingen!B2: unknown actor 'Ana' — did you mean 'anna'?",
        f"{p}Verbindingen!C3: unknown actor 'Bert'",
    ]
    assert not target.exists()


def test_csv_errors_are_file_row_column(run, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Naam", "Soort", "Belang"], ["A", "politiek", "0"], ["B", "Sport", 3]])
    result = run("import", path, "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}:2:3: 0 valt buiten 1 tot en met 5",
        f"{path}:3:2: onbekende soort 'Sport'; bekende soorten: politics, administration, experts, citizens, firms, "
        "civil_society",
    ]


def test_wrong_file_type_and_broken_workbook(run, tmp_path):
    ods = tmp_path / "kaart.ods"
    ods.write_bytes(b"PK\x03\x04")
    result = run("import", ods, "--lang", "en")
    assert (result.exit_code, result.stderr) == (2, f"{ods}: cannot read .ods files; save it as .xlsx or .csv\n")
    fake = tmp_path / "kaart.xlsx"
    fake.write_text("Naam,Soort\n")
    result = run("import", fake, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{fake}: not a readable .xlsx workbook (")
    assert result.stderr.endswith("); save it again as .xlsx or .csv\n") and result.stderr.count("\n") == 1
    assert not (tmp_path / "kaart.yaml").exists()


def test_missing_column_and_empty_csv(run, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Naam", "Invloed"], ["A", 3]])
    result = run("import", path, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{path}:2:1: 'A' has no kind\n"
    empty = tmp_path / "leeg.csv"
    empty.write_text("\n\n")
    result = run("import", empty, "--lang", "en")
    assert result.stderr == f"{empty}:1:1: leeg is empty: it has no header row and no rows\n"


def test_bad_map_option(run, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Naam", "Soort"], ["A", "politiek"]])
    result = run("import", path, "--map", "Wie", "--lang", "en")
    assert (result.exit_code, result.stderr) == (2, "--map expects COLUMN=FIELD, not 'Wie'\n")
    result = run("import", path, "--map", "Wie=leeftijd", "--lang", "en")
    assert result.exit_code == 2 and result.stderr.startswith("--map: unknown field 'leeftijd'; known fields: actor,")


# --- writing the model ----------------------------------------------------------------------------------------


def test_import_writes_a_commented_valid_model_and_keeps_an_existing_file(run, tmp_path):
    target = tmp_path / "model.yaml"
    result = run("import", EXAMPLE, "--output", target, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"{EXAMPLE}:Actoren!G1: column 'Opmerkingen' is not recognised and left out (use --map "
        "'Opmerkingen=FIELD' to take it in)",
        f"{target} written: 10 actors, 6 links, 3 agenda items. Next: verbinder analyse {target}",
    ]
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "# Made by 'verbinder import' from stakeholders.xlsx (sheets: Actoren, Verbindingen, Agenda)"
    )
    assert run("validate", target).exit_code == 0
    target.write_text("mine")
    result = run("import", EXAMPLE, "--output", target, "--lang", "en")
    assert (result.exit_code, result.stderr) == (2, f"{target} exists; use --force to overwrite it\n")
    assert target.read_text() == "mine"
    assert run("import", EXAMPLE, "--output", target, "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Gemaakt door 'verbinder import'")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.yaml"]


def test_example_import_then_analyse_equals_the_hand_written_yaml(run, tmp_path):
    target = tmp_path / "stakeholders.yaml"
    assert run("import", EXAMPLE, "--output", target).exit_code == 0
    imported = run("analyse", target, "--format", "json")
    by_hand = run("analyse", ROOT / "tests" / "data" / "stakeholders.yaml", "--format", "json")
    assert imported.exit_code == by_hand.exit_code == 0
    documents = [json.loads(result.stdout) for result in (imported, by_hand)]
    for document in documents:  # an action's command names the model file it was run on
        for action in document["actions"]:
            action["command"] = action["command"].replace(str(target), "MODEL")
            action["command"] = action["command"].replace(str(ROOT / "tests" / "data" / "stakeholders.yaml"), "MODEL")
    assert documents[0] == documents[1]
    assert documents[0]["links"] and documents[0]["actions"]  # not two empty analyses


def test_example_workbook_is_the_script_output(tmp_path):
    import subprocess
    import sys

    fresh = tmp_path / "s.xlsx"
    script = ROOT / "examples" / "make_stakeholders_xlsx.py"
    subprocess.run([sys.executable, script, fresh], check=True, capture_output=True)
    books = [load_workbook(p) for p in (fresh, EXAMPLE)]
    assert books[0].sheetnames == books[1].sheetnames == ["Actoren", "Verbindingen", "Agenda"]
    for name in books[0].sheetnames:
        rows = [[list(r) for r in book[name].iter_rows(values_only=True)] for book in books]
        assert rows[0] == rows[1]


# --- export and the round trip --------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("example", ["gemeente-dalburg.yaml", "small-town.yaml"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_then_import_is_the_identity(run, tmp_path, example, fmt, lang):
    from verbinder.project import load_project

    out = tmp_path / ("model.xlsx" if fmt == "xlsx" else "model-csv")
    result = run("export", ROOT / "examples" / example, "--format", fmt, "--output", out, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    original = load_project(ROOT / "examples" / example).model
    assert content(read_model(out).model) == content(original)
    back = tmp_path / "back.yaml"
    assert run("import", out, "--output", back).exit_code == 0
    assert content(load_project(back).model) == content(original)


def test_export_refuses_to_overwrite(run, tmp_path):
    out = tmp_path / "m.xlsx"
    out.write_text("mine")
    result = run("export", ROOT / "examples" / "small-town.yaml", "--output", out)
    assert (result.exit_code, result.stderr) == (2, f"{out} exists; use --force to overwrite it\n")
    assert out.read_text() == "mine"


FORMULAS = ['=HYPERLINK("http://evil","klik")', "+31 6 1234", "-1+1", "@SUM(A1)", "'=quoted", "'plain"]


def test_no_cell_runs_as_a_formula(tmp_path):
    actors = [{"id": f"a{i}", "name": text, "kind": "politics", "department": text} for i, text in enumerate(FORMULAS)]
    model = Model.model_validate({"name": "=1+1", "actors": actors})
    book = load_workbook(io.BytesIO(sheets.xlsx_bytes(model, "en")))
    for row in book["Actors"].iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)
    files = sheets.csv_files(model, "en")
    cells = [c for row in csv.reader(io.StringIO(files["actors.csv"].decode("utf-8-sig"))) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    (tmp_path / "c").mkdir()
    for name, data in files.items():
        (tmp_path / "c" / name).write_bytes(data)
    (tmp_path / "m.xlsx").write_bytes(sheets.xlsx_bytes(model, "en"))
    for source in (tmp_path / "c", tmp_path / "m.xlsx"):
        assert content(read_model(source).model) == content(model)


slugs = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
texts = (
    st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


#: Texts with spaces around them, kept as written (a name " Anna " is not "Anna").
spaced = st.tuples(st.sampled_from(["", " ", "  "]), texts, st.sampled_from(["", " "])).map("".join)
#: Declared kinds whose labels are a default kind's label or everyday word, or their own.
declared_kinds = st.lists(
    st.tuples(
        st.sampled_from(["inwoners", "burgers", "partners", "raad", "pers"]),
        st.sampled_from([None, "Inwoners", "Burgers", "Citizens", "Politiek", "Pers", "Press"]),
        st.sampled_from([None, "Citizens", "Residents", "Inwoners", "Press"]),
    ),
    max_size=3,
    unique_by=lambda k: k[0],
)
days = st.dates(min_value=__import__("datetime").date(2020, 1, 1), max_value=__import__("datetime").date(2026, 1, 1))


@st.composite
def models(draw):
    ids = draw(st.lists(slugs, min_size=2, max_size=6, unique=True))
    names = draw(st.lists(spaced, min_size=len(ids), max_size=len(ids)))
    kinds = [
        {"id": k, **({"label": {"nl": nl or en, "en": en or nl}} if nl or en else {})}
        for k, nl, en in draw(declared_kinds)
    ]
    kind_ids = ["politics", "administration", "experts", "citizens", "firms", *(k["id"] for k in kinds)]
    actors = [
        {
            "id": i,
            "name": n,
            "kind": draw(st.sampled_from(kind_ids)),
            "influence": draw(st.integers(1, 5)),
            "interest": draw(st.integers(1, 5)),
            "department": draw(st.none() | texts),
            "kopgroep": draw(st.booleans()),
            "capacity": draw(st.integers(0, 100)),
            "stance": draw(st.sampled_from(["supports", "neutral", "opposes", "unknown"])),
            "employee_id": draw(st.none() | st.sampled_from([f"{i.upper()}7", f" {i} ", f"00{len(i)}-{i}"])),
            "function": draw(st.none() | texts),
            "scale": draw(st.none() | st.sampled_from(["9", "10", "11A", "schaal 12"])),
            "manager": draw(st.none() | st.sampled_from(ids)),
            "note": draw(st.none() | spaced),
            "assessments": [
                {"competency": c, "level": draw(st.integers(0, 4)), "date": draw(days).isoformat(),
                 "rater": draw(st.sampled_from(["self", "manager", "peer"]))}
                for c in draw(st.lists(st.sampled_from(["verbinden", "regie"]), max_size=3))
            ],
        }
        for i, n in zip(ids, names, strict=True)
    ]  # fmt: skip
    for actor in actors:
        if actor["manager"] == actor["id"]:
            actor["manager"] = None
        for entry in actor["assessments"]:
            actor.setdefault("competencies", {})[entry["competency"]] = entry["level"]
    agenda = [
        {
            "id": f"ca-{k}",
            "title": draw(texts),
            "due": draw(st.none() | st.just("2027-06")),
            "stakeholders": draw(st.lists(st.sampled_from(ids), unique=True)),
            "owner": draw(st.none() | st.sampled_from(ids)),
        }
        for k in range(2)
    ]
    links = []
    for _ in range(draw(st.integers(0, 5))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        if a == b:
            continue
        via = draw(st.none() | st.sampled_from([i for i in ids if i not in (a, b)] or [None]))
        team = []
        if via is not None and draw(st.booleans()):
            others = [i for i in ids if i not in (a, b, via)]
            if others:
                team = [via, draw(st.sampled_from(others))]
                for actor in actors:
                    if actor["id"] in team:
                        actor["kopgroep"] = True
        links.append(
            {
                "from": a,
                "to": b,
                "via": via,
                "topic": draw(st.none() | texts),
                "tension": draw(st.sampled_from(["low", "medium", "high"])),
                "agenda": draw(st.lists(st.sampled_from(["ca-0", "ca-1"]), unique=True)),
                "team": team,
                "note": draw(st.none() | texts),
            }
        )
    return Model.model_validate(
        {"name": draw(texts), "language": draw(st.sampled_from([None, "nl", "en"])), "kinds": kinds,
         "actors": actors, "links": links, "agenda": agenda}
    )  # fmt: skip


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(models(), st.sampled_from(["nl", "en"]))
def test_import_of_export_is_the_identity(tmp_path_factory, model, lang):
    """Everything a model holds: HR fields, assessment history, teams, declared kinds whose labels are a default's
    label or word, names with spaces around them (issue 27, 7)."""
    folder = tmp_path_factory.mktemp("rt")
    (folder / "m.xlsx").write_bytes(sheets.xlsx_bytes(model, lang))
    (folder / "csv").mkdir()
    for name, data in sheets.csv_files(model, lang).items():
        (folder / "csv" / name).write_bytes(data)
    for source in (folder / "m.xlsx", folder / "csv"):
        assert content(read_model(source).model) == content(model)


def test_normalise_headers():
    assert normalise("Kopgroep-lid?") == "kopgroep lid"


STANCES = [("voor", "supports"), ("Tegen", "opposes"), ("neutraal", "neutral"), ("supports", "supports"),
           (None, "unknown"), ("?", "unknown")]  # fmt: skip


@pytest.mark.parametrize(("cell", "stance"), STANCES)
def test_stance_words_and_agenda_stakeholders(tmp_path, cell, stance):
    path = xlsx(
        tmp_path / "s.xlsx",
        {
            "Actoren": [["Naam", "Soort", "Houding"], ["Wethouder", "politiek", cell], ["TU", "experts", "voor"]],
            "Agenda": [["Titel", "Belanghebbenden", "Eigenaar"], ["Warmte", "TU; wethouder", "Wethouder"]],
        },
    )
    model = read_model(path).model
    assert model.actors[0].stance.value == stance
    assert (model.agenda[0].stakeholders, model.agenda[0].owner) == (["tu", "wethouder"], "wethouder")


def test_unknown_references_in_a_list_cell(tmp_path):
    path = xlsx(
        tmp_path / "s.xlsx",
        {
            "Actoren": [["Naam", "Soort"], ["A", "politiek"], ["B", "experts"]],
            "Verbindingen": [["Van", "Naar", "Opgave"], ["A", "B", "Warmte; Wonen | warmte"]],
            "Agenda": [["Titel", "Belanghebbenden"], ["Warmte", "A, C"]],
        },
    )
    with pytest.raises(InputError) as err:
        read_model(path)
    assert [render_problem(p, "en") for p in err.value.problems] == [
        f"{path}:Agenda!B2: unknown actor 'C'",
        f"{path}:Verbindingen!C2: unknown agenda item 'Wonen'",
    ]


def test_declared_kinds_round_trip_even_when_their_label_is_an_everyday_word(tmp_path):
    model = Model.model_validate(
        {
            "name": "Kinds",
            "kinds": [
                {"id": "raadsfractie", "label": {"nl": "Raad", "en": "Council group"}},  # "raad" reads as politics
                {"id": "onderwijs", "label": {"nl": "Onderwijs", "en": "Education"}},
            ],
            "actors": [
                {"id": "a", "name": "A", "kind": "raadsfractie"},
                {"id": "b", "name": "B", "kind": "onderwijs"},
            ],
        }
    )
    for lang in ("nl", "en"):
        path = tmp_path / f"k-{lang}.xlsx"
        path.write_bytes(sheets.xlsx_bytes(model, lang))
        kinds = [row[2] for row in load_workbook(path).worksheets[0].iter_rows(min_row=2, values_only=True)]
        assert kinds == (["raadsfractie", "Onderwijs"] if lang == "nl" else ["Council group", "Education"])
        assert content(read_model(path).model) == content(model)
