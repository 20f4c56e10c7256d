"""Everything ``verbinder analyse`` advises is live in the workshop: its ranked actions (what to do now) and every
warning, the same counts as ``analyse`` gives for the saved file, also after an edit."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import shutil

import pytest
from textual import events
from textual.geometry import Region

from support import ROOT
from test_workshop_keys import burst
from verbinder.workshop.state import Session

#: Each test drives the Textual app headless for one to six seconds: left out of the fast loop.
pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 12, 1)


def shown(app, selector: str) -> str:
    """The text a widget shows on screen now (every line of it, also those scrolled out of view)."""
    widget = app.query_one(selector)
    lines = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return "\n".join(strip.text.rstrip() for strip in lines)


def flat(text: str) -> str:
    """``text`` with its wrapped lines joined (any run of white space one space)."""
    return " ".join(text.split())


async def analysed(app, pilot):
    """Wait until the background analysis of the current version is shown."""
    for _ in range(3000):
        await pilot.pause()
        if app._analysed is not None and app._analysed.project is app.session.project:
            await pilot.pause()
            return app._analysed
        await asyncio.sleep(0.01)
    raise AssertionError("no analysis")


def drive(path, lang, scenario, size=(120, 40)):
    from verbinder.workshop.app import WorkshopApp

    session = Session(path)
    app = WorkshopApp.create(session, lang, TODAY)

    async def go():
        async with app.run_test(size=size) as pilot:
            await scenario(app, pilot)

    asyncio.run(go())
    session.close()


@pytest.fixture
def dalburg(tmp_path, monkeypatch):
    path = tmp_path / "gemeente-dalburg.yaml"
    shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", path)
    monkeypatch.setenv("VERBINDER_TODAY", TODAY.isoformat())
    return path


def analyse_json(run, path) -> dict:
    result = run("analyse", path, "--format", "json", "--lang", "nl")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_dalburg_shows_what_analyse_advises_and_warns_with_the_same_counts_also_after_an_edit(dalburg, run):
    before = analyse_json(run, dalburg)
    n = len(before["actions"])
    assert n > 10 and len(before["warnings"]) > 10
    from verbinder.workshop.views import MAX_LISTED

    # the last kind of the ranking the view lists (it lists the first MAX_LISTED)
    develop = next(a for a in reversed(before["actions"][:MAX_LISTED]) if a["kind"] == "develop")
    seen = {}

    async def scenario(app, pilot):
        await analysed(app, pilot)
        box = shown(app, "#actions")
        # the first action: a kopgroep member stands between a wethouder and a faction today (a neutrality breach)
        assert box.startswith(f"Wat nu te doen ({n})\n1 bij de politiek beleggen: Lotte")
        assert "(info-oppositie-warmte)" in flat(box) and f"… en {n - 5} acties meer (v: alle acties)" in flat(box)
        await burst(app, pilot, "v")  # every action, with its whole why
        assert app.view == "actions"
        listed = shown(app, "#detail")
        assert listed.startswith(f"Wat nu te doen ({n})")
        assert f"{develop['rank']} ontwikkelen: {develop['why'][:20]}" in flat(listed)
        assert "(preferred-supplier)" in listed and "preferred-supplier" not in listed.replace(
            "(preferred-supplier)", ""
        )  # the code is named as the rule's id, the kind is said in Dutch
        await burst(app, pilot, "v")
        assert shown(app, "#detail").startswith(f"Waarschuwingen ({len(before['warnings'])})")
        codes = {w["code"] for w in before["warnings"]}
        assert {"over-capacity", "dominance", "silo-unbridged", "agenda-uncovered"} <= codes
        listed = shown(app, "#detail")
        for code in codes:
            assert f"({code}" in flat(listed), code
        # an edit: one more link for Fatima (already over capacity) and for the Dorpsraad
        await burst(app, pilot, "l", "dorpsraad", "tab", "griffie", "tab", "fatima", "enter")
        made = app.session.project.model.links  # (placed below the last link with a connector)
        assert any((x.from_, x.to, x.via) == ("dorpsraad", "griffie", "fatima") for x in made)
        await analysed(app, pilot)
        app.session.flush()
        seen["warnings"] = shown(app, "#detail").splitlines()[0]
        await burst(app, pilot, "v", "v", "v", "v", "v")  # round to the actions again
        assert app.view == "actions"
        seen["actions"] = shown(app, "#detail")

    drive(dalburg, "nl", scenario)
    after = analyse_json(run, dalburg)
    assert after["warnings"] != before["warnings"]
    assert seen["warnings"] == f"Waarschuwingen ({len(after['warnings'])})"
    assert seen["actions"].startswith(f"Wat nu te doen ({len(after['actions'])})")
    rebalance = next(a for a in after["actions"] if a["kind"] == "rebalance" and a["subject"] == "fatima")
    assert "Fatima El Amrani verbindt 6 verbindingen bij een capaciteit van 4." in rebalance["why"]
    assert f"{rebalance['rank']} ontlasten: Fatima El Amrani verbindt 6 verbindingen" in flat(seen["actions"])


def test_presenter_mode_names_the_links_and_agenda_items_in_the_actions(dalburg):
    async def scenario(app, pilot):
        await analysed(app, pilot)
        await burst(app, pilot, "p", "v")
        listed = shown(app, "#detail")
        assert "What to do now (" in listed.splitlines()[1]  # presenter mode: more room around
        first = "1 hand to the political side: Lotte Visser (kopgroep)"
        assert first in flat(listed)
        assert "raadsvragen-jeugd" not in listed and "(preferred-supplier)" not in listed
        assert "ca-" not in listed  # agenda items by their title
        await burst(app, pilot, "v")  # the warnings: names too, no codes
        listed = shown(app, "#detail")
        assert "info-oppositie-warmte" not in listed and "(political-neutrality" not in listed

    drive(dalburg, "en", scenario)


def test_at_80_columns_the_status_line_says_what_to_do_first_and_the_actions_take_the_whole_screen(dalburg):
    async def scenario(app, pilot):
        found = await analysed(app, pilot)
        status = shown(app, "#status").strip()
        # Dalburg's first action: Lotte stands between a wethouder and a faction today (info-oppositie-warmte)
        first = "bij de politiek beleggen: Lotte Visser (kopgroep)"
        assert status.startswith(f"{len(found.result.actions)} acties, eerst {first}")
        assert status.endswith("… (v: alle)") and len(status) <= 78
        await burst(app, pilot, "v")
        assert app.screen.has_class("picture") and app.view == "actions"
        assert shown(app, "#detail").startswith("Wat nu te doen (")
        assert f"\n 1 {first}" in shown(app, "#detail")
        await burst(app, pilot, "v", "v", "v", "v", "v")
        assert app.view == "detail" and not app.screen.has_class("picture")

    drive(dalburg, "nl", scenario, size=(80, 24))


def test_start_up_draws_a_screenful_first_and_the_rest_after_it(tmp_path, monkeypatch):
    """The first screen waits for neither the whole analysis, the layout for editing, nor 250 rows: they follow."""
    from verbinder.workshop import app as workshop

    lines = ["name: Groot", "language: nl", "actors:"]
    lines += [f"  - {{id: a{i}, name: Actor {i}, kind: {('politics', 'experts')[i % 2]}}}" for i in range(30)]
    lines += ["links:"] + [f"  - {{from: a{i % 30}, to: a{(i * 7 + 1) % 30}}}" for i in range(250)]
    path = tmp_path / "groot.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_first_frame = workshop.WorkshopApp._first_frame
    monkeypatch.setattr(workshop.WorkshopApp, "_first_frame", lambda self: None)
    session = Session(path, defer=True)
    app = workshop.WorkshopApp.create(session, "nl", TODAY)

    async def go():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.links_table.row_count == workshop.FIRST_ROWS
            assert app._analysed is None and session._reading[0].ident is None  # nothing started yet
            real_first_frame(app)
            await analysed(app, pilot)
            assert app.links_table.row_count == 250
            assert str(app.links_table.get_row_at(249)[1]) == "a9 → a4"  # link 249: a{249 % 30} → a{(249 * 7 + 1) % 30}
            app.post_message(events.Key("end", None))
            await burst(app, pilot, "e", "tab", "tab", "a1", "enter")  # the last row can be edited at once
            assert app.links_table.cursor_row == 249, app.links_table.cursor_row
            assert [link.via for link in app.session.project.model.links].index("a1") == 249

    asyncio.run(go())
    session.close()


def test_an_unconnected_actor_is_warned_live_and_the_warning_goes_when_it_is_linked(tmp_path, run):
    from test_workshop import COMMENTED

    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    before = analyse_json(run, path)
    assert [w["code"] for w in before["warnings"]].count("unconnected-actor") == 1  # tue: no link yet
    seen = {}

    async def scenario(app, pilot):
        await analysed(app, pilot)
        await burst(app, pilot, "v", "v")
        seen["before"] = flat(shown(app, "#detail"))
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        await analysed(app, pilot)
        seen["after"] = flat(shown(app, "#detail"))

    drive(path, "nl", scenario)
    after = analyse_json(run, path)
    assert "(unconnected-actor)" in seen["before"] and "TU" in seen["before"]
    assert "unconnected-actor" not in seen["after"]
    assert seen["before"].startswith(f"Waarschuwingen ({len(before['warnings'])})")
    assert seen["after"].startswith(f"Waarschuwingen ({len(after['warnings'])})")
