"""Reference data for enrichment, built once per run from `site_config/`.

jieba's dictionary is loaded here and only here, into a private `jieba.Tokenizer` with
the people and place names added as words, so that 郜红旗 and 武陟县 segment whole.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..config.districts import Districts, HenanCity, Primary, Region
from ..config.people import People
from ..config.topics import Subject, TopicSelection
from ..config.words import StopWords, WordLists
from ..jieba_cache import jieba_cache_dir
from .class_model import MODEL_FILE, ClassModel, load_class_model
from .finder_words import FinderWords, finder_words
from .register import Register, load_register

log = logging.getLogger("generator")

CITY_LEVEL = "市级"
OUTSIDE = "其他"


_NOTHING = re.compile(r"(?!x)x")  # a pattern that matches nowhere: the pattern of an empty list


def longest_first(words) -> re.Pattern:
    """One pattern for a word list: alternatives longest first, so that at each position
    the longest word wins, as a reader would read it."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else _NOTHING


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
    elsewhere: dict[str, str] = field(default_factory=dict)  # printed form of a place elsewhere → its name
    kinds: dict[str, str] = field(default_factory=dict)  # unit → district | county | county-level city | zone
    primary: PrimaryRules = field(default_factory=lambda: PrimaryRules())  # districts.yml `primary`
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 太行街道 → (山阳区, 沁阳市)
    stems: dict[str, str] = field(default_factory=dict)  # 解放 → 解放区, only before 城区 (stem_pattern)
    stem_pattern: re.Pattern | None = None


@dataclass(frozen=True)
class PrimaryRules:
    """How evidence weighs when the primary district is chosen (`primary:` in districts.yml)."""

    headline: float = 4.0
    lead: float = 2.0
    body: float = 1.0
    outside_factor: float = 0.8
    explicit_city: tuple[str, ...] = ()
    rank_markers: tuple[tuple[str, tuple[str, ...], re.Pattern], ...] = ()  # (rank, kinds, its words longest first)
    city_pattern: re.Pattern = _NOTHING  # the city's markers and explicit forms, longest first
    rank_guards: re.Pattern = _NOTHING  # 县（市）区 …: every unit, no rank
    frame_kinds: tuple[str, ...] = ()
    context_forms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TopicRule:
    name: str
    slug: str
    keywords: dict[str, float]
    headline_boost: tuple[str, ...]
    pattern: re.Pattern  # the keywords, longest first
    parent: str = ""  # a subtopic's main class; "" for a main class itself


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
    topics: tuple[TopicRule, ...]  # the twelve subtopics of the 2020 pages
    topic_selection: TopicSelection
    keyword_stopwords: frozenset[str]
    role_words_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict)  # longest first
    tokenizer: Any = None  # jieba.Tokenizer with the user dictionary
    word_tags: dict[str, str] = field(default_factory=dict)  # jieba's part of speech of each dictionary word
    tfidf: Any = None
    user_words: list[tuple[str, str]] = field(default_factory=list)  # (word, tag) added to jieba
    register: Register | None = None  # who held which post of Jiaozuo and its units, when
    themes: tuple[TopicRule, ...] = ()  # the subtopics a decade brings beyond the twelve
    topic_classes: tuple[TopicRule, ...] = ()  # main classes (IPTC Media Topics' top level)
    class_selection: TopicSelection = field(default_factory=TopicSelection)
    class_model: ClassModel | None = None  # picks the first main class (classes_selection.first_class_model)
    kinship_words: tuple[str, ...] = ()  # 儿子, 妻子 …: a name follows, not a role; longest first
    function_surnames: frozenset[str] = frozenset()  # 向, 和 …: surnames that are also function words
    joined_titles: tuple[str, ...] = ()  # 住房和城乡建设 …: titles with a conjunction inside
    name_leads: tuple[str, ...] = ()  # 我叫, 名叫 …: a name follows
    honorifics: frozenset[str] = frozenset()  # 师傅, 先生 …: surname + one of these is no full name
    finder: FinderWords = field(default_factory=lambda: finder_words(WordLists()))  # word_lists.yml's patterns


def _class_model(selection: TopicSelection) -> ClassModel | None:
    if not selection.first_class_model:
        return None
    model = load_class_model()
    if model is None:
        log.warning("topics.yml: classes_selection.first_class_model is on, but %s is missing: the keyword rules "
                    "choose the first class (python -m generator train-topics makes the file)", MODEL_FILE)
    return model


def _gazetteer(data: Districts) -> Gazetteer:
    names: dict[str, str | None] = {}
    weak: set[str] = set()
    units = []
    for unit in data.units:
        units.append(unit.name)
        for form in [unit.name, *unit.aliases]:
            names[form] = unit.name
        for place in unit.places:
            for form in [place.name, *place.aliases]:
                names[form] = unit.name
                if place.primary_only:
                    weak.add(form)
    for entry in data.ambiguous:
        for form in [entry.name, *entry.aliases]:
            names[form] = None
    for guard in data.guards:
        names[guard] = None
    markers = (*data.city.aliases, *data.city.institutions)
    elsewhere = _elsewhere(data)
    kinds = {u.name: u.kind for u in data.units}
    # Places elsewhere take part in the same leftmost-longest scan; Jiaozuo's own names and
    # guards win where both are printed the same (none of them is listed twice on purpose).
    scanned = {**{form: None for form in elsewhere}, **names}
    longest = max((len(n) for n in scanned), default=1)
    stems = {stem: u.name for u in data.units for stem in u.stems}
    ambiguous = {form: entry.units for entry in data.ambiguous for form in [entry.name, *entry.aliases]}
    return Gazetteer(
        names, frozenset(weak), tuple(units), markers, data.outside, longest, longest_first(scanned),
        elsewhere, kinds, _primary_rules(data.primary, markers), ambiguous, stems, _stem_pattern(stems),
    )


def _stem_pattern(stems: dict[str, str]) -> re.Pattern | None:
    """Stems, alone or joined by 、和与及, before an urban-district word: 解放和山阳两城区."""
    if not stems:
        return None
    alternatives = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return re.compile(rf"(?:{alternatives})(?:[、和与及](?:{alternatives}))*(?=[两三四五]?个?城区|[两三四五]个?区)")


def _elsewhere(data: Districts) -> dict[str, str]:
    """Every printed form of a place outside Jiaozuo → the place's name (郑州 → 郑州市,
    新密 → 新密市); the plain `outside` list names itself."""
    forms: dict[str, str] = {}
    section = data.elsewhere
    entries: list[Region | HenanCity] = [*section.provinces, *section.cities]
    for city in section.henan:
        entries.append(city)
        entries += city.counties
    for entry in entries:
        for form in [entry.name, *entry.aliases]:
            forms.setdefault(form, entry.name)
    for word in data.outside:
        forms.setdefault(word, word)
    return forms


def _primary_rules(data: Primary, city_markers: tuple[str, ...] = ()) -> PrimaryRules:
    ranks = tuple((rank, entry.kinds, longest_first(entry.words)) for rank, entry in data.rank_markers.items())
    return PrimaryRules(
        headline=data.weights.headline,
        lead=data.weights.lead,
        body=data.weights.body,
        outside_factor=data.outside_factor,
        explicit_city=data.explicit_city,
        rank_markers=ranks,
        city_pattern=longest_first([*city_markers, *data.explicit_city]),
        rank_guards=longest_first(data.rank_guards),
        frame_kinds=data.frame_kinds,
        context_forms=frozenset(data.context_forms),
    )


def _place_of(unit: str, gaz: Gazetteer) -> str:
    """The Jiaozuo unit a post's unit rolls up to (修武县人民医院 → 修武县), 焦作市 for the
    city's own bodies (焦作市政协, 市新冠肺炎疫情防控指挥部), "" for anything else."""
    if unit in gaz.kinds:
        return unit
    if unit.startswith(("焦作市", "焦作", "市")):
        return "焦作市"
    for match in gaz.pattern.finditer(unit):
        if gaz.names.get(match.group(0)):
            return str(gaz.names[match.group(0)])
    return ""


def _topics(subjects: tuple[Subject, ...]) -> tuple[TopicRule, ...]:
    return tuple(
        TopicRule(topic.name, topic.slug, dict(topic.keywords), topic.headline_boost,
                  longest_first(topic.keywords), topic.parent)
        for topic in subjects
    )


def _role_words(stopwords: StopWords, people: People) -> tuple[str, ...]:
    # List leads (市领导, 该县领导) open enumerations of names: to the finder, titles too.
    words = set(stopwords.role_words) | set(stopwords.list_leads)
    for person in people.people:
        for role in person.roles:
            words.add(role.role)
    return tuple(sorted((w for w in words if len(w) >= 2), key=lambda w: (-len(w), w)))


def load_resources(config: Config) -> Resources:
    """Build everything enrichment needs; jieba is loaded here, once."""
    ref = config.reference
    stopwords, people, surnames, topics = ref.stopwords, ref.people, ref.surnames, ref.topics
    known: dict[str, str] = {}
    district: dict[str, str] = {}
    for person in people.people:
        district[person.name] = person.district
        if person.register_only:
            continue  # a name too common to match on its own (张建 in 张建国)
        for form in [person.name, *person.aliases]:
            known[form] = person.name
    single = "".join(surnames.single.split())
    common = "".join(surnames.common.split())
    gazetteer = _gazetteer(ref.districts)
    resources = Resources(
        gazetteer=gazetteer,
        known_people=known,
        people_district=district,
        role_words=_role_words(stopwords, people),
        not_names=frozenset(stopwords.person_not_names),
        surnames=frozenset(single) | frozenset(common),
        common_surnames=frozenset(common),
        compound_surnames=frozenset(surnames.compound),
        topics=_topics(topics.topics),
        topic_selection=topics.selection,
        keyword_stopwords=frozenset(stopwords.keyword_stopwords),
        register=load_register(people, lambda unit: _place_of(unit, gazetteer)),
        themes=_topics(topics.themes),
        topic_classes=_topics(topics.classes),
        class_selection=topics.classes_selection,
        class_model=_class_model(topics.classes_selection),
        kinship_words=tuple(sorted(stopwords.kinship_words, key=len, reverse=True)),
        function_surnames=frozenset(stopwords.function_surnames),
        joined_titles=tuple(sorted(stopwords.joined_titles, key=len, reverse=True)),
        name_leads=tuple(sorted(stopwords.name_leads, key=len, reverse=True)),
        honorifics=frozenset(stopwords.honorifics),
        finder=finder_words(ref.words),
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
