"""The network as a picture or a file for other programs, one module per format.

- :mod:`~verbinder.render.graph.dot`: Graphviz DOT text, and SVG or PNG drawn by Graphviz;
- :mod:`~verbinder.render.graph.mermaid`: a Mermaid flowchart;
- :mod:`~verbinder.render.graph.network`: GraphML and GEXF for Gephi, yEd, Cytoscape and networkx;
- :mod:`~verbinder.render.graph.kumu`: Kumu's JSON import;
- :mod:`~verbinder.render.graph.tree`: a tree per connector for the terminal;
- :mod:`~verbinder.render.graph.style`: what they share (colours by kind, line widths, labels).

Every drawing follows the same conventions: actors are coloured by kind, kopgroep members get a double border,
bridging links (*verbinden*) are solid and orchestration links (*regie*) dashed, a link's line grows thicker with
its tension, and each connector is drawn on their links with their brokerage position.
"""

from verbinder.render.graph.dot import (
    DOT_TIMEOUT,
    LARGE,
    dot_available,
    dot_quote,
    run_dot,
    to_dot,
    to_png,
    to_svg,
)
from verbinder.render.graph.kumu import to_kumu
from verbinder.render.graph.mermaid import mermaid_quote, to_mermaid
from verbinder.render.graph.network import export_graph, to_gexf, to_graphml
from verbinder.render.graph.style import (
    EXTRA_COLOURS,
    KIND_COLOURS,
    TENSION_WIDTH,
    kind_colours,
    short_name,
    text_colour,
)
from verbinder.render.graph.tree import to_tree

__all__ = [
    "DOT_TIMEOUT",
    "EXTRA_COLOURS",
    "KIND_COLOURS",
    "LARGE",
    "TENSION_WIDTH",
    "dot_available",
    "dot_quote",
    "export_graph",
    "kind_colours",
    "mermaid_quote",
    "run_dot",
    "short_name",
    "text_colour",
    "to_dot",
    "to_gexf",
    "to_graphml",
    "to_kumu",
    "to_mermaid",
    "to_png",
    "to_svg",
    "to_tree",
]
