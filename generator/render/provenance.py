"""Provenance beside the text: one page per page file (`provenance/<name>.md`) with its
printed lines, each marked as the parser labelled it (headline, paragraph, byline, jump
marker, editor code, signature, credit) and the parser's doubts and other messages on the
lines they name. An article page links its own block there (one click), so a reader checks
a doubtful paragraph against the source; the article pages stay light (one page per file,
not a copy of the lines on every article's page).

The lines are page text: escaped here (`markupsafe.escape`), marks are ours.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..model import Article, Artifact, Page, Problem
from ..slugs import pinyin_slug

FOLDER = "provenance"
_CLASS = re.compile(r"[^a-z_]")  # what may stand in a class name made of a label
# How each artifact kind and label is named on the page.
LABELS = {
    "headline": "标题", "paragraph": "正文", "byline": "署名", "jump_marker": "转版标记", "editor_code": "编辑代码",
    "signature": "文末署名", "photo_credit": "摄影署名", "stray": "版面杂项", "blank": "", "other": "未归入",
}
SEVERITIES = {"error": "错误", "warning": "警告", "uncertain": "存疑", "info": "说明"}


def provenance_path(file_name: str) -> str:
    """`provenance/<pinyin of the file's name>-<hash>.md`: readable, and one file one page
    whatever its name holds."""
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    slug = pinyin_slug(stem, max_syllables=12) or "page"
    return f"{FOLDER}/{slug}-{hashlib.sha1(file_name.encode('utf-8')).hexdigest()[:6]}.md"


def anchor(article: Article) -> str:
    """The id of an article's block on its provenance page."""
    return f"a-{article.id}"


@dataclass
class Row:
    number: int
    labels: list[str]  # keys of LABELS
    paragraph: int | None  # the paragraph (from 1) the line is part of
    html: Markup  # the line, escaped, its artifacts marked
    problems: list[Problem] = field(default_factory=list)
    anchor: bool = True  # the row holds the line's id (`L12`): not where a shared line is shown again

    @property
    def label(self) -> str:
        names = []
        for key in self.labels:
            name = LABELS.get(key, key)
            if key == "paragraph" and self.paragraph:
                name = f"正文¶{self.paragraph}"
            if name:
                names.append(name)
        return " · ".join(names)

    @property
    def css(self) -> Markup:
        return Markup(" ".join(f"jz-prov--{_CLASS.sub('', key)}" for key in self.labels))


@dataclass
class Block:
    article: Article | None  # None: lines of no article (between them, or a rejected page)
    rows: list[Row]


def _marked(text: str, artifacts: list[Artifact]) -> Markup:
    """The line escaped, each artifact's text on it in a `<mark>` of its kind."""
    spans: list[tuple[int, int, str]] = []
    for artifact in artifacts:
        at = text.find(artifact.text) if artifact.text else -1
        if at >= 0 and all(at >= end or at + len(artifact.text) <= start for start, end, _ in spans):
            spans.append((at, at + len(artifact.text), artifact.kind))
    out, done = [], 0
    for start, end, kind in sorted(spans):
        out.append(escape(text[done:start]))
        out.append(Markup('<mark class="jz-prov__mark jz-prov--{}" title="{}">{}</mark>').format(_CLASS.sub("", kind), LABELS.get(kind, kind), text[start:end]))
        done = end
    out.append(escape(text[done:]))
    return Markup("").join(out)


def _row(number: int, text: str, article: Article | None, artifacts: list[Artifact], problems: list[Problem]) -> Row:
    labels, paragraph = [], None
    if article is not None:
        head = article.headline_lines
        if head and head.first_line <= number <= head.last_line:
            labels.append("headline")
        for i, span in enumerate(article.paragraph_lines, 1):
            if span.first_line <= number <= span.last_line:
                labels.append("paragraph")
                paragraph = i
                break
    labels.extend(dict.fromkeys(a.kind for a in artifacts))
    if not labels:
        labels.append("blank" if not text.strip() else "other")
    return Row(number, labels, paragraph, _marked(text, artifacts), problems)


def provenance_blocks(page: Page) -> list[Block]:
    """The page's lines in blocks: each article's lines (a line shared by two articles, a
    headline glued to the next lead, is in both), and the lines between them."""
    artifacts: dict[tuple[int, str], list[Artifact]] = {}
    for artifact in page.artifacts:
        artifacts.setdefault((artifact.line, artifact.article_id), []).append(artifact)
    problems: dict[int, list[Problem]] = {}
    for problem in page.problems:
        if problem.line:
            problems.setdefault(problem.line, []).append(problem)
    blocks: list[Block] = []
    done = 0  # the last line in a block
    total = len(page.lines)
    for article in sorted(page.articles, key=lambda a: (a.first_line, a.last_line)):
        first, last = max(1, article.first_line), min(total, article.last_line)
        if first > done + 1:
            blocks.append(Block(None, [_row(n, page.lines[n - 1], None, artifacts.get((n, ""), []), problems.get(n, []))
                                       for n in range(done + 1, first)]))
        rows = [_row(n, page.lines[n - 1], article, artifacts.get((n, article.id), []), problems.get(n, []) if n > done else [])
                for n in range(first, last + 1)]
        for row in rows:
            row.anchor = row.number > done
        blocks.append(Block(article, rows))
        done = max(done, last)
    if done < total:
        blocks.append(Block(None, [_row(n, page.lines[n - 1], None, artifacts.get((n, ""), []), problems.get(n, []))
                                   for n in range(done + 1, total + 1)]))
    # Blank lines between articles are no one's and say nothing: such a block is left out.
    return [b for b in blocks if b.article is not None or any(r.labels != ["blank"] or r.problems for r in b.rows)]


def page_problems(page: Page) -> list[Problem]:
    """The page's messages that name no line (issue date inferred, coverage)."""
    return [p for p in page.problems if not p.line]
