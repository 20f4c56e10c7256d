"""Every message exists in Dutch and English; the language is chosen as documented."""

from __future__ import annotations

import re

import pytest

from verbinder.i18n import choose_lang, feature_modules, locale_lang, t
from verbinder.i18n.en import MESSAGES as EN
from verbinder.i18n.nl import MESSAGES as NL


def test_core_keys_exist_in_both_languages():
    assert sorted(set(NL) ^ set(EN)) == []


@pytest.mark.parametrize("module", feature_modules(), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_feature_keys_exist_in_both_languages_once(module):
    assert sorted(set(module.NL) ^ set(module.EN)) == []
    others = set(NL)
    for other in feature_modules():
        if other is not module:
            others |= set(other.NL)
    assert sorted(set(module.NL) & others) == []


def all_pairs():
    pairs = [(k, NL[k], EN[k]) for k in NL if k in EN]
    for module in feature_modules():
        pairs += [(k, module.NL[k], module.EN[k]) for k in module.NL if k in module.EN]
    return pairs


def fields(text):
    """The placeholders of a message (every plural form's, for a dict of forms)."""
    if isinstance(text, dict):
        return set().union(*(fields(form) for form in text.values()))
    return set(re.findall(r"(?<!\{)\{([a-z_]+)(?:[:!][^{}]*)?\}", text))


@pytest.mark.parametrize(("key", "nl", "en"), all_pairs(), ids=lambda x: x if isinstance(x, str) and "." in x else "")
def test_placeholders_match(key, nl, en):
    assert fields(nl) == fields(en), key
    for text in (nl, en):
        assert "(s)" not in str(text) and "(en)" not in str(text), f"{key}: write plural forms, not (s)/(en)"
        if isinstance(text, dict):
            assert "other" in text, key


def test_dutch_link_types_and_positions():
    assert (t("type.orchestration", "nl"), t("type.bridging", "nl")) == ("regie", "verbinden")
    assert [
        t(f"position.{p}", "nl") for p in ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
    ] == [
        "coördinator",
        "consultant",
        "vertegenwoordiger",
        "poortwachter",
        "verbindingsschakel",
    ]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
    ],
)
def test_locale_lang(env, expected):
    assert locale_lang(env) == expected


def test_choose_lang_precedence(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert choose_lang("nl", "en") == "nl"
    assert choose_lang(None, "nl") == "nl"
    assert choose_lang(None, None) == "en"
    monkeypatch.setenv("LANG", "C")
    assert choose_lang(None, None) == "nl"


def test_literal_braces_render_once_without_parameters():
    assert t("err.rule_condition", "en") == "a condition must be a mapping such as {type: bridging} or {all: [...]}"


# --- plurals, numbers, dates, strict mode -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 1, "x.yaml: valid (1 actor, 1 link)"),
        ("en", 2, "x.yaml: valid (2 actors, 2 links)"),
        ("en", 0, "x.yaml: valid (0 actors, 0 links)"),
        ("nl", 1, "x.yaml: in orde (1 actor, 1 verbinding)"),
        ("nl", 12000, "x.yaml: in orde (12.000 actoren, 12.000 verbindingen)"),
        ("en", 12000, "x.yaml: valid (12,000 actors, 12,000 links)"),
    ],
)
def test_plural_forms_and_numbers_in_the_language(lang, n, expected):
    assert t("msg.valid", lang, file="x.yaml", actors=n, links=n) == expected


def test_a_count_can_choose_a_verb_without_the_number():
    assert t("report.links_caption", "en", n=1) == (
        "The 1 link with type, position, tension, connector and the competencies it asks"
    )
    assert t("report.links_caption", "nl", n=2) == (
        "Alle 2 verbindingen met type, positie, spanning, verbinder en de competenties die ze vragen"
    )


def test_plural_dict_forms_chosen_by_n(monkeypatch):
    from verbinder import i18n

    monkeypatch.setitem(i18n.catalogue("en"), "test.forms", {"one": "just one: {n}", "other": "{n} of them"})
    assert t("test.forms", "en", n=1) == "just one: 1"
    assert t("test.forms", "en", n=1500) == "1,500 of them"
    with pytest.raises(KeyError, match="give the count as n="):
        t("test.forms", "en")


def test_numbers_and_dates_follow_the_language():
    import datetime as dt

    from verbinder.i18n import date, number

    assert (number(50000, "nl"), number(50000, "en")) == ("50.000", "50,000")
    assert (number(0.25, "nl", digits=2), number(1234.5, "en", digits=1)) == ("0,25", "1,234.5")
    assert number(7, "nl") == "7"
    assert (date(dt.date(2026, 5, 3), "nl"), date(dt.date(2026, 5, 3), "en")) == ("3 mei 2026", "3 May 2026")
    # a format spec in a message keeps its digits and is localised
    assert t("report.written", "nl", path="r.html", size=12345) == t(
        "report.written", "nl", path="r.html", size="12.345"
    )


def test_strict_mode_raises_on_a_missing_key_and_lenient_mode_falls_back():
    from verbinder.i18n import set_strict

    with pytest.raises(KeyError, match=r"no message 'no\.such\.key'"):
        t("no.such.key", "nl")
    set_strict(False)
    try:
        assert t("no.such.key", "nl") == "no.such.key"
    finally:
        set_strict(True)
