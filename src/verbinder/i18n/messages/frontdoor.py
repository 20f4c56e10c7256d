"""Messages of the command line's frame: --version and typer/click's own help texts, Dutch and English."""

NL: dict[str, str] = {
    "help.version": "Toon de versie van verbinder en stop.",
    "msg.version": "verbinder {version}",
    "click.usage": "Gebruik: ",
    "click.arguments": "Argumenten",
    "click.options": "Opties",
    "click.commands": "Opdrachten",
    "click.default": "standaard: {{default}}",
    "click.required": "verplicht",
    "click.env_var": "omgevingsvariabele: {{var}}",
    "click.dynamic": "(dynamisch)",
    "click.help": "Toon deze hulp en stop.",
    "click.aborted": "Afgebroken.",
    "click.missing_command": "Geef een opdracht.",
    "click.no_such_command": "Onbekende opdracht {{name!r}}.",
}

EN: dict[str, str] = {
    "help.version": "Show verbinder's version and exit.",
    "msg.version": "verbinder {version}",
    "click.usage": "Usage: ",
    "click.arguments": "Arguments",
    "click.options": "Options",
    "click.commands": "Commands",
    "click.default": "default: {{default}}",
    "click.required": "required",
    "click.env_var": "env var: {{var}}",
    "click.dynamic": "(dynamic)",
    "click.help": "Show this message and exit.",
    "click.aborted": "Aborted!",
    "click.missing_command": "Missing command.",
    "click.no_such_command": "No such command {{name!r}}.",
}
