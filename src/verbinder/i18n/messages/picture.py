"""Messages of the report's network pictures (:mod:`verbinder.render.graph.pictures`): one per agenda item, and why
one is left out; and of what the report leaves out on large models."""

NL: dict[str, str] = {
    "picture.intro": "Eén plaat per agendapunt: de verbindingen die eraan werken, met hun actoren en verbinders "
    "(korte namen; de volledige staan in de tabellen). Kleur per soort actor; doorgetrokken lijn: verbinden, "
    "gestreepte lijn: regie; een dikkere lijn betekent meer spanning; kopgroepleden hebben een dubbele rand; de "
    "verbinder staat met een stippellijn aan de verbinding, met diens positie.",
    "picture.kinds": "Soorten actoren",
    "picture.rest": "Verbindingen zonder agendapunt",
    "picture.all": "Het netwerk",
    "picture.caption": "{links:# verbinding|# verbindingen} tussen {actors:# actor|# actoren}.",
    "picture.label": "Netwerkplaat: {title}",
    "picture.too_big": "Deze plaat is weggelaten: {links:# verbinding|# verbindingen} tussen "
    "{actors:# actor|# actoren} is te veel voor een leesbare plaat op A4 (de grens is {max_links} verbindingen en "
    "{max_actors} actoren per plaat). Teken het netwerk met 'verbinder graph {model} --format svg --output "
    "netwerk.svg', of open 'verbinder graph {model} --format graphml --output netwerk.graphml' in Gephi of yEd.",
    "picture.too_small": "Deze plaat is weggelaten: haar kleinste tekst zou op A4 {size} pt groot worden (minder dan "
    "{min} pt). Teken het netwerk met 'verbinder graph {model} --format svg --output netwerk.svg'.",
    "picture.too_many": "Deze plaat is weggelaten: het rapport tekent hooguit {max} platen. Teken het netwerk met "
    "'verbinder graph {model} --format svg --output netwerk.svg'.",
    "picture.left_out": "{n:# netwerkplaat is|# netwerkplaten zijn} weggelaten (te groot voor A4); het rapport "
    "zegt waarom en hoe je {n:haar|ze} tekent met verbinder graph.",
    "report.reasons_left_out": "Bij {n} verbindingen staan hier alleen de competenties en hun niveaus; de redenen "
    "erachter zijn weggelaten boven {max} verbindingen, zodat het rapport klein blijft. Vraag ze op per verbinding "
    "met verbinder explain {model} VERBINDING, of alle met verbinder analyse {model} --explain.",
}

EN: dict[str, str] = {
    "picture.intro": "One picture per agenda item: the links that serve it, with their actors and connectors (short "
    "names; the full ones are in the tables). Colour by actor kind; solid line: bridging, dashed line: "
    "orchestration; a thicker line means more tension; kopgroep members have a double border; the connector joins "
    "the link with a dotted line, labelled with their position.",
    "picture.kinds": "Actor kinds",
    "picture.rest": "Links serving no agenda item",
    "picture.all": "The network",
    "picture.caption": "{links:# link|# links} between {actors:# actor|# actors}.",
    "picture.label": "Network picture: {title}",
    "picture.too_big": "This picture is left out: {links:# link|# links} between {actors:# actor|# actors} are too "
    "many for a picture readable on A4 (the limit is {max_links} links and {max_actors} actors per picture). Draw "
    "the network with 'verbinder graph {model} --format svg --output network.svg', or open 'verbinder graph {model} "
    "--format graphml --output network.graphml' in Gephi or yEd.",
    "picture.too_small": "This picture is left out: its smallest text would print at {size} pt on A4 (less than "
    "{min} pt). Draw the network with 'verbinder graph {model} --format svg --output network.svg'.",
    "picture.too_many": "This picture is left out: the report draws at most {max} pictures. Draw the network with "
    "'verbinder graph {model} --format svg --output network.svg'.",
    "picture.left_out": "{n:# network picture is|# network pictures are} left out (too large for A4); the report "
    "says why and how to draw {n:it|them} with verbinder graph.",
    "report.reasons_left_out": "With {n} links only the competencies and their levels are listed here; the reasons "
    "behind them are left out above {max} links, to keep the report small. Ask for them per link with verbinder "
    "explain {model} LINK, or for all with verbinder analyse {model} --explain.",
}
