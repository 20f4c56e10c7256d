"""The model file's text in memory, edited one item at a time by splicing text.

Reading and writing a whole document with ruamel.yaml takes seconds on a model
of 300 actors and 1,000 links; the workshop must answer in a fraction of one.
So the file's text is kept in memory together with where each item of the
top-level ``actors``, ``links`` and ``agenda`` lists begins and ends.  An edit
takes out one item's text, lets ruamel.yaml change just that item (so its
comments and style stay), and puts it back; a new item is written in the style
of the list's last one, right after it (above a comment that introduces the
next section); a removed item takes only its own lines.  Everything else in
the file stays byte for byte as it was.

Every spliced item is parsed again with verbinder's own reader and compared
with what was meant; a layout this module cannot splice safely (a flow-style
list, an empty list, anchors) raises :class:`Unspliceable` and the caller
edits the whole document instead.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from verbinder.io.yamlread import load_yaml
from verbinder.workshop import yamledit

#: The top-level lists whose items are edited in place.
LISTS = ("actors", "links", "agenda", "role_models")


class Unspliceable(Exception):
    """This edit cannot be made by splicing text; edit the whole document instead."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the items of the top-level lists are in the text: ``(start, end)`` offsets, end after the newline."""

    spans: dict[str, tuple[tuple[int, int], ...]]
    dash: dict[str, int]  # column of the items' '-'
    content: dict[str, int]  # column of the items' first key

    def shifted(self, at: int, delta: int, key: str, index: int, new: tuple[int, int] | None, insert: bool) -> Layout:
        """The layout after the text from ``at`` moved by ``delta``: ``key``'s item ``index`` replaced,
        inserted (``insert``) or removed (``new`` is ``None``)."""
        spans: dict[str, tuple[tuple[int, int], ...]] = {}
        for name, items in self.spans.items():
            moved = [(s + delta, e + delta) if s >= at else (s, e) for s, e in items]
            if name == key:
                if insert:
                    assert new is not None
                    moved.insert(index, new)
                elif new is None:
                    del moved[index]
                else:
                    moved[index] = new
            spans[name] = tuple(moved)
        return Layout(spans, self.dash, self.content)


def layout(text: str, root: Any) -> Layout | None:
    """The items' places, from the composed node tree of ``text``; ``None`` when the lists are not block lists."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    dash: dict[str, int] = {}
    content: dict[str, int] = {}
    if not isinstance(root, yaml.MappingNode):
        return None
    for key_node, value in root.value:
        name = key_node.value
        if name not in LISTS or not isinstance(value, yaml.SequenceNode) or not value.value:
            continue
        if value.flow_style:
            return None
        items = []
        for node in value.value:
            start = text.rfind("\n", 0, node.start_mark.index) + 1
            prefix = text[start : node.start_mark.index]
            if prefix.strip() != "-" or not prefix.rstrip().endswith("-"):
                return None  # not '- item' on a line of its own (e.g. '- - x' or an anchor)
            dash.setdefault(name, prefix.index("-"))
            content.setdefault(name, len(prefix))
            items.append((start, _end(text, node)))
        spans[name] = tuple(items)
    return Layout(spans, dash, content)


def _end(text: str, node: Any) -> int:
    """Offset just after the line that holds the end of ``node``'s content (its end-of-line comment included)."""
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = node.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        return end
    newline = text.find("\n", end)
    return len(text) if newline < 0 else newline + 1


def _rt():
    from ruamel.yaml import YAML

    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def _dump(rt: Any, item: Any) -> str:
    yamledit.reset(item)
    buffer = io.StringIO()
    rt.dump(item, buffer)
    return buffer.getvalue()


def _as_item(body: str, dash: int, content: int) -> str:
    """A mapping's text (top-level) as a list item at the file's indentation."""
    lines = body.splitlines(keepends=True)
    if not lines:
        raise Unspliceable("empty item")
    head = " " * dash + "-" + " " * (content - dash - 1) + lines[0]
    return head + "".join(" " * content + line if line.strip() else line for line in lines[1:])


def _as_body(item: str, content: int) -> str:
    """An item's text as a top-level mapping (the inverse of :func:`_as_item`)."""
    lines = item.splitlines(keepends=True)
    body = [lines[0][content:]]
    for line in lines[1:]:
        if line[:content].strip():
            raise Unspliceable("item text left of its content column")
        body.append(line[content:] if line.strip() else line)
    return "".join(body)


def _read_item(name: str, text: str) -> Any:
    """An item's data exactly as verbinder reads the file (PyYAML, YAML 1.1)."""
    try:
        data, _ = load_yaml(name, text=text)
    except Exception as exc:
        raise Unspliceable(str(exc)) from None
    return data


def edit_item(
    text: str, lay: Layout, key: str, index: int, change: Callable[[Any], None], intended: Any = None
) -> tuple[str, Layout, Any]:
    """Change item ``index`` of ``key`` with ``change`` (on a ruamel mapping of just that item).

    Returns the new text, its layout and the item's data as verbinder reads it.
    """
    start, end = lay.spans[key][index]
    body = _as_body(text[start:end], lay.content[key])
    rt = _rt()
    try:
        item = rt.load(body)
    except Exception as exc:
        raise Unspliceable(str(exc)) from None
    if not hasattr(item, "ca"):
        raise Unspliceable("item is not a mapping")
    change(item)
    new_body = _dump(rt, item)
    if not new_body.endswith("\n"):
        new_body += "\n"
    new = _as_item(new_body, lay.dash[key], lay.content[key])
    data = _read_item(key, new_body)
    new_text = text[:start] + new + text[end:]
    return new_text, lay.shifted(end, len(new) - (end - start), key, index, (start, start + len(new)), False), data


def append_item(
    text: str, lay: Layout, key: str, pairs: list[tuple[str, Any]], after: int | None = None
) -> tuple[str, Layout, Any]:
    """Add an item to ``key``'s list right below item ``after`` (default: the last), in that item's style: above
    the comment that introduces the next section, so the new item stands in the section of its kind."""
    items = lay.spans.get(key)
    if not items:
        raise Unspliceable("no items to take the style from")
    after = len(items) - 1 if after is None else after
    start, end = items[after]
    rt = _rt()
    try:
        last = rt.load(_as_body(text[start:end], lay.content[key]))
    except Exception as exc:
        raise Unspliceable(str(exc)) from None
    item = yamledit.new_mapping([last], pairs)
    body = _dump(rt, item)
    new = _as_item(body, lay.dash[key], lay.content[key])
    data = _read_item(key, body)
    at = end
    prefix = "" if text[at - 1 : at] == "\n" else "\n"
    new = prefix + new
    new_text = text[:at] + new + text[at:]
    index = after + 1
    return new_text, lay.shifted(at, len(new), key, index, (at + len(prefix), at + len(new)), True), data


def remove_item(text: str, lay: Layout, key: str, index: int) -> tuple[str, Layout]:
    """Take item ``index`` of ``key`` out: its own lines only (the comments around it stay)."""
    items = lay.spans[key]
    if len(items) == 1:
        raise Unspliceable("the last item of a list")
    start, end = items[index]
    return text[:start] + text[end:], lay.shifted(end, start - end, key, index, None, False)
