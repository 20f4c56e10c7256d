"""``verbinder diff`` rendered: JSON, terminal and Markdown.

The terminal and Markdown reports share one list of sections (a heading and
lines marked ``+`` added, ``-`` removed, ``~`` changed); the gap table is
rendered per format.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from verbinder.analysis.diff import Changed, FieldChange, ModelDiff
from verbinder.analysis.gaps import gap
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized, t
from verbinder.render import labels

if TYPE_CHECKING:
    from rich.console import Console


# --- JSON -------------------------------------------------------------------------------------------------------


def _changes(changes: list[FieldChange]) -> list[dict[str, Any]]:
    return [
        {"field": c.field, "old": c.old, "new": c.new, **({"date": c.date, "rater": c.rater} if c.date else {})}
        for c in changes
    ]


def _changed(items: list[Changed]) -> list[dict[str, Any]]:
    return [{"id": c.id, "changes": _changes(c.changes)} for c in items]


def _level(pair: tuple[int, int | None] | None) -> dict[str, int | None] | None:
    if pair is None:
        return None
    return {"required": pair[0], "current": pair[1], "gap": gap(*pair)}


def document(d: ModelDiff, old_name: str, new_name: str) -> dict[str, Any]:
    """The ``verbinder diff --format json`` document (docs/advisor.md has its shape)."""
    old_actors, new_actors = d.old.model.actor_index(), d.new.model.actor_index()

    def actor(index: dict, aid: str) -> dict[str, Any]:
        a = index[aid]
        return {"id": a.id, "name": a.name, "kind": a.kind, "kopgroep": a.kopgroep}

    def link(links: dict, lid: str) -> dict[str, Any]:
        a = links[lid]
        return {
            "id": lid,
            "from": a.link.from_,
            "to": a.link.to,
            "via": a.link.via,
            "type": a.type.value,
            "position": a.position.value if a.position else None,
            "agenda": a.link.agenda,
        }

    old_agenda = {i.id: i for i in d.old.model.agenda}
    new_agenda = {i.id: i for i in d.new.model.agenda}
    return {
        "old": old_name,
        "new": new_name,
        "equal": d.equal,
        "changes": d.changes,
        "model": {"changed": _changes(d.model)},
        "actors": {
            "added": [actor(new_actors, x) for x in d.actors_added],
            "removed": [actor(old_actors, x) for x in d.actors_removed],
            "changed": _changed(d.actors_changed),
        },
        "links": {
            "added": [link(d.new.links, x) for x in d.links_added],
            "removed": [link(d.old.links, x) for x in d.links_removed],
            "changed": [
                {
                    "id": c.id,
                    "changes": _changes(c.changes),
                    "type": {"old": c.type[0], "new": c.type[1]},
                    "position": {"old": c.position[0], "new": c.position[1]},
                }
                for c in d.links_changed
            ],
        },
        "agenda": {
            "added": [{"id": x, "title": new_agenda[x].title, "due": new_agenda[x].due} for x in d.agenda_added],
            "removed": [{"id": x, "title": old_agenda[x].title, "due": old_agenda[x].due} for x in d.agenda_removed],
            "changed": _changed(d.agenda_changed),
            "coverage": [
                {
                    "id": c.id,
                    "covered": {"old": c.covered[0], "new": c.covered[1]},
                    "links": {"added": c.links_added, "removed": c.links_removed},
                    "connectors": {"added": c.connectors_added, "removed": c.connectors_removed},
                    "open_gaps": {"old": c.open_gaps[0], "new": c.open_gaps[1]},
                }
                for c in d.coverage
            ],
        },
        "gaps": [
            {"member": g.member, "competency": g.competency, "old": _level(g.old), "new": _level(g.new)} for g in d.gaps
        ],
    }


# --- words ------------------------------------------------------------------------------------------------------


def _value(value: Any) -> str:
    if value is None:
        return t("diff.none", "en")
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _fields(changes: list[FieldChange]) -> str:
    return "; ".join(f"{c.field} {_value(c.old)} → {_value(c.new)}{_when(c)}" for c in changes)


def _when(c: FieldChange) -> str:
    """`` (2026-11-01, manager)`` for a level change recorded in the history, else nothing."""
    return f" ({c.date}, {c.rater})" if c.date else ""


def _class(type_: str, position: str | None, lang: str) -> str:
    text = labels.link_type(type_, lang)
    return f"{text}/{labels.position(position, lang)}" if position else text


def sections(d: ModelDiff, lang: str) -> list[tuple[str, list[str]]]:
    """The report as (heading, lines) pairs, empty sections left out (the gap table is separate)."""
    old_actors, new_actors = d.old.model.actor_index(), d.new.model.actor_index()
    out: list[tuple[str, list[str]]] = []
    out.append((t("diff.head_model", lang), [f"~ {c.field}: {_value(c.old)} → {_value(c.new)}" for c in d.model]))
    actors = [f"+ {x} ({new_actors[x].name})" for x in d.actors_added]
    actors += [f"- {x} ({old_actors[x].name})" for x in d.actors_removed]
    actors += [f"~ {c.id}: {_fields(c.changes)}" for c in d.actors_changed]
    out.append((t("diff.head_actors", lang), actors))

    def link(side: Any, lid: str) -> str:
        a = side.links[lid]
        index = side.model.actor_index()
        text = f"{lid} ({index[a.link.from_].name} → {index[a.link.to].name}"
        if a.link.via:
            text += ", " + t("label.via", lang, name=index[a.link.via].name)
        return text + f"): {_class(a.type.value, a.position.value if a.position else None, lang)}"

    links = [f"+ {link(d.new, x)}" for x in d.links_added]
    links += [f"- {link(d.old, x)}" for x in d.links_removed]
    for c in d.links_changed:
        parts = [_fields(c.changes)] if c.changes else []
        before, after = _class(c.type[0], c.position[0], lang), _class(c.type[1], c.position[1], lang)
        if before != after:
            parts.append(f"{t('diff.classification', lang)} {before} → {after}")
        links.append(f"~ {c.id}: " + "; ".join(parts))
    out.append((t("diff.head_links", lang), links))

    old_agenda = {i.id: i for i in d.old.model.agenda}
    new_agenda = {i.id: i for i in d.new.model.agenda}
    agenda = [f"+ {x}: {new_agenda[x].title}" for x in d.agenda_added]
    agenda += [f"- {x}: {old_agenda[x].title}" for x in d.agenda_removed]
    agenda += [f"~ {c.id}: {_fields(c.changes)}" for c in d.agenda_changed]
    for cov in d.coverage:
        parts = []
        if cov.covered[0] != cov.covered[1]:
            words = [t("agenda.covered" if x else "agenda.uncovered", lang) for x in cov.covered]
            parts.append(f"{words[0]} → {words[1]}")
        for key, added, removed in (
            ("col.links", cov.links_added, cov.links_removed),
            ("diff.connectors", cov.connectors_added, cov.connectors_removed),
        ):
            if added or removed:
                parts.append(t(key, lang) + " " + " ".join([f"+{x}" for x in added] + [f"-{x}" for x in removed]))
        if cov.open_gaps[0] != cov.open_gaps[1]:
            parts.append(t("agenda.n_gaps", lang, n=f"{cov.open_gaps[0]} → {cov.open_gaps[1]}"))
        agenda.append(f"~ {cov.id}: " + "; ".join(parts))
    out.append((t("diff.head_agenda", lang), agenda))
    return [(head, lines) for head, lines in out if lines]


def gap_rows(d: ModelDiff, catalogue: Catalogue, lang: str) -> list[list[str]]:
    """Rows of the kopgroep gap table: member, competency, before (needed/now), after."""
    names = {c.id: localized(c.name, lang) for c in catalogue.competencies}
    people = {**d.old.model.actor_index(), **d.new.model.actor_index()}

    def pair(p: tuple[int, int | None] | None) -> str:
        if p is None:
            return t("diff.none", lang)
        return f"{p[0]}/{t('gaps.not_assessed', lang) if p[1] is None else p[1]}"

    return [[people[g.member].name, names.get(g.competency, g.competency), pair(g.old), pair(g.new)] for g in d.gaps]


def _gap_headers(lang: str) -> list[str]:
    return [
        t("diff.col_member", lang),
        t("col.competency", lang),
        t("diff.col_before", lang),
        t("diff.col_after", lang),
    ]


def summary(d: ModelDiff, old_name: str, new_name: str, lang: str) -> str:
    """One line: how many differences, or that there are none."""
    if d.equal:
        return t("diff.equal", lang)
    return t("diff.summary", lang, old=old_name, new=new_name, changes=d.changes)


# --- terminal and Markdown --------------------------------------------------------------------------------------


def terminal(out: Console, d: ModelDiff, old_name: str, new_name: str, catalogue: Catalogue, lang: str) -> None:
    """The diff on the terminal."""
    from rich.markup import escape
    from rich.padding import Padding

    from verbinder.render import tables

    out.print(escape(summary(d, old_name, new_name, lang)))
    for head, lines in sections(d, lang):
        out.print()
        out.print(f"[bold]{escape(head)}[/bold]")
        for line in lines:
            style = {"+": "green", "-": "red"}.get(line[0], "yellow")
            out.print(Padding(f"[{style}]{escape(line[0])}[/{style}]{escape(line[1:])}", (0, 0, 0, 2)))
    rows = gap_rows(d, catalogue, lang)
    if rows:
        table = tables.rich(*_gap_headers(lang), title=t("diff.head_gaps", lang))
        for row in rows:
            table.add_row(*(escape(c) for c in row))
        out.print()
        out.print(table)


def markdown(d: ModelDiff, old_name: str, new_name: str, catalogue: Catalogue, lang: str) -> str:
    """The diff as a Markdown document."""
    from verbinder.render import tables

    out = [f"# {t('diff.head', lang)}", "", summary(d, old_name, new_name, lang), ""]
    for head, lines in sections(d, lang):
        out += [f"## {head}", ""] + [f"- `{line[0]}` {line[2:]}" for line in lines] + [""]
    rows = gap_rows(d, catalogue, lang)
    if rows:
        out += [f"## {t('diff.head_gaps', lang)}", "", *tables.markdown(_gap_headers(lang), rows), ""]
    return "\n".join(out)
