"""Output of ``verbinder compare``: findings first (terminal, Markdown, HTML), every figure as JSON or CSV.

Texts from the input (ids, groups) are escaped by each writer: rich markup and control characters
in the terminal, Markdown cells, HTML text and attributes (:func:`verbinder.render.safe.html`),
formula prefixes in CSV (:func:`verbinder.render.safe.csv_cell`).  The HTML page has no script
and a Content-Security-Policy that allows only its own stylesheet.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from verbinder.analysis.brokerage import COLUMNS
from verbinder.analysis.change import Change, Finding, Snapshot, period_bounds, period_keys
from verbinder.i18n import Msg, date, number, t
from verbinder.render.safe import csv_cell
from verbinder.render.safe import html as esc

if TYPE_CHECKING:
    from rich.console import Console

#: The message key of each finding kind's name.
KIND_KEYS = {
    "connector-lost": "change.kind.connector-lost",
    "bridge-lost": "change.kind.bridge-lost",
    "bridge-unseen": "change.kind.bridge-unseen",
    "new-silo": "change.kind.new-silo",
    "silo-unconfirmed": "change.kind.silo-unconfirmed",
    "new-connector": "change.kind.new-connector",
}
#: The message key of each finding kind counted ("5 bridges lost").
COUNT_KEYS = {
    "connector-lost": "change.count.connector-lost",
    "bridge-lost": "change.count.bridge-lost",
    "bridge-unseen": "change.count.bridge-unseen",
    "new-silo": "change.count.new-silo",
    "silo-unconfirmed": "change.count.silo-unconfirmed",
    "new-connector": "change.count.new-connector",
}
#: How an unconfirmed finding (the last period: whether it lasts cannot be seen yet) is named in words.
UNCONFIRMED = {"bridge-lost": "bridge-unseen", "new-silo": "silo-unconfirmed"}
#: Findings the terminal shows per comparison (Markdown, HTML, JSON and CSV have all of them).
TERMINAL_FINDINGS = 10
#: The message key of each period's name.
PERIOD_KEYS = {"week": "change.period.week", "month": "change.period.month", "quarter": "change.period.quarter"}
#: The summary's count of periods by their name: "12 maanden", "1 week", "2 quarters".
SUMMARY_KEYS = {
    "week": "change.summary_periods.week",
    "month": "change.summary_periods.month",
    "quarter": "change.summary_periods.quarter",
}
#: "a usual month": the period a small one is measured against.
USUAL_KEYS = {"week": "change.usual.week", "month": "change.usual.month", "quarter": "change.usual.quarter"}
#: A small period's share of a usual one in words, by the whole number nearest usual / small ("about a third": 3).
FRACTION_KEYS = {
    2: "change.fraction.2",
    3: "change.fraction.3",
    4: "change.fraction.4",
    5: "change.fraction.5",
    6: "change.fraction.6",
    7: "change.fraction.7",
    8: "change.fraction.8",
    9: "change.fraction.9",
    10: "change.fraction.10",
}
#: People with a chart in the HTML of periods: those in a finding or ranked in some period, at most this many.
CHART_PEOPLE = 60


def _privacy_key(c: Change) -> str:
    return "discover.pseudonymised" if c.pseudonymised else "discover.personal_data"


def _why(f: Finding, lang: str) -> str:
    tail = [t("change.why.unconfirmed", lang)] if f.unconfirmed else []
    return " ".join([*(m.render(lang) for m in f.why), *tail])


def _kind(f: Finding) -> str:
    """The kind as the human formats name it: a bridge lost or a silo in the last period is not yet confirmed."""
    return UNCONFIRMED.get(f.kind, f.kind) if f.unconfirmed else f.kind


def _subject(f: Finding) -> str | list[str]:
    return list(f.subject) if f.kind == "bridge-lost" else f.subject[0]


def _subject_text(f: Finding) -> str:
    return " – ".join(f.subject)


def _figure(f: Finding, x: float | None, lang: str) -> str:
    """A finding's before or after figure: a count, or the E-I index with two decimals."""
    if x is None or not math.isfinite(x):
        return "—"
    return number(float(x), lang, digits=2) if f.kind == "new-silo" else number(int(x), lang)


def finding_document(f: Finding, lang: str) -> dict[str, Any]:
    """One finding as JSON: rank, kind, subject (a person, or a list of two groups), before, after, why."""
    return {
        "rank": f.rank,
        "kind": f.kind,
        "subject": _subject(f),
        "before": f.before,
        "after": f.after,
        "why": _why(f, lang),
    }


class _Figures:
    """Per person the figures of one snapshot, named as in ``discover``'s JSON, as plain lists."""

    def __init__(self, snap: Snapshot):
        d = snap.discovery
        self.counts = d.brokerage.counts.tolist()
        self.z = d.brokerage.z.tolist()
        self.constraint = d.holes.constraint.tolist()
        self.effective = d.holes.effective_size.tolist()
        self.between = d.betweenness.values.tolist()
        self.present = snap.present.tolist()
        self.ranks = d.ranks

    def of(self, i: int) -> dict[str, Any]:
        """The figures of person ``i``; all null when absent (no contact in the snapshot: not part of its network)."""
        if not self.present[i]:
            return {
                "present": False,
                "brokerage": dict.fromkeys(COLUMNS),
                "z": dict.fromkeys(COLUMNS),
                "constraint": None,
                "effective_size": None,
                "betweenness": None,
                "rank": None,
            }
        return {
            "present": self.present[i],
            "brokerage": dict(zip(COLUMNS, self.counts[i], strict=True)),
            "z": dict(zip(COLUMNS, self.z[i], strict=True)),
            "constraint": self.constraint[i],
            "effective_size": self.effective[i],
            "betweenness": self.between[i],
            "rank": self.ranks.get(i),
        }


def betweenness_document(snap: Snapshot) -> dict[str, Any]:
    """How a snapshot's betweenness was computed, as ``discover``'s JSON has it: exact, samples (and epsilon, delta)."""
    b = snap.discovery.betweenness
    bound = {"epsilon": b.epsilon, "delta": b.delta} if b.epsilon is not None else {}
    return {"exact": b.exact, "samples": b.samples, **bound}


def _written(c: Change) -> list[tuple[int, str]]:
    """(person, id or pseudonym) in the order people are written: by pseudonym when pseudonymised (the order of the
    staff list would re-identify them, :func:`verbinder.render.discover.written_order`), else in person order."""
    from verbinder.render.discover import written_order

    order = written_order(c.labels, c.pseudonymised)
    return list(enumerate(c.labels)) if order is None else [(i, c.labels[i]) for i in order.tolist()]


def _difference(a: float | None, b: float | None) -> float:
    """``b - a``; NaN (null in JSON, empty in CSV) when either is undefined or absent."""
    if a is None or b is None or not (math.isfinite(a) and math.isfinite(b)):
        return math.nan
    return b - a


def document(c: Change, lang: str) -> dict[str, Any]:
    """The ``compare`` JSON document (``render.json.dumps`` adds ``schema_version`` first; NaN becomes null)."""
    head: dict[str, Any] = {
        "language": lang,
        "directed": c.directed,
        "pseudonymised": c.pseudonymised,
        "people_count": len(c.labels),
    }
    groups = c.groups
    if c.period is None:
        before, after = (_Figures(s) for s in c.snapshots)
        people = []
        for i, label in _written(c):
            b, a = before.of(i), after.of(i)
            people.append(
                {
                    "id": label,
                    "group": groups[i] if groups is not None else None,
                    **({"group_after": c.groups_after[i]} if c.groups_after is not None else {}),
                    "before": b,
                    "after": a,
                    "change": {  # null where either side is absent
                        "brokerage": {
                            k: None
                            if a["brokerage"][k] is None or b["brokerage"][k] is None
                            else a["brokerage"][k] - b["brokerage"][k]
                            for k in COLUMNS
                        },
                        "constraint": _difference(b["constraint"], a["constraint"]),
                        "betweenness": _difference(b["betweenness"], a["betweenness"]),
                    },
                }
            )
        betweenness = {"before": betweenness_document(c.snapshots[0]), "after": betweenness_document(c.snapshots[1])}
        reorganised = {"reorganisation": reorganisation_document(c)} if c.reorganisation is not None else {}
        return {
            **head,
            **reorganised,
            "betweenness": betweenness,
            "findings": [finding_document(f, lang) for f in c.findings],
            "left": [{"id": x.label, "rank": x.rank, "bridges": [list(b) for b in x.bridges]} for x in c.left],
            "people": people,
        }
    figures = [_Figures(s) for s in c.snapshots]
    return {
        **head,
        "period": c.period,
        "periods": [
            {
                "start": s.start.isoformat() if s.start else None,
                "end": s.end.isoformat() if s.end else None,
                "findings": [finding_document(f, lang) for f in s.findings],
                "betweenness": betweenness_document(s),
                "contacts": s.ties,  # 0: a period without data (no findings; the next compares with the last before)
                "compared_with": _start_of(c.snapshots[s.compared_with]) if s.compared_with is not None else None,
                "few_contacts": s.few,
                # bridges lost and new silos back as before in the next period with data: not findings
                "passing": [{k: v for k, v in finding_document(f, lang).items() if k != "rank"} for f in s.passing],
            }
            for s in c.snapshots
        ],
        "people": _people_over_time(c, figures),
    }


def reorganisation_document(c: Change) -> dict[str, Any]:
    """How the departments changed (``compare --groups-after``): each group of before onto its group of after,
    the mergers, renames and splits, and who moved department (by id or pseudonym)."""
    r = c.reorganisation
    assert r is not None
    return {
        "groups": dict(r.groups),
        "merged": [{"groups": list(groups), "into": into} for groups, into in r.merged],
        "renamed": [{"from": before, "to": after} for before, after in r.renamed],
        "split": [{"group": group, "into": list(parts)} for group, parts in r.split],
        "moved": [{"id": c.labels[i], "from": before, "to": after} for i, before, after in r.moved],
    }


def _and(parts: Sequence[str], lang: str) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(parts) == 1:
        return parts[0]
    return t("change.and", lang, first=", ".join(parts[:-1]), last=parts[-1])


def reorganisation_lines(c: Change, lang: str) -> tuple[list[str], list[str]]:
    """The reorganisation in words: the mergers, renames and splits, one sentence each, and the people who moved
    department ("Mirjam: Wonen → Economie"); both empty without ``--groups-after``.

    >>> from verbinder.analysis.change import Reorganisation
    >>> c = Change(["Mirjam"], None, [], [], None, False, True, False)
    >>> merged = [(("Jeugd", "Zorg"), "Zorg & Jeugd")]
    >>> c.reorganisation = Reorganisation({}, merged, [], [], [(0, "Wonen", "Economie")], {})
    >>> reorganisation_lines(c, "nl")
    (['Jeugd en Zorg samengevoegd tot Zorg & Jeugd.'], ['Mirjam: Wonen → Economie'])
    """
    r = c.reorganisation
    if r is None:
        return [], []
    changes = []
    for groups, into in r.merged:
        if into in groups:
            others = [g for g in groups if g != into]
            changes.append(t("change.reorg.absorbed", lang, groups=_and(others, lang), into=into))
        else:
            changes.append(t("change.reorg.merged", lang, groups=_and(groups, lang), into=into))
    changes += [t("change.reorg.renamed", lang, before=before, after=after) for before, after in r.renamed]
    changes += [t("change.reorg.split", lang, group=group, parts=_and(parts, lang)) for group, parts in r.split]
    moves = [t("change.reorg.move", lang, person=c.labels[i], before=b, after=a) for i, b, a in r.moved]
    return changes, moves


def left_line(c: Change, lang: str) -> str | None:
    """Who left and mattered (two snapshots), in one sentence: *Left (no contact at all afterwards): Hendrik (the
    bridge Financiën – Informatievoorziening).*; None when no one did."""
    if not c.left:
        return None
    people = []
    for x in c.left:
        roles = [t("change.left_rank", lang, rank=x.rank)] if x.rank is not None else []
        if x.bridges:
            pairs = [" – ".join(b) for b in x.bridges]
            roles.append(t("change.left_bridges", lang, n=len(pairs), pairs=_and(pairs, lang)))
        people.append(f"{x.label} ({'; '.join(roles)})")
    return t("change.left", lang, n=len(people), people=_and(people, lang))


def _start_of(s: Snapshot) -> str | None:
    return s.start.isoformat() if s.start else None


def _people_over_time(c: Change, figures: list[_Figures]) -> list[dict[str, Any]]:
    """Per person the figures of every period as lists in period order (one dict per person, not per period)."""
    count = len(figures)
    present = np.column_stack([s.present for s in c.snapshots]).tolist()
    absent = ~np.column_stack([s.present for s in c.snapshots])[:, None, :]  # absent: null, as the other figures
    counts_array = np.stack([s.discovery.brokerage.counts for s in c.snapshots], axis=2)  # person, role, period
    counts = np.where(absent, np.array(None, dtype=object), counts_array).tolist()
    z = np.stack([s.discovery.brokerage.z for s in c.snapshots], axis=2).tolist()
    constraint = np.column_stack([s.discovery.holes.constraint for s in c.snapshots]).tolist()
    effective = np.column_stack([s.discovery.holes.effective_size for s in c.snapshots]).tolist()
    between = np.column_stack([s.discovery.betweenness.values for s in c.snapshots]).tolist()
    ranks = [f.ranks for f in figures]
    groups = c.groups
    return [
        {
            "id": label,
            "group": groups[i] if groups is not None else None,
            "periods": {
                "present": present[i],
                "brokerage": dict(zip(COLUMNS, counts[i], strict=True)),
                "z": dict(zip(COLUMNS, z[i], strict=True)),
                "constraint": constraint[i],
                "effective_size": effective[i],
                "betweenness": between[i],
                "rank": [ranks[p].get(i) for p in range(count)],
            },
        }
        for i, label in _written(c)
    ]


def _figure_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}{c}"
        for c in (
            "present",
            "between_groups",
            *COLUMNS,
            *(f"z_{r}" for r in COLUMNS),
            "constraint",
            "effective_size",
            "betweenness",
            "rank",
        )
    ]


def _figure_row(f: _Figures, s: Snapshot, i: int, dec: str) -> list[Any]:
    """Person ``i``'s figures in one snapshot; empty when absent there (no contact: not part of its network),
    as the JSON writes null."""
    if not f.present[i]:
        return [0, *[""] * (len(_figure_columns("")) - 1)]
    return [
        int(f.present[i]),
        int(s.cross[i]),
        *f.counts[i],
        *(_cell(x, dec) for x in f.z[i]),
        _cell(f.constraint[i], dec),
        _cell(f.effective[i], dec),
        _cell(f.between[i], dec),
        f.ranks.get(i, ""),
    ]


#: Significant digits of a figure in the CSV (z-scores, constraint, betweenness): enough for any use, and no
#: floating-point noise such as ``0.33420000000000005``.
CSV_DIGITS = 6


def _cell(x: float, dec: str = ".") -> str:
    """A figure as a CSV cell: rounded to :data:`CSV_DIGITS` significant digits, never in exponent notation,
    with the language's decimal separator; empty when undefined (NaN).

    >>> _cell(0.33420000000000005), _cell(-1.2345678, ","), _cell(float("nan")), _cell(1.5e-07)
    ('0.3342', '-1,23457', '', '0.00000015')
    """
    if not math.isfinite(x):
        return ""
    text = np.format_float_positional(float(f"{x:.{CSV_DIGITS}g}") + 0.0, trim="-")  # + 0.0: -0.0 as 0
    return text.replace(".", dec) if dec != "." else text


def _person_findings(findings: list[Finding], labels: list[str]) -> dict[int, Finding]:
    """The finding that names a person (connector lost or new connector), by person."""
    index = {label: i for i, label in enumerate(labels)}
    return {index[f.subject[0]]: f for f in findings if f.kind in ("connector-lost", "new-connector")}


def csv_text(c: Change, lang: str) -> str:
    """Every figure per person: before/after side by side (and the change), or one row per person and period.

    ``present_*``: the person has a contact in that snapshot; ``between_groups``: brokerage between groups (the
    number the findings speak of; all brokerage without groups); ``finding_rank``/``finding_kind``: the finding
    that names the person (connector lost, new connector; the findings about groups are in the other formats).
    ``group_after``: the group after, with ``compare --groups-after`` only.
    The extra NODES columns follow, unless pseudonymised.  Dutch (``lang="nl"``) is written as Dutch Excel reads
    it: ``;`` between cells, a decimal comma, CRLF and a UTF-8 byte-order mark; English with ``,`` and ``.``.
    """
    dutch = lang == "nl"
    dec = "," if dutch else "."
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if dutch else ",", lineterminator="\r\n" if dutch else "\n")
    figures = [_Figures(s) for s in c.snapshots]
    groups = c.groups
    attributes = {} if c.pseudonymised else c.attributes
    extra = [csv_cell(a) for a in attributes]

    moved = c.groups_after if c.period is None else None  # compare --groups-after: the group after, beside it

    def person(i: int, label: str) -> list[Any]:
        row = [csv_cell(label), csv_cell(groups[i]) if groups is not None else ""]
        return row + ([csv_cell(moved[i])] if moved is not None else [])

    def noted(found: dict[int, Finding], i: int) -> list[Any]:
        f = found.get(i)
        return [f.rank, f.kind] if f is not None else ["", ""]

    def attrs(i: int) -> list[Any]:
        return [csv_cell(values[i]) for values in attributes.values()]

    if c.period is None:
        before, after = figures
        found = _person_findings(c.findings, c.labels)
        writer.writerow(
            [
                "id",
                "group",
                *(["group_after"] if moved is not None else []),
                *_figure_columns("before_"),
                *_figure_columns("after_"),
                "change_between_groups",
                *(f"change_{r}" for r in COLUMNS),
                "change_constraint",
                "change_betweenness",
                "finding_rank",
                "finding_kind",
                *extra,
            ]
        )
        first, second = c.snapshots
        changes = 1 + len(COLUMNS) + 2
        for i, label in _written(c):
            if before.present[i] and after.present[i]:
                change = [
                    int(second.cross[i]) - int(first.cross[i]),
                    *(a - b for a, b in zip(after.counts[i], before.counts[i], strict=True)),
                    _cell(_difference(before.constraint[i], after.constraint[i]), dec),
                    _cell(after.between[i] - before.between[i], dec),
                ]
            else:  # empty where either side is absent, as the JSON's null
                change = [""] * changes
            writer.writerow(
                [
                    *person(i, label),
                    *_figure_row(before, first, i, dec),
                    *_figure_row(after, second, i, dec),
                    *change,
                    *noted(found, i),
                    *attrs(i),
                ]
            )
    else:
        writer.writerow(["id", "group", "start", "end", *_figure_columns(""), "finding_rank", "finding_kind", *extra])
        written = _written(c)
        for s, f in zip(c.snapshots, figures, strict=True):
            start = s.start.isoformat() if s.start else ""
            end = s.end.isoformat() if s.end else ""
            found = _person_findings(s.findings, c.labels)
            writer.writerows(
                [*person(i, label), start, end, *_figure_row(f, s, i, dec), *noted(found, i), *attrs(i)]
                for i, label in written
            )
    return ("\ufeff" if dutch else "") + out.getvalue()


def _ties(s: Snapshot) -> int:
    return s.ties


def _direction(c: Change, lang: str) -> str:
    return t("discover.directed" if c.directed else "discover.undirected", lang)


def _summary(c: Change, lang: str) -> str:
    """People and contacts, and how the contacts were read (directed or undirected), as ``discover`` says it."""
    if c.period is None:
        return t(
            "change.summary",
            lang,
            people=len(c.labels),
            before=_ties(c.snapshots[0]),
            after=_ties(c.snapshots[1]),
            direction=_direction(c, lang),
        )
    text = t(
        SUMMARY_KEYS[c.period],  # "12 maanden", not "12 perioden per maand"
        lang,
        people=len(c.labels),
        periods=len(c.snapshots),
        direction=_direction(c, lang),
    )
    empty = [period_name(s, c.period, lang) for s in c.snapshots if s.empty]
    if empty:
        text += " " + t("change.summary_empty", lang, n=len(empty), periods=", ".join(empty))
    return text


def period_name(s: Snapshot, period: str, lang: str) -> str:
    """A period in words: "juli 2024", "3e kwartaal 2024", "week van 1 juli 2024".

    >>> import datetime as dt
    >>> from verbinder.analysis.change import period_bounds
    >>> s = Snapshot(None, None, None, {}, None, None, *period_bounds(654, "month"))  # type: ignore[arg-type]
    >>> period_name(s, "month", "nl"), period_name(s, "month", "en")
    ('juli 2024', 'July 2024')
    """
    assert s.start is not None
    if period == "month":
        return date(s.start, lang, format="MMMM y")
    if period == "quarter":
        return date(s.start, lang, format="QQQQ y")
    return t("change.week_of", lang, day=date(s.start, lang))


def period_notes(c: Change, i: int, lang: str) -> list[str]:
    """What to know before reading period ``i``'s findings: what it was compared with when a period without data
    lies in between, a warning when it (or the period compared with) has too few contacts to go by (only when
    findings follow), and how many bridges and silos were left out because the next period had them back."""
    s = c.snapshots[i]
    assert c.period is not None
    if s.empty or s.compared_with is None:
        return []
    notes = []
    earlier = c.snapshots[s.compared_with]
    if s.compared_with != i - 1:
        # Skipped for little data (not only for none): said, as the periods without data are.
        thin = any(x.few for x in c.snapshots[s.compared_with + 1 : i])
        key = "change.compared_with_enough" if thin else "change.compared_with"
        notes.append(t(key, lang, period=period_name(earlier, c.period, lang)))
    if s.few and (s.findings or s.passing):
        notes.append(_few_note(c, s, lang, "change.few_contacts" if s.findings else "change.few_contacts_skipped"))
    elif s.findings and earlier.few:
        notes.append(t("change.few_contacts_before", lang, period=period_name(earlier, c.period, lang)))
    if s.passing:
        assert s.checked_with is not None or all(f.kind == "new-connector" for f in s.passing)
        following = c.snapshots[s.checked_with] if s.checked_with is not None else s
        when = {"period": period_name(s, c.period, lang), "following": period_name(following, c.period, lang)}
        pairs = [_subject_text(f) for f in s.passing if f.kind == "bridge-lost"]
        groups = sorted(f.subject[0] for f in s.passing if f.kind == "new-silo")
        if pairs:
            notes.append(t("change.passing_bridges", lang, n=len(pairs), pairs=_and(pairs, lang), **when))
        if groups:
            notes.append(t("change.passing_silos", lang, groups=_and(groups, lang), **when))
        index = {label: k for k, label in enumerate(c.labels)}
        back = [
            f"{f.subject[0]} ({_figure(f, f.before, lang)} → {_figure(f, f.after, lang)} → "
            f"{number(int(following.cross[index[f.subject[0]]]), lang)})"
            for f in s.passing
            if f.kind == "connector-lost"
        ]
        if back:
            notes.append(t("change.passing_connectors", lang, n=len(back), people=_and(back, lang), **when))
        again = [f.subject[0] for f in s.passing if f.kind == "new-connector"]
        if again:
            base = c.snapshots[s.compared_with]
            assert base.compared_with is not None
            since = period_name(c.snapshots[base.compared_with], c.period, lang)
            notes.append(t("change.passing_new", lang, earlier=since, people=_and(again, lang)))
    return notes


def _few_note(c: Change, s: Snapshot, lang: str, key: str = "change.few_contacts") -> str:
    """The little-data warning, the share in plain words: *December 2025 had 39 contacts, about a third of a usual
    month (135)*."""
    assert c.period is not None
    median = float(np.median([x.ties for x in c.snapshots if not x.empty]))
    share = round(median / s.ties) if s.ties else len(FRACTION_KEYS) + 2
    fraction = t(FRACTION_KEYS.get(max(share, 2), "change.fraction.less"), lang)
    text = t(
        key,
        lang,
        period=period_name(s, c.period, lang),
        ties=s.ties,
        fraction=fraction,
        usual=t(USUAL_KEYS[c.period], lang),
        median=number(round(median), lang),  # a usual period in whole contacts
    )
    return text[:1].upper() + text[1:]


def _directed_hint(c: Change, lang: str) -> str | None:
    """Read as directed: one short hint that contact lists usually want ``--undirected``."""
    return t("change.directed_hint", lang) if c.directed else None


def counts_line(findings: list[Finding], lang: str) -> str | None:
    """The findings counted per kind in one line ("1 connector lost, 5 bridges lost, ..."); None without findings.

    >>> from verbinder.analysis.change import Finding
    >>> f = [Finding(1, "bridge-lost", ("a", "b"), 1, 0, ()), Finding(2, "new-connector", ("x",), 0, 4, (), "y")]
    >>> counts_line(f, "en")
    '1 bridge lost, 1 new connector (1 successor)'
    """
    parts = []
    for kind in KIND_KEYS:
        n = sum(_kind(f) == kind for f in findings)
        if n:
            parts.append(t(COUNT_KEYS[kind], lang, n=n))
    successors = sum(f.kind == "new-connector" and f.link is not None for f in findings)
    if successors and parts:
        parts[-1] += " " + t("change.count.successors", lang, n=successors)
    return ", ".join(parts) if parts else None


def _period_line(s: Snapshot, lang: str) -> str:
    assert s.start is not None and s.end is not None
    if s.empty:
        return t("change.period_empty", lang, start=date(s.start, lang), end=date(s.end, lang))
    return t(
        "change.period_line",
        lang,
        start=date(s.start, lang),
        end=date(s.end, lang),
        ties=_ties(s),
        findings=len(s.findings),
    )


def _before_after(f: Finding, lang: str) -> str:
    return f"{_figure(f, f.before, lang)} → {_figure(f, f.after, lang)}"


def _indented(out: Console, markup: str, indent: int) -> None:
    """``markup`` wrapped to the console's width, every line indented, and no line padded with trailing spaces."""
    from verbinder.render.terminal import indented

    indented(out, markup, indent)


def terminal(out: Console, c: Change, lang: str) -> None:
    """The findings, ranked, each with why; for periods, each period with its findings (80 columns).

    Each comparison leads with its findings counted per kind, then shows the first :data:`TERMINAL_FINDINGS`;
    no line is padded with trailing spaces (the output goes to files and pipes too).
    """
    from rich.markup import escape

    out.print(f"[bold]{t('change.title', lang)}[/bold]")
    _indented(out, escape(_summary(c, lang)), 0)
    hint = _directed_hint(c, lang)
    if hint:
        _indented(out, escape(hint), 0)
    out.print(f"[dim]{t(_privacy_key(c), lang)}[/dim]")
    changes, moves = reorganisation_lines(c, lang)
    if changes or moves:
        out.print()
        _indented(out, f"[bold]{t('change.reorg.title', lang)}[/bold]", 0)
        for line in changes:
            _indented(out, escape(line), 2)
        if moves:
            _indented(out, escape(t("change.reorg.moved", lang, n=len(moves))), 2)
            for line in moves[:TERMINAL_FINDINGS]:
                _indented(out, escape(line), 4)
            if len(moves) > TERMINAL_FINDINGS:
                more = t("change.reorg.more", lang, n=len(moves) - TERMINAL_FINDINGS)
                _indented(out, f"[dim]{escape(more)}[/dim]", 4)

    def block(findings: list[Finding]) -> None:
        if not findings:
            _indented(out, t("change.none", lang), 2)
            return
        counts = counts_line(findings, lang)
        if counts:
            _indented(out, f"[bold]{escape(counts)}[/bold]", 2)
        shown = findings[:TERMINAL_FINDINGS]
        width = len(str(shown[-1].rank))  # the numbers right-aligned, so every why starts in one column
        for f in shown:
            head = f"{f.rank:>{width}}. {t(KIND_KEYS[_kind(f)], lang)}: [bold]{escape(_subject_text(f))}[/bold]"
            _indented(out, f"{head} ({_before_after(f, lang)})", 2)
            _indented(out, escape(_why(f, lang)), 4 + width)
        if len(findings) > TERMINAL_FINDINGS:
            more = t("change.more_findings", lang, n=len(findings) - TERMINAL_FINDINGS)
            _indented(out, f"[dim]{more}[/dim]", 2)

    if c.period is None:
        out.print()
        block(c.findings)
        gone = left_line(c, lang)  # after the findings, which lead
        if gone:
            out.print()
            _indented(out, escape(gone), 0)
    else:
        for i, s in enumerate(c.snapshots):
            out.print()
            _indented(out, f"[bold]{escape(_period_line(s, lang))}[/bold]", 0)
            for note in period_notes(c, i, lang):
                _indented(out, f"[italic]{escape(note)}[/italic]", 2)
            if i == 0:
                _indented(out, t("change.first_period", lang), 2)
            elif not s.empty:
                block(s.findings)
    out.print()
    out.print(f"[dim]{t('change.more', lang)}[/dim]")


def markdown(c: Change, lang: str) -> str:
    """The findings as a Markdown document, ranked, with why (for periods: a section per period)."""
    from verbinder.render.safe import document as safe_document
    from verbinder.render.tables import markdown_cell

    lines = [f"# {t('change.title', lang)}", "", _summary(c, lang), ""]
    hint = _directed_hint(c, lang)
    if hint:
        lines += [markdown_cell(hint), ""]
    lines.append(f"*{t(_privacy_key(c), lang)}*")
    changes, moves = reorganisation_lines(c, lang)
    if changes or moves:
        lines += ["", f"## {t('change.reorg.title', lang)}", ""]
        lines += [f"- {markdown_cell(line)}" for line in changes]
        if moves:
            lines += [f"- {markdown_cell(t('change.reorg.moved', lang, n=len(moves)))}"]
            lines += [f"  - {markdown_cell(line)}" for line in moves]
    header = [t(k, lang) for k in ("discover.col.rank", "change.col.kind", "change.col.subject")]
    header += [t(k, lang) for k in ("change.col.before", "change.col.after", "change.col.why")]

    def table(findings: list[Finding]) -> list[str]:
        if not findings:
            return [t("change.none", lang), ""]
        counts = counts_line(findings, lang)
        rows = [f"**{markdown_cell(counts)}**", ""] if counts else []
        rows += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for f in findings:
            cells = [
                str(f.rank),
                t(KIND_KEYS[_kind(f)], lang),
                _subject_text(f),
                _figure(f, f.before, lang),
                _figure(f, f.after, lang),
                _why(f, lang),
            ]
            rows.append("| " + " | ".join(markdown_cell(x) for x in cells) + " |")
        return [*rows, ""]

    if c.period is None:
        lines += ["", *table(c.findings)]
        gone = left_line(c, lang)
        if gone:
            lines += [markdown_cell(gone), ""]
    else:
        for i, s in enumerate(c.snapshots):
            lines += ["", f"## {markdown_cell(_period_line(s, lang))}", ""]
            lines += [f"*{markdown_cell(note)}*\n" for note in period_notes(c, i, lang)]
            if i == 0:
                lines += [t("change.first_period", lang), ""]
            elif not s.empty:
                lines += table(s.findings)
    lines += [f"*{t('change.more', lang)}*", ""]
    return safe_document("\n".join(lines))


_CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;
overflow-wrap:break-word}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;padding:.3rem .5rem;
border-bottom:1px solid #ddd;vertical-align:top;overflow-wrap:break-word}.kind{white-space:nowrap}
.num{text-align:right;white-space:nowrap}.note{color:#555}.counts{font-weight:bold}h2{font-size:1.25rem}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem}
figure{margin:0}figcaption{font-size:.85rem}svg{display:block;max-width:100%;height:auto}
@media (max-width:40rem){body{margin:1rem auto}thead{display:none}table,tbody,td{display:block}
tr{display:grid;grid-template-columns:2rem 1fr 1fr;column-gap:.5rem;padding:.5rem 0;border-bottom:1px solid #ddd}
td,td.num{border:0;padding:.1rem 0;text-align:left;overflow-wrap:anywhere}td.rank{grid-row:span 4}
td.kind,td.subject,td.why{grid-column:2/-1}
td.before{grid-column:2}td.after{grid-column:3}td[data-label]::before{content:attr(data-label) ": ";color:#555}}
@media print{body{margin:0;max-width:none}h1,h2,.lead,.counts{break-after:avoid}.lead,tr,figure{break-inside:avoid}
.keep{break-inside:avoid}thead{display:table-header-group}}"""


def html(c: Change, lang: str, *, files: Sequence[str] = (), groups_file: str | None = None) -> str:
    """A self-contained page: what was compared (``files``: before and after, or the dated list; ``groups_file``),
    the findings first, then (periods) a small chart per connector on one shared scale; no script.

    Narrow screens (a phone) get each finding as a block, the why under it; in print no finding is split
    across pages.
    """
    from verbinder.render.html import document_head

    title = t("change.title", lang)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n{document_head(title, _CSS)}\n</head>\n<body>',
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(_summary(c, lang))}</p>",
        *(f"<p>{esc(line)}</p>" for line in _compared(c, lang, files, groups_file)),
    ]
    hint = _directed_hint(c, lang)
    if hint:
        parts.append(f'<p class="note">{esc(hint)}</p>')
    parts.append(f'<p class="note">{esc(t(_privacy_key(c), lang))}</p>')
    changes, moves = reorganisation_lines(c, lang)
    if changes or moves:
        items = [f"<li>{esc(line)}</li>" for line in changes]
        if moves:
            listed = "".join(f"<li>{esc(line)}</li>" for line in moves)
            items.append(f"<li>{esc(t('change.reorg.moved', lang, n=len(moves)))}<ul>{listed}</ul></li>")
        parts.append(f"<h2>{esc(t('change.reorg.title', lang))}</h2><ul>{''.join(items)}</ul>")
    before_label, after_label = (esc(t(k, lang)) for k in ("change.col.before", "change.col.after"))
    heads = ("discover.col.rank", "change.col.kind", "change.col.subject", "change.col.before", "change.col.after")
    header = "".join(f"<th>{esc(t(k, lang))}</th>" for k in (*heads, "change.col.why"))

    def table(findings: list[Finding]) -> str:
        if not findings:
            return f"<p>{esc(t('change.none', lang))}</p>"
        counts = counts_line(findings, lang)
        rows = [
            f'<tr><td class="num rank">{f.rank}</td><td class="kind">{esc(t(KIND_KEYS[_kind(f)], lang))}</td>'
            f'<td class="subject">{esc(_subject_text(f))}</td>'
            f'<td class="num before" data-label="{before_label}">{esc(_figure(f, f.before, lang))}</td>'
            f'<td class="num after" data-label="{after_label}">{esc(_figure(f, f.after, lang))}</td>'
            f'<td class="why">{esc(_why(f, lang))}</td></tr>'
            for f in findings
        ]
        lead = f'<p class="counts">{esc(counts)}</p>' if counts else ""
        return f"{lead}<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"

    if c.period is None:
        parts.append(table(c.findings))
        gone = left_line(c, lang)
        if gone:
            parts.append(f"<p>{esc(gone)}</p>")
    else:
        for i, s in enumerate(c.snapshots):
            # The heading and its notes kept together and with what follows: in print no heading ends a page.
            lead = [f"<h2>{esc(_period_line(s, lang))}</h2>"]
            lead += [f'<p class="note">{esc(note)}</p>' for note in period_notes(c, i, lang)]
            if i == 0:
                lead.append(f"<p>{esc(t('change.first_period', lang))}</p>")
            parts.append(f'<div class="lead">{"".join(lead)}</div>')
            if i > 0 and not s.empty:  # a period without data has no findings to show: its heading says so
                parts.append(table(s.findings))
        parts.append(_charts(c, lang))
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def _compared(c: Change, lang: str, files: Sequence[str], groups_file: str | None) -> list[str]:
    """What the page compares, in words: the files, and for periods the dates (the summary names the periods
    without data)."""
    lines = []
    if c.period is None:
        if len(files) == 2:
            lines.append(t("change.html.pair", lang, before=files[0], after=files[1]))
    else:
        first, last = c.snapshots[0], c.snapshots[-1]
        assert first.start is not None and last.end is not None
        span = {"start": date(first.start, lang), "end": date(last.end, lang), "period": t(PERIOD_KEYS[c.period], lang)}
        if files:
            lines.append(t("change.html.periods", lang, file=files[0], **span))
        else:
            lines.append(t("change.html.periods_unnamed", lang, **span))
    if groups_file:
        lines.append(t("change.html.groups", lang, file=groups_file))
    return lines


def _calendar(c: Change) -> list[tuple[int, Snapshot | None]]:
    """Every period from the first to the last with data, in order, with its snapshot (None: no data, a period
    without a single contact)."""
    assert c.period is not None
    starts = np.array([s.start for s in c.snapshots], dtype="datetime64[D]")
    keys = period_keys(starts, c.period).tolist()
    by_key = {k: s for k, s in zip(keys, c.snapshots, strict=True) if not s.empty}
    return [(k, by_key.get(k)) for k in range(keys[0], keys[-1] + 1)]


def chart_people(c: Change) -> list[int]:
    """Who gets a chart: people named in a finding or ranked in some period (by their best rank), then the
    busiest brokers; at most :data:`CHART_PEOPLE`."""
    best: dict[int, int] = {}
    index = {label: i for i, label in enumerate(c.labels)}
    for s in c.snapshots:
        for node, rank in s.discovery.ranks.items():
            best[node] = min(rank, best.get(node, rank))
        for f in s.findings:
            if f.kind in ("connector-lost", "new-connector"):
                node = index[f.subject[0]]
                best[node] = min(0, best.get(node, 0))
    # Ties by person, or by pseudonym when pseudonymised (the person order is the staff list's).
    place = np.arange(len(c.labels))
    if c.pseudonymised:
        place[np.argsort(np.array(c.labels, dtype=str), kind="stable")] = np.arange(len(c.labels))
    chosen = sorted(best, key=lambda node: (best[node], place[node]))[:CHART_PEOPLE]
    if len(chosen) < CHART_PEOPLE:  # then the busiest brokers, so a chart is never empty while anyone brokers
        peak = np.max(np.column_stack([s.cross for s in c.snapshots]), axis=1)
        order = np.lexsort((place, -peak))
        busiest = [int(v) for v in order if peak[v] > 0 and int(v) not in best]
        chosen += busiest[: CHART_PEOPLE - len(chosen)]
    return chosen


#: How a period is named under a chart (a CLDR date pattern of its first day).
PERIOD_LABEL = {"week": "d MMM", "month": "MMM y", "quarter": "QQQ y"}


def sparkline(
    values: list[float | None],
    top: float | None = None,
    *,
    nodata: Sequence[int] = (),
    first: str = "",
    last: str = "",
    width: int = 200,
    height: int = 48,
) -> str:
    """A small SVG line of ``values`` (one point per period) on the scale 0 to ``top``: None is a gap (no data
    in that period, shaded when its index is in ``nodata``, or the person had no contact), the last value a dot;
    ``first`` and ``last`` label the first and last period.  No text from the input.

    >>> svg = sparkline([0, 2, None, 1, 3], 4, nodata=[2], first="jan", last="mei")
    >>> svg.count("<polyline"), svg.count("<rect"), "jan" in svg and "mei" in svg
    (2, 1, True)
    """
    labelled = bool(first or last)
    total = height + (14 if labelled else 0)
    scale = max(top if top is not None else max((v for v in values if v is not None), default=0), 1)
    step = (width - 8) / max(len(values) - 1, 1)

    def point(i: int, v: float) -> tuple[float, float]:
        return 4 + i * step, height - 4 - (height - 8) * v / scale

    shapes = [f'<line x1="4" y1="{height - 4}" x2="{width - 4}" y2="{height - 4}" stroke="#bbb"/>']
    for i in nodata:  # a period without data: a grey band, not a value
        x = 4 + i * step
        shapes.append(
            f'<rect x="{max(x - step / 2, 0):.1f}" y="2" width="{min(step, width):.1f}" height="{height - 6}" '
            f'fill="#eee"/>'
        )
    run: list[tuple[float, float]] = []
    runs = []
    for i, v in enumerate([*values, None]):
        if v is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(point(i, v))
    for part in runs:
        if len(part) == 1:
            x, y = part[0]
            shapes.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.5" fill="#1f5fa8"/>')
        else:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in part)
            shapes.append(f'<polyline points="{path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>')
    if values and values[-1] is not None:
        x, y = point(len(values) - 1, values[-1])
        shapes.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#1f5fa8"/>')
    if labelled:
        style = 'font-size="10" fill="#555" font-family="system-ui,sans-serif"'
        shapes.append(f'<text x="2" y="{total - 2}" {style}>{esc(first)}</text>')
        shapes.append(f'<text x="{width - 2}" y="{total - 2}" text-anchor="end" {style}>{esc(last)}</text>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total}" viewBox="0 0 {width} {total}" '
        f'role="img">{"".join(shapes)}</svg>'
    )


def _charts(c: Change, lang: str) -> str:
    """A chart per person (:func:`chart_people`) over every period from the first to the last, all on one scale."""
    assert c.period is not None
    people = chart_people(c)
    if not people:
        return ""
    calendar = _calendar(c)
    nodata = [i for i, (_, s) in enumerate(calendar) if s is None]
    series: dict[int, list[float | None]] = {
        node: [float(s.cross[node]) if s is not None and s.present[node] else None for _, s in calendar]
        for node in people
    }
    top = max((v for values in series.values() for v in values if v is not None), default=0.0)
    pattern = PERIOD_LABEL[c.period]
    first = date(period_bounds(calendar[0][0], c.period)[0], lang, format=pattern)
    last = date(period_bounds(calendar[-1][0], c.period)[0], lang, format=pattern)
    between = Msg("change.between_groups" if c.grouped else "change.overall")
    chart = t("change.chart", lang, between=between)
    caption = f"{chart}. {t('change.chart_scale', lang, top=int(top))} {t('change.chart_gaps', lang)}"
    figures = []
    for node in people:
        values = series[node]
        label = f"{c.labels[node]}" + (f" ({c.groups[node]})" if c.groups is not None else "")
        numbers = " · ".join("—" if v is None else number(int(v), lang) for v in values)
        svg = sparkline(values, top, nodata=nodata, first=first, last=last)
        figures.append(
            f"<figure>{svg}<figcaption><strong>{esc(label)}</strong><br/>{esc(numbers)}</figcaption></figure>"
        )
    # The title, its caption and the first row of charts stay on one page: printed, the title sat alone at a page's
    # foot with its charts on the next (break-after: avoid alone does not hold it in chromium).
    return (
        f'<div class="keep"><h2>{esc(t("change.people_title", lang))}</h2><p>{esc(caption)}</p>'
        f'<div class="charts">{"".join(figures[:3])}</div></div>'
        + (f'<div class="charts">{"".join(figures[3:])}</div>' if len(figures) > 3 else "")
    )
