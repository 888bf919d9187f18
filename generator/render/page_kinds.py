"""The kinds of page the site is made of, each a small class: its template, what it is
made of (`fingerprint`, so that a page whose sources did not change is not rendered again)
and what only a rendered page needs (`complete`). Article pages, entry pages (a person, a
district, a topic), listings (an entry's year or month), issues and provenance pages are
fingerprinted; the overviews, the archive and the home page show the whole archive and are
always rendered.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
from dataclasses import dataclass
from typing import Any

from ..config import Config
from ..continuations import came_from, joined_parts, page_reference
from ..dataset import article_record
from ..model import Article, Page
from .catalog import Catalog, Listed, link_group
from .citation import citation
from .provenance import SEVERITIES, anchor, page_problems, provenance_blocks, provenance_path


@dataclass
class Run:
    """What the pages of one run are rendered with, beside their own context."""

    catalog: Catalog
    config: Config
    related: dict[str, list[Article]]
    by_file: dict[str, Page]  # the page files shown, by name
    by_id: dict[str, Article]
    printed: set  # (issue date, page number) of every page in the archive


class PageKind:
    """A page shown whole from the archive (an overview, the archive, the home page): no
    fingerprint, always rendered; its context as `_pages` gives it."""

    template = ""

    def prepare(self, context: dict, run: Run) -> dict:
        """The context the fingerprint covers."""
        return context

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        return ""

    def complete(self, context: dict, run: Run, path: str) -> dict:
        """The context of a page that is rendered (what needs no fingerprint of its own)."""
        return context


def _digest(code: str, path: str, template: str, data: Any) -> str:
    payload = [code, path, template, data]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


class ArticlePage(PageKind):
    template = "article.md.j2"

    def prepare(self, context: dict, run: Run) -> dict:
        shown = _article_sources(context["article"], run.by_file, run.by_id, run.printed)
        parts = {part.id for part in shown["parts"]}  # a continued article's other parts are on the page already
        return {**context, "related": [r for r in run.related[context["article"].id] if r.id not in parts], **shown}

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        # An article page shows the article and its neighbours, all of one issue (or one
        # undated page file): the issue's digest stands for it. Thirty thousand pages a run
        # share six hundred digests; adding a page to an issue renders that issue again.
        # The first and last article also link the issues before and after (paths of dates).
        around = "\x1f".join(i.path if i else "" for i in sources.catalog.issues_around(context["article"].issue_date))
        # Related articles come from any issue: their briefs are part of the page.
        related = sources.briefs_of(context["related"])
        return hashlib.sha1(f"{code}\x1e{path}\x1e{sources.group(context['article'])}\x1e{around}\x1e{related}".encode()).hexdigest()

    def complete(self, context: dict, run: Run, path: str) -> dict:
        cite = citation(context["article"], path, run.config.archive)
        meta = {**article_meta(context["article"]), "chips": article_chips(context["article"], run.catalog), "citation": cite["meta"]}
        return {**context, "meta": meta, "citation": cite}


class EntryPage(PageKind):
    """A person's, a district's or a topic's page."""

    def __init__(self, template: str):
        self.template = template

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        entry = context["entry"]
        people = [n for n, _ in getattr(entry, "companions", []) or getattr(entry, "people", [])]
        data = [_summary(entry, sources), _articles_shown(entry, sources),
                [sources.catalog.people[n].path if n in sources.catalog.people else "" for n in people]]
        return _digest(code, path, self.template, data)


class ListingPage(PageKind):
    """A year or a month of an entry's articles, when its list is split."""

    template = "listing.md.j2"

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        parent, listing = context["parent"], context["listing"]
        data = [context["entry"].name, context["entry"].path, listing.path, listing.label, _articles_shown(listing, sources),
                [(other.path, other.label) for other in context["around"]], parent.path if parent else ""]
        return _digest(code, path, self.template, data)


class IssuePage(PageKind):
    template = "issue.md.j2"

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        data = [_summary(context["issue"], sources), [i.path if i else "" for i in context["around"]]]
        return _digest(code, path, self.template, data)


class ProvenancePage(PageKind):
    """A page file's lines beside the articles made of them."""

    template = "provenance.md.j2"

    def fingerprint(self, context: dict, sources: Sources, path: str, code: str) -> str:
        page = context["source_page"]
        key = sources.file_keys.get(page.file, "")
        data = [key or page.sha1, page.file, [str(p) for p in page.problems], page.lines if not key else [],
                [f"{sources.content(a)}\x1f{sources.brief(a)}" for a in page.articles]]
        return _digest(code, path, self.template, data)

    def complete(self, context: dict, run: Run, path: str) -> dict:
        page = context["source_page"]
        return {**context, "blocks": provenance_blocks(page), "page_problems": page_problems(page), "severities": SEVERITIES, "anchor": anchor}


_KINDS: dict[str, PageKind] = {kind.template: kind for kind in (
    ArticlePage(), EntryPage("person.md.j2"), EntryPage("district.md.j2"), EntryPage("topic.md.j2"), ListingPage(), IssuePage(),
    ProvenancePage())}
_WHOLE = PageKind()


def page_kind(template: str) -> PageKind:
    """The kind of page a template renders (an overview's, for any template not fingerprinted)."""
    return _KINDS.get(template, _WHOLE)


class Sources:
    """What pages show of an article, as short strings made once per run: an index page
    with thousands of articles is fingerprinted by joining them, not by serialising them."""

    def __init__(self, catalog: Catalog, file_keys: dict[str, str], article_keys: dict[str, str]):
        self.catalog = catalog
        self.file_keys = file_keys  # page file -> its page cache key
        self.article_keys = article_keys  # article id -> its page's cache key
        # Unit separators cannot occur in a field: the parser removes control characters.
        self.briefs = {
            a.id: f"{a.id}\x1f{a.title}\x1f{a.issue_date}\x1f{a.page}\x1f{a.kind}\x1f{catalog.path(a)}"
            for a in catalog.articles
        }
        self._groups: dict[object, str] = {}

    def content(self, article: Article) -> str:
        """Everything an article is made of. An article is a pure function of its page
        file's cache key (bytes, catalog entry, reference data, code), so the key and the id
        stand for it; without a cache, the record itself."""
        key = self.article_keys.get(article.id)
        if key and not (article.corrections or article.continued_to_article or article.continued_from_article):
            return f"{key}:{article.id}"  # (corrections and joins are made after the page cache)
        return json.dumps(article_record(article), ensure_ascii=False, sort_keys=True)

    def brief(self, article: Article | None) -> str:
        """What a page linking to an article shows of it: headline, date, page, kind, URL."""
        return "" if article is None else self.briefs[article.id]

    def group(self, article: Article) -> str:
        """A digest of everything the articles of `article`'s issue (or undated page file)
        are made of: the group within which previous and next link."""
        key = link_group(article)
        digest = self._groups.get(key)
        if digest is None:
            text = "\x1e".join(f"{self.content(a)}\x1f{self.brief(a)}" for a in self.catalog.groups[key])
            digest = self._groups[key] = hashlib.sha1(text.encode()).hexdigest()
        return digest

    def briefs_of(self, articles: list[Article]) -> str:
        """A digest of a list's briefs: the lists of a busy entry run to megabytes."""
        joined = "\n".join(map(self.briefs.__getitem__, map(_ID, articles)))
        return hashlib.sha1(joined.encode()).hexdigest()


_ID = operator.attrgetter("id")



def _articles_shown(listed, sources: Sources):
    """The articles an index entry's page, or a year's or month's, shows: all of them, or
    when the list is split, the parts it links (and an entry's latest few). Each article
    is thus counted on one page of the split, not on the entry, its year and its month."""
    if not listed.paged:
        return sources.briefs_of(listed.articles)
    parts = listed.years if isinstance(listed, Listed) else listed.months
    recent = [sources.brief(a) for a in listed.recent] if isinstance(listed, Listed) else []
    return [[(part.path, part.label, len(part.articles)) for part in parts], recent]


def _summary(value, sources: Sources):
    """A JSON-able picture of an index entry; its own article list is `_articles_shown`,
    other lists of articles (a person's roles) are shown by number, first and latest."""
    if isinstance(value, Article):
        return sources.brief(value)
    if isinstance(value, list) and value and isinstance(value[0], Article):
        return [len(value), sources.brief(value[0]), sources.brief(value[-1])]
    if dataclasses.is_dataclass(value):
        summary = {f.name: _summary(getattr(value, f.name), sources) for f in dataclasses.fields(value) if f.name != "articles"}
        summary["path"] = getattr(value, "path", "")
        articles = getattr(value, "articles", None)
        if isinstance(value, Listed):
            summary["articles"] = _summary(articles, sources)  # the count and dates of the page's summary line
        elif articles is not None:
            summary["articles"] = sources.briefs_of(articles)  # an issue: all its articles
        return summary
    if isinstance(value, dict):
        return {str(k): _summary(v, sources) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_summary(v, sources) for v in value]
    return value



def _unlinked(reference, issue_date, printed: set) -> tuple:
    """(page number, that page is in the archive) of a jump no article was joined to."""
    return (reference.page if reference else None, bool(reference) and (issue_date, reference.page) in printed)



def _article_sources(article: Article, by_file: dict[str, Page], by_id: dict[str, Article], printed: set) -> dict:
    """What an article page shows of where it came from: the link to its lines on the
    provenance page, the parser's doubts on them, the parts of a continued article and
    the notes of a jump whose other part is not in the archive."""
    page = by_file.get(article.source_file)
    doubts = [p for p in page.problems if p.severity == "uncertain" and p.line and article.first_line <= p.line <= article.last_line] if page else []
    came = came_from(article, page) if page is not None and article.continued_from else None
    to = page_reference(article.continued_to) if article.continued_to else None
    return {
        "provenance": f"{provenance_path(article.source_file)}#{anchor(article)}" if page else "",
        "doubts": len(doubts),
        "parts": joined_parts(article, by_id),
        # (page number, that page is in the archive) of an unlinked jump, either way
        "jump_to": _unlinked(to, article.issue_date, printed) if article.continued_to and not article.continued_to_article else None,
        "jump_from": _unlinked(came, article.issue_date, printed) if article.continued_from and not article.continued_from_article else None,
    }



def article_chips(article: Article, catalog: Catalog) -> dict[str, list[list[str]]]:
    """The chips of an article page (overrides/partials/tags.html): each of its people,
    districts and topics in the article's order, with the URL of the entry's page from the
    site's root ("" when it has none). The generator knows these pages, so no tags plugin
    has to find them by intersecting every page with every listing."""
    def links(names, entries) -> list[list[str]]:
        return [[name, page_url(entries[name].path) if name in entries else ""] for name in names]
    return {"people": links(article.people, catalog.people), "districts": links(article.districts, catalog.districts),
            "topics": links(article.topics, catalog.topics)}



def page_url(path: str) -> str:
    """The URL of docs file `path` from the site's root, as MkDocs serves it with
    `use_directory_urls` (mkdocs.yml): `a/b.md` at `a/b/`, `a/index.md` at `a/`."""
    folder = path[: -len("index.md")] if path.endswith("index.md") else path[: -len(".md")] + "/"
    return folder



def article_meta(article: Article) -> dict:
    """Front matter of an article page: the dataset record, and the facets (Pagefind's filters).

    The record (the dataset's schema) sits under `article:` because Material renders a
    top-level `title` or `description` into the HTML unescaped; `tags` is what its search
    index boosts.
    """
    return {
        "article": article_record(article),
        "people": list(article.people),
        "districts": list(article.districts),
        "topics": list(article.topics),
        "topic_classes": list(article.topic_classes),
        "tags": list(dict.fromkeys([*article.people, *article.districts, *article.topics, *article.topic_classes])),
    }
