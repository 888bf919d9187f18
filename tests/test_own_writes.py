"""Which changes under docs/ `mkdocs serve` may ignore: the generator's own writes only."""

from __future__ import annotations

import os

from generator.output import write_atomic
from generator.own_writes import OwnWrites


def test_the_generators_writes_are_its_own_and_a_users_edit_is_not(tmp_path):
    docs = tmp_path / "docs"
    own = OwnWrites(docs)
    own.begin()
    write_atomic(docs / "2020" / "page.md", "text")
    write_atomic(docs / "about" / "index.md", "by hand")  # the user, while the generator runs
    # Changes seen during the run are held, then decided when it ends.
    assert own.is_ours(str(docs / "2020" / "page.md")) and own.is_ours(str(docs / "about" / "index.md"))
    assert own.end(["2020/page.md"]) == ["about/index.md"]
    assert own.is_ours(str(docs / "2020" / "page.md"))  # a late notice of the same write
    assert not own.is_ours(str(docs / "about" / "index.md"))
    page = docs / "2020" / "page.md"
    page.write_text("edited by hand", encoding="utf-8")
    os.utime(page, ns=(1, 1))
    assert not own.is_ours(str(page))  # no longer what the run wrote


def test_cache_and_temporary_files_and_removed_pages_are_the_generators(tmp_path):
    docs = tmp_path / "docs"
    own = OwnWrites(docs)
    own.begin()
    write_atomic(docs / "old.md", "old")
    own.end(["old.md"])
    assert own.is_ours(str(docs / "_build" / "cache" / "abc.json"))
    assert own.is_ours(str(docs / "2020" / ".page.md.0123456789ab.tmp"))
    assert not own.is_ours(str(docs / "2020" / ".page.md.tmp"))
    own.begin()
    (docs / "old.md").unlink()  # replace_generated removes what the run no longer makes
    own.end([])
    assert own.is_ours(str(docs / "old.md"))
    assert not own.is_ours(str(tmp_path / "elsewhere.md"))


def test_a_folder_of_the_generators_pages_is_its_own(tmp_path):
    """MkDocs' polling watcher can report a reused inode as a page moved onto a new folder."""
    docs = tmp_path / "docs"
    own = OwnWrites(docs)
    own.begin()
    write_atomic(docs / "2020" / "02" / "16" / "index.md", "issue")
    own.end(["2020/02/16/index.md"])
    assert own.is_ours(str(docs / "2020" / "02" / "16")) and own.is_ours(str(docs / "2020"))
    (docs / "about").mkdir()
    assert not own.is_ours(str(docs / "about"))
