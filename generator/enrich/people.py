"""People named in an article, with the role words printed next to their names.

Three kinds of evidence, strongest first:
- the paper's patterns: a title before a name (`市委书记王小平`), an enumeration after a
  title (`市领导刘涛、王建修、宫松奇出席`), a name before a speech verb (`郭鹏表示`);
- the people file (known persons, whose names also segment whole in jieba);
- jieba's person tag (`nr`) on a name with a common surname, checked against a stop list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, PersonMention
from .resources import Resources

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# Where a role chain begins: the role words of a name run back to one of these.
_CHAIN_START = "，。；：！？\n（）()“”‘’《》"
# Words that may follow a name directly: they end it.
_AFTER_NAME = (
    "强调", "指出", "要求", "表示", "说", "介绍", "认为", "希望", "主持", "称赞", "叮嘱", "询问",
    "一行", "带队", "带领", "在讲话中", "在会上", "在调研中", "先后", "还到", "还", "详细", "到",
    "在", "出席", "一同", "一起", "陪同", "参加", "列席", "分别", "等", "和", "及", "与", "同",
    "为", "对", "向", "的", "主持召开", "率", "赴", "看望", "慰问", "调研", "检查", "听取",
    "作", "就", "代表", "通报", "安排", "以", "是", "也", "都", "又", "即", "从", "将", "把", "被",
    "逐个", "现场", "当即", "深入", "走进", "来到", "察看", "实地", "主动", "第一时间", "农历",
)
_AFTER_NAME_RE = re.compile("|".join(sorted(map(re.escape, _AFTER_NAME), key=len, reverse=True)))
# A name before one of these is the subject of the sentence: `郭鹏表示`, `王小平在讲话中`.
_SPEECH = re.compile(
    r"(?:^|(?<=[，。；：！？\n“”、]))([\u4e00-\u9fff]{2,4}?)"
    r"(?=强调|指出|要求|表示|说：|说，|介绍|认为|希望|称赞|叮嘱|询问|一行|带队|在讲话中|在会上|在调研中|主持召开|主持会议)"
)
# Nouns that follow an organisation or place name, never a person's: `高尚小区`, `田源农贸市场`.
_NOT_AFTER_PERSON = re.compile(r"^(?:小区|农贸|市场|公司|集团|医院|大厦|广场|公园|学校|中学|小学|社区|街道|村|镇|乡|县|区|路|街|产业|项目|酒店|饭店|银行|超市|药房|宾馆|工业|花园|家园|新城|大道)")


@dataclass(frozen=True)
class _Found:
    name: str
    start: int
    roles: tuple[str, ...] = ()
    strong: bool = True  # found by a pattern or the people file, not by jieba alone


def article_text(article: Article) -> str:
    """The printed words of an article: headline parts and body (an inferred title is not printed)."""
    head = [article.kicker, "" if article.title_inferred else article.title, article.subtitle]
    return "\n".join([*(h for h in head if h), *article.paragraphs])


def find_people(article: Article, res: Resources) -> list[PersonMention]:
    """Every person named in the article, once each, in order of first appearance."""
    text = article_text(article)
    tokens = _token_starts(text, res)
    found: list[_Found] = []
    found += _titled_and_listed(text, res, tokens)
    found += _known(text, res)
    found += _speakers(text, res, tokens)
    found += _tagged(text, res)
    bylined = {*article.reporters, *article.correspondents, *article.photographers, article.signature}
    return _merge(found, bylined)


def _token_starts(text: str, res: Resources) -> dict[int, str]:
    """jieba's segmentation of the whole text as {start offset: word}."""
    starts: dict[int, str] = {}
    pos = 0
    for word in res.tokenizer.cut(text, HMM=True):
        starts[pos] = word
        pos += len(word)
    return starts


def is_name(candidate: str, res: Resources, *, strict: bool = False) -> bool:
    """Shape of a Chinese personal name: a surname, 2 to 4 characters, no known non-name."""
    if not (2 <= len(candidate) <= 4) or not _HAN.match(candidate):
        return False
    if candidate in res.not_names or candidate in res.gazetteer.names or candidate in res.role_words:
        return False
    if candidate in res.known_people:
        return True
    if candidate[:2] in res.compound_surnames:
        return len(candidate) >= 3
    surnames = res.common_surnames if strict else res.surnames
    return candidate[0] in surnames and len(candidate) <= 3


def _name_at(text: str, i: int, res: Resources, tokens: dict[int, str]) -> str:
    """The name that starts at offset i, or '' when none does."""
    for length in (4, 3, 2):
        if text[i : i + length] in res.known_people:
            return res.known_people[text[i : i + length]]
    word = tokens.get(i, "")
    if len(word) == 1 and i + 1 in tokens and len(tokens[i + 1]) <= 2:
        word += tokens[i + 1]  # surname segmented apart: 郑 + 小林
    # Where the next words are known to follow a name, the name ends there.
    for length in (2, 3, 4):
        rest = text[i + length : i + length + 5]
        if rest[:1] in "、，。；：！？\n（）“”" or _AFTER_NAME_RE.match(rest):
            if is_name(text[i : i + length], res):
                return text[i : i + length]
    if 2 <= len(word) <= 3 and is_name(word, res):
        return word
    for length in (3, 2):
        if is_name(text[i : i + length], res):
            return text[i : i + length]
    return ""


def _role_chain(text: str, end: int, res: Resources) -> tuple[str, ...]:
    """The role words printed right before offset `end`: `市委书记、市人大常委会主任`."""
    start = end
    while start > 0 and text[start - 1] not in _CHAIN_START:
        start -= 1
    roles = []
    for part in text[start:end].split("、"):
        part = re.sub(r"^(?:该|的|和|及|并)", "", part.strip())
        if part and any(part.endswith(word) for word in res.role_words):
            roles.append(part)
    return tuple(roles)


def _titled_and_listed(text: str, res: Resources, tokens: dict[int, str]) -> list[_Found]:
    """Names right after a role word, and the enumerations that follow list titles."""
    found: list[_Found] = []
    i = 0
    words = res.role_words
    while i < len(text):
        role = next((w for w in words if text.startswith(w, i)), None)
        if role is None:
            i += 1
            continue
        end = i + len(role)
        name = _name_at(text, end, res, tokens)
        if not name:
            i = end
            continue
        roles = _role_chain(text, end, res)
        found.append(_Found(name, end, roles))
        # An enumeration: 刘涛、王建修、宫松奇 … (和|及 秘书长 田晋源).
        pos = end + len(name)
        while pos < len(text) and text[pos] in "、和及":
            nxt = pos + 1
            inner = next((w for w in words if text.startswith(w, nxt)), None)
            own_roles = roles
            if inner:
                own_roles = (inner,)
                nxt += len(inner)
            following = _name_at(text, nxt, res, tokens)
            if not following:
                break
            found.append(_Found(following, nxt, own_roles))
            pos = nxt + len(following)
        i = pos
    return found


def _known(text: str, res: Resources) -> list[_Found]:
    found = []
    for form, name in res.known_people.items():
        for match in re.finditer(re.escape(form), text):
            after = text[match.end() : match.end() + 1]
            if after and res.known_people.get(form + after):
                continue
            found.append(_Found(name, match.start()))
    return found


def _speakers(text: str, res: Resources, tokens: dict[int, str]) -> list[_Found]:
    found = []
    for match in _SPEECH.finditer(text):
        name = match.group(1)
        if is_name(name, res):
            found.append(_Found(name, match.start(1)))
    return found


def _tagged(text: str, res: Resources) -> list[_Found]:
    """jieba's person tags: only full names with a common surname, not before a place noun."""
    found = []
    pos = 0
    for pair in res.postokenizer.cut(text):
        word, flag = pair.word, pair.flag
        if flag == "nr" and 2 <= len(word) <= 3 and is_name(word, res, strict=True):
            if not _NOT_AFTER_PERSON.match(text[pos + len(word) : pos + len(word) + 4]):
                found.append(_Found(word, pos, strong=False))
        pos += len(word)
    return found


def _merge(found: list[_Found], bylined: set[str]) -> list[PersonMention]:
    """One mention per person, first appearance first; a name inside a longer found name
    (`王小` in `王小平`) and byline people are dropped; roles are gathered in order."""
    names = {f.name for f in found}
    strong = {f.name for f in found if f.strong}
    keep = []
    for name in names:
        if name in bylined:
            continue
        if any(name != other and name in other and other in strong for other in names):
            continue
        if name not in strong and any(other != name and other in name for other in strong):
            continue
        keep.append(name)
    first = {name: min(f.start for f in found if f.name == name) for name in keep}
    mentions = []
    for name in sorted(keep, key=lambda n: (first[n], n)):
        roles: list[str] = []
        for f in sorted(found, key=lambda f: f.start):
            if f.name == name:
                roles.extend(r for r in f.roles if r not in roles)
        mentions.append(PersonMention(name, tuple(roles)))
    return mentions
