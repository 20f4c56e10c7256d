"""One number per fact (issue 21): every command says the same figure for the same fact.

On both shipped examples and on generated models (:func:`support.generated_model`), the JSON of ``analyse``,
``profiles``, ``agenda``, ``staff`` and ``connect``, the report's data (:func:`verbinder.render.report.build`), the
workshop's member load and the plan (:meth:`verbinder.project.Project.plan`) agree on

- the links without a connector (a finding counted once however many rules raise it),
- per kopgroep member the open gaps, the gap levels and the competencies never assessed,

and ``staff`` and ``connect`` name the plan's members and links.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import verbinder
from support import DALBURG, SMALL_TOWN, generated_model

TODAY = dt.date(2026, 5, 4)
MODELS = {
    "small-town": pytest.param(SMALL_TOWN, id="small-town"),
    "dalburg": pytest.param(DALBURG, id="dalburg", marks=pytest.mark.slow),
    **{f"generated-{s}": pytest.param(s, id=f"generated-{s}", marks=pytest.mark.slow) for s in (1, 2, 3)},
}


@pytest.fixture(params=list(MODELS.values()))
def model(request, tmp_path) -> Path:
    if isinstance(request.param, Path):
        return request.param
    path = tmp_path / f"generated-{request.param}.yaml"
    path.write_text(generated_model(request.param), encoding="utf-8")
    return path


def _json(run, *args: object) -> dict:
    result = run(*args, "--format", "json", "--lang", "en")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.mark.slow
def test_every_command_says_the_same_figures(run, model, monkeypatch):
    from verbinder.render import report
    from verbinder.workshop import views

    monkeypatch.setenv("VERBINDER_TODAY", TODAY.isoformat())
    analyse = _json(run, "analyse", model)
    profiles = _json(run, "profiles", model, "--today", TODAY.isoformat())
    agenda = _json(run, "agenda", model, "--today", TODAY.isoformat())
    staff = _json(run, "staff", model)
    connect = _json(run, "connect", model)
    project = verbinder.load(model)
    plan = project.plan(today=TODAY)
    data = report.build(project, "en", TODAY, picture=report.Picture(None))
    load = {m.id: m for m in views.Analysed.of(project, TODAY).load}

    # links without a connector: one list, one count, everywhere
    missing = set(analyse["diagnostics"]["load"]["links_without_connector"])
    assert missing == {link["id"] for link in analyse["links"] if link["via"] is None}
    assert analyse["summary"]["without_connector"] == len(missing)
    assert sum(w.get("count", 1) for w in analyse["warnings"] if w["code"] == "no-connector") == len(missing)
    assert {a["link"] for a in staff["assignments"]} == missing == set(data.diagnostics.no_connector)
    escalated = {e.link for e in plan.escalations}
    planned = {a.link for a in plan.assignments if not a.new} | {u.link for u in plan.unmet if u.link in missing}
    assert planned | (escalated & missing) == missing

    # per member: open gaps, gap levels, never assessed
    members = {m["id"]: m for m in profiles["members"]}
    assert set(members) == set(load) == {p.id for p in data.profiles}
    for p in data.profiles:
        figures = (p.figures.open_gaps, p.figures.gap_levels, len(p.not_assessed))
        m = members[p.id]
        assert (m["open_gaps"], m["gap_levels"], len(m["not_assessed"])) == figures
        assert (load[p.id].open_gaps, load[p.id].not_assessed) == (figures[0], figures[2])
    assessed = {a["subject"]: a for a in analyse["actions"] if a["kind"] == "assess"}
    assert set(assessed) == {mid for mid, m in members.items() if m["not_assessed"]}
    for mid, action in assessed.items():
        assert action["members"] == [mid]
        n = int(re.search(r"never assessed in (\d+) compet", action["why"]).group(1))
        own = len(members[mid]["not_assessed"])
        if "or the plan's choices ask" in action["why"]:  # the plan's one list: the member's own, then its choices'
            item = next(a for a in plan.assessments if a.member == mid)
            assert n == len(item.competencies) > own
        else:
            assert n == own
    # the agenda reads the same levels: its gaps and unassessed competencies are the profiles'
    profile_levels = {(mid, c["id"]): c for mid, m in members.items() for c in m["competencies"] + m["also_relevant"]}
    for item in agenda["agenda"]:
        for g in item["gaps"]:
            if g["member"] in members:
                c = profile_levels[g["member"], g["competency"]]
                assert c["current"] == g["current"] and c["required"] >= g["required"] and c["gap"] >= 1
        for u in item["not_assessed"]:
            assert u["competency"] in members[u["member"]]["not_assessed"]

    # staff and connect name the plan's members and links
    assigned = {(a.link, a.member) for a in plan.assignments if not a.new}
    assert {(a["link"], a["member"]) for a in staff["assignments"] if a["member"] is not None} == assigned
    assert [p["id"] for p in connect["proposals"]] == [p.id for p in plan.proposals]
    staffed = {(a["subject"], a["members"][0]) for a in analyse["actions"] if a["kind"] == "staff" and a["members"]}
    assert staffed == assigned
