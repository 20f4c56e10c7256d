"""``verbinder plan``: what to do, in one plan (issue 21); ``--apply`` writes it into a copy of the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verbinder.cli import common as c

if TYPE_CHECKING:
    from verbinder.plan.result import Plan

ApplyOpt = Annotated[bool, typer.Option("--apply", help=c.h("help.plan_apply"))]


@c.command("model", "output", "force", "lang", "roles", "catalogue")
def plan(opts: c.Shared, format: c.FormatOpt = c.Format.table, apply: ApplyOpt = False) -> None:
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, t
    from verbinder.render import plan as render

    output, model = opts.output, opts.model
    if apply and output is None:
        raise UsageError(Msg("plan.err.apply_output"))
    opts.refuse_existing()
    with c.batch():
        project, language = opts.open()
        result = project.plan(today=c.parse_today(None))
        view = render.build_view(result, project.model, project.catalogue, language, str(model))
        writers = c.view_writers(render, result, view, project.model, language)
        if not apply:
            opts.emit(format, **writers)
            return
    assert output is not None and model is not None  # refused above
    count, backup = write_copy(opts, model, output, lambda data: write_plan(data, result))
    c.emit(format, **writers)  # the plan to stdout; the model with it went to --output
    c.say(t("plan.msg.applied", language, file=str(output), n=count))
    if backup is not None:
        c.say(t("connect.msg.backup", language, file=str(backup)))


def write_copy(opts: c.Shared, model: Path, output: Path, edit: Callable[[Any], Any]) -> tuple[Any, Path | None]:
    """Edit a round-trip copy of ``model`` (comments and layout kept) with ``edit``, check it as ``validate``
    would, and save it atomically to ``output`` (a backup when that is the model itself).  Returns what ``edit``
    returned and the backup's path, if any.  ``plan``, ``staff`` and ``connect`` ``--apply`` all write this way."""
    from verbinder.io.roundtrip import RoundTrip
    from verbinder.project import check_edit

    doc = RoundTrip(model)
    result = edit(doc.data)
    check_edit(doc, roles=opts.roles, catalogue=opts.catalogue)
    same = output.resolve() == model.resolve()
    return result, doc.save() if same else doc.save(output, backup=False)


def set_connector(item: Any, via: str, team: tuple[str, ...] = ()) -> None:
    """Give the link mapping ``item`` its connector ``via`` (right after ``to``) and, for a duo, its ``team``."""
    from ruamel.yaml.comments import CommentedSeq

    if "via" in item:
        item["via"] = via
    else:
        keys = list(item.keys())
        item.insert(keys.index("to") + 1 if "to" in keys else len(keys), "via", via)
    if team:
        seq = CommentedSeq(team)
        seq.fa.set_flow_style()
        if "team" in item:
            item["team"] = seq
        else:
            keys = list(item.keys())
            item.insert(keys.index("via") + 1, "team", seq)


def write_plan(data: Any, plan: Plan, *, assign: bool = True, move: bool = True, propose: bool = True) -> int:
    """Write the plan into the round-trip document ``data``: connectors of open links, moves, proposals (new links,
    escalated ones without a connector, and extended items).  Returns how many changes were written."""
    from verbinder.cli.connect import write_proposals
    from verbinder.plan.views import connect_view

    count = 0
    links = data.get("links") or []
    if assign:
        for a in plan.assignments:
            if not a.new and a.index is not None:
                set_connector(links[a.index], a.member, a.team)
                count += 1
    if move:
        for r in plan.reassignments:
            set_connector(links[r.index], r.to_member, r.team)
            count += 1
    if propose and plan.proposals:
        write_proposals(data, connect_view(plan))
        count += len(plan.proposals)
    return count
