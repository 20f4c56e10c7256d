"""The conversation document: `verbinder profiles MODEL MEMBER --format html` — content, escaping, print."""

from __future__ import annotations

import re
import subprocess

import pytest

from support import FIXTURES, KOPGROEP, SMALL_TOWN


def _doc(run, tmp_path, model=KOPGROEP, member="anna", *args):
    out = tmp_path / "gesprek.html"
    result = run("profiles", model, member, "-f", "html", "-o", out, "--today", "2027-01-15", *args)
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_leads_with_focus_points_then_behaviour_plan_and_agreements(run, tmp_path):
    text = _doc(run, tmp_path, KOPGROEP, "anna", "--lang", "en")
    order = [
        "Development conversation Anna Aalbers",
        "Focus points (develop these first)",
        "Competencies asked: behaviour now and asked",
        "Development plan",
        "Agreements",
        "manager (name, date)",
    ]
    positions = [text.index(x) for x in order]
    assert positions == sorted(positions)
    focus = text[text.index('<ol class="focus">') : text.index("</ol>")]
    # Anna's open gaps are conflicthantering and regisseren (assessed at 0); the competencies she was never
    # assessed in are no gaps, so no focus points (tests/test_gaps.py)
    assert re.findall(r"<strong>([^<]+)</strong>", focus) == ["Conflicthantering (en)", "Regisseren (en)"]


def test_self_contained_with_a_content_security_policy(run, tmp_path):
    text = _doc(run, tmp_path)
    assert 'http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;' in text
    assert "<script" not in text and "http://" not in text and "https://" not in text


def test_names_from_the_model_are_escaped(run, tmp_path):
    model = tmp_path / "m.yaml"
    hostile = KOPGROEP.read_text(encoding="utf-8").replace("name: Anna Aalbers", 'name: "<script>x</script>\\e[2J"')
    hostile = hostile.replace("catalogue: catalogue.yaml", f"catalogue: {FIXTURES / 'catalogue.yaml'}")
    model.write_text(hostile.replace("roles: roles", f"roles: {FIXTURES / 'roles'}"), encoding="utf-8")
    text = _doc(run, tmp_path, model)
    assert "<script>" not in text and "&lt;script&gt;x&lt;/script&gt;\\x1b[2J" in text


def test_html_needs_a_member(run, tmp_path):
    result = run("profiles", KOPGROEP, "-f", "html", "-o", tmp_path / "x.html", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "--format html makes a conversation document for one kopgroep member: give MEMBER\n"
    wrong = run("profiles", KOPGROEP, "ana", "-f", "html", "--lang", "en")
    assert wrong.exit_code == 2 and "did you mean 'anna'" in wrong.stderr


@pytest.mark.slow
@pytest.mark.needs("chromium", "pdftotext")
def test_prints_on_a4_from_chromium(run, tmp_path):
    _doc(run, tmp_path, SMALL_TOWN, "priya", "--lang", "en")
    pdf = tmp_path / "gesprek.pdf"
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            (tmp_path / "gesprek.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "pts (A4)" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Focus points" in text and "Agreements" in text
