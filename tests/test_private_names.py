"""No module of verbinder imports another module's private names (``from verbinder.x import _name``).

A private name is free to change with its module; a second module that imports it breaks silently when it does.
"""

from __future__ import annotations

import ast
import re

from support import ROOT

SRC = ROOT / "src" / "verbinder"
#: Known exceptions, each with its reason (remove an entry when its import goes).
ALLOWED: set[tuple[str, str]] = set()


def private_imports() -> set[tuple[str, str, str]]:
    found = set()
    maybe = re.compile(r"import[^\n]*\b_[A-Za-z]|^\s+_[A-Za-z]\w*,?$", re.MULTILINE)
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if not maybe.search(text):  # no private name after an import: nothing to parse
            continue
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("verbinder"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.add((path.relative_to(SRC).as_posix(), node.module or "", alias.name))
    return found


def test_no_private_name_is_imported_across_modules():
    assert {
        (where, module, name) for where, module, name in private_imports() if (module, name) not in ALLOWED
    } == set()
