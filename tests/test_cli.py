"""The command line, run in-process with typer's CliRunner: exit codes, exact messages, shapes."""

from __future__ import annotations

import json

import pytest

from support import FIX, MODEL, TESTS, check_golden
from verbinder.cli.app import app

COMMANDS = sorted(c.name for c in app.registered_commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(("Usage: verbinder", "Gebruik: verbinder"))  # typer's texts in the help language
    assert len(result.stdout.splitlines()) > 4


def test_top_level_help_lists_every_command(run):
    result = run("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_analyse_json_shape(run):
    result = run("analyse", MODEL, "--format", "json", *FIX)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1
    assert list(doc)[:1] == ["schema_version"]
    link = doc["links"][0]
    assert {"id", "from", "to", "via", "type", "position", "competencies"} <= set(link)
    assert (link["id"], link["from"], link["to"], link["via"]) == ("liaison", "wh", "tue", "anna")
    assert (link["type"], link["position"]) == ("bridging", "liaison")
    comp = link["competencies"][0]
    assert set(comp) >= {"id", "level", "reasons"}
    assert comp == {"id": "conflicthantering", "level": 2, "reasons": ["spanning-middel"]}
    assert doc["rules"]["spanning-middel"] == {
        "role": "basis",
        "because": "Middelmatige spanning.",
        "defined_at": "tests/fixtures/roles/basis.yaml:26",
        "source": None,
    }
    assert {p for p in (x["position"] for x in doc["links"])} == {
        "liaison", "itinerant", "coordinator", "representative", "gatekeeper", None,
    }  # fmt: skip
    assert doc["warnings"] == [
        {
            "code": "political-neutrality",
            "message": "Bert staat tussen Wethouder en Gemeenteraad: bewaak de politieke neutraliteit.",
            "link": "wh--raad",
        },
        {"code": "no-connector", "message": "Verbinding wh--bew heeft nog geen verbinder.", "link": "wh--bew"},
        {  # six of the fixture's seven links serve no agenda item: more than five, so one warning (issue 7)
            "code": "link-without-agenda",
            "message": "6 verbindingen dienen geen agendapunt van het collegeakkoord: itinerant, coordinator, "
            "bert--bew, bew--bert, wh--raad en 1 meer (zie verbinder agenda --format json).",
        },
    ]
    assert result.stderr == ""


def test_json_values_do_not_change_with_language(run):
    nl = json.loads(run("analyse", MODEL, "-f", "json", "--lang", "nl", *FIX).stdout)
    en = json.loads(run("analyse", MODEL, "-f", "json", "--lang", "en", *FIX).stdout)

    def strip(doc):
        return [(x["id"], x["type"], x["position"], [c["id"] for c in x["competencies"]]) for x in doc["links"]]

    assert strip(nl) == strip(en)
    assert en["rules"]["spanning-middel"]["because"] == "Medium tension."


@pytest.mark.parametrize(("fmt", "lang"), [("json", "en"), ("markdown", "nl"), ("markdown", "en"), ("table", "nl")])
def test_analyse_golden(run, fmt, lang, monkeypatch):
    monkeypatch.setenv("VERBINDER_TODAY", "2026-12-01")  # the actions weigh due dates
    result = run("analyse", MODEL, "--format", fmt, "--lang", lang, *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / f"analyse-fixture.{lang}.{fmt}", result.stdout)


@pytest.mark.parametrize(("fmt", "lang"), [("markdown", "en"), ("table", "nl")])
def test_analyse_explain_golden(run, fmt, lang, monkeypatch):
    """``--explain``: every action with its whole why, then every link in full with every reason."""
    monkeypatch.setenv("VERBINDER_TODAY", "2026-12-01")  # the actions weigh due dates
    result = run("analyse", MODEL, "--format", fmt, "--lang", lang, "--explain", *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / f"analyse-fixture-explain.{lang}.{fmt}", result.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_analyse_explain_keeps_the_actions_and_adds_the_reasons(run, fmt):
    """Every action of the JSON, its whole why and its command, precede the links' reasons (issue 21)."""
    import json

    args = ("analyse", "examples/small-town.yaml", "--lang", "en")
    actions = json.loads(run(*args, "--format", "json").stdout)["actions"]
    out = " ".join(run(*args, "--format", fmt, "--explain", env={"COLUMNS": "400"}).stdout.split())
    assert len(actions) > 10  # more than the overview shows
    for a in actions:
        assert f"{a['rank']}. " in out and " ".join(a["why"].split()) in out and a["command"] in out
    assert out.index(actions[-1]["command"]) < out.rindex("Translating")  # the actions first, then the links


def test_table_fits_80_columns_and_says_regie_and_verbinden(run):
    overview = run("analyse", MODEL, "--lang", "nl", *FIX).stdout
    assert max(len(line.rstrip()) for line in overview.splitlines()) <= 80
    out = run("analyse", MODEL, "--lang", "nl", "--explain", *FIX).stdout
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 80
    assert "regie (" in out and "verbinden (" in out
    for word in ("coördinator", "consultant", "vertegenwoordiger", "poortwachter", "verbindingsschakel"):
        assert word in out


def test_language_follows_model_then_locale(run, tmp_path, monkeypatch):
    text = (TESTS / "fixtures" / "model.yaml").read_text(encoding="utf-8")
    bare = tmp_path / "bare.yaml"
    bare.write_text(text.replace("language: nl\n", ""), encoding="utf-8")
    english = tmp_path / "english.yaml"
    english.write_text(text.replace("language: nl", "language: en"), encoding="utf-8")
    assert "bridging ·" in run("analyse", english, *FIX).stdout
    assert "verbinden ·" in run("analyse", bare, *FIX).stdout  # no locale: Dutch
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert "bridging ·" in run("analyse", bare, *FIX).stdout
    assert "verbinden ·" in run("analyse", english, "--lang", "nl", *FIX).stdout


def test_validate_ok(run):
    result = run("validate", MODEL, "--lang", "en", *FIX)
    assert result.exit_code == 0
    assert result.stderr == "tests/fixtures/model.yaml: valid (9 actors, 7 links)\n"


def test_validate_reports_every_problem_in_dutch_by_default(run):
    result = run("validate", "tests/bad/influence-out-of-range.yaml", *FIX)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "tests/bad/influence-out-of-range.yaml:3:58: actors[0].influence: 7 is te groot: het maximum is 5",
        "tests/bad/influence-out-of-range.yaml:4:57: actors[1].interest: 0 is te klein: het minimum is 1",
    ]


def test_missing_model_file(run):
    result = run("analyse", "nope.yaml", "--lang", "en")
    assert (result.exit_code, result.stderr) == (2, "nope.yaml: no such file or folder\n")


def test_model_pointing_at_missing_roles_folder(run, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text("name: x\nroles: mijn-rollen\n", encoding="utf-8")
    result = run("validate", model, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{model}:2:8: roles: no such file or folder: {tmp_path}/mijn-rollen\n"


def test_init_writes_a_valid_model_and_refuses_to_overwrite(run, tmp_path):
    result = run("init", tmp_path / "nieuw", "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    target = tmp_path / "nieuw" / "model.yaml"
    assert run("validate", target).exit_code == 0
    assert json.loads((tmp_path / "nieuw" / "model.schema.json").read_text(encoding="utf-8"))["title"] == "Model"
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=model.schema.json")
    before = target.read_text(encoding="utf-8")
    again = run("init", tmp_path / "nieuw", "--lang", "en")
    assert again.exit_code == 2
    assert again.stderr == f"{target} exists; use --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == before
    assert run("init", tmp_path / "nieuw", "--lang", "en", "--force").exit_code == 0
    assert "language: en" in target.read_text(encoding="utf-8")


def test_schema_is_json_schema_of_the_model(run):
    doc = json.loads(run("schema").stdout)
    assert doc["$schema"].startswith("https://json-schema.org/")
    assert "actors" in doc["properties"]
    assert doc["$defs"]["Link"]["additionalProperties"] is False
    assert "from" in doc["$defs"]["Link"]["properties"]


def test_competencies_json_and_one_in_full(run):
    doc = json.loads(run("competencies", "--format", "json", "--catalogue", "tests/fixtures/catalogue.yaml").stdout)
    assert doc["schema_version"] == 1
    first = doc["competencies"][0]
    assert set(first) >= {"id", "name", "definition", "cluster", "levels", "methods", "sources"}
    assert len(first["levels"]) == 4
    one = run("competencies", "vertalen", "--lang", "en", "--catalogue", "tests/fixtures/catalogue.yaml")
    assert one.exit_code == 0
    assert "Definition of vertalen." in one.stdout and "Behaviour 4." in one.stdout


def test_unknown_competency_id(run):
    result = run("competencies", "vertallen", "--lang", "en", "--catalogue", "tests/fixtures/catalogue.yaml")
    assert (result.exit_code, result.stderr) == (2, "unknown competency 'vertallen' — did you mean 'vertalen'?\n")


def test_roles_lists_rules_and_vocabulary(run):
    doc = json.loads(run("roles", "--format", "json", *FIX).stdout)
    rules = {r["id"]: r for role in doc["roles"] for r in role["rules"]}
    assert rules["pos-liaison"]["defined_at"] == "tests/fixtures/roles/posities.yaml:21"
    vocab = json.loads(run("roles", "--vocabulary", "--format", "json").stdout)
    assert "influence_gap" in {a["name"] for a in vocab["attributes"]}
    assert "gte" in vocab["operators"]
    table = run("roles", "--lang", "en", *FIX)
    assert table.exit_code == 0 and "pos-gatekeeper" in table.stdout


@pytest.mark.parametrize(("name", "flags"), [("model", ()), ("roles", ("--roles",)), ("catalogue", ("--catalogue",))])
def test_committed_schema_is_current(run, name, flags):
    """schema/*.schema.json (named by the editor hints in the examples, roles/*.yaml and competencies.yaml) must not
    drift from what ``verbinder schema`` prints."""
    committed = (TESTS.parent / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
    hint = f"run: verbinder schema {' '.join(flags)} --output schema/{name}.schema.json --force"
    assert run("schema", *flags).stdout == committed, hint


@pytest.mark.parametrize(
    ("path", "schema"),
    [pytest.param(p, "../schema/roles.schema.json", id=p.name) for p in sorted((TESTS.parent / "roles").glob("*.yaml"))]
    + [pytest.param(TESTS.parent / "competencies.yaml", "schema/catalogue.schema.json", id="competencies.yaml")],
)
def test_shipped_rule_and_catalogue_files_name_their_schema_for_editors(path, schema):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={schema}"
    assert (path.parent / schema).resolve().is_file()


@pytest.mark.parametrize("example", sorted((TESTS.parent / "examples").glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_are_valid_and_use_every_position(run, example):
    result = run("analyse", example.relative_to(TESTS.parent), "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {x["position"] for x in doc["links"]} >= {
        "coordinator", "itinerant", "representative", "gatekeeper", "liaison", None,
    }  # fmt: skip
    assert {x["type"] for x in doc["links"]} == {"orchestration", "bridging"}
    assert {x["tension"] for x in doc["links"]} == {"low", "medium", "high"}


def test_catalogue_flag_naming_a_folder_and_roles_flag_naming_a_file(run):
    result = run("validate", MODEL, "--lang", "en", "--catalogue", "tests/fixtures")
    assert (result.exit_code, result.stderr) == (2, "tests/fixtures: is a folder, not a file\n")
    result = run("validate", MODEL, "--lang", "en", "--roles", "tests/fixtures/model.yaml")
    assert (result.exit_code, result.stderr) == (
        2,
        "tests/fixtures/model.yaml: is a file; --roles takes a folder of role files\n",
    )


def test_output_into_a_missing_folder_speaks_the_users_language(run, tmp_path):
    target = tmp_path / "nergens" / "schema.json"
    result = run("schema", "--output", target)
    assert (result.exit_code, result.stderr) == (2, f"kan {target} niet schrijven: de map bestaat niet\n")


@pytest.mark.slow
def test_schema_of_role_files_and_catalogue_fit_the_shipped_files(run):
    import yaml

    from support import ROOT

    roles = json.loads(run("schema", "--roles").stdout)
    catalogue = json.loads(run("schema", "--catalogue").stdout)
    assert (roles["title"], catalogue["title"]) == ("Role", "Catalogue")
    rule = roles["$defs"]["Rule"]
    names = next(b for b in rule["properties"]["when"]["anyOf"] if b.get("type") == "object")["propertyNames"]["enum"]
    for path in sorted((ROOT / "roles").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(data) <= set(roles["properties"]), path.name
        for r in data.get("rules", []):
            assert set(r) <= set(rule["properties"]), (path.name, r["id"])
            assert set(r.get("when") or {}) <= set(names), (path.name, r["id"])
    shipped = yaml.safe_load((ROOT / "competencies.yaml").read_text(encoding="utf-8"))
    assert set(catalogue["required"]) <= set(shipped) <= set(catalogue["properties"])
    result = run("schema", "--roles", "--catalogue")
    assert (result.exit_code, result.stderr) == (2, "kies --roles of --catalogue, niet allebei\n")
