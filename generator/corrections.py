"""An archivist's corrections (`site_config/corrections.yml`), applied to the parsed,
enriched articles of a run without editing the page dumps.

Each entry names an article by its id and page file, and the digest of the article as it
was parsed when the entry was written (`against`): when the page or its parse changes, the
digest no longer matches and the entry is reported, naming the file and the entry, and
not applied. What an entry changes is kept on the article (`Article.corrections`), so the
page shows it and the dataset carries it; the article's id and slug, hence its URL, stay.
The file's format is in the README ("Corrections").
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Article, Change, Correction, Page, Problem, Severity
from .slugs import article_slug

CORRECTIONS = "corrections.yml"
_TEXT_FIELDS = ("title", "kicker", "subtitle")
_KEYS = {"article", "file", "against", "note", "date", "title", "kicker", "subtitle", "paragraphs", "people",
         "districts", "primary_district", "split", "merge"}


def digest(article: Article) -> str:
    """What an entry is written against: the article's printed text as parsed (headline and
    paragraphs), 12 hex digits of its SHA-1."""
    text = json.dumps([article.kicker, article.title, article.subtitle, article.paragraphs], ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class Entry:
    number: int  # from 1, in the file's order
    line: int  # where it starts in the file
    data: dict[str, Any] = field(default_factory=dict)


def load_entries(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries of the corrections file (none when it is missing), each with its line."""
    name = str(path)
    if not path.is_file():
        return [], []
    try:
        text = path.read_text(encoding="utf-8")
        # Every scalar a string (BaseLoader): a digest of digits, a date or a name stays as
        # written; paragraph numbers are read as numbers where they are used.
        node = yaml.compose(text, Loader=yaml.BaseLoader)
        data = yaml.load(text, Loader=yaml.BaseLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [Problem(name, mark.line + 1 if mark else None,
                            f"not readable as YAML ({type(exc).__name__}); no correction applied", "error")]
    if data is None or node is None:
        return [], []
    items = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [], [Problem(name, 1, "expected a mapping with a list `corrections:`; no correction applied", "error")]
    lines = []
    for key, value in node.value:
        if key.value == "corrections":
            lines = [item.start_mark.line + 1 for item in value.value]
    entries, problems = [], []
    for number, (item, line) in enumerate(zip(items, lines), 1):
        if not isinstance(item, dict) or not isinstance(item.get("article"), str) or not item.get("article"):
            problems.append(Problem(name, line, f"entry {number}: needs `article:` (an article id); not applied", "warning"))
            continue
        unknown = sorted(set(map(str, item)) - _KEYS)
        if unknown:
            problems.append(Problem(name, line, f"entry {number} (article {item['article']}): unknown key(s) {', '.join(unknown)}; not applied", "warning"))
            continue
        entries.append(Entry(number, line, item))
    return entries, problems


def apply_corrections(pages: list[Page], path: Path, resources=None) -> tuple[set[str], list[Problem]]:
    """Apply every entry of the file at `path` to the articles of `pages`, in place. Returns
    the ids of the articles changed (a split's new one among them) and the problems.
    `resources`: a callable returning the enrichment's resources, called when a split or a
    merge makes an article's text anew (its people, districts and topics are found again)."""
    entries, problems = load_entries(path)
    name = str(path)
    where: dict[str, tuple[Page, Article]] = {}
    for page in pages:
        for article in page.articles:
            where[article.id] = (page, article)
    changed: set[str] = set()
    for entry in entries:
        item = entry.data
        ident = item["article"]

        def report(message: str, severity: Severity = "warning", entry=entry, ident=ident) -> None:
            problems.append(Problem(name, entry.line, f"entry {entry.number} (article {ident}): {message}", severity))

        found = where.get(ident)
        if found is None or (item.get("file") and found[1].source_file != item.get("file")):
            report(f"no such article in {item.get('file') or 'the archive'} (its page file changed or is gone, or the "
                   "article was cut otherwise); not applied")
            continue
        page, article = found
        now = digest(article)
        against = item.get("against")
        if against is None:
            report(f"has no `against:` digest; applied, add `against: {now}` so that a later change of the page is noticed")
        elif str(against) != now:
            report(f"written against {against}, the article as parsed is now {now} (its page or its parse changed); "
                   "not applied: check the entry against the page and set `against:` anew")
            continue
        try:
            made = _apply(entry, page, article, where, resources)
        except _Refused as exc:
            report(f"{exc}; not applied")
            continue
        changed.update(made)
    return changed, problems


class _Refused(Exception):
    """An entry that cannot be applied as written (a paragraph that is not there, ...)."""


def _number(value) -> int | None:
    """A paragraph number as written (`3`), or None."""
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _note(entry: Entry) -> tuple[str, str]:
    return str(entry.data.get("note") or ""), str(entry.data.get("date") or "")


def _apply(entry: Entry, page: Page, article: Article, where: dict, resources) -> set[str]:
    """One entry: text fields and paragraphs, then a split or a merge (paragraph numbers
    are those of the article as parsed), then people and districts."""
    item = entry.data
    trial = dataclasses.replace(article, paragraphs=list(article.paragraphs), paragraph_lines=list(article.paragraph_lines),
                                people=list(article.people), people_roles=dict(article.people_roles),
                                districts=list(article.districts), corrections=list(article.corrections))
    changes: list[Change] = []
    for key in _TEXT_FIELDS:
        if key in item:
            value = " ".join(str(item[key] or "").split())
            changes.append(Change(key, getattr(trial, key), value))
            setattr(trial, key, value)
            if key == "title":
                trial.title_inferred = False
    paragraphs = item.get("paragraphs") or {}
    if not isinstance(paragraphs, dict):
        raise _Refused("`paragraphs:` must map paragraph numbers (from 1) to their text")
    for key, text in sorted(paragraphs.items(), key=lambda kv: _number(kv[0]) or 0):
        number = _number(key)
        if number is None or not 1 <= number <= len(trial.paragraphs):
            raise _Refused(f"paragraph {key} is not one of its {len(trial.paragraphs)} paragraphs")
        value = " ".join(str(text or "").split())
        changes.append(Change(f"paragraph {number}", trial.paragraphs[number - 1], value))
        trial.paragraphs[number - 1] = value
    made: set[str] = {article.id}
    split_off = merged = None
    if "split" in item:
        split_off = _split(trial, item["split"], changes)
    if "merge" in item:
        merged = _merge(trial, item["merge"], where, page, changes)
    if split_off is not None or "merge" in item:
        if resources is not None:
            res = resources()
            from .enrich import enrich_article  # jieba: only for entries that make a text anew

            for one in (trial, split_off):
                if one is not None:
                    enrich_article(one, res)
    for facet in ("people", "districts"):
        if facet in item:
            _facet(trial, facet, item[facet], changes)
    if "primary_district" in item:
        value = str(item["primary_district"] or "")
        changes.append(Change("primary_district", trial.primary_district, value))
        trial.primary_district = value
        trial.primary_district_inferred = False  # the archivist's word, no guess
        if value and value not in trial.districts:
            trial.districts.append(value)
    note, date = _note(entry)
    trial.corrections.append(Correction(entry.number, note, date, tuple(changes)))
    for f in dataclasses.fields(Article):  # all checks passed: the article takes the trial's values
        setattr(article, f.name, getattr(trial, f.name))
    if merged is not None:
        page.articles.remove(merged)
        del where[merged.id]
        page.artifacts[:] = [dataclasses.replace(a, article_id=article.id) if a.article_id == merged.id else a for a in page.artifacts]
    if split_off is not None:
        split_off.corrections = [Correction(entry.number, note, date, (Change("split", f"part of article {article.id}", split_off.title),))]
        page.articles.insert(page.articles.index(article) + 1, split_off)
        made.add(split_off.id)
    return made


def _split(article: Article, spec, changes: list[Change]) -> Article:
    """`split: {at: N, title: …}`: paragraphs N… are another article, with its own id and URL."""
    at = _number(spec.get("at")) if isinstance(spec, dict) else None
    if at is None or not spec.get("title"):
        raise _Refused("`split:` needs `at:` (the first paragraph of the second article) and `title:`")
    if not 2 <= at <= len(article.paragraphs):
        raise _Refused(f"split at paragraph {at}: the article has {len(article.paragraphs)} paragraphs")
    spans = article.paragraph_lines if len(article.paragraph_lines) == len(article.paragraphs) else []
    rest = Article(
        id=hashlib.sha1(f"{article.id}:split:{at}".encode()).hexdigest()[:12],
        source_file=article.source_file,
        first_line=spans[at - 1].first_line if spans else article.first_line,
        last_line=spans[-1].last_line if spans else article.last_line,
        kind=article.kind,
        title=" ".join(str(spec["title"]).split()),
        issue_date=article.issue_date,
        issue_date_inferred=article.issue_date_inferred,
        page=article.page,
        event_date=article.event_date,
        paragraphs=article.paragraphs[at - 1:],
        paragraph_lines=spans[at - 1:],
        continued_to=article.continued_to,
    )
    rest.slug = article_slug(rest)
    changes.append(Change("split", f"{len(article.paragraphs)} paragraphs",
                          f"paragraphs {at}–{len(article.paragraphs)} are the article {rest.title}"))
    article.paragraphs = article.paragraphs[: at - 1]
    article.paragraph_lines = spans[: at - 1]
    article.continued_to = ""
    if spans:
        # Its headline, printed after the whole body, stays its own: so does the line.
        article.last_line = max([spans[at - 2].last_line] + ([article.headline_lines.last_line] if article.headline_lines else []))
    return rest


def _merge(article: Article, other_id, where: dict, page: Page, changes: list[Change]) -> Article:
    """`merge: ID`: the article of that id, printed on the same page file, is this one's
    rest; it is shown here (its former URL, when it had one, leads here)."""
    found = where.get(str(other_id))
    if found is None or found[0] is not page or found[1] is article:
        raise _Refused(f"merge: no other article {other_id} on the same page file")
    other = found[1]
    changes.append(Change("merge", other.title, f"its {len(other.paragraphs)} paragraphs follow this article's"))
    article.paragraphs.extend(other.paragraphs)
    if len(article.paragraph_lines) + len(other.paragraph_lines) == len(article.paragraphs):
        article.paragraph_lines.extend(other.paragraph_lines)
    else:
        article.paragraph_lines = []
    article.first_line, article.last_line = min(article.first_line, other.first_line), max(article.last_line, other.last_line)
    article.continued_to = other.continued_to or article.continued_to
    return other


def _facet(article: Article, facet: str, spec, changes: list[Change]) -> None:
    """`people: {add: [...], remove: [...]}` (or a list: the whole list)."""
    old = list(getattr(article, facet))
    if isinstance(spec, list):
        new = [str(v) for v in spec]
    elif isinstance(spec, dict) and set(spec) <= {"add", "remove"}:
        remove = {str(v) for v in spec.get("remove") or []}
        missing = sorted(remove - set(old))
        if missing:
            raise _Refused(f"{facet}: {'、'.join(missing)} not among the article's {facet}")
        new = [v for v in old if v not in remove] + [str(v) for v in spec.get("add") or [] if str(v) not in old]
    else:
        raise _Refused(f"`{facet}:` must be a list, or a mapping of `add:` and `remove:` lists")
    setattr(article, facet, new)
    if facet == "people":
        article.people_roles = {k: v for k, v in article.people_roles.items() if k in new}
    elif article.primary_district and article.primary_district not in new:
        article.primary_district = new[0] if new else ""
    changes.append(Change(facet, "、".join(old), "、".join(new)))


