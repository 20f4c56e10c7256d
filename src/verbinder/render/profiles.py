"""Competency profiles of the kopgroep as a terminal table, JSON, CSV and Markdown.

The Excel workbook is in :mod:`verbinder.render.xlsx`.  CSV headers are fixed
English field names (an HR system maps them once); texts inside follow the
chosen language, and both the Dutch and the English competency name are given.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from typing import TYPE_CHECKING, Any

from verbinder.analysis.profiles import MAX_REQUIRED, CompetencyNeed, MemberProfile
from verbinder.catalogue import Catalogue
from verbinder.i18n import localized, t
from verbinder.render import tables

if TYPE_CHECKING:
    from rich.console import Console

#: The CSV columns, in order (documented in docs/hr.md).
CSV_FIELDS = (
    "member_id",
    "member_name",
    "role",
    "competency_id",
    "competency_nl",
    "competency_en",
    "required",
    "current",
    "gap",
    "required_level_name",
    "level_descriptor",
    "link_ids",
    "source",
    "focus",
    "employee_id",
    "function",
    "scale",
    "manager",
    "manager_name",
    "manager_employee_id",
    "assessed_on",
    "rater",
    "last_assessed",
    "member_not_assessed",
    "exported_on",
)


def level_descriptor(catalogue: Catalogue, cid: str, level: int, lang: str) -> str:
    """The observable behaviour at ``level`` of competency ``cid`` in ``lang`` (empty for level 0)."""
    comp = catalogue.index().get(cid)
    if comp is None or level < 1:
        return ""
    spec = comp.levels[level - 1]
    return " ".join(getattr(spec.indicators, lang) or spec.indicators.nl)


def level_name(catalogue: Catalogue, level: int, lang: str) -> str:
    """The scale's name of ``level`` (Basis, Zelfstandig, ...); empty for 0."""
    if level < 1:
        return ""
    return localized(catalogue.scale[level - 1].name, lang)


def competency_name(catalogue: Catalogue, cid: str, lang: str) -> str:
    """A competency's name in ``lang`` (its id when the catalogue does not know it)."""
    comp = catalogue.index().get(cid)
    return localized(comp.name, lang) if comp else cid


#: The message key of each :attr:`CompetencyNeed.source`.
SOURCE_KEYS = {
    "links": "profiles.source.links",
    "role": "profiles.source.role",
    "links+role": "profiles.source.links_role",
    "model": "profiles.source.model",
}


def source_label(need: CompetencyNeed, lang: str) -> str:
    """Where a requirement comes from, in words."""
    return t(SOURCE_KEYS[need.source], lang)


def to_json(profiles: list[MemberProfile], catalogue: Catalogue, model_name: str, lang: str, pseudo: bool) -> dict:
    """The ``profiles`` document (``schema_version`` is added by :func:`verbinder.render.json.dumps`)."""
    members = []
    for p in profiles:
        members.append(
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "department": p.department,
                "capacity": p.capacity,
                "links": p.links,
                "open_gaps": p.figures.open_gaps,
                "gap_levels": p.figures.gap_levels,
                "not_assessed": [c.id for c in p.not_assessed],
                "reflection_themes": p.reflection_themes,
                "employee_id": p.employee_id,
                "function": p.function,
                "scale": p.scale,
                "manager": p.manager,
                "manager_name": p.manager_name,
                "manager_employee_id": p.manager_employee_id,
                "last_assessed": p.last_assessed,
                "self_vs_others": [{"id": cid, "self": own, "others": others} for cid, own, others in p.differences],
                "focus": [
                    {"id": f.id, "required": f.required, "current": f.current, "gap": f.gap, "weight": f.weight}
                    for f in p.focus
                ],
                "competencies": [
                    {
                        "id": c.id,
                        "name": competency_name(catalogue, c.id, lang),
                        "required": c.required,
                        "current": c.current,
                        "gap": c.gap,
                        "source": c.source,
                        "role_baseline": c.role_level,
                        "assessed_on": c.assessed_on,
                        "rater": c.rater,
                        "links": c.links,
                        "asked_by": [{"link": a.link, "level": a.level, "rules": list(a.rules)} for a in c.asked_by],
                    }
                    for c in p.competencies
                ],
                "also_relevant": [
                    {
                        "id": c.id,
                        "name": competency_name(catalogue, c.id, lang),
                        "level": c.required,
                        "required": c.required,
                        "current": c.current,
                        "gap": c.gap,
                        "links": c.links,
                        "asked_by": [{"link": a.link, "level": a.level, "rules": list(a.rules)} for a in c.asked_by],
                    }
                    for c in p.also_relevant
                ],
            }
        )
    return {"model": model_name, "language": lang, "pseudonymised": pseudo, "members": members}


def role_label(p: MemberProfile, lang: str) -> str:
    """The member's role by its name in ``lang`` (its id when the role files do not know it); empty without one."""
    if not p.role:
        return ""
    return localized(p.role_name, lang) or p.role


def to_csv(
    profiles: list[MemberProfile],
    catalogue: Catalogue,
    lang: str,
    *,
    delimiter: str = ",",
    bom: bool = False,
    raw: bool = False,
    today: _dt.date | None = None,
) -> str:
    """One row per member and competency (see :data:`CSV_FIELDS`); RFC 4180 quoting, CRLF line ends.

    For the HR system: the personnel number as the model holds it (text: a
    spreadsheet that reads it as a number drops its leading zeros; ``assess
    --import`` matches such a number back), the manager's name and personnel
    number, per competency the date and rater of the level (``assessed_on``,
    ``rater``; empty for a level without history), the member's last
    assessment and the export date (``today``).  The "also relevant"
    competencies follow each member's profile with ``source`` ``also_relevant``
    and the same fields (required, current, gap).

    Every text cell passes :func:`verbinder.render.safe.csv_cell`: control
    characters escaped and, unless ``raw``, a cell starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return prefixed with ``'`` (OWASP CSV
    injection), so a spreadsheet shows it as text instead of running it.
    """
    from verbinder.render.safe import csv_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    exported = (today or _dt.date.today()).isoformat()
    index = catalogue.index()
    for p in profiles:
        rank = {f.id: i for i, f in enumerate(p.focus, start=1)}
        also = {c.id for c in p.also_relevant}
        for c in [*p.focus_first(), *p.also_relevant]:
            comp = index.get(c.id)
            row = [
                p.id,
                p.name,
                p.role or "",
                c.id,
                comp.name.nl if comp else c.id,
                comp.name.en if comp else c.id,
                c.required,
                c.current,
                c.gap,
                level_name(catalogue, c.required, lang),
                level_descriptor(catalogue, c.id, c.required, lang),
                " ".join(c.links),
                "also_relevant" if c.id in also else c.source,
                rank.get(c.id, ""),
                p.employee_id or "",
                p.function or "",
                p.scale or "",
                p.manager or "",
                p.manager_name or "",
                p.manager_employee_id or "",
                c.assessed_on or "",
                c.rater or "",
                p.last_assessed or "",
                p.figures.not_assessed,
                exported,
            ]
            writer.writerow([csv_cell(v, formulas=raw) for v in row])
    return ("\ufeff" if bom else "") + buffer.getvalue()


def assess_command(model_path: str | None, member: str) -> str:
    """The command that assesses ``member``, naming the real model path (quoted for a shell when it must be)."""
    import shlex

    return f"verbinder assess {shlex.quote(model_path or 'MODEL')} {shlex.quote(member)}"


def assessment_status(asked: int, not_assessed: int, open_gaps: int, command: str, lang: str) -> str:
    """What a document says first about a member's levels; "no gaps" only when every asked competency is
    assessed and met (a competency never assessed is *not assessed*, never a gap and never "no gap")."""
    if not asked:
        return t("fair.nothing_asked", lang)
    if not_assessed:
        key = "fair.gaps_and_not_assessed" if open_gaps else "fair.not_assessed"
        return t(key, lang, n=not_assessed, asked=asked, command=command)
    if not open_gaps:
        return t("fair.no_gaps", lang, asked=asked)
    return ""


def themes_line(themes: list[str], catalogue: Catalogue, lang: str) -> str:
    """The member's reflection themes (dispositions) in one sentence; empty without any."""
    if not themes:
        return ""
    return t("fair.themes", lang, names=", ".join(competency_name(catalogue, c, lang) for c in themes))


def profile_status(p: MemberProfile, lang: str, model_path: str | None) -> str:
    """:func:`assessment_status` of a profile (empty when there are gaps and everything asked is assessed)."""
    f = p.figures
    asked = sum(1 for c in p.asked if c.required > 0)
    return assessment_status(asked, f.not_assessed, f.open_gaps, assess_command(model_path, p.id), lang)


def manager_text(p: MemberProfile) -> str | None:
    """The manager as a person reads it: ``Mirjam Meulenbelt (0099001)``, the name and personnel number where
    the model has them, else the actor id."""
    if p.manager_name:
        return f"{p.manager_name} ({p.manager_employee_id})" if p.manager_employee_id else p.manager_name
    return p.manager


def current_text(c: CompetencyNeed, lang: str) -> str:
    """The current level as text: the number, or "niet beoordeeld" / "not assessed"."""
    return t("gaps.not_assessed", lang) if c.current is None else str(c.current)


def gap_text(c: CompetencyNeed) -> str:
    """The gap as text: the number, or a dash when the competency was not assessed."""
    return "–" if c.gap is None else str(c.gap)


def _asked(c: CompetencyNeed, lang: str) -> str:
    parts = list(c.links)
    if c.role_level:
        parts.append(t("profiles.role_baseline", lang, level=c.role_level))
    return ", ".join(parts)


def _heading(p: MemberProfile, lang: str) -> str:
    facts = [t("profiles.n_links", lang, n=len(p.links), capacity=p.capacity)]
    if p.role:
        facts.insert(0, t("profiles.role", lang, role=role_label(p, lang)))
    if p.department:
        facts.append(t("profiles.department", lang, department=p.department))
    return f"{p.name} ({p.id}) — " + ", ".join(facts)


def _headers(lang: str) -> list[str]:
    return [
        t("profiles.col.competency", lang),
        t("profiles.col.required", lang),
        t("profiles.col.current", lang),
        t("profiles.col.gap", lang),
        t("profiles.col.asked_by", lang),
    ]


def also_relevant_lines(p: MemberProfile, catalogue: Catalogue, lang: str, explain: bool) -> list[str]:
    """What the links ask beyond the profile's :data:`MAX_REQUIRED`: a heading and one line each under
    ``--explain``, otherwise one line with the count (never dropped silently); nothing when there is none."""
    if not p.also_relevant:
        return []
    if not explain:
        return [t("profiles.also_relevant_hint", lang, n=len(p.also_relevant), max=MAX_REQUIRED)]
    items = [
        t(
            "profiles.also_relevant_item",
            lang,
            name=competency_name(catalogue, c.id, lang),
            level=c.required,
            links=", ".join(c.links),
            current=current_text(c, lang),
            gap=gap_text(c),
        )
        for c in p.also_relevant
    ]
    return [t("profiles.head.also_relevant", lang, max=MAX_REQUIRED), *items]


def to_markdown(
    profiles: list[MemberProfile],
    catalogue: Catalogue,
    model_name: str,
    lang: str,
    *,
    explain: bool = False,
    model_path: str | None = None,
) -> str:
    """The profiles as a Markdown document: a summary table, then one section per member."""
    out = [f"# {t('profiles.title', lang)}: {model_name}", ""]
    out += tables.markdown(
        [
            t("profiles.col.member", lang),
            t("profiles.col.links", lang),
            t("profiles.col.gaps", lang),
            t("profiles.col.total_gap", lang),
            t("fair.col.not_assessed", lang),
        ],
        [
            [f"{p.name} (`{p.id}`)", len(p.links), p.figures.open_gaps, p.figures.gap_levels, p.figures.not_assessed]
            for p in profiles
        ],
    )
    out.append("")
    for p in profiles:
        out += [f"## {_heading(p, lang)}", ""]
        if p.links:
            out += [t("profiles.links", lang, links=", ".join(f"`{lid}`" for lid in p.links)), ""]
        if not p.competencies:
            out += [t("profiles.none", lang), ""]
            continue
        status = profile_status(p, lang, model_path)
        if status:
            out += [status, ""]
        themes = themes_line(p.reflection_themes, catalogue, lang)
        if themes:
            out += [themes, ""]
        last, points = assessment_lines(p, catalogue, lang)
        if last:
            out += [last, ""]
        if points:
            out += [f"### {t('profiles.head.differences', lang)}", ""] + [f"- {x}" for x in points] + [""]
        if p.focus:
            out += [f"### {t('profiles.head.focus', lang)}", ""]
            out += [f"{i}. {line}" for i, line in enumerate(focus_lines(p, catalogue, lang), start=1)]
            out.append("")
        rest = p.also_asked
        if rest:
            if p.focus:
                out += [f"### {t('profiles.head.also_asked', lang)}", ""]
            rows = [
                [
                    competency_name(catalogue, c.id, lang),
                    c.required,
                    current_text(c, lang),
                    f"**{c.gap}**" if c.gap else gap_text(c),
                    _asked(c, lang),
                ]
                for c in rest
            ]
            out += tables.markdown(_headers(lang), rows)
            out.append("")
        also = also_relevant_lines(p, catalogue, lang, explain)
        if len(also) > 1:
            out += [f"### {also[0]}", ""] + [f"- {x}" for x in also[1:]] + [""]
        elif also:
            out += [also[0], ""]
    return "\n".join(out)


def assessment_lines(p: MemberProfile, catalogue: Catalogue, lang: str) -> tuple[str | None, list[str]]:
    """The last-assessment line (or ``None``) and one line per self-versus-others difference of 2 or more."""
    last = t("profiles.last_assessed", lang, date=p.last_assessed) if p.last_assessed else None
    points = [
        t("profiles.difference_line", lang, name=competency_name(catalogue, cid, lang), own=own, others=others)
        for cid, own, others in p.differences
    ]
    return last, points


def focus_lines(p: MemberProfile, catalogue: Catalogue, lang: str) -> list[str]:
    """One line per focus point: the competency, current to required, the gap and its weight."""
    return [
        t(
            "profiles.focus_line",
            lang,
            name=competency_name(catalogue, f.id, lang),
            current=f.current,
            required=f.required,
            gap=f.gap,
            weight=f.weight,
        )
        for f in p.focus
    ]


def to_table(
    out: Console,
    profiles: list[MemberProfile],
    catalogue: Catalogue,
    model_name: str,
    lang: str,
    *,
    explain: bool = False,
    model_path: str | None = None,
) -> None:
    """The profiles in the terminal: one table per member, gaps in red."""
    from rich.markup import escape
    from rich.padding import Padding

    out.print(f"[bold]{escape(t('profiles.title', lang))}: {escape(model_name)}[/bold]")
    if not profiles:
        out.print(t("profiles.no_members", lang))
        return
    for p in profiles:
        out.print()
        out.print(f"[bold]{escape(_heading(p, lang))}[/bold]")
        if p.links:
            out.print(Padding(escape(t("profiles.links", lang, links=", ".join(p.links))), (0, 0, 0, 2)))
        if not p.competencies:
            out.print(Padding(escape(t("profiles.none", lang)), (0, 0, 0, 2)))
            continue
        status = profile_status(p, lang, model_path)
        if status:
            style = "yellow" if p.figures.not_assessed else "green"
            out.print(Padding(f"[{style}]{escape(status)}[/{style}]", (0, 0, 0, 2)))
        themes = themes_line(p.reflection_themes, catalogue, lang)
        if themes:
            out.print(Padding(escape(themes), (0, 0, 0, 2)))
        last, points = assessment_lines(p, catalogue, lang)
        if last:
            out.print(Padding(escape(last), (0, 0, 0, 2)))
        if points:
            out.print(Padding(f"[bold]{escape(t('profiles.head.differences', lang))}[/bold]", (0, 0, 0, 2)))
            for x in points:
                out.print(Padding(f"- {escape(x)}", (0, 0, 0, 4)))
        if p.focus:
            out.print(Padding(f"[bold]{escape(t('profiles.head.focus', lang))}[/bold]", (0, 0, 0, 2)))
            for i, line in enumerate(focus_lines(p, catalogue, lang), start=1):
                out.print(Padding(f"{i}. {escape(line)}", (0, 0, 0, 4)))
        rest = p.also_asked
        also = also_relevant_lines(p, catalogue, lang, explain)
        if not rest:
            _print_also(out, also)
            continue
        if p.focus:
            out.print(Padding(f"[bold]{escape(t('profiles.head.also_asked', lang))}[/bold]", (0, 0, 0, 2)))
        table = tables.rich(*_headers(lang))
        for c in rest:
            gap = f"[bold red]{c.gap}[/bold red]" if c.gap else gap_text(c)
            current = current_text(c, lang) if c.current is not None else f"[yellow]{current_text(c, lang)}[/yellow]"
            table.add_row(
                escape(competency_name(catalogue, c.id, lang)), str(c.required), current, gap, _asked(c, lang)
            )
        out.print(table)
        _print_also(out, also)


def _print_also(out: Console, lines: list[str]) -> None:
    """The "also relevant" lines under a member's table (see :func:`also_relevant_lines`)."""
    from rich.markup import escape
    from rich.padding import Padding

    if len(lines) > 1:
        out.print(Padding(f"[bold]{escape(lines[0])}[/bold]", (0, 0, 0, 2)))
        for x in lines[1:]:
            out.print(Padding(f"- {escape(x)}", (0, 0, 0, 4)))
    elif lines:
        out.print(Padding(f"[dim]{escape(lines[0])}[/dim]", (0, 0, 0, 2)))


def summary_rows(profiles: list[MemberProfile], catalogue: Catalogue, lang: str) -> list[list[Any]]:
    """Rows of the summary: member, name, role, links, capacity, open gaps, gap levels, not assessed, focus points."""
    rows = []
    for p in profiles:
        top = ", ".join(f"{competency_name(catalogue, f.id, lang)} ({f.gap})" for f in p.focus)
        figures = p.figures
        rows.append(
            [
                p.id,
                p.name,
                role_label(p, lang),
                len(p.links),
                p.capacity,
                figures.open_gaps,
                figures.gap_levels,
                figures.not_assessed,
                top,
            ]
        )
    return rows
