"""A site split by year (generator/split_site.py, issue 14 item 4), built at a small size: the
five sample pages of 2020 and two real pages of 2019 (tests/fixtures/real_dev4/d4_04.txt,
real_test3/t3_06.txt, issue dates from their sources.yml), split into a home and two years,
every project built with `mkdocs build --strict`, and the single site built beside it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.config import load_config
from generator.split_site import HOME, SplitError, _relocate, build_split_site, split_site
from tests.conftest import FIXTURES, ROOT, SEEDS

# Real pages of 2019, with the issue dates of their catalogs (tests/fixtures/*/sources.yml).
OTHER_YEAR = {FIXTURES / "real_dev4" / "d4_04.txt": "2019-01-30", FIXTURES / "real_test3" / "t3_06.txt": "2019-12-07"}
HREF = re.compile(r'(?:href|src)="([^"]*)"')
ARTICLE_PAGE = re.compile(r"^(\d{4})/\d\d/\d\d/[^/]+/index\.html$")  # YYYY/MM/DD/<slug>/ (an issue is YYYY/MM/DD/)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(project folder, single site, split site, the projects): the docs generated once,
    built as one site by the archive's mkdocs.yml and as the split site."""
    project = tmp_path_factory.mktemp("split")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "site_config", project / "site_config")
    (project / "docs_templates").symlink_to(ROOT / "docs_templates", target_is_directory=True)
    # The hand-written pages include benchmarks/RESULTS.md (pymdownx.snippets, base_path "."
    # of the archive's mkdocs.yml): a project's build must read it from the archive's folder.
    (project / "benchmarks").symlink_to(ROOT / "benchmarks", target_is_directory=True)
    shutil.copytree(ROOT / "docs" / "about", project / "docs" / "about")
    seeds = project / "seeds"
    seeds.mkdir()
    for sample in SEEDS.glob("*.txt"):
        shutil.copy(sample, seeds)
    with (project / "site_config" / "sources.yml").open("a", encoding="utf-8") as fh:
        for page, day in OTHER_YEAR.items():
            shutil.copy(page, seeds)
            fh.write(f"  {page.name}:\n    issue_date: {day}\n    page: 1\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    # The single site: the plugin generates docs/ and MkDocs builds it.
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "single"], cwd=project, env=env, check=True, timeout=900)
    projects = split_site(project / "docs", project / "build" / "split", project / "site", load_config(project / "site_config"), project / "mkdocs.yml")
    build_split_site(projects, strict=True)
    return project, project / "single", project / "site", projects


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("index.html")}


def _links(page: Path, site: Path) -> list[tuple[str, Path]]:
    """Each internal href or src of a built page, with the file it leads to."""
    found = []
    for link in HREF.findall(page.read_text(encoding="utf-8")):
        parts = urlsplit(link.replace("&amp;", "&"))
        if parts.scheme or parts.netloc or not parts.path:
            continue
        target = (page.parent / unquote(parts.path)).resolve()
        found.append((link, target / "index.html" if target.is_dir() else target))
    return found


def _records(project: Path) -> list[dict]:
    return [json.loads(line) for line in (project / "docs" / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.e2e
def test_the_archive_splits_into_a_home_and_a_site_per_year(built):
    project, _, site, projects = built
    years = sorted({r["issue_date"][:4] for r in _records(project)})
    assert years == ["2019", "2020"]  # the seeds are of 2020, the two real pages of 2019
    assert [p.name for p in projects] == [HOME, "2019", "2020"]
    assert [p.site_dir for p in projects] == [site.resolve(), (site / "2019").resolve(), (site / "2020").resolve()]
    assert projects[0].articles == projects[1].articles + projects[2].articles == len(_records(project))
    for year in years:
        assert (site / year / "index.html").is_file()
        assert (site / year / "people" / "index.html").is_file()
        assert f'href="{year}/"' in (site / "index.html").read_text(encoding="utf-8")  # the home lists the years


@pytest.mark.e2e
def test_every_article_page_of_the_single_site_is_at_the_same_path(built):
    _, single, site, _ = built
    articles = {p for p in _pages(single) if ARTICLE_PAGE.match(p)}
    assert {ARTICLE_PAGE.match(p).group(1) for p in articles} == {"2019", "2020"}
    missing = sorted(articles - _pages(site))
    assert missing == []
    issues = {p for p in _pages(single) if re.match(r"^\d{4}/\d\d/\d\d/index\.html$", p)}
    assert issues and issues <= _pages(site)
    h1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
    for page in articles:  # the same article there, not only a file
        assert h1.findall((site / page).read_text(encoding="utf-8")) == h1.findall((single / page).read_text(encoding="utf-8")), page


@pytest.mark.e2e
def test_every_internal_link_of_the_split_site_leads_to_a_file(built):
    _, _, site, _ = built
    site = site.resolve()
    broken, across = [], 0
    for page in site.rglob("*.html"):
        if page.name == "404.html":  # links from the site's root (the host serves it at any path)
            continue
        part = page.relative_to(site).parts[0]
        for link, target in _links(page, site):
            if not target.is_file() or site not in target.parents:
                broken.append(f"{page.relative_to(site)}: {link}")
            elif target.relative_to(site).parts[0] != part and part in ("2019", "2020"):
                across += 1
    assert broken == []
    assert across > 0  # the check covered links from a year's site to the home and the other year


@pytest.mark.e2e
def test_an_article_links_the_people_districts_and_topics_of_its_own_year(built):
    _, _, site, _ = built
    site = site.resolve()
    checked = 0
    for year in ("2019", "2020"):
        for page in (site / year).rglob("index.html"):
            if not ARTICLE_PAGE.match(page.relative_to(site).as_posix()):
                continue
            for link, target in _links(page, site):
                facet = target.relative_to(site).parts
                if facet[0] in ("people", "districts", "topics") or facet[1:2] in (("people",), ("districts",), ("topics",)):
                    assert facet[0] == year, f"{page.relative_to(site)}: {link}"
                    checked += 1
    assert checked > 0


def _article_links(page: Path, site: Path) -> set[str]:
    """The article pages a built page links, as paths of the site folder."""
    site = site.resolve()
    return {target.relative_to(site).as_posix() for _, target in _links(page, site)
            if site in target.parents and ARTICLE_PAGE.match(target.relative_to(site).as_posix())}


@pytest.mark.e2e
def test_a_years_person_page_lists_that_years_articles_and_the_homes_all(built):
    project, single, site, _ = built
    by_year: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in _records(project):
        for name in dict.fromkeys(record["people"]):
            by_year[name][record["issue_date"][:4]] += 1
    both = [name for name, years in by_year.items() if len(years) == 2]
    assert "徐衣显" in both  # the mayor, on a sample page of 2020 and on d4_04 of 2019
    slugs = json.loads((project / "docs" / "urls.json").read_text(encoding="utf-8"))["people"]
    for name in both:
        everything = _article_links(site / "people" / slugs[name] / "index.html", site)
        assert everything == _article_links(single / "people" / slugs[name] / "index.html", single)
        assert len(everything) == sum(by_year[name].values())
        for year in ("2019", "2020"):
            listed = _article_links(site / year / "people" / slugs[name] / "index.html", site)
            assert listed == {p for p in everything if p.startswith(f"{year}/")}
            assert len(listed) == by_year[name][year]
    only_2019 = [name for name, years in by_year.items() if set(years) == {"2019"}]
    assert only_2019
    for name in only_2019:  # a year's site has pages only of its own people
        assert (site / "2019" / "people" / slugs[name] / "index.html").is_file()
        assert not (site / "2020" / "people" / slugs[name]).exists()


def test_links_are_written_for_the_page_s_place_in_its_project():
    """A page of 2020 (site/2020/02/21/a/), as the generator wrote it in docs/2020/02/21/a.md:
    its person is the year's (docs of the part: people/x.md beside 02/), an article of 2019 a
    URL into that year's site, the dataset a file of the home; the front matter is left."""
    def locate(path: str, project: str) -> tuple[str, str]:
        head, _, rest = path.partition("/")
        if head in ("2019", "2020"):
            return head, rest
        return (project, path) if path.startswith("people/") and project else (HOME, path)

    page = ("---\nchips:\n  people: [[x, people/x/]]\n---\n\n[x](../../../people/x.md) [b](../../../2019/05/01/b.md#p) "
            "[d](../../../data/articles.jsonl) [next](c.md) [issue](index.md) [home](../../../index.md) [web](https://example.org/a.md)\n")
    assert _relocate(page, "2020/02/21/a.md", "2020", locate) == (
        "---\nchips:\n  people: [[x, people/x/]]\n---\n\n[x](../../people/x.md) [b](../../../../2019/05/01/b/#p) "
        "[d](../../../../data/articles.jsonl) [next](c.md) [issue](index.md) [home](../../../../) [web](https://example.org/a.md)\n")
    # The home's person page: the same article, a URL into its year's site.
    assert _relocate("[a](../2020/02/21/a.md)", "people/x.md", HOME, locate) == "[a](../../2020/02/21/a/)"


def test_an_output_folder_it_did_not_make_is_refused(tmp_path, config):
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    with pytest.raises(SplitError, match="generate"):
        split_site(docs, tmp_path / "out", tmp_path / "site", config, ROOT / "mkdocs.yml")
    (docs / "data" / "articles.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SplitError, match="not made by split-site"):
        split_site(docs, tmp_path / "out", tmp_path / "site", config, ROOT / "mkdocs.yml")
    assert (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_part_is_served_under_the_archive_s_address(tmp_path, monkeypatch, config):
    """A year's mkdocs.yml, as MkDocs reads it: the archive's settings, its own folders, the
    archive's address plus its year, the generator's plugin off."""
    from mkdocs.config import load_config as load_mkdocs_config

    from generator.pipeline import run

    monkeypatch.setenv("ARCHIVE_SITE_URL", "https://example.org/archive")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], seeds)  # 2020-02-21 in site_config/sources.yml
    run(seeds, tmp_path / "docs", config)
    projects = split_site(tmp_path / "docs", tmp_path / "out", tmp_path / "site", config, ROOT / "mkdocs.yml")
    assert [p.name for p in projects] == [HOME, "2020"]
    for project, url, site in ((projects[0], "https://example.org/archive/", tmp_path / "site"),
                               (projects[1], "https://example.org/archive/2020/", tmp_path / "site" / "2020")):
        settings = load_mkdocs_config(str(project.config_file))
        assert settings.site_url == url
        assert Path(settings.site_dir) == site.resolve()
        assert Path(settings.docs_dir) == project.folder / "docs"
        assert settings.plugins["jiaozuo-archive"].config.enabled is False
        assert settings.site_name == "焦作日报 文章档案"  # the archive's, inherited
    assert (projects[1].folder / "docs" / "02" / "21" / "index.md").is_file()  # the issue of 2020-02-21


def test_the_command_says_when_the_docs_are_not_generated(tmp_path, capsys):
    from generator.__main__ import main

    (tmp_path / "docs").mkdir()
    code = main(["split-site", "--docs", str(tmp_path / "docs"), "--out", str(tmp_path / "out"), "--site", str(tmp_path / "site"),
                 "--mkdocs-yml", str(ROOT / "mkdocs.yml")])
    assert code == 2
    assert not (tmp_path / "out").exists()
