"""Messages of fair HR documents (issue 22): not assessed said everywhere, reflection themes, workload."""

NL: dict[str, str] = {
    "fair.not_assessed": "Niet beoordeeld: {n} van de {asked} gevraagde competenties. Beoordeel die eerst "
    "({command}); pas daarna is te zeggen of er tekorten zijn.",
    "fair.gaps_and_not_assessed": "Niet beoordeeld: {n} van de {asked} gevraagde competenties. Beoordeel die eerst "
    "({command}); het plan hieronder gaat alleen over wat beoordeeld is.",
    "fair.no_gaps": "Geen tekorten: alle {asked} gevraagde competenties zijn beoordeeld en op het gevraagde niveau.",
    "fair.nothing_asked": "Geen gevraagde competenties: dit lid heeft geen verbindingen en geen rol met een "
    "basisniveau.",
    "fair.col.not_assessed": "niet beoordeeld",
    "fair.not_assessed_names": "Nog te beoordelen: {competencies}",
    "fair.behaviour_unknown": "niet beoordeeld: bespreek en beoordeel eerst",
}

EN: dict[str, str] = {
    "fair.not_assessed": "Not assessed: {n} of the {asked} competencies asked. Assess them first ({command}); "
    "only then can anyone say whether there are gaps.",
    "fair.gaps_and_not_assessed": "Not assessed: {n} of the {asked} competencies asked. Assess them first "
    "({command}); the plan below covers only what was assessed.",
    "fair.no_gaps": "No gaps: all {asked} competencies asked are assessed and at the level asked.",
    "fair.nothing_asked": "No competencies asked: this member has no links and no role with a baseline.",
    "fair.col.not_assessed": "not assessed",
    "fair.not_assessed_names": "Still to assess: {competencies}",
    "fair.behaviour_unknown": "not assessed: discuss and assess first",
}
