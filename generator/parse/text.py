"""Pure string helpers shared by the parse stages: character classes, widths, layout spaces."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Characters that end a sentence; a closing quote or bracket may follow them.
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》〉】"
# A line ending like this closes a sentence (or a clause introducing a list, `强调：`).
_CLOSED_LINE = re.compile(rf"(?:[{SENTENCE_END}]|……|：)[{CLOSERS}]*$")
# Clause punctuation: a line ending with one of these is always mid-sentence.
CLAUSE_END = "，、；：,;"


def is_wide(ch: str) -> bool:
    """Chinese characters and full-width punctuation: one column each in print."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in "“”‘’…—·"


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002fa1f"


def display_width(text: str) -> float:
    """Printed width of a line in columns: wide characters 1, narrow 0.5, spaces 0.

    Spaces are left out because justified type spreads the same characters over the
    column with spaces: `晶 能 电 源` fills as much of a line as `晶能电源`.
    """
    width = 0.0
    for ch in text:
        if ch.isspace():
            continue
        width += 1.0 if is_wide(ch) else 0.5
    return width


# Typesetters squeeze punctuation (adjacent marks share a column, a mark at the line end
# may hang outside it), so in a justified line a mark fills less than a full column.
_PUNCTUATION_WIDTH = 0.9
_GAP_WIDTH = 0.5
_SQUEEZABLE = set("，。、；：？！“”‘’（）《》〈〉【】…—·")


def column_width(text: str) -> float:
    """Like display_width, but as a typesetter fills a line: punctuation squeezed, and the
    thin gap set around a number or a Latin word (`2 月 20 日`) taking a quarter column."""
    width = 0.0
    text = text.strip()
    for i, ch in enumerate(text):
        if ch.isspace():
            if text[i - 1].isascii() and not text[i - 1].isspace() or text[i + 1].isascii() and not text[i + 1].isspace():
                width += _GAP_WIDTH
        elif ch in _SQUEEZABLE:
            width += _PUNCTUATION_WIDTH
        else:
            width += 1.0 if is_wide(ch) else 0.5
    return width


def ends_sentence(text: str) -> bool:
    """True when the text ends with the end of a sentence (or of a `强调：` lead-in)."""
    return bool(_CLOSED_LINE.search(text.rstrip()))


# How far a Latin word is looked for on each side of a space (longer words are rare).
_WORD_SPAN = 40
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9.+\-]*[A-Za-z][A-Za-z0-9.+\-]*$")
_LATIN_AFTER = re.compile(r"^[A-Za-z0-9.+\-]*[A-Za-z]")
_DIGITS_BEFORE = re.compile(r"[0-9]+$")
_DIGITS_AFTER = re.compile(r"[0-9]+")


def _keeps_space(left: str, right: str) -> bool:
    """A space is real when it touches a Latin word (`云视讯 APP 视频`, `汽车 4S 店`)
    or separates two Latin words or numbers (`COVID 19`, `2020 2021`); a single digit
    spaced from its neighbour is letter-spaced type (`4 8 3 辆`). The paper sets a Latin
    word among Chinese off on both sides: a word set tight on one side and spaced on the
    other (`的K1596 次列车`, `南至 S104省道`) was spaced by the layout.

    >>> _keeps_space("清理", "4 8 3辆"), _keeps_space("年份2020", "2021")
    (False, True)
    >>> _keeps_space("开往烟台的K1596", "次列车"), _keeps_space("汽车 4S", "店")
    (False, True)
    """
    if _spaced_on_one_side(left, right):
        return False
    if _LATIN_BEFORE.search(left) or _LATIN_AFTER.search(right):
        return True
    if not (left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum()):
        return False
    before, after = _DIGITS_BEFORE.search(left), _DIGITS_AFTER.match(right)
    return not (before and after and min(len(before.group()), len(after.group())) == 1)


_TOKEN_BEFORE = re.compile(r"[A-Za-z0-9.+\-]+$")
_TOKEN_AFTER = re.compile(r"[A-Za-z0-9.+\-]+")


def _spaced_on_one_side(left: str, right: str) -> bool:
    """A Latin word between Chinese characters, this space on one side of it and none on
    the other."""
    before, after = _TOKEN_BEFORE.search(left), _TOKEN_AFTER.match(right)
    if before and _LATIN_BEFORE.search(left) and right[:1] and is_han(right[0]):
        return before.start() > 0 and is_han(left[before.start() - 1])
    if after and _LATIN_AFTER.search(right) and left[-1:] and is_han(left[-1]):
        return after.end() < len(right) and is_han(right[after.end()])
    return False


_SPACES = re.compile(r"[ \t\u3000\u00a0]+")


def strip_layout_spaces(text: str, runs_on: Callable[[str, str], bool] | None = None,
                        is_name: Callable[[str], bool] | None = None) -> str:
    """Remove the spaces of justified type and keep real ones; spaces next to Latin words
    stay as one space.

    >>> strip_layout_spaces("2 月 20 日")
    '2月20日'
    >>> strip_layout_spaces("记 者 王晓燕")
    '记者王晓燕'
    >>> strip_layout_spaces("常委 （扩大） 会议")
    '常委（扩大）会议'
    >>> strip_layout_spaces("使用  APP  办理")
    '使用 APP 办理'

    A space between two phrases of two or more characters each is printed, not spread by
    justification, which spaces single characters (`责任落 实 。`, `记 者`), where real pages
    set phrases apart: slogans and titles, a label opening the text (`“情暖五月 关爱母亲”`,
    `《山水焦作 美丽中站》`, `编者按 全国…`), a name before a post with `is_name` (_set_apart).
    With `runs_on` (does a word run on over this gap? the parser passes jieba's), a space
    inside a word is layout all the same (`原振 喜听后`, `李亦博汇 报了`).

    >>> strip_layout_spaces("开展“情暖五月 关爱母亲”活动，责任落 实 。")
    '开展“情暖五月 关爱母亲”活动，责任落实。'
    """
    text = text.strip()
    out: list[str] = []
    pos = 0
    spaces = list(_SPACES.finditer(text))
    for k, match in enumerate(spaces):
        out.append(text[pos : match.start()])
        left, right = text[max(0, match.start() - _WORD_SPAN) : match.start()], text[match.end() : match.end() + _WORD_SPAN]
        before = text[spaces[k - 1].end() if k else 0 : match.start()]
        after = text[match.end() : spaces[k + 1].start() if k + 1 < len(spaces) else len(text)]
        # A full-width space is the typesetter's fill (`全角\u3000空格`), never a separator.
        phrases = (match.group() == " " and _separates_phrases(before, after) and not (runs_on and runs_on(before, after))
                   and _set_apart(text, match.start(), is_name))
        if left and right and (_keeps_space(left, right) or phrases):
            out.append(" ")
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


_PHRASE_END = re.compile(r"[\u4e00-\u9fff]{2}[”’]?$")
_PHRASE_START = re.compile(r"^[“‘]?[\u4e00-\u9fff]{2}")


def _set_apart(text: str, at: int, is_name: Callable[[str], bool] | None) -> bool:
    """Where type sets phrases apart by a space: inside a quotation or a title (`“情暖五月
    关爱母亲”`, `《山水焦作 美丽中站》`), after a label that opens the text (`编者按 全国…`), or
    after a person's name in a list of people and their posts (`副调研员张强 焦作市招生考试中心…`,
    with `is_name`, which tells whether a text ends with a name). In running text a space
    between two words is the justification's (`区四大班子 领导`, `检查内容 包括`)."""
    before = text[:at]
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return True
    if len(before.strip()) <= 4 and not any(c in before for c in "，。；：,;:"):
        return True
    run = re.split(r"[，。；：、,;:（）()“”\s]", before)[-1]
    return is_name is not None and bool(run) and is_name(run)


def _separates_phrases(before: str, after: str) -> bool:
    """Whether a space stands between two phrases: the runs of text on its two sides each
    end or start with two Chinese characters (a closing or an opening quotation mark may
    stand between)."""
    return bool(_PHRASE_END.search(before)) and bool(_PHRASE_START.match(after))


def strip_headline_spaces(text: str) -> str:
    """Headlines keep a space that separates two phrases.

    Letter-spaced runs of single characters and spaces next to punctuation are layout; a
    space between two runs of two or more Chinese characters is a separator, also where a
    quotation closes before it or opens after it (`“双管齐下” 我市…`).

    >>> strip_headline_spaces("张建国讲话 李明出席")
    '张建国讲话 李明出席'
    >>> strip_headline_spaces("融 媒 摄")
    '融媒摄'
    """
    tokens = [t for t in _SPACES.split(text.strip()) if t]
    if not tokens:
        return ""
    out = tokens[0]
    for prev, token in zip(tokens, tokens[1:]):
        separator = len(prev) >= 2 and len(token) >= 2 and (is_han(prev[-1]) or prev[-1] in "”’") and (is_han(token[0]) or token[0] in "“‘")
        if separator or _keeps_space(prev, token):
            out += " " + token
        else:
            out += token
    return out


_CUT_TOKEN_END = re.compile(r"[A-Za-z0-9][A-Za-z0-9./@:_\-]*$")
_CUT_TOKEN_START = re.compile(r"[A-Za-z0-9][A-Za-z0-9./@:_\-]*")
_TOKEN_MARK = re.compile(r"[0-9./@:_\-]")


def join_wrapped(left: str, right: str) -> str:
    """Join two column lines. A line end is no space, except next to a Latin word, which
    the paper always sets off with spaces; a number or an address cut by the column is one
    token again.

    >>> join_wrapped("电商", "APP")
    '电商 APP'
    >>> join_wrapped("weibo.co", "m/jzrb")
    'weibo.com/jzrb'
    """
    left, right = left.rstrip(), right.lstrip()
    cut_end, cut_start = _CUT_TOKEN_END.search(left), _CUT_TOKEN_START.match(right)
    if cut_end and cut_start:
        # A number, a code or an address cut by the column (`豫H-E213` / `2`,
        # `weibo.co` / `m/jzrb`): one token, no space. Two plain words keep their space.
        before, after = cut_end.group(), cut_start.group()
        if _TOKEN_MARK.search(before + after) or len(before) == 1 or len(after) == 1:
            return left + right
    if left and right and (_LATIN_BEFORE.search(left[-_WORD_SPAN:]) or _LATIN_AFTER.search(right[:_WORD_SPAN])):
        if not _is_punctuation(left[-1]) and not _is_punctuation(right[0]):
            return left + " " + right
    return left + right


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def non_space_count(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())
