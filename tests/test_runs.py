"""No run leaves the archive wrong (issue 11, items 5 and 7): one run at a time on a docs
folder, a page on disk that is not the one recorded is written again, and a damaged cache
entry is parsed again rather than trusted."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.config import load_config
from generator.dataset import ARTICLES
from generator.lock import DocsBusyError, docs_lock
from generator.pipeline import run
from tests.conftest import ROOT, SEEDS

SAMPLES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "site_config")


def _seeds(folder: Path, files: list[Path]) -> Path:
    folder.mkdir(parents=True)
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def _site(docs: Path) -> dict[str, bytes]:
    """What is published: the pages and the dataset (not the cache and the run's records)."""
    return {k: v for k, v in _tree(docs).items() if not k.startswith("_build/")}


# Item 5: the lock, and pages checked against what is on disk.

def test_a_second_run_on_the_same_docs_folder_waits_or_refuses(tmp_path, config, caplog):
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:1])
    docs = tmp_path / "docs"
    docs.mkdir()
    with docs_lock(docs):
        with pytest.raises(DocsBusyError, match="another run"):
            run(seeds, docs, config, wait=False)
        assert not (docs / ARTICLES).exists()  # refused before writing anything
        finished = []
        waiting = threading.Thread(target=lambda: finished.append(run(seeds, docs, config)))
        waiting.start()
        time.sleep(1.0)
        assert not finished and not (docs / ARTICLES).exists()  # it waits for the lock
    waiting.join(timeout=300)
    assert finished and (docs / ARTICLES).is_file()
    assert "waiting for another run" in caplog.text


def _generate(seeds: Path, docs: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", "-q", "generate", "--seeds", str(seeds), "--docs", str(docs),
                             "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_concurrent_runs_leave_the_archive_of_one_of_them(tmp_path):
    """`mkdocs serve` regenerating while someone runs `generate`: the runs take turns, and
    the folder ends as the later run alone would leave it, never a mix of both."""
    small = _seeds(tmp_path / "small", SAMPLES[:2])
    large = _seeds(tmp_path / "large", SAMPLES)
    alone = {}
    for name, seeds in (("small", small), ("large", large)):
        assert _generate(seeds, tmp_path / f"alone-{name}").wait(timeout=600) == 0
        alone[name] = _site(tmp_path / f"alone-{name}")
    docs = tmp_path / "docs"
    for _ in range(2):
        runs = [_generate(small, docs), _generate(large, docs)]
        assert [r.wait(timeout=600) for r in runs] == [0, 0]
        assert _site(docs) in (alone["small"], alone["large"])
    assert _generate(large, docs).wait(timeout=600) == 0
    assert _site(docs) == alone["large"]


def test_a_wrong_page_on_disk_is_written_again_though_its_fingerprint_matches(tmp_path, config):
    """Pages of another run (or edited by hand) beside rendered.json: the next run repairs them."""
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:2])
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    good = _site(docs)
    articles = sorted(p for p in good if p[:4].isdigit() and not p.endswith("index.md"))
    wrong = {articles[0]: good[articles[1]], articles[2]: b"", "people/wang-xiao-ping.md": b"# stale\n"}
    for path, data in wrong.items():
        (docs / path).write_bytes(data)
    rendered = (docs / "_build" / "rendered.json").read_bytes()
    report = run(seeds, docs, config)
    assert report.cached == 2  # nothing was parsed again: the fingerprints matched
    assert (docs / "_build" / "rendered.json").read_bytes() == rendered
    assert _site(docs) == good


# Item 7: the cache is checked, not trusted.

def _cache(docs: Path, suffix: str) -> list[Path]:
    return sorted(p for p in (docs / "_build" / "cache").iterdir() if p.suffix == suffix)


def _reseal(path: Path, content: bytes) -> None:
    """Write `content` with a matching digest: a file of the right form from elsewhere."""
    path.write_bytes(hashlib.sha1(content).hexdigest().encode() + b"\n" + content)


@pytest.mark.parametrize("damage", [
    lambda page: page["articles"][0].update(paragraphs=5),
    lambda page: page["articles"][0].update(people=[123]),
    lambda page: page["articles"][0].update(people_roles={"王小平": "市委书记"}),
    lambda page: page["artifacts"].append({"line": "1", "text": "x", "kind": "byline", "article_id": ""}),
    lambda page: page.update(articles={}),
    lambda page: page["articles"][0].update(issue_date="2020-02-30"),
])
def test_a_cached_page_of_the_wrong_shape_is_parsed_again(tmp_path, config, damage):
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:1])
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    site = _site(docs)
    (path,) = _cache(docs, ".json")
    page = json.loads(path.read_bytes().partition(b"\n")[2])
    damage(page)
    _reseal(path, json.dumps(page, ensure_ascii=False).encode("utf-8"))
    report = run(seeds, docs, config)
    assert report.cached == 0 and _site(docs) == site


def test_a_cached_page_edited_without_its_digest_is_parsed_again(tmp_path, config):
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:1])
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    site = _site(docs)
    (path,) = _cache(docs, ".json")
    path.write_bytes(path.read_bytes().replace("王小平".encode(), "王大平".encode()))  # valid JSON, right shape
    report = run(seeds, docs, config)
    assert report.cached == 0 and _site(docs) == site


def test_cached_dataset_lines_with_garbage_bytes_are_made_again(tmp_path, config):
    """The right number of lines, but not the bytes written: the dataset stays valid UTF-8."""
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:2])
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    site = _site(docs)
    for path in _cache(docs, ".jsonl"):
        data = path.read_bytes()
        lines = data.count(b"\n")
        path.write_bytes(b"\xff\xfe garbage \x80\n" * lines)  # the line count still matches
    run(seeds, docs, config)
    data = (docs / ARTICLES).read_bytes()
    data.decode("utf-8")
    assert all(json.loads(line) for line in data.splitlines())
    assert _site(docs) == site


def test_generate_without_waiting_refuses_a_busy_docs_folder_with_a_message(tmp_path):
    seeds = _seeds(tmp_path / "seeds", SAMPLES[:1])
    docs = tmp_path / "docs"
    docs.mkdir()
    with docs_lock(docs):
        result = subprocess.run([sys.executable, "-m", "generator", "generate", "--seeds", str(seeds), "--docs", str(docs),
                                 "--no-wait"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 4
    assert "being written by another run" in result.stderr and "Traceback" not in result.stderr
