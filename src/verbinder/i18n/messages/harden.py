"""Messages of the hardening work: impossible dates, failed writes, limits, unsafe templates and paths."""

NL: dict[str, str] = {
    "harden.template_brace": "een accolade zonder partner; gebruik {fields} en schrijf een losse accolade dubbel "
    "({{{{ of }}}})",
    "harden.template_field": "'{shown}' is geen plaatshouder van een waarschuwing; gebruik {fields}",
    "harden.template_format": "'{shown}': een plaatshouder krijgt geen opmaak of conversie; schrijf alleen {fields}",
    "harden.no_new_files": "het systeem staat daar geen nieuwe bestanden of mappen toe",
    "harden.cannot_make_folder": "kan de map {path} niet maken: {reason}",
    "harden.dangling_link": "{path} is een koppeling naar {target}, dat niet bestaat",
    "harden.too_many_values": "het bestand kan tot {count} waarden bevatten, meer dan de grens van {limit} "
    "(een model heeft hoogstens 50.000 actoren en 200.000 verbindingen)",
    "harden.top_mapping_keys": "bovenaan verwacht: sleutels ({keys} ...)",
    "harden.named_by": "{problem} (het model noemt dit bestand met '{key}:' in {where})",
    "harden.not_a_roles_dir": "is geen map; de regels van de rollen zijn een map met rolbestanden",
    "harden.too_large_stream": "de invoer heeft meer bytes dan de grens van {limit}",
    "harden.utf32": "het bestand is UTF-32-gecodeerd; sla het op als UTF-8",
    "harden.memory": "er is niet genoeg geheugen voor deze invoer; maak het model kleiner of splits het",
    "harden.os_failed": "het besturingssysteem weigert: {reason}",
    "harden.stdout_failed": "kan niet naar de standaarduitvoer schrijven: {reason}",
    "harden.today_year": "{source}: '{value}': het jaar moet tussen 1000 en 9999 liggen",
    "harden.bad_date": "'{value}' is geen bestaande datum (controleer dag en maand)",
    "harden.not_a_file": "{path} is geen gewoon bestand maar {kind}; gebruik --force om er toch in te schrijven",
    "harden.kind_fifo": "een named pipe (FIFO)",
    "harden.kind_socket": "een socket",
    "harden.kind_device": "een apparaat (zoals /dev/null)",
    "harden.no_reader": "niemand leest uit deze named pipe",
}

EN: dict[str, str] = {
    "harden.template_brace": "a brace without its partner; use {fields} and write a literal brace twice ({{{{ or }}}})",
    "harden.template_field": "'{shown}' is not a placeholder of a warning; use {fields}",
    "harden.template_format": "'{shown}': a placeholder takes no format or conversion; write only {fields}",
    "harden.no_new_files": "the system allows no new files or folders there",
    "harden.cannot_make_folder": "cannot make the folder {path}: {reason}",
    "harden.dangling_link": "{path} is a link to {target}, which does not exist",
    "harden.too_many_values": "the file may hold up to {count} values, more than the limit of {limit} "
    "(a model holds at most 50,000 actors and 200,000 links)",
    "harden.top_mapping_keys": "expected a mapping of keys ({keys} ...) at the top",
    "harden.named_by": "{problem} (this file is named by the model's '{key}:' at {where})",
    "harden.not_a_roles_dir": "is not a folder; the role rules are a folder of role files",
    "harden.too_large_stream": "the input has more than the limit of {limit} bytes",
    "harden.utf32": "the file is UTF-32 encoded; save it as UTF-8",
    "harden.memory": "there is not enough memory for this input; make the model smaller or split it",
    "harden.os_failed": "the operating system refused: {reason}",
    "harden.stdout_failed": "cannot write to standard output: {reason}",
    "harden.today_year": "{source}: '{value}': the year must be between 1000 and 9999",
    "harden.bad_date": "'{value}' is not a real date (check the day and the month)",
    "harden.not_a_file": "{path} is not a regular file but {kind}; use --force to write into it all the same",
    "harden.kind_fifo": "a named pipe (FIFO)",
    "harden.kind_socket": "a socket",
    "harden.kind_device": "a device (like /dev/null)",
    "harden.no_reader": "nobody reads from this named pipe",
}
