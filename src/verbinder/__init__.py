"""verbinder: who must be connected with whom, and which competencies each connection asks.

A toolkit for Dutch municipalities building a *kopgroep* of connecting civil
servants.  Layers: read (``io``) -> ``model`` -> ``graph`` -> ``analysis`` ->
``rules`` -> ``render`` -> ``cli``.
"""

__version__ = "0.1.0"
