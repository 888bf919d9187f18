"""Every convention pattern runs in linear time (issue 11, item 2): a letter-spaced run of
names once made FEATURE_BYLINE backtrack for hours, a long run of digits made the phone
pattern quadratic. Each pattern meets hostile lines of 10,000 characters within 50 ms."""

from __future__ import annotations

import re
import time

import pytest

from generator.parse import conventions as cv
from generator.parse.dateline import AT_START, DATELINE, DAY_ONLY

C = cv.CONVENTIONS
PATTERNS = {
    **{f"lead:{lead.name}": lead.pattern for lead in C.leads},
    "feature_byline": C.feature_byline, "author_line": C.author_line,
    **{f"credit:{i}": p for i, p in enumerate(C.photo_credit_line)},
    "glued_photo_credit": C.glued_photo_credit, "caption_start": C.caption_start,
    "signature_line": C.signature_line, "tail_signature": C.tail_signature,
    "jump_to": C.jump_to, "jump_from": C.jump_from, "editor_code": C.editor_code,
    "phone": C.phone, "phone_at_end": C.phone_at_end,
    "glued_news_start": cv.GLUED_NEWS_START,
    "dateline": DATELINE, "day_only": DAY_ONLY, "at_start": AT_START,
}
N = 10_000
HOSTILE = {
    "letter-spaced names, not ending the line": "本报记者" + " 王" * (N // 2) + "。",
    "names and 、": "本报记者 " + "王、" * (N // 2) + "。",
    "digits": "电话：" + "1" * N + "号",
    "spaces": "本" + " " * N + "讯",
    "han": "王" * N + "摄影。",
    "credit words": "记者 " * (N // 3) + "摄",
    "brackets": "（" * (N // 2) + "下转第" + "一" * (N // 2),
    "outlet": "新华社" * (N // 3) + "电",
    "dates": "2月" * (N // 2) + "日",
    "signature": "。（" + "王 " * (N // 2),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_hostile_lines(name):
    pattern: re.Pattern = PATTERNS[name]
    for kind, line in HOSTILE.items():
        started = time.perf_counter()
        pattern.match(line)
        pattern.search(line)
        elapsed = time.perf_counter() - started
        assert elapsed < 0.05, f"{name} on {kind}: {elapsed * 1000:.0f} ms"


def test_byline_line_check_stays_linear():
    started = time.perf_counter()
    assert C.byline_line("本报记者" + " 王" * 30 + "。") is None
    assert C.byline_line("本报记者" + " 王" * (N // 2)) is None  # one run of 5,000 characters is no name
    assert time.perf_counter() - started < 0.05
