"""Messages of fair HR documents (issue 22): not assessed said everywhere, reflection themes, workload."""

NL: dict[str, str] = {
    "fair.not_assessed": "Niet beoordeeld: {n} van de {asked} gevraagde competenties. Beoordeel die eerst "
    "({command}); pas daarna is te zeggen of er tekorten zijn.",
    "fair.gaps_and_not_assessed": "Niet beoordeeld: {n} van de {asked} gevraagde competenties. Beoordeel die eerst "
    "({command}); het plan hieronder gaat alleen over wat beoordeeld is.",
    "fair.no_gaps": "Geen tekorten: alle {asked} gevraagde competenties zijn beoordeeld en op het gevraagde niveau.",
    "fair.nothing_asked": "Geen gevraagde competenties: dit lid heeft geen verbindingen en geen rol met een "
    "basisniveau.",
    "fair.themes": "Reflectiethema's (dienend leiderschap; geen tekort en geen score: bespreek ze in het gesprek en "
    "met een coach): {names}",
    "fair.col.not_assessed": "niet beoordeeld",
    "fair.workload": "werklast",
    "fair.source.also_relevant": "ook relevant (buiten het profiel)",
    "fair.not_assessed_names": "Nog te beoordelen: {competencies}",
    "fair.behaviour_unknown": "niet beoordeeld: bespreek en beoordeel eerst",
    "fair.err.duplicate_employee_id": "personeelsnummer '{value}' staat ook bij {others}: een personeelsnummer hoort "
    "bij één persoon",
    "fair.err.employee_ambiguous": "personeelsnummer '{value}' past bij meer kopgroepleden zodra voorloopnullen "
    "wegvallen ({numbers}); schrijf het nummer voluit, als tekst",
    "fair.note.leading_zeros": "personeelsnummer '{value}' gelezen als '{number}' (de spreadsheet liet de "
    "voorloopnullen vallen; alleen dit kopgroeplid past)",
    "fair.err.html_pseudonymise": "een gespreksdocument gaat over één persoon bij naam en kan niet gepseudonimiseerd "
    "worden; laat --pseudonymise weg of kies -f csv, json, xlsx, markdown of table",
    "fair.err.csv_cell_too_long": "een cel in deze regel is langer dan 131.072 tekens, meer dan CSV toelaat; "
    "kort de cel in",
    "fair.err.future_date": "'{value}' ligt in de toekomst: een beoordeling heeft een datum van vandaag of eerder",
    "fair.err.conflicting_row": "dezelfde persoon, competentie, datum en beoordelaar als regel {row}, maar niveau "
    "{new} in plaats van {level}; houd één van beide",
}

EN: dict[str, str] = {
    "fair.not_assessed": "Not assessed: {n} of the {asked} competencies asked. Assess them first ({command}); "
    "only then can anyone say whether there are gaps.",
    "fair.gaps_and_not_assessed": "Not assessed: {n} of the {asked} competencies asked. Assess them first "
    "({command}); the plan below covers only what was assessed.",
    "fair.no_gaps": "No gaps: all {asked} competencies asked are assessed and at the level asked.",
    "fair.nothing_asked": "No competencies asked: this member has no links and no role with a baseline.",
    "fair.themes": "Themes for reflection (servant leadership; not a gap and not a score: talk them through in the "
    "conversation and with a coach): {names}",
    "fair.col.not_assessed": "not assessed",
    "fair.workload": "workload",
    "fair.source.also_relevant": "also relevant (beyond the profile)",
    "fair.not_assessed_names": "Still to assess: {competencies}",
    "fair.behaviour_unknown": "not assessed: discuss and assess first",
    "fair.err.duplicate_employee_id": "personnel number '{value}' is also at {others}: a personnel number belongs "
    "to one person",
    "fair.err.employee_ambiguous": "personnel number '{value}' fits more kopgroep members once leading zeros are "
    "dropped ({numbers}); write the number in full, as text",
    "fair.note.leading_zeros": "personnel number '{value}' read as '{number}' (the spreadsheet dropped the leading "
    "zeros; only this kopgroep member fits)",
    "fair.err.html_pseudonymise": "a conversation document is about one person by name and cannot be "
    "pseudonymised; leave out --pseudonymise or choose -f csv, json, xlsx, markdown or table",
    "fair.err.csv_cell_too_long": "a cell in this row is longer than 131,072 characters, more than CSV allows; "
    "shorten it",
    "fair.err.future_date": "'{value}' lies in the future: an assessment is dated today or earlier",
    "fair.err.conflicting_row": "the same person, competency, date and rater as row {row}, but level {new} instead "
    "of {level}; keep one of them",
}
