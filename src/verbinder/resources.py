"""Where the shipped competency catalogue and role rules live.

A wheel carries them inside the package (``verbinder/_data``, see
pyproject.toml); a source checkout or editable install reads them from the
repository root, where they are edited.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder holding ``competencies.yaml`` and ``roles/``."""
    packaged = _PACKAGE / "_data"
    if (packaged / "competencies.yaml").is_file():
        return packaged
    return _PACKAGE.parents[1]  # src/verbinder -> repository root


def default_catalogue() -> Path:
    """The shipped competency catalogue."""
    return data_dir() / "competencies.yaml"


def default_roles() -> Path:
    """The shipped folder of role rule files."""
    return data_dir() / "roles"


def shown(path: Path) -> str:
    """A shipped file's name as messages show it (``roles/regisseur.yaml``); others as given."""
    try:
        return path.resolve().relative_to(data_dir()).as_posix()
    except ValueError:
        return str(path)
