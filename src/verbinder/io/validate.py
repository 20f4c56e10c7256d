"""Turn pydantic's validation errors into located, translated problems.

pydantic reports a ``loc`` tuple such as ``('links', 3, 'via')``; the
:class:`~verbinder.io.yamlread.Source` maps it back to the line and column in
the user's file, as rendercv and dagster do.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.yamlread import Loc, Source

M = TypeVar("M", bound=BaseModel)


def parse(cls: type[M], data: Any, source: Source) -> M:
    """Validate ``data`` (parsed from ``source``) as ``cls``; raise every problem, located."""
    if data is None:
        raise InputError(Problem(source.name, Msg("err.empty_file")))
    if not isinstance(data, dict):
        if cls.__name__ == "Model":
            raise InputError(source.problem((), Msg("err.top_mapping")))
        # a catalogue, a role file: name its own keys, required ones first
        fields = sorted(cls.model_fields.items(), key=lambda item: not item[1].is_required())
        keys = ", ".join(f"{f.alias or name}:" for name, f in fields[:3])
        raise InputError(source.problem((), Msg("harden.top_mapping_keys", keys=keys)))
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(err, cls, data, source) for err in exc.errors(include_url=False)]
        raise InputError(sort_problems(problems)) from None


def located(issues: Iterable[tuple], source: Source) -> list[Problem]:
    """Locate ``(loc, message)`` pairs found by checks on a validated model.

    A third item ``True`` points at the key rather than the value (an unknown
    key, attribute or operator).
    """
    return sort_problems(source.problem(loc, msg, key=bool(rest and rest[0])) for loc, msg, *rest in issues)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order (those without a position first), each once."""
    seen: set[tuple] = set()
    unique = []
    for p in problems:
        key = (p.file, p.line, p.col, p.path, repr(p.message))
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return sorted(unique, key=lambda p: (p.file, p.line or 0, p.col or 0))


def _known_keys(cls: type[BaseModel], data: Any, loc: Loc) -> list[str]:
    """The keys allowed at ``loc`` (for "did you mean"), following the model's fields."""
    model: Any = cls
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if isinstance(model, type) and issubclass(model, BaseModel) else None
        if field is None:
            for f in model.model_fields.values() if isinstance(model, type) and issubclass(model, BaseModel) else []:
                if f.alias == part:
                    field = f
                    break
        if field is None:
            return []
        model = _inner_model(field.annotation)
        if model is None:
            return []
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [f.alias or name for name, f in model.model_fields.items()]
    return []


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def choice(value: Any, options: list[str]) -> Msg:
    """``'scrum' is not allowed: expected 'agile', 'rolmodel' or 'reflectie'``: a value outside a list given by data.

    The same message (and "did you mean") as a value outside a fixed choice of the schema.
    """
    quoted = [f"'{o}'" for o in options]
    expected = " or ".join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
    return _message("literal_error", value, {"expected": expected}, {})


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def _problem(err: Any, cls: type[BaseModel], data: Any, source: Source) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        from verbinder.model import suggest

        key = str(loc[-1])
        if value is None and (" " in key.strip() or key[:1].isupper()):
            # {title: Werk, inkomen} makes "inkomen" a key: a comma in unquoted text
            return source.problem(loc, Msg("err.extra_key_comma", key=key), key=True)
        hint = suggest(key, _known_keys(cls, data, loc[:-1]))
        msg = Msg("err.extra_key_hint", key=key, hint=hint) if hint else Msg("err.extra_key", key=key)
        return source.problem(loc, msg, key=True)
    if kind == "missing":
        return source.problem(loc, Msg("err.missing", key=str(loc[-1])))
    return source.problem(loc, _message(kind, value, ctx, err))


def error_message(err: Any) -> Msg:
    """The message of one pydantic error without its location (for inputs located otherwise, like spreadsheets)."""
    if err["type"] == "missing":
        return Msg("err.missing", key=str(err["loc"][-1]))
    return _message(err["type"], err.get("input"), err.get("ctx") or {}, err)


def _message(kind: str, value: Any, ctx: dict, err: dict) -> Msg:
    shown = _show(value)
    if kind == "real_date":
        return Msg("harden.bad_date", value=str(value)[:30])
    if kind == "string_pattern_mismatch":
        if "a-z0-9" in str(ctx.get("pattern", "")):
            return Msg("err.slug", value=shown)
        return Msg("err.date", value=shown)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return Msg("err.int", value=shown)
    if kind in ("greater_than_equal", "greater_than"):
        return Msg("err.min", value=shown, limit=ctx.get("ge", ctx.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        return Msg("err.max", value=shown, limit=ctx.get("le", ctx.get("lt")))
    if kind in ("literal_error", "enum"):
        import re

        from verbinder.model import suggest

        expected = str(ctx.get("expected", ""))
        hint = suggest(value, re.findall(r"'([^']*)'", expected)) if isinstance(value, str) else None
        if hint:
            return Msg("err.choice_hint", value=shown, hint=hint, expected=expected)
        return Msg("err.choice", value=shown, expected=expected)
    if kind in ("bool_type", "bool_parsing"):
        return Msg("err.bool", value=shown)
    if kind in ("string_type",):
        return Msg("err.str", value=shown)
    if kind in ("list_type",):
        return Msg("err.list", value=shown)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return Msg("err.mapping", value=shown)
    if kind == "string_too_short":
        return Msg("err.empty")
    if kind == "string_too_long":
        return Msg("err.too_long", limit=ctx.get("max_length"))
    if kind == "too_short":
        return Msg("err.too_few", limit=ctx.get("min_length"))
    if kind == "too_long":
        return Msg("err.too_many", limit=ctx.get("max_length"))
    return Msg("err.invalid", detail=err.get("msg", kind))
