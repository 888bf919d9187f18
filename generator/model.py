"""The newspaper's objects as plain dataclasses: no I/O, no jieba, no templates.

A page dump is parsed into `Article`s; every string removed from an article's running
text (bylines, jump markers, editor codes, signatures, photo credits) is kept as an
`Artifact` of its page, so that nothing printed on a page is lost.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Line:
    """One line of a page dump, numbered from 1 as in an editor."""

    number: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class SourceSpan:
    """The printed lines a part of an article came from: first and last line, from 1."""

    first_line: int
    last_line: int


@dataclass(frozen=True)
class Headline:
    """An article's headline as printed: the kicker over it, the title, the subtitle (deck)
    under it, and the lines it was printed on."""

    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Byline:
    """Who an article credits: reporters and correspondents of its lead or byline lines, the
    photographers of its credits, the signature at its tail."""

    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    signature: str = ""


@dataclass(frozen=True)
class Dateline:
    """When the reported event happened: the time words as printed (2月20日上午, 昨日, 近日)
    and the day they name (None for words that name no day)."""

    text: str = ""
    day: _dt.date | None = None


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of running text and the printed lines it was reflowed from."""

    text: str
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Change:
    """One field an archivist's correction changed (site_config/corrections.yml): what the
    parser had made of the page, and what the archivist set."""

    field: str  # title, kicker, subtitle, paragraph 3, people, districts, split, merge
    was: str
    now: str


@dataclass(frozen=True)
class Correction:
    """A correction applied to an article: which entry of the corrections file, its note
    and date as the archivist wrote them, and what it changed."""

    entry: int  # the entry's number in the file, from 1
    note: str
    dated: str  # the date the archivist wrote on the entry, as written
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Artifact:
    """A piece of printed text that is not article body: kept for provenance and coverage."""

    line: int
    text: str
    kind: str  # byline, jump_marker, editor_code, signature, photo_credit, stray, ...
    article_id: str = ""


# How bad a problem is: error (the file or a part of it could not be used), warning (used,
# with something done about it), uncertain (a decision of the parser's that was a guess),
# info (what was noticed and needs nothing).
Severity = Literal["error", "warning", "uncertain", "info"]


@dataclass(frozen=True)
class Problem:
    """A message about one input file: where, what was wrong, what was done."""

    file: str
    line: int | None
    message: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        name = shown_name(self.file)
        where = f"{name}:{self.line}" if self.line else name
        return f"{self.severity}: {where}: {self.message}"


def shown_name(name: str) -> str:
    """A file name as a message prints it: quoted, with escapes, when it holds a line end,
    an escape sequence or another control character, which would forge or garble the line."""
    if all(ch.isprintable() or ch == " " for ch in name):
        return name
    return ascii_escaped(name)


def ascii_escaped(text: str) -> str:
    """`'a\\nb'`: control and unprintable characters as Python escapes, the rest kept."""
    out = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return "'" + out.replace("'", "\\'") + "'"


# What an article is, as the paper prints it: news (a lead or a dateline and a report), a
# feature (opened by its writer's byline), a photo (captions and their credit), a notice.
ArticleKind = Literal["news", "feature", "photo", "notice"]
ARTICLE_KINDS: tuple[ArticleKind, ...] = ("news", "feature", "photo", "notice")


@dataclass(frozen=True)
class PersonMention:
    """A person named in an article, with the role words printed next to the name."""

    name: str
    roles: tuple[str, ...] = ()


@dataclass(slots=True)  # slots: a misspelt field (article.date) is an error, not a new attribute
class Article:
    """One article as a reader of the printed page recognises it."""

    id: str
    source_file: str
    first_line: int
    last_line: int
    kind: ArticleKind = "news"
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    title_inferred: bool = False
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    signature: str = ""
    dateline: str = ""
    event_date: _dt.date | None = None  # when what the article reports happened, from its dateline
    issue_date: _dt.date | None = None
    issue_date_inferred: bool = False  # from the page's own datelines, not the catalog: a guess
    page: int | None = None
    continued_to: str = ""
    continued_from: bool = False
    editor_code: str = ""
    # The lead as printed, spaces taken out (本报讯（记者X）, 新华社郑州12月5日电（记者Y）):
    # who sent the item and from where; "" when the text opens without one.
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    # The printed lines of the headline and of each paragraph (paragraph_lines[i] for
    # paragraphs[i]): the provenance view shows the page file beside the text.
    headline_lines: SourceSpan | None = None
    paragraph_lines: list[SourceSpan] = field(default_factory=list)
    slug: str = ""  # the URL's name, fixed with the id when the page is parsed (see slugs.py)
    # Filled by enrichment.
    people: list[str] = field(default_factory=list)
    people_roles: dict[str, list[str]] = field(default_factory=dict)
    districts: list[str] = field(default_factory=list)
    primary_district: str = ""
    # Nothing printed in the article says where (its primary district is the default, or its
    # page's): a guess, shown as one.
    primary_district_inferred: bool = False
    topics: list[str] = field(default_factory=list)  # subtopics: the paper's local themes
    topic_classes: list[str] = field(default_factory=list)  # main classes (IPTC Media Topics' top level)
    keywords: list[str] = field(default_factory=list)
    # Filled across pages after parsing (generator/continuations.py, corrections.py).
    continued_to_article: str = ""  # id of the rest of this article on the page its jump marker names
    continued_from_article: str = ""  # id of the article this one continues
    corrections: list[Correction] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    # The article in the paper's terms, as value objects over the fields above (which the
    # dataset, the cache and the templates read).
    @property
    def headline(self) -> Headline:
        return Headline(self.kicker, self.title, self.subtitle, self.headline_lines)

    @property
    def byline(self) -> Byline:
        return Byline(tuple(self.reporters), tuple(self.correspondents), tuple(self.photographers), self.signature)

    @property
    def when(self) -> Dateline:
        return Dateline(self.dateline, self.event_date)

    @property
    def body(self) -> list[Paragraph]:
        """The paragraphs with their printed lines (the provenance view shows them side by side)."""
        spans = self.paragraph_lines if len(self.paragraph_lines) == len(self.paragraphs) else [None] * len(self.paragraphs)
        return [Paragraph(text, span) for text, span in zip(self.paragraphs, spans)]


@dataclass
class Page:
    """One page file after parsing: its articles, its layout artifacts and its problems."""

    file: str
    issue_date: _dt.date | None
    page: int | None
    articles: list[Article]
    artifacts: list[Artifact]
    problems: list[Problem]
    characters: int = 0  # non-space characters in the file
    covered: int = 0  # of those, how many ended up in articles or artifacts
    sha1: str = ""
    rejected: bool = False  # the file was refused or could not be parsed: no articles
    lines: list[str] = field(default_factory=list)  # the page's lines as the parser read them (line n at n - 1)

    @property
    def coverage(self) -> float:
        return 1.0 if self.characters == 0 else self.covered / self.characters
