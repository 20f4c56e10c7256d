"""Property-based tests: whatever a user writes, verbinder answers with its own error or a result.

Random models and random edits of a valid model never raise anything but
:class:`~verbinder.errors.VerbinderError`; loading, saving and loading again
(the round trip the workshop and ``assess`` make) loses nothing.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import FIXTURES
from verbinder.analysis.links import analyse_links
from verbinder.errors import VerbinderError
from verbinder.io.roundtrip import RoundTrip
from verbinder.project import load_project

ROLES, CATALOGUE = FIXTURES / "roles", FIXTURES / "catalogue.yaml"
SLUGS = st.sampled_from(["wh", "anna", "bert", "tue", "bew", "f1", "x", "Anna", "a b", ""])
KINDS = st.sampled_from(["politics", "administration", "experts", "citizens", "firms", "civil_society", "politcs"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 9), st.text(string.printable, max_size=8), SLUGS, KINDS)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(SLUGS, inner, max_size=3), max_leaves=8
)

actor = st.fixed_dictionaries(
    {"id": SLUGS, "name": st.text(min_size=0, max_size=6), "kind": KINDS},
    optional={
        "influence": st.integers(0, 6),
        "interest": st.integers(0, 6),
        "kopgroep": st.booleans(),
        "capacity": st.integers(-1, 5),
        "competencies": st.dictionaries(st.sampled_from(["vertalen", "netwerken", "vertallen"]), st.integers(-1, 5)),
        "department": st.sampled_from(["ruimte", "sociaal"]),
    },
)
link = st.fixed_dictionaries(
    {"from": SLUGS, "to": SLUGS},
    optional={
        "via": SLUGS,
        "tension": st.sampled_from(["low", "medium", "high", "extreme", 3]),
        "agenda": st.lists(st.sampled_from(["ca", "cb"]), max_size=2),
        "topic": st.text(max_size=5),
        "id": SLUGS,
    },
)
models = st.fixed_dictionaries(
    {"name": st.text(max_size=5), "actors": st.lists(actor, max_size=6), "links": st.lists(link, max_size=6)},
    optional={
        "agenda": st.just([{"id": "ca", "title": "Energie", "due": "2028-06"}]),
        "language": st.sampled_from(["nl", "en", "de"]),
    },
)


def _load(tmp: Path, text: str):
    path = tmp / "m.yaml"
    path.write_text(text, encoding="utf-8")
    project = load_project(path, roles=ROLES, catalogue=CATALOGUE)
    return analyse_links(project.model, project.link_ids, project.rules)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(models)
def test_random_models_give_a_result_or_our_error(tmp_path, model):
    try:
        result = _load(tmp_path, yaml.safe_dump(model, allow_unicode=True))
    except VerbinderError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
    else:
        assert len(result.links) == len(model["links"])


VALID = (FIXTURES / "model.yaml").read_text(encoding="utf-8")


@st.composite
def edits(draw):
    """A valid model with one random change: a key removed, a value replaced, or text garbled."""
    data = yaml.safe_load(VALID)
    section = draw(st.sampled_from(["actors", "links", "agenda"]))
    items = data[section]
    item = items[draw(st.integers(0, len(items) - 1))]
    how = draw(st.sampled_from(["drop", "replace", "add"]))
    key = draw(st.sampled_from(sorted(item)))
    if how == "drop":
        del item[key]
    elif how == "replace":
        item[key] = draw(VALUES)
    else:
        item[draw(st.text(string.ascii_lowercase, min_size=1, max_size=6))] = draw(SCALARS)
    text = yaml.safe_dump(data, allow_unicode=True)
    if draw(st.booleans()):  # garble the text itself
        pos = draw(st.integers(0, len(text)))
        text = (
            text[:pos]
            + draw(st.sampled_from(["\t", ":", "- ", "{", "&a", "*a", "!!python/name:os.system", "\x00", "'"]))
            + text[pos:]
        )
    return text


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits())
def test_random_edits_give_a_result_or_our_error(tmp_path, text):
    try:
        _load(tmp_path, text)
    except VerbinderError as exc:
        assert exc.problems


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(actor.filter(lambda a: True), max_size=4), st.text(string.ascii_letters + " äéß—", max_size=12))
def test_round_trip_is_lossless(tmp_path, actors, comment):
    data = {"name": "Rondje", "actors": actors}
    text = f"# {comment}\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    doc = RoundTrip(path)
    doc.save(backup=False)
    saved = path.read_text(encoding="utf-8")
    assert saved.splitlines()[0] == f"# {comment}"  # the user's comment survives
    # and every value as the file had it (escapes may be written differently; compare with the
    # file, not with `data`: PyYAML itself writes a raw U+0085 that reads back as a space)
    assert yaml.safe_load(saved) == yaml.safe_load(text)
