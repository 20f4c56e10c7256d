"""Link types and Gould-Fernandez positions on hand-made cases.

Expected positions follow Gould & Fernandez (1989), Table 1: for the two-path
A -> B -> C with groups g(.), coordinator g(A)=g(B)=g(C); itinerant (UCINET:
consultant) g(A)=g(C)!=g(B); representative g(A)=g(B)!=g(C); gatekeeper
g(A)!=g(B)=g(C); liaison all different.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verbinder.graph import link_type, position
from verbinder.model import LinkType, Model, Position, assign_link_ids


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (("administration", "administration", "administration"), Position.COORDINATOR),
        (("firms", "administration", "firms"), Position.ITINERANT),
        (("administration", "administration", "citizens"), Position.REPRESENTATIVE),
        (("citizens", "administration", "administration"), Position.GATEKEEPER),
        (("politics", "administration", "experts"), Position.LIAISON),
    ],
)
def test_each_position(kinds, expected):
    a, b, c = kinds
    assert position(a, b, c) is expected


def test_link_types():
    assert link_type("firms", "firms") is LinkType.ORCHESTRATION
    assert link_type("politics", "experts") is LinkType.BRIDGING


kind = st.sampled_from(["a", "b", "c", "d"])


@given(kind, kind, kind, st.permutations(["a", "b", "c", "d"]))
def test_position_depends_only_on_which_groups_are_equal(a, b, c, perm):
    rename = dict(zip(["a", "b", "c", "d"], perm, strict=True))
    assert position(a, b, c) is position(rename[a], rename[b], rename[c])


@given(kind, kind, kind)
def test_position_reverses_representative_and_gatekeeper(a, b, c):
    forward, backward = position(a, b, c), position(c, b, a)
    swap = {Position.REPRESENTATIVE: Position.GATEKEEPER, Position.GATEKEEPER: Position.REPRESENTATIVE}
    assert backward is swap.get(forward, forward)


def _model(links):
    return Model.model_validate(
        {
            "name": "m",
            "actors": [
                {"id": "a", "name": "A", "kind": "politics"},
                {"id": "b", "name": "B", "kind": "experts"},
                {"id": "c", "name": "C", "kind": "administration"},
            ],
            "links": links,
        }
    )


def test_derived_ids_are_stable_when_links_are_reordered():
    links = [
        {"from": "a", "to": "b"},
        {"from": "a", "to": "b", "topic": "Warmte Net"},
        {"from": "b", "to": "c", "id": "eigen"},
    ]
    first = dict(zip([str(x) for x in links], assign_link_ids(_model(links)), strict=True))
    for reordered in ([links[2], links[0], links[1]], links[::-1]):
        second = dict(zip([str(x) for x in reordered], assign_link_ids(_model(reordered)), strict=True))
        assert first == second
    assert sorted(first.values()) == ["a--b", "a--b--warmte-net", "eigen"]
