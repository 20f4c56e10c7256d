"""Workbooks written by hand, XML part by XML part: the shapes Excel never writes but a hostile or broken file holds.

``workbook()`` makes a minimal valid ``.xlsx`` (it opens in Excel and LibreOffice) from sheets given as the XML
of their ``<sheetData>``; every part can be replaced to break exactly one thing.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET = f"{REL}/worksheet"
CHARTSHEET = f"{REL}/chartsheet"


def row(number: int, *cells: str, attrs: str = "") -> str:
    """A ``<row>`` of ready-made ``<c>`` elements."""
    return f'<row r="{number}"{attrs}>{"".join(cells)}</row>'


def text(ref: str, value: str) -> str:
    """An inline text cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def number(ref: str, value: str, style: int | None = None) -> str:
    """A number cell (``value`` as written in the XML, so it may be anything)."""
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def actors(*rows: str, header: tuple[str, ...] = ("Naam", "Soort")) -> str:
    """Rows 2 on of an actors sheet under a header row."""
    cells = [text(f"{chr(65 + i)}1", h) for i, h in enumerate(header)]
    return row(1, *cells) + "".join(rows)


def sheet_xml(data: str, *, before: str = "") -> str:
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
    return f"{head}{before}<sheetData>{data}</sheetData></worksheet>"


class _Fixed:
    """Parts written with a fixed date, so the same workbook is the same bytes (checked-in files can be compared)."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive

    def writestr(self, name: str, data: str) -> None:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(info, data)


def workbook(
    sheets: list[tuple[str, str]],
    *,
    shared: list[str] | None = None,
    shared_xml: str | None = None,
    styles_xml: str | None = None,
    states: dict[str, str] | None = None,
    charts: int = 0,
    raw_sheets: dict[int, str] | None = None,
) -> bytes:
    """An xlsx of ``sheets`` (title, sheetData XML), ``charts`` chart sheets after them, ``states`` by title
    (``hidden``, ``veryHidden``); ``raw_sheets`` replaces a sheet's whole XML (by index)."""
    states = states or {}
    raw_sheets = raw_sheets or {}
    entries, rels, types = [], [], []
    for i, (title, _data) in enumerate(sheets, start=1):
        state = f' state="{states[title]}"' if title in states else ""
        entries.append(f'<sheet name="{escape(title)}" sheetId="{i}"{state} r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{WORKSHEET}" Target="worksheets/sheet{i}.xml"/>')
        types.append(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
    for k in range(1, charts + 1):
        i = len(sheets) + k
        entries.append(f'<sheet name="Chart{k}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{CHARTSHEET}" Target="chartsheets/sheet{k}.xml"/>')
    n = len(sheets) + charts
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>')
    if shared is not None or shared_xml is not None:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        z = _Fixed(archive)
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"'
            "/>" + "".join(types) + "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            + "".join(entries)
            + "</sheets></workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">' + "".join(rels) + "</Relationships>",
        )
        z.writestr(
            "xl/styles.xml",
            styles_xml
            or f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><cellXfs count="2">'
            '<xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        )
        if shared_xml is not None:
            z.writestr("xl/sharedStrings.xml", shared_xml)
        elif shared is not None:
            items = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
            z.writestr(
                "xl/sharedStrings.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(shared)}">{items}</sst>',
            )
        for i, (_, data) in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", raw_sheets.get(i - 1, sheet_xml(data)))
        for k in range(1, charts + 1):
            z.writestr(f"xl/chartsheets/sheet{k}.xml", f'<chartsheet xmlns="{MAIN}"/>')
    return buffer.getvalue()
