"""Messages of the HR features: focus points, the conversation document, imports, history, safe exports."""

NL: dict[str, str] = {
    "label.also_relevant": "Ook relevant (niet gevraagd, de zeven meest specifieke gaan voor): {names}",
    "help.profiles_raw": "CSV: schrijf cellen die met =, +, -, @, tab of CR beginnen zonder de beschermende ' "
    "ervoor (alleen voor een programma dat de bestanden inleest, nooit voor een spreadsheet).",
    "profiles.warn.no_salt": "Let op: pseudoniemen zonder geheime sleutel (--salt of VERBINDER_SALT) kan iedereen die "
    "een id raadt terugrekenen; gebruik een sleutel voor alles wat HR verlaat.",
    "profiles.col.focus": "focus",
    "profiles.col.employee_id": "personeelsnummer",
    "profiles.col.function": "functie",
    "profiles.col.scale": "schaal",
    "profiles.col.manager": "leidinggevende",
    "profiles.col.department": "afdeling",
    "profiles.col.exported": "geëxporteerd op",
    "profiles.col.last_assessment": "laatste beoordeling",
    "profiles.not_assessed_yet": "nog niet vastgelegd",
    "what.column": "kolom",
    "what.rater": "beoordelaar (self, manager of peer)",
    "hr.err.encoding": "het bestand is geen UTF-8: sla het op als 'CSV UTF-8'",
    "hr.err.no_header": "de eerste regel moet de kolomnamen geven: member of employee_id, competency, level, "
    "en eventueel assessed_on en rater",
    "hr.err.no_key": "een kolom member of employee_id is nodig om de persoon te vinden",
    "hr.err.missing_column": "de kolom {column} ontbreekt",
    "hr.err.employee": "geen kopgroeplid met personeelsnummer (employee_id) '{value}'",
    "hr.err.empty": "{column} is leeg",
    "hr.err.date": "'{value}' is geen datum: gebruik JJJJ-MM-DD",
    "hr.err.member_or_import": "geef een kopgroeplid (MEMBER) of --import BESTAND",
    "hr.msg.imported": "{n:# niveau|# niveaus} van {members:# kopgroeplid|# kopgroepleden} ingelezen uit {file} "
    "en opgeslagen in {model}.",
    "help.assess_import": "Lees niveaus van veel kopgroepleden tegelijk uit een CSV (kolommen member of employee_id, "
    "competency, level, assessed_on, rater; ';' of ','); niets wordt geschreven tenzij elke regel klopt.",
    "profiles.head.differences": "Gesprekspunten: zelfbeeld en oordeel van anderen liggen 2 of meer niveaus uiteen",
    "profiles.difference_line": "{name}: zelf {own}, anderen {others}",
    "profiles.last_assessed": "Laatste beoordeling: {date}",
    "profiles.head.focus": "Focuspunten (eerst ontwikkelen)",
    "profiles.head.also_asked": "Verder gevraagd",
    "profiles.focus_line": "{name}: van {current} naar {required} (tekort {gap}, gewicht {weight})",
}

EN: dict[str, str] = {
    "label.also_relevant": "Also relevant (not asked; the seven most specific come first): {names}",
    "help.profiles_raw": "CSV: write cells starting with =, +, -, @, tab or CR without the protective ' in front "
    "(only for a program that imports the file, never for a spreadsheet).",
    "profiles.warn.no_salt": "Warning: pseudonyms without a secret salt (--salt or VERBINDER_SALT) can be recomputed "
    "by anyone who guesses an id; use a salt for anything that leaves HR.",
    "profiles.col.focus": "focus",
    "profiles.col.employee_id": "personnel number",
    "profiles.col.function": "function",
    "profiles.col.scale": "scale",
    "profiles.col.manager": "manager",
    "profiles.col.department": "department",
    "profiles.col.exported": "exported on",
    "profiles.col.last_assessment": "last assessment",
    "profiles.not_assessed_yet": "not recorded yet",
    "what.column": "column",
    "what.rater": "rater (self, manager or peer)",
    "hr.err.encoding": "the file is not UTF-8: save it as 'CSV UTF-8'",
    "hr.err.no_header": "the first line must name the columns: member or employee_id, competency, level, "
    "and optionally assessed_on and rater",
    "hr.err.no_key": "a column member or employee_id is needed to find the person",
    "hr.err.missing_column": "the column {column} is missing",
    "hr.err.employee": "no kopgroep member has personnel number (employee_id) '{value}'",
    "hr.err.empty": "{column} is empty",
    "hr.err.date": "'{value}' is not a date: use YYYY-MM-DD",
    "hr.err.member_or_import": "give a kopgroep member (MEMBER) or --import FILE",
    "hr.msg.imported": "Read {n:# level|# levels} of {members:# kopgroep member|# kopgroep members} from {file} "
    "and saved them in {model}.",
    "help.assess_import": "Read levels of many kopgroep members at once from a CSV (columns member or employee_id, "
    "competency, level, assessed_on, rater; ';' or ','); nothing is written unless every row is valid.",
    "profiles.head.differences": "Conversation points: self-rating and others' rating 2 or more levels apart",
    "profiles.difference_line": "{name}: self {own}, others {others}",
    "profiles.last_assessed": "Last assessment: {date}",
    "profiles.head.focus": "Focus points (develop these first)",
    "profiles.head.also_asked": "Also asked",
    "profiles.focus_line": "{name}: from {current} to {required} (gap {gap}, weight {weight})",
}
