"""``verbinder compare``: how an organisation network changed (two snapshots, or the periods of one dated list)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import ForceOpt, LangOpt, OutputOpt, batch, emit, h, report_errors
from verbinder.cli.discover import (
    EngineOpt,
    GroupAttributeOpt,
    GroupsOpt,
    MemoryOpt,
    ProgressBar,
    PseudonymiseOpt,
    SaltOpt,
    SamplesOpt,
    SeedOpt,
    UndirectedOpt,
    once,
)


class CompareFormat(StrEnum):
    """Output formats of ``compare``."""

    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"
    csv = "csv"


BeforeArg = Annotated[Path, typer.Argument(help=h("help.compare_before"), show_default=False)]
AfterArg = Annotated[Path | None, typer.Argument(help=h("help.compare_after"), show_default=False)]
PeriodOpt = Annotated[str | None, typer.Option("--period", help=h("help.compare_period"), show_default=False)]
GroupsAfterOpt = Annotated[
    list[Path] | None,
    typer.Option("--groups-after", help=h("help.compare_groups_after"), show_default=False, metavar="NODES.csv"),
]
DateColumnOpt = Annotated[str, typer.Option("--date-column", help=h("help.compare_date_column"))]
CompareFormatOpt = Annotated[CompareFormat, typer.Option("--format", "-f", help=h("help.compare_format"))]
CompareTopOpt = Annotated[int, typer.Option("--top", help=h("help.compare_top"))]
SiloOpt = Annotated[float, typer.Option("--silo-threshold", help=h("help.compare_silo"))]
BridgeOpt = Annotated[int, typer.Option("--bridge-ties", help=h("help.compare_bridge"))]

#: ``--period`` in either language: the Dutch names as the Dutch help gives them, each to its period.
PERIOD_NAMES = {"week": "week", "month": "month", "quarter": "quarter", "maand": "month", "kwartaal": "quarter"}


@report_errors
def compare(
    before: BeforeArg,
    after: AfterArg = None,
    groups: GroupsOpt = None,
    groups_after: GroupsAfterOpt = None,
    group_attribute: GroupAttributeOpt = "group",
    period: PeriodOpt = None,
    date_column: DateColumnOpt = "date",
    undirected: UndirectedOpt = False,
    format: CompareFormatOpt = CompareFormat.table,
    top: CompareTopOpt = 10,
    silo_threshold: SiloOpt = -0.5,
    bridge_ties: BridgeOpt = 3,
    engine: EngineOpt = "auto",
    memory_budget: MemoryOpt = None,
    pseudonymise: PseudonymiseOpt = False,
    salt: SaltOpt = "",
    betweenness_samples: SamplesOpt = None,
    seed: SeedOpt = 0,
    lang: LangOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    from verbinder.analysis import change
    from verbinder.analysis.sql_engine import choose_engine
    from verbinder.cli.discover import check_engine, warn_unsalted
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang
    from verbinder.io.network import read_network
    from verbinder.io.network_duckdb import read_network_duckdb

    nodes = once(groups, "change.err.groups_twice")
    nodes_after = once(groups_after, "change.err.groups_after_twice")
    if nodes_after is not None and period is not None:
        raise UsageError(Msg("change.err.groups_after_and_period"))
    if nodes_after is not None and nodes is None:
        raise UsageError(Msg("change.err.groups_after_alone"))
    if top < 1:
        raise UsageError(Msg("change.err.top"))
    if bridge_ties < 1:
        raise UsageError(Msg("change.err.bridge"))
    if not -1 <= silo_threshold <= 1:  # the E-I index's range: beyond it every group, or none, is a silo
        raise UsageError(Msg("change.err.silo", value=silo_threshold))
    if betweenness_samples is not None and betweenness_samples < 1:
        raise UsageError(Msg("discover.err.samples"))
    if period is not None:
        if period.strip().lower() not in PERIOD_NAMES:
            raise UsageError(Msg("change.err.period", period=period))
        period = PERIOD_NAMES[period.strip().lower()]
    if after is not None and period is not None:
        raise UsageError(Msg("change.err.after_and_period"))
    if after is None and period is None:
        raise UsageError(Msg("change.err.nothing_to_compare"))
    language = choose_lang(lang.value if lang else None)
    warn_unsalted(pseudonymise, salt, language)
    inputs = [before] if after is None else [before, after]
    chosen = choose_engine(check_engine(engine), inputs, memory_budget)
    options = {
        "top": top,
        "silo_threshold": silo_threshold,
        "bridge_ties": bridge_ties,
        "samples": betweenness_samples,
        "seed": seed,
        "pseudonymise": pseudonymise,
        "salt": salt,
        "engine": chosen,
    }
    read = read_network_duckdb if chosen == "duckdb" else read_network
    with batch(), ProgressBar(language) as progress:
        directed = not undirected
        if period is not None:
            network = read(before, nodes, directed=directed, group_attribute=group_attribute, date_column=date_column)
            result = change.periods(network, period, progress=progress, **options)  # type: ignore[arg-type]
        else:
            assert after is not None
            # Each groups file names the other in its errors: someone missing from one is listed in the other.
            first = read(before, nodes, directed=directed, group_attribute=group_attribute, other_nodes=nodes_after)
            second = read(
                after, nodes_after or nodes, directed=directed, group_attribute=group_attribute, other_nodes=nodes
            )
            result = change.compare(first, second, progress=progress, **options)  # type: ignore[arg-type]
    files = [str(before)] if after is None else [str(before), str(after)]
    with batch():
        groups_files = " → ".join(str(f) for f in (nodes, nodes_after) if f is not None) or None  # before → after
        _render(result, format, language, output, force, files, groups_files)


def _render(
    result,
    format: CompareFormat,
    language: str,
    output: Path | None,
    force: bool,
    files: list[str],
    groups_file: str | None,
) -> None:
    from verbinder.render import change as render

    emit(
        format,
        output,
        force=force,
        csv=lambda: render.csv_text(result, language),
        html=lambda: render.html(result, language, files=files, groups_file=groups_file),
        json=lambda: render.document(result, language),
        markdown=lambda: render.markdown(result, language),
        table=lambda out: render.terminal(out, result, language),
    )
