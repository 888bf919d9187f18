"""A typesetter for the round-trip test: lays newspaper items out as a raw page dump.

It composes a page of 3-8 items from hand-annotated article parts (`material.py`) in the
layout of the raw format (RAW_FORMAT.md) (columns 9-35 wide, blank lines at column breaks,
stray spaces of justified type, headlines printed after their body, glued and missing
headlines, leads of this paper and of other outlets, photo credits, jump markers, editor
codes, tail signatures) and records exactly what it printed: every item's line range,
headline parts, bylines, markers, and the variant families it used.

It knows nothing of the parser (no import of `generator`): its cases are drawn from its
own random choices only, so the test is not circular. Same seed, same page.

The recorded expectations follow tests/fixtures/README.md: an item's lines run from its
first printed line to its last (headline, credit and signature lines included); a
headline glued to the next item's first line ends its item on that line, and the next
item starts on it (the fixtures also count the next item from the line after; the
scorer accepts both). A missing headline is inferred from the first sentence.
Where the fixtures' README is silent, the record follows these readings: `本报评论员`
is a byline line before the body (kind `feature`, no names); wire and outlet leads are
`news` with the names in their brackets; `X 供图` names photographers; `（上接第X版）`
ends a body continued from another page (continued_from, no continued_to); a caption's
opening `↑` is not part of its inferred title; a signature of two names keeps its space
(the scorer compares without spaces).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .material import Headline, Material, load_material

# Punctuation that may not open a line: it hangs at the end of the line before.
_NO_LINE_START = set("，。、；：？！）》”’…·")
# Closing punctuation of a sentence, for the inferred title of an item without headline.
_SENTENCE_END = re.compile(r"[。！？]")
_INFERRED_LIMIT = 40  # tests/fixtures/README.md: cut to 40 characters followed by `…`
_CLOSED_LINE = re.compile(r"[。！？]”?$")

_CITIES = ("郑州", "北京", "洛阳", "新乡", "开封", "焦作")
_WIRE_OUTLETS = ("人民网", "中新网", "央视网", "大河网")  # `人民网郑州7月18日电`
_NET_LEADS = ("焦作网讯", "大河网讯", "映象网讯")  # `焦作网讯（记者X 通讯员Y）`
_REPORTED_BY = ("新华社", "《河南日报》", "人民网", "焦作网", "央视新闻")  # `据…报道，`
_NEWS_DESKS = ("国际在线河南频道消息：", "河南日报客户端消息：")
_PAGE_NUMERALS = "一二三四五六七八"
_EDITOR_MARKS = "①②③④"
# Leads that open an item with a printed marker (a byline, an agency's or outlet's lead).
_MARKED_LEADS = ("benbao", "benbao_bare", "feature_byline", "commentary", "xinhua", "wire_dian", "net_xun", "desk_message")
# Leads a headline is glued to: marked ones and the ones that open with their own words
# (a date, `据…报道`); a plain sentence glued to a headline could not be told from it.
_GLUE_LEADS = _MARKED_LEADS + ("dateline", "reported_by")

# Every variant family the typesetter can use; the scorer reports figures per family.
FAMILIES = (
    "lead:benbao", "lead:benbao_bare", "lead:dateline", "lead:plain", "lead:feature_byline",
    "lead:commentary", "lead:xinhua", "lead:wire_dian", "lead:net_xun", "lead:reported_by",
    "lead:desk_message", "lead:continued", "lead:notice", "lead:photo",
    "head:one_line", "head:wrapped", "head:kicker", "head:subtitle", "head:deck",
    "head:banner", "head:question", "head:exclamation", "head:commas", "head:missing",
    "head:glued_to_next",
    "photo:credit_line", "photo:credit_glued", "photo:credit_slash", "photo:benbao_sheying",
    "photo:xinhua_she", "photo:gongtu", "photo:two_names", "photo:arrow", "photo:tuwei",
    "photo:run",
    "jump:xiazhuan_di", "jump:xiazhuan_A", "jump:zhuan_di", "jump:shangjie",
    "tail:editor_code", "tail:signature", "tail:signature_two", "tail:signature_own_line",
    "byline:two_reporters", "byline:correspondent", "byline:spaced",
    "layout:width_9_15", "layout:width_16_25", "layout:width_26_35",
    "layout:indent_narrow", "layout:indent_flush", "layout:paragraph_blank",
    "layout:column_break", "layout:column_break_after_period", "layout:stray_spaces",
    "layout:leading_space", "layout:subheads",
)


@dataclass
class PrintedItem:
    """What the typesetter printed for one item, in the fields of the parser's Article."""

    first_line: int
    last_line: int
    kind: str
    title: str
    kicker: str = ""
    subtitle: str = ""
    title_inferred: bool = False
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    signature: str = ""
    continued_to: str = ""
    continued_from: bool = False
    editor_code: str = ""
    families: list[str] = field(default_factory=list)
    glued_above: bool = False  # its first line also holds the headline of the item before
    width: int = 0
    text: str = ""  # every character it printed, in order, spaces left out


@dataclass
class TypesetPage:
    text: str
    items: list[PrintedItem]
    seed: int

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass
class _Item:
    """An item before layout: its printed blocks, its record and the glue flag."""

    record: PrintedItem
    lead_lines: list[str]  # feature byline lines printed before the body
    body: list[list[str]]  # body paragraphs, wrapped
    para_end_blank: bool
    column_height: int
    force_break_after_period: bool
    tail_lines: list[str]  # credit or signature lines after the body, own lines
    tail_blank: bool
    headline_blocks: list[list[str]]  # blocks separated by blank lines, after the body
    leading_space: bool
    glue_headline: bool = False


def _nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _spaced_name(rng: random.Random, name: str, family: list[str]) -> str:
    """`王 言`: justified type spreads short names."""
    if len(name) == 2 and rng.random() < 0.3:
        family.append("byline:spaced")
        return name[0] + " " + name[1]
    return name


def _inferred_title(text: str) -> str:
    match = _SENTENCE_END.search(text)
    sentence = text[: match.start()] if match else text
    return sentence if len(sentence) <= _INFERRED_LIMIT else sentence[:_INFERRED_LIMIT] + "…"


class _Typesetter:
    def __init__(self, rng: random.Random, material: Material):
        self.rng = rng
        self.m = material
        self.previous_width = 0

    # -- choices ---------------------------------------------------------------------------
    def names(self, count: int, avoid: tuple[str, ...] = ()) -> list[str]:
        pool = [n for n in self.m.names if n not in avoid]
        return self.rng.sample(pool, count)

    def page_ref(self) -> str:
        return "第" + self.rng.choice(_PAGE_NUMERALS) + "版"

    # -- wrapping --------------------------------------------------------------------------
    def wrap(self, text: str, width: int, first_width: int, spaces: bool, families: list[str]) -> list[str]:
        """Cut a paragraph into column lines; punctuation hangs; some lines are justified."""
        lines: list[str] = []
        pos = 0
        while pos < len(text):
            cap = first_width if not lines else width
            spread = 0
            if spaces and cap >= 6 and self.rng.random() < 0.12:
                spread = cap // 2 - 1 if self.rng.random() < 0.3 else self.rng.randint(1, 3)
            take = max(1, cap - spread)
            chunk = text[pos : pos + take]
            pos += len(chunk)
            while pos < len(text) and text[pos] in _NO_LINE_START:
                chunk += text[pos]
                pos += 1
            if spread and len(chunk) > 2 and pos < len(text):  # only full lines are justified
                chunk = self.spread(chunk, spread)
                families.append("layout:stray_spaces")
            lines.append(chunk)
        return lines

    def spread(self, chunk: str, count: int) -> str:
        gaps = sorted(self.rng.sample(range(1, len(chunk)), min(count, len(chunk) - 1)))
        out, last = [], 0
        for gap in gaps:
            out.append(chunk[last:gap])
            last = gap
        out.append(chunk[last:])
        return " ".join(out)

    # -- headline forms --------------------------------------------------------------------
    def headline(self, families: list[str]) -> tuple[list[list[str]], Headline]:
        """The headline blocks printed after the body, and the recorded parts."""
        rng = self.rng
        head = rng.choice(self.m.headlines)
        title, kicker, subtitle = head.title, "", ""
        form = rng.choices(
            ("one_line", "wrapped", "kicker", "subtitle", "deck", "banner", "question", "exclamation", "commas"),
            weights=(4, 2, 2, 2, 1, 1, 1, 1, 1),
        )[0]
        if form == "wrapped" and len(title) < 8:
            form = "one_line"
        if form == "kicker":
            kicker = head.kicker or rng.choice([h for h in self.m.headlines if h.kicker] or [head]).kicker
            if not kicker:
                form = "one_line"
        if form == "subtitle":
            subtitle = head.subtitle if head.subtitle.startswith("——") else "——" + rng.choice(self.m.headlines).title
        if form == "question":
            title = title.rstrip("？！") + "？"
        elif form == "exclamation":
            title = title.rstrip("？！") + "！"
        elif form == "commas":
            if " " in title:
                title = title.replace(" ", "，")
            else:
                other = rng.choice([h for h in self.m.headlines if len(h.title) <= 14])
                title = title + "，" + other.title
        elif form == "banner":
            parts = [title]
            others = [h.title for h in rng.sample(self.m.headlines, 6) if h.title != title]
            while len("".join(parts)) <= 40:
                parts.append(others.pop())
            title = " ".join(parts)
        families.append("head:" + form)
        blocks: list[list[str]] = []
        if kicker:
            blocks.append([kicker])
        if form == "wrapped":
            cut = rng.randint(len(title) // 2 - 2, len(title) // 2 + 2)
            cut = min(max(cut, 3), len(title) - 2)
            while cut < len(title) - 1 and (title[cut - 1] in "“《（ " or title[cut] in _NO_LINE_START):
                cut += 1  # a headline is not broken inside a quote's opening or before closing punctuation
            blocks.append([title[:cut], title[cut:]])
        else:
            blocks.append([title])
        if subtitle:
            blocks[-1].append(subtitle)
        if form == "deck":
            phrases = self.deck_phrases()
            subtitle = "".join(phrases)
            blocks[-1].append(phrases[0])
            if len(phrases) > 1 and phrases[0].endswith("，") and rng.random() < 0.5:
                blocks.append(phrases[1:])  # a deck can be broken by a blank line (002:116-120)
            else:
                blocks[-1].extend(phrases[1:])
        blocks = [[line.strip() for line in block] for block in blocks]
        return blocks, Headline(kicker, title, subtitle)

    def deck_phrases(self) -> list[str]:
        """A long deck: two to four headline phrases, one a line, each but the last closed by
        clause punctuation (without it, a second line would be the title's own wrap)."""
        phrases = [h.title for h in self.rng.sample(self.m.headlines, self.rng.randint(2, 4))]
        joins = ["，" if self.rng.random() < 0.8 else "；" for _ in phrases[:-1]] + [""]
        return [p + j for p, j in zip(phrases, joins)]

    # -- items -----------------------------------------------------------------------------
    def text_item(self, lead: str, first: bool, next_lead: str | None) -> _Item:
        rng, m = self.rng, self.m
        fam: list[str] = ["lead:" + lead]
        kind = "news"
        reporters: list[str] = []
        correspondents: list[str] = []
        lead_lines: list[str] = []
        continued_from = False
        if lead == "feature_byline" or lead == "commentary":
            kind = "feature"
            body = list(rng.choice(m.feature_bodies))
        elif lead == "notice":
            kind = "notice"
            body = list(rng.choice(m.notice_bodies))
        elif lead == "plain":
            body = list(rng.choice(m.plain_bodies + m.feature_bodies))
            if body[0] and _SENTENCE_END.search(body[0]) is None:
                body = list(rng.choice(m.plain_bodies))
        elif lead == "continued":
            body = list(rng.choice(m.dated_bodies + m.feature_bodies))
            text = body[0]
            cut = rng.randint(min(6, len(text) - 1), max(6, len(text) * 2 // 3))
            while cut < len(text) - 1 and (text[cut] in _NO_LINE_START or text[cut - 1] in "。！？"):
                cut += 1
            body[0] = text[cut:]
            continued_from = True
        else:
            body = list(rng.choice(m.dated_bodies))
        if rng.random() < 0.6 and len(body) > 2:
            body = body[: rng.randint(2, len(body))]
        if any(len(p) <= 16 and not _CLOSED_LINE.search(p) for p in body[1:]):
            fam.append("layout:subheads")

        if lead == "benbao":
            count = rng.choice((1, 1, 1, 2))
            reporters = self.names(count)
            if count == 2:
                fam.append("byline:two_reporters")
            if rng.random() < 0.5:
                correspondents = self.names(rng.choice((1, 1, 2)), tuple(reporters))
                fam.append("byline:correspondent")
            spaced = rng.random() < 0.2
            if spaced:
                fam.append("byline:spaced")
            inside = ("记 者" if spaced else "记者") + "、".join(reporters)
            if correspondents:
                inside += " 通讯员" + "、".join(correspondents)
            body[0] = ("本报讯 （" if spaced else "本报讯（") + inside + "）" + body[0]
        elif lead == "benbao_bare":
            body[0] = "本报讯 " + body[0]
        elif lead == "feature_byline":
            if rng.random() < 0.85:
                reporters = self.names(rng.choice((1, 1, 2)))
                if len(reporters) == 2:
                    fam.append("byline:two_reporters")
                lead_lines.append("本报记者 " + " ".join(_spaced_name(rng, n, fam) for n in reporters))
            if not reporters or rng.random() < 0.5:
                correspondents = self.names(1, tuple(reporters))
                fam.append("byline:correspondent")
                lead_lines.append("本报通讯员 " + _spaced_name(rng, correspondents[0], fam))
        elif lead == "commentary":
            lead_lines.append("本报评论员")
        elif lead == "xinhua":
            reporters = self.names(rng.choice((1, 1, 2)))
            if len(reporters) == 2:
                fam.append("byline:two_reporters")
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            body[0] = f"新华社{rng.choice(_CITIES)}{month}月{day}日电（记者{'、'.join(reporters)}）" + body[0]
        elif lead == "wire_dian":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            body[0] = f"{rng.choice(_WIRE_OUTLETS)}{rng.choice(_CITIES)}{month}月{day}日电 " + body[0]
        elif lead == "net_xun":
            reporters = self.names(1)
            inside = "记者" + reporters[0]
            if rng.random() < 0.7:
                correspondents = self.names(1, tuple(reporters))
                fam.append("byline:correspondent")
                inside += " 通讯员" + correspondents[0]
            body[0] = f"{rng.choice(_NET_LEADS)}（{inside}）" + body[0]
        elif lead == "reported_by":
            body[0] = f"据{rng.choice(_REPORTED_BY)}报道，" + body[0]
        elif lead == "desk_message":
            body[0] = rng.choice(_NEWS_DESKS) + body[0]

        # The end of the body: a jump marker, an editor code or a tail signature.
        signature = ""
        continued_to = ""
        editor_code = ""
        tail_lines: list[str] = []
        tail_blank = False
        glued = ""
        last = body[-1]
        bylined = bool(reporters or correspondents) or lead in ("commentary", "notice")
        roll = rng.random()
        if continued_from and roll < 0.35:
            ref = self.page_ref()
            glued = f"（上接{ref}）"
            fam.append("jump:shangjie")
        elif not continued_from and kind != "notice" and roll < 0.3:
            cut = rng.randint(len(last) // 2, len(last)) if len(last) > 4 else len(last)
            last = last[:cut]
            while last and last[-1] in "，、；":
                last = last[:-1]
            form = rng.choice(("xiazhuan_di", "xiazhuan_di", "xiazhuan_A", "zhuan_di"))
            if form == "xiazhuan_A":
                continued_to = rng.choice("ABC") + str(rng.randint(2, 8)) + "版"
                marker = f"（下转{continued_to}）"
            elif form == "zhuan_di":
                continued_to = self.page_ref()
                marker = f"（转{continued_to}）"
            else:
                ref = self.page_ref()
                continued_to = ref + (rng.choice(_EDITOR_MARKS) if rng.random() < 0.3 else "")
                marker = f"（下转{continued_to}）"
            body[-1] = last
            glued = marker
            fam.append("jump:" + form)
        elif kind != "notice" and roll < 0.5:
            editor_code = rng.choice(_EDITOR_MARKS) + str(rng.randint(1, 8))
            glued = editor_code
            fam.append("tail:editor_code")
        elif not bylined and roll < 0.9:
            if rng.random() < 0.25:
                signature = " ".join(self.names(2))
                fam.append("tail:signature_two")
            else:
                signature = rng.choice(m.signatures)
            fam.append("tail:signature")
            if rng.random() < 0.5:
                tail_lines = [f"（{signature}）"]
                tail_blank = rng.random() < 0.6
                fam.append("tail:signature_own_line")
            else:
                glued = f" （{signature}）"

        # The headline: printed after the body, or missing (then inferred from the text).
        # Only where the next item opens with a marker of its own: with neither a headline
        # nor a lead between them, no reader could tell where one item ends.
        missing_allowed = lead in ("benbao", "benbao_bare", "dateline", "plain", "feature_byline")
        if missing_allowed and not first and next_lead in _MARKED_LEADS and rng.random() < 0.15:
            headline_blocks: list[list[str]] = []
            head = Headline("", _inferred_title(_lead_free(body[0])), "")
            fam.append("head:missing")
            inferred = True
        else:
            headline_blocks, head = self.headline(fam)
            inferred = False
        record = PrintedItem(
            first_line=0, last_line=0, kind=kind, title=head.title, kicker=head.kicker,
            subtitle=head.subtitle, title_inferred=inferred, reporters=reporters,
            correspondents=correspondents, signature=signature, continued_to=continued_to,
            continued_from=continued_from, editor_code=editor_code, families=fam,
        )
        return self.frame(record, lead_lines, body, glued, tail_lines, tail_blank, headline_blocks)

    def photo_item(self, in_run: bool) -> _Item:
        rng = self.rng
        fam = ["lead:photo"] + (["photo:run"] if in_run else [])
        caption = rng.choice(self.m.captions)
        opener = rng.random()
        if opener < 0.15:
            caption = "↑" + caption
            fam.append("photo:arrow")
        elif opener < 0.3:
            caption = "图为" + caption
            fam.append("photo:tuwei")
        if rng.random() < 0.4:
            caption = _SENTENCE_END.split(caption)[0] + "。"  # a very short caption
        count = 2 if rng.random() < 0.15 else 1
        names = self.names(count)
        if count == 2:
            fam.append("photo:two_names")
        printed = [_spaced_name(rng, n, fam) for n in names]
        form = rng.choice(("line", "line", "glued", "slash", "benbao_sheying", "xinhua_she", "gongtu"))
        joined = " ".join(printed)
        credit = {
            "line": f"{joined} 摄",
            "glued": f"{joined} 摄",
            "slash": f"{joined}/摄",
            "benbao_sheying": f"本报记者 {joined} 摄影",
            "xinhua_she": f"新华社记者 {joined} 摄",
            "gongtu": f"{joined} 供图",
        }[form]
        fam.append("photo:credit_" + form if form in ("line", "glued", "slash") else "photo:" + form)
        body = [caption]
        tail_lines: list[str] = []
        tail_blank = False
        glued = ""
        if form == "glued" or (form != "line" and rng.random() < 0.3):
            glued = " " + credit
        else:
            tail_lines = [credit]
            tail_blank = rng.random() < 0.5
        record = PrintedItem(
            first_line=0, last_line=0, kind="photo", title=_inferred_title(caption.lstrip("↑")),
            title_inferred=True, photographers=names, families=fam,
        )
        return self.frame(record, [], body, glued, tail_lines, tail_blank, [])

    def frame(self, record, lead_lines, body, glued, tail_lines, tail_blank, headline_blocks) -> _Item:
        """Lay the body out in one text frame: a width, an indent, column breaks, spaces.

        `glued` (a jump marker, editor code, signature or credit) ends the last line whole,
        even where that makes the line longer than the column (001:485).
        """
        rng, fam = self.rng, record.families
        width = rng.randint(9, 35)
        if not any(f.removeprefix("lead:") in _MARKED_LEADS for f in fam):
            # An item with no lead of its own starts where the column width changes: with
            # neither a marker nor a new frame, a headline could be a subhead of the body.
            while abs(width - self.previous_width) < 3:
                width = rng.randint(9, 35)
        self.previous_width = width
        record.width = width
        fam.append("layout:width_9_15" if width <= 15 else "layout:width_16_25" if width <= 25 else "layout:width_26_35")
        narrow = rng.random() < 0.5 and width >= 11
        fam.append("layout:indent_narrow" if narrow else "layout:indent_flush")
        spaces = rng.random() < 0.35
        para_blank = rng.random() < 0.5
        if para_blank and len(body) > 1:
            fam.append("layout:paragraph_blank")
        wrapped = []
        for index, paragraph in enumerate(body):
            first_width = width - 2 if narrow and not (index == 0 and record.continued_from) else width
            wrapped.append(self.wrap(paragraph, width, first_width, spaces, fam))
        wrapped[-1][-1] += glued
        return _Item(
            record=record, lead_lines=lead_lines, body=wrapped, para_end_blank=para_blank,
            column_height=rng.randint(5, 24), force_break_after_period=rng.random() < 0.3,
            tail_lines=tail_lines, tail_blank=tail_blank, headline_blocks=headline_blocks,
            leading_space=rng.random() < 0.3,
        )


def _lead_free(paragraph: str) -> str:
    """The first paragraph without a 本报讯 byline: the inferred title starts after it."""
    return re.sub(r"^本报讯\s*(（[^）]*）)?\s*", "", paragraph)


def _item_blocks(item: _Item) -> list[list[str]]:
    """The item's printed lines as blocks (a blank line between blocks)."""
    blocks: list[list[str]] = []
    current: list[str] = list(item.lead_lines)
    counted = len(current)
    broke_after_period = False
    for p_index, lines in enumerate(item.body):
        for l_index, line in enumerate(lines):
            current.append(line)
            counted += 1
            para_end = l_index == len(lines) - 1
            last_of_body = para_end and p_index == len(item.body) - 1
            if last_of_body:
                continue
            if para_end:
                if item.para_end_blank:
                    blocks.append(current)
                    current = []
                continue
            at_height = counted % item.column_height == 0
            after_period = (
                item.force_break_after_period and not broke_after_period and _CLOSED_LINE.search(line)
            )
            if at_height or after_period:
                item.record.families.append("layout:column_break")
                if _CLOSED_LINE.search(line):
                    item.record.families.append("layout:column_break_after_period")
                    broke_after_period = True
                blocks.append(current)
                current = []
    if item.tail_lines:
        if item.tail_blank:
            blocks.append(current)
            current = []
        current.extend(item.tail_lines)
    blocks.append(current)
    blocks.extend(item.headline_blocks)
    return [b for b in blocks if b]


def _choose_leads(rng: random.Random) -> list[str]:
    count = rng.randint(3, 8)
    leads: list[str] = []
    if rng.random() < 0.25:
        leads.append("continued")
    text_leads = (
        "benbao", "benbao_bare", "dateline", "plain", "feature_byline", "commentary", "xinhua",
        "wire_dian", "net_xun", "reported_by", "desk_message", "notice", "photo",
    )
    weights = (8, 2, 4, 3, 3, 1, 2, 2, 2, 1, 1, 1, 3)
    while len(leads) < count:
        lead = rng.choices(text_leads, weights=weights)[0]
        if lead == "photo" and rng.random() < 0.4:
            leads += ["photo"] * rng.randint(2, 3)  # a photo page: several captions in a row
        else:
            leads.append(lead)
    return leads[: max(count, 3)]


def typeset_page(seed: int, material: Material | None = None) -> TypesetPage:
    """Compose one page for a seed: its text and the record of every item on it."""
    rng = random.Random(seed)
    setter = _Typesetter(rng, material or load_material())
    leads = _choose_leads(rng)
    items: list[_Item] = []
    for index, lead in enumerate(leads):
        if lead == "photo":
            in_run = (index > 0 and leads[index - 1] == "photo") or (
                index + 1 < len(leads) and leads[index + 1] == "photo"
            )
            items.append(setter.photo_item(in_run))
        else:
            following = leads[index + 1] if index + 1 < len(leads) else None
            items.append(setter.text_item(lead, first=index == 0, next_lead=following))
    # A headline glued to the next item's first line (001:108, 003:382, 004:460).
    for item, after, lead in zip(items, items[1:], leads[1:]):
        if lead not in _GLUE_LEADS:
            continue
        if item.headline_blocks and rng.random() < 0.2 and sum(len(b) for b in _item_blocks(after)) >= 2:
            item.glue_headline = True
            item.record.families.append("head:glued_to_next")
    return _print(items, seed)


def _print(items: list[_Item], seed: int) -> TypesetPage:
    lines: list[str] = []
    records: list[PrintedItem] = []
    glue_pending = False
    for item in items:
        record = item.record
        blocks = _item_blocks(item)
        if item.leading_space and not glue_pending:
            blocks[0][0] = " " + blocks[0][0]
            record.families.append("layout:leading_space")
        printed_chars: list[str] = []
        for b_index, block in enumerate(blocks):
            for l_index, line in enumerate(block):
                printed_chars.append(line)
                if b_index == 0 and l_index == 0 and glue_pending:
                    lines[-1] = lines[-1] + " " + line.lstrip()
                    record.first_line = len(lines)
                    record.glued_above = True
                    glue_pending = False
                else:
                    lines.append(line)
                    if b_index == 0 and l_index == 0:
                        record.first_line = len(lines)
            if b_index < len(blocks) - 1:
                lines.append("")
        record.last_line = len(lines)
        record.text = _nospace("".join(printed_chars))
        record.families = sorted(set(record.families))
        records.append(record)
        if item.glue_headline:
            glue_pending = True
        else:
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return TypesetPage(text="\n".join(lines) + "\n", items=records, seed=seed)
