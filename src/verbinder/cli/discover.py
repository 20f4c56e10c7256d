"""``verbinder discover``: the hidden connectors of an organisation network (CSV or GraphML)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from verbinder.cli.common import ForceOpt, LangOpt, OutputOpt, batch, emit, h, report_errors


class DiscoverFormat(StrEnum):
    """Output formats of ``discover``."""

    table = "table"
    json = "json"
    csv = "csv"


EdgesArg = Annotated[Path, typer.Argument(help=h("help.discover_edges"), show_default=False)]
# A list, so that a second --groups is refused (typer would keep the last one without a word).
GroupsOpt = Annotated[
    list[Path] | None, typer.Option("--groups", help=h("help.discover_groups"), show_default=False, metavar="NODES.csv")
]
GroupAttributeOpt = Annotated[str, typer.Option("--group-attribute", help=h("help.discover_group_attribute"))]
UndirectedOpt = Annotated[bool, typer.Option("--undirected", help=h("help.discover_undirected"))]
DiscoverFormatOpt = Annotated[DiscoverFormat, typer.Option("--format", "-f", help=h("help.discover_format"))]
TopOpt = Annotated[int, typer.Option("--top", help=h("help.discover_top"))]
PseudonymiseOpt = Annotated[bool, typer.Option("--pseudonymise", help=h("help.discover_pseudonymise"))]
SaltOpt = Annotated[str, typer.Option("--salt", help=h("help.discover_salt"), show_default=False)]
SamplesOpt = Annotated[
    int | None, typer.Option("--betweenness-samples", help=h("help.discover_samples"), show_default=False)
]
SeedOpt = Annotated[int, typer.Option("--seed", help=h("help.discover_seed"))]
EngineOpt = Annotated[str, typer.Option("--engine", help=h("help.compare_engine"))]
MemoryOpt = Annotated[float | None, typer.Option("--memory-budget", help=h("help.compare_memory"), show_default=False)]


@report_errors
def discover(
    edges: EdgesArg,
    groups: GroupsOpt = None,
    group_attribute: GroupAttributeOpt = "group",
    undirected: UndirectedOpt = False,
    format: DiscoverFormatOpt = DiscoverFormat.table,
    top: TopOpt = 20,
    pseudonymise: PseudonymiseOpt = False,
    salt: SaltOpt = "",
    betweenness_samples: SamplesOpt = None,
    seed: SeedOpt = 0,
    engine: EngineOpt = "auto",
    memory_budget: MemoryOpt = None,
    lang: LangOpt = None,
    output: OutputOpt = None,
    force: ForceOpt = False,
) -> None:
    from verbinder.analysis.discover import discover as run_discover
    from verbinder.analysis.sql_engine import choose_engine
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg, choose_lang
    from verbinder.io.network import read_network
    from verbinder.io.network_duckdb import read_network_duckdb

    nodes = once(groups, "discover.err.groups_twice")
    if top < 1:
        raise UsageError(Msg("discover.err.top"))
    if betweenness_samples is not None and betweenness_samples < 1:
        raise UsageError(Msg("discover.err.samples"))
    language = choose_lang(lang.value if lang else None)
    warn_unsalted(pseudonymise, salt, language)
    chosen = choose_engine(check_engine(engine), [edges], memory_budget)
    read = read_network_duckdb if chosen == "duckdb" else read_network
    with batch(), ProgressBar(language) as progress:
        network = read(edges, nodes, directed=not undirected, group_attribute=group_attribute)
        result = run_discover(
            network,
            top=top,
            samples=betweenness_samples,
            seed=seed,
            pseudonymise=pseudonymise,
            salt=salt,
            engine=chosen,
            progress=progress,
        )
    with batch():
        _render(result, format, language, output, force)


def once(files: list[Path] | None, key: str) -> Path | None:
    """The one file of an option that takes one; a usage error (message ``key``) when it was given more often."""
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg

    if files and len(files) > 1:
        raise UsageError(Msg(key, count=len(files)))
    return files[0] if files else None


def check_engine(engine: str) -> str:
    """``engine`` if it is one of auto, memory and duckdb; else a usage error naming the choices."""
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg

    if engine not in ("auto", "memory", "duckdb"):
        raise UsageError(Msg("change.err.engine", engine=engine))
    return engine


def warn_unsalted(pseudonymise: bool, salt: str, lang: str) -> None:
    """One sentence on stderr when ``--pseudonymise`` has no ``--salt``: the pseudonyms can then be recomputed."""
    if pseudonymise and not salt:
        from verbinder.cli.common import say
        from verbinder.i18n import t

        say(t("discover.warn.no_salt", lang))


def _render(result, format: DiscoverFormat, language: str, output: Path | None, force: bool) -> None:
    from verbinder.render import discover as render

    emit(
        format,
        output,
        force=force,
        # Bytes: every text cell passed csv_cell, which escapes what a last scan of the text would (0.16 s on 15 MB).
        csv=lambda: render.csv_text(result, language).encode("utf-8"),
        json=lambda: render.json_bytes(result, language),
        table=lambda out: render.terminal(out, result, language),
    )


#: The message key of each long step's name (``progress(step, done, total)``).
PROGRESS_KEYS = {
    "brokerage": "discover.progress.brokerage",
    "holes": "discover.progress.holes",
    "betweenness": "discover.progress.betweenness",
}


class ProgressBar:
    """A rich progress bar on stderr for the long steps, only when stderr is a terminal."""

    def __init__(self, lang: str):
        self.lang = lang
        self.bar: Any = None
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from rich.progress import Progress

        from verbinder.render.terminal import console

        self.bar = Progress(console=console(stderr=True), transient=True)
        self.bar.start()
        return self.update

    def update(self, step: str, done: int, total: int) -> None:
        from verbinder.i18n import t

        if step not in self.tasks:
            self.tasks[step] = self.bar.add_task(t(PROGRESS_KEYS[step], self.lang), total=total)
        self.bar.update(self.tasks[step], completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
