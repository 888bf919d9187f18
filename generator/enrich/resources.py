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
from .register import Register, load_register
from ..jieba_cache import jieba_cache_dir

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
    elsewhere: dict[str, str] = field(default_factory=dict)  # printed form of a place elsewhere → its name
    kinds: dict[str, str] = field(default_factory=dict)  # unit → district | county | county-level city | zone
    primary: "PrimaryRules" = None  # type: ignore[assignment]
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
    city_pattern: re.Pattern | None = None  # the city's markers and explicit forms, longest first
    rank_guards: re.Pattern | None = None  # 县（市）区 …: every unit, no rank
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


@dataclass(frozen=True)
class TopicSelection:
    """How topic scores become topics (`selection:` in topics.yml)."""

    max_topics: int = 4
    max_count_per_keyword: int = 3
    min_score: float = 6.0
    relative_threshold: float = 0.3
    headline_bonus: float = 8.0
    max_themes: int = 2  # later local themes kept beside the twelve topics


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
    kinship_words: tuple[str, ...] = ()  # 儿子, 妻子 …: a name follows, not a role; longest first
    function_surnames: frozenset[str] = frozenset()  # 向, 和 …: surnames that are also function words
    joined_titles: tuple[str, ...] = ()  # 住房和城乡建设 …: titles with a conjunction inside
    name_leads: tuple[str, ...] = ()  # 我叫, 名叫 …: a name follows
    honorifics: frozenset[str] = frozenset()  # 师傅, 先生 …: surname + one of these is no full name


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
    elsewhere = _elsewhere(data)
    kinds = {str(u["name"]): str(u.get("kind") or "") for u in data.get("units") or []}
    # Places elsewhere take part in the same leftmost-longest scan; Jiaozuo's own names and
    # guards win where both are printed the same (none of them is listed twice on purpose).
    scanned = {**{form: None for form in elsewhere}, **names}
    longest = max((len(n) for n in scanned), default=1)
    outside = tuple(data.get("outside") or [])
    stems = {str(stem): str(u["name"]) for u in data.get("units") or [] for stem in u.get("stems") or []}
    ambiguous = {
        str(form): tuple(entry.get("units") or [])
        for entry in data.get("ambiguous") or []
        for form in [entry["name"], *(entry.get("aliases") or [])]
    }
    return Gazetteer(
        names, frozenset(weak), tuple(units), markers, outside, longest, longest_first(scanned),
        elsewhere, kinds, _primary_rules(data.get("primary") or {}, markers), ambiguous, stems, _stem_pattern(stems),
    )


def _stem_pattern(stems: dict[str, str]) -> re.Pattern | None:
    """Stems, alone or joined by 、和与及, before an urban-district word: 解放和山阳两城区."""
    if not stems:
        return None
    alternatives = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return re.compile(rf"(?:{alternatives})(?:[、和与及](?:{alternatives}))*(?=[两三四五]?个?城区|[两三四五]个?区)")


def _elsewhere(data: dict[str, Any]) -> dict[str, str]:
    """Every printed form of a place outside Jiaozuo → the place's name (郑州 → 郑州市,
    新密 → 新密市); the plain `outside` list names itself."""
    forms: dict[str, str] = {}
    section = data.get("elsewhere") or {}
    entries = [*(section.get("provinces") or []), *(section.get("cities") or [])]
    for city in section.get("henan") or []:
        entries.append(city)
        entries += city.get("counties") or []
    for entry in entries:
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            forms.setdefault(str(form), str(entry["name"]))
    for word in data.get("outside") or []:
        forms.setdefault(str(word), str(word))
    return forms


def _primary_rules(data: dict[str, Any], city_markers: tuple[str, ...] = ()) -> PrimaryRules:
    weights = data.get("weights") or {}
    ranks = tuple(
        (str(rank), tuple(entry.get("kinds") or []), longest_first(entry.get("words") or []))
        for rank, entry in (data.get("rank_markers") or {}).items()
    )
    return PrimaryRules(
        headline=float(weights.get("headline", 4)),
        lead=float(weights.get("lead", 2)),
        body=float(weights.get("body", 1)),
        outside_factor=float(data.get("outside_factor", 0.8)),
        explicit_city=tuple(data.get("explicit_city") or []),
        rank_markers=ranks,
        city_pattern=longest_first([*city_markers, *(data.get("explicit_city") or [])]),
        rank_guards=longest_first(data.get("rank_guards") or []),
        frame_kinds=tuple(data.get("frame_kinds") or []),
        context_forms=frozenset(data.get("context_forms") or []),
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


def _topics(data: dict[str, Any], section: str = "topics") -> tuple[TopicRule, ...]:
    rules = []
    for topic in data.get(section) or []:
        keywords = {str(k): float(v) for k, v in (topic.get("keywords") or {}).items()}
        rules.append(
            TopicRule(
                topic["name"], topic.get("slug", ""), keywords, tuple(topic.get("headline_boost") or []),
                longest_first(keywords), str(topic.get("class") or ""),
            )
        )
    return tuple(rules)


def _selection(data: dict[str, Any], section: str = "selection") -> TopicSelection:
    given = data.get(section) or {}
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
        district[person["name"]] = person.get("district") or ""
        if person.get("register_only"):
            continue  # a name too common to match on its own (张建 in 张建国)
        for form in [person["name"], *(person.get("aliases") or [])]:
            known[form] = person["name"]
    single = "".join(str(surnames.get("single") or "").split())
    common = "".join(str(surnames.get("common") or "").split())
    gazetteer = _gazetteer(ref.get("districts") or {})
    resources = Resources(
        gazetteer=gazetteer,
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
        register=load_register(people, lambda unit: _place_of(unit, gazetteer)),
        themes=_topics(ref.get("topics") or {}, "themes"),
        topic_classes=_topics(ref.get("topics") or {}, "classes"),
        class_selection=_selection(ref.get("topics") or {}, "classes_selection"),
        kinship_words=tuple(sorted(stopwords.get("kinship_words") or [], key=len, reverse=True)),
        function_surnames=frozenset(stopwords.get("function_surnames") or []),
        joined_titles=tuple(sorted(stopwords.get("joined_titles") or [], key=len, reverse=True)),
        name_leads=tuple(sorted(stopwords.get("name_leads") or [], key=len, reverse=True)),
        honorifics=frozenset(stopwords.get("honorifics") or []),
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
