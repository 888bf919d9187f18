"""Reference data for enrichment, built once per run from `site_config/`.

jieba's dictionary is loaded here and only here, into a private `jieba.Tokenizer` with
the people and place names added as words, so that 郜红旗 and 武陟县 segment whole.
"""

from __future__ import annotations

import copy
import logging
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ..config import Config

log = logging.getLogger("generator")

CITY_LEVEL = "市级"
OUTSIDE = "其他"


def longest_first(words) -> re.Pattern:
    """One pattern for a word list: alternatives longest first, so that at each position
    the longest word wins, as a reader would read it."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Gazetteer:
    """Every printed form of a place → its county-level unit (None: a guard, no unit)."""

    names: dict[str, str | None]
    weak: frozenset[str]  # places that count for primary_district only
    units: tuple[str, ...]
    city_markers: tuple[str, ...]
    outside: tuple[str, ...]
    longest: int
    pattern: re.Pattern  # every printed form and guard, longest first


@dataclass(frozen=True)
class TopicRule:
    name: str
    slug: str
    keywords: dict[str, float]
    headline_boost: tuple[str, ...]
    pattern: re.Pattern  # the keywords, longest first


@dataclass(frozen=True)
class TopicSelection:
    """How topic scores become topics (`selection:` in topics.yml)."""

    max_topics: int = 4
    max_count_per_keyword: int = 3
    min_score: float = 6.0
    relative_threshold: float = 0.3
    headline_bonus: float = 8.0


@dataclass
class Resources:
    gazetteer: Gazetteer
    known_people: dict[str, str]  # printed form → full name
    people_district: dict[str, str]
    role_words: tuple[str, ...]  # longest first
    not_names: frozenset[str]
    surnames: frozenset[str]
    common_surnames: frozenset[str]
    compound_surnames: frozenset[str]
    topics: tuple[TopicRule, ...]
    topic_selection: TopicSelection
    keyword_stopwords: frozenset[str]
    role_words_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict)  # longest first
    tokenizer: Any = None  # jieba.Tokenizer with the user dictionary
    word_tags: dict[str, str] = field(default_factory=dict)  # jieba's part of speech of each dictionary word
    tfidf: Any = None
    user_words: list[tuple[str, str]] = field(default_factory=list)  # (word, tag) added to jieba


def _gazetteer(data: dict[str, Any]) -> Gazetteer:
    names: dict[str, str | None] = {}
    weak: set[str] = set()
    units = []
    for unit in data.get("units") or []:
        units.append(unit["name"])
        for form in [unit["name"], *(unit.get("aliases") or [])]:
            names[form] = unit["name"]
        for place in unit.get("places") or []:
            for form in [place["name"], *(place.get("aliases") or [])]:
                names[form] = unit["name"]
                if place.get("primary_only"):
                    weak.add(form)
    for entry in data.get("ambiguous") or []:
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            names[form] = None
    for guard in data.get("guards") or []:
        names[guard] = None
    city = data.get("city") or {}
    markers = tuple([*(city.get("aliases") or []), *(city.get("institutions") or [])])
    longest = max((len(n) for n in names), default=1)
    return Gazetteer(names, frozenset(weak), tuple(units), markers, tuple(data.get("outside") or []), longest, longest_first(names))


def _topics(data: dict[str, Any]) -> tuple[TopicRule, ...]:
    rules = []
    for topic in data.get("topics") or []:
        keywords = {str(k): float(v) for k, v in (topic.get("keywords") or {}).items()}
        rules.append(TopicRule(topic["name"], topic.get("slug", ""), keywords, tuple(topic.get("headline_boost") or []), longest_first(keywords)))
    return tuple(rules)


def _selection(data: dict[str, Any]) -> TopicSelection:
    given = data.get("selection") or {}
    known = TopicSelection.__dataclass_fields__
    return TopicSelection(**{k: type(getattr(TopicSelection, k))(v) for k, v in given.items() if k in known})


def _role_words(stopwords: dict[str, Any], people: dict[str, Any]) -> tuple[str, ...]:
    # List leads (市领导, 该县领导) open enumerations of names: to the finder, titles too.
    words = set(stopwords.get("role_words") or []) | set(stopwords.get("list_leads") or [])
    for person in people.get("people") or []:
        for role in person.get("roles") or []:
            words.add(str(role["role"]))
    return tuple(sorted((w for w in words if len(w) >= 2), key=lambda w: (-len(w), w)))


def load_resources(config: Config) -> Resources:
    """Build everything enrichment needs; jieba is loaded here, once."""
    ref = config.reference
    stopwords = ref.get("stopwords") or {}
    people = ref.get("people") or {}
    surnames = ref.get("surnames") or {}
    known: dict[str, str] = {}
    district: dict[str, str] = {}
    for person in people.get("people") or []:
        for form in [person["name"], *(person.get("aliases") or [])]:
            known[form] = person["name"]
        district[person["name"]] = person.get("district") or ""
    single = "".join(str(surnames.get("single") or "").split())
    common = "".join(str(surnames.get("common") or "").split())
    resources = Resources(
        gazetteer=_gazetteer(ref.get("districts") or {}),
        known_people=known,
        people_district=district,
        role_words=_role_words(stopwords, people),
        not_names=frozenset(stopwords.get("person_not_names") or []),
        surnames=frozenset(single) | frozenset(common),
        common_surnames=frozenset(common),
        compound_surnames=frozenset(surnames.get("compound") or []),
        topics=_topics(ref.get("topics") or {}),
        topic_selection=_selection(ref.get("topics") or {}),
        keyword_stopwords=frozenset(stopwords.get("keyword_stopwords") or []),
    )
    by_first: dict[str, list[str]] = {}
    for word in resources.role_words:  # already longest first
        by_first.setdefault(word[0], []).append(word)
    resources.role_words_by_first = {first: tuple(words) for first, words in by_first.items()}
    _load_jieba(resources)
    return resources


def user_dictionary(resources: Resources) -> list[tuple[str, str]]:
    """Words jieba must keep whole: known people (nr), every place form (ns), the topics."""
    words = [(name, "nr") for name in sorted(resources.known_people)]
    words += [(name, "ns") for name, unit in sorted(resources.gazetteer.names.items()) if unit]
    words += [(rule.name, "n") for rule in resources.topics]  # 复工复产 is one term, not two
    return words


def jieba_cache_dir() -> str:
    """Where jieba keeps its parsed dictionary (`jieba.cache`): the user's cache folder, not
    the shared system temp folder, where another user could plant a cache jieba would trust."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "jiaozuo-archive", "jieba")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    return folder


def _load_jieba(resources: Resources) -> None:
    import jieba
    import jieba.analyse
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = jieba_cache_dir()
    tokenizer.initialize()
    resources.user_words = user_dictionary(resources)
    for word, tag in resources.user_words:
        tokenizer.add_word(word, freq=max(2000, tokenizer.suggest_freq(word, tune=False)), tag=tag)
    resources.tokenizer = tokenizer
    # jieba.posseg tags its dictionary once, at import; the user words carry their own tags.
    resources.word_tags = {**jieba.posseg.dt.word_tag_tab, **tokenizer.user_word_tag_tab}
    # A copy of jieba's default extractor shares its IDF table, read once at import, instead
    # of reading the file a second time (a quarter second in every run that meets a new page).
    tfidf = copy.copy(jieba.analyse.default_tfidf)
    tfidf.tokenizer = tokenizer
    tfidf.stop_words = set(tfidf.stop_words) | set(resources.keyword_stopwords)
    resources.tfidf = tfidf
