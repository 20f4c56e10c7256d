"""Messages of the plan (``verbinder plan``, and the plan's items that ``staff`` and ``connect`` show)."""

from verbinder.i18n import Text

NL: dict[str, Text] = {
    "plan.why.assigned": "{name} past het best (passend {fit}%)",
    "plan.why.open": "geen kopgroeplid kan deze verbinding nu leggen",
}

EN: dict[str, Text] = {
    "plan.why.assigned": "{name} fits best (fit {fit}%)",
    "plan.why.open": "no kopgroep member can make this link now",
}
