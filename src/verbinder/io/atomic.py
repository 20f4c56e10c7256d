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


def write_bytes(path: Path, data: bytes, *, force: bool = False) -> None:
    """Atomically write ``data`` to ``path``.

    Raises :class:`~verbinder.errors.UsageError` when ``path`` exists and
    ``force`` is false, or when the folder cannot be written.  A path that is
    not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is
    written into directly: there is no file to replace.
    """
    path = Path(path)
    if path.is_dir():
        raise UsageError(Msg("err.write_dir", path=str(path)))
    if path.exists() and not path.is_file():
        # /dev/null, /dev/stdout, a named pipe: nothing to replace, and renaming over a
        # device would swap it for a regular file; write into it as it is
        _write_in_place(path, data)
        return
    if path.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(path)))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_in_place(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise UsageError(Msg("err.cannot_write", path=str(path), reason=os_reason(exc))) from None


def write_text(path: Path, text: str, *, force: bool = False) -> None:
    """Atomically write UTF-8 ``text`` to ``path`` (see :func:`write_bytes`)."""
    write_bytes(path, text.encode("utf-8"), force=force)
