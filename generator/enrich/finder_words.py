"""The people finder's word lists (site_config/word_lists.yml) compiled into its patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..config.words import WordLists, patterns_of, words_of


@dataclass(frozen=True)
class FinderWords:
    after_name: re.Pattern  # what may follow a name directly: 表示, 一行, 、 …
    speech: re.Pattern  # group 1: the speaker's name before a speech verb (周涛表示)
    sentence_words: re.Pattern  # the words around a title, never in it: a role chain is cut at them
    not_after_person: re.Pattern  # a place or firm noun right after a jieba "name" (高尚小区)


def finder_words(lists: WordLists) -> FinderWords:
    """Compile the word lists: the finder's patterns with the file's words in them."""
    after = sorted(map(re.escape, words_of(lists.after_name)), key=len, reverse=True)
    speech = "|".join(map(re.escape, words_of(lists.speech_verbs)))
    return FinderWords(
        after_name=_alternatives(after),
        # A name (2-4 characters, as short as will do) at the start of a clause, before a speech verb.
        speech=re.compile(rf"(?:^|(?<=[，。；：！？\n“”、]))([\u4e00-\u9fff]{{2,4}}?)(?={speech})" if speech else r"(?!x)x"),
        sentence_words=_alternatives(patterns_of(lists.sentence_words)),
        not_after_person=re.compile(f"^(?:{'|'.join(map(re.escape, words_of(lists.not_after_person)))})"
                                    if lists.not_after_person else r"(?!x)x"),
    )


def _alternatives(patterns) -> re.Pattern:
    """One pattern of the alternatives in their order; one that matches nothing when there are none."""
    patterns = list(patterns)
    return re.compile("|".join(patterns)) if patterns else re.compile(r"(?!x)x")
