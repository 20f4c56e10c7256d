"""Add, change and remove items of a ruamel document without moving the user's comments.

ruamel.yaml attaches a comment (and blank lines) to the element *before* it: the
``# --- Experts`` header above an actor, or the blank line and comment above
``links:``, belong to the last key of the item above them.  Appending a new item
naively would put it *below* that comment (so the section header suddenly
describes the new item), and deleting an item would delete the comments that
introduce the next one.  These helpers move such trailing comments along, so
an edit changes only what it means to change; an item's own end-of-line
comment stays with it.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import ScalarString, SingleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

Slot = tuple[Any, Any, int]  # (container, key or index, position in its comment entry)


def is_block(node: Any) -> bool:
    """A block-style (not ``{...}``/``[...]``) mapping or sequence."""
    return isinstance(node, CommentedMap | CommentedSeq) and not node.fa.flow_style()


def _keys(container: Any) -> list:
    return list(container) if isinstance(container, CommentedMap) else list(range(len(container)))


def tail_slot(container: Any, key: Any) -> Slot:
    """Where the comment following ``container[key]`` (and everything inside it) is stored."""
    value = container[key]
    if is_block(value) and len(value):
        return tail_slot(value, _keys(value)[-1])
    return (container, key, 2 if isinstance(container, CommentedMap) else 0)


def _get(slot: Slot) -> CommentToken | None:
    container, key, pos = slot
    entry = container.ca.items.get(key)
    return entry[pos] if entry and len(entry) > pos else None


def _set(slot: Slot, token: CommentToken | None) -> None:
    container, key, pos = slot
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    entry[pos] = token


def _split(value: str) -> tuple[str, str]:
    """(the end-of-line part with its newline, the full lines below it)."""
    i = value.find("\n")
    return (value, "") if i < 0 else (value[: i + 1], value[i + 1 :])


def _take_rest(slot: Slot) -> str:
    """Detach the full-line comments and blank lines below an element; keep its end-of-line comment."""
    token = _get(slot)
    if token is None:
        return ""
    head, rest = _split(token.value)
    if rest:
        token.value = head
    return rest


def _give_rest(slot: Slot, rest: str) -> None:
    """Put ``rest`` (full lines) below the element at ``slot``, after its own comments."""
    if not rest:
        return
    token = _get(slot)
    if token is None:
        _set(slot, _token("\n" + rest))
    else:
        token.value = token.value + rest


def _token(value: str) -> CommentToken:
    return CommentToken(value, CommentMark(0), None)


def scalar(value: Any) -> Any:
    """A text that ruamel.yaml would write unquoted where it reads back otherwise, quoted.

    In a flow mapping (``{from: a, topic: ? q}``) ruamel writes a text starting with ``?``, ``:`` or ``-`` and a
    space as it is, which YAML reads as a key indicator or fails on; every other text it quotes as needed.
    """
    if isinstance(value, str) and value[:1] in ("?", ":", "-") and not isinstance(value, ScalarString):
        return SingleQuotedScalarString(value)
    return value


def put(container: Any, key: Any, value: Any) -> None:
    """``container[key] = value`` (or append, with ``key=None`` on a sequence), keeping trailing comments in place."""
    value = scalar(value)
    is_map = isinstance(container, CommentedMap)
    appending = (key is None) if not is_map else key not in container
    rest = ""
    if appending and len(container) and is_block(container):
        rest = _take_rest(tail_slot(container, _keys(container)[-1]))
    if is_map:
        container[key] = value
    else:
        container.append(value) if key is None else container.__setitem__(key, value)
    if rest:
        _give_rest(tail_slot(container, _keys(container)[-1]), rest)


def remove(container: Any, key: Any, before: Slot | None = None) -> None:
    """Delete ``container[key]``, handing the comments below it to the element above.

    ``before`` is where comments above the container's first element live
    (the parent key's slot); used when the first element goes.
    """
    keys = _keys(container)
    at = keys.index(key)
    rest = _take_rest(tail_slot(container, key)) if is_block(container) else ""
    del container[key]
    if not rest:
        return
    if at > 0:
        _give_rest(tail_slot(container, _keys(container)[at - 1]), rest)
    elif before is not None:
        parent, parent_key, _ = before
        entry = parent.ca.items.setdefault(parent_key, [None, None, None, None])
        entry[3] = [*(entry[3] or []), _token(rest)]


def new_mapping(like: Any, pairs: list[tuple[str, Any]]) -> CommentedMap:
    """A mapping for a new item, in the style (flow or block) of the sequence's last item."""
    item = CommentedMap()
    for k, v in pairs:
        if isinstance(v, list):
            seq = CommentedSeq(v)
            seq.fa.set_flow_style()
            v = seq
        elif isinstance(v, dict):
            sub = CommentedMap(v)
            sub.fa.set_flow_style()
            v = sub
        item[k] = scalar(v)
    if len(like) and isinstance(like[-1], CommentedMap) and like[-1].fa.flow_style():
        item.fa.set_flow_style()
    return item


def reset(node: Any) -> None:
    """Clear ruamel's "already written" marks on every comment, before a dump."""
    ca = getattr(node, "ca", None)
    if ca is not None:
        for token in _tokens([ca.comment, list(ca.items.values()), getattr(ca, "end", None)]):
            token.reset()
    if isinstance(node, dict):
        for value in node.values():
            reset(value)
    elif isinstance(node, list):
        for value in node:
            reset(value)


def _tokens(value: Any):
    if isinstance(value, CommentToken):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _tokens(item)
