"""Messages of ``verbinder compare`` (how an organisation network changed: before/after, or by period)."""

NL: dict[str, str] = {
    "help.compare": "Wie de reorganisatie ons kostte: vergelijk twee momentopnamen van een organisatienetwerk "
    "(VOOR en NA), of de opeenvolgende perioden van één gedateerde lijst contacten (--period). Per persoon de "
    "makelaarsposities, constraint en betweenness voor en na; eerst de bevindingen: verloren verbinders, "
    "verloren bruggen, nieuwe silo's en nieuwe verbinders.",
    "help.compare_before": "CSV met de contacten voor (source,target), of met --period de gedateerde contacten.",
    "help.compare_after": "CSV met de contacten na (weglaten met --period).",
    "help.compare_period": "Deel gedateerde contacten op per week, maand of kwartaal (ook: month, quarter) en "
    "vergelijk elke periode met de vorige.",
    "help.compare_groups_after": "CSV met de groepen van NA (id,group), als mensen van afdeling wisselden; "
    "standaard: het bestand van --groups.",
    "help.compare_date_column": "De kolom met de datum (of tijdstip) van elk contact.",
    "help.compare_format": "Uitvoervorm: table, markdown of html (bevindingen eerst), json of csv (alle cijfers).",
    "help.compare_top": "Zoveel verborgen verbinders per momentopname tellen als dé verbinders.",
    "help.compare_silo": "Een groep met een E-I-index onder deze waarde is een silo (-1: alles binnen de groep).",
    "help.compare_bridge": "Een paar groepen met hoogstens zoveel contacten is een kwetsbare brug.",
    "help.compare_engine": "Rekenmachine: memory, duckdb (buiten het geheugen, exact) of auto (duckdb boven het "
    "geheugenbudget).",
    "help.compare_memory": "Geheugenbudget in GiB voor --engine auto (standaard: de helft van het geheugen).",
    "change.err.graphml_dates": "een GraphML-bestand heeft geen datumkolom; geef de contacten als CSV",
    "change.err.date": "'{value}' in kolom '{column}' is geen datum (JJJJ-MM-DD, eventueel met tijd)",
    "change.err.date_day_first": "'{value}' in kolom '{column}' is geen datum (JJJJ-MM-DD): bedoel je {iso}?",
    "change.err.date_empty": "de datum in kolom '{column}' is leeg: elk contact heeft een datum nodig",
    "change.err.date_impossible": "'{value}' in kolom '{column}' bestaat niet: {month} heeft {days} dagen",
    "change.err.date_no_month": "'{value}' in kolom '{column}' bestaat niet: er is geen maand {month} ({form})",
    "change.err.date_forms": "'{value}' in kolom '{column}' is geen datum: gebruik JJJJ-MM-DD of DD-MM-JJJJ "
    "(eventueel met tijd)",
    "change.err.period": "onbekende periode '{period}': kies week, maand of kwartaal (of week, month, quarter)",
    "change.err.after_and_period": "geef óf een tweede bestand (NA), óf --period, niet allebei",
    "change.err.nothing_to_compare": "geef een tweede bestand (NA) om mee te vergelijken, of --period",
    "change.err.top": "--top moet 1 of meer zijn",
    "change.err.bridge": "--bridge-ties moet 1 of meer zijn",
    "change.err.silo": "--silo-threshold {value} ligt buiten het bereik van de E-I-index (-1 tot en met 1): kies een "
    "waarde daartussen",
    "change.err.groups_twice": "--groups is {count} keer gegeven; geef de groepen van NA apart met --groups-after",
    "change.err.groups_after_twice": "--groups-after is {count} keer gegeven; geef één bestand met de groepen van NA",
    "change.err.groups_after_alone": "--groups-after hoort bij --groups: geef ook de groepen van VOOR",
    "change.err.groups_after_and_period": "--groups-after vergelijkt twee bestanden (VOOR en NA), niet de perioden "
    "van --period",
    "change.err.engine": "onbekende rekenmachine '{engine}': kies memory, duckdb of auto",
    "change.between_groups": "tussen groepen",
    "change.overall": "in het netwerk",
    "change.why.left": "Was verbinder nr. {rank} ({count:# keer|# keer} tussenpersoon {between}) en heeft "
    "daarna geen enkel contact meer.",
    "change.why.fell": "Was verbinder nr. {rank}; tussenpersoon {between} viel van {before} naar {after} keer "
    "({percent}% minder).",
    "change.why.left_undirected": "Was verbinder nr. {rank} (tussenpersoon {between} voor {pairs:# paar|# paren} "
    "mensen, in beide richtingen {count} keer) en heeft daarna geen enkel contact meer.",
    "change.why.fell_undirected": "Was verbinder nr. {rank}; tussenpersoon {between} voor "
    "{before_pairs:# paar|# paren} mensen, nu voor {after_pairs} ({percent}% minder; in beide richtingen {before} "
    "en nu {after} keer).",
    "change.why.new_undirected": "Nu verbinder nr. {rank}: tussenpersoon {between} voor {pairs:# paar|# paren} "
    "mensen, in beide richtingen {count} keer (eerst {before_pairs:# paar|# paren}, {before} keer).",
    "change.why.new_undirected_none": "Nu verbinder nr. {rank}: tussenpersoon {between} voor {pairs:# paar|# paren} "
    "mensen, in beide richtingen {count} keer (eerst geen).",
    "change.why.bridge_one": "{a} en {b} waren verbonden door {ties:# contact|# contacten}, allemaal via {person}; "
    "daarna door geen enkel contact meer.",
    "change.why.bridge_pair": "{a} en {b} waren verbonden door één contact, tussen {first} en {second}; daarna door "
    "geen enkel contact meer.",
    "change.why.bridge_pair_moved": "{a} en {b} waren verbonden door één contact, tussen {first} en {second}; "
    "{person} is naar {group} verhuisd: dat contact is er nog, maar verbindt {a} en {b} niet meer.",
    "change.why.bridge_one_moved": "{a} en {b} waren verbonden door {ties:# contact|# contacten}, allemaal via "
    "{person}; {person} is naar {group} verhuisd en daarna verbindt geen enkel contact {a} en {b} meer.",
    "change.why.bridge_pair_left": "{a} en {b} waren verbonden door één contact, tussen {first} en {second}; "
    "{person} is vertrokken (heeft daarna geen enkel contact meer) en geen ander contact verbindt {a} en {b}.",
    "change.why.bridge_pair_both_left": "{a} en {b} waren verbonden door één contact, tussen {first} en {second}; "
    "ze zijn allebei vertrokken (hebben daarna geen enkel contact meer) en geen ander contact verbindt {a} en {b}.",
    "change.why.bridge_one_left": "{a} en {b} waren verbonden door {ties:# contact|# contacten}, allemaal via "
    "{person}; {person} is vertrokken (heeft daarna geen enkel contact meer) en geen ander contact verbindt {a} en "
    "{b}.",
    "change.why.bridge_few": "{a} en {b} waren verbonden door maar {ties:# contact|# contacten}; daarna door "
    "geen enkel contact meer.",
    "change.why.silo": "De E-I-index van {group} viel van {before:.2f} naar {after:.2f}: {internal} van de "
    "{total:# contact|# contacten} van de groep {internal:blijft|blijven} nu binnen de groep.",
    "change.why.new": "Nu verbinder nr. {rank}: {count:# keer|# keer} tussenpersoon {between} (eerst {before}).",
    "change.why.successor": "Neemt het over van {person}: bereikt dezelfde groepen.",
    "change.why.succeeded": "Opgevolgd door {person}.",
    "change.why.unconfirmed": "Dit is de laatste periode: of het zo blijft, is nog niet te zien.",
    "change.reorg.title": "Reorganisatie",
    "change.reorg.merged": "{groups} samengevoegd tot {into}.",
    "change.reorg.absorbed": "{groups} opgegaan in {into}.",
    "change.reorg.renamed": "{before} heet nu {after}.",
    "change.reorg.split": "{group} gesplitst in {parts}.",
    "change.reorg.moved": "{n:# persoon|# personen} van afdeling gewisseld:",
    "change.reorg.move": "{person}: {before} → {after}",
    "change.reorg.more": "… en nog {n}: --format markdown, html of json toont ze allemaal.",
    "change.and": "{first} en {last}",
    "change.kind.connector-lost": "verbinder verloren",
    "change.kind.bridge-lost": "brug verloren",
    "change.kind.bridge-unseen": "brug niet gezien",
    "change.kind.new-silo": "nieuwe silo",
    "change.kind.silo-unconfirmed": "mogelijk nieuwe silo",
    "change.kind.new-connector": "nieuwe verbinder",
    "change.title": "Wat veranderde in het netwerk",
    "change.summary": "{people:# persoon|# personen}; voor {before:# contact|# contacten}, na "
    "{after:# contact|# contacten} ({direction}).",
    "change.summary_periods.week": "{people:# persoon|# personen}, {periods:# week|# weken} ({direction}).",
    "change.summary_periods.month": "{people:# persoon|# personen}, {periods:# maand|# maanden} ({direction}).",
    "change.summary_periods.quarter": "{people:# persoon|# personen}, {periods:# kwartaal|# kwartalen} ({direction}).",
    "change.directed_hint": "Gericht gelezen (van source naar target): bij contactlijsten (overleggen, mail over en "
    "weer) wil je meestal --undirected.",
    "change.count.connector-lost": "{n:# verbinder|# verbinders} verloren",
    "change.count.bridge-lost": "{n:# brug|# bruggen} verloren",
    "change.count.bridge-unseen": "{n:# brug|# bruggen} niet gezien",
    "change.count.new-silo": "{n:# nieuwe silo|# nieuwe silo's}",
    "change.count.silo-unconfirmed": "{n:# mogelijk nieuwe silo|# mogelijk nieuwe silo's}",
    "change.count.new-connector": "{n:# nieuwe verbinder|# nieuwe verbinders}",
    "change.count.successors": "({n:# opvolger|# opvolgers})",
    "change.period.week": "week",
    "change.period.month": "maand",
    "change.period.quarter": "kwartaal",
    "change.period_line": "{start} t/m {end}: {ties:# contact|# contacten}, {findings:# bevinding|# bevindingen}",
    "change.first_period": "eerste periode: niets om mee te vergelijken",
    "change.period_empty": "{start} t/m {end}: geen gegevens (geen enkel contact)",
    "change.summary_empty": "Zonder gegevens: {periods}.",
    "change.week_of": "de week van {day}",
    "change.compared_with": "Vergeleken met {period}, de laatste periode met gegevens.",
    "change.left": "Vertrokken (daarna geen enkel contact): {people}.",
    "change.left_rank": "verbinder nr. {rank}",
    "change.left_bridges": "{n:de brug|de bruggen} {pairs}",
    "change.compared_with_enough": "Vergeleken met {period}, de laatste periode met genoeg gegevens.",
    "change.passing_connectors": "In {period} minder tussenpersoon, maar niet verloren: terug in {following}: "
    "{n:de verbinder|de verbinders} {people}.",
    "change.passing_new": "Niet nieuw, want in {earlier} al verbinder: {people}.",
    "change.few_contacts": "{period} had {ties:# contact|# contacten}, {fraction} van {usual} ({median}): de "
    "bevindingen hieronder zijn vooral ruis.",
    "change.few_contacts_skipped": "{period} had {ties:# contact|# contacten}, {fraction} van {usual} ({median}): "
    "te weinig gegevens om de periode erna mee te vergelijken.",
    "change.usual.week": "een gewone week",
    "change.usual.month": "een gewone maand",
    "change.usual.quarter": "een gewoon kwartaal",
    "change.fraction.2": "ongeveer de helft",
    "change.fraction.3": "ongeveer een derde",
    "change.fraction.4": "ongeveer een kwart",
    "change.fraction.5": "ongeveer een vijfde",
    "change.fraction.6": "ongeveer een zesde",
    "change.fraction.7": "ongeveer een zevende",
    "change.fraction.8": "ongeveer een achtste",
    "change.fraction.9": "ongeveer een negende",
    "change.fraction.10": "ongeveer een tiende",
    "change.fraction.less": "minder dan een tiende",
    "change.passing_bridges": "Niet gezien in {period}, wel weer in {following} (dus niet verloren): "
    "{n:de brug|de bruggen} {pairs}.",
    "change.passing_silos": "Alleen in {period} onder de silodrempel, in {following} er weer boven (dus geen "
    "nieuwe silo): {groups}.",
    "change.few_contacts_before": "Vergeleken met {period}, die weinig gegevens had: de bevindingen hieronder zijn "
    "vooral ruis.",
    "change.none": "Geen verloren verbinders of bruggen, geen nieuwe silo's of verbinders.",
    "change.more": "Alle cijfers per persoon: --format json of csv.",
    "change.more_findings": "… en nog {n:# bevinding|# bevindingen}: --format markdown, html of json toont ze "
    "allemaal.",
    "change.col.kind": "wat",
    "change.col.subject": "wie of wat",
    "change.col.before": "voor",
    "change.col.after": "na",
    "change.col.why": "waarom",
    "change.col.person": "persoon",
    "change.col.group": "groep",
    "change.col.cross": "tussen groepen",
    "change.chart": "Tussenpersoon {between} per periode",
    "change.people_title": "Verbinders door de tijd",
    "change.chart_scale": "Alle grafieken op één schaal, van 0 tot {top}.",
    "change.chart_gaps": "Een gat in de lijn: geen gegevens in die periode (grijs vlak) of de persoon had toen geen "
    "contact (vertrokken of afwezig); — in de getallen.",
    "change.html.pair": "Vergeleken: {before} (voor) met {after} (na).",
    "change.html.periods": "Vergeleken: de contacten in {file} per {period}, van {start} t/m {end}; elke periode met "
    "de vorige periode met gegevens.",
    "change.html.periods_unnamed": "Vergeleken: de contacten per {period}, van {start} t/m {end}; elke periode met "
    "de vorige periode met gegevens.",
    "change.html.groups": "Groepen uit {file}.",
    "change.betweenness_bounded": "Betweenness: schatting uit {samples:# kortste pad|# kortste paden} "
    "(Riondato-Kornaropoulos); elke waarde ligt met kans {delta:.0%} of minder meer dan {epsilon} naast de "
    "exacte.",
}

EN: dict[str, str] = {
    "help.compare": "Who the reorganisation cost us: compare two snapshots of an organisation network (BEFORE "
    "and AFTER), or the consecutive periods of one dated contact list (--period). Per person the brokerage "
    "roles, constraint and betweenness before and after; findings first: connectors lost, bridges lost, new "
    "silos and new connectors.",
    "help.compare_before": "CSV with the contacts before (source,target), or with --period the dated contacts.",
    "help.compare_after": "CSV with the contacts after (leave out with --period).",
    "help.compare_period": "Slice dated contacts by week, month or quarter (also in Dutch: maand, kwartaal) and "
    "compare each period with the one before.",
    "help.compare_groups_after": "CSV with the groups of AFTER (id,group), when people moved between departments; "
    "default: the --groups file.",
    "help.compare_date_column": "The column with the date (or timestamp) of each contact.",
    "help.compare_format": "Output format: table, markdown or html (findings first), json or csv (every figure).",
    "help.compare_top": "This many hidden connectors per snapshot count as the connectors.",
    "help.compare_silo": "A group whose E-I index is below this value is a silo (-1: everything inside the group).",
    "help.compare_bridge": "A pair of groups with at most this many contacts is a fragile bridge.",
    "help.compare_engine": "Engine: memory, duckdb (beyond memory, exact) or auto (duckdb above the memory budget).",
    "help.compare_memory": "Memory budget in GiB for --engine auto (default: half the memory).",
    "change.err.graphml_dates": "a GraphML file has no date column; give the contacts as CSV",
    "change.err.date": "'{value}' in column '{column}' is not a date (YYYY-MM-DD, optionally with a time)",
    "change.err.date_day_first": "'{value}' in column '{column}' is not a date (YYYY-MM-DD): did you mean {iso}?",
    "change.err.date_empty": "the date in column '{column}' is empty: every contact needs a date",
    "change.err.date_impossible": "'{value}' in column '{column}' does not exist: {month} has {days} days",
    "change.err.date_no_month": "'{value}' in column '{column}' does not exist: there is no month {month} ({form})",
    "change.err.date_forms": "'{value}' in column '{column}' is not a date: use YYYY-MM-DD or DD-MM-YYYY "
    "(optionally with a time)",
    "change.err.period": "unknown period '{period}': choose week, month or quarter (in Dutch: week, maand, kwartaal)",
    "change.err.after_and_period": "give either a second file (AFTER) or --period, not both",
    "change.err.nothing_to_compare": "give a second file (AFTER) to compare with, or --period",
    "change.err.top": "--top must be 1 or more",
    "change.err.bridge": "--bridge-ties must be 1 or more",
    "change.err.silo": "--silo-threshold {value} is outside the range of the E-I index (-1 to 1): choose a value in "
    "between",
    "change.err.groups_twice": "--groups was given {count} times; give the groups of AFTER with --groups-after",
    "change.err.groups_after_twice": "--groups-after was given {count} times; give one file of AFTER's groups",
    "change.err.groups_after_alone": "--groups-after goes with --groups: give the groups of BEFORE too",
    "change.err.groups_after_and_period": "--groups-after compares two files (BEFORE and AFTER), not the periods "
    "of --period",
    "change.err.engine": "unknown engine '{engine}': choose memory, duckdb or auto",
    "change.between_groups": "between groups",
    "change.overall": "in the network",
    "change.why.left": "Was connector no. {rank} ({count:# time|# times} a broker {between}) and has no contact "
    "at all afterwards.",
    "change.why.fell": "Was connector no. {rank}; brokerage {between} fell from {before} to {after} ({percent}% less).",
    "change.why.left_undirected": "Was connector no. {rank} (a broker {between} for {pairs:# pair|# pairs} of "
    "people, counted in both directions {count:once|# times}) and has no contact at all afterwards.",
    "change.why.fell_undirected": "Was connector no. {rank}; a broker {between} for {before_pairs:# pair|# pairs} "
    "of people, now for {after_pairs} ({percent}% less; counted in both directions {before} and now {after} times).",
    "change.why.new_undirected": "Now connector no. {rank}: a broker {between} for {pairs:# pair|# pairs} of people, "
    "counted in both directions {count:once|# times} (before {before_pairs:# pair|# pairs}, {before} times).",
    "change.why.new_undirected_none": "Now connector no. {rank}: a broker {between} for {pairs:# pair|# pairs} of "
    "people, counted in both directions {count:once|# times} (before none).",
    "change.why.bridge_one": "{a} and {b} were connected by {ties:# contact|# contacts}, all through {person}; "
    "afterwards by none.",
    "change.why.bridge_pair": "{a} and {b} were connected by one contact, between {first} and {second}; afterwards "
    "by none.",
    "change.why.bridge_pair_moved": "{a} and {b} were connected by one contact, between {first} and {second}; "
    "{person} moved to {group}: the contact is still there, but no longer connects {a} and {b}.",
    "change.why.bridge_one_moved": "{a} and {b} were connected by {ties:# contact|# contacts}, all through "
    "{person}; {person} moved to {group}, and afterwards no contact connects {a} and {b}.",
    "change.why.bridge_pair_left": "{a} and {b} were connected by one contact, between {first} and {second}; "
    "{person} left (no contact at all afterwards), and no other contact connects {a} and {b}.",
    "change.why.bridge_pair_both_left": "{a} and {b} were connected by one contact, between {first} and {second}; "
    "both left (no contact at all afterwards), and no other contact connects {a} and {b}.",
    "change.why.bridge_one_left": "{a} and {b} were connected by {ties:# contact|# contacts}, all through "
    "{person}; {person} left (no contact at all afterwards), and no other contact connects {a} and {b}.",
    "change.why.bridge_few": "{a} and {b} were connected by only {ties:# contact|# contacts}; afterwards by none.",
    "change.why.silo": "The E-I index of {group} fell from {before:.2f} to {after:.2f}: {internal} of the group's "
    "{total:# contact|# contacts} now {internal:stays|stay} inside the group.",
    "change.why.new": "Now connector no. {rank}: {count:# time|# times} a broker {between} (before {before}).",
    "change.why.successor": "Takes over from {person}: reaches the same groups.",
    "change.why.succeeded": "Succeeded by {person}.",
    "change.why.unconfirmed": "This is the last period: whether it lasts cannot be seen yet.",
    "change.reorg.title": "Reorganisation",
    "change.reorg.merged": "{groups} merged into {into}.",
    "change.reorg.absorbed": "{groups} merged into {into}.",
    "change.reorg.renamed": "{before} renamed {after}.",
    "change.reorg.split": "{group} split into {parts}.",
    "change.reorg.moved": "{n:# person|# people} moved department:",
    "change.reorg.move": "{person}: {before} → {after}",
    "change.reorg.more": "… and {n} more: --format markdown, html or json shows them all.",
    "change.and": "{first} and {last}",
    "change.kind.connector-lost": "connector lost",
    "change.kind.bridge-lost": "bridge lost",
    "change.kind.bridge-unseen": "bridge not seen",
    "change.kind.new-silo": "new silo",
    "change.kind.silo-unconfirmed": "possible new silo",
    "change.kind.new-connector": "new connector",
    "change.title": "What changed in the network",
    "change.summary": "{people:# person|# people}; before {before:# contact|# contacts}, after "
    "{after:# contact|# contacts} ({direction}).",
    "change.summary_periods.week": "{people:# person|# people}, {periods:# week|# weeks} ({direction}).",
    "change.summary_periods.month": "{people:# person|# people}, {periods:# month|# months} ({direction}).",
    "change.summary_periods.quarter": "{people:# person|# people}, {periods:# quarter|# quarters} ({direction}).",
    "change.directed_hint": "Read as directed (source to target): contact lists (meetings, mail both ways) usually "
    "want --undirected.",
    "change.count.connector-lost": "{n:# connector|# connectors} lost",
    "change.count.bridge-lost": "{n:# bridge|# bridges} lost",
    "change.count.bridge-unseen": "{n:# bridge|# bridges} not seen",
    "change.count.new-silo": "{n:# new silo|# new silos}",
    "change.count.silo-unconfirmed": "{n:# possible new silo|# possible new silos}",
    "change.count.new-connector": "{n:# new connector|# new connectors}",
    "change.count.successors": "({n:# successor|# successors})",
    "change.period.week": "week",
    "change.period.month": "month",
    "change.period.quarter": "quarter",
    "change.period_line": "{start} to {end}: {ties:# contact|# contacts}, {findings:# finding|# findings}",
    "change.first_period": "first period: nothing to compare with",
    "change.period_empty": "{start} to {end}: no data (not a single contact)",
    "change.summary_empty": "Without data: {periods}.",
    "change.week_of": "the week of {day}",
    "change.compared_with": "Compared with {period}, the last period with data.",
    "change.left": "Left (no contact at all afterwards): {people}.",
    "change.left_rank": "connector no. {rank}",
    "change.left_bridges": "{n:the bridge|the bridges} {pairs}",
    "change.compared_with_enough": "Compared with {period}, the last period with enough data.",
    "change.passing_connectors": "Less of a go-between in {period}, but not lost: back in {following}: "
    "{n:the connector|the connectors} {people}.",
    "change.passing_new": "Not new, a connector in {earlier} already: {people}.",
    "change.few_contacts": "{period} had {ties:# contact|# contacts}, {fraction} of {usual} ({median}): the findings "
    "below are mostly noise.",
    "change.few_contacts_skipped": "{period} had {ties:# contact|# contacts}, {fraction} of {usual} ({median}): too "
    "little data to compare the next period with.",
    "change.usual.week": "a usual week",
    "change.usual.month": "a usual month",
    "change.usual.quarter": "a usual quarter",
    "change.fraction.2": "about half",
    "change.fraction.3": "about a third",
    "change.fraction.4": "about a quarter",
    "change.fraction.5": "about a fifth",
    "change.fraction.6": "about a sixth",
    "change.fraction.7": "about a seventh",
    "change.fraction.8": "about an eighth",
    "change.fraction.9": "about a ninth",
    "change.fraction.10": "about a tenth",
    "change.fraction.less": "less than a tenth",
    "change.passing_bridges": "Not seen in {period}, back in {following} (so not lost): "
    "{n:the bridge|the bridges} {pairs}.",
    "change.passing_silos": "Below the silo threshold in {period} only, above it again in {following} (so no new "
    "silo): {groups}.",
    "change.few_contacts_before": "Compared with {period}, which had little data: the findings below are mostly noise.",
    "change.none": "No connectors or bridges lost, no new silos or connectors.",
    "change.more": "Every figure per person: --format json or csv.",
    "change.more_findings": "… and {n:# more finding|# more findings}: --format markdown, html or json shows them all.",
    "change.col.kind": "what",
    "change.col.subject": "who or what",
    "change.col.before": "before",
    "change.col.after": "after",
    "change.col.why": "why",
    "change.col.person": "person",
    "change.col.group": "group",
    "change.col.cross": "between groups",
    "change.chart": "Brokerage {between} per period",
    "change.people_title": "Connectors over time",
    "change.chart_scale": "All charts on one scale, from 0 to {top}.",
    "change.chart_gaps": "A gap in the line: no data in that period (grey band) or the person had no contact then "
    "(left or absent); — in the numbers.",
    "change.html.pair": "Compared: {before} (before) with {after} (after).",
    "change.html.periods": "Compared: the contacts in {file} by {period}, from {start} to {end}; each period with the "
    "previous period that has data.",
    "change.html.periods_unnamed": "Compared: the contacts by {period}, from {start} to {end}; each period with the "
    "previous period that has data.",
    "change.html.groups": "Groups from {file}.",
    "change.betweenness_bounded": "Betweenness: estimated from {samples:# sampled shortest path|# sampled shortest "
    "paths} (Riondato-Kornaropoulos); each value is more than {epsilon} off the exact one with probability "
    "{delta:.0%} at most.",
}
