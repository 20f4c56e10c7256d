"""The registry of action kinds (issue 25): one table that the overview, the report, the workshop and the map read.

Every kind has its bonus, its label and its why keys in both languages and the function that makes its actions; a
dummy kind added to the table alone (no other file touched) is ranked, labelled and shown everywhere.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import verbinder
from support import DALBURG
from verbinder.i18n import Msg, catalogue
from verbinder.plan import actions as registry
from verbinder.plan.actions import KINDS, Action, ActionKind


def test_every_kind_is_complete():
    known = {lang: catalogue(lang) for lang in ("nl", "en")}
    assert list(KINDS)[:3] == ["cover-agenda", "staff", "escalate"] and "warning" in KINDS
    for kid, kind in KINDS.items():
        assert kind.id == kid and isinstance(kind.bonus, int) and kind.bonus >= 0 and callable(kind.produce)
        for key in (kind.label, *kind.whys):
            for lang, messages in known.items():
                assert key in messages, (kid, key, lang)
    assert {k: kind.bonus for k, kind in KINDS.items()} == registry.BONUS


@pytest.fixture
def dummy(monkeypatch):
    """A kind that exists only in the table: one action about Dalburg's first open link, ranked first."""

    def produce(ctx: registry.Context):
        link = ctx.diagnostics.no_connector[0]
        yield Action(
            "dummy",
            99,
            link,
            Msg("actions.why.staff_unplanned", source="A", target="B", link=link),
            "verbinder staff MODEL",
            (link,),
            members=("anna",),
        )

    kind = ActionKind("dummy", 5, "actions.kind.reassign", ("actions.why.staff_unplanned",), produce)
    monkeypatch.setitem(KINDS, "dummy", kind)
    return kind


@pytest.mark.slow
def test_a_dummy_kind_from_the_registry_reaches_every_output(dummy, run, tmp_path):
    from verbinder.render import overview
    from verbinder.render import report as report_html
    from verbinder.workshop import views

    today = dt.date(2026, 5, 4)
    project = verbinder.load(DALBURG)
    actions = project.actions(today=today)
    # a neutrality breach that exists today comes first whatever else weighs (Dalburg has two); then the dummy
    breaches = sum(1 for a in actions if a.kind == "escalate" and a.members)
    first = actions[breaches]
    assert (first.kind, first.rank, first.members) == ("dummy", breaches + 1, ("anna",))
    assert overview.kind_label("dummy", "nl") == "verbinding overdragen"  # the label the table gives it
    table = run("analyse", DALBURG, "--lang", "nl", env={"COLUMNS": "200"})
    assert table.exit_code == 0 and f"{breaches + 1}. verbinding overdragen: A → B" in table.stdout
    data = json.loads(run("analyse", DALBURG, "--format", "json").stdout)["actions"][breaches]
    assert (data["kind"], data["members"]) == ("dummy", ["anna"])
    html = report_html.to_html(report_html.build(project, "en", today, picture=report_html.Picture(None)))
    assert "hand over a link</strong>: A → B" in html
    import io

    from rich.console import Console

    console = Console(record=True, width=120, file=io.StringIO())
    console.print(views.actions(project, views.Analysed.of(project, today), "en", top=3))
    assert "hand over a link: A → B" in console.export_text()
