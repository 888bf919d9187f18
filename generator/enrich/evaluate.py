"""Precision and recall of enrichment against hand annotations (`*.enrich.json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Config
from ..config.people import People
from ..model import Article, PersonMention
from ..parse import parse_page_file
from ..parse.evaluate import blank_lines, match_articles
from . import enrich_article, load_resources
from .class_model import load_class_model
from .page import settle_page


@dataclass
class Score:
    """Micro-averaged counts over all annotated articles."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    misses: list[str] = field(default_factory=list)
    scored: int = 0  # articles scored for this field
    unmatched: int = 0  # annotated articles whose lines no parsed article has (a boundary the parser got wrong)

    def add(self, got: set[str], want: set[str], where: str) -> None:
        self.scored += 1
        self.true_pos += len(got & want)
        self.false_pos += len(got - want)
        self.false_neg += len(want - got)
        if got != want:
            self.misses.append(f"{where}: extra {sorted(got - want)}, missing {sorted(want - got)}")

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0


def annotated_pages(fixtures: Path, seeds: Path) -> list[tuple[Path, Path, dict]]:
    """(page file, its folder, annotation) for every `*.enrich.json` with a page to read."""
    cases = []
    for path in sorted(fixtures.rglob("*.enrich.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        for folder in (seeds, path.parent):
            if (folder / annotation["file"]).exists():
                cases.append((folder / annotation["file"], folder, annotation))
                break
    return cases


FIELDS = ("people", "people_roles", "districts", "primary_district", "topics", "top_topic", "topic_classes", "top_class")


def _vocabulary(res) -> set[str]:
    return {rule.name for rule in (*res.topics, *res.themes)}


def _expected_classes(expected: dict, res) -> list[str]:
    """The annotator's main classes: as annotated, or else implied by the annotated
    subtopics (each subtopic's class, in the subtopics' order)."""
    if expected.get("topic_classes"):
        return list(expected["topic_classes"])
    parents = {rule.name: rule.parent for rule in (*res.topics, *res.themes)}
    return list(dict.fromkeys(parents[t] for t in expected.get("topics") or [] if parents.get(t)))


def _gold_articles(page_file: Path, config: Config) -> list[Article] | None:
    """The articles of a page as its annotator cut them (`<stem>.json`, the parser's
    expectation), so that enrichment can be scored apart from the parser's boundaries."""
    import datetime as _dt

    gold = page_file.with_suffix(".json")
    if not gold.exists():
        return None
    data = json.loads(gold.read_text(encoding="utf-8"))
    entry = config.source(page_file.name)
    articles = []
    for i, a in enumerate(data.get("articles") or []):
        first, last = a["lines"]
        articles.append(Article(
            id=f"gold{i}", source_file=page_file.name, first_line=first, last_line=last, kind=a.get("kind", "news"),
            title=a.get("title", ""), kicker=a.get("kicker", ""), subtitle=a.get("subtitle", ""),
            title_inferred=bool(a.get("title_inferred")), reporters=list(a.get("reporters") or []),
            correspondents=list(a.get("correspondents") or []), photographers=list(a.get("photographers") or []),
            signature=a.get("signature", ""), dateline=a.get("dateline", ""),
            event_date=_dt.date.fromisoformat(a["date"]) if a.get("date") else None,
            issue_date=entry.issue_date if entry else None, paragraphs=list(a.get("paragraphs") or []),
        ))
    return articles


def score_enrichment(fixtures: Path, seeds: Path, config: Config, res=None, gold: bool = False) -> dict[str, Score]:
    """Scores over every annotated page under `fixtures` (its pages parsed with `config`).

    An annotated article is scored when a parsed article has its lines (the parser's
    boundaries agree); the others are counted as `unmatched`, not as misses of enrichment.
    Topics are scored only where the annotator used the archive's vocabulary."""
    res = res or load_resources(config)
    scores = {name: Score() for name in FIELDS}
    vocabulary = _vocabulary(res)
    twelve = {rule.name for rule in res.topics}
    for page_file, folder, annotation in annotated_pages(fixtures, seeds):
        articles = _gold_articles(page_file, config) if gold else None
        if articles is None:
            articles = parse_page_file(page_file, folder, config).articles
        for each in articles:  # the whole page, as a run enriches it (settle_page reads them together)
            enrich_article(each, res)
        settle_page(articles, res)
        matched = match_articles(articles, annotation["articles"], blank_lines(page_file))
        for expected, article in zip(annotation["articles"], matched):
            where = f"{annotation['file']}:{expected['lines'][0]}"
            if article is None:
                for name in scores:
                    scores[name].unmatched += 1
                    scores[name].misses.append(f"{where}: no parsed article has lines {expected['lines']}")
                continue
            scores["people"].add(set(article.people), set(expected["people"]), where)
            shared = set(article.people) & set(expected["people"])
            scores["people_roles"].add(
                {f"{n}:{r}" for n in shared for r in article.people_roles.get(n, [])},
                {f"{n}:{r}" for n in shared for r in expected.get("people_roles", {}).get(n, [])},
                where,
            )
            scores["districts"].add(set(article.districts), set(expected["districts"]), where)
            primary = {article.primary_district}, {expected["primary_district"]}
            why = "" if primary[0] == primary[1] else " — " + _explain(article, res)
            scores["primary_district"].add(*primary, where + why)
            if expected["topics"] and set(expected["topics"]) <= vocabulary:
                # An annotator of the twelve 2020 topics had no later theme to choose:
                # the article's subtopics are compared within the annotator's vocabulary.
                offered = twelve if set(expected["topics"]) <= twelve else vocabulary
                got = [t for t in article.topics if t in offered]
                scores["topics"].add(set(got), set(expected["topics"]), where)
                scores["top_topic"].add(set(got[:1]), set(expected["topics"][:1]), where)
            classes = _expected_classes(expected, res) if expected.get("topic_classes") or set(expected["topics"]) <= vocabulary else []
            if classes:
                scores["topic_classes"].add(set(article.topic_classes), set(classes), where)
                scores["top_class"].add(set(article.topic_classes[:1]), set(classes[:1]), where)
    return scores


def _explain(article: Article, res) -> str:
    from .districts import explain_primary

    mentions = [PersonMention(name, tuple(article.people_roles.get(name, []))) for name in article.people]
    return explain_primary(article, res.gazetteer, mentions, res.register)


def without_people_file(config: Config) -> Config:
    """The settings with an empty people file: names must be found by the paper's patterns."""
    return replace(config, reference=replace(config.reference, people=People()))


def _catalog(folder: Path, config: Config) -> Config:
    """A fixture folder's own `sources.yml` (issue dates of composed pages), if it has one."""
    from ..config import _load_sources

    catalog = folder / "sources.yml"
    return replace(config, sources=_load_sources(catalog)) if catalog.exists() else config


def evaluate(fixtures: Path, seeds: Path, config: Config, verbose: bool = True, gold: bool = False) -> str:
    """A Markdown table per annotated set (each folder of `*.enrich.json`), with the people
    file and without it (names found by the paper's patterns alone), then the misses.
    `gold`: enrich the annotator's own articles (`<stem>.json`) instead of the parser's."""
    lines = ["| set | articles | matched | field | precision | recall | people file |", "|---|---|---|---|---|---|---|"]
    details = []
    folders = sorted({p.parent for p in fixtures.rglob("*.enrich.json")})
    for label in ("with", "without"):
        cfg = config if label == "with" else without_people_file(config)
        res = load_resources(cfg)
        for folder in folders:
            set_config = _catalog(folder, cfg)
            scores = score_enrichment(folder, seeds, set_config, res, gold)
            articles = sum(len(a["articles"]) for _, _, a in annotated_pages(folder, seeds))
            for name, score in scores.items():
                if not score.scored:
                    continue  # e.g. topics of a set annotated in free words
                lines.append(
                    f"| {folder.name} | {articles} | {score.scored} | {name} | {score.precision:.3f} | {score.recall:.3f} | {label} |"
                )
                if verbose:
                    details += [f"{folder.name} {name} ({label} people file): {m}" for m in score.misses]
    model = load_class_model() if config.reference.topics.classes_selection.first_class_model else None
    if model is not None:  # its figures on the sets it was fitted on are training figures
        fitted = ", ".join(Path(f).name for f in model.about.get("trained_on", []))
        lines += ["", f"The first main class is the first-class model's, fitted on: {fitted} (training figures there)."]
    return "\n".join(lines + ([""] + details if details else []))
