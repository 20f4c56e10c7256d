"""Messages of ``verbinder connect``: stakeholders, owners, stances and the proposals for who meets whom."""

from verbinder.i18n import Text

NL: dict[str, Text] = {
    # --- model ---
    "connect.err.duplicate_stakeholder": "'{actor}' staat al eerder bij de belanghebbenden van dit agendapunt",
    "err.choice_hint": "{value} is niet toegestaan — bedoel je '{hint}'? (verwacht {expected})",
    "help.connect": "Wie met wie: stel per agendapunt voor welke verbindingen er moeten komen (bereik, stem, brug, "
    "regie, ontschotten), elk met waarom en een verbinder uit de kopgroep; met --apply in een kopie van het model.",
    "help.connect_agenda": "Alleen dit agendapunt (id).",
    "help.connect_weave": "Ook buiten de agenda: afdelingen zonder verbinding en introducties tussen actoren die "
    "dezelfde mensen kennen (Adamic-Adar).",
    "help.connect_top": "Hoeveel introducties --weave voorstelt.",
    "help.connect_apply": "Schrijf de voorstellen in een kopie van het model (--output), met behoud van commentaar.",
    "connect.err.apply_output": "--apply heeft --output BESTAND nodig: het model met de voorstellen erin",
    "connect.err.top_without_weave": "--top hoort bij --weave",
    "connect.err.agenda": "--agenda: {problem}",
    "connect.title": "Wie met wie",
    "connect.none": "niets voor te stellen: elk agendapunt met belanghebbenden voldoet aan de vijf principes.",
    "connect.no_items": "Geen agendapunt noemt belanghebbenden (stakeholders:) of een eigenaar (owner:); "
    "voeg ze toe om voorstellen te krijgen.",
    "connect.proposals": {
        "one": "1 voorstel",
        "other": "{n} voorstellen",
    },
    "connect.split": "{new} nieuw, {extend} bestaande uitbreiden",
    "connect.unmet_count": {
        "one": "1 punt niet te halen",
        "other": "{n} punten niet te halen",
    },
    "connect.headline": "{title}: {proposals} ({split}).",
    "connect.headline_unmet": "{title}: {proposals} ({split}); {unmet}.",
    "connect.headline_only_unmet": "{title}: niets voor te stellen; {unmet}.",
    "connect.next": "Neem ze over in een kopie van het model: verbinder connect {model} --apply --output {output}",
    "connect.item": "{title} ({id}), eigenaar: {owner}",
    "connect.item_no_owner": "{title} ({id}), geen eigenaar",
    "connect.weave_head": "Buiten de agenda (weven)",
    "connect.unmet_head": "Niet te halen",
    "connect.action.new": "nieuw",
    "connect.action.extend": "uitbreiden: {link}",
    "connect.via": "via {name} (passend {fit}%)",
    "connect.via_unknown": "via {name} (nog niet beoordeeld)",
    "connect.no_via": "nog geen verbinder",
    "connect.col.n": "#",
    "connect.col.action": "actie",
    "connect.col.from": "van",
    "connect.col.to": "naar",
    "connect.col.via": "verbinder",
    "connect.col.principle": "principe",
    "connect.col.why": "waarom",
    "connect.col.agenda": "agendapunt",
    "connect.col.subject": "betreft",
    # principles
    "connect.principle.reach": "bereik",
    "connect.principle.voice": "stem",
    "connect.principle.bridge": "brug",
    "connect.principle.orchestrate": "regie",
    "connect.principle.de-silo": "ontschotten",
    "connect.principle.weave": "weven",
    # actors in a why
    "connect.actor": "{name} ({quadrant}: belang {interest}, invloed {influence}, {stance})",
    "connect.stance.supports": "steunt",
    "connect.stance.neutral": "neutraal",
    "connect.stance.opposes": "is tegen",
    "connect.stance.unknown": "houding onbekend",
    "connect.and": "{first} en {last}",
    "connect.more": "{names} en nog {n}",
    # why
    "connect.why.reach": {
        "one": "{who} is vanuit {owner} (eigenaar) niet binnen twee stappen bereikbaar via de verbindingen van "
        "{item}: {principle}.",
        "other": "{who} zijn vanuit {owner} (eigenaar) niet binnen twee stappen bereikbaar via de verbindingen van "
        "{item}: {principle}.",
    },
    "connect.why.voice": {
        "one": "{who} heeft geen eigen verbinding met de gemeente op {item}: {principle}.",
        "other": "{who} hebben geen eigen verbinding met de gemeente op {item}: {principle}.",
    },
    "connect.why.bridge": "Geen belanghebbende van het type {kind} heeft een verbinding met de gemeente op {item}: "
    "{principle}.",
    "connect.why.orchestrate": {
        "one": "{who} werkt op {item} nog niet rechtstreeks samen met {hub} ({kind}): {principle}.",
        "other": "{who} werken op {item} nog niet rechtstreeks samen met {hub} ({kind}): {principle}.",
    },
    "connect.why.de-silo": "De afdelingen {departments} zijn niet met elkaar verbonden via de verbindingen van "
    "{item}: {principle}.",
    "connect.why.silo": "Afdeling {department} heeft geen enkele verbinding met een andere afdeling: {principle}.",
    "connect.why.introduce": "{a} en {b} zijn niet verbonden maar kennen dezelfde mensen: {shared} "
    "(Adamic-Adar {score}): {principle}.",
    "connect.target.owner": "Verbind met {name}, eigenaar van {item}.",
    "connect.target.anchor": "Verbind met {name}: al verbonden met de eigenaar, met de meeste verbindingen op "
    "{item}; zo blijft het binnen twee stappen van de eigenaar.",
    "connect.target.existing": "Verbind met {name}: er is al een verbinding en {name} is verbonden met de eigenaar "
    "van {item}; die verbinding krijgt het agendapunt erbij.",
    "connect.target.hub": "Verbind met {name}, met het grootste belang van hen.",
    "connect.target.department": "Verbind met {name}, best verbonden in de al verbonden afdelingen.",
    "connect.target.silo": "Verbind met {name}, best verbonden in afdeling {department}.",
    "connect.extend": "Zij zijn al verbonden ({link}): voeg {item} toe aan die verbinding.",
    "connect.extend_proposed": "Die verbinding ({link}) staat hierboven al voorgesteld: voeg {item} eraan toe.",
    # unmet
    "connect.unmet.no_owner": "{item} heeft geen eigenaar: noem een eigenaar bij het agendapunt of zet een "
    "politieke actor bij de belanghebbenden.",
    "connect.unmet.voice_self": "geen andere gemeentelijke actor op {item} om mee te verbinden",
    "connect.unmet.no_members": "geen verbinder: het model heeft geen kopgroepleden",
    "connect.unmet.no_capacity": {
        "one": "geen verbinder: het enige kopgroeplid dat past, zit vol",
        "other": "geen verbinder: de {count} kopgroepleden die passen, zitten vol",
    },
    "connect.unmet.no_fit": "geen verbinder: niemand past voor minstens {min_fit}% (het best: {name}, {coverage}%)",
    "connect.msg.applied": "Geschreven naar {file}: {proposals} ({split}).",
    "connect.msg.backup": "Het origineel staat in {file}.",
}

EN: dict[str, Text] = {
    # --- model ---
    "connect.err.duplicate_stakeholder": "'{actor}' is already listed among this agenda item's stakeholders",
    "err.choice_hint": "{value} is not allowed — did you mean '{hint}'? (expected {expected})",
    "help.connect": "Who with whom: propose per agenda item the links to make (reach, voice, bridge, orchestrate, "
    "de-silo), each with why and a kopgroep connector; with --apply into a copy of the model.",
    "help.connect_agenda": "Only this agenda item (id).",
    "help.connect_weave": "Also beyond the agenda: departments no link connects, and introductions between actors "
    "who know the same people (Adamic-Adar).",
    "help.connect_top": "How many introductions --weave proposes.",
    "help.connect_apply": "Write the proposals into a copy of the model (--output), comments kept.",
    "connect.err.apply_output": "--apply needs --output FILE: the model with the proposals written in",
    "connect.err.top_without_weave": "--top belongs with --weave",
    "connect.err.agenda": "--agenda: {problem}",
    "connect.title": "Who with whom",
    "connect.none": "nothing to propose: every agenda item with stakeholders meets the five principles.",
    "connect.no_items": "No agenda item names stakeholders (stakeholders:) or an owner (owner:); add them to get "
    "proposals.",
    "connect.proposals": {
        "one": "1 proposal",
        "other": "{n} proposals",
    },
    "connect.split": "{new} new, {extend} extending a link",
    "connect.unmet_count": {
        "one": "1 thing cannot be met",
        "other": "{n} things cannot be met",
    },
    "connect.headline": "{title}: {proposals} ({split}).",
    "connect.headline_unmet": "{title}: {proposals} ({split}); {unmet}.",
    "connect.headline_only_unmet": "{title}: nothing to propose; {unmet}.",
    "connect.next": "Take them into a copy of the model: verbinder connect {model} --apply --output {output}",
    "connect.item": "{title} ({id}), owner: {owner}",
    "connect.item_no_owner": "{title} ({id}), no owner",
    "connect.weave_head": "Beyond the agenda (weave)",
    "connect.unmet_head": "Cannot be met",
    "connect.action.new": "new",
    "connect.action.extend": "extend: {link}",
    "connect.via": "via {name} (fit {fit}%)",
    "connect.via_unknown": "via {name} (not assessed yet)",
    "connect.no_via": "no connector yet",
    "connect.col.n": "#",
    "connect.col.action": "action",
    "connect.col.from": "from",
    "connect.col.to": "to",
    "connect.col.via": "connector",
    "connect.col.principle": "principle",
    "connect.col.why": "why",
    "connect.col.agenda": "agenda item",
    "connect.col.subject": "subject",
    # principles
    "connect.principle.reach": "reach",
    "connect.principle.voice": "voice",
    "connect.principle.bridge": "bridge",
    "connect.principle.orchestrate": "orchestrate",
    "connect.principle.de-silo": "de-silo",
    "connect.principle.weave": "weave",
    # actors in a why
    "connect.actor": "{name} ({quadrant}: interest {interest}, influence {influence}, {stance})",
    "connect.stance.supports": "supports",
    "connect.stance.neutral": "neutral",
    "connect.stance.opposes": "opposes",
    "connect.stance.unknown": "stance unknown",
    "connect.and": "{first} and {last}",
    "connect.more": "{names} and {n} more",
    # why
    "connect.why.reach": {
        "one": "{who} cannot be reached from {owner} (owner) within two steps through the links of {item}: "
        "{principle}.",
        "other": "{who} cannot be reached from {owner} (owner) within two steps through the links of {item}: "
        "{principle}.",
    },
    "connect.why.voice": {
        "one": "{who} has no link of its own to the municipality on {item}: {principle}.",
        "other": "{who} have no link of their own to the municipality on {item}: {principle}.",
    },
    "connect.why.bridge": "No stakeholder of kind {kind} has a link to the municipality on {item}: {principle}.",
    "connect.why.orchestrate": {
        "one": "{who} does not yet work directly with {hub} ({kind}) on {item}: {principle}.",
        "other": "{who} do not yet work directly with {hub} ({kind}) on {item}: {principle}.",
    },
    "connect.why.de-silo": "Departments {departments} are not connected to each other through the links of {item}: "
    "{principle}.",
    "connect.why.silo": "Department {department} has no link at all to another department: {principle}.",
    "connect.why.introduce": "{a} and {b} are not linked but know the same people: {shared} (Adamic-Adar {score}): "
    "{principle}.",
    "connect.target.owner": "Link to {name}, owner of {item}.",
    "connect.target.anchor": "Link to {name}: already linked to the owner, with the most links on {item}; so it "
    "stays within two steps of the owner.",
    "connect.target.existing": "Link to {name}: a link exists already and {name} is linked to the owner of {item}; "
    "that link gains the item.",
    "connect.target.hub": "Link to {name}, who has the highest interest among them.",
    "connect.target.department": "Link to {name}, the best connected in the departments already joined.",
    "connect.target.silo": "Link to {name}, the best connected in department {department}.",
    "connect.extend": "They are linked already ({link}): add {item} to that link.",
    "connect.extend_proposed": "That link ({link}) is proposed above already: add {item} to it.",
    # unmet
    "connect.unmet.no_owner": "{item} has no owner: name one on the agenda item or list a politics actor among "
    "the stakeholders.",
    "connect.unmet.voice_self": "no other municipal actor on {item} to link to",
    "connect.unmet.no_members": "no connector: the model has no kopgroep members",
    "connect.unmet.no_capacity": {
        "one": "no connector: the one kopgroep member who fits is fully booked",
        "other": "no connector: the {count} kopgroep members who fit are fully booked",
    },
    "connect.unmet.no_fit": "no connector: nobody fits at least {min_fit}% (the best: {name}, {coverage}%)",
    "connect.msg.applied": "Written to {file}: {proposals} ({split}).",
    "connect.msg.backup": "The original is kept in {file}.",
}
