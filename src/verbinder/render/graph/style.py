"""What every drawing of the network shares: colours by kind, line widths by tension, names and labels.

Actors are coloured by kind (Okabe & Ito's colour-blind-safe palette for the six default kinds), kopgroep
members get a double border, bridging links (*verbinden*) are solid and orchestration links (*regie*) dashed,
a link's line grows thicker with its tension.  Texts follow the chosen language.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from verbinder.i18n import t
from verbinder.model import DEFAULT_KINDS, Model
from verbinder.render import labels

if TYPE_CHECKING:
    from verbinder.analysis.links import LinkAssessment

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
KIND_COLOURS: dict[str, str] = {
    "politics": "#D55E00",  # vermillion
    "administration": "#0072B2",  # blue
    "experts": "#009E73",  # bluish green
    "citizens": "#F0E442",  # yellow
    "firms": "#E69F00",  # orange
    "civil_society": "#CC79A7",  # reddish purple
}
#: Colours of declared kinds, in order: Okabe-Ito's sky blue, then Paul Tol's "muted" scheme (also
#: colour-blind safe among themselves), repeated when a model declares more kinds than that.
EXTRA_COLOURS: tuple[str, ...] = (
    "#56B4E9",
    "#DDCC77",
    "#88CCEE",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#AA4499",
    "#DDDDDD",
)
#: Line width by tension (low, medium, high).
TENSION_WIDTH = {"low": 1.2, "medium": 2.4, "high": 4.0}
FONT = "Helvetica,Arial,sans-serif"
LINE = "#333333"
VIA_LINE = "#777777"


def kind_colours(model: Model) -> dict[str, str]:
    """The fill colour of every kind the model knows: the six defaults, then its declared kinds."""
    colours = dict(KIND_COLOURS)
    extra = [k for k in model.kind_ids() if k not in DEFAULT_KINDS]
    for i, kind in enumerate(extra):
        colours[kind] = EXTRA_COLOURS[i % len(EXTRA_COLOURS)]
    return colours


def text_colour(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (WCAG 2 relative luminance)."""

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(fill[i : i + 2]) for i in (1, 3, 5))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def kinds_used(model: Model) -> list[str]:
    """The kinds some actor has, in the model's order of kinds."""
    used = {a.kind for a in model.actors}
    return [k for k in model.kind_ids() if k in used]


def one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks too) as one space."""
    return " ".join(text.split())


def wrap(text: str, width: int = 22, *, whole_words: bool = False) -> list[str]:
    """``text`` on one line, wrapped at ``width`` characters into lines (at least one); ``whole_words``: a word
    longer than ``width`` stays whole on a line of its own."""
    lines = textwrap.wrap(one_line(text), width, break_long_words=not whole_words, break_on_hyphens=False)
    return lines or [""]


def short_name(name: str) -> str:
    """A name without its trailing explanation: ``Anna de Vries (beleidsadviseur)`` -> ``Anna de Vries``."""
    head = one_line(name).split(" (", 1)[0]
    return head or one_line(name)


def connector_label(a: LinkAssessment, names: dict[str, str], lang: str) -> list[str]:
    """The lines under a link: ``via Anna`` and the position, or "no connector yet"."""
    if a.link.via is None:
        return [t("label.no_connector", lang)]
    return [t("label.via", lang, name=short_name(names[a.link.via])), labels.position(a.position, lang)]


def link_tooltip(a: LinkAssessment, names: dict[str, str], lang: str) -> str:
    text = t(
        "graph.tooltip_link",
        lang,
        **{
            "from": names[a.link.from_],
            "to": names[a.link.to],
            "type": labels.link_type(a.type, lang),
            "tension": labels.tension(a.link.tension.value, lang),
        },
    )
    if a.link.topic:
        text += " — " + t("graph.tooltip_topic", lang, topic=one_line(a.link.topic))
    return text
