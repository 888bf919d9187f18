"""Safe output: inside the folder, atomic, and only our own files are ever removed."""

import os

import pytest

from generator.output import MANIFEST, UnsafePathError, inside, replace_generated, write_atomic


@pytest.mark.parametrize("relative", ["../escape.md", "a/../../escape.md", "/etc/passwd", "a/../../../x"])
def test_no_path_leaves_the_output_folder(tmp_path, relative):
    with pytest.raises(UnsafePathError):
        inside(tmp_path / "docs", relative)


def test_write_atomic_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "page.md"
    write_atomic(target, "old")

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]  # no temporary file left


def test_unchanged_file_is_not_rewritten(tmp_path):
    target = tmp_path / "page.md"
    assert write_atomic(target, "same") is True
    stamp = target.stat().st_mtime_ns
    assert write_atomic(target, "same") is False
    assert target.stat().st_mtime_ns == stamp


def test_only_files_of_an_earlier_run_are_removed(tmp_path):
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    hand = docs / "people" / "说明.md"
    hand.write_text("hand-written", encoding="utf-8")
    old = docs / "2020" / "old.md"
    kept = docs / "2020" / "kept.md"
    for path in (old, kept):
        write_atomic(path, "generated")
    replace_generated(docs, ["2020/old.md", "2020/kept.md"])
    removed = replace_generated(docs, ["2020/kept.md"])
    assert removed == [old.resolve()] and not old.exists()
    assert kept.exists() and hand.read_text(encoding="utf-8") == "hand-written"
    assert (docs / MANIFEST).read_text(encoding="utf-8").splitlines() == ["2020/kept.md", MANIFEST]


def test_an_edited_manifest_cannot_delete_outside_the_folder(tmp_path):
    docs = tmp_path / "docs"
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    write_atomic(docs / MANIFEST, "../precious.txt\n")
    replace_generated(docs, [])
    assert outside.read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_written_files_get_the_mode_the_umask_gives(tmp_path, umask, mode):
    """As any file the user creates: a dataset on a shared machine is readable by the group."""
    previous = os.umask(umask)
    try:
        write_atomic(tmp_path / "new.jsonl", "{}\n")
        write_atomic(tmp_path / "new.jsonl", "{}\n{}\n")  # rewritten through a new temporary file
        write_atomic(tmp_path / "sub" / "other.md", "x")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == mode
    assert (tmp_path / "sub" / "other.md").stat().st_mode & 0o777 == mode
