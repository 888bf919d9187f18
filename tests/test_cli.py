"""`python -m generator generate`: the summary, and --strict for CI use of an archive."""

import shutil
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def _generate(seeds, docs, *extra):
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--seeds", str(seeds), "--docs", str(docs), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )


def test_strict_turns_warnings_into_a_failing_exit(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), seeds)
    (seeds / "empty.txt").write_bytes(b"")
    relaxed = _generate(seeds, tmp_path / "a")
    assert relaxed.returncode == 0
    assert "empty.txt: empty file" in relaxed.stderr
    assert "2 page files" in relaxed.stderr and "coverage 100.00%" in relaxed.stderr
    strict = _generate(seeds, tmp_path / "b", "--strict")
    assert strict.returncode == 1 and "--strict" in strict.stderr


def test_a_seeds_path_that_is_not_a_folder_fails_and_writes_nothing(tmp_path):
    """A mistyped --seeds must not publish an empty archive: exit 2, the path named."""
    missing = tmp_path / "does-not-exist"
    a_file = tmp_path / "page.txt"
    a_file.write_text("本报讯 一段文字。\n", encoding="utf-8")
    for seeds, what in ((missing, "no such folder"), (a_file, "is a file, not a folder")):
        for extra in ((), ("--strict",)):
            docs = tmp_path / f"docs-{seeds.name}-{len(extra)}"
            result = _generate(seeds, docs, *extra)
            assert result.returncode == 2, result.stderr
            assert f"seeds {seeds}: {what}" in result.stderr
            assert not docs.exists()


def test_strict_fails_on_a_folder_without_page_files(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "notes.md").write_text("not a page dump", encoding="utf-8")
    relaxed = _generate(seeds, tmp_path / "a")
    assert relaxed.returncode == 0
    assert f"warning: {seeds}: no page files (*.txt) in this folder" in relaxed.stderr
    strict = _generate(seeds, tmp_path / "b", "--strict")
    assert strict.returncode == 1
