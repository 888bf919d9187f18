"""The lines of a page as rows with named features, for the line labeller.

A row is a printed line that is not blank (a line holding a headline glued to the next
article's lead is two rows). Its features say what the line looks like on its own (lead
forms, bylines, credits, punctuation), how wide it is against the text around it (the
column width changes where a frame changes: a headline is set wider or narrower than the
body column), and what surrounds it (blank lines, a closed sentence before, a lead after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Line
from .conventions import CONVENTIONS, Conventions
from .openings import is_person_name
from .text import CLAUSE_END, column_width, ends_sentence

_INNER_SENTENCE = re.compile(r"[。！？!?；;]")
_INNER_CLAUSE = re.compile(r"[，、,：:]")
# A real space between two phrases of two or more characters: headlines set phrases apart
# (`抓好规划设计 建设美丽乡村`); justified body type spaces single characters.
_PHRASE_SPACE = re.compile(r"[\u4e00-\u9fff”》）]{2}[ \t\u3000]+[“《（\u4e00-\u9fff][\u4e00-\u9fff]")
_GLUED_HEADLINE_END = re.compile(r"[\u4e00-\u9fff”》！？]{2}$")
# Words a sentence cannot stop at: a line ending in one runs on into the next.
NEEDS_MORE = frozenset("于在从自至到和与及对向的了将把被为是由")
# Of them, the ones no phrase, not even a headline, ends with.
_NEVER_LAST = frozenset("的和与及对向把被将")
PUNCTUATED = re.compile(r"[。；;，,、：:]")  # any sentence or clause mark
# A headline may carry commas, a colon or 、 (`网传郑州市中小学、幼儿园推迟开学？官方通报来了！`);
# a full stop or semicolon before the gap makes it running text.
_SENTENCE_MARK = re.compile(r"[。；;]")
_CONTEXT = 6  # rows on each side that give the width of the text around a row
BANNER = 40.0  # columns: wider than any body column


@dataclass
class Row:
    """One printed line (or one part of a glued line) and its features."""

    line: Line
    blank_before: bool
    blank_after: bool = False
    width: float = 0.0
    glued: bool = False  # the second part of a line cut at a glued lead
    kinds: list[str] = field(default_factory=list)  # the line's own form (_line_kind)
    ends: str = ""  # closed, clause or open
    features: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.line.text

    @property
    def number(self) -> int:
        return self.line.number


_SECOND_ROLE = re.compile(r"通\s*讯\s*员|实\s*习\s*生")


def _split_glued(line: Line, cv: Conventions) -> list[tuple[Line, bool]]:
    """`…第十一次会议 本报讯（记者…` → the headline and the next article's first line; also
    `标题 本报记者 某某` (a headline glued to a feature byline line)."""
    text = line.text
    if cv.lead(text) or cv.caption_start.match(text):  # `上图 昨日上午，…` is one caption
        return [(line, False)]
    cut = cv.glued_lead(text)
    if cut is None:
        for gap in re.finditer(r"[ \t\u3000]+", text):
            before, after = text[: gap.start()], text[gap.end() :]
            # (`周口日报·新周口客户端 记者 吕冰汝` is one byline: the outlet's name and its reporter.)
            # (`郑州晚报记者 张改华 通讯员 付琳琳` is one byline: a correspondent after a reporter.)
            if (before.strip() and cv.byline_line(after) and not cv.outlet_name.match(before)
                    and not (cv.byline_line(before) and _SECOND_ROLE.match(after))):
                cut = gap.start()
                break
            # `标题 1月16日，工人正在…`: a headline set apart from a lead that leaves its words
            # in the text (a bare dateline, 据…报道). The headline is unpunctuated and ends
            # on a word (two characters not spaced apart: justified type spaces single ones).
            # So is a photo caption opened by 图为 or an arrow (`…代祭寄哀思 图为2日上午，…`).
            # (`去年 7 月 2 日，…`, `2019年 10月…`: a year and the month after it are one date.)
            if (_GLUED_HEADLINE_END.search(before) and not _SENTENCE_MARK.search(before) and (cv.lead(after) or cv.caption_start.match(after))
                    and not (before.endswith("年") and _MONTH_AFTER_YEAR.match(after))):
                return [(Line(line.number, before), False), (Line(line.number, after), True)]  # may ask or exclaim
    # After a closed sentence a lead form is a word of the text; but a headline may ask or
    # exclaim (`“摔疼我了！” 本报讯 （记者…）`).
    if cut is None or (_closes(text[:cut].rstrip()) and not _ASKS_OR_EXCLAIMS.search(text[:cut].rstrip())):
        return [(line, False)]
    return [(Line(line.number, text[:cut]), False), (Line(line.number, text[cut:].lstrip(" \t\u3000")), True)]


_NAMES_ONLY = re.compile(r"[\u4e00-\u9fff]{2,3}$")  # one name: two phrases spaced apart may be a headline
_ASKS_OR_EXCLAIMS = re.compile(r"[！？!?][”’」』]?$")
_MONTH_AFTER_YEAR = re.compile(r"(?:\d|[一二三四五六七八九十])")


def _next_printed(lines: list[Line], number: int) -> Line | None:
    """The next line with text after line `number` (lines are numbered from 1 in order)."""
    for line in lines[number:]:
        if not line.is_blank:
            return line
    return None


def _split_wide(line: Line, after: Line | None) -> list[tuple[Line, bool]] | None:
    """`商丘市开展…全民义务植树活动 阳春三月，春暖花开，正` / `好时节，3月的第一个星期，荥`: a
    line wider than the column it opens, whose part after a phrase space is as wide as the
    column below and reads as running text (clauses, open at its end). That part is the
    next article's first line with no lead form; the part before, unpunctuated and ending
    on a word, a headline glued to it."""
    if after is None:
        return None
    text = line.text.rstrip()
    below = column_width(after.text)
    if column_width(text) < 1.3 * below or not _INNER_CLAUSE.search(after.text):
        return None
    for gap in re.finditer(r"[ \t\u3000]+", text):
        before, rest = text[: gap.start()], text[gap.end() :]
        if not before.strip() or PUNCTUATED.search(before) or not _GLUED_HEADLINE_END.search(before):
            continue
        width = column_width(rest)
        if 0.6 * below <= width <= below + 1.5 and _INNER_CLAUSE.search(rest) and not ends_sentence(rest) and rest[-1:] not in CLAUSE_END:
            return [(Line(line.number, before), False), (Line(line.number, rest), True)]
    return None


def _closes(text: str) -> bool:
    """Text that ends a sentence or a marker: a glued lead after it is a word of the text."""
    return bool(ends_sentence(text) or text.rstrip()[-1:] in CLAUSE_END)


def page_rows(lines: list[Line], cv: Conventions = CONVENTIONS) -> list[Row]:
    """The rows of a page with their features."""
    rows: list[Row] = []
    blank = False
    for line in lines:
        if line.is_blank:
            blank = True
            if rows:
                rows[-1].blank_after = True
            continue
        parts = _split_glued(line, cv)
        # …after a closed sentence or a closing bracket (a tail signature, a jump marker).
        if len(parts) == 1 and (blank or not rows or ends_sentence(rows[-1].text.rstrip()) or rows[-1].text.rstrip()[-1:] in "）)"):
            parts = _split_wide(line, _next_printed(lines, line.number)) or parts
        for part, glued in parts:
            rows.append(Row(part, blank_before=blank and not glued, glued=glued))
            blank = False
    for k, row in enumerate(rows):
        row.width = column_width(row.text)
        row.kinds = _line_kind(row.text, cv)
        row.ends = _ends(row.text, cv)
        # A lead's bracket wrapped onto the next line (`据新华社郑州6月2日电` / `（记者李鹏）连阴雨天`)
        # is that lead's writers, no lead of its own.
        if (k and "lead:bracketed_byline" in row.kinds and not row.blank_before and "lead" in rows[k - 1].kinds
                and not cv.lead_bracket_closed(rows[k - 1].text)):
            row.kinds = [kind for kind in row.kinds if kind not in ("lead", "lead:bracketed_byline", "strong_lead")]
        # A jump marker wrapped over two lines (`…返青。（下` / `转第二版）`) closes on the second.
        if k and "jump_to_end" not in row.kinds and cv.jump_to.search(rows[k - 1].text.rstrip() + row.text.strip()):
            row.kinds.append("jump_to_end")
            row.ends = "closed"
        # So does a photo credit in brackets (`…备足种苗。(谷志方` / `摄)`).
        elif k and "glued_credit_end" not in row.kinds and _wrapped_credit(rows[k - 1].text, row.text, cv):
            row.kinds.append("glued_credit_end")
            row.ends = "closed"
        # And a tail signature of many names (`…驾驶。（杨晓` / `娜 尚明桢 戚艺芳 ）`).
        elif k and "tail_signature_end" not in row.kinds and cv.tail_signature.search(rows[k - 1].text.rstrip() + row.text.strip()):
            row.kinds.append("tail_signature_end")
            row.ends = "closed"
    for k in range(1, len(rows) - 1):
        # A writer's name alone between blank lines after a closed text (`冷 鹏`): the byline
        # of the feature below it, as an author line is.
        row = rows[k]
        if row.blank_before and row.blank_after and not row.kinds and rows[k - 1].ends == "closed" and is_person_name(row.text):
            row.kinds += ["author_line", "strong_byline"]
    for k in range(1, len(rows)):
        # Names wrapped from a byline line onto the next (` 本报通讯员 崔红星 王明军` / `徐海棉`):
        # a line of names alone, right under the byline and before a blank line.
        row, above = rows[k], rows[k - 1]
        if ("byline_line" in above.kinds and "credit_line" not in above.kinds and not row.kinds and not row.blank_before
                and row.blank_after and _NAMES_ONLY.match(row.text.strip())):
            row.kinds += ["byline_more", "strong_byline"]
    for k in range(1, len(rows)):
        # A lead cut from the headline glued before it (`…静待你来！ 10月29日，…`), where that
        # headline follows a closed text, a blank line or the page's top: the lead opens a new
        # item and the part before it is a headline (labeller: a hard constraint).
        row, head = rows[k], rows[k - 1]
        if (row.glued and row.kinds and all(kind.startswith(("lead", "strong_lead")) for kind in row.kinds)
                and (k == 1 or head.blank_before or rows[k - 2].ends == "closed")):
            row.kinds.append("glued_lead")
    for k in range(1, len(rows)):
        # A bracket on a line of its own inside a running sentence (`共种植果树` /
        # `（杏树、桃树、核桃等）` / `60余株。`) is the sentence's aside, no signature: a
        # signature follows the text it signs, after its last sentence.
        if "signature_line" in rows[k].kinds and rows[k - 1].ends == "open":
            rows[k].kinds.remove("signature_line")
    blocks = _block_features(rows, cv)
    in_feature = False  # a byline line came, and no lead since: a feature's body, with subheads
    for i, row in enumerate(rows):
        row.features = _features(rows, i, cv) + blocks[i]
        if in_feature:
            row.features.append("inside_feature")
            if "headlike" in row.features:
                row.features.append("headlike&inside_feature")
        if "byline_line" in row.kinds or "author_line" in row.kinds:
            in_feature = True
        elif "lead" in row.kinds or "credit_line" in row.kinds:
            in_feature = False
    for k in range(len(rows) - 1, 0, -1):  # decks and wrapped titles follow a headline line
        if "headlike" in rows[k - 1].features:
            rows[k].features.append("prev_headlike")
    return rows


def _upper_quartile(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[(3 * len(ordered)) // 4] if len(ordered) >= 3 else max(ordered)


def _bucket(name: str, ratio: float) -> str:
    if ratio <= 0:
        return f"{name}:none"
    for limit, label in ((0.6, "<0.6"), (0.85, "<0.85"), (0.97, "<0.97"), (1.05, "~1"), (1.3, "<1.3")):
        if ratio < limit:
            return f"{name}:{label}"
    return f"{name}:>1.3"


def _ends(text: str, cv: Conventions) -> str:
    """How a line ends: closed (a sentence or a marker), clause, or open."""
    text = text.rstrip()
    if (ends_sentence(text) or cv.phone_at_end.search(text) or cv.jump_to.search(text) or cv.editor_code.search(text)
            or cv.tail_signature.search(text) or cv.glued_photo_credit.search(text) or _ends_with_mark(text, cv)
            or cv.date_line.match(text)):  # a letter's or a notice's closing date
        return "closed"
    if text[-1:] in CLAUSE_END:
        return "clause"
    return "open"


def _ends_with_mark(text: str, cv: Conventions) -> bool:
    """A byline's credit mark ends the line (`… 李显文 文/图`): the byline closes its item."""
    return any(m.end() == len(text) for m in cv.byline_marks.finditer(text))


_WEAK_ROLES = ("记者", "通讯员", "见习记者", "特约记者", "实习生", "采访人员", "全媒体采访人员")


def _line_kind(text: str, cv: Conventions) -> list[str]:
    """Features of the line's own form: leads, bylines, credits, signatures, markers."""
    out = []
    lead = cv.lead(text)
    if lead:
        out += ["lead", f"lead:{lead[0].name}"]
        if lead[0].strip:
            out.append("strong_lead")
    byline = cv.byline_line(text)
    if byline and not cv.credit(text):
        out.append("byline_line")
        if byline.end("role") < byline.start("names"):  # 记者 王立新, 采访人员：王立新
            out.append("byline_apart")
        # 本报记者 or 新华社记者 (not a bare 记者, which a wrapped 本报讯 bracket also prints,
        # nor a role alone that also signs a body at its end: 全媒体采访人员：X)
        if "".join(byline.group("role").split()) not in _WEAK_ROLES or text[:1] in (" ", "\u3000"):
            out.append("strong_byline")
    if cv.credit(text):
        out.append("credit_line")
    for feature, pattern, anywhere in _FORMS:
        found = getattr(cv, pattern).search(text) if anywhere else getattr(cv, pattern).match(text)
        if found:
            out.append(feature)
    return out


# (feature, pattern of Conventions, found anywhere in the line rather than at its start)
_FORMS = (
    ("author_line", "author_line", False),
    ("signature_line", "signature_line", False),
    ("jump_from", "jump_from", False),
    ("caption_start", "caption_start", False),
    ("jump_to_end", "jump_to", True),
    ("editor_code_end", "editor_code", True),
    ("glued_credit_end", "glued_photo_credit", True),
    ("tail_signature_end", "tail_signature", True),
    ("phone", "phone", True),
    ("date_line", "date_line", False),
)


def _wrapped_credit(first: str, second: str, cv: Conventions) -> bool:
    """A bracketed photo credit the column cut in two: it opens on the first line after
    the caption's last sentence and closes on the second."""
    first, second = first.rstrip(), second.strip()
    match = cv.glued_photo_credit.search(first + second)
    if match is None:
        return False
    return match.start("credit") < len(first) and second[-1:] in "）)" and bool(re.search(r"[（(]", first))


def _starts_item(kinds: list[str]) -> bool:
    return any(k in kinds for k in ("lead", "byline_line", "author_line", "jump_from", "caption_start"))


def _features(rows: list[Row], i: int, cv: Conventions) -> list[str]:
    row = rows[i]
    text = row.text.strip()
    kinds, ends = row.kinds, row.ends
    feats = ["bias", *kinds, f"ends:{ends}"]
    body = text.rstrip("。！？!?”’」』）)…")
    if _INNER_SENTENCE.search(body):
        feats.append("inner_sentence")
    if _INNER_CLAUSE.search(text):
        feats.append("inner_clause")
    if text[-1:] in "？！?!":
        feats.append("ends_question_or_exclamation")
    if row.text[:1] in (" ", "\u3000"):
        feats.append("leading_space")
        if i > 0 and rows[i - 1].ends == "closed":
            feats.append("leading_space&prev_closed")
    if _PHRASE_SPACE.search(text):
        feats.append("phrase_space")
    feats.append(f"blank_before:{row.blank_before or i == 0}")
    feats.append(f"blank_after:{row.blank_after or i == len(rows) - 1}")
    if row.glued:
        feats.append("glued_after_headline")
    if i == 0:
        feats.append("first_row")
    if i == len(rows) - 1:
        feats.append("last_row")
    # Width against the text before and after it.
    before = _upper_quartile([r.width for r in rows[max(0, i - _CONTEXT) : i]])
    after = _upper_quartile([r.width for r in rows[i + 1 : i + 1 + _CONTEXT]])
    feats.append(_bucket("width/before", row.width / before if before else 0))
    feats.append(_bucket("width/after", row.width / after if after else 0))
    # Another column after this row than before it: a frame ends here (headlines stand
    # between frames); inside one column the widths before and after agree.
    wide_before = _upper_quartile([r.width for r in rows[max(0, i - _CONTEXT) : i]])
    wide_after = _upper_quartile([r.width for r in rows[i + 1 : i + 1 + _CONTEXT]])
    if wide_before and wide_after:
        change = abs(wide_before - wide_after) / max(wide_before, wide_after)
        feats.append("frame_change_around" if change > 0.15 else "same_frame_around")
        # The first line of a new column after a closed sentence: set like the text after
        # it, unlike the text before it (an item that opens without headline or lead).
        if (change > 0.15 and i > 0 and rows[i - 1].ends == "closed"
                and abs(row.width - wide_after) / max(row.width, wide_after) <= 0.1):
            feats.append("frame_start&prev_closed")
    if row.width > BANNER:
        feats.append("banner_width")
    if row.width <= 8:
        feats.append("short<=8")
    if i > 0:
        prev = rows[i - 1]
        feats.append(f"prev_ends:{prev.ends}")
        change = abs(row.width - prev.width) / max(row.width, prev.width, 1)
        if change > 0.25:
            feats.append("width_break_prev")
        prev_kinds = prev.kinds
        if "credit_line" in prev_kinds or "glued_credit_end" in prev_kinds:
            feats.append("after_credit")
        if "signature_line" in prev_kinds:
            feats.append("after_signature_line")
        if "jump_to_end" in prev_kinds:
            feats.append("after_jump")
        if "editor_code_end" in prev_kinds:
            feats.append("after_editor_code")
        if "tail_signature_end" in prev_kinds:
            feats.append("after_tail_signature")
    if i + 1 < len(rows):
        nxt = rows[i + 1]
        next_kinds = nxt.kinds
        if _starts_item(next_kinds):
            feats.append("next_starts_item")
        if nxt.text[:1] in (" ", "\u3000"):
            feats.append("next_leading_space")
        if "credit_line" in next_kinds:
            feats.append("next_credit")
        change = abs(row.width - nxt.width) / max(row.width, nxt.width, 1)
        if change > 0.25:
            feats.append("width_break_next")
    # A headline has no sentence punctuation but may ask or exclaim (…怎么办？ …来了！).
    # A bracket left open runs on into the next line (`…穿城而过（11月6日` / `摄，无人机照片）。`),
    # and one closed that the line above opened (`（中国台湾网、焦作` / `市台办联合报道）`) ran on into it.
    opened, closed = text.count("（") + text.count("("), text.count("）") + text.count(")")
    unbalanced = opened != closed
    # A clause that stops at a word no phrase ends with (`…只见车间内一派繁忙的` / `景象。…`) runs
    # on; a headline may end in 到 or 了 (`降温10℃，雨雪可能今夜到`).
    runs_on_clause = (any(c in text for c in "，,") and text.rstrip()[-1:] in _NEVER_LAST
                      and i + 1 < len(rows) and not rows[i + 1].blank_before)
    headlike = (ends == "open" or text[-1:] in "？！?!") and "inner_sentence" not in feats and not kinds and not unbalanced and not runs_on_clause
    if headlike:
        feats.append("headlike")
        if row.blank_before or i == 0:
            feats.append("headlike&blank_before")
        if i > 0 and rows[i - 1].ends == "closed":
            feats.append("headlike&prev_closed")
        if i + 1 == len(rows) or _starts_item(rows[i + 1].kinds):
            feats.append("headlike&next_starts")
    return feats


def _block_features(rows: list[Row], cv: Conventions) -> list[list[str]]:
    """Per row, features of the run of rows between blank lines that holds it: headlines
    are short runs between blanks, after a closed line, followed by a lead, a frame
    change or the end. One pass over the page (runs can be long)."""
    out: list[list[str]] = []
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and not rows[end].blank_after and not rows[end + 1].blank_before:
            end += 1
        size = end - start + 1
        block = rows[start : end + 1]
        shared = [f"block_size:{min(size, 4)}"]
        if size <= 8 and all((r.ends == "open" or r.text.strip()[-1:] in "？！?!")
                             and not _INNER_SENTENCE.search(r.text.strip().rstrip("？！?!")) for r in block):
            shared.append("block_unpunctuated")
        if start > 0 and rows[start - 1].ends == "closed":
            shared.append("block_after_closed")
        if end + 1 == len(rows):
            shared.append("block_at_end")
        elif _starts_item(rows[end + 1].kinds) or rows[end + 1].text[:1] in (" ", "\u3000"):
            shared.append("block_before_start")
        elif size <= 8:
            inside = sum(r.width for r in block) / size
            nxt = _upper_quartile([r.width for r in rows[end + 1 : end + 1 + _CONTEXT]])
            if nxt and abs(inside - nxt) / max(inside, nxt) > 0.2:
                shared.append("block_before_width_change")
        if size <= 3 and start > 0 and end + 1 < len(rows):
            # A subhead sits inside one column: the text before and after it is set alike.
            before = _upper_quartile([r.width for r in rows[max(0, start - _CONTEXT) : start]])
            after = _upper_quartile([r.width for r in rows[end + 1 : end + 1 + _CONTEXT]])
            if before and after:
                shared.append("column_same_around" if abs(before - after) <= 1.0 else "column_changes_around")
        for i in range(start, end + 1):
            out.append([*shared, f"block_pos:{'first' if i == start else 'last' if i == end else 'mid'}"])
        start = end + 1
    return out
