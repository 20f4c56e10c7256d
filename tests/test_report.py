"""``verbinder report``: the HTML for the fixture and Dalburg, well-formed, self-contained, escaped; exit codes and
messages; Graphviz present, missing or failing; and a real headless browser (Debian's chromium) where present."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import ROOT, tool
from verbinder.errors import UsageError
from verbinder.i18n import Msg
from verbinder.render import graph, html
from verbinder.render import report as render

FIX = ("--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml")
MODEL = "tests/fixtures/model.yaml"
DALBURG = "examples/gemeente-dalburg.yaml"
TODAY = ("--today", "2026-05-03")

SVG = "{http://www.w3.org/2000/svg}"

HOSTILE = """\
name: <script>alert(1)</script>
language: en
actors:
  - {id: a, name: '"><img src=x onerror=alert(2)>', kind: politics, influence: 5, interest: 5}
  - {id: b, name: 'B & <b>bold</b>', kind: experts}
  - {id: c, name: "C 'quoted'", kind: administration, kopgroep: true}
links:
  - {from: a, to: b, via: c, topic: '</style><script>alert(3)</script>', agenda: [x]}
agenda:
  - {id: x, title: '<iframe src="https://evil.example/">', due: 2027-06}
"""


def make(run, tmp_path: Path, *args: str, model: str = MODEL, name: str = "report.html"):
    out = tmp_path / name
    extra = FIX if model == MODEL else ()
    result = run("report", model, "--output", out, *TODAY, *extra, *args)
    return result, out


def parse(text: str) -> ET.Element:
    """The document as XML: the report is well-formed XHTML-compatible markup."""
    return ET.fromstring(text.encode("utf-8"))


def text_of(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def by_id(root: ET.Element, ident: str) -> ET.Element:
    found = [e for e in root.iter() if e.get("id") == ident]
    assert len(found) == 1, ident
    return found[0]


class TagBalance(HTMLParser):
    """Checks with the standard library's HTML tokenizer that every element is closed in order."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass  # <path ... />: opened and closed at once

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


@pytest.fixture(scope="module")
def fixture_html(tmp_path_factory):
    """The fixture's report in both languages, made once (from the repository root, like ``run``)."""
    from typer.testing import CliRunner

    from verbinder.cli.app import app

    out = {}
    folder = tmp_path_factory.mktemp("report")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            mp.delenv(var, raising=False)
        for lang in ("nl", "en"):
            path = folder / f"fixture-{lang}.html"
            result = CliRunner().invoke(app, ["report", MODEL, "-o", str(path), "--lang", lang, *TODAY, *FIX])
            assert result.exit_code == 0, result.output
            out[lang] = path.read_text(encoding="utf-8")
    return out


# --- contents ---------------------------------------------------------------------------------------------------


def test_fixture_report_has_every_section_in_dutch(fixture_html):
    html = fixture_html["nl"]
    root = parse(html)
    assert root.tag == "html" and root.get("lang") == "nl"
    # The summary for the college first (the decisions), the details, the appendices for the advisor last.
    assert [s.get("id") for s in root.iter("section")] == [
        "summary",
        "network",
        "kopgroep",
        "grid",
        "warnings",
        "agenda",
        "commands",
        "links",
    ]
    assert [text_of(h) for h in root.iter("h2")][1:] == [
        "1 Samenvatting: wat te besluiten",
        "2 Netwerk",
        "3 Kopgroep: profielen en tekorten",
        "4 Invloed en belang",
        "5 Waarschuwingen",
        "6 Collegeakkoord",
        "7 Bijlage: opdrachten voor de adviseur",
        "8 Bijlage: alle verbindingen",
    ]
    summary = by_id(root, "summary")
    assert [text_of(h) for h in summary.iter("h3")] == [
        "Wat het college en het MT kunnen besluiten",
        "Dekt het werk het collegeakkoord?",
        "Leeragenda van de kopgroep",
    ]
    toc = root.find(".//nav")
    assert [a.get("href") for a in toc.iter("a")] == [f"#{s.get('id')}" for s in root.iter("section")]
    assert text_of(root.find(".//title")) == "Netwerkrapport — Testgemeente"
    header = root.find(".//header")
    assert text_of(header.find("h1")) == "Testgemeente"
    meta = {text_of(div.find("dt")): text_of(div.find("dd")) for div in header.find("dl")}
    assert meta == {"Datum": "3 mei 2026", "Taal": "Nederlands", "Model": "model.yaml"}
    assert header.find(".//time").get("datetime") == "2026-05-03"


def test_fixture_links_appendix_one_row_per_link_with_reasons_behind_details(fixture_html):
    root = parse(fixture_html["nl"])
    overview = root.find(".//table[@class='overview']")
    rows = {text_of(tr.find("th")): tr for tr in overview.find("tbody")}
    assert len(rows) == 7  # tests/fixtures/model.yaml has 7 links, one row each
    cells = {lid: [text_of(td) for td in tr.findall("td")] for lid, tr in rows.items()}
    # tests/fixtures/model.yaml: wh (politics) -> anna -> tue (experts): bridging, liaison (Gould & Fernandez).
    assert cells["liaison"][:4] == ["Wethouder → TU", "verbinden verbindingsschakel spanning middel", "Anna", "ca"]
    assert cells["itinerant"][1:3] == ["regie consultant spanning laag", "Anna"]
    assert cells["wh--bew"][1:3] == ["verbinden — spanning laag", "nog geen verbinder"]
    assert rows["liaison"].get("id") == "detail-liaison"  # the anchor the kopgroep's and warnings' links point to
    details = rows["liaison"].find(".//details")
    # The summary lists every competency with its level, highest first; the reasons are inside.
    assert text_of(details.find("summary")).startswith("Conflicthantering (nl) 2, ")
    reasons = [text_of(li) for li in details.iter("li")]
    # tests/fixtures/roles/basis.yaml line 26: spanning-middel asks conflicthantering 2.
    assert (
        "Conflicthantering (nl) 2: Middelmatige spanning. regel spanning-middel, tests/fixtures/roles/basis.yaml:26"
        in (reasons)
    )
    # A sentence says that print leaves the reasons out, and where to find them.
    links = by_id(root, "links")
    assert [text_of(p) for p in links.iter("p") if "print-only" in (p.get("class") or "")] == [
        "Op papier staan per verbinding alleen de competenties en hun niveaus; de redenen zijn weggelaten. Open dit "
        "bestand in een browser en klik op de competenties, of gebruik verbinder explain tests/fixtures/model.yaml "
        "VERBINDING."
    ]
    for th in root.iter("th"):
        assert th.get("scope") in ("col", "row"), text_of(th)


def test_every_table_scrolls_inside_its_own_box(fixture_html):
    """At phone width a wide table scrolls sideways inside a ``div.scroll``, never the page."""
    root = parse(fixture_html["en"])
    parents = {child: parent for parent in root.iter() for child in parent}
    tables = list(root.iter("table"))
    assert len(tables) >= 6
    for table in tables:
        assert parents[table].tag == "div" and parents[table].get("class") == "scroll", table.get("class")


def test_summary_speaks_to_the_college_in_decisions(fixture_html):
    """Pages 1-2 are for the college and the management team: decisions with names, no commands, ids or rule codes."""
    root = parse(fixture_html["en"])
    summary = by_id(root, "summary")
    text = text_of(summary)
    decisions = {text_of(h): h for h in summary.iter("h4")}
    # no capacity to free: the one member with room (Bert) takes the open link (below)
    assert list(decisions) == ["Who to assess", "What to mandate"]
    items = [text_of(li) for li in summary.iter("li")]
    # tests/fixtures/model.yaml: wh--bew (Wethouder -> Bewoners) has no connector; Anna fits it over her assessed
    # levels (vertalen alone, issue 21: unknown is not zero) but is full; Bert, assessed in nothing it asks, has
    # room: a full member does not qualify, so the plan gives it to Bert, to be assessed first.  Bert stands
    # between two politics actors (wh--raad), which the plan escalates to the griffie (no item, no griffie actor).
    assert (
        "Appoint Bert as connector for Wethouder – Bewoners once Bert is assessed: most of what those connections ask "
        "of Bert is not known yet." in items
    )
    assert any(item.startswith("Bert: ") for item in items)
    assert (
        "Have the council clerk's office hold the connection between Wethouder and Gemeenteraad, not a kopgroep "
        "member: a civil servant does not broker between political parties." in items
    )
    links = {text_of(tr.find("th")).removeprefix("! ") for tr in root.find(".//table[@class='overview']/tbody")}
    assert "wh--bew" in links
    words = set(re.findall(r"[\w-]+", text))
    assert links & words == set() and not re.search(COMMAND, text) and "political-neutrality" not in text
    assert "None" not in words and summary.find(".//code") is None
    assert summary.find(".//table[@class='coverage']") is not None
    # tests/fixtures/model.yaml: Anna and Bert have no open gap (Anna's are not assessed): the summary says so.
    assert summary.find(".//table[@class='learning']") is None
    assert "No kopgroep member has an open gap." in text


def test_commands_for_the_advisor_are_in_an_appendix(fixture_html):
    root = parse(fixture_html["en"])
    actions = by_id(root, "commands").find(".//table[@class='actions']/tbody")
    ranks = [text_of(tr.find("th")) for tr in actions]
    assert ranks == [str(n) for n in range(1, len(ranks) + 1)] and 1 <= len(ranks) <= render.REPORT_ACTIONS
    first = [text_of(td) for td in actions[0].findall("td")]
    assert first[1].startswith("verbinder ") and "tests/fixtures/model.yaml" in first[1]


def test_fixture_kopgroep_profiles_and_gaps(fixture_html):
    root = parse(fixture_html["en"])
    anna = by_id(root, "member-anna")
    # Anna connects liaison, itinerant, bert--bew (tension high) and bew--bert; tests/fixtures/roles ask of her
    # conflicthantering 3, politieke-sensitiviteit 2 and seven competencies at 1; she is assessed only in
    # vertalen (2): no open gap, the rest not assessed (never counted as a gap).
    assert "4 of capacity 4 links · gap levels: 0" in text_of(anna)
    rows = {text_of(tr.find("th")): [text_of(td) for td in tr.findall("td")] for tr in anna.find(".//tbody")}
    assert rows["Conflicthantering (en)"][1:4] == ["3", "not assessed", "–"]
    assert rows["Vertalen (en)"][1:4] == ["1", "2", "0"]
    assert rows["Conflicthantering (en)"][4] == "liaison, bert--bew"
    bert = by_id(root, "member-bert")
    assert "1 of capacity 4 links · gap levels: 0" in text_of(bert)


def test_fixture_power_interest_grid(fixture_html):
    root = parse(fixture_html["en"])
    grid = root.find(".//table[@class='grid']")
    cells = {td.get("class").split()[1]: td for td in grid.iter("td") if td.get("class")}

    def names(q):
        return [text_of(li).split(" influence")[0] for li in cells[q].iter("li")]

    # tests/fixtures/model.yaml: wh 5/3 and raad 4/3 (interest defaults to 3), bew 1/5, the rest 3/3.
    assert names("keep_satisfied") == ["Wethouder", "Gemeenteraad"]
    assert names("manage_closely") == []
    assert [text_of(p) for p in cells["manage_closely"].iter("p")] == ["Manage closely", "nobody"]
    assert names("keep_informed") == ["Bewoners"]
    assert names("monitor") == ["Anna", "Bert", "TU", "Firma 1", "Firma 2", "Cees"]


def test_fixture_warnings_and_agenda(fixture_html):
    root = parse(fixture_html["en"])
    warnings = by_id(root, "warnings")
    assert [text_of(h) for h in warnings.iter("h3")] == ["From the rules", "Network diagnostics", "Coalition agreement"]
    codes = [text_of(c) for c in warnings.iter("code")]
    # The rules' warning on wh--raad, the diagnostics' on wh--bew (no connector), the agenda's on links without one.
    assert "political-neutrality" in codes and "no-connector" in codes and "link-without-agenda" in codes
    agenda = by_id(root, "agenda")
    coverage = by_id(root, "summary").find(".//table[@class='coverage']/tbody/tr")
    assert text_of(coverage.find("th")) == "Energie"  # a title, not an id
    assert [text_of(td) for td in coverage.findall("td")][:4] == [
        "2028 Q2 2028-06",
        "covered",
        "1 (0 orchestration, 1 bridging)",
        "Anna",
    ]
    roadmap = agenda.find(".//table[@class='roadmap']")
    heads = [text_of(th) for th in roadmap.find("thead").iter("th")]
    # No term in the model: eight quarters from the one holding --today (2026-05-03).
    assert heads[:2] == ["agenda item", "2026 Q2today"] and heads[-1] == "2028 Q1"
    assert "2028-06: after the term" in text_of(agenda)


@pytest.mark.slow
def test_dalburg_report_in_both_languages(run, tmp_path):
    for lang, expected in (("nl", "Collegeakkoord"), ("en", "Coalition agreement")):
        result, out = make(run, tmp_path, "--lang", lang, model=DALBURG, name=f"dalburg-{lang}.html")
        assert result.exit_code == 0, result.output
        root = parse(out.read_text(encoding="utf-8"))
        assert root.get("lang") == lang
        assert text_of(by_id(root, "agenda-title")) == f"7 {expected}"
        # the advisor's appendix holds the top 10 actions; verbinder connect's proposals follow the summary
        assert len(root.find(".//table[@class='actions']/tbody")) == 10
        assert text_of(by_id(root, "connect-title")).startswith("2 ")
        assert len(root.find(".//table[@class='connect']/tbody")) >= 1
        # examples/gemeente-dalburg.yaml: 38 actors, 44 links, 7 kopgroep members, 7 agenda items.
        assert len(root.find(".//table[@class='overview']/tbody")) == 44
        assert len(root.findall(".//article[@class='member']")) == 7
        assert len(root.find(".//table[@class='coverage']/tbody")) == 7
        assert len(root.find(".//table[@class='learning']/tbody")) == render.REPORT_LEARNING
        assert sum(len(td.findall(".//li")) for td in root.iter("td") if "q" in (td.get("class") or "")) == 38


# --- well-formed, self-contained, escaped -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_well_formed_html(fixture_html, lang):
    html = fixture_html[lang]
    assert html.startswith("<!DOCTYPE html>\n<html lang=")
    parse(html)
    checker = TagBalance()
    checker.feed(html)
    checker.close()
    assert checker.errors == [] and checker.stack == []


def test_no_external_references(fixture_html):
    html = fixture_html["nl"]
    root = parse(html)
    for el in root.iter():
        for name, value in el.attrib.items():
            if name.split("}")[-1] in ("href", "src", "action", "data", "poster"):
                assert value.startswith("#"), (el.tag, name, value)
    tags = {el.tag for el in root.iter()}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    style = root.find(".//style").text
    assert "url(" not in style and "@import" not in style
    # The Content-Security-Policy allows nothing but this stylesheet, by its hash.
    policy = root.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert policy.startswith(f"default-src 'none'; style-src 'sha256-{digest}';")
    # Rule sources are citations rendered as text, never as links.
    assert not re.search(r"(src|href)=\"https?:", html)


def test_hostile_names_are_escaped(run, tmp_path):
    model = tmp_path / "hostile.yaml"
    model.write_text(HOSTILE, encoding="utf-8")
    result, out = make(run, tmp_path, model=str(model))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html and "<iframe" not in html and "</style><" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    root = parse(html)
    assert text_of(root.find(".//h1")) == "<script>alert(1)</script>"
    assert text_of(root.find(".//title")) == "Network report — <script>alert(1)</script>"
    assert '"><img src=x onerror=alert(2)>' in text_of(by_id(root, "links"))
    assert '<iframe src="https://evil.example/">' in text_of(by_id(root, "agenda"))
    assert not re.search(r"(src|href)=\"https?:", html)


def test_escaping_helpers():
    assert html.esc('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    inner = html.el("b", "<i>")
    assert html.el("p", inner, "&", class_="x", hidden=True, title=None) == (
        '<p class="x" hidden="hidden"><b>&lt;i&gt;</b>&amp;</p>'
    )
    assert html.anchor_id("detail-", "a b<c") == "detail-a_b_c"


# --- the picture ------------------------------------------------------------------------------------------------


@pytest.mark.needs("dot")
def test_network_picture_is_inlined(fixture_html):
    html = fixture_html["en"]
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html and "<!--" not in html
    root = parse(html)
    figure = by_id(root, "network").find("figure")  # one per agenda item (tests/test_pictures.py)
    svg = figure.find(f".//{SVG}svg")
    assert svg.get("role") == "img" and svg.get("aria-label") == "Network picture: Energie"
    assert {g.get("id") for g in svg.iter(f"{SVG}g")} >= {"actor-anna", "link-liaison"}
    assert re.fullmatch(r"\d+ links? between \d+ actors\.", text_of(figure.find("figcaption")))


def test_without_graphviz_a_note_replaces_the_picture(run, tmp_path, monkeypatch):
    monkeypatch.setattr(graph, "dot_available", lambda: False)
    result, out = make(run, tmp_path)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "Graphviz (het programma dot) is niet geïnstalleerd: het rapport heeft geen netwerkplaat. "
        "Installeer het (bijvoorbeeld 'apt-get install graphviz') en maak het rapport opnieuw."
    )
    root = parse(out.read_text(encoding="utf-8"))
    network = by_id(root, "network")
    assert network.find(f".//{SVG}svg") is None
    assert text_of(network.find("p")).startswith("Geen netwerkplaat: Graphviz (het programma dot) was niet")


def test_failing_graphviz_is_a_note_too(run, tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise UsageError(Msg("graph.dot_failed", reason="syntax error in line 3"))

    monkeypatch.setattr(graph, "dot_available", lambda: True)
    monkeypatch.setattr(graph.dot, "run_dot", fail)
    result, out = make(run, tmp_path, "--lang", "en")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == (
        "The network picture could not be drawn: Graphviz (dot) could not draw the picture: syntax error in line 3"
    )
    assert "Graphviz could not draw it (Graphviz (dot) could not draw the picture: syntax error in line 3)" in (
        out.read_text(encoding="utf-8")
    )


# --- exit codes and messages ------------------------------------------------------------------------------------


def test_output_is_required(run):
    result = run("report", MODEL, *FIX)
    assert result.exit_code == 2
    assert result.stderr == "geef het bestand voor het rapport met --output, bijvoorbeeld --output rapport.html\n"
    result = run("report", MODEL, "--lang", "en", *FIX)
    assert result.stderr == "name the report's file with --output, for example --output report.html\n"


def test_refuses_to_overwrite_without_force(run, tmp_path):
    out = tmp_path / "report.html"
    out.write_text("mine", encoding="utf-8")
    result = run("report", MODEL, "-o", out, "--lang", "en", *FIX)
    assert result.exit_code == 2
    assert result.stderr == f"{out} exists; use --force to overwrite it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    result = run("report", MODEL, "-o", out, "--force", *TODAY, *FIX)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(f"Rapport geschreven naar {out} (")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


def test_bad_model_and_bad_date(run, tmp_path):
    result = run("report", "tests/bad/agenda-not-a-list.yaml", "-o", tmp_path / "r.html")
    assert result.exit_code == 2 and result.stderr.startswith("tests/bad/agenda-not-a-list.yaml:")
    result = run("report", MODEL, "-o", tmp_path / "r.html", "--today", "morgen", *FIX)
    assert result.exit_code == 2
    assert result.stderr == "--today: 'morgen' is geen datum: gebruik JJJJ-MM-DD\n"
    assert not (tmp_path / "r.html").exists()


# --- a real browser ---------------------------------------------------------------------------------------------


def chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    argv = [
        tool("chromium"),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        url,
    ]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)


def console_errors(stderr: str) -> list[str]:
    """Lines where the page logged to the console (the report has no scripts: any message is a problem, such as a
    Content-Security-Policy violation) or a script failed."""
    return [line for line in stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]


@pytest.mark.slow
@pytest.mark.needs("chromium")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_renders_in_headless_chromium(run, tmp_path, lang):
    result, out = make(run, tmp_path, "--lang", lang, model=DALBURG)
    assert result.exit_code == 0
    png = tmp_path / "report.png"
    done = chromium(out.as_uri(), tmp_path / "profile", f"--screenshot={png}", "--window-size=1280,2000")
    assert done.returncode == 0, done.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    assert console_errors(done.stderr) == []
    dom = chromium(out.as_uri(), tmp_path / "profile2", "--dump-dom")
    assert dom.returncode == 0 and console_errors(dom.stderr) == []
    assert 'id="agenda"' in dom.stdout and "<h1>Gemeente Dalburg" in dom.stdout


# --- printed on A4 by Chromium -----------------------------------------------------------------------------------

SMALL_TOWN = "examples/small-town.yaml"
#: The issue's limits for the shipped examples printed on A4 (docs/benchmarks.md has the measured counts).
PAGE_LIMITS = {DALBURG: 24, SMALL_TOWN: 12}
#: report.css's print margin left and right, in PDF points (13 mm).
MARGIN_PT = 13 / 25.4 * 72


def needs_print(test):
    """Printing needs chromium and poppler-utils (apt-get install chromium poppler-utils), and is slow."""
    return pytest.mark.slow(pytest.mark.needs("chromium", "pdftotext", "pdfinfo")(test))


@dataclass
class Printed:
    """One report printed to PDF: its pages as plain text and its words with their boxes (poppler)."""

    pages: list[str]
    words: list[tuple[int, float, float, str]]  # (page, xMin, xMax, word)
    width: float  # the page's width in points


def print_pdf(html: Path, pdf: Path, profile: Path) -> Printed:
    done = chromium(html.as_uri(), profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:count]
    assert len(pages) == count
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    words = []
    for n, page in enumerate(bbox.split("<page ")[1:], 1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page):
            words.append((n, float(m.group(1)), float(m.group(2)), m.group(3)))
    return Printed(pages, words, width)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[tuple[str, str], Printed]:
    """Dalburg and the small town in both languages, printed on A4 by headless Chromium (made once)."""
    from typer.testing import CliRunner

    from verbinder.cli.app import app

    folder = tmp_path_factory.mktemp("printed")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        for model in PAGE_LIMITS:
            for lang in ("nl", "en"):
                html = folder / f"{Path(model).stem}-{lang}.html"
                result = CliRunner().invoke(app, ["report", model, "-o", str(html), "--lang", lang, *TODAY])
                assert result.exit_code == 0, result.output
                out[model, lang] = print_pdf(html, html.with_suffix(".pdf"), folder / f"profile-{html.stem}")
    return out


@needs_print
def test_printed_page_counts_within_the_limits(printed):
    counts = {f"{Path(m).stem} {lang}": len(p.pages) for (m, lang), p in printed.items()}
    for (model, _lang), p in printed.items():
        assert len(p.pages) <= PAGE_LIMITS[model], counts


#: A verbinder command in a text ("verbinder" alone is a Dutch word: connector).
COMMAND = r"verbinder (analyse|staff|connect|explain|assess|develop|workshop|plan|report|profiles|agenda)\b"


@needs_print
def test_pages_one_and_two_are_the_decisions_for_the_college(printed):
    first = printed[DALBURG, "en"].pages[0]
    assert "Summary: the decisions to take" in first and "What the college and the management team can decide" in first
    assert "Capacity to free" in first and "Who to assess" in first
    two = "".join(printed[DALBURG, "en"].pages[:2])
    assert "What to mandate" in two and "Coalition agreement: not covered" in two
    assert "Does the work cover the coalition agreement?" in two and "The kopgroep's learning agenda" in two
    assert "Appendix" not in two
    for (model, lang), p in printed.items():
        # the summary is pages 1-2 at most; section 2 starts on a new page
        summary = "".join(p.pages[:2]).split("\n2 ")[0]
        assert not re.search(COMMAND, summary) and "--" not in summary and "None" not in summary, (model, lang)
        assert not re.search(r"\b[a-z]+-[a-z]+-[a-z]+\b", summary), (model, lang)  # no rule codes or link ids


@needs_print
def test_no_printed_page_has_fewer_than_twenty_words(printed):
    for (model, lang), p in printed.items():
        words = [len(page.split()) for page in p.pages]
        assert min(words) >= 20, (model, lang, words)


def header_like(line: str) -> bool:
    """A line of a table header as printed: headers are set in capitals (report.css), so no lower-case letter."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def test_header_like_lines():
    assert header_like("COMPETENCY      MEMBERS WITH AN OPEN GAP     GAP LEVELS     WHO")
    assert header_like("AGENDAPUNT   2026 K2   2026 K3") and header_like("GAP")
    assert not header_like("Ingrid Bos               Agility 1 → 2") and not header_like("3   4")


@needs_print
def test_no_table_header_alone_at_a_page_foot(printed):
    for (model, lang), p in printed.items():
        for n, page in enumerate(p.pages[:-1], 1):
            lines = [line for line in page.splitlines() if line.strip()]
            assert not header_like(lines[-1]), (model, lang, n, lines[-3:])


@needs_print
def test_nothing_sticks_out_of_the_page_width(printed):
    for (model, lang), p in printed.items():
        outside = [(n, w) for n, x0, x1, w in p.words if x0 < MARGIN_PT - 2 or x1 > p.width - MARGIN_PT + 2]
        assert outside == [], (model, lang, outside[:10])


@needs_print
def test_a_four_year_roadmap_fits_the_page_width(run, tmp_path):
    """Sixteen quarters (a full four-year term) still fit between the margins, every quarter printed."""
    text = (ROOT / DALBURG).read_text(encoding="utf-8")
    model = tmp_path / "dalburg-term.yaml"
    model.write_text(text.replace("\nagenda:\n", "\nterm: {start: 2026-01, end: 2029-12}\nagenda:\n", 1), "utf-8")
    result, out = make(run, tmp_path, "--lang", "en", model=str(model))
    assert result.exit_code == 0, result.output
    root = parse(out.read_text(encoding="utf-8"))
    assert len(root.find(".//table[@class='roadmap']/thead/tr")) == 17  # the item column and 16 quarters
    p = print_pdf(out, tmp_path / "report.pdf", tmp_path / "profile")
    outside = [(n, w) for n, x0, x1, w in p.words if x0 < MARGIN_PT - 2 or x1 > p.width - MARGIN_PT + 2]
    assert outside == []
    roadmap = next(page for page in p.pages if "Roadmap" in page)
    assert all(q in roadmap for q in ("Q1", "Q4")) and "2029" in roadmap


# --- at phone width ------------------------------------------------------------------------------------------------

PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" style="border:0" width="{width}" height="1200" srcdoc="{page}"></iframe>
<script>
document.getElementById('f').addEventListener('load', () => {{
  const d = document.getElementById('f').contentDocument;
  const wide = [];
  for (const e of d.querySelectorAll('body *')) {{
    if (e.getBoundingClientRect().right > d.documentElement.clientWidth + 0.5) {{
      let boxed = false;
      for (let p = e.parentElement; p && p !== d.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') {{ boxed = true; break; }}
      if (!boxed) wide.push(e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || ''));
    }}
  }}
  document.body.setAttribute('data-probe',
    [d.documentElement.scrollWidth, d.documentElement.clientWidth, wide.slice(0, 10).join(' ')].join('|'));
}});
</script></body></html>"""


@pytest.mark.slow
@pytest.mark.needs("chromium")
@pytest.mark.parametrize("model", [DALBURG, SMALL_TOWN])
def test_at_390_px_the_page_does_not_scroll_sideways(run, tmp_path, model):
    """The report in a 390 px wide frame (a phone): the page is no wider than the frame; wide tables scroll in their
    own box. The probe (a copy of the page in an iframe, measured by a script in the parent) is test-only: the
    report itself has no scripts, and its Content-Security-Policy is left out of the copy so the frame loads."""
    import html as htmllib

    result, out = make(run, tmp_path, "--lang", "nl", model=model)
    assert result.exit_code == 0
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", out.read_text(encoding="utf-8"))
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE.format(width=390, page=htmllib.escape(page, quote=True)), encoding="utf-8")
    done = chromium(probe.as_uri(), tmp_path / "profile", "--window-size=800,1400", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'data-probe="([^"]*)"', done.stdout)
    assert found, done.stdout[-1000:]
    scroll, client, wide = htmllib.unescape(found.group(1)).split("|")
    assert int(client) <= 390 and int(scroll) <= int(client), wide
