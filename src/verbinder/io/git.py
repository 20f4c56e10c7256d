"""Read a file as it was in a git revision (``verbinder diff MODEL --since REV``).

git runs as a subprocess with a list of arguments (no shell), in the file's
own repository; every failure becomes one clear sentence (exit 2).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from verbinder.errors import UsageError
from verbinder.i18n import Msg


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
    from verbinder.io.yamlread import decode

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
    blob = _git(["show", f"{sha}:{relative}"], root)
    if blob.returncode != 0:
        raise UsageError(Msg("diff.err.not_in_rev", path=str(path), rev=rev))
    return decode(blob.stdout, f"{path}@{rev}")
