"""The paper's printed conventions, compiled from `site_config/conventions.yml`, and small
parsers for the values they carry (bylines, credits, markers).

Spaces may fall anywhere inside these markers (justified type); the patterns allow them and
the values are returned without layout spaces. Every pattern is linear in the length of
the line: layout spaces are matched possessively and repeated groups consume a character
each (a letter-spaced run of names once took hours to reject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..config import project_surnames
from ..config.conventions import LeadKind
from .text import strip_headline_spaces, strip_layout_spaces

CONVENTIONS_FILE = Path(__file__).resolve().parents[2] / "site_config" / "conventions.yml"
# The common surnames and the compound ones (surnames.yml): two names glued apart (split_names).
_SURNAMES = project_surnames()
_COMMON_SURNAMES = frozenset("".join(_SURNAMES.common.split()))
_COMPOUND_SURNAMES = frozenset(_SURNAMES.compound)

_SPACE = r"[ \t\u3000]"
_MACROS = {
    "S": f"{_SPACE}*+",
    "SP": f"{_SPACE}++",
    "SEP": f"(?:{_SPACE}*+、{_SPACE}*+|{_SPACE}++)",
    "HAN": r"[\u4e00-\u9fff]",
    # A name as printed: 2 to 6 Chinese characters, possibly letter-spaced (郭 树 勋), or two
    # names of three set without a space (吕超峰翟英健摄; split_names parts them).
    "NAME": rf"[\u4e00-\u9fff](?:{_SPACE}*+[\u4e00-\u9fff]){{1,5}}",
    # Names separated by spaces or 、: one run of characters; split_names cuts it.
    "NAMES": rf"[\u4e00-\u9fff](?:(?:{_SPACE}|、)*+[\u4e00-\u9fff])*+",
    "PAGE": rf"(?:第{_SPACE}*+)?(?:[A-Za-z]{_SPACE}*+)?[一二三四五六七八九十\d]{{1,3}}{_SPACE}*+版{_SPACE}*+[①-⑳]?",
    "MD": rf"\d{{1,2}}{_SPACE}*+月{_SPACE}*+\d{{1,2}}{_SPACE}*+[日号]",
    "BR": r"[（(][^（）()\n]{0,60}[）)]",
}
_WORD = re.compile(r"(?<!\?P)<([^<>]+)>")
_MACRO = re.compile(r"\{([A-Z]+)\}")


class ConventionError(ValueError):
    """A pattern of conventions.yml that does not compile: names the entry."""


def _spaced(word: str) -> str:
    """`本报讯` → a pattern that also matches `本 报 讯`."""
    return f"{_SPACE}*+".join(re.escape(ch) for ch in word)


def expand(pattern: str, macros: dict[str, str]) -> str:
    """The shorthands of conventions.yml (`<word>`, `{S}`, `{NAME}`, …) as regex syntax."""
    pattern = _WORD.sub(lambda m: f"(?:{_spaced(m.group(1))})", pattern)
    for _ in range(3):  # macros may use macros (CREDITED uses OUTLET and NAME)
        pattern = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
    return pattern


@dataclass(frozen=True)
class Lead:
    """A form that opens an article's body (本报讯, 新华社…电, 焦作网讯, 据…报道)."""

    name: str
    pattern: re.Pattern
    strip: bool  # the matched text is a byline artifact, not the paragraph's words
    kind: LeadKind
    note: str


@dataclass(frozen=True)
class Conventions:
    leads: tuple[Lead, ...]
    feature_byline: re.Pattern
    author_line: re.Pattern
    photo_credit_line: tuple[re.Pattern, ...]
    glued_photo_credit: re.Pattern
    caption_start: re.Pattern
    signature_line: re.Pattern
    tail_signature: re.Pattern
    jump_to: re.Pattern
    jump_from: re.Pattern
    editor_code: re.Pattern
    phone: re.Pattern
    phone_at_end: re.Pattern
    byline_marks: re.Pattern  # credit marks after a byline's names (叶煜/文), taken off
    other_work: re.Pattern  # a name credited for other work (吴仲舒/视频剪辑): neither writer nor photographer
    credit_pair: re.Pattern  # a name with its mark, 毛建国/文 朱慧卿/图
    split_credit: re.Pattern  # writers 文 artists 图
    outlet_name: re.Pattern  # a line or part that is only an outlet's name
    role_only: re.Pattern  # a line that is only a role, an outlet's maybe (新华社记者): a credit's first part
    credit_head_at_end: re.Pattern  # a credit's role or first names after a line's last sentence (…解除。 新华社记者)
    date_line: re.Pattern  # a line that is only a date (a notice's closing)
    outlet: str  # the pattern of the outlets' names (新华社|人民网|…)
    dates: dict  # the words that date an event (dateline.py compiles them)
    sentence_openers: frozenset[str]  # one-character words that open a sentence (openings.py)

    def lead(self, text: str) -> tuple[Lead, re.Match] | None:
        """The lead form a line (or paragraph) opens with, if any."""
        for lead in self.leads:
            match = lead.pattern.match(text)
            if match:
                return lead, match
        return None

    def lead_bracket_closed(self, text: str) -> bool:
        """Whether a lead line's bracket of writers is printed on it (`本报讯（记者X）`), so that
        a bracket on the next line is not its own."""
        found = self.lead(text)
        return found is not None and bool(re.search(r"[（(][^（）()]*[）)]", found[1].group(0)))

    def glued_lead(self, text: str) -> int | None:
        """Where a lead form starts after other printed text on one line (a headline glued
        to the next article's lead), or None."""
        best = None
        for lead in self.leads:
            if not lead.strip or lead.name in _OPENING_ONLY:
                continue
            for start, found in _starts(lead.pattern, text):
                # A lead whose outlet's name runs over a phrase space takes in the headline's
                # last phrase (`一杯姜糖水 暖身更暖心 中新河南网11月30日电`): it starts at a later gap.
                if _PHRASE_GAP.search(re.split(r"[（(\d]", found.group(0), maxsplit=1)[0]):
                    continue
                if start > 0 and text[:start].strip() and (best is None or start < best):
                    best = start
                break
        return best

    def credit(self, text: str) -> re.Match | None:
        """A photo credit standing alone on its line (not a byline of writers and artists,
        `本报记者 郑 磊 文 丁友明 图`, which ends in 图 too)."""
        if self.split_credit.match(text):
            return None
        for pattern in self.photo_credit_line:
            match = pattern.match(text)
            if match:
                return match
        return None

    def byline_line(self, text: str) -> re.Match | None:
        """A feature byline line, `本报记者 王 言`, whose names are names (2–4 characters)."""
        text = self.other_work.sub("", text)
        split = self.split_credit.match(text)
        if split:
            text = f"{split.group('writers')} {split.group('artists')}"
        match = self.feature_byline.match(self.byline_marks.sub("", text))
        if not match:
            return None
        names = split_names(match.group("names"))
        if not names or len(names) > 4 or any(not 2 <= len(n) <= 4 for n in names):
            return None
        return match


# Two runs of two characters or more set apart: a phrase space, not letter-spaced type.
_PHRASE_GAP = re.compile(r"[\u4e00-\u9fff]{2}[ \t\u3000]+[\u4e00-\u9fff]{2}")

# Leads that open a text only at its start, never glued after other words on a line (a
# bracket of writers is also printed after 本报讯 and inside sentences).
_OPENING_ONLY = frozenset({"bracketed_byline"})


def _starts(pattern: re.Pattern, text: str):
    """(position of the space, match) wherever `pattern` (anchored with ^) matches the rest of
    `text` after a space. Only positions after layout space are tried: a glued lead is set
    off by a space."""
    body = re.compile(pattern.pattern.lstrip("^"))
    for gap in re.finditer(rf"{_SPACE}+", text):
        found = body.match(text, gap.end())
        if found:
            yield gap.start(), found


# A credit's role, an outlet's maybe (新华社记者, 本报记者, 记者), in the patterns' macros.
_ROLE = "(?:(?:{OUTLET}|{MEDIA}|<本报>){S})?(?:<全媒体>{S})?(?:<首席记者>|<见习记者>|<特约记者>|<记者>|<通讯员>|<实习生>)"


@lru_cache(maxsize=4)
def load_conventions(path: Path = CONVENTIONS_FILE) -> Conventions:
    """Compile conventions.yml once per file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    macros = dict(_MACROS)
    macros["OUTLET"] = "|".join(_spaced(o) for o in data["outlets"])
    macros["MEDIA"] = expand(data["media"], macros)
    macros["CREDITED"] = expand(data["credited"], macros)

    def compile_(key: str, pattern: str) -> re.Pattern:
        try:
            return re.compile(expand(pattern, macros))
        except re.error as exc:
            raise ConventionError(f"{path}: {key}: {exc}") from None

    leads = tuple(
        Lead(e["name"], compile_(f"leads.{e['name']}", e["pattern"]), e.get("strip", "none") == "byline", e.get("kind", "news"), e.get("note", ""))
        for e in data["leads"]
    )
    return Conventions(
        leads=leads,
        feature_byline=compile_("feature_byline", data["feature_byline"]),
        author_line=compile_("author_line", data["author_line"]),
        photo_credit_line=tuple(compile_("photo_credit_line", e["pattern"]) for e in data["photo_credit_line"]),
        glued_photo_credit=compile_("glued_photo_credit", data["glued_photo_credit"]),
        caption_start=compile_("caption_start", data["caption_start"]),
        signature_line=compile_("signature_line", data["signature_line"]),
        tail_signature=compile_("tail_signature", data["tail_signature"]),
        jump_to=compile_("jump_to", data["jump_to"]),
        jump_from=compile_("jump_from", data["jump_from"]),
        editor_code=compile_("editor_code", data["editor_code"]),
        phone=compile_("phone", data["phone"]),
        phone_at_end=compile_("phone_at_end", data["phone_at_end"]),
        byline_marks=compile_("byline_marks", data["byline_marks"]),
        other_work=compile_("other_work", data.get("other_work") or r"(?!x)x"),
        credit_pair=compile_("credit_pair", data["credit_pair"]),
        split_credit=compile_("split_credit", data["split_credit"]),
        outlet_name=compile_("outlet_name", "^{S}(?:{OUTLET}|{MEDIA}){S}$"),
        role_only=compile_("role_only", "^{S}" + _ROLE + "{S}$"),
        credit_head_at_end=compile_("credit_head_at_end", "(?<=[。！？!?”’）)])(?:[ \t\u3000]+|{S}[（(]{S})"
                                                          "(?P<head>" + _ROLE + "|(?:" + _ROLE + "{S})?[\u4e00-\u9fff]{2,4})$"),
        date_line=compile_("date_line", data["date_line"]),
        outlet=macros["OUTLET"],
        dates=data["dates"],
        sentence_openers=frozenset(data["sentence_openers"]),
    )


CONVENTIONS = load_conventions()

# Names the rest of the parser and its tests use.
NEWS_START = next(lead.pattern for lead in CONVENTIONS.leads if lead.name == "news")
# 本报讯 glued after the previous article's headline on one line.
GLUED_NEWS_START = re.compile(rf"(?<=\S){_SPACE}*+(?={_spaced('本报讯')})")
FEATURE_BYLINE = CONVENTIONS.feature_byline
PHOTO_CREDIT_LINE = CONVENTIONS.photo_credit_line[0]
GLUED_PHOTO_CREDIT = CONVENTIONS.glued_photo_credit
SIGNATURE_LINE = CONVENTIONS.signature_line
TAIL_SIGNATURE = CONVENTIONS.tail_signature
JUMP_TO = CONVENTIONS.jump_to
JUMP_FROM = CONVENTIONS.jump_from
EDITOR_CODE = CONVENTIONS.editor_code


def split_names(text: str) -> list[str]:
    """Names in a byline: separated by `、` or by spaces; letter-spaced names rejoined; two
    names of the same length set without a space between them parted.

    `刘洋、杜笠` → [刘洋, 杜笠]; `王 涛` → [王涛]; `王言 李四` → [王言, 李四];
    `程全李岚` → [程全, 李岚]; `吕超峰翟英健` → [吕超峰, 翟英健].
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
                names.extend(_glued_names(pending))
                pending = ""
            names.extend(_glued_names(token))
        if pending:  # letter-spaced names rejoined: `齐 放 姚 肖` → 齐放 姚肖
            names.extend(_glued_names(pending))
    return [n for n in names if n]


# Up to three names of three glued (a longer run is text, not names).
_GLUED_MAX = 9


def _glued_names(token: str) -> list[str]:
    """A run of Chinese characters too long for one name, cut into names of two or three
    characters that each open with a common surname (site_config/surnames.yml, `common`) or
    of three or four that open with a compound one (欧阳, 尉迟): `程全李岚` → 程全 李岚,
    `张凯林尉迟健平` → 张凯林 尉迟健平. Of the cuts, the one into fewest names; of those, the
    one into names of one length; kept whole where that still leaves a choice, and where the
    run may be one name (two or three characters, or four after a compound surname)."""
    if (not 4 <= len(token) <= _GLUED_MAX or not all("\u4e00" <= ch <= "\u9fff" for ch in token)
            or token[:2] in _COMPOUND_SURNAMES and len(token) == 4):
        return [token]
    cuts = [cut for cut in _cuts(token) if len(cut) > 1]
    if not cuts:
        return [token]
    fewest = min(len(cut) for cut in cuts)
    cuts = [cut for cut in cuts if len(cut) == fewest]
    if len(cuts) > 1:
        cuts = [cut for cut in cuts if len({len(name) for name in cut}) == 1]
    return list(cuts[0]) if len(cuts) == 1 else [token]


def _cuts(token: str) -> list[tuple[str, ...]]:
    """Every way to read `token` as names that each open with a surname."""
    if not token:
        return [()]
    out = []
    lengths = (3, 4) if token[:2] in _COMPOUND_SURNAMES else (2, 3) if token[0] in _COMMON_SURNAMES else ()
    for length in lengths:
        if length <= len(token):
            out += [(token[:length], *rest) for rest in _cuts(token[length:])]
    return out


# 通迅员 is a misprint of 通讯员 that real bylines carry (见习记者 冯创新 通迅员 曹聪).
_ROLE_WORDS = ("全媒体采访人员", "全媒体记者", "特约记者", "特派记者", "见习记者", "首席记者", "采访人员", "记者", "特约通讯员", "通讯员", "通迅员", "实习生")
_ROLE_SPLIT = re.compile("(" + "|".join(_ROLE_WORDS) + ")")
# Role words may be letter-spaced like everything else: one alternation, longest first.
_ROLE_SPACED = re.compile("|".join(f"(?:{_spaced(word)})" for word in _ROLE_WORDS))
# Outlet words before a role (新华社记者, 本报记者) name no person.
# An outlet not listed is known by its name's last character (东方今报记者); it starts the
# byline or follows a space, so that no name before it is taken in (杨帆 本报通讯员).
_MEDIA_END = "(?:网|社|报|台|新闻|客户端|融媒体|融媒)"
_OUTLET_PREFIX = re.compile(
    rf"(?:{CONVENTIONS.outlet}|{_spaced('本报')}|(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{{1,6}}?{_MEDIA_END}[·・])?[\u4e00-\u9fff]{{1,6}}?{_MEDIA_END})"
    rf"(?={_SPACE}*+(?:全媒体)?(?:记|通|特|见|实|首))"
)


def parse_byline_roles(text: str) -> dict[str, list[str]]:
    """`记者孙鹏 通讯员陈晨` → {reporters: [孙鹏], correspondents: [陈晨]}.

    A role word applies to every name after it until the next role word. A character alone
    names no one (the `记` of a misprinted `新华社记 王颂`).
    """
    roles: dict[str, list[str]] = {"reporters": [], "correspondents": []}
    current = None
    text = _REPORTED_END.sub("", text)
    for piece in _ROLE_SPLIT.split(_unspace_roles(_OUTLET_PREFIX.sub(" ", text))):
        if not piece.strip():
            continue
        if _ROLE_SPLIT.fullmatch(piece):
            current = "correspondents" if piece.endswith(("通讯员", "通迅员")) else "reporters"
            continue
        if current is None:
            current = "reporters"
        roles[current].extend(n for n in split_names(piece.strip(" \t\u3000：:")) if len(n) > 1)
    return roles


# `李刚报道` at a byline's end: the report's verb glued to the last name (a name of one
# character before it, `王报道`, is a name).
_REPORTED_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})报道[ \t\u3000]*$")


def _unspace_roles(text: str) -> str:
    """`记 者 王晓燕` → `记者 王晓燕`."""
    return _ROLE_SPACED.sub(lambda m: " " + "".join(m.group(0).split()) + " ", text)


# (A picture agency may follow after a slash: 焦海洋摄/光明图片.)
_CREDIT_WORDS = re.compile(expand(r"(?:<摄影报道>|<摄影>|<摄>|<供图>|<制图>|(?<=[ \t\u3000])<图>)(?:{S}[/／]{S}(?:{HAN}{S}){2,8}?)?{S}[）)]?{S}$", _MACROS))
# An outlet's distribution credit opens some: 新华社发（吕耀光 摄）.
_DISTRIBUTED = r"(?:(?:" + CONVENTIONS.outlet + r"|[\u4e00-\u9fff]{1,6}?[网社报台]){S}<发>{S}(?=[（(]))?"
_CREDIT_OPEN = re.compile(expand(r"^{S}" + _DISTRIBUTED + r"[（(]?{S}(?:<图>{S}[/／]|<摄影>{S}[：:]?)?", _MACROS))


# `（新华社发）`, `新华社发`: a picture an outlet sent, credited to no photographer.
DISTRIBUTED_ALONE = re.compile(expand(
    r"^{S}[（(]?{S}(?P<outlet>(?:" + CONVENTIONS.outlet + r"|[\u4e00-\u9fff]{1,6}?[网社报台]){S}<发>){S}[）)]?{S}$", _MACROS))


def parse_credit(text: str) -> dict[str, list[str]]:
    """`本报记者 黄磊 摄` → photographers [黄磊]; `李 欣 摄` → [李欣]; `张三/摄` → [张三];
    `（新华社发）`, `（本报资料照片）` → no one."""
    match = CONVENTIONS.credit(text)
    if match is not None and not any(match.groupdict().get(g) for g in ("who", "who2", "who3")):
        return {"photographers": []}
    if match is not None and match.groupdict().get("who3"):  # `孙树宝摄（新华社发）`
        text = match.group("who3") + " 摄"
    body = _CREDIT_WORDS.sub("", text.strip())
    body = _CREDIT_OPEN.sub("", body).replace("/", " ").replace("／", " ")
    roles = parse_byline_roles(body)
    return {"photographers": roles["reporters"] + roles["correspondents"]}


def clean_marker(text: str) -> str:
    """A marker's value without layout spaces: `第 三 版 ①` → `第三版①`."""
    return strip_layout_spaces(text).replace(" ", "")


def clean_signature(text: str) -> str:
    """A tail signature's names: letter-spaced runs rejoined, two names kept apart by a
    space (`李萍 李得胜`), as printed."""
    return strip_headline_spaces(text.replace("、", " 、 ")).replace(" 、 ", "、")
