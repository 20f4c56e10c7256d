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

from support import FIX, ROOT


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


@pytest.mark.slow
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


@pytest.mark.slow
def test_identical_models_written_to_a_full_disk_are_not_called_different():
    """diff uses exit 1 for "the models differ": a failed write must not look like that."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = verbinder("diff", "tests/fixtures/model.yaml", "tests/fixtures/model.yaml", *FIX, stdout=full)
    assert result.returncode == 2


@pytest.mark.slow
def test_a_reader_that_stops_early_gets_no_traceback():
    proc = subprocess.Popen(
        # --explain: thousands of lines, more than a pipe holds, so the writer meets the closed pipe
        [sys.executable, "-m", "verbinder", "analyse", "examples/gemeente-dalburg.yaml", "--explain"],
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


@pytest.mark.slow
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


FIXTURE_OPTIONS = [
    "--roles",
    str(ROOT / "tests/fixtures/roles"),
    "--catalogue",
    str(ROOT / "tests/fixtures/catalogue.yaml"),
]


@pytest.fixture
def shared(tmp_path):
    """A shared folder: the real model elsewhere, a link to it, and a victim file someone linked as the backup."""
    real = tmp_path / "echt"
    real.mkdir()
    (real / "model.yaml").write_text((ROOT / "tests/fixtures/model.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    (folder / "model.yaml").symlink_to(real / "model.yaml")
    victim = tmp_path / "van-iemand-anders.txt"
    victim.write_text("niet overschrijven\n", encoding="utf-8")
    (folder / "model.yaml.bak").symlink_to(victim)
    (tmp_path / "a.yaml").write_text("vertalen: 4\n", encoding="utf-8")
    return tmp_path


def test_assess_writes_a_linked_model_to_its_target_and_never_through_the_backups_link(run, shared):
    before = (shared / "echt/model.yaml").read_text(encoding="utf-8")
    result = run("assess", shared / "gedeeld/model.yaml", "anna", "--answers", shared / "a.yaml", *FIXTURE_OPTIONS)
    assert result.exit_code == 0, result.stderr
    assert (shared / "gedeeld/model.yaml").is_symlink()  # still the link ...
    assert "vertalen: 4" in (shared / "echt/model.yaml").read_text(encoding="utf-8")  # ... and the real model changed
    assert (shared / "van-iemand-anders.txt").read_text(encoding="utf-8") == "niet overschrijven\n"
    backup = shared / "gedeeld/model.yaml.bak"
    assert not backup.is_symlink() and backup.read_text(encoding="utf-8") == before
    assert not [p for p in (shared / "echt").iterdir() if p.name.startswith(".")]  # no temporary files left


def test_staff_apply_onto_the_model_keeps_the_backup_out_of_a_link(run, shared):
    model = shared / "gedeeld/model.yaml"
    result = run("staff", model, "--apply", "--output", model, "--force", *FIXTURE_OPTIONS)
    assert result.exit_code in (0, 2), result.stderr
    assert (shared / "van-iemand-anders.txt").read_text(encoding="utf-8") == "niet overschrijven\n"
    assert model.is_symlink()


def test_a_backup_that_cannot_be_written_stops_before_the_model_is_touched(run, shared, monkeypatch):
    import tempfile

    import verbinder.io.atomic as atomic

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    model = shared / "gedeeld/model.yaml"
    before = (shared / "echt/model.yaml").read_text(encoding="utf-8")
    result = run("assess", model, "anna", "--answers", shared / "a.yaml", "--lang", "en", *FIXTURE_OPTIONS)
    assert (result.exit_code, result.stderr) == (2, f"cannot write {model}.bak: permission denied\n")
    assert (shared / "echt/model.yaml").read_text(encoding="utf-8") == before


def test_editing_a_link_to_nothing_is_refused(tmp_path):
    from verbinder.errors import UsageError
    from verbinder.io.atomic import write_through_link

    (tmp_path / "model.yaml").symlink_to(tmp_path / "weg.yaml")
    with pytest.raises(UsageError) as info:
        write_through_link(tmp_path / "model.yaml", b"name: x\n")
    assert str(info.value) == f"{tmp_path}/model.yaml is a link to {tmp_path}/weg.yaml, which does not exist"
    assert not (tmp_path / "weg.yaml").exists()


def test_init_keeps_an_existing_schema_without_force(run, tmp_path):
    (tmp_path / "model.schema.json").write_text("{}", encoding="utf-8")
    result = run("init", tmp_path, "--lang", "en")
    message = f"{tmp_path}/model.schema.json exists; use --force to overwrite it\n"
    assert (result.exit_code, result.stderr) == (2, message)
    assert (tmp_path / "model.schema.json").read_text(encoding="utf-8") == "{}"
    assert not (tmp_path / "model.yaml").exists()
    assert run("init", tmp_path, "--lang", "en", "--force").exit_code == 0
    assert (tmp_path / "model.schema.json").read_text(encoding="utf-8") != "{}"


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["report", "tests/fixtures/model.yaml", *FIX],
        ["profiles", "tests/fixtures/model.yaml", "-f", "xlsx", *FIX],
        ["profiles", "tests/fixtures/model.yaml", "-f", "csv", *FIX],
        ["graph", "tests/fixtures/model.yaml", "-f", "dot"],
        ["export", "tests/fixtures/model.yaml", *FIX],
        ["import", "examples/stakeholders.xlsx"],
    ],
    ids=["report", "profiles-xlsx", "profiles-csv", "graph", "export", "import"],
)
@pytest.mark.parametrize("target", ["fifo", "link to /dev/null"])
def test_an_output_name_that_is_not_a_regular_file_is_refused_without_force(tmp_path, args, target):
    """Issue 27: a FIFO at the output name hung `report`; a link to /dev/null let `profiles` exit 0 having written
    nothing.  Every command writes through the same writer, which refuses both before any work."""
    out = tmp_path / "out"
    if target == "fifo":
        os.mkfifo(out)
    else:
        out.symlink_to(os.devnull)
    result = verbinder(*args, "--output", str(out), "--lang", "en")
    kind = "a named pipe (FIFO)" if target == "fifo" else "a device (like /dev/null)"
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"{out} is not a regular file but {kind}; use --force to write into it all the same\n",
    )
