"""The competency catalogue, the roles and the rule vocabulary, for people and programs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verbinder.catalogue import Catalogue, Competency
from verbinder.i18n import localized, t
from verbinder.render import tables
from verbinder.render.json import dumps
from verbinder.rules.engine import RuleSet
from verbinder.rules.vocabulary import ATTRIBUTES, COMBINATORS, OPERATORS

if TYPE_CHECKING:
    from rich.console import Console


def competency_dict(comp: Competency) -> dict[str, Any]:
    """One competency in the documented JSON shape."""
    return comp.model_dump(mode="json", exclude_none=True)


def competencies_json(cat: Catalogue, chosen: list[Competency]) -> str:
    """``{"schema_version": 1, "competencies": [...]}``."""
    return dumps(
        {
            "scale": [s.model_dump(mode="json", exclude_none=True) for s in cat.scale],
            "competencies": [competency_dict(c) for c in chosen],
        }
    )


def competencies_table(out: Console, cat: Catalogue, lang: str) -> None:
    """One row per competency: id, name, cluster, definition."""
    from rich.markup import escape

    clusters = {c.id: localized(c.name, lang) for c in cat.clusters}
    table = tables.rich(t("col.id", lang), t("col.competency", lang), t("col.cluster", lang), t("col.definition", lang))
    for comp in cat.competencies:
        table.add_row(
            comp.id,
            escape(localized(comp.name, lang)),
            escape(clusters.get(comp.cluster, comp.cluster)),
            escape(localized(comp.definition, lang)),
        )
    out.print(table)


def competency_detail(out: Console, cat: Catalogue, comp: Competency, lang: str) -> None:
    """Everything about one competency: levels with indicators, methods, sources."""
    from rich.markup import escape
    from rich.padding import Padding

    from verbinder.render.development import method_head

    scale = {s.level: localized(s.name, lang) for s in cat.scale}
    out.print(f"[bold]{escape(localized(comp.name, lang))}[/bold] ({comp.id})")
    out.print(escape(localized(comp.definition, lang)))
    out.print()
    table = tables.rich(t("col.level", lang), t("col.indicators", lang), title=t("head.levels", lang))
    for spec in comp.levels:
        indicators = spec.indicators.nl if lang == "nl" else spec.indicators.en
        table.add_row(f"{spec.level} {scale.get(spec.level, '')}", "\n".join(f"• {escape(i)}" for i in indicators))
    out.print(table)
    out.print()
    out.print(f"[bold]{t('head.methods', lang)}[/bold]")
    for method in comp.methods:
        head = escape(method_head(method, cat, lang))
        out.print(Padding(f"• [bold]{escape(localized(method.name, lang))}[/bold] ({head})", (0, 0, 0, 2)))
        out.print(Padding(escape(localized(method.exercise, lang)), (0, 0, 0, 4)))
    out.print()
    out.print(f"[bold]{t('head.sources', lang)}[/bold]")
    for source in comp.sources:
        out.print(Padding(f"• {escape(source.citation)}" + (f" {source.url}" if source.url else ""), (0, 0, 0, 2)))
    if comp.esco:
        out.print(Padding(f"• ESCO: {comp.esco}", (0, 0, 0, 2)))


def roles_json(ruleset: RuleSet) -> str:
    """``{"schema_version": 1, "roles": [{..., "rules": [...]}]}``."""
    roles = []
    for role in ruleset.roles:
        item = role.model_dump(mode="json", exclude_none=True)
        item["file"] = ruleset.sources.get(role.id)
        where = {c.rule.id: c.where for c in ruleset.rules if c.role == role.id}
        for rule in item["rules"]:
            rule["defined_at"] = where.get(rule["id"])
        roles.append(item)
    return dumps({"roles": roles})


def describe_condition(cond: Any) -> str:
    """A ``when`` condition as one readable line (``type = bridging and tension >= high``)."""
    if cond is None:
        return "*"
    parts = []
    for key, value in cond.items():
        if key in ("all", "any"):
            inner = f" {'and' if key == 'all' else 'or'} ".join(describe_condition(c) for c in value)
            parts.append(f"({inner})")
        elif key == "not":
            parts.append(f"not ({describe_condition(value)})")
        elif isinstance(value, dict):
            symbols = {
                "eq": "=",
                "ne": "≠",
                "gte": "≥",
                "gt": ">",
                "lte": "≤",
                "lt": "<",
                "in": "in",
                "not_in": "not in",
            }
            parts += [f"{key} {symbols.get(op, op)} {v}" for op, v in value.items()]
        else:
            parts.append(f"{key} = {value}")
    return " and ".join(parts)


def roles_table(out: Console, ruleset: RuleSet, cat: Catalogue, lang: str) -> None:
    """Per role: its description and a table of its rules."""
    from rich.markup import escape

    names = {c.id: localized(c.name, lang) for c in cat.competencies}
    for role in ruleset.roles:
        out.print(f"[bold]{escape(localized(role.name, lang))}[/bold] ({role.id}, {ruleset.sources.get(role.id)})")
        out.print(escape(localized(role.description, lang)))
        if role.baseline:
            base = ", ".join(f"{names.get(c, c)} {lvl}" for c, lvl in role.baseline.items())
            out.print(t("label.baseline", lang, items=escape(base)))
        table = tables.rich(t("col.rule", lang), t("col.when", lang), t("col.then", lang), t("col.why", lang))
        for compiled in ruleset.rules:
            if compiled.role != role.id:
                continue
            rule = compiled.rule
            then = ", ".join(f"{names.get(c, c)} {lvl}" for c, lvl in rule.then.items())
            if rule.warning:
                then = (then + "\n" if then else "") + f"! {rule.warning.code}"
            table.add_row(
                rule.id, escape(describe_condition(rule.when)), escape(then), escape(localized(rule.because, lang))
            )
        out.print(table)
        out.print()


def vocabulary_json() -> str:
    """The attributes and operators a rule condition may use."""
    attributes = [
        {"name": a.name, "type": a.kind, "values": list(a.values)}
        | ({"min": a.low, "max": a.high} if a.kind == "int" else {})
        for a in ATTRIBUTES.values()
    ]
    return dumps({"attributes": attributes, "operators": list(OPERATORS), "combinators": list(COMBINATORS)})


def vocabulary_table(out: Console, lang: str) -> None:
    """The attributes a condition may read, with their values, and the operators."""
    table = tables.rich(t("col.attribute", lang), t("col.values", lang), t("col.meaning", lang))
    for a in ATTRIBUTES.values():
        if a.kind == "int":
            values = f"{a.low}..{a.high}"
        elif a.kind == "bool":
            values = "true | false"
        elif a.values:
            values = " | ".join(a.values)
        else:
            values = t("vocab.kind_values", lang)
        table.add_row(a.name, values, localized(a.doc, lang))
    out.print(table)
    out.print(t("vocab.operators", lang, operators=", ".join(OPERATORS), combinators=", ".join(COMBINATORS)))
