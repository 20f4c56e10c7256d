"""The report's network pictures: one per agenda item, each readable when printed on A4.

One picture of a whole municipality's network does not print readably: Dalburg's 38 actors and 44 links put its
labels at about 5 pt on an A4 page.  So the report draws one picture per agenda item (the links that serve it, with
their ends and connectors), then one of the links that serve no agenda item (or one of the whole network when the
model has no agenda), each in the compact style of :func:`~verbinder.render.graph.dot.to_dot` (short names, no
title or legend: the report gives the legend once, in HTML).

Two checks keep every picture readable and the report fast:

- **Before Graphviz**: a picture of more than :data:`MAX_LINKS` links or :data:`MAX_ACTORS` actors is not drawn
  (it could not print its labels at 8 pt, and Graphviz would take long), nor any beyond the first
  :data:`MAX_PICTURES`; the report says why and how to draw it (``verbinder graph``).
- **After Graphviz**: the picture is given a printed size of at most :data:`PRINT_WIDTH_MM` by
  :data:`PRINT_HEIGHT_MM` (the width and height of its ``<svg>``; the ``viewBox`` keeps Graphviz's points), and
  :func:`printed_label_sizes` computes every label's size at that scale.  A picture whose smallest label would print
  below :data:`MIN_LABEL_PT` is left out with a sentence too, so "at least 8 pt" is checked, never assumed.
  Each picture is laid out in turn in :data:`~verbinder.render.graph.dot.COMPACT_LAYOUTS` (fdp, neato, neato
  with ``mode=ipsep``, the densest) until one prints its labels at :data:`TARGET_LABEL_PT`; else the one whose
  labels print largest is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verbinder.errors import UsageError
from verbinder.i18n import Msg
from verbinder.render.graph import dot
from verbinder.render.graph.dot import COMPACT_LAYOUTS, to_dot

if TYPE_CHECKING:
    from verbinder.analysis.links import Analysis, LinkAssessment
    from verbinder.model import AgendaItem

#: The smallest printed label size (points) a picture may have.
MIN_LABEL_PT = 8.0
#: A picture is printed no larger than its smallest label needs to print at this size, so that small pictures
#: take less of a page.
TARGET_LABEL_PT = 9.0
#: The largest printed size of a picture: A4's width less the report's margins, and a page's height less a heading
#: and a caption.
PRINT_WIDTH_MM = 180.0
PRINT_HEIGHT_MM = 230.0
#: A picture with more links or more actors than this is not drawn (its labels could not print at 8 pt).
MAX_LINKS = 25
MAX_ACTORS = 30
#: The report draws at most this many pictures (agenda items first, in the agenda's order).
MAX_PICTURES = 12
#: Seconds Graphviz may take for one picture (a picture within the limits above takes well under one).
TIMEOUT = 20

PT_PER_MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class Sketch:
    """One picture of the report: the links it shows and its SVG, or why it is left out.

    ``item`` is the agenda item whose links it shows; None for the links serving no agenda item (``rest``) or,
    when the model has no agenda, for the whole network.  ``omitted`` is a :class:`~verbinder.i18n.Msg` saying
    why there is no SVG; ``label_pt`` is the smallest label's printed size.
    """

    item: AgendaItem | None
    links: tuple[str, ...]
    actors: int
    svg: str | None = None
    omitted: Msg | None = None
    label_pt: float | None = None


def groups(analysis: Analysis) -> list[tuple[AgendaItem | None, list[LinkAssessment]]]:
    """The links of each picture: per agenda item (in the agenda's order, items without links left out), then the
    links that serve no item (all links when the model has no agenda)."""
    model = analysis.model
    per_item: dict[str, list[LinkAssessment]] = {item.id: [] for item in model.agenda}
    rest: list[LinkAssessment] = []
    for a in analysis.links:
        served = [i for i in a.link.agenda if i in per_item]
        for item_id in dict.fromkeys(served):
            per_item[item_id].append(a)
        if not served:
            rest.append(a)
    out: list[tuple[AgendaItem | None, list[LinkAssessment]]] = [
        (item, per_item[item.id]) for item in model.agenda if per_item.get(item.id)
    ]
    if rest:
        out.append((None, rest))
    return out


def _actor_count(links: list[LinkAssessment]) -> int:
    ids: set[str] = set()
    for a in links:
        ids.update((a.link.from_, a.link.to))
        if a.link.via is not None:
            ids.add(a.link.via)
    return len(ids)


def draw(analysis: Analysis, lang: str, *, source: str = "MODEL") -> list[Sketch]:
    """Every picture of the report (see the module's text); Graphviz's errors are raised
    (:class:`~verbinder.errors.UsageError`), the first one ends the drawing."""
    out = []
    for n, (item, links) in enumerate(groups(analysis)):
        ids = tuple(a.id for a in links)
        actors = _actor_count(links)
        sketch = Sketch(item, ids, actors)
        if n >= MAX_PICTURES:
            out.append(replace(sketch, omitted=Msg("picture.too_many", max=MAX_PICTURES, model=source)))
            continue
        if len(links) > MAX_LINKS or actors > MAX_ACTORS:
            why = Msg(
                "picture.too_big",
                links=len(links),
                actors=actors,
                max_links=MAX_LINKS,
                max_actors=MAX_ACTORS,
                model=source,
            )
            out.append(replace(sketch, omitted=why))
            continue
        svg, smallest = _best(replace(analysis, links=links), lang, source)
        if smallest < MIN_LABEL_PT:
            why = Msg("picture.too_small", size=f"{smallest:.1f}", min=f"{MIN_LABEL_PT:g}", model=source)
            out.append(replace(sketch, omitted=why, label_pt=smallest))
            continue
        out.append(replace(sketch, svg=svg, label_pt=smallest))
    return out


def _best(analysis: Analysis, lang: str, source: str) -> tuple[str, float]:
    """The picture in the first compact layout whose labels print at :data:`TARGET_LABEL_PT`, fitted to the page;
    when none does, the one whose smallest label prints largest (the first of equals)."""
    best: tuple[str, float] | None = None
    for layout in COMPACT_LAYOUTS:
        text = to_dot(analysis, lang, compact=True, layout=layout)
        drawn = fit_to_page(dot.run_dot(text, "svg", source=source, timeout=TIMEOUT).decode("utf-8"))
        if best is None or drawn[1] > best[1]:
            best = drawn
        if best[1] >= TARGET_LABEL_PT - 0.05:  # the sizes are rounded to 0.1 pt
            break
    assert best is not None
    return best


_VIEWBOX = re.compile(r'viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"')
_FONT = re.compile(r'<text\b[^>]*\sfont-size="([\d.]+)"')
_SIZE = re.compile(r'<svg\b[^>]*?\swidth="([\d.]+)pt"\s+height="([\d.]+)pt"', re.S)


def fit_to_page(svg: str) -> tuple[str, float]:
    """Graphviz's ``svg`` sized to print within :data:`PRINT_WIDTH_MM` × :data:`PRINT_HEIGHT_MM`, never enlarged
    and no larger than its smallest label needs to print at :data:`TARGET_LABEL_PT`; and that label's printed size
    in points (:func:`printed_label_sizes`; infinite without labels)."""
    box = _VIEWBOX.search(svg)
    size = _SIZE.search(svg)
    if box is None or size is None:
        raise UsageError(Msg("graph.dot_failed", reason="no size in the SVG"))
    width, height = float(box.group(3)), float(box.group(4))
    fonts = [float(f) for f in _FONT.findall(svg)]
    scale = min(1.0, PRINT_WIDTH_MM * PT_PER_MM / width, PRINT_HEIGHT_MM * PT_PER_MM / height)
    if fonts:
        scale = min(scale, TARGET_LABEL_PT / min(fonts))
    start, end = size.span(1)[0], size.span(2)[1]
    sized = svg[:start] + f'{width * scale:.1f}pt" height="{height * scale:.1f}' + svg[end:]
    return sized, min(printed_label_sizes(sized), default=float("inf"))


def printed_label_sizes(svg: str) -> list[float]:
    """The printed size in points of every label of ``svg`` when the picture prints at its own width and height:
    the label's ``font-size`` × the width of the ``<svg>`` (in pt) / the width of its ``viewBox`` × the scale of
    Graphviz's top group."""
    box = _VIEWBOX.search(svg)
    size = _SIZE.search(svg)
    if box is None or size is None:
        return []
    scale = float(size.group(1)) / float(box.group(3))
    group = re.search(r'<g id="graph0"[^>]*transform="scale\(([\d.]+)', svg)
    if group is not None:
        scale *= float(group.group(1))
    return [float(f) * scale for f in _FONT.findall(svg)]
