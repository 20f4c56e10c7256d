"""``verbinder init``: a starter model that validates, with comments on every key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import ForceOpt, LangOpt, h, report_errors, say


@report_errors
def init(
    directory: Annotated[Path, typer.Argument(help=h("init_dir"))] = Path("."),
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    from importlib.resources import files

    from verbinder.cli.schema import model_schema_json
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.io.atomic import write_text

    language = choose_lang(lang.value if lang else None)
    if directory.exists() and not directory.is_dir():
        raise UsageError(Msg("err.not_a_dir", path=str(directory)))
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "model.yaml"
    text = files("verbinder.templates").joinpath(f"starter_{language}.yaml").read_text("utf-8")
    write_text(target, text, force=force)
    schema_file = directory / "model.schema.json"  # the starter's first line points editors at it
    write_text(schema_file, model_schema_json(), force=True)
    say(t("msg.init", language, file=str(target)))
