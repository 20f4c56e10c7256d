"""Messages of ``verbinder report``: one self-contained HTML file for the college and the council."""

NL: dict[str, str] = {
    # --- help ---
    "help.report": "Schrijf één zelfstandig HTML-rapport (te printen, zonder internet te openen): netwerkplaat, "
    "verbindingen met competenties en redenen, kopgroepprofielen, invloed/belang-matrix, waarschuwingen en "
    "collegeakkoord.",
    "help.report_output": "Het HTML-bestand om te schrijven (verplicht), bijvoorbeeld rapport.html.",
    # --- errors and messages on stderr ---
    "report.err.need_output": "geef het bestand voor het rapport met --output, bijvoorbeeld --output rapport.html",
    "report.no_picture": "Graphviz (het programma dot) is niet geïnstalleerd: het rapport heeft geen netwerkplaat. "
    "Installeer het (bijvoorbeeld 'apt-get install graphviz') en maak het rapport opnieuw.",
    "report.picture_failed": "De netwerkplaat kon niet gemaakt worden: {reason}",
    "report.written": "Rapport geschreven naar {path} ({size} kB).",
    # --- title block ---
    "report.kind": "Netwerkrapport",
    "report.title": "Netwerkrapport — {name}",
    "report.meta_date": "Datum",
    "report.meta_lang": "Taal",
    "report.meta_model": "Model",
    "report.lang_name": "Nederlands",
    "report.skip": "Naar de inhoud",
    "report.toc": "Inhoud",
    "report.intro": "Wie moet met wie verbonden worden, en welke competenties vraagt elke verbinding van de "
    "ambtenaar die haar legt? Dit rapport beantwoordt die vragen voor dit model. De kopgroep zijn de ambtenaren die "
    "deze verbindingen leggen. Regie is het laten samenwerken van gelijksoortige actoren; verbinden is de brug slaan "
    "tussen ongelijksoortige actoren.",
    # --- sections ---
    "report.sec.summary": "Samenvatting: wat te besluiten",
    "report.sec.connect": "Wie met wie",
    "report.sec.commands": "Bijlage: opdrachten voor de adviseur",
    "report.commands_intro": "De acties achter de samenvatting, in volgorde van prioriteit, met de opdracht van "
    "verbinder die elk uitvoert. Voor de adviseur die het model bijwerkt.",
    "report.decisions_head": "Wat het college en het MT kunnen besluiten",
    "report.dec.none": "Er is nu niets te besluiten: elke verbinding heeft een verbinder, niemand zit boven zijn "
    "capaciteit en elk agendapunt is gedekt.",
    "report.dec.capacity": "Capaciteit vrijmaken",
    "report.dec.capacity_why": "Een kopgroeplid kan maar een beperkt aantal verbindingen leggen naast het gewone werk.",
    "report.dec.assess": "Laten beoordelen",
    "report.dec.assess_why": "Van deze kopgroepleden is niet bekend hoe goed zij zijn in wat hun verbindingen vragen. "
    "Laat hen eerst beoordelen: pas dan is te zien of scholing nodig is.",
    "report.dec.mandate": "Mandaat geven",
    "report.dec.mandate_why": "Wie welke verbinding legt, welke verbindingen erbij komen en wie erbij betrokken wordt.",
    "report.dec.agenda": "Collegeakkoord: niet gedekt",
    "report.dec.agenda_why": "Aan deze punten van het collegeakkoord werkt nog geen kopgroeplid of andere verbinder.",
    "report.dec.more": "… en {n:# besluit|# besluiten} van deze soort meer (zie de bijlage voor de adviseur).",
    "report.dec.names": "{names} en {last}",
    "report.dec.names_more": "{names} en nog {n}",
    "report.dec.pair": "{a} en {b}",
    "report.dec.pair_listed": "{a} – {b}",
    "report.dec.over": "{member} legt {links:# verbinding|# verbindingen}, maar heeft ruimte voor {capacity}: maak "
    "tijd vrij of verdeel het werk.",
    "report.dec.full": "{n:# verbinding wacht|# verbindingen wachten} op een verbinder omdat de kopgroepleden die "
    "erbij passen vol zitten: {pairs}. Maak bij hen tijd vrij of breid de kopgroep uit.",
    "report.dec.move": "Laat {to} de verbinding tussen {pair} overnemen van {member}: {to} brengt meer mee van wat "
    "zij vraagt.",
    "report.dec.escalate": "Laat de verbinding tussen {pair} houden door {holders}, niet door een kopgroeplid: een "
    "ambtenaar bemiddelt niet tussen politieke partijen.",
    "report.dec.escalate_college": "Laat de verbinding tussen {pair} houden door {holders}, niet door een "
    "kopgroeplid: een ambtenaar bemiddelt niet tussen bestuurders.",
    "report.dec.escalate_own": "Laat {holder} de verbinding met {other} zelf houden, niet een kopgroeplid: een "
    "ambtenaar bemiddelt niet tussen politieke partijen.",
    "report.dec.escalate_own_college": "Laat {holder} de verbinding met {other} zelf houden, niet een kopgroeplid: "
    "een ambtenaar bemiddelt niet tussen bestuurders.",
    "report.dec.griffie": "de griffie",
    "report.dec.moves": "Laat {n:# verbinding|# verbindingen} overgaan naar een kopgroeplid dat meer meebrengt van "
    "wat zij vraagt (naar {members}): dat verkleint de tekorten zonder scholing.",
    "report.dec.new_waiting": "Ook {n:# voorgestelde nieuwe verbinding vindt|# voorgestelde nieuwe verbindingen "
    "vinden} nog geen vrij kopgroeplid dat past.",
    "report.dec.nobody": "Voor {n:# verbinding|# verbindingen} past niemand in de kopgroep: {pairs}. Breid de "
    "kopgroep uit of laat een lid zich ontwikkelen.",
    "report.dec.assess_member": "{member}: {competencies}.",
    "report.dec.appoint": "Wijs {member} aan als verbinder voor {pairs}.",
    "report.dec.appoint_assess": "Wijs {member} aan als verbinder voor {pairs} zodra {member} is beoordeeld: wat "
    "die verbindingen vragen, is van {member} nog grotendeels onbekend.",
    "report.dec.neutral": "Laat de verbinding tussen {pair} houden door de portefeuillehouder of de griffie, niet "
    "door {member}: een ambtenaar bemiddelt niet tussen politieke partijen.",
    "report.dec.connect": "Geef opdracht om voor '{title}' {n:# verbinding|# verbindingen} te leggen, met {actors}.",
    "report.dec.include_agenda": "Vraag wie '{title}' trekt om ook {left_out} te betrekken: nu spreken alleen de "
    "invloedrijken mee.",
    "report.dec.include_topic": "Bij '{topic}' spreken alleen de invloedrijken mee; betrek ook {left_out}.",
    "report.dec.silo": "Laat de afdeling {department} samenwerken met een andere afdeling: nu is zij met geen "
    "enkele verbonden.",
    "report.dec.uncovered_none": "'{title}' ({due}): nog geen enkele verbinding werkt eraan.",
    "report.dec.uncovered_open": "'{title}' ({due}): {n:de enige verbinding heeft|geen van de # verbindingen heeft} "
    "een verbinder.",
    "report.col.action": "wat en waarom",
    "report.actions_more": "Nog {n:# actie volgt|# acties volgen}; verbinder analyse {model} --format json geeft ze "
    "allemaal.",
    "report.coverage_head": "Dekt het werk het collegeakkoord?",
    "report.learning_caption": "Wat de kopgroep moet leren: per competentie de leden met een open tekort en hoeveel "
    "niveaus zij samen missen (van 1 naar 3 is 2), de meeste eerst",
    "report.col.open_gaps": "leden met open tekort",
    "report.learning_none": "Geen enkel kopgroeplid heeft een open tekort.",
    "report.learning_more": "Nog {n:# competentie|# competenties} met open tekorten: zie de profielen van de kopgroep.",
    "report.summary_rest": "Daarna volgt de onderbouwing: {sections}. De bijlagen geven de opdrachten voor de "
    "adviseur en elke verbinding met de competenties die zij vraagt.",
    "report.col.type_position": "type · positie · spanning",
    "report.col.asks": "vraagt (niveau)",
    "report.flag_warning": "een regel waarschuwt bij deze verbinding",
    "report.links_screen": "Klik op de competenties van een verbinding voor de redenen: elke regel met het bestand en "
    "de regel waar zij staat.",
    "report.links_print": "Op papier staan per verbinding alleen de competenties en hun niveaus; de redenen zijn "
    "weggelaten. Open dit bestand in een browser en klik op de competenties, of gebruik verbinder explain {model} "
    "VERBINDING.",
    "report.agenda_intro": "De dekking per agendapunt staat in de samenvatting; hier de routekaart per kwartaal en per "
    "agendapunt de open tekorten van de verbinders.",
    "report.actions_caption": "De belangrijkste acties in volgorde van prioriteit, elk met de opdracht die haar "
    "uitvoert",
    "report.connect_caption": "Verbindingen die verbinder connect voorstelt per agendapunt",
    "report.connect_col.item": "agendapunt",
    "report.connect_col.pair": "wie met wie",
    "report.connect_col.via": "voorgestelde verbinder",
    "report.connect_col.why": "waarom",
    "report.connect_none": "Elk agendapunt bereikt zijn belanghebbenden al; verbinder connect stelt niets voor.",
    "report.connect_unmet": "{n:# punt is|# punten zijn} niet te halen; zie verbinder connect.",
    "report.sec.network": "Netwerk",
    "report.sec.links": "Bijlage: alle verbindingen",
    "report.sec.kopgroep": "Kopgroep: profielen en tekorten",
    "report.sec.grid": "Invloed en belang",
    "report.sec.warnings": "Waarschuwingen",
    "report.sec.agenda": "Collegeakkoord",
    # --- summary ---
    "report.fig.actors": "actoren",
    "report.fig.links": "verbindingen",
    "report.fig.split": "{regie} regie · {verbinden} verbinden",
    "report.fig.open": "zonder verbinder",
    "report.fig.members": "kopgroepleden",
    "report.fig.open_gaps": "open tekorten",
    "report.fig.to_assess": "leden te beoordelen",
    "report.fig.legend": "Een open tekort: een kopgroeplid zit in een competentie onder het niveau dat zijn "
    "verbindingen vragen. Te beoordelen: een lid van wie een gevraagde competentie nooit is beoordeeld.",
    "report.fig.agenda": "agendapunten gedekt",
    "report.fig.agenda_of": "{covered} van {items}",
    # --- network ---
    "report.figure_caption": "Het netwerk van {name}. Kleur per soort actor; doorgetrokken lijn: verbinden, "
    "gestreepte lijn: regie; een dikkere lijn betekent meer spanning; kopgroepleden hebben een dubbele rand; de "
    "verbinder en diens positie staan op de verbinding.",
    "report.picture_label": "Netwerkplaat van {name}",
    "report.no_picture_note": "Geen netwerkplaat: Graphviz (het programma dot) was niet geïnstalleerd toen dit "
    "rapport werd gemaakt. De verbindingen staan hieronder in tabellen.",
    "report.picture_failed_note": "Geen netwerkplaat: Graphviz kon haar niet maken ({reason}). De verbindingen "
    "staan hieronder in tabellen.",
    # --- links ---
    "report.links_caption": "{n:# verbinding|Alle # verbindingen} met type, positie, spanning, verbinder en de "
    "competenties die {n:zij vraagt|ze vragen}",
    "report.col.link": "verbinding",
    "report.col.from_to": "van → naar",
    "report.col.connector": "verbinder",
    "report.col.agenda": "agenda",
    "report.no_requirements": "Deze verbinding vraagt volgens de regels geen competenties.",
    "report.reason_where": "regel {rule}, {where}",
    "report.none": "—",
    # --- kopgroep ---
    "report.no_members": "Het model heeft geen kopgroepleden (kopgroep: true).",
    "report.member_meta": "{links} van capaciteit {capacity:# verbinding|# verbindingen} · tekortniveaus: {gap}",
    "report.member_caption": "Competentieprofiel van {name}",
    "report.col.required": "vereist",
    "report.col.current": "huidig",
    "report.col.gap": "tekort",
    "report.col.levels": "niveau (huidig / tekort)",
    "report.col.asked_by": "gevraagd door",
    "report.role_baseline": "rol {role} (basis {level})",
    "report.member_links": "Verbindingen:",
    "report.member_no_links": "Nog geen verbindingen.",
    "report.levels_legend": "Schaal 0–4. Blauw: huidig niveau; oranje: het tekort tot het vereiste niveau.",
    # --- grid ---
    "report.grid_intro": "Mendelows matrix: elke actor naar invloed en belang (1–5; 4 of 5 is hoog).",
    "report.grid_caption": "Actoren naar invloed en belang",
    "report.grid_high_influence": "veel invloed (4–5)",
    "report.grid_low_influence": "weinig invloed (1–3)",
    "report.grid_low_interest": "weinig belang (1–3)",
    "report.grid_high_interest": "veel belang (4–5)",
    "report.grid_scores": "invloed {influence}, belang {interest}",
    "report.grid_empty": "niemand",
    # --- warnings ---
    "report.no_warnings": "Geen waarschuwingen.",
    "report.warnings_rules": "Uit de regels",
    "report.warnings_agenda": "Collegeakkoord",
    "report.warnings_diagnostics": "Diagnose van het netwerk",
    "report.about_link": "verbinding",
    # --- agenda ---
    "report.coverage_caption": "Dekking per agendapunt",
    "report.col.item": "agendapunt",
    "report.col.due": "deadline",
    "report.col.status": "stand",
    "report.col.links_n": "verbindingen",
    "report.col.gaps": "tekorten (huidig → nodig)",
    "report.col.connectors": "verbinders",
    "report.links_types": "{n} ({regie} regie, {verbinden} verbinden)",
    "report.col.n_gaps": "open tekorten",
    "report.gap_item": "{competency} {current} → {required}",
    "report.gaps_head": "Open tekorten per agendapunt",
    "report.gaps_intro": "Per kopgroeplid dat verbinder is de competenties die de verbindingen van het agendapunt "
    "op een hoger niveau vragen dan het lid nu heeft (verbinders buiten de kopgroep hebben geen tekorten).",
    "report.gaps_caption": "Tekorten voor: {title}",
    "report.roadmap": "Routekaart",
    "report.roadmap_caption": "Agendapunten per kwartaal over de termijn {start} t/m {end} ({source})",
    "report.today_col": "vandaag",
    "report.marker_covered": "gedekt",
    "report.marker_uncovered": "niet gedekt",
    "report.roadmap_legend": "● gedekt · ○ niet gedekt · de gemarkeerde kolom is het huidige kwartaal",
    "report.outside_term": "Buiten de termijn of zonder deadline",
    # --- footer ---
    "report.footer": "Gemaakt met verbinder {version} op {date}. Alles is lokaal berekend; dit bestand laadt "
    "niets van internet.",
}

EN: dict[str, str] = {
    # --- help ---
    "help.report": "Write one self-contained HTML report (printable, opens without internet): the network picture, "
    "links with competencies and reasons, kopgroep profiles, the power/interest grid, warnings and the coalition "
    "agreement.",
    "help.report_output": "The HTML file to write (required), for example report.html.",
    # --- errors and messages on stderr ---
    "report.err.need_output": "name the report's file with --output, for example --output report.html",
    "report.no_picture": "Graphviz (the dot program) is not installed: the report has no network picture. "
    "Install it (for example 'apt-get install graphviz') and make the report again.",
    "report.picture_failed": "The network picture could not be drawn: {reason}",
    "report.written": "Report written to {path} ({size} kB).",
    # --- title block ---
    "report.kind": "Network report",
    "report.title": "Network report — {name}",
    "report.meta_date": "Date",
    "report.meta_lang": "Language",
    "report.meta_model": "Model",
    "report.lang_name": "English",
    "report.skip": "Skip to the content",
    "report.toc": "Contents",
    "report.intro": "Who must be connected with whom, and which competencies does each connection ask of the civil "
    "servant who makes it? This report answers both for this model. The kopgroep are the civil servants who make "
    "these connections. Orchestration (regie) makes like actors work together; bridging (verbinden) spans the gap "
    "between unlike actors.",
    # --- sections ---
    "report.sec.summary": "Summary: the decisions to take",
    "report.sec.connect": "Who with whom",
    "report.sec.commands": "Appendix: commands for the advisor",
    "report.commands_intro": "The actions behind the summary, in order of priority, with the verbinder command that "
    "carries out each. For the advisor who keeps the model up to date.",
    "report.decisions_head": "What the college and the management team can decide",
    "report.dec.none": "Nothing to decide now: every link has a connector, nobody is over capacity and every agenda "
    "item is covered.",
    "report.dec.capacity": "Capacity to free",
    "report.dec.capacity_why": "A kopgroep member can make only a limited number of connections beside the daily work.",
    "report.dec.assess": "Who to assess",
    "report.dec.assess_why": "For these kopgroep members it is unknown how good they are at what their links ask. "
    "Have them assessed first: only then can one tell whether training is needed.",
    "report.dec.mandate": "What to mandate",
    "report.dec.mandate_why": "Who makes which connection, which connections to add and whom to involve.",
    "report.dec.agenda": "Coalition agreement: not covered",
    "report.dec.agenda_why": "No kopgroep member or other connector works on these items of the coalition agreement "
    "yet.",
    "report.dec.more": "… and {n:# more decision|# more decisions} of this kind (see the appendix for the advisor).",
    "report.dec.names": "{names} and {last}",
    "report.dec.names_more": "{names} and {n} more",
    "report.dec.pair": "{a} and {b}",
    "report.dec.pair_listed": "{a} – {b}",
    "report.dec.over": "{member} makes {links:# connection|# connections} but has room for {capacity}: free time or "
    "share the work.",
    "report.dec.full": "{n:# connection waits|# connections wait} for a connector because the kopgroep members who "
    "fit are full: {pairs}. Free time for them or widen the kopgroep.",
    "report.dec.move": "Have {to} take over the connection between {pair} from {member}: {to} brings more of what it "
    "asks.",
    "report.dec.escalate": "Have {holders} hold the connection between {pair}, not a kopgroep member: a civil servant "
    "does not broker between political parties.",
    "report.dec.escalate_college": "Have {holders} hold the connection between {pair}, not a kopgroep member: a "
    "civil servant does not broker between members of the college.",
    "report.dec.escalate_own": "Have {holder} hold the connection with {other} themselves, not a kopgroep member: a "
    "civil servant does not broker between political parties.",
    "report.dec.escalate_own_college": "Have {holder} hold the connection with {other} themselves, not a kopgroep "
    "member: a civil servant does not broker between members of the college.",
    "report.dec.griffie": "the council clerk's office",
    "report.dec.moves": "Move {n:# connection|# connections} to a kopgroep member who brings more of what it asks "
    "(to {members}): that closes gaps without training.",
    "report.dec.new_waiting": "{n:# proposed new connection finds|# proposed new connections find} no free kopgroep "
    "member who fits either.",
    "report.dec.nobody": "No kopgroep member fits {n:# connection|# connections}: {pairs}. Widen the kopgroep "
    "or let a member develop.",
    "report.dec.assess_member": "{member}: {competencies}.",
    "report.dec.appoint": "Appoint {member} as connector for {pairs}.",
    "report.dec.appoint_assess": "Appoint {member} as connector for {pairs} once {member} is assessed: most of what "
    "those connections ask of {member} is not known yet.",
    "report.dec.neutral": "Have the portfolio holder or the council clerk's office hold the connection between "
    "{pair}, not {member}: a civil servant does not broker between political parties.",
    "report.dec.connect": "Commission {n:# connection|# connections} for '{title}', with {actors}.",
    "report.dec.include_agenda": "Ask whoever leads '{title}' to involve {left_out} too: now only the influential "
    "have a say.",
    "report.dec.include_topic": "On '{topic}' only the influential have a say; involve {left_out} too.",
    "report.dec.silo": "Have the {department} department work with another department: now it is connected to none.",
    "report.dec.uncovered_none": "'{title}' ({due}): no connection works on it yet.",
    "report.dec.uncovered_open": "'{title}' ({due}): {n:its only connection has|none of its # connections has} a "
    "connector.",
    "report.col.action": "what and why",
    "report.actions_more": "{n:# more action follows|# more actions follow}; verbinder analyse {model} --format json "
    "lists them all.",
    "report.coverage_head": "Does the work cover the coalition agreement?",
    "report.learning_caption": "What the kopgroep must learn: per competency the members with an open gap and how "
    "many levels they miss together (from 1 to 3 is 2), most first",
    "report.col.open_gaps": "members with an open gap",
    "report.learning_none": "No kopgroep member has an open gap.",
    "report.learning_more": "{n:# more competency|# more competencies} with open gaps: see the kopgroep's profiles.",
    "report.summary_rest": "The rest of the report explains this: {sections}. The appendices give the advisor's "
    "commands and every link with the competencies it asks.",
    "report.col.type_position": "type · position · tension",
    "report.col.asks": "asks (level)",
    "report.flag_warning": "a rule warns about this link",
    "report.links_screen": "Click a link's competencies for the reasons: each rule with the file and line where it is "
    "written.",
    "report.links_print": "On paper each link shows only its competencies and their levels; the reasons are left out. "
    "Open this file in a browser and click the competencies, or run verbinder explain {model} LINK.",
    "report.agenda_intro": "The coverage per agenda item is in the summary; here the roadmap by quarter and per agenda "
    "item the connectors' open gaps.",
    "report.actions_caption": "The most urgent actions in order of priority, each with the command that carries it out",
    "report.connect_caption": "Links verbinder connect proposes per agenda item",
    "report.connect_col.item": "agenda item",
    "report.connect_col.pair": "who with whom",
    "report.connect_col.via": "suggested connector",
    "report.connect_col.why": "why",
    "report.connect_none": "Every agenda item already reaches its stakeholders; verbinder connect proposes nothing.",
    "report.connect_unmet": "{n:# point cannot|# points cannot} be met; see verbinder connect.",
    "report.sec.network": "Network",
    "report.sec.links": "Appendix: every link",
    "report.sec.kopgroep": "Kopgroep: profiles and gaps",
    "report.sec.grid": "Power and interest",
    "report.sec.warnings": "Warnings",
    "report.sec.agenda": "Coalition agreement",
    # --- summary ---
    "report.fig.actors": "actors",
    "report.fig.links": "links",
    "report.fig.split": "{regie} orchestration · {verbinden} bridging",
    "report.fig.open": "without a connector",
    "report.fig.members": "kopgroep members",
    "report.fig.open_gaps": "open gaps",
    "report.fig.to_assess": "members to assess",
    "report.fig.legend": "An open gap: a kopgroep member is below the level their links ask in a competency. To "
    "assess: a member never assessed in a competency their links ask.",
    "report.fig.agenda": "agenda items covered",
    "report.fig.agenda_of": "{covered} of {items}",
    # --- network ---
    "report.figure_caption": "The network of {name}. Colour by actor kind; solid line: bridging, dashed line: "
    "orchestration; a thicker line means more tension; kopgroep members have a double border; the connector and "
    "their position stand on the link.",
    "report.picture_label": "Network picture of {name}",
    "report.no_picture_note": "No network picture: Graphviz (the dot program) was not installed when this report "
    "was made. The links are listed in tables below.",
    "report.picture_failed_note": "No network picture: Graphviz could not draw it ({reason}). The links are listed "
    "in tables below.",
    # --- links ---
    "report.links_caption": "{n:The # link|All # links} with type, position, tension, connector and the competencies "
    "{n:it asks|they ask}",
    "report.col.link": "link",
    "report.col.from_to": "from → to",
    "report.col.connector": "connector",
    "report.col.agenda": "agenda",
    "report.no_requirements": "By the rules, this link asks no competencies.",
    "report.reason_where": "rule {rule}, {where}",
    "report.none": "—",
    # --- kopgroep ---
    "report.no_members": "The model has no kopgroep members (kopgroep: true).",
    "report.member_meta": "{links} of capacity {capacity:# link|# links} · gap levels: {gap}",
    "report.member_caption": "Competency profile of {name}",
    "report.col.required": "required",
    "report.col.current": "current",
    "report.col.gap": "gap",
    "report.col.levels": "level (current / gap)",
    "report.col.asked_by": "asked by",
    "report.role_baseline": "role {role} (baseline {level})",
    "report.member_links": "Links:",
    "report.member_no_links": "No links yet.",
    "report.levels_legend": "Scale 0–4. Blue: current level; orange: the gap up to the required level.",
    # --- grid ---
    "report.grid_intro": "Mendelow's grid: every actor by influence and interest (1–5; 4 or 5 is high).",
    "report.grid_caption": "Actors by influence and interest",
    "report.grid_high_influence": "high influence (4–5)",
    "report.grid_low_influence": "low influence (1–3)",
    "report.grid_low_interest": "low interest (1–3)",
    "report.grid_high_interest": "high interest (4–5)",
    "report.grid_scores": "influence {influence}, interest {interest}",
    "report.grid_empty": "nobody",
    # --- warnings ---
    "report.no_warnings": "No warnings.",
    "report.warnings_rules": "From the rules",
    "report.warnings_agenda": "Coalition agreement",
    "report.warnings_diagnostics": "Network diagnostics",
    "report.about_link": "link",
    # --- agenda ---
    "report.coverage_caption": "Coverage per agenda item",
    "report.col.item": "agenda item",
    "report.col.due": "due",
    "report.col.status": "status",
    "report.col.links_n": "links",
    "report.col.gaps": "gaps (current → needed)",
    "report.col.connectors": "connectors",
    "report.links_types": "{n} ({regie} orchestration, {verbinden} bridging)",
    "report.col.n_gaps": "open gaps",
    "report.gap_item": "{competency} {current} → {required}",
    "report.gaps_head": "Open gaps per agenda item",
    "report.gaps_intro": "Per kopgroep member who connects, the competencies the item's links ask at a higher level "
    "than the member has now (connectors outside the kopgroep have no gaps).",
    "report.gaps_caption": "Gaps for: {title}",
    "report.roadmap": "Roadmap",
    "report.roadmap_caption": "Agenda items by quarter over the term {start} to {end} ({source})",
    "report.today_col": "today",
    "report.marker_covered": "covered",
    "report.marker_uncovered": "not covered",
    "report.roadmap_legend": "● covered · ○ not covered · the highlighted column is the current quarter",
    "report.outside_term": "Outside the term or without a due date",
    # --- footer ---
    "report.footer": "Made with verbinder {version} on {date}. Everything was computed locally; this file loads "
    "nothing from the internet.",
}
