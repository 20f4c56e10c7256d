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
        (
            ["diff", "tests/fixtures/model.yaml", "tests/fixtures/model.yaml", "--lang", "en", *FIX],
            "",
            "cannot write to standard output: the disk is full",
        ),
        (
            ["analyse", "tests/fixtures/model.yaml", "--lang", "en", *FIX],
            "",
            "cannot write to standard output: the disk is full",
        ),
        (
            ["analyse", "tests/fixtures/model.yaml", "-f", "json", "--lang", "nl", *FIX],
            "",
            "kan niet naar de standaarduitvoer schrijven: de schijf is vol",
        ),
        (
            ["graph", "tests/fixtures/model.yaml", "-f", "tree", "--lang", "en", *FIX],
            "",
            "cannot write to standard output: the disk is full",
        ),
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


def _old_link_ids(pairs: list[tuple[str, str]]) -> list[str]:
    """The derived ids as the quadratic version numbered them (each id rescanned from -2)."""
    taken: set[str] = set()
    ids = []
    for a, b in pairs:
        base = candidate = f"{a}--{b}"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        taken.add(candidate)
        ids.append(candidate)
    return ids


def test_derived_link_ids_are_numbered_as_before_in_linear_time():
    from verbinder.model import Model, assign_link_ids

    pairs = [("a", "b")] * 50 + [("b", "a")] * 3 + [("a", "b")] * 5
    model = Model.model_validate({"name": "x", "links": [{"from": a, "to": b} for a, b in pairs]})
    assert assign_link_ids(model) == _old_link_ids(pairs)


def test_did_you_mean_with_many_unknown_names_finds_the_one_letter_typos():
    from verbinder.model import suggest

    actors = {f"medewerker-{i:04d}": i for i in range(3000)}
    for i in range(200):  # past the first questions the near index answers
        typo = f"medewerkr-{i:04d}"
        assert suggest(typo, actors) == f"medewerker-{i:04d}"
    assert suggest("medewerker-12345", actors) is not None  # one letter added
    assert suggest("iets-heel-anders", actors) is None


def test_a_huge_file_is_refused_by_its_shape_before_it_is_parsed(tmp_path, monkeypatch):
    import yaml

    big = tmp_path / "leeg.yaml"
    big.write_text("name: x\nactors: [" + "{}," * 3_000_000 + "{}]\n", encoding="utf-8")

    def no_parsing(*args, **kwargs):
        raise AssertionError("refused by its shape, not parsed")

    monkeypatch.setattr(yaml, "load", no_parsing)
    from verbinder.errors import InputError
    from verbinder.io.yamlread import load_yaml

    with pytest.raises(InputError) as info:
        load_yaml(big)
    assert str(info.value.problems[0]).startswith(f"{big}: the file may hold up to 6,000,0")


def test_a_fifo_is_read_with_a_bound(tmp_path):
    import threading

    from verbinder.errors import InputError
    from verbinder.io.yamlread import read_bounded

    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as fh:
            try:
                for _ in range(100):
                    fh.write(b"a" * 1_000_000)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed)
    writer.start()
    with pytest.raises(InputError) as info:
        read_bounded(fifo, max_bytes=5_000_000)
    writer.join()
    assert str(info.value.problems[0]) == f"{fifo}: the input has more than the limit of 5,000,000 bytes"


def test_the_top_level_key_of_a_large_file_is_located_without_composing_it():
    from verbinder.io.yamlread import Source

    text = "name: x\n# comment\nlinks:\n  # first\n  - {from: a, to: b}\n" + "  - {from: a, to: b}\n" * 60_000
    source = Source("m.yaml", text)
    assert source.locate(("links",)) == (5, 3)
    assert source.locate(("links",), key=True) == (3, 1)
    assert source._root is None
