"""Edit a user's YAML model in place, keeping their comments, key order and formatting.

PyYAML cannot write comments back; ruamel.yaml's round-trip mode can.  Commands
that change a model (``assess``, ``staff --apply``, the workshop) load it with
:class:`RoundTrip`, change :attr:`RoundTrip.data` (a ``CommentedMap``), check
the result with the normal validator (:meth:`RoundTrip.check`) and
:meth:`RoundTrip.save` it atomically, keeping a backup of the original.

ruamel's round-trip loader builds only plain YAML types (it is based on the safe
constructor): python tags are refused, nothing in a file is executed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from verbinder.errors import InputError, Problem
from verbinder.i18n import Msg
from verbinder.io.atomic import write_backup, write_text, write_through_link
from verbinder.io.yamlread import display_name, load_yaml, read_bounded, read_text


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's long lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


class RoundTrip:
    """A model file loaded for editing, comments and order preserved."""

    def __init__(self, path: Path | str, *, text: str | None = None):
        self.path = Path(path)
        self.name = display_name(path)
        self._backed_up = False
        self._spliced: str | None = None
        self.original = read_text(self.path) if text is None else text
        load_yaml(self.path, text=self.original)  # the safe loader's checks and located errors first
        self._yaml = _yaml()
        self._detect_indent(self.original)
        self.data: Any = self._yaml.load(self.original)
        self._as_read = load_yaml(self.path, text=self.original)[0]  # how verbinder itself reads the file
        if self.data is None:
            raise InputError(Problem(self.name, Msg("err.empty_file")))

    def _detect_indent(self, text: str) -> None:
        """Keep the user's sequence style: ``- item`` flush with its key, or indented under it."""
        for line in text.splitlines():
            stripped = line.lstrip(" ")
            if stripped.startswith("- ") and line.startswith(" "):
                dash = len(line) - len(stripped)
                self._yaml.indent(mapping=2, sequence=dash + 2, offset=dash)
                return
            if stripped.startswith("- "):
                self._yaml.indent(mapping=2, sequence=2, offset=0)
                return

    def dump(self) -> str:
        """The document as text, with the user's comments and order.

        The text is parsed again and compared with the data: ruamel.yaml has
        rare layouts it cannot write back faithfully (a comment line above a
        flow mapping that has an end-of-line comment, followed by a block
        mapping), and a changed model must never be written.
        """
        if self._spliced is not None:
            return self._spliced
        buffer = io.StringIO()
        self._yaml.dump(self.data, buffer)
        text = buffer.getvalue()
        import yaml

        try:
            same = _equivalent(yaml.load(text, Loader=yaml.CSafeLoader), _plain(self.data), self._as_read)
        except yaml.YAMLError:
            same = False
        if not same:
            raise InputError(Problem(self.name, Msg("err.roundtrip")))
        return text

    def splice(self, text: str) -> bool:
        """Save ``text`` (the original with only some items rewritten) instead of dumping the whole document.

        Accepted only when ``text`` reads, as verbinder reads it, exactly as
        :attr:`data` (so an edit that would reach another item through an anchor
        is refused here and the whole document is dumped instead).  Lines the
        edit did not touch stay byte for byte as they were.
        """
        import yaml

        try:
            written = yaml.load(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            return False
        if not _equivalent(written, _plain(self.data), self._as_read):
            return False
        self._spliced = text
        return True

    def save(self, target: Path | None = None, *, backup: bool = True) -> Path | None:
        """Write the document atomically to ``target`` (default: the file it came from).

        With ``backup``, the original is first copied to ``<name>.bak`` next to it,
        once per :class:`RoundTrip`: later saves of the same session keep that
        backup of the file as it was before the session.  Returns the backup's
        path, if one was made by this call.
        """
        target = self.path if target is None else Path(target)
        text = self.dump()  # refuses before anything is touched
        made = None
        if backup and target == self.path and self.path.exists() and not self._backed_up:
            made = self.path.with_name(self.path.name + ".bak")
            # never shutil.copy: it follows a link someone else may have put at NAME.bak
            write_backup(made, read_bounded(self.path), like=self.path)
            self._backed_up = True  # the backup holds the file as it was before this edit session
        if target == self.path:
            write_through_link(target, text.encode("utf-8"))  # a linked model: its target is the model
        else:
            write_text(target, text, force=True)
        return made


def _plain(value: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists, for comparison."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


_MISSING = object()


def _equivalent(written: Any, intended: Any, as_read: Any = _MISSING) -> bool:
    """Does the written file (as verbinder reads it) hold the intended data?

    ruamel reads YAML 1.2 and verbinder (PyYAML) YAML 1.1, so a few plain
    scalars mean different things to them (``0E0`` is a float to ruamel, text to
    PyYAML).  Such a value is accepted when the file now reads exactly as it read
    before the edit at the same place; anything else that differs refuses the write.
    """
    if isinstance(intended, dict) and isinstance(written, dict):
        if written.keys() != intended.keys():
            return False
        before: Any = as_read if isinstance(as_read, dict) else {}
        return all(_equivalent(written[k], intended[k], before.get(k, _MISSING)) for k in intended)
    if isinstance(intended, list) and isinstance(written, list):
        if len(written) != len(intended):
            return False
        before = as_read if isinstance(as_read, list) and len(as_read) == len(intended) else [_MISSING] * len(intended)
        return all(_equivalent(w, i, b) for w, i, b in zip(written, intended, before, strict=True))
    if written == intended and type(written) is type(intended):
        return True
    return as_read is not _MISSING and written == as_read and type(written) is type(as_read)
