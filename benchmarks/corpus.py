"""A benchmark corpus: N page dumps recombined from the sample pages in seeds/.

The sample pages are read with the real parser, so the material is the paper's own text:
ledes, body paragraphs, headlines, photo captions and notices. Each synthetic page draws
from it, swaps the people, districts, places and dates for others from site_config/, and
sets the text again the way the dumps print it (bodies wrapped at the column width, a
two-column first-line indent, blank lines at column breaks, the headline after its
body), so that the parser does on the corpus the work it does on real pages.

Deterministic: the same seeds/, site_config/, parser and `seed` give the same files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.config import Config, load_config
from generator.parse import parse_page_file
from generator.parse.text import column_width
from generator.pipeline import find_page_files

PAGES_PER_ISSUE = 8  # a daily issue of the paper
DEFAULT_START = dt.date(2016, 1, 1)
# Printed items per page: the front page is busier; about 50 articles an issue in all.
ITEMS_FRONT = (7, 10)
ITEMS_INSIDE = (4, 7)
# How often an item is of each kind, after the optional notice at the top of a page.
KIND_WEIGHTS = {"news": 70, "feature": 12, "photo": 18}
NOTICE_CHANCE = 0.06
# Column widths in columns (Chinese characters) of the frames the sample pages use.
WIDTHS = (11, 12, 13, 13, 14, 14, 15, 16, 17, 18, 20, 22, 24, 28, 32, 35)
MAX_HEADLINE_LINE = 24  # a longer title is set over two lines
MAX_CAPTION = 160

# Dates and years as the paragraphs print them (layout spaces already removed).
MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
YEAR = re.compile(r"(20[0-2]\d)年")
SAMPLE_YEAR = 2020  # the sample pages are of February 2020
# The share of the people an article names who are new to the archive, as a real archive
# meets them over the years (residents, workers, new officials). The annotated real sets of
# 2010–2026 name 676 distinct people in 738 articles, 0.92 an article; the sample pages the
# corpus recombines name 5.2 an article (219 in 42, mostly the city's officials), so about one
# mention in six is a new person: some 0.8 new people an article. A new person is a surname and
# a given name of two different people of the register: not in it, and name-shaped as the
# paper prints names. 0 keeps the register's people only (the corpora of before).
NEW_PEOPLE = 0.15
PHONE = re.compile(r"(?<=）)\d{7}|\d{11}")
SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）]*")
# A line never begins with these marks: the typesetter hangs them at the end of the line before.
NO_LINE_START = set("，。、；：？！”’）》」』…—")
# ... and never ends with these: an opening mark goes down with the word it opens.
NO_LINE_END = set("“‘（《「『")
# A space the corpus sets (a thin gap beside a number, after 本报讯, before a credit) fills
# half a column, as the parser's column_width counts the gap beside a number.
_SPACE_WIDTH = 0.5


@dataclass(frozen=True)
class Headline:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""


@dataclass(frozen=True)
class Material:
    """What synthetic pages are made of: the sample pages' text and the reference names."""

    ledes: tuple[str, ...]
    paragraphs: tuple[str, ...]
    feature_paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    notices: tuple[tuple[str, ...], ...]
    headlines: tuple[Headline, ...]
    notice_headlines: tuple[Headline, ...]
    lengths: tuple[int, ...]  # paragraph counts of the sample news articles
    names: Names


@dataclass(frozen=True)
class Names:
    """People, units and places of site_config/, and one pattern that finds any of them."""

    pattern: re.Pattern
    kind_of: dict[str, tuple[str, str]]  # printed name -> (person|unit|alias|place|keep, unit or level)
    people_by_unit: dict[str, tuple[str, ...]]
    units: tuple[str, ...]
    unit_alias: dict[str, str]
    places_by_unit: dict[str, tuple[str, ...]]
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photographers: tuple[str, ...]
    signatures: tuple[str, ...]
    # New people: the register's surnames and given names, recombined (NEW_PEOPLE).
    surnames: tuple[str, ...] = ()
    given_names: tuple[str, ...] = ()
    registered: frozenset[str] = frozenset()
    new_people: float = 0.0


@dataclass
class Corpus:
    """What `write_corpus` wrote: the page files, the catalog and the planned article count."""

    out: Path
    files: list[Path] = field(default_factory=list)
    catalog: Path | None = None
    articles: int = 0


def write_corpus(out: Path, pages: int, seed: int, seeds_dir: Path = Path("seeds"),
                 config_dir: Path = Path("site_config"), start: dt.date = DEFAULT_START,
                 new_people: float = NEW_PEOPLE) -> Corpus:
    """Write `pages` page dumps and their `sources.yml` catalog into `out`; `new_people`
    of the people they name are new to the archive (NEW_PEOPLE)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    material = load_material(Path(seeds_dir), load_config(config_dir))
    material = dataclasses.replace(material, names=dataclasses.replace(material.names, new_people=new_people))
    rng = random.Random(seed)
    corpus = Corpus(out)
    seen: set[str] = set()
    catalog: dict[str, dict] = {}
    for index in range(pages):
        issue = start + dt.timedelta(days=index // PAGES_PER_ISSUE)
        number = index % PAGES_PER_ISSUE + 1
        text, count = compose_page(material, rng, issue, number, seen)
        name = f"{index:06d}_{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}.txt"
        (out / name).write_text(text, encoding="utf-8")
        corpus.files.append(out / name)
        corpus.articles += count
        catalog[name] = {"issue_date": issue, "page": number}
    corpus.catalog = write_catalog(out / "sources.yml", catalog, seed)
    return corpus


def write_catalog(path: Path, pages: dict[str, dict], seed: int) -> Path:
    """The corpus's sources.yml, in the shape of site_config/sources.yml."""
    header = (f"# Benchmark corpus (python -m benchmarks corpus, seed {seed}): synthetic pages\n"
              "# recombined from seeds/. Not the paper's pages; dates and page numbers are invented.\n")
    path.write_text(header + yaml.safe_dump({"pages": pages}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- material

def load_material(seeds_dir: Path, config: Config) -> Material:
    """Parse the sample pages (the parser only: no enrichment is needed) and sort their
    text into pools by what it is on a page."""
    articles = [a for path in find_page_files(seeds_dir) for a in parse_page_file(path, seeds_dir, config).articles]
    ledes: list[str] = []
    paragraphs: list[str] = []
    features: list[str] = []
    captions: list[str] = []
    notices: list[tuple[str, ...]] = []
    lengths: list[int] = []
    headlines: list[Headline] = []
    notice_headlines: list[Headline] = []
    for article in articles:
        body = [p for p in article.paragraphs if _usable(p)]
        if article.kind == "photo":
            captions.extend(p for p in body if len(p) <= MAX_CAPTION)
            continue
        if article.kind == "notice":
            notices.append(tuple(article.paragraphs))
            notice_headlines.extend(_headline(article))
            continue
        headlines.extend(_headline(article))
        if not body:
            continue
        if article.kind == "feature":
            features.extend(body)
            continue
        if not article.continued_from:
            ledes.append(body[0])
            lengths.append(len(article.paragraphs))
        paragraphs.extend(body[1:] if not article.continued_from else body)
    return Material(
        ledes=tuple(ledes), paragraphs=tuple(paragraphs), feature_paragraphs=tuple(features or paragraphs),
        captions=tuple(captions), notices=tuple(notices), headlines=tuple(dict.fromkeys(headlines)),
        notice_headlines=tuple(notice_headlines), lengths=tuple(lengths), names=load_names(config),
    )


def _usable(paragraph: str) -> bool:
    """A paragraph that reads as one when set again: long enough and closed by a sentence end."""
    return len(paragraph) >= 12 and bool(re.search(r"[。！？][”’）]*$", paragraph))


def _headline(article) -> list[Headline]:
    """The printed headline, if the page printed one that sets again as a headline."""
    if article.title_inferred:
        return []
    return [Headline(article.kicker, article.title, article.subtitle if article.subtitle.startswith("——") else "")]


def load_names(config: Config) -> Names:
    """People (by unit or level), units with their short forms, and places, from site_config/."""
    ref = config.reference
    kind_of: dict[str, tuple[str, str]] = {}
    units: list[str] = []
    unit_alias: dict[str, str] = {}
    places_by_unit: dict[str, tuple[str, ...]] = {}
    for unit in ref.districts.units:
        name = unit.name
        units.append(name)
        kind_of[name] = ("unit", name)
        for alias in unit.aliases:
            kind_of.setdefault(alias, ("alias", name))
            unit_alias.setdefault(name, alias)
        places = []
        for place in unit.places:
            if len(place.name) >= 3:
                kind_of.setdefault(place.name, ("place", name))
                places.append(place.name)
        places_by_unit[name] = tuple(places)
    # Words that contain a name without meaning it: matched, and left as they are.
    for word in [*ref.districts.guards, *(entry.name for entry in ref.districts.ambiguous)]:
        kind_of[word] = ("keep", "")
    people_by_unit: dict[str, list[str]] = {}
    surnames: dict[str, None] = {}
    given_names: dict[str, None] = {}
    compound = set(ref.surnames.compound)
    for person in ref.people.people:
        if len(person.name) >= 2:
            kind_of.setdefault(person.name, ("person", person.district))
            people_by_unit.setdefault(person.district, []).append(person.name)
            cut = 2 if person.name[:2] in compound else 1
            if len(person.name) > cut:
                surnames[person.name[:cut]] = None
                given_names[person.name[cut:]] = None
    bylines: dict[str, list[str]] = {}
    for entry in ref.people.bylines:
        bylines.setdefault(entry.kind, []).append(entry.name)
    words = sorted(kind_of, key=lambda w: (-len(w), w))
    return Names(
        pattern=re.compile("|".join(map(re.escape, words))),
        kind_of=kind_of,
        people_by_unit={k: tuple(v) for k, v in people_by_unit.items()},
        units=tuple(units), unit_alias=unit_alias, places_by_unit=places_by_unit,
        reporters=tuple(bylines.get("reporter", ["林默"])),
        correspondents=tuple(bylines.get("correspondent", ["周舟"])),
        photographers=tuple(bylines.get("photographer", []) + bylines.get("reporter", [])),
        signatures=tuple(bylines.get("signature", ["江川"])),
        surnames=tuple(surnames), given_names=tuple(given_names),
        registered=frozenset(p.name for p in ref.people.people),
    )


# --------------------------------------------------------------------------- recombination

class Recast:
    """One article's substitutions: each person, unit, place and date it names becomes
    another, the same one every time the article names it."""

    def __init__(self, names: Names, rng: random.Random, issue: dt.date):
        self.names, self.rng, self.issue = names, rng, issue
        self.units: dict[str, str] = {}
        self.words: dict[str, str] = {}
        self.dates: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        text = self.names.pattern.sub(self._name, text)
        text = MONTH_DAY.sub(self._date, text)
        return YEAR.sub(lambda m: f"{int(m.group(1)) + self.issue.year - SAMPLE_YEAR}年", text)

    def _unit(self, unit: str) -> str:
        if unit not in self.units:
            self.units[unit] = self.rng.choice(self.names.units)
        return self.units[unit]

    def _name(self, match: re.Match) -> str:
        word = match.group(0)
        if word not in self.words:
            self.words[word] = self._replacement(word)
        return self.words[word]

    def _replacement(self, word: str) -> str:
        kind, unit = self.names.kind_of[word]
        if kind == "unit":
            return self._unit(unit)
        if kind == "alias":
            target = self._unit(unit)
            return self.names.unit_alias.get(target, target)
        if kind == "place":
            return self.rng.choice(self.names.places_by_unit.get(self._unit(unit)) or (word,))
        if kind == "person" and unit not in ("国家级", "省级"):
            # A unit's leader stays a leader of the unit the article is now about.
            if self.names.new_people and self.rng.random() < self.names.new_people:
                return self._new_person() or word
            pool = self.names.people_by_unit.get(self._unit(unit) if unit in self.names.units else unit)
            return self._fresh(pool) if pool else word
        return word

    def _new_person(self) -> str:
        """Someone the archive has not named before: a surname of the register and a given
        name of another registered person, or one made of the first character of one given
        name and the last of another (the register alone would give out after some ten
        thousand names; a decade names more), a few tries for one neither registered nor in
        this article."""
        given = self.names.given_names
        if not (self.names.surnames and given):
            return ""
        used = set(self.words.values())
        for _ in range(8):
            if self.rng.random() < 0.5:
                first = self.rng.choice(given)
                name = self.rng.choice(self.names.surnames) + first[0] + self.rng.choice(given)[-1]
            else:
                name = self.rng.choice(self.names.surnames) + self.rng.choice(given)
            if name not in self.names.registered and name not in used:
                return name
        return ""

    def _fresh(self, pool: tuple[str, ...]) -> str:
        """A person not yet named in this article, where the pool has one: two people of
        the sample article stay two people."""
        used = set(self.words.values())
        unused = [name for name in pool if name not in used]
        return self.rng.choice(unused or pool)

    def _date(self, match: re.Match) -> str:
        key = match.group(0)
        if key not in self.dates:
            day = self.issue - dt.timedelta(days=self.rng.randint(1, 6))
            self.dates[key] = f"{day.month}月{day.day}日"
        return self.dates[key]


@dataclass
class Item:
    """One printed item before it is set: its kind, text and the marks around it."""

    kind: str
    paragraphs: list[str]
    headline: Headline = Headline()
    byline: str = ""  # 本报讯（记者X 通讯员Y） or the feature's byline lines
    signature: str = ""
    credit: str = ""
    editor_code: str = ""


def compose_page(material: Material, rng: random.Random, issue: dt.date, number: int,
                 seen: set[str]) -> tuple[str, int]:
    """One page dump and the number of items printed on it."""
    low, high = ITEMS_FRONT if number == 1 else ITEMS_INSIDE
    items = []
    if material.notices and rng.random() < NOTICE_CHANCE:
        items.append(_unique(lambda: _notice(material, rng, issue), seen))
    kinds = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=rng.randint(low, high))
    for kind in kinds:
        make = {"news": _news, "feature": _feature, "photo": _photo}[kind]
        items.append(_unique(lambda make=make: make(material, rng, issue, number), seen))  # called at once
    return set_page(items, rng), len(items)


def _unique(make, seen: set[str]) -> Item:
    """Draw until the item's text is new: the parser names articles by a hash of their text."""
    for _ in range(50):
        item = make()
        key = hashlib.sha1("\n".join([item.headline.title, *item.paragraphs]).encode("utf-8")).hexdigest()
        if key not in seen:
            seen.add(key)
            return item
    raise RuntimeError("the sample pages give too little text for a unique item")


def _body(material: Material, rng: random.Random, recast: Recast, pool: tuple[str, ...], count: int) -> list[str]:
    """`count` paragraphs from the pool, recast: a sample article's length, mixed content."""
    return [recast(p) for p in rng.sample(pool, min(count, len(pool)))]


def _news(material: Material, rng: random.Random, issue: dt.date, number: int) -> Item:
    recast = Recast(material.names, rng, issue)
    names = material.names
    paragraphs = [recast(rng.choice(material.ledes))]
    paragraphs += _body(material, rng, recast, material.paragraphs, rng.choice(material.lengths) - 1)
    item = Item("news", paragraphs, _recast_headline(rng.choice(material.headlines), recast))
    if rng.random() < 0.6:
        reporters = "、".join(rng.sample(names.reporters, rng.choice((1, 1, 1, 2))))
        helper = f" 通讯员{rng.choice(names.correspondents)}" if rng.random() < 0.5 else ""
        item.byline = f"本报讯（记者{reporters}{helper}）"
    else:
        item.byline = "本报讯 "
        item.signature = f"（{rng.choice(names.signatures)}）"
    if number == 1 and rng.random() < 0.4:
        item.editor_code = f"①{rng.randint(1, 9)}"
    return item


def _feature(material: Material, rng: random.Random, issue: dt.date, number: int) -> Item:
    recast = Recast(material.names, rng, issue)
    names = material.names
    paragraphs = _body(material, rng, recast, material.feature_paragraphs + material.paragraphs, rng.randint(4, 12))
    lines = [f"本报记者 {_spaced_name(rng.choice(names.reporters))}"]
    if rng.random() < 0.5:
        lines.append(f"本报通讯员 {_spaced_name(rng.choice(names.correspondents))}")
    return Item("feature", paragraphs, _recast_headline(rng.choice(material.headlines), recast), byline="\n".join(lines))


def _photo(material: Material, rng: random.Random, issue: dt.date, number: int) -> Item:
    """A caption: a sample caption, or the opening sentences of a lede, recast."""
    recast = Recast(material.names, rng, issue)
    if material.captions and rng.random() < 0.3:
        caption = rng.choice(material.captions)
    else:
        sentences = SENTENCE.findall(rng.choice(material.ledes))
        caption = "".join(sentences[: rng.randint(1, 2)]) or rng.choice(material.ledes)
    caption = recast(caption)[:MAX_CAPTION].rstrip("，、；：")
    if not re.search(r"[。！？][”’）]*$", caption):
        caption += "。"
    name = rng.choice(material.names.photographers)
    credit = f"本报记者 {name} 摄" if rng.random() < 0.3 else f"{_spaced_name(name)} 摄"
    return Item("photo", [caption], credit=credit)


def _notice(material: Material, rng: random.Random, issue: dt.date) -> Item:
    """A boxed notice with its phone numbers redrawn: the sample pages print few notices."""
    recast = Recast(material.names, rng, issue)
    paragraphs = [PHONE.sub(lambda m: "".join(rng.choice("0123456789") for _ in m.group(0)), recast(p))
                  for p in rng.choice(material.notices)]
    headline = rng.choice(material.notice_headlines) if material.notice_headlines else Headline(title="监督举报电话")
    return Item("notice", paragraphs, _recast_headline(headline, recast))


def _recast_headline(headline: Headline, recast: Recast) -> Headline:
    return Headline(recast(headline.kicker), recast(headline.title), recast(headline.subtitle))


def _spaced_name(name: str) -> str:
    """Two-character names are letter-spaced in bylines and credits: `林 默`, `周 舟 摄`."""
    return " ".join(name) if len(name) == 2 else name


# --------------------------------------------------------------------------- typesetting

def set_page(items: list[Item], rng: random.Random) -> str:
    """The items as a page dump prints them: body, then headline, item after item."""
    out: list[str] = []
    for i, item in enumerate(items):
        following = items[i + 1] if i + 1 < len(items) else None
        out.extend(_set_item(item, rng, glue_next=following is not None and following.kind == "news" and rng.random() < 0.2))
    return join_glued("\n".join(out)).rstrip("\n") + "\n"


def _set_item(item: Item, rng: random.Random, glue_next: bool) -> list[str]:
    """Lines of one item; with `glue_next`, its headline's last line is left open for the
    next item's first line, as the dump prints `…第十一次会议 本报讯（记者…`."""
    width = rng.choice(WIDTHS) if item.kind != "photo" else rng.choice((18, 22, 26, 30, 35))
    spaced = rng.random() < 0.3  # some frames set numbers off with thin spaces: `2 月 20 日`
    paragraphs = [_space_numbers(p) if spaced else p for p in item.paragraphs]
    lines: list[str] = []
    if item.kind == "feature":
        lines += item.byline.split("\n") + ([""] if rng.random() < 0.5 else [])
    if item.kind == "news":
        paragraphs[0] = item.byline + paragraphs[0]
    if item.editor_code:
        paragraphs[-1] += item.editor_code
    tail = ""
    if item.signature:
        if rng.random() < 0.5:
            paragraphs[-1] += " " + item.signature
        else:
            tail = item.signature
    if item.credit and rng.random() < 0.4:
        paragraphs[-1] += " " + item.credit
        item = Item(item.kind, item.paragraphs, item.headline)  # credit glued: no credit line
    body = _columns([line for p in paragraphs for line in wrap(p, width)], rng)
    if body and rng.random() < 0.4:
        body[0] = " " + body[0]  # a frame's first line often keeps one leading space
    lines += body + ([tail] if tail else [])
    if item.kind == "photo":
        return lines + ([item.credit] if item.credit else []) + [""]
    head = _headline_lines(item.headline, rng)
    lines += ([""] if rng.random() < 0.7 else []) + head
    if glue_next:
        lines[-1] += " "
        return lines + ["\0"]  # marker: the next item's first line joins this one
    return lines + [""]


def _columns(lines: list[str], rng: random.Random) -> list[str]:
    """Blank lines where a column ends: anywhere, mid-paragraph and mid-sentence too."""
    height = rng.randint(6, 30)
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % height == 0 and i < len(lines):
            out.append("")
    return out


def _headline_lines(headline: Headline, rng: random.Random) -> list[str]:
    lines = []
    if headline.kicker:
        lines += [headline.kicker, ""]
    title = headline.title
    if len(title) > MAX_HEADLINE_LINE:
        cut = rng.randint(len(title) // 2 - 2, len(title) // 2 + 2)
        lines += [title[:cut], title[cut:]]
    else:
        lines.append(title)
    if headline.subtitle:
        lines.append(headline.subtitle)
    return lines


def _space_numbers(text: str) -> str:
    """`2月20日` -> `2 月 20 日`: the thin spaces justified type sets around numbers."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", text)


def _char_width(ch: str) -> float:
    """Columns a character fills in a justified line: the parser's own measure
    (generator.parse.text.column_width: punctuation squeezed, narrow characters half)."""
    return _SPACE_WIDTH if ch == " " else column_width(ch)


def wrap(paragraph: str, width: int) -> list[str]:
    """Set one paragraph in a column `width` wide: the first line two columns narrower
    (the indent), closing marks hung at the end of the line instead of starting the next."""
    lines: list[str] = []
    line: list[str] = []
    used, limit = 0.0, width - 2
    for ch in paragraph:
        w = _char_width(ch)
        if line and used + w > limit + 0.01 and ch not in NO_LINE_START:
            carried: list[str] = []
            while len(line) > 1 and line[-1] in NO_LINE_END:  # an opening mark moves down
                carried.insert(0, line.pop())
            lines.append("".join(line).strip())
            line, limit = carried, width
            used = sum(_char_width(c) for c in carried)
        line.append(ch)
        used += w
    if line:
        lines.append("".join(line).strip())
    return [line for line in lines if line]


def join_glued(text: str) -> str:
    """Resolve the glue markers `_set_item` leaves: the next line joins the open headline."""
    return text.replace(" \n\0\n", " ")
