"""The site's structure before any Markdown: articles in printed order and the facet indexes.

Everything here is plain data computed from the articles and the reference YAML, so the
templates only lay it out and the tests can check it without rendering.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from ..config import Reference
from ..config.districts import Districts
from ..config.people import People
from ..config.people import Person as KnownPerson
from ..config.topics import Topics
from ..model import Article
from ..registry import Registry
from ..slugs import article_path, issue_path, unique_slugs

TOP_COMPANIONS = 10  # people shown as "appears most often with"
TOP_LOCAL_PEOPLE = 15  # people shown as active in a district
# A list of more articles than this is split: an entry's page shows its years, a year's page
# its months. A mayor's page of ten years would otherwise hold thousands of links, and one
# new article would mean writing them all again.
LIST_LIMIT = 100
RECENT = 20  # latest articles on a split entry's page


@dataclass
class Listing:
    """The articles of one index entry (person, district, topic) from one year or month."""

    entry_path: str
    year: int | None  # None: undated articles
    month: int | None
    articles: list[Article]

    @property
    def path(self) -> str:
        folder = self.entry_path[: -len(".md")]
        if self.year is None:
            return f"{folder}/undated.md"
        return f"{folder}/{self.year:04d}.md" if self.month is None else f"{folder}/{self.year:04d}/{self.month:02d}.md"

    @property
    def label(self) -> str:
        if self.year is None:
            return "日期不详"
        return f"{self.year}年" if self.month is None else f"{self.year}年{self.month}月"

    @property
    def paged(self) -> bool:
        """A year with many articles lists its months, each on a page."""
        return self.year is not None and self.month is None and len(self.articles) > LIST_LIMIT

    @functools.cached_property
    def months(self) -> list[Listing]:
        """Month by month; the articles are in printed order, so a month is one run of them."""
        return [Listing(self.entry_path, self.year, month, list(run))
                for month, run in itertools.groupby(self.articles, key=_month)]


def _year(article: Article) -> int | None:
    return article.issue_date.year if article.issue_date else None


def _month(article: Article) -> int:
    return article.issue_date.month if article.issue_date else 0  # a year's listing holds dated articles only


class Listed:
    """What the index entries share: their articles, shown whole or split by year and month."""

    articles: list[Article]

    @property
    def path(self) -> str:
        """The entry's page (each kind of entry says where)."""
        raise NotImplementedError

    @property
    def paged(self) -> bool:
        return len(self.articles) > LIST_LIMIT

    @functools.cached_property
    def years(self) -> list[Listing]:
        """Year by year, oldest first, undated articles last: the articles are in printed
        order (undated last), so a year is one run of them."""
        return [Listing(self.path, year, None, list(run)) for year, run in itertools.groupby(self.articles, key=_year)]

    @property
    def recent(self) -> list[Article]:
        """The latest dated articles, newest first."""
        return [a for a in self.articles if a.issue_date][-RECENT:][::-1]


@dataclass(frozen=True)
class Post:
    """A role the people register knows a person held: when, and where that is printed."""

    role: str
    unit: str
    term: str  # 2013-04 至 2016-05, 见报 2013-08、2014-01, or ""
    source: str = ""


def _posts(entry: KnownPerson | None) -> list[Post]:
    """The register's roles of a person, in order of their start (or first sighting)."""
    posts = []
    for role in entry.roles if entry else ():
        start, end, seen = role.start, role.end, role.seen
        if start or end:
            term = f"{start or '?'} 至 {end or '今'}"
        else:
            term = "见报 " + "、".join(seen) if seen else ""
        key = str(start or (seen[0] if seen else "9999"))
        posts.append((key, Post(role.role, role.unit, term, role.source)))
    return [post for _, post in sorted(posts, key=lambda item: item[0])]


@dataclass
class Person(Listed):
    name: str
    slug: str
    articles: list[Article] = field(default_factory=list)
    roles: dict[str, list[Article]] = field(default_factory=dict)  # role -> articles printing it
    companions: list[tuple[str, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    home_district: str = ""
    posts: list[Post] = field(default_factory=list)  # the people register's roles over time

    @property
    def path(self) -> str:
        return f"people/{self.slug}.md"

    @property
    def initial(self) -> str:
        """A–Z group of the overview page, by the pinyin of the family name."""
        letter = sort_key(self.name)[0][:1].upper()
        return letter if "A" <= letter <= "Z" else "其他"


@dataclass
class Place:
    name: str
    kind: str = ""


@dataclass
class District(Listed):
    name: str
    slug: str
    kind: str = ""
    aliases: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    people: list[tuple[str, int]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"districts/{self.slug}.md"


@dataclass
class Topic(Listed):
    """A subtopic (a local theme) or a main class of the two-level vocabulary."""

    name: str
    slug: str
    description: str = ""
    articles: list[Article] = field(default_factory=list)
    parent: str = ""  # a subtopic's main class
    children: list[str] = field(default_factory=list)  # a main class's subtopics
    code: str = ""  # a main class's IPTC Media Topics code

    @property
    def path(self) -> str:
        return f"topics/{self.slug}.md"


@dataclass
class PrintedPage:
    number: int | None
    articles: list[Article]


@dataclass
class Issue:
    day: _dt.date
    pages: list[PrintedPage]

    @property
    def path(self) -> str:
        return issue_path(self.day)

    @property
    def articles(self) -> list[Article]:
        return [a for p in self.pages for a in p.articles]

    @property
    def count(self) -> int:
        return sum(len(p.articles) for p in self.pages)


@dataclass
class Catalog:
    articles: list[Article]  # printed order
    paths: dict[str, str]  # article id -> docs path
    neighbours: dict[str, tuple[Article | None, Article | None]]
    groups: dict[object, list[Article]]  # link_group -> its articles, printed order
    issues: list[Issue]
    undated: list[Article]
    people: dict[str, Person]  # pinyin order
    districts: dict[str, District]  # districts.yml order, then others
    topics: dict[str, Topic]  # topics.yml order, then others

    def path(self, article: Article) -> str:
        return self.paths[article.id]

    def issues_around(self, day: _dt.date | None) -> tuple[Issue | None, Issue | None]:
        """The issues before and after the one of `day` (none for an undated article): the
        way on from an issue's first and last article."""
        i = self._issue_index.get(day) if day else None
        if i is None:
            return None, None
        return (self.issues[i - 1] if i else None, self.issues[i + 1] if i + 1 < len(self.issues) else None)

    @functools.cached_property
    def _issue_index(self) -> dict[_dt.date, int]:
        return {issue.day: i for i, issue in enumerate(self.issues)}


@functools.lru_cache(maxsize=65536)
def sort_key(name: str) -> tuple[str, str]:
    """Pinyin order, as a Chinese index is read; the characters break ties between homophones.

    Memoised: a pure function of the name, asked again for every person a name appears
    beside, and pinyin is slow."""
    return (" ".join(lazy_pinyin(name)).lower(), name)


def printed_order(article: Article) -> tuple:
    """Issue, then page, then position on the page (line of the page file), unknowns last."""
    return (
        article.issue_date or _dt.date.max,
        article.page if article.page is not None else 10**6,
        article.source_file,
        article.first_line,
    )


def build_catalog(articles: Iterable[Article], reference: Reference, registry: Registry | None = None) -> Catalog:
    """Group the articles by issue and by facet; reference data adds slugs, places and
    descriptions; the registry, the slugs and paths given before (they are kept)."""
    registry = registry or Registry()
    ordered = sorted(articles, key=printed_order)
    groups = _groups(ordered)
    return Catalog(
        articles=ordered,
        paths=_article_paths(ordered, {path: entry[0] for path, entry in registry.paths.items()}),
        neighbours=_neighbours(groups),
        groups=groups,
        issues=_issues(ordered),
        undated=[a for a in ordered if a.issue_date is None],
        people=_people(ordered, reference.people, registry.people),
        districts=_districts(ordered, reference.districts, registry.districts),
        topics=_topics(ordered, reference.topics, registry.topics),
    )


def _article_paths(ordered: list[Article], recorded: dict[str, str]) -> dict[str, str]:
    """An article's path from its date and slug; when two articles would share one, the
    one that held it before keeps it (`recorded`: path -> id), else the first printed."""
    paths: dict[str, str] = {}
    taken: set[str] = set()
    for article in ordered:
        path = article_path(article)
        if recorded.get(path) == article.id:
            taken.add(path)
            paths[article.id] = path
    for article in ordered:
        if article.id in paths:
            continue
        path = article_path(article)
        if path in taken:  # same title and same id prefix: fall back to the whole id
            path = path[: -len(".md")] + f"-{article.id}.md"
        taken.add(path)
        paths[article.id] = path
    return paths


def link_group(article: Article) -> object:
    """Previous and next link within an issue; undated articles within their page file."""
    return article.issue_date or ("file", article.source_file)


def _groups(ordered: list[Article]) -> dict[object, list[Article]]:
    groups: dict[object, list[Article]] = defaultdict(list)
    for article in ordered:
        groups[link_group(article)].append(article)
    return dict(groups)


def _neighbours(groups: dict[object, list[Article]]) -> dict[str, tuple[Article | None, Article | None]]:
    """Previous and next article of the same link group (see `link_group`)."""
    result = {}
    for group in groups.values():
        for i, article in enumerate(group):
            before = group[i - 1] if i > 0 else None
            after = group[i + 1] if i + 1 < len(group) else None
            result[article.id] = (before, after)
    return result


def _issues(ordered: list[Article]) -> list[Issue]:
    by_day: dict[_dt.date, dict[int | None, list[Article]]] = defaultdict(lambda: defaultdict(list))
    for article in ordered:
        if article.issue_date is not None:
            by_day[article.issue_date][article.page].append(article)
    return [
        Issue(day, [PrintedPage(number, arts) for number, arts in pages.items()])
        for day, pages in by_day.items()
    ]


def _people(ordered: list[Article], reference: People, given: dict[str, str]) -> dict[str, Person]:
    known = {e.name: e for e in reference.people}
    names = sorted({name for a in ordered for name in a.people}, key=sort_key)
    slugs = unique_slugs(names, {n: given[n] for n in names if n in given})
    people = {}
    for name in names:
        entry = known.get(name)
        people[name] = Person(
            name,
            slugs[name],
            aliases=list(entry.aliases) if entry else [],
            home_district=entry.district if entry else "",
            posts=_posts(entry),
        )
    pairs: Counter = Counter()  # (person, another person in the same article) -> articles
    for article in ordered:
        present = list(dict.fromkeys(article.people))
        for name in present:
            person = people[name]
            person.articles.append(article)
            for role in article.people_roles.get(name, []):
                person.roles.setdefault(role, []).append(article)
        pairs.update(itertools.permutations(present, 2))
    together: dict[str, Counter] = defaultdict(Counter)
    for (name, other), count in pairs.items():
        together[name][other] = count
    for name, person in people.items():
        person.companions = _top(together[name], TOP_COMPANIONS)
    return people


def _top(counter: Counter, limit: int) -> list[tuple[str, int]]:
    """Most frequent first; equal counts in pinyin order so the page does not change between runs."""
    return sorted(counter.items(), key=lambda item: (-item[1], sort_key(item[0])))[:limit]


def _districts(ordered: list[Article], reference: Districts, given: dict[str, str]) -> dict[str, District]:
    units = reference.units
    unit_names = {u.name for u in units}
    of_article = [_article_districts(a, unit_names) for a in ordered]
    mentioned = [name for names in of_article for name in names]
    names = list(dict.fromkeys([u.name for u in units] + mentioned))
    slugs = unique_slugs(names, {**{n: given[n] for n in names if n in given},
                                 **{u.name: u.slug for u in units if u.slug}})
    districts = {name: District(name, slugs[name]) for name in names}
    for unit in units:
        district = districts[unit.name]
        district.kind = unit.kind
        district.aliases = list(unit.aliases)
        district.places = [Place(p.name, p.kind) for p in unit.places]
    local: Counter = Counter()  # (district, person named in one of its articles) -> articles
    for article, names in zip(ordered, of_article):
        for name in names:
            districts[name].articles.append(article)
        local.update(itertools.product(names, dict.fromkeys(article.people)))
    local_people: dict[str, Counter] = defaultdict(Counter)
    for (name, person), count in local.items():
        local_people[name][person] = count
    for name, district in districts.items():
        district.people = _top(local_people[name], TOP_LOCAL_PEOPLE)
    return districts


def _article_districts(article: Article, unit_names: set[str]) -> list[str]:
    """The article's county-level units; the primary one counts when it is a unit (not 市级/其他)."""
    names = list(article.districts)
    if article.primary_district in unit_names:
        names.append(article.primary_district)
    return list(dict.fromkeys(names))


def _topics(ordered: list[Article], reference: Topics, given: dict[str, str]) -> dict[str, Topic]:
    """Subtopics (topics.yml's `topics`, then `themes`), then the main classes (`classes`),
    then names only the articles know; each subtopic linked to its class and back; the
    slugs given before are kept."""
    entries = [*reference.topics, *reference.themes, *reference.classes]
    mentioned = [name for a in ordered for name in [*a.topics, *a.topic_classes]]
    names = list(dict.fromkeys([e.name for e in entries] + mentioned))
    slugs = unique_slugs(names, {**{n: given[n] for n in names if n in given},
                                 **{e.name: e.slug for e in entries if e.slug}})
    topics = {name: Topic(name, slugs[name]) for name in names}
    for entry in entries:
        topic = topics[entry.name]
        topic.description = entry.description
        topic.code = entry.code
        parent = entry.parent
        if parent in topics and parent != topic.name:
            topic.parent = parent
            topics[parent].children.append(topic.name)
    for article in ordered:
        for name in dict.fromkeys([*article.topics, *article.topic_classes]):
            topics[name].articles.append(article)
    return topics
