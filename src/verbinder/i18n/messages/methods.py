"""Messages about development methods per step (the catalogue's 70-20-10 forms)."""

NL: dict[str, str] = {
    "develop.step": "stap {start}→{end}",
    "develop.form.werkopdracht": "werkopdracht",
    "develop.form.coaching": "coaching",
    "develop.form.rolmodel": "rolmodel",
    "develop.form.training": "training",
}

EN: dict[str, str] = {
    "develop.step": "step {start}→{end}",
    "develop.form.werkopdracht": "on-the-job assignment",
    "develop.form.coaching": "coaching",
    "develop.form.rolmodel": "role model",
    "develop.form.training": "training",
}
