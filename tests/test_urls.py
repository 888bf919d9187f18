"""URLs that do not move (issue 11 item 6, issue 13 items 5 and 6): no page's URL depends
on the year of another page, a homophone does not rename a person's page, an article printed
twice is two records, a copy of a page never displaces the catalogued file, and a corrected
headline leaves its old URL leading to the article."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.config import load_config
from generator.dataset import ARTICLES
from generator.pipeline import run
from tests.conftest import ROOT, SEEDS

SAMPLES = sorted(SEEDS.glob("*.txt"))


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of site_config/ and docs_templates/ whose catalog the test may edit."""
    site_config = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", site_config)
    shutil.copytree(ROOT / "docs_templates", tmp_path / "docs_templates")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    return site_config, seeds


def _catalog(site_config: Path, name: str, issue_date: str, page: int = 1) -> None:
    with (site_config / "sources.yml").open("a", encoding="utf-8") as fh:
        fh.write(f"  {name}:\n    issue_date: {issue_date}\n    page: {page}\n")


def _records(docs: Path) -> list[dict]:
    return [json.loads(line) for line in (docs / ARTICLES).read_text(encoding="utf-8").splitlines()]


def _article_pages(docs: Path) -> set[str]:
    return {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")
            if re.match(r"\d{4}/\d\d/\d\d/(?!index\.md)", p.relative_to(docs).as_posix())}


def _paths(report) -> dict[str, str]:
    from generator.slugs import article_path

    return {a.id: article_path(a) for a in report.articles}


def test_cataloguing_a_page_of_another_year_moves_no_other_page(tmp_path):
    """An uncatalogued page that prints no year takes the archive's assumed year, never the
    catalog's latest: cataloguing a page of 2021 leaves every other article where it was."""
    site_config, seeds = _project(tmp_path)
    for path in SAMPLES:
        shutil.copy(path, seeds)
    docs = tmp_path / "docs"
    before = run(seeds, docs, load_config(site_config))
    dated = {a.id: a.issue_date for a in before.articles}
    pages = _article_pages(docs)
    (seeds / "later.txt").write_text("本报讯（记者张三）3月2日，温县召开春耕生产会议。\n\n温县部署春耕生产\n", encoding="utf-8")
    _catalog(site_config, "later.txt", "2021-03-03")
    after = run(seeds, docs, load_config(site_config))
    assert {a.id: a.issue_date for a in after.articles if a.source_file != "later.txt"} == dated
    assert pages < _article_pages(docs)
    assert any(a.issue_date.year == 2021 for a in after.articles if a.source_file == "later.txt")


def test_a_homophone_does_not_rename_the_first_holders_page(tmp_path):
    site_config, seeds = _project(tmp_path)
    shutil.copy(SAMPLES[0], seeds)
    docs = tmp_path / "docs"
    run(seeds, docs, load_config(site_config))
    assert (docs / "people" / "wang-xiao-ping.md").is_file()
    (seeds / "homophone.txt").write_text(
        "本报讯（记者张三）2月20日，汪晓萍在温县调研春耕生产。汪晓萍强调，要抓好农业生产。\n\n汪晓萍在温县调研\n", encoding="utf-8")
    report = run(seeds, docs, load_config(site_config))
    assert "汪晓萍" in {name for a in report.articles for name in a.people}
    assert "# 王小平" in (docs / "people" / "wang-xiao-ping.md").read_text(encoding="utf-8")
    others = [p for p in (docs / "people").glob("wang-xiao-ping-*.md")]
    assert len(others) == 1 and "汪晓萍" in others[0].read_text(encoding="utf-8")


ARTICLE = "本报讯（记者张三）2月20日，温县召开春耕生产会议。\n会议要求抓好农业生产。\n\n温县部署春耕生产\n"
OTHER = "本报讯（记者李四）2月20日，博爱县召开复工复产会议。\n\n博爱县推进复工复产\n"


def test_an_article_printed_in_two_page_files_is_two_records_with_their_own_ids(tmp_path):
    site_config, seeds = _project(tmp_path)
    (seeds / "a.txt").write_text(ARTICLE + "\n" + OTHER, encoding="utf-8")
    (seeds / "b.txt").write_text(ARTICLE, encoding="utf-8")  # the same notice printed again, on another day
    _catalog(site_config, "a.txt", "2020-02-21")
    _catalog(site_config, "b.txt", "2020-03-05", 2)
    docs = tmp_path / "docs"
    report = run(seeds, docs, load_config(site_config))
    records = _records(docs)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 3
    reprint = [r for r in records if r["title"] == "温县部署春耕生产"]
    assert {r["source"]["file"] for r in reprint} == {"a.txt", "b.txt"}
    paths = {a.source_file + a.title: p for a, p in zip(report.articles, _paths(report).values())}
    assert any(p.startswith("2020/02/21/") for k, p in paths.items() if k.startswith("a.txt"))
    pages = _article_pages(docs)
    assert len([p for p in pages if p.startswith("2020/03/05/")]) == 1  # its own page, in its own issue
    assert len([p for p in pages if p.startswith("2020/02/21/")]) == 2
    warning = [p for p in report.problems if p.file == "b.txt" and "also printed in a.txt" in p.message]
    assert len(warning) == 1 and warning[0].line == 1


def test_the_catalogued_file_keeps_the_ids_when_its_copy_sorts_first(tmp_path):
    site_config, seeds = _project(tmp_path)
    shutil.copy(SAMPLES[1], seeds / "zz original.txt")
    _catalog(site_config, "zz original.txt", "2020-02-22", 2)
    docs = tmp_path / "docs"
    first = run(seeds, docs, load_config(site_config))
    ids = {a.id for a in first.articles}
    pages = _article_pages(docs)
    shutil.copy(SAMPLES[1], seeds / "00 copy.txt")  # byte-identical, sorts first
    second = run(seeds, docs, load_config(site_config))
    assert {a.source_file for a in second.articles} == {"zz original.txt"}
    assert {a.id for a in second.articles} == ids and _article_pages(docs) == pages
    assert any(p.file == "00 copy.txt" and "same content as zz original.txt" in p.message for p in second.problems)


def test_a_page_dropped_in_twice_under_another_name_is_said_and_kept_once(tmp_path):
    """The same page with other line ends and a BOM (not byte-identical): one copy, a
    warning naming both files, no id twice."""
    site_config, seeds = _project(tmp_path)
    text = SAMPLES[2].read_text(encoding="utf-8")
    shutil.copy(SAMPLES[2], seeds / SAMPLES[2].name)
    (seeds / "again.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    docs = tmp_path / "docs"
    report = run(seeds, docs, load_config(site_config))
    ids = [r["id"] for r in _records(docs)]
    assert len(ids) == len(set(ids))
    assert {r["source"]["file"] for r in _records(docs)} == {SAMPLES[2].name}
    (warning,) = [p for p in report.problems if p.file == "again.txt"]
    assert SAMPLES[2].name in warning.message and warning.severity == "warning"


def test_a_corrected_headline_leaves_its_old_url_leading_to_the_article(tmp_path):
    site_config, seeds = _project(tmp_path)
    page = seeds / "page.txt"
    page.write_text(ARTICLE + "\n" + OTHER, encoding="utf-8")
    _catalog(site_config, "page.txt", "2020-02-21")
    docs = tmp_path / "docs"
    run(seeds, docs, load_config(site_config))
    (old,) = [p for p in _article_pages(docs) if "wen-xian" in p]
    page.write_text(ARTICLE.replace("温县部署春耕生产", "温县部署春耕备耕") + "\n" + OTHER, encoding="utf-8")
    report = run(seeds, docs, load_config(site_config))
    corrected = next(a for a in report.articles if a.title == "温县部署春耕备耕")
    new = _paths(report)[corrected.id]
    assert new != old and (docs / new).is_file()
    redirect = (docs / old).read_text(encoding="utf-8")
    assert "template: redirect.html" in redirect
    target = re.search(r"redirect: (\S+)", redirect).group(1)
    assert target == "../" + Path(new).stem + "/"  # the page's URL, relative to the old one
    assert f"]({Path(new).name})" in redirect  # and a link MkDocs checks
    assert "exclude: true" in redirect  # not a search result
    # A second correction: both earlier URLs lead to the article.
    page.write_text(ARTICLE.replace("温县部署春耕生产", "温县全面部署春耕") + "\n" + OTHER, encoding="utf-8")
    report = run(seeds, docs, load_config(site_config))
    latest = next(a for a in report.articles if a.title == "温县全面部署春耕")
    for earlier in (old, new):
        assert f"]({Path(_paths(report)[latest.id]).name})" in (docs / earlier).read_text(encoding="utf-8")


def test_the_registry_forgets_a_removed_page_file(tmp_path):
    """Removing a page file gives the archive as it was before the file came, registry too."""
    site_config, seeds = _project(tmp_path)
    shutil.copy(SAMPLES[0], seeds)
    docs = tmp_path / "docs"
    run(seeds, docs, load_config(site_config))
    before = (docs / "urls.json").read_bytes()
    shutil.copy(SAMPLES[1], seeds)
    run(seeds, docs, load_config(site_config))
    assert (docs / "urls.json").read_bytes() != before
    (seeds / SAMPLES[1].name).unlink()
    run(seeds, docs, load_config(site_config))
    assert (docs / "urls.json").read_bytes() == before


@pytest.mark.e2e
def test_a_redirect_page_builds_and_sends_the_browser_on(tmp_path):
    """`mkdocs build --strict` accepts the redirect page, and its HTML refreshes to the article."""
    import subprocess
    import sys

    site_config, seeds = _project(tmp_path)
    page = seeds / "page.txt"
    page.write_text(ARTICLE + "\n" + OTHER, encoding="utf-8")
    _catalog(site_config, "page.txt", "2020-02-21")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "docs").mkdir()

    def build():
        return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=600)

    assert build().returncode == 0
    (old,) = [p for p in _article_pages(tmp_path / "docs") if "wen-xian" in p]
    page.write_text(ARTICLE.replace("温县部署春耕生产", "温县部署春耕备耕") + "\n" + OTHER, encoding="utf-8")
    result = build()
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / old[: -len(".md")] / "index.html").read_text(encoding="utf-8")
    refresh = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', html).group(1)
    target = (tmp_path / "site" / old[: -len(".md")] / refresh / "index.html").resolve()
    assert target.is_file() and "温县部署春耕备耕" in target.read_text(encoding="utf-8")


def _colliding_names() -> tuple[str, str]:
    """Two file names whose SHA-1 digests start with the same four hex digits."""
    import hashlib

    seen: dict[str, str] = {}
    n = 0
    while True:
        name = f"reprint-{n}.txt"
        start = hashlib.sha1(name.encode()).hexdigest()[:4]
        if start in seen:
            return seen[start], name
        seen[start] = name
        n += 1


def test_reprint_ids_stay_unique_when_two_file_names_hash_alike():
    """Found by the fuzzer: an article reprinted in hundreds of files, two of whose names
    start their digest alike, got one id twice. The suffix grows where it would clash, and
    an id given before keeps its length."""
    from generator.model import Article, Page
    from generator.occurrences import unique_ids
    from generator.registry import Registry

    config = load_config(ROOT / "site_config")
    first, second = _colliding_names()

    def pages():
        return [Page(name, None, None, [Article(id="abcdef123456", source_file=name, first_line=1, last_line=3, slug="x-abcdef")], [], [])
                for name in ("original.txt", first, second)]

    registry = Registry()
    got = pages()
    unique_ids(got, config, registry)
    ids = [p.articles[0].id for p in got]
    assert ids[0] == "abcdef123456" and len(set(ids)) == 3
    assert all(len(i) > len("abcdef123456-0000") for i in ids[1:])
    # Given before: the first of them keeps its four digits when the second arrives.
    registry = Registry()
    alone = pages()[:2]
    unique_ids(alone, config, registry)
    short = alone[1].articles[0].id
    both = pages()
    unique_ids(both, config, registry)
    assert both[1].articles[0].id == short and len(short) == len("abcdef123456-0000")
    assert both[2].articles[0].id != short
