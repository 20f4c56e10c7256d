"""Development plans as JSON, a terminal report and Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.analysis.development import GapPlan, MemberPlan, RoleModelRef
from verbinder.catalogue import Catalogue, Competency, Method
from verbinder.i18n import localized, t
from verbinder.render.profiles import assess_command, assessment_status, competency_name, themes_line

if TYPE_CHECKING:
    from rich.console import Console


def role_model_text(rm: RoleModelRef, lang: str) -> str:
    """``Jan Jansen (Provincie Noord-Brabant)`` or ``Mehmet Yilmaz (kopgroep: internal role model)``, never a level."""
    if rm.source == "kopgroep":
        return t("develop.internal", lang, name=rm.name)
    text = rm.name
    if rm.organisation:
        text += f" ({rm.organisation})"
    if rm.actor:
        text += " — " + t("develop.in_model", lang, actor=rm.actor)
    return text


#: The message key of each 70-20-10 form of a method (:data:`verbinder.catalogue.MethodForm`).
FORM_KEYS = {
    "werkopdracht": "develop.form.werkopdracht",
    "coaching": "develop.form.coaching",
    "rolmodel": "develop.form.rolmodel",
    "training": "develop.form.training",
}


def approach(catalogue: Catalogue, value: str, lang: str) -> str:
    """The name of a development approach (agile, dienend-leiderschap, ...), as the catalogue gives it."""
    found = catalogue.approach(value)
    return localized(found.name, lang) if found is not None else value


def method_head(method: Method, catalogue: Catalogue, lang: str) -> str:
    """``step 1→2 · on-the-job assignment · Agile``: the step and 70-20-10 form where the catalogue gives them."""
    parts = []
    if method.step is not None:
        parts.append(t("develop.step", lang, start=method.step - 1, end=method.step))
    if method.form is not None:
        parts.append(t(FORM_KEYS[method.form], lang))
    parts.append(approach(catalogue, method.approach, lang))
    return " · ".join(parts)


def status_lines(p: MemberPlan, catalogue: Catalogue, lang: str, model_path: str | None) -> list[str]:
    """What the plan says first: how many asked competencies are not assessed (and which), or "no gaps" only
    when everything asked is assessed and met."""
    command = assess_command(model_path, p.id)
    status = assessment_status(p.asked, len(p.not_assessed), len(p.gaps), command, lang)
    lines = [status] if status else []
    if p.not_assessed:
        names = ", ".join(competency_name(catalogue, c, lang) for c in p.not_assessed)
        lines.append(t("fair.not_assessed_names", lang, competencies=names))
    themes = themes_line(p.themes, catalogue, lang)
    return [*lines, themes] if themes else lines


def to_json(plans: list[MemberPlan], catalogue: Catalogue, model_name: str, lang: str) -> dict[str, Any]:
    """The ``develop`` document (``schema_version`` is added by :func:`verbinder.render.json.dumps`)."""
    return {
        "model": model_name,
        "language": lang,
        "members": [
            {
                "id": p.id,
                "name": p.name,
                "gaps": [
                    {
                        "competency": g.competency,
                        "name": competency_name(catalogue, g.competency, lang),
                        "required": g.required,
                        "current": g.current,
                        "gap": g.gap,
                        "focus": g.focus,
                        "methods": [
                            {
                                "approach": m.approach,
                                "step": m.step,
                                "form": m.form,
                                "name": localized(m.name, lang),
                                "exercise": localized(m.exercise, lang),
                            }
                            for m in g.methods
                        ],
                        "role_models": [
                            {
                                "name": rm.name,
                                "organisation": rm.organisation,
                                "actor": rm.actor,
                                "source": rm.source,
                            }
                            for rm in g.role_models
                        ],
                    }
                    for g in p.gaps
                ],
                "not_assessed": p.not_assessed,
                "asked": p.asked,
                "reflection_themes": p.themes,
            }
            for p in plans
        ],
    }


def _section_head(plan: MemberPlan, gap: GapPlan, lang: str) -> str | None:
    """ "Focus points" before the first gap of a plan that has them, "Also asked" before the first other gap."""
    if not any(g.focus for g in plan.gaps):
        return None
    i = plan.gaps.index(gap)
    if i == 0:
        return t("profiles.head.focus", lang)
    if not gap.focus and plan.gaps[i - 1].focus:
        return t("profiles.head.also_asked", lang)
    return None


def to_markdown(
    plans: list[MemberPlan], catalogue: Catalogue, model_name: str, lang: str, model_path: str | None = None
) -> str:
    """The plans as a Markdown document: a section per member, a subsection per gap."""
    out = [f"# {t('develop.title', lang)}: {model_name}", ""]
    for p in plans:
        out += [f"## {p.name} (`{p.id}`)", ""]
        for line in status_lines(p, catalogue, lang, model_path):
            out += [line, ""]
        if not p.gaps:
            continue
        for g in p.gaps:
            section = _section_head(p, g, lang)
            if section:
                out += [f"**{section}**", ""]
            name = competency_name(catalogue, g.competency, lang)
            out += [f"### {t('develop.gap_head', lang, name=name, current=g.current, required=g.required)}", ""]
            for m in g.methods:
                head = method_head(m, catalogue, lang)
                out.append(f"- **{head}: {localized(m.name, lang)}** — {localized(m.exercise, lang)}")
            if g.role_models:
                out.append(
                    f"- **{t('develop.role_models', lang)}:** "
                    + "; ".join(role_model_text(r, lang) for r in g.role_models)
                )
            else:
                out.append(f"- **{t('develop.role_models', lang)}:** {t('develop.no_role_models', lang)}")
            out.append("")
    return "\n".join(out)


def to_table(
    out: Console,
    plans: list[MemberPlan],
    catalogue: Catalogue,
    model_name: str,
    lang: str,
    model_path: str | None = None,
) -> None:
    """The plans in the terminal: per member, per gap the methods and the role models as a list."""
    from rich.markup import escape
    from rich.padding import Padding
    from rich.table import Table

    out.print(f"[bold]{escape(t('develop.title', lang))}: {escape(model_name)}[/bold]")
    for p in plans:
        out.print()
        out.print(f"[bold underline]{escape(p.name)} ({escape(p.id)})[/bold underline]")
        for line in status_lines(p, catalogue, lang, model_path):
            style = "yellow" if p.not_assessed else "green"
            out.print(Padding(f"[{style}]{escape(line)}[/{style}]", (0, 0, 0, 2)))
        if not p.gaps:
            continue
        for g in p.gaps:
            section = _section_head(p, g, lang)
            if section:
                out.print(Padding(f"[bold underline]{escape(section)}[/bold underline]", (0, 0, 0, 2)))
            name = competency_name(catalogue, g.competency, lang)
            head = t("develop.gap_head", lang, name=name, current=g.current, required=g.required)
            out.print(Padding(f"[bold]{escape(head)}[/bold]", (0, 0, 0, 2)))
            items = Table.grid(padding=(0, 1))
            items.add_column(no_wrap=True)
            items.add_column(overflow="fold")
            for m in g.methods:
                items.add_row(
                    "•",
                    f"[bold]{escape(method_head(m, catalogue, lang))}[/bold]: {escape(localized(m.name, lang))} — "
                    f"{escape(localized(m.exercise, lang))}",
                )
            models = "; ".join(role_model_text(r, lang) for r in g.role_models) or t("develop.no_role_models", lang)
            items.add_row("•", f"[bold]{escape(t('develop.role_models', lang))}[/bold]: {escape(models)}")
            out.print(Padding(items, (0, 0, 0, 4)))


def show_competency(out: Console, comp: Competency, current: int | None, number: int, total: int, lang: str) -> None:
    """One question of the self-assessment: the competency, its definition and the behaviour per level."""
    from rich.markup import escape
    from rich.table import Table

    out.print(f"[bold]{number}/{total} {escape(localized(comp.name, lang))}[/bold]")
    out.print(escape(localized(comp.definition, lang)))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("0", t("assess.level0", lang))
    for spec in comp.levels:
        marker = " ←" if spec.level == current else ""
        behaviour = " ".join(getattr(spec.indicators, lang) or spec.indicators.nl)
        grid.add_row(f"[bold]{spec.level}[/bold]", escape(behaviour) + marker)
    out.print(grid)
