"""Messages of ``verbinder discover`` (hidden connectors in an organisation network)."""

NL: dict[str, str] = {
    "help.discover": "Vind de verborgen verbinders in een organisatienetwerk (wie werkt met wie): per persoon "
    "de makelaarsposities van Gould & Fernandez (gelijk aan R's sna::brokerage), Burts constraint en "
    "betweenness, en een ranglijst van kandidaten voor de kopgroep. Let op: dit zijn persoonsgegevens "
    "(AVG); gebruik --pseudonymise om namen te vervangen.",
    "help.discover_edges": "CSV met de kolommen source,target (optioneel weight), of een .graphml-bestand.",
    "help.discover_groups": "CSV met de kolommen id,group; overige kolommen (afdeling, functie) blijven "
    "als kenmerken bewaard. Zonder dit bestand is iedereen één groep.",
    "help.discover_group_attribute": "De kolom (of het GraphML-knoopkenmerk) met de groep.",
    "help.discover_undirected": "Elke verbinding geldt in beide richtingen (zoals sna voor ongerichte grafen).",
    "help.discover_format": "Uitvoervorm: table (ranglijst), json of csv (één regel per persoon).",
    "help.discover_top": "Toon hoogstens zoveel verborgen verbinders.",
    "help.discover_pseudonymise": "Vervang ids door vaste pseudoniemen (HMAC-SHA256 met --salt) en laat de "
    "extra kolommen weg: het netwerk bevat persoonsgegevens.",
    "help.discover_salt": "Geheime sleutel voor de pseudoniemen (zonder sleutel kan wie de ids raadt ze terugrekenen).",
    "help.discover_samples": "Bereken betweenness uit zoveel willekeurige bronnen (standaard: exact voor "
    "kleine netwerken, anders een steekproef; de omvang staat in de uitvoer). Met --engine duckdb: uit zoveel "
    "willekeurige kortste paden, en de uitvoer noemt de foutmarge die dat aantal waarborgt (standaard: zoveel paden "
    "als voor een marge van 0,1 nodig zijn).",
    "help.discover_seed": "Startgetal van de steekproef voor betweenness.",
    "discover.err.missing_column": "kolom '{column}' ontbreekt — de kopregel heeft: {header}",
    "discover.err.no_rows": "geen gegevens: het bestand heeft alleen een kopregel",
    "discover.err.too_many_rows": "het bestand heeft {rows} regels, meer dan de grens van {limit}",
    "discover.err.row_length": "verwacht {expected} velden ({header}), gevonden {found}",
    "discover.err.empty_value": "lege waarde in kolom '{column}'",
    "discover.err.not_in_nodes": "onbekende persoon '{person}': staat niet in {nodes}",
    "discover.err.not_in_nodes_hint": "onbekende persoon '{person}': staat niet in {nodes} — bedoel je '{hint}'?",
    "discover.err.in_other_nodes": "'{person}' staat in {other} maar niet in {nodes}: voeg '{person}' met de groep "
    "toe aan {nodes}",
    "discover.err.in_other_nodes_hint": "'{person}' staat in {other} maar niet in {nodes}: voeg '{person}' met de "
    "groep toe aan {nodes}, of bedoel je '{hint}'?",
    "discover.err.missing_column_typo": "kolom '{column}' ontbreekt — de kopregel heeft: {header}; "
    "is '{near}' een tikfout voor '{column}'?",
    "discover.err.missing_column_option": "kolom '{column}' ontbreekt — de kopregel heeft: {header}; "
    "bedoel je {option} {value}?",
    "discover.err.duplicate_person": "persoon '{person}' staat er twee keer in (eerst op regel {first})",
    "discover.err.weight": "gewicht '{value}' is geen getal van 0 of meer",
    "discover.err.csv": "CSV-fout: {detail}",
    "discover.err.csv_open_quote": "een aanhalingsteken wordt niet gesloten (het bestand houdt op in een veld)",
    "discover.err.csv_nul": "de regel bevat een NUL-teken",
    "discover.err.csv_field_limit": "een veld is langer dan 128 kB",
    "discover.err.csv_newline": "een regeleinde midden in een veld zonder aanhalingstekens",
    "discover.err.csv_after_quote": "na een gesloten aanhalingsteken hoort een scheidingsteken",
    "discover.err.graphml": "GraphML-fout: {detail}",
    "discover.err.graphml_edge_end": "deze <edge> heeft geen '{end}': elk contact noemt twee personen",
    "discover.err.graphml_group": "persoon '{person}' heeft geen kenmerk '{attribute}'",
    "discover.warn.no_salt": "Let op: zonder --salt kan iedereen die de namen kent of raadt de pseudoniemen "
    "terugrekenen; geef een geheime --salt.",
    "discover.err.groups_twice": "--groups is {count} keer gegeven; geef één bestand met groepen",
    "discover.err.top": "--top moet 1 of meer zijn",
    "discover.err.samples": "--betweenness-samples moet 1 of meer zijn",
    "discover.role.coordinator": "coördinator",
    "discover.role.itinerant": "consultant",
    "discover.role.representative": "vertegenwoordiger",
    "discover.role.gatekeeper": "poortwachter",
    "discover.role.liaison": "verbindingsschakel",
    "discover.why.count": "Is {count} keer tussenpersoon tussen groepen",
    "discover.why.count_undirected": "Is tussenpersoon tussen groepen voor {pairs} paren mensen, in beide "
    "richtingen geteld {count} keer",
    "discover.why.count_ungrouped": "Is {count} keer tussenpersoon",
    "discover.why.count_undirected_ungrouped": "Is tussenpersoon voor {pairs} paren mensen, in beide richtingen "
    "geteld {count} keer",
    "discover.why.ratio": "{ratio} keer wat het toeval voorspelt",
    "discover.why.ratio_none": "waar het toeval er geen voorspelt",
    "discover.why.main": "{brokers}, {ratio} voor iemand in deze groep; het verst boven het toeval als {role} "
    "({role_count}×, z = {z:.1f}).",
    "discover.why.main_role": "{brokers}, dicht bij wat het toeval voorspelt voor iemand in deze groep "
    "({expected:.1f} verwacht); maar als {role} {role_ratio} ({role_count}×, z = {z:.1f}).",
    "discover.why.main_ungrouped": "{brokers}, {ratio}; z = {z:.1f} (zonder groepen is iedereen coördinator).",
    "discover.why.constraint": "Lage constraint ({value:.2f}): de contacten kennen elkaar weinig, dus deze persoon "
    "overbrugt structurele gaten.",
    "discover.why.betweenness": "Ligt op veel kortste paden (betweenness in de hoogste {percent}%).",
    "discover.title": "Verborgen verbinders",
    "discover.summary": "{people:# persoon|# personen}, {ties:# contact|# contacten} ({direction}), {groups:# "
    "groep|# groepen}; {candidates:# kandidaat|# kandidaten} voor de kopgroep.",
    "discover.directed": "gericht",
    "discover.undirected": "ongericht",
    "discover.betweenness_exact": "Betweenness: exact (alle {samples} bronnen).",
    "discover.betweenness_sampled": "Betweenness: schatting uit een steekproef van {samples} van de {people} "
    "bronnen (--betweenness-samples voor meer).",
    "discover.none": "Niemand bemiddelt vaker tussen groepen dan het toeval voorspelt.",
    "discover.pseudonymised": "Ids zijn vervangen door pseudoniemen.",
    "discover.personal_data": "Let op: dit overzicht bevat persoonsgegevens.",
    "discover.col.rank": "#",
    "discover.col.person": "persoon",
    "discover.col.group": "groep",
    "discover.col.cross": "tussen groepen",
    "discover.col.score": "score",
    "discover.col.constraint": "constraint",
    "discover.col.betweenness": "betweenness",
    "discover.col.why": "waarom",
    "discover.progress.brokerage": "makelaarsposities",
    "discover.progress.holes": "structurele gaten",
    "discover.progress.betweenness": "betweenness",
}

EN: dict[str, str] = {
    "help.discover": "Find the hidden connectors in an organisation network (who works with whom): per person "
    "the Gould & Fernandez brokerage positions (equal to R's sna::brokerage), Burt's constraint and "
    "betweenness, and a ranking of candidates for the kopgroep. Note: this is personal data (GDPR); use "
    "--pseudonymise to replace names.",
    "help.discover_edges": "CSV with the columns source,target (optionally weight), or a .graphml file.",
    "help.discover_groups": "CSV with the columns id,group; other columns (department, function) are kept as "
    "attributes. Without it everyone is one group.",
    "help.discover_group_attribute": "The column (or GraphML node attribute) holding the group.",
    "help.discover_undirected": "Every contact counts in both directions (as sna does for undirected graphs).",
    "help.discover_format": "Output format: table (the ranking), json or csv (one row per person).",
    "help.discover_top": "Show at most this many hidden connectors.",
    "help.discover_pseudonymise": "Replace ids by stable pseudonyms (HMAC-SHA256 with --salt) and leave out the "
    "extra columns: the network is personal data.",
    "help.discover_salt": "Secret key of the pseudonyms (without one, anyone who guesses the ids can recompute them).",
    "help.discover_samples": "Compute betweenness from this many random sources (default: exact for small "
    "networks, otherwise a sample; its size is stated in the output). With --engine duckdb: from this many random "
    "shortest paths, and the output states the error bound that number guarantees (default: as many paths as an "
    "error of 0.1 needs).",
    "help.discover_seed": "Seed of the betweenness sample.",
    "discover.err.missing_column": "missing column '{column}' — the header has: {header}",
    "discover.err.no_rows": "no data: the file has only a header",
    "discover.err.too_many_rows": "the file has {rows} lines, more than the limit of {limit}",
    "discover.err.row_length": "expected {expected} fields ({header}), found {found}",
    "discover.err.empty_value": "empty value in column '{column}'",
    "discover.err.not_in_nodes": "unknown person '{person}': not in {nodes}",
    "discover.err.not_in_nodes_hint": "unknown person '{person}': not in {nodes} — did you mean '{hint}'?",
    "discover.err.in_other_nodes": "'{person}' is in {other} but not in {nodes}: add '{person}' with their group "
    "to {nodes}",
    "discover.err.in_other_nodes_hint": "'{person}' is in {other} but not in {nodes}: add '{person}' with their group "
    "to {nodes}, or did you mean '{hint}'?",
    "discover.err.missing_column_typo": "missing column '{column}' — the header has: {header}; "
    "is '{near}' a typo for '{column}'?",
    "discover.err.missing_column_option": "missing column '{column}' — the header has: {header}; "
    "did you mean {option} {value}?",
    "discover.err.duplicate_person": "person '{person}' is listed twice (first on line {first})",
    "discover.err.weight": "weight '{value}' is not a number of 0 or more",
    "discover.err.csv": "CSV error: {detail}",
    "discover.err.csv_open_quote": "a quote is never closed (the file ends inside a field)",
    "discover.err.csv_nul": "the line holds a NUL character",
    "discover.err.csv_field_limit": "a field is longer than 128 kB",
    "discover.err.csv_newline": "a line break inside a field without quotes",
    "discover.err.csv_after_quote": "a closed quote must be followed by the separator",
    "discover.err.graphml": "GraphML error: {detail}",
    "discover.err.graphml_edge_end": "this <edge> has no '{end}': every contact names two people",
    "discover.err.graphml_group": "person '{person}' has no attribute '{attribute}'",
    "discover.warn.no_salt": "Note: without --salt anyone who knows or guesses the names can recompute the "
    "pseudonyms; give a secret --salt.",
    "discover.err.groups_twice": "--groups was given {count} times; give one file of groups",
    "discover.err.top": "--top must be 1 or more",
    "discover.err.samples": "--betweenness-samples must be 1 or more",
    "discover.role.coordinator": "coordinator",
    "discover.role.itinerant": "itinerant (consultant)",
    "discover.role.representative": "representative",
    "discover.role.gatekeeper": "gatekeeper",
    "discover.role.liaison": "liaison",
    "discover.why.count": "Brokers {count:once|# times} between groups",
    "discover.why.count_undirected": "Brokers between groups for {pairs:# pair|# pairs} of people, counted in "
    "both directions {count:once|# times}",
    "discover.why.count_ungrouped": "Brokers {count:once|# times}",
    "discover.why.count_undirected_ungrouped": "Brokers for {pairs:# pair|# pairs} of people, counted in both "
    "directions {count:once|# times}",
    "discover.why.ratio": "{ratio:# time|# times} what chance predicts",
    "discover.why.ratio_none": "where chance predicts none",
    "discover.why.main": "{brokers}, {ratio} for someone in this group; furthest above chance as {role} "
    "({role_count}×, z = {z:.1f}).",
    "discover.why.main_role": "{brokers}, near what chance predicts for someone in this group "
    "({expected:.1f} expected); but as {role} {role_ratio} ({role_count}×, z = {z:.1f}).",
    "discover.why.main_ungrouped": "{brokers}, {ratio}; z = {z:.1f} (without groups everyone is a coordinator).",
    "discover.why.constraint": "Low constraint ({value:.2f}): the contacts hardly know one another, so this person "
    "spans structural holes.",
    "discover.why.betweenness": "Lies on many shortest paths (betweenness in the top {percent}%).",
    "discover.title": "Hidden connectors",
    "discover.summary": "{people:# person|# people}, {ties:# contact|# contacts} ({direction}), {groups:# "
    "group|# groups}; {candidates:# candidate|# candidates} for the kopgroep.",
    "discover.directed": "directed",
    "discover.undirected": "undirected",
    "discover.betweenness_exact": "Betweenness: exact (all {samples} sources).",
    "discover.betweenness_sampled": "Betweenness: estimated from a sample of {samples} of the {people} sources "
    "(--betweenness-samples for more).",
    "discover.none": "Nobody brokers between groups more often than chance predicts.",
    "discover.pseudonymised": "Ids are replaced by pseudonyms.",
    "discover.personal_data": "Note: this overview contains personal data.",
    "discover.col.rank": "#",
    "discover.col.person": "person",
    "discover.col.group": "group",
    "discover.col.cross": "between groups",
    "discover.col.score": "score",
    "discover.col.constraint": "constraint",
    "discover.col.betweenness": "betweenness",
    "discover.col.why": "why",
    "discover.progress.brokerage": "brokerage positions",
    "discover.progress.holes": "structural holes",
    "discover.progress.betweenness": "betweenness",
}
