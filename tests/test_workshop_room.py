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
from verbinder.errors import InputError
from verbinder.i18n import t
from verbinder.workshop.app import WorkshopApp
from verbinder.workshop.state import Session
from verbinder.workshop.writer import backup

#: Most tests drive the Textual app headless for seconds each: the whole file is left out of the fast loop.
pytestmark = pytest.mark.slow


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


# --- outside changes, never a traceback -------------------------------------------------------------------------


async def until(app, pilot, predicate, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        await settle(app, pilot)
        if predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


def status(app) -> str:
    return str(app._main("#status").render())


def test_an_outside_change_is_seen_within_a_second_without_a_key(model):
    async def scenario(app, pilot):
        await settle(app, pilot)
        model.write_text(COMMENTED.replace("name: TU\n", "name: TU/e\n"), encoding="utf-8")
        start = time.monotonic()
        await until(app, pilot, lambda: "buiten de workshop gewijzigd" in status(app), seconds=5)
        assert time.monotonic() - start < 1.5  # the file is looked at twice a second (test overhead on top)
        assert status(app).startswith("druk op R om te kiezen")  # what to do first: seen at 80 columns too

    run(model, "nl", scenario)
    assert "name: TU/e" in model.read_text(encoding="utf-8")  # nothing written over it


def test_an_invalid_outside_version_is_refused_in_the_sessions_language_and_the_model_kept(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        model.write_text(COMMENTED.replace("    influence: 5\n", "    influence: 9\n"), encoding="utf-8")
        await until(app, pilot, lambda: "buiten de workshop" in status(app))
        await burst(app, pilot, "R")
        await until(app, pilot, lambda: app.screen is not app.screen_stack[0])
        question = str(app.screen.query_one("#question").render())
        assert question.startswith("De versie van") and "niet geldig (1 probleem)" in question
        assert "model.yaml:9:16: actors[0].influence: 9 is te groot" in question  # located, in Dutch
        answers = str(app.screen.query_one("#answers").render())
        assert "1  " not in answers and "verwijderen" not in answers  # no 'take theirs', no word of deleting
        await burst(app, pilot, "1", "j", "enter")  # keys that used to crash the workshop do nothing here
        assert len(app.session.project.model.links) == 2  # the session keeps its own model
        await burst(app, pilot, "escape")

    run(model, "nl", scenario)
    assert "influence: 9" in model.read_text(encoding="utf-8")  # their file untouched


def test_keep_mine_saves_the_sessions_version_as_a_copy_and_goes_on_there(model):
    async def scenario(app, pilot):
        model.write_text(COMMENTED.replace("name: TU\n", "name: TU/e\n"), encoding="utf-8")
        await until(app, pilot, lambda: "buiten de workshop" in status(app))
        await burst(app, pilot, "R")
        await until(app, pilot, lambda: app.screen is not app.screen_stack[0])
        await burst(app, pilot, "2")
        assert app.session.path != model and "gaat daar verder" in status(app)
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")

    session = run(model, "nl", scenario)
    copy = session.path
    assert copy.name.startswith("model.workshop-") and copy.suffix == ".yaml"
    assert "to: tue" in copy.read_text(encoding="utf-8") and "name: TU\n" in copy.read_text(encoding="utf-8")
    assert model.read_text(encoding="utf-8") == COMMENTED.replace("name: TU\n", "name: TU/e\n")


def _edited_while_they_saved(session, path, old: str, new: str, edit) -> None:
    """Their save lands while the session's edit is on its way to disk: the writer refuses to write over it."""
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    check, session._check_disk = session._check_disk, lambda: None  # the edit was accepted just before
    session._writer.conflict = True  # ... and its write refused (the file changed underneath)
    edit()
    session._check_disk = check


def test_merge_takes_both_sides_where_they_do_not_overlap_and_refuses_where_they_do(model):
    from verbinder.workshop import outside

    session = opened(model)
    link = new_link(**{"from": "wh", "to": "tue", "topic": "van de workshop"})
    _edited_while_they_saved(session, model, "name: TU\n", "name: TU/e\n", lambda: session.add_link(link))
    assert "van de workshop" not in model.read_text(encoding="utf-8")
    assert outside.merge(session).action == "merge"
    text = model.read_text(encoding="utf-8")
    assert "name: TU/e" in text and "topic: van de workshop" in text
    # both change the same actor: refused, naming it; nothing written, the session keeps its own
    rename = {**session.actor_values(2), "name": "Universiteit"}
    _edited_while_they_saved(session, model, "name: TU/e\n", "name: TU Eindhoven\n",
                             lambda: session.edit_actor(2, rename))  # fmt: skip
    with pytest.raises(InputError) as info:
        outside.merge(session)
    assert "actors: tue" in str(info.value.problems[0]) and session.project.actors["tue"].name == "Universiteit"
    assert "TU Eindhoven" in model.read_text(encoding="utf-8")


@pytest.mark.slow
def test_an_unexpected_error_ends_with_one_sentence_and_exit_2_and_the_model_intact(tmp_path):
    """The real command, in a pseudo-terminal: a bug in a key handler must not show a traceback with local
    variables (parts of the model) nor exit 0."""
    import pty

    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    code = (
        "import sys; from verbinder.workshop import app as a\n"
        "def boom(self):\n    secret_local = 'GEHEIM'\n    raise RuntimeError('kapot')\n"
        "a.WorkshopApp.action_view = boom\n"
        "from verbinder.cli.app import main\n"
        "sys.argv = ['verbinder', 'workshop', sys.argv[1], '--lang', 'nl']\nmain()\n"
    )
    pid, fd = pty.fork()
    if pid == 0:  # the child: the workshop in a terminal
        os.execvpe(sys.executable, [sys.executable, "-c", code, str(path)], {**os.environ, "TERM": "xterm"})
    out = b""
    deadline = time.monotonic() + 60
    sent = False
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not sent and b"stoppen" in out:
            os.write(fd, b"v")
            sent = True
    _, status_ = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status_) == 2
    assert "Traceback" not in text and "GEHEIM" not in text and "secret_local" not in text
    assert "De workshop is gestopt door een onverwachte fout (RuntimeError)" in text
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_no_traceback_in_the_project_shows_local_variables():
    from support import ROOT

    for source in (ROOT / "src" / "verbinder").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "show_locals=True" not in text, source
    from verbinder.cli.app import app as typer_app

    assert typer_app.pretty_exceptions_enable is False  # typer's pretty tracebacks show locals by default


# --- lists are lists: every item opened and saved unchanged leaves the file byte for byte ---------------------


def _unchanged_round(path, what: str) -> int:
    """Open every ``what`` item of ``path`` in its form as the workshop shows it, save it as it is: how many."""
    from verbinder.workshop import forms
    from verbinder.workshop.state import Session

    session = Session(path, background=False)
    original = path.read_text(encoding="utf-8")
    key, names, edit = {
        "agenda": ("agenda", forms.AGENDA_FORM, session.edit_agenda),
        "links": ("links", forms.LINK_FORM, session.edit_link),
        "actors": ("actors", forms.ACTOR_FORM, session.edit_actor),
    }[what]
    count = len(session.version.data.get(key) or [])
    for i in range(count):
        fields = forms.fields(session.project, what.rstrip("s") if what != "agenda" else "agenda", names,
                              session.values(key, i), "nl")  # fmt: skip
        values, problems = forms.check(fields, {f.name: f.shown() for f in fields})
        assert not problems, (what, i, problems)
        edit(i, values)
        assert path.read_text(encoding="utf-8") == original, (what, i)
    session.close()
    return count


@pytest.mark.parametrize("example", ["gemeente-dalburg.yaml", "small-town.yaml"])
@pytest.mark.parametrize("what", ["agenda", "links", "actors"])
def test_every_item_of_the_examples_opened_and_saved_unchanged_leaves_the_file_byte_identical(tmp_path, example, what):
    import shutil

    from support import ROOT

    path = tmp_path / example
    shutil.copy(ROOT / "examples" / example, path)
    assert _unchanged_round(path, what) > 0


def test_an_agenda_item_whose_stakeholders_have_commas_in_their_names_saves_unchanged_from_g(tmp_path):
    import shutil

    from support import ROOT

    path = tmp_path / "dalburg.yaml"
    shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", path)
    original = path.read_text(encoding="utf-8")
    session = Session(path)
    named = [a for a in session.project.model.agenda if any("," in session.project.actors[s].name
                                                              for s in a.stakeholders)]  # fmt: skip
    assert named  # "Welzijnsorganisatie Dalkracht (jongerenwerk, buurtwerk)"
    app = WorkshopApp.create(session, "nl")

    async def go():
        async with app.run_test(size=(160, 45)) as pilot:
            for item in named:
                await burst(app, pilot, "g", item.id, "enter")
                shown = str(app.screen.query_one("#i-stakeholders").render())
                assert all(session.project.actors[s].name in shown for s in item.stakeholders)
                await burst(app, pilot, "enter")
                assert app.screen is app.screen_stack[0] and "niets gewijzigd" in status(app)

    asyncio.run(go())
    session.close()
    assert path.read_text(encoding="utf-8") == original


# --- renaming or deleting an actor named elsewhere ----------------------------------------------------------

NAMED_ELSEWHERE = COMMENTED.replace(
    "links:",
    "agenda:\n  - id: wonen\n    title: Wonen, werk en zorg\n    stakeholders: [wh, anna]\n    owner: wh\n"
    "role_models:\n  - name: Wethouder als voorbeeld\n    actor: wh\n\nlinks:",
)


def test_renaming_a_stakeholder_actor_lists_every_place_changes_them_in_one_step_and_undo_restores_the_file(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(NAMED_ELSEWHERE, encoding="utf-8")

    async def scenario(app, pilot):
        await burst(app, pilot, "tab", "e", "wethouder", "enter")  # the first actor, wh: its id typed over
        question = str(app.screen.query_one("#question").render())
        assert question.startswith("Actor wh hernoemen tot wethouder?")
        for place in (
            "link eerste: from wordt wethouder",
            "agendapunt wonen: stakeholders wordt wethouder",
            "agendapunt wonen: owner wordt wethouder",
            "rolmodel Wethouder als voorbeeld: actor wordt",
        ):
            assert place in question, place  # fmt: skip
        assert "ja, hernoemen" in str(app.screen.query_one("#hint").render())
        await burst(app, pilot, "j")
        model = app.session.project.model
        assert model.agenda[0].stakeholders == ["wethouder", "anna"] and model.agenda[0].owner == "wethouder"
        assert model.role_models[0].actor == "wethouder" and model.links[0].from_ == "wethouder"
        await burst(app, pilot, "u")  # one undo: everything back

    run(path, "nl", scenario)
    assert path.read_text(encoding="utf-8") == NAMED_ELSEWHERE


def test_deleting_an_actor_named_elsewhere_says_what_changes_and_takes_it_out_everywhere(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(NAMED_ELSEWHERE, encoding="utf-8")

    async def scenario(app, pilot):
        await burst(app, pilot, "tab", "d")
        question = str(app.screen.query_one("#question").render())
        assert "Dit verandert ook 4 andere plaatsen" in question
        assert "link eerste verdwijnt (de actor is een eindpunt)" in question
        await burst(app, pilot, "j")
        model = app.session.project.model
        assert [a.id for a in model.actors] == ["anna", "tue"] and not model.links
        assert model.agenda[0].stakeholders == ["anna"] and model.agenda[0].owner is None
        assert model.role_models[0].actor is None
        await burst(app, pilot, "u")

    run(path, "nl", scenario)
    assert path.read_text(encoding="utf-8") == NAMED_ELSEWHERE


# --- screens that fit -----------------------------------------------------------------------------------------


def test_resizing_80x24_to_160x45_and_back_lays_the_screen_out_again(model):
    async def scenario(app, pilot):
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        narrow = [c.key.value for c in app.links_table.ordered_columns]
        assert "link" not in narrow and app.screen.has_class("narrow")
        await burst(app, pilot, "down")  # a selection to keep
        await pilot.resize_terminal(160, 45)
        await settle(app, pilot)
        wide = [c.key.value for c in app.links_table.ordered_columns]
        assert "link" in wide and not app.screen.has_class("narrow")
        assert app.links_table.row_count == 1 and app.actors_table.row_count == 3
        keys_line = str(app.query_one("#keys").render())
        assert "zoeken" in keys_line and "kaart" in keys_line  # room for more keys at 160 columns
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert [c.key.value for c in app.links_table.ordered_columns] == narrow
        keys_line = str(app.query_one("#keys").render())
        assert keys_line.startswith("q stoppen l link a actor e bewerken d wissen u terug v beeld")
        assert keys_line.endswith("? alle toetsen") and len(keys_line) <= 78

    run(model, "nl", scenario, size=(160, 45))


def test_presenter_mode_shows_names_and_topics_only_and_keeps_the_selection(tmp_path):
    path = tmp_path / "model.yaml"
    extra = "    to: anna   # regie? nee: verbinden\n    topic: samen\n  - {from: wh, to: tue, agenda: [wonen]}\n"
    path.write_text(NAMED_ELSEWHERE.replace("    to: anna   # regie? nee: verbinden\n", extra), encoding="utf-8")

    async def scenario(app, pilot):
        await burst(app, pilot, "down")
        assert app.links_table.cursor_row == 1
        await burst(app, pilot, "p")
        assert app.links_table.cursor_row == 1  # the selection stays
        assert [c.key.value for c in app.links_table.ordered_columns] == ["ends", "via", "topic"]
        assert [str(c) for c in app.links_table.get_row_at(0)] == ["Wethouder → Anna", "—", "samen"]
        detail = str(app.query_one("#detail").render())
        assert "wh--tue" not in detail and "Wonen, werk en zorg" in detail  # the agenda by its title
        await burst(app, pilot, "p")
        assert app.links_table.cursor_row == 1 and "link" in [c.key.value for c in app.links_table.ordered_columns]

    run(path, "nl", scenario, size=(160, 45))


def test_question_mark_h_and_f1_show_every_key(model):
    from verbinder.workshop.app import KEYS

    async def scenario(app, pilot):
        for key in ("?", "h", "f1"):
            app.post_message(events.Key("question_mark" if key == "?" else key, key if len(key) == 1 else None))
            await settle(app, pilot)
            shown = str(app.screen.query_one("#help").render())
            for _, _, label in KEYS:
                assert t(label, "nl") in shown, label
            assert "Ctrl+U" in shown and "PgUp" in shown
            await burst(app, pilot, "escape")
            assert app.screen is app.screen_stack[0]

    run(model, "nl", scenario)


def test_m_serves_the_live_map_on_127_0_0_1_and_it_follows_a_save(model, monkeypatch):
    import urllib.request

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    async def scenario(app, pilot):
        await burst(app, pilot, "m")
        await until(app, pilot, lambda: "http://127.0.0.1:" in status(app), seconds=30)
        live = app.live
        assert live.url in status(app) and "token=" in live.url
        with urllib.request.urlopen(live.url, timeout=10) as page:
            assert page.status == 200 and b"Testgemeente" in page.read()
        before = live.version
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        app.session.flush()
        start = time.monotonic()
        await until(app, pilot, lambda: live.version > before, seconds=10)
        assert time.monotonic() - start < 3  # within a second on a quiet machine
        live.stop()

    run(model, "nl", scenario)


# --- forms that help: ids made for you, stance and note, role models --------------------------------------------


def test_an_id_left_blank_is_made_from_the_name_and_numbered_where_taken(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "a", "tab", "Wethouder Zoë (VVD)", "tab", "pol", "enter")
        await burst(app, pilot, "a", "tab", "Wethouder Zoë (VVD)", "tab", "pol", "enter")
        await burst(app, pilot, "g", "enter", "tab", "Meer woningen, sneller", "enter")

    session = run(model, "nl", scenario)
    ids = [a.id for a in session.project.model.actors]
    assert ids == ["wh", "wethouder-zoe-vvd", "wethouder-zoe-vvd-2", "anna", "tue"]  # below the other politician
    assert session.project.model.agenda[0].id == "meer-woningen-sneller"


def test_stance_and_a_short_note_per_actor_and_link(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "tab", "e", *["tab"] * 10, "tegen", "tab", "wil eerst de begroting zien", "enter")
        assert "houding: is tegen" in str(app.query_one("#detail").render())
        await burst(app, pilot, "tab", "e", *["tab"] * 7, "kent iedereen", "enter")

    session = run(model, "nl", scenario)
    wh = session.project.model.actors[0]
    assert (wh.stance.value, wh.note) == ("opposes", "wil eerst de begroting zien")
    assert session.project.model.links[0].note == "kent iedereen"
    text = model.read_text(encoding="utf-8")
    assert "    stance: opposes\n    note: wil eerst de begroting zien\n" in text


def test_role_models_are_added_and_edited(model):
    async def scenario(app, pilot):
        await burst(app, pilot, "o", "enter", "Fatima", "tab", "Gemeente Zuid", "tab", "tab", "anna", "enter")
        assert app.screen is app.screen_stack[0], str(app.screen.query_one("#errors").render())
        await burst(app, pilot, "o", "Fatima", "enter", "tab", "ctrl+u", "Gemeente Noord", "enter")

    session = run(model, "nl", scenario)
    (rm,) = session.project.model.role_models
    assert (rm.name, rm.organisation, rm.actor) == ("Fatima", "Gemeente Noord", "anna")


def test_new_items_go_into_the_section_of_their_kind_not_under_the_next_sections_comment(tmp_path):
    import shutil

    from support import ROOT

    path = tmp_path / "dalburg.yaml"
    shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", path)
    session = Session(path, background=False)
    ids = [a.id for a in session.project.model.actors]
    made = session.add_link(new_link(**{"from": ids[0], "to": ids[-1], "via": ids[3], "topic": "met verbinder"}))
    session.add_link(new_link(**{"from": ids[1], "to": ids[-1], "topic": "nog open"}))
    text = path.read_text(encoding="utf-8")
    comment = text.index("  # OPEN verbindingen")
    assert text.index("topic: met verbinder") < comment < text.index("topic: nog open")
    assert made.id in session.project.link_ids
    session.close()


def test_a_save_that_fails_is_said_on_the_status_line_and_the_command_ends_with_exit_2(model, monkeypatch):
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg
    from verbinder.workshop import writer

    def full(path, data):
        raise UsageError(Msg("err.cannot_write", path=str(path), reason="No space left on device"))

    async def scenario(app, pilot):
        monkeypatch.setattr(writer, "write_through_link", full)
        await burst(app, pilot, "l", "wh", "tab", "tue", "enter")
        await until(app, pilot, lambda: "No space left on device" in status(app))
        assert app.query_one("#status").has_class("error")

    session = run(model, "nl", scenario)
    assert isinstance(session._writer.error, UsageError)  # the command raises it: one located sentence, exit 2
    assert model.read_text(encoding="utf-8") == COMMENTED
