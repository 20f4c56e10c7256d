"""What every command shares: options declared once, error handling in one place.

This module is imported when ``verbinder --help`` runs, so it imports only
typer and the standard library; everything heavy is imported inside commands.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import gc
import inspect
import io
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from verbinder.i18n import DEFAULT_LANG, choose_lang, locale_lang, t

if TYPE_CHECKING:
    import datetime as _dt

    from rich.console import Console

    from verbinder.project import Project

F = TypeVar("F", bound=Callable[..., Any])

#: The language of --help texts: the locale's, else Dutch (typer builds help before any model is read).
HELP_LANG = locale_lang() or DEFAULT_LANG


def h(key: str) -> str:
    """The help text with message key ``key`` (``help.*``) in the locale's language."""
    return t(key, HELP_LANG)


class LangChoice(StrEnum):
    """Languages of the output."""

    nl = "nl"
    en = "en"


class Format(StrEnum):
    """Output formats of reports."""

    table = "table"
    json = "json"
    markdown = "markdown"


class ListFormat(StrEnum):
    """Output formats of listings."""

    table = "table"
    json = "json"


ModelArg = Annotated[Path, typer.Argument(help=h("help.model"), show_default=False)]
LangOpt = Annotated[LangChoice | None, typer.Option("--lang", help=h("help.lang"), show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help=h("help.format"))]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help=h("help.format"))]
RolesOpt = Annotated[Path | None, typer.Option("--roles", help=h("help.roles"), show_default=False)]
CatalogueOpt = Annotated[Path | None, typer.Option("--catalogue", help=h("help.catalogue"), show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help=h("help.output"), show_default=False)]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("help.force"))]
#: Today's date for due dates and the roadmap (``parse_today`` reads it, else ``VERBINDER_TODAY``, else the real date).
TodayOpt = Annotated[
    str | None, typer.Option("--today", help=h("help.today"), show_default=False, metavar="YYYY-MM-DD")
]

_LANG_LINE = re.compile(r"^language:\s*['\"]?(nl|en)\b", re.MULTILINE)


def sniff_lang(path: Path | None) -> str | None:
    """The ``language:`` of a model file, read without parsing it (for error messages)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024).decode("utf-8", "replace")
    except OSError:
        return None
    match = _LANG_LINE.search(head)
    return match.group(1) if match else None


def report_errors(func: F) -> F:
    """Turn a :class:`~verbinder.errors.VerbinderError` into messages on stderr and its exit code.

    The messages follow ``--lang``, else the model's ``language``, else the locale.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from verbinder.errors import VerbinderError

        def language() -> str:
            flag = kwargs.get("lang")
            return choose_lang(flag.value if flag else None, sniff_lang(kwargs.get("model")))

        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()  # a full disk or a closed pipe is reported here, not at exit
            return result
        except VerbinderError as exc:
            lang = language()
            for problem in exc.problems:
                sys.stderr.write(render_problem(problem, lang) + "\n")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write(t("msg.interrupted", choose_lang(None)) + "\n")
            raise typer.Exit(130) from None
        except OSError as exc:
            # Writing to standard output failed (``> /dev/full``, a closed pipe), or a file operation
            # nobody foresaw: one sentence and exit 2, never 1 (``diff`` says "different" with 1).
            _silence_stdout()
            if exc.errno != errno.EPIPE:  # the reader stopped reading (``| head``): nothing to say
                sys.stderr.write(render_problem(os_problem(exc), language()) + "\n")
            raise typer.Exit(2) from None
        except MemoryError:
            sys.stderr.write(t("harden.memory", language()) + "\n")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def os_problem(exc: OSError) -> Any:
    """An operating-system failure as one problem: the file it names, else standard output."""
    from verbinder.errors import Problem, os_reason
    from verbinder.i18n import Msg

    if exc.filename is not None:
        return Problem(os.fsdecode(exc.filename), Msg("harden.os_failed", reason=os_reason(exc)))
    return Msg("harden.stdout_failed", reason=os_reason(exc))


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's own flush at exit does not fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


# --- typer/click's own texts in the session's language -------------------------------------------------------

#: typer's help texts (passed through gettext there) and the keys of their translations.
_TYPER_TEXTS = {
    "Arguments": "click.arguments",
    "Options": "click.options",
    "Commands": "click.commands",
    "default: {default}": "click.default",
    "required": "click.required",
    "env var: {var}": "click.env_var",
    "(dynamic)": "click.dynamic",
    "Aborted!": "click.aborted",
    "Missing command.": "click.missing_command",
    "No such command {name!r}.": "click.no_such_command",
}


def typer_text(text: str) -> str:
    """typer's ``text`` in the help language (typer asks gettext, which has no Dutch for it)."""
    key = _TYPER_TEXTS.get(text)
    return t(key, HELP_LANG) if key else text  # the catalogue keeps typer's {placeholders} as {{ }}


class _Localized:
    """The help frame (``Usage:``, the help option's text) in the help language."""

    def parse_args(self, ctx: Any, args: list[str]) -> Any:
        ctx.meta[_ARGS] = list(args)  # for a usage error's language: --lang may come after what is wrong
        return super().parse_args(ctx, args)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("click.usage", HELP_LANG))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("click.help", HELP_LANG)
        return option


def _localize_typer() -> tuple[type, type]:
    import typer.core

    # typer's section titles and [default: ...] go through gettext as ``typer.core._``, a private name: pyproject.toml
    # pins typer to the minor version this is tested on (tests/test_api.py reads the Dutch titles). Where a typer
    # lacks it, the titles stay English rather than the CLI failing.
    if hasattr(typer.core, "_"):
        typer.core._ = typer_text  # type: ignore[assignment]
    group = type("LocalizedGroup", (_Localized, typer.core.TyperGroup), {})
    command = type("LocalizedCommand", (_Localized, typer.core.TyperCommand), {})
    return group, command


LocalizedGroup, LocalizedCommand = _localize_typer()


# --- usage errors: one sentence in the session's language ----------------------------------------------------

_NOT_ONE_OF = re.compile(r"'(?P<value>.*)' is not one of (?P<choices>.+?)\.?$")


def usage_error_text(error: Any, lang: str = HELP_LANG) -> str:
    """A usage error (an unknown option, a missing argument, a value not among the choices) as one sentence.

    click writes three lines (the usage, a hint, ``Error: ...``) in English whatever the session's language; this
    says what is wrong and what to give instead, after the command, and points at ``-h``.

    >>> from typer._click.exceptions import NoSuchOption
    >>> usage_error_text(NoSuchOption("--bogus", possibilities=["--groups"]), "en")
    'verbinder: unknown option --bogus; did you mean --groups? (-h lists every option)'
    """
    from typer._click import exceptions as click_errors

    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "verbinder"
    hint = t("click.err.help", lang)
    if isinstance(error, click_errors.NoSuchOption):
        near = list(getattr(error, "possibilities", None) or [])
        key = "click.err.no_such_option_near" if near else "click.err.no_such_option"
        text = t(key, lang, option=error.option_name, near=near[0] if near else "")
    elif isinstance(error, click_errors.MissingParameter):
        text = t("click.err.missing", lang, what=_param_name(error))
    elif isinstance(error, click_errors.BadParameter):
        found = _NOT_ONE_OF.search(str(error.message))
        what = _param_name(error)
        if found is not None:
            choices = [c.strip().strip("'") for c in found["choices"].split(",")]
            text = t("click.err.choice", lang, what=what, value=found["value"], choices=", ".join(choices))
        else:
            detail = str(error.message).removeprefix("Value error, ")
            kind = next((k for k, words in _NUMBER_ERRORS.items() if words in detail), None)
            text = t(kind, lang, what=what) if kind else t("click.err.bad_value", lang, what=what, detail=detail)
    elif isinstance(error, click_errors.BadOptionUsage) and "requires an argument" in str(error.message):
        text = t("click.err.needs_value", lang, option=error.option_name)
    else:
        text = str(error.format_message()).removeprefix("Error: ")
        extra = re.fullmatch(r"Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)", text)
        if extra is not None:
            text = t("click.err.extra", lang, args=extra["args"])
    return f"{command}: {text.rstrip('.')} ({hint})"


#: pydantic's words for a value that is not a number, and what to say instead.
_NUMBER_ERRORS = {"click.err.integer": "valid integer", "click.err.number": "valid number"}


def _param_name(error: Any) -> str:
    """How the user wrote the parameter: ``--format`` for an option, ``BEFORE`` for an argument."""
    param = getattr(error, "param", None)
    if param is not None:
        opts = getattr(param, "opts", None) or []
        if getattr(param, "param_type_name", "") == "argument" or not opts:
            return str(param.name).upper()
        return max(opts, key=len)  # the long name: --format, not -f
    hint = getattr(error, "param_hint", None)
    if isinstance(hint, list | tuple) and hint:
        hint = hint[0]
    return str(hint).strip("'") if hint else "?"


#: Where :class:`_Localized` keeps the command line it parses (``ctx.meta``).
_ARGS = "verbinder.args"


def _asked_lang(ctx: Any) -> str:
    """The ``--lang`` on the command line being parsed (``--lang en`` or ``--lang=en``), else the help language."""
    args = ctx.meta.get(_ARGS, []) if ctx is not None else []
    for at, arg in enumerate(args):
        value = args[at + 1] if arg == "--lang" and at + 1 < len(args) else arg.removeprefix("--lang=")
        if (arg == "--lang" or arg.startswith("--lang=")) and value in ("nl", "en"):
            return value
    return HELP_LANG


def _show_usage_error(self: Any, file: Any = None) -> None:
    from verbinder.render.safe import line

    (file or sys.stderr).write(line(usage_error_text(self, _asked_lang(getattr(self, "ctx", None)))) + "\n")


def _localize_usage_errors() -> None:
    # click's UsageError.show (typer's vendored click, a private module: pyproject.toml pins typer's minor version and
    # tests/test_cli_errors.py checks the sentences). NoArgsIsHelpError keeps its own show: it prints the help.
    from typer._click import exceptions as click_errors

    click_errors.UsageError.show = _show_usage_error  # type: ignore[method-assign]


_localize_usage_errors()


def show_version(
    version: Annotated[bool, typer.Option("--version", help=h("help.version"), is_eager=True)] = False,
) -> None:
    """Print ``verbinder X.Y.Z`` for ``--version``."""
    if version:
        from verbinder import __version__

        sys.stdout.write(t("msg.version", HELP_LANG, version=__version__) + "\n")
        raise typer.Exit(0)


def render_problem(problem: Any, lang: str) -> str:
    """One problem as one line in ``lang`` (see :func:`verbinder.errors.render_problem`).

    Control characters (from a name in the model, a file name) are escaped, newlines too: one problem is one line.
    """
    from verbinder.errors import render_problem as render
    from verbinder.render.safe import line

    return line(render(problem, lang))


@dataclass
class Shared:
    """The options every model command shares, declared once (see :func:`command`)."""

    model: Path | None = None
    lang: LangChoice | None = None
    roles: Path | None = None
    catalogue: Path | None = None
    output: Path | None = None
    force: bool = False
    private: bool = False  # personal data (HR exports): files written 0600

    @property
    def path(self) -> Path:
        """MODEL (for a command declared with it)."""
        assert self.model is not None, "the command is declared without MODEL"
        return self.model

    def open(self, model: Path | None = None) -> tuple[Project, str]:
        """The checked project of ``model`` (default: MODEL) and the output language."""
        path = model if model is not None else self.model
        assert path is not None, "a command without MODEL names the model file"
        return open_project(path, self.lang, self.roles, self.catalogue)

    def refuse_existing(self) -> None:
        """Refuse an existing ``--output`` without ``--force``, before any work is done."""
        refuse_existing(self.output, self.force)

    def emit(self, format: str, **writers: Any) -> None:
        """:func:`emit` to stdout or ``--output``."""
        emit(format, self.output, force=self.force, private=self.private, **writers)


_SHARED_PARAMETERS: dict[str, tuple[Any, Any]] = {
    "model": (ModelArg, inspect.Parameter.empty),
    "output": (OutputOpt, None),
    "force": (ForceOpt, False),
    "lang": (LangOpt, None),
    "roles": (RolesOpt, None),
    "catalogue": (CatalogueOpt, None),
}


def command(*shared: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare the shared options of a command once, as sqlite-utils' ``output_options`` does.

    The decorated function takes a :class:`Shared` first and its own options
    after it; the command line gets MODEL first, then the command's own
    options, then ``shared`` in the order of ``model output force lang roles
    catalogue``.  Errors are reported as :func:`report_errors` does.

    >>> @command("model", "lang")
    ... def hello(opts: Shared, loud: bool = False) -> None: ...
    >>> list(inspect.signature(hello).parameters)
    ['model', 'loud', 'lang']
    """

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        own = list(inspect.signature(func, eval_str=True).parameters.values())[1:]
        kind = inspect.Parameter.POSITIONAL_OR_KEYWORD

        def param(name: str) -> inspect.Parameter:
            annotation, default = _SHARED_PARAMETERS[name]
            return inspect.Parameter(name, kind, default=default, annotation=annotation)

        head = [param("model")] if "model" in shared else []
        tail = [param(name) for name in _SHARED_PARAMETERS if name != "model" and name in shared]
        signature = inspect.Signature([*head, *own, *tail], return_annotation=None)

        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            opts = Shared(**{name: kwargs.pop(name) for name in shared})
            return func(opts, **kwargs)

        wrapper.__signature__ = signature  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
        del wrapper.__wrapped__  # typer must see the new signature, not the function's
        return report_errors(wrapper)

    return decorate


def open_project(
    model: Path, lang: LangChoice | None, roles: Path | None = None, catalogue: Path | None = None
) -> tuple[Project, str]:
    """The checked project of ``model`` and the output language (``--lang``, else the model's, else the locale's)."""
    from verbinder.project import load

    project = load(model, roles=roles, catalogue=catalogue)
    return project, project.language(lang.value if lang else None)


def refuse_existing(output: Path | None, force: bool) -> None:
    """Refuse an existing ``--output`` without ``--force`` (and a folder always), before any work is done."""
    if output is not None:
        from verbinder.io.atomic import refuse_existing as refuse

        refuse(output, force)


def parse_today(text: str | None) -> _dt.date:
    """``--today`` (``text``), else the environment's ``VERBINDER_TODAY``, as a date; the real today when neither.

    Either is ``YYYY-MM-DD`` or ``YYYY-MM`` with a year from 1000 to 9999.
    Raises :class:`~verbinder.errors.UsageError` for anything else, naming
    where the value came from.
    """
    import datetime as dt

    source = "--today"
    if text is None:
        text, source = os.environ.get("VERBINDER_TODAY") or None, "VERBINDER_TODAY"
    if not text:
        return dt.date.today()
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg

    day = None
    try:
        if len(text) == 7:
            day = dt.date.fromisoformat(text + "-01")
        elif len(text) == 10:
            day = dt.date.fromisoformat(text)
    except ValueError:
        pass
    if day is None or not text[:4].isdigit():
        raise UsageError(Msg("agenda.err.today", source=source, value=text))
    if day.year < 1000:
        raise UsageError(Msg("harden.today_year", source=source, value=text))
    return day


#: The formats whose writer prints on a rich console (the terminal, or a recording one for ``--output``).
CONSOLE_FORMATS = frozenset({"table", "tree"})


def emit(
    format: str,
    output: Path | None = None,
    *,
    force: bool = False,
    private: bool = False,
    **writers: Callable[..., Any],
) -> None:
    """Hand a result to the writer of ``format`` and write it to stdout or ``output``: each command passes one map of
    its formats to their writers, and a format without a writer is refused (a command's ``--format`` choices and
    its writers must agree; ``tests/test_emit.py`` runs every choice of every command).

    ``table`` (and ``tree``) print on the rich console they are given: the terminal, or a recording one (100
    columns, no colour) when writing to a file. ``json`` returns the document, written with
    :func:`verbinder.render.json.dumps` (or its text, when the writer already wrote it). Every other writer returns
    the text, or the bytes of a binary file (written raw to standard output or atomically to ``output``).
    ``private``: personal data, a file written only its owner may read (:func:`verbinder.io.atomic.write_bytes`).

    >>> emit("yaml", json=lambda: {}, table=print)
    Traceback (most recent call last):
    ...
    ValueError: no writer for --format yaml; this command writes json, table
    """
    name = str(getattr(format, "value", format))
    write = writers.get(name)
    if write is None:
        raise ValueError(f"no writer for --format {name}; this command writes {', '.join(writers)}")
    if name in CONSOLE_FORMATS:
        if output is None:
            write(terminal())
        else:
            write_output(table_text(write), output, force=force, private=private)
        return
    data = write()
    if name == "json" and not isinstance(data, str | bytes):
        from verbinder.render.json import dumps_bytes

        # dumps_bytes escapes every control character: no second scan, and no text to encode again (a 35 MB
        # document took 0.15 s more).
        data = dumps_bytes(data)
    if isinstance(data, bytes):
        write_bytes_output(data, output, force=force, private=private)
    else:
        write_output(data, output, force=force, private=private)


def view_writers(render: Any, result: Any, view: Any, model: Any, language: str) -> dict:
    """The writers of a feature whose render module has ``to_json(result, model, lang)``, ``to_markdown(view, model,
    lang)`` and ``to_table(out, view, lang)`` (``plan`` and ``connect``), for :func:`emit`."""
    return {
        "json": lambda: render.to_json(result, model, language),
        "markdown": lambda: render.to_markdown(view, model, language),
        "table": lambda out: render.to_table(out, view, language),
    }


def write_bytes_output(data: bytes, output: Path | None, *, force: bool = False, private: bool = False) -> None:
    """Write ``data`` raw to standard output, or atomically to ``output`` (refusing to overwrite without ``force``)."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from verbinder.io.atomic import write_bytes

    write_bytes(output, data, force=force, private=private)


def table_text(table: Callable[[Console], None]) -> str:
    """What ``table`` prints, as plain text at 100 columns (for ``--output``), without the trailing spaces rich pads
    lines with."""
    from verbinder.render.terminal import recording_console

    out = recording_console()
    table(out)
    return "\n".join(line.rstrip(" ") for line in out.export_text().split("\n"))


def terminal() -> Console:
    """The rich console on stdout."""
    from verbinder.render.terminal import console

    return console()


def write_output(text: str, output: Path | None, *, force: bool = False, private: bool = False) -> None:
    """Write ``text`` to stdout, or atomically to ``output`` (refusing to overwrite without ``force``).

    Control characters other than newlines, CRLF and tabs are escaped on the way
    (:func:`verbinder.render.safe.document`): the last line of defence for a
    writer that let a name through as it is.
    """
    from verbinder.render.safe import document

    text = document(text)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from verbinder.io.atomic import write_text

    write_text(output, text, force=force, private=private)


def say(text: str) -> None:
    """One message line on stderr, control characters (and newlines) in it escaped."""
    from verbinder.render.safe import line

    sys.stderr.write(line(text) + "\n")


@contextlib.contextmanager
def batch() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one short batch step (load, analyse, render).

    Reading a large model allocates hundreds of thousands of small objects that
    all stay alive; the collector would scan them again and again (two thirds
    of the load time of a 10,000-link model) and find nothing to free.  The
    pipeline makes no reference cycles worth collecting, and the process ends
    right after.  Long-running commands (the workshop) do not use this.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    gc.unfreeze()  # what an earlier batch froze (in a test process, many commands run) may be collected again
    try:
        yield
    finally:
        if was_enabled:
            # What the batch built stays alive: move it out of the collector's sight before it runs again, or the
            # first allocation after the batch scans it all (0.3 s after analysing a 10,000-link model).
            gc.freeze()
            gc.enable()
