"""The jieba user dictionary for Material's search: names that must stay one search term.

Without it jieba cuts 郜红旗 into 郜/红旗 and 复工复产 into 复工/复产, and a search for the
whole name finds nothing. The search plugin loads the file that mkdocs.yml names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..config import Reference
from .catalog import Catalog

SEARCH_DICT_PATH = "_build/jieba_userdict.txt"  # docs-relative; excluded from the site in mkdocs.yml


def search_words(catalog: Catalog, reference: Reference) -> list[str]:
    """People (and bylines), units, places and topics with their aliases, from articles and reference YAML."""
    words = set(catalog.people) | set(catalog.districts) | set(catalog.topics)
    people = reference.people
    words.update(_names(people.people))
    words.update(_names(people.bylines))
    for unit in reference.districts.units:
        words.update(_names([unit]))
        words.update(_names(unit.places))
    words.update(_names(reference.topics.topics))
    # jieba reads "word [freq] [tag]" lines: a word with a space would be misread.
    return sorted(w for w in words if len(w) > 1 and not any(c.isspace() for c in w))


def _names(entries: Iterable[Any]) -> set[str]:
    """Each entry's name and aliases (an entry without aliases has its name alone)."""
    words = set()
    for entry in entries:
        for value in [entry.name, *getattr(entry, "aliases", ())]:
            if value:
                words.add(value)
    return words


def load_search_words(tokenizer, path: str) -> dict[str, int]:
    """The dictionary file's words added to the search's jieba `tokenizer`, each with the
    frequency jieba would suggest for it against its main dictionary alone, and the
    dictionary's total kept as the main dictionary has it. A word then changes how jieba
    cuts a text only where the text holds that word, so a dirty build renders again only
    the pages holding a word added, dropped or weighed anew (generator/site_build.py).
    jieba's own `load_userdict` weighs each word against the words loaded before it and adds
    it to the total, and one new name would cut any page otherwise. Returns word -> frequency."""
    try:
        with open(path, encoding="utf-8") as fh:
            words = [line.split()[0] for line in fh if line.strip()]
    except OSError:
        return {}
    tokenizer.check_initialized()
    total = tokenizer.total
    freqs = {word: tokenizer.suggest_freq(word, tune=False) for word in words}
    for word, freq in freqs.items():
        tokenizer.add_word(word, freq)
    tokenizer.total = total
    return freqs
