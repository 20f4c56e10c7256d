"""verbinder: who must be connected with whom, and which competencies each connection asks.

A toolkit for Dutch municipalities building a *kopgroep* of connecting civil
servants.  As a library::

    import verbinder

    project = verbinder.load("model.yaml")
    result = project.analyse()

Layers, each importing only those below it (checked by import-linter):
``cli`` -> ``workshop`` / ``importing`` -> ``render`` -> ``project`` (this front
door) -> ``plan`` (what to do) -> ``analysis`` (what the network is) -> ``graph``
-> ``rules`` -> ``catalogue`` -> ``io`` / ``resources`` -> ``model`` /
``errors`` -> ``i18n`` (as the contract in
``pyproject.toml`` lists them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "AgendaPlan",
    "AnalysisResult",
    "InputError",
    "Project",
    "UsageError",
    "VerbinderError",
    "__version__",
    "diff",
    "load",
    "load_project",
    "load_revision",
]

if TYPE_CHECKING:
    from verbinder.errors import InputError, UsageError, VerbinderError
    from verbinder.project import AgendaPlan, AnalysisResult, Project, diff, load, load_project, load_revision

_HOMES = {
    "InputError": "verbinder.errors",
    "UsageError": "verbinder.errors",
    "VerbinderError": "verbinder.errors",
}


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `verbinder --help` does not load pydantic, networkx and the rest.
    if name in __all__ and name != "__version__":
        import importlib

        return getattr(importlib.import_module(_HOMES.get(name, "verbinder.project")), name)
    raise AttributeError(f"module 'verbinder' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
