"""Files beside the pages (feeds, the dataset and its package, citation downloads) are not
written again when their bytes are unchanged: an incremental run keeps their bytes and
their modification times, so `mkdocs serve`, rsync and HTTP caches see no change."""

from __future__ import annotations

import os
import shutil

from generator.pipeline import run
from tests.conftest import SEEDS

DOWNLOADS = (".xml", ".jsonl", ".csv", ".json", ".bib", ".ris")


def _downloads(docs):
    files = {}
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs).as_posix()
        if path.is_file() and path.name.endswith(DOWNLOADS) and not relative.startswith("_build/") and relative != "urls.json":
            files[relative] = (path.read_bytes(), path.stat().st_mtime_ns)
    return files


def test_an_unchanged_run_and_a_run_with_a_new_page_keep_the_untouched_files_as_they_were(tmp_path, config):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    pages = sorted(SEEDS.glob("*.txt"))
    for page in pages[:-1]:
        shutil.copy(page, seeds / page.name)
    docs = tmp_path / "docs"
    run(seeds, docs, config, workers=1)
    before = _downloads(docs)
    assert any(p.startswith("feeds/people/") for p in before) and "data/articles.csv" in before
    assert any(p.endswith(".bib") for p in before) and "data/datapackage.json" in before
    # Make any rewrite visible in the times: files written now would get a later one.
    old = 1_000_000_000_000_000_000
    for relative in before:
        os.utime(docs / relative, ns=(old, old))
    before = _downloads(docs)

    run(seeds, docs, config, workers=1)
    assert _downloads(docs) == before  # bytes and times

    shutil.copy(pages[-1], seeds / pages[-1].name)  # a new page file: some feeds change, others not
    run(seeds, docs, config, workers=1)
    after = _downloads(docs)
    kept = [p for p in before if p in after and after[p][0] == before[p][0]]
    changed = [p for p in before if p in after and after[p][0] != before[p][0]]
    assert kept and changed and "data/articles.jsonl" in changed
    assert all(after[p][1] == old for p in kept)  # same bytes: not written
    assert all(after[p][1] != old for p in changed)
