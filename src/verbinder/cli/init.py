"""``verbinder init``: a starter model that validates, with comments on every key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import ForceOpt, LangOpt, h, report_errors, say


@report_errors
def init(
    directory: Annotated[Path, typer.Argument(help=h("help.init_dir"))] = Path("."),
    lang: LangOpt = None,
    force: ForceOpt = False,
) -> None:
    from importlib.resources import files

    from verbinder.cli.schema import model_schema_json
    from verbinder.errors import UsageError, os_reason
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.io.atomic import write_text

    language = choose_lang(lang.value if lang else None)
    if directory.exists() and not directory.is_dir():
        raise UsageError(Msg("err.not_a_dir", path=str(directory)))
    target = directory / "model.yaml"
    schema_file = directory / "model.schema.json"  # the starter's first line points editors at it
    for existing in (target, schema_file):  # both refused before either is written
        if (existing.exists() or existing.is_symlink()) and not force:
            raise UsageError(Msg("err.exists", path=str(existing)))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a part of the path is a file, /proc, a read-only disk
        import errno

        reason = Msg("harden.no_new_files") if exc.errno == errno.ENOENT else os_reason(exc)
        raise UsageError(Msg("harden.cannot_make_folder", path=str(directory), reason=reason)) from None
    text = files("verbinder.templates").joinpath(f"starter_{language}.yaml").read_text("utf-8")
    write_text(target, text, force=force)
    write_text(schema_file, model_schema_json(), force=force)
    say(t("msg.init", language, file=str(target)))
