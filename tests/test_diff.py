"""`verbinder diff` (issue 7): what changed between two versions of a model, from two files or from git.

The new version (built in `versions`) gives Anna conflicthantering 2, moves the link `itinerant` (f1 -> f2) from
Anna to Bert and onto agenda item `ca`, and removes the link wh -> bew.  Expected levels follow the test rules
(tests/fixtures/roles): `itinerant` asks regisseren 1 (regie), faciliteren 1 (pos-itinerant) and, once on the
agenda, resultaatgerichtheid 1; the role-less members have the basis baseline regisseren 1 only through links.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from support import FIX, FIXTURES, ROOT, TESTS, check_golden


@pytest.fixture
def versions(tmp_path):
    # explicit zeros: assessed levels, so they are gaps (a competency a member was never assessed in is not)
    text = (
        (FIXTURES / "model.yaml")
        .read_text(encoding="utf-8")
        .replace("competencies: {vertalen: 2}", "competencies: {vertalen: 2, faciliteren: 0, regisseren: 0}")
        .replace(
            "{id: bert, name: Bert, kind: administration, kopgroep: true}",
            "{id: bert, name: Bert, kind: administration, kopgroep: true, competencies: {resultaatgerichtheid: 0}}",
        )
    )
    old = tmp_path / "old.yaml"
    old.write_text(text, encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text(
        text.replace("competencies: {vertalen: 2,", "competencies: {vertalen: 2, conflicthantering: 2,")
        .replace(
            "{id: itinerant, from: f1, to: f2, via: anna}", "{id: itinerant, from: f1, to: f2, via: bert, agenda: [ca]}"
        )
        .replace("  - {from: wh, to: bew}\n", ""),
        encoding="utf-8",
    )
    return old, new


def test_equal_models_exit_0(run, versions):
    old, _ = versions
    reordered = old.with_name("reordered.yaml")
    lines = old.read_text(encoding="utf-8").splitlines(keepends=True)
    i = lines.index("links:\n")
    reordered.write_text("# a comment\n" + "".join(lines[: i + 1] + lines[i + 1 : i + 8][::-1] + lines[i + 8 :]))
    result = run("diff", old, reordered, "--lang", "en", *FIX)
    assert (result.exit_code, result.stdout) == (0, "No differences: the models are the same in content.\n")


def test_json(run, versions):
    old, new = versions
    result = run("diff", old, new, "-f", "json", *FIX)
    assert result.exit_code == 1, result.stderr
    doc = json.loads(result.stdout)
    assert list(doc)[:1] == ["schema_version"]
    assert doc["actors"] == {
        "added": [],
        "removed": [],
        "changed": [{"id": "anna", "changes": [{"field": "competencies.conflicthantering", "old": None, "new": 2}]}],
    }
    assert doc["links"]["added"] == []
    assert doc["links"]["removed"] == [
        {"id": "wh--bew", "from": "wh", "to": "bew", "via": None, "type": "bridging", "position": None, "agenda": []}
    ]
    assert doc["links"]["changed"] == [
        {
            "id": "itinerant",
            "changes": [{"field": "via", "old": "anna", "new": "bert"}, {"field": "agenda", "old": [], "new": ["ca"]}],
            "type": {"old": "orchestration", "new": "orchestration"},
            "position": {"old": "itinerant", "new": "itinerant"},
        }
    ]
    assert doc["agenda"]["coverage"] == [
        {
            "id": "ca",
            "covered": {"old": True, "new": True},
            "links": {"added": ["itinerant"], "removed": []},
            "connectors": {"added": ["bert"], "removed": []},
            # liaison asks of Anna only competencies she was never assessed in (no gap); itinerant asks of Bert
            # resultaatgerichtheid 1, assessed at 0 (rules above)
            "open_gaps": {"old": 0, "new": 1},
        }
    ]
    assert doc["gaps"] == [
        {"member": "anna", "competency": "conflicthantering", "old": {"required": 3, "current": None, "gap": None},
         "new": {"required": 3, "current": 2, "gap": 1}},
        {"member": "anna", "competency": "faciliteren", "old": {"required": 1, "current": 0, "gap": 1}, "new": None},
        {"member": "anna", "competency": "regisseren", "old": {"required": 1, "current": 0, "gap": 1}, "new": None},
        {"member": "bert", "competency": "resultaatgerichtheid", "old": None,
         "new": {"required": 1, "current": 0, "gap": 1}},
    ]  # fmt: skip
    assert (doc["equal"], doc["changes"]) == (False, 3)


@pytest.mark.parametrize(("fmt", "lang"), [("table", "nl"), ("markdown", "en")])
def test_golden(run, versions, fmt, lang, monkeypatch):
    old, _ = versions
    monkeypatch.chdir(old.parent)  # short, stable file names in the report
    roles, catalogue = FIXTURES / "roles", FIXTURES / "catalogue.yaml"
    result = run("diff", "old.yaml", "new.yaml", "-f", fmt, "--lang", lang, "--roles", roles, "--catalogue", catalogue)
    assert result.exit_code == 1, result.stderr
    check_golden(TESTS / "golden" / f"diff-fixture.{lang}.{fmt}", result.stdout)


def test_classification_change_is_shown(run, versions):
    old, _ = versions
    new = old.with_name("kind.yaml")
    new.write_text(
        old.read_text(encoding="utf-8").replace(
            "{id: tue, name: TU, kind: experts", "{id: tue, name: TU, kind: administration"
        )
    )
    doc = json.loads(run("diff", old, new, "-f", "json", *FIX).stdout)
    changed = {c["id"]: c for c in doc["links"]["changed"]}
    assert changed["liaison"]["changes"] == []  # the link itself did not change; its end's kind did
    assert changed["liaison"]["position"] == {"old": "liaison", "new": "gatekeeper"}  # wh -> anna -> tue: A -> B -> B
    assert doc["actors"]["changed"] == [
        {"id": "tue", "changes": [{"field": "kind", "old": "experts", "new": "administration"}]}
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give two models (OLD NEW) or one model with --since REV\n"),
        (("NEW", "--since", "HEAD"), "give a NEW model or --since REV, not both\n"),
        (("--since", "-x"), "'-x' is not a valid revision\n"),
    ],
)
def test_usage_errors(run, versions, args, message):
    old, new = versions
    args = tuple(str(new) if a == "NEW" else a for a in args)
    result = run("diff", old, *args, "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, message)


def test_not_in_a_git_repo(run, versions):
    old, _ = versions
    result = run("diff", old, "--since", "HEAD", "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, f"{old} is not in a git repository\n")


def test_invalid_new_model_exits_2(run, versions):
    old, new = versions
    new.write_text("name: x\nactors: 3\n", encoding="utf-8")
    result = run("diff", old, new, "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, f"{new}:2:9: actors: expected a list, got 3\n")


def git_in(repo):
    """``git(*args)`` run in ``repo`` with a committer set."""

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True,
                       capture_output=True)  # fmt: skip

    return git


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_git_revision(run, versions, tmp_path):
    old, new = versions
    repo = tmp_path / "repo"
    repo.mkdir()
    model = repo / "model.yaml"

    git = git_in(repo)

    git("init", "-q")
    model.write_text("name: [broken\n", encoding="utf-8")
    git("add", "model.yaml")
    git("commit", "-q", "-m", "broken")
    model.write_text(old.read_text(encoding="utf-8"), encoding="utf-8")
    git("commit", "-q", "-am", "old")
    model.write_text(new.read_text(encoding="utf-8"), encoding="utf-8")  # uncommitted: the new version

    result = run("diff", model, "--since", "HEAD", "-f", "json", *FIX)
    assert result.exit_code == 1, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["old"], doc["new"], doc["changes"]) == (f"{model}@HEAD", str(model), 3)

    git("commit", "-q", "-am", "new")
    assert run("diff", model, "--since", "HEAD", *FIX).exit_code == 0
    assert run("diff", model, "--since", "HEAD~1", *FIX).exit_code == 1

    result = run("diff", model, "--since", "nope", "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, "unknown git revision 'nope'\n")
    result = run("diff", model, "--since", "HEAD~2", "--lang", "en", *FIX)  # the old version is read from text
    assert result.exit_code == 2
    assert result.stderr == (
        f"{model}@HEAD~2:2:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)\n"
    )
    other = repo / "other.yaml"
    other.write_text(old.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("diff", other, "--since", "HEAD", "--lang", "en", *FIX)
    assert (result.exit_code, result.stderr) == (2, f"{other} did not exist yet in revision 'HEAD'\n")


def test_top_level_changes_count(run, versions):
    old, _ = versions
    new = old.with_name("term.yaml")
    new.write_text(old.read_text(encoding="utf-8") + "term: {start: 2026-07, end: 2028-06}\n", encoding="utf-8")
    result = run("diff", old, new, "-f", "json", *FIX)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["model"] == {
        "changed": [{"field": "term", "old": None, "new": {"start": "2026-07", "end": "2028-06"}}]
    }


@pytest.mark.skipif(shutil.which("git") is None or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs git and root (to give the repository to another user)")  # fmt: skip
def test_since_in_a_repository_of_another_user(tmp_path, monkeypatch):
    """git's safe.directory refusal is named as such, not as "not in a git repository" (issue 17)."""
    import pwd

    from typer.testing import CliRunner

    from verbinder.cli.app import app

    repo = tmp_path / "repo"
    repo.mkdir()
    model = repo / "m.yaml"
    model.write_text((ROOT / "examples" / "small-town.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    git = ["git", "-c", "user.email=a@b", "-c", "user.name=a"]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "x"]):
        subprocess.run([*git, *args], cwd=repo, check=True, capture_output=True)
    nobody = pwd.getpwnam("nobody")
    for path in [repo, *repo.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no global safe.directory of this machine
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    result = CliRunner().invoke(app, ["diff", str(model), "--since", "HEAD", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"git refuses the repository of {model}: it belongs to another user (git config --global --add "
        f"safe.directory {repo} allows it, if you trust its owner)\n"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_a_blob_beyond_the_limit_is_refused_by_its_size(run, versions, tmp_path, monkeypatch):
    """Issue 27, 4: a 1 GB blob in history was read whole (3.2 GB) while the same file on disk is refused at 20 MB.
    The blob's size in the repository is asked first; the read itself is bounded too."""
    from verbinder.io import git as gitio

    old, _ = versions
    repo = tmp_path / "repo"
    repo.mkdir()
    model = repo / "model.yaml"

    git = git_in(repo)

    git("init", "-q")
    text = old.read_text(encoding="utf-8")
    padding = "#" * 70 + "\n"
    limit = len(text.encode()) + 500  # the limit scaled down: the file today is within it, the one in history not
    size = limit + 1
    model.write_text(text + padding * ((size - len(text)) // len(padding) + 1), encoding="utf-8")
    git("add", "model.yaml")
    git("commit", "-q", "-m", "large")
    model.write_text(text, encoding="utf-8")
    monkeypatch.setattr(gitio, "MAX_BYTES", limit)
    blob = model.stat().st_size
    large = int(subprocess.run(["git", "cat-file", "-s", "HEAD:model.yaml"], cwd=repo, capture_output=True,
                               text=True, check=True).stdout)  # fmt: skip
    assert large > limit > blob
    result = run("diff", model, "--since", "HEAD", "--lang", "en", *FIX)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"{model}@HEAD: the file has {large:,} bytes, more than the limit of {limit:,}\n")


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_the_read_of_a_blob_is_bounded_whatever_its_declared_size(tmp_path, monkeypatch):
    from verbinder.cli.common import render_problem
    from verbinder.errors import InputError
    from verbinder.io import git as gitio

    repo = tmp_path
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "m.yaml").write_bytes(b"x" * 5000)
    subprocess.run(["git", "add", "m.yaml"], cwd=repo, check=True)
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "m"], cwd=repo, check=True)
    monkeypatch.setattr(gitio, "MAX_BYTES", 100)
    with pytest.raises(InputError) as info:
        gitio._blob("HEAD:m.yaml", repo, "m.yaml@HEAD")
    assert render_problem(info.value.problems[0], "en") == "m.yaml@HEAD: the input has more than the limit of 100 bytes"
