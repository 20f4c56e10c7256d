"""What every command shares: options declared once, error handling in one place.

This module is imported when ``verbinder --help`` runs, so it imports only
typer and the standard library; everything heavy is imported inside commands.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from verbinder.i18n import DEFAULT_LANG, choose_lang, locale_lang, t

F = TypeVar("F", bound=Callable[..., Any])

#: The language of --help texts: the locale's, else Dutch (typer builds help before any model is read).
HELP_LANG = locale_lang() or DEFAULT_LANG


def h(key: str) -> str:
    """A help text in the locale's language."""
    return t(f"help.{key}", HELP_LANG)


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


ModelArg = Annotated[Path, typer.Argument(help=h("model"), show_default=False)]
LangOpt = Annotated[LangChoice | None, typer.Option("--lang", help=h("lang"), show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help=h("format"))]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help=h("format"))]
RolesOpt = Annotated[Path | None, typer.Option("--roles", help=h("roles"), show_default=False)]
CatalogueOpt = Annotated[Path | None, typer.Option("--catalogue", help=h("catalogue"), show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help=h("output"), show_default=False)]
ForceOpt = Annotated[bool, typer.Option("--force", help=h("force"))]

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

        try:
            return func(*args, **kwargs)
        except VerbinderError as exc:
            flag = kwargs.get("lang")
            model = kwargs.get("model")
            lang = choose_lang(flag.value if flag else None, sniff_lang(model))
            for problem in exc.problems:
                sys.stderr.write(render_problem(problem, lang) + "\n")
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write(t("msg.interrupted", choose_lang(None)) + "\n")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def render_problem(problem: Any, lang: str) -> str:
    """One problem as one line in ``lang``: ``FILE:LINE:COL: path: message``.

    Control characters (from a name in the model, a file name) are escaped, newlines too: one problem is one line.
    """
    from verbinder.errors import Problem
    from verbinder.render.safe import line

    if isinstance(problem, Problem):
        message = problem.message.render(lang) if hasattr(problem.message, "render") else str(problem.message)
        return line(str(Problem(problem.file, message, problem.line, problem.col, problem.path)))
    return line(problem.render(lang) if hasattr(problem, "render") else str(problem))


def write_output(text: str, output: Path | None, *, force: bool = False) -> None:
    """Write ``text`` to stdout, or atomically to ``output`` (refusing to overwrite without ``force``)."""
    if output is None:
        sys.stdout.write(text)
        return
    from verbinder.io.atomic import write_text

    write_text(output, text, force=force)


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
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
