"""Districts an article names, rolled up to Jiaozuo's county-level units, and the one it is about.

The primary district is decided by evidence, each piece scored by where it is printed
(headline, lead, body): units and places named, city-wide words (我市, 市委), words naming a
unit by its rank only (我县, 县委书记, 该市), officials of the people register in office at
the article's date, and places elsewhere. The label with the highest score wins; the
evidence is kept, so that `explain_primary` can say why.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article, PersonMention
from .register import Register
from .resources import CITY_LEVEL, OUTSIDE, Gazetteer

_LEAD_CHARS = 60


@dataclass(frozen=True)
class Evidence:
    """One reason for a primary district: the label it supports, its weight, what was printed."""

    label: str  # a unit, 市级 or 其他
    weight: float
    why: str

    def __str__(self) -> str:
        return f"{self.label} +{self.weight:g} ({self.why})"


def scan_places(text: str, gaz: Gazetteer) -> list[tuple[int, str, str | None]]:
    """(offset, printed form, unit) of every gazetteer name, leftmost-longest.

    Guards (`示范村`), ambiguous names (`太行街道`) and places elsewhere (`新密市`) take part
    in the scan and map to no unit, so they hide the shorter names inside them.
    """
    return [(m.start(), m.group(0), gaz.names.get(m.group(0))) for m in gaz.pattern.finditer(text)]


def _headline(article: Article) -> str:
    return " ".join(h for h in (article.kicker, "" if article.title_inferred else article.title, article.subtitle) if h)


def find_districts(
    article: Article, gaz: Gazetteer, people: list[PersonMention] | tuple = (), register: Register | None = None
) -> tuple[list[str], str]:
    """(units named, in the gazetteer's order; the primary unit, 市级 or 其他)."""
    districts, primary, _inferred = districts_of(article, gaz, people, register)
    return districts, primary


def districts_of(
    article: Article, gaz: Gazetteer, people: list[PersonMention] | tuple = (), register: Register | None = None
) -> tuple[list[str], str, bool]:
    """`find_districts`, and whether the primary unit is inferred: nothing printed says where."""
    named: set[str] = set()
    shared: set[str] = set()  # units named only by an alias other places use too (示范区)
    unplaced: list[str] = []  # forms that name no unit: guards, ambiguous names, places elsewhere
    parts = (_headline(article), "\n".join(article.paragraphs))
    for part in parts:
        hits = scan_places(part, gaz)
        for pos, form, unit in hits:
            if unit is None:
                unplaced.append(form)
            elif form not in gaz.weak and not _elsewhere_before(part, pos, form, hits, gaz):
                (shared if form in gaz.primary.context_forms else named).add(unit)
        named.update(unit for _, _, unit in scan_stems(part, gaz))
    if shared and _jiaozuos(parts, unplaced, gaz):
        named |= shared
    districts = [u for u in gaz.units if u in named]
    evidence = primary_evidence(article, gaz, people, register)
    return districts, decide(evidence, article, gaz), not evidence


def _jiaozuos(parts: tuple[str, ...], unplaced: list[str], gaz: Gazetteer) -> bool:
    """Whether an alias other places use too (示范区) is Jiaozuo's in this article: the city's
    name is printed, or no place elsewhere is among the article's `unplaced` forms (a 周口
    article's 城乡一体化示范区 is 周口's)."""
    if any(_names_the_city(part, gaz) for part in parts):
        return True
    return not any(_elsewhere_form(form, gaz) for form in unplaced)


def scan_stems(text: str, gaz: Gazetteer) -> list[tuple[int, str, str]]:
    """(offset, stem, unit) of the short forms printed before an urban-district word
    (解放和山阳两城区 → 解放区, 山阳区)."""
    found: list[tuple[int, str, str]] = []
    if gaz.stem_pattern is None:
        return found
    for match in gaz.stem_pattern.finditer(text):
        for stem in re.finditer("|".join(map(re.escape, sorted(gaz.stems, key=len, reverse=True))), match.group(0)):
            found.append((match.start() + stem.start(), stem.group(0), gaz.stems[stem.group(0)]))
    return found


def explain_primary(article: Article, gaz: Gazetteer, people=(), register: Register | None = None) -> str:
    """The decision and its evidence in one line, for the evaluation's misses and for maintainers."""
    evidence = primary_evidence(article, gaz, people, register)
    totals = _totals(evidence)
    ranked = ", ".join(f"{label} {score:g}" for label, score in sorted(totals.items(), key=lambda item: item[1], reverse=True))
    return f"{decide(evidence, article, gaz)} [{ranked}] " + "; ".join(map(str, evidence))


_ADDRESS_LOOKBACK = 16  # characters before a name in which the address it ends may begin
# What may stand between a place elsewhere and a name of Jiaozuo's in one address: the
# levels below a county (`确山县竹沟镇陈家沟村`), nothing else.
_ADDRESS_GAP = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|办事处|村|社区|居委会))*")


def _elsewhere_before(text: str, pos: int, form: str, hits: list[tuple[int, str, str | None]], gaz: Gazetteer) -> bool:
    """The name at `pos` (one of the text's `hits`, from `scan_places`) ends an address that
    begins at a place elsewhere: `新乡高新区`, `郑州航空港区示范区` (an ambiguous unit alias right
    after it), `获嘉县城关镇`, `确山县竹沟镇陈家沟村` (a town or village of the same name as one
    of Jiaozuo's, under another county)."""
    if form in gaz.primary.context_forms and any(text[max(0, pos - 8) : pos].endswith(other) for other in gaz.elsewhere):
        return True
    if form in gaz.units:
        return False  # a unit's own name is Jiaozuo's wherever it stands
    places = [(p, f) for p, f, unit in hits
              if pos - _ADDRESS_LOOKBACK <= p and p + len(f) <= pos and unit is None and _elsewhere_form(f, gaz)]
    if not places:
        return False
    last, name = places[-1]
    return _ADDRESS_GAP.fullmatch(text[last + len(name) : pos]) is not None


# A city's own bodies printed right after its name (新密市委, 新密市长, 濮阳示范区): the
# article is that city's, and its later 市委 and 全市 are too.
_OWN_BODY = re.compile(r"委|政府|长|人大|政协|纪委|示范区|高新区|开发区|新区")


def _elsewhere_form(form: str, gaz: Gazetteer) -> str:
    """The place elsewhere a scanned form names: itself (新密 → 新密市), or a guard that
    starts with one (新乡高新区, 济源示范区 → 新乡市, 济源市); "" for Jiaozuo's guards."""
    if form in gaz.elsewhere:
        return gaz.elsewhere[form]
    for length in range(len(form) - 1, 1, -1):
        if form[:length] in gaz.elsewhere:
            return gaz.elsewhere[form[:length]]
    return ""


def _ambiguous_places(parts, gaz: Gazetteer, evidence: list[Evidence]) -> list[Evidence]:
    """A place name two units share (太行街道: 山阳区 and 沁阳市) counts for the one of them
    the article names otherwise; for none when it names both or neither."""
    named = {e.label for e in evidence}
    found = []
    for where, text, weight in parts:
        for _, form, unit in scan_places(text, gaz):
            candidates = [u for u in gaz.ambiguous.get(form, ()) if u in named] if unit is None else []
            if len(candidates) == 1:
                found.append(Evidence(candidates[0], weight, f"{where}: {form} → {candidates[0]}, the one of {'/'.join(gaz.ambiguous[form])} named"))
    return found


def _mask(text: str, hits) -> str:
    chars = list(text)
    for pos, form, _ in hits:
        chars[pos : pos + len(form)] = " " * len(form)
    return "".join(chars)


def _article_date(article: Article) -> _dt.date | None:
    return article.event_date or article.issue_date


def primary_evidence(article: Article, gaz: Gazetteer, people=(), register: Register | None = None) -> list[Evidence]:
    rules = gaz.primary
    headline = _headline(article)
    body = "\n".join(article.paragraphs)
    # The place a dispatch was filed from (新华社郑州…电) weighs as the lead does.
    parts = (("headline", headline, rules.headline), ("dispatch", _dispatch_place(article.lead), rules.lead),
             ("lead", body[:_LEAD_CHARS], rules.lead), ("body", body, rules.body))
    evidence: list[Evidence] = []
    masked_parts = []
    frame: str | None = None  # a county-level city named before any city word
    city_word_seen = False
    cities_elsewhere: set[str] = set()
    for where, text, weight in parts:
        masked = list(text)
        hits = scan_places(text, gaz)
        first_city_word = rules.city_pattern.search(_mask(text, hits)) if rules.city_pattern else None
        for pos, form, unit in hits:
            masked[pos : pos + len(form)] = " " * len(form)
            if unit is None:
                place = _elsewhere_form(form, gaz)
                if place:
                    cities_elsewhere.add(place)  # a city elsewhere, or one of its counties and districts
                if place:
                    evidence.append(Evidence(OUTSIDE, weight * rules.outside_factor, f"{where}: {form}"))
                    own = _OWN_BODY.match(text, pos + len(form))
                    if where != "body" and frame is None and not city_word_seen and own and place.endswith("市"):
                        frame = OUTSIDE  # 新密市委书记…, then 全市, 市委: another city's words
                continue
            if _elsewhere_before(text, pos, form, hits, gaz):
                evidence.append(Evidence(OUTSIDE, weight * rules.outside_factor, f"{where}: {form} of a place elsewhere"))
                continue
            if form in rules.context_forms:
                evidence.append(Evidence(unit, weight / 2, f"{where}: {form} (a name other places use too)"))
                continue
            evidence.append(Evidence(unit, weight, f"{where}: {form}"))
            before_city_word = first_city_word is None or pos < first_city_word.start()
            if where != "body" and frame is None and not city_word_seen and before_city_word and gaz.kinds.get(unit) in rules.frame_kinds:
                frame = unit
        for _pos, stem, unit in scan_stems(text, gaz):
            evidence.append(Evidence(unit, weight, f"{where}: {stem} before 城区"))
        if where != "body" and first_city_word is not None:
            city_word_seen = True
        masked_parts.append((where, "".join(masked), weight))
    evidence += _ambiguous_places(parts, gaz, evidence)
    explicit = _names_the_city(headline + body[:_LEAD_CHARS], gaz)
    date = _article_date(article)
    officials = register.units_of(people, date) if register else []
    printed = {getattr(m, "name", m): getattr(m, "roles", ()) for m in people}
    for name, unit, role in officials:
        label = CITY_LEVEL if register and unit == register.city else unit
        if label in gaz.kinds and gaz.kinds[label] not in rules.frame_kinds and any(r.startswith("市") for r in printed.get(name, ())):
            continue  # a county's secretary printed as 市领导 or 市委常委 is here in the city's name
        if label == CITY_LEVEL or label in gaz.kinds:
            evidence.append(Evidence(label, rules.body, f"{name}, {role} at {date or 'an unknown date'}"))
    if frame is None and cities_elsewhere and not _jiaozuo_named(headline + body, evidence, officials, gaz):
        # Another city is named and nothing of Jiaozuo is (`…市委书记王铁…为信阳城市发展…`):
        # its 市委 and 全市 are that city's. The paper's own 我市 in its own item (本报讯) is
        # still the paper's city (`全省…推进会在郑州召开，…我市作了典型发言`).
        evidence += _city_words(masked_parts, gaz, OUTSIDE, keep_own=not _from_elsewhere(article, gaz))
    else:
        evidence += _city_words(masked_parts, gaz, None if explicit else frame)
    evidence += _rank_words(masked_parts, gaz, evidence, officials)
    return evidence


def _jiaozuo_named(text: str, evidence: list[Evidence], officials, gaz: Gazetteer) -> bool:
    """Whether anything printed is Jiaozuo's: the city's name, one of its units or places, an
    official of its register in office."""
    return _names_the_city(text, gaz) or any(e.label in gaz.kinds for e in evidence) or bool(officials)


def _names_the_city(text: str, gaz: Gazetteer) -> bool:
    """Whether the text prints Jiaozuo itself (焦作, 焦作市委, 莅焦 …: `explicit_city`)."""
    return any(city in text for city in gaz.primary.explicit_city)


def _dispatch_place(lead: str) -> str:
    """The lead's text before its bracket of names (`新华社郑州12月5日电`): the names in the
    bracket are people, not places."""
    return re.split(r"[（(]", lead, maxsplit=1)[0]


def _from_elsewhere(article: Article, gaz: Gazetteer) -> bool:
    """Whether the item came from another outlet: it opens with a lead that is not the
    paper's own (本报讯, 本报评论员) and names no place of Jiaozuo (焦作网讯 is local)."""
    lead = _dispatch_place(article.lead)
    if not lead or lead.startswith("本报"):
        return False
    return not any(unit is not None for _pos, _form, unit in scan_places(lead, gaz)) and not (
        gaz.primary.city_pattern and gaz.primary.city_pattern.search(lead))


def _city_words(parts, gaz: Gazetteer, frame: str | None, keep_own: bool = False) -> list[Evidence]:
    """City-wide words: 市级, or the city that frames the article (孟州市委书记…); with
    `keep_own`, the first person's 我市 and 本市 stay 市级 whatever the frame."""
    explicit = frozenset(gaz.primary.explicit_city)
    pattern = gaz.primary.city_pattern
    evidence = []
    for where, text, weight in parts:
        for match in pattern.finditer(text):
            word = match.group(0)
            own = keep_own and word.startswith(("我", "本"))
            label = frame if frame and word not in explicit and not own else CITY_LEVEL
            suffix = f" → {frame}, the city named first" if frame and label == frame else ""
            evidence.append(Evidence(label, weight, f"{where}: {word}{suffix}"))
    return evidence


def _rank_words(parts, gaz: Gazetteer, evidence: list[Evidence], officials) -> list[Evidence]:
    """我县, 县委书记, 该市 …: the unit of that rank the article points to, or 其他 when it
    names no such unit but a place elsewhere."""
    named = _totals(evidence)
    found = []
    guards = gaz.primary.rank_guards
    parts = [(where, guards.sub(lambda m: " " * len(m.group(0)), text), weight) for where, text, weight in parts]
    for _rank, kinds, pattern in gaz.primary.rank_markers:
        hits = [(where, m.group(0), weight) for where, text, weight in parts for m in pattern.finditer(text)]
        if not hits:
            continue
        by_official = {u: float(n) for u, n in Counter(unit for _, unit, _ in officials if gaz.kinds.get(unit) in kinds).items()}
        candidates = by_official or {u: s for u, s in named.items() if gaz.kinds.get(u) in kinds}
        if candidates:
            # The strongest; of equals, the first found (as Counter.most_common gives it).
            target, source = max(candidates, key=lambda u: candidates[u]), "its official" if by_official else "named"
        elif named.get(OUTSIDE):
            target, source = OUTSIDE, "a place elsewhere"
        else:
            continue
        for where, word, weight in hits:
            found.append(Evidence(target, weight, f"{where}: {word} → {target} ({source})"))
    return found


def _totals(evidence: list[Evidence]) -> dict[str, float]:
    """The summed weight of each label, in the order the labels were first found."""
    totals: dict[str, float] = {}
    for e in evidence:
        totals[e.label] = totals.get(e.label, 0) + e.weight
    return totals


def decide(evidence: list[Evidence], article: Article, gaz: Gazetteer) -> str:
    """A unit named in the headline; else the label with most evidence (a unit before 市级
    before 其他 on a tie). When nothing printed says where (no place, no city word, no
    official of the register), the item is not shown to be Jiaozuo's: 其他, as annotators of
    real pages file such items (25 of the 30 of the real sets, 2026-12-03); a notice, the
    paper's word to its readers, is 市级."""
    headline_units = [e.label for e in evidence if e.why.startswith("headline: ") and e.label in gaz.kinds and "other places" not in e.why]
    if headline_units:
        return headline_units[0]
    totals = _totals(evidence)
    if not totals:
        return CITY_LEVEL if article.kind == "notice" else OUTSIDE
    order = {label: i for i, label in enumerate([*gaz.units, CITY_LEVEL, OUTSIDE])}
    return min(totals, key=lambda label: (-totals[label], order.get(label, len(order))))
