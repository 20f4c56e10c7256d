"""Write examples/stakeholders.xlsx: a stakeholder analysis as an advisor keeps it in Excel.

Run it from the repository root (``python examples/make_stakeholders_xlsx.py``) after changing it; the workbook
is committed beside it.  It is deliberately written as people write spreadsheets, not as verbinder would: Dutch
headers with notes in brackets, scores as words and numbers, kinds by their everyday names, links naming actors
by name, a column verbinder does not know (``Opmerkingen``), and no ids.  ``verbinder import
examples/stakeholders.xlsx`` turns it into a model; tests/test_spreadsheet.py checks that its analysis equals
that of tests/data/stakeholders.yaml, written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

ACTORS = [
    # Naam, Soort, Invloed, Belang, Afdeling, Kopgroep, Opmerkingen
    ("Wethouder Wonen en Klimaat", "Politiek", "hoog", 5, None, None, "trekker warmteplan"),
    ("Gemeenteraad Westerveen", "politiek", 5, "gemiddeld", None, None, None),
    ("Fatima El Amrani", "Ambtelijke organisatie", 3, 4, "Ruimte", "ja", "beleidsadviseur energie"),
    ("Joris Bakker", "ambtenaren", 2, "hoog", "Sociaal Domein", "x", "wijkcoördinator"),
    ("Team Vergunningen", "Ambtelijke organisatie", "gemiddeld", 2, "Ruimte", None, None),
    ("Bewonersvereniging De Horst", "burgers", "laag", "hoog", None, None, "kritisch over kosten"),
    ("Woningcorporatie Thuisvast", "Maatschappelijke organisaties", 4, 4, None, None, None),
    ("Netbeheerder Stedin", "Bedrijven", 4, 3, None, None, "netcongestie"),
    ("Installatiebedrijf Warmtewerk", "bedrijven", 2, 4, None, None, None),
    ("Hogeschool Windesheim, lectoraat Energie", "Experts", 2, "gemiddeld", None, None, None),
]
LINKS = [
    # Van, Naar, Via, Onderwerp, Spanning, Opgave
    (
        "Wethouder Wonen en Klimaat",
        "Bewonersvereniging De Horst",
        "Fatima El Amrani",
        "Warmteplan De Horst",
        "hoog",
        "Warmteplan De Horst",
    ),
    (
        "Netbeheerder Stedin",
        "Installatiebedrijf Warmtewerk",
        "Fatima El Amrani",
        "Aansluitvolgorde warmtepompen",
        "gemiddeld",
        "Warmteplan De Horst",
    ),
    (
        "Woningcorporatie Thuisvast",
        "Bewonersvereniging De Horst",
        "Joris Bakker",
        "Renovatie en huurverhoging",
        "hoog",
        "Betaalbaar wonen",
    ),
    (
        "Team Vergunningen",
        "Woningcorporatie Thuisvast",
        "Joris Bakker",
        "Snellere vergunning voor renovatie",
        "laag",
        "Betaalbaar wonen",
    ),
    (
        "Hogeschool Windesheim, lectoraat Energie",
        "Gemeenteraad Westerveen",
        None,
        "Kennis over warmtenetten",
        "laag",
        None,
    ),
    ("Fatima El Amrani", "Joris Bakker", None, "Samen optrekken in de wijk", "laag", None),
]
LINKS_HEADER = ("Van", "Naar", "Via (verbinder)", "Onderwerp", "Spanning", "Opgave")
AGENDA = [
    ("Warmteplan De Horst", "2028-06"),
    ("Betaalbaar wonen", "2027-12"),
    ("Armoedebestrijding", "2027-09"),
]


def build() -> Workbook:
    """The workbook: sheets Actoren, Verbindingen and Agenda."""
    book = Workbook()
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")

    def sheet(title: str, header: tuple[str, ...], rows: list[tuple], widths: list[int]) -> None:
        ws = book.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font, cell.fill = header_font, header_fill
        for row in rows:
            ws.append(list(row))
        for col, width in zip("ABCDEFG", widths, strict=False):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0

    book.remove(book.active)
    sheet(
        "Actoren",
        ("Naam", "Soort", "Invloed (1-5)", "Belang (1-5)", "Afdeling", "Kopgroep", "Opmerkingen"),
        ACTORS,
        [40, 28, 13, 13, 16, 10, 26],
    )
    sheet("Verbindingen", LINKS_HEADER, LINKS, [38, 32, 20, 34, 11, 22])
    sheet("Agenda", ("Opgave", "Klaar in"), AGENDA, [30, 10])
    return book


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("stakeholders.xlsx")
    build().save(target)
    print(target)
