"""Write the bad spreadsheets of the golden corpus (tests/bad/cli/commands.yaml, ids ``import-*``).

    python tests/bad/sheets/make_bad_sheets.py      # from the repository root; tests check the files are its output

Each breaks one thing a workbook or CSV file from careless or hostile hands may hold (issue 27).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from xlsxcraft import actors, number, row, text, workbook  # noqa: E402

ANNA = row(2, text("A2", "Anna"), text("B2", "administration"))
AGENDA_HEAD = row(1, text("A1", "Titel"), text("B1", "Klaar in"))


def files() -> dict[str, bytes]:
    """File name (relative to this folder) -> bytes."""
    return {
        "shared-index.xlsx": workbook(
            [("Actoren", actors(row(2, '<c r="A2" t="s"><v>7</v></c>', text("B2", "politics"))))], shared=["Naam"]
        ),
        "text-in-number.xlsx": workbook(
            [
                (
                    "Actoren",
                    actors(
                        row(2, text("A2", "Anna"), text("B2", "politics"), number("C2", "hoog!")),
                        header=("Naam", "Soort", "Invloed"),
                    ),
                )
            ]
        ),
        "impossible-date-cell.xlsx": workbook(
            [
                ("Actoren", actors(ANNA)),
                ("Agenda", AGENDA_HEAD + row(2, text("A2", "Wonen"), '<c r="B2" t="d"><v>2027-02-31</v></c>')),
            ]
        ),
        "cell-ref-outside.xlsx": workbook(
            [("Actoren", actors(row(2, text("A2", "Anna"), '<c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c>')))]
        ),
        "only-charts.xlsx": workbook([], charts=2),
        "broken-xml.xlsx": workbook([("Actoren", "")], raw_sheets={0: "<worksheet><sheetData><row r='1'>"}),
        "bool-cell.xlsx": workbook(
            [
                (
                    "Actoren",
                    actors(
                        row(2, text("A2", "Anna"), text("B2", "politics"), '<c r="C2" t="b"><v>ja</v></c>'),
                        header=("Naam", "Soort", "Kopgroep"),
                    ),
                )
            ]
        ),
        "utf16.csv": "naam;soort\nAnna;politics\n".encode("utf-16"),
        "open-quote.csv": ('naam;soort\n"Anna;politics\nBert;firms\n' + "Cor;firms\n" * 20).encode(),
        "quote-in-cell.csv": b'naam;soort\n"Anna" de Vries;politics\n',
        "no-actor/actoren.csv": "naam;soort\nИван Петров;firms\n王伟;firms\n".encode(),
        "no-actor/verbindingen.csv": "van;naar\nИван Петров;王伟\n王伟;?\n".encode(),
        "history/actoren.csv": b"naam;soort\nAnna;administration\n",
        "history/beoordelingen.csv": b"actor;competentie;niveau;datum\nAnna;verbinden;2;2027-02-30\n",
    }


def main() -> None:
    for name, data in files().items():
        path = HERE / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    main()
