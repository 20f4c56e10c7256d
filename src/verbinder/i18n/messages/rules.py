"""Messages of the rule vocabulary and the catalogue's development approaches (issue 11)."""

NL: dict[str, str] = {
    "what.approach": "ontwikkelaanpak",
}

EN: dict[str, str] = {
    "what.approach": "development approach",
}
