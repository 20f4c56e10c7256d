"""verbinder workshop: the session model (edit, validate, undo/redo, save) and the Textual app, headless.

The app is driven with Textual's Pilot inside ``asyncio.run`` (no pytest-asyncio
needed).  Expected types and positions follow the classification table in docs/model.md:
wh (politics) -> tue (experts) via anna (administration) is bridging, liaison.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import pytest

from support import FIXTURES, ROOT
from verbinder.errors import InputError
from verbinder.project import load_project
from verbinder.workshop import outside
from verbinder.workshop.state import Session, form_values

OPTIONS = {"roles": FIXTURES / "roles", "catalogue": FIXTURES / "catalogue.yaml"}

COMMENTED = """\
# Werkmodel: uitleg bovenaan
name: Testgemeente
language: nl
actors:
  # bestuur
  - id: wh
    name: Wethouder
    kind: politics
    influence: 5
  - id: anna   # kopgroep
    name: Anna
    kind: administration
    kopgroep: true

  # --- kennis ---
  - id: tue
    name: TU
    kind: experts

# de links van de kopgroep
links:
  - id: eerste
    from: wh
    to: anna   # regie? nee: verbinden
"""


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def opened(path):
    """A session that writes each accepted version before it returns (the app's writes are in the background)."""
    return Session(path, **OPTIONS, background=False)


def backups(path):
    return sorted(path.parent.glob(path.name + ".*.bak"))


def new_link(**values):
    return form_values({"from": "", "to": "", "via": "", "topic": "", "tension": "", "agenda": "", "id": "", **values})


def test_add_link_classifies_and_saves_keeping_comments(model):
    session = opened(model)
    change = session.add_link(new_link(**{"from": "wh", "to": "tue", "via": "anna", "tension": "medium"}))
    assert (change.action, change.what, change.id) == ("add", "link", "wh--tue")
    added = session.analysis.links[-1]
    assert (added.type.value, added.position.value) == ("bridging", "liaison")
    text = model.read_text(encoding="utf-8")
    assert text == COMMENTED + "  - from: wh\n    to: tue\n    via: anna\n    tension: medium\n"
    (backup,) = backups(model)
    assert backup.read_text(encoding="utf-8") == COMMENTED
    load_project(model, **OPTIONS)  # what is on disk is valid


def test_add_actor_goes_above_the_comment_that_introduces_the_next_section(model):
    session = opened(model)
    session.add_actor(form_values({"id": "bew", "name": "Bewoners", "kind": "citizens", "influence": "1"}))
    text = model.read_text(encoding="utf-8")
    assert (
        "    kind: experts\n  - id: bew\n    name: Bewoners\n    kind: citizens\n    influence: 1\n\n# de links" in text
    )
    assert [a.id for a in session.project.model.actors] == ["wh", "anna", "tue", "bew"]


def test_edit_actor_renames_it_in_the_links_and_keeps_the_rest(model):
    session = opened(model)
    values = session.actor_values(1)
    assert values["id"] == "anna" and values["kopgroep"] is True
    session.edit_actor(1, form_values({**values, "id": "anna-v", "interest": "4"}))
    text = model.read_text(encoding="utf-8")
    # ruamel keeps an end-of-line comment one space after a value that grew; the blank line stays below the actor
    assert (
        "  - id: anna-v # kopgroep\n    name: Anna\n    kind: administration\n    kopgroep: true\n    interest: 4\n\n"
        in (text)
    )
    assert "    to: anna-v # regie? nee: verbinden\n" in text


def test_undo_and_redo_restore_the_exact_file(model):
    session = opened(model)
    session.add_link(new_link(**{"from": "wh", "to": "tue"}))
    after = model.read_text(encoding="utf-8")
    session.delete_link(0)
    assert session.undo().action == "delete"
    assert model.read_text(encoding="utf-8") == after
    assert session.undo().action == "add"
    assert model.read_text(encoding="utf-8") == COMMENTED
    assert session.undo() is None
    assert session.redo().id == "wh--tue"
    assert model.read_text(encoding="utf-8") == after
    assert [b.read_text(encoding="utf-8") for b in backups(model)] == [COMMENTED]  # the state before the session


def test_invalid_edit_is_rejected_with_the_validators_message_and_changes_nothing(model):
    session = opened(model)
    with pytest.raises(InputError) as info:
        session.add_link(new_link(**{"from": "wh", "to": "anan"}))
    (problem,) = info.value.problems
    assert str(problem) == f"{model}:26:9: links[1].to: unknown actor 'anan' — did you mean 'anna'?"
    with pytest.raises(InputError) as info:
        session.edit_actor(0, form_values({"influence": "veel"}))
    assert str(info.value.problems[0]).endswith("actors[0].influence: expected a whole number, got 'veel'")
    assert model.read_text(encoding="utf-8") == COMMENTED
    assert not backups(model)
    assert not session.can_undo and len(session.project.model.links) == 1


def test_a_change_made_outside_the_workshop_is_not_overwritten_and_can_be_reloaded(model):
    session = opened(model)
    os.utime(model, ns=(1, 1))  # touched, same content: not a change
    session.add_link(new_link(**{"from": "wh", "to": "tue"}))
    changed = model.read_text(encoding="utf-8").replace("name: TU\n", "name: TU/e\n")
    model.write_text(changed, encoding="utf-8")
    os.utime(model, ns=(1, 1))
    with pytest.raises(InputError) as info:
        session.add_link(new_link(**{"from": "tue", "to": "wh"}))
    assert "changed outside the workshop" in str(info.value.problems[0])
    assert model.read_text(encoding="utf-8") == changed
    assert session.changed_outside and outside.look(session).changes == ["~ actor tue"]
    session.reload()
    assert session.project.actors["tue"].name == "TU/e" and not session.can_undo
    session.add_link(new_link(**{"from": "tue", "to": "wh"}))
    assert "TU/e" in model.read_text(encoding="utf-8") and "from: tue" in model.read_text(encoding="utf-8")


def test_flow_style_models_get_flow_style_items(tmp_path):
    path = tmp_path / "m.yaml"
    shutil.copy(FIXTURES / "model.yaml", path)
    original = path.read_text(encoding="utf-8")
    session = opened(path)
    session.add_actor(form_values({"id": "nieuw", "name": "Nieuw", "kind": "firms"}))
    # in flow style, and in the section of its kind: right below the last firm
    assert "  - {id: f2, name: Firma 2, kind: firms}\n  - {id: nieuw, name: Nieuw, kind: firms}\n" in (
        path.read_text(encoding="utf-8")
    )
    session.delete_actor([a.id for a in session.project.model.actors].index("nieuw"))
    assert path.read_text(encoding="utf-8") == original


# --- the app, headless -----------------------------------------------------------------------


async def settle(app, pilot) -> None:
    """Wait until the app has handled every key and finished saving (edits run in a worker thread)."""
    for _ in range(1000):
        await pilot.pause()
        if not app.busy and not app.workers._workers and not getattr(app, "keys", None):
            await pilot.pause()
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the app stayed busy")


@pytest.mark.slow
def test_app_adds_a_link_by_keys_shows_type_and_position_and_undoes_it(model):
    from verbinder.workshop.app import WorkshopApp

    session = opened(model)
    app = WorkshopApp.create(session, "nl")

    async def scenario():
        async with app.run_test(size=(120, 40)) as pilot:
            links = app.links_table
            assert links.row_count == 1
            await pilot.press("l")
            await pilot.press(*"wh", "tab", *"tuu", "tab", *"anna", "enter")
            await settle(app, pilot)
            errors = str(app.screen.query_one("#errors").render())
            assert errors == "naar: niets past bij 'tuu' — bedoel je 'TU · tue'?"
            assert links.row_count == 1  # not applied; the form is still open
            await pilot.press("backspace", "enter")  # the faulty field has the focus, its text not selected
            await settle(app, pilot)
            await pilot.pause()
            assert links.row_count == 2, str(app.screen.query_one("#errors").render()) + repr(app.screen.focused)
            row = [str(cell) for cell in links.get_row_at(1)]
            assert row[:5] == ["", "wh → tue", "anna", "verbinden", "verbindingsschakel"]
            detail = str(app.query_one("#detail").render())
            assert "via Anna — verbindingsschakel" in detail and "niveau" in detail and "want" in detail
            load_project(model, **OPTIONS)
            assert "to: tue" in model.read_text(encoding="utf-8")
            await pilot.press("u")
            await settle(app, pilot)
            assert links.row_count == 1
            assert model.read_text(encoding="utf-8") == COMMENTED
            footer = str(app.query_one("#keys").render())  # 120 columns
            assert all(f"{k} {label}" in footer for k, label in (("l", "link"), ("u", "terug"), ("q", "stoppen"),
                                                                 ("v", "beeld"), ("?", "alle toetsen")))  # fmt: skip

    asyncio.run(scenario())


# --- killed mid-session ----------------------------------------------------------------------

# The editor kills itself (SIGKILL: no cleanup, no `finally`) at a known point of its 4th write of the model, through
# hooks on the calls verbinder.io.atomic makes: halfway through writing the temporary file, with the temporary file
# written but not renamed, or just after the rename. A kill timed by sleeping landed wherever the scheduler put it.
EDITOR = textwrap.dedent(
    """
    import os
    import signal
    import sys
    import tempfile
    from pathlib import Path

    from verbinder.workshop.state import Session, form_values

    model, fixtures, n, point = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    KILL_AT = 4  # the 4th write of the model
    writes, temps = [0], set()
    real_mkstemp, real_fdopen, real_fsync, real_replace = tempfile.mkstemp, os.fdopen, os.fsync, os.replace

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        if kwargs.get("prefix") == f".{model.name}.":  # a new version of the model (not a backup)
            writes[0] += 1
            if writes[0] == KILL_AT:
                temps.add(fd)
        return fd, name

    class HalfWriter:
        def __init__(self, fh):
            self.fh = fh
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)
        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            die()

    def fdopen(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        return HalfWriter(fh) if fd in temps and point == "half-written" else fh

    def fsync(fd):
        real_fsync(fd)
        if fd in temps and point == "written-not-renamed":
            die()

    def replace(src, dst, *args, **kwargs):
        real_replace(src, dst, *args, **kwargs)
        if Path(dst).resolve() == model and writes[0] == KILL_AT and point == "renamed":
            die()

    tempfile.mkstemp, os.fdopen, os.fsync, os.replace = mkstemp, fdopen, fsync, replace

    session = Session(model, roles=fixtures / "roles", catalogue=fixtures / "catalogue.yaml")
    for i in range(n):
        values = {"id": f"a{i}", "name": f"Actor {i}", "kind": "firms", "department": "x" * 5000}
        session.add_actor(form_values(values))  # written by the background writer
        session.flush()
    print("finished", flush=True)
    """
)


def versions(tmp_path, n):
    """The texts the file holds in turn: the original, then the file after each of the ``n`` edits (replayed)."""
    path = tmp_path / "replay.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    session = opened(path)
    texts = [COMMENTED]
    for i in range(n):
        session.add_actor(form_values({"id": f"a{i}", "name": f"Actor {i}", "kind": "firms", "department": "x" * 5000}))
        texts.append(path.read_text(encoding="utf-8"))
    return texts


@pytest.mark.slow
@pytest.mark.parametrize(("point", "edits_on_disk"), [("half-written", 3), ("written-not-renamed", 3), ("renamed", 4)])
def test_killed_mid_session_leaves_a_whole_valid_version(tmp_path, model, point, edits_on_disk):
    n = 10
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), str(model), str(FIXTURES), str(n), point],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr  # killed at the hook, not finished
    assert "finished" not in proc.stdout
    text = model.read_text(encoding="utf-8")
    assert text == versions(tmp_path, n)[edits_on_disk]  # a whole version: the last one renamed into place
    load_project(model, **OPTIONS)  # valid


def test_every_message_key_of_the_workshop_exists_in_both_languages():
    """The keys are written out (never built from a value), so each can be checked here."""
    from verbinder.analysis.diagnostics import QUADRANT_KEYS
    from verbinder.i18n import catalogue
    from verbinder.workshop import app, detail, forms, views

    keys = [label for _, _, label in app.KEYS]
    for table in (detail.COLUMN_KEYS, forms.FIELD_KEYS, forms.PLACEHOLDER_KEYS, app.CHANGE_KEYS, app.VERB_KEYS,
                  views.VIEW_KEYS, views.LOAD_COLUMN_KEYS, QUADRANT_KEYS):  # fmt: skip
        keys += list(table.values())
    for lang in ("nl", "en"):
        missing = [key for key in keys if key not in catalogue(lang)]
        assert not missing, (lang, missing)
    # every form field, and every view, has its key
    for what, names in (("actor", forms.ACTOR_FORM), ("link", forms.LINK_FORM), ("agenda", forms.AGENDA_FORM)):
        assert all(name in forms.FIELD_KEYS and (what, name) in forms.PLACEHOLDER_KEYS for name in names)
    assert set(views.VIEWS) == set(views.VIEW_KEYS)
