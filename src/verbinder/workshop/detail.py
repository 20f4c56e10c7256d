"""What the main screen shows of the session: the tables' columns and cells, and the selected link or actor in full.

Pure functions of the session's project and analysis (no widgets): the app
puts what they return on the screen.  A link's facts are
:func:`verbinder.render.links.link_facts`, the same facts ``explain`` and the
report show; only how a fact stands out is chosen here.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from rich.text import Text

from verbinder.analysis.links import Analysis, LinkAssessment
from verbinder.i18n import localized, t
from verbinder.model import Actor
from verbinder.project import Project
from verbinder.render import labels
from verbinder.render.connect import STANCE_KEYS
from verbinder.render.links import link_facts
from verbinder.render.safe import line

YELLOW = "#ffd75f"
GREY = "#c0c0c0"

#: Message keys, written out so that a test can check each exists (never built from a value).
COLUMN_KEYS = {
    "warnings": "workshop.col.warnings",
    "ends": "workshop.col.ends",
    "via": "workshop.col.via",
    "type": "workshop.col.type",
    "position": "workshop.col.position",
    "link": "workshop.col.link",
    "id": "workshop.col.id",
    "name": "workshop.col.name",
    "kind": "workshop.col.kind",
    "influence": "workshop.col.influence",
    "interest": "workshop.col.interest",
    "kopgroep": "workshop.col.kopgroep",
    "topic": "workshop.col.topic",
}
#: How a fact of :func:`~verbinder.render.links.link_facts` stands out on the screen.
FACT_STYLES = {"": "", "strong": "bold", "open": f"bold {YELLOW}"}
POSITIONS = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def tn(key: str, lang: str, n: int, **params: Any) -> str:
    """The message ``key`` for the count ``n`` (its plural form chosen by :func:`verbinder.i18n.t`)."""
    return t(key, lang, n=n, **params)


def lines(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column ``width`` wide, wrapped at spaces (a longer word is folded)."""
    if len(text) <= width:
        return 1
    return max(1, len(textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)))


def cell(column: Any, text: str) -> Text:
    """A table cell: the warning marker stands out; names are shown safely."""
    if column == "warnings" and text:
        return Text(text, style=f"bold {YELLOW}")
    return Text(line(text))


def columns(project: Project, lang: str, narrow: bool, presenter: bool = False) -> dict[str, dict[str, int]]:
    """The tables' columns and their widths: ``{"links": {column: width}, "actors": {...}}``.

    Fixed widths (measuring every cell of 1,000 rows is slow); a long cell wraps at
    word boundaries and its row grows.  On a ``narrow`` (80-column) screen the link's
    id and the scores are left to the detail pane.  In ``presenter`` mode only names
    and topics are shown, wider.
    """
    longest = lambda words: max(len(w) for w in words)  # noqa: E731
    if presenter and narrow:
        return {"links": {"ends": 30, "via": 18}, "actors": {"name": 30, "kind": 18}}
    if presenter:
        return {"links": {"ends": 40, "via": 22, "topic": 30}, "actors": {"name": 40, "kind": 24}}
    link_widths = {
        "warnings": 3,
        "ends": 22 if narrow else 24,
        "via": 12 if narrow else 16,
        "type": longest([labels.link_type(k, lang) for k in ("orchestration", "bridging")]),
        "position": longest([labels.position(p, lang) for p in POSITIONS]),
    }
    if not narrow:
        link_widths["link"] = 24
    model = project.model
    actor_widths = {
        "id": 16,
        "name": 22,
        "kind": 16 if narrow else min(24, longest([labels.kind(k, model, lang) for k in model.kind_ids()])),
    }
    if not narrow:
        actor_widths["influence"] = len(t("workshop.col.influence", lang))
        actor_widths["interest"] = len(t("workshop.col.interest", lang))
    actor_widths["kopgroep"] = len(t("workshop.col.kopgroep", lang))
    return {"links": link_widths, "actors": actor_widths}


def rows(
    project: Project, analysis: Analysis, shown: dict[str, list[str]], lang: str, presenter: bool
) -> dict[str, list[tuple[str, ...]]]:
    """The text of every row of both tables, in the ``shown`` columns (names for ids in presenter mode)."""
    model = project.model
    index = project.actors
    name: Callable[[str], str] = (lambda ident: index[ident].name) if presenter else (lambda ident: ident)
    link_cells: dict[str, Callable[[LinkAssessment], str]] = {
        "warnings": lambda a: f"!{len(a.warnings)}" if a.warnings else "",
        "ends": lambda a: f"{name(a.link.from_)} → {name(a.link.to)}",
        "via": lambda a: name(a.link.via) if a.link.via else "—",
        "type": lambda a: labels.link_type(a.type, lang),
        "position": lambda a: labels.position(a.position, lang),
        "link": lambda a: a.id,
        "topic": lambda a: a.link.topic or "",
    }
    actor_cells: dict[str, Callable[[Actor], str]] = {
        "id": lambda x: x.id,
        "name": lambda x: x.name,
        "kind": lambda x: labels.kind(x.kind, model, lang),
        "influence": lambda x: str(x.influence),
        "interest": lambda x: str(x.interest),
        "kopgroep": lambda x: "✓" if x.kopgroep else "",
    }
    links = [link_cells[c] for c in shown["links"]]
    actors = [actor_cells[c] for c in shown["actors"]]
    return {
        "links": [tuple(c(a) for c in links) for a in analysis.links],
        "actors": [tuple(c(x) for c in actors) for x in model.actors],
    }


def link(project: Project, a: LinkAssessment, lang: str, presenter: bool) -> Text:
    """One link in full: its ends, its facts (as ``explain`` says them), every competency with its reasons."""
    model = project.model
    actors = project.actors
    text = Text()
    if not presenter:
        text.append(f"{a.id}\n", style=f"bold {YELLOW}")
    text.append(f"{line(actors[a.link.from_].name)} → {line(actors[a.link.to].name)}\n", style="bold")
    facts = link_facts(a, model, actors, lang)
    for n, fact in enumerate(facts[:2]):  # the type (with the kinds), then the connector and position
        for part, how in fact:
            style = "bold reverse" if n == 0 and how == "strong" else FACT_STYLES[how]
            text.append(line(part), style=style)
        text.append("\n")
    agenda = t("label.agenda", lang, items="")  # presenter mode: the agenda by title, not by id
    rest = ["".join(part for part, _ in fact) for fact in facts[2:]]
    if presenter and a.link.agenda:
        titles = {item.id: item.title for item in model.agenda}
        rest = [t("label.agenda", lang, items="; ".join(titles.get(i, i) for i in a.link.agenda))
                if r.startswith(agenda) else r for r in rest]  # fmt: skip
    text.append(" · ".join(line(r) for r in rest) + "\n")
    if a.link.note and not presenter:
        text.append(t("workshop.detail.note", lang, note=line(a.link.note)) + "\n", style="italic")
    names = {c.id: localized(c.name, lang) for c in project.catalogue.competencies}
    text.append("\n" + t("workshop.head.competencies", lang) + "\n", style="bold underline")
    if not a.requirements:
        text.append(t("workshop.detail.no_competencies", lang) + "\n")
    for r in a.requirements:
        text.append(f"{names.get(r.competency, r.competency)}", style="bold")
        text.append(" " + t("workshop.detail.level", lang, level=r.level) + "\n")
        for reason in r.reasons:
            text.append(f"  {t('workshop.detail.because', lang)} {localized(reason.because, lang)}")
            if presenter:
                text.append("\n\n")
            else:
                text.append(f" ({reason.rule}, {reason.where})\n", style=GREY)
    for w in a.warnings:
        text.append(f"\n! {line(w.message.render(lang))}", style=f"bold {YELLOW}")
    return text


def actor(project: Project, analysis: Analysis, row: int, lang: str, presenter: bool = False) -> Text:
    """One actor in full: kind, scores, department, kopgroep, and the links it is an end or the connector of."""
    model = project.model
    who = model.actors[row]
    text = Text()
    if not presenter:
        text.append(f"{who.id}\n", style=f"bold {YELLOW}")
    text.append(f"{line(who.name)}\n", style="bold")
    text.append(labels.kind(who.kind, model, lang) + "\n")
    text.append(t("workshop.detail.scores", lang, influence=who.influence, interest=who.interest) + "\n")
    if who.department:
        text.append(t("workshop.detail.department", lang, department=line(who.department)) + "\n")
    if who.kopgroep:
        text.append(t("workshop.detail.kopgroep", lang) + "\n", style="bold")
    if who.stance.value != "unknown":
        text.append(t("workshop.detail.stance", lang, stance=t(STANCE_KEYS[who.stance.value], lang)) + "\n")
    if who.note:
        text.append(t("workshop.detail.note", lang, note=line(who.note)) + "\n", style="italic")
    ends = [a.id for a in analysis.links if who.id in (a.link.from_, a.link.to)]
    via = [a.id for a in analysis.links if a.link.via == who.id]
    text.append("\n" + tn("workshop.detail.ends", lang, len(ends)) + "\n", style="bold underline")
    named = lambda ids: ids if not presenter else [_ends(project, i) for i in ids]  # noqa: E731
    ends, via = named(ends), named(via)
    text.append("".join(f"  {i}\n" for i in ends))
    text.append("\n" + tn("workshop.detail.connector", lang, len(via)) + "\n", style="bold underline")
    text.append("".join(f"  {i}\n" for i in via))
    return text


def _ends(project: Project, link_id: str) -> str:
    """A link by its ends' names (presenter mode shows no ids)."""
    link = project.model.links[project.link_ids.index(link_id)]
    return f"{line(project.actors[link.from_].name)} → {line(project.actors[link.to].name)}"
