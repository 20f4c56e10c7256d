"""Read YAML safely, fast for valid files, with source positions for errors.

A valid file pays only for PyYAML's C loader (``CSafeLoader``).  Positions are
needed only when something is wrong; then :meth:`Source.locate` composes the
document once more and walks the node tree along the error's path.  Nothing in
a file is ever executed: only the safe constructors run, and python tags are
refused with the position of the tag.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from verbinder.errors import InputError, Problem, os_reason
from verbinder.i18n import Msg

try:  # the C loader is part of every PyYAML wheel; fall back where it is not
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader

#: Files larger than this are refused before they are parsed.
MAX_BYTES = 20 * 1024 * 1024
#: A document whose aliases expand to more nodes than this is refused (billion laughs).
MAX_EXPANDED_NODES = 2_000_000
#: A document that may hold more values than this is refused before it is parsed.  The count is an upper
#: bound read from the text (separators: commas, newlines, ``- ``, ``: ``, brackets); a model at the limits
#: of 50,000 actors and 200,000 links with every field filled stays below 5,000,000.
MAX_VALUES = 6_000_000

Loc = tuple[str | int, ...]


def format_path(loc: Loc) -> str:
    """Render a location tuple as a dotted path: ``('links', 3, 'via')`` -> ``links[3].via``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _DuplicateKey(yaml.MarkedYAMLError):
    def __init__(self, key: Any, mark: yaml.Mark):
        super().__init__(problem=f"duplicate key {key!r}", problem_mark=mark)
        self.key = key


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe C loader, refusing duplicate keys (YAML says keys are unique)."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:  # type: ignore[override]
        if not isinstance(node, MappingNode):
            return super().construct_mapping(node, deep=deep)
        own = sum(1 for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge")
        self.flatten_mapping(node)
        merged = len(node.value) - own  # pairs brought in by '<<' (which it replaces) may be overridden
        mapping: dict = {}
        for i, (key_node, value_node) in enumerate(node.value):
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(None, None, "found unhashable key", key_node.start_mark)
            if i >= merged and key in mapping and not _merged_key(node, key, merged):
                raise _DuplicateKey(key, key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: ScalarNode):  # type: ignore[override]
        """A date or time; an impossible one (``2027-06-31``) is an error at its position, not a crash."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise _BadDate(node.value, node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


class _BadDate(yaml.MarkedYAMLError):
    def __init__(self, value: str, mark: yaml.Mark):
        super().__init__(problem=f"impossible date {value!r}", problem_mark=mark)
        self.value = value


def _merged_key(node: MappingNode, key: Any, merged: int) -> bool:
    return any(k.value == key for k, _ in node.value[:merged] if isinstance(k, ScalarNode))


@dataclass
class Source:
    """The text of one input file, kept so errors can be located after the fact."""

    name: str
    text: str
    _root: Node | None = field(default=None, repr=False)

    def root(self) -> Node | None:
        """The composed node tree (made on first use: only errors need it)."""
        if self._root is None:
            self._root = yaml.compose(self.text, Loader=_BaseLoader)
        return self._root

    def locate(self, loc: Loc, *, key: bool = False) -> tuple[int, int] | None:
        """1-based (line, column) of the value at ``loc``, or of its key with ``key=True``.

        Where the path ends in a key that does not exist (a missing field), the
        position of the nearest existing parent is returned.
        """
        if len(loc) == 1 and isinstance(loc[0], str) and self._root is None:
            found = self._top_level(loc[0], key=key)
            if found is not None:
                return found
        node = self.root()
        if node is None:
            return None
        mark = node.start_mark
        for part in loc:
            child = None
            if isinstance(node, MappingNode):
                for k, v in node.value:
                    if isinstance(k, ScalarNode) and k.value == str(part):
                        child, mark = v, (k.start_mark if key else v.start_mark)
                        break
            elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
                child = node.value[part]
                mark = child.start_mark
            if child is None:
                break
            node = child
        return mark.line + 1, mark.column + 1

    def _top_level(self, name: str, *, key: bool) -> tuple[int, int] | None:
        """Where the top-level key ``name`` (or its value) is, found in the text without composing a node tree.

        Only for a block mapping at the top whose key appears once at the start
        of a line; else None (and :meth:`locate` composes the document).  A
        large file's "too many links" is located in microseconds instead of
        minutes.
        """
        import re

        if len(self.text) < 1_000_000:
            return None  # composing a small file is cheap and always right
        matches = list(re.finditer(rf"^{re.escape(name)}[ \t]*:(?=[ \t\r\n])", self.text, re.MULTILINE))
        if len(matches) != 1 or not re.match(r"[A-Za-z_]", self.text):
            return None
        start = matches[0].start()
        line = self.text.count("\n", 0, start) + 1
        if key:
            return line, 1
        gap = re.compile(r"(?:[ \t]+|[ \t]*#[^\n]*|\r?\n)*").match(self.text, matches[0].end())
        value = gap.end() if gap else matches[0].end()  # the pattern matches the empty string too
        vline = self.text.count("\n", 0, value) + 1
        return vline, value - (self.text.rfind("\n", 0, value) + 1) + 1

    def problem(self, loc: Loc, message: Msg | str, *, key: bool = False) -> Problem:
        """A :class:`Problem` for the value at ``loc``, located in this file."""
        try:
            pos = self.locate(loc, key=key)
        except yaml.YAMLError:  # pragma: no cover - the text parsed before
            pos = None
        line, col = pos if pos else (None, None)
        return Problem(self.name, message, line, col, format_path(loc))


def display_name(path: Path | str) -> str:
    """How a file is named in messages: as the user gave it."""
    return os.fspath(path)


def read_text(path: Path | str, *, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, refusing what is too large, binary or wrongly encoded."""
    return decode(read_bounded(path, max_bytes=max_bytes), display_name(path))


def read_bounded(path: Path | str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, never more than ``max_bytes``: refused with a located problem otherwise.

    A regular file is refused by its size before a byte is read.  A device, a
    pipe or a FIFO (``/dev/zero``, ``<(command)``) has no size: it is read up to
    the limit and refused when there is more, so no input can make verbinder
    read without end.
    """
    import stat

    name = display_name(path)
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise InputError(Problem(name, Msg("err.is_dir")))
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                size = f"{info.st_size:,}"
                raise InputError(Problem(name, Msg("err.too_large", size=size, limit=f"{max_bytes:,}")))
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(Problem(name, Msg("err.is_dir"))) from None
    except FileNotFoundError:
        raise InputError(Problem(name, Msg("err.not_found"))) from None
    except PermissionError:
        raise InputError(Problem(name, Msg("err.no_permission"))) from None
    except OSError as exc:
        raise InputError(Problem(name, Msg("err.os", reason=os_reason(exc)))) from None
    if len(data) > max_bytes:
        raise InputError(Problem(name, Msg("harden.too_large_stream", limit=f"{max_bytes:,}")))
    return data


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); locate the first bad byte otherwise."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError(Problem(name, Msg("harden.utf32")))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Problem(name, Msg("err.utf16")))
    if b"\x00" in data:
        line, col = _position(data, data.index(b"\x00"))
        raise InputError(Problem(name, Msg("err.binary"), line, col))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line, col = _position(data, offset)
        raise InputError(Problem(name, Msg("err.encoding", byte=f"0x{data[offset]:02x}"), line, col)) from None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


def load_yaml(path: Path | str, *, text: str | None = None, keep_nodes: bool = False) -> tuple[Any, Source]:
    """Parse one YAML document safely; return the data and its :class:`Source`.

    With ``keep_nodes`` the node tree of the same parse is kept in the source,
    for callers that need positions of valid content (rule definitions).

    Raises :class:`InputError` with file, line and column for syntax errors,
    duplicate keys, python tags, alias bombs and files of more than one document.
    """
    name = display_name(path)
    if text is None:
        text = read_text(path)
    source = Source(name, text)
    if len(text) > MAX_VALUES // 2:  # fewer characters cannot hold this many values
        values = estimate_values(text)
        if values > MAX_VALUES:
            raise InputError(Problem(name, Msg("harden.too_many_values", count=f"{values:,}", limit=f"{MAX_VALUES:,}")))
    if "&" in text and "*" in text:
        _check_aliases(source)
    try:
        if keep_nodes:
            loader = _Loader(text)
            try:
                node = loader.get_single_node()
                source._root = node
                data = loader.construct_document(node) if node is not None else None
            finally:
                loader.dispose()
        else:
            data = yaml.load(text, Loader=_Loader)
    except _BadDate as exc:
        raise InputError(_mark_problem(name, exc.problem_mark, Msg("harden.bad_date", value=exc.value))) from None
    except _DuplicateKey as exc:
        raise InputError(_mark_problem(name, exc.problem_mark, Msg("err.duplicate_key", key=str(exc.key)))) from None
    except yaml.constructor.ConstructorError as exc:
        tag = _tag_of(exc)
        msg = Msg("err.tag", tag=tag) if tag else Msg("err.yaml", detail=exc.problem or "")
        raise InputError(_mark_problem(name, exc.problem_mark, msg)) from None
    except yaml.composer.ComposerError as exc:
        if exc.problem and ("single document" in exc.problem or "another document" in exc.problem):
            msg = Msg("err.many_documents")
        elif exc.problem and "undefined alias" in exc.problem:
            msg = Msg("err.undefined_alias")
        else:
            msg = Msg("err.yaml", detail=exc.problem or "")
        raise InputError(_mark_problem(name, exc.problem_mark, msg)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            raise InputError(_mark_problem(name, mark, Msg("err.tab"))) from None
        detail = exc.problem or str(exc)
        if exc.context:
            detail = f"{detail} ({exc.context})"
        raise InputError(_mark_problem(name, exc.problem_mark, Msg("err.yaml", detail=detail))) from None
    except yaml.reader.ReaderError as exc:  # a control character: position is an offset in the text
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise InputError(Problem(name, Msg("err.control_char", code=f"U+{code:04X}"), line, col)) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(name, Msg("err.yaml", detail=str(exc).splitlines()[0]))) from None
    except RecursionError:
        raise InputError(Problem(name, Msg("err.too_deep"))) from None
    return data, source


def estimate_values(text: str) -> int:
    """An upper bound of the number of values (nodes) in a YAML text, counted without parsing it.

    Every value after the first needs a separator in front of it: a comma or a
    bracket in flow style, a newline, ``- `` or ``: `` in block style.  Counting
    them is a few passes of ``str.count`` (milliseconds for 20 MB), where
    building the values takes minutes and gigabytes for a hostile file.
    """
    return 1 + sum(text.count(sep) for sep in (",", "\n", "- ", ": ", "[", "{", "? "))


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line][column : column + 1] if line < len(lines) else ""


def _tag_of(exc: yaml.constructor.ConstructorError) -> str | None:
    problem = exc.problem or ""
    if "tag" in problem:
        start = problem.find("'")
        end = problem.find("'", start + 1)
        if start >= 0 and end > start:
            return problem[start + 1 : end]
    return None


def _mark_problem(name: str, mark: yaml.Mark | None, message: Msg) -> Problem:
    if mark is None:
        return Problem(name, message)
    return Problem(name, message, mark.line + 1, mark.column + 1)


def _check_aliases(source: Source) -> None:
    """Refuse documents whose aliases expand beyond :data:`MAX_EXPANDED_NODES` nodes."""
    try:
        root = source.root()
    except yaml.YAMLError:
        return  # the real parse reports the syntax error with its position
    except RecursionError:
        raise InputError(Problem(source.name, Msg("err.too_deep"))) from None
    if root is None:
        return
    memo: dict[int, int] = {}
    first_alias: list[Node] = []

    def size(node: Node, depth: int) -> int:
        key = id(node)
        if key in memo:
            if not first_alias:
                first_alias.append(node)
            return memo[key]
        if depth > 500:
            raise InputError(Problem(source.name, Msg("err.too_deep")))
        total = 1
        if isinstance(node, SequenceNode):
            for child in node.value:
                total += size(child, depth + 1)
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                total += size(k, depth + 1) + size(v, depth + 1)
        memo[key] = total
        return total

    # memoised sizes make shared (aliased) subtrees count once per use, cheaply
    if size(root, 0) > MAX_EXPANDED_NODES:
        mark = first_alias[0].start_mark if first_alias else root.start_mark
        raise InputError(_mark_problem(source.name, mark, Msg("err.alias_bomb", limit=f"{MAX_EXPANDED_NODES:,}")))
