"""One place for jieba's dictionary cache, shared by the parser, the enrichment and the search."""

from __future__ import annotations

import os


def jieba_cache_dir() -> str:
    """Where jieba keeps its parsed dictionary (`jieba.cache`): the user's cache folder, not
    the shared system temp folder, where another user could plant a cache jieba would trust."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "jiaozuo-archive", "jieba")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    return folder
