"""The array reader of plain ``source,target`` files gives exactly what the regular reader gives, or leaves the file
to it (which then names the line and column of what is wrong)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import verbinder.io.network as network
from verbinder.errors import InputError
from verbinder.io.fastcsv import MAX_NAME_BYTES, pair_codes
from verbinder.io.network import read_network

NAMES = ["anna", "bert", "é", "Zoë van Dijk", "0012", "12", " 12", "a;b", "p-1a2b3c4d5e6f", "x" * 17, "ü" * 20, "日本"]


def _regular(*args, **kwargs):
    """What the regular reader alone makes of the file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(network, "_split", _never_deferred)
        return read_network(*args, **kwargs)


_split_as_before = network._split


def _never_deferred(path, *, pairs=False, date_column=None):
    return _split_as_before(path)


def _same(fast, slow) -> None:
    assert fast.ids == slow.ids
    assert (fast.dates is None) == (slow.dates is None)
    if fast.dates is not None:
        assert fast.dates.dtype == slow.dates.dtype and fast.dates.tolist() == slow.dates.tolist()
    assert fast.sources.tolist() == slow.sources.tolist() and fast.targets.tolist() == slow.targets.tolist()
    assert fast.groups == slow.groups and fast.attributes == slow.attributes
    assert fast.sources.dtype == slow.sources.dtype == np.int64


DATES = [
    "2024-01-31",
    "2024-02-29",
    "1999-12-31",
    "2024-02-30",
    "2024-1-05",
    "2024-03-01T09:30",
    "31-01-2024",
    "２０２４-01-01",
]


@st.composite
def edge_files(draw):
    people = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8, unique=True))
    dated = draw(st.booleans())
    rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from(people),
                st.sampled_from(people),
                st.sampled_from(DATES[:3] if draw(st.booleans()) else DATES),
            ),
            min_size=1,
            max_size=25,
        )
    )
    columns = ["source", "target"] + (["date"] if dated else [])
    order = draw(st.permutations(columns))
    header = ",".join(order)
    if draw(st.booleans()):
        header = " " + header.upper().replace(",", " , ")
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    end = draw(st.sampled_from(["", newline, newline * 2]))
    value = {"source": 0, "target": 1, "date": 2}
    text = header + newline + newline.join(",".join(row[value[c]] for c in order) for row in rows) + end
    listed = draw(st.permutations(people)) if draw(st.booleans()) else None
    return text, listed, "date" if dated else None


@settings(max_examples=300, deadline=None)
@given(edge_files())
def test_same_network_as_the_regular_reader(tmp_path_factory, drawn):
    text, listed, date_column = drawn
    folder = tmp_path_factory.mktemp("csv")
    (folder / "e.csv").write_text(text, encoding="utf-8", newline="")
    nodes = None
    if listed is not None:
        nodes = folder / "n.csv"
        nodes.write_text("id,group\n" + "".join(f'"{p}",g{i % 2}\n' for i, p in enumerate(listed)), encoding="utf-8")
    try:
        fast = read_network(folder / "e.csv", nodes, date_column=date_column)
    except InputError as problem:
        with pytest.raises(InputError) as regular:
            _regular(folder / "e.csv", nodes, date_column=date_column)
        assert str(problem) == str(regular.value)
    else:
        _same(fast, _regular(folder / "e.csv", nodes, date_column=date_column))


@pytest.mark.parametrize(
    "body",
    [
        'source,target\n"anna",bert\n',  # quotes
        "source,target\nanna,bert\n\nbert,anna\n",  # a blank line
        "source,target\nanna,bert,cees\n",  # a row of three
        "source,target\nanna\n",  # a row of one
        "source,target\nanna,\n",  # an empty name
        "source,target\n,anna\n",
        "source,target\nanna,dirk\n",  # dirk is not a person (with NODES)
        "source,target\nanna\rbert,cees\n",  # a lone carriage return
        f"source,target\nanna,{'x' * (MAX_NAME_BYTES + 1)}\n",  # too long for the packed words
        "\ufeffsource;target\r\nanna;bert\r\nbert;cees\r\n",  # Dutch Excel: semicolons, a BOM, CRLF
        "source,target\nanna,bert\n,\nbert,cees\n,\n",  # rows of cleared cells, as Excel writes them (skipped)
    ],
)
def test_left_to_the_regular_reader(tmp_path, body):
    """pair_codes declines; the regular reader then reads the file, or refuses it with the same located message."""
    (tmp_path / "e.csv").write_text(body, encoding="utf-8", newline="")
    people = ["anna", "bert", "cees", "x" * (MAX_NAME_BYTES + 1)]
    (tmp_path / "n.csv").write_text("id,group\n" + "".join(f"{p},g\n" for p in people), encoding="utf-8")
    assert pair_codes(body, ["source", "target"], people) is None
    for nodes in (tmp_path / "n.csv", None):
        try:
            fast = read_network(tmp_path / "e.csv", nodes)
        except InputError as problem:
            with pytest.raises(InputError) as regular:
                _regular(tmp_path / "e.csv", nodes)
            assert str(problem) == str(regular.value)
        else:
            _same(fast, _regular(tmp_path / "e.csv", nodes))


def test_more_columns_or_dates_take_the_regular_reader(tmp_path):
    (tmp_path / "e.csv").write_text("source,target,weight\nanna,bert,2\n", encoding="utf-8")
    assert read_network(tmp_path / "e.csv").weights.tolist() == [2.0]
    (tmp_path / "d.csv").write_text("source,target,date\nanna,bert,2024-01-31\n", encoding="utf-8")
    assert read_network(tmp_path / "d.csv", date_column="date").dates.tolist() == [np.datetime64("2024-01-31")]


def test_names_that_share_a_hash_are_left_to_the_dict(monkeypatch):
    """Names of 9 to 16 bytes are mixed into one 64-bit value; two people with the same value are read by the dict."""
    from verbinder.io import fastcsv

    text = "source,target\nabcdefghi,abcdefghj\n"
    assert pair_codes(text, ["source", "target"], ["abcdefghj", "abcdefghi"])[0].tolist() == [1]
    monkeypatch.setattr(fastcsv, "_hash", lambda words: np.zeros(len(words), dtype=np.uint64))
    assert pair_codes(text, ["source", "target"], ["abcdefghi", "abcdefghj"]) is None
    assert pair_codes(text, ["source", "target"], None) is None
