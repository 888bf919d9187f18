"""The paper's printed conventions as named regular expressions, and small parsers for them.

Spaces may fall anywhere inside these markers (justified type), so patterns allow `\\s*`
between characters; values are returned without layout spaces.
"""

from __future__ import annotations

import re

from .text import SENTENCE_END, CLOSERS, strip_layout_spaces

_S = r"[ \t\u3000]*"  # layout spaces between two printed characters
_HAN = r"[\u4e00-\u9fff]"
# A name as printed: 2 to 5 Chinese characters, possibly letter-spaced (`郭 树 勋`).
_NAME = rf"{_HAN}(?:{_S}{_HAN}){{1,4}}"


def _spaced(word: str) -> str:
    """`本报讯` → a pattern that also matches `本 报 讯`."""
    return _S.join(re.escape(ch) for ch in word)


# 本报讯 opens a news article: `本报讯（记者赵敏）`, `本报讯 2月21日上午，`.
NEWS_START = re.compile(rf"^{_S}{_spaced('本报讯')}")
# The same marker glued after the previous article's headline on one line.
GLUED_NEWS_START = re.compile(rf"(?<=\S){_S}(?={_spaced('本报讯')})")
# `本报讯（记者孙鹏 通讯员陈晨）` at the start of a body: the bracket holds the byline.
NEWS_BYLINE = re.compile(rf"^{_spaced('本报讯')}{_S}(?:[（(]([^（）()]{{0,60}})[）)])?{_S}")

# Feature bylines stand on lines of their own before the body: `本报记者 王 涛`.
FEATURE_BYLINE = re.compile(rf"^{_S}本{_S}报{_S}(记{_S}者|通{_S}讯{_S}员|特{_S}约{_S}记{_S}者){_S}((?:{_NAME})(?:[ \t\u3000、]+{_NAME})*){_S}$")
# A photo credit on its own line: `李 欣 摄`, `本报记者 黄磊 摄`, `记者 A 通讯员 B 摄`.
PHOTO_CREDIT_LINE = re.compile(
    rf"^{_S}((?:(?:本{_S}报{_S})?(?:记{_S}者|通{_S}讯{_S}员){_S})?{_NAME}(?:[ \t\u3000、]+(?:(?:记{_S}者|通{_S}讯{_S}员){_S})?{_NAME}){{0,3}})[ \t\u3000]+摄{_S}$"
)
# A credit glued after the end of the caption: `…把牢该市西大门。 冯涛 摄`.
GLUED_PHOTO_CREDIT = re.compile(
    rf"(?<=[{SENTENCE_END}{CLOSERS}])([ \t\u3000]+(?:(?:本{_S}报{_S})?(?:记{_S}者|通{_S}讯{_S}员){_S})?{_NAME}(?:[ \t\u3000、]+{_NAME}){{0,3}}[ \t\u3000]+摄){_S}$"
)
# A tail signature alone on its line: `（钱进）`, `（融媒）`.
SIGNATURE_LINE = re.compile(rf"^{_S}[（(]{_S}({_HAN}[\u4e00-\u9fff、 \t\u3000]{{0,14}}){_S}[）)]{_S}$")
# A tail signature after the last sentence: `…政令畅通。 （程静）`.
TAIL_SIGNATURE = re.compile(rf"(?<=[{SENTENCE_END}{CLOSERS}]){_S}([（(]{_S}{_HAN}[\u4e00-\u9fff、 \t\u3000]{{0,14}}[）)]){_S}$")
# Jump marker: the rest of the article is on another page, `（下转第三版①）`.
JUMP_TO = re.compile(rf"{_S}([（(]{_S}下?{_S}转{_S}(第{_S}[一二三四五六七八九十\d]+{_S}版{_S}[①-⑳]?){_S}[）)]){_S}$")
# The start of a body continued from another page, `（上接第一版）`.
JUMP_FROM = re.compile(rf"^{_S}([（(]{_S}上{_S}接{_S}(第{_S}[一二三四五六七八九十\d]+{_S}版{_S}[①-⑳]?){_S}[）)]){_S}")
# Editor code glued to the last sentence: `…计划、措施。①5`.
EDITOR_CODE = re.compile(rf"(?<=[{SENTENCE_END}{CLOSERS}]){_S}([①-⑳]{_S}\d{{1,2}}){_S}$")


def split_names(text: str) -> list[str]:
    """Names in a byline: separated by `、` or by spaces; letter-spaced names rejoined.

    `刘洋、杜笠` → [刘洋, 杜笠]; `王 涛` → [王言]; `王言 李四` → [王言, 李四].
    """
    names: list[str] = []
    for part in re.split(r"[、，,]", text):
        tokens = part.split()
        pending = ""
        for token in tokens:
            if len(token) == 1:
                pending += token
                continue
            if pending:
                names.append(pending)
                pending = ""
            names.append(token)
        if pending:
            names.append(pending)
    return [n for n in names if n]


_ROLE_SPLIT = re.compile(r"(特约记者|见习记者|记者|通讯员|实习生)")


def parse_byline_roles(text: str) -> dict[str, list[str]]:
    """`记者孙鹏 通讯员陈晨` → {reporters: [孙鹏], correspondents: [陈晨]}.

    A role word applies to every name after it until the next role word.
    """
    roles: dict[str, list[str]] = {"reporters": [], "correspondents": []}
    current = None
    for piece in _ROLE_SPLIT.split(_unspace_roles(text)):
        if not piece.strip():
            continue
        if _ROLE_SPLIT.fullmatch(piece):
            current = "correspondents" if piece == "通讯员" else "reporters"
            continue
        if current is None:
            current = "reporters"
        roles[current].extend(split_names(piece))
    return roles


def _unspace_roles(text: str) -> str:
    """`记 者 王晓燕` → `记者 王晓燕`: role words may be letter-spaced like everything else."""
    for word in ("特约记者", "见习记者", "记者", "通讯员", "实习生"):
        text = re.sub(_spaced(word), " " + word + " ", text)
    return text


def parse_credit(text: str) -> dict[str, list[str]]:
    """`本报记者 黄磊 摄` → photographers [黄磊]; `李 欣 摄` → [陈晨]."""
    body = re.sub(rf"{_S}摄{_S}$", "", text.strip())
    body = re.sub(rf"^本{_S}报{_S}", "", body)
    roles = parse_byline_roles(body)
    return {"photographers": roles["reporters"] + roles["correspondents"]}


def clean_marker(text: str) -> str:
    """A marker's value without layout spaces: `第 三 版 ①` → `第三版①`."""
    return strip_layout_spaces(text).replace(" ", "")
