"""The one family of errors verbinder raises for things a user can fix.

Every error a user can cause ends as a :class:`VerbinderError`.  The CLI catches
it in one place, prints each problem as one sentence on stderr and exits with
:attr:`VerbinderError.exit_code` (2: invalid input or usage).  No traceback ever
reaches a user for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from verbinder.i18n import Msg, TextMsg


class ExitCode(IntEnum):
    """Exit codes shared by every command."""

    OK = 0
    FINDINGS = 1  # only where a command promises it (e.g. ``diff`` when models differ)
    INVALID = 2  # invalid input or usage


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input, located as precisely as the input allows.

    ``line`` and ``col`` are 1-based; ``None`` where the input has no position
    (an empty file, a file that is too large).  ``path`` is the dotted path of
    the value inside the document, e.g. ``links[3].via``.
    """

    file: str
    message: str | Msg | TextMsg  # rendered late, in the user's language
    line: int | None = None
    col: int | None = None
    path: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.col if self.col is not None else 1}"
        if self.path:
            return f"{where}: {self.path}: {self.message}"
        return f"{where}: {self.message}"


def render_problem(problem: Problem | Any, lang: str) -> str:
    """One problem as one line in ``lang``: ``FILE:LINE:COL: path: message``."""
    if isinstance(problem, Problem):
        message = problem.message
        text = message.render(lang) if hasattr(message, "render") else str(message)
        return str(Problem(problem.file, text, problem.line, problem.col, problem.path))
    return problem.render(lang) if hasattr(problem, "render") else str(problem)


class VerbinderError(Exception):
    """Base class of every error a user can cause; carries one or more problems."""

    exit_code: int = ExitCode.INVALID

    def __init__(self, problems: Problem | Any | list[Problem | Any]):
        # a problem is a located Problem, or a message (a verbinder.i18n.Msg or plain text)
        self.problems: list[Problem | Any] = list(problems) if isinstance(problems, list) else [problems]
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(VerbinderError):
    """A model, rule file, catalogue or CSV that cannot be used as it is."""


class UsageError(VerbinderError):
    """A command-line request that cannot be carried out (unknown member, file exists, ...)."""


def os_reason(exc: OSError) -> Any:
    """Why the operating system refused, as a message in the user's language where it is a common case."""
    import errno

    from verbinder.i18n import Msg

    known = {
        errno.ENOENT: "os.no_such_folder",
        errno.EACCES: "os.permission",
        errno.EPERM: "os.permission",
        errno.ENOSPC: "os.disk_full",
        errno.EROFS: "os.read_only",
        errno.EISDIR: "os.is_dir",
        errno.ENOTDIR: "os.not_a_dir",
    }
    key = known.get(exc.errno or 0)
    return Msg(key) if key else (exc.strerror or str(exc))
