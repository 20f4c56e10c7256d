"""Every message key in the code is written out, and exists in both catalogues.

An AST walk over ``src/verbinder`` finds each ``t(key, ...)`` and ``Msg(key, ...)``.
The key must be a string literal, or an expression whose every value is one:
``"a" if x else "b"``, ``KEYS[value]`` or ``KEYS.get(value)`` on a dict of
literals (module level or in the function), or a local name assigned only
such expressions.  A key built at run time (an f-string, ``+``, ``%``,
``.format``) cannot be found by grep and fails here.  A parameter (``key``
passed in by the caller) is not followed; the tables of keys (``*_KEYS``, a
dict from a value to its literal key) are checked whole, and each against the
values it must cover.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import ROOT
from verbinder.i18n import catalogue

SRC = ROOT / "src" / "verbinder"
LANGS = ("nl", "en")


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _key_functions() -> set[str]:
    """``t``, ``Msg``, and every function that passes its first parameter on to one of them as the key.

    (``h(key)`` for a command's help, connect's ``_many(key, ...)``), so that their callers' keys are checked too.
    """
    names = {"t", "Msg"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in _sources()]
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for fn in ast.walk(tree):
                if not isinstance(fn, ast.FunctionDef) or fn.name in names or not fn.args.args:
                    continue
                first = fn.args.args[0].arg
                passes_it_on = any(
                    isinstance(call, ast.Call)
                    and _name(call) in names
                    and bool(call.args)
                    and isinstance(call.args[0], ast.Name)
                    and call.args[0].id == first
                    for call in ast.walk(fn)
                )
                if passes_it_on:
                    names.add(fn.name)
                    grown = True
    return names


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and _name(node) in KEY_FUNCTIONS:
            yield node


class _Module:
    """One source file: its dicts of literal keys and, per function, the local assignments."""

    def __init__(self, path: Path):
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent

    def scope(self, node: ast.AST) -> list[ast.AST]:
        """The enclosing functions of ``node``, innermost first, then the module."""
        out: list[ast.AST] = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                out.append(node)
        return [*out, self.tree]

    def assigned(self, name: str, at: ast.AST) -> list[ast.expr] | None:
        """Every value assigned to ``name`` in the innermost scope that assigns it; None for a parameter or unknown."""
        for scope in self.scope(at):
            if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                params = scope.args
                if name in {a.arg for a in (*params.posonlyargs, *params.args, *params.kwonlyargs)}:
                    return None
            values = []
            body = scope.body if isinstance(scope.body, list) else [scope.body]
            for stmt in body:
                for node in ast.walk(stmt):
                    if node is not stmt and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                        continue
                    if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == name for t in node.targets
                    ):
                        values.append(node.value)
                    elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
                        if node.target.id == name and node.value is not None:
                            values.append(node.value)
                    elif isinstance(node, ast.For) and isinstance(node.target, ast.Name) and node.target.id == name:
                        values.append(node.iter)  # a loop over literals: checked element by element
            if values:
                return values
        return None

    def keys(self, expr: ast.expr, at: ast.AST, seen: frozenset[str] = frozenset()) -> list[str] | None:
        """The literal keys ``expr`` can be; None when it is passed in (a parameter or attribute)."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [expr.value]
        if isinstance(expr, ast.IfExp):
            return self._all([expr.body, expr.orelse], at, seen)
        if isinstance(expr, ast.BoolOp):
            return self._all(expr.values, at, seen)
        if isinstance(expr, ast.Tuple | ast.List | ast.Set):
            return self._all(expr.elts, at, seen)
        if isinstance(expr, ast.Dict):
            return self._all([v for v in expr.values if v is not None], at, seen)
        if isinstance(expr, ast.Subscript):
            return self.keys(expr.value, at, seen)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get":
            found = self.keys(expr.func.value, at, seen)
            return None if found is None else found + (self._all(expr.args[1:], at, seen) or [])
        if isinstance(expr, ast.Name):
            if expr.id in seen:
                return []
            values = self.assigned(expr.id, at)
            if values is None and expr.id in TABLES:  # a table of keys imported from another module
                values = [table for _, table in TABLES[expr.id]]
            return None if values is None else self._all(values, at, seen | {expr.id})
        if isinstance(expr, ast.JoinedStr | ast.BinOp) or (
            isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "format"
        ):
            raise AssertionError(f"built: {ast.unparse(expr)}")
        return None

    def _all(self, exprs: list[ast.expr], at: ast.AST, seen: frozenset[str]) -> list[str] | None:
        out: list[str] = []
        for e in exprs:
            found = self.keys(e, at, seen)
            if found is None:
                return None
            out += found
        return out


def _sources() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def _key_tables() -> dict[str, list[tuple[str, ast.Dict]]]:
    """Every module-level ``NAME_KEYS = {...}`` in the sources, by name (with its file)."""
    found: dict[str, list[tuple[str, ast.Dict]]] = {}
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for stmt in tree.body:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
            if isinstance(stmt, ast.AnnAssign):
                target = stmt.target
            value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
            if isinstance(target, ast.Name) and target.id.endswith("_KEYS") and isinstance(value, ast.Dict):
                texts = [v.value for v in value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                if any("." in text for text in texts):  # message keys (not, say, a table of key bindings)
                    found.setdefault(target.id, []).append((str(path.relative_to(ROOT)), value))
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"  # type: ignore[attr-defined]


TABLES = _key_tables()
#: The functions whose first argument is a message key.
KEY_FUNCTIONS = _key_functions()


def test_no_message_key_is_built_and_every_key_exists_in_both_languages():
    built, missing = [], []
    checked = 0
    known = {lang: catalogue(lang) for lang in LANGS}
    for path in _sources():
        module = _Module(path)
        for call in _calls(module.tree):
            try:
                keys = module.keys(call.args[0], call)
            except AssertionError as exc:
                built.append(f"{_where(path, call)}: {exc}")
                continue
            for key in keys or []:
                checked += 1
                for lang in LANGS:
                    if key not in known[lang]:
                        missing.append(f"{_where(path, call)}: {key!r} not in {lang}")
    assert not built, "message keys built at run time:\n" + "\n".join(built)
    assert not missing, "\n".join(missing)
    assert checked > 700  # the walk does find the calls


def test_every_table_of_keys_holds_literal_keys_that_exist_in_both_languages():
    known = {lang: catalogue(lang) for lang in LANGS}
    assert len(TABLES) >= 14
    for name, found in TABLES.items():
        for where, table in found:
            for value in table.values:
                assert isinstance(value, ast.Constant) and isinstance(value.value, str), f"{where}: {name}"
                for lang in LANGS:
                    assert value.value in known[lang], f"{where}: {name}: {value.value!r} not in {lang}"


def test_every_table_of_keys_covers_its_values():
    """A value without a key would be a KeyError at run time: each table has a key for every value it can get."""
    from typing import get_args

    from verbinder import catalogue as cat
    from verbinder import model
    from verbinder.analysis import brokerage, diagnostics, discover
    from verbinder.cli import discover as cli_discover
    from verbinder.plan import connect
    from verbinder.render import connect as render_connect
    from verbinder.render import development, profiles, spreadsheet

    assert set(model.KIND_KEYS) == set(model.DEFAULT_KINDS)
    assert set(model.TENSION_KEYS) == set(model.Tension)
    assert set(model.TYPE_KEYS) == set(model.LinkType)
    assert set(model.POSITION_KEYS) == set(model.Position)
    assert set(spreadsheet.STANCE_KEYS) == set(render_connect.STANCE_KEYS) == set(model.Stance)
    assert set(diagnostics.QUADRANT_KEYS) == set(diagnostics.QUADRANTS)
    assert set(connect.PRINCIPLE_KEYS) == {*connect.PRINCIPLES, connect.WEAVE}
    assert set(discover.ROLE_KEYS) == set(brokerage.COLUMNS) - {"total"}  # a role, never the total
    assert set(development.FORM_KEYS) == set(get_args(cat.MethodForm))
    assert set(profiles.SOURCE_KEYS) == {"links", "role", "links+role", "model"}
    assert set(cli_discover.PROGRESS_KEYS) == {"brokerage", "holes", "betweenness"}
    # what `unknown(what, ...)` is called with, anywhere
    whats = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("unknown", "_resolver"):
                arg = node.args[0] if getattr(node.func, "id", None) == "unknown" else node.args[1]
                if isinstance(arg, ast.Constant):
                    whats.add(arg.value)
    assert whats and whats <= set(model.WHAT_KEYS), whats - set(model.WHAT_KEYS)


@pytest.mark.parametrize(
    ("source", "verdict"),
    [
        ('t("a.b", lang)', "ok"),
        ('t("a.b" if x else "a.c", lang)', "ok"),
        ('KEYS = {1: "a.b"}\ndef f(v):\n    return t(KEYS[v], lang)', "ok"),
        ('def f(v):\n    key = "a.b" if v else "a.c"\n    return t(key, lang)', "ok"),
        ('t(f"a.{x}", lang)', "built"),
        ('t("a." + x, lang)', "built"),
        ('t("a.{}".format(x), lang)', "built"),
        ('def f(v):\n    key = f"a.{v}"\n    return t(key, lang)', "built"),
        ('Msg(f"what.{w}")', "built"),
    ],
)
def test_the_walk_tells_literal_keys_from_built_ones(tmp_path, source, verdict):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    module = _Module(path)
    (call,) = list(_calls(module.tree))
    if verdict == "ok":
        assert module.keys(call.args[0], call) in (["a.b"], ["a.b", "a.c"])
    else:
        with pytest.raises(AssertionError, match="built"):
            module.keys(call.args[0], call)
