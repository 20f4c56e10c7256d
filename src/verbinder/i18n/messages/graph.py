"""Messages of ``verbinder graph``: the network as a picture (DOT, Mermaid, SVG, PNG), for Gephi or Kumu, or as a
tree."""

NL: dict[str, str] = {
    "help.graph": "Teken het netwerk: DOT, Mermaid, GraphML of GEXF (voor Gephi), Kumu-JSON, SVG of PNG (via "
    "Graphviz), of een boom per verbinder in de terminal.",
    "help.links_as_edges": "Een verbinding als één lijn van -> naar, met de verbinder alleen als kenmerk 'via' "
    "(standaard is een verbinder een knoop op de verbinding: van -> verbinder -> naar).",
    "help.graph_format": "Uitvoerformaat (tree: een boom per verbinder in de terminal).",
    "graph.legend": "Legenda",
    "graph.legend_kopgroep": "kopgroeplid (dubbele rand)",
    "graph.legend_tension": "dikker: meer spanning",
    "graph.legend_via": "verbinder op de verbinding, met positie",
    "graph.links": "{count:# verbinding|# verbindingen}",
    "graph.kopgroep": "kopgroep",
    "graph.kopgroep_member": "kopgroeplid",
    "graph.tooltip_link": "{from} → {to} ({type}; spanning {tension})",
    "graph.tooltip_topic": "onderwerp: {topic}",
    "graph.tooltip_actor": "{name} ({kind}; invloed {influence}, belang {interest})",
    "graph.no_dot": "Graphviz (het programma dot) is niet geïnstalleerd; installeer het (bijvoorbeeld "
    "'apt-get install graphviz') of maak het plaatje zelf van de DOT-tekst: "
    "verbinder graph {model} --format dot | dot -T{format} > graaf.{format}",
    "graph.dot_failed": "Graphviz (dot) kon het plaatje niet maken: {reason}",
    "graph.dot_timeout": "Graphviz (dot) was na {seconds} seconden nog niet klaar en is gestopt",
    "graph.png_needs_output": "een PNG is binair: geef een bestand met --output, bijvoorbeeld --output graaf.png",
    "kumu.influence": "Invloed",
    "kumu.interest": "Belang",
    "kumu.department": "Afdeling",
    "kumu.kopgroep": "Kopgroep",
    "kumu.yes": "ja",
    "kumu.no": "nee",
    "kumu.via": "Verbinder",
    "kumu.position": "Positie",
    "kumu.tension": "Spanning",
    "kumu.topic": "Onderwerp",
    "kumu.agenda": "Opgave",
    "kumu.competencies": "Competenties",
    "kumu.link": "Verbinding",
    "kumu.role": "Rol",
}

EN: dict[str, str] = {
    "help.graph": "Draw the network: DOT, Mermaid, GraphML or GEXF (for Gephi), Kumu JSON, SVG or PNG (through "
    "Graphviz), or a tree per connector in the terminal.",
    "help.links_as_edges": "A link as one edge from -> to, with the connector only as the attribute 'via' "
    "(by default a connector is a node on the link: from -> connector -> to).",
    "help.graph_format": "Output format (tree: a tree per connector in the terminal).",
    "graph.legend": "Legend",
    "graph.legend_kopgroep": "kopgroep member (double border)",
    "graph.legend_tension": "thicker: more tension",
    "graph.legend_via": "connector on the link, with position",
    "graph.links": "{count:# link|# links}",
    "graph.kopgroep": "kopgroep",
    "graph.kopgroep_member": "kopgroep member",
    "graph.tooltip_link": "{from} → {to} ({type}; tension {tension})",
    "graph.tooltip_topic": "topic: {topic}",
    "graph.tooltip_actor": "{name} ({kind}; influence {influence}, interest {interest})",
    "graph.no_dot": "Graphviz (the dot program) is not installed; install it (for example "
    "'apt-get install graphviz') or make the picture yourself from the DOT text: "
    "verbinder graph {model} --format dot | dot -T{format} > graph.{format}",
    "graph.dot_failed": "Graphviz (dot) could not draw the picture: {reason}",
    "graph.dot_timeout": "Graphviz (dot) had not finished after {seconds} seconds and was stopped",
    "graph.png_needs_output": "a PNG is binary: name a file with --output, for example --output graaf.png",
    "kumu.influence": "Influence",
    "kumu.interest": "Interest",
    "kumu.department": "Department",
    "kumu.kopgroep": "Kopgroep",
    "kumu.yes": "yes",
    "kumu.no": "no",
    "kumu.via": "Connector",
    "kumu.position": "Position",
    "kumu.tension": "Tension",
    "kumu.topic": "Topic",
    "kumu.agenda": "Agenda",
    "kumu.competencies": "Competencies",
    "kumu.link": "Link",
    "kumu.role": "Role",
}
