"""``verbinder staff``: suggest a kopgroep member for every link without a connector."""

from __future__ import annotations

from typing import Annotated

import typer

from verbinder.cli.common import (
    CatalogueOpt,
    ForceOpt,
    Format,
    FormatOpt,
    LangOpt,
    ModelArg,
    OutputOpt,
    RolesOpt,
    batch,
    h,
    report_errors,
    write_output,
)

ApplyOpt = Annotated[bool, typer.Option("--apply", help=h("staff_apply"))]
MinFitOpt = Annotated[int, typer.Option("--min-fit", min=0, max=100, help=h("staff_min_fit"))]


@report_errors
def staff(
    model: ModelArg,
    format: FormatOpt = Format.table,
    min_fit: MinFitOpt = 30,
    apply: ApplyOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.analysis.links import analyse_links
    from verbinder.analysis.staffing import plan_staffing
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.project import load_project

    if apply and output is None:
        raise UsageError(Msg("staff.err.apply_output"))
    if output is not None and output.exists() and not force:
        raise UsageError(Msg("err.exists", path=str(output)))
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = analyse_links(project.model, project.link_ids, project.rules)
        plan = plan_staffing(project.model, result, project.rules, min_fit=min_fit)
        text = _render(plan, project, format, language, to_text=output is not None and not apply)
    if apply:
        from verbinder.analysis.staffing import apply_to
        from verbinder.io.roundtrip import RoundTrip

        doc = RoundTrip(model)
        count = apply_to(doc.data, plan)
        doc.check(roles=roles, catalogue=catalogue)
        same = output.resolve() == model.resolve()
        backup = doc.save() if same else doc.save(output, backup=False)
        if text is not None:
            sys.stdout.write(text)
        sys.stderr.write(t("staff.msg.applied", language, n=count, file=str(output)) + "\n")
        if backup is not None:
            sys.stderr.write(t("staff.msg.backup", language, file=str(backup)) + "\n")
        return
    if text is not None:
        write_output(text, output, force=force)


def _render(plan, project, format: Format, language: str, *, to_text: bool) -> str | None:
    """The report as text; the terminal table is printed directly (``None``) unless ``to_text``."""
    from verbinder.render import staffing as render

    if format is Format.json:
        from verbinder.render.json import dumps

        return dumps(render.to_json(plan, project.model, project.catalogue, language))
    if format is Format.markdown:
        return render.to_markdown(plan, project.model, project.catalogue, language)
    from verbinder.render.profiles import recording_console
    from verbinder.render.terminal import console

    out = recording_console() if to_text else console()
    render.to_table(out, plan, project.model, project.catalogue, language)
    return out.export_text() if to_text else None
