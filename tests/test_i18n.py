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


@pytest.mark.parametrize(("key", "nl", "en"), all_pairs(), ids=lambda x: x if isinstance(x, str) and "." in x else "")
def test_placeholders_match(key, nl, en):
    field = re.compile(r"(?<!\{)\{([a-z_]+)\}")
    assert set(field.findall(nl)) == set(field.findall(en)), key


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
