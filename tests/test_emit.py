"""One map of formats per command: ``emit()`` refuses a format without a writer, and every ``--format`` choice of
every command has one (each is run)."""

from __future__ import annotations

import pytest

from support import DALBURG, KOPGROEP, MODEL, TESTS
from verbinder.cli.common import emit

CHANGE = TESTS / "data" / "change"
BROKERAGE = TESTS / "data" / "brokerage"
#: Each command with a --format, the arguments it needs, and per format what else it needs.
COMMANDS = {
    "analyse": ([MODEL], {}),
    "agenda": ([DALBURG], {}),
    "diff": ([MODEL, MODEL], {}),
    "graph": ([MODEL], {"png": ["--output", "{tmp}/g.png"]}),
    "profiles": ([KOPGROEP], {"html": ["anna"], "xlsx": ["--output", "{tmp}/p.xlsx"]}),
    "staff": ([KOPGROEP], {}),
    "connect": ([DALBURG], {}),
    "plan": ([DALBURG], {}),
    "develop": ([KOPGROEP], {}),
    "discover": ([BROKERAGE / "toy_directed.edges.csv", "--groups", BROKERAGE / "toy_directed.nodes.csv"], {}),
    "compare": ([CHANGE / "before.csv", CHANGE / "after.csv", "--groups", CHANGE / "people.csv"], {}),
    "competencies": ([], {}),
    "roles": ([], {}),
}


def format_choices() -> dict[str, list[str]]:
    """Every command of the app with a ``--format`` option, and its choices."""
    import typer

    from verbinder.cli.app import app

    out = {}
    for name, cmd in typer.main.get_command(app).commands.items():
        ctx = typer.Context(cmd, info_name=name)
        for param in cmd.params:
            if "--format" in getattr(param, "opts", ()):
                out[name] = param.get_help_record(ctx)[0].split("<", 1)[1].rstrip(">").split("|")
    return out


def test_a_format_without_a_writer_is_refused():
    with pytest.raises(ValueError, match=r"^no writer for --format xlsx; this command writes json, markdown$"):
        emit("xlsx", json=dict, markdown=str)


def test_every_command_with_a_format_is_run_here():
    assert set(format_choices()) - {"export"} == set(COMMANDS)  # export writes files or folders, never stdout


@pytest.mark.slow
@pytest.mark.needs("dot")
@pytest.mark.parametrize(
    ("command", "format"), [(c, f) for c, fs in sorted(format_choices().items()) if c in COMMANDS for f in fs]
)
def test_every_format_of_every_command_writes_something(run, tmp_path, command, format):
    args, extra = COMMANDS[command]
    more = [a.replace("{tmp}", str(tmp_path)) for a in extra.get(format, [])]
    result = run(command, *args, *more, "--format", format, "--lang", "en")
    assert result.exit_code in (0, 1), result.stderr  # diff: 1 when different
    written = list(tmp_path.iterdir())
    assert result.stdout.strip() or written, f"{command} --format {format} wrote nothing"
