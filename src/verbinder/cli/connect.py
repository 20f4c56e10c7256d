"""``verbinder connect``: who must be connected with whom, per agenda item (and with --weave beyond it)."""

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

AgendaOpt = Annotated[str | None, typer.Option("--agenda", help=h("connect_agenda"), show_default=False)]
WeaveOpt = Annotated[bool, typer.Option("--weave", help=h("connect_weave"))]
TopOpt = Annotated[int | None, typer.Option("--top", min=0, max=1000, help=h("connect_top"), show_default=False)]
ApplyOpt = Annotated[bool, typer.Option("--apply", help=h("connect_apply"))]
MinFitOpt = Annotated[int, typer.Option("--min-fit", min=0, max=100, help=h("staff_min_fit"))]


@report_errors
def connect(
    model: ModelArg,
    agenda: AgendaOpt = None,
    weave: WeaveOpt = False,
    top: TopOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    min_fit: MinFitOpt = 30,
    apply: ApplyOpt = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    import sys

    from verbinder.analysis.connect import DEFAULT_TOP, plan_connections
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang, t
    from verbinder.model import unknown
    from verbinder.project import load_project

    if apply and output is None:
        raise UsageError(Msg("connect.err.apply_output"))
    if top is not None and not weave:
        raise UsageError(Msg("connect.err.top_without_weave"))
    from verbinder.io.atomic import refuse_existing

    refuse_existing(output, force)
    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        items = [i.id for i in project.model.agenda]
        if agenda is not None and agenda not in items:
            raise UsageError(Msg("connect.err.agenda", problem=unknown("agenda", agenda, items)))
        plan = plan_connections(
            project.model,
            project.link_ids,
            project.rules,
            agenda=agenda,
            weave=weave,
            top=DEFAULT_TOP if top is None else top,
            min_fit=min_fit,
        )
        text = _render(plan, project, str(model), format, language, to_text=output is not None and not apply)
    if apply:
        from verbinder.analysis.connect import apply_to
        from verbinder.io.roundtrip import RoundTrip
        from verbinder.render.connect import plural

        doc = RoundTrip(model)
        apply_to(doc.data, plan)
        doc.check(roles=roles, catalogue=catalogue)
        same = output.resolve() == model.resolve()
        backup = doc.save() if same else doc.save(output, backup=False)
        if text is not None:
            sys.stdout.write(text)
        proposals = plural("connect.proposals", len(plan.proposals), language)
        split = t("connect.split", language, new=len(plan.new), extend=len(plan.extend))
        sys.stderr.write(t("connect.msg.applied", language, file=str(output), proposals=proposals, split=split) + "\n")
        if backup is not None:
            sys.stderr.write(t("connect.msg.backup", language, file=str(backup)) + "\n")
        return
    if text is not None:
        write_output(text, output, force=force)


def _render(plan, project, model_path: str, format: Format, language: str, *, to_text: bool) -> str | None:
    """The proposals as text; the terminal view is printed directly (``None``) unless ``to_text``."""
    from verbinder.render import connect as render

    if format is Format.json:
        from verbinder.render.json import dumps

        return dumps(render.to_json(plan, project.model, language))
    view = render.build_view(plan, project.model, language, model_path)
    if format is Format.markdown:
        return render.to_markdown(view, project.model, language)
    from verbinder.render.profiles import recording_console
    from verbinder.render.terminal import console

    out = recording_console() if to_text else console()
    render.to_table(out, view, language)
    return out.export_text() if to_text else None
