"""Read a file as it was in a git revision (``verbinder diff MODEL --since REV``).

git runs as a subprocess with a list of arguments (no shell), in the file's
own repository; every failure becomes one clear sentence (exit 2).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from verbinder.errors import InputError, Problem, UsageError
from verbinder.i18n import Msg
from verbinder.io.yamlread import MAX_BYTES, decode


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError(Msg("diff.err.no_git")) from None


def show(path: Path, rev: str) -> str:
    """The text of ``path`` in revision ``rev`` of the git repository that holds it.

    Raises :class:`~verbinder.errors.UsageError` when git is missing, the file
    is not in a repository, ``rev`` is unknown or the file did not exist in it,
    and :class:`~verbinder.errors.InputError` when it is not UTF-8 text there.
    """
    if not rev or rev.startswith("-") or any(c in rev for c in "\0\n:"):
        raise UsageError(Msg("diff.err.bad_rev", rev=rev))
    real = path.resolve()
    folder = real.parent if real.parent.is_dir() else Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0:
        if b"dubious ownership" in top.stderr:  # git's safe.directory check: the repository is another user's
            raise UsageError(Msg("diff.err.unsafe_repo", path=str(path), folder=str(folder)))
        raise UsageError(Msg("diff.err.not_git", path=str(path)))
    root = Path(top.stdout.decode("utf-8", "replace").strip()).resolve()
    try:
        relative = real.relative_to(root).as_posix()
    except ValueError:
        raise UsageError(Msg("diff.err.not_git", path=str(path))) from None
    commit = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if commit.returncode != 0:
        raise UsageError(Msg("diff.err.unknown_rev", rev=rev))
    sha = commit.stdout.decode("ascii", "replace").strip()
    name = f"{path}@{rev}"
    size = _git(["cat-file", "-s", f"{sha}:{relative}"], root)
    if size.returncode != 0:
        raise UsageError(Msg("diff.err.not_in_rev", path=str(path), rev=rev))
    declared = int(size.stdout.strip() or 0)
    if declared > MAX_BYTES:  # refused by its size in the repository, as a file on disk is, before a byte is read
        raise InputError(Problem(name, Msg("err.too_large", size=f"{declared:,}", limit=f"{MAX_BYTES:,}")))
    return decode(_blob(f"{sha}:{relative}", root, name), name)


def _blob(spec: str, root: Path, name: str) -> bytes:
    """The blob's bytes, never more than :data:`~verbinder.io.yamlread.MAX_BYTES` (whatever git says its size is)."""
    with subprocess.Popen(
        ["git", "cat-file", "blob", spec], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as proc:
        assert proc.stdout is not None
        data = proc.stdout.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            proc.kill()
            raise InputError(Problem(name, Msg("harden.too_large_stream", limit=f"{MAX_BYTES:,}")))
    return data
