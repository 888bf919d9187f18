"""Who wrote, filed or photographed an item, from the lines and leads that say so.

Bylines are metadata: the lines and the leads that carry them (本报讯（记者X）, 新华社郑州
12月5日电（记者Y）, 本报记者 王 言, □ 张三, 李 欣 摄, （李萍 李得胜）) are kept as artifacts
of the page, never as paragraph text.
"""

from __future__ import annotations

import re

from ..model import Article
from . import conventions as cv
from .dateline import cn_number
from .openings import is_person_name

_MARKS = "□■◇◆●○★☆"
_BRACKET = re.compile(r"[（(]([^（）()]*)[）)]")
_ROLE_WORDS = re.compile(r"本\s*报|首\s*席|特\s*派|全\s*媒\s*体|记\s*者|通\s*讯\s*员|实\s*习\s*生|采\s*访\s*人\s*员")
_LEAD_MONTH = re.compile(r"(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*[日号]")


def add_roles(article: Article, text: str) -> None:
    """`记者孙鹏 通讯员陈晨` → reporters and correspondents of the article, in printed order."""
    roles = cv.parse_byline_roles(text)
    article.reporters.extend(n for n in roles["reporters"] if n not in article.reporters)
    article.correspondents.extend(n for n in roles["correspondents"] if n not in article.correspondents)


def take_artists(article: Article, text: str) -> str:
    """`首席记者 张晓冬/图`, `□毛建国/文 朱慧卿/图`: a name marked 图 drew or photographed the
    item. Returns the text without those names, the 文 marks taken off, and without the
    names credited for other work (`吴仲舒/视频剪辑`)."""
    text = cv.CONVENTIONS.other_work.sub("", text)
    split = cv.CONVENTIONS.split_credit.match(text)
    if split:  # `本报记者 郑 磊 李瑞蕊 文 丁友明 宋 晔 图`
        roles = cv.parse_byline_roles(split.group("artists"))  # `首席记者 刘栋杰`: role words name no one
        artists = roles["reporters"] + roles["correspondents"]
        article.photographers.extend(n for n in artists if n not in article.photographers)
        return split.group("writers")
    rest = text
    artists = []
    for match in reversed(list(cv.CONVENTIONS.credit_pair.finditer(text))):
        if "图" in match.group("role"):
            artists.insert(0, "".join(match.group("name").split()))
            if "文" not in match.group("role"):  # (`张斌/文图` wrote it too: the name stays a writer)
                rest = rest[: match.start()] + rest[match.end() :]
    # `记者邱延波 文/图`: the writers named before one mark of both took the pictures too.
    for mark in cv.CONVENTIONS.byline_marks.finditer(rest):
        if "文" in mark.group(0) and "图" in mark.group(0):
            roles = cv.parse_byline_roles(re.sub(rf"^[\s{_MARKS}]+", "", rest[: mark.start()]))
            artists += [n for n in roles["reporters"] + roles["correspondents"] if n not in artists]
    article.photographers.extend(n for n in artists if n not in article.photographers)
    return cv.CONVENTIONS.byline_marks.sub("", cv.CONVENTIONS.credit_pair.sub(lambda m: m.group("name"), rest))


def byline_line(article: Article, text: str) -> None:
    """A byline line before a body: `本报记者 王 言`, `本报记者 张 蕊 实习生 李子晗`,
    `□ 河南省人民政府参事 郑泰森`, `□李 寅`, `□毛建国/文 朱慧卿/图`."""
    text = take_artists(article, text)
    lead = cv.CONVENTIONS.lead(text)
    if lead and lead[0].name == "commentary" and not text[lead[1].end() :].strip():
        return  # `□河南日报评论员`: the paper's voice, no one's name
    if not re.search(r"[\u4e00-\u9fff]", _ROLE_WORDS.sub("", text)):
        return
    if cv.CONVENTIONS.outlet_name.match(text.strip().lstrip(_MARKS)):
        return  # `□大象新闻·东方今报`: the outlet the byline lines below work for
    if is_person_name(text):  # `冷 鹏`: a writer's name alone on its line
        name = "".join(text.split())
        if name not in article.reporters:
            article.reporters.append(name)
        return
    if cv.CONVENTIONS.author_line.match(text) and not _ROLE_WORDS.search(text):
        tokens = text.strip().lstrip(_MARKS).split()
        # Letter-spaced single characters are one name; otherwise the name comes last,
        # after the author's title.
        name = "".join(tokens) if all(len(t) == 1 for t in tokens) else tokens[-1]
        if name not in article.reporters:
            article.reporters.append(name)
        return
    match = cv.CONVENTIONS.byline_line(text)
    if match and not _ROLE_WORDS.search(match.group("names")):
        names = cv.split_names(match.group("names"))
        target = article.correspondents if "通" in match.group("role") else article.reporters
        target.extend(n for n in names if n not in target)
        return
    if _ROLE_WORDS.search(text):  # (a line taken for a byline that names no role names no one)
        add_roles(article, re.sub(rf"^[\s{_MARKS}]+", "", text))


def names_only(text: str) -> bool:
    """A line of names and no role (`徐海棉`, `王明军 徐海棉`): the rest of the byline above it."""
    return bool(_NAMES_LINE.match(text.strip())) and not _ROLE_WORDS.search(text)


_NAMES_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000][\u4e00-\u9fff]{2,4}){0,3}$")


def lead_byline(article: Article, lead_text: str) -> int | None:
    """The bracket of a lead (`本报讯（记者X 通讯员Y）`, `新华社郑州12月5日电（记者Z）`) names
    reporters and correspondents; returns the month the lead prints, if any (a wire's
    dateline then prints the day alone: `16日`)."""
    bracket = _BRACKET.search(lead_text)
    if bracket:
        add_roles(article, take_artists(article, bracket.group(1)))
    month = _LEAD_MONTH.search(lead_text)
    return cn_number(month.group(1)) if month else None


# 文 before the names, set apart (`文 王丽君`, `文：王丽君`, `文/王丽君`): not a word (`文明办`).
_WRITER_FIRST = re.compile(r"^文(?:[ \t\u3000]+|[ \t\u3000]*[：:/／][ \t\u3000]*)(?=[\u4e00-\u9fff])")


# Words and pictures credited before the names (`图文：文立新`): the names wrote and photographed.
_BOTH_FIRST = re.compile(r"^(?:图[ \t\u3000]*文|文[ \t\u3000]*图)[ \t\u3000]*[：:][ \t\u3000]*(?=[\u4e00-\u9fff])")


def signature(article: Article, text: str) -> str:
    """`温宣` is a signature; `李萍 李得胜` two names of one; `记者刘洋、马丽` at the tail is
    a reporters' list (returns "" then)."""
    text = text.strip()
    marks = [m.group(0) for m in cv.CONVENTIONS.byline_marks.finditer(text)] + [
        m.group("role") for m in cv.CONVENTIONS.credit_pair.finditer(text)]
    if marks:  # `记者 王振巍/文 高崟人 杜庆荣 黄立/图`
        text = take_artists(article, text)
    both_first = _BOTH_FIRST.match(text)
    if both_first:  # as a writer marked 文/图 after the names: the item's reporter, its photographer
        roles = cv.parse_byline_roles(text[both_first.end() :])
        names = roles["reporters"] + roles["correspondents"]
        article.photographers.extend(n for n in names if n not in article.photographers)
        add_roles(article, text[both_first.end() :])
        return ""
    # A writer marked 文 (`（李昊阳 文/图）`, `（王平/文）`, `（文 王丽君）`) is the item's reporter, as in a byline.
    writer_first = _WRITER_FIRST.match(text)
    if writer_first:
        add_roles(article, text[writer_first.end() :])
        return ""
    if re.search(r"记\s*者|通\s*讯\s*员", text) or any("文" in mark for mark in marks):
        add_roles(article, text)
        return ""
    return cv.clean_signature(text)
