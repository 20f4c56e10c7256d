"""Failures of the machine rather than the model: each is one sentence on stderr and exit 2, never a traceback.

These run ``python -m verbinder`` in a subprocess, because they need real file
descriptors (``/dev/full``, a closed pipe).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT

FIX = ["--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml"]


def verbinder(*args: str, stdout=subprocess.PIPE, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "VERBINDER_TODAY")}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "verbinder", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=environ,
        timeout=120,
        **kwargs,
    )


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")


@needs_dev_full
@pytest.mark.parametrize(
    ("args", "lang", "message"),
    [
        (["schema"], "en_GB.UTF-8", "cannot write to standard output: the disk is full"),
        (["schema"], "nl_NL.UTF-8", "kan niet naar de standaarduitvoer schrijven: de schijf is vol"),
        (["diff", "tests/fixtures/model.yaml", "tests/fixtures/model.yaml", "--lang", "en", *FIX], "",
         "cannot write to standard output: the disk is full"),
        (["analyse", "tests/fixtures/model.yaml", "--lang", "en", *FIX], "",
         "cannot write to standard output: the disk is full"),
        (["analyse", "tests/fixtures/model.yaml", "-f", "json", "--lang", "nl", *FIX], "",
         "kan niet naar de standaarduitvoer schrijven: de schijf is vol"),
        (["graph", "tests/fixtures/model.yaml", "-f", "tree", "--lang", "en", *FIX], "",
         "cannot write to standard output: the disk is full"),
    ],
)
def test_a_full_disk_on_stdout_is_one_sentence_and_exit_2(args, lang, message):
    with open("/dev/full", "w") as full:
        result = verbinder(*args, stdout=full, env={"LANG": lang} if lang else None)
    assert (result.returncode, result.stderr) == (2, message + "\n")


def test_identical_models_written_to_a_full_disk_are_not_called_different():
    """diff uses exit 1 for "the models differ": a failed write must not look like that."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = verbinder("diff", "tests/fixtures/model.yaml", "tests/fixtures/model.yaml", *FIX, stdout=full)
    assert result.returncode == 2


def test_a_reader_that_stops_early_gets_no_traceback():
    proc = subprocess.Popen(
        [sys.executable, "-m", "verbinder", "analyse", "examples/gemeente-dalburg.yaml"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 2
    assert stderr == ""
