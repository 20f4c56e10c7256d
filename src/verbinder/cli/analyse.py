"""``verbinder analyse``: every link classified, with the competencies it needs and why."""

from __future__ import annotations

from verbinder.cli.common import (
    CatalogueOpt,
    Format,
    FormatOpt,
    LangOpt,
    ModelArg,
    RolesOpt,
    batch,
    report_errors,
)


@report_errors
def analyse(
    model: ModelArg,
    format: FormatOpt = Format.table,
    lang: LangOpt = None,
    roles: RolesOpt = None,
    catalogue: CatalogueOpt = None,
) -> None:
    from verbinder.analysis.agenda import agenda_coverage
    from verbinder.analysis.diagnostics import diagnose
    from verbinder.analysis.links import analyse_links
    from verbinder.i18n import choose_lang
    from verbinder.project import load_project

    with batch():
        project = load_project(model, roles=roles, catalogue=catalogue)
        language = choose_lang(lang.value if lang else None, project.model.language)
        result = analyse_links(project.model, project.link_ids, project.rules)
        diagnostics = diagnose(result)
        result.warnings.extend(diagnostics.findings)
        agenda = agenda_coverage(result)
        result.warnings.extend(agenda.warnings)
        _render(result, project, format, language, agenda, diagnostics)


def _render(result, project, format: Format, language: str, agenda=None, diagnostics=None) -> None:
    if format is Format.json:
        import sys

        from verbinder.render import json as render_json

        sys.stdout.write(
            render_json.dumps(
                render_json.analysis(result, project.catalogue, language, agenda=agenda, diagnostics=diagnostics)
            )
        )
    elif format is Format.markdown:
        import sys

        from verbinder.render import markdown

        sys.stdout.write(markdown.analysis(result, project.catalogue, language, agenda=agenda, diagnostics=diagnostics))
    else:
        from verbinder.render import terminal

        terminal.analysis(
            terminal.console(), result, project.catalogue, language, agenda=agenda, diagnostics=diagnostics
        )
