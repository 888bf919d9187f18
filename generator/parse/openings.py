"""Does a text begin in the middle of a sentence? For a body with no lead and no 上接
marker: the rest of an article begun on another page starts where the column cut it,
often inside a word (`合当前疫情防控…` of `结合当前…`).

The first word is found by jieba's own dictionary (a tokenizer of the parser's, apart from
the enrichment's, which carries the archive's user dictionary), loaded only when asked.
"""

from __future__ import annotations

from functools import lru_cache

from ..config import project_surnames
from ..jieba_cache import jieba_cache_dir
from .conventions import CONVENTIONS
from .text import is_han

_OPENERS = CONVENTIONS.sentence_openers
_SURNAMES = frozenset("".join(project_surnames().single.split()))


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # no loading messages in the run's output
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = jieba_cache_dir()
    return tokenizer


def starts_mid_sentence(text: str) -> bool:
    """True when the first word is a single Chinese character that opens no sentence, or
    two characters no dictionary word makes but that end one, the first no surname
    (`防车到达该苑` of `消防车`, `交车前往` of `公交车`; not `春到牧野`): the column cut a word."""
    text = text.strip()
    if not text or not is_han(text[0]):
        return False
    tokenizer = _tokenizer()
    first = next(iter(tokenizer.cut(text[:12])), "")
    if len(first) == 1:
        return first not in _OPENERS
    return (len(first) == 2 and is_han(first[1]) and not tokenizer.FREQ.get(first) and first[0] not in _SURNAMES
            and first in _word_tails())


@lru_cache(maxsize=1)
def _word_tails() -> frozenset[str]:
    """The last two characters of the dictionary's words of three or four (消防车 → 防车)."""
    return frozenset(word[-2:] for word, freq in _tokenizer().FREQ.items() if freq and 3 <= len(word) <= 4)


def runs_on(before: str, after: str) -> bool:
    """True when a line break between `before` and `after` falls inside a word: a word
    (jieba) spans the break."""
    before, after = "".join(before.split())[-6:], "".join(after.split())[:6]
    if not before or not after or not is_han(before[-1]) or not is_han(after[0]):
        return False
    position = 0
    for word in _tokenizer().cut(before + after):
        if position < len(before) < position + len(word):
            return True
        position += len(word)
    return False


@lru_cache(maxsize=1)
def _tagger():
    from jieba.posseg import POSTokenizer

    return POSTokenizer(_tokenizer())


def is_person_name(text: str) -> bool:
    """True when the text, spaces taken out, is one word of two to four Chinese characters
    that jieba tags as a person's name (`冷 鹏`, not `后记` or `结语`)."""
    word = "".join(text.split())
    if not 2 <= len(word) <= 4 or not all(is_han(c) for c in word):
        return False
    tokens = list(_tagger().cut(word))
    return len(tokens) == 1 and tokens[0].flag == "nr"


def ends_with_person_name(text: str) -> bool:
    """True when the text's last word (jieba) is a person's name of two to four characters
    (`副调研员张强` → 张强; not `四大班子`)."""
    word = "".join(text.split())[-8:]
    if not word or not is_han(word[-1]):
        return False
    tokens = list(_tagger().cut(word))
    return bool(tokens) and tokens[-1].flag == "nr" and 2 <= len(tokens[-1].word) <= 4
