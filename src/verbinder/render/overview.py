"""``verbinder analyse``'s default output: what to do first, then the overview; the reasons one flag away.

One format-neutral :class:`Overview` is built once from the analysis; the
terminal and Markdown writers below only format it.  The order is the
issue's: title and counts; the top actions; one row per link; the kopgroep's
learning agenda; the diagnostics in summary; the warnings grouped by code.
``--explain`` (and ``verbinder explain MODEL LINK``) print every reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verbinder.i18n import localized, t
from verbinder.plan.actions import short_name
from verbinder.render import labels

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.analysis.profiles import MemberProfile
    from verbinder.plan.actions import Action
    from verbinder.project import AnalysisResult, Project

#: Actions shown before "and N more".
TOP_ACTIONS = 10
#: Competencies shown per link row (the highest asked levels).
LINK_COMPETENCIES = 3
#: Rows of the learning agenda shown.
TOP_LEARNING = 8


@dataclass
class Overview:
    """Everything the default output shows, as plain texts and rows (no markup)."""

    title: str
    counts: str
    actions: list[tuple[str, str, str, str]]  # (rank, kind label, why, command)
    more_actions: int
    links_head: list[str]
    links: list[list[str]]
    learning_head: list[str]
    learning: list[list[str]]
    diagnostics: list[str]
    warnings: list[tuple[str, int, str]]  # (code, count, first message)
    notes: list[str] = field(default_factory=list)


def build(
    found: AnalysisResult, project: Project, profiles: list[MemberProfile], lang: str, model_path: str
) -> Overview:
    """The overview of one analysis in ``lang``; commands name the model as ``model_path``."""
    import shlex

    model = project.model
    actors = project.actors
    names = {c.id: localized(c.name, lang) for c in project.catalogue.competencies}
    quoted = shlex.quote(model_path)

    actions = action_rows(found.actions[:TOP_ACTIONS], lang, model_path)

    gapped: dict[str, set[str]] = {}  # member -> competencies with an open gap
    for p in profiles:
        gapped[p.id] = {n.id for n in p.competencies if n.current is not None and n.required > n.current}
    rows = []
    for a in found.links.links:
        link = a.link
        top = sorted(a.requirements, key=lambda r: (-r.level, r.competency))[:LINK_COMPETENCIES]
        member_gaps = gapped.get(link.via or "", set())
        comps = ", ".join(
            f"{names.get(r.competency, r.competency)} {r.level}{'*' if r.competency in member_gaps else ''}"
            for r in top
        )
        connector = short_name(actors[link.via].name) if link.via else t("label.no_connector", lang)
        rows.append(
            [
                ("! " if a.warnings else "") + a.id,
                f"{labels.link_type(a.type, lang)} · {labels.position(a.position, lang)}",
                connector,
                labels.tension(link.tension.value, lang),
                comps,
            ]
        )

    learning = []
    for item in _learning_agenda(profiles)[:TOP_LEARNING]:
        cid, members, levels = item
        learning.append(
            [
                names.get(cid, cid),
                str(len(members)),
                str(levels),
                ", ".join(short_name(actors[m].name) for m in members),
            ]
        )

    counter: Counter[str] = Counter()
    for w in found.warnings:
        counter[w.code] += w.count  # a summary finding stands for several links
    first: dict[str, str] = {}
    for w in found.warnings:
        first.setdefault(w.code, w.message.render(lang))
    warnings = [
        (code, n, clip(first_sentence(first[code])))
        for code, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    ]

    return Overview(
        title=model.name,
        counts=_counts(found, lang),
        actions=actions,
        more_actions=max(0, len(found.actions) - TOP_ACTIONS),
        links_head=[
            t("overview.col.link", lang),
            t("overview.col.type", lang),
            t("overview.col.connector", lang),
            t("overview.col.tension", lang),
            t("overview.col.asks", lang),
        ],
        links=rows,
        learning_head=[
            t("col.competency", lang),
            t("overview.col.members", lang),
            t("overview.col.gap_levels", lang),
            t("overview.col.who", lang),
        ],
        learning=learning,
        diagnostics=_diagnostics(found, lang),
        warnings=warnings,
        notes=[t("overview.legend", lang), t("overview.explain", lang, model=quoted)],
    )


def action_rows(
    actions: Sequence[Action], lang: str, model_path: str, *, full: bool = False
) -> list[tuple[str, str, str, str]]:
    """``(rank, kind label, why, command)`` per action; the why's first sentence unless ``full`` (``--explain``)."""
    import shlex

    from verbinder.render.json import command

    quoted = shlex.quote(model_path)
    rows = []
    for a in actions:
        why = a.why.render(lang)
        rows.append(
            (str(a.rank), kind_label(a.kind, lang), why if full else first_sentence(why), command(a.command, quoted))
        )
    return rows


def clip(text: str, width: int = 56) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with "…" when cut.

    >>> clip("een twee drie", 9)
    'een twee…'
    """
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (the rest is one flag away: ``--explain`` or ``--format json``).

    >>> first_sentence("Let op. Stem af met de griffie."), first_sentence("Geen punt")
    ('Let op.', 'Geen punt')
    """
    import re

    match = re.search(r"[.!?](?=\s+[A-Z\u00C0-\u024F])", text)
    return text[: match.end()] if match else text


def kind_label(kind: str, lang: str, *, code: bool = True) -> str:
    """An action's kind in ``lang`` ("verbinder kiezen", the kind's label in :data:`verbinder.plan.actions.KINDS`);
    a rule's warning is a "waarschuwing", followed by the rule's code in brackets unless ``code`` is false (the
    workshop shows the code apart, or not at all)."""
    from verbinder.plan.actions import KINDS

    if kind in KINDS:
        return t(KINDS[kind].label, lang)
    return t("actions.kind.rule_warning", lang, code=kind) if code else t("actions.kind.warning", lang)


def _counts(found: AnalysisResult, lang: str) -> str:
    from verbinder.render.links import summary_line

    return summary_line(found.links, lang)


def _learning_agenda(profiles: list[MemberProfile]) -> list[tuple[str, list[str], int]]:
    """Per competency the members with an open gap and the gap levels, most gap levels first."""
    from verbinder.analysis.gaps import learning_agenda

    return [
        (item.competency, list(item.members), item.gap_levels) for item in learning_agenda(profiles) if item.members
    ]


def _diagnostics(found: AnalysisResult, lang: str) -> list[str]:
    d = found.diagnostics
    lines = [
        t(
            "overview.diag.grid",
            lang,
            manage=len(d.grid["manage_closely"]),
            satisfied=len(d.grid["keep_satisfied"]),
            informed=len(d.grid["keep_informed"]),
            monitor=len(d.grid["monitor"]),
        )
    ]
    if d.dominance:
        lines.append(t("overview.diag.dominance", lang, n=len(d.dominance)))
    if d.silos is not None and d.silos.ei_index is not None:
        lines.append(t("overview.diag.silos", lang, ei=f"{d.silos.ei_index:+.2f}", unbridged=len(d.silos.unbridged)))
    if d.over_capacity:
        lines.append(t("overview.diag.over", lang, n=len(d.over_capacity)))
    if d.no_connector:
        lines.append(t("overview.diag.no_connector", lang, n=len(d.no_connector)))
    if d.unconnected:
        lines.append(t("overview.diag.unconnected", lang, n=len(d.unconnected)))
    counts = found.agenda.counts()
    if counts["items"]:
        lines.append(t("overview.diag.agenda", lang, covered=counts["covered"], items=counts["items"]))
    return lines


def actions_json(actions: Sequence[Action], lang: str, model_path: str = "MODEL") -> list[dict[str, Any]]:
    """The ranked actions of ``analyse --format json``: ``[{"rank", "kind", "priority", "subject", "why", "command",
    "links", "actors", "members", "agenda"}]`` (the last four: ids, so that tools need not parse the why).

    Every action, rank 1 first (the overview shows the first ``TOP_ACTIONS``).

    ``command`` names the model as ``model_path`` (quoted for a POSIX shell when needed).
    """
    import shlex

    from verbinder.render.json import command

    quoted = shlex.quote(model_path)
    return [
        {
            "rank": a.rank,
            "kind": a.kind,
            "priority": a.priority,
            "subject": a.subject,
            "why": a.why.render(lang),
            "command": command(a.command, quoted),
            "links": list(a.links),
            "actors": list(a.actors),
            "members": list(a.members),
            "agenda": list(a.agenda),
        }
        for a in actions
    ]


# --- writers -----------------------------------------------------------------------------------------------------


def terminal(out: Console, view: Overview, lang: str) -> None:
    """The overview on a rich console (80 columns and up; long lines wrap under their indent, nothing is cut).

    Everything is gathered into one group and printed at once: one write instead of one per line (printing line by
    line made the table of 10,000 links five times slower than the JSON).
    """
    from rich import box
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    def table(headers: list[str], rows: list[list[str]], title: str | None = None) -> Table:
        tab = Table(
            title=title, box=box.SIMPLE_HEAD, title_justify="left", show_edge=False, pad_edge=False, title_style="bold"
        )
        for h in headers:
            tab.add_column(h, overflow="fold")
        for row in rows:
            tab.add_row(*(Text(c) for c in row))
        return tab

    def head(text: str) -> Text:
        return Text(text, style="bold")

    parts: list[object] = [head(view.title), Text(view.counts), Text()]
    parts += terminal_actions(view.actions, view.more_actions, lang)
    parts += [
        Text(),
        Text.assemble((t("head.links", lang), "bold"), " ", (f"({' · '.join(view.links_head[1:4])})", "dim")),
    ]
    for ident, kind, connector, tension, comps in view.links:
        warned = ident.startswith("! ")
        line = Text.assemble(
            ("! " if warned else "  ", "yellow"),
            (ident.removeprefix("! "), "bold"),
            f"  {kind} · {connector} · {tension}",
        )
        parts.append(line)
        if comps:
            parts.append(Padding(Text(comps, style="dim"), (0, 0, 0, 6)))
    if view.learning:
        parts += [
            Text(),
            table(view.learning_head[:3], [row[:3] for row in view.learning], t("overview.head.learning", lang)),
        ]
    parts += [Text(), head(t("overview.head.diagnostics", lang))]
    parts += [Padding(Text(line), (0, 0, 0, 2)) for line in view.diagnostics]
    if view.warnings:
        parts += [Text(), head(t("head.warnings", lang))]
        parts += [
            Padding(Text.assemble(("!", "yellow"), f" {code} ×{n}: {message}"), (0, 0, 0, 2))
            for code, n, message in view.warnings
        ]
    parts.append(Text())
    parts += [Text(note, style="dim") for note in view.notes]
    out.print(Group(*parts))  # type: ignore[arg-type]


def terminal_actions(rows: list[tuple[str, str, str, str]], more: int, lang: str) -> list[object]:
    """The "what to do now" block for a rich console: a heading, one numbered entry per action, "and N more"."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    parts: list[object] = [Text(t("actions.title", lang), style="bold")]
    if not rows:
        parts.append(Padding(Text(t("actions.none", lang)), (0, 0, 0, 2)))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(overflow="fold")
    for rank, kind, why, cmd in rows:
        grid.add_row(f"{rank}.", Text.assemble((kind, "bold"), ": ", why, "\n", (cmd, "cyan")))
    parts.append(grid)
    if more:
        parts.append(Padding(Text(t("actions.more", lang, n=more)), (0, 0, 0, 4)))
    return parts


def markdown_actions(rows: list[tuple[str, str, str, str]], more: int, lang: str) -> list[str]:
    """The "what to do now" section as Markdown lines."""
    out = [f"## {t('actions.title', lang)}", ""]
    if not rows:
        out.append(t("actions.none", lang))
    for rank, kind, why, cmd in rows:
        out.append(f"{rank}. **{kind}**: {why.replace(chr(10), ' ')}  \n   `{cmd}`")
    if more:
        out += ["", t("actions.more", lang, n=more)]
    return out


def markdown(view: Overview, lang: str) -> str:
    """The overview as a Markdown document (texts outside tables stay as they are, on one line each)."""
    from verbinder.render import tables

    def line(text: str) -> str:
        return text.replace("\n", " ")

    out = [f"# {line(view.title)}", "", view.counts, ""]
    out += markdown_actions(view.actions, view.more_actions, lang)
    out += ["", f"## {t('head.links', lang)}", ""]
    out += tables.markdown(view.links_head, view.links)  # type: ignore[arg-type]
    if view.learning:
        out += ["", f"## {t('overview.head.learning', lang)}", ""]
        out += tables.markdown(view.learning_head, view.learning)  # type: ignore[arg-type]
    out += ["", f"## {t('overview.head.diagnostics', lang)}", ""]
    out += [f"- {line(text)}" for text in view.diagnostics]
    if view.warnings:
        out += ["", f"## {t('head.warnings', lang)}", ""]
        out += [f"- **{code}** ×{n}: {line(message)}" for code, n, message in view.warnings]
    out += [""] + [f"_{line(note)}_  " for note in view.notes]
    return "\n".join(out) + "\n"
