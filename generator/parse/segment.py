"""Cut a page's lines into printed items: articles with their headlines, photos, boxes.

The dump prints each article's body first and its headline after it; a new article
starts at `本报讯`, at feature byline lines (`本报记者 王 言`), or at a line with one
leading space after a closed sentence (a new text frame). Photo items end with their
credit (`李 欣 摄`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Line
from . import conventions as cv
from .text import CLAUSE_END, column_width, display_width, ends_sentence

# A phone number belongs to a notice's text (`咨询电话：（0391）2108122`), never to a headline.
_PHONE = re.compile(r"\d{7,}|[（(]0\d{2,3}[）)]")
_PHONE_AT_END = re.compile(r"(?:\d{7,}|[（(]0\d{2,3}[）)]\d{7,8})[。.]?$")
# Headlines are short lines without sentence punctuation; decks may hold commas.
HEADLINE_MAX_WIDTH = 40
# A headline with its kicker and deck fills a few lines; a longer run of short
# unpunctuated lines is a list or a table, not a headline.
MAX_HEADLINE_LINES = 8
# Text after a headline set this much wider or narrower than the text before it is
# another frame (a box, a caption), not the same article's next section.
FRAME_WIDTH_CHANGE = 0.2
INDENT = 2.0  # a paragraph's first line is indented by two columns


@dataclass
class Item:
    """The lines of one printed item, before its text is cleaned."""

    kind: str  # news, feature, photo, notice, continued
    body: list[Line] = field(default_factory=list)
    byline: list[Line] = field(default_factory=list)  # feature byline lines
    headline: list[Line] = field(default_factory=list)  # blank lines kept: they separate kicker and title
    credit: Line | None = None  # a photo credit on a line of its own

    @property
    def lines(self) -> list[Line]:
        return [line for line in (*self.byline, *self.body, *self.headline, *([self.credit] if self.credit else [])) if not line.is_blank]


def _unglue(lines: list[Line]) -> list[Line]:
    """`…第十一次会议 本报讯（记者…` is a headline and the next article's first line."""
    out: list[Line] = []
    for line in lines:
        match = cv.GLUED_NEWS_START.search(line.text)
        if match and line.text[: match.start()].strip() and not cv.NEWS_START.match(line.text):
            out.append(Line(line.number, line.text[: match.start()]))
            out.append(Line(line.number, line.text[match.end() :]))
        else:
            out.append(line)
    return out


def _kind_of(line: Line) -> str:
    """What a line is on its own: blank, start, byline, credit, signature or text."""
    text = line.text
    if not text.strip():
        return "blank"
    if cv.NEWS_START.match(text):
        return "start"
    if cv.PHOTO_CREDIT_LINE.match(text):
        return "credit"
    if cv.FEATURE_BYLINE.match(text):
        return "byline"
    if cv.SIGNATURE_LINE.match(text):
        return "signature"
    return "text"


def is_closed(line: Line, kind: str) -> bool:
    """The line ends what came before: a sentence, a marker, a code or a signature."""
    if kind in ("signature", "credit"):
        return True
    text = line.text.rstrip()
    return bool(
        ends_sentence(text)
        or cv.JUMP_TO.search(text)
        or cv.EDITOR_CODE.search(text)
        or cv.TAIL_SIGNATURE.search(text)
        or cv.GLUED_PHOTO_CREDIT.search(text)
        or _PHONE_AT_END.search(text)
    )


def is_headline_like(line: Line, kind: str) -> bool:
    """Could be a headline line: short text with no sentence end and no clause end."""
    if kind != "text" or is_closed(line, kind):
        return False
    text = line.text.strip()
    if re.search(r"[。！？!?]", text) or text[-1] in CLAUSE_END or _PHONE.search(text):
        return False
    return display_width(text) <= HEADLINE_MAX_WIDTH


def segment_page(raw_lines: list[Line]) -> list[Item]:
    """All printed items of a page, in the order the dump prints them."""
    lines = _unglue(raw_lines)
    kinds = [_kind_of(line) for line in lines]
    before = previous_nonblank(kinds)
    items: list[Item] = []
    for start, end in _item_ranges(lines, kinds, before):
        items.extend(_split_item(lines, kinds, before, start, end))
    return [item for item in items if item.lines]


def previous_nonblank(kinds: list[str]) -> list[int | None]:
    """For each line, the index of the last non-blank line before it (None at the top):
    computed once, so that look-backs stay linear on pages with long runs of blanks."""
    before: list[int | None] = []
    last = None
    for i, kind in enumerate(kinds):
        before.append(last)
        if kind != "blank":
            last = i
    return before


def _item_ranges(lines: list[Line], kinds: list[str], before: list[int | None]) -> list[tuple[int, int]]:
    """Where items start: 本报讯, feature bylines, new text frames, and after photo credits."""
    starts = {0}
    for i, kind in enumerate(kinds):
        prev = before[i]
        if kind == "start":
            starts.add(i)
        elif kind == "byline" and (prev is None or kinds[prev] != "byline"):
            starts.add(i)
        elif kind == "text" and lines[i].text[:1] in (" ", "\u3000") and (prev is None or is_closed(lines[prev], kinds[prev])):
            # A leading space after a closed sentence opens a new text frame.
            starts.add(i)
        if prev is not None and (kinds[prev] == "credit" or (kinds[prev] == "text" and cv.GLUED_PHOTO_CREDIT.search(lines[prev].text))):
            if kind != "blank":
                starts.add(i)
    ordered = sorted(starts)
    ranges = list(zip(ordered, ordered[1:] + [len(lines)]))
    for start, end in ranges:
        if kinds[start] != "byline":  # features have subheads: their sections stay together
            starts.update(_frame_breaks(lines, kinds, before, start, end))
    ordered = sorted(starts)
    return [(s, e) for s, e in zip(ordered, ordered[1:] + [len(lines)])]


def _frame_breaks(lines: list[Line], kinds: list[str], before: list[int | None], start: int, end: int) -> list[int]:
    """Items that begin without a marker after the previous article's headline: a box or
    a caption set in another column width. A headline-like group between blank lines,
    after a closed sentence, followed by text of a different width, ends an item; a
    subhead inside a feature is followed by text of the same width."""
    breaks = []
    i = start
    while i < end:
        if not (is_headline_like(lines[i], kinds[i]) and i > start and kinds[i - 1] == "blank"):
            i += 1
            continue
        above = before[i]
        if above is None or above < start or not is_closed(lines[above], kinds[above]):
            i += 1
            continue
        j, taken = i, 0
        while j < end and (kinds[j] == "blank" or is_headline_like(lines[j], kinds[j])) and taken <= MAX_HEADLINE_LINES:
            taken += kinds[j] != "blank"
            j += 1
        if j >= end or kinds[j - 1] != "blank" or kinds[j] != "text":
            i = j + 1
            continue
        width_before = _typical_width([k for k in range(above, start - 1, -1) if kinds[k] == "text"][:6], lines)
        width_after = _typical_width([k for k in range(j, end) if kinds[k] == "text"][:6], lines)
        if width_before and width_after and abs(width_after - width_before) > FRAME_WIDTH_CHANGE * max(width_before, width_after):
            breaks.append(j)
        i = j
    return breaks


def _typical_width(indices: list[int], lines: list[Line]) -> float:
    widths = sorted(column_width(lines[k].text) for k in indices)
    return widths[(3 * len(widths)) // 4] if len(widths) >= 3 else 0.0


def _split_item(lines: list[Line], kinds: list[str], before: list[int | None], start: int, end: int) -> list[Item]:
    """One range → a photo at its end (if any) and the article before it."""
    last = end - 1
    while last >= start and kinds[last] == "blank":
        last -= 1
    if last < start:
        return []
    credit_line = kinds[last] == "credit"
    glued_credit = kinds[last] == "text" and bool(cv.GLUED_PHOTO_CREDIT.search(lines[last].text))
    if credit_line or glued_credit:
        caption_end = last if glued_credit else before[last]
        if caption_end is None or caption_end < start:
            return [Item("photo", credit=lines[last])]
        caption_start = _caption_start(lines, kinds, before, start, caption_end)
        photo = Item("photo", body=lines[caption_start : caption_end + 1], credit=lines[last] if credit_line else None)
        article = _article_item(lines, kinds, before, start, caption_start) if caption_start > start else []
        return [*article, photo]
    return _article_item(lines, kinds, before, start, end)


def _caption_start(lines: list[Line], kinds: list[str], before: list[int | None], start: int, caption_end: int) -> int:
    """A caption is one paragraph of full-width lines: go back until a blank line after a
    closed or headline line, a short closed line, or a line too short to be a wrapped one."""
    i = caption_end
    full = column_width(lines[i].text)
    while i > start:
        prev = i - 1
        if kinds[prev] == "blank":
            above = before[prev]
            if above is None or above < start:
                return i
            if is_closed(lines[above], kinds[above]) or is_headline_like(lines[above], kinds[above]):
                return i
        elif kinds[prev] != "text":
            return i
        elif is_closed(lines[prev], kinds[prev]) and column_width(lines[prev].text) < max(full, column_width(lines[i].text)) - 1.0:
            return i  # a short closed line ends the paragraph before the caption
        elif i < caption_end and column_width(lines[prev].text) < full - INDENT - 2.5:
            # Caption lines are full (the first one indented): a shorter one is a headline.
            return i
        else:
            full = max(full, column_width(lines[prev].text))
        i = prev
    return start


def _article_item(lines: list[Line], kinds: list[str], before: list[int | None], start: int, end: int) -> list[Item]:
    """Byline lines, body and the headline printed after it."""
    i = start
    byline: list[Line] = []
    while i < end and kinds[i] in ("byline", "blank") and (kinds[i] == "byline" or byline):
        byline.append(lines[i])
        i += 1
    while byline and byline[-1].is_blank:
        byline.pop()
    head_start = _headline_start(lines, kinds, before, i, end)
    body = lines[i:head_start]
    headline = lines[head_start:end]
    while headline and headline[0].is_blank:
        body.append(headline.pop(0))
    if byline:
        kind = "feature"
    elif kinds[i] == "start" if i < end else False:
        kind = "news"
    else:
        kind = "untitled"  # decided later from its text: notice or continued body
    return [Item(kind, body=body, byline=byline, headline=headline)]


def _headline_start(lines: list[Line], kinds: list[str], before: list[int | None], body_start: int, end: int) -> int:
    """Index where the trailing headline begins (== end when the article has none).

    Headline lines are read backwards from the end while they look like headlines;
    they count only if what precedes them closes the body, so that the last lines of a
    body cut mid-sentence are never taken for a headline.
    """
    i = end
    first = end
    taken = 0
    while i > body_start and taken < MAX_HEADLINE_LINES:
        j = i - 1
        if kinds[j] == "blank":
            i = j
            continue
        if not is_headline_like(lines[j], kinds[j]):
            break
        first = j
        taken += 1
        i = j
    if first == end:
        return end
    above = before[first]
    if above is None or above < body_start:
        # Nothing but headline-like lines: a page fragment holding only headlines.
        return body_start if kinds[body_start] != "start" else end
    if not is_closed(lines[above], kinds[above]):
        return end
    return first
