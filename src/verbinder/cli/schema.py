"""``verbinder schema``: the JSON Schema of a model file, a role file or the catalogue, for editors."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from verbinder.cli.common import ForceOpt, OutputOpt, h, report_errors, write_output

RolesFlag = Annotated[bool, typer.Option("--roles", help=h("help.schema_roles"))]
CatalogueFlag = Annotated[bool, typer.Option("--catalogue", help=h("help.schema_catalogue"))]


def _document(model: Any, name: str) -> str:
    import json

    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://verbinder.invalid/schema/{name}-1.json",
        **model.model_json_schema(by_alias=True),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def model_schema_json() -> str:
    """The JSON Schema of a model file, as text."""
    from verbinder.model import Model

    return _document(Model, "model")


def roles_schema_json() -> str:
    """The JSON Schema of a role file (``roles/*.yaml``); a condition may name only the published vocabulary."""
    import json

    from verbinder.rules.engine import Role
    from verbinder.rules.vocabulary import ATTRIBUTES, COMBINATORS

    document = json.loads(_document(Role, "role"))
    when = document["$defs"]["Rule"]["properties"]["when"]
    names = {"propertyNames": {"enum": [*ATTRIBUTES, *COMBINATORS]}}
    when["anyOf"] = [{**branch, **names} if branch.get("type") == "object" else branch for branch in when["anyOf"]]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def catalogue_schema_json() -> str:
    """The JSON Schema of the competency catalogue (``competencies.yaml``)."""
    from verbinder.catalogue import Catalogue

    return _document(Catalogue, "catalogue")


@report_errors
def schema(
    roles: RolesFlag = False, catalogue: CatalogueFlag = False, output: OutputOpt = None, force: ForceOpt = False
) -> None:
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg

    if roles and catalogue:
        raise UsageError(Msg("schema.err.one"))
    text = roles_schema_json() if roles else catalogue_schema_json() if catalogue else model_schema_json()
    write_output(text, output, force=force)
