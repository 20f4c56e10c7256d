"""The workshop's writer: every accepted version written in order, each atomically, in a background thread; and
the backup made before a session's first write.

A linked model is written through the link to its target (the link stays a
link).  A file changed by someone else is never written over: the writer stops
(:attr:`Writer.conflict`) until the session resolves it (see :mod:`.outside`).
"""

from __future__ import annotations

import os
import queue
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from verbinder.io.atomic import write_through_link

if TYPE_CHECKING:
    from verbinder.workshop.state import Session

#: Backups of the model kept next to it (``NAME.YYYYMMDD-HHMMSS.bak``).
KEEP_BACKUPS = 5


class Writer:
    """Writes the accepted versions in order, each atomically; notices a file changed by someone else."""

    def __init__(self, session: Session, background: bool):
        self.session = session
        self.conflict = False
        self.error: BaseException | None = None
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._run, name="verbinder-writer", daemon=True)
            self._thread.start()

    @property
    def idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def put(self, text: str) -> None:
        with self._lock:
            self._pending += 1
        if self._thread is None:
            self._write(text)
            return
        self._queue.put(text)

    def flush(self) -> None:
        if self._thread is not None:
            self._queue.join()
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while True:
            text = self._queue.get()
            try:
                if text is None:
                    return
                self._write(text)
            finally:
                self._queue.task_done()

    def _write(self, text: str) -> None:
        session = self.session
        try:
            if self.conflict or session._disk_changed():
                self.conflict = True  # someone else changed the file: write nothing until it is reloaded
                return
            if session.backup is None:
                session.backup = backup(session.path)
            write_through_link(session.path, text.encode("utf-8"))  # a linked model: its target gets the edit
            session._disk_text = text
            self.error = None  # a later version is on disk: an earlier failed write is made good
        except BaseException as exc:  # said by the app's status line, and by the command at its end
            self.error = exc
        finally:
            with self._lock:
                self._pending -= 1


def backup(path: Path, *, keep: int = KEEP_BACKUPS, now: float | None = None) -> Path:
    """Copy ``path`` to ``NAME.YYYYMMDD-HHMMSS.bak`` next to it and keep only the newest ``keep`` such copies.

    The copy is a new file (never written through an existing file or symbolic
    link of that name); the one second resolution of the name gets ``-2``,
    ``-3`` ... when a backup of that second exists.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    data = path.read_bytes()
    n = 1
    while True:
        target = path.with_name(f"{path.name}.{stamp}{'' if n == 1 else f'-{n}'}.bak")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            n += 1
            continue
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        break
    import re

    pattern = re.compile(re.escape(path.name) + r"\.(\d{8}-\d{6})(?:-(\d+))?\.bak")
    found = [(m.group(1), int(m.group(2) or 1), p) for p in path.parent.iterdir() if (m := pattern.fullmatch(p.name))]
    others = sorted(f for f in found if f[2] != target)  # the new backup stays, even below future-dated ones
    for *_, old in others[: max(0, len(others) - (keep - 1))]:
        old.unlink(missing_ok=True)
    return target
