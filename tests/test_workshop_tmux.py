"""The workshop in a real terminal (tmux, 80x24): forms typed in one burst land in their fields, in order.

tmux writes all keys of one ``send-keys`` to the terminal at once, as a fast
typist's keys arrive.  Skipped where tmux is not installed (CI installs it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from support import FIXTURES, ROOT
from test_workshop import COMMENTED

pytestmark = [pytest.mark.slow, pytest.mark.needs("tmux")]


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def wait_for(predicate, timeout: float = 60.0, what: str = "") -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_burst_of_keys_in_tmux_lands_in_the_right_fields(tmp_path):
    model = tmp_path / "model.yaml"
    model.write_text(COMMENTED, encoding="utf-8")
    name = f"verbinder-test-{os.getpid()}"
    command = [
        sys.executable, "-m", "verbinder", "workshop", str(model), "--lang", "nl",
        "--roles", str(FIXTURES / "roles"), "--catalogue", str(FIXTURES / "catalogue.yaml"),
    ]  # fmt: skip
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT / "src")}
    subprocess.run(
        ["tmux", "-L", name, "new-session", "-d", "-s", name, "-x", "80", "-y", "24", " ".join(command)],
        check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        screen = lambda: tmux("-L", name, "capture-pane", "-p", "-t", name)  # noqa: E731
        wait_for(lambda: "stoppen" in screen(), what="the workshop to start")
        assert "q stoppen" in screen().splitlines()[-1]  # the quit key is visible at 80 columns
        # one burst: a link form, saved (Enter), and at once an actor form: the 'a' typed while the link is saved
        # opens it, and the rest lands in its fields (none read as a command: 'd' would ask to delete)
        tmux("-L", name, "send-keys", "-t", name, "l", "wh", "Tab", "tu", "Tab", "anna", "Tab", "hoog", "Tab",
             "samen aan tafel", "Enter", "a", "x5", "Tab", "de Jong, Piet", "Tab", "inwo", "Enter")  # fmt: skip
        wait_for(lambda: "de Jong, Piet" in model.read_text(encoding="utf-8"), what="both forms to be saved")
        time.sleep(0.5)
        tmux("-L", name, "send-keys", "-t", name, "q")
        wait_for(lambda: name not in subprocess.run(["tmux", "-L", name, "ls"], capture_output=True, text=True).stdout,
                 what="the workshop to stop")  # fmt: skip
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True)
    text = model.read_text(encoding="utf-8")
    assert text.endswith("  - from: wh\n    to: tue\n    via: anna\n    topic: samen aan tafel\n    tension: high\n")
    assert "id: eerste" in text  # nothing deleted
    assert "  - id: x5\n    name: de Jong, Piet\n    kind: citizens\n" in text


def test_in_tmux_resize_help_and_an_invalid_outside_version(tmp_path):
    """80x24 -> 160x45 -> 80x24 lays out again; ? shows every key; an invalid version saved outside is said at once,
    R names its problem and keeps the session's model; q ends with exit 0 and the other version untouched."""
    model = tmp_path / "model.yaml"
    model.write_text(COMMENTED, encoding="utf-8")
    name = f"verbinder-test-{os.getpid()}-2"
    status = tmp_path / "exit"
    command = [
        sys.executable, "-m", "verbinder", "workshop", str(model), "--lang", "nl",
        "--roles", str(FIXTURES / "roles"), "--catalogue", str(FIXTURES / "catalogue.yaml"),
    ]  # fmt: skip
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT / "src")}
    shell = " ".join(command) + f"; echo $? > {status}"
    subprocess.run(["tmux", "-L", name, "new-session", "-d", "-s", name, "-x", "80", "-y", "24", shell],
                   check=True, env=env, cwd=ROOT)  # fmt: skip
    try:
        screen = lambda: tmux("-L", name, "capture-pane", "-p", "-t", name)  # noqa: E731
        keys = lambda *k: tmux("-L", name, "send-keys", "-t", name, *k)  # noqa: E731
        wait_for(lambda: "stoppen" in screen(), what="the workshop to start")
        assert " link " not in screen().splitlines()[1]  # 80 columns: no id column
        tmux("-L", name, "resize-window", "-t", name, "-x", "160", "-y", "45")
        wait_for(lambda: " link " in screen().splitlines()[1], what="the wide layout")
        assert "zoeken" in screen().splitlines()[-1]  # more keys in the footer
        tmux("-L", name, "resize-window", "-t", name, "-x", "80", "-y", "24")
        wait_for(lambda: " link " not in screen().splitlines()[1], what="the narrow layout again")
        keys("?")
        wait_for(lambda: "Alle toetsen van de workshop" in screen(), what="the help")
        keys("Escape")
        bad = COMMENTED.replace("    influence: 5\n", "    influence: 9\n")
        model.write_text(bad, encoding="utf-8")
        wait_for(lambda: "druk op R" in screen(), timeout=10, what="the outside change to be said")
        keys("R")
        wait_for(lambda: "niet geldig" in screen(), what="the invalid version's problem")
        assert "9 is te groot" in screen() and "Traceback" not in screen()
        keys("1", "j", "Enter", "Escape")  # no 'take theirs' here; the keys that crashed it before do nothing
        wait_for(lambda: "niet geldig" not in screen(), what="the question to close")
        keys("q")  # (apart: Escape and q in one write would be read as Alt+q)
        wait_for(lambda: status.exists(), what="the workshop to stop")
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True)
    assert status.read_text().strip() == "0"
    assert model.read_text(encoding="utf-8") == bad  # nothing written over their version
