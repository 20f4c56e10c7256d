"""Messages of ``verbinder connect``: stakeholders, owners, stances and the proposals for who meets whom."""

NL: dict[str, str] = {
    # --- model ---
    "connect.err.duplicate_stakeholder": "'{actor}' staat al eerder bij de belanghebbenden van dit agendapunt",
    "err.choice_hint": "{value} is niet toegestaan — bedoel je '{hint}'? (verwacht {expected})",
    # --- rule vocabulary ---
    "vocab.from_stance": "de houding van het from-uiteinde: supports | neutral | opposes | unknown",
    "vocab.to_stance": "de houding van het to-uiteinde: supports | neutral | opposes | unknown",
    "vocab.via_stance": "de houding van de verbinder (none zonder verbinder)",
    "vocab.ends_stance": "de houdingen van beide uiteinden: 'opposes' betekent dat één uiteinde tegen is",
}

EN: dict[str, str] = {
    # --- model ---
    "connect.err.duplicate_stakeholder": "'{actor}' is already listed among this agenda item's stakeholders",
    "err.choice_hint": "{value} is not allowed — did you mean '{hint}'? (expected {expected})",
    # --- rule vocabulary ---
    "vocab.from_stance": "the stance of the link's from-actor: supports | neutral | opposes | unknown",
    "vocab.to_stance": "the stance of the link's to-actor: supports | neutral | opposes | unknown",
    "vocab.via_stance": "the connector's stance (none without a connector)",
    "vocab.ends_stance": "the stances of both ends: 'opposes' means one end opposes",
}
