"""The coalition agreement (issue 7): coverage per agenda item, warnings, the roadmap and `verbinder agenda`.

Expected levels come from the test rules (tests/fixtures/roles/basis.yaml, posities.yaml): the link `warmte`
(politics -> experts via Anna, tension medium, on the agenda) fires brug (vertalen 1, vertrouwen-opbouwen 1),
brug-politiek (politieke-sensitiviteit 2), spanning-middel (conflicthantering 2), agenda (resultaatgerichtheid 1)
and pos-liaison (netwerken 1); Anna has vertalen 2 and conflicthantering 1 (tests/fixtures/agenda.yaml).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from support import FIX, FIXTURES, TESTS, check_golden
from verbinder.analysis.agenda import Quarter, agenda_coverage, default_term, roadmap
from verbinder.analysis.links import analyse_links
from verbinder.cli.common import parse_today
from verbinder.errors import UsageError
from verbinder.project import load_project

MODEL = "tests/fixtures/agenda.yaml"


def coverage_of(path=FIXTURES / "agenda.yaml", text=None):
    project = load_project(path, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml", text=text)
    return agenda_coverage(analyse_links(project.model, project.link_ids, project.rules)), project.model


def test_coverage_per_item():
    coverage, _ = coverage_of()
    by_id = {c.item.id: c for c in coverage.items}
    energie = by_id["ca-energie"]
    assert (energie.links, energie.types, energie.connectors, energie.covered) == (
        ["warmte"],
        {"bridging": 1},
        ["anna"],
        True,
    )
    assert [(g.competency, g.required, g.current, g.gap) for g in energie.gaps] == [
        ("conflicthantering", 2, 1, 1),
        ("politieke-sensitiviteit", 2, 0, 2),  # an explicit 0 is an assessed level
    ]  # vertalen is asked at 1 and Anna has 2: no gap
    # never assessed: not a gap, listed apart
    assert [(c, req) for _, _, c, req in energie.not_assessed] == [
        ("netwerken", 1),
        ("resultaatgerichtheid", 1),
        ("vertrouwen-opbouwen", 1),
    ]
    assert by_id["ca-werk"].only_regie and by_id["ca-werk"].covered  # f1 -> f2, two firms, via Bert
    assert by_id["ca-wijk"].links == ["wijk"] and not by_id["ca-wijk"].covered  # no connector
    assert not by_id["ca-sport"].links and not by_id["ca-sport"].only_regie
    assert coverage.links_without_agenda == ["raad"]


def test_warnings():
    coverage, _ = coverage_of()
    assert [(w.code, w.subject or w.link) for w in coverage.warnings] == [
        ("agenda-only-regie", "ca-werk"),
        ("agenda-uncovered", "ca-wijk"),
        ("agenda-uncovered", "ca-sport"),
        ("agenda-uncovered", "ca-cultuur"),
        ("link-without-agenda", "raad"),
    ]
    assert coverage.warnings[1].message.render("en") == (
        "Agenda item 'Wijkaanpak' (ca-wijk): its one link has no connector."
    )


def test_many_links_without_agenda_get_one_warning():
    text = (FIXTURES / "agenda.yaml").read_text(encoding="utf-8")
    extra = "".join(f"  - {{id: extra-{i}, from: f1, to: bew}}\n" for i in range(6))
    text = text.replace("agenda:\n  - {id: ca-energie", extra + "agenda:\n  - {id: ca-energie")
    coverage, _ = coverage_of(text=text)
    found = [w for w in coverage.warnings if w.code == "link-without-agenda"]
    assert len(found) == 1  # seven links (raad, extra-0..5): more than five, so one warning
    assert found[0].message.render("en") == (
        "7 links serve no item of the coalition agreement: raad, extra-0, extra-1, extra-2, extra-3 and 2 more "
        "(see verbinder agenda --format json)."
    )


def test_model_without_agenda_has_no_agenda_warnings():
    text = (FIXTURES / "model.yaml").read_text(encoding="utf-8")
    text = text.replace("agenda: [ca]", "agenda: []").split("agenda:\n")[0]
    coverage, _ = coverage_of(FIXTURES / "model.yaml", text=text)
    assert (coverage.items, coverage.warnings, coverage.links_without_agenda) == ([], [], [])


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [("2026-08-15", "2026-07", "2028-06"), ("2026-01-01", "2026-01", "2027-12"), ("2026-12-31", "2026-10", "2028-09")],
)
def test_default_term_is_eight_quarters_from_todays(today, start, end):
    assert default_term(dt.date.fromisoformat(today)) == (start, end)


def test_roadmap_places_items():
    coverage, model = coverage_of()
    plan = roadmap(coverage, model, dt.date(2026, 8, 15))
    assert [q.key for q in plan.quarters] == [
        "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2",
    ]  # fmt: skip
    assert [(r.coverage.item.id, r.column, r.placement) for r in plan.rows] == [
        ("ca-wijk", None, "before_term"),
        ("ca-werk", 2, "in_term"),
        ("ca-energie", 7, "in_term"),
        ("ca-sport", None, "after_term"),
        ("ca-cultuur", None, "no_due"),
    ]
    assert plan.today_column == 0 and plan.from_model
    model.term = None
    assert roadmap(coverage, model, dt.date(2027, 5, 1)).quarters[0] == Quarter(2027, 2)


def test_parse_today():
    assert parse_today("2027-03") == dt.date(2027, 3, 1)
    with pytest.raises(UsageError):
        parse_today("2027-13-01")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_agenda_golden(run, lang):
    result = run("agenda", MODEL, "--lang", lang, "--today", "2026-08-15", *FIX)
    assert result.exit_code == 0, result.stderr
    check_golden(TESTS / "golden" / f"agenda-fixture.{lang}.table", result.stdout)
    assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_roadmap_golden(run, lang, monkeypatch):
    monkeypatch.setenv("VERBINDER_TODAY", "2027-04-02")  # today injected through the environment
    result = run("agenda", "examples/gemeente-dalburg.yaml" if lang == "nl" else "examples/small-town.yaml", "-f",
                 "markdown")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    roadmap_part = result.stdout.split("```\n")[1]
    check_golden(TESTS / "golden" / f"roadmap-example.{lang}.txt", roadmap_part)
    assert max(len(line) for line in roadmap_part.splitlines()) <= 80


def test_agenda_json(run):
    result = run("agenda", MODEL, "-f", "json", "--today", "2026-08-15", *FIX)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc) == ["schema_version", "model", "language", "agenda", "links_without_agenda", "roadmap",
                         "warnings", "summary"]  # fmt: skip
    assert doc["summary"] == {"items": 5, "covered": 2, "uncovered": 3, "only_regie": 1, "links_without_agenda": 1}
    assert doc["roadmap"]["term"] == {"start": "2026-07", "end": "2028-06", "from_model": True}
    # Bert was never assessed: no open gaps
    assert doc["roadmap"]["items"][1] == {
        "id": "ca-werk", "due": "2027-02", "quarter": "2027-Q1", "column": 2, "placement": "in_term",
        "covered": True, "only_regie": True, "open_gaps": 0,
    }  # fmt: skip
    assert doc["agenda"][0]["gaps"][0] == {
        "link": "warmte", "member": "anna", "competency": "conflicthantering", "required": 2, "current": 1, "gap": 1,
    }  # fmt: skip


def test_analyse_json_has_agenda_and_warnings(run):
    doc = json.loads(run("analyse", MODEL, "-f", "json", *FIX).stdout)
    assert [(i["id"], i["covered"], i["links"]) for i in doc["agenda"]] == [
        ("ca-energie", True, ["warmte"]),
        ("ca-werk", True, ["firmas"]),
        ("ca-wijk", False, ["wijk"]),
        ("ca-sport", False, []),
        ("ca-cultuur", False, []),
    ]
    assert [w["code"] for w in doc["warnings"]][-5:] == [
        "agenda-only-regie", "agenda-uncovered", "agenda-uncovered", "agenda-uncovered", "link-without-agenda",
    ]  # fmt: skip
    assert {"links", "rules", "summary"} <= set(doc)


def test_term_end_must_follow_start(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    text = (FIXTURES / "agenda.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("end: 2028-06", "end: 2026-07"), encoding="utf-8")
    result = run("agenda", bad, "--lang", "en", *FIX)
    assert result.exit_code == 2
    assert result.stderr == f"{bad}:5:29: term.end: the end of the term (2026-07) must come after its start (2026-07)\n"


def test_bad_today_is_a_usage_error(run):
    result = run("agenda", MODEL, "--today", "morgen", "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, "--today: 'morgen' is not a date: use YYYY-MM-DD\n")
