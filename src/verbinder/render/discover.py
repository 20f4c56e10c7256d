"""Output of ``verbinder discover``: the ranking in the terminal, every person as JSON or CSV."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from verbinder.analysis.brokerage import COLUMNS
from verbinder.analysis.discover import Discovery
from verbinder.analysis.triads import distinct
from verbinder.i18n import number, t

if TYPE_CHECKING:
    from rich.console import Console


def _number(x: float) -> float | None:
    return x if math.isfinite(x) else None


def why(d: Discovery, lang: str) -> dict[int, str]:
    """The why-sentence of every ranked person, by node."""
    return {h.node: " ".join(m.render(lang) for m in h.why) for h in d.hidden}


def document(d: Discovery, lang: str, *, with_nodes: bool = True) -> dict[str, Any]:
    """The ``discover`` JSON document (without ``schema_version``, which ``render.json.dumps`` adds).

    Undefined values (sna's z where its expected value and sd are 0, the constraint of an
    isolated person) stay NaN here: :func:`verbinder.render.json.dumps` writes them as
    ``null``.  Expected values depend only on the group, so nodes of a group share one dict.
    """
    reasons = why(d, lang)
    head = _head(d, lang, reasons)
    if not with_nodes:
        return head
    return {**head, "nodes": list(_nodes(d, reasons, written_order(d.labels, d.pseudonymised), 0, len(d.labels)))}


def written_order(labels: list[str], pseudonymised: bool) -> np.ndarray | None:
    """The order people are written in: by pseudonym when pseudonymised, else None (node order).

    Node order is the order of the staff list (NODES): pseudonyms written in it would re-identify everyone
    for anyone who has that list, row n being person n.

    >>> written_order(["p-b", "p-c", "p-a"], True).tolist(), written_order(["b", "a"], False)
    ([2, 0, 1], None)
    """
    if not pseudonymised:
        return None
    return np.argsort(np.array(labels, dtype=str), kind="stable")


def json_bytes(d: Discovery, lang: str) -> bytes:
    """:func:`document` as JSON bytes (``schema_version`` first), its nodes serialised a block at a time.

    The same bytes as :func:`verbinder.render.json.dumps_bytes` of the whole document, without holding
    every node's dicts at once: on 50,000 people the whole document held 110 MB of them.
    """
    import orjson

    from verbinder.render.json import dumps_bytes, inert

    reasons = why(d, lang)
    order = written_order(d.labels, d.pseudonymised)
    head = dumps_bytes(_head(d, lang, reasons))
    parts = [head[: head.rindex(b"}")], b',"nodes":[']
    options = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
    for lo in range(0, len(d.labels), _NODES_PER_BLOCK):
        block = inert(orjson.dumps(list(_nodes(d, reasons, order, lo, lo + _NODES_PER_BLOCK)), option=options))
        parts.append(block[1:-1] if lo == 0 else b"," + block[1:-1])
    parts.append(b"]}\n")
    return b"".join(parts)


#: Nodes serialised at a time by :func:`json_bytes`.
_NODES_PER_BLOCK = 4096


def _head(d: Discovery, lang: str, reasons: dict[int, str]) -> dict[str, Any]:
    """Every key of the document but ``nodes``."""
    b = d.brokerage
    return {
        "language": lang,
        "directed": d.network.directed,
        "pseudonymised": d.pseudonymised,
        "people": len(d.labels),
        "groups": {str(g): int(n) for g, n in zip(d.brokerage.group_labels, d.brokerage.group_sizes, strict=True)}
        if d.grouped or d.network.groups is not None
        else {},
        "density": _number(b.density),
        "betweenness": {
            "exact": d.betweenness.exact,
            "samples": d.betweenness.samples,
            **(
                {"epsilon": d.betweenness.epsilon, "delta": d.betweenness.delta}
                if d.betweenness.epsilon is not None
                else {}
            ),
        },
        "candidates": d.candidates,
        "hidden_connectors": [
            {
                "rank": h.rank,
                "id": d.labels[h.node],
                "group": d.group(h.node),
                "score": round(h.score, 6),
                "between_groups": h.cross,
                "expected": round(h.cross_expected, 6),
                "why": reasons[h.node],
            }
            for h in d.hidden
        ],
    }


def _nodes(d: Discovery, reasons: dict[int, str], order: np.ndarray | None, lo: int, hi: int):
    """The ``nodes`` entries of the people written ``lo`` to ``hi``: in node order, or in ``order`` (an index
    permutation, :func:`written_order`), each figure taken with one array index per block."""
    b = d.brokerage
    hi = min(hi, len(d.labels))
    rows: slice | np.ndarray = slice(lo, hi) if order is None else order[lo:hi]
    people = range(lo, hi) if order is None else order[lo:hi].tolist()
    counts = b.counts[rows].tolist()
    expected = (b.expected[rows] + 0.0).tolist()  # + 0.0 turns sna's -0.0 into 0.0
    z = b.z[rows].tolist()
    constraint = d.holes.constraint[rows].tolist()
    effective = d.holes.effective_size[rows].tolist()
    between = d.betweenness.values[rows].tolist()
    attributes = {} if d.pseudonymised else d.network.attributes
    groups = d.network.groups
    ranks = d.ranks
    shared: dict[tuple[float, ...], dict[str, float]] = {}
    for at, i in enumerate(people):
        row = tuple(expected[at])
        expected_i = shared.get(row)
        if expected_i is None:
            e0, e1, e2, e3, e4, e5 = row
            expected_i = shared[row] = {
                "coordinator": e0, "itinerant": e1, "representative": e2, "gatekeeper": e3, "liaison": e4, "total": e5
            }  # fmt: skip
        c0, c1, c2, c3, c4, c5 = counts[at]
        z0, z1, z2, z3, z4, z5 = z[at]
        node: dict[str, Any] = {
            "id": d.labels[i],
            "group": groups[i] if groups is not None else None,
            "brokerage": {
                "coordinator": c0, "itinerant": c1, "representative": c2, "gatekeeper": c3, "liaison": c4, "total": c5
            },
            "expected": expected_i,
            "z": {
                "coordinator": z0, "itinerant": z1, "representative": z2, "gatekeeper": z3, "liaison": z4, "total": z5
            },
            "constraint": constraint[at],
            "effective_size": effective[at],
            "betweenness": between[at],
            "rank": ranks.get(i),
            "why": reasons.get(i),
        }  # fmt: skip
        if attributes:
            node["attributes"] = {k: v[i] for k, v in attributes.items()}
        yield node


def csv_text(d: Discovery, lang: str) -> str:
    """One row per person: counts, expected values, z-scores, holes, betweenness, rank, why, attributes.

    Texts from the input (ids, groups, attribute names and values) pass
    :func:`verbinder.render.safe.csv_cell`: an id like ``=HYPERLINK(...)`` is
    written as ``'=HYPERLINK(...)`` and cannot run in a spreadsheet.  Dutch (``lang="nl"``) is written as Dutch
    Excel reads it, as ``compare`` and the HR exports do: ``;`` between cells, a decimal comma, CRLF and a UTF-8
    byte-order mark; English with ``,`` and ``.``.
    """
    from verbinder.render.safe import csv_cell

    dutch = lang == "nl"
    sep, end = (";", "\r\n") if dutch else (",", "\n")
    attributes = {} if d.pseudonymised else d.network.attributes
    header = [
        "id",
        "group",
        *COLUMNS,
        *(f"expected_{c}" for c in COLUMNS),
        *(f"z_{c}" for c in COLUMNS),
        "constraint",
        "effective_size",
        "betweenness",
        "rank",
        "why",
        *(csv_cell(a) for a in attributes),
    ]
    b = d.brokerage
    reasons = why(d, lang)
    groups = d.network.groups
    n = len(d.labels)
    order = written_order(d.labels, d.pseudonymised)
    people: range | list[int] = range(n) if order is None else order.tolist()
    rows: slice | np.ndarray = slice(None) if order is None else order

    def text(cell: str) -> str:
        return _text(cell, sep)

    def numbers(values: np.ndarray) -> list[str]:
        return _numbers(values[rows], "," if dutch else ".")

    labels = d.labels
    group_cells = {g: text(csv_cell(g)) for g in set(groups)} if groups is not None else {}
    columns = [
        [text(csv_cell(labels[i])) for i in people],
        [group_cells[groups[i]] for i in people] if groups is not None else [""] * n,
        *(numbers(b.counts[:, c]) for c in range(6)),
        *(numbers(b.expected[:, c]) for c in range(6)),
        *(numbers(b.z[:, c]) for c in range(6)),
        numbers(d.holes.constraint),
        numbers(d.holes.effective_size),
        numbers(d.betweenness.values),
        [str(d.ranks[i]) if i in d.ranks else "" for i in people],
        [text(csv_cell(reasons[i])) if i in reasons else "" for i in people],
        *([text(csv_cell(values[i])) for i in people] for values in attributes.values()),
    ]
    lines = [sep.join(map(text, header)), *map(sep.join, zip(*columns, strict=True))]
    return ("\ufeff" if dutch else "") + end.join(lines) + end


#: Significant digits of a figure in the CSV, as ``compare``'s CSV (:data:`verbinder.render.change.CSV_DIGITS`).
CSV_DIGITS = 6


def significant(values: np.ndarray, digits: int = CSV_DIGITS) -> np.ndarray:
    """Floats rounded to ``digits`` significant digits, each the double nearest to its rounded decimal.

    The same numbers as ``float(f"{x:.6g}")`` per value, with array operations: ``k / 10**m`` (or ``k * 10**m``)
    of an integer ``k`` below 10**digits and an exact power of ten is correctly rounded, so its shortest
    representation is the rounded decimal itself (``0.0841227``, not ``0.08412270000000001``).  The few values
    whose scaled form lies within rounding error of a half (where the array product may round the other way), or
    whose power of ten is not exact, are rounded by Python.  NaN stays NaN; -0.0 becomes 0.0.

    >>> significant(np.array([0.08412270503331422, 1234567.0, -2.5e-7, 0.0, np.nan, 1e-30 / 3])).tolist()
    [0.0841227, 1234570.0, -2.5e-07, 0.0, nan, 3.33333e-31]
    """
    x = np.asarray(values, dtype=np.float64)
    out = x + 0.0
    finite = np.flatnonzero(np.isfinite(x) & (x != 0))
    if not len(finite):
        return out
    v = x[finite]
    size = np.abs(v)
    # The decimal exponent from the binary one: floor(log10(size)) or one less, then corrected.
    power = np.floor((np.frexp(size)[1] - 1) * 0.30102999566398120).astype(np.int64)
    power += size >= _POWERS[np.clip(power + 1 + _POWER_BIAS, 0, len(_POWERS) - 1)]
    shift = digits - 1 - power  # v * 10**shift has `digits` digits before the point
    scale = _EXACT[np.clip(np.abs(shift), 0, 22)]  # 10**22 is the largest exact power of ten
    up = shift >= 0
    with np.errstate(over="ignore"):  # the branch np.where does not take may overflow
        scaled = np.where(up, v * scale, v / scale)
        whole = np.rint(scaled)
        rounded = np.where(up, whole / scale, whole * scale)
    near_half = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    outside = (np.abs(whole) >= 10.0**digits) | (np.abs(whole) < 10.0 ** (digits - 1))
    for at in np.flatnonzero(near_half | outside | (np.abs(shift) > 22)).tolist():
        rounded[at] = float(f"{v[at]:.{digits}g}")
    out[finite] = rounded + 0.0
    return out


#: 10**k for k from -_POWER_BIAS (for comparisons), and the exact powers 10**0 to 10**22 (for scaling).
_POWER_BIAS = 330
_POWERS = np.array([float(f"1e{k}") for k in range(-_POWER_BIAS, 310)])
_EXACT = np.array([10.0**k for k in range(23)])


def _numbers(values: np.ndarray, decimal: str = ".") -> list[str]:
    """A column of numbers as CSV cells, an undefined one (NaN) empty, with ``decimal`` as the decimal mark.

    Floats are rounded to :data:`CSV_DIGITS` significant digits (:func:`significant`) and written without an
    exponent and without a trailing ``.0``, as ``compare``'s CSV writes them (``0.0841227``, ``12``,
    ``0.00000025``).  Written by orjson, shortest digits, a column at once: the csv module's own formatting of
    1.2 million numbers took 0.55 s; a value orjson writes with an exponent (below 0.0001 or from 10**16) is
    rewritten by numpy.
    """
    import orjson

    if not len(values):
        return []
    if values.dtype.kind == "f":
        values = significant(values)
    listed = orjson.dumps(values.tolist()).decode("ascii")[1:-1].replace("null", "")
    listed = (listed + ",").replace(".0,", ",")[:-1]
    # With a decimal comma: the numbers hold no space, so the list's commas become spaces first.
    cells = listed.replace(",", " ").replace(".", decimal).split(" ") if decimal != "." else listed.split(",")
    if "e" in listed:  # only among the smallest and largest values
        size = np.abs(values)
        for at in np.flatnonzero(((size < 1e-3) & (size > 0)) | (size >= 1e15)).tolist():
            if "e" in cells[at]:
                cells[at] = np.format_float_positional(values[at], trim="-").replace(".", decimal)
    return cells


def _text(cell: str, sep: str = ",") -> str:
    """A text cell quoted as the csv module quotes it (``csv_cell`` has escaped every line break already)."""
    if sep in cell or '"' in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def terminal(out: Console, d: Discovery, lang: str) -> None:
    """The ranking of hidden connectors, one block each, readable in 80 columns."""
    from rich.markup import escape

    from verbinder.render import tables
    from verbinder.render.terminal import indented

    groups = len(d.brokerage.group_labels) if d.network.groups is not None else 1
    ties = _tie_count(d)
    out.print(f"[bold]{t('discover.title', lang)}[/bold]")
    direction = t("discover.directed" if d.network.directed else "discover.undirected", lang)
    out.print(
        t(
            "discover.summary",
            lang,
            people=len(d.labels),
            ties=ties,
            direction=direction,
            groups=groups,
            candidates=d.candidates,
        )
    )
    if d.betweenness.epsilon is not None:
        b = d.betweenness
        out.print(t("change.betweenness_bounded", lang, samples=b.samples, epsilon=b.epsilon, delta=b.delta))
    else:
        key = "discover.betweenness_exact" if d.betweenness.exact else "discover.betweenness_sampled"
        out.print(t(key, lang, samples=d.betweenness.samples, people=len(d.labels)))
    out.print(f"[dim]{t('discover.pseudonymised' if d.pseudonymised else 'discover.personal_data', lang)}[/dim]")
    out.print()
    if not d.hidden:
        out.print(t("discover.none", lang))
        return
    table = tables.rich(
        t("discover.col.rank", lang),
        t("discover.col.person", lang),
        t("discover.col.group", lang),
        t("discover.col.cross", lang),
        t("discover.col.score", lang),
        t("discover.col.constraint", lang),
    )
    for column in table.columns[3:]:  # numbers right-aligned: the last column then ends without trailing spaces
        column.justify = "right"
    for h in d.hidden:
        c = d.holes.constraint[h.node]
        table.add_row(
            str(h.rank),
            escape(d.labels[h.node]),
            escape(str(d.group(h.node) or "—")),
            number(h.cross, lang),
            number(h.score, lang, digits=1),
            number(c, lang, digits=2) if math.isfinite(c) else "—",
        )
    out.print(table)
    out.print()
    out.print(f"[bold]{t('discover.col.why', lang).capitalize()}[/bold]")
    for h in d.hidden:
        text = " ".join(m.render(lang) for m in h.why)
        indented(out, f"{h.rank}. [bold]{escape(d.labels[h.node])}[/bold]: {escape(text)}", 2)


def _tie_count(d: Discovery) -> int:
    """The distinct contacts without self-loops (undirected: each pair once)."""

    n = len(d.labels)
    s, t_ = d.network.sources, d.network.targets
    keep = s != t_
    s, t_ = s[keep], t_[keep]
    if not d.network.directed:
        s, t_ = np.minimum(s, t_), np.maximum(s, t_)
    return len(distinct(s.astype(np.int64) * n + t_))
