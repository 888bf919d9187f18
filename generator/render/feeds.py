"""Atom feeds (RFC 4287): the new issues, and each person, district and topic, so that a
researcher can follow an official or a county.

Each feed holds at most `ENTRIES` entries, newest first. Ids are `urn:uuid:` names made
from the paper and what the entry is (an article id, an issue date), never from a URL, so
they stay when the site moves or a slug changes. Links are absolute under the site's
address, or relative to the feed (RFC 4287 allows references, resolved against the
feed's own URL) when the archive has none.
"""

from __future__ import annotations

import posixpath
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..config import Archive
from ..model import Article
from .catalog import Catalog, Issue
from .citation import authors, page_url, site_url

ENTRIES = 20  # newest entries per feed
ATOM = "http://www.w3.org/2005/Atom"
ISSUES_FEED = "feeds/issues.xml"
# The paper's issues are dated in China's time zone; an issue's entry is its day's start.
TIME_OF_ISSUE = "T00:00:00+08:00"
SUMMARY_CHARACTERS = 200  # of an article's text, in its entry


@dataclass(frozen=True)
class Feed:
    path: str  # docs path of the feed file
    title: str
    page: str  # docs path of the page it follows
    key: str  # what the feed is, for its id: "issues", "people/王小平"


def feed_path(facet: str, slug: str) -> str:
    return f"feeds/{facet}/{slug}.xml"


def _uuid(paper: str, key: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"jiaozuo-archive:{paper}:{key}"))


def _stamp(day) -> str:
    return day.isoformat() + TIME_OF_ISSUE


def _link(archive: Archive, feed: str, target: str) -> str:
    """The URL of the page of docs file `target` as the feed at docs path `feed` links it."""
    base = site_url(archive)
    url = page_url(target)
    if base:
        return base + url
    return posixpath.relpath(url or ".", posixpath.dirname(feed)) + ("/" if url.endswith("/") or not url else "")


def _text(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = text
    return element


def _feed_element(archive: Archive, feed: Feed, updated: str) -> ET.Element:
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "zh-CN"})
    _text(root, "id", _uuid(archive.paper, "feed:" + feed.key))
    _text(root, "title", feed.title)
    _text(root, "updated", updated)
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", archive.paper)  # every entry's author unless it names its own
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": _link(archive, feed.path, feed.page)})
    base = site_url(archive)
    if base:
        ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": base + feed.path})
    _text(root, "generator", "jiaozuo-archive")
    return root


def _serialise(root: ET.Element) -> bytes:
    ET.register_namespace("", ATOM)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _summary(article: Article) -> str:
    text = article.text.replace("\n", " ")
    return text if len(text) <= SUMMARY_CHARACTERS else text[:SUMMARY_CHARACTERS] + "……"


def article_feed(archive: Archive, feed: Feed, articles: list[Article], catalog: Catalog) -> bytes | None:
    """A feed of the newest `ENTRIES` dated articles of `articles` (printed order), or None
    when none is dated (an entry needs the time it was published)."""
    dated = [a for a in articles if a.issue_date][-ENTRIES:][::-1]  # newest first, latest printed first
    if not dated:
        return None
    root = _feed_element(archive, feed, _stamp(dated[0].issue_date))
    for article in dated:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", _uuid(archive.paper, "article:" + article.id))
        _text(entry, "title", article.title or "（无题）")
        _text(entry, "updated", _stamp(article.issue_date))
        _text(entry, "published", _stamp(article.issue_date))
        for name in authors(article):
            _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html",
                                                 "href": _link(archive, feed.path, catalog.path(article))})
        for topic in article.topics:
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": topic})
        _text(entry, "summary", _summary(article), type="text")
    return _serialise(root)


def issues_feed_of(archive: Archive) -> Feed:
    """The feed of new issues, which the home page and the archive by date link."""
    return Feed(ISSUES_FEED, f"{archive.site_name} · 新一期", "archive/index.md", "issues")


def issues_feed(archive: Archive, issues: list[Issue]) -> bytes | None:
    """The newest `ENTRIES` issues, newest first: each lists its headlines."""
    newest = issues[-ENTRIES:][::-1]
    if not newest:
        return None
    feed = issues_feed_of(archive)
    root = _feed_element(archive, feed, _stamp(newest[0].day))
    for issue in newest:
        entry = ET.SubElement(root, f"{{{ATOM}}}entry")
        _text(entry, "id", _uuid(archive.paper, "issue:" + issue.day.isoformat()))
        day = issue.day
        _text(entry, "title", f"{archive.paper} {day.year}年{day.month}月{day.day}日")
        _text(entry, "updated", _stamp(day))
        _text(entry, "published", _stamp(day))
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": _link(archive, feed.path, issue.path)})
        headlines = "；".join(a.title or "（无题）" for a in issue.articles)
        _text(entry, "summary", f"{issue.count} 篇：{headlines}", type="text")
    return _serialise(root)


FACETS = (("people", "人物"), ("districts", "地区"), ("topics", "主题"))


def feeds_of(catalog: Catalog, archive: Archive) -> dict[str, Feed]:
    """Docs path of each person's, district's and topic's page -> its feed, for the entries
    with a dated article (the others have nothing to follow yet)."""
    feeds = {}
    for facet, label in FACETS:
        for entry in getattr(catalog, facet).values():
            if any(a.issue_date for a in entry.articles):
                feeds[entry.path] = Feed(feed_path(facet, entry.slug), f"{archive.site_name} · {label}：{entry.name}",
                                         entry.path, f"{facet}/{entry.name}")
    return feeds


def write_feeds(catalog: Catalog, archive: Archive, feeds: dict[str, Feed]) -> dict[str, bytes]:
    """Docs path -> bytes of every feed: the issues' and one per entry of `feeds`."""
    files = {}
    issues = issues_feed(archive, catalog.issues)
    if issues is not None:
        files[ISSUES_FEED] = issues
    for facet, _ in FACETS:
        for entry in getattr(catalog, facet).values():
            feed = feeds.get(entry.path)
            if feed is not None:
                data = article_feed(archive, feed, entry.articles, catalog)
                if data is not None:
                    files[feed.path] = data
    return files
