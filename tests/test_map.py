"""``verbinder map`` without a browser: the data island, the page's policy and escaping, the CLI, the live server.

The page in a real browser is tested in ``tests/test_map_browser.py`` (slow).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from support import DALBURG, SMALL_TOWN

HOSTILE = """\
name: <script>alert(1)</script>
language: en
actors:
  - {id: a, name: '</script><img src=x onerror=alert(2)>', kind: politics, influence: 5, interest: 5}
  - {id: b, name: "B\\u2028<!--", kind: citizens}
  - {id: c, name: '&amp; "quoted"', kind: administration, kopgroep: true, competencies: {netwerken: 2}}
links:
  - {from: a, to: b, via: c, topic: '</style><script>alert(3)</script>'}
"""


def island(page: str, ident: str = "verbinder-map") -> dict:
    match = re.search(rf'<script type="application/json" id="{ident}">(.*?)</script>', page, re.S)
    assert match, ident
    return json.loads(match.group(1))


def analyse_json(run, model: Path) -> dict:
    result = run("analyse", str(model), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("model", [DALBURG, SMALL_TOWN], ids=["dalburg", "small-town"])
def test_island_has_analyse_json_ids_and_values(run, tmp_path, model):
    out = tmp_path / "kaart.html"
    result = run("map", str(model), "--output", str(out))
    assert result.exit_code == 0, result.output
    data = island(out.read_text(encoding="utf-8"))
    expected = analyse_json(run, model)
    assert list(data)[:4] == ["schema_version", "model", "language", "actors"]
    assert {"links", "actions", "proposals"} <= set(data)
    assert data["model"] == expected["model"] and data["language"] == expected["language"]
    keys = ("id", "from", "to", "type", "via", "position", "tension", "topic", "agenda", "competencies")
    assert [{k: link[k] for k in keys} for link in data["links"]] == [
        {k: link[k] for k in keys} for link in expected["links"]
    ]
    assert data["rules"] == expected["rules"]
    assert [{k: a[k] for k in ("rank", "kind", "subject", "why")} for a in data["actions"]] == [
        {k: a[k] for k in ("rank", "kind", "subject", "why")} for a in expected["actions"]
    ]
    ids = {a["id"] for a in data["actors"]}
    assert ids == {a for link in expected["links"] for a in (link["from"], link["to"], link["via"]) if a} | (
        ids - {a for link in expected["links"] for a in (link["from"], link["to"], link["via"]) if a}
    )
    assert len(data["actors"]) == expected["summary"]["actors"]
    for a in data["actors"]:
        assert {"id", "name", "kind"} <= set(a)


def test_every_inline_script_and_style_is_allowed_by_hash_and_nothing_else(run, tmp_path):
    out = tmp_path / "kaart.html"
    assert run("map", str(DALBURG), "--output", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert "connect-src" not in directives  # from disk: no request at all
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 2 and len(styles) == 1

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert directives["script-src"].split() == [digest(s) for s in scripts]
    assert directives["style-src"].split() == [digest(s) for s in styles]
    markup = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    assert not re.search(r"\s(style|on\w+)=", markup)  # no inline style or handler the policy would block
    assert "http://" not in page and "https://" not in page.replace("https://www.sigmajs.org", "")


def test_nothing_from_a_model_can_close_the_island_or_run(run, tmp_path):
    model = tmp_path / "evil.yaml"
    model.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "kaart.html"
    result = run("map", str(model), "--output", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<img" not in page and "alert(3)</script>" not in page and "<!--" not in page
    assert page.count("</script>") == 4  # the two islands and the two scripts, nothing from the model
    data = island(page)
    names = {a["id"]: a["name"] for a in data["actors"]}
    assert names["a"] == "</script><img src=x onerror=alert(2)>"  # the same text, inert
    assert names["b"] == "B\u2028<!--"
    assert data["links"][0]["topic"] == "</style><script>alert(3)</script>"
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; — network map</title>" in page


def test_text_island_holds_every_label_in_both_languages(run, tmp_path):
    for lang, word in (("nl", "Zoek een actor"), ("en", "Search an actor")):
        out = tmp_path / f"{lang}.html"
        assert run("map", str(DALBURG), "--lang", lang, "--output", str(out)).exit_code == 0
        text = island(out.read_text(encoding="utf-8"), "verbinder-map-text")
        assert text["search"] == word
        assert all(isinstance(v, str) and v for v in text.values())


def test_connector_fit_says_what_is_not_assessed(run, tmp_path):
    out = tmp_path / "kaart.html"
    assert run("map", str(DALBURG), "--output", str(out)).exit_code == 0
    data = island(out.read_text(encoding="utf-8"))
    actors = {a["id"]: a for a in data["actors"]}
    for link in data["links"]:
        if link["via"] is None:
            assert "fit" not in link
            continue
        levels = actors[link["via"]].get("competencies", {})  # a connector outside the kopgroep: none known
        asked = {c["id"]: c["level"] for c in link["competencies"]}
        assert set(link["fit"]["not_assessed"]) == {c for c in asked if c not in levels}
        assert {g["id"] for g in link["fit"]["gaps"]} == {c for c, n in asked.items() if c in levels and levels[c] < n}
    assert any(link.get("fit", {}).get("not_assessed") for link in data["links"])
    assert data["personal_data"] is True


def test_pseudonymise_leaves_no_member_name_or_id(run, tmp_path):
    out = tmp_path / "kaart.html"
    result = run("map", str(DALBURG), "--pseudonymise", "--salt", "s3cret", "--output", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = island(page)
    from verbinder.analysis.profiles import pseudonym

    assert data["pseudonymised"] is True
    members = [a for a in data["actors"] if a["kopgroep"]]
    assert members and all(re.fullmatch(r"m-[0-9a-f]{8}", a["id"]) for a in members)
    assert pseudonym("anna", "s3cret") in {a["id"] for a in members}
    ids = [a["id"] for a in data["actors"]]
    assert ids == sorted(ids)  # not the model's order, which would name member n by position (review N4)
    for real in ("Anna de Vries", "Fatima El Amrani", '"anna"', "Sem Jansen"):
        assert real not in page
    assert "gepseudonimiseerde persoonsgegevens" in page


def test_cli_errors(run, tmp_path):
    result = run("map", str(DALBURG), "--port", "8123", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.strip() == "--port works only with --serve."
    result = run("map", str(DALBURG), "--serve", "--output", str(tmp_path / "x.html"), "--lang", "en")
    assert result.exit_code == 2
    assert "--serve writes no file" in result.stderr
    existing = tmp_path / "kaart.html"
    existing.write_text("keep", encoding="utf-8")
    result = run("map", str(DALBURG), "--output", str(existing))
    assert result.exit_code == 2 and existing.read_text(encoding="utf-8") == "keep"


@pytest.mark.slow
def test_live_server_binds_loopback_refuses_without_token_and_follows_saves(tmp_path):
    from verbinder.serve import serve_map

    model = tmp_path / "m.yaml"
    model.write_text(SMALL_TOWN.read_text(encoding="utf-8"), encoding="utf-8")
    with serve_map(model) as live:
        assert live.host == "127.0.0.1"
        assert live._server.socket.getsockname() == ("127.0.0.1", live.port)  # the socket itself: loopback only
        assert live.url.startswith(f"http://127.0.0.1:{live.port}/?token=")
        page = urllib.request.urlopen(live.url, timeout=10).read().decode("utf-8")
        assert "connect-src &#x27;self&#x27;" in page and 'data-live="1"' in page
        for bad in (f"http://127.0.0.1:{live.port}/", live.url.replace("token=", "token=x"), live.url + "x"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(bad, timeout=10)
            assert refused.value.code == 403
        events = live.url.replace("/?", "/events?")
        text = model.read_text(encoding="utf-8")
        first = island(page)["actors"][0]
        model.write_text(text.replace(f"name: {first['name']}", "name: Renamed", 1), encoding="utf-8")
        answer = json.loads(urllib.request.urlopen(events + "&since=0", timeout=10).read())
        assert answer["version"] == 1
        assert answer["data"]["actors"][0]["name"] == "Renamed"
        model.write_text("actors: [", encoding="utf-8")  # a broken save keeps the last good map
        answer = json.loads(urllib.request.urlopen(events + "&since=1", timeout=10).read())
        assert answer["version"] == 2 and "m.yaml" in answer["error"] and "data" not in answer
    with pytest.raises(OSError):
        urllib.request.urlopen(live.url, timeout=2)


@pytest.mark.slow
def test_report_links_to_the_map_it_writes_beside_it(run, tmp_path):
    report, kaart = tmp_path / "rapport.html", tmp_path / "kaarten" / "kaart.html"
    kaart.parent.mkdir()
    result = run("report", str(SMALL_TOWN), "--output", str(report), "--map", str(kaart), "--lang", "en")
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    assert '<a href="kaarten/kaart.html">Open the interactive network map</a>' in page
    assert island(kaart.read_text(encoding="utf-8"))["model"] == island_model_name(SMALL_TOWN)
    assert '<svg role="img"' in page or "Graphviz" in page  # the static pictures stay for print
    result = run("report", str(SMALL_TOWN), "--output", str(tmp_path / "plain.html"), "--lang", "en")
    assert "verbinder report --map map.html" in (tmp_path / "plain.html").read_text(encoding="utf-8")
    existing = tmp_path / "taken.html"
    existing.write_text("keep", encoding="utf-8")
    result = run("report", str(SMALL_TOWN), "--output", str(tmp_path / "r2.html"), "--map", str(existing))
    assert result.exit_code == 2 and existing.read_text(encoding="utf-8") == "keep"
    assert not (tmp_path / "r2.html").exists()


def island_model_name(model: Path) -> str:
    import yaml

    return yaml.safe_load(model.read_text(encoding="utf-8"))["name"]


def test_a_team_link_names_its_members_and_fits_with_their_highest_levels(run, tmp_path):
    model = tmp_path / "duo.yaml"
    model.write_text(
        """\
name: Duo
language: en
actors:
  - {id: a, name: A, kind: politics}
  - {id: b, name: B, kind: citizens}
  - {id: c, name: C, kind: administration, kopgroep: true, competencies: {netwerken: 0}}
  - {id: d, name: D, kind: administration, kopgroep: true, competencies: {netwerken: 4}}
links:
  - {from: a, to: b, via: c, team: [c, d]}
""",
        encoding="utf-8",
    )
    out = tmp_path / "duo.html"
    assert run("map", str(model), "--output", str(out)).exit_code == 0
    (link,) = island(out.read_text(encoding="utf-8"))["links"]
    assert link["team"] == ["c", "d"]
    assert "netwerken" in {c["id"] for c in link["competencies"]}
    assert "netwerken" not in {g["id"] for g in link["fit"]["gaps"]}  # d's 4, not c's 0
    assert "netwerken" not in link["fit"]["not_assessed"]


@pytest.mark.slow
def test_serve_from_the_command_line_stops_cleanly_on_a_signal(tmp_path):
    """``verbinder map --serve`` as a user runs it: prints the address, serves it, and on Ctrl+C (SIGINT) or SIGTERM
    says it stopped, exits 0 and leaves nothing listening."""
    import os
    import signal
    import subprocess
    import sys
    import time

    model = tmp_path / "m.yaml"
    model.write_text(SMALL_TOWN.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "LANG": "en_GB.UTF-8"}
    for sig in (signal.SIGINT, signal.SIGTERM):
        proc = subprocess.Popen(
            [sys.executable, "-m", "verbinder", "map", str(model), "--serve", "--lang", "en"],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            line = proc.stderr.readline()
            url = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", line).group()
            assert line.startswith("Open http://127.0.0.1:") and "Ctrl+C stops" in line
            assert b'id="verbinder-map"' in urllib.request.urlopen(url, timeout=60).read()
            proc.send_signal(sig)
            assert proc.wait(timeout=60) == 0, proc.stderr.read()
            assert proc.stderr.read().strip() == "Stopped; nothing is left running."
        finally:
            if proc.poll() is None:
                proc.kill()
        time.sleep(0.1)
        with pytest.raises(OSError):
            urllib.request.urlopen(url, timeout=2)
