"""The profiles workbook on paper: page setup, row heights, header block, escaping; printed by LibreOffice."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from support import FIXTURES, ROOT
from verbinder.analysis.profiles import CompetencyNeed, MemberProfile
from verbinder.catalogue import load_catalogue
from verbinder.render.xlsx import GAP_FILL, workbook

SMALL_TOWN = ROOT / "examples" / "small-town.yaml"


def _book(tmp_path, profiles, lang="en"):
    from openpyxl import load_workbook

    cat = load_catalogue(FIXTURES / "catalogue.yaml")
    path = tmp_path / "p.xlsx"
    path.write_bytes(workbook(profiles, cat, "R&D model", lang, today=dt.date(2027, 1, 15)))
    return load_workbook(path)


def test_every_sheet_prints_landscape_a4_one_page_wide_with_its_header_row_repeated(tmp_path):
    member = MemberProfile("anna", "Anna", "basis", "ruimte", 4, ["l1"], [CompetencyNeed("vertalen", 2, 1)])
    wb = _book(tmp_path, [member])
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert wb["Summary"].page_setup.fitToHeight == 1  # the summary on one page
    assert wb["anna"].page_setup.fitToHeight == 0  # a member as many pages tall as needed
    assert wb["Summary"].print_title_rows == "$1:$1" and wb["anna"].print_title_rows == "$9:$9"


def test_member_sheet_opens_with_a_header_block(tmp_path):
    member = MemberProfile("anna", "Anna", "basis", "ruimte", 4, ["l1", "l2"], [CompetencyNeed("vertalen", 2, 1)])
    ws = _book(tmp_path, [member])["anna"]
    block = [(ws.cell(row=r, column=1).value, ws.cell(row=r, column=3).value) for r in range(2, 8)]
    assert ws["A1"].value == "Anna"
    assert block == [
        ("role", "basis"),
        ("department", "ruimte"),
        ("links", "l1; l2"),  # the topics where the profile has them (a person reads topics, not link ids)
        ("workload", "2 links at capacity 4"),
        ("exported on", "2027-01-15"),
        ("last assessment", "not recorded yet"),
    ]


def test_gaps_light_red_wrapped_rows_tall_enough_line_breaks_kept(tmp_path):
    need = CompetencyNeed("vertalen", 3, 1)
    member = MemberProfile("x", "Line one\nline two", None, None, 4, [], [need])
    wb = _book(tmp_path, [member])
    ws = wb["x"]
    assert ws["A1"].value == "Line one\nline two"  # a line break stays a line break (no _x000a_)
    assert ws["E10"].fill.fgColor.rgb.endswith(GAP_FILL) and GAP_FILL == "FFC7CE"
    summary = wb["Summary"]
    assert summary["B2"].value == "Line one\nline two" and summary.row_dimensions[2].height >= 2 * 15


def test_header_and_footer_double_the_ampersand(tmp_path):
    member = MemberProfile("x", "Tom & Jerry &P", None, None, 4, [], [])
    wb = _book(tmp_path, [member])
    assert wb["x"].oddHeader.center.text == "Tom && Jerry &&P"
    assert wb["Summary"].oddHeader.center.text == "Competency profiles: R&&D model"


def _pages_by_header(pdf, tmp_path) -> list[str]:
    """The first line of every page: the page header (the summary's title or the member's name)."""
    pages = []
    n = int(
        next(
            line.split()[-1]
            for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    for i in range(1, n + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        pages.append(next(line.strip() for line in text.splitlines() if line.strip()))
    return pages


@pytest.mark.slow
@pytest.mark.needs("soffice", "pdftotext", "pdfinfo")
def test_printed_by_libreoffice_summary_on_one_page_each_member_on_at_most_two(run, tmp_path):
    out = tmp_path / "st.xlsx"
    result = run("profiles", SMALL_TOWN, "-f", "xlsx", "-o", out, "--lang", "en", "--today", "2027-01-15")
    assert result.exit_code == 0, result.stderr
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = _pages_by_header(tmp_path / "st.pdf", tmp_path)
    assert pages[0].startswith("Competency profiles:") and pages.count(pages[0]) == 1
    members = [p for p in pages[1:]]
    assert len(set(members)) == 3, pages  # three kopgroep members in the small town
    assert all(members.count(name) <= 2 for name in set(members)), pages


def test_row_heights_and_headers_stay_within_excels_limits(tmp_path):
    """Issue 27, 11: a long name or text made rows taller than Excel's 409 points and headers and footers longer
    than its 255 characters (Excel then repairs the workbook, dropping them)."""
    from verbinder.render.xlsx import MAX_HEADER, MAX_ROW_HEIGHT

    long = "Anna & " + "woord " * 400
    member = MemberProfile("x", long, long, long, 4, ["l"] * 300, [CompetencyNeed("vertalen", 3, 1)])
    cat = load_catalogue(FIXTURES / "catalogue.yaml")
    from openpyxl import load_workbook

    path = tmp_path / "p.xlsx"
    path.write_bytes(workbook([member], cat, "R&D " * 300, "en", today=dt.date(2027, 1, 15)))
    wb = load_workbook(path)
    heights = [d.height for ws in wb.worksheets for d in ws.row_dimensions.values() if d.height]
    assert max(heights) == MAX_ROW_HEIGHT
    for ws in wb.worksheets:
        for part in (ws.oddHeader, ws.oddFooter):
            text = "".join(p.text or "" for p in (part.left, part.center, part.right))
            assert 0 < len(text) <= MAX_HEADER
