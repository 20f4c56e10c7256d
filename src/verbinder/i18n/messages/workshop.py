"""Messages of ``verbinder workshop`` (the interactive session), Dutch and English side by side."""

NL: dict[str, str] = {
    "help.workshop": "Bouw en bewerk een model live met een groep: een interactieve sessie in de terminal die bij "
    "elke wijziging het type, de positie, de competenties en de waarschuwingen toont en meteen opslaat.",
    "workshop.err.changed_on_disk": "het bestand is buiten de workshop gewijzigd sinds het geopend werd; er is niets "
    "opgeslagen. Sluit de workshop (q) en start hem opnieuw om verder te gaan met de nieuwe versie",
}

EN: dict[str, str] = {
    "help.workshop": "Build and edit a model live with a group: an interactive terminal session that shows each "
    "link's type, position, competencies and warnings after every change, and saves at once.",
    "workshop.err.changed_on_disk": "the file was changed outside the workshop since it was opened; nothing was "
    "saved. Quit the workshop (q) and start it again to continue with the new version",
}
