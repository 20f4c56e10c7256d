"""The documentation says what the program does, in the spirit of sqlite-utils' ``tests/test_docs.py``.

- ``docs/commands.md`` is what ``docs/make_commands.py`` writes from the typer app today;
- every command and every option is mentioned in a guide (the README or ``docs/`` other than the reference);
- every option a command line in the docs gives that command exists (a removed option is caught: its own test);
- every relative link and anchor resolves;
- every command line in an ``sh`` block of the README and ``docs/`` runs on the examples, with exit code 0 or the
  one its comment names (``# ... exit 1 ...``);
- the Python API example in ``docs/api.md`` runs as written.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import ROOT, TESTS

DOCS = ROOT / "docs"
README = ROOT / "README.md"
REFERENCE = DOCS / "commands.md"
#: Every page a reader may be sent to.
PAGES = [README, ROOT / "CONTRIBUTING.md", ROOT / "CHANGELOG.md", *sorted(DOCS.glob("*.md"))]
#: The pages that explain (all but the generated reference and the history).
GUIDES = [page for page in PAGES if page not in (REFERENCE, ROOT / "CHANGELOG.md")]
#: The pages whose command lines must be true today (the history may name what is gone).
CURRENT = [page for page in PAGES if page != ROOT / "CHANGELOG.md"]

FENCE = re.compile(r"^```(\w*)")
SHELL = {"sh", "bash", "console", "shell"}
OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "2>", "2>&1"}


def cli_options() -> dict[str, set[str]]:
    """Each command of the typer app and its options (long and short)."""
    import typer

    from verbinder.cli.app import app

    group = typer.main.get_command(app)
    return {
        name: {o for p in cmd.params if p.param_type_name == "option" for o in (*p.opts, *p.secondary_opts)}
        | {"--help", "-h"}
        for name, cmd in group.commands.items()
    }


@dataclass(frozen=True)
class CommandLine:
    """One ``verbinder COMMAND ...`` written in the docs: where, its words, and the exit code its comment names."""

    where: str
    words: tuple[str, ...]  # from the command's name on, up to a shell operator
    stdout: str | None  # a file the line sends standard output to (``> FILE``)
    exit_code: int
    in_shell_block: bool


def _code(page: Path) -> list[tuple[int, str, bool]]:
    """The lines of code in ``page`` with their line numbers: every line of a fenced block (True when it is a shell
    block), and every inline code span outside them (False)."""
    out: list[tuple[int, str, bool]] = []
    fence = None
    for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        m = FENCE.match(line.strip())
        if m:
            fence = None if fence is not None else m.group(1)
            continue
        if fence is not None:
            out.append((n, line, fence in SHELL))
        else:
            out.extend((n, span, False) for span in re.findall(r"`([^`]+)`", line))
    return out


class Operator(str):
    """A shell operator standing alone (``|``, ``>``, ``&&``), not a quoted value such as ``';'``."""


def _words(code: str) -> list[str]:
    """A line split at its spaces, quotes removed from each word; a shell operator is a word of its own only where
    it stands alone unquoted, so ``table|json`` in a synopsis and ``-d ';'`` stay values."""
    return [Operator(w) if w in OPERATORS else _unquote(w) for w in code.split()]


def _unquote(word: str) -> str:
    try:
        return "".join(shlex.split(word)) if word else word
    except ValueError:
        return word


def command_lines(pages: list[Path]) -> list[CommandLine]:
    """Every ``verbinder COMMAND ...`` in code in ``pages`` (shell blocks and inline code; synopses such as
    ``[--format table|json]`` included, their brackets and alternatives read as options)."""
    found = []
    for page in pages:
        for n, text, shell in _code(page):
            code, _, comment = text.partition(" #")
            code = code.replace("\\|", "|")
            words = _words(code)
            expected = re.search(r"\bexit (\d)\b", comment)
            for i, word in enumerate(words):
                if word != "verbinder" or i + 1 >= len(words) or words[i + 1].startswith("-"):
                    continue
                rest = []
                stdout = None
                for j, w in enumerate(words[i + 1 :], i + 1):
                    if isinstance(w, Operator):
                        if w == ">" and j + 1 < len(words):
                            stdout = words[j + 1]
                        break
                    rest.append(w)
                where = f"{page.relative_to(ROOT) if page.is_relative_to(ROOT) else page}:{n}"
                found.append(CommandLine(where, tuple(rest), stdout, int(expected.group(1)) if expected else 0, shell))
    return found


def _options_in(words: tuple[str, ...]) -> list[str]:
    """The options in a command line's words: ``--format`` of ``--format=json``, of ``[--format`` or of
    ``--roles|--catalogue``; not a value such as ``-`` or a negative number."""
    out = []
    for word in words:
        for piece in re.split(r"[\[\]|{}()]", word):
            piece = piece.split("=", 1)[0].strip(",.;")
            if re.fullmatch(r"--[a-z][a-z0-9-]*|-[a-zA-Z]", piece):
                out.append(piece)
    return out


def unknown_options(lines: list[CommandLine], options: dict[str, set[str]]) -> list[str]:
    """``where: verbinder COMMAND --option`` for every command or option the docs give that the app does not have."""
    problems = []
    for line in lines:
        command = line.words[0] if line.words else ""
        if command not in options:
            if re.fullmatch(r"[a-z][a-z-]*", command) and command.upper() != command:
                problems.append(f"{line.where}: verbinder {command}: no such command")
            continue
        problems.extend(
            f"{line.where}: verbinder {command} {option}: no such option"
            for option in _options_in(line.words[1:])
            if option not in options[command]
        )
    return problems


# --- the reference ----------------------------------------------------------------------------------------------


def test_the_command_reference_is_what_the_app_says():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, str(DOCS / "make_commands.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- every command and option documented, every documented option real -----------------------------------------


def test_every_command_and_option_is_mentioned_in_a_guide():
    text = "\n".join(page.read_text(encoding="utf-8") for page in GUIDES)
    missing = []
    for command, options in cli_options().items():
        if f"verbinder {command}" not in text:
            missing.append(f"verbinder {command}")
        missing.extend(
            f"verbinder {command} {option}"
            for option in sorted(options)
            if option.startswith("--") and option != "--help" and not re.search(rf"{re.escape(option)}\b", text)
        )
    assert missing == [], "document these in the guide of their users (docs/*.md)"


def test_every_option_the_docs_give_a_command_exists():
    lines = command_lines(CURRENT)
    assert len(lines) > 100  # the docs are full of command lines: the reader found them
    assert unknown_options(lines, cli_options()) == []


def test_a_removed_option_is_caught():
    """Take ``--explain`` away from ``analyse``: every line of the docs that still gives it is reported."""
    options = cli_options()
    options["analyse"] = options["analyse"] - {"--explain"}
    problems = unknown_options(command_lines(CURRENT), options)
    assert problems and all(p.endswith("verbinder analyse --explain: no such option") for p in problems)
    assert any(p.startswith("docs/advisor.md:") for p in problems)


def test_the_options_read_from_a_line_are_those_a_reader_sees(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "Run `verbinder competencies --roles DIR`.\n\n"
        "```sh\n"
        "verbinder graph m.yaml --format dot | dot -Tpdf > g.pdf   # exit 0\n"
        "verbinder diff a.yaml --since=HEAD~1        # exit 1 when they differ\n"
        "```\n\n"
        "| `verbinder roles [--format table\\|json] [--vocabulary]` | the roles |\n",
        encoding="utf-8",
    )
    lines = command_lines([page])
    assert [(line.words, line.exit_code, line.stdout) for line in lines] == [
        (("competencies", "--roles", "DIR"), 0, None),
        (("graph", "m.yaml", "--format", "dot"), 0, None),
        (("diff", "a.yaml", "--since=HEAD~1"), 1, None),
        (("roles", "[--format", "table|json]", "[--vocabulary]"), 0, None),
    ]
    assert unknown_options(lines, cli_options()) == [f"{page}:1: verbinder competencies --roles: no such option"]


def test_the_readme_is_a_front_door():
    """At most 200 lines: what verbinder is, the two commands, the first ten minutes, where to read on."""
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    for page in sorted(DOCS.glob("*.md")):
        assert f"(docs/{page.name})" in text, f"the README does not send anyone to docs/{page.name}"


# --- links ------------------------------------------------------------------------------------------------------


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for the headings of ``page`` (lower case, punctuation dropped, spaces as hyphens)."""
    seen: dict[str, int] = {}
    out = set()
    fence = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line.strip()):
            fence = not fence
            continue
        m = re.match(r"#{1,6} (.+)", line)
        if fence or not m:
            continue
        slug = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower().replace("`", "")).replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


def test_every_relative_link_and_anchor_resolves():
    broken = []
    for page in PAGES:
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            for target in re.findall(r"\]\(([^)\s]+)\)", line):
                if re.match(r"[a-z]+:", target):
                    continue
                path, _, anchor = target.partition("#")
                file = (page.parent / path).resolve() if path else page
                if not file.exists():
                    broken.append(f"{page.relative_to(ROOT)}:{n}: {target}: no such file")
                elif anchor and file.suffix == ".md" and anchor not in anchors(file):
                    broken.append(f"{page.relative_to(ROOT)}:{n}: {target}: no such heading")
    assert broken == []


# --- every command line runs ------------------------------------------------------------------------------------


def _workdir(tmp: Path) -> Path:
    """A folder with the examples and the files the docs' command lines name, as a reader would have them."""
    shutil.copytree(ROOT / "examples", tmp / "examples")
    dalburg = (ROOT / "examples" / "gemeente-dalburg.yaml").read_text(encoding="utf-8")
    (tmp / "model.yaml").write_text(dalburg, encoding="utf-8")
    shutil.copy(ROOT / "examples" / "stakeholders.xlsx", tmp / "stakeholders.xlsx")
    (tmp / "export.csv").write_text("Wie;Groep;Invloed\nWethouder Wonen;politiek;5\nBuurtgroep;burgers;1\n", "utf-8")
    (tmp / "levels.csv").write_text("member;competency;level;assessed_on;rater\nanna;vertalen;3;2026-11-01;manager\n")
    data = TESTS / "data" / "brokerage"
    shutil.copy(data / "random_directed.edges.csv", tmp / "contacts.csv")
    shutil.copy(data / "random_directed.nodes.csv", tmp / "people.csv")
    change = TESTS / "data" / "change"  # compare's before/after pair, its people and the same contacts dated
    pairs = [("before", "before"), ("after", "after"), ("people", "staff"), ("meetings", "meetings")]
    for name, target in [*pairs, ("people_after", "staff-after")]:
        shutil.copy(change / f"{name}.csv", tmp / f"{target}.csv")
    from typer.testing import CliRunner

    from verbinder.cli.app import app

    os.chdir(tmp)
    done = CliRunner().invoke(app, ["export", "model.yaml", "--format", "csv", "--output", "kaart", "--lang", "nl"])
    assert done.exit_code == 0, done.output
    # a repository in which model.yaml changed in the last commit (for `diff --since HEAD~1`)
    git = ["git", "-c", "user.name=docs", "-c", "user.email=docs@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], check=True)
    (tmp / "model.yaml").write_text(dalburg.replace("name: ", "name: Vorige versie van ", 1), encoding="utf-8")
    subprocess.run([*git, "add", "model.yaml"], check=True)
    subprocess.run([*git, "commit", "-qm", "before"], check=True)
    (tmp / "model.yaml").write_text(dalburg, encoding="utf-8")
    subprocess.run([*git, "commit", "-qam", "after"], check=True)
    return tmp


def _runnable(page: Path) -> list[CommandLine]:
    return [line for line in command_lines([page]) if line.in_shell_block]


@pytest.mark.slow
@pytest.mark.needs("dot")
@pytest.mark.parametrize("page", [p for p in PAGES if _runnable(p)], ids=lambda p: p.name)
def test_every_command_line_runs_on_the_examples(page, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from verbinder.cli.app import app

    monkeypatch.setenv("GEHEIM", "een-geheim")
    monkeypatch.setenv("SECRET", "a-secret")
    monkeypatch.setenv("VERBINDER_TODAY", "2026-12-01")
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    cwd = Path.cwd()
    try:
        _workdir(tmp_path)
        failures = []
        for line in _runnable(page):
            words = [os.path.expandvars(w) for w in line.words]
            result = CliRunner().invoke(app, words, input="\n" * 200)
            if line.stdout:
                Path(line.stdout).write_text(result.stdout, encoding="utf-8")
            if result.exit_code != line.exit_code:
                failures.append(f"{line.where}: exit {result.exit_code}: {result.stderr.strip()[:300]}")
    finally:
        os.chdir(cwd)
    assert failures == []


def test_the_counts_of_the_catalogue_in_the_docs_are_the_catalogues():
    """The 70-20-10 sentence of docs/model.md counts the shipped methods (it once said 158 of 320 where there were
    160 of 321)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    catalogue = yaml.load((ROOT / "competencies.yaml").read_text(encoding="utf-8"), Loader=loader)
    forms = [m.get("form") for c in catalogue["competencies"] for m in c.get("methods", [])]
    text = " ".join((DOCS / "model.md").read_text(encoding="utf-8").split())
    guided = forms.count("coaching") + forms.count("rolmodel")
    expected = (
        f"{forms.count('werkopdracht')} of the {len(forms)} shipped methods are on-the-job, "
        f"{guided} coaching or role model, {forms.count('training')} training"
    )
    assert expected in text
    shares = [round(100 * n / len(forms), -1) for n in (forms.count("werkopdracht"), guided, forms.count("training"))]
    assert f"the mix is {'-'.join(str(int(x)) for x in shares)}, not 70-20-10" in text  # said as it is (issue 22)


# --- the Python API ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_python_api_example_runs_as_written(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(str(DOCS / "api.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8
    assert result.failed == 0
