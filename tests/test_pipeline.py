"""The whole run on awkward archives: bad files, repeated runs, pages added and removed,
hostile text built into a real site (issue: bad input, hostile text and repeated runs)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from generator.config import load_config
from generator.dataset import ARTICLES
from generator.pipeline import run
from generator.slugs import article_slug
from tests.conftest import ROOT, SEEDS

SAMPLES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "site_config")


def _seeds(tmp_path: Path, files: list[Path]) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


def _records(docs: Path) -> list[dict]:
    return [json.loads(line) for line in (docs / ARTICLES).read_text(encoding="utf-8").splitlines()]


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


BAD_FILES = {
    "empty.txt": b"",
    "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "broken.txt": "本报讯 第一行\n".encode("utf-8") + b"\xff\xfe\xfa\xfb\x81\n",
    "旧稿 gbk.txt": "本报讯（记者张三）昨日，温县召开会议。\n\n温县召开会议\n".encode("gbk"),
    "bom.txt": "\ufeff本报讯 3月1日，博爱县召开会议。\r\n\r\n博爱县召开会议\r\n".encode("utf-8"),
    "headlines only.txt": "温县召开会议\n\n博爱县部署春耕\n\n马村区开展志愿服务\n".encode("utf-8"),
    "no byline.txt": " 近日，解放区焦西街道组织志愿者清理小区\n楼道杂物，受到居民好评。\n\n解放区清理楼道\n".encode("utf-8"),
    "繁體.txt": "本報訊 昨日，溫縣召開會議。\n\n溫縣召開會議\n".encode("utf-8"),
    "全角.txt": "本报讯 ２０２１年３月１日，温县建成５Ｇ基站\x07。\n".encode("utf-8"),
}


def test_bad_files_get_one_clear_message_and_the_rest_still_builds(tmp_path, config):
    seeds = _seeds(tmp_path, SAMPLES[:1])
    for name, data in BAD_FILES.items():
        (seeds / name).write_bytes(data)
    shutil.copy(SAMPLES[0], seeds / "copy of first page.txt")  # a duplicate file
    report = run(seeds, tmp_path / "docs", config)
    by_file = {}
    for problem in report.problems:
        by_file.setdefault(problem.file, []).append(problem)
    assert "empty" in by_file["empty.txt"][0].message
    assert "binary" in by_file["scan.txt"][0].message
    broken = by_file["broken.txt"][0]
    assert broken.severity == "error" and broken.line == 2 and "skipped" in broken.message
    assert any("same content as" in p.message for p in by_file["copy of first page.txt"])
    assert any("control character" in p.message and p.line == 1 for p in by_file["全角.txt"])
    files = {r["source"]["file"] for r in _records(tmp_path / "docs")}
    assert SAMPLES[0].name in files and "copy of first page.txt" not in files
    assert {"旧稿 gbk.txt", "bom.txt", "headlines only.txt", "no byline.txt", "繁體.txt", "全角.txt"} <= files
    titles = {r["title"] for r in _records(tmp_path / "docs")}
    assert {"温县召开会议", "博爱县召开会议", "溫縣召開會議", "解放区清理楼道"} <= titles
    assert report.coverage == 1.0


def test_two_runs_write_the_same_bytes(tmp_path, config):
    seeds = _seeds(tmp_path, SAMPLES)
    run(seeds, tmp_path / "one", config)
    run(seeds, tmp_path / "two", config)
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_adding_a_page_changes_no_existing_id_or_url_and_removing_it_undoes_it(tmp_path, config):
    seeds = _seeds(tmp_path, SAMPLES[:3])
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    before = {r["id"]: r for r in _records(docs)}
    pages_before = _tree(docs)
    shutil.copy(SAMPLES[3], seeds / SAMPLES[3].name)
    run(seeds, docs, config)
    after = {r["id"]: r for r in _records(docs)}
    assert set(before) < set(after)
    article_pages = {path for path in pages_before if path[:4].isdigit() and path.count("/") == 3}
    assert article_pages <= set(_tree(docs))  # every article page is still at its URL
    (seeds / SAMPLES[3].name).unlink()
    run(seeds, docs, config)
    assert {r["id"] for r in _records(docs)} == set(before)
    assert _tree(docs) == pages_before


def test_hand_written_pages_in_docs_survive_a_run(tmp_path, config):
    seeds = _seeds(tmp_path, SAMPLES[:1])
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    (docs / "about.md").write_text("# 关于本档案\n", encoding="utf-8")
    (docs / "people" / "notes.md").write_text("人物说明\n", encoding="utf-8")
    run(seeds, docs, config)
    run(seeds, docs, config)
    assert (docs / "about.md").read_text(encoding="utf-8") == "# 关于本档案\n"
    assert (docs / "people" / "notes.md").exists()


def test_second_run_takes_unchanged_pages_from_the_cache(tmp_path, config):
    seeds = _seeds(tmp_path, SAMPLES)
    docs = tmp_path / "docs"
    first = run(seeds, docs, config)
    tree = _tree(docs)
    second = run(seeds, docs, config)
    assert (first.cached, second.cached) == (0, len(SAMPLES))
    assert _tree(docs) == tree
    edited = seeds / SAMPLES[0].name
    edited.write_text(edited.read_text(encoding="utf-8").replace("王小平", "王小明"), encoding="utf-8")
    third = run(seeds, docs, config)
    assert third.cached == len(SAMPLES) - 1
    assert "王小明" in (docs / ARTICLES).read_text(encoding="utf-8")


def test_cached_articles_keep_the_url_slug_made_when_parsed(tmp_path, config):
    """The slug (pinyin, the costly part of a URL) travels with the cached page."""
    seeds = _seeds(tmp_path, SAMPLES)
    run(seeds, tmp_path / "docs", config)
    second = run(seeds, tmp_path / "docs", config)
    assert second.cached == len(SAMPLES)
    for article in second.articles:
        assert article.slug and article.slug == article_slug(dataclasses.replace(article, slug=""))
    assert all(second.page_keys.get(page.file) for page in second.pages)


def test_damaged_or_missing_cache_files_are_made_again(tmp_path, config):
    """A cache file cut short or removed costs a parse, never a wrong dataset."""
    seeds = _seeds(tmp_path, SAMPLES)
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    tree = _tree(docs)
    cached = sorted((docs / "_build" / "cache").iterdir())
    pages = [p for p in cached if p.suffix == ".json"]
    lines = [p for p in cached if p.suffix == ".jsonl"]
    assert len(pages) == len(lines) == len(SAMPLES)
    pages[0].write_text(pages[0].read_text(encoding="utf-8")[:100], encoding="utf-8")  # cut short
    lines[1].write_bytes(lines[1].read_bytes()[:-10])  # its last line cut
    kept = lines[2].read_bytes().splitlines(keepends=True)
    lines[2].write_bytes(b"".join(kept[:-1]))  # a whole line lost: still ends in a newline
    lines[3].unlink()
    again = run(seeds, docs, config)
    assert again.cached == len(SAMPLES) - 1
    assert _tree(docs) == tree


def test_worker_processes_give_the_same_archive(tmp_path, config, monkeypatch):
    import generator.pipeline as pipeline

    seeds = _seeds(tmp_path, SAMPLES)
    run(seeds, tmp_path / "one", config, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    report = run(seeds, tmp_path / "two", config, workers=2)
    assert report.cached == 0
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_a_run_given_timings_times_each_stage_and_writes_the_same_archive(tmp_path, config):
    """The stage hook the benchmarks use (generator/timings.py): it only observes."""
    from generator.timings import Timings

    seeds = _seeds(tmp_path, SAMPLES[:2])
    run(seeds, tmp_path / "plain", config, workers=1)
    timings = Timings()
    run(seeds, tmp_path / "timed", config, workers=1, timings=timings)
    assert set(timings.seconds) == {"parse + enrich", "parse", "enrich", "dataset", "render"}
    assert all(seconds >= 0 for seconds in timings.seconds.values())
    assert timings.seconds["parse"] + timings.seconds["enrich"] <= timings.seconds["parse + enrich"]
    assert _tree(tmp_path / "plain") == _tree(tmp_path / "timed")


def test_the_dataset_and_pages_are_readable_as_the_umask_allows(tmp_path, config):
    """A researcher on a shared machine can read the dataset: no 0600 temporary-file modes."""
    seeds = _seeds(tmp_path, SAMPLES[:1])
    previous = os.umask(0o022)
    try:
        run(seeds, tmp_path / "docs", config)
    finally:
        os.umask(previous)
    files = [p for p in (tmp_path / "docs").rglob("*") if p.is_file()]
    assert files and {p.stat().st_mode & 0o777 for p in files} == {0o644}
