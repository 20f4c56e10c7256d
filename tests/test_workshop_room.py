"""The workshop in front of a group (issue 23): saves that follow a linked model, backups that stay, an outside
version seen and chosen, lists kept as lists, every key counted once and in order.

Session-level tests run without a screen; the app is driven with Textual's Pilot inside ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest
from textual import events
from textual.widgets.input import Selection

from test_workshop import COMMENTED, backups, new_link, opened, settle
from test_workshop_keys import burst, keys, run
from verbinder.workshop.state import backup


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def test_a_save_follows_a_linked_model_to_its_target(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "model.yaml"
    target.write_text(COMMENTED, encoding="utf-8")
    link = tmp_path / "model.yaml"
    link.symlink_to(os.path.relpath(target, tmp_path))
    session = opened(link)
    session.add_link(new_link(**{"from": "wh", "to": "tue", "topic": "gedeeld"}))
    assert link.is_symlink()  # the link stays a link ...
    assert "topic: gedeeld" in target.read_text(encoding="utf-8")  # ... and the shared file has the edit
    assert backups(link)  # the backup of what was there before sits next to the name that was opened


def test_a_new_backup_is_kept_when_future_dated_backups_exist(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("toekomst\n", encoding="utf-8")
    for i in range(6):  # six backups "from 2030", newer by name than anything made today
        (tmp_path / f"m.yaml.2030010{i + 1}-120000.bak").write_text("later\n", encoding="utf-8")
    path.write_text("nu\n", encoding="utf-8")
    made = backup(path, now=1_700_000_000)
    assert made.exists() and made.read_text(encoding="utf-8") == "nu\n"
    assert len(backups(path)) == 5  # still five in all: the oldest future-dated ones went


# --- every key counts once, in order ------------------------------------------------------------------------


def _forms(n: int) -> list[str]:
    """``n`` link forms typed one after the other, each ending in Enter (0 ms between any two keys)."""
    ends = [("wh", "tue"), ("tue", "anna"), ("anna", "wh")]
    parts: list[str] = []
    for i in range(n):
        a, b = ends[i]
        parts += ["l", a, "tab", b, "tab", "tab", "tab", f"burst {i}", "enter"]
    return parts


@pytest.mark.parametrize("n", [2, 3])
def test_two_and_three_forms_in_one_burst_all_land_and_nothing_is_deleted(model, n):
    async def scenario(app, pilot):
        await burst(app, pilot, *_forms(n))
        assert app.screen is app.screen_stack[0]

    session = run(model, "nl", scenario)
    topics = [link.topic for link in session.project.model.links]
    assert topics == [None] + [f"burst {i}" for i in range(n)]
    assert [a.id for a in session.project.model.actors] == ["wh", "anna", "tue"]


@pytest.mark.slow
@pytest.mark.parametrize("n", [2, 3])
def test_bursts_land_on_a_loaded_machine(model, n):
    """Two processes spin on the CPU (this machine has two cores) while the forms are typed."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        test_two_and_three_forms_in_one_burst_all_land_and_nothing_is_deleted(model, n)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def test_ctrl_c_right_after_enter_finishes_the_save(model):
    async def scenario(app, pilot):
        slow = app.session.add_link

        def add_link(values):
            time.sleep(0.5)
            return slow(values)

        app.session.add_link = add_link
        for event in keys("l", "wh", "tab", "tue", "enter"):
            app.post_message(event)
        app.post_message(events.Key("ctrl+c", None))
        for _ in range(200):
            await asyncio.sleep(0.02)
            if not app.is_running:
                break

    session = run(model, "nl", scenario)
    assert "to: tue" in model.read_text(encoding="utf-8") and len(session.project.model.links) == 2


def test_a_multi_line_paste_is_one_value(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tue", "tab", "tab", "tab")
        app.post_message(events.Paste("samen\naan tafel\n"))
        await settle(app, pilot)
        assert app.screen.widget(app.screen.current).value == "samen aan tafel"
        assert "één waarde" in str(app.screen.query_one("#errors").render())
        await burst(app, pilot, "enter")

    session = run(model, "nl", scenario)
    assert session.project.model.links[-1].topic == "samen aan tafel"


# --- forms that help ------------------------------------------------------------------------------------------


def test_a_filled_field_is_selected_typing_replaces_it_and_ctrl_u_clears_it(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "tab", "e")  # the first actor: wh, "Wethouder"
        form = app.screen
        assert form.widget(0).selection == Selection(0, 2)  # the id, selected
        await burst(app, pilot, "tab", "Wethouder Wonen", "tab", "ctrl+u")
        assert form.widget(1).value == "Wethouder Wonen" and form.widget(2).value == ""
        await burst(app, pilot, "pol", "enter")

    session = run(model, "nl", scenario)
    assert session.project.model.actors[0].name == "Wethouder Wonen"


def test_choice_lists_move_on_the_first_down_and_enter_takes_the_marked_one(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "down")  # from: Wethouder, Anna, TU — ↓ once marks the second
        assert str(app.screen.query_one("#c-from").render()).splitlines()[1].startswith("▸ Anna")
        await burst(app, pilot, "tab", "tu", "enter")
        assert app.screen is app.screen_stack[0]
        await burst(app, pilot, "/", "enter")  # nothing typed: Enter takes ▸, the first choice
        assert app.focused is app.actors_table and app.actors_table.cursor_row == 0
        await burst(app, pilot, "/", "a", "enter")  # 'a' fits several: the ▸ one is taken, no question
        assert app.screen is app.screen_stack[0]

    session = run(model, "nl", scenario)
    assert (session.project.model.links[-1].from_, session.project.model.links[-1].to) == ("anna", "tue")
