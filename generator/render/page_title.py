"""The title MkDocs gives an article page: its headline, whatever is printed above it."""

from __future__ import annotations

import html


def article_title(meta: dict) -> str | None:
    """The headline of the dataset record in an article page's front matter (None for other
    pages). MkDocs takes a page's title from its H1 only when the H1 is the page's first
    element, and a kicker is printed above the headline; without this the tab, the header
    and the search results would show the file name's pinyin. HTML-escaped, as MkDocs
    escapes a title it takes from an H1 (the theme prints it as markup)."""
    record = meta.get("article") if isinstance(meta, dict) else None
    if not isinstance(record, dict) or "title" not in record:
        return None
    return html.escape(str(record.get("title") or "（无题）"), quote=False)
