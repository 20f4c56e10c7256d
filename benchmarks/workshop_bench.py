"""Speed of ``verbinder workshop`` (issue 14), driving the app headless, with a baseline measured in the same run.

1. Enter -> saved and shown: a link is edited through its form (``e``, the
   tension field, Enter) and the clock stops when the table shows the change
   and the file on disk holds it.  Median of ``--repeat`` edits.  Targets:
   0.2 s on ``examples/gemeente-dalburg.yaml`` and 0.5 s on a generated model
   of 300 actors / 1,000 links.
2. Start-up: a fresh process that imports verbinder, opens the model and shows
   the first screen.  Target: 2 s on the generated model.

The baseline is what every edit cost before the workshop kept its document in
memory: one ruamel.yaml round trip of the whole file (read and write back), as
a ratio ``edit / baseline``.  Run::

    python benchmarks/workshop_bench.py [--actors 300] [--links 1000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual import events

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))

from analyse_bench import generate_model  # noqa: E402

START = """
import time, asyncio, sys
t0 = time.perf_counter()
from verbinder.workshop.state import Session
from verbinder.workshop.app import WorkshopApp
session = Session(sys.argv[1])
app = WorkshopApp.create(session, "nl")
async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(time.perf_counter() - t0)
asyncio.run(main())
session.close()
"""


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
                tension = ("hoog", "laag")[i % 2]
                for key in ["e", "tab", "tab", "tab"] + ["backspace"] * 12 + list(tension):
                    app.post_message(events.Key(key, key if len(key) == 1 else None))
                await pilot.pause()
                while app.screen is app.screen_stack[0]:
                    await pilot.pause()
                await pilot.pause()
                want = ("high", "low")[i % 2]
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


def startup(path: Path, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", START, str(path)], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"start-up failed: {done.stderr[-2000:]}")
        out.append(float(done.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=300)
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dalburg = Path(tmp) / "gemeente-dalburg.yaml"
        shutil.copy(ROOT / "examples" / "gemeente-dalburg.yaml", dalburg)
        big = Path(tmp) / "generated.yaml"
        big.write_text(generate_model(args.actors, args.links), encoding="utf-8")
        print(f"{'model':<34} {'Enter->saved+shown':>18} {'baseline':>9} {'ratio':>6} {'start-up':>9}")
        for path, name, target in ((dalburg, "Dalburg (38 actors, 44 links)", 0.2),
                                   (big, f"generated ({args.actors} actors, {args.links} links)", 0.5)):  # fmt: skip
            edit = statistics.median(edits(path, args.repeat))
            base = statistics.median(baseline(path) for _ in range(3))
            start = statistics.median(startup(path, 3))
            print(f"{name:<34} {edit:>16.3f} s {base:>7.2f} s {edit / base:>6.3f} {start:>7.2f} s"
                  f"   (targets: edit {target} s, start-up 2 s)")  # fmt: skip


if __name__ == "__main__":
    main()
