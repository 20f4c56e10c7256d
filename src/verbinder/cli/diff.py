"""``verbinder diff OLD NEW`` / ``verbinder diff MODEL --since REV``: what changed between two versions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    Format,
    FormatOpt,
    LangOpt,
    RolesOpt,
    batch,
    h,
    report_errors,
)

OldArg = Annotated[Path, typer.Argument(metavar="OLD", help=h("diff_old"), show_default=False)]
NewArg = Annotated[Path | None, typer.Argument(metavar="[NEW]", help=h("diff_new"), show_default=False)]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="REV", help=h("since"), show_default=False)]


@report_errors
def diff(
    model: OldArg,
    new: NewArg = None,
    since: SinceOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import dataclasses
    import sys

    from verbinder.analysis.diff import diff_models, side
    from verbinder.errors import ExitCode, InputError, Problem, UsageError
    from verbinder.i18n import Msg, choose_lang
    from verbinder.project import load_project

    if new is not None and since is not None:
        raise UsageError(Msg("diff.err.new_and_since"))
    if new is None and since is None:
        raise UsageError(Msg("diff.err.need_new"))
    with batch():
        if since is not None:
            from verbinder.io.git import show

            newer = load_project(model, roles=roles, catalogue=catalogue)
            text = show(model, since)
            old_name, new_name = f"{model}@{since}", str(model)
            try:
                older = load_project(model, roles=roles, catalogue=catalogue, text=text)
            except InputError as exc:  # name the revision in every problem of the old version
                exc.problems = [
                    dataclasses.replace(p, file=old_name) if isinstance(p, Problem) and p.file == str(model) else p
                    for p in exc.problems
                ]
                raise
        else:
            older = load_project(model, roles=roles, catalogue=catalogue)
            newer = load_project(new, roles=roles, catalogue=catalogue)
            old_name, new_name = str(model), str(new)
        language = choose_lang(lang.value if lang else None, newer.model.language)
        result = diff_models(
            side(older.model, older.link_ids, older.rules),
            side(newer.model, newer.link_ids, newer.rules),
            older.rules,
            newer.rules,
        )
        from verbinder.render import diff as render

        if format is Format.json:
            from verbinder.render.json import dumps

            sys.stdout.write(dumps(render.document(result, old_name, new_name)))
        elif format is Format.markdown:
            sys.stdout.write(render.markdown(result, old_name, new_name, newer.catalogue, language))
        else:
            from verbinder.render.terminal import console

            render.terminal(console(), result, old_name, new_name, newer.catalogue, language)
    if not result.equal:
        raise typer.Exit(ExitCode.FINDINGS)
