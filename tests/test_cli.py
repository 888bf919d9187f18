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
