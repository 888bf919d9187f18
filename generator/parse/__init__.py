"""Parse stage: one page file → a `Page` of `Article`s and layout artifacts (see page.py)."""

from .page import fallback_year, parse_page_file, parse_page_text

__all__ = ["fallback_year", "parse_page_file", "parse_page_text"]
