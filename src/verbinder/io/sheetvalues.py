"""Spreadsheets as people write them: the names of tables and the headers of their columns (:data:`TABLE_NAMES`,
:data:`FIELDS`), and values in cells: words for scores, kinds, tension, stance and yes/no, in Dutch and English;
names compared in every script (:func:`normalise`); ids made from names (:func:`slug`).

Each ``as_*`` function turns one cell's value into a model value or raises :class:`Bad` with the message for
its cell (:mod:`verbinder.io.spreadsheet` locates it).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import re
import unicodedata
from typing import Any

from verbinder.i18n import Msg, t
from verbinder.model import TENSION_KEYS

#: The tables and the sheet (or CSV file) names that identify them, compared after :func:`normalise`; the first
#: two are the Dutch and English names ``verbinder export`` writes.
TABLE_NAMES: dict[str, tuple[str, ...]] = {
    "model": ("Model", "Model", "algemeen", "general"),
    "kinds": ("Soorten", "Kinds", "actortypen", "categorieen", "categories"),
    "actors": ("Actoren", "Actors", "elements", "elementen", "stakeholders", "partijen", "belanghebbenden"),
    "links": ("Verbindingen", "Links", "connections", "connecties", "relaties", "relations"),
    "agenda": ("Agenda", "Agenda", "opgaven", "collegeakkoord", "coalition agreement"),
    "competencies": ("Competenties", "Competencies"),
    "role_models": ("Rolmodellen", "Role models", "rolemodels"),
    "assessments": ("Beoordelingen", "Assessments", "historie", "history", "assessment history"),
}

#: Per table its fields and the headers that name them, compared after :func:`normalise`; the first two are the
#: Dutch and English headers ``verbinder export`` writes.
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "model": {
        "name": ("Naam", "Name"),
        "language": ("Taal", "Language"),
        "start": ("Begin termijn", "Term start", "begin", "start"),
        "end": ("Einde termijn", "Term end", "einde", "end"),
        "roles": ("Rollen", "Roles"),
        "catalogue": ("Catalogus", "Catalogue"),
    },
    "kinds": {
        "id": ("Id", "Id", "code"),
        "label_nl": ("NL", "NL", "naam nl", "label nl"),
        "label_en": ("EN", "EN", "name en", "label en"),
        "label": ("Naam", "Name", "label"),
    },
    "actors": {
        "id": ("Id", "Id", "code"),
        "name": ("Naam", "Name", "label", "actor", "stakeholder", "partij"),
        "kind": ("Soort", "Kind", "type", "categorie", "category"),
        "influence": ("Invloed", "Influence", "macht", "power"),
        "interest": ("Belang", "Interest"),
        "department": ("Afdeling", "Department", "sector"),
        "kopgroep": ("Kopgroep", "Kopgroep", "kopgroep member", "kopgroeplid"),
        "capacity": ("Capaciteit", "Capacity"),
        "role": ("Rol", "Role"),
        "stance": ("Houding", "Stance", "standpunt", "attitude"),
        "employee_id": ("Personeelsnummer", "Employee id", "personeelsnr", "employee number"),
        "function": ("Functie", "Function", "job title"),
        "scale": ("Schaal", "Scale", "salarisschaal", "salary scale"),
        "manager": ("Leidinggevende", "Manager"),
        "note": ("Notitie", "Note", "notes"),
    },
    "links": {
        "id": ("Id", "Id", "code"),
        "from": ("Van", "From", "bron", "source"),
        "to": ("Naar", "To", "doel", "target"),
        "via": ("Via", "Via", "verbinder", "connector"),
        "topic": ("Onderwerp", "Topic", "thema"),
        "tension": ("Spanning", "Tension"),
        "agenda": ("Opgave", "Agenda", "opgaven", "collegeakkoord"),
        "team": ("Team", "Team", "duo"),
        "note": ("Notitie", "Note", "notes"),
    },
    "agenda": {
        "id": ("Id", "Id", "code"),
        "title": ("Titel", "Title", "opgave", "naam", "name", "label"),
        "due": ("Klaar in", "Due", "deadline", "gereed", "datum", "date"),
        "stakeholders": ("Belanghebbenden", "Stakeholders", "betrokkenen"),
        "owner": ("Eigenaar", "Owner", "portefeuillehouder", "portfolio holder"),
    },
    "competencies": {
        "actor": ("Actor", "Actor", "naam", "name", "wie"),
        "competency": ("Competentie", "Competency"),
        "level": ("Niveau", "Level"),
    },
    "role_models": {
        "name": ("Naam", "Name"),
        "organisation": ("Organisatie", "Organisation", "organization"),
        "competencies": ("Competenties", "Competencies"),
        "actor": ("Actor", "Actor"),
    },
    "assessments": {
        "actor": ("Actor", "Actor", "naam", "name", "wie"),
        "competency": ("Competentie", "Competency"),
        "level": ("Niveau", "Level"),
        "date": ("Datum", "Date", "assessed on", "beoordeeld op"),
        "rater": ("Beoordelaar", "Rater"),
    },
}
#: The fields a table cannot do without.
REQUIRED: dict[str, tuple[str, ...]] = {
    "model": ("name",),
    "kinds": ("id",),
    "actors": ("name",),
    "links": ("from", "to"),
    "agenda": ("title",),
    "competencies": ("actor", "competency", "level"),
    "role_models": ("name",),
    "assessments": ("actor", "competency", "level", "date"),
}
#: Words for who assessed a level (besides the ids self, manager, peer).
RATER_WORDS = {"zelf": "self", "leidinggevende": "manager", "collega": "peer"}

#: Words for the 1-5 scales (influence, interest) and for tension, in both languages (documented in docs/advisor.md).
SCORE_WORDS = {
    "zeer laag": 1, "very low": 1, "laag": 1, "low": 1, "gemiddeld": 3, "middel": 3, "midden": 3, "medium": 3,
    "average": 3, "hoog": 5, "high": 5, "zeer hoog": 5, "very high": 5,
}  # fmt: skip
#: Other words people use for the six default kinds (besides their ids and Dutch and English labels).
KIND_WORDS = {
    "politics": ("politiek", "bestuur", "college", "raad", "gemeenteraad", "political"),
    "administration": ("ambtelijk", "ambtenaren", "ambtelijke organisatie", "organisatie", "gemeente", "intern"),
    "experts": ("expert", "deskundigen", "kennis", "kennisinstellingen", "wetenschap", "knowledge"),
    "citizens": ("burgers", "burger", "inwoner", "bewoners", "bewoner", "citizen", "residents", "inhabitants"),
    "firms": ("bedrijf", "bedrijfsleven", "ondernemers", "business", "businesses", "companies", "company", "firm"),
    "civil_society": ("maatschappelijk", "maatschappelijk middenveld", "maatschappelijke organisatie", "ngo",
                      "verenigingen", "civil society organisations", "civil society organizations", "non profit"),
}  # fmt: skip
TENSION_BY_SCORE = {1: "low", 2: "low", 3: "medium", 4: "high", 5: "high"}
#: Words for an actor's stance on the agenda, in both languages.
STANCE_WORDS = {
    "supports": ("supports", "support", "voor", "steunt", "positief", "positive", "pro"),
    "neutral": ("neutral", "neutraal"),
    "opposes": ("opposes", "oppose", "against", "tegen", "negatief", "negative", "contra"),
    "unknown": ("unknown", "onbekend", "?"),
}
YES = {"ja", "j", "yes", "y", "true", "waar", "x", "1", "✓", "✔"}
NO = {"nee", "n", "no", "false", "onwaar", "0", "", "-"}


@functools.lru_cache(maxsize=8192)  # kinds, scores and yes/no repeat on every row
def normalise(text: str) -> str:
    """A header, word or name as it is compared: case, accents and punctuation gone, spaces single; the letters
    and digits of every script kept (so names in Cyrillic, Arabic or Chinese stay apart).

    >>> normalise("  Kopgroep-lid? ")
    'kopgroep lid'
    >>> normalise("Catégorie"), normalise("Иван Петров"), normalise("—")
    ('categorie', 'иван петров', '')
    """
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


_NOT_WORD = re.compile(r"[\W_]+")


def slug(text: str, taken: set[str], fallback: str = "actor") -> str:
    """A unique id for ``text``: lower case, accents gone, ``-`` between words, numbered where taken.

    >>> taken = set()
    >>> slug("Wethouder Zoë (VVD)", taken), slug("Wethouder Zoë (VVD)", taken), slug("—", taken)
    ('wethouder-zoe-vvd', 'wethouder-zoe-vvd-2', 'actor')
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    base = "-".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())[:60].strip("-") or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


class Bad(Exception):
    """A cell whose value cannot be used; carries the message."""

    def __init__(self, message: Msg):
        self.message = message


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def as_name(value: Any) -> str | None:
    """A name or title as written, spaces around it kept (only a blank cell is none): ``export`` of a model whose
    name has them must read back as the same model."""
    text = as_text(value)
    return value if text is not None and isinstance(value, str) else text


def as_int(value: Any, low: int, high: int, words: dict[str, int] | None = None) -> int:
    if isinstance(value, bool):
        raise Bad(Msg("sheet.err.number", value=str(value), low=low, high=high))
    number: float | None = None
    if isinstance(value, int | float):
        number = value
    else:
        text = normalise(value)
        if words is not None and text in words:
            return words[text]
        with contextlib.suppress(ValueError):
            number = float(str(value).strip().replace(",", "."))
    if number is None or not float(number).is_integer():
        key = "sheet.err.score" if words is not None else "sheet.err.number"
        raise Bad(Msg(key, value=as_text(value) or "", low=low, high=high))
    if not low <= number <= high:
        raise Bad(Msg("sheet.err.range", value=int(number), low=low, high=high))
    return int(number)


def as_score(value: Any) -> int:
    return as_int(value, 1, 5, SCORE_WORDS)


@functools.cache
def tension_words() -> dict[str, str]:
    words = {}
    for word in ("low", "medium", "high"):
        words[word] = words[normalise(t(TENSION_KEYS[word], "nl"))] = word
    words[normalise("gemiddeld")] = "medium"
    return words


def as_tension(value: Any) -> str:
    text = normalise(str(value)) if not isinstance(value, int | float) else ""
    if text in tension_words():
        return tension_words()[text]
    try:
        return TENSION_BY_SCORE[as_score(value)]
    except Bad:
        raise Bad(Msg("sheet.err.tension", value=as_text(value) or "")) from None


def as_yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = normalise(value) if not isinstance(value, str) or value.strip() not in ("✓", "✔", "-") else value.strip()
    if text in YES:
        return True
    if text in NO:
        return False
    raise Bad(Msg("sheet.err.yes_no", value=as_text(value) or ""))


def as_stance(value: Any) -> str:
    text = normalise(value) or str(value).strip()
    for stance, words in STANCE_WORDS.items():
        if text in words:
            return stance
    raise Bad(Msg("sheet.err.stance", value=as_text(value) or ""))


def as_list(value: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[,;|\n]", as_text(value) or "") if part.strip()]
