"""Speed of ``verbinder workshop`` (issue 14), with baselines measured in the same run.

1. Enter -> saved and shown: a link is edited through its form (``e``, the
   tension field, Enter), driving the app headless; the clock stops when the
   table shows the change and the file on disk holds it.  Median of
   ``--repeat`` edits.  Targets: 0.2 s on ``examples/gemeente-dalburg.yaml``
   and 0.5 s on a generated model of 300 actors / 1,000 links.  The baseline
   is what every edit cost before the workshop kept its document in memory:
   one ruamel.yaml round trip of the whole file (read and write back).
2. Start-up: ``verbinder workshop MODEL`` started as a fresh process in a
   pseudo-terminal of 120 x 40, until its first screen (status line included)
   is drawn.  Target: 2 s on both models.  The baseline is the smallest
   Textual app (one line of text) started the same way, interleaved with it:
   on a busy machine compare the ratio, not the seconds.  Median of
   ``--starts`` start-ups of each.

Run::

    python benchmarks/workshop_bench.py [--actors 300] [--links 1000] [--repeat 7] [--starts 5] [--only-startup]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual import events

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))

from analyse_bench import generate_model  # noqa: E402

#: The baseline of start-up: the smallest Textual app (one line of text), started the same way.
MINIMAL = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("minimal app ready")
    def on_key(self, event):
        self.exit()
Minimal().run()
"""


def first_screen(argv: list[str], marker: str, size: tuple[int, int] = (120, 40)) -> tuple[float, float]:
    """Seconds from starting ``argv`` in a pseudo-terminal of ``size`` until its screen shows ``marker``, and the
    CPU seconds the process used until then (what the wait would be on an idle machine: little else is waited for).

    What a facilitator waits for: a fresh process, a real terminal, the first
    screen drawn (its status line included).  The app is then asked to quit.
    """
    import fcntl
    import os
    import pty
    import re
    import select
    import signal
    import struct
    import termios

    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal's size first, then the app
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(argv[0], argv)
    seen = b""
    escapes = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[P\]][^\x07\x1b]*(\x07|\x1b\\)|\x1b.")
    took = None
    try:
        while took is None:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                raise SystemExit(f"no first screen after 60 s: {' '.join(argv)}")
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the app ended
                raise SystemExit(f"ended before its first screen: {escapes.sub(b'', seen)[-2000:]!r}") from None
            seen += chunk
            if marker.encode() in escapes.sub(b"", seen):
                took = time.perf_counter() - start
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
        os.write(fd, b"q")
        deadline = time.time() + 10
        while time.time() < deadline:
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            if select.select([fd], [], [], 0.1)[0]:
                with contextlib.suppress(OSError):
                    os.read(fd, 65536)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return took, cpu


def startup(path: Path, repeat: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Start-up (seconds, CPU seconds) of ``verbinder workshop`` and of the minimal Textual app, interleaved (so
    load hits both alike)."""
    workshop = [sys.executable, "-m", "verbinder", "workshop", str(path), "--lang", "nl"]
    minimal = [sys.executable, "-c", MINIMAL]
    ours, base = [], []
    for _ in range(repeat):
        ours.append(first_screen(workshop, "geopend;"))
        base.append(first_screen(minimal, "minimal app ready"))
    return ours, base


def baseline(path: Path) -> float:
    """One ruamel.yaml round trip of the whole file: what each edit cost before."""
    from verbinder.io.roundtrip import RoundTrip

    start = time.perf_counter()
    doc = RoundTrip(path)
    buffer = io.StringIO()
    doc._yaml.dump(doc.data, buffer)
    return time.perf_counter() - start


def edits(path: Path, repeat: int) -> list[float]:
    """Enter -> saved and shown, for ``repeat`` edits of a link's tension through the form."""
    from verbinder.workshop.app import WorkshopApp
    from verbinder.workshop.state import Session

    session = Session(path)
    app = WorkshopApp.create(session, "nl")
    times: list[float] = []

    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for i in range(repeat):
                row = (i * 7) % app.links_table.row_count
                app.links_table.move_cursor(row=row)
                want = "low" if session.project.model.links[row].tension.value == "high" else "high"
                tension = {"high": "hoog", "low": "laag"}[want]  # a real change (the same value writes nothing)
                for key in ["e", "tab", "tab", "tab"] + ["backspace"] * 12 + list(tension):
                    app.post_message(events.Key(key, key if len(key) == 1 else None))
                await pilot.pause()
                while app.screen is app.screen_stack[0]:
                    await pilot.pause()
                await pilot.pause()
                start = time.perf_counter()
                app.post_message(events.Key("enter", None))
                while True:
                    await asyncio.sleep(0.002)
                    if app.busy or app.screen is not app.screen_stack[0]:
                        continue
                    link = session.project.model.links[row]
                    if link.tension.value == want and app.shown == i + 1:  # the screen shows this edit
                        session.flush()  # and on disk
                        break
                times.append(time.perf_counter() - start)
                await pilot.pause()

    asyncio.run(main())
    session.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=300)
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--starts", type=int, default=5, help="start-ups of each (median)")
    parser.add_argument("--only-startup", action="store_true", help="measure start-up only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dalburg = Path(tmp) / "gemeente-dalburg.yaml"
        shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", dalburg)
        big = Path(tmp) / "generated.yaml"
        big.write_text(generate_model(args.actors, args.links), encoding="utf-8")
        print(f"{'model':<34} {'Enter->saved+shown':>18} {'baseline':>9} {'ratio':>6}   "
              f"{'start-up':>8} {'(CPU)':>7} {'baseline':>9} {'(CPU)':>7} {'ratio':>6}")  # fmt: skip
        for path, name, target in ((dalburg, "Dalburg (38 actors, 44 links)", 0.2),
                                   (big, f"generated ({args.actors} actors, {args.links} links)", 0.5)):  # fmt: skip
            edit = statistics.median(edits(path, args.repeat)) if not args.only_startup else float("nan")
            base = statistics.median(baseline(path) for _ in range(3))
            ours, minimal = startup(path, args.starts)
            start, cpu = (statistics.median(x) for x in zip(*ours, strict=True))
            start_base, cpu_base = (statistics.median(x) for x in zip(*minimal, strict=True))
            print(f"{name:<34} {edit:>16.3f} s {base:>7.2f} s {edit / base:>6.3f}   "
                  f"{start:>6.2f} s {cpu:>5.2f} s {start_base:>7.2f} s {cpu_base:>5.2f} s {start / start_base:>6.2f}"
                  f"   (targets: edit {target} s, start-up 2 s)")  # fmt: skip


if __name__ == "__main__":
    main()
