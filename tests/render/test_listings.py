"""Index entries with many articles: the entry's page shows its years, a busy year its months,
and adding an article rewrites only the pages that list it."""

from __future__ import annotations

import datetime as dt
import posixpath
import re

from generator.render import render_site
from generator.config import Reference
from generator.render.catalog import LIST_LIMIT, RECENT, build_catalog
from tests.render.builders import article, make_config, to_html, visible_text

NAME = "徐衣显"


def _busy_year():
    """Few articles in 2019 (one month), many in 2020 (January and February), a few undated."""
    articles = []
    plan = [(dt.date(2019, 3, 1), 10), (dt.date(2020, 1, 1), LIST_LIMIT // 2), (dt.date(2020, 2, 1), LIST_LIMIT), (None, 3)]
    for start, count in plan:
        for n in range(count):
            day = start + dt.timedelta(days=n % 28) if start else None
            label = f"{start:%Y%m}" if start else "undated"
            articles.append(article(id=f"{label}{n:06d}", title=f"第{n}篇报道{label}", issue_date=day,
                                    first_line=n + 1, source_file=f"{label}.txt", people=[NAME]))
    return articles


def test_a_busy_entry_is_split_by_year_and_a_busy_year_by_month():
    person = build_catalog(_busy_year(), Reference()).people[NAME]
    assert person.paged
    years = person.years
    assert [y.label for y in years] == ["2019年", "2020年", "日期不详"]
    assert [len(y.articles) for y in years] == [10, LIST_LIMIT // 2 + LIST_LIMIT, 3]
    assert [y.path for y in years] == [f"people/{'xu-yi-xian'}/2019.md", "people/xu-yi-xian/2020.md", "people/xu-yi-xian/undated.md"]
    assert not years[0].paged and years[1].paged and not years[2].paged
    months = years[1].months
    assert [(m.label, m.path, len(m.articles)) for m in months] == [
        ("2020年1月", "people/xu-yi-xian/2020/01.md", LIST_LIMIT // 2),
        ("2020年2月", "people/xu-yi-xian/2020/02.md", LIST_LIMIT),
    ]
    # The latest dated articles, newest first: the undated ones are not "recent".
    assert len(person.recent) == RECENT
    assert all(a.issue_date for a in person.recent)
    assert [a.issue_date for a in person.recent] == sorted((a.issue_date for a in person.recent), reverse=True)


def test_a_small_entry_lists_everything_on_its_own_page(tmp_path):
    articles = _busy_year()[:LIST_LIMIT]
    render_site(articles, [], make_config(), tmp_path)
    text = visible_text(to_html((tmp_path / "people/xu-yi-xian.md").read_text(encoding="utf-8"))[1])
    assert all(a.title in text for a in articles)
    assert not (tmp_path / "people/xu-yi-xian").exists()


def test_split_pages_link_down_and_back_and_stay_out_of_search(tmp_path):
    articles = _busy_year()
    render_site(articles, [], make_config(), tmp_path)
    entry = (tmp_path / "people/xu-yi-xian.md").read_text(encoding="utf-8")
    _, html = to_html(entry)
    for year, count in (("2019", 10), ("2020", LIST_LIMIT // 2 + LIST_LIMIT)):
        assert re.search(rf'<td><a href="xu-yi-xian/{year}.md">{year}年</a></td>\s*<td[^>]*>{count}</td>', html)
    text = visible_text(html)
    assert f"最近 {RECENT} 篇" in text
    newest = max((a for a in articles if a.issue_date), key=lambda a: (a.issue_date, a.first_line))
    assert newest.title in text and "第0篇报道201903" not in text  # not every article
    year = (tmp_path / "people/xu-yi-xian/2020.md").read_text(encoding="utf-8")
    assert "exclude: true" in year.split("---")[1]
    _, year_html = to_html(year)
    assert re.search(rf'<td><a href="2020/01.md">2020年1月</a></td>\s*<td[^>]*>{LIST_LIMIT // 2}</td>', year_html)
    _, month = to_html((tmp_path / "people/xu-yi-xian/2020/02.md").read_text(encoding="utf-8"))
    assert '<a href="../../xu-yi-xian.md">人物：徐衣显</a>' in month and '<a href="../2020.md">2020年</a>' in month
    assert len(re.findall(r"第\d+篇报道202002", visible_text(month))) == LIST_LIMIT
    assert "202001" not in visible_text(month)


def test_a_new_article_rewrites_its_month_not_the_other_listings(tmp_path):
    articles = _busy_year()
    render_site(articles, [], make_config(), tmp_path)
    kept = ["people/xu-yi-xian/2019.md", "people/xu-yi-xian/2020/01.md", "people/xu-yi-xian/undated.md"]
    redone = ["people/xu-yi-xian/2020/02.md", "people/xu-yi-xian/2020.md", "people/xu-yi-xian.md"]

    before = {path: _identity(tmp_path / path) for path in kept + redone}
    late = article(id="late00000001", title="月底新到的报道", issue_date=dt.date(2020, 2, 29), first_line=1,
                   source_file="late.txt", people=[NAME])
    render_site([*articles, late], [], make_config(), tmp_path)
    for path in kept:
        assert _identity(tmp_path / path) == before[path], path
    for path in redone:
        assert _identity(tmp_path / path) != before[path], path
    assert "月底新到的报道" in (tmp_path / "people/xu-yi-xian/2020/02.md").read_text(encoding="utf-8")


def test_every_link_of_the_split_pages_reaches_a_written_page(tmp_path):
    written = render_site(_busy_year(), [], make_config(), tmp_path)
    listings = [tmp_path / p for p in written if p.endswith(".md") and p.startswith("people/xu-yi-xian")]
    assert len(listings) == 1 + 3 + 2  # the entry, three years, two months
    for path in listings:
        rel = path.relative_to(tmp_path).as_posix()
        _, html = to_html(path.read_text(encoding="utf-8"))
        for href in re.findall(r'<a href="([^"#]+)', html):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), href))
            assert (tmp_path / target).is_file(), f"{rel} links to missing {href}"


def test_a_changed_headline_rewrites_the_pages_that_show_it(tmp_path):
    articles = _busy_year()
    render_site(articles, [], make_config(), tmp_path)
    pages = ["people/xu-yi-xian.md", "people/xu-yi-xian/2020.md", "people/xu-yi-xian/2020/01.md", "people/xu-yi-xian/2020/02.md"]
    before = {path: _identity(tmp_path / path) for path in pages}
    january = next(a for a in articles if a.issue_date and (a.issue_date.year, a.issue_date.month) == (2020, 1))
    january.title = "改过的标题"
    render_site(articles, [], make_config(), tmp_path)
    # Only January's page lists it: the entry shows the latest (February) ones, the year counts.
    assert "改过的标题" in (tmp_path / "people/xu-yi-xian/2020/01.md").read_text(encoding="utf-8")
    for path in pages[:2] + pages[3:]:
        assert _identity(tmp_path / path) == before[path], path


def _identity(path):
    """A file written again is a new file (written beside, then renamed over the old one):
    its inode and time tell whether it was. (A marker appended to a page would now be
    repaired: a file on disk that is not the one recorded is always written again.)"""
    info = path.stat()
    return info.st_ino, info.st_mtime_ns


def test_a_hostile_name_stays_text_on_its_year_and_month_pages(tmp_path):
    name = "*徐*<script>alert(1)</script>[x](javascript:y)"
    articles = [article(id=f"h{n:011d}", title=f"报道{n}", issue_date=dt.date(2020, 1 + n % 2, 1 + n % 28),
                        first_line=n + 1, people=[name]) for n in range(2 * LIST_LIMIT + 2)]
    written = render_site(articles, [], make_config(), tmp_path)
    listings = [p for p in written if p.startswith("people/") and p.count("/") >= 2]
    assert listings  # the year, and its two months
    for path in listings:
        _, html = to_html((tmp_path / path).read_text(encoding="utf-8"))
        assert "<script" not in html and "<em>" not in html and "javascript:" not in re.sub(r">[^<]*<", "><", html)
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html).group(1)
        assert visible_text(heading).startswith(name)
