"""``verbinder connect``: who must be connected with whom, per agenda item (and with --weave beyond it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from verbinder.cli import common as c

if TYPE_CHECKING:
    from verbinder.plan.connect import ConnectPlan

AgendaOpt = Annotated[str | None, typer.Option("--agenda", help=c.h("help.connect_agenda"), show_default=False)]
WeaveOpt = Annotated[bool, typer.Option("--weave", help=c.h("help.connect_weave"))]
TopOpt = Annotated[int | None, typer.Option("--top", min=0, max=1000, help=c.h("help.connect_top"), show_default=False)]
ApplyOpt = Annotated[bool, typer.Option("--apply", help=c.h("help.connect_apply"))]
MinFitOpt = Annotated[int, typer.Option("--min-fit", min=0, max=100, help=c.h("help.staff_min_fit"))]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def connect(
    opts: c.Shared,
    agenda: AgendaOpt = None,
    weave: WeaveOpt = False,
    top: TopOpt = None,
    format: c.FormatOpt = c.Format.table,
    min_fit: MinFitOpt = 30,
    apply: ApplyOpt = False,
) -> None:
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t
    from verbinder.model import unknown
    from verbinder.plan.connect import DEFAULT_TOP
    from verbinder.render import connect as render

    output, model = opts.output, opts.model
    if apply and output is None:
        raise UsageError(Msg("connect.err.apply_output"))
    if top is not None and not weave:
        raise UsageError(Msg("connect.err.top_without_weave"))
    opts.refuse_existing()
    with c.batch():
        project, language = opts.open()
        items = [i.id for i in project.model.agenda]
        if agenda is not None and agenda not in items:
            raise UsageError(Msg("connect.err.agenda", problem=unknown("agenda", agenda, items)))
        plan = project.connect(
            agenda=agenda,
            weave=weave,
            top=DEFAULT_TOP if top is None else top,
            min_fit=min_fit,
            today=c.parse_today(None),
        )
        view = render.build_view(plan, project.model, language, str(model))
        writers = c.view_writers(render, plan, view, project.model, language)
        if not apply:
            opts.emit(format, **writers)
            return
    from verbinder.cli.plan import write_copy

    assert output is not None and model is not None  # refused above
    _, backup = write_copy(opts, model, output, lambda data: write_proposals(data, plan))
    c.emit(format, **writers)  # the proposals to stdout; the model with them went to --output
    proposals = t("connect.proposals", language, n=len(plan.proposals))
    split = t("connect.split", language, new=len(plan.new), extend=len(plan.extend))
    c.say(t("connect.msg.applied", language, file=str(output), proposals=proposals, split=split))
    if backup is not None:
        c.say(t("connect.msg.backup", language, file=str(backup)))


def write_proposals(data: Any, plan: ConnectPlan) -> None:
    """Write the proposals into the round-trip document ``data``, comments kept (as the workshop edits).

    New links get ``id``, ``from``, ``to``, ``via`` (when suggested), ``topic``
    (the item's title) and ``agenda``, in the style of the last link; an
    extended link gains the item in its ``agenda``.
    """
    from ruamel.yaml.comments import CommentedSeq

    from verbinder.workshop import yamledit

    if data.get("links") is None:
        yamledit.put(data, "links", CommentedSeq())
    links = data["links"]
    made: dict[str, Any] = {}
    for p in plan.new:
        pairs: list[tuple[str, Any]] = [("id", p.id), ("from", p.from_), ("to", p.to)]
        if p.via is not None:
            pairs.append(("via", p.via))
        if p.team:
            team = CommentedSeq(p.team)
            team.fa.set_flow_style()
            pairs.append(("team", team))
        if p.topic is not None:
            pairs.append(("topic", p.topic))
        if p.agenda is not None:
            pairs.append(("agenda", [p.agenda]))
        made[p.id] = yamledit.new_mapping(links, pairs)
        yamledit.put(links, None, made[p.id])
    for p in plan.extend:
        target = made[p.id] if p.index is None else links[p.index]
        if target.get("agenda") is None:
            agenda = CommentedSeq()
            agenda.fa.set_flow_style()
            yamledit.put(target, "agenda", agenda)
        if p.agenda not in target["agenda"]:
            target["agenda"].append(p.agenda)
