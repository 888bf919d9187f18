"""Column lines → paragraphs.

Rules of the printed column the dump keeps:
- a paragraph's first line is indented by two characters, so a full first line is two
  columns narrower than the block;
- its last line is usually shorter than the block width;
- a blank line is a column break as often as a paragraph break: only a closed sentence
  on a short line (or before an indented line) ends a paragraph.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from ..config import project_word_lists
from ..config.words import words_of
from ..model import Line
from .conventions import CONVENTIONS
from .openings import runs_on
from .text import CLAUSE_END, column_width, ends_sentence, is_wide, join_wrapped

INDENT = 2.0  # columns of the printed first-line indent
_LOOKAROUND = 4  # lines on each side that give the width of the block around a line
SHORT = 1.5  # a closed line this much narrower than its block ends a paragraph
_NO_LINE_START = set("，。、；：？！”’）》〉】")  # marks a typesetter never sets at a line's start
_NO_LINE_END = set("“‘（《〈【")  # nor at its end


@dataclass
class Paragraph:
    text: str  # joined, layout spaces not yet removed
    first_line: int
    last_line: int


def reflow(lines: list[Line]) -> list[Paragraph]:
    """Join column-wrapped lines into paragraphs (see the module's rules)."""
    rows = [line for line in lines if not line.is_blank]
    if not rows:
        return []
    gap_before = _gaps(lines)
    widths = [column_width(r.text) for r in rows]
    paragraphs: list[list[int]] = [[0]]
    for i in range(1, len(rows)):
        current = paragraphs[-1]
        if _breaks(rows, widths, current, i, gap_before):
            paragraphs.append([i])
        else:
            current.append(i)
    return [_paragraph([rows[i] for i in group]) for group in paragraphs]


def _gaps(lines: list[Line]) -> dict[int, bool]:
    """For each non-blank line (by number and position): is a blank line before it?"""
    gaps: dict[int, bool] = {}
    blank = False
    index = 0
    for line in lines:
        if line.is_blank:
            blank = True
            continue
        gaps[index] = blank
        blank = False
        index += 1
    return gaps


def _block_width(widths: list[float], i: int, skip: tuple[int, ...] = ()) -> float:
    """The column width around row i: the upper quartile of its neighbours' widths.

    Short last lines and indented first lines are the minority of a block, and squeezed
    punctuation makes full lines vary by a column, so neither the maximum nor the
    median is the width; the upper quartile is.
    """
    window = [widths[j] for j in range(max(0, i - _LOOKAROUND), min(len(widths), i + _LOOKAROUND + 1)) if j not in skip]
    if len(window) < 2:
        return window[0] if window else widths[i]
    return statistics.quantiles(window, n=4, method="inclusive")[2]


_TEXT_LABELS = frozenset(words_of(project_word_lists().text_labels))


def is_text_label(text: str) -> bool:
    """`编者按` alone on its line (a colon may follow): a label that opens a part of the text,
    a paragraph of its own (word_lists.yml `text_labels`)."""
    return "".join(text.split()).rstrip("：:") in _TEXT_LABELS


def _breaks(rows: list[Line], widths: list[float], current: list[int], i: int, gap_before: dict[int, bool]) -> bool:
    """Does a new paragraph start at row i?"""
    a = i - 1
    if len(current) == 1 and is_text_label(rows[a].text):
        return True
    if CONVENTIONS.date_line.match(rows[i].text):
        return True  # a notice's closing date stands on its own, as does its issuer before it
    if gap_before.get(i) and i + 1 < len(rows) and CONVENTIONS.date_line.match(rows[i + 1].text) and ends_sentence(rows[a].text):
        return True
    if ends_sentence(rows[a].text):
        # A closed sentence before a blank line ends its paragraph; without a blank,
        # only a short line or an indented next line does.
        if gap_before.get(i):
            return True
        full = _block_width(widths, a, (a, i)) - (INDENT if a == current[0] else 0.0)
        # A closed line well narrower than the line after it is short too (where the
        # lines around it are few or narrowed by digits).
        narrower = widths[a] <= widths[i] - INDENT - SHORT
        return (widths[a] <= full - SHORT or narrower or _one_column_short(rows[a].text, widths[a], full, rows[i].text)
                or _is_indented(rows, widths, i, gap_before))
    # An unfinished sentence continues, across blank lines too, except after a subhead.
    return _is_subhead_end(rows, widths, current, i, gap_before)


def _one_column_short(text: str, width: float, full: float, after: str) -> bool:
    """A closed line of Chinese characters alone (no digits, Latin or spaces, which make
    full lines narrower) a column short of full: the next character would have fitted, so
    the paragraph ended there, unless the typesetter pushed it down: an opening mark may
    not end a line (the next line's first character), a closing mark may not start one
    (its second)."""
    text, after = text.strip(), after.strip()
    if not text or not all(is_wide(ch) for ch in text):
        return False
    pushed = after[:1] in _NO_LINE_END or len(after) > 1 and after[1] in _NO_LINE_START
    return width <= full - 1.0 and not pushed


def _is_indented(rows: list[Line], widths: list[float], i: int, gap_before: dict[int, bool]) -> bool:
    """Row i is a paragraph's first line: narrower than the full line after it by about
    the two-column indent (between one and three and a half columns). A row that closes
    a sentence before a blank line is rather a paragraph's short last line: the line after
    the blank is another paragraph's and measures nothing of it."""
    if i + 1 >= len(widths):
        return False
    if gap_before.get(i + 1) and ends_sentence(rows[i].text):
        return False
    full = _block_width(widths, i, (i, i - 1))
    # A line wider than the block hangs its closing mark in the margin: it is full, no wider.
    after = min(widths[i + 1], full)
    return after >= full - 1.0 and 1.0 <= after - widths[i] <= INDENT + 1.5


def _is_subhead_end(rows: list[Line], widths: list[float], current: list[int], i: int, gap_before: dict[int, bool]) -> bool:
    """A feature's subhead: one or two short unpunctuated lines between paragraphs.

    They follow a finished paragraph, with blank lines before and after them, and their
    last line is short: the line before a column-break blank is always full, so a short
    unfinished line there cannot be a sentence running on into the next column.
    """
    if not gap_before.get(i) or len(current) > 2:
        return False
    start, last = current[0], current[-1]
    if start == 0 or not gap_before.get(start) or not ends_sentence(rows[start - 1].text):
        return False
    if any(rows[j].text.rstrip()[-1:] in CLAUSE_END for j in current):
        return False
    full = _block_width(widths, i, (i, *current))
    # Narrower than an indented first line by a column at least: not a full line.
    narrow = full - INDENT - 1.0
    if widths[last] > narrow:
        return False
    if not (any("——" in rows[j].text for j in current) or widths[start] <= narrow):
        return False
    # `1957年7月2日，焦` / blank / `作第一张…`: a short line at the foot of a column that
    # holds a clause and whose last word runs on after the break is no subhead. (Without a
    # clause, words of a subhead and of the text after it can make a word: 课堂 / 教学点.)
    if any(mark in rows[last].text for mark in "，,、：:"):
        return not runs_on(rows[last].text, rows[i].text)
    return True


def _paragraph(rows: list[Line]) -> Paragraph:
    parts = [rows[0].text.strip()]
    for row in rows[1:]:
        joined = join_wrapped(parts[-1], row.text.strip())
        parts.append(joined[len(parts[-1]) :])  # the new line, with a space before it if any
    return Paragraph("".join(parts), rows[0].number, rows[-1].number)
