"""An archivist's corrections (site_config/corrections.yml, generator/corrections.py):
applied without editing the page dumps, shown and kept in the dataset, the URL kept, and an
entry that no longer fits its page reported with the file and the entry's line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.config import load_config
from generator.corrections import apply_corrections, digest
from generator.pipeline import run
from tests.conftest import FIXTURES, ROOT
from tests.support.joins import parsed_pages

CONTINUED = FIXTURES / "continued"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "corrections.yml"
    path.write_text(text, encoding="utf-8")
    return path


def _find(pages, title):
    return next(a for p in pages for a in p.articles if a.title == title)


def test_headline_paragraph_people_and_districts_are_corrected_and_said(tmp_path):
    pages = parsed_pages(CONTINUED)
    article = _find(pages, "市区三条道路完成改造")
    article.people, article.districts, article.primary_district = ["赵刚"], ["温县"], "温县"
    path = _write(tmp_path, f"""corrections:
  - article: {article.id}
    file: a_p1.txt
    against: {digest(article)}
    date: 2026-12-02
    note: 标题漏字，据原版更正
    title: 市区三条主干道路完成改造
    paragraphs:
      1: 记者昨日从市住建局获悉，市区人民路、塔南路和民主路三条主干道路改造工程已全部完工，
    people: {{remove: [赵刚]}}
    districts: {{add: [解放区], remove: [温县]}}
""")
    slug = article.slug
    changed, problems = apply_corrections(pages, path)
    assert changed == {article.id} and problems == []
    assert article.title == "市区三条主干道路完成改造" and article.slug == slug  # the URL stays
    assert article.paragraphs[0].startswith("记者昨日从市住建局获悉") and "主干道路改造" in article.paragraphs[0]
    assert article.people == [] and article.districts == ["解放区"] and article.primary_district == "解放区"
    (correction,) = article.corrections
    assert (correction.entry, correction.note, correction.dated) == (1, "标题漏字，据原版更正", "2026-12-02")
    fields = {c.field: (c.was, c.now) for c in correction.changes}
    assert fields["title"] == ("市区三条道路完成改造", "市区三条主干道路完成改造")
    assert fields["people"] == ("赵刚", "") and fields["districts"] == ("温县", "解放区")
    assert "paragraph 1" in fields


def test_an_entry_written_against_another_text_is_reported_with_file_and_entry_and_not_applied(tmp_path):
    pages = parsed_pages(CONTINUED)
    article = _find(pages, "市区三条道路完成改造")
    path = _write(tmp_path, f"""# a comment line
corrections:
  - article: {article.id}
    against: 000000000000
    title: 别的标题
  - article: ffffffffffff
    against: 111111111111
    title: 不存在的文章
""")
    changed, problems = apply_corrections(pages, path)
    assert not changed and article.title == "市区三条道路完成改造" and not article.corrections
    assert [(p.file, p.line, p.severity) for p in problems] == [(str(path), 3, "warning"), (str(path), 6, "warning")]
    assert problems[0].message.startswith(f"entry 1 (article {article.id}): written against 000000000000")
    assert f"now {digest(article)}" in problems[0].message
    assert problems[1].message.startswith("entry 2 (article ffffffffffff): no such article")


def test_an_entry_without_a_digest_is_applied_and_asks_for_one(tmp_path):
    pages = parsed_pages(CONTINUED)
    article = _find(pages, "市区三条道路完成改造")
    path = _write(tmp_path, f"corrections:\n  - article: {article.id}\n    kicker: 城建\n")
    expected = digest(article)
    changed, problems = apply_corrections(pages, path)
    assert article.kicker == "城建" and changed == {article.id}
    assert len(problems) == 1 and f"add `against: {expected}`" in problems[0].message and problems[0].line == 2


def test_a_paragraph_that_is_not_there_refuses_the_whole_entry(tmp_path):
    pages = parsed_pages(CONTINUED)
    article = _find(pages, "市区三条道路完成改造")
    path = _write(tmp_path, f"""corrections:
  - article: {article.id}
    against: {digest(article)}
    title: 改了也不算
    paragraphs: {{9: 没有第九段}}
""")
    changed, problems = apply_corrections(pages, path)
    assert not changed and article.title == "市区三条道路完成改造"
    assert "paragraph 9 is not one of its 1 paragraphs; not applied" in problems[0].message


def test_a_split_makes_a_second_article_and_a_merge_joins_two(tmp_path):
    pages = parsed_pages(CONTINUED)
    feature = _find(pages, "我市召开春季植树造林动员会")
    first, second = _find(pages, "春季招聘会提供岗位三千余个"), None
    page2 = next(p for p in pages if p.file == "a_p2.txt")
    second = page2.articles[0]
    path = _write(tmp_path, f"""corrections:
  - article: {feature.id}
    against: {digest(feature)}
    split: {{at: 3, title: 各级林业部门加强技术指导}}
  - article: {second.id}
    against: {digest(second)}
    merge: {first.id}
""")
    paragraphs = list(feature.paragraphs)
    changed, problems = apply_corrections(pages, path)
    assert problems == []
    page1 = next(p for p in pages if p.file == "a_p1.txt")
    index = page1.articles.index(feature)
    split_off = page1.articles[index + 1]
    assert feature.paragraphs == paragraphs[:2] and split_off.paragraphs == paragraphs[2:]
    assert split_off.title == "各级林业部门加强技术指导" and split_off.id != feature.id and split_off.id in changed
    assert (split_off.first_line, split_off.last_line, feature.last_line) == (10, 12, 14)  # the headline printed after them stays the first's
    assert split_off.continued_to == "第三版①" and feature.continued_to == ""  # the jump ends the printed text
    assert first not in page2.articles and second.paragraphs[-1].startswith("4月5日，市人社局")
    assert second.last_line == 15 and {a.article_id for a in page2.artifacts} == {second.id}


def test_a_run_shows_the_correction_on_the_page_and_in_the_dataset_and_keeps_the_url(tmp_path):
    settings = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", settings)
    shutil.copy(CONTINUED / "sources.yml", settings / "sources.yml")
    (tmp_path / "docs_templates").symlink_to(ROOT / "docs_templates")
    config = load_config(settings)
    run(CONTINUED, tmp_path / "docs", config)
    records = [json.loads(line) for line in (tmp_path / "docs/data/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    record = next(r for r in records if r["title"] == "市区三条道路完成改造")
    paths = set(json.loads((tmp_path / "docs/urls.json").read_text(encoding="utf-8"))["paths"])
    path = next(p for p in paths if p.endswith(f"-{record['id'][:6]}.md"))
    (settings / "corrections.yml").write_text(f"""corrections:
  - article: {record['id']}
    file: a_p1.txt
    against: {digest(_find(parsed_pages(CONTINUED), '市区三条道路完成改造'))}
    date: 2026-12-02
    note: 标题漏字
    title: 市区三条主干道路完成改造
""", encoding="utf-8")
    report = run(CONTINUED, tmp_path / "docs", load_config(settings))
    assert report.cached == 5  # corrections apply after the page cache: no page is parsed again
    corrected = next(json.loads(line) for line in (tmp_path / "docs/data/articles.jsonl").read_text(encoding="utf-8").splitlines()
                     if json.loads(line)["id"] == record["id"])
    assert corrected["title"] == "市区三条主干道路完成改造"
    assert corrected["corrections"] == [{"entry": 1, "note": "标题漏字", "date": "2026-12-02",
                                         "changes": [{"field": "title", "was": "市区三条道路完成改造", "now": "市区三条主干道路完成改造"}]}]
    page = (tmp_path / "docs" / path).read_text(encoding="utf-8")  # the same URL
    assert "# 市区三条主干道路完成改造" in page and "## 更正记录" in page
    assert "标题：原为“市区三条道路完成改造”，改为“市区三条主干道路完成改造”" in page
    # The page file changes under the entry: the entry is reported, not applied.
    seeds = tmp_path / "seeds"
    shutil.copytree(CONTINUED, seeds)
    text = (seeds / "a_p1.txt").read_text(encoding="utf-8").replace("三\n条道路改造工程", "三\n条道路改建工程")
    (seeds / "a_p1.txt").write_text(text, encoding="utf-8")
    report = run(seeds, tmp_path / "docs", load_config(settings))
    (stale,) = [p for p in report.problems if p.file == str(settings / "corrections.yml")]
    assert stale.line == 2 and stale.severity == "warning" and "entry 1" in stale.message and "not applied" in stale.message
