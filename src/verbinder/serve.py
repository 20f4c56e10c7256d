"""The live map: ``verbinder map --serve`` and the workshop's ``m`` key.

:func:`serve_map` serves the interactive map (:mod:`verbinder.render.map`) of a model file on 127.0.0.1 only, on a
random free port unless one is given, behind a random token in the URL (a request without it is refused with 403,
and so is one whose ``Host`` is not this address, against DNS rebinding).  A thread watches the model file; when it
is saved, the map is rebuilt and every open page, which long-polls ``/events`` with the version it shows, gets the
new data within a second and redraws, keeping its filters and selection.  A save that makes the model invalid keeps
the last good map and shows the error in the page.

The server runs in threads of this process (the standard library's ``http.server``); :meth:`LiveMap.stop` stops
them and closes the socket, leaving nothing running.

Examples
--------
>>> from verbinder.serve import serve_map
>>> live = serve_map("examples/gemeente-dalburg.yaml")  # doctest: +SKIP
>>> live.url  # doctest: +SKIP
'http://127.0.0.1:40213/?token=...'
>>> live.stop()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hmac
import http.server
import json
import os
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: How often the model file is looked at (seconds): a save shows in the page well within a second.
POLL_INTERVAL = 0.1
#: How long a page's ``/events`` request waits for a change before it is answered "no change" (seconds).
LONG_POLL = 20.0
HOST = "127.0.0.1"


@dataclass
class _Map:
    """The current map: its version, page, data and the error of the last save (None when it loaded)."""

    version: int = 0
    page: bytes = b""
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


class LiveMap:
    """A running live map: open :attr:`url` in a browser; :meth:`stop` ends it (also as a context manager)."""

    def __init__(self, path: Path, build: Any, server: http.server.ThreadingHTTPServer, token: str) -> None:
        self.path = path
        self.token = token
        self.host: str = str(server.server_address[0])
        self.port: int = int(server.server_address[1])
        self._build = build
        self._server = server
        self._current = _Map()
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._stamp = _stamp(path)
        self._publish(*build())
        self._threads = [
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True),
            threading.Thread(target=self._watch, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    @property
    def url(self) -> str:
        """The page's address, token included."""
        return f"http://{self.host}:{self.port}/?token={self.token}"

    @property
    def version(self) -> int:
        """How many times the map was rebuilt (0: as started)."""
        return self._current.version

    def current(self) -> _Map:
        """The map as it is now."""
        return self._current

    def stop(self) -> None:
        """Stop serving and watching; closes the socket and joins the threads (idempotent)."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        with self._changed:
            self._changed.notify_all()  # waiting /events requests answer now
        self._server.shutdown()
        self._server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> LiveMap:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait(self, since: int, timeout: float) -> _Map:
        """The map once its version differs from ``since``, or after ``timeout`` seconds, or at stop."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._current.version == since and not self._stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            return self._current

    def _publish(self, data: dict[str, Any] | None, error: str | None) -> None:
        from verbinder.render.map import to_html

        with self._changed:
            old = self._current
            version = old.version + 1 if old.page else 0
            if data is None:
                self._current = _Map(version, old.page, old.data, error)
            else:
                page = to_html(data, live=True, version=version).encode("utf-8")
                self._current = _Map(version, page, data, None)
            self._changed.notify_all()

    def _watch(self) -> None:
        while not self._stopping.wait(POLL_INTERVAL):
            stamp = _stamp(self.path)
            if stamp == self._stamp:
                continue
            self._stamp = stamp
            try:
                self._publish(*self._build())
            except Exception as exc:  # the watcher must outlive any one bad save
                self._publish(None, str(exc))


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def serve_map(
    model: str | Path,
    *,
    lang: str | None = None,
    port: int | None = None,
    roles: str | Path | None = None,
    catalogue: str | Path | None = None,
    pseudonymise: bool = False,
    salt: str = "",
    today: _dt.date | None = None,
) -> LiveMap:
    """Serve the live map of the model file ``model`` on 127.0.0.1 and watch the file; returns the running map.

    ``port`` None picks a free one.  The map is built as ``verbinder map`` builds it (``lang``, ``roles``,
    ``catalogue``, ``pseudonymise`` and ``salt`` as there).

    Raises :class:`~verbinder.errors.InputError` when the model cannot be read now, and
    :class:`~verbinder.errors.UsageError` when ``port`` is taken.
    """
    from verbinder.errors import InputError, UsageError, os_reason, render_problem
    from verbinder.i18n import Msg
    from verbinder.project import load
    from verbinder.render.map import build

    path = Path(model)
    first = load(path, roles=roles, catalogue=catalogue)  # raises InputError: nothing is started
    language = first.language(lang)
    state = {"project": first}

    def rebuild() -> tuple[dict[str, Any] | None, str | None]:
        project = state.pop("project", None)
        if project is None:
            try:
                project = load(path, roles=roles, catalogue=catalogue)
            except InputError as exc:
                return None, "; ".join(render_problem(p, language) for p in exc.problems)
        data = build(project, language, today=today, model_path=str(path), pseudonymise=pseudonymise, salt=salt)
        return data, None

    token = secrets.token_urlsafe(24)
    try:
        server = http.server.ThreadingHTTPServer((HOST, port or 0), _handler(token))
    except OSError as exc:
        raise UsageError(Msg("map.err.port_busy", port=port, reason=os_reason(exc))) from None
    server.daemon_threads = True
    live = LiveMap(path, rebuild, server, token)
    server.live = live  # type: ignore[attr-defined]
    return live


def _handler(token: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "verbinder"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the terminal belongs to the user
            return

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query)
            given = query.get("token", [""])[0]
            host = self.headers.get("Host", "")
            port = self.server.server_address[1]  # type: ignore[index]
            if not hmac.compare_digest(given.encode(), token.encode()) or host not in (
                f"{HOST}:{port}",
                f"localhost:{port}",
            ):
                self._send(403, b"forbidden\n", "text/plain; charset=utf-8")
                return
            live: LiveMap = self.server.live  # type: ignore[attr-defined]
            if url.path == "/":
                self._send(200, live.current().page, "text/html; charset=utf-8")
            elif url.path == "/events":
                try:
                    since = int(query.get("since", ["-1"])[0])
                except ValueError:
                    since = -1
                now = live.wait(since, LONG_POLL)
                body: dict[str, Any] = {"version": now.version}
                if now.version != since:
                    body.update({"error": now.error} if now.error else {"data": now.data})
                self._send(200, json.dumps(body, ensure_ascii=False).encode("utf-8"), "application/json")
            else:
                self._send(404, b"not found\n", "text/plain; charset=utf-8")

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the page was closed
                self.wfile.write(body)

    return Handler
