"""Messages of the plan (``verbinder plan``, and the plan's items that ``staff`` and ``connect`` show)."""

from verbinder.i18n import Text

NL: dict[str, Text] = {
    "err.team_without_via": "een team noemt ook de verbinder (via) als een van zijn leden; voeg via: toe met een "
    "van de teamleden",
    "err.team_too_small": "een team heeft minstens twee verschillende kopgroepleden",
    "err.team_twice": "'{actor}' staat al eerder in dit team",
    "err.team_is_end": "'{actor}' is zelf een uiteinde van de verbinding en kan niet in het team",
    "err.team_not_kopgroep": "'{actor}' is geen kopgroeplid (kopgroep: true); alleen kopgroepleden vormen een team",
    "plan.why.assigned": "{name} past het best (passend {fit}%)",
    "plan.why.open": "geen kopgroeplid kan deze verbinding nu leggen",
}

EN: dict[str, Text] = {
    "err.team_without_via": "a team names its connector (via) among its members; add via: with one of the team",
    "err.team_too_small": "a team has at least two different kopgroep members",
    "err.team_twice": "'{actor}' is already in this team",
    "err.team_is_end": "'{actor}' is one of the link's own ends and cannot be in its team",
    "err.team_not_kopgroep": "'{actor}' is not a kopgroep member (kopgroep: true); only kopgroep members form a team",
    "plan.why.assigned": "{name} fits best (fit {fit}%)",
    "plan.why.open": "no kopgroep member can make this link now",
}
