"""Atom feeds (RFC 4287) of new issues and of each person, district and topic: parsed with a
real XML parser, checked for the elements the format requires, stable ids, newest-first
order, a bounded length, and the links from the pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET

import pytest

from generator.render import render_site
from generator.render.feeds import ENTRIES
from generator.slugs import article_path
from tests.render.builders import article, make_config, to_html

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
URN_UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _archive(count=25):
    """An official in `count` issues, one a day; a county in the first three."""
    items = []
    for i in range(count):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i)
        items.append(article(id=f"wang{i:08d}", title=f"王小平调研第{i}次", issue_date=day, page=1,
                             people=["王小平"], districts=["武陟县"] if i < 3 else [], topics=["复工复产"],
                             paragraphs=[f"本报讯 王小平第{i}次调研。"]))
    items.append(article(id="undated00001", title="无日期", issue_date=None, page=None, people=["无日期者"]))
    return items


def _config(site_url=""):
    config = make_config()
    return dataclasses.replace(config, archive=dataclasses.replace(config.archive, site_url=site_url))


@pytest.fixture
def built(tmp_path, monkeypatch):
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    docs = tmp_path / "docs"
    render_site(_archive(), [], _config(), docs)
    return docs


def _parse(path):
    root = ET.parse(path).getroot()  # a real XML parser: malformed XML raises
    assert root.tag == f"{A}feed"
    return root


def _check_required(root):
    """RFC 4287 4.1.1 and 4.1.2: a feed has one id, title, updated and (here) author; each
    entry one id, title, updated, and a link rel=alternate (it has no content)."""
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{A}{tag}")) == 1, tag
    assert root.find(f"{A}author/{A}name").text
    assert URN_UUID.match(root.find(f"{A}id").text)
    assert RFC3339.match(root.find(f"{A}updated").text)
    for entry in root.findall(f"{A}entry"):
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{tag}")) == 1, tag
        assert URN_UUID.match(entry.find(f"{A}id").text)
        assert RFC3339.match(entry.find(f"{A}updated").text)
        assert [l for l in entry.findall(f"{A}link") if l.get("rel") == "alternate" and l.get("href")]


def test_a_persons_feed_is_valid_newest_first_and_bounded(built):
    root = _parse(built / "feeds/people/wang-xiao-ping.xml")
    _check_required(root)
    entries = root.findall(f"{A}entry")
    assert len(entries) == ENTRIES == 20  # of 25 articles
    updated = [e.find(f"{A}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert updated[0] == "2020-01-25T00:00:00+08:00" and updated[-1] == "2020-01-06T00:00:00+08:00"
    assert root.find(f"{A}updated").text == updated[0]  # the feed changed when its newest entry came
    assert entries[0].find(f"{A}title").text == "王小平调研第24次"
    assert root.find(f"{A}title").text == "焦作日报 文章档案 · 人物：王小平"


def test_entry_links_resolve_to_the_article_pages(built):
    """Without a site address the links are relative to the feed (RFC 4287's references)."""
    root = _parse(built / "feeds/people/wang-xiao-ping.xml")
    href = root.find(f"{A}entry/{A}link").get("href")
    newest = article_path(_archive()[24])[: -len(".md")]
    assert href == f"../../{newest}/"
    folder = posixpath.normpath(posixpath.join("feeds/people", href))
    assert (built / f"{folder}.md").is_file()
    assert root.find(f"{A}link").get("href") == "../../people/wang-xiao-ping/"


def test_district_topic_and_issue_feeds(built):
    district = _parse(built / "feeds/districts/wuzhi.xml")
    _check_required(district)
    assert len(district.findall(f"{A}entry")) == 3
    _check_required(_parse(built / "feeds/topics/fugong-fuchan.xml"))
    issues = _parse(built / "feeds/issues.xml")
    _check_required(issues)
    titles = [e.find(f"{A}title").text for e in issues.findall(f"{A}entry")]
    assert len(titles) == 20 and titles[0] == "焦作日报 2020年1月25日"
    assert issues.find(f"{A}entry/{A}link").get("href") == "../2020/01/25/"
    # A person with only undated articles has nothing to follow: no feed, no link.
    assert (built / "feeds/people/wang-xiao-ping.xml").is_file() and not (built / "feeds/people/wu-ri-qi-zhe.xml").exists()


def test_ids_are_stable_across_runs_and_do_not_depend_on_the_address(tmp_path, monkeypatch):
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    one, two = tmp_path / "one", tmp_path / "two"
    render_site(_archive(), [], _config(), one)
    render_site(_archive(), [], _config("https://archive.example.org/"), two)
    ids = [[e.text for e in _parse(d / "feeds/people/wang-xiao-ping.xml").iter(f"{A}id")] for d in (one, two)]
    assert ids[0] == ids[1] and len(set(ids[0])) == 21
    # The same bytes from the same input.
    render_site(_archive(), [], _config(), tmp_path / "three")
    assert (one / "feeds/issues.xml").read_bytes() == (tmp_path / "three/feeds/issues.xml").read_bytes()
    # A new article keeps the ids of the others.
    more = _archive(26)
    render_site(more, [], _config(), tmp_path / "four")
    newer = [e.text for e in _parse(tmp_path / "four/feeds/people/wang-xiao-ping.xml").iter(f"{A}id")]
    assert newer[2:] == ids[0][1:-1]  # the feed's own id, the new entry, then the old ones moved down


def test_with_a_site_address_links_are_absolute_and_the_feed_names_itself(tmp_path, monkeypatch):
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    docs = tmp_path / "docs"
    render_site(_archive(), [], _config("https://archive.example.org/jz/"), docs)
    root = _parse(docs / "feeds/people/wang-xiao-ping.xml")
    links = {l.get("rel"): l.get("href") for l in root.findall(f"{A}link")}
    assert links == {"alternate": "https://archive.example.org/jz/people/wang-xiao-ping/",
                     "self": "https://archive.example.org/jz/feeds/people/wang-xiao-ping.xml"}
    newest = article_path(_archive()[24])[: -len(".md")]
    assert newest.startswith("2020/01/25/")
    assert root.find(f"{A}entry/{A}link").get("href") == f"https://archive.example.org/jz/{newest}/"


def test_headlines_that_look_like_markup_stay_text(tmp_path, monkeypatch):
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    hostile = article(id="hostile00001", title="</title><script>alert(1)</script>&amp;", issue_date=dt.date(2020, 2, 21),
                      people=["王小平"], paragraphs=["<b>粗</b> & ]]>"])
    render_site([hostile], [], _config(), tmp_path / "docs")
    entry = _parse(tmp_path / "docs/feeds/people/wang-xiao-ping.xml").find(f"{A}entry")
    assert entry.find(f"{A}title").text == "</title><script>alert(1)</script>&amp;"
    assert entry.find(f"{A}summary").text == "<b>粗</b> & ]]>"


def test_pages_name_their_feed_in_the_front_matter_and_link_it(built):
    meta, html = to_html((built / "people/wang-xiao-ping.md").read_text(encoding="utf-8"))
    assert meta["feed"] == "feeds/people/wang-xiao-ping.xml"
    assert meta["feed_title"] == "焦作日报 文章档案 · 人物：王小平"
    assert 'href="../feeds/people/wang-xiao-ping.xml"' in html
    home, _ = to_html((built / "index.md").read_text(encoding="utf-8"))
    assert home["feed"] == "feeds/issues.xml"
    by_date, _ = to_html((built / "archive/index.md").read_text(encoding="utf-8"))
    assert by_date["feed"] == "feeds/issues.xml"
    assert "feed" not in to_html((built / "people/wu-ri-qi-zhe.md").read_text(encoding="utf-8"))[0]


def test_a_file_the_generator_did_not_write_is_left_alone(tmp_path, monkeypatch):
    """A hand-made feeds/issues.xml (not in the previous run's manifest) is not overwritten;
    the run says so and writes the rest."""
    monkeypatch.delenv("ARCHIVE_SITE_URL", raising=False)
    docs = tmp_path / "docs"
    (docs / "feeds").mkdir(parents=True)
    (docs / "feeds/issues.xml").write_text("mine\n", encoding="utf-8")
    problems = []
    written = render_site(_archive(3), [], _config(), docs, generated=set(), problems=problems)
    assert (docs / "feeds/issues.xml").read_text(encoding="utf-8") == "mine\n"
    assert "feeds/issues.xml" not in written and "feeds/people/wang-xiao-ping.xml" in written
    assert [p.message for p in problems if p.file == "feeds/issues.xml"] == [
        "docs/feeds/issues.xml exists and was not written by the generator: left as it is, "
        "the generated file is not written (move the file to publish it)"]
