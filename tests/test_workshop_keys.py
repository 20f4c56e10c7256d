"""The workshop's keys cannot go astray: a whole form typed in one burst lands in the fields it was typed for.

The keys are posted to the app all at once, before the first one is handled
(as a fast typist's keys arrive in one read from the terminal), so nothing
waits for a form to be mounted or for the focus to move.
"""

from __future__ import annotations

import asyncio

import pytest
from textual import events

from support import FIXTURES
from test_workshop import COMMENTED, settle
from verbinder.project import load_project
from verbinder.workshop.state import Session

#: Each test drives the Textual app headless for one to five seconds: left out of the fast loop.
pytestmark = pytest.mark.slow

OPTIONS = {"roles": FIXTURES / "roles", "catalogue": FIXTURES / "catalogue.yaml"}
NAMED = {" ": "space", "-": "minus", ",": "comma", "/": "slash", ".": "full_stop", "=": "equals_sign"}


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def keys(*parts: str) -> list[events.Key]:
    """Key events for text (each character) and named keys (``tab``, ``enter``), in order."""
    out = []
    for part in parts:
        if part in ("tab", "shift+tab", "enter", "escape", "backspace", "up", "down", "space", "ctrl+u", "R"):
            out.append(events.Key(part, " " if part == "space" else None))
        else:
            out.extend(events.Key(NAMED.get(c, c), c) for c in part)
    return out


async def burst(app, pilot, *parts: str) -> None:
    """Post every key at once, then wait until the app has handled them all (and saved)."""
    for event in keys(*parts):
        app.post_message(event)
    await settle(app, pilot)


def run(model, lang, scenario, size=(120, 40)):
    from verbinder.workshop.app import WorkshopApp

    session = Session(model, **OPTIONS)
    app = WorkshopApp.create(session, lang)

    async def go():
        async with app.run_test(size=size) as pilot:
            await scenario(app, pilot)

    asyncio.run(go())
    session.close()  # what the app accepted is on disk
    return session


def test_a_whole_link_form_in_one_burst_lands_in_its_fields(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tu", "tab", "Anna", "tab", "hoog", "tab", "wonen en werk", "enter")
        assert app.links_table.row_count == 2, str(app.screen.query_one("#errors").render())

    run(model, "nl", scenario)
    text = model.read_text(encoding="utf-8")
    assert text.endswith("  - from: wh\n    to: tue\n    via: anna\n    topic: wonen en werk\n    tension: high\n")
    load_project(model, **OPTIONS)


def test_keys_typed_into_free_text_fields_stay_in_their_field(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "a", "aaa", "tab", "bbb", "tab", "inwo", "tab", "tab", "tab", "ccc", "enter")

    session = run(model, "nl", scenario)
    actor = session.project.model.actors[-1]
    assert (actor.id, actor.name, actor.kind, actor.department) == ("aaa", "bbb", "citizens", "ccc")


def test_all_problems_of_a_form_at_once_focus_on_the_first_and_nothing_selected(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "a", "x1", "tab", "Iemand", "tab", "zzz", "tab", "9", "tab", "veel", "enter")
        form = app.screen
        errors = str(form.query_one("#errors").render())
        assert errors.splitlines() == [
            "soort: niets past bij 'zzz'",
            "invloed (1-5): verwacht 1 tot en met 5, niet 9",
            "belang (1-5): verwacht een heel getal, niet 'veel'",
        ]
        assert form.fields[form.current].name == "kind" and app.focused.id == "f-kind"
        assert app.focused.selection.is_empty  # one more key does not wipe the field
        await burst(app, pilot, "backspace", "backspace", "backspace", "pol", "tab", "backspace", "4", "tab")
        await burst(app, pilot, "backspace" * 1, "backspace", "backspace", "backspace", "2", "enter")
        assert app.screen is not form

    session = run(model, "nl", scenario)
    actor = session.project.actors["x1"]  # (below the other politician)
    assert (actor.id, actor.kind, actor.influence, actor.interest) == ("x1", "politics", 4, 2)


def test_enter_on_the_checkbox_saves_and_space_toggles_it(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "a", "lid", "tab", "Lid", "tab", "amb", *["tab"] * 6, "space", "enter")

    session = run(model, "nl", scenario)
    actor = session.project.actors["lid"]
    assert (actor.id, actor.kind, actor.kopgroep) == ("lid", "administration", True)


def test_keys_typed_while_saving_go_in_order_to_the_next_form_and_are_never_commands(model):
    async def scenario(app, pilot):
        # the burst: the second 'a' opens the next form, and "de jong" is typed into it (once 'd' asked to
        # delete and 'j' answered); the first actor stays
        await burst(app, pilot, "a", "x5", "tab", "Piet Pieters", "tab", "inwo", "enter", "a", "de jong")
        form = app.screen
        assert form is not app.screen_stack[0] and form.widget(0).value == "de jong"
        await burst(app, pilot, "ctrl+u", "dejong", "tab", "De Jong", "tab", "inwo", "enter")
        assert app.screen is app.screen_stack[0]

    session = run(model, "nl", scenario)
    assert [(a.id, a.name) for a in session.project.model.actors][-2:] == [
        ("x5", "Piet Pieters"),
        ("dejong", "De Jong"),
    ]
    assert len(session.project.model.links) == 1  # nothing deleted


def test_delete_asks_first(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "d", "n")
        assert app.links_table.row_count == 1
        await burst(app, pilot, "d", "escape")
        assert app.links_table.row_count == 1
        await burst(app, pilot, "d", "enter")
        assert app.links_table.row_count == 0

    run(model, "nl", scenario)


def test_deleting_an_actor_names_its_links_and_deletes_them_when_confirmed(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tue", "tab", "anna", "enter")
        await burst(app, pilot, "tab", "down", "d")
        question = str(app.screen.query_one("#question").render())
        assert question.startswith("Actor Anna (anna) verwijderen?\nDit verandert ook 2 andere plaatsen")
        assert "link eerste verdwijnt" in question and "link wh → tue: de actor gaat uit via" in question
        await burst(app, pilot, "j")
        assert app.links_table.row_count == 1
        assert [a.id for a in app.session.project.model.actors] == ["wh", "tue"]

    session = run(model, "nl", scenario)
    assert session.project.model.links[0].via is None


def test_english_session_shows_english_choices_and_stores_ids(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tue", "tab", "tab", "med")
        assert "▸ medium" in str(app.screen.query_one("#c-tension").render())
        await burst(app, pilot, "enter")

    session = run(model, "en", scenario)
    assert session.project.model.links[-1].tension.value == "medium"


def test_an_outside_change_is_said_and_R_takes_their_version_after_saying_what_changed(model):
    async def scenario(app, pilot):
        model.write_text(COMMENTED.replace("name: TU\n", "name: TU/e\n"), encoding="utf-8")
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        assert "buiten de workshop gewijzigd" in str(app.screen.query_one("#errors").render())
        await burst(app, pilot, "escape", "R")
        question = str(app.screen.query_one("#question").render())
        assert "(1 verschil met de workshop)" in question and question.endswith("~ actor tue")
        assert "1  hun versie nemen" in str(app.screen.query_one("#answers").render())
        await burst(app, pilot, "1")
        assert app.session.project.actors["tue"].name == "TU/e"
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        assert app.links_table.row_count == 2

    run(model, "nl", scenario)
    assert "name: TU/e" in model.read_text(encoding="utf-8") and "to: tue" in model.read_text(encoding="utf-8")


async def analysed(app, pilot):
    """Wait for the background analysis of the current version."""
    for _ in range(1000):
        await settle(app, pilot)
        if app._analysed is not None and app._analysed.project is app.session.project:
            return app._analysed
        await asyncio.sleep(0.01)
    raise AssertionError("no analysis")


def test_every_warning_analyse_gives_is_live_with_the_kopgroeps_load(model):
    async def scenario(app, pilot):
        found = await analysed(app, pilot)
        assert len(found.result.warnings) == len(app.session.project.analyse().warnings)
        # anna (kopgroep, capacity 1) connects two links: over capacity, shown at once after the edit
        await burst(app, pilot, "tab", "down", "e", *["tab"] * 7, "1", "enter")
        await burst(app, pilot, "l", "wh", "tab", "tue", "tab", "anna", "enter")
        await burst(app, pilot, "l", "tue", "tab", "wh", "tab", "anna", "enter")
        found = await analysed(app, pilot)
        codes = [w.code for w in found.result.warnings]
        assert "over-capacity" in codes
        (anna,) = found.load
        assert (anna.id, anna.links, anna.capacity, anna.over) == ("anna", 2, 1, True)
        await burst(app, pilot, "v", "v")  # what to do now, then every warning
        assert "over-capacity" in str(app.query_one("#detail").render())
        await burst(app, pilot, "v")
        shown = app.query_one("#detail").render()
        assert "Belasting van de kopgroep" in str(app.query_one("#status").render())
        assert shown is not None
        await burst(app, pilot, "v")  # the grid: a picture over the whole screen, with names
        assert app.screen.has_class("picture")
        await burst(app, pilot, "v", "v")
        assert app.view == "detail" and not app.screen.has_class("picture")

    run(model, "nl", scenario)


def test_the_pictures_name_the_actors_and_count_links_between_kinds(model):
    from rich.console import Console

    from verbinder.workshop import views

    session = Session(model, **OPTIONS, background=False)
    session.add_link({"from": "wh", "to": "tue", "via": "anna"})
    found = views.Analysed.of(session.project)
    console = Console(width=80, record=True, color_system=None)
    console.print(views.grid(session.project, found, "nl"))
    grid = console.export_text()
    assert "Wethouder" in grid and "Nauw betrekken" in grid and "veel" in grid
    console.print(views.matrix(session.project, found, "nl"))
    matrix = console.export_text()
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]] for line in matrix.splitlines()
            if line.startswith("│") and line.split("│")[1].strip()[:1].isdigit()}  # fmt: skip
    assert rows == {
        "1  Politiek": ["·", "1", "1"],
        "2  Ambtelijke organisatie": ["1", "·", "·"],
        "3  Experts": ["1", "·", "·"],
    }
    session.close()


def test_agenda_items_are_added_and_edited_with_stakeholders_and_owner(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "g", "enter", "wonen", "tab", "Meer woningen", "tab", "2027-06", "tab",
                    "wethouder", "enter", "anna", "tab", "wh", "enter")  # fmt: skip
        assert app.screen is app.screen_stack[0], str(app.screen.query_one("#errors").render())
        (item,) = app.session.project.model.agenda
        assert (item.id, item.title, item.due, item.stakeholders, item.owner) == (
            "wonen", "Meer woningen", "2027-06", ["wh", "anna"], "wh")  # fmt: skip
        await burst(app, pilot, "g", "woning", "enter", "tab", *["backspace"] * 13, "Nog meer woningen", "enter")
        assert app.session.project.model.agenda[0].title == "Nog meer woningen"

    run(model, "nl", scenario)
    assert "agenda:\n  - id: wonen\n    title: Nog meer woningen\n" in model.read_text(encoding="utf-8")


def test_search_jumps_to_an_actor_or_link_and_presenter_mode_shows_names(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "/", "TU", "enter")
        assert app.focused is app.actors_table and app.actors_table.cursor_row == 2
        await burst(app, pilot, "/", "eerste", "enter")
        assert app.focused is app.links_table and app.links_table.cursor_row == 0
        await burst(app, pilot, "p")
        row = [str(c) for c in app.links_table.get_row_at(0)]
        assert row[0] == "Wethouder → Anna"  # names and topics only
        detail = str(app.query_one("#detail").render())
        assert "eerste" not in detail and ".yaml:" not in detail
        await burst(app, pilot, "p")
        assert [str(c) for c in app.links_table.get_row_at(0)][1] == "wh → anna"

    run(model, "nl", scenario)


def test_s_writes_the_current_map_as_svg_through_graphviz(model, monkeypatch):
    import shutil as sh

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        await burst(app, pilot, "s")  # (an 's' in the same burst would be typed while saving, and dropped)
        for _ in range(300):
            await settle(app, pilot)
            if "staat in" in str(app.query_one("#status").render()) or app.query_one("#status").has_class("error"):
                break
            await asyncio.sleep(0.05)
        return str(app.query_one("#status").render())

    status = {}

    async def capture(app, pilot):
        status["text"] = await scenario(app, pilot)

    run(model, "nl", capture)
    svg = model.with_suffix(".svg")
    if sh.which("dot") is None:
        assert "Graphviz" in status["text"] or "dot" in status["text"]
        assert not svg.exists()
    else:
        assert status["text"] == f"de kaart staat in {svg} (open het in een browser)"
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "Wethouder" in svg.read_text()


def test_c_shows_connects_proposals_for_an_agenda_item_and_enter_accepts_one(model):
    from verbinder.workshop.app import WorkshopApp

    model.write_text(COMMENTED.replace("links:", "agenda:\n  - {id: wonen, title: Wonen, stakeholders: [wh, tue]}\n"
                                                "links:"), encoding="utf-8")  # fmt: skip
    session = Session(model, **OPTIONS)
    project = session.project
    first = project.connect(agenda="wonen").proposals[0]  # the plan's, as verbinder connect shows it
    app = WorkshopApp.create(session, "nl")

    async def go():
        async with app.run_test(size=(120, 40)) as pilot:
            await burst(app, pilot, "c", "wonen", "enter")
            assert str(app.screen.query_one("#c-proposal").render()).startswith("▸ ")
            await burst(app, pilot, "enter")

    asyncio.run(go())
    session.close()
    after = session.project.model
    if first.action == "new":
        made = after.links[-1]
        assert (made.from_, made.to, made.via, made.agenda) == (first.from_, first.to, first.via, ["wonen"])
    else:
        assert "wonen" in after.links[first.index].agenda


def test_a_slow_save_shows_busy_after_a_moment_and_keeps_the_keys_typed_meanwhile(model):
    import time as clock

    async def scenario(app, pilot):
        slow = app.session.add_link

        def add_link(values):
            clock.sleep(2.0)  # long, so that a busy machine still samples it several times
            return slow(values)

        app.session.add_link = add_link
        for event in keys("l", "wh", "tab", "tue", "enter"):
            app.post_message(event)
        seen = []
        for _ in range(600):  # (pilot.pause would wait for the save)
            await asyncio.sleep(0.02)
            seen.append((app.busy, str(app._main("#status").render())))
            if len(seen) == 3:
                app.post_message(events.Key("a", "a"))  # typed while busy: the actor form opens afterwards
            if not app.busy and seen[-1][1].startswith("link"):
                break
        busy = [text for is_busy, text in seen if is_busy]
        assert any("bezig met opslaan" in text for text in busy)
        await settle(app, pilot)
        assert app.links_table.row_count == 2 and app.screen.title_text == "Nieuwe actor"
        assert "bezig" not in str(app._main("#status").render())  # the busy line went with the work

    run(model, "nl", scenario)
