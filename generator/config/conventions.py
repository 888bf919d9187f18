"""conventions.yml's shape: every key the parser's pattern compiler needs, as text. The
patterns themselves are compiled by generator/parse/conventions.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# What an article a lead opens is: one of the article kinds (generator/model.py), or untitled,
# decided from its text later.
LeadKind = Literal["news", "feature", "photo", "notice", "untitled"]


@dataclass(frozen=True)
class LeadForm:
    name: str
    pattern: str
    note: str = ""
    strip: str = "none"  # byline: the matched lead leaves the paragraph as a byline artifact
    kind: LeadKind = "news"
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class PatternForm:
    pattern: str
    note: str = ""


@dataclass(frozen=True)
class NamedDays:
    fixed: dict[str, tuple[int, int]] = field(default_factory=dict)
    moving: tuple[str, ...] = ()
    on_the_day: tuple[str, ...] = ()
    span: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateWords:
    parts_of_day: tuple[str, ...] = ()
    relative: dict[str, int] = field(default_factory=dict)
    relative_years: dict[str, int] = field(default_factory=dict)
    vague_at_start: tuple[str, ...] = ()
    not_event: tuple[str, ...] = ()
    span_only: tuple[str, ...] = ()
    span_after: tuple[str, ...] = ()
    named_days: NamedDays = field(default_factory=lambda: NamedDays())


@dataclass(frozen=True)
class Conventions:
    leads: tuple[LeadForm, ...]
    media: str
    date_line: str
    outlets: tuple[str, ...]
    feature_byline: str
    byline_marks: str
    credit_pair: str
    split_credit: str
    author_line: str
    photo_credit_line: tuple[PatternForm, ...]
    glued_photo_credit: str
    credited: str
    caption_start: str
    signature_line: str
    tail_signature: str
    jump_to: str
    jump_from: str
    editor_code: str
    phone: str
    phone_at_end: str
    other_work: str = ""  # names credited for other work than words or pictures (X/视频剪辑)
    dates: DateWords = field(default_factory=DateWords)
    sentence_openers: tuple[str, ...] = ()
