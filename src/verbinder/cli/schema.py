"""``verbinder schema``: the JSON Schema of a model file, for editors."""

from __future__ import annotations

from verbinder.cli.common import ForceOpt, OutputOpt, report_errors, write_output


@report_errors
def schema(output: OutputOpt = None, force: ForceOpt = False) -> None:
    import json

    from verbinder.model import Model

    document = Model.model_json_schema(by_alias=True)
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://verbinder.invalid/schema/model-1.json",
        **document,
    }
    write_output(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output, force=force)
