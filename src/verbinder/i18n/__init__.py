"""Dutch and English message catalogues.

Every user-facing string lives in :mod:`verbinder.i18n.nl` and
:mod:`verbinder.i18n.en` under the same key; a test fails when a key exists in
one language only.  Code below the CLI creates :class:`Msg` objects (a key plus
parameters) and the CLI renders them in the chosen language, so errors raised
deep in the reader still speak the user's language.

The language is chosen as: ``--lang``, else the model's ``language``, else the
locale (``LANG``/``LC_ALL``/``LC_MESSAGES``), else Dutch.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

_CATALOGUES: dict[str, dict[str, str]] = {}


def catalogue(lang: str) -> dict[str, str]:
    """The message catalogue of one language (imported on first use).

    The core's messages (``nl.py``, ``en.py``) plus those of every feature
    module in :mod:`verbinder.i18n.messages`.
    """
    if lang not in _CATALOGUES:
        if lang == "en":
            from verbinder.i18n.en import MESSAGES
        else:
            from verbinder.i18n.nl import MESSAGES
        merged = dict(MESSAGES)
        for module in feature_modules():
            merged.update(getattr(module, "EN" if lang == "en" else "NL"))
        _CATALOGUES[lang] = merged
    return _CATALOGUES[lang]


def feature_modules() -> list[Any]:
    """The feature catalogues in :mod:`verbinder.i18n.messages`, imported."""
    import importlib
    import pkgutil

    from verbinder.i18n import messages

    return [
        importlib.import_module(f"verbinder.i18n.messages.{info.name}")
        for info in sorted(pkgutil.iter_modules(messages.__path__), key=lambda i: i.name)
    ]


def t(key: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in."""
    text = catalogue(lang).get(key)
    if text is None:
        text = catalogue("en").get(key, key)
    rendered = {k: (v.render(lang) if isinstance(v, Msg) else v) for k, v in params.items()}
    return text.format(**rendered)  # always: catalogues write literal braces as {{ }}


@dataclass(frozen=True, slots=True)
class Msg:
    """A message to render later in the user's language."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, key: str, /, **params: Any):
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", params)

    def render(self, lang: str = DEFAULT_LANG) -> str:
        """The message in ``lang``."""
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render("en")


def locale_lang(environ: dict[str, str] | None = None) -> Lang | None:
    """The language the locale asks for, if it is Dutch or English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            if code in LANGS:
                return code  # type: ignore[return-value]
            if code not in ("c", "posix"):
                return None
    return None


def choose_lang(flag: str | None, model_lang: str | None = None) -> Lang:
    """``--lang``, else the model's ``language``, else the locale, else Dutch."""
    for candidate in (flag, model_lang, locale_lang()):
        if candidate in LANGS:
            return candidate  # type: ignore[return-value]
    return DEFAULT_LANG


def localized(value: Any, lang: str) -> str:
    """Pick ``lang`` from a ``{nl: .., en: ..}`` mapping (or pass a plain string through)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    getter = value.get if isinstance(value, dict) else lambda k, d=None: getattr(value, k, d)
    return getter(lang) or getter("nl") or getter("en") or ""


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True, slots=True)
class TextMsg:
    """A text given in a data file (``{nl: .., en: ..}``), with ``{placeholders}`` to fill."""

    text: Any
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = DEFAULT_LANG) -> str:
        """The text in ``lang``; unknown placeholders are left as they are."""
        return localized(self.text, lang).format_map(_Blank(self.params))

    def __str__(self) -> str:
        return self.render("en")
