"""The per-page stage's cache (generator/cache.py, PageCache): keys planned per file, hits
loaded with their dataset lines, pages stored, what no file uses pruned."""

from __future__ import annotations

import shutil

from generator.cache import PageCache
from generator.pagefiles import page_files, read_page_file
from tests.conftest import SEEDS


def _seeds(tmp_path, names):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in names:
        shutil.copy(SEEDS / name, folder / name)
    return page_files(folder)


def test_without_a_docs_folder_nothing_is_held_or_stored(tmp_path, config):
    files = _seeds(tmp_path, sorted(p.name for p in SEEDS.glob("*.txt"))[:1])
    page_cache = PageCache(None, config, files)
    assert page_cache.keys == [None] and page_cache.hits() == []
    assert page_cache.store(0, read_page_file(files[0], config, config.assumed_year)) is None


def test_a_stored_page_is_a_hit_of_the_next_run_and_a_removed_one_is_pruned(tmp_path, config):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))[:2]
    files = _seeds(tmp_path, names)
    docs = tmp_path / "docs"
    first = PageCache(docs, config, files)
    assert first.hits() == [] and all(first.keys)
    pages = [read_page_file(f, config, config.assumed_year) for f in files]
    lines = [first.store(i, page) for i, page in enumerate(pages)]
    assert all(lines) and lines[0][0].count(b"\n") == len(pages[0].articles)

    again = PageCache(docs, config, files)
    assert again.keys == first.keys and again.hits() == [0, 1]
    loaded = again.load(1)
    assert loaded is not None and loaded[0].file == pages[1].file and loaded[1] == lines[1]
    assert [a.title for a in loaded[0].articles] == [a.title for a in pages[1].articles]

    (tmp_path / "seeds" / names[1]).unlink()
    fewer = PageCache(docs, config, page_files(tmp_path / "seeds"))
    fewer.prune()
    assert sorted(p.stem for p in fewer.folder.glob("*.json")) == [first.keys[0]]
