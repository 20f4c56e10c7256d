"""Message catalogues of features, one module each, with ``NL`` and ``EN`` dicts side by side.

Every module here is merged into the catalogues of :mod:`verbinder.i18n`
(``nl.py`` and ``en.py`` hold the core's messages).  A key must not appear in
two modules, and must exist in both languages (both are tested).
"""
