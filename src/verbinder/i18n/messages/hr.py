"""Messages of the HR features: focus points, the conversation document, imports, history, safe exports."""

NL: dict[str, str] = {
    "label.also_relevant": "Ook relevant (niet gevraagd, de zeven meest specifieke gaan voor): {names}",
}

EN: dict[str, str] = {
    "label.also_relevant": "Also relevant (not asked; the seven most specific come first): {names}",
}
