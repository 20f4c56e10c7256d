"""``verbinder report``: the HTML for the fixture and Dalburg, well-formed, self-contained, escaped; exit codes and
messages; Graphviz present, missing or failing; and a real headless browser (Debian's chromium) where present."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import ROOT
from verbinder.errors import UsageError
from verbinder.i18n import Msg
from verbinder.render import graph
from verbinder.render import report as render

FIX = ("--roles", "tests/fixtures/roles", "--catalogue", "tests/fixtures/catalogue.yaml")
MODEL = "tests/fixtures/model.yaml"
DALBURG = "examples/gemeente-dalburg.yaml"
TODAY = ("--today", "2026-05-03")
HAS_DOT = shutil.which("dot") is not None
CHROMIUM = shutil.which("chromium")


def chromium_runs() -> bool:
    """Whether ``chromium`` is installed and starts (a wrapper for a missing snap, say, does not)."""
    if CHROMIUM is None:
        return False
    try:
        done = subprocess.run([CHROMIUM, "--version"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


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
    assert [s.get("id") for s in root.iter("section")] == [
        "summary",
        "actions",
        "network",
        "links",
        "kopgroep",
        "grid",
        "warnings",
        "agenda",
    ]
    assert [text_of(h) for h in root.iter("h2")][1:] == [
        "1 Samenvatting",
        "2 Wat eerst te doen",
        "3 Netwerk",
        "4 Verbindingen",
        "5 Kopgroep: profielen en tekorten",
        "6 Invloed en belang",
        "7 Waarschuwingen",
        "8 Collegeakkoord",
    ]
    toc = root.find(".//nav")
    assert [a.get("href") for a in toc.iter("a")] == [f"#{s.get('id')}" for s in root.iter("section")]
    assert text_of(root.find(".//title")) == "Netwerkrapport — Testgemeente"
    header = root.find(".//header")
    assert text_of(header.find("h1")) == "Testgemeente"
    meta = {text_of(div.find("dt")): text_of(div.find("dd")) for div in header.find("dl")}
    assert meta == {"Datum": "3 mei 2026", "Taal": "Nederlands", "Model": "model.yaml"}
    assert header.find(".//time").get("datetime") == "2026-05-03"


def test_fixture_links_carry_type_position_and_reasons(fixture_html):
    root = parse(fixture_html["nl"])
    overview = root.find(".//table[@class='overview']")
    rows = {text_of(tr.find("th")): [text_of(td) for td in tr.findall("td")] for tr in overview.find("tbody")}
    # tests/fixtures/model.yaml: wh (politics) -> anna -> tue (experts): bridging, liaison (Gould & Fernandez).
    assert rows["liaison"] == ["Wethouder → TU", "verbinden", "Anna", "verbindingsschakel", "middel", "ca"]
    assert rows["itinerant"][2:4] == ["Anna", "consultant"]
    assert rows["wh--bew"][1:4] == ["verbinden", "nog geen verbinder", "—"]
    assert len(root.findall(".//article[@class='link']")) == 7
    liaison = by_id(root, "detail-liaison")
    asks = {text_of(tr.find("th")): [text_of(td) for td in tr.findall("td")] for tr in liaison.find(".//tbody")}
    # tests/fixtures/roles/basis.yaml line 26: spanning-middel asks conflicthantering 2.
    assert asks["Conflicthantering (nl)"] == [
        "2",
        "Middelmatige spanning. regel spanning-middel, tests/fixtures/roles/basis.yaml:26",
    ]
    for th in root.iter("th"):
        assert th.get("scope") in ("col", "row"), text_of(th)


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
    coverage = agenda.find(".//table[@class='coverage']/tbody/tr")
    assert text_of(coverage.find("th")) == "Energie ca"
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


def test_dalburg_report_in_both_languages(run, tmp_path):
    for lang, expected in (("nl", "Collegeakkoord"), ("en", "Coalition agreement")):
        result, out = make(run, tmp_path, "--lang", lang, model=DALBURG, name=f"dalburg-{lang}.html")
        assert result.exit_code == 0, result.output
        root = parse(out.read_text(encoding="utf-8"))
        assert root.get("lang") == lang
        assert text_of(by_id(root, "agenda-title")) == f"9 {expected}"
        # the actions (top 15 of the analysis) and verbinder connect's proposals follow the summary
        assert text_of(by_id(root, "actions-title")).startswith("2 ")
        assert len(root.find(".//table[@class='actions']/tbody")) == 15
        assert text_of(by_id(root, "connect-title")).startswith("3 ")
        assert len(root.find(".//table[@class='connect']/tbody")) >= 1
        # examples/gemeente-dalburg.yaml: 38 actors, 44 links, 7 kopgroep members, 7 agenda items.
        assert len(root.findall(".//article[@class='link']")) == 44
        assert len(root.findall(".//article[@class='member']")) == 7
        assert len(root.find(".//table[@class='coverage']/tbody")) == 7
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
    assert render.esc('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    inner = render.el("b", "<i>")
    assert render.el("p", inner, "&", class_="x", hidden=True, title=None) == (
        '<p class="x" hidden="hidden"><b>&lt;i&gt;</b>&amp;</p>'
    )
    assert render.anchor_id("detail-", "a b<c") == "detail-a_b_c"


# --- the picture ------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_DOT, reason="Graphviz (dot) is not installed")
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
        CHROMIUM,
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


@pytest.mark.skipif(not chromium_runs(), reason="chromium is not installed (apt-get install chromium)")
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
