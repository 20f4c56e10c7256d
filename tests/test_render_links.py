"""The per-link facts line is one view (render.links.link_facts): the terminal and Markdown say the same facts.

Issue 11 found it written three times and disagreeing (the influence gap showed in the
terminal only, never in Markdown).  Here both writers format the same view, and a test
pins that their plain text is equal for every link of the shipped examples.
"""

from __future__ import annotations

import io
import re

import pytest

import verbinder
from support import DALBURG, SMALL_TOWN
from verbinder.render.links import link_block, link_facts, markdown_link


def _terminal_facts(a, model, actors, names, lang) -> str:
    from rich.console import Console

    out = Console(file=io.StringIO(), width=1000, color_system=None)
    link_block(out, a, model, actors, names, lang)
    return out.file.getvalue().splitlines()[2].strip()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", [DALBURG, SMALL_TOWN], ids=["dalburg", "small-town"])
def test_terminal_and_markdown_say_the_same_facts_for_every_link(path, lang):
    project = verbinder.load(path)
    model = project.model
    actors = {x.id: x for x in model.actors}
    names = {c.id: c.id for c in project.catalogue.competencies}
    gaps = 0
    for a in project.link_analysis.links:
        markdown = markdown_link(a, model, actors, names, lang)[2]
        assert _terminal_facts(a, model, actors, names, lang) == re.sub(r"\*\*", "", markdown)
        gaps += bool(a.influence_gap)
    assert gaps, "the examples have links with an influence gap, so the gap is compared too"


def test_the_influence_gap_is_a_fact_only_where_it_is_not_zero():
    project = verbinder.load(SMALL_TOWN)
    actors = {x.id: x for x in project.model.actors}
    for a in project.link_analysis.links:
        texts = ["".join(text for text, _ in fact) for fact in link_facts(a, project.model, actors, "en")]
        assert (f"influence gap {a.influence_gap}" in texts) == bool(a.influence_gap)
