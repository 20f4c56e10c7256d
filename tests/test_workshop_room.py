"""The workshop in front of a group (issue 23): saves that follow a linked model, backups that stay, an outside
version seen and chosen, lists kept as lists, every key counted once and in order.

Session-level tests run without a screen; the app is driven with Textual's Pilot inside ``asyncio.run``.
"""

from __future__ import annotations

import os

from test_workshop import COMMENTED, backups, new_link, opened
from verbinder.workshop.state import backup


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
