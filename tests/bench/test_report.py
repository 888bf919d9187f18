"""Benchmark report helpers that need no build: the derived mkdocs.yml and the tables."""

from __future__ import annotations

from benchmarks.report import SizeResult, Stage, format_report, machine, read_mkdocs_yml, write_mkdocs_yml
from tests.conftest import ROOT


def test_the_temporary_mkdocs_yml_inherits_the_repos_with_the_generator_off(tmp_path):
    merged = read_mkdocs_yml(write_mkdocs_yml(tmp_path, ROOT / "mkdocs.yml"))
    assert merged["docs_dir"] == str(tmp_path / "docs") and merged["site_dir"] == str(tmp_path / "site")
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in merged["plugins"]]
    assert plugins[0] == "jiaozuo-archive" and "search" in plugins
    assert merged["plugins"][0]["jiaozuo-archive"]["enabled"] is False
    assert merged["theme"]["name"] == "material"  # the rest comes from the repo's file


def test_the_report_has_a_row_per_stage_and_the_machine():
    result = SizeResult(pages=10, articles=60, stages=[Stage("parse", 2.0, 2**20), Stage("mkdocs build", 4.0, 2**21)],
                        site_bytes=6 * 2**20, search_index_bytes=2**20)
    text = format_report([result], machine(), {"python": "3"}, "python -m benchmarks report --sizes 10", 1, 60.0)
    assert "| 10 | 60 | parse | 2.0 | 5.0 | 30.0 | 1.0 |" in text
    assert "| 10 | 60 | mkdocs build | 4.0 | 2.5 | 15.0 | 2.0 |" in text
    assert "nproc" in text and "python -m benchmarks report --sizes 10" in text


def test_material_result_counts_are_read_with_their_rounding():
    from benchmarks.report import material_count

    assert material_count("找到 1 个符合条件的结果") == 1
    assert material_count("612 个符合条件的结果") == 612
    assert material_count("3.7k 个符合条件的结果") == 3700  # Material rounds thousands
    assert material_count("12k matching documents") == 12000
    assert material_count("没有找到符合条件的结果") is None
