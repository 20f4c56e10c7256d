"""The application layer: load a model with its catalogue and rules, and run every analysis on it.

This is verbinder's front door as a library (``import verbinder``), the way
sqlite-utils' ``db.py`` sits under its ``cli.py``: the commands, the report,
the workshop and the benchmarks call it, and none of them puts the pipeline
together itself.

The catalogue and roles folder are, in order: the ``roles`` / ``catalogue``
arguments (the command-line flags), the model's ``catalogue:`` / ``roles:``
keys (relative to the model file), the shipped ones.

Examples
--------
>>> import verbinder
>>> project = verbinder.load("examples/gemeente-dalburg.yaml")  # doctest: +SKIP
>>> result = project.analyse()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from verbinder.catalogue import Catalogue, load_catalogue
from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg, choose_lang
from verbinder.io.validate import located, parse
from verbinder.io.yamlread import Source, load_yaml
from verbinder.model import Actor, Model, assign_link_ids, check_references
from verbinder.resources import default_catalogue, default_roles
from verbinder.rules.engine import RuleSet, load_rules

if TYPE_CHECKING:
    import datetime as _dt

    from verbinder.analysis.agenda import AgendaCoverage, Roadmap
    from verbinder.analysis.development import MemberPlan
    from verbinder.analysis.diagnostics import Diagnostics
    from verbinder.analysis.diff import ModelDiff
    from verbinder.analysis.links import Analysis
    from verbinder.analysis.profiles import MemberProfile
    from verbinder.io.roundtrip import RoundTrip
    from verbinder.plan.actions import Action
    from verbinder.plan.connect import ConnectPlan
    from verbinder.plan.result import Plan
    from verbinder.plan.staffing import StaffingPlan

PathLike = str | Path

#: The ranked actions name a suggested connector (the staffing optimiser) for at most this many open links; above
#: it each staff action points to ``verbinder staff`` instead (the optimiser took 5-20 s on 3,000 open links).
STAFFING_LIMIT = 500


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """What ``verbinder analyse`` shows: the links, the diagnostics and the agenda's coverage.

    ``links.warnings`` holds every warning, in this order: the rules' warnings,
    the diagnostics' findings, the agenda's warnings.  ``rule_warnings`` are the
    rules' alone.
    """

    links: Analysis
    diagnostics: Diagnostics
    agenda: AgendaCoverage
    rule_warnings: tuple
    actions: tuple[Action, ...] = ()  # ranked, rank 1 first (see verbinder.plan.actions)

    @property
    def warnings(self) -> list:
        """Every warning (see the class docstring)."""
        return self.links.warnings


class AgendaPlan(NamedTuple):
    """The coalition agreement's coverage per item and the roadmap over the term."""

    coverage: AgendaCoverage
    roadmap: Roadmap


@dataclass
class Project:
    """A checked model with its catalogue and rules, and the analyses on it.

    Get one with :func:`load`.  The analyses are computed once per project and
    cached; a project does not change (an edit makes a new one).
    """

    path: Path
    model: Model
    source: Source
    link_ids: list[str]
    catalogue: Catalogue
    rules: RuleSet
    _plans: dict = dataclasses.field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def actors(self) -> dict[str, Actor]:
        """Actors by id."""
        return self.model.actor_index()

    def language(self, requested: str | None = None) -> str:
        """The output language: ``requested`` (``--lang``), else the model's ``language``, else the locale's."""
        return choose_lang(requested, self.model.language)

    def member(self, member_id: str) -> Actor:
        """The kopgroep member with id ``member_id``.

        Raises :class:`~verbinder.errors.UsageError` ("did you mean") for any other id.
        """
        from verbinder.errors import UsageError
        from verbinder.model import unknown

        ids = [a.id for a in self.model.actors if a.kopgroep]
        if member_id not in ids:
            raise UsageError(unknown("member", member_id, ids))
        return self.actors[member_id]

    # --- analyses ---------------------------------------------------------------------------------------------

    @cached_property
    def link_analysis(self) -> Analysis:
        """Every link classified, with the competencies it needs and why; the rules' warnings only."""
        from verbinder.analysis.links import analyse_links

        return analyse_links(self.model, self.link_ids, self.rules)

    @cached_property
    def diagnostics(self) -> Diagnostics:
        """Dominance, silos, structural holes, load and the power/interest grid."""
        from verbinder.analysis.diagnostics import diagnose

        return diagnose(self.link_analysis)

    @cached_property
    def agenda_coverage(self) -> AgendaCoverage:
        """The agenda items' coverage by links, with its warnings (none without an agenda)."""
        from verbinder.analysis.agenda import agenda_coverage

        return agenda_coverage(self.link_analysis)

    def analyse(self, *, today: _dt.date | None = None) -> AnalysisResult:
        """Links, diagnostics, agenda coverage and the ranked actions, with every warning gathered on the links'
        analysis.  ``today`` (default: the real date) weighs the agenda's due dates in the actions' priority."""
        links = self.link_analysis
        merged = [*links.warnings, *self.diagnostics.findings, *self.agenda_coverage.warnings]
        return AnalysisResult(
            dataclasses.replace(links, warnings=merged),
            self.diagnostics,
            self.agenda_coverage,
            tuple(links.warnings),
            tuple(self.actions(today=today)),
        )

    def actions(self, *, today: _dt.date | None = None) -> list[Action]:
        """Everything to do, ranked: rank 1 first (see :mod:`verbinder.plan.actions` for the formula)."""
        import datetime as dt

        from verbinder.plan.actions import Context, actions

        today = dt.date.today() if today is None else today
        links = self.link_analysis
        open_links = len(self.diagnostics.no_connector)
        plan = self.plan(today=today) if open_links <= STAFFING_LIMIT else None
        profiles = self.profiles(today=today)
        return actions(
            Context(
                links, self.diagnostics, self.agenda_coverage, profiles, plan, links.warnings, today, self.catalogue
            )
        )

    def agenda(self, today: _dt.date) -> AgendaPlan:
        """The agenda's coverage and its roadmap as seen on ``today``."""
        from verbinder.analysis.agenda import roadmap

        return AgendaPlan(self.agenda_coverage, roadmap(self.agenda_coverage, self.model, today))

    def profiles(self, *, today: _dt.date | None = None) -> list[MemberProfile]:
        """Per kopgroep member: what their links ask, what they have, the gap, and the focus points.

        ``today`` (default: the real date) weighs the agenda's due dates in the focus points.
        """
        from verbinder.analysis.profiles import member_profiles

        return member_profiles(self.model, self.link_analysis, self.rules, today=today)

    def development(self, member: str | None = None, *, today: _dt.date | None = None) -> list[MemberPlan]:
        """A development plan per kopgroep member (only ``member``'s when given), the focus points first."""
        from verbinder.analysis.development import development_plans

        if member is not None:
            self.member(member)
        profiles = [p for p in self.profiles(today=today) if member is None or p.id == member]
        return development_plans(profiles, self.model, self.catalogue)

    def staffing(self, *, min_fit: int = 30, today: _dt.date | None = None) -> StaffingPlan:
        """The plan's connector for every link without one (fit at least ``min_fit`` %), as ``staff`` shows it."""
        from verbinder.plan.views import staffing_view

        return staffing_view(self.plan(min_fit=min_fit, today=today), self.model, self.link_ids)

    def connect(
        self,
        *,
        agenda: str | None = None,
        weave: bool = False,
        top: int = 5,
        min_fit: int = 30,
        today: _dt.date | None = None,
    ) -> ConnectPlan:
        """Who must be connected with whom: the plan's links to make (or extend) per agenda item, each with why.

        ``agenda`` limits it to one item; ``weave`` adds regie links for unbridged
        departments and the ``top`` introductions by Adamic-Adar (see
        :mod:`verbinder.plan.connect`), staffed in the same plan.
        """
        from verbinder.plan.views import connect_view

        return connect_view(self.plan(min_fit=min_fit, weave=weave, top=top, today=today), agenda)

    def plan(self, *, today: _dt.date | None = None, min_fit: int = 30, weave: bool = False, top: int = 5) -> Plan:
        """What to do: one plan of assignments, reassignments, proposals, escalations, assessments, development
        and what cannot be done, with one capacity per member (see :mod:`verbinder.plan.planner`).  Every command
        that advises reads this one plan; it is computed once per project and options (``today`` weighs the
        agenda's due dates in the links' importance; ``weave`` and ``top`` add connect's weaving).
        """
        import datetime as dt

        from verbinder.plan.planner import make_plan, with_profile_assessments

        today = dt.date.today() if today is None else today
        key = (today, min_fit, weave, top if weave else 0)
        plan = self._plans.get(key)
        if plan is None:
            plan = make_plan(
                self.model,
                self.link_ids,
                self.link_analysis,
                self.rules,
                today=today,
                min_fit=min_fit,
                weave=weave,
                top=top,
            )
            # one list per member to assess: the profile's (their own links) and the plan's choices, together
            names = {a.id: a.name for a in self.model.actors}
            plan = self._plans[key] = with_profile_assessments(plan, self.profiles(today=today), names)
        return plan

    def diff(self, newer: Project) -> ModelDiff:
        """What changed from this version of the model to ``newer``."""
        from verbinder.analysis.diff import diff_models, side

        return diff_models(
            side(self.model, self.link_ids, self.rules),
            side(newer.model, newer.link_ids, newer.rules),
            self.rules,
            newer.rules,
        )


def read_model(path: Path, text: str | None = None) -> tuple[Model, Source]:
    """Parse and type-check a model file (no cross-references yet); ``text`` overrides the file's content."""
    data, source = load_yaml(path, text=text)
    return parse(Model, data, source), source


#: How much of a value from a file named by a model's key an error may quote (a parser's own words: 60).
EXCERPT = 16


@contextlib.contextmanager
def _named_by(key_value: str | None, key: str, source: Source) -> Iterator[None]:
    """Errors in a file that the model's ``key`` names say so, and quote no more than a short excerpt of it.

    A model received from someone else could name any file (``catalogue:
    /etc/shadow``); verbinder must not become a way to print it.  Only the first
    problem is reported, every value it quotes is cut to :data:`EXCERPT`
    characters (and escaped when printed), and the message names the key.
    """
    if not key_value:
        yield
        return
    try:
        yield
    except InputError as exc:
        first = exc.problems[0]
        pos = source.locate((key,)) or (1, 1)
        where = f"{source.name}:{pos[0]}:{pos[1]}"
        if isinstance(first, Problem):
            message = Msg("harden.named_by", problem=_excerpt(first.message), key=key, where=where)
            path = re.sub(rf"[^.\[\]]{{{EXCERPT + 1},}}", lambda m: m.group()[: EXCERPT - 1] + "…", first.path)
            raise InputError(Problem(first.file, message, first.line, first.col, path)) from None
        raise InputError(Msg("harden.named_by", problem=_excerpt(first), key=key, where=where)) from None


def _excerpt(message: Any, limit: int = EXCERPT) -> Any:
    """``message`` with every quoted value cut to ``limit`` characters."""
    if isinstance(message, Msg):
        return Msg(message.key, **{k: _excerpt(v, 60 if k == "detail" else EXCERPT) for k, v in message.params.items()})
    if isinstance(message, str) and len(message) > limit:
        return message[: limit - 1] + "…"
    return message


def resolve_source(flag: Path | None, key: str | None, model_path: Path, default: Path) -> Path:
    """The catalogue or roles to use: the command-line ``flag``, else the model's ``key`` (relative to the model
    file), else the shipped ``default``."""
    if flag is not None:
        return flag
    if key:
        return (model_path.parent / key).resolve() if not Path(key).is_absolute() else Path(key)
    return default


def load(
    path: PathLike,
    *,
    roles: PathLike | None = None,
    catalogue: PathLike | None = None,
    text: str | None = None,
) -> Project:
    """Read, check and resolve a model; every problem is reported at once, located.

    ``roles`` and ``catalogue`` replace the model's own (and the shipped) rules
    folder and catalogue file.  ``text`` is the model's content when it is not
    (yet) on disk, e.g. an edit to be checked before it is saved.

    Raises :class:`~verbinder.errors.InputError` for a model, catalogue or
    rule file that cannot be used.
    """
    path = Path(path)
    model, source = read_model(path, text)
    cat_path = resolve_source(_path(catalogue), model.catalogue, path, default_catalogue())
    roles_path = resolve_source(_path(roles), model.roles, path, default_roles())
    for loc, target, is_dir in ((("catalogue",), cat_path, False), (("roles",), roles_path, True)):
        # a catalogue may be any readable non-folder (a FIFO, <(command)); the roles must be a folder
        exists = target.is_dir() if is_dir else (target.exists() and not target.is_dir())
        if not exists:
            if target.exists():  # a folder given for the catalogue, or a file for the roles
                if target.is_dir():
                    message = Msg("err.is_dir")
                elif target.is_file() and roles is not None:
                    message = Msg("err.not_a_roles_dir")  # "is a file; --roles takes a folder"
                else:  # a device or a pipe, or named by the model's roles: key
                    message = Msg("harden.not_a_roles_dir")
                in_model = Msg("err.path_problem", path=str(target), problem=message)
            else:
                message, in_model = Msg("err.not_found"), Msg("err.missing_path", path=str(target))
            problem = source.problem(loc, in_model) if getattr(model, loc[0]) else Problem(str(target), message)
            raise InputError(problem)
    with _named_by(model.catalogue if catalogue is None else None, "catalogue", source):
        cat = load_catalogue(cat_path)
    with _named_by(model.roles if roles is None else None, "roles", source):
        ruleset = load_rules(
            roles_path, [c.id for c in cat.competencies], [c.id for c in cat.competencies if c.disposition]
        )
    return _checked(path, model, source, cat, ruleset)


def recheck(project: Project, data: Any, source: Source) -> Project:
    """``project`` with its model replaced by ``data`` (parsed from ``source``), judged by the same catalogue and
    rules: what :func:`load` checks, without reading the catalogue and rules again (the workshop's edits).

    Raises :class:`~verbinder.errors.InputError`, located in ``source``, when ``data`` is not a valid model.
    """
    return _checked(project.path, parse(Model, data, source), source, project.catalogue, project.rules)


def _checked(path: Path, model: Model, source: Source, cat: Catalogue, ruleset: RuleSet) -> Project:
    issues = check_references(model, [c.id for c in cat.competencies])
    for i, actor in enumerate(model.actors):
        if actor.role is not None and ruleset.role(actor.role) is None:
            issues.append((("actors", i, "role"), _unknown_role(actor.role, ruleset)))
    if issues:
        raise InputError(located(issues, source))
    return Project(path, model, source, assign_link_ids(model), cat, ruleset)


#: The name this function had before the application layer; kept so existing code keeps working.
load_project = load


def check_edit(doc: RoundTrip, *, roles: PathLike | None = None, catalogue: PathLike | None = None) -> Project:
    """Validate an edited document (:class:`~verbinder.io.roundtrip.RoundTrip`) as ``verbinder validate`` would.

    Returns the project of the edited text; raises :class:`~verbinder.errors.InputError`
    (located in the edited text) when the edit made the model invalid, before anything is saved.
    """
    return load(doc.path, roles=roles, catalogue=catalogue, text=doc.dump())


def load_revision(
    path: PathLike, revision: str, *, roles: PathLike | None = None, catalogue: PathLike | None = None
) -> Project:
    """The model file ``path`` as it was in git revision ``revision``.

    Its problems name the file as ``PATH@REVISION``.  Raises
    :class:`~verbinder.errors.UsageError` when git cannot give that version.
    """
    from verbinder.io.git import show

    path = Path(path)
    text = show(path, revision)
    try:
        return load(path, roles=roles, catalogue=catalogue, text=text)
    except InputError as exc:  # name the revision in every problem of the old version
        exc.problems = [
            dataclasses.replace(p, file=f"{path}@{revision}") if isinstance(p, Problem) and p.file == str(path) else p
            for p in exc.problems
        ]
        raise


def diff(older: Project, newer: Project) -> ModelDiff:
    """What changed between two versions of a model (see :meth:`Project.diff`)."""
    return older.diff(newer)


def _path(value: PathLike | None) -> Path | None:
    return None if value is None else Path(value)


def _unknown_role(role: str, ruleset: RuleSet) -> Msg:
    from verbinder.model import unknown

    return unknown("role", role, [r.id for r in ruleset.roles])
