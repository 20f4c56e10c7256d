"""Messages of the advice layer: gaps, ranked actions, the learning agenda, analyse's overview and ``explain``.

A count has two keys, ``KEY.one`` and ``KEY.other``; :func:`verbinder.i18n.plural_form` picks one.
"""

NL: dict[str, str] = {
    # --- gaps: one definition everywhere ------------------------------------------------------------
    "gaps.not_assessed": "niet beoordeeld",
    "gaps.open_gaps": "open tekorten",
    "gaps.gap_levels": "tekortniveaus",
    "develop.assess_first": "Niet beoordeeld, eerst beoordelen (verbinder assess MODEL {member}): {competencies}",
}

EN: dict[str, str] = {
    # --- gaps: one definition everywhere ------------------------------------------------------------
    "gaps.not_assessed": "not assessed",
    "gaps.open_gaps": "open gaps",
    "gaps.gap_levels": "gap levels",
    "develop.assess_first": "Not assessed, assess first (verbinder assess MODEL {member}): {competencies}",
}
