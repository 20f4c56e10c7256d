"""Markdown primitives, for reports pasted into a wiki, a memo or a pull request.

A format primitive: it imports no feature module (``lint-imports`` checks it).
Tables: :func:`verbinder.render.tables.markdown`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from verbinder.i18n import t

if TYPE_CHECKING:
    from verbinder.analysis.links import Finding


def warnings(findings: list[Finding], lang: str) -> list[str]:
    """A "Warnings" section, one list item per finding (message and code); no lines when there are none."""
    if not findings:
        return []
    out = [f"## {t('head.warnings', lang)}", ""]
    out += [f"- {w.message.render(lang)} (`{w.code}`)" for w in findings]
    return [*out, ""]
