"""Atomic writes: a user's file is replaced whole or not at all, never clobbered without --force."""

from __future__ import annotations

import os
import stat

import pytest

from verbinder.cli.common import render_problem
from verbinder.errors import UsageError
from verbinder.io.atomic import refuse_existing, write_text


def test_new_file_and_refusal_to_overwrite(tmp_path):
    target = tmp_path / "uit.txt"
    write_text(target, "een")
    with pytest.raises(UsageError) as info:
        write_text(target, "twee")
    assert str(info.value.problems[0]) == f"{target} exists; use --force to overwrite it"
    assert target.read_text(encoding="utf-8") == "een"
    write_text(target, "twee", force=True)
    assert target.read_text(encoding="utf-8") == "twee"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.txt"]  # no temporary file left behind


def test_permissions_of_the_target_are_kept(tmp_path):
    target = tmp_path / "uit.txt"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)
    write_text(target, "nieuw", force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_device_is_written_into_not_replaced_with_force():
    # found the hard way: renaming a temporary file over /dev/null turned it into a regular file
    write_text(os.devnull, "weg ermee", force=True)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_named_pipe_is_written_into_with_force(tmp_path):
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text(fifo, "door de pijp", force=True)
        assert os.read(reader, 100) == b"door de pijp"
        assert stat.S_ISFIFO(fifo.stat().st_mode)
    finally:
        os.close(reader)


def test_a_named_pipe_nobody_reads_is_refused_at_once_even_with_force(tmp_path):
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(UsageError) as info:
        write_text(fifo, "x", force=True)
    assert render_problem(info.value.problems[0], "en") == f"cannot write {fifo}: nobody reads from this named pipe"


def special(tmp_path, what: str):
    if what == "fifo":
        os.mkfifo(tmp_path / "uit.html")
    elif what == "link to /dev/null":
        (tmp_path / "uit.html").symlink_to(os.devnull)
    elif what == "link to a fifo":
        os.mkfifo(tmp_path / "pijp")
        (tmp_path / "uit.html").symlink_to(tmp_path / "pijp")
    return tmp_path / "uit.html"


KINDS = {"fifo": "a named pipe (FIFO)", "link to /dev/null": "a device (like /dev/null)",
         "link to a fifo": "a named pipe (FIFO)"}  # fmt: skip


@pytest.mark.parametrize("what", list(KINDS))
@pytest.mark.parametrize("check", [write_text, refuse_existing])
def test_an_output_that_is_not_a_regular_file_is_refused_without_force(tmp_path, what, check):
    """A FIFO hung `report`; a link to /dev/null let `profiles` say it wrote a file that went nowhere."""
    target = special(tmp_path, what)
    with pytest.raises(UsageError) as info:
        check(target, "x") if check is write_text else check(target, False)
    assert render_problem(info.value.problems[0], "en") == (
        f"{target} is not a regular file but {KINDS[what]}; use --force to write into it all the same"
    )
    assert render_problem(info.value.problems[0], "nl").startswith(f"{target} is geen gewoon bestand maar een ")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(UsageError) as info:
        write_text(tmp_path, "x", force=True)
    assert str(info.value.problems[0]) == f"{tmp_path} is a folder"
