"""Write docs/commands.md, the command reference, from the typer app itself.

    python docs/make_commands.py           # rewrite docs/commands.md
    python docs/make_commands.py --check   # exit 1 when docs/commands.md is not what the app says

The help texts are taken in English (the reference is English, as the rest of docs/). ``tests/test_docs.py`` runs
the check, so a changed option or help text fails the tests until the reference is written again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# typer builds the help texts when the command modules are imported, in the locale's language: set it first.
for _var in ("LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "en_GB.UTF-8"

from typing import Any  # noqa: E402

import typer  # noqa: E402

from verbinder.cli.app import app  # noqa: E402

TARGET = Path(__file__).resolve().parent / "commands.md"

HEADER = """\
# Command reference

<!-- Written by docs/make_commands.py from the typer app; do not edit by hand (tests/test_docs.py checks it). -->

Every command of `verbinder`, with its arguments and options, as `verbinder COMMAND --help` prints them (in English;
the help follows the locale, Dutch or English). What each command is for, with examples, is in the guides:
[advisor](advisor.md), [HR](hr.md), [facilitator](facilitator.md), [ONA analyst](ona.md), and the model file and
rules in [model.md](model.md).

**Language.** Output is Dutch or English: `--lang`, else the model's `language`, else the locale (`LANG`), else
Dutch. In Dutch the link types read *regie* and *verbinden*, in English *orchestration* and *bridging*. JSON values
(`type`, `position`, ids) are the same in both languages; only texts follow the language.

**Exit codes.** 0 success; 1 findings where a command promises that (`diff`: the versions differ); 2 invalid input
or usage. Errors go to standard error as one sentence each, data to standard output.
"""


def command_group() -> Any:
    """The click group typer builds from the app (typer ships its own click: read by duck typing)."""
    return typer.main.get_command(app)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render() -> str:
    """The whole reference, in the order the commands are registered."""
    group = command_group()
    ctx = typer.Context(group, info_name="verbinder")
    out = [HEADER]
    out.append("| command | what it does |\n| --- | --- |")
    for name, cmd in group.commands.items():
        out.append(f"| [`{name}`](#verbinder-{name}) | {_cell(cmd.get_short_help_str(limit=200))} |")
    out.append("")
    for name, cmd in group.commands.items():
        sub = typer.Context(cmd, info_name=name, parent=ctx)
        usage = " ".join(cmd.collect_usage_pieces(sub))
        out.append(f"## verbinder {name}\n")
        out.append(f"```text\nverbinder {name} {usage}\n```\n")
        out.append(f"{' '.join((cmd.help or '').split())}\n")
        rows = []
        for param in cmd.params:
            record = None if getattr(param, "hidden", False) else param.get_help_record(sub)
            if record:
                rows.append(f"| `{record[0]}` | {_cell(record[1])} |")
        if rows:
            out.append("| argument or option | meaning |\n| --- | --- |")
            out.extend(rows)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python docs/make_commands.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
