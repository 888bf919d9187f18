"""Cut a page's lines into printed items: each row gets a label from the line labeller
(byline, lead, body, tail, headline) and the labels give the items.

The dump prints each article's body first and its headline after it, so an item is:
feature byline lines, the body from its first row, tail lines (credits, signatures,
markers on lines of their own), then the headline. A page that prints its headlines
before their bodies (one that opens with a headline and ends with a body) is read the
other way round. Where the labeller was unsure
(a small margin), the item says so, and the page reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Line
from .conventions import CONVENTIONS, Conventions
from .dateline import DATELINE
from .decode import Decoded
from .features import NEEDS_MORE, PUNCTUATED, Row, page_rows
from .headline_side import assign_headline_sides, is_credit_line
from .labeller import LineModel, load_model
from .openings import runs_on
from .reflow import is_text_label
from .text import ends_sentence, is_han


@dataclass
class Item:
    """The lines of one printed item, before its text is cleaned."""

    kind: str  # news, feature, photo, untitled (decided from its text later)
    body: list[Line] = field(default_factory=list)
    byline: list[Line] = field(default_factory=list)  # feature byline lines
    headline: list[Line] = field(default_factory=list)  # blank lines kept: they separate kicker and title
    credit: Line | None = None  # a photo credit on a line of its own
    tail_byline: list[Line] = field(default_factory=list)  # a writer's byline after the body
    lead: str = ""  # the lead form the body opens with (news, wire, …), if any
    # (first line, last line, what, margin) of decisions the labeller was unsure of
    doubts: list[tuple[int, int, str, float]] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [line for line in (*self.byline, *self.body, *self.tail_byline, *self.headline, *([self.credit] if self.credit else [])) if not line.is_blank]


@dataclass(frozen=True)
class Segmentation:
    items: list[Item]
    rows: list[Row]
    decoded: Decoded


def segment_page(raw_lines: list[Line], model: LineModel | None = None, cv: Conventions = CONVENTIONS) -> list[Item]:
    """All printed items of a page, in the order the dump prints them."""
    return label_page(raw_lines, model, cv).items


def label_page(raw_lines: list[Line], model: LineModel | None = None, cv: Conventions = CONVENTIONS) -> Segmentation:
    """The page's rows, their labels and the items the labels make."""
    model = model or load_model()
    rows = page_rows(raw_lines, cv)
    decoded = model.label(rows)
    return Segmentation(items_from_labels(rows, decoded, cv, model.about.get("doubt_margin", 0.0)), rows, decoded)


def _with_gaps(rows: list[Row]) -> list[Line]:
    """Rows back as lines, a blank line where the page had one (reflow and the headline
    splitter read blank lines)."""
    out: list[Line] = []
    for k, row in enumerate(rows):
        if k and row.blank_before:
            out.append(Line(row.number, ""))
        out.append(row.line)
    return out


def headline_first(labels: list[str], rows: list[Row] | None = None) -> bool:
    """Whether the page prints each headline before its body (another extractor's order):
    it opens with a headline and ends with a body. This extractor prints headlines after
    their bodies (RAW_FORMAT 6): its pages end with the last headline, and open with a
    headline only where the item began on another page. A headline after a jump marker at
    the page's foot prints there in either order (RAW_FORMAT 6, 10): it tells nothing."""
    end = len(labels)
    if rows is not None:
        while end and labels[end - 1] == "HEAD":
            end -= 1
        if end == len(labels) or "after_jump" not in rows[end].features:
            end = len(labels)
    return bool(labels) and labels[0] == "HEAD" and end > 0 and labels[end - 1] != "HEAD"


def items_from_labels(rows: list[Row], decoded: Decoded, cv: Conventions = CONVENTIONS, doubt: float = 0.0) -> list[Item]:
    """Items from labelled rows: a new item at each byline or lead row (a lead after byline
    lines belongs to the same item)."""
    groups: list[list[int]] = []
    # A one-line caption ending in its credit (`游客打卡虎年灯展。关洋摄`) is a whole photo item,
    # not a feature's byline, whatever the labeller took it for.
    labels = ["START" if label == "BYL" and "glued_credit_end" in row.kinds and "byline_line" not in row.kinds else label
              for label, row in zip(decoded.labels, rows)]
    # …nor a headline: a caption its credit ends (`莫沟村环村小火车。 张 香 丽 摄`, after a jump marker).
    labels = ["START" if label == "HEAD" and "glued_credit_end" in row.kinds else label for label, row in zip(labels, rows)]
    # A byline's second row (`郑报融媒记者 张华` / `通讯员 白晶 文/图`) is the byline's, not a lead.
    for i in range(1, len(rows)):
        if (labels[i] == "START" and labels[i - 1] == "BYL" and not rows[i].blank_before
                and "byline_line" in rows[i].kinds and "lead" not in rows[i].kinds):
            labels[i] = "BYL"
    # The words of a line before a lead glued to it are a headline (`“摔疼我了！” 本报讯 （记者…`),
    # whatever the labeller took them for: the line was cut there for that reason. (Not a
    # credit mark before a byline's role: `□文/图 本报记者 杨光`.)
    for i in range(len(rows) - 1):
        if (rows[i + 1].glued and rows[i + 1].number == rows[i].number and labels[i] in ("START", "BODY")
                and labels[i + 1] in ("START", "BYL") and sum(map(is_han, rows[i].text)) >= 4):
            labels[i] = "HEAD"
    # A byline after a body, a blank line between it and an outlet's lead below (`郑报融媒记者
    # 谷长乐 张玉东/文 马健/图` / blank / `据新华社8月16日电…`): the text below names its own
    # source; the byline closes the item above. So does one set apart from the body above and
    # right over a line that opens a new frame (a leading space: ` 7月19日06时至…`), which a
    # feature's own byline, in its text's frame, would not be.
    for i in range(1, len(rows) - 1):
        if (labels[i] == "BYL" and labels[i - 1] in ("START", "BODY") and labels[i + 1] == "START"
                and ((rows[i + 1].blank_before and "strong_lead" in rows[i + 1].kinds)
                     or (rows[i].blank_before and not rows[i + 1].blank_before and rows[i + 1].text[:1] in (" ", "\u3000")))):
            labels[i] = "TAIL"
    # A bracketed label alone between blank lines inside a text (`[信阳]`, `【速度】`), over
    # a paragraph that opens with no outlet's lead: a roundup's or a feature's subhead, not
    # the headline of a new item.
    for i in range(1, len(rows) - 1):
        if (labels[i] == "HEAD" and _BRACKETED_LABEL.fullmatch(rows[i].text.strip()) and rows[i].blank_before
                and rows[i + 1].blank_before and labels[i - 1] in ("START", "BODY") and labels[i + 1] == "START"
                and "strong_lead" not in rows[i + 1].kinds and not rows[i + 1].glued):
            labels[i], labels[i + 1] = "SUB", "BODY"
    first = headline_first(labels, rows)
    if first:
        _headlines_over_text(rows, labels)
    for i, label in enumerate(labels):
        prev = labels[i - 1] if i else "^"
        if first and label == "HEAD" and prev != "HEAD" and not (groups and _headline_of_jump(rows, labels, i, groups[-1])):
            groups.append([i])
        elif label == "BYL" and prev != "BYL" and not (first and prev == "HEAD") and not _byline_of_lead(rows, labels, i, cv):
            groups.append([i])
        elif label == "START" and prev != "BYL" and not (first and prev == "HEAD"):
            groups.append([i])
        elif groups:
            groups[-1].append(i)
        else:
            groups.append([i])
    _caption_before_credit(groups, rows, labels)
    _captions_of_a_photo_report(groups, rows, labels)
    _headline_over_dated_text(groups, rows, labels)
    _untitled_intro_over_byline(groups, rows, labels)
    _opening_line_under_headline(groups, rows, labels)
    _lone_row_over_byline(groups, rows, labels)
    _subheads_in_text(groups, rows, labels, first)
    _second_headline_like_the_first(groups, rows, labels)
    if first:
        _headlines_after_jumps(groups, rows, labels)
    if not first:
        _join_weak_untitled_starts(groups, rows, labels, decoded.margins, doubt)
        _join_untitled_runs(groups, rows, labels)
        _sign_over_headline(groups, rows, labels)
        _headline_under_photo(groups, rows, labels, cv)
        _headline_of_the_last_item(groups, rows, labels)
        _intro_over_byline(groups, rows, labels)
        # A headline at the page's top right over a lead (`三门峡，我们为你自豪！` / `——…` /
        # `本报讯：（记者…）`): no body of an item begun elsewhere comes before it, so it is
        # the headline of the item below, printed over it, not an item of its own. (On a page
        # of headlines over bodies a lead after a headline is already in its group.)
        # (So is a series' kicker over an item whose own headline is set over its text.)
        if len(groups) > 1 and all(labels[i] == "HEAD" for i in groups[0]) and _opens_with_text(groups[1], labels):
            top = groups.pop(0)
            groups[0][:0] = top
        elif (len(groups) > 1 and _kicker_over_headline(groups[0], rows, labels) and labels[groups[1][0]] == "BYL"
              and _BYLINE_FORMS.intersection(rows[groups[1][0]].kinds)):
            top = groups.pop(0)
            labels[top[0]] = "HEAD"
            groups[0][:0] = top
        _lone_headline_over_the_next(groups, rows, labels)
        side_doubts = assign_headline_sides(groups, rows, labels)
    else:
        side_doubts = []
    items = []
    for k, group in enumerate(groups):
        # A photo's credit ends its item: rows set apart under it head the item below (RAW_FORMAT 6
        # puts a headline after its body, and the credit after the headline).
        under_credit = k > 0 and is_credit_line(groups[k - 1][-1], rows, labels)
        # A row taken for a byline that has no byline's form (` 西大街街道全民动手保清洁` over
        # `本报讯 …`) is read with the body, where a headline over the lead is looked for.
        bare = {i for i in group if labels[i] == "BYL" and not _BYLINE_FORMS.intersection(rows[i].kinds)}
        byline = [rows[i] for i in group if labels[i] == "BYL" and i not in bare]
        body = [rows[i] for i in group if labels[i] in ("START", "BODY", "SUB") or i in bare]
        tail = [rows[i] for i in group if labels[i] == "TAIL"]
        head = [rows[i] for i in group if labels[i] == "HEAD"]
        credit = None
        credits = [r for r in tail if "credit_line" in r.kinds]
        if credits:
            credit = credits[-1].line
            tail = [r for r in tail if r is not credits[-1]]
        if not head:
            # (A row the labeller started the item at, with no byline's form, is the item's own
            # top: the item above ended before it.)
            at_top = first or under_credit or (bool(body) and body[0] is rows[0]) or group[0] in bare
            over = _headline_over_lead(body) or _headline_set_apart(body, at_top=at_top)
            head, body = body[:over], body[over:]
        elif body and head[-1].number < body[0].number:
            # Over the text, a kicker the labeller saw and a title it took for the lead.
            over = _headline_set_apart(body, at_top=True)
            head, body = head + body[:over], body[over:]
        if head and not byline:
            # `直奔问题去 实事暖民心` / `□郭 剑`: the author line under the headline is the byline.
            while len(body) > 1 and "author_line" in body[0].kinds:
                byline.append(body.pop(0))
        while head and len(body) > 1 and _headline_lead_in(body[-1], body[-2], head[0]):
            head.insert(0, body.pop())
        # A byline printed after the body (`记者 李一川`, a tail credit of the writer), also
        # where the labeller left it as the body's last row.
        while len(body) > 1 and "byline_apart" in body[-1].kinds:
            tail.insert(0, body.pop())
        # …or as the first row of its headline (`郑州晚报记者 张改华 通讯员 付琳琳` / `中原区…`):
        # a byline whose role stands apart from its names is never a headline.
        while len(head) > 1 and "byline_apart" in head[0].kinds and body:
            tail.append(head.pop(0))
        signed = [r.line for r in tail if "byline_line" in r.kinds]
        tail = [r for r in tail if "byline_line" not in r.kinds]
        item = Item("untitled", body=_with_gaps(body + tail), byline=_with_gaps(byline), headline=_with_gaps(head), credit=credit, tail_byline=signed)
        first_body = body[0] if body else None
        lead = cv.lead(first_body.text) if first_body else None
        item.lead = lead[0].name if lead else ""
        if byline and not (lead and body and byline[0].number > body[0].number):  # not a dispatch's writers
            item.kind = "feature"
        elif credit is not None or (body + tail and "glued_credit_end" in (body + tail)[-1].kinds):
            item.kind = "photo"
        elif lead:
            item.kind = lead[0].kind
        item.doubts = _doubts(rows, decoded, group, doubt)
        item.doubts += [(rows[d.first].number, rows[d.last].number, "headline side", d.margin) for d in side_doubts if d.first in group]
        items.append(item)
    return [item for item in items if item.lines]


_BYLINE_FORMS = {"byline_line", "author_line", "strong_byline", "byline_apart", "glued_credit_end"}
_BRACKETED_LABEL = re.compile(r"[\[【［〔][ \t\u3000]*[\u4e00-\u9fff·]{1,8}[ \t\u3000]*[\]】］〕]")


_CREDITS = {"credit_line", "glued_credit_end"}  # a photo's credit closes its item


def _join_weak_untitled_starts(groups: list[list[int]], rows: list[Row], labels: list[str], margins: list[float],
                               doubt: float) -> None:
    """A new item the labeller was unsure of (margin under `doubt`), opened by a plain line
    (no lead form, no leading space, not glued) after an item with neither headline nor
    tail (a photo's credit is one), and itself without a headline: two untitled items where
    the page shows one, a paragraph taken for a start. Joined in place."""
    k = 1
    while k < len(groups):
        before, group = groups[k - 1], groups[k]
        start = group[0]
        if (labels[start] == "START" and margins[start] < doubt and not rows[start].glued
                and not any(kind.startswith("lead") or kind == "strong_lead" for kind in rows[start].kinds)
                and rows[start].text[:1] not in (" ", "\u3000")
                and not any(labels[i] in ("HEAD", "TAIL") or _CREDITS.intersection(rows[i].kinds) for i in before)
                and not any(labels[i] in ("HEAD", "TAIL", "BYL") or _CREDITS.intersection(rows[i].kinds) for i in group)):
            labels[start] = "BODY"
            before.extend(groups.pop(k))
            continue
        k += 1


def _join_untitled_runs(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """On a page of headlines after bodies, an item opened by an outlet's lead (`晨报讯 2 月 2
    日，…`) that ends with no headline nor tail, and the item after it that opens with a bare
    dateline only (`2011 年 2 月 2 日 16 时 30 分，…`), set in the same column, and a headline
    of its own: one article, the dateline a paragraph of its text. Joined in place."""
    k = 1
    while k < len(groups):
        before, group = groups[k - 1], groups[k]
        opener = next((i for i in before if labels[i] == "START"), None)
        start = group[0]
        if (opener is not None and "strong_lead" in rows[opener].kinds
                and not any(labels[i] in ("HEAD", "TAIL") for i in before)
                and labels[start] == "START" and rows[start].kinds and all(kind.startswith("lead") for kind in rows[start].kinds)
                and "lead:dateline" in rows[start].kinds and not rows[start].glued
                and rows[start].text[:1] not in (" ", "\u3000") and any(labels[i] == "HEAD" for i in group)
                and _same_column(rows, before, group)):
            labels[start] = "BODY"
            before.extend(groups.pop(k))
            continue
        k += 1


def _caption_before_credit(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """A photo caption set after an article's closed text and before the photo's credit
    (`…秦继利。` / blank / `9月7日，…工地的工人…正加紧施工。…竣工。` / `刘 昆 摄`): the last block
    before the credit opens with a bare dateline or a caption's word after a blank line, in
    an item that the paper's or an outlet's lead opened. It is an item of its own, split off in place."""
    k = 0
    while k < len(groups):
        group = groups[k]
        opener = next((i for i in group if labels[i] == "START"), None)
        credit = [j for j, i in enumerate(group) if is_credit_line(i, rows, labels)]
        if opener is None or not credit or "strong_lead" not in rows[opener].kinds:
            k += 1
            continue
        body = [j for j, i in enumerate(group[: credit[-1]]) if labels[group[j]] in ("START", "BODY")]
        cut = next((j for j in reversed(body) if rows[group[j]].blank_before), None)
        if (cut is not None and group[cut] != opener and rows[group[cut - 1]].ends == "closed"
                and ("lead:dateline" in rows[group[cut]].kinds or "caption_start" in rows[group[cut]].kinds)
                and all(labels[i] in ("START", "BODY", "TAIL") for i in group[cut:])):
            labels[group[cut]] = "START"
            groups[k:k + 1] = [group[:cut], group[cut:]]
            k += 2
            continue
        k += 1


_PLAIN_START = {"lead", "lead:dateline"}


def _subheads_in_text(groups: list[list[int]], rows: list[Row], labels: list[str], first: bool) -> None:
    """A subhead taken for a headline between two items (`…一一进行盘点。` / blank / `公园 天然“避暑胜地”` /
    blank / `昨日中午，记者在碧沙岗公园看到，…`): one row set apart by blank lines, after a closed
    sentence of an item the paper's lead or a feature's byline opened and nothing closed (no
    credit, signature, code nor jump marker), over text that opens with no lead of its own
    (plain, or a bare dateline) in the same column. On a page of headlines over bodies the
    text goes on to the next headline; on a page of headlines after bodies the item opened by
    a byline (a feature, whose subheads these are) and the text below ends with a headline of
    its own. The row is a subhead and the text below more of the item: joined in place."""
    k = 1
    while k < len(groups):
        before, group = groups[k - 1], groups[k]
        if first:
            heads, rest = group[:1], group[1:]
            opener = next((i for i in before if labels[i] in ("START", "BYL")), None)
            opened = opener is not None and ("strong_lead" in rows[opener].kinds or labels[opener] == "BYL")
            own_headline = True
        else:
            heads = [i for i in before if labels[i] == "HEAD"]
            rest = group
            opened = labels[before[0]] == "BYL" and bool(heads) and heads == before[-len(heads):]
            own_headline = any(labels[i] == "HEAD" for i in group)
        body_before = [i for i in before if labels[i] in ("START", "BODY", "SUB")]
        if (opened and own_headline and len(heads) == 1 and labels[heads[0]] == "HEAD" and rest
                and labels[rest[0]] == "START" and set(rows[rest[0]].kinds) <= _PLAIN_START
                and rows[heads[0]].blank_before and rows[rest[0]].blank_before and not rows[heads[0]].kinds
                and body_before and body_before[-1] < heads[0] and rows[body_before[-1]].ends == "closed"
                and not any(labels[i] == "TAIL" for i in before)
                and _same_column(rows, body_before, rest)):
            labels[heads[0]], labels[rest[0]] = "SUB", "BODY"
            before.extend(i for i in group if i not in before)
            before.sort()
            groups.pop(k)
            continue
        k += 1


def _blocks_from(rows: list[Row], i: int, count: int) -> list[list[int]] | None:
    """`count` blocks of rows from row `i`, each set apart by a blank line before it; None
    where the page ends first."""
    blocks: list[list[int]] = []
    while len(blocks) < count:
        if i >= len(rows) or not rows[i].blank_before:
            return None
        block = [i]
        i += 1
        while i < len(rows) and not rows[i].blank_before:
            block.append(i)
            i += 1
        blocks.append(block)
    return blocks


def _second_headline_like_the_first(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An item printed as a kicker block, a title block and its text (`新京报` / blank /
    `官员下乡自带干粮是` `手段不是目的` / blank / `据新华社报道，…`), whose text holds, after a
    closed sentence, the same shape again (`京华时报` / blank / `“污染出边界才上报”` `透出的荒唐` /
    blank / `面对突发事件、事故，…`): two blocks of rows with no clause mark and no form of their
    own, over text. A subhead is one block; two are the next item's kicker and title, printed
    over it as the item's own were. Split off in place, the two blocks its headline."""
    k = 0
    while k < len(groups):
        group = groups[k]
        k += 1
        heads = [i for i in group if labels[i] == "HEAD"]
        starts = [i for i in group if labels[i] == "START"]
        if not heads or not starts or heads[-1] > starts[0]:
            continue
        if not any(rows[i].blank_before for i in heads[1:]):  # the item's own: a kicker block and a title block
            continue
        for i in group:
            if i <= starts[0] or labels[i] not in ("BODY", "SUB") or rows[i - 1].ends != "closed":
                continue
            blocks = _blocks_from(rows, i, 3)
            if blocks is None:
                continue
            kicker, title, text = blocks
            plain = all(not rows[j].kinds and not PUNCTUATED.search(rows[j].text) and rows[j].ends == "open"
                        for j in kicker + title)
            if (plain and len(kicker) <= 2 and len(title) <= _HEAD_ROWS and all(j in group for j in text)
                    and all(labels[j] in ("BODY", "SUB") for j in kicker + title + text[:1])):
                at = group.index(i)
                for j in kicker + title:
                    labels[j] = "HEAD"
                labels[text[0]] = "START"
                groups.insert(k, group[at:])
                del group[at:]
                break


def _same_column(rows: list[Row], before: list[int], group: list[int]) -> bool:
    """Whether two items' texts are set in one column: their widest rows within a tenth."""
    a = max((rows[i].width for i in before), default=0.0)
    b = max((rows[i].width for i in group[:6]), default=0.0)
    return abs(a - b) <= 0.1 * max(a, b, 1)


def _headlines_over_text(rows: list[Row], labels: list[str]) -> None:
    """On a page of headlines over bodies, a headline the labeller left in the body above
    (`…提供良好环境。` / blank / `驻焦作市全国、省人大代表莅济视察` / `根据省人大常委会安排，…`):
    after a closed sentence and a blank line, a row that makes no sentence nor clause, at
    another width than the text it stands over (wider, or narrower by more than a
    paragraph's indent), no word running on into it. Relabelled in place: the headline, and
    its text's first row a new item's."""
    for i in range(1, len(rows) - 1):
        row, below = rows[i], rows[i + 1]
        if (labels[i] == "BODY" and labels[i + 1] == "BODY" and row.blank_before and rows[i - 1].ends == "closed"
                and not row.kinds and "headlike" in row.features and not _CLAUSE_MARK.search(row.text)
                and not below.blank_before and (row.width < 0.8 * below.width or row.width > 1.1 * below.width)
                and not runs_on(row.text, below.text)):  # (jieba last: the cheap tests first)
            labels[i], labels[i + 1] = "HEAD", "START"


def _headline_of_jump(rows: list[Row], labels: list[str], i: int, group: list[int]) -> bool:
    """The headline printed after a jump marker at the page's foot, on a page of headlines
    over bodies: the headline of the item the marker ends, when that item has none above it."""
    return ("after_jump" in rows[i].features and all(label == "HEAD" for label in labels[i:])
            and not any(labels[k] == "HEAD" for k in group))


def _headlines_after_jumps(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """A page taken for one of headlines over bodies whose foot is a headline alone after a jump
    marker, under an item whose own headline, at its top, also follows a jump marker that ends
    an untitled item above (`…（下转第四版）` / `江岭村：背靠大山好生财` / text `…（下转第六版）` /
    `文明过春节 年味更浓了`): these items print their headlines after their bodies, each the
    headline of the item above it. Moved in place."""
    if len(groups) < 3:
        return
    top, middle, last = groups[-3], groups[-2], groups[-1]
    heads = [i for i in middle if labels[i] == "HEAD"]
    if (all(labels[i] == "HEAD" for i in last) and "after_jump" in rows[last[0]].features
            and heads and heads == middle[:len(heads)] and "after_jump" in rows[heads[0]].features
            and not any(labels[i] == "HEAD" for i in top)):
        del middle[:len(heads)]
        top.extend(heads)
        middle.extend(groups.pop())


def _sign_over_headline(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """A byline after a body and before its headline (`…不利于污染物扩散。` / `郑报融媒记者 王 军` /
    `降温10℃，雨雪可能今夜到` / a deck), on a page that prints headlines after their bodies:
    the labeller starts an item at the byline, but what follows it is a few lines that make
    no sentence, so it is the writer's signature and the headline of the item above, whose
    body ended closed and has no headline yet. Joined to it, in place."""
    k = 1
    while k < len(groups):
        group, before = groups[k], groups[k - 1]
        signs = [i for i in group if labels[i] == "BYL"]
        rest = group[len(signs):]
        body_before = [i for i in before if labels[i] in ("START", "BODY", "SUB")]
        if (signs and signs == group[:len(signs)] and len(signs) <= 2 and 0 < len(rest) <= _HEAD_ROWS
                and all("byline_apart" in rows[i].kinds for i in signs)
                and all(labels[i] == "HEAD" or "headlike" in rows[i].features and labels[i] in ("START", "BODY") for i in rest)
                and body_before and not any(labels[i] == "HEAD" for i in before)
                and rows[body_before[-1]].ends == "closed"):
            for i in signs:
                labels[i] = "TAIL"
            for i in rest:
                labels[i] = "HEAD"
            before.extend(groups.pop(k))
            continue
        k += 1


def _headline_under_photo(groups: list[list[int]], rows: list[Row], labels: list[str], cv: Conventions) -> None:
    """A headline between a photo's credit and an untitled item below it, on a page of
    headlines after bodies: the item is a dispatch its lead opens (`…收获小麦。` /
    `孙树宝摄（新华社发）` / `河南抢收小麦超800万亩` / `据新华社郑州6月2日电`) or a feature its
    byline opens (`…观光游玩。 吕超峰翟英健摄` / `伉俪情深` / `情定太子山` / `□本报记者…`, the
    headline set apart from the credit by a blank line), with no headline of its own. A
    photo's caption is most often untitled and a news item or a feature seldom, so the
    headline is the item's, printed over it. Moved to the item below, in place. The credit is
    a line of its own or glued to the caption's last words; an editor code that ends an
    article does the same for a feature's byline below."""
    for k in range(1, len(groups)):
        photo, group = groups[k - 1], groups[k]
        heads = [i for i in photo if labels[i] == "HEAD"]
        if not heads or heads != photo[-len(heads):] or any(labels[i] == "HEAD" for i in group):
            continue
        credits = [i for i in photo if is_credit_line(i, rows, labels)]
        before = [i for i in photo if i < heads[0]]
        glued = bool(before) and labels[before[-1]] in ("START", "BODY") and bool(cv.glued_photo_credit.search(rows[before[-1]].text))
        # An editor code ends an article as a credit ends a photo (`…一同座谈。①3` / `申城何处不飞花` /
        # `——…侧记（上）` / `本报记者 时秀敏`): a headline after it over a feature's byline is the feature's.
        coded = bool(before) and "editor_code_end" in rows[before[-1]].kinds
        # A feature's byline takes the headline only when a blank line sets it apart from the
        # credit above: right under the credit (`新华社记者 李 安 摄` / `穗黄收获季 田间“抢粮”忙`)
        # it is the photo's.
        opens = ((labels[group[0]] == "START" and "strong_lead" in rows[group[0]].kinds)
                 or (labels[group[0]] == "BYL" and "strong_byline" in rows[group[0]].kinds and rows[heads[0]].blank_before))
        by_byline = labels[group[0]] == "BYL"
        if ((credits and credits[-1] < heads[0]) or glued or (coded and by_byline)) and opens:
            del photo[-len(heads):]
            group[:0] = heads


def _opens_with_text(group: list[int], labels: list[str]) -> bool:
    """The item's first row that is no headline row is its lead."""
    first = next((i for i in group if labels[i] != "HEAD"), None)
    return first is not None and labels[first] == "START"


def _lone_headline_over_the_next(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An item of headline rows alone (under a photo its credit closed, say: `…晾晒小麦 摄影
    邹吉硕` / `南阳西峡：` `开放公共广场 服务“三夏”生产` / `5 月 26 日，…`), over an item with no
    headline: no item is a headline alone; it heads the item below. Joined in place."""
    k = 1
    while k + 1 < len(groups):
        group = groups[k]
        # …its first part maybe on a row of its own, ending in a colon (`南阳西峡：`)
        lead_in = labels[group[0]] == "START" and len(group) > 1 and _colon_lead_in(rows[group[0]].text)
        if (all(labels[i] == "HEAD" for i in group[1 if lead_in else 0 :])
                and not any(labels[i] == "HEAD" for i in groups[k + 1])):
            if lead_in:
                labels[group[0]] = "HEAD"
            del groups[k]
            groups[k][:0] = group
            continue
        k += 1


def _colon_lead_in(text: str) -> bool:
    """A headline's first part ending in a colon, short, with no other mark (`南阳西峡：`)."""
    text = text.strip()
    return _ends_in_colon(text) and 2 <= len(text) <= 16 and not any(c in text[:-1] for c in "：:")


def _kicker_over_headline(top: list[int], rows: list[Row], labels: list[str]) -> bool:
    """The page's first item is a row set apart, with no clause mark (`有关雨的那些事儿……`), over
    headline rows and nothing else: a kicker and its headline, printed over the item below
    (a feature its byline opens), not the rest of an item begun on another page."""
    heads = [i for i in top if labels[i] == "HEAD"]
    return (len(top) >= 2 and top[0] == 0 and labels[top[0]] == "START" and heads == top[1:]
            and rows[top[1]].blank_before and not rows[top[0]].kinds and not PUNCTUATED.search(rows[top[0]].text))


def _headline_of_the_last_item(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """On a page of headlines after bodies whose last item has no headline after it (the page
    ends with its body or its jump marker: `…（记者 史长来 摄影报道）`),
    the headline run above it may hold that item's headline too: its last block, set apart by
    blank lines (`郑州至焦作城铁昨日开跑` / blank / ` 聚焦三夏`), is the last item's, printed over
    it, where it opens a frame of its own (a leading space). (Without one, a kicker right under
    a body and a title set apart, `关注郑州的春色` / blank / `只顾享受春光…`, are one headline.)
    Moved in place."""
    if len(groups) < 2:
        return
    above, last = groups[-2], groups[-1]
    if any(labels[i] == "HEAD" for i in last) or labels[last[0]] not in ("START", "BYL"):
        return
    heads = [i for i in above if labels[i] == "HEAD"]
    if len(heads) < 2 or heads != above[-len(heads):] or heads[-1] + 1 != last[0]:
        return
    apart = [i for i in heads[1:] if rows[i].blank_before]
    if not apart:
        return
    block = [i for i in heads if i >= apart[-1]]
    if len(block) > _HEAD_ROWS or not rows[last[0]].blank_before:
        return
    if rows[block[0]].text.startswith(" "):
        del above[-len(block):]
        last[:0] = block


_TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
_SENTENCE_END = re.compile(r"[。！？!?]”?$")
_PHOTO_REPORT = re.compile(r"摄\s*影\s*报\s*道\s*$")


def _captions_of_a_photo_report(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """The captions after a photo report's credit (`…走得及时”。` / `本报见习记者 李 海 摄影报道`
    / `上图为…` / `左图为…`): the items right after an item that a 摄影报道 credit ends, made of
    captions that open as captions (上图, 图为, ↑) with no credit, byline or headline of their
    own, are that report's pictures. Joined in place."""
    def pictures_of(before: list[int], group: list[int]) -> bool:
        ends_in_report = labels[before[-1]] == "TAIL" and bool(_PHOTO_REPORT.search(rows[before[-1]].text.strip()))
        captions = [i for i in group if labels[i] == "START" or (labels[i] == "BODY" and "caption_start" in rows[i].kinds)]
        return (ends_in_report and bool(captions) and all(labels[i] in ("START", "BODY") for i in group)
                and all("caption_start" in rows[i].kinds for i in captions))

    _join_where(groups, pictures_of)


def _headline_over_dated_text(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An item's first row taken for its lead that is its headline, printed over the text
    (` 马村区委书记宗家桢带队调研重点项目建设` / `11 月 7 日下午，马村区委书记…`): a row with no
    clause mark, no lead form and no time of its own, right over a row that opens a sentence
    with a dateline and a comma, where the item has no other headline. A sentence does not run
    on from such a row into a dateline. So is such a row over a subtitle of the `——` form
    (`烟火人间年味浓` / `——济源人民欢欢喜喜过大年`), with the subtitle. Relabelled in place."""
    for group in groups:
        body = [i for i in group if labels[i] in ("START", "BODY")]
        if len(body) < 2 or labels[body[0]] != "START" or body[0] != group[0] or any(labels[i] == "HEAD" for i in group):
            continue
        head, text = rows[body[0]], rows[body[1]]
        words = "".join(head.text.split())
        if not (len(words) >= 4 and head.ends == "open" and not head.kinds and not PUNCTUATED.search(words)) or body[1] != body[0] + 1:
            continue
        second = "".join(text.text.split())
        opening = DATELINE.match(second)
        if not DATELINE.search(words) and opening is not None and second[opening.end():opening.end() + 1] in ("，", ","):
            labels[body[0]], labels[body[1]] = "HEAD", "START"
        elif second.startswith("——") and not _SENTENCE_END.search(second) and len(body) > 2:
            # …or over its subtitle (`烟火人间年味浓` / `——济源人民欢欢喜喜过大年`): both are the headline
            labels[body[0]], labels[body[1]], labels[body[2]] = "HEAD", "HEAD", "START"


# An intro may open with its time (`昨日，郑州下了一场雪。`), no outlet's lead.
_DATED_OPENING = frozenset({"lead", "lead:dateline"})


def _lone_row_over_byline(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An item of one row with no clause mark and nothing of its own, right over a feature's
    byline (`听兰考老乡再谈“俺们的焦书记”（全国优秀记者看兰考）` / `□新华社记者 朱 基 钗` / the
    text): no article is one unclosed row; it is the headline of the item the byline opens,
    when that item has none. Relabelled and moved in place."""
    k = 1
    while k < len(groups):
        before, group = groups[k - 1], groups[k]
        row = rows[before[0]]
        # (a column's tag in brackets may end it, `（全国优秀记者看兰考）`, which reads as a signature)
        words = _TRAILING_BRACKET.sub("", "".join(row.text.split()))
        if (len(before) == 1 and labels[before[0]] == "START" and set(row.kinds) <= {"tail_signature_end"}
                and len(words) >= 4 and not PUNCTUATED.search(words) and not _SENTENCE_END.search(words)
                and labels[group[0]] == "BYL" and "strong_byline" in rows[group[0]].kinds
                and not any(labels[i] == "HEAD" for i in group)):
            labels[before[0]] = "HEAD"
            group[:0] = groups.pop(k - 1)
            continue
        k += 1


def _opening_line_under_headline(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """A headline over one closed line set apart (`烟火人间年味浓` / `——济源人民欢欢喜喜过大年` /
    `虎年已去春风暖，兔岁乍来喜气浓。`), then text with no lead, headline, credit or byline of its
    own: the line opens the article, it is no article of one line. Joined in place."""
    def opens(before: list[int], group: list[int]) -> bool:
        text = [i for i in before if labels[i] != "HEAD"]
        return (len(text) == 1 and labels[text[0]] == "START" and any(labels[i] == "HEAD" for i in before)
                and rows[text[0]].ends == "closed" and not rows[text[0]].kinds
                and labels[group[0]] == "START" and not rows[group[0]].kinds
                and all(labels[i] in ("START", "BODY", "SUB") for i in group))

    _join_where(groups, opens)


def _untitled_intro_over_byline(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An untitled intro with its article's byline set right under it, no blank line between
    (`…我省南部依然有雨雪。` / `郑州晚报记者 王军方/文 马健/图` / blank / the text), over text
    with no headline either: one article, on a page of either order. Two untitled items in a
    row are seldom two articles; a byline printed tight under a text belongs to it. Joined in
    place."""
    _join_where(groups, lambda before, group: (
        _plain_closed_text(before, rows, labels, ("START", "BODY"), _DATED_OPENING) and _byline_opens(group, rows, labels)
        and not rows[group[0]].blank_before and not any(labels[i] == "HEAD" for i in group)))


def _intro_over_byline(groups: list[list[int]], rows: list[Row], labels: list[str]) -> None:
    """An intro printed over its article's byline (` 与共和国同龄的《郑州晚报》，…亲切、自然。` /
    `晚报首席记者 张锡磊` / the text, its subheads, its headline), on a page of headlines after
    bodies: an item of closed text with no lead form, no headline, no tail, no credit, marker nor
    byline of its own, right before an item that a byline opens and a headline ends. An article is seldom
    untitled, and its byline may follow the intro: one article, joined in place."""
    _join_where(groups, lambda before, group: (
        _plain_closed_text(before, rows, labels, ("START", "BODY", "SUB"), frozenset()) and _byline_opens(group, rows, labels)
        and any(labels[i] == "HEAD" for i in group)))


def _join_where(groups: list[list[int]], belongs) -> None:
    """Join each item to the one before it where `belongs(before, item)`, in place; the item
    joined to is then tried with the next."""
    k = 1
    while k < len(groups):
        if belongs(groups[k - 1], groups[k]):
            groups[k - 1].extend(groups.pop(k))
        else:
            k += 1


def _plain_closed_text(item: list[int], rows: list[Row], labels: list[str], parts: tuple[str, ...], kinds: frozenset[str]) -> bool:
    """An item all of text (rows labelled `parts`), opened by its first row and ending closed,
    whose rows have no form but `kinds`: nothing of its own (no lead, headline, tail, byline)."""
    return (all(labels[i] in parts for i in item) and labels[item[0]] == "START"
            and all(set(rows[i].kinds) <= kinds for i in item) and rows[item[-1]].ends == "closed")


def _byline_opens(item: list[int], rows: list[Row], labels: list[str]) -> bool:
    """A feature's byline opens the item, not a byline printed after a jump marker."""
    first = item[0]
    return labels[first] == "BYL" and "strong_byline" in rows[first].kinds and "after_jump" not in rows[first].features


def _byline_of_lead(rows: list[Row], labels: list[str], i: int, cv: Conventions) -> bool:
    """A byline line right after a dispatch's lead line that holds no text of the body
    (`新华社郑州11月6日电 题：…` / `新华社记者刘金辉、郝源`): the dispatch's writers."""
    if i == 0 or labels[i - 1] != "START":
        return False
    lead = cv.lead(rows[i - 1].text)
    return lead is not None and lead[0].kind != "feature" and not ends_sentence(rows[i - 1].text)


def _headline_lead_in(row: Row, before: Row, headline: Row) -> bool:
    """A headline's first part ending in a colon, on a line of its own above the rest
    (`两岸媒体“太行山行”：` / `感受山乡之变`): one line between the body's closed last
    sentence and the headline, with no sentence punctuation, right above the headline."""
    return (_ends_in_colon(row.text) and before.ends == "closed" and not row.kinds
            and headline.number == row.number + 1 and not headline.blank_before)


def _ends_in_colon(text: str) -> bool:
    """Text ending in a colon with no sentence or clause mark before it: a headline's first part."""
    text = text.strip()
    return text.endswith(("：", ":")) and not any(c in text[:-1] for c in "。，；！？,;!?")


def _headline_over_lead(body: list[Row]) -> int:
    """How many of an item's first rows, when it has no headline, are a headline printed
    over its lead (` 河南国庆假期旅游收入502亿元 城乡全面火爆` / `10 月 7 日，记者从…`;
    kicker, title and deck over `6 月 27 日，省委书记…`): rows with no sentence punctuation
    right above a row that opens the text with a lead, the last of them no sentence running
    on into it (no word across the break, no preposition or particle at its end), and set
    at another width than the lead's line."""
    lead_at = next((k for k, row in enumerate(body[:_HEAD_ROWS + 1]) if "lead" in row.kinds or "author_line" in row.kinds), 0)
    if lead_at == 0 or body[lead_at].blank_before and lead_at == 1:
        return 0
    top, lead = body[:lead_at], body[lead_at]
    if any(row.kinds or "headlike" not in row.features or is_text_label(row.text) for row in top) or runs_on(top[-1].text, lead.text):
        return 0
    if top[-1].text.rstrip()[-1:] in NEEDS_MORE:  # `…有关部门负责人于` / `6月27日，…`: one sentence
        return 0
    if abs(top[-1].width - lead.width) / max(top[-1].width, lead.width, 1) <= 0.15:
        return 0
    return lead_at


def _headline_set_apart(body: list[Row], at_top: bool) -> int:
    """How many of the first rows of the page's first item are its headline when they stand
    apart from the text by a blank line (` 信阳迎来小麦收割“第一镰”` / blank / `眼下，…`;
    a kicker block, a title block, then the text): a few rows with no punctuation but
    quotes and brackets, the text after them opening a sentence of its own. Further down a
    page of headlines after bodies such rows may be the headline of the item above
    (RAW_FORMAT 6): there only the page's top is read so (`at_top`)."""
    if not at_top:
        return 0
    k = 0
    while (k < len(body) and k < _HEAD_ROWS and not body[k].kinds and "headlike" in body[k].features
           and not PUNCTUATED.search(body[k].text) and not is_text_label(body[k].text)):
        k += 1
    if k == 0 or k == len(body) or runs_on(body[k - 1].text, body[k].text):
        return 0
    # Set apart from the text by a blank line, or a title under a kicker block set apart.
    apart = body[k].blank_before or any(row.blank_before for row in body[1:k])
    return k if apart else 0


_CLAUSE_MARK = re.compile(r"[，；。,;]")


# A headline printed over its lead is a kicker, a title and a deck at most, each maybe wrapped.
_HEAD_ROWS = 4


_WHAT = {"START": "start", "BYL": "start", "HEAD": "headline", "TAIL": "tail", "SUB": "subhead", "BODY": "body"}


def _doubts(rows: list[Row], decoded: Decoded, group: list[int], doubt: float) -> list[tuple[int, int, str, float]]:
    """Runs of rows of one item whose label won by less than `doubt`: (first line, last
    line, what they were taken for, the smallest margin)."""
    out: list[tuple[int, int, str, float]] = []
    for i in group:
        margin = decoded.margins[i]
        if i == 0 or margin >= doubt:
            continue
        what = _WHAT[decoded.labels[i]]
        if out and out[-1][2] == what and out[-1][1] >= rows[i - 1].number:
            first, _, _, low = out[-1]
            out[-1] = (first, rows[i].number, what, min(low, margin))
        else:
            out.append((rows[i].number, rows[i].number, what, margin))
    return out
