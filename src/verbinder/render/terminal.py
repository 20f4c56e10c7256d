"""Terminal primitives: the rich console every command prints on, and a list of warnings.

Nothing is cut off: columns fold long words instead of truncating them, and
when output is piped rich wraps at the console width rather than dropping text.
A format primitive: it imports no feature module (``lint-imports`` checks it);
the features' writers (``render/links.py``, ``render/agenda.py`` ...) use it.
Tables: :func:`verbinder.render.tables.rich`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.i18n import t

if TYPE_CHECKING:
    from rich.console import Console

    from verbinder.analysis.links import Finding


def console(stderr: bool = False) -> Console:
    """A rich console: 80 columns when not a terminal, no colour codes in pipes, control characters escaped."""
    from verbinder.render.safe import console as safe_console

    return safe_console(stderr=stderr, highlight=False, soft_wrap=False)


def recording_console(width: int = 100) -> Console:
    """A rich console that records what is printed (for ``--output`` of a terminal table), no colour."""
    import io

    from verbinder.render.safe import console as safe_console

    return safe_console(record=True, width=width, file=io.StringIO(), highlight=False, color_system=None)


def indented(out: Console, markup: str, indent: int) -> None:
    """``markup`` wrapped to the console's width, every line indented, and no line padded with trailing spaces
    (``rich.padding.Padding`` pads each line to the width: in a file or a pipe those spaces are kept)."""
    from rich.text import Text

    for line in Text.from_markup(markup).wrap(out, max(out.width - indent, 20)):
        line.rstrip()
        out.print(Text(" " * indent) + line, soft_wrap=True)


def warnings(out: Console, findings: list[Finding], lang: str) -> None:
    """A "Warnings" heading and one line per finding (message and code); nothing when there are none."""
    from rich.markup import escape
    from rich.padding import Padding

    if not findings:
        return
    out.print()
    out.print(f"[bold]{t('head.warnings', lang)}[/bold]")
    for w in findings:
        out.print(Padding(f"[yellow]![/yellow] {escape(w.message.render(lang))} [dim]({w.code})[/dim]", (0, 0, 0, 2)))
