"""One page file → a `Page` of `Article`s and layout artifacts.

read (bytes → lines) → segment (lines → labelled rows → printed items) → article (each
item's body, byline, markers, headline) → the page's issue date and page number where the
catalog does not give them, and the check that nothing printed was lost.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..config import Config
from ..model import Article, Artifact, Page, Problem
from .article import article_id, build_article
from .dateline import explicit_dates, resolve_date
from .labeller import LineModel
from .read import control_characters, remove_control_characters, split_lines
from .segment import label_page
from .text import non_space_count

# Full-width digits and Latin letters are the same characters as their ASCII forms.
_FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
# A full date printed anywhere on the page: its year is the page's era (a year printed
# alone, `2003年创办`, says nothing of when the page was printed).
_FULL_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*[日号]")
# `截至2月11日`: the page was printed on or after that day.
_COUNTED_TO = re.compile(r"(?:截至|截止)\s*(?:(?:19|20)\d\d\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def parse_page_file(path: Path, seeds_dir: Path, config: Config, model: LineModel | None = None) -> Page:
    """Read and parse one page file as a run does (generator/pagefiles.py: regular files
    only, lenient decoding, a parser failure is the page's error); never raises."""
    from ..pagefiles import page_file, read_page_file

    return read_page_file(page_file(path, seeds_dir), config, config.assumed_year, model)


def clean_text(text: str) -> str:
    """The page's text as the parser reads it: control characters removed, full-width
    digits and letters as ASCII, Unicode composed (NFC)."""
    return unicodedata.normalize("NFC", remove_control_characters(text).translate(_FULLWIDTH_ALNUM))


def prepare_lines(text: str):
    """The page's lines as the parser reads them (see clean_text)."""
    return split_lines(clean_text(text))


def fallback_year(config: Config) -> int | None:
    """The collection's assumed year (sources.yml `assumed_year`), never another page's."""
    return config.assumed_year


def _failed(name: str, line: int | None, message: str) -> Page:
    return Page(name, None, None, [], [], [Problem(name, line, message, "error")])


def parse_page_text(
    text: str,
    file_name: str,
    issue_date: dt.date | None = None,
    page_number: int | None = None,
    in_catalog: bool = True,
    fallback_year: int | None = None,
    model: LineModel | None = None,
    known_year: int | None = None,
) -> Page:
    """Parse the text of one page dump; never raises on odd input, reports problems."""
    problems: list[Problem] = []
    for number, chars in control_characters(split_lines(text)):
        problems.append(Problem(file_name, number, f"{len(chars)} control character(s) removed"))
    text = clean_text(text)
    lines = split_lines(text)
    if not any(not line.is_blank for line in lines):
        problems.append(Problem(file_name, None, "empty file: no articles"))
        return Page(file_name, issue_date, page_number, [], [], problems)
    artifacts: list[Artifact] = []
    articles: list[Article] = []
    lead_months: list[int | None] = []
    seen_ids: Counter[str] = Counter()
    segmentation = label_page(lines, model)
    for index, item in enumerate(segmentation.items):
        ident = article_id(item)
        seen_ids[ident] += 1
        if seen_ids[ident] > 1:  # the same item printed twice on one page
            ident = f"{ident}-{seen_ids[ident]}"
        built = build_article(item, ident, file_name, artifacts, first_on_page=index == 0)
        articles.append(built.article)
        lead_months.append(built.lead_month)
        for first, last, what, margin in item.doubts:
            span = f"{first}–{last}" if last != first else f"{first}"
            thing = {
                "start": f"an article starting at {span}",
                "headline": f"headline {span}",
                "subhead": f"subhead {span}",
                "tail": f"credit or signature {span}",
                "body": f"body lines {span} (no article or headline starting there)",
                "headline side": f"which article headline {span} belongs to (the one above or below)",
            }[what]
            problems.append(Problem(file_name, first, f"{thing} is a guess (margin {margin:.1f}); see `python -m generator explain {file_name}`", "uncertain"))
        for line, message in built.guesses:
            problems.append(Problem(file_name, line, message, "uncertain"))
    if issue_date is None:
        issue_date, note = infer_issue_date(articles, lead_months, text, known_year, fallback_year)
        for article in articles:
            article.issue_date_inferred = issue_date is not None
        if not in_catalog:
            problems.append(Problem(file_name, None, f"not in site_config/sources.yml: {note}"))
        elif known_year:
            problems.append(Problem(file_name, None, f"site_config/sources.yml gives its year only: {note}"))
    if page_number is None:
        page_number = _infer_page(articles)
        if not in_catalog and page_number is not None:
            problems.append(Problem(file_name, None, f"page inferred as {page_number}: "
                                    "it has jump markers to later pages and nothing continued from elsewhere"))
    for article, month in zip(articles, lead_months):
        article.issue_date = issue_date
        article.page = page_number
        try:
            article.event_date = resolve_date(article.dateline, issue_date, issue_date.year if issue_date else None, month)
        except OverflowError:  # 前日 of 0001-01-01
            article.event_date = None
            problems.append(Problem(file_name, article.first_line, f"dateline {article.dateline} falls outside the calendar; no date"))
    page = Page(file_name, issue_date, page_number, articles, artifacts, problems)
    page.characters, page.covered = _coverage(text, articles, artifacts)
    if page.covered < page.characters:
        problems.append(Problem(file_name, None, f"{page.characters - page.covered} printed characters are in no article and no artifact", "error"))
    return page


def infer_issue_date(articles: list[Article], lead_months: list[int | None], text: str, known_year: int | None = None,
                     assumed_year: int | None = None) -> tuple[dt.date | None, str]:
    """A page is printed the day after the latest event its datelines name, not before a
    day it counts to (`截至2月11日`), in the year the catalog gives for it, or else the year
    its full dates print (`2020年2月10日`), or else the collection's assumed year
    (sources.yml `assumed_year`). With none of them the issue date is unknown: a year
    printed alone (`2003年创办`) is no evidence, and no other page's year is taken."""
    years = Counter(int(m.group(1)) for m in _FULL_DATE.finditer(text))
    if known_year:
        year, source = known_year, "the catalog"
    elif years:
        year, source = years.most_common(1)[0][0], "the full dates printed on the page"
    elif assumed_year:
        year, source = assumed_year, "sources.yml assumed_year (the page prints no year)"
    else:
        return None, "issue date unknown (no full date such as 2020年2月10日 printed on the page, no year in the catalog); add the file to the catalog"
    events: list[dt.date | None] = []
    for article, month in zip(articles, lead_months):
        for printed_year, m, d in explicit_dates(article.dateline):
            events.append(_date(printed_year or year, m, d))
        if month is not None and not explicit_dates(article.dateline):
            day = re.match(r"(\d{1,2})[日号]", article.dateline)
            if day:
                events.append(_date(year, month, int(day.group(1))))
    dated = [e for e in events if e is not None]
    if not dated:
        return None, "issue date unknown (no dated dateline); add the file to the catalog"
    latest = max(dated)
    if latest == dt.date.max:
        return None, f"issue date unknown: the latest dateline ({latest.isoformat()}) is the calendar's last day"
    issue = latest + dt.timedelta(days=1)
    counted = [c for c in (_date(year, int(m), int(d)) for m, d in _COUNTED_TO.findall(text)) if c is not None]
    note = ""
    if counted and max(counted) > issue:
        issue = max(counted)
        note = f", moved to {issue.isoformat()}: the page counts up to that day"
    return issue, (
        f"issue date inferred as {issue.isoformat()}, the day after the latest dateline ({latest.isoformat()}; "
        f"year {year} from {source}){note}; page unknown unless inferred"
    )


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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
