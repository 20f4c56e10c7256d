"""Messages of the kopgroep commands: profiles, staff, develop, assess."""

NL: dict[str, str] = {
    # --- help ---------------------------------------------------------------------------------
    "help.profiles": "Competentieprofielen van de kopgroep: per lid de verbindingen, per competentie het vereiste "
    "en het huidige niveau en het tekort; als tabel, JSON, CSV, Excel of Markdown.",
    "help.profiles_delimiter": "Scheidingsteken van de CSV: standaard ';' in het Nederlands (Nederlandse Excel) en "
    "',' in het Engels, zoals export; of 'tab'.",
    "help.profiles_bom": "Begin de CSV met een UTF-8-BOM, zodat Excel de tekens goed leest (standaard; --no-bom "
    "voor een systeem dat er niet tegen kan).",
    "help.profiles_pseudonymise": "Vervang namen en ids van leden door vaste pseudoniemen (om te delen buiten HR).",
    "help.profiles_salt": "Geheime sleutel voor de pseudoniemen (of de omgevingsvariabele VERBINDER_SALT); "
    "dezelfde sleutel geeft dezelfde pseudoniemen.",
    "help.staff": "Stel voor elke verbinding zonder verbinder een kopgroeplid voor, zoals het plan (verbinder plan) "
    "het doet: binnen ieders capaciteit, met uitleg; --apply schrijft de voorstellen in een kopie van het model.",
    "help.staff_apply": "Schrijf de voorstellen (via) in een kopie van het model (met --output).",
    "help.staff_min_fit": "Hoe passend (0-100% van de beoordeelde gevraagde niveaus) een lid minstens is om voor "
    "te stellen.",
    "help.develop": "Ontwikkelplan per kopgroeplid: per tekort de methoden uit de catalogus en rolmodellen.",
    "help.develop_member": "Alleen dit kopgroeplid (id).",
    "help.assess": "Zelfbeoordeling: een vragenlijst in de terminal (of --answers) die de huidige niveaus van een "
    "kopgroeplid in het model bijwerkt; commentaar blijft staan, een reservekopie (.bak) blijft bewaard.",
    "help.assess_member": "Het kopgroeplid (id) dat zichzelf beoordeelt.",
    "help.assess_answers": "Antwoorden uit een bestand (YAML of JSON: competentie-id -> niveau 0-4) in plaats "
    "van vragen.",
    "help.assess_all": "Vraag naar alle competenties uit de catalogus, niet alleen de gevraagde.",
    "help.assess_notes": "Bewaar de reflectie-antwoorden in dit (lokale) bestand; anders worden ze niet bewaard.",
    "help.assess_no_backup": "Maak geen reservekopie (.bak) van het model.",
    # --- profiles -----------------------------------------------------------------------------
    "profiles.title": "Competentieprofielen",
    "profiles.pseudonym": "Lid",
    "profiles.no_members": "Het model heeft geen kopgroepleden (kopgroep: true).",
    "profiles.none": "Geen competenties gevraagd of vastgelegd.",
    "profiles.links": "Verbindingen: {links}",
    "profiles.n_links": "{n:# verbinding|# verbindingen} bij capaciteit {capacity}",
    "profiles.role": "rol {role}",
    "profiles.department": "afdeling {department}",
    "profiles.role_baseline": "rol (basis {level})",
    "profiles.source.links": "verbindingen",
    "profiles.source.role": "rol",
    "profiles.source.links_role": "verbindingen en rol",
    "profiles.source.model": "alleen huidig niveau",
    "profiles.sheet.summary": "Overzicht",
    "profiles.col.member": "lid",
    "profiles.col.id": "id",
    "profiles.col.name": "naam",
    "profiles.col.role_col": "rol",
    "profiles.col.links": "verbindingen",
    "profiles.col.capacity": "capaciteit",
    "profiles.col.gaps": "open tekorten",
    "profiles.col.total_gap": "tekortniveaus",
    "profiles.col.largest_gaps": "focuspunten",
    "profiles.col.competency_id": "competentie-id",
    "profiles.col.competency": "competentie",
    "profiles.col.required": "vereist",
    "profiles.col.current": "huidig",
    "profiles.col.gap": "tekort",
    "profiles.col.asked_by": "gevraagd door",
    "profiles.col.level_name": "niveau",
    "profiles.col.descriptor": "gedrag op het vereiste niveau",
    "profiles.col.source": "bron",
    "profiles.err.xlsx_output": "--format xlsx schrijft een bestand: geef --output BESTAND.xlsx",
    "profiles.err.delimiter": "'{value}' kan geen scheidingsteken zijn: gebruik één teken zoals ',' of ';', of 'tab'",
    # --- staff --------------------------------------------------------------------------------
    "staff.title": "Bemensing van open verbindingen",
    "staff.summary": "{n:# verbinding|# verbindingen} zonder verbinder: {assigned} voorgesteld, {open} "
    "{open:blijft|blijven} open.",
    "staff.open": "open",
    "staff.more": "(en {n} meer)",
    "staff.col.link": "verbinding",
    "staff.col.member": "kopgroeplid",
    "staff.col.fit": "passend",
    "staff.col.why": "waarom",
    "staff.col.before": "nu",
    "staff.col.after": "na voorstel",
    "staff.col.capacity": "capaciteit",
    "staff.head.load": "Belasting van de kopgroep",
    "staff.why.fit": "passend {coverage}% van de beoordeelde niveaus",
    "staff.why.department": "kent de afdeling {department}",
    "staff.why.gaps": "resterende tekorten: {gaps}",
    "staff.why.no_gaps": "geen tekorten",
    "staff.why.no_capacity": "geen capaciteit: {n:# kopgroeplid past, maar zit|# kopgroepleden passen, maar "
    "zitten} vol of {n:is|zijn} elders beter ingezet (beste: {name}, dekking {coverage}%, "
    "{load} van {capacity:# verbinding|# verbindingen})",
    "staff.why.no_fit": "niemand dekt {min_fit}% van de gevraagde niveaus (beste: {name}, {coverage}%): "
    "opleiden of werven voor {needs}",
    "staff.why.no_members": "er is geen kopgroeplid dat deze verbinding kan leggen (geen leden, of alleen de "
    "uiteinden zelf)",
    "staff.msg.applied": "{n:# voorstel|# voorstellen} geschreven naar {file}.",
    "staff.msg.backup": "Reservekopie: {file}",
    "staff.err.apply_output": "--apply schrijft een kopie van het model: geef --output BESTAND.yaml",
    # --- develop ------------------------------------------------------------------------------
    "develop.title": "Ontwikkelplan",
    "develop.no_gaps": "Geen tekorten: dit lid heeft de gevraagde niveaus al.",
    "develop.gap_head": "{name}: van {current} naar {required}",
    "develop.role_models": "Rolmodellen",
    "develop.no_role_models": "geen bekend; vraag in het netwerk wie dit goed doet",
    "develop.internal": "{name} (kopgroep: kan intern rolmodel zijn)",
    "develop.in_model": "in het model: {actor}",
    # --- assess -------------------------------------------------------------------------------
    "assess.intro": "Zelfbeoordeling van {name}: {n:# competentie|# competenties}. Kies per competentie "
    "het niveau waarop je het gedrag laat zien (0-4); Enter houdt het huidige niveau. "
    "Ctrl-C stopt zonder iets op te slaan.",
    "assess.level0": "(nog) niet: het gedrag van niveau 1 laat je nog niet zien",
    "assess.prompt": "Niveau (0-4, Enter = {current}): ",
    "assess.invalid": "'{value}' is geen niveau: typ 0, 1, 2, 3 of 4, of Enter voor het huidige niveau.",
    "assess.reflect.intro": "Tot slot vier reflectievragen over dienend leiderschap (vrij antwoord, Enter slaat "
    "over). De antwoorden komen niet in het model; met --notes BESTAND bewaar je ze lokaal.",
    "assess.reflect.standing_back": "Wanneer liet je deze maand een ander de eer van een resultaat waar jij aan "
    "bijdroeg? (op de achtergrond treden)",
    "assess.reflect.empowerment": "Welke beslissing heb je bewust bij een ander gelaten, en wat gebeurde er? "
    "(ruimte geven)",
    "assess.reflect.humility": "Welke fout of welk blind punt van jezelf heb je onlangs benoemd, en van wie heb je "
    "geleerd? (bescheidenheid)",
    "assess.reflect.stewardship": "Welk belang van de gemeenschap heb je verdedigd toen het je eigen afdeling niet "
    "uitkwam? (rentmeesterschap)",
    "assess.notes_head": "Reflectie van {name}, {date}",
    "assess.msg.unchanged": "Geen niveaus veranderd; het model is niet aangepast.",
    "assess.msg.saved": "{n:# niveau|# niveaus} van {name} opgeslagen in {file}.",
    "assess.msg.notes": "Reflecties toegevoegd aan {file} (persoonlijk: houd dit bestand lokaal).",
    "assess.err.eof": "de invoer hield op voor het einde van de vragenlijst; er is niets opgeslagen",
    "assess.err.answers_mapping": "verwacht een lijst van competentie-id: niveau, zoals 'vertalen: 2'",
    "assess.err.level": "{value} is geen niveau: gebruik een geheel getal van 0 tot en met 4",
    "what.member": "persoon in de kopgroep",
}

EN: dict[str, str] = {
    # --- help ---------------------------------------------------------------------------------
    "help.profiles": "Competency profiles of the kopgroep: per member the links, per competency the required and "
    "current level and the gap; as a table, JSON, CSV, Excel or Markdown.",
    "help.profiles_delimiter": "CSV delimiter: by default ';' in Dutch (Dutch Excel) and ',' in English, as export "
    "writes; or 'tab'.",
    "help.profiles_bom": "Start the CSV with a UTF-8 byte order mark, so Excel reads the characters right (the "
    "default; --no-bom for a system that cannot take one).",
    "help.profiles_pseudonymise": "Replace members' names and ids by stable pseudonyms (for sharing outside HR).",
    "help.profiles_salt": "Secret key for the pseudonyms (or the environment variable VERBINDER_SALT); "
    "the same key gives the same pseudonyms.",
    "help.staff": "Suggest a kopgroep member for every link without a connector, as the plan (verbinder plan) does: "
    "within everyone's capacity, explained; --apply writes the suggestions into a copy of the model.",
    "help.staff_apply": "Write the suggestions (via) into a copy of the model (with --output).",
    "help.staff_min_fit": "Lowest fit (0-100% of the assessed levels asked) at which a member is suggested.",
    "help.develop": "Development plan per kopgroep member: per gap the methods from the catalogue and role models.",
    "help.develop_member": "Only this kopgroep member (id).",
    "help.assess": "Self-assessment: a questionnaire in the terminal (or --answers) that updates a kopgroep "
    "member's current levels in the model; comments are kept, a backup (.bak) is kept.",
    "help.assess_member": "The kopgroep member (id) who assesses themselves.",
    "help.assess_answers": "Answers from a file (YAML or JSON: competency id -> level 0-4) instead of questions.",
    "help.assess_all": "Ask about every competency in the catalogue, not only those asked.",
    "help.assess_notes": "Keep the reflection answers in this (local) file; otherwise they are not kept.",
    "help.assess_no_backup": "Do not keep a backup (.bak) of the model.",
    # --- profiles -----------------------------------------------------------------------------
    "profiles.title": "Competency profiles",
    "profiles.pseudonym": "Member",
    "profiles.no_members": "The model has no kopgroep members (kopgroep: true).",
    "profiles.none": "No competencies asked or recorded.",
    "profiles.links": "Links: {links}",
    "profiles.n_links": "{n:# link|# links} at capacity {capacity}",
    "profiles.role": "role {role}",
    "profiles.department": "department {department}",
    "profiles.role_baseline": "role (baseline {level})",
    "profiles.source.links": "links",
    "profiles.source.role": "role",
    "profiles.source.links_role": "links and role",
    "profiles.source.model": "current level only",
    "profiles.sheet.summary": "Summary",
    "profiles.col.member": "member",
    "profiles.col.id": "id",
    "profiles.col.name": "name",
    "profiles.col.role_col": "role",
    "profiles.col.links": "links",
    "profiles.col.capacity": "capacity",
    "profiles.col.gaps": "open gaps",
    "profiles.col.total_gap": "gap levels",
    "profiles.col.largest_gaps": "focus points",
    "profiles.col.competency_id": "competency id",
    "profiles.col.competency": "competency",
    "profiles.col.required": "required",
    "profiles.col.current": "current",
    "profiles.col.gap": "gap",
    "profiles.col.asked_by": "asked by",
    "profiles.col.level_name": "level",
    "profiles.col.descriptor": "behaviour at the required level",
    "profiles.col.source": "source",
    "profiles.err.xlsx_output": "--format xlsx writes a file: give --output FILE.xlsx",
    "profiles.err.delimiter": "'{value}' cannot be a delimiter: use one character such as ',' or ';', or 'tab'",
    # --- staff --------------------------------------------------------------------------------
    "staff.title": "Staffing open links",
    "staff.summary": "{n:# link|# links} without a connector: {assigned} suggested, {open} {open:stays|stay} open.",
    "staff.open": "open",
    "staff.more": "(and {n} more)",
    "staff.col.link": "link",
    "staff.col.member": "kopgroep member",
    "staff.col.fit": "fit",
    "staff.col.why": "why",
    "staff.col.before": "now",
    "staff.col.after": "after suggestions",
    "staff.col.capacity": "capacity",
    "staff.head.load": "Load of the kopgroep",
    "staff.why.fit": "fit {coverage}% of the assessed levels",
    "staff.why.department": "knows the {department} department",
    "staff.why.gaps": "remaining gaps: {gaps}",
    "staff.why.no_gaps": "no gaps",
    "staff.why.no_capacity": "no capacity: {n:# member fits but is|# members fit but are} full or better used "
    "elsewhere (best: {name}, coverage {coverage}%, {load} of {capacity:# link|# links})",
    "staff.why.no_fit": "nobody covers {min_fit}% of the levels asked (best: {name}, {coverage}%): "
    "train or hire for {needs}",
    "staff.why.no_members": "no kopgroep member can make this link (no members, or only the link's own ends)",
    "staff.msg.applied": "Wrote {n:# suggestion|# suggestions} to {file}.",
    "staff.msg.backup": "Backup: {file}",
    "staff.err.apply_output": "--apply writes a copy of the model: give --output FILE.yaml",
    # --- develop ------------------------------------------------------------------------------
    "develop.title": "Development plan",
    "develop.no_gaps": "No gaps: this member already has the levels asked.",
    "develop.gap_head": "{name}: from {current} to {required}",
    "develop.role_models": "Role models",
    "develop.no_role_models": "none known; ask around the network who does this well",
    "develop.internal": "{name} (kopgroep: can be an internal role model)",
    "develop.in_model": "in the model: {actor}",
    # --- assess -------------------------------------------------------------------------------
    "assess.intro": "Self-assessment of {name}: {n:# competency|# competencies}. For each, choose the "
    "level at which you show the behaviour (0-4); Enter keeps the current level. Ctrl-C "
    "stops without saving anything.",
    "assess.level0": "not (yet): you do not show the behaviour of level 1 yet",
    "assess.prompt": "Level (0-4, Enter = {current}): ",
    "assess.invalid": "'{value}' is not a level: type 0, 1, 2, 3 or 4, or Enter for the current level.",
    "assess.reflect.intro": "Finally four reflection questions on servant leadership (free text, Enter skips). "
    "The answers do not go into the model; --notes FILE keeps them locally.",
    "assess.reflect.standing_back": "When this month did you let someone else take the credit for a result you "
    "contributed to? (standing back)",
    "assess.reflect.empowerment": "Which decision did you deliberately leave to someone else, and what happened? "
    "(empowerment)",
    "assess.reflect.humility": "Which mistake or blind spot of your own did you name recently, and from whom did "
    "you learn? (humility)",
    "assess.reflect.stewardship": "Which interest of the community did you stand up for when it did not suit your "
    "own department? (stewardship)",
    "assess.notes_head": "Reflection of {name}, {date}",
    "assess.msg.unchanged": "No level changed; the model was not touched.",
    "assess.msg.saved": "Saved {n:# level|# levels} of {name} in {file}.",
    "assess.msg.notes": "Reflections added to {file} (personal: keep this file local).",
    "assess.err.eof": "the input ended before the end of the questionnaire; nothing was saved",
    "assess.err.answers_mapping": "expected a mapping of competency id: level, such as 'vertalen: 2'",
    "assess.err.level": "{value} is not a level: use a whole number from 0 to 4",
    "what.member": "kopgroep member",
}
