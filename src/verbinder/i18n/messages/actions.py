"""Messages of the ranked actions (:mod:`verbinder.plan.actions`): one sentence why, per kind."""

NL: dict[str, str] = {
    "help.analyse_explain": "Toon elke verbinding voluit: elke competentie met niveau, reden, regel en bestand:regel.",
    "help.explain": "Leg één of meer verbindingen voluit uit: elke competentie, niveau, reden, regel en bestand:regel.",
    "help.explain_links": "De id's van de verbindingen.",
    "actions.title": "Wat nu te doen",
    "actions.none": "Niets dringends: elke verbinding heeft een verbinder en elk agendapunt is gedekt.",
    "actions.more": "… en {n:# actie|# acties} meer (alle: --format json).",
    "actions.col.rank": "#",
    "actions.col.kind": "soort",
    "actions.col.priority": "prioriteit",
    "actions.col.why": "waarom",
    "actions.col.command": "opdracht",
    "actions.kind.cover-agenda": "agendapunt dekken",
    "actions.kind.staff": "verbinder kiezen",
    "actions.kind.include": "betrekken",
    "actions.kind.connect": "verbinden wie met wie",
    "actions.why.connect": "Agendapunt '{title}' ({item}): {n:# verbinding|# verbindingen} te leggen ({principles}).",
    "actions.kind.warning": "waarschuwing",
    "actions.kind.rule_warning": "waarschuwing ({code})",
    "actions.kind.rebalance": "ontlasten",
    "actions.kind.assess": "beoordelen",
    "actions.kind.develop": "ontwikkelen",
    "actions.kind.bridge-silo": "silo overbruggen",
    "actions.kind.escalate": "bij de politiek beleggen",
    "actions.kind.reassign": "verbinding overdragen",
    "actions.kind.assess-choice": "beoordelen voor een keuze",
    "actions.griffie": "de griffie",
    "actions.why.staff_team": "{source} → {target} ({link}) heeft geen verbinder; {members} leggen haar samen: "
    "samen hebben zij wat zij vraagt.",
    "actions.why.staff_partly": "{source} → {target} ({link}) heeft geen verbinder; {member} kan haar leggen, maar "
    "is pas in {known} van de {n} gevraagde competenties beoordeeld: beoordeel eerst.",
    "actions.why.staff_unknown": "{source} → {target} ({link}) heeft geen verbinder; {member} kan haar leggen, maar "
    "is in wat zij vraagt niet beoordeeld: beoordeel eerst.",
    "actions.why.reassign": "{source} → {target} ({link}): laat {new} haar overnemen van {old} "
    "({before:# tekortniveau|# tekortniveaus} → {after}).",
    "actions.why.escalate": "{source} → {target} ({link}) is niet aan de kopgroep: een ambtenaar bemiddelt niet "
    "tussen politieke partijen. Beleg haar bij {to}.",
    "actions.why.escalate_college": "{source} → {target} ({link}) is niet aan de kopgroep: een ambtenaar bemiddelt "
    "niet tussen bestuurders. Beleg haar bij {to}.",
    "actions.why.escalate_held": "{member} (kopgroep) staat tussen {source} en {target} ({link}): een ambtenaar "
    "bemiddelt niet tussen politieke partijen. Beleg de verbinding bij {to} en beslis of {member} blijft.",
    "actions.why.assess_choice": "Beoordeel {member} op {competencies}: de keuze voor {n:# verbinding|"
    "# verbindingen} hangt ervan af.",
    "actions.why.cover_no_links": "Agendapunt '{title}' ({item}): geen enkele verbinding dient het.",
    "actions.why.cover_no_connector": "Agendapunt '{title}' ({item}): geen van de {n:# verbinding|# verbindingen} "
    "heeft een verbinder.",
    "actions.why.staff": "{source} → {target} ({link}) heeft geen verbinder; {member} past het best ({fit} %).",
    "actions.why.staff_open": "{source} → {target} ({link}) heeft geen verbinder en geen kopgroeplid past.",
    "actions.why.staff_full": "{source} → {target} ({link}) heeft geen verbinder: de kopgroepleden die passen zitten "
    "vol. Maak capaciteit vrij of breid de kopgroep uit.",
    "actions.why.staff_unplanned": "{source} → {target} ({link}) heeft geen verbinder.",
    "actions.why.rebalance": "{member} verbindt {links:# verbinding|# verbindingen} bij een capaciteit van {capacity}.",
    "actions.why.assess": "{member} is in {n:# gevraagde competentie|# gevraagde competenties} niet beoordeeld: "
    "{competencies}.",
    "actions.why.assess_plan": "{member} is in {n:# competentie|# competenties} niet beoordeeld die de eigen "
    "verbindingen of de keuzes van het plan vragen: {competencies}.",
    "actions.why.develop": "{member} heeft {n:# open tekort|# open tekorten} ({levels:# tekortniveau|"
    "# tekortniveaus}) op verbindingen voor het collegeakkoord: {competencies}.",
    "actions.why.bridge_silo": "Afdeling {department} is met geen enkele andere afdeling verbonden.",
    "actions.why.include_agenda": "Agendapunt '{title}' ({item}) bereikt alleen de invloedrijken; {left_out} "
    "{n:blijft|blijven} buiten beeld.",
    "actions.why.include_topic": "Onderwerp '{item}' bereikt alleen de invloedrijken; {left_out} {n:blijft|blijven} "
    "buiten beeld.",
    "overview.col.link": "verbinding",
    "overview.col.type": "type · positie",
    "overview.col.connector": "verbinder",
    "overview.col.tension": "spanning",
    "overview.col.asks": "vraagt (hoogste niveaus)",
    "overview.col.members": "leden",
    "overview.col.gap_levels": "tekortniveaus",
    "overview.col.who": "wie",
    "overview.head.learning": "Leeragenda van de kopgroep",
    "overview.head.diagnostics": "Diagnose",
    "overview.legend": "! = een regel waarschuwt bij deze verbinding; * = de verbinder heeft hier een open tekort.",
    "overview.explain": "Alle redenen per verbinding: verbinder analyse {model} --explain, of verbinder explain "
    "{model} VERBINDING.",
    "overview.diag.grid": "Macht/belang: {manage} nauw betrekken, {satisfied} tevreden houden, {informed} "
    "informeren, {monitor} monitoren.",
    "overview.diag.dominance": "{n:# agendapunt of onderwerp bereikt|# agendapunten of onderwerpen bereiken} alleen "
    "de invloedrijken.",
    "overview.diag.silos": "Silo's: E-I-index {ei}; {unbridged:# afdeling|# afdelingen} met geen andere verbonden.",
    "overview.diag.over": "{n:# verbinder draagt|# verbinders dragen} meer verbindingen dan hun capaciteit.",
    "overview.diag.no_connector": "{n:# verbinding heeft|# verbindingen hebben} nog geen verbinder.",
    "overview.diag.unconnected": "{n:# actor wordt|# actoren worden} door geen enkele verbinding bereikt.",
    "overview.diag.agenda": "Collegeakkoord: {covered} van de {items:# agendapunt|# agendapunten} gedekt.",
}

EN: dict[str, str] = {
    "help.analyse_explain": "Show every link in full: each competency with its level, reason, rule and file:line.",
    "help.explain": "Explain one or more links in full: each competency, level, reason, rule and file:line.",
    "help.explain_links": "The links' ids.",
    "actions.title": "What to do now",
    "actions.none": "Nothing urgent: every link has a connector and every agenda item is covered.",
    "actions.more": "… and {n:# more action|# more actions} (all of them: --format json).",
    "actions.col.rank": "#",
    "actions.col.kind": "kind",
    "actions.col.priority": "priority",
    "actions.col.why": "why",
    "actions.col.command": "command",
    "actions.kind.cover-agenda": "cover agenda item",
    "actions.kind.staff": "choose a connector",
    "actions.kind.include": "include",
    "actions.kind.connect": "connect who with whom",
    "actions.why.connect": "Agenda item '{title}' ({item}): {n:# link|# links} to make ({principles}).",
    "actions.kind.warning": "warning",
    "actions.kind.rule_warning": "warning ({code})",
    "actions.kind.rebalance": "rebalance",
    "actions.kind.assess": "assess",
    "actions.kind.develop": "develop",
    "actions.kind.bridge-silo": "bridge a silo",
    "actions.kind.escalate": "hand to the political side",
    "actions.kind.reassign": "hand over a link",
    "actions.kind.assess-choice": "assess for a choice",
    "actions.griffie": "the council clerk's office",
    "actions.why.staff_team": "{source} → {target} ({link}) has no connector; {members} make it together: together "
    "they have what it asks.",
    "actions.why.staff_partly": "{source} → {target} ({link}) has no connector; {member} can make it but was "
    "assessed in only {known} of the {n} competencies it asks: assess first.",
    "actions.why.staff_unknown": "{source} → {target} ({link}) has no connector; {member} can make it but was never "
    "assessed in what it asks: assess first.",
    "actions.why.reassign": "{source} → {target} ({link}): have {new} take it over from {old} "
    "({before:# gap level|# gap levels} → {after}).",
    "actions.why.escalate": "{source} → {target} ({link}) is not the kopgroep's: a civil servant does not broker "
    "between political parties. Have {to} hold it.",
    "actions.why.escalate_college": "{source} → {target} ({link}) is not the kopgroep's: a civil servant does not "
    "broker between members of the college. Have {to} hold it.",
    "actions.why.escalate_held": "{member} (kopgroep) stands between {source} and {target} ({link}): a civil "
    "servant does not broker between political parties. Have {to} hold the link and decide whether {member} stays.",
    "actions.why.assess_choice": "Assess {member} in {competencies}: the choice for {n:# link|# links} depends on it.",
    "actions.why.cover_no_links": "Agenda item '{title}' ({item}): no link serves it.",
    "actions.why.cover_no_connector": "Agenda item '{title}' ({item}): none of its {n:# link|# links} has a connector.",
    "actions.why.staff": "{source} → {target} ({link}) has no connector; {member} fits best ({fit} %).",
    "actions.why.staff_open": "{source} → {target} ({link}) has no connector and no kopgroep member fits.",
    "actions.why.staff_full": "{source} → {target} ({link}) has no connector: the kopgroep members who fit are full. "
    "Free capacity or widen the kopgroep.",
    "actions.why.staff_unplanned": "{source} → {target} ({link}) has no connector.",
    "actions.why.rebalance": "{member} connects {links:# link|# links} with a capacity of {capacity}.",
    "actions.why.assess": "{member} was never assessed in {n:# competency|# competencies} their links ask: "
    "{competencies}.",
    "actions.why.assess_plan": "{member} was never assessed in {n:# competency|# competencies} their own links or "
    "the plan's choices ask: {competencies}.",
    "actions.why.develop": "{member} has {n:# open gap|# open gaps} ({levels:# gap level|# gap levels}) on links "
    "serving the coalition agreement: {competencies}.",
    "actions.why.bridge_silo": "Department {department} is connected to no other department.",
    "actions.why.include_agenda": "Agenda item '{title}' ({item}) reaches only the influential; {left_out} "
    "{n:is|are} left out.",
    "actions.why.include_topic": "Topic '{item}' reaches only the influential; {left_out} {n:is|are} left out.",
    "overview.col.link": "link",
    "overview.col.type": "type · position",
    "overview.col.connector": "connector",
    "overview.col.tension": "tension",
    "overview.col.asks": "asks (highest levels)",
    "overview.col.members": "members",
    "overview.col.gap_levels": "gap levels",
    "overview.col.who": "who",
    "overview.head.learning": "The kopgroep's learning agenda",
    "overview.head.diagnostics": "Diagnosis",
    "overview.legend": "! = a rule warns on this link; * = the connector has an open gap here.",
    "overview.explain": "Every reason per link: verbinder analyse {model} --explain, or verbinder explain {model} "
    "LINK.",
    "overview.diag.grid": "Power/interest: {manage} manage closely, {satisfied} keep satisfied, {informed} keep "
    "informed, {monitor} monitor.",
    "overview.diag.dominance": "{n:# agenda item or topic reaches|# agenda items or topics reach} only the "
    "influential.",
    "overview.diag.silos": "Silos: E-I index {ei}; {unbridged:# department|# departments} connected to no other.",
    "overview.diag.over": "{n:# connector carries|# connectors carry} more links than their capacity.",
    "overview.diag.no_connector": "{n:# link has|# links have} no connector yet.",
    "overview.diag.unconnected": "{n:# actor is|# actors are} reached by no link.",
    "overview.diag.agenda": "Coalition agreement: {covered} of {items:# agenda item|# agenda items} covered.",
}
