"""Machine-readable output: versioned JSON.

Values (link types, positions, ids) are the same in every language; only
human texts (reasons, warnings, names) follow the chosen language.
"""

from __future__ import annotations

import re
from typing import Any

from verbinder.analysis.links import Analysis, Finding, Requirement
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized

SCHEMA_VERSION = 1
_INERT = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def dumps(document: dict[str, Any]) -> str:
    """Serialise a document, ``schema_version`` first, UTF-8 kept readable.

    One line, no indentation, through orjson: on a 10,000-link model it writes
    the 17 MB in a fifth of the time of the standard library's C encoder.  Pipe
    through ``jq`` or ``python -m json.tool`` to read it.  NaN and infinity
    (e.g. a z-score where sna's expected value is 0) become ``null``: JSON has no
    NaN, and ``json.dumps`` would write an invalid ``NaN`` token.
    """
    import orjson

    options = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_APPEND_NEWLINE
    text = orjson.dumps({"schema_version": SCHEMA_VERSION, **document}, option=options).decode("utf-8")
    # orjson escapes C0 (JSON must); DEL, C1, the line separators and bidi overrides it writes as they are,
    # and a terminal acts on them when the JSON is printed: escape them as \uXXXX (the same data).
    return _INERT.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _INERT.search(text) else text


def finding(f: Finding, lang: str) -> dict[str, Any]:
    """A warning as ``{"code", "message", ...}``."""
    out: dict[str, Any] = {"code": f.code, "message": f.message.render(lang)}
    if f.link is not None:
        out["link"] = f.link
    if f.subject is not None:
        out["subject"] = f.subject
    return out


def analysis(
    result: Analysis,
    catalogue: Catalogue,
    lang: str,
    agenda: Any = None,
    diagnostics: Any = None,
    actions: Any = None,
    model_path: str = "MODEL",
) -> dict[str, Any]:
    """The ``analyse`` document (see the README for its shape); ``agenda``: an AgendaCoverage adds ``"agenda"``.

    A competency's ``reasons`` are the ids of the rules that asked for it; the
    top-level ``rules`` object explains each rule once (role, because-text,
    where it is defined, source), as SARIF results refer to ``tool.driver.rules``.
    Repeating the texts per link would make a 10,000-link model's JSON ten
    times larger.
    """
    del catalogue  # names are in `verbinder competencies --format json`
    shared: dict[int, list[dict[str, Any]]] = {}  # requirement tuples are shared between links
    rules: dict[str, dict[str, Any]] = {}

    def competencies(reqs: tuple[Requirement, ...]) -> list[dict[str, Any]]:
        key = id(reqs)
        if key not in shared:
            shared[key] = [
                {"id": r.competency, "level": r.level, "reasons": [why.rule for why in r.reasons]} for r in reqs
            ]
            for r in reqs:
                for why in r.reasons:
                    if why.rule not in rules:
                        rules[why.rule] = {
                            "role": why.role,
                            "because": localized(why.because, lang),
                            "defined_at": why.where,
                            "source": why.source,
                        }
        return shared[key]

    links = []
    for a in result.links:
        link = a.link
        links.append(
            {
                "id": a.id,
                "from": link.from_,
                "to": link.to,
                "via": link.via,
                "type": a.type.value,
                "position": a.position.value if a.position is not None else None,
                "tension": link.tension.value,
                "influence_gap": a.influence_gap,
                "topic": link.topic,
                "agenda": link.agenda,
                "competencies": competencies(a.requirements),
                "also_relevant": competencies(a.also_relevant),
                "warnings": [w.code for w in a.warnings],
            }
        )
    types = result.type_counts()
    return {
        "model": result.model.name,
        "language": lang,
        **({"actions": actions_json(actions, lang, model_path)} if actions is not None else {}),
        "links": links,
        "rules": dict(sorted(rules.items())),
        "warnings": [finding(w, lang) for w in result.warnings],
        **({"agenda": _agenda_json(agenda)} if agenda is not None else {}),
        **({"diagnostics": _diagnostics_json(diagnostics)} if diagnostics is not None else {}),
        "summary": {
            "actors": len(result.model.actors),
            "links": len(result.links),
            "orchestration": types.get("orchestration", 0),
            "bridging": types.get("bridging", 0),
            "positions": {p.value: n for p, n in sorted(result.position_counts().items())},
            "without_connector": sum(1 for a in result.links if a.link.via is None),
            "competencies": [{"id": c, "links": n, "max_level": top} for c, n, top in result.competency_demand()],
        },
    }


def actions_json(actions: Any, lang: str, model_path: str = "MODEL") -> list[dict[str, Any]]:
    """The ranked actions: ``[{"rank", "kind", "priority", "subject", "why", "command"}]``, rank 1 first.

    ``command`` names the model as ``model_path`` (quoted for a POSIX shell when needed).
    """
    import shlex

    quoted = shlex.quote(model_path)
    return [
        {
            "rank": a.rank,
            "kind": a.kind,
            "priority": a.priority,
            "subject": a.subject,
            "why": a.why.render(lang),
            "command": command(a.command, quoted),
        }
        for a in actions
    ]


def command(template: str, model: str) -> str:
    """An action's command with the model's path in place of ``MODEL``.

    >>> command("verbinder staff MODEL", "'my model.yaml'")
    "verbinder staff 'my model.yaml'"
    """
    return template.replace("MODEL", model, 1)


def _agenda_json(agenda: Any) -> list[dict[str, Any]]:
    from verbinder.render.agenda import coverage_json

    return coverage_json(agenda)


def _diagnostics_json(diagnostics: Any) -> dict[str, Any]:
    from verbinder.render.diagnostics import to_json

    return to_json(diagnostics)
