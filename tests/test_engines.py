"""Where the per-page stage runs (generator/engines.py): the process pool and Dask give the
same archive, a page the parser fails on is that page's error on either, and a scheduler
that is not there is one clear line and exit 2."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import run
from tests.conftest import ROOT, SEEDS

pytest.importorskip("distributed")

SAMPLES = sorted(SEEDS.glob("*.txt"))
# A small page of its own (no sample page printed twice): one news item and its headline.
BAD_PAGE = "本报讯（记者张三）昨日，温县召开会议，部署春耕生产工作。\n\n温县召开会议\n"


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in SAMPLES:
        shutil.copy(path, folder / path.name)
    return folder


def _tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_dask_on_a_local_cluster_writes_the_archive_the_pool_writes(tmp_path, config, monkeypatch):
    import generator.pipeline as pipeline

    seeds = _seeds(tmp_path)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)  # the pool's processes, not inline, for five pages
    pool = run(seeds, tmp_path / "pool", config, workers=2)
    dask = run(seeds, tmp_path / "dask", config, workers=2, engine="dask")
    assert pool.cached == dask.cached == 0  # each parsed every page, into its own cold cache
    pool_tree, dask_tree = _tree(tmp_path / "pool"), _tree(tmp_path / "dask")
    assert "data/articles.jsonl" in dask_tree and sum(name.endswith(".md") for name in dask_tree) > len(SAMPLES)
    assert sorted(pool_tree) == sorted(dask_tree)
    assert [name for name in pool_tree if pool_tree[name] != dask_tree[name]] == []
    assert [a.id for a in pool.articles] == [a.id for a in dask.articles]


def test_a_parser_failure_on_a_dask_worker_is_that_pages_error_as_in_the_pool(tmp_path, config, monkeypatch):
    """The fault is made where the page is parsed: in the pool's process (five pages: the
    pool runs them inline), and in each Dask worker of a cluster reached by its address."""
    from distributed import Client, LocalCluster

    import generator.pagefiles as pagefiles

    def break_the_parser_on(name: str) -> None:  # run in a process that parses pages
        import generator.pagefiles as pagefiles

        real = pagefiles.parse_page_text

        def fails_on_one(text, page_name, **kwargs):
            if page_name == name:
                raise RuntimeError("a fault of the parser")
            return real(text, page_name, **kwargs)

        pagefiles.parse_page_text = fails_on_one

    seeds = _seeds(tmp_path)
    (seeds / "bad.txt").write_text(BAD_PAGE, encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(pagefiles, "parse_page_text", pagefiles.parse_page_text)  # put back on leaving
        break_the_parser_on("bad.txt")
        pool = run(seeds, tmp_path / "pool", config, workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        assert len(client.run(break_the_parser_on, "bad.txt")) == 2
        dask = run(seeds, tmp_path / "dask", config, workers=2, engine="dask", scheduler=cluster.scheduler_address)

    printed = sum(1 for ch in BAD_PAGE if not ch.isspace())
    expected = f"the parser failed on this page (RuntimeError: a fault of the parser); skipped, its {printed} characters are not in the archive"
    for report in (pool, dask):
        (bad,) = [p for p in report.pages if p.file == "bad.txt"]
        assert bad.rejected and bad.articles == []
        assert [(p.severity, p.message) for p in bad.problems] == [("error", expected)]
        assert {a.source_file for a in report.articles} == {p.name for p in SAMPLES}
    assert _tree(tmp_path / "pool") == _tree(tmp_path / "dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("address, why", [
    (f"tcp://127.0.0.1:{_free_port()}", "OSError: Timed out trying to connect"),  # nobody listens there
    ("localhost", "ValueError: missing port number"),
])
def test_a_scheduler_that_is_not_there_is_one_line_and_exit_2(tmp_path, address, why):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLES[0], seeds)
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}  # not the 30 s default
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"),
                             "--engine", "dask", "--scheduler", address], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"error: --scheduler {address}: no Dask scheduler reached there ({why}" in result.stderr
    assert not list((tmp_path / "docs").rglob("*.md")) and not (tmp_path / "docs" / "data").exists()


def test_a_scheduler_without_the_dask_engine_is_refused(tmp_path):
    result = subprocess.run([sys.executable, "-m", "generator", "generate", "--seeds", str(SEEDS), "--docs", str(tmp_path / "docs"),
                             "--scheduler", "tcp://127.0.0.1:8786"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "give it with --engine dask" in result.stderr
    assert not (tmp_path / "docs").exists()


def test_the_pool_and_the_mkdocs_plugin_do_not_import_dask(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLES[0], seeds)
    script = (
        "import sys\n"
        "import generator.mkdocs_plugin\n"
        "from generator.__main__ import main\n"
        f"assert main(['generate', '--seeds', {str(seeds)!r}, '--docs', {str(tmp_path / 'docs')!r}, '--workers', '2']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "docs" / "data" / "articles.jsonl").is_file()
