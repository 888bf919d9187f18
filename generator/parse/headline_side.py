"""Which body a run of headline rows between two bodies belongs to, decided for the whole
page at once.

On a page that prints headlines after their bodies (RAW_FORMAT 6) the items are cut at each
lead or byline, so every headline row falls to the body above it. Where a body has no
headline of its own and the next one has two candidates, or a run of blocks between two
bodies holds one body's headline and the other's, that is wrong on one side. Each run of
headline rows after a body is split into its blocks (parts set apart by blank lines); the
first blocks stay with the body above, the rest head the body below. The splits of all
runs are chosen together, by dynamic programming over the page's items, at the least cost
of a few named preferences:

- a body has one headline: none costs `NO_HEADLINE` (less for a photo, whose caption is
  often untitled, and for the rest of an item begun on another page), each one more
  `EXTRA_HEADLINE`;
- a headline right under the body above, with no blank line between, is that body's
  (`GLUED_UP`);
- the dump's order puts a headline after its body, so heading the body below costs
  `ORDER`, less where its first row opens a frame with a leading space (RAW_FORMAT 4,
  `OPENS_FRAME`); a headline glued on one line to the next item's lead is the item above's
  (RAW_FORMAT 7) and is never moved;
- a headline says what its own text is about: each block earns `SHARED_WORDS` times the
  share of its character pairs that the body it heads holds too. This is the one preference
  that reads the words, not the layout: on the annotated real pages a headline shares more
  of its pairs with its own body than with the body on its other side in 472 of 505 cases
  (12 the other way, 21 ties).

A split that wins by less than `DOUBT` over the best other split of the same run is
reported as a doubt of the item that gets the rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .features import Row

NO_HEADLINE = 1.0
NO_HEADLINE_PHOTO = 0.3
NO_HEADLINE_CONTINUED = 0.2
EXTRA_HEADLINE = 1.5
GLUED_UP = 0.5
ORDER = 1.1
OPENS_FRAME = 0.6
AFTER_CREDIT = 0.6
BODY_OPENS_FRAME = 0.4
DOUBT = 0.3
SHARED_WORDS = 2.5
FEW_PAIRS = 6  # a block of fewer pairs counts as this many: two common characters say little

_BODY = ("START", "BODY", "SUB")


@dataclass(frozen=True)
class SideDoubt:
    """A headline run whose side won by a small margin: its first and last row, the margin."""

    first: int
    last: int
    margin: float


def assign_headline_sides(groups: list[list[int]], rows: list[Row], labels: list[str]) -> list[SideDoubt]:
    """Move the lower blocks of each item's trailing headline run to the item below where
    the page's cost says so. Changes `groups` in place; returns the close calls."""
    doubts: list[SideDoubt] = []
    start = 0
    while start < len(groups):
        end = start
        while end < len(groups) and _has_body(groups[end], labels):
            end += 1
        if end - start >= 2:
            doubts.extend(_assign_run(groups, start, end, rows, labels))
        start = end + 1
    return doubts


def _has_body(group: list[int], labels: list[str]) -> bool:
    return any(labels[i] in _BODY for i in group)


def _trailing_blocks(group: list[int], rows: list[Row], labels: list[str]) -> list[list[int]]:
    """The group's trailing headline rows, cut into blocks at blank lines."""
    n = len(group)
    while n and labels[group[n - 1]] == "HEAD":
        n -= 1
    blocks: list[list[int]] = []
    for i in group[n:]:
        if not blocks or rows[i].blank_before:
            blocks.append([i])
        else:
            blocks[-1].append(i)
    return blocks


_NOT_WORD = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]")


def character_pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent characters of a text, punctuation and spaces left out.

    >>> sorted(character_pairs("献血 达人！"))
    ['献血', '血达', '达人']
    """
    letters = _NOT_WORD.sub("", text)
    return frozenset(letters[i:i + 2] for i in range(len(letters) - 1))


def shared_share(block: frozenset[str], body: frozenset[str]) -> float:
    """The share of a headline block's character pairs that a body holds too.

    >>> shared_share(character_pairs("献血达人受表彰"), character_pairs("献血者和达人都受到了表彰"))
    0.5
    >>> shared_share(character_pairs("受表彰"), character_pairs("受表彰"))  # fewer than FEW_PAIRS
    0.3333333333333333
    """
    return len(block & body) / max(len(block), FEW_PAIRS)


def is_credit_line(i: int, rows: list[Row], labels: list[str]) -> bool:
    """Row i is a photo's credit on a line of its own, closing its item (RAW_FORMAT 13)."""
    return labels[i] == "TAIL" and "credit_line" in rows[i].kinds


def _untitled_cost(group: list[int], rows: list[Row], labels: list[str], k: int) -> float:
    if k == 0 and labels[group[0]] == "BODY":
        return NO_HEADLINE_CONTINUED  # the rest of an item begun on another page
    body = [i for i in group if labels[i] in _BODY]
    photo = any(is_credit_line(i, rows, labels) for i in group) or (
        bool(body) and "glued_credit_end" in rows[body[-1]].kinds)
    return NO_HEADLINE_PHOTO if photo else NO_HEADLINE


def _ends_in_credit(group: list[int], rows: list[Row], labels: list[str], head: int) -> bool:
    """The row before the headline run is a photo's credit (a line of its own or glued to the
    caption's end): the credit closes its item (RAW_FORMAT 13)."""
    before = [i for i in group if i < head]
    if not before:
        return False
    last = before[-1]
    return is_credit_line(last, rows, labels) or "glued_credit_end" in rows[last].kinds


def _headline_cost(count: int, untitled: float) -> float:
    return untitled if count == 0 else EXTRA_HEADLINE * (count - 1)


def _headlines(received: bool, over: bool, kept_up: bool) -> int:
    """How many headlines a group gets: the part of the run above it it receives, its own
    headline over its text, and the blocks of its trailing run it keeps."""
    return int(received) + int(over) + int(kept_up)


def _assign_run(groups: list[list[int]], start: int, end: int, rows: list[Row], labels: list[str]) -> list[SideDoubt]:
    """Groups start … end-1, each with a body: choose how many blocks of each trailing run
    stay up (the last group's all stay)."""
    span = groups[start:end]
    blocks = [_trailing_blocks(g, rows, labels) for g in span]
    heads_over = [labels[g[0]] == "HEAD" for g in span]
    untitled = [_untitled_cost(g, rows, labels, start + j) for j, g in enumerate(span)]
    bodies = [character_pairs("".join(rows[i].text for i in g if labels[i] in _BODY)) for g in span]
    words = [[character_pairs("".join(rows[i].text for i in block)) for block in run] for run in blocks]

    def split_cost(j: int, s: int) -> float:
        """The cost of keeping the first s blocks of run j up, the rest heading group j+1,
        apart from the headline counts."""
        run = blocks[j]
        cost = 0.0
        for b, pairs in enumerate(words[j]):
            cost -= SHARED_WORDS * shared_share(pairs, bodies[j] if b < s else bodies[j + 1])
        if s > 0 and not rows[run[0][0]].blank_before:
            cost -= GLUED_UP
        if s < len(run):
            first = run[s][0]
            below = span[j + 1][0]
            if rows[below].number == rows[run[-1][-1]].number:
                return float("inf")  # glued on one line to the lead below: the item above's (RAW_FORMAT 7)
            cost += ORDER
            if rows[first].text.startswith(" "):
                cost -= OPENS_FRAME
            if rows[below].text.startswith(" "):
                cost += BODY_OPENS_FRAME  # the frame opens at the body: what is over it is not its
            if s == 0 and rows[first].blank_before and _ends_in_credit(span[j], rows, labels, first):
                cost -= AFTER_CREDIT
        return cost

    # best[j][r]: least cost of groups 0 … j-1 given group j receives (r = 1) a part or not.
    count = len(span)
    best: list[list[float]] = [[0.0, float("inf")]] + [[float("inf")] * 2 for _ in range(count)]
    choice: list[list[int]] = [[0, 0] for _ in range(count + 1)]
    for j in range(count):
        choices = range(len(blocks[j]) + 1) if j + 1 < count else [len(blocks[j])]
        for received in (0, 1):
            if best[j][received] == float("inf"):
                continue
            for s in choices:
                headlines = _headlines(bool(received), heads_over[j], s > 0)
                cost = best[j][received] + _headline_cost(headlines, untitled[j]) + split_cost(j, s)
                down = 1 if s < len(blocks[j]) else 0
                if cost < best[j + 1][down]:
                    best[j + 1][down] = cost
                    choice[j + 1][down] = s * 2 + received
    # Walk back.
    splits = [0] * count
    state = 0 if best[count][0] <= best[count][1] else 1
    for j in range(count, 0, -1):
        packed = choice[j][state]
        splits[j - 1], state = packed // 2, packed % 2
    doubts = _close_calls(span, blocks, splits, heads_over, untitled, split_cost)
    for j in range(count - 1):
        run, s = blocks[j], splits[j]
        moved = [i for block in run[s:] for i in block]
        if moved:
            del span[j][-len(moved):]
            span[j + 1][:0] = moved
    return doubts


def _close_calls(span: list[list[int]], blocks: list[list[list[int]]], splits: list[int],
                 heads_over: list[bool], untitled: list[float],
                 split_cost: Callable[[int, int], float]) -> list[SideDoubt]:
    """Runs whose chosen split beats another split of the same run, the others kept, by
    less than DOUBT."""
    doubts = []
    for j in range(len(span) - 1):
        if not blocks[j]:
            continue
        chosen = _local_cost(j, splits[j], blocks, splits, heads_over, untitled, split_cost)
        others = [_local_cost(j, s, blocks, splits, heads_over, untitled, split_cost)
                  for s in range(len(blocks[j]) + 1) if s != splits[j]]
        margin = min(others) - chosen if others else float("inf")
        if margin < DOUBT:
            rows_of_run = [i for block in blocks[j] for i in block]
            doubts.append(SideDoubt(rows_of_run[0], rows_of_run[-1], round(margin, 3)))
    return doubts


def _local_cost(j: int, s: int, blocks: list[list[list[int]]], splits: list[int],
                heads_over: list[bool], untitled: list[float],
                split_cost: Callable[[int, int], float]) -> float:
    """The cost run j's split s changes: the headline counts of groups j and j+1 and the
    split's own cost, every other split as chosen."""
    received = j > 0 and splits[j - 1] < len(blocks[j - 1])
    here = _headlines(received, heads_over[j], s > 0)
    below = _headlines(s < len(blocks[j]), heads_over[j + 1], splits[j + 1] > 0)
    return _headline_cost(here, untitled[j]) + _headline_cost(below, untitled[j + 1]) + split_cost(j, s)
