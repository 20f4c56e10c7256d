"""Messages of the plan (``verbinder plan``, and the plan's items that ``staff`` and ``connect`` show)."""

from verbinder.i18n import Text

NL: dict[str, Text] = {
    "err.team_without_via": "een team noemt ook de verbinder (via) als een van zijn leden; voeg via: toe met een "
    "van de teamleden",
    "err.team_too_small": "een team heeft minstens twee verschillende kopgroepleden",
    "err.team_twice": "'{actor}' staat al eerder in dit team",
    "err.team_is_end": "'{actor}' is zelf een uiteinde van de verbinding en kan niet in het team",
    "err.team_not_kopgroep": "'{actor}' is geen kopgroeplid (kopgroep: true); alleen kopgroepleden vormen een team",
    # why, per item of the plan
    "plan.why.assign": "{name} past het best: passend {fit}% van de beoordeelde niveaus ({known} van "
    "{n:# gevraagde competentie|# gevraagde competenties} beoordeeld), {gaps:# tekortniveau|# tekortniveaus}.",
    "plan.why.assign_partly": "{name} past op wat beoordeeld is (passend {fit}%, "
    "{gaps:# tekortniveau|# tekortniveaus}), maar pas {known} van "
    "{n:# gevraagde competentie|# gevraagde competenties} is beoordeeld: eerst beoordelen.",
    "plan.why.assign_unknown": "Wie beoordeeld is en past, heeft geen ruimte; {name} wel, maar "
    "{n:de gevraagde competentie is niet|geen van de # gevraagde competenties is} beoordeeld: eerst beoordelen.",
    "plan.why.team": "Alleen past niemand; {lead} en {partner} samen wel (per competentie het hoogste niveau van "
    "de twee: passend {fit}%).",
    "plan.why.move_gaps": "{to} heeft meer van wat deze verbinding vraagt: "
    "{before:# tekortniveau|# tekortniveaus} wordt {after}.",
    "plan.why.move_chain": "Naar {to}, om ruimte te maken voor een verschuiving die elders meer tekortniveaus "
    "wegneemt dan hier bijkomen.",
    "plan.why.move_capacity": "{name} draagt {load} verbindingen bij een capaciteit van {capacity}; {to} heeft ruimte.",
    "plan.why.over_capacity": "{name} draagt {load} verbindingen bij een capaciteit van {capacity} en niemand met "
    "ruimte past: boven de capaciteit.",
    "plan.why.no_members": "Geen kopgroeplid kan deze verbinding leggen (geen leden, of alleen de uiteinden zelf).",
    "plan.why.no_capacity": "{n:# kopgroeplid past, maar zit|# kopgroepleden passen, maar zitten} vol (het best: "
    "{name}, {load} van {capacity}).",
    "plan.why.no_fit": "Niemand past voor {min_fit}% van de beoordeelde niveaus, ook niet met z'n tweeën (het best: "
    "{name}, {fit}%).",
    "plan.why.no_fit_unknown": "Niemand past voor {min_fit}%: van niemand zijn de gevraagde competenties beoordeeld.",
    "plan.why.escalate": "{a} en {b} zijn allebei politiek: ambtelijke neutraliteit. Een kopgroeplid mag dit "
    "voorbereiden, niet ertussen staan.",
    "plan.why.escalate_held": "{a} en {b} zijn allebei politiek en {via} (kopgroep) staat ertussen: ambtelijke "
    "neutraliteit. Beslis of {via} blijft.",
    "plan.why.assess_own": "{name} is niet beoordeeld in {n:# competentie|# competenties} die de eigen "
    "verbindingen vragen.",
    "plan.why.assess_both": "{name} is niet beoordeeld in {own:# competentie|# competenties} die de eigen "
    "verbindingen vragen en {choice} waar de keuze voor {n:# verbinding|# verbindingen} van afhangt.",
    "plan.why.assess": "De keuze voor {n:# verbinding|# verbindingen} hangt af van niveaus van {name} die nog niet "
    "beoordeeld zijn.",
    "plan.why.develop": "{n:# verbinding vraagt|# verbindingen vragen} niveau {required}; {name} heeft {current}.",
    "plan.griffie": "de griffie",
    "help.plan": "Wat te doen, in één plan: wie welke open en nieuwe verbinding legt (met één capaciteit per lid), "
    "welke verbindingen verschuiven, wat naar de politiek of griffie gaat, wie eerst beoordeeld moet worden en wat "
    "te ontwikkelen; --apply schrijft het in een kopie van het model.",
    "help.plan_apply": "Schrijf elke toewijzing, verschuiving en elk voorstel in een kopie van het model "
    "(--output), met behoud van commentaar.",
    "plan.err.apply_output": "--apply heeft --output BESTAND nodig: het model met het plan erin",
    "plan.title": "Plan",
    "plan.headline": "Plan: {parts}.",
    "plan.more": "… en nog {n} (--format markdown toont alles)",
    "plan.nothing": "Plan: niets meer toe te wijzen, te verschuiven of voor te stellen.",
    "plan.do.assign": "{n:# verbinding|# verbindingen} toewijzen",
    "plan.do.move": "{n:# verbinding|# verbindingen} verschuiven",
    "plan.do.propose": "{n:# voorstel|# voorstellen} overnemen",
    "plan.do.escalate": "{n:# verbinding|# verbindingen} bij de politiek of griffie beleggen",
    "plan.do.assess": "{n:# kopgroeplid|# kopgroepleden} eerst beoordelen",
    "plan.next": "Neem het over in een kopie van het model: verbinder plan {model} --apply --output {output}",
    "plan.totals": "Tekortniveaus {gaps_before} → {gaps_after}; niet te halen {unmet_before} → {unmet_after}.",
    "plan.head.assign": "Toewijzen",
    "plan.head.move": "Verschuiven",
    "plan.head.propose": "Voorstellen (wie met wie)",
    "plan.head.escalate": "Bij de politiek of griffie beleggen",
    "plan.head.assess": "Eerst beoordelen",
    "plan.head.develop": "Ontwikkelen (tekorten die blijven)",
    "plan.head.unmet": "Niet te doen",
    "plan.fit": "passend {fit}%",
    "plan.fit_partly": "passend {fit}% op {known} van {n} beoordeeld",
    "plan.fit_unknown": "passend: nog niet beoordeeld",
    "plan.move": "{before} → {after} · {gaps_before:# tekortniveau|# tekortniveaus} → {gaps_after}",
    "plan.escalate_to": "hoort bij {to}",
    "plan.col.what": "wat",
    "plan.col.detail": "hoe",
    "plan.col.why": "waarom",
    "plan.unmet.no_members": "geen kopgroeplid mogelijk",
    "plan.unmet.no_fit": "niemand past",
    "plan.unmet.no_capacity": "geen capaciteit",
    "plan.unmet.over_capacity": "boven de capaciteit",
    "plan.unmet.principle": "principe niet te halen",
    "plan.msg.applied": "Plan geschreven naar {file}: {n:# wijziging|# wijzigingen}.",
}

EN: dict[str, Text] = {
    "err.team_without_via": "a team names its connector (via) among its members; add via: with one of the team",
    "err.team_too_small": "a team has at least two different kopgroep members",
    "err.team_twice": "'{actor}' is already in this team",
    "err.team_is_end": "'{actor}' is one of the link's own ends and cannot be in its team",
    "err.team_not_kopgroep": "'{actor}' is not a kopgroep member (kopgroep: true); only kopgroep members form a team",
    "plan.why.assign": "{name} fits best: fit {fit}% of the assessed levels ({known} of "
    "{n:# asked competency|# asked competencies} assessed), {gaps:# gap level|# gap levels}.",
    "plan.why.assign_partly": "{name} fits on what was assessed (fit {fit}%, {gaps:# gap level|# gap levels}), "
    "but only {known} of {n:# asked competency|# asked competencies} was assessed: assess first.",
    "plan.why.assign_unknown": "Nobody assessed who fits has room; {name} has, but "
    "{n:the asked competency is not|none of the # asked competencies is} assessed: assess first.",
    "plan.why.team": "Nobody fits alone; {lead} and {partner} together do (per competency the higher level of the "
    "two: fit {fit}%).",
    "plan.why.move_gaps": "{to} has more of what this link asks: {before:# gap level|# gap levels} become {after}.",
    "plan.why.move_chain": "To {to}, to make room for a move that removes more gap levels elsewhere than it adds here.",
    "plan.why.move_capacity": "{name} carries {load} links with a capacity of {capacity}; {to} has room.",
    "plan.why.over_capacity": "{name} carries {load} links with a capacity of {capacity} and nobody with room fits: "
    "over capacity.",
    "plan.why.no_members": "No kopgroep member can make this link (no members, or only its own ends).",
    "plan.why.no_capacity": "{n:# kopgroep member fits, but is|# kopgroep members fit, but are} full (the best: "
    "{name}, {load} of {capacity}).",
    "plan.why.no_fit": "Nobody fits {min_fit}% of the assessed levels, not even as a duo (the best: {name}, {fit}%).",
    "plan.why.no_fit_unknown": "Nobody fits {min_fit}%: nobody was assessed in the asked competencies.",
    "plan.why.escalate": "{a} and {b} are both political: civil-service neutrality. A kopgroep member may prepare "
    "this, not stand in it.",
    "plan.why.escalate_held": "{a} and {b} are both political and {via} (kopgroep) stands between them: civil-service "
    "neutrality. Decide whether {via} stays.",
    "plan.why.assess_own": "{name} was never assessed in {n:# competency|# competencies} their own links ask.",
    "plan.why.assess_both": "{name} was never assessed in {own:# competency|# competencies} their own links ask "
    "and {choice} the choice on {n:# link|# links} depends on.",
    "plan.why.assess": "The choice on {n:# link|# links} depends on levels of {name} that were never assessed.",
    "plan.why.develop": "{n:# link asks|# links ask} level {required}; {name} has {current}.",
    "plan.griffie": "the griffie (council clerk's office)",
    "help.plan": "What to do, in one plan: who makes which open and new link (with one capacity per member), which "
    "links move, what goes to politics or the griffie, who is to be assessed first and what to develop; --apply "
    "writes it into a copy of the model.",
    "help.plan_apply": "Write every assignment, move and proposal into a copy of the model (--output), comments kept.",
    "plan.err.apply_output": "--apply needs --output FILE: the model with the plan in it",
    "plan.title": "Plan",
    "plan.headline": "Plan: {parts}.",
    "plan.more": "… and {n} more (--format markdown shows all)",
    "plan.nothing": "Plan: nothing left to assign, move or propose.",
    "plan.do.assign": "assign {n:# link|# links}",
    "plan.do.move": "move {n:# link|# links}",
    "plan.do.propose": "take over {n:# proposal|# proposals}",
    "plan.do.escalate": "leave {n:# link|# links} to politics or the griffie",
    "plan.do.assess": "assess {n:# kopgroep member|# kopgroep members} first",
    "plan.next": "Take it over into a copy of the model: verbinder plan {model} --apply --output {output}",
    "plan.totals": "Gap levels {gaps_before} → {gaps_after}; cannot be done {unmet_before} → {unmet_after}.",
    "plan.head.assign": "Assign",
    "plan.head.move": "Move",
    "plan.head.propose": "Proposals (who with whom)",
    "plan.head.escalate": "Leave to politics or the griffie",
    "plan.head.assess": "Assess first",
    "plan.head.develop": "Develop (gaps that remain)",
    "plan.head.unmet": "Cannot be done",
    "plan.fit": "fit {fit}%",
    "plan.fit_partly": "fit {fit}% on {known} of {n} assessed",
    "plan.fit_unknown": "fit: not assessed yet",
    "plan.move": "{before} → {after} · {gaps_before:# gap level|# gap levels} → {gaps_after}",
    "plan.escalate_to": "belongs with {to}",
    "plan.col.what": "what",
    "plan.col.detail": "how",
    "plan.col.why": "why",
    "plan.unmet.no_members": "no kopgroep member possible",
    "plan.unmet.no_fit": "nobody fits",
    "plan.unmet.no_capacity": "no capacity",
    "plan.unmet.over_capacity": "over capacity",
    "plan.unmet.principle": "principle cannot be met",
    "plan.msg.applied": "Plan written to {file}: {n:# change|# changes}.",
}
