"""The ``verbinder`` command.

Only typer and the command modules (which import nothing heavy at module
level) load here, so ``verbinder --help`` stays instant.
"""

from __future__ import annotations

import typer

from verbinder.cli import agenda as agenda_cmd
from verbinder.cli import analyse, catalogue, compare, discover, explain, graph, init, schema, validate
from verbinder.cli import assess as assess_cmd
from verbinder.cli import connect as connect_cmd
from verbinder.cli import develop as develop_cmd
from verbinder.cli import diff as diff_cmd
from verbinder.cli import map as map_cmd
from verbinder.cli import plan as plan_cmd
from verbinder.cli import profiles as profiles_cmd
from verbinder.cli import report as report_cmd
from verbinder.cli import spreadsheet as spreadsheet_cmd
from verbinder.cli import staff as staff_cmd
from verbinder.cli import workshop as workshop_cmd
from verbinder.cli.common import LocalizedCommand, LocalizedGroup, h, show_version

app = typer.Typer(
    name="verbinder",
    help=h("help.app"),
    cls=LocalizedGroup,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

app.callback(invoke_without_command=True)(show_version)
_command = app.command


def _localized_command(*args, **kwargs):  # every command's help frame in the session's language
    return _command(*args, cls=LocalizedCommand, **kwargs)


app.command = _localized_command  # type: ignore[method-assign]

app.command("analyse", help=h("help.analyse"))(analyse.analyse)
app.command("explain", help=h("help.explain"))(explain.explain)
app.command("validate", help=h("help.validate"))(validate.validate)
app.command("init", help=h("help.init"))(init.init)
app.command("schema", help=h("help.schema"))(schema.schema)
app.command("competencies", help=h("help.competencies"))(catalogue.competencies)
app.command("roles", help=h("help.roles_cmd"))(catalogue.roles)
app.command("discover", help=h("help.discover"))(discover.discover)
app.command("compare", help=h("help.compare"))(compare.compare)
app.command("agenda", help=h("help.agenda"))(agenda_cmd.agenda)
app.command("diff", help=h("help.diff"))(diff_cmd.diff)
app.command("graph", help=h("help.graph"))(graph.graph)
app.command("profiles", help=h("help.profiles"))(profiles_cmd.profiles)
app.command("plan", help=h("help.plan"))(plan_cmd.plan)
app.command("staff", help=h("help.staff"))(staff_cmd.staff)
app.command("connect", help=h("help.connect"))(connect_cmd.connect)
app.command("develop", help=h("help.develop"))(develop_cmd.develop)
app.command("assess", help=h("help.assess"))(assess_cmd.assess)
app.command("workshop", help=h("help.workshop"))(workshop_cmd.workshop)
app.command("report", help=h("help.report"))(report_cmd.report)
app.command("map", help=h("help.map_cmd"))(map_cmd.map_)
app.command("import", help=h("help.import"))(spreadsheet_cmd.import_)
app.command("export", help=h("help.export"))(spreadsheet_cmd.export)


def main() -> None:
    """Entry point of the console script."""
    app()
