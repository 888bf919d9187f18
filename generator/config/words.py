"""stopwords.yml and surnames.yml: the word lists of the people finder and the keywords."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StopWords:
    person_not_names: tuple[str, ...] = ()
    keyword_stopwords: tuple[str, ...] = ()
    role_words: tuple[str, ...] = ()
    list_leads: tuple[str, ...] = ()
    kinship_words: tuple[str, ...] = ()
    function_surnames: tuple[str, ...] = ()
    joined_titles: tuple[str, ...] = ()
    name_leads: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Surnames:
    single: str = ""  # one surname a character (layout spaces and line breaks ignored)
    compound: tuple[str, ...] = ()
    common: str = ""  # the most common ones, as `single`


def _noted(value: str) -> str | None:
    return None if value.strip() else "say what the words are for"


@dataclass(frozen=True)
class WordGroup:
    """Words kept for one reason, with the reason (`note`)."""

    note: str = field(metadata={"check": _noted})
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class PatternGroup:
    """Regular expressions (Python's re) kept for one reason, with the reason."""

    note: str = field(metadata={"check": _noted})
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordLists:
    """word_lists.yml: the words the people finder, the notice test and the dateline read."""

    after_name: tuple[WordGroup, ...] = ()
    speech_verbs: tuple[WordGroup, ...] = ()
    sentence_words: tuple[PatternGroup, ...] = ()
    not_after_person: tuple[WordGroup, ...] = ()
    notice_words: tuple[WordGroup, ...] = ()
    notice_report_verbs: tuple[WordGroup, ...] = ()
    text_labels: tuple[WordGroup, ...] = ()
    vague_dates: tuple[WordGroup, ...] = ()


def words_of(groups: tuple[WordGroup, ...]) -> tuple[str, ...]:
    """Every word of the groups, in the file's order."""
    return tuple(word for group in groups for word in group.words)


def patterns_of(groups: tuple[PatternGroup, ...]) -> tuple[str, ...]:
    return tuple(pattern for group in groups for pattern in group.patterns)
