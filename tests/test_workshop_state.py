"""The workshop session's safety: other links keep their ids, backups rotate, splicing equals re-reading the file."""

from __future__ import annotations

import shutil

import pytest

from support import FIXTURES, ROOT
from test_workshop import COMMENTED, backups, new_link, opened
from verbinder.io.yamlread import load_yaml
from verbinder.project import load
from verbinder.workshop.state import Session, form_values
from verbinder.workshop.writer import backup


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def test_a_second_link_between_a_pair_never_renames_the_first(model):
    session = opened(model)
    first = session.add_link(new_link(**{"from": "wh", "to": "tue", "topic": "Warmte"}))
    assert first.id == "wh--tue"
    second = session.add_link(new_link(**{"from": "wh", "to": "tue", "topic": "Water"}))
    # without an explicit id the first would become wh--tue--warmte
    assert session.project.link_ids == ["eerste", "wh--tue", "wh--tue--water"]
    assert second.id == "wh--tue--water"
    assert "    topic: Water\n    id: wh--tue--water\n" in model.read_text(encoding="utf-8")


def test_deleting_one_of_a_pairs_links_keeps_the_others_id(model):
    session = opened(model)
    session.add_link(new_link(**{"from": "wh", "to": "tue"}))
    session.add_link(new_link(**{"from": "wh", "to": "tue"}))
    assert session.project.link_ids == ["eerste", "wh--tue", "wh--tue-2"]
    session.delete_link(1)
    assert session.project.link_ids == ["eerste", "wh--tue-2"]
    assert load(model, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml").link_ids == [
        "eerste",
        "wh--tue-2",
    ]


def test_backups_are_stamped_and_the_newest_five_kept(tmp_path):
    path = tmp_path / "m.yaml"
    for i in range(7):
        path.write_text(f"v{i}\n", encoding="utf-8")
        backup(path, now=1_700_000_000 + 3600 * i)
    kept = backups(path)
    assert len(kept) == 5
    assert [p.read_text(encoding="utf-8") for p in kept] == [f"v{i}\n" for i in range(2, 7)]
    assert all(p.name.startswith("m.yaml.2023") and p.name.endswith(".bak") for p in kept)
    path.write_text("same second\n", encoding="utf-8")
    assert backup(path, now=1_700_000_000 + 3600 * 6).name.endswith("-2.bak")


def test_a_backup_never_writes_through_a_planted_link(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("mine\n", encoding="utf-8")
    victim = tmp_path / "victim"
    victim.write_text("keep\n", encoding="utf-8")
    made = backup(path, now=1_700_000_000)
    made.unlink()
    made.symlink_to(victim)
    again = backup(path, now=1_700_000_000)
    assert again != made and victim.read_text(encoding="utf-8") == "keep\n"


@pytest.mark.slow
def test_spliced_edits_read_back_as_the_session_holds_them_and_undo_restores_every_byte(tmp_path):
    path = tmp_path / "dalburg.yaml"
    shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", path)
    original = path.read_text(encoding="utf-8")
    session = Session(path, background=False)  # the shipped catalogue and rules
    actors = [a.id for a in session.project.model.actors]
    session.add_actor(form_values({"id": "nieuw", "name": "Nieuw", "kind": "firms", "influence": "4"}))
    session.add_link(new_link(**{"from": actors[0], "to": "nieuw", "via": actors[3], "topic": "proef"}))
    session.edit_actor(2, {**session.actor_values(2), "interest": 1, "department": "Sociaal domein"})
    session.edit_link(0, {**session.link_values(0), "tension": "high"})
    session.delete_link(3)
    session.add_agenda({"id": "proef", "title": "Een proef"})
    session.edit_link(1, {**session.link_values(1), "agenda": ["proef"]})
    session.edit_agenda(len(session.project.model.agenda) - 1, {"id": "proef-2", "title": "Een proef"})
    text = path.read_text(encoding="utf-8")
    assert load_yaml(path, text=text)[0] == session.version.data
    assert session.project.model == load(path).model
    assert session.project.model.links[1].agenda[-1] == "proef-2"
    while session.undo():
        pass
    assert path.read_text(encoding="utf-8") == original
