"""``verbinder import`` as a library call: a spreadsheet in, a checked and commented model file's text out.

The reading is :mod:`verbinder.io.spreadsheet`; this puts it together with the catalogue and role rules the new
model will use (so ``verbinder validate`` passes on what is written) and the commented YAML of
:func:`verbinder.render.spreadsheet.model_yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from verbinder.io.spreadsheet import Imported, read_model
from verbinder.model import Model


@dataclass
class ImportResult:
    """What an import made: the model, the text of its model file, and warnings (located problems)."""

    imported: Imported
    text: str

    @property
    def model(self) -> Model:
        """The imported model."""
        return self.imported.model


def default_output(source: Path) -> Path:
    """Where the model file goes without ``--output``: beside ``source``, named like it, ending in ``.yaml``."""
    source = Path(source)
    return source.with_name(source.name + ".yaml") if source.is_dir() else source.with_suffix(".yaml")


def import_spreadsheet(
    source: Path, output: Path, *, mapping: dict[str, str] | None = None, lang: str | None = None
) -> ImportResult:
    """Read ``source`` (see :func:`verbinder.io.spreadsheet.read_model`) into a model to be written at ``output``.

    Competency ids and role ids are checked against the catalogue and roles the model will use (its own
    ``catalogue:``/``roles:``, relative to ``output``, else the shipped ones).  Raises
    :class:`~verbinder.errors.InputError` with every problem, located at its cell.
    """
    from verbinder.catalogue import load_catalogue
    from verbinder.i18n import choose_lang
    from verbinder.model import unknown
    from verbinder.project import resolve_source
    from verbinder.render.spreadsheet import model_yaml
    from verbinder.resources import default_catalogue, default_roles
    from verbinder.rules.engine import load_rules

    def checks(model: Model) -> list[tuple]:
        from verbinder.model import check_references

        cat_path = resolve_source(None, model.catalogue, Path(output), default_catalogue())
        roles_path = resolve_source(None, model.roles, Path(output), default_roles())
        if not cat_path.is_file() or not roles_path.is_dir():
            return []  # verbinder validate names the missing folder or file at the model's key
        comp_ids = [c.id for c in load_catalogue(cat_path).competencies]
        issues = check_references(model, comp_ids)
        ruleset = load_rules(roles_path, comp_ids)
        for i, actor in enumerate(model.actors):
            if actor.role is not None and ruleset.role(actor.role) is None:
                issues.append((("actors", i, "role"), unknown("role", actor.role, [r.id for r in ruleset.roles])))
        return issues

    imported = read_model(source, mapping=mapping, lang=lang, checks=checks)
    language = choose_lang(lang, imported.model.language)
    text = model_yaml(imported.model, language, source=Path(source).name, tables=imported.tables)
    return ImportResult(imported, text)
