"""Headline lines (printed after the body) → kicker, title and subtitle.

The paper's headline forms:
- one line, or one title wrapped over lines with no blank line between;
- kicker, blank line, title (two blocks: the first block is the kicker);
- title, then a line starting with `——`: the subtitle;
- title, then a deck of long lines with clause punctuation: the subtitle.
"""

from __future__ import annotations

from ..model import Headline, Line
from .openings import runs_on
from .text import display_width, strip_headline_spaces

_DECK_MIN_WIDTH = 18  # deck lines are long sentences, titles are short
_CLAUSE = "，、；,;"


def _blocks(lines: list[Line]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.is_blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(strip_headline_spaces(line.text))
    return [b for b in blocks if b]


def _is_deck(text: str) -> bool:
    return display_width(text) >= _DECK_MIN_WIDTH and any(c in text for c in _CLAUSE)


def _is_second_line(text: str, before: tuple[int, str], block: int) -> bool:
    """A clause wider than the line above it, or in the same block two phrases set apart by a
    space wider than it: the line above was not a full measure, so this is no wrapped title's
    rest but a second line of its own (`3万余台收割机“会战”周口麦收` / `麦收面积增加到873万亩，超过七成`;
    `焦作站南广场昨日开工建设` / `孙立坤宣布项目开工 徐衣显讲话`, where no word runs on
    across the break)."""
    if display_width(text) <= display_width(before[1]) or before[1].rstrip().endswith(("：", ":")):
        return False  # (a title's first part ending in a colon runs on: `南阳西峡：` / `开放公共广场…`)
    if any(c in text for c in _CLAUSE):
        return True
    # …unless a word runs on across the break (`…来周检查` / `指导国防教育园建设 徐光等陪同`).
    # So is one phrase wider than a title of two phrases above it, itself whole
    # (`扛稳防汛主体责任 突出群众转移避险` / `坚决守住不发生群死群伤事故的金标准`).
    two_phrases = " " in before[1].strip() and " " not in text.strip()
    return before[0] == block and (" " in text.strip() or two_phrases) and not runs_on(before[1], text)


def _join_deck(parts: list[str], widths: list[float]) -> str:
    """Deck lines run on when the line before is full; after a short line, or before a
    line that is itself two phrases (`张建国讲话 李明出席`), a new phrase begins."""
    full = max(widths) if widths else 0
    out = parts[0]
    for prev_width, part in zip(widths, parts[1:]):
        runs_on = prev_width >= full - 1 and " " not in part
        out += part if runs_on else " " + part
    return out


def split_headline(lines: list[Line]) -> Headline:
    """Kicker, title and subtitle of the headline lines (blank lines separate blocks)."""
    flat: list[tuple[int, str]] = []  # (block number, text)
    for number, block in enumerate(_blocks(lines)):
        flat.extend((number, text) for text in block)
    if not flat:
        return Headline()
    # The subtitle starts at a `——` line or at the first deck line after the title.
    cut = len(flat)
    for i, (_, text) in enumerate(flat):
        if text.startswith("——") or (i > 0 and (_is_deck(text) or _is_second_line(text, flat[i - 1], flat[i][0]))):
            cut = i
            break
    head, tail = flat[:cut], flat[cut:]
    subtitle = _join_deck([t for _, t in tail], [display_width(t) for _, t in tail]) if tail else ""
    groups: list[str] = []
    last_block = None
    for number, text in head:
        if number != last_block:
            groups.append(text)
            last_block = number
        else:
            groups[-1] += text
    if not groups:  # only a `——` line or a deck: it is all the headline there is
        return Headline(title=subtitle)
    if len(groups) == 1:
        return Headline(title=groups[0], subtitle=subtitle)
    # Several blocks: the last is the main title, the ones before it the kicker.
    return Headline(kicker=" ".join(groups[:-1]), title=groups[-1], subtitle=subtitle)
