"""The reader: safe YAML with positions for every problem."""

from __future__ import annotations

import pytest

from verbinder.errors import InputError
from verbinder.io.yamlread import format_path, load_yaml


def problems(tmp_path, text: str | bytes, name: str = "m.yaml") -> list[str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_yaml(path)
    return [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems]


def test_valid_yaml_loads_without_positions(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("name: x\nactors: [{id: a}]\n", encoding="utf-8")
    data, source = load_yaml(path)
    assert data == {"name": "x", "actors": [{"id": "a"}]}
    assert source._root is None  # a valid file does not pay for positions


def test_duplicate_key_is_located(tmp_path):
    assert problems(tmp_path, "name: a\nactors: []\nname: b\n") == ["m.yaml:3:1: duplicate key 'name'"]


def test_merge_keys_may_be_overridden(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("base: &b {x: 1, y: 2}\nthing:\n  <<: *b\n  x: 3\n", encoding="utf-8")
    data, _ = load_yaml(path)
    assert data["thing"] == {"x": 3, "y": 2}


def test_python_tags_are_refused_not_executed(tmp_path):
    text = "name: !!python/object/apply:os.system ['echo pwned']\n"
    [msg] = problems(tmp_path, text)
    assert msg.startswith("m.yaml:1:7: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed")


def test_alias_bomb_is_refused(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    [msg] = problems(tmp_path, "\n".join(lines) + "\n")
    assert "aliases expand to more than 2,000,000 values" in msg
    assert msg.startswith("m.yaml:1:4:")


def test_syntax_error_has_line_and_column(tmp_path):
    [msg] = problems(tmp_path, "name: a\nactors:\n  - id: x\n   kind: y\n")
    assert msg.startswith("m.yaml:4:4: YAML syntax error: did not find expected '-' indicator")


def test_not_utf8_is_located(tmp_path):
    assert problems(tmp_path, "name: caf\xe9\n".encode("latin-1")) == [
        "m.yaml:1:10: not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    ]


def test_binary_file(tmp_path):
    assert problems(tmp_path, b"name: a\n\x00\x01") == ["m.yaml:2:1: this is not a text file (it contains a NUL byte)"]


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffname: a\n".encode())
    assert load_yaml(path)[0] == {"name": "a"}


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        load_yaml(tmp_path / "nope.yaml")
    assert str(info.value.problems[0]).endswith("nope.yaml: no such file or folder")


def test_too_large(tmp_path, monkeypatch):
    import verbinder.io.yamlread as reader

    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        reader.read_text(path, max_bytes=1000)
    assert str(info.value).endswith("big.yaml: the file has 2,004 bytes, more than the limit of 1,000")


def test_more_than_one_document(tmp_path):
    assert problems(tmp_path, "name: a\n---\nname: b\n") == [
        "m.yaml:2:1: expected one YAML document, found more than one"
    ]


@pytest.mark.parametrize(
    ("loc", "expected"),
    [(("links", 3, "via"), "links[3].via"), ((), ""), (("a",), "a"), (("a", 0, 1), "a[0][1]")],
)
def test_format_path(loc, expected):
    assert format_path(loc) == expected
