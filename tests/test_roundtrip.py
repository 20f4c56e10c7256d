"""Editing a model keeps the user's comments and order; the result is checked before it is saved."""

from __future__ import annotations

import pytest

from support import FIXTURES
from verbinder.errors import InputError
from verbinder.io.roundtrip import RoundTrip
from verbinder.project import check_edit

TEXT = """\
# Mijn model: uitleg bovenaan
name: Test
actors:
  # de wethouder
  - {id: wh, name: Wethouder, kind: politics}
  - id: anna   # kopgroep

    name: Anna
    kind: administration
    competencies: {vertalen: 1}
"""


def test_edit_keeps_comments_and_order(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(TEXT, encoding="utf-8")
    doc = RoundTrip(path)
    doc.data["actors"][1]["competencies"]["netwerken"] = 3
    backup = doc.save()
    text = path.read_text(encoding="utf-8")
    assert text == TEXT.replace("{vertalen: 1}", "{vertalen: 1, netwerken: 3}")
    assert backup is not None and backup.read_text(encoding="utf-8") == TEXT


def test_check_locates_an_invalid_edit(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(TEXT, encoding="utf-8")
    doc = RoundTrip(path)
    doc.data["actors"][0]["kind"] = "politcs"
    with pytest.raises(InputError) as info:
        check_edit(doc, roles=FIXTURES / "roles", catalogue=FIXTURES / "catalogue.yaml")
    assert str(info.value.problems[0].message) == "unknown kind 'politcs' — did you mean 'politics'?"
    assert info.value.problems[0].line == 5
    assert path.read_text(encoding="utf-8") == TEXT  # nothing written


def test_a_layout_ruamel_cannot_keep_is_refused_not_mangled(tmp_path):
    path = tmp_path / "m.yaml"
    text = TEXT.replace("kind: politics}", "kind: politics}   # invloedrijk")
    path.write_text(text, encoding="utf-8")
    doc = RoundTrip(path)
    doc.data["actors"][1]["competencies"]["netwerken"] = 3
    with pytest.raises(InputError) as info:
        doc.save()
    assert "nothing was written" in str(info.value.problems[0].message)
    assert path.read_text(encoding="utf-8") == text
    assert not path.with_name("m.yaml.bak").exists()


def test_python_tags_refused(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("name: !!python/object/apply:os.system [ls]\n", encoding="utf-8")
    with pytest.raises(InputError):
        RoundTrip(path)


def test_backup_keeps_the_file_as_it_was_before_the_session(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(TEXT, encoding="utf-8")
    doc = RoundTrip(path)
    doc.data["name"] = "Een"
    assert doc.save() == tmp_path / "m.yaml.bak"
    doc.data["name"] = "Twee"
    assert doc.save() is None
    assert (tmp_path / "m.yaml.bak").read_text(encoding="utf-8") == TEXT
    assert "name: Twee" in path.read_text(encoding="utf-8")


def test_values_yaml_versions_read_differently_are_kept(tmp_path):
    # ruamel (YAML 1.2) reads 0E0 as a float, verbinder (PyYAML, YAML 1.1) as text: an edit
    # elsewhere must still be written, with 0E0 left exactly as it was.
    path = tmp_path / "m.yaml"
    path.write_text("name: Test\nactors:\n  - {id: a, name: 0E0, kind: politics}\n", encoding="utf-8")
    doc = RoundTrip(path)
    doc.data["name"] = "Nieuw"
    doc.save(backup=False)
    assert path.read_text(encoding="utf-8") == "name: Nieuw\nactors:\n  - {id: a, name: 0E0, kind: politics}\n"
