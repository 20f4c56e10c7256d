"""Dutch and English message catalogues, plural-aware, with numbers and dates in the output language's format.

Every user-facing string lives in :mod:`verbinder.i18n.nl` and
:mod:`verbinder.i18n.en` (or a feature module in
:mod:`verbinder.i18n.messages`) under the same key; a test fails when a key
exists in one language only.  Code below the CLI creates :class:`Msg` objects
(a key plus parameters) and the CLI renders them in the chosen language, so
errors raised deep in the reader still speak the user's language.

How to write a message
----------------------
- **Keys are literal strings** (``t("msg.valid", ...)``), never built with an
  f-string: a key that varies with a value comes from a table of literal keys
  (``{"orchestration": "type.orchestration", ...}[kind]``), so every key in use
  can be found and checked.
- **Counts**: a count chooses the words around it with a plural format in the
  placeholder, ``{name:one form|other form}``, where ``#`` stands for the number
  (written in the language's format)::

      "msg.valid": "{file}: valid ({actors:# actor|# actors}, {links:# link|# links})",
      "report.point.open": "{n} of the {total:# link|# links} {n:has|have} no connector yet.",

  The form is picked by the language's plural rule (CLDR, through Babel:
  ``one`` for 1, ``other`` otherwise in Dutch and English).  A message whose
  whole sentence changes may instead be a dict of forms by CLDR category,
  chosen by the parameter ``n`` (``{"one": "...", "other": "..."}``; ``other``
  is required).  Never write "(s)" or "(en)", and never choose between two
  keys by ``n == 1`` in code.
- **Numbers**: an ``int`` or ``float`` parameter is written in the output
  language's format by Babel (``50.000`` and ``0,5`` in Dutch, ``50,000`` and
  ``0.5`` in English); a format spec in the message (``{ratio:.1f}``) keeps
  its digits and is localised too.  A number that is not a quantity (a year,
  an id) is passed as ``str``.  :func:`number` formats one outside a message.
- **Dates**: :func:`date` (``1 december 2026`` / ``1 December 2026``), not
  month names as messages.
- **Missing keys**: :func:`t` falls back to English, then to the key itself;
  in strict mode (:func:`set_strict`, or ``VERBINDER_STRICT_I18N=1``; the test
  suite runs strict) a missing key raises :class:`KeyError`.

The language is chosen as: ``--lang``, else the model's ``language``, else the
locale (``LANG``/``LC_ALL``/``LC_MESSAGES``), else Dutch.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

#: A message: a text, or its plural forms by CLDR category (``one``, ``other``, ...).
Text = str | dict[str, str]

_CATALOGUES: dict[str, dict[str, Text]] = {}
_STRICT = [os.environ.get("VERBINDER_STRICT_I18N") == "1"]


def set_strict(strict: bool = True) -> None:
    """In strict mode a missing key (or a count message without ``n``) raises instead of falling back."""
    _STRICT[0] = strict


def catalogue(lang: str) -> dict[str, Text]:
    """The message catalogue of one language (imported on first use).

    The core's messages (``nl.py``, ``en.py``) plus those of every feature
    module in :mod:`verbinder.i18n.messages`.
    """
    if lang not in _CATALOGUES:
        if lang == "en":
            from verbinder.i18n.en import MESSAGES
        else:
            from verbinder.i18n.nl import MESSAGES
        merged: dict[str, Text] = dict(MESSAGES)
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
    """The message ``key`` in ``lang`` with ``params`` filled in (see the module docstring)."""
    text = catalogue(lang).get(key)
    if text is None:
        if _STRICT[0]:
            raise KeyError(f"no message {key!r} in language {lang!r}")
        text = catalogue("en").get(key, key)
    if isinstance(text, dict):
        text = _plural(text, lang, params.get("n"), key)
    rendered = {k: _param(v, lang) for k, v in params.items()}
    return text.format(**rendered)  # always: catalogues write literal braces as {{ }}


def _param(value: Any, lang: str) -> Any:
    if isinstance(value, Msg | TextMsg):
        return value.render(lang)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Number(value, lang)
    return value


def _plural(forms: dict[str, str], lang: str, n: Any, key: str) -> str:
    if n is None:
        if _STRICT[0]:
            raise KeyError(f"message {key!r} has plural forms: give the count as n=")
        return forms["other"]
    return forms.get(plural_form(n, lang), forms["other"])


def plural_form(n: float, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (``one``, ``other``, ...), by Babel's rules."""
    if lang in LANGS and isinstance(n, int):
        return "one" if n == 1 else "other"  # Dutch and English integers, without loading Babel
    return _locale(lang).plural_form(n)


@cache
def _locale(lang: str) -> Any:
    from babel import Locale

    # British English: the project writes "analyse" and "organisation", and dates as "3 May 2026"
    return Locale.parse({"en": "en_GB", "nl": "nl_NL"}.get(lang, "nl_NL"))


_FIXED = re.compile(r"^,?\.(\d+)f$")


class Number:
    """A number that formats itself in a language's format (``{n}``, ``{x:.1f}``, ``{x:,.0f}``)."""

    __slots__ = ("lang", "value")

    def __init__(self, value: float, lang: str):
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        if "|" in spec:  # {n:one form|other form}: the plural form, '#' the number
            one, _, other = spec.partition("|")
            return (one if plural_form(self.value, self.lang) == "one" else other).replace("#", str(self))
        fixed = _FIXED.match(spec)
        if spec in ("", "d", ",", ",d"):
            return number(self.value, self.lang)
        if fixed:
            return number(self.value, self.lang, digits=int(fixed.group(1)))
        return format(self.value, spec)

    def __str__(self) -> str:
        return self.__format__("")


def number(value: float, lang: str, *, digits: int | None = None) -> str:
    """``value`` in ``lang``'s format: ``number(50000, "nl")`` is ``50.000``, ``number(0.25, "nl", digits=1)`` ``0,2``.

    Without ``digits`` an int is written whole and a float with up to three decimals.
    """
    if isinstance(value, int) and -1000 < value < 1000:
        return str(value)  # no separator possible: skip Babel
    from babel.numbers import format_decimal

    pattern = None if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def date(day: _dt.date, lang: str, *, format: str = "long") -> str:
    """``day`` in ``lang``'s format: ``long`` (``1 december 2026`` / ``1 December 2026``) or a CLDR pattern."""
    from babel.dates import format_date

    return format_date(day, format=format, locale=_locale(lang))


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
        """The text in ``lang``; unknown placeholders are left as they are.

        Rule files are checked when they load (:func:`verbinder.rules.engine.check_template`);
        a text that still cannot be filled is shown as written rather than crash.
        """
        text = localized(self.text, lang)
        try:
            return text.format_map(_Blank(self.params))
        except (ValueError, AttributeError, IndexError, KeyError, TypeError):
            return text

    def __str__(self) -> str:
        return self.render("en")
