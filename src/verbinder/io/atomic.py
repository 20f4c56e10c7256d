"""Write files atomically: a temporary file in the same folder, then a rename.

A reader (or a user whose machine dies mid-write) sees the old file or the new
one, never a mix.  The target's permissions are kept; an existing file is not
replaced unless the caller says so.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from verbinder.errors import UsageError, os_reason
from verbinder.i18n import Msg


def refuse_existing(path: Path | None, force: bool) -> None:
    """Refuse to write to ``path``: always when it is a folder; without ``force`` when it exists, or when it is (or
    links to) something other than a regular file: a FIFO would hang the command, ``/dev/null`` would swallow the
    output while the command says it wrote it.

    Call it before any work, so a long computation does not end in "exists".
    """
    if path is None:
        return
    if Path(path).is_dir():
        raise UsageError(Msg("err.write_dir", path=str(path)))
    if force:
        return
    _refuse_special(Path(path))
    if Path(path).exists() or Path(path).is_symlink():
        raise UsageError(Msg("err.exists", path=str(path)))


def _special_kind(path: Path) -> str | None:
    """The message key naming what ``path`` is when it exists and is not a regular file or a folder, else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "harden.kind_fifo"
    if stat.S_ISSOCK(mode):
        return "harden.kind_socket"
    return "harden.kind_device"


def _refuse_special(path: Path) -> None:
    kind = _special_kind(path)
    if kind is not None:
        raise UsageError(Msg("harden.not_a_file", path=str(path), kind=Msg(kind)))


def write_bytes(path: Path, data: bytes, *, force: bool = False, private: bool = False) -> None:
    """Atomically write ``data`` to ``path``.

    ``private``: personal data (an HR export, a member's notes): the file is
    readable and writable by its owner only (0600), new or replaced.

    Raises :class:`~verbinder.errors.UsageError` when ``path`` exists and
    ``force`` is false, or when the folder cannot be written.  A path that is
    not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe, or a link
    to one) is refused without ``force`` and written into directly with it:
    there is no file to replace.
    """
    path = Path(path)
    if path.is_dir():
        raise UsageError(Msg("err.write_dir", path=str(path)))
    if _special_kind(path) is not None:
        if not force:
            _refuse_special(path)
        # renaming over a device would swap it for a regular file; write into it as it is
        _write_in_place(path, data)
        return
    if path.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(path)))
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    if mode is None:  # a new file: what the umask allows, as open() would give
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    _replace(path, data, mode & 0o600 if private else mode)


def _replace(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to a new temporary file beside ``path`` (permissions ``mode``), then rename it over ``path``.

    The rename replaces whatever ``path`` is, a link included, and never follows it.  Nothing is left behind
    when it fails; an operating system's refusal becomes one sentence (:class:`UsageError`).
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=_folder_reason(exc, folder))) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_through_link(path: Path, data: bytes) -> Path:
    """Atomically replace the file ``path`` names, following a symbolic link to its target; return the target.

    For editing a user's own file (the model): when ``model.yaml`` is a link to
    ``../shared/model.yaml``, the shared file gets the new content (written to a
    temporary file in *its* folder, then renamed) and the link stays a link.
    Replacing the link with a regular file would leave the real model unchanged
    while the tool says it saved it.  A link whose target does not exist is
    refused: there is no file to edit.
    """
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if path.is_symlink() and not target.exists():
        raise UsageError(Msg("harden.dangling_link", path=str(path), target=str(target)))
    write_bytes(target, data, force=True)
    return target


def write_backup(path: Path, data: bytes, *, like: Path | None = None) -> None:
    """Atomically write a backup copy to ``path``, never through a link that is already there.

    In a shared folder anyone may have put a symbolic link at ``model.yaml.bak``
    pointing at a file of yours; copying "to" it would overwrite that file.
    The backup is written to a new temporary file and renamed over the name,
    which replaces a link instead of following it.  ``like``: the file whose
    permissions the backup keeps, never more than its owner's (a model holds
    personal data: every backup is 0600 or stricter).
    """
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        raise UsageError(Msg("err.write_dir", path=str(path)))
    try:
        mode = stat.S_IMODE(os.stat(like).st_mode) & 0o600 if like is not None else 0o600
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    _replace(path, data, mode)


def _folder_reason(exc: OSError, folder: Path) -> object:
    """Why a file could not be made in ``folder``: "the folder does not exist" only when it does not."""
    import errno

    if exc.errno == errno.ENOENT and folder.is_dir():  # /proc, /sys: folders that take no new files
        return Msg("harden.no_new_files")
    return os_reason(exc)


def _write_in_place(path: Path, data: bytes) -> None:
    """Write into a device or a FIFO; a FIFO nobody reads is refused at once instead of waiting for a reader."""
    import errno

    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO without a reader
            raise UsageError(Msg("err.cannot_write", path=str(path), reason=Msg("harden.no_reader"))) from None
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None


def write_text(path: Path, text: str, *, force: bool = False, private: bool = False) -> None:
    """Atomically write UTF-8 ``text`` to ``path`` (see :func:`write_bytes`)."""
    write_bytes(path, text.encode("utf-8"), force=force, private=private)
