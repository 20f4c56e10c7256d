"""``verbinder map``: the network as one interactive HTML page that works offline.

:func:`build` gathers the map's data (one JSON document: the actors, the links with the same ids and values as
``analyse --format json``, the rules behind each competency, the ranked actions and the proposed links);
:func:`to_html` writes it as one self-contained page: the data in a JSON island
(``<script type="application/json" id="verbinder-map">``), the page's texts in a second island
(``id="verbinder-map-text"``), sigma.js and graphology (vendored, ``templates/map/vendor.js``) and the map's own
script and stylesheet inline.  The Content-Security-Policy (:func:`verbinder.render.html.document_head`) allows
exactly those two scripts and the stylesheet by hash, and no request at all; a page served by ``--serve`` may also
ask its own server for new data (``connect-src 'self'``).

Nothing in a model can run in the page: the islands are JSON with ``<``, ``>``, ``&`` and the line separators
written as ``\\uXXXX`` (so ``</script>`` in a name cannot close the element), the script builds every text with
``textContent``, never as markup, and sigma draws labels on a canvas.

The layout is computed in the page (graphology's ForceAtlas2, Barnes-Hut above :data:`BARNES_HUT` actors), not in
Python: at 2,000 actors and 10,000 links networkx's spring layout took 35 s and its ForceAtlas2 16 s on the
benchmark machine, the page's ForceAtlas2 about a second (``benchmarks/map_bench.py``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Any

from verbinder.i18n import localized, t
from verbinder.render import labels

if TYPE_CHECKING:
    from verbinder.analysis.links import LinkAssessment
    from verbinder.model import Actor
    from verbinder.project import Project

#: The id of the data island (the issue's contract: other tools read the map from it).
ISLAND_ID = "verbinder-map"
#: The id of the page's texts (labels of the controls, in the output language).
TEXT_ID = "verbinder-map-text"
#: Above this many actors the page's ForceAtlas2 uses the Barnes-Hut approximation (n log n instead of n²).
BARNES_HUT = 300

#: Above this many links only a link of high tension is drawn wide, the rest as hairlines (software WebGL took twice
#: as long a frame for wide lines), and links are not clickable on the map (sigma's picking layer doubled each frame).
THIN_ABOVE = 1500

#: The page's texts: the key the script uses -> the message key (literals, so the message-key test finds them).
TEXT_KEYS = {
    "title": "map.title",
    "skip": "map.skip",
    "controls": "map.controls",
    "search": "map.search",
    "search_hint": "map.search_hint",
    "filters": "map.filters",
    "found": "map.found",
    "found_none": "map.found_none",
    "all": "map.all",
    "agenda": "map.filter.agenda",
    "kind": "map.filter.kind",
    "department": "map.filter.department",
    "member": "map.filter.member",
    "type": "map.filter.type",
    "open_only": "map.filter.open_only",
    "proposals": "map.filter.proposals",
    "size": "map.size",
    "size_influence": "map.size.influence",
    "size_brokerage": "map.size.brokerage",
    "focus": "map.focus",
    "focus_off": "map.focus.off",
    "focus_1": "map.focus.one",
    "focus_2": "map.focus.two",
    "reset": "map.reset",
    "shown": "map.shown",
    "graph_label": "map.graph_label",
    "panel": "map.panel",
    "panel_empty": "map.panel_empty",
    "close": "map.close",
    "actor": "map.actor",
    "link": "map.link",
    "proposal": "map.proposal",
    "kind_label": "map.fact.kind",
    "department_label": "map.fact.department",
    "influence": "map.fact.influence",
    "interest": "map.fact.interest",
    "stance": "map.fact.stance",
    "kopgroep": "map.fact.kopgroep",
    "load": "map.fact.load",
    "links_of": "map.links_of",
    "connects": "map.connects",
    "levels": "map.levels",
    "from": "map.fact.from",
    "to": "map.fact.to",
    "via": "map.fact.via",
    "team": "map.fact.team",
    "no_via": "map.no_via",
    "position": "map.fact.position",
    "type_label": "map.fact.type",
    "tension": "map.fact.tension",
    "topic": "map.fact.topic",
    "agenda_label": "map.fact.agenda",
    "asks": "map.asks",
    "also": "map.also",
    "level": "map.level",
    "because": "map.because",
    "fit": "map.fit",
    "fit_line": "map.fit_line",
    "gap": "map.gap",
    "no_gaps": "map.no_gaps",
    "not_assessed": "map.not_assessed",
    "not_assessed_note": "map.not_assessed_note",
    "actions": "map.actions",
    "no_actions": "map.no_actions",
    "warnings": "map.warnings",
    "principle": "map.fact.principle",
    "why": "map.fact.why",
    "legend": "map.legend",
    "legend_open": "map.legend.open",
    "legend_proposal": "map.legend.proposal",
    "legend_width": "map.legend.width",
    "yes": "map.yes",
    "live": "map.live",
    "live_updated": "map.live_updated",
    "live_lost": "map.live_lost",
    "live_error": "map.live_error",
    "webgl": "map.webgl",
}

#: A link's colour by type, an open link's and a proposal's (Okabe & Ito's remaining hues: the kinds use the rest).
TYPE_COLOURS = {"bridging": "#3b4a5a", "orchestration": "#8e44ad"}
OPEN_COLOUR = "#c0392b"
PROPOSAL_COLOUR = "#1e8449"


def build(
    project: Project,
    lang: str,
    *,
    today: _dt.date | None = None,
    model_path: str = "MODEL",
    pseudonymise: bool = False,
    salt: str = "",
) -> dict[str, Any]:
    """The map's data (the JSON island): the analysis of ``project`` in ``lang``.

    ``links``, ``rules``, ``actions`` and ``warnings`` are ``analyse --format json``'s, with these additions: a link
    made by a team has ``team`` (its members); a link with a connector has ``fit``, how the connector's assessed
    levels (a team's: the highest of its members') meet what the link asks: ``coverage`` in percent, ``gaps`` and
    the competencies ``not_assessed``; an action names the ``links`` it concerns.
    ``proposals`` are the plan's (:meth:`~verbinder.project.Project.plan`), written as ``connect --format json``
    writes them (models whose agenda names stakeholders; else empty).
    ``pseudonymise`` replaces the kopgroep members' ids and names as ``profiles --pseudonymise`` does.
    """
    from verbinder.plan.connect import ConnectPlan
    from verbinder.render import connect as render_connect
    from verbinder.render import links as render_links
    from verbinder.render import overview
    from verbinder.render.connect import STANCE_KEYS
    from verbinder.render.graph import TENSION_WIDTH, kind_colours
    from verbinder.render.json import finding

    model = project.model
    result = project.analyse(today=today)
    analysis = result.links
    actors = project.actors
    link_list, rules = render_links.to_json(analysis, lang)
    for entry, assessed in zip(link_list, analysis.links, strict=True):
        if assessed.link.via is not None:
            entry["fit"] = _fit(assessed, [actors[m] for m in assessed.link.carriers()])
        if assessed.link.team:  # a duo: the connector (via) and its partners make the link together
            entry["team"] = list(assessed.link.team)
    actions = overview.actions_json(result.actions, lang, model_path)  # each names its links
    proposals: list[dict[str, Any]] = []
    if any(item.stakeholders for item in model.agenda):  # the plan proposes links for items with stakeholders
        plan = project.plan(today=today)
        shown = ConnectPlan(list(plan.proposals), [], list(plan.items), dict(plan.owners), plan.min_fit)
        proposals = render_connect.to_json(shown, model, lang)["proposals"]
    brokered: dict[str, int] = {}
    for link in model.links:
        if link.via is not None:
            brokered[link.via] = brokered.get(link.via, 0) + 1
    colours = kind_colours(model)
    names = {c.id: localized(c.name, lang) for c in project.catalogue.competencies}
    data: dict[str, Any] = {
        "schema_version": 1,
        "model": model.name,
        "language": lang,
        "actors": [_actor(a, brokered.get(a.id, 0)) for a in model.actors],
        "links": link_list,
        "actions": actions,
        "proposals": proposals,
        "rules": rules,
        "warnings": [finding(w, lang) for w in result.warnings],
        "kinds": [
            {"id": k, "label": labels.kind(k, model, lang), "colour": colours.get(k, "#999999")}
            for k in model.kind_ids()
        ],
        "agenda": [{"id": item.id, "title": item.title} for item in model.agenda],
        "departments": sorted({a.department for a in model.actors if a.department}),
        "competencies": names,
        "types": {v: labels.link_type(v, lang) for v in ("bridging", "orchestration")},
        "positions": {p: labels.position(p, lang) for p in _positions()},
        "tensions": {v: labels.tension(v, lang) for v in ("low", "medium", "high")},
        "stances": {v: t(key, lang) for v, key in STANCE_KEYS.items()},
        "style": {
            "types": TYPE_COLOURS,
            "open": OPEN_COLOUR,
            "proposal": PROPOSAL_COLOUR,
            "widths": TENSION_WIDTH,
            "barnes_hut": BARNES_HUT,
            "thin_above": THIN_ABOVE,
        },
        "personal_data": any(a.kopgroep and a.competencies for a in model.actors),
        "pseudonymised": False,
    }
    if pseudonymise:
        data = pseudonymised(data, [a for a in model.actors if a.kopgroep], salt, t("profiles.pseudonym", lang))
    return data


@functools.cache
def _positions() -> tuple[str, ...]:
    from verbinder.model import Position

    return tuple(p.value for p in Position if p.value != "none")


def _actor(actor: Actor, brokered: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "department": actor.department,
        "influence": actor.influence,
        "interest": actor.interest,
        "stance": actor.stance.value,
        "kopgroep": actor.kopgroep,
        "brokerage": brokered,
    }
    if actor.kopgroep:
        out["capacity"] = actor.capacity
        out["competencies"] = dict(sorted(actor.competencies.items()))
    return out


def _fit(assessed: LinkAssessment, carriers: list[Actor]) -> dict[str, Any]:
    """How the connector's assessed levels (a team's: the highest of its members) meet what the link asks (unknown
    is not zero: what nobody assessed is listed as such)."""
    from verbinder.analysis.gaps import team_levels
    from verbinder.plan.staffing import coverage

    levels = team_levels(a.competencies for a in carriers)
    gaps = []
    unknown = []
    for r in assessed.requirements:
        current = levels.get(r.competency)
        if current is None:
            unknown.append(r.competency)
        elif current < r.level:
            gaps.append({"id": r.competency, "required": r.level, "current": current})
    return {"coverage": coverage(assessed.requirements, levels), "gaps": gaps, "not_assessed": unknown}


def pseudonymised(data: dict[str, Any], members: list[Actor], salt: str, label: str) -> dict[str, Any]:
    """``data`` with every kopgroep member's id and name replaced by the pseudonyms of ``profiles --pseudonymise``.

    Ids are replaced where a value is one (``via``, an action's subject, a link id with the member as one of its
    ``--``-separated parts); names and ids inside texts (an action's why, a warning) are replaced as words.  The
    actors are sorted by id, so a member's place in the model's list does not name them.
    """
    from verbinder.analysis.profiles import link_pseudonym, pseudonym
    from verbinder.plan.actions import short_name

    ids = {m.id: pseudonym(m.id, salt) for m in members}
    if not ids:
        return {**data, "pseudonymised": True}
    names = {}
    for m in members:  # the actions name a member by the name without its description too
        names[m.name] = names[short_name(m.name)] = f"{label} {ids[m.id][2:]}"
    links: dict[str, str] = {}
    for entry in data["links"]:
        new = link_pseudonym(entry["id"], set(ids), salt)
        if new != entry["id"]:
            links[entry["id"]] = new
    words = {**names, **ids, **links}
    pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in sorted(words, key=len, reverse=True)))

    def value(v: Any) -> Any:
        if isinstance(v, str):
            exact = words.get(v)
            if exact is not None:
                return exact
            return pattern.sub(lambda m: words[m.group()], v) if pattern.search(v) else v
        if isinstance(v, list):
            return [value(x) for x in v]
        if isinstance(v, dict):
            return {k: value(x) for k, x in v.items()}
        return v

    out = {k: (v if k in ("rules", "competencies", "kinds", "style") else value(v)) for k, v in data.items()}
    out["actors"] = sorted(out["actors"], key=lambda a: a["id"])  # the model's order would name member n by position
    out["pseudonymised"] = True
    return out


# --- the page ---------------------------------------------------------------------------------------------------


@functools.cache
def asset(name: str) -> str:
    """A file of the page (``templates/map/NAME``): ``vendor.js``, ``map.js``, ``map.css``."""
    return resources.files("verbinder.templates").joinpath("map", name).read_text(encoding="utf-8")


_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def island_json(document: dict[str, Any]) -> str:
    """``document`` as JSON that may sit inside a ``<script>`` element: ``<``, ``>``, ``&`` and the line separators
    as ``\\uXXXX`` escapes (the same data), so no text in it can close the element or start a comment.

    >>> island_json({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    import orjson

    text = orjson.dumps(document, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def texts(lang: str) -> dict[str, str]:
    """The page's texts in ``lang`` (the controls' labels, the side panel's headings)."""
    return {name: t(key, lang) for name, key in TEXT_KEYS.items()}


def to_html(data: dict[str, Any], *, live: bool = False, version: int = 0) -> str:
    """The map as one self-contained HTML document.

    ``live`` (``--serve``): the page may ask the server it came from for data newer than ``version``
    (``connect-src 'self'``) and does so, keeping its filters and selection; a file opened from disk makes no
    request at all.
    """
    from verbinder import __version__
    from verbinder.render.html import document_head, el, esc

    lang = data["language"]
    text = texts(lang)
    css = asset("map.css")
    scripts = (asset("vendor.js"), asset("map.js"))
    head = document_head(f"{data['model']} — {text['title']}", css, scripts=scripts, connect="'self'" if live else None)
    note = [text["legend_width"]]
    if data["personal_data"]:
        note.append(t("map.personal_pseudonymised" if data["pseudonymised"] else "map.personal", lang))
    footer = el(
        "footer",
        *(el("p", n) for n in note),
        el("p", t("map.generator", lang, version=__version__), class_="small"),
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n{head}\n</head>\n'
        f'<body data-live="{"1" if live else "0"}" data-version="{version}">\n'
        f'<a class="skip" href="#panel">{esc(text["skip"])}</a>\n'
        f'<header><h1>{esc(data["model"])}</h1><p id="status" role="status"></p></header>\n'
        '<main><form id="controls" role="search"></form>'
        '<div id="graph-box"><div id="graph"></div></div>'
        '<aside id="panel" tabindex="-1" aria-live="polite"></aside></main>\n'
        f"{footer}\n"
        f'<script type="application/json" id="{ISLAND_ID}">{island_json(data)}</script>\n'
        f'<script type="application/json" id="{TEXT_ID}">{island_json(text)}</script>\n'
        + "".join(f"<script>{s}</script>\n" for s in scripts)
        + "</body>\n</html>\n"
    )
