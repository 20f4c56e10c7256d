"""``verbinder assess``: a member's self-assessment, written back into the model.

Questions and indicators go to stderr, answers are read from stdin (so a form
or a test can pipe them in).  Nothing is written until the last question is
answered: Ctrl-C or the end of the input before that leaves the model as it was.
The model is saved atomically with a backup (``NAME.bak``), comments and order kept.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from verbinder.cli.common import Shared, command, h, say

MemberArg = Annotated[str | None, typer.Argument(help=h("help.assess_member"), show_default=False)]
AnswersOpt = Annotated[Path | None, typer.Option("--answers", help=h("help.assess_answers"), show_default=False)]
AllOpt = Annotated[bool, typer.Option("--all", help=h("help.assess_all"))]
NotesOpt = Annotated[Path | None, typer.Option("--notes", help=h("help.assess_notes"), show_default=False)]
NoBackupOpt = Annotated[bool, typer.Option("--no-backup", help=h("help.assess_no_backup"))]
ImportOpt = Annotated[
    Path | None, typer.Option("--import", help=h("help.assess_import"), show_default=False, metavar="LEVELS.csv")
]


def _ask(prompt: str) -> str:
    """One line from stdin after ``prompt`` on stderr; the end of the input is an error."""
    from verbinder.errors import UsageError
    from verbinder.i18n import Msg
    from verbinder.render.safe import terminal

    sys.stderr.write(terminal(prompt))
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        raise UsageError(Msg("assess.err.eof"))
    return line.strip()


def _ask_level(prompt: str, current: int | None, lang: str) -> int | None:
    from verbinder.i18n import t

    while True:
        answer = _ask(prompt)
        if answer == "":
            return current
        if answer in ("0", "1", "2", "3", "4"):
            return int(answer)
        say(t("assess.invalid", lang, value=answer))


def questionnaire(project, actor, competencies: list[str], lang: str) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Ask the level of each competency, then the reflection questions; return levels and reflections."""
    from verbinder.analysis.assessment import REFLECTION_KEYS
    from verbinder.i18n import t
    from verbinder.render.development import show_competency
    from verbinder.render.terminal import console

    out = console(stderr=True)
    index = project.catalogue.index()
    out.print(t("assess.intro", lang, name=actor.name, n=len(competencies)))
    levels: dict[str, int] = {}
    for i, cid in enumerate(competencies, start=1):
        current = actor.competencies.get(cid)  # None: not assessed; Enter keeps it so
        out.print()
        show_competency(out, index[cid], current, i, len(competencies), lang)
        shown = t("gaps.not_assessed", lang) if current is None else current
        level = _ask_level(t("assess.prompt", lang, current=shown), current, lang)
        if level is not None:
            levels[cid] = level
    out.print()
    out.print(t("assess.reflect.intro", lang))
    reflections = []
    for key in REFLECTION_KEYS:
        question = t(key, lang)
        answer = _ask(question + "\n> ")
        if answer:
            reflections.append((question, answer))
    return levels, reflections


@command("model", "lang", "roles", "catalogue")
def assess(
    opts: Shared,
    member: MemberArg = None,
    answers: AnswersOpt = None,
    import_: ImportOpt = None,
    all: AllOpt = False,
    notes: NotesOpt = None,
    no_backup: NoBackupOpt = False,
) -> None:
    from verbinder.analysis.assessment import changes, read_answers, relevant_competencies
    from verbinder.i18n import localized, t
    from verbinder.io.roundtrip import RoundTrip
    from verbinder.project import check_edit

    project, language = opts.open()
    model = opts.path
    if import_ is not None:
        _import(project, opts, import_, language, no_backup)
        return
    if member is None:
        from verbinder.errors import UsageError
        from verbinder.i18n import Msg

        raise UsageError(Msg("hr.err.member_or_import"))
    actor = project.member(member)
    doc = RoundTrip(model)  # before any question: a model that cannot be edited is refused up front
    if notes is not None:  # and notes that cannot be kept (a folder)
        from verbinder.io.atomic import refuse_existing

        refuse_existing(notes, force=True)
    reflections: list[tuple[str, str]] = []
    if answers is not None:
        levels = read_answers(answers, project.catalogue)
    else:
        (profile,) = [p for p in project.profiles() if p.id == member]
        asked = relevant_competencies(profile, project.catalogue, everything=all)
        levels, reflections = questionnaire(project, actor, asked, language)
    changed = changes(actor, levels)
    if notes is not None and reflections:
        _append_notes(notes, actor.name, reflections, language)
    if not changed:
        say(t("assess.msg.unchanged", language))
        return
    import datetime as dt

    from verbinder.analysis.history import ImportedLevel, record
    from verbinder.model import Rater

    day = dt.date.today().isoformat()
    record(doc.data, [ImportedLevel(member, cid, new, day, Rater.SELF) for cid, (_old, new) in changed.items()])
    check_edit(doc, roles=opts.roles, catalogue=opts.catalogue)
    backup = doc.save(backup=not no_backup)
    names = project.catalogue.index()
    for cid, (old, new) in changed.items():
        before = t("gaps.not_assessed", language) if old is None else old
        say(f"  {localized(names[cid].name, language)}: {before} → {new}")
    say(t("assess.msg.saved", language, n=len(changed), name=actor.name, file=str(model)))
    if backup is not None:
        say(t("staff.msg.backup", language, file=str(backup)))


def _append_notes(path: Path, name: str, reflections: list[tuple[str, str]], lang: str) -> None:
    """Add this session's reflections to a local Markdown notes file (never into the model)."""
    import datetime as dt

    from verbinder.i18n import t
    from verbinder.io.atomic import write_text
    from verbinder.io.yamlread import read_text

    before = read_text(path) if path.exists() or path.is_symlink() else ""  # bounded; a folder is refused
    lines = [f"## {t('assess.notes_head', lang, name=name, date=dt.date.today().isoformat())}", ""]
    for question, answer in reflections:
        lines += [f"**{question}**", "", answer, ""]
    text = (before.rstrip("\n") + "\n\n" if before else "") + "\n".join(lines)
    write_text(path, text, force=True, private=True)  # personal reflections: the owner's only
    say(t("assess.msg.notes", lang, file=str(path)))


def _import(project, opts: Shared, path: Path, language: str, no_backup: bool) -> None:
    """``--import levels.csv``: every row checked first; then all levels recorded with date and rater, or nothing.

    Only the imported members' items change: each is rewritten on its own and
    spliced into the file's text, every other line stays byte for byte; a
    layout that cannot be spliced (anchors shared between members) is written
    as a whole, each member with their own levels.
    """
    import datetime as dt

    from verbinder.analysis.history import read_levels_csv, record
    from verbinder.errors import render_problem
    from verbinder.i18n import t
    from verbinder.io.roundtrip import RoundTrip
    from verbinder.project import check_edit

    doc = RoundTrip(opts.path)
    found = read_levels_csv(path, project.model, project.catalogue, dt.date.today())
    for note in found.notes:
        say(render_problem(note, language))
    record(doc.data, found.levels)
    spliced = _splice(doc, found.levels)
    if spliced is not None:
        doc.splice(spliced)
    check_edit(doc, roles=opts.roles, catalogue=opts.catalogue)
    backup = doc.save(backup=not no_backup)
    levels = found.levels
    members = len({item.member for item in levels})
    say(t("hr.msg.imported", language, n=len(levels), members=members, file=str(path), model=str(opts.model)))
    if backup is not None:
        say(t("staff.msg.backup", language, file=str(backup)))


def _record(items: list, node: object) -> None:
    from verbinder.analysis.history import record_actor

    record_actor(node, items)


def _shares_nodes(root) -> bool:
    """Whether a node of the composed document is reached twice (an alias, or a merge key's source)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node.value, list):
            for child in node.value:
                stack.extend(child if isinstance(child, tuple) else (child,))
    return False


def _splice(doc, levels) -> str | None:
    """The original text with only the imported members' items rewritten (``None``: the layout cannot be spliced)."""
    from functools import partial

    import yaml

    from verbinder.workshop.document import Unspliceable, edit_item, layout

    text = doc.original
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None
    if _shares_nodes(root):  # anchors and aliases: written as a whole, each member with their own levels
        return None
    lay = layout(text, root)
    if lay is None or len(lay.spans.get("actors", ())) != len(doc.data["actors"]):
        return None
    by_member: dict[str, list] = {}
    for item in levels:
        by_member.setdefault(item.member, []).append(item)
    try:
        for i, actor in enumerate(doc.data["actors"]):
            items = by_member.get(actor.get("id"))
            if items:
                text, lay, _ = edit_item(text, lay, "actors", i, partial(_record, items))
    except Unspliceable:
        return None
    return text
