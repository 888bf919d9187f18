"""People named in an article, with the role words printed next to their names.

Three kinds of evidence, strongest first:
- the paper's patterns: a title before a name (`市委书记张建国`), an enumeration after a
  title (`市领导李明、王强、赵刚出席`), a name before a speech verb (`周涛表示`);
- the people file (known persons, whose names also segment whole in jieba);
- jieba's person tag (`nr`) on a name with a common surname, checked against a stop list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, PersonMention
from ..parse.text import is_han
from .resources import Resources

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_NUMERALS = "一二三四五六七八九十百千"
_PRONOUNS = "他她它们"
# Where a role chain begins: the role words of a name run back to one of these.
# (with the half-width marks some sources keep: `2月10日,副市长祁文华`)
_CHAIN_START = "，。；：！？\n“”‘’《》——,;:!?"
# The words that may follow a name (`after_name`), the speech verbs after a speaker's name
# (`周涛表示`, `张建国在讲话中`) and the others are data: site_config/word_lists.yml, compiled
# by finder_words.py into `res.finder`.

# A list of names closed by the group's title: `周涛、吴刚、郑伟等县领导`.
_LIST_BEFORE_TITLE = re.compile(
    r"(?:^|(?<=[，。；：！？\n“”]))((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等(?:该|县|区|市|镇|乡)?(?:领导|同志|人)"
)
# `封超胜是县中医院外科护士长`: a name, 是, and a title closing the clause.
_NAME_IS = re.compile(r"(?:^|(?<=[，。；：！？\n“”]))([\u4e00-\u9fff]{2,4}?)是([^，。；！？\n]{2,24})(?=[，。；])")


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


def find_people(article: Article, res: Resources, tokens: dict[int, tuple[str, str]] | None = None) -> list[PersonMention]:
    """Every person named in the article, once each, in order of first appearance.
    `tokens`: the segmentation of `article_text(article)`, when the caller has it."""
    text = article_text(article)
    tokens = tokens if tokens is not None else segment(text, res)
    found: list[_Found] = []
    found += _titled_and_listed(text, res, tokens)
    found += _known(text, res)
    found += _speakers(text, res)
    found += _listed_before_title(text, res)
    found += _tagged(text, res, tokens)
    found += _relatives(text, res, tokens)
    found += _long_lists(text, res, found)
    found += _list_continuations(text, res, tokens, found)
    found = [f for f in found if not _quoted(text, f)]
    found = _without_overlaps(found)
    bylined = {*article.reporters, *article.correspondents, *article.photographers, article.signature}
    bylined |= _credited(text, res, found)
    return _merge(found, bylined)


# A credit printed inside the text, where a byline was glued to a headline or a caption:
# `本报记者 王言`, `通讯员李欣`, `赵春营 摄`. The names are credits, not story people.
_CREDIT_BEFORE = re.compile(r"(?:本报|特约|特派|见习|实习)?(?:记者|通讯员)|实习生|摄影")
_CREDIT_AFTER = re.compile(r"\s*(?:摄|报道|供图)(?:$|[\s，。）)])")


def _credited(text: str, res: Resources, found: list[_Found]) -> set[str]:
    """Names printed as a credit of the item (`记者王平`, `王平 摄`), not as people it is about.
    Another outlet's reporter named inside a sentence (`农民日报记者李海涛对此格外关注`) is one
    of the people the item is about."""
    names: set[str] = set()
    for f in found:
        window = max(0, f.start - 5)
        before = text[window : f.start].rstrip()
        credit = _CREDIT_BEFORE.search(before)
        if credit and credit.end() == len(before) and not before.endswith("小记者"):
            at = window + credit.start()
            prefix = text[max(0, at - 20) : at]
            outlet = _OTHER_OUTLET.search(prefix)
            bracketed = outlet is not None and prefix[: outlet.start()].rstrip()[-1:] in "（("
            if outlet is None or bracketed or f.name[-1] in "摄图":
                names.add(f.name)
        if _CREDIT_AFTER.match(text, f.start + len(f.name)):
            names.add(f.name)
    return names


# An outlet's name ending right before the role word, not the paper's own (本报): 农民日报记者,
# 中央人民广播电台记者, 新华社记者 inside a sentence (in a credit's bracket it is a credit).
_OTHER_OUTLET = re.compile(r"[\u4e00-\u9fff]{2,}(?<!本报)[报台社网]$")


def segment(text: str, res: Resources) -> dict[int, tuple[str, str]]:
    """jieba's segmentation of the whole text as {offset: (word, tag)}.

    The plain segmenter (with its HMM for words it does not know) is several times faster
    than part-of-speech tagging; the tag is looked up in jieba's dictionary, and a word
    the HMM found that no dictionary knows is tagged `new`: names are such words."""
    tags = res.word_tags
    freq = res.tokenizer.FREQ
    starts: dict[int, tuple[str, str]] = {}
    pos = 0
    for word in res.tokenizer.cut(text, HMM=True):
        tag = tags.get(word) or ("x" if freq.get(word) else "new")
        starts[pos] = (word, tag)
        pos += len(word)
    return starts


def _quoted(text: str, found: _Found) -> bool:
    """`焦作的“钟南山”`: a name alone in quotation marks is a nickname, not the person."""
    end = found.start + len(found.name)
    return text[found.start - 1 : found.start] in "“‘「" and text[end : end + 1] in "”’」" and found.start > 0


def is_name(candidate: str, res: Resources, *, strict: bool = False) -> bool:
    """Shape of a Chinese personal name: a surname, 2 to 4 characters, no known non-name."""
    if not (2 <= len(candidate) <= 4) or not _HAN.fullmatch(candidate):
        return False
    if candidate in res.not_names or candidate in res.gazetteer.names or candidate in res.role_words:
        return False
    if candidate.endswith("某"):  # 王某, 张某某: a name withheld, not a person to index
        return False
    if candidate.endswith("副"):  # 原副(主任), 常务副(市长): the start of a deputy's title, no given name
        return False
    if len(candidate) == 2 and candidate[1] in _NUMERALS:  # 高三学生, 初二: a grade, not a name
        return False
    if candidate[1:] in res.honorifics:  # 周师傅, 张先生: a surname and a form of address, no full name
        return False
    if any(ch in _PRONOUNS for ch in candidate[1:]):  # 都叫他, 曾和她: a pronoun ends a clause, no given name
        return False
    if candidate in res.known_people:
        return True
    if len(candidate) == 3 and candidate[0] not in res.common_surnames and _word_freq(candidate[:2], res) >= _RARE_SURNAME_WORD_FREQ:
        return False  # 督查组, 丰收节: a rare surname character opening an ordinary word
    if candidate[:2] in res.compound_surnames:
        return len(candidate) >= 3
    surnames = res.common_surnames if strict else res.surnames
    return candidate[0] in surnames and len(candidate) <= 3


# Words of place that follow a noun, never a person's name (`家灶内`, `院里`).
_LOCATIVES = frozenset("内里")


def _name_at(text: str, i: int, res: Resources, tokens: dict[int, tuple[str, str]]) -> str:
    """The name that starts at offset i (after a title or in a list), or '' when none does.

    Evidence, in order: a known person; a name shape followed by what follows names in
    this paper (`、`, `出席`, `强调`, …); jieba tagging the word there as a person.
    """
    for length in (4, 3, 2):
        if text[i : i + length] in res.known_people:
            return res.known_people[text[i : i + length]]
    for length in (2, 3):  # an item of a list is whole: 胡新向、 is not 胡新 + 向
        if text[i + length : i + length + 1] == "、" and is_name(text[i : i + length], res):
            if not _is_word(text[i : i + length], res):
                return text[i : i + length]
    for length in (2, 3, 4):
        rest = text[i + length : i + length + 5]
        if rest[:1] in "、，。；：！？\n（）“”" or res.finder.after_name.match(rest) and not _cuts_a_word(text, i + length, res):
            if is_name(text[i : i + length], res) and not _is_word(text[i : i + length], res):
                return text[i : i + length]
    word, flag = tokens.get(i, ("", ""))
    if word and text[i + len(word) : i + len(word) + 1] in _LOCATIVES:
        return ""  # `村民家灶内`: a place inside something, not a person
    if 2 <= len(word) <= 3 and is_name(word, res) and (flag.startswith("nr") or not _is_word(word, res)):
        # after a title, a name-shaped word that is no ordinary word; a two-character one
        # whose next piece jieba could not place is missing its given name's last character
        return _with_last_character(text, i, word, tokens, res) or word
    if len(word) == 1 and i + 1 in tokens:
        given, given_flag = tokens[i + 1]
        if len(given) <= 2 and (given_flag.startswith("nr") or given_flag in ("ng", "nz")) and is_name(word + given, res):
            return word + given  # surname segmented apart: 郑 + 小林
    return ""


def _with_last_character(text: str, i: int, word: str, tokens: dict[int, tuple[str, str]], res: Resources) -> str:
    """`董事长庞长鸿所说` cut 庞长 | 鸿, `书记张会强领着` 张会 | 强领, `村民王加红边用` 王加 | 红边:
    after a two-character name, a piece jieba tags as a name's character, could not place
    (a word it made up) or hardly knows holds the given name's second character."""
    if len(word) != 2:
        return ""
    after, flag = tokens.get(i + 2, ("", ""))
    if not after or not is_han(after[0]):
        return ""
    placed = len(after) == 1 and flag in ("nr", "ng", "nz") or flag == "new" or (
        len(after) > 1 and res.tokenizer.FREQ.get(after, 0) < _RARE_WORD_FREQ)
    longer = word + after[0]
    # (Not a character that reads as a word of the sentence on its own, an adverb or a verb:
    # `郭辉先开了腔`, `尹弘莅焦调研`.)
    alone = res.word_tags.get(after[0], "")
    if placed and not alone.startswith(_SENTENCE_TAGS) and is_name(longer, res, strict=True) and not _is_word(longer, res):
        return longer
    return ""


_SENTENCE_TAGS = ("d", "v", "p", "c", "u", "r", "m", "q")  # jieba's adverbs, verbs, prepositions, conjunctions, particles, pronouns, numerals


# A rare surname character that opens a word this frequent (督查, 丰收) opens the word.
_RARE_SURNAME_WORD_FREQ = 200


def _word_freq(word: str, res: Resources) -> int:
    if res.word_tags.get(word, "").startswith("nr"):
        return 0
    return res.tokenizer.FREQ.get(word, 0) or 0


# Below this jieba frequency a dictionary entry is too rare to outweigh a name's shape (柯文).
_RARE_WORD_FREQ = 10
# A three-character candidate starting with a frequent ordinary word (`干部要`) is no name.
_COMMON_PREFIX_FREQ = 3000


# A common word across the end of a candidate (`都成|为` → 成为) means the cut is wrong.
_STRADDLED_WORD_FREQ = 500


def _cuts_a_word(text: str, end: int, res: Resources) -> bool:
    straddled = text[end - 1 : end + 1]
    tag = res.word_tags.get(straddled, "nr")
    return not tag.startswith("nr") and res.tokenizer.FREQ.get(straddled, 0) >= _STRADDLED_WORD_FREQ


def _is_word(candidate: str, res: Resources) -> bool:
    """An ordinary dictionary word (`严格`, `关于`), or one followed by a character
    (`干部要`), rather than a name: jieba does not tag it as a person."""
    if candidate in res.known_people:
        return False
    tag = res.word_tags.get(candidate)
    if tag is not None and not tag.startswith("nr") and res.tokenizer.FREQ.get(candidate, 0) >= _RARE_WORD_FREQ:
        return True
    prefix = candidate[:2]
    prefix_tag = res.word_tags.get(prefix, "nr")
    return len(candidate) == 3 and not prefix_tag.startswith("nr") and res.tokenizer.FREQ.get(prefix, 0) >= _COMMON_PREFIX_FREQ


def _role_chain(text: str, end: int, res: Resources) -> tuple[str, ...]:
    """The role words printed right before offset `end`: `市委书记、市人大常委会主任`.

    Each part between `、` keeps what follows the last word that belongs to the sentence
    rather than to a title (`要深入贯彻省委书记` → 省委书记, `72岁的村党支部原书记` →
    村党支部原书记)."""
    start = end
    while start > 0 and text[start - 1] not in _CHAIN_START:
        start -= 1
    chain = text[start:end]
    for joined in res.joined_titles:  # 住房和城乡建设局局长: a conjunction inside a title
        chain = chain.replace(joined, joined.replace("和", _KEPT_AND).replace("与", _KEPT_WITH).replace("及", _KEPT_ALSO))
    roles = []
    for part in chain.split("、"):
        part = res.finder.sentence_words.split(part.strip())[-1]
        # `该县县委书记`, `我市领导`: the deictic word is not the title's (县委书记, 市领导).
        part = re.sub(r"^(?:该|我)([市县区镇乡])(?=\1)", "", part)
        part = re.sub(r"^(?:该|并|在|由|经|受|被|请|将|对|向|时任|我(?=[市县区镇乡]))+", "", part)
        part = part.replace(_KEPT_AND, "和").replace(_KEPT_WITH, "与").replace(_KEPT_ALSO, "及")
        if part and any(part.endswith(word) for word in res.role_words):
            roles.append(part)
    return tuple(roles)


# Stand-ins for a conjunction that belongs to a title while the chain is cut at the others.
_KEPT_AND, _KEPT_WITH, _KEPT_ALSO = "\x01", "\x02", "\x03"
# Words of the sentence around a title, never inside one (`res.finder.sentence_words`): the
# role starts after them, after a conjunction (复工复产和省长 → 省长) and after the verbs that
# take a person as object.


def _titled_and_listed(text: str, res: Resources, tokens: dict[int, tuple[str, str]]) -> list[_Found]:
    """Names right after a role word, and the enumerations that follow list titles."""
    found: list[_Found] = []
    i = 0
    words = res.role_words_by_first
    while i < len(text):
        role = next((w for w in words.get(text[i], ()) if text.startswith(w, i)), None)
        if role is None:
            i += 1
            continue
        end = i + len(role)
        name = _name_at(text, end, res, tokens)
        if name and name not in res.known_people and _function_word_start(name, res):
            name = ""  # 村民和游人: a conjunction and a word after the title, not a name
        if not name:
            i = end
            continue
        roles = _role_chain(text, end, res)
        found.append(_Found(name, end, roles))
        # An enumeration: 李明、王强、赵刚 … (和|及 秘书长 钱进).
        pos = end + len(name)
        while pos < len(text) and text[pos] in "、和及":
            nxt = pos + 1
            inner = next((w for w in words.get(text[nxt : nxt + 1], ()) if text.startswith(w, nxt)), None)
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


def _relatives(text: str, res: Resources, tokens: dict[int, tuple[str, str]]) -> list[_Found]:
    """`儿子曾小明`, `妻子王芳`, `我叫王小明`, `63岁的黄全`: a name after a kinship word, a word
    that introduces a name or a person's age (none of them a role)."""
    found = []
    for word in (*res.kinship_words, *res.name_leads):
        for match in re.finditer(re.escape(word), text):
            name = _name_at(text, match.end(), res, tokens)
            if name:
                found.append(_Found(name, match.end()))
    for match in _AGE.finditer(text):
        name = _name_at(text, match.end(), res, tokens)
        if name:
            found.append(_Found(name, match.end()))
    return found


_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁的")  # 63岁的黄全, 八十岁的…


# Below this many names a 、 list is not taken for a list of people on its shape alone.
_LONG_LIST_ITEMS = 4
_CLAUSE = re.compile(r"[^，。；：！？\n（）“”]+")


def _long_lists(text: str, res: Resources, found: list[_Found]) -> list[_Found]:
    """`市（厅）级干部魏丰收、马明仁、田立杰、李海松等出席`, `王明德、穆玉华、…在主席台就座`:
    a list whose inner items are mostly names is a list of people, its first item read from
    the end of what precedes it and its last from the start of what follows."""
    more = []
    for clause in _CLAUSE.finditer(text):
        items = clause.group(0).split("、")
        inner = items[1:-1]
        if len(items) < _LONG_LIST_ITEMS or any(not 2 <= len(item) <= 3 for item in inner):
            continue
        names = [item for item in inner if is_name(item, res) and not _is_word(item, res)]
        if len(names) < max(1, (2 * len(inner) + 2) // 3):
            continue
        offset = clause.start()
        first = _list_head(items[0], res)
        if first:
            more.append(_Found(first, offset + len(items[0]) - len(first)))
        offset += len(items[0]) + 1
        for item in inner:
            if is_name(item, res):
                more.append(_Found(item, offset))
            offset += len(item) + 1
        last = _list_tail(items[-1], res)
        if last:
            more.append(_Found(last, offset))
    return more


def _list_head(chunk: str, res: Resources) -> str:
    """The name that ends `chunk`: three characters unless their first ends a word of what
    precedes (`副主席范涛` is 范涛, not 席范涛)."""
    for length in (3, 2):
        candidate = chunk[-length:]
        if len(chunk) < length or not is_name(candidate, res) or _is_word(candidate, res):
            continue
        if len(chunk) > length and _cuts_a_word(chunk, len(chunk) - length, res):
            continue
        return candidate
    return ""


def _list_tail(chunk: str, res: Resources) -> str:
    for length in (2, 3):
        candidate, rest = chunk[:length], chunk[length:]
        if (not rest or res.finder.after_name.match(rest)) and is_name(candidate, res) and not _is_word(candidate, res):
            return candidate
    return ""


def _function_word_start(candidate: str, res: Resources) -> bool:
    """`向大家`, `和游人`: a preposition or conjunction that is also a surname, then a word."""
    rest = candidate[1:]
    if candidate[0] not in res.function_surnames or len(rest) < 2 or res.word_tags.get(rest, "").startswith("nr"):
        return False
    return res.tokenizer.FREQ.get(rest, 0) >= _FUNCTION_REST_FREQ


# A word this frequent after a preposition-surname (大家, 游人) is the word; a given name that is
# also a rare word (海波) stays a name.
_FUNCTION_REST_FREQ = 300


def _list_continuations(text: str, res: Resources, tokens: dict[int, tuple[str, str]], found: list[_Found]) -> list[_Found]:
    """A list that starts with a person goes on with persons: `余忠杰、柴荃青、王立业`."""
    more: list[_Found] = []
    for first in found:
        pos = first.start + len(first.name)
        while text[pos : pos + 1] == "、" and first.strong:
            name = _name_at(text, pos + 1, res, tokens)
            if not name:
                name = _listed_name(text, pos + 1, res)
            if not name:
                break
            more.append(_Found(name, pos + 1, first.roles))
            pos += 1 + len(name)
    return more


def _listed_name(text: str, i: int, res: Resources) -> str:
    """Inside a list of names, an item closed by `、` or the list's end is a name if shaped so."""
    for length in (2, 3):
        after = text[i + length : i + length + 1]
        candidate = text[i : i + length]
        if after in ("、", "等", "和", "，", "。") and is_name(candidate, res) and not _is_word(candidate, res):
            return candidate
    return ""


def _known(text: str, res: Resources) -> list[_Found]:
    found = []
    for form, name in res.known_people.items():
        for match in re.finditer(re.escape(form), text):
            after = text[match.end() : match.end() + 1]
            if after and res.known_people.get(form + after):
                continue
            found.append(_Found(name, match.start()))
    return found


def _speakers(text: str, res: Resources) -> list[_Found]:
    found = []
    for match in res.finder.speech.finditer(text):
        name = match.group(1)
        if is_name(name, res) and not _is_word(name, res) and not _function_word_start(name, res):
            found.append(_Found(name, match.start(1)))
    return found


# A word jieba's dictionary knows this well is an ordinary word, whatever its tag.
_COMMON_WORD_FREQ = 20
_PLACE_ENDINGS = "村镇乡庄区县市街路"


def _known_name(word: str, res: Resources) -> bool:
    """A three-character word jieba's dictionary knows well and tags as a person (江泽民,
    焦裕禄, 刘伯承), unless it is a word with a person's tag: one that opens with an ordinary
    word (安全感, 纪念塔, 白天鹅) or ends in a common noun (高水平, 连阴雨, 段时间), a word of
    manner (金灿灿) or a landform's name (王屋山, 金水河)."""
    if res.word_tags.get(word) != "nr" or not _is_common_word(word, res):
        return False
    if word[1] == word[2] or word[-1] in _LANDFORM_ENDINGS:
        return False  # 金灿灿, a word of manner; 王屋山, 金水河: a mountain, a river
    head = word[:2]
    if not res.word_tags.get(head, "nr").startswith("nr") and res.tokenizer.FREQ.get(head, 0) >= _OPENING_WORD_FREQ:
        return False
    return not _ends_in_common_noun(word, res)


def _ends_in_common_noun(word: str, res: Resources) -> bool:
    """高水平, 古村落: a three-character word whose last two characters are a common noun."""
    tail = word[1:]
    return res.word_tags.get(tail) == "n" and res.tokenizer.FREQ.get(tail, 0) >= _ENDING_NOUN_FREQ


_LANDFORM_ENDINGS = "山河湖江"
# An ordinary word this frequent opening a tagged word (安全 of 安全感), a noun this frequent
# ending it (水平 of 高水平): the word is no name, whatever its tag.
_OPENING_WORD_FREQ = 100
_ENDING_NOUN_FREQ = 50


def _is_common_word(word: str, res: Resources) -> bool:
    return word not in res.known_people and res.tokenizer.FREQ.get(word, 0) >= _COMMON_WORD_FREQ


def _listed_before_title(text: str, res: Resources) -> list[_Found]:
    """Names in `A、B、C等县领导` and in `A是…护士长`: the title comes after the names."""
    found = []
    for match in _LIST_BEFORE_TITLE.finditer(text):
        items = match.group(1).split("、")
        if all(is_name(item, res) and not _is_word(item, res) for item in items):
            offset = match.start(1)
            for item in items:
                found.append(_Found(item, offset))
                offset += len(item) + 1
    for match in _NAME_IS.finditer(text):
        name, title = match.group(1), match.group(2)
        if is_name(name, res) and not _is_word(name, res) and any(title.endswith(w) for w in res.role_words):
            found.append(_Found(name, match.start(1), (title,)))
    return found


def _tagged(text: str, res: Resources, tokens: dict[int, tuple[str, str]]) -> list[_Found]:
    """jieba's person tags: full names with a common surname, not before a place noun.
    A tagged name right before a title (`习近平总书记`) is as good as a pattern."""
    found = []
    for pos, (word, flag) in tokens.items():
        if flag not in ("nr", "nrfg", "new") or not 2 <= len(word) <= 3:
            continue
        after = text[pos + len(word) : pos + len(word) + 6]
        if res.finder.not_after_person.match(after):
            continue
        title = next((w for w in res.role_words_by_first.get(after[:1], ()) if after.startswith(w)), "")
        titled = bool(title)
        if titled and word[-1] in _PLACE_ENDINGS:
            continue  # 封村党支部书记: the village's title, not a person's name
        # jieba alone calls 林立, 康养, 高庄村 names: short words, ordinary words, places; a word
        # its dictionary knows well as a person's name (焦裕禄, 许世友, 江泽民) is a name.
        known_name = len(word) == 3 and _known_name(word, res)
        if not titled and (len(word) < 3 or (_is_common_word(word, res) and not known_name) or word[-1] in _PLACE_ENDINGS):
            continue
        if not titled and word in res.word_tags and _ends_in_common_noun(word, res):
            continue  # 古村落: a rare dictionary word with a person's tag, ending in a noun (村落)
        if flag == "new" and not titled and not (after[:1] in "、，。；：！？\n“”（）" or res.finder.after_name.match(after)):
            continue  # an unknown word (万人助 of 万人助企) is a name only where names end
        if not titled and _function_word_start(word, res):
            continue
        if is_name(word, res, strict=not titled):
            found.append(_Found(word, pos, (title,) if title else (), strong=titled))
    return found


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Two names cannot share characters (`郝立富及秘书长` is not also `富及`): where they
    overlap, the name more pieces of evidence found stands, then the one read first."""
    support: dict[str, int] = {}
    covering: dict[int, list[_Found]] = {}  # offset → the found names printed over it
    for f in found:
        support[f.name] = support.get(f.name, 0) + 1
        for pos in range(f.start, f.start + len(f.name)):
            covering.setdefault(pos, []).append(f)
    keep = []
    for f in found:
        rivals = {(g.name, g.start) for pos in range(f.start, f.start + len(f.name)) for g in covering[pos]}
        beaten = any(
            name != f.name and name not in f.name and f.name not in name
            and (support[name], -start) > (support[f.name], -f.start)
            for name, start in rivals
        )
        if not beaten:
            keep.append(f)
    return keep


def _merge(found: list[_Found], bylined: set[str]) -> list[PersonMention]:
    """One mention per person, first appearance first; a name inside a longer found name
    (`张建` in `张建国`) and byline people are dropped; roles are gathered in order."""
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
