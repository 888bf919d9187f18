"""One printed item → an `Article`: its body reflowed into paragraphs, its byline, markers,
codes and credits taken out as metadata (each kept as an artifact of the page), its
headline split into kicker, title and subtitle, its dateline and kind.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..config import project_word_lists
from ..config.words import words_of
from ..model import Article, ArticleKind, Artifact, Line, SourceSpan
from ..slugs import article_slug
from . import bylines
from . import conventions as cv
from .dateline import DATELINE, find_dateline, runs_through_dateline
from .headline import split_headline
from .openings import ends_with_person_name, runs_on, starts_mid_sentence
from .reflow import Paragraph, is_text_label, reflow
from .segment import Item
from .text import ends_sentence, strip_layout_spaces

INFERRED_TITLE_MAX = 40
_SENTENCE = re.compile(r"^(.+?)[。！？!?]")
# A boxed notice: a service text with a headline, worded as one (a phone line, a hotline or
# an official word: site_config/word_lists.yml `notice_words`).
_NOTICE_WORDS = re.compile("|".join(map(re.escape, words_of(project_word_lists().notice_words))) or r"(?!x)x")
# A headline that ends in such a word, perhaps with its number (`…办公室通告（2022年第4号）`),
# titles an official text even when the text opens with a date (`近日，…`), unless a verb
# says the item reports it (`notice_report_verbs`: 发布…提示).
_NOTICE_TITLE = re.compile("(?:" + _NOTICE_WORDS.pattern + r")(?:[（(][^（）()]*[）)])?$")
_REPORTS_NOTICE = re.compile("|".join(map(re.escape, words_of(project_word_lists().notice_report_verbs))) or r"(?!x)x")


@dataclass
class Built:
    """An article and what its page needs to finish it: the month its lead printed (for a
    wire's `16日`), and the decisions that were a guess."""

    article: Article
    lead_month: int | None
    guesses: list[tuple[int, str]]


def _runs_on(before: str, after: str) -> bool:
    """A word or a dateline runs on over the space between `before` and `after`."""
    return runs_on(before, after) or runs_through_dateline(before, after)


def article_id(item: Item) -> str:
    """Stable id from the article's own printed text: other pages never change it."""
    raw = "\n".join("".join(line.text.split()) for line in item.lines)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def build_article(item: Item, article_id: str, file_name: str, artifacts: list[Artifact], first_on_page: bool = False) -> Built:
    printed = item.lines
    article = Article(
        id=article_id,
        source_file=file_name,
        # (A credit may stand before its photo's headline: the range is by line number.)
        first_line=min(line.number for line in printed) if printed else 0,
        last_line=max(line.number for line in printed) if printed else 0,
    )

    def keep(line: int, text: str, kind: str) -> None:
        artifacts.append(Artifact(line, text.strip(), kind, article.id))

    body = list(item.body)
    # Tail signature on a line of its own: `（钱进）`; a jump marker alone on its line
    # (`（下转第三版）`) has the same form and is a marker, not a name.
    while body and (body[-1].is_blank or cv.SIGNATURE_LINE.match(body[-1].text)):
        line = body.pop()
        if line.is_blank:
            continue
        jump = cv.JUMP_TO.fullmatch(line.text.strip())
        if jump:
            article.continued_to = article.continued_to or cv.clean_marker(jump.group(2))
            keep(line.number, line.text, "jump_marker")
            continue
        signed = cv.SIGNATURE_LINE.match(line.text)
        if signed:
            article.signature = bylines.signature(article, signed.group(1)) or article.signature
            keep(line.number, line.text, "signature")
    # …or cut in two by the column (`（中国台湾网、焦作` / `市台办联合报道）`), under a closed sentence.
    if len(body) > 2 and not body[-2].is_blank and body[-2].text.strip()[:1] in "（(" and ends_sentence(body[-3].text):
        signed = cv.SIGNATURE_LINE.match(body[-2].text.rstrip() + body[-1].text.strip())
        if signed and not cv.JUMP_TO.search(signed.group(0)):
            article.signature = bylines.signature(article, signed.group(1)) or article.signature
            keep(body[-2].number, body[-2].text, "signature")
            keep(body[-1].number, body[-1].text, "signature")
            del body[-2:]
    if item.credit is not None:
        # A credit the column cut after its role (`新华社记者` / `王 颂 摄`): the role is the credit's.
        if body and not body[-1].is_blank and body[-1].number == item.credit.number - 1 and cv.CONVENTIONS.role_only.match(body[-1].text):
            keep(body[-1].number, body[-1].text, "photo_credit")
            body.pop()
        credit = item.credit.text
        if body and not body[-1].is_blank and body[-1].number == item.credit.number - 1:
            # …or after the caption's last sentence on its line, with the first names maybe
            # (`…得以解除。 新华社记者` / `王 颂 摄`; `…基础。(黄金峰` / `周运动 摄)`).
            head = cv.CONVENTIONS.credit_head_at_end.search(body[-1].text)
            if head:
                keep(body[-1].number, body[-1].text[head.start() :], "photo_credit")
                body[-1] = Line(body[-1].number, body[-1].text[: head.start()])
                credit = head.group("head") + " " + credit
        article.photographers = cv.parse_credit(credit)["photographers"]
        distributed = cv.DISTRIBUTED_ALONE.match(item.credit.text)
        given = cv.CONVENTIONS.credit(item.credit.text)
        if distributed:  # `（新华社发）`: the outlet that sent the picture signs it
            article.signature = article.signature or cv.clean_marker(distributed.group("outlet"))
        elif given is not None and given.groupdict().get("giver"):  # `…传承中心供图`: so does the giver
            article.signature = article.signature or cv.clean_marker(item.credit.text.strip().strip("（）()"))
        keep(item.credit.number, item.credit.text, "photo_credit")
    elif item.kind == "photo" and body:
        match = cv.GLUED_PHOTO_CREDIT.search(body[-1].text)
        if match:
            article.photographers = cv.parse_credit(match.group(1))["photographers"]
            keep(body[-1].number, match.group(0), "photo_credit")  # with its closing bracket
            body[-1] = Line(body[-1].number, body[-1].text[: match.start()])
        elif len(body) > 1:  # a credit the column cut in two: `…种苗。(谷志方` / `摄)`
            first, second = body[-2].text.rstrip(), body[-1].text.strip()
            match = cv.GLUED_PHOTO_CREDIT.search(first + second)
            if match and match.start() < len(first):
                article.photographers = cv.parse_credit(match.group(1))["photographers"]
                keep(body[-2].number, first[match.start() :], "photo_credit")
                keep(body[-1].number, second, "photo_credit")
                body[-2] = Line(body[-2].number, first[: match.start()])
                body.pop()
    texts: list[str] = []  # a byline's names wrapped onto the next line are read with it
    last = 0
    for line in (*item.byline, *item.tail_byline):
        if line.is_blank:
            continue
        if texts and line.number == last + 1 and bylines.names_only(line.text):
            texts[-1] += " " + line.text.strip()
        else:
            texts.append(line.text)
        last = line.number
        keep(line.number, line.text, "byline")
    for text in texts:
        bylines.byline_line(article, text)

    paragraphs = reflow(body)
    lead_month, dispatch_day = _take_lead(paragraphs, article, keep)
    _take_tail_markers(paragraphs, article, keep)
    cleaned = [(strip_layout_spaces(p.text, _runs_on, ends_with_person_name), p) for p in paragraphs]
    article.paragraphs = [text for text, _ in cleaned if text]
    article.paragraph_lines = [SourceSpan(p.first_line, p.last_line) for text, p in cleaned if text]
    headline_rows = [line.number for line in item.headline if not line.is_blank]
    article.headline_lines = SourceSpan(min(headline_rows), max(headline_rows)) if headline_rows else None

    headline = split_headline(item.headline)
    article.kicker, article.title, article.subtitle = headline.kicker, headline.title, headline.subtitle
    if not article.title:
        article.title = _inferred_title(article.paragraphs)
        article.title_inferred = True
    # A dispatch's day (新华社郑州9月17日电) dates a body that names no time of its own.
    article.dateline = strip_layout_spaces(find_dateline(article.paragraphs, lead_month) or dispatch_day).replace(" ", "")
    guesses: list[tuple[int, str]] = []
    article.kind = _kind(item, article, first_on_page, guesses)
    article.slug = article_slug(article)
    return Built(article, lead_month, guesses)


def _take_lead(paragraphs: list[Paragraph], article: Article, keep) -> tuple[int | None, str]:
    """An outlet's lead (`本报讯（记者X 通讯员Y）`, `新华社郑州12月5日电（记者Z）`, `本报评论员`) and
    `（上接第一版）` open a body: metadata, not text. Returns the month the lead printed and
    the day it was filed (`9月17日`, or "")."""
    if not paragraphs:
        return None, ""
    first = paragraphs[0]
    month = None
    dispatch_day = ""
    found = cv.CONVENTIONS.lead(first.text)
    if found and found[0].strip:
        lead, match = found
        keep(first.first_line, match.group(0), "byline")
        article.lead = "".join(match.group(0).split())
        month = bylines.lead_byline(article, match.group(0))
        filed = DATELINE.search("".join(match.group(0).split()))
        if filed and filed.group("month"):
            dispatch_day = filed.group(0)
        first.text = first.text[match.end() :]
    jump = cv.JUMP_FROM.match(first.text)
    if jump:
        keep(first.first_line, jump.group(1), "jump_marker")
        article.continued_from = True
        first.text = first.text[jump.end() :]
    if not first.text.strip():
        paragraphs.pop(0)
    return month, dispatch_day


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
                article.signature = bylines.signature(article, value.strip()[1:-1]) or article.signature
            last.text = last.text[: match.start()]
            break
        else:
            break
        if not last.text.strip():
            paragraphs.pop()


def _inferred_title(paragraphs: list[str]) -> str:
    """No headline printed: the first sentence stands in, cut to a readable length (not a
    label such as 编者按 on a line of its own: the sentence after it)."""
    paragraphs = [p for p in paragraphs if not is_text_label(p)]
    if not paragraphs:
        return ""
    text = paragraphs[0]
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    if len(sentence) > INFERRED_TITLE_MAX:
        sentence = sentence[:INFERRED_TITLE_MAX] + "…"
    return sentence


_PRINTED_KINDS: dict[str, ArticleKind] = {"news": "news", "feature": "feature", "photo": "photo"}
_CAPTION_PARAGRAPHS = 2  # a caption is a paragraph or two
_CAPTION_SENTENCE = re.compile(r"(?:^|[。！？])(?:图为|上图|下图|左图|右图)")


def _kind(item: Item, article: Article, first_on_page: bool, guesses: list[tuple[int, str]]) -> ArticleKind:
    """news, feature and photo are printed as such; a headlined, unsigned text with no lead
    worded as a service box is a notice; a text that opens a page or a new frame (a
    leading space) with no lead of its own, in the middle of a sentence, is taken for the
    rest of an article begun on another page (reported as a guess); any other is news."""
    printed = _PRINTED_KINDS.get(item.kind)
    if printed:
        return printed
    if article.continued_from:
        return "news"
    if (not item.lead and len(article.paragraphs) <= _CAPTION_PARAGRAPHS
            and any(_CAPTION_SENTENCE.search(p) for p in article.paragraphs)):
        return "photo"  # a short text with no lead that says what the picture shows (…。图为…): a caption
    headlined = not article.title_inferred
    worded = bool(_NOTICE_WORDS.search(article.title + "".join(article.paragraphs[-1:])))
    unsigned = not (article.signature or article.reporters or article.continued_to)
    dated_notice = (item.lead == "dateline" and bool(_NOTICE_TITLE.search(article.title))
                    and not _REPORTS_NOTICE.search(article.title))
    if headlined and unsigned and (not item.lead or dated_notice) and worded:
        return "notice"
    frame_start = first_on_page or bool(item.body[:1]) and item.body[0].text[:1] in (" ", "\u3000")
    if not item.lead and frame_start and article.paragraphs and starts_mid_sentence(article.paragraphs[0]):
        article.continued_from = True
        guesses.append((article.first_line, "taken for the rest of an article from another page: it starts mid-sentence, with no 上接 marker"))
    return "news"
