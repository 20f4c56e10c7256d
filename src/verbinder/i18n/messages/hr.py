"""Messages of the HR features: focus points, the conversation document, imports, history, safe exports."""

NL: dict[str, str] = {
    "label.also_relevant": "Ook relevant (niet gevraagd, de zeven meest specifieke gaan voor): {names}",
    "help.profiles_raw": "CSV: schrijf cellen die met =, +, -, @, tab of CR beginnen zonder de beschermende ' "
    "ervoor (alleen voor een programma dat de bestanden inleest, nooit voor een spreadsheet).",
    "profiles.warn.no_salt": "Let op: pseudoniemen zonder geheime sleutel (--salt of VERBINDER_SALT) kan iedereen die "
    "een id raadt terugrekenen; gebruik een sleutel voor alles wat HR verlaat.",
    "profiles.col.focus": "focus",
    "profiles.col.department": "afdeling",
    "profiles.col.exported": "geëxporteerd op",
    "profiles.col.last_assessment": "laatste beoordeling",
    "profiles.not_assessed_yet": "nog niet vastgelegd",
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
    "profiles.col.department": "department",
    "profiles.col.exported": "exported on",
    "profiles.col.last_assessment": "last assessment",
    "profiles.not_assessed_yet": "not recorded yet",
    "profiles.head.focus": "Focus points (develop these first)",
    "profiles.head.also_asked": "Also asked",
    "profiles.focus_line": "{name}: from {current} to {required} (gap {gap}, weight {weight})",
}
