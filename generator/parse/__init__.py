"""Parse stage: one page file → a `Page` of `Article`s and layout artifacts.

read (bytes → lines) → segment (lines → printed items) → for each item: reflow the
body, take the byline, markers and codes out as metadata, split the headline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..config import Config
from ..model import Article, Artifact, Line, Page, Problem
from ..slugs import article_slug
from . import conventions as cv
from .dateline import explicit_dates, find_dateline, resolve_date
from .headline import split_headline
from .read import UndecodableError, control_characters, decode_page, remove_control_characters, split_lines
from .reflow import Paragraph, reflow
from .segment import Item, segment_page
from .text import non_space_count, strip_layout_spaces

__all__ = ["fallback_year", "parse_page_file", "parse_page_text"]

# A body without 本报讯 or byline shorter than this, under a headline, is a boxed notice.
NOTICE_MAX_CHARS = 300
INFERRED_TITLE_MAX = 40
_SENTENCE = re.compile(r"^(.+?)[。！？!?]")
# Full-width digits and Latin letters are the same characters as their ASCII forms.
_FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}


def parse_page_file(path: Path, seeds_dir: Path, config: Config) -> Page:
    """Read and parse one page file; an unreadable file gives an empty page with an error."""
    name = path.relative_to(seeds_dir).as_posix()
    entry = config.source(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _failed(name, None, f"cannot be read ({exc.strerror}); skipped")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _failed(name, None, "binary file (NUL bytes), not a text page dump; skipped")
    try:
        text, encoding = decode_page(data)
    except UndecodableError as exc:
        return _failed(name, exc.line, f"{exc}; skipped")
    problems = []
    if encoding not in ("utf-8", "utf-8-sig"):
        problems.append(Problem(name, None, f"read as {encoding}, not UTF-8", "info"))
    page = parse_page_text(
        text,
        name,
        issue_date=entry.issue_date if entry else None,
        page_number=entry.page if entry else None,
        in_catalog=entry is not None,
        fallback_year=fallback_year(config),
    )
    page.problems[:0] = problems
    page.sha1 = hashlib.sha1(data).hexdigest()
    return page


def fallback_year(config: Config) -> int | None:
    """The latest year the catalog knows: a guess for pages that print no year at all."""
    years = [e.issue_date.year for e in config.sources.values() if e.issue_date]
    return max(years) if years else None


def _failed(name: str, line: int | None, message: str) -> Page:
    return Page(name, None, None, [], [], [Problem(name, line, message, "error")])


def parse_page_text(
    text: str,
    file_name: str,
    issue_date: dt.date | None = None,
    page_number: int | None = None,
    in_catalog: bool = True,
    fallback_year: int | None = None,
) -> Page:
    """Parse the text of one page dump; never raises on odd input, reports problems."""
    problems: list[Problem] = []
    lines = split_lines(text)
    for number, chars in control_characters(lines):
        problems.append(Problem(file_name, number, f"{len(chars)} control character(s) removed"))
    text = remove_control_characters(text).translate(_FULLWIDTH_ALNUM)
    text = unicodedata.normalize("NFC", text)
    lines = split_lines(text)
    if not any(not line.is_blank for line in lines):
        problems.append(Problem(file_name, None, "empty file: no articles"))
        return Page(file_name, issue_date, page_number, [], [], problems)
    artifacts: list[Artifact] = []
    articles = []
    seen_ids: Counter[str] = Counter()
    for item in segment_page(lines):
        article_id = _article_id(item)
        seen_ids[article_id] += 1
        if seen_ids[article_id] > 1:  # the same item printed twice on one page
            article_id = f"{article_id}-{seen_ids[article_id]}"
        articles.append(_build_article(item, article_id, file_name, artifacts))
    if issue_date is None:
        issue_date, note = _infer_issue_date(articles, text, fallback_year)
        if not in_catalog:
            problems.append(Problem(file_name, None, f"not in site_config/sources.yml: {note}"))
    if page_number is None:
        page_number = _infer_page(articles)
        if not in_catalog and page_number is not None:
            problems.append(Problem(file_name, None, f"page inferred as {page_number}: it has jump markers to later pages and nothing continued from elsewhere"))
    for article in articles:
        article.issue_date = issue_date
        article.page = page_number
        article.date = resolve_date(article.dateline, issue_date, issue_date.year if issue_date else fallback_year)
    page = Page(file_name, issue_date, page_number, articles, artifacts, problems)
    page.characters, page.covered = _coverage(text, articles, artifacts)
    if page.covered < page.characters:
        problems.append(Problem(file_name, None, f"{page.characters - page.covered} printed characters are in no article and no artifact", "error"))
    return page


def _article_id(item: Item) -> str:
    """Stable id from the article's own printed text: other pages never change it."""
    raw = "\n".join("".join(line.text.split()) for line in item.lines)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def _build_article(item: Item, article_id: str, file_name: str, artifacts: list[Artifact]) -> Article:
    printed = item.lines
    article = Article(
        id=article_id,
        source_file=file_name,
        first_line=printed[0].number if printed else 0,
        last_line=printed[-1].number if printed else 0,
    )

    def keep(line: int, text: str, kind: str) -> None:
        artifacts.append(Artifact(line, text.strip(), kind, article.id))

    body = list(item.body)
    # Tail signature on a line of its own: `（钱进）`.
    while body and (body[-1].is_blank or cv.SIGNATURE_LINE.match(body[-1].text)):
        line = body.pop()
        if not line.is_blank:
            article.signature = _signature_value(cv.SIGNATURE_LINE.match(line.text).group(1), article) or article.signature
            keep(line.number, line.text, "signature")
    if item.credit is not None:
        article.photographers = cv.parse_credit(item.credit.text)["photographers"]
        keep(item.credit.number, item.credit.text, "photo_credit")
    elif item.kind == "photo" and body:
        match = cv.GLUED_PHOTO_CREDIT.search(body[-1].text)
        if match:
            article.photographers = cv.parse_credit(match.group(1))["photographers"]
            keep(body[-1].number, match.group(1), "photo_credit")
            body[-1] = Line(body[-1].number, body[-1].text[: match.start()])
    for line in item.byline:
        if line.is_blank:
            continue
        match = cv.FEATURE_BYLINE.match(line.text)
        names = cv.split_names(match.group(2))
        (article.correspondents if "通" in match.group(1) else article.reporters).extend(names)
        keep(line.number, line.text, "byline")

    paragraphs = reflow(body)
    _take_news_byline(paragraphs, article, keep)
    _take_tail_markers(paragraphs, article, keep)
    article.paragraphs = [p for p in (strip_layout_spaces(p.text) for p in paragraphs) if p]

    headline = split_headline(item.headline)
    article.kicker, article.title, article.subtitle = headline.kicker, headline.title, headline.subtitle
    if not article.title:
        article.title = _inferred_title(article.paragraphs)
        article.title_inferred = True
    article.dateline = strip_layout_spaces(find_dateline(article.paragraphs)).replace(" ", "")
    article.kind = _kind(item, article)
    article.slug = article_slug(article)
    return article


def _signature_value(text: str, article: Article) -> str:
    """`温宣` is a signature; `记者刘洋、马丽` at the tail is a reporters' list."""
    text = text.strip()
    if re.search(r"记\s*者|通\s*讯\s*员", text):
        roles = cv.parse_byline_roles(text)
        article.reporters.extend(n for n in roles["reporters"] if n not in article.reporters)
        article.correspondents.extend(n for n in roles["correspondents"] if n not in article.correspondents)
        return ""
    return "".join(text.split())


def _take_news_byline(paragraphs: list[Paragraph], article: Article, keep) -> None:
    """`本报讯（记者X 通讯员Y）` and `（上接第一版）` open a body: metadata, not text."""
    if not paragraphs:
        return
    first = paragraphs[0]
    match = cv.NEWS_BYLINE.match(first.text)
    if match:
        keep(first.first_line, match.group(0), "byline")
        if match.group(1):
            roles = cv.parse_byline_roles(match.group(1))
            article.reporters.extend(roles["reporters"])
            article.correspondents.extend(roles["correspondents"])
        first.text = first.text[match.end() :]
    match = cv.JUMP_FROM.match(first.text)
    if match:
        keep(first.first_line, match.group(1), "jump_marker")
        article.continued_from = True
        first.text = first.text[match.end() :]
    if not first.text.strip():
        paragraphs.pop(0)


def _take_tail_markers(paragraphs: list[Paragraph], article: Article, keep) -> None:
    """Editor code, jump marker and signature close the last paragraph, in any order."""
    while paragraphs:
        last = paragraphs[-1]
        for pattern, kind in ((cv.EDITOR_CODE, "editor_code"), (cv.JUMP_TO, "jump_marker"), (cv.TAIL_SIGNATURE, "signature")):
            match = pattern.search(last.text)
            if not match:
                continue
            keep(last.last_line, match.group(1), kind)
            value = match.group(1)
            if kind == "editor_code":
                article.editor_code = cv.clean_marker(value)
            elif kind == "jump_marker":
                article.continued_to = cv.clean_marker(match.group(2))
            else:
                article.signature = _signature_value(value.strip()[1:-1], article) or article.signature
            last.text = last.text[: match.start()]
            break
        else:
            break
        if not last.text.strip():
            paragraphs.pop()


def _inferred_title(paragraphs: list[str]) -> str:
    """No headline printed: the first sentence stands in, cut to a readable length."""
    if not paragraphs:
        return ""
    text = paragraphs[0]
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    if len(sentence) > INFERRED_TITLE_MAX:
        sentence = sentence[:INFERRED_TITLE_MAX] + "…"
    return sentence


# A boxed notice: a service text with a headline, typically a phone line or an official word.
_NOTICE_WORDS = re.compile(r"电话|热线|邮箱|通告|公告|启事|通知|声明|公示|提示")


def _kind(item: Item, article: Article) -> str:
    """news, feature and photo are printed as such; a text with neither 本报讯 nor a byline
    is a boxed notice when short, headlined and unsigned (or worded as one), and
    otherwise the rest of an article begun on another page."""
    if item.kind in ("news", "feature", "photo"):
        return item.kind
    chars = sum(len(p) for p in article.paragraphs)
    headlined = not article.title_inferred
    worded = bool(_NOTICE_WORDS.search(article.title + "".join(article.paragraphs[-1:])))
    unsigned = not (article.signature or article.reporters or article.continued_to)
    if headlined and unsigned and (worded or chars < NOTICE_MAX_CHARS and not article.continued_from):
        return "notice"
    article.continued_from = True
    return "news"


def _infer_issue_date(articles: list[Article], text: str, fallback_year: int | None) -> tuple[dt.date | None, str]:
    """A page is printed the day after the latest event its datelines name."""
    dates = []
    for article in articles:
        for year, month, day in explicit_dates(article.dateline):
            dates.append((year, month, day))
    years = [int(y) for y in re.findall(r"(20\d\d|19\d\d)年", text)]
    year = Counter(years).most_common(1)[0][0] if years else fallback_year
    resolved = []
    for y, month, day in dates:
        try:
            resolved.append(dt.date(y or year, month, day)) if (y or year) else None
        except ValueError:
            continue
    if not resolved:
        return None, "issue date unknown (no dated dateline); add the file to the catalog"
    latest = max(resolved)
    issue = latest + dt.timedelta(days=1)
    source = "a year printed on the page" if years else "the catalog's latest year"
    return issue, f"issue date inferred as {issue.isoformat()}, the day after the latest dateline ({latest.isoformat()}; year from {source}); page unknown unless inferred"


def _infer_page(articles: list[Article]) -> int | None:
    """Only the front page sends articles on to later pages without receiving any."""
    if any(a.continued_to for a in articles) and not any(a.continued_from for a in articles):
        return 1
    return None


def _coverage(text: str, articles: list[Article], artifacts: list[Artifact]) -> tuple[int, int]:
    """(non-space characters on the page, how many of them the output accounts for)."""
    printed = Counter(ch for ch in text if not ch.isspace())
    kept: Counter[str] = Counter()
    for article in articles:
        for part in (article.kicker, article.subtitle, *article.paragraphs):
            kept.update(ch for ch in part if not ch.isspace())
        if not article.title_inferred:
            kept.update(ch for ch in article.title if not ch.isspace())
    for artifact in artifacts:
        kept.update(ch for ch in artifact.text if not ch.isspace())
    covered = sum(min(count, kept[ch]) for ch, count in printed.items())
    return non_space_count(text), covered
