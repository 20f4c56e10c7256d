"""How fast ``verbinder import`` and ``verbinder export`` are, against what openpyxl and csv cost on their own.

For each size a model is generated (actors of every kind, four links per actor with connectors, topics and
agenda items), exported as xlsx and as CSV files, and read back.  Each line compares verbinder's step with a
baseline measured in the same run on the same data:

- **import xlsx** against openpyxl reading every cell of the workbook (``read_only``, ``values_only``) plus
  pydantic validating the model: the floor any validating xlsx import pays;
- **import csv** against Python's ``csv`` module reading every file plus the same validation;
- **export xlsx** against openpyxl writing the same cell values (write-only workbook, no styles).

Times are the best of ``--repeat`` runs in CPU seconds of this process, the cyclic garbage collector paused
as the commands do.  The import's ratio is what recognising
headers and values, resolving names and remembering every cell costs on top of reading and validating.

    nice python benchmarks/spreadsheet_bench.py           # 500 and 2,000 actors (2,000 and 8,000 links)
    nice python benchmarks/spreadsheet_bench.py --quick   # 100 actors, a smoke test

A second table measures the workbook reader alone (:func:`verbinder.io.sheetfiles.read_tables`, which ``import``
uses) for the hostile shapes of issue 27: the same workbook as exported, with one blank styled cell at
``XFD1048576`` in every sheet, and with a note in column ``XFD`` of the second row of every sheet.  Time (CPU,
best of ``--repeat``) and memory (the peak of what Python allocates while reading, ``tracemalloc``) must follow
the used cells: the far cells cost what the plain workbook costs (target: within 1.5×), and four times the rows
cost about four times as much.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def make_model(n: int):
    from verbinder.model import DEFAULT_KINDS, Model

    actors = [
        {
            "id": f"actor-{i:05d}",
            "name": f"Actor {i} van de gemeente",
            "kind": DEFAULT_KINDS[i % 6],
            "influence": 1 + i % 5,
            "interest": 1 + (i * 7) % 5,
            "department": f"Afdeling {i % 12}" if i % 6 == 1 else None,
            "kopgroep": i % 6 == 1 and i % 4 == 1,
        }
        for i in range(n)
    ]
    agenda = [{"id": f"ca-{k}", "title": f"Opgave {k}", "due": "2027-06"} for k in range(10)]
    links = []
    for i in range(n):
        for step in (1, 2, 3, 5):
            j, via = (i + step) % n, (i + step + 7) % n
            links.append({
                "from": f"actor-{i:05d}",
                "to": f"actor-{j:05d}",
                "via": f"actor-{via:05d}" if via not in (i, j) else None,
                "topic": f"Onderwerp {i}-{step}",
                "agenda": [f"ca-{(i + step) % 10}"],
                "tension": ("low", "medium", "high")[(i + step) % 3],
            })  # fmt: skip
    return Model.model_validate({"name": "Benchmark", "actors": actors, "links": links, "agenda": agenda})


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``fn``, the cyclic GC paused as the commands do (cli.common.batch)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
        gc.enable()
    return min(times)


def measure(n: int, tmp: Path, repeat: int) -> list[tuple[str, int, float, float]]:
    """(step, links, verbinder's seconds, the baseline's seconds) for a model of ``n`` actors."""
    from openpyxl import Workbook, load_workbook

    from verbinder.io.spreadsheet import read_model
    from verbinder.model import Model
    from verbinder.render.spreadsheet import csv_files, tables_of, xlsx_bytes

    model = make_model(n)
    data = model.model_dump(by_alias=True)
    book_path = tmp / f"m{n}.xlsx"
    book_path.write_bytes(xlsx_bytes(model, "nl"))
    folder = tmp / f"csv{n}"
    folder.mkdir()
    for name, content in csv_files(model, "nl").items():
        (folder / name).write_bytes(content)

    def read_cells() -> None:
        book = load_workbook(book_path, read_only=True, data_only=True)
        for sheet in book.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        book.close()
        Model.model_validate(data)

    def read_csv() -> None:
        for path in folder.iterdir():
            list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
        Model.model_validate(data)

    def write_cells() -> None:
        book = Workbook(write_only=True)
        for table in tables_of(model, "nl"):
            sheet = book.create_sheet(table.title)
            sheet.append(table.headers)
            for row in table.rows:
                sheet.append(row)
        book.save(io.BytesIO())

    links = len(model.links)
    return [
        ("import xlsx", links, best(lambda: read_model(book_path), repeat), best(read_cells, repeat)),
        ("import csv", links, best(lambda: read_model(folder), repeat), best(read_csv, repeat)),
        ("export xlsx", links, best(lambda: xlsx_bytes(model, "nl"), repeat), best(write_cells, repeat)),
    ]


def with_far_cells(source: Path, target: Path, *, blank: bool, note: bool) -> None:
    """``source`` with, in every sheet, a blank styled cell at XFD1048576 and/or a note in XFD2."""
    import zipfile

    with zipfile.ZipFile(source) as book, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in book.infolist():
            data = book.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                if note and '<row r="2"' in text:
                    end = text.index("</row>", text.index('<row r="2"'))
                    text = text[:end] + '<c r="XFD2" t="inlineStr"><is><t>opmerking</t></is></c>' + text[end:]
                if blank:
                    text = text.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')
                data = text.encode("utf-8")
            out.writestr(info, data)


def peak_memory(fn: Callable[[], object]) -> float:
    """The peak of Python's allocations while ``fn`` runs, in MB."""
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def measure_reader(n: int, tmp: Path, repeat: int) -> list[tuple[str, int, int, float, float]]:
    """(shape, actors, used cells, seconds, peak MB) of the workbook reader on a model of ``n`` actors."""
    from verbinder.io.sheetfiles import read_tables
    from verbinder.render.spreadsheet import xlsx_bytes

    plain = tmp / f"r{n}.xlsx"
    plain.write_bytes(xlsx_bytes(make_model(n), "nl"))
    shapes = {"as exported": plain}
    for name, blank, note in (("+ blank XFD1048576", True, False), ("+ note in XFD2", False, True)):
        path = tmp / f"r{n}-{name.split()[1]}.xlsx"
        with_far_cells(plain, path, blank=blank, note=note)
        shapes[name] = path
    results = []
    for name, path in shapes.items():
        cells = sum(len(r) for t in read_tables(path, max_rows=10**6).tables for _, r in [(0, t.header), *t.rows])
        seconds = best(lambda p=path: read_tables(p, max_rows=10**6), repeat)
        results.append((name, n, cells, seconds, peak_memory(lambda p=path: read_tables(p, max_rows=10**6))))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [100] if args.quick else [500, 2000]
    print(f"{'step':<13} {'actors':>7} {'links':>7} {'verbinder s':>12} {'baseline s':>11} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            for step, links, ours, base in measure(n, Path(tmp), args.repeat):
                print(f"{step:<13} {n:>7} {links:>7} {ours:>12.3f} {base:>11.3f} {ours / base:>6.1f}")
        print()
        print(f"{'workbook reader':<20} {'actors':>7} {'cells':>8} {'s':>7} {'ratio':>6} {'peak MB':>8} {'ratio':>6}")
        first: dict[int, tuple[float, float]] = {}
        for n in sizes:
            rows = measure_reader(n, Path(tmp), args.repeat)
            base_s, base_mb = rows[0][3], rows[0][4]
            first.setdefault(0, (base_s, base_mb))
            for name, actors, cells, seconds, mb in rows:
                print(f"{name:<20} {actors:>7} {cells:>8} {seconds:>7.3f} {seconds / base_s:>6.2f} {mb:>8.1f}"
                      f" {mb / base_mb:>6.2f}")  # fmt: skip
            if n != sizes[0]:
                s0, m0 = first[0]
                print(f"{'  vs ' + str(sizes[0]) + ' actors':<20} {'':>7} {'':>8} {'':>7} {base_s / s0:>6.2f} {'':>8}"
                      f" {base_mb / m0:>6.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
