"""Messages of the calibrated profile: the competencies beyond a member's twelve ("also relevant")."""

NL: dict[str, str] = {
    "help.profiles_explain": "Toon per kopgroeplid ook wat de verbindingen vragen buiten de (ten hoogste 12) "
    "competenties van het profiel (ook relevant), met niveau en verbindingen.",
    "profiles.head.also_relevant": "Ook relevant voor de verbindingen (buiten de {max} van het profiel; geen tekort)",
    "profiles.also_relevant_item": "{name}: niveau {level}, gevraagd door {links}; nu {current}, tekort {gap}",
    "profiles.also_relevant_hint": "{n:# competentie|# competenties} ook relevant voor de verbindingen, buiten de "
    "{max} van het profiel (--explain toont ze).",
    "conversation.also_relevant": "Ook relevant voor de verbindingen, buiten de {max} van dit profiel (geen open "
    "tekort; gevraagd/nu/tekort): {names}.",
}

EN: dict[str, str] = {
    "help.profiles_explain": "Also show, per kopgroep member, what their links ask beyond the profile's (at most 12) "
    "competencies (also relevant), with level and links.",
    "profiles.head.also_relevant": "Also relevant to the links (beyond the profile's {max}; not a gap)",
    "profiles.also_relevant_item": "{name}: level {level}, asked by {links}; now {current}, gap {gap}",
    "profiles.also_relevant_hint": "{n:# more competency|# more competencies} also relevant to the links, beyond "
    "the profile's {max} (--explain shows them).",
    "conversation.also_relevant": "Also relevant to the links, beyond this profile's {max} (no open gap; "
    "required/now/gap): {names}.",
}
