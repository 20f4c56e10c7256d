"""Messages of the diagnostics in ``verbinder analyse`` (dominance, silos, structural holes, load)."""

NL: dict[str, str] = {
    "diagnostics.dominance_agenda": "Agendapunt '{item}' bereikt alleen invloedrijke actoren ({reached}); "
    "actoren met veel belang en weinig invloed blijven buiten beeld: {left_out}.",
    "diagnostics.dominance_topic": "Onderwerp '{item}' bereikt alleen invloedrijke actoren ({reached}); "
    "actoren met veel belang en weinig invloed blijven buiten beeld: {left_out}.",
    "diagnostics.and_more": "{names} en nog {count}",
    "diagnostics.silo_inward": "{share}% van de verbindingen tussen actoren met een afdeling blijft binnen de "
    "eigen afdeling (E-I-index {ei}): sectorale zuilen.",
    "diagnostics.silo_unbridged": "Niemand overbrugt afdeling '{department}': geen verbinding of verbinder "
    "reikt naar een andere afdeling.",
    "diagnostics.silo_community": "Het netwerk groepeert {actors} over afdelingen heen ({departments}): "
    "het werk volgt het organogram niet.",
    "diagnostics.over_capacity": "{actor} draagt {links:# verbinding|# verbindingen}, meer dan de capaciteit van "
    "{capacity}.",
    "diagnostics.unconnected": "Niemand verbindt {actor}: deze actor zit in geen enkele verbinding.",
    "diagnostics.no_connector": "Verbinding {link} heeft nog geen verbinder.",
    "diagnostics.no_connector_more": "Nog {count:# verbinding heeft|# verbindingen hebben} geen verbinder.",
    "diagnostics.head": "Diagnose",
    "diagnostics.head.grid": "Macht/belang-matrix (Mendelow)",
    "diagnostics.quadrant.manage_closely": "Nauw betrekken",
    "diagnostics.quadrant.keep_satisfied": "Tevreden houden",
    "diagnostics.quadrant.keep_informed": "Informeren",
    "diagnostics.quadrant.monitor": "Monitoren",
    "diagnostics.axis.power_high": "invloed 4-5",
    "diagnostics.axis.power_low": "invloed 1-3",
    "diagnostics.axis.interest_low": "belang 1-3",
    "diagnostics.axis.interest_high": "belang 4-5",
    "diagnostics.head.silos": "Zuilen (afdelingen)",
    "diagnostics.ei": "Verbindingen binnen afdelingen: {internal}, tussen afdelingen: {external}; E-I-index {ei} "
    "(Krackhardt & Stern 1988: -1 alles binnen, +1 alles tussen).",
    "diagnostics.head.holes": "Structurele gaten van de verbinders (Burt)",
    "diagnostics.holes_more": "en nog {count:# verbinder|# verbinders} (alle in --format json)",
    "diagnostics.col.department": "afdeling",
    "diagnostics.col.actors": "actoren",
    "diagnostics.col.internal": "binnen",
    "diagnostics.col.external": "tussen",
    "diagnostics.col.ei": "E-I",
    "diagnostics.col.bridged": "overbrugd",
    "diagnostics.col.connector": "verbinder",
    "diagnostics.col.links": "verbindingen",
    "diagnostics.col.effective_size": "effectieve omvang",
    "diagnostics.col.constraint": "constraint",
    "diagnostics.yes": "ja",
    "diagnostics.no": "nee",
}

EN: dict[str, str] = {
    "diagnostics.dominance_agenda": "Agenda item '{item}' reaches only influential actors ({reached}); "
    "high-interest, low-influence actors are left out: {left_out}.",
    "diagnostics.dominance_topic": "Topic '{item}' reaches only influential actors ({reached}); "
    "high-interest, low-influence actors are left out: {left_out}.",
    "diagnostics.and_more": "{names} and {count} more",
    "diagnostics.silo_inward": "{share}% of the links between actors with a department stay inside their own "
    "department (E-I index {ei}): sectoral silos.",
    "diagnostics.silo_unbridged": "Nobody bridges department '{department}': no link or connector reaches another "
    "department.",
    "diagnostics.silo_community": "The network groups {actors} together across departments ({departments}): "
    "the work does not follow the organisation chart.",
    "diagnostics.over_capacity": "{actor} carries {links:# link|# links}, more than the capacity of {capacity}.",
    "diagnostics.unconnected": "Nobody connects {actor}: the actor is in no link.",
    "diagnostics.no_connector": "Link {link} has no connector yet.",
    "diagnostics.no_connector_more": "{count:# more link has|# more links have} no connector.",
    "diagnostics.head": "Diagnostics",
    "diagnostics.head.grid": "Power/interest grid (Mendelow)",
    "diagnostics.quadrant.manage_closely": "Manage closely",
    "diagnostics.quadrant.keep_satisfied": "Keep satisfied",
    "diagnostics.quadrant.keep_informed": "Keep informed",
    "diagnostics.quadrant.monitor": "Monitor",
    "diagnostics.axis.power_high": "influence 4-5",
    "diagnostics.axis.power_low": "influence 1-3",
    "diagnostics.axis.interest_low": "interest 1-3",
    "diagnostics.axis.interest_high": "interest 4-5",
    "diagnostics.head.silos": "Silos (departments)",
    "diagnostics.ei": "Links inside departments: {internal}, across departments: {external}; E-I index {ei} "
    "(Krackhardt & Stern 1988: -1 all inside, +1 all across).",
    "diagnostics.head.holes": "Structural holes of the connectors (Burt)",
    "diagnostics.holes_more": "and {count:# more connector|# more connectors} (all in --format json)",
    "diagnostics.col.department": "department",
    "diagnostics.col.actors": "actors",
    "diagnostics.col.internal": "inside",
    "diagnostics.col.external": "across",
    "diagnostics.col.ei": "E-I",
    "diagnostics.col.bridged": "bridged",
    "diagnostics.col.connector": "connector",
    "diagnostics.col.links": "links",
    "diagnostics.col.effective_size": "effective size",
    "diagnostics.col.constraint": "constraint",
    "diagnostics.yes": "yes",
    "diagnostics.no": "no",
}
