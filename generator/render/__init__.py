"""Render stage: articles → Markdown pages, index pages and the files beside them (site.py)."""

from .site import render_site

__all__ = ["render_site"]
