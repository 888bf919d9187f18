"""More terms for the built-in search's index, so that a reader's query is found however
the browser cuts it.

The theme indexes a page as jieba cuts it (医护人员 is one word) but cuts a Chinese query in
the browser by the terms of the index, and keeps a date typed as one term (2月20日) that jieba
cut into 2 / 月 / 20 / 日. Its cut (Material's `segment`) takes at each place the longest term
of the index that ends *before the query's last character*, and searches each piece as a
prefix: 医护人员 becomes 医* 医护* 护人* 人* (the 员 is never looked at), 人民医院 becomes 人民*
(医院 is lost), and a page titled 人物 or 人大政协 matches 人* with the title's thousandfold boost,
above the articles that print the whole word.
Each page therefore gets a hidden field `terms` (indexed, never shown): the dictionary words
inside each long word, as jieba's search mode gives them; each word and each pair of
adjacent words less its last character (医护人, 人民医), the piece the browser keeps of a
query that prints them, which finds them as a prefix; and each printed date in the forms
readers type. The query and the index then meet on the same pieces.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

SEARCH_INDEX = "search/search_index.json"  # the theme's index, in the built site
FIELD = "terms"

# A date as the paper prints it, with or without the year: 2020年2月20日, 2月20日.
PRINTED_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_HAN = re.compile(r"^[\u3400-\u9fff]{3,}$")  # a word of three Chinese characters or more
_HAN_WORD = re.compile(r"^[\u3400-\u9fff]+$")
# The shortest cut form worth a term: one of one or two characters is a prefix of too many
# words to find a query by (人*, 医护*), and such a short query is found by its words.
CUT_FORM_MIN = 3
_TAG = re.compile(r"<[^>]+>")


def date_terms(text: str, year: int | None) -> list[str]:
    """2月20日 → 2月20日, 20日 and, with the year printed or the issue's, 2020年2月20日."""
    terms = []
    for match in PRINTED_DATE.finditer(text):
        printed_year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        terms += [f"{month}月{day}日", f"{day}日"]
        if printed_year or year:
            terms.append(f"{printed_year or year}年{month}月{day}日")
    return terms


def word_parts(tokens: Iterable[str], cut_for_search: Callable[[str], Iterable[str]]) -> list[str]:
    """The dictionary words inside each long word: 医护人员 → 医护, 护人, 人员."""
    parts = []
    for token in tokens:
        if _HAN.match(token):
            parts += [part for part in cut_for_search(token) if part != token]
    return parts


def cut_forms(runs: Iterable[list[str]], cut_for_search: Callable[[str], Iterable[str]]) -> list[str]:
    """What the browser keeps of a query that prints a word, or runs on into the next word:
    all but the last character, when three characters or more are left. A query may start
    where a word starts or where a dictionary word inside it starts (防控指挥部 in
    疫情防控 指挥部, 人民医院 in 焦作市人民医院), so each of those starts counts:
    医护人员 → 医护人; 人民 医院 → 人民医; 疫情防控 指挥部 → 疫情防, 疫情防控指挥, 防控指挥.
    `runs`: the words that stand together in the text (jieba's cut, no punctuation between)."""
    forms = []
    for run in runs:
        for i, word in enumerate(run):
            if not _HAN_WORD.match(word):
                continue
            following = run[i + 1] if i + 1 < len(run) and _HAN_WORD.match(run[i + 1]) else ""
            for start in _starts(word, cut_for_search):
                forms.append(word[start:-1])
                if following:
                    forms.append(word[start:] + following[:-1])
    return [form for form in forms if len(form) >= CUT_FORM_MIN]


def _starts(word: str, cut_for_search: Callable[[str], Iterable[str]]) -> list[int]:
    """Where a word starts, and where inside it one dictionary word ends and another begins
    (疫情|防控, 焦作市|人民医院; not 医|护人员, 医 being no word of it), in order."""
    begins, ends = set(), set()
    if _HAN.match(word):
        for part in cut_for_search(word):
            at = word.find(part)
            while at >= 0:
                begins.add(at)
                ends.add(at + len(part))
                at = word.find(part, at + 1)
    return sorted({0} | (begins & ends))


def _runs(plain: str, separator: re.Pattern) -> list[list[str]]:
    """The words of `plain` in runs that jieba's cut alone separates (U+200B), not a space or
    punctuation."""
    runs: list[list[str]] = [[]]
    start = 0
    for match in separator.finditer(plain):
        if match.start() > start:
            runs[-1].append(plain[start:match.start()])
        if match.group().strip("\u200b"):
            runs.append([])
        start = match.end()
    if start < len(plain):
        runs[-1].append(plain[start:])
    return [run for run in runs if run]


def page_terms(title: str, text: str, separator: re.Pattern, cut_for_search, year: int | None) -> list[str]:
    """The extra terms of one entry of the index (its title and text as the theme stored
    them: HTML, words separated by the index's separator), in order, each once, none that
    the entry already holds."""
    plain = _TAG.sub(" ", f"{title} {text}")
    tokens = [t for t in separator.split(plain) if t]
    held = set(tokens)
    cut = functools.lru_cache(maxsize=None)(lambda word: tuple(cut_for_search(word)))  # each word once per entry
    terms = word_parts(tokens, cut) + cut_forms(_runs(plain, separator), cut) + date_terms(plain.replace("\u200b", ""), year)
    return [t for t in dict.fromkeys(terms) if t not in held]


def add_search_terms(site_dir: Path, years: dict[str, int], cut_for_search, topic_names: AbstractSet[str] = frozenset()) -> bool:
    """Add the `terms` field to the theme's index in `site_dir`; `years` maps a page's URL
    to its issue's year. False when the site has no such index (Pagefind instead).

    Topic names leave the entries' `tags`: the theme boosts a tag a million times over the
    text and matches it by prefix, so a piece 人 of a query found every article filed under
    人大政协 first. People and districts stay tags (a reader searching a name wants that
    person's or place's pages); a topic is found by its page's title and the articles' words."""
    path = Path(site_dir) / SEARCH_INDEX
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return False
    separator = re.compile(index["config"]["separator"])
    for doc in index["docs"]:
        entry_terms(doc, separator, cut_for_search, years.get(doc["location"].split("#", 1)[0]), topic_names)
    index["config"]["fields"][FIELD] = {"boost": 1}
    path.write_text(json.dumps(index, separators=(",", ":"), default=str), encoding="utf-8")  # as the theme writes it
    return True


def entry_terms(doc: dict, separator: re.Pattern, cut_for_search, year: int | None, topic_names: AbstractSet[str] = frozenset()) -> None:
    """One entry of the theme's index, in place: topic names out of its `tags`, its extra
    terms in the field `terms` (see add_search_terms); `year`: its page's issue year."""
    if topic_names and doc.get("tags"):
        doc["tags"] = [tag for tag in doc["tags"] if tag not in topic_names]
    terms = page_terms(doc.get("title", ""), doc.get("text", ""), separator, cut_for_search, year)
    if terms:
        doc[FIELD] = "\u200b".join(terms)
