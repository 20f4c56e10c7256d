"""``verbinder schema``: the JSON Schema of a model file, for editors."""

from __future__ import annotations

from verbinder.cli.common import ForceOpt, OutputOpt, report_errors, write_output


def model_schema_json() -> str:
    """The JSON Schema of a model file, as text."""
    import json

    from verbinder.model import Model

    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://verbinder.invalid/schema/model-1.json",
        **Model.model_json_schema(by_alias=True),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@report_errors
def schema(output: OutputOpt = None, force: ForceOpt = False) -> None:
    write_output(model_schema_json(), output, force=force)
