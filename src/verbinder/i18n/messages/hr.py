"""Messages of the HR features: focus points, the conversation document, imports, history, safe exports."""

NL: dict[str, str] = {
    "label.also_relevant": "Ook relevant (niet gevraagd, de zeven meest specifieke gaan voor): {names}",
    "profiles.head.focus": "Focuspunten (eerst ontwikkelen)",
    "profiles.head.also_asked": "Verder gevraagd",
    "profiles.focus_line": "{name}: van {current} naar {required} (tekort {gap}, gewicht {weight})",
}

EN: dict[str, str] = {
    "label.also_relevant": "Also relevant (not asked; the seven most specific come first): {names}",
    "profiles.head.focus": "Focus points (develop these first)",
    "profiles.head.also_asked": "Also asked",
    "profiles.focus_line": "{name}: from {current} to {required} (gap {gap}, weight {weight})",
}
