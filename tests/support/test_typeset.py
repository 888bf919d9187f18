"""The round-trip typesetter prints what it records, and nothing else.

These check the typesetter itself, never the parser: a scorer built on a typesetter whose
records drift from its pages would measure nothing.
"""

from __future__ import annotations

import hashlib
import random
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.material import load_material
from tests.support.typeset import FAMILIES, _Typesetter, typeset_page

ROOT = Path(__file__).resolve().parents[2]
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


@given(SEEDS)
def test_recorded_line_ranges_hold_exactly_the_printed_text(seed):
    page = typeset_page(seed)
    lines = page.lines
    for index, item in enumerate(page.items):
        assert 1 <= item.first_line <= item.last_line <= len(lines)
        assert lines[item.first_line - 1].strip() and lines[item.last_line - 1].strip()
        held = _nospace("".join(lines[item.first_line - 1 : item.last_line]))
        # held = (end of the glued headline above) + the item + (first words glued below)
        start = held.find(item.text)
        above, below = held[:start], held[start + len(item.text) :]
        assert start >= 0
        glued_below = index + 1 < len(page.items) and page.items[index + 1].glued_above
        assert bool(above) == item.glued_above and bool(below) == glued_below
        if above:
            assert page.items[index - 1].text.endswith(above)
            assert len(above) < len(_nospace(lines[item.first_line - 1]))  # on the first line only
        if below:
            assert page.items[index + 1].text.startswith(below)
            assert page.items[index + 1].first_line == item.last_line
            assert len(below) < len(_nospace(lines[item.last_line - 1]))


@given(SEEDS)
def test_every_printed_character_belongs_to_exactly_one_item_in_page_order(seed):
    page = typeset_page(seed)
    assert "".join(item.text for item in page.items) == _nospace(page.text)
    for before, after in zip(page.items, page.items[1:]):
        assert after.first_line == before.last_line if after.glued_above else after.first_line > before.last_line + 1
        if not after.glued_above:  # items are separated by blank lines only
            assert all(not line.strip() for line in page.lines[before.last_line : after.first_line - 1])


@given(SEEDS)
def test_recorded_fields_are_printed_in_their_item(seed):
    for item in typeset_page(seed).items:
        parts = [item.kicker, item.subtitle, item.signature, item.continued_to, item.editor_code]
        parts += item.reporters + item.correspondents + item.photographers
        parts.append(item.title.removesuffix("…") if item.title_inferred else item.title)
        for part in parts:
            assert _nospace(part) in item.text, (part, item.text)
        if item.signature:
            assert "（" + _nospace(item.signature) + "）" in item.text


@given(SEEDS)
def test_a_page_has_three_to_eight_items_in_frames_9_to_35_wide(seed):
    page = typeset_page(seed)
    assert 3 <= len(page.items) <= 8
    assert all(9 <= item.width <= 35 for item in page.items)
    assert all(item.kind in ("news", "feature", "photo", "notice") for item in page.items)
    assert all(set(item.families) <= set(FAMILIES) for item in page.items)


@settings(max_examples=300)
@given(st.integers(9, 35), st.integers(0, 10_000), st.booleans())
def test_column_lines_keep_their_width_and_never_open_with_closing_punctuation(width, seed, spaces):
    setter = _Typesetter(random.Random(seed), load_material())
    text = random.Random(seed).choice(load_material().dated_bodies)[0]
    lines = setter.wrap(text, width, width - 2, spaces, [])
    assert _nospace("".join(lines)) == _nospace(text)
    for number, line in enumerate(lines):
        core = _nospace(line).rstrip("，。、；：？！）》”’…·")
        assert len(core) <= (width - 2 if number == 0 else width)
        assert line[0] not in "，。、；：？！）》”’"
        assert not line.startswith(" ") and not line.endswith(" ")


def test_the_same_seed_gives_the_same_page_and_another_seed_another():
    first, again, other = typeset_page(7), typeset_page(7), typeset_page(8)
    assert first.text == again.text and first.items == again.items
    assert first.text != other.text


def test_three_hundred_pages_use_every_variant_family():
    seen = {family for seed in range(300) for item in typeset_page(seed).items for family in item.families}
    assert seen == set(FAMILIES), set(FAMILIES) - seen


def test_a_glued_headline_shares_its_last_line_with_the_next_items_first_words():
    for seed in range(50):
        page = typeset_page(seed)
        for before, after in zip(page.items, page.items[1:]):
            if after.glued_above:
                line = page.lines[after.first_line - 1]
                headline = _nospace(before.kicker + before.title + before.subtitle)
                assert "head:glued_to_next" in before.families
                assert any(
                    headline.endswith(_nospace(line[:cut])) and after.text.startswith(_nospace(line[cut:]))
                    for cut in range(len(line)) if line[cut] == " "
                )
                return
    raise AssertionError("no glued headline in 50 pages")


def test_the_typesetter_never_imports_the_generator():
    """Its cases must not be chosen with the parser's own predicates (issue 10)."""
    for module in ("typeset.py", "material.py"):
        source = (ROOT / "tests" / "support" / module).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+generator", source, re.M)
    probe = "import sys, tests.support.typeset as t; t.typeset_page(1); print(any(m.startswith('generator') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_missing_headline_is_recorded_as_the_first_sentence_without_the_byline():
    """tests/fixtures/README.md: up to its first 。！？, cut to 40 characters and `…`."""
    checked = 0
    for seed in range(300):
        for item in typeset_page(seed).items:
            if not item.title_inferred:
                continue
            checked += 1
            assert not re.search(r"[。！？]", item.title)
            assert len(item.title) <= 40 or (len(item.title) == 41 and item.title.endswith("…"))
            assert not item.title.startswith(("本报讯", "本报记者", "↑"))
            body = item.text.split(_nospace(item.title.removesuffix("…")), 1)
            assert len(body) == 2 and not re.search(r"[。！？]", body[0])
    assert checked > 100


_UNMARKED = ("lead:plain", "lead:dateline", "lead:reported_by", "lead:notice", "lead:photo")


@given(SEEDS)
def test_an_item_without_a_lead_of_its_own_starts_a_new_frame_and_no_headline_is_missing_before_it(seed):
    """Otherwise no reader could tell where it starts: these are the typesetter's fairness rules."""
    items = typeset_page(seed).items
    for before, after in zip(items, items[1:]):
        if any(f in after.families for f in _UNMARKED):
            assert abs(after.width - before.width) >= 3
            assert "head:missing" not in before.families
        if after.glued_above:
            assert not any(f in after.families for f in ("lead:plain", "lead:notice", "lead:photo"))


def test_a_seed_gives_the_same_bytes_in_another_process_with_another_hash_seed():
    probe = "import hashlib, tests.support.typeset as t; print(hashlib.sha1(t.typeset_page(42).text.encode()).hexdigest())"
    digests = {
        subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": hash_seed, "PATH": ""}).stdout.strip()
        for hash_seed in ("1", "2")
    }
    assert digests == {hashlib.sha1(typeset_page(42).text.encode()).hexdigest()}
