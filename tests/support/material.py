"""Article parts for the round-trip typesetter, read from the hand-checked fixture JSON files.

Only the annotations written by hand are used (never parser output): headlines, body
paragraphs, captions and the names of bylines, credits and signatures. The typesetter
recombines them into new pages, so the material is a pool of parts, not of whole pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The annotated sets: the sample pages, the composed pages and the three held-out sets.
SETS = ("expected", "composed", "heldout", "heldout2", "heldout3")

# A paragraph that opens with a day of the month: `2月10日下午，…` (a bare dateline lead).
_DAY_OPENING = re.compile(r"^\d{1,2}月\d{1,2}日")
# A paragraph that opens with any time words, which a "plain sentence" lead must not.
_TIME_OPENING = re.compile(r"^(\d{1,2}月|近日|日前|昨日|今日|连日来|近年来|今年以来|当日)")


@dataclass(frozen=True)
class Headline:
    kicker: str
    title: str
    subtitle: str


@dataclass(frozen=True)
class Material:
    """Pools of hand-annotated parts, deduplicated and in a fixed order (determinism)."""

    headlines: tuple[Headline, ...]
    dated_bodies: tuple[tuple[str, ...], ...]  # first paragraph opens with `M月D日`
    plain_bodies: tuple[tuple[str, ...], ...]  # first paragraph opens with no time words
    feature_bodies: tuple[tuple[str, ...], ...]  # features: subheads are paragraphs of their own
    notice_bodies: tuple[tuple[str, ...], ...]
    captions: tuple[str, ...]
    names: tuple[str, ...]  # reporters, correspondents and photographers
    signatures: tuple[str, ...]  # tail signatures such as 孟轩, 融媒


def _annotation_files() -> list[Path]:
    files: list[Path] = []
    for name in SETS:
        files += [p for p in sorted((FIXTURES / name).glob("*.json")) if not p.name.endswith(".enrich.json")]
    return files


def _unique(items):
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


@lru_cache(maxsize=1)
def load_material() -> Material:
    headlines, dated, plain, features, notices, captions, names, signatures = ([] for _ in range(8))
    for path in _annotation_files():
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            paragraphs = tuple(p for p in article["paragraphs"] if p.strip())
            names += article["reporters"] + article["correspondents"] + article["photographers"]
            if article["signature"]:
                signatures.append(article["signature"])
            if article["kind"] == "photo":
                captions.append("".join(paragraphs))
                continue
            if not article["title_inferred"]:
                headlines.append(Headline(article["kicker"], article["title"], article["subtitle"]))
            if not paragraphs or article["continued_from"]:
                continue
            if article["kind"] == "notice":
                notices.append(paragraphs)
            elif article["kind"] == "feature":
                features.append(paragraphs)
            elif _DAY_OPENING.match(paragraphs[0]):
                dated.append(paragraphs)
            elif not _TIME_OPENING.match(paragraphs[0]):
                plain.append(paragraphs)
    return Material(
        headlines=_unique(headlines),
        dated_bodies=_unique(dated),
        plain_bodies=_unique(plain),
        feature_bodies=_unique(features),
        notice_bodies=_unique(notices),
        captions=_unique(captions),
        names=_unique(n for n in names if 2 <= len(n) <= 3),
        signatures=_unique(signatures),
    )
