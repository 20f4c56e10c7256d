"""The common edge list read with array operations: two columns, ``source`` and ``target``, nothing quoted.

Most exports of who-works-with-whom are such a file.  The regular reader
(:mod:`verbinder.io.network`) splits it into Python strings and maps every name through a dict:
on 50,000 people and 500,000 contacts that is a million strings and a million dict lookups, each
missing the cache, and half of ``discover``'s reading time.  Here the bytes are cut at their commas
and newlines with numpy, each name is packed into 64-bit words, and names become node numbers by
sorting and searching those words, exactly as the dict would map them (UTF-8 is one-to-one, so equal
bytes are equal names).

Only a file this module fully understands is read here; for anything else (quotes, blank lines, a
lone carriage return, an empty or unknown name, a row of another width, a name longer than
:data:`MAX_NAME_BYTES`) :func:`pair_codes` returns None and the regular reader reads the file and
names the line and column of what is wrong.
"""

from __future__ import annotations

import numpy as np

#: Longer names leave the file to the regular reader (packing costs a pass per byte of the longest name).
MAX_NAME_BYTES = 32

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def pair_codes(
    text: str, header: list[str], people: list[str] | None, *, date_column: str | None = None
) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray | None] | None:
    """``(sources, targets, ids, dates)`` of an edge list with the columns ``source`` and ``target`` and no other
    (but ``date_column``, when given: then ``dates`` holds each contact's ``YYYY-MM-DD`` as ``datetime64[D]``).

    ``header`` is the file's first line as the regular reader has it (stripped, lower case).  With
    ``people`` (the ids of NODES, in order) the node numbers are positions in it and every name must
    be one of them; without, people are numbered in the order they first appear, the sources
    column first, then the targets column, and ``ids`` lists them.  None: the regular reader decides.
    """
    wanted = {"source", "target"} | ({date_column.strip().lower()} if date_column is not None else set())
    if len(header) != len(wanted) or set(header) != wanted:
        return None
    if '"' in text or "\x00" in text:
        return None
    data = text.encode("utf-8")
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
        if b"\r" in data:
            return None
    head_end = data.find(b"\n")
    if head_end < 0:
        return None
    body = data[head_end + 1 :].rstrip(b"\n")
    if not body or b"\n\n" in body:
        return None
    fields = _fields(np.frombuffer(body, dtype=np.uint8), len(header))
    if fields is None:
        return None
    starts, lengths = fields
    dates = None
    if date_column is not None:
        at = header.index(date_column.strip().lower())
        dates = _dates(np.frombuffer(body, dtype=np.uint8), starts[:, at], lengths[:, at])
        if dates is None:
            return None
    ends = [header.index("source"), header.index("target")]
    starts, lengths = starts[:, ends].T.ravel(), lengths[:, ends].T.ravel()  # the sources, then the targets
    if int(lengths.max()) > MAX_NAME_BYTES:
        return None
    buf = np.frombuffer(body, dtype=np.uint8)
    words = _pack(buf, starts, lengths, -(-int(lengths.max()) // 8))
    hashes = _hash(words)
    rows = len(starts) // 2
    if people is None:
        found = _first_seen(body, words, hashes, starts, lengths, rows)
        return None if found is None else (*found, dates)
    codes = _lookup(words, hashes, people)
    if codes is None:
        return None
    return codes[:rows], codes[rows:], people, dates


def _fields(buf: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Where each field starts and how long it is, ``(rows, width)`` each; None unless every line has ``width``
    non-empty fields."""
    newlines = np.flatnonzero(buf == 10)
    commas = np.flatnonzero(buf == 44)
    rows = len(newlines) + 1
    if len(commas) != rows * (width - 1):
        return None
    line_start = np.concatenate(([0], newlines + 1))
    line_end = np.concatenate((newlines, [len(buf)]))
    # As many commas as lines times (width - 1), sorted: when each line's share lies inside it, every line has its own.
    bounds = np.column_stack((line_start - 1, commas.reshape(rows, width - 1), line_end))
    if not ((bounds[:, 1] > line_start - 1) & (bounds[:, -2] < line_end)).all():
        return None
    lengths = np.diff(bounds, axis=1) - 1
    if not (lengths > 0).all():  # an empty field: the regular reader names it
        return None
    return bounds[:, :-1] + 1, lengths


def _dates(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray | None:
    """``YYYY-MM-DD`` fields as ``datetime64[D]``; None for anything else (a timestamp, an impossible date)."""
    if not (lengths == 10).all():
        return None
    words = _pack(buf, starts, lengths, 2)
    text = words.view("S16").ravel()
    digits = [k for k in range(10) if k not in (4, 7)]
    low, high = words[:, 0], words[:, 1]
    for k in range(10):
        byte = ((low if k < 8 else high) >> np.uint64(8 * (k % 8))) & np.uint64(0xFF)
        good = (byte == 45) if k not in digits else ((byte >= 48) & (byte <= 57))
        if not good.all():
            return None
    try:
        return text.astype("datetime64[D]")
    except ValueError:
        return None


def _pack(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray, width: int) -> np.ndarray:
    """Each name's bytes in ``width`` little-endian 64-bit words, zero-padded: equal names, equal rows.

    A word is read at once from any byte offset (a view of the bytes as 64-bit values with a stride
    of one byte) and the bytes beyond the name are masked off.
    """
    padded = np.zeros(len(buf) + 8 * width + 8, dtype=np.uint8)
    padded[: len(buf)] = buf
    at_every_byte = np.ndarray(shape=(len(buf) + 8 * width,), dtype="<u8", buffer=padded, strides=(1,))
    words = np.empty((len(starts), width), dtype=np.uint64)
    for w in range(width):
        left = np.clip(lengths - 8 * w, 0, 8)
        words[:, w] = at_every_byte[starts + 8 * w] & _MASKS[left]
    return words


# _MASKS[k]: the low k bytes of a 64-bit word.
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)


def _hash(words: np.ndarray) -> np.ndarray:
    """One 64-bit value per row: the word itself for names of up to 8 bytes, else a multiplicative mix."""
    mixed = words[:, 0].copy()
    for w in range(1, words.shape[1]):
        mixed *= _GOLDEN
        mixed ^= words[:, w]
    return mixed


def _lookup(words: np.ndarray, hashes: np.ndarray, people: list[str]) -> np.ndarray | None:
    """Each name's position in ``people``; None when a name is not there (the regular reader says where)."""
    width = words.shape[1]
    encoded = [person.encode("utf-8") for person in people]
    joined = b"".join(encoded)
    if not encoded or b"\x00" in joined:
        return None
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    fits = lengths <= 8 * width  # a longer id cannot be any name of this file
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    node_words = _pack(np.frombuffer(joined, dtype=np.uint8), starts, np.where(fits, lengths, 0), width)
    table = _HashTable(_hash(node_words), np.flatnonzero(fits))
    if table.collided:
        return None  # two people share a hash: the dict decides
    codes = table.find(hashes)
    if codes is None or not (node_words[codes] == words).all():
        return None  # an unknown name
    return codes


class _HashTable:
    """Open addressing with linear probing, built and searched with array operations.

    Searching a million names among 50,000 people by sorting costs a binary search each, whose last
    steps miss the cache (0.11 s); here most names are found at their first slot, in a table of
    four slots a person (0.02 s).
    """

    def __init__(self, hashes: np.ndarray, rows: np.ndarray):
        log2 = max(4, int(np.ceil(np.log2(max(len(rows), 1) * 4))))
        self.mask = (1 << log2) - 1
        self.shift = np.uint64(64 - log2)
        self.keys = np.zeros(self.mask + 1, dtype=np.uint64)
        self.values = np.full(self.mask + 1, -1, dtype=np.int64)
        keys = hashes[rows]
        ordered = np.sort(keys)
        self.collided = bool((ordered[1:] == ordered[:-1]).any())
        pending, slot = rows, self._slot(keys)
        while len(pending):
            free = self.values[slot] < 0
            taken, first = np.unique(slot[free], return_index=True)
            placed = pending[free][first]
            self.keys[taken] = hashes[placed]
            self.values[taken] = placed
            left = np.ones(len(pending), dtype=bool)
            left[np.flatnonzero(free)[first]] = False
            pending, slot = pending[left], (slot[left] + 1) & self.mask

    def _slot(self, hashes: np.ndarray) -> np.ndarray:
        return ((hashes * _GOLDEN) >> self.shift).astype(np.int64)

    def find(self, hashes: np.ndarray) -> np.ndarray | None:
        """The row of each hash; None if one is not in the table."""
        found = np.empty(len(hashes), dtype=np.int64)
        pending = np.arange(len(hashes))
        slot = self._slot(hashes)
        while len(pending):
            value = self.values[slot]
            if (value < 0).any():
                return None
            hit = self.keys[slot] == hashes[pending]
            found[pending[hit]] = value[hit]
            pending, slot = pending[~hit], (slot[~hit] + 1) & self.mask
        return found


def _first_seen(
    body: bytes, words: np.ndarray, hashes: np.ndarray, starts: np.ndarray, lengths: np.ndarray, rows: int
) -> tuple[np.ndarray, np.ndarray, list[str]] | None:
    """Node numbers in the order names first appear (sources, then targets) and the names, without NODES."""
    distinct, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    if not (words[first][inverse] == words).all():
        return None  # two names share a hash
    by_appearance = np.argsort(first, kind="stable")
    number = np.empty(len(distinct), dtype=np.int64)
    number[by_appearance] = np.arange(len(distinct))
    codes = number[inverse.ravel()]
    seen = first[by_appearance]
    ids = [body[s : s + n].decode("utf-8") for s, n in zip(starts[seen].tolist(), lengths[seen].tolist(), strict=True)]
    return codes[:rows], codes[rows:], ids
