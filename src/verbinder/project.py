"""Load a model together with the catalogue and the rules it is judged by.

The catalogue and roles folder are, in order: the command-line flags, the
model's ``catalogue:`` / ``roles:`` keys (relative to the model file), the
shipped ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from verbinder.catalogue import Catalogue, load_catalogue
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.validate import located, parse
from verbinder.io.yamlread import Source, load_yaml
from verbinder.model import Model, assign_link_ids, check_references
from verbinder.resources import default_catalogue, default_roles
from verbinder.rules.engine import RuleSet, load_rules


@dataclass
class Project:
    """A checked model with its catalogue and rules."""

    path: Path
    model: Model
    source: Source
    link_ids: list[str]
    catalogue: Catalogue
    rules: RuleSet

    @cached_property
    def actors(self) -> dict:
        """Actors by id."""
        return self.model.actor_index()


def read_model(path: Path, text: str | None = None) -> tuple[Model, Source]:
    """Parse and type-check a model file (no cross-references yet); ``text`` overrides the file's content."""
    data, source = load_yaml(path, text=text)
    return parse(Model, data, source), source


def _resolve(flag: Path | None, key: str | None, model_path: Path, default: Path) -> Path:
    if flag is not None:
        return flag
    if key:
        return (model_path.parent / key).resolve() if not Path(key).is_absolute() else Path(key)
    return default


def load_project(
    path: Path, *, roles: Path | None = None, catalogue: Path | None = None, text: str | None = None
) -> Project:
    """Read, check and resolve a model; every problem is reported at once, located.

    ``text`` is the model's content when it is not (yet) on disk, e.g. an edit
    to be checked before it is saved.

    Raises :class:`~verbinder.errors.InputError` for a model, catalogue or
    rule file that cannot be used.
    """
    model, source = read_model(path, text)
    cat_path = _resolve(catalogue, model.catalogue, path, default_catalogue())
    roles_path = _resolve(roles, model.roles, path, default_roles())
    for loc, target, is_dir in ((("catalogue",), cat_path, False), (("roles",), roles_path, True)):
        exists = target.is_dir() if is_dir else target.is_file()
        if not exists:
            if target.exists():  # a folder given for the catalogue, or a file for the roles
                message = Msg("err.is_dir") if target.is_dir() else Msg("err.not_a_roles_dir")
                in_model = Msg("err.path_problem", path=str(target), problem=message)
            else:
                message, in_model = Msg("err.not_found"), Msg("err.missing_path", path=str(target))
            problem = source.problem(loc, in_model) if getattr(model, loc[0]) else Problem(str(target), message)
            raise InputError(problem)
    cat = load_catalogue(cat_path)
    comp_ids = [c.id for c in cat.competencies]
    issues = check_references(model, comp_ids)
    ruleset = load_rules(roles_path, comp_ids)
    for i, actor in enumerate(model.actors):
        if actor.role is not None and ruleset.role(actor.role) is None:
            issues.append((("actors", i, "role"), _unknown_role(actor.role, ruleset)))
    if issues:
        raise InputError(located(issues, source))
    return Project(path, model, source, assign_link_ids(model), cat, ruleset)


def _unknown_role(role: str, ruleset: RuleSet) -> Msg:
    from verbinder.model import unknown

    return unknown("role", role, [r.id for r in ruleset.roles])
