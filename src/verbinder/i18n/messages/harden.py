"""Messages of the hardening work: impossible dates, failed writes, limits, unsafe templates and paths."""

NL: dict[str, str] = {
    "harden.memory": "er is niet genoeg geheugen voor deze invoer; maak het model kleiner of splits het",
    "harden.os_failed": "het besturingssysteem weigert: {reason}",
    "harden.stdout_failed": "kan niet naar de standaarduitvoer schrijven: {reason}",
    "harden.today_year": "{source}: '{value}': het jaar moet tussen 1000 en 9999 liggen",
    "harden.bad_date": "'{value}' is geen bestaande datum (controleer dag en maand)",
}

EN: dict[str, str] = {
    "harden.memory": "there is not enough memory for this input; make the model smaller or split it",
    "harden.os_failed": "the operating system refused: {reason}",
    "harden.stdout_failed": "cannot write to standard output: {reason}",
    "harden.today_year": "{source}: '{value}': the year must be between 1000 and 9999",
    "harden.bad_date": "'{value}' is not a real date (check the day and the month)",
}
