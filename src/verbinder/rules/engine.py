"""The declarative rule engine: role files in, explained competency requirements out.

Rules are data (``roles/*.yaml``), never code: each ``when`` is compiled once,
at load time, into small predicates over a tuple of facts about a link (see
:mod:`verbinder.rules.vocabulary`).  An unknown attribute, operator, value or
competency id is refused while loading, located in its file.  Evaluation is
cached on the facts tuple, so a model with thousands of links costs a few
hundred distinct evaluations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import Field

from verbinder.catalogue import CompetencyLevel
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.validate import located, parse, sort_problems
from verbinder.io.yamlread import Loc, load_yaml
from verbinder.model import SLUG_PATTERN, Slug, Strict, Text, unknown
from verbinder.resources import shown
from verbinder.rules.vocabulary import (
    ATTRIBUTES,
    COMBINATORS,
    FACT_INDEX,
    OPERATORS,
    Attribute,
    Facts,
    Operator,
)

Predicate = Callable[[Facts], bool]


class WarningSpec(Strict):
    """A warning a rule raises where the situation deserves more than competencies."""

    code: Slug
    message: Text


class Rule(Strict):
    """One rule of a role file."""

    id: Slug
    when: dict[str, Any] | None = None
    then: dict[Slug, CompetencyLevel] = Field(default_factory=dict)
    because: Text
    source: str | None = None
    warning: WarningSpec | None = None


class TextList(Strict):
    """Lists of texts in Dutch and English."""

    nl: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Role(Strict):
    """A role file: a kind of connector, the situations it covers, its rules."""

    id: Slug
    name: Text
    description: Text
    situations: TextList | None = None
    baseline: dict[Slug, CompetencyLevel] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to evaluate, with where it is defined."""

    rule: Rule
    role: str
    where: str  # "roles/regisseur.yaml:14"
    predicate: Predicate = field(repr=False)
    reads: tuple[int, ...] = ()  # indexes of the facts the condition reads
    conditions: int = 0  # how many attribute tests the condition makes: the rule's specificity


@dataclass
class RuleSet:
    """All roles and their compiled rules, in file order."""

    roles: list[Role]
    rules: list[CompiledRule]
    sources: dict[str, str] = field(default_factory=dict)  # role id -> file shown in messages
    dispositions: frozenset[str] = frozenset()  # the catalogue's dispositions: reflection themes, never asked as gaps
    _cache: dict[Facts, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _groups: list[tuple[Callable[[Facts], Any], list[int], dict]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # Rules that read the same facts share a cache keyed on just those facts:
        # a rule on `tension` is evaluated three times per model, not once per link.
        from operator import itemgetter

        by_reads: dict[tuple[int, ...], list[int]] = {}
        for i, compiled in enumerate(self.rules):
            by_reads.setdefault(compiled.reads, []).append(i)
        for reads, members in by_reads.items():
            project = itemgetter(*reads) if reads else (lambda _f: ())
            self._groups.append((project, members, {}))

    def fired(self, facts: Facts) -> tuple[int, ...]:
        """Indexes (into :attr:`rules`) of the rules whose conditions hold for ``facts``, in file order."""
        hit = self._cache.get(facts)
        if hit is None:
            found: list[int] = []
            for project, members, cache in self._groups:
                key = project(facts)
                part = cache.get(key)
                if part is None:
                    part = cache[key] = tuple(i for i in members if self.rules[i].predicate(facts))
                found.extend(part)
            hit = self._cache[facts] = tuple(sorted(found))
        return hit

    def role(self, role_id: str) -> Role | None:
        """The role with this id, if any."""
        return next((r for r in self.roles if r.id == role_id), None)


def load_rules(folder: Path, competency_ids: Iterable[str], dispositions: Iterable[str] = ()) -> RuleSet:
    """Load every ``*.yaml`` role file in ``folder``; refuse any problem, located.

    ``dispositions``: the catalogue's competencies that are dispositions (see
    :attr:`verbinder.catalogue.Competency.disposition`); a rule asking one makes it a reflection theme of the link.
    """
    comp_ids = set(competency_ids)
    if not folder.is_dir():
        raise InputError(Problem(str(folder), Msg("err.no_roles_dir")))
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise InputError(Problem(str(folder), Msg("err.no_role_files")))
    roles: list[Role] = []
    compiled: list[CompiledRule] = []
    sources: dict[str, str] = {}
    problems: list[Problem] = []
    first_rule: dict[str, str] = {}
    for path in files:
        name = shown(path)
        data, source = load_yaml(path, keep_nodes=True)
        source.name = name
        try:
            role = parse(Role, data, source)
        except InputError as exc:
            problems.extend(p for p in exc.problems if isinstance(p, Problem))
            continue
        issues: list[tuple] = []
        if role.id != path.stem:
            issues.append((("id",), Msg("err.role_id_file", id=role.id, stem=path.stem)))
        if role.id in sources:
            issues.append((("id",), Msg("err.duplicate_id", what=Msg("what.role"), value=role.id)))
        for cid in role.baseline:
            if cid not in comp_ids:
                issues.append((("baseline", cid), unknown("competency", cid, comp_ids), True))
        for i, rule in enumerate(role.rules):
            loc: Loc = ("rules", i)
            if rule.id in first_rule:
                issues.append((loc + ("id",), Msg("err.duplicate_rule", id=rule.id, first=first_rule[rule.id])))
            line = (source.locate(loc) or (0, 0))[0]
            first_rule.setdefault(rule.id, f"{name}:{line}")
            for cid in rule.then:
                if cid not in comp_ids:
                    issues.append((loc + ("then", cid), unknown("competency", cid, comp_ids), True))
            if rule.warning is not None:
                for lang in ("nl", "en"):
                    text = getattr(rule.warning.message, lang)
                    issues.extend(check_template(text, loc + ("warning", "message", lang)))
            reads: set[int] = set()
            predicate = compile_condition(rule.when, loc + ("when",), issues, reads)
            compiled.append(
                CompiledRule(
                    rule, role.id, f"{name}:{line}", predicate, tuple(sorted(reads)), count_conditions(rule.when)
                )
            )
        problems.extend(located(issues, source))
        roles.append(role)
        sources.setdefault(role.id, name)
    if problems:
        raise InputError(sort_problems(problems))
    return RuleSet(roles, compiled, sources, frozenset(dispositions))


def count_conditions(cond: Any) -> int:
    """How many attribute tests a ``when`` makes (``all``/``any``/``not`` counted through): its specificity.

    >>> count_conditions(None)
    0
    >>> count_conditions({"tension": "high", "any": [{"agenda": True}, {"max_influence": {"gte": 4, "lte": 5}}]})
    4
    """
    if isinstance(cond, list):
        return sum(count_conditions(c) for c in cond)
    if not isinstance(cond, dict):
        return 0
    total = 0
    for key, value in cond.items():
        if key in COMBINATORS:
            total += count_conditions(value)
        else:
            total += len(value) if isinstance(value, dict) and value else 1
    return total


#: The placeholders a rule's warning text may use (docs/model.md, "Rules").
TEMPLATE_FIELDS = ("from", "to", "via", "link")


def check_template(text: str, loc: Loc) -> list[tuple]:
    """Problems with the ``{placeholders}`` of a warning text, found when the rule is loaded.

    Only :data:`TEMPLATE_FIELDS` may appear, as ``{via}``: no format spec
    (``{via:>1500000000}`` would allocate gigabytes), no conversion, no
    attribute or index (``{via.__class__}`` would look inside Python objects),
    no positional ``{0}``.  A literal brace is written twice (``{{``).
    """
    import string

    allowed = ", ".join(f"{{{f}}}" for f in TEMPLATE_FIELDS)
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return [(loc, Msg("harden.template_brace", fields=allowed))]
    issues: list[tuple] = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name in TEMPLATE_FIELDS and not spec and not conversion:
            continue
        if name in TEMPLATE_FIELDS:
            issues.append((loc, Msg("harden.template_format", shown=shown[:40], fields=allowed)))
        else:
            issues.append((loc, Msg("harden.template_field", shown=shown[:40], fields=allowed)))
    return issues


def _always(_: Facts) -> bool:
    return True


def compile_condition(cond: Any, loc: Loc, issues: list[tuple], reads: set[int] | None = None) -> Predicate:
    """Compile a ``when`` mapping into a predicate; append problems to ``issues``.

    The indexes of the facts the condition reads are added to ``reads``.
    """
    reads = set() if reads is None else reads
    if cond is None:
        return _always
    if not isinstance(cond, dict) or not cond:
        issues.append((loc, Msg("err.rule_condition")))
        return _always
    preds: list[Predicate] = []
    for key, value in cond.items():
        sub = loc + (str(key),)
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                issues.append((sub, Msg("err.rule_list", key=key)))
                continue
            parts = [compile_condition(c, sub + (i,), issues, reads) for i, c in enumerate(value)]
            preds.append(_all(parts) if key == "all" else _any(parts))
        elif key == "not":
            inner = compile_condition(value, sub, issues, reads)
            preds.append(_negate(inner))
        elif key in ATTRIBUTES:
            reads.add(FACT_INDEX[key])
            preds.append(_attribute(ATTRIBUTES[key], value, sub, issues))
        else:
            issues.append((sub, unknown("attribute", str(key), [*ATTRIBUTES, *COMBINATORS]), True))
    return preds[0] if len(preds) == 1 else _all(preds)


def _all(parts: list[Predicate]) -> Predicate:
    return lambda f: all(p(f) for p in parts)


def _any(parts: list[Predicate]) -> Predicate:
    return lambda f: any(p(f) for p in parts)


def _attribute(attr: Attribute, spec: Any, loc: Loc, issues: list[tuple]) -> Predicate:
    ops = list(spec.items()) if isinstance(spec, dict) else [("eq", spec)]
    if not ops:
        issues.append((loc, Msg("err.rule_condition")))
        return _always
    idx = FACT_INDEX[attr.name]
    preds: list[Predicate] = []
    for name, operand in ops:
        sub = loc + (str(name),) if isinstance(spec, dict) else loc
        op = OPERATORS.get(name)
        if op is None:
            issues.append((sub, unknown("operator", str(name), OPERATORS), True))
            continue
        if attr.kind not in op.kinds:
            issues.append((sub, Msg(op.misfit, op=op.name, attribute=attr.name)))
            continue
        if op.takes_list:
            if not isinstance(operand, list) or not operand:
                issues.append((sub, Msg("err.rule_list", key=op.name)))
                continue
            found = len(issues)
            values = [_value(attr, v, sub + (i,), issues) for i, v in enumerate(operand)]
            if len(issues) > found:  # a refused value may be unhashable ({a: 1}): no set of them
                continue
            preds.append(_test(attr, idx, op, frozenset(values)))
        else:
            preds.append(_test(attr, idx, op, _value(attr, operand, sub, issues)))
    return preds[0] if len(preds) == 1 else _all(preds)


def _test(attr: Attribute, idx: int, op: Operator, operand: Any) -> Predicate:
    """The predicate ``op`` makes of the fact at ``idx`` and ``operand`` (its set form for a set attribute)."""
    test = op.on_set if attr.kind == "set" and op.on_set is not None else op.test
    return lambda f: test(f[idx], operand)


def _value(attr: Attribute, value: Any, loc: Loc, issues: list[tuple]) -> Any:
    """Check one operand against the attribute's type; return it as facts hold it."""
    kind = attr.kind
    if kind == "bool":
        if not isinstance(value, bool):
            issues.append((loc, Msg("err.rule_bool", attribute=attr.name, value=repr(value))))
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not attr.low <= value <= attr.high:
            issues.append(
                (loc, Msg("err.rule_int", attribute=attr.name, value=repr(value), low=attr.low, high=attr.high))
            )
        return value
    if kind in ("enum", "ordered"):
        if value not in attr.values:
            issues.append((loc, unknown(f"value.{attr.kind}", str(value), attr.values)))
            return value
        return attr.values.index(value) if kind == "ordered" else value
    if kind == "text":
        if not isinstance(value, str):
            issues.append((loc, Msg("err.rule_text", attribute=attr.name, value=repr(value))))
        return value
    if attr.values:  # a set of known values (ends.stance)
        if value not in attr.values:
            issues.append((loc, unknown("value.enum", str(value), attr.values)))
        return value
    # slug / set: actor kinds (a model may declare its own, so any slug is allowed)
    import re

    if not isinstance(value, str) or not re.match(SLUG_PATTERN, value):
        issues.append((loc, Msg("err.rule_kind", attribute=attr.name, value=repr(value))))
    return value


def _negate(inner: Predicate) -> Predicate:
    """The predicate that holds where ``inner`` does not."""
    return lambda facts: not inner(facts)
