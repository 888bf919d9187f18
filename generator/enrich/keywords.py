"""An article's keywords: the top TF-IDF terms of its text (jieba's IDF table)."""

from __future__ import annotations

from .resources import Resources

KEYWORDS = 8


def keywords(tokens: dict[int, tuple[str, str]], res: Resources) -> list[str]:
    """Top TF-IDF terms, without stop words, numbers and one-character words; ties in the
    order of first appearance."""
    counts: dict[str, int] = {}
    for word, _ in tokens.values():
        if len(word.strip()) >= 2 and not word.isdigit() and word not in res.tfidf.stop_words:
            counts[word] = counts.get(word, 0) + 1
    total = sum(counts.values()) or 1
    idf, median = res.tfidf.idf_freq, res.tfidf.median_idf
    scored = sorted(counts, key=lambda w: -counts[w] * idf.get(w, median) / total)
    return scored[:KEYWORDS]
