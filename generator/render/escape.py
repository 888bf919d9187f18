"""Article text is data: escape it for Markdown and HTML before it reaches a page.

The Jinja environment of `templates.py` passes every `{{ value }}` through `finalize`, so
text is escaped unless a filter or macro of ours returned `Markup` on purpose.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote

from markupsafe import Markup

# Characters that Python-Markdown or one of the usual extensions (tables, attr_list,
# tilde, emphasis, footnotes, admonitions) reads as syntax anywhere on a line. They are
# written as numeric character references, which no Markdown extension parses further.
_INLINE_ACTIVE = re.compile(r"[\\`*_{}\[\]#|!~^]")
# Only at the start of a line: list bullets, setext underlines, ordered-list numbers.
_LEADING_ACTIVE = re.compile(r"^(?:[-+=:]|\d+[.)])")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


def md_text(value: object) -> Markup:
    """Text to show as written: one line, HTML special characters and Markdown syntax neutralised."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_ACTIVE.sub(lambda m: _reference(m.group()), text)
    text = _LEADING_ACTIVE.sub(lambda m: m.group()[:-1] + _reference(m.group()[-1]), text)
    return Markup(text)


def finalize(value: object) -> object:
    """Jinja's last step for every `{{ }}`: our own Markup passes, everything else is text."""
    if isinstance(value, Markup):
        return value
    return md_text(value)


def md_url(target: str, current: str) -> Markup:
    """A link from docs page `current` to docs file `target`, relative and percent-encoded.

    Only paths inside the docs folder are linked; a scheme (`javascript:`) is refused so
    that a link can never be made to run code.
    """
    if _SCHEME.match(target) or target.startswith("/") or ".." in target.split("/"):
        raise ValueError(f"not a docs path: {target!r}")
    path, _, fragment = target.partition("#")
    relative = _relative(path, current) if path else ""
    url = quote(relative, safe="/.-_~")
    if fragment:
        url += "#" + quote(fragment, safe="-_~")
    return Markup(url)


def _relative(path: str, current: str) -> str:
    """`posixpath.relpath(path, dirname(current))` for docs paths, without its calls to
    `os.getcwd()`: the site's index pages hold hundreds of thousands of links."""
    source = [part for part in posixpath.dirname(current).split("/") if part not in ("", ".")]
    target = [part for part in path.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(source), len(target)) and source[common] == target[common]:
        common += 1
    parts = [".."] * (len(source) - common) + target[common:]
    return "/".join(parts) or "."
