"""How well the parser finds articles on annotated pages: boundaries, headlines, bylines, dates.

Scores every page of a fixture folder (`<page>.txt` with its hand-made `<page>.json`, issue
dates from the folder's `sources.yml`) against the annotation, article by article:
- boundaries: an article is found when its first and last line are the annotated ones (a
  line holding one article's headline and the next one's lead belongs to either);
  precision over the articles the parser made, recall over the annotated ones;
- headline (kicker, title, subtitle), byline fields (reporters, correspondents,
  photographers, signature), event date, and every field at once, over the annotated
  articles (an article not found counts as wrong in each).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Config
from ..config import _load_sources as load_sources
from ..model import Article
from . import parse_page_file

HEADLINE = ("kicker", "title", "subtitle")
BYLINE = ("reporters", "correspondents", "photographers", "signature")
ALL_FIELDS = (
    "kind", "title", "kicker", "subtitle", "title_inferred", "reporters", "correspondents",
    "photographers", "signature", "dateline", "date", "continued_to", "continued_from",
    "editor_code", "paragraphs",
)
# An annotation's field name where the article's attribute is named otherwise.
_ATTRIBUTES = {"date": "event_date"}


@dataclass
class ParseScore:
    """Counts over the annotated articles of one set."""

    pages: int = 0
    expected: int = 0
    found: int = 0  # articles the parser made
    matched: int = 0
    headline: int = 0
    byline: int = 0
    event_date: int = 0
    exact: int = 0
    coverage_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, count: int) -> float:
        return count / self.expected if self.expected else 1.0


def _value(article: Article, name: str):
    value = getattr(article, _ATTRIBUTES.get(name, name))
    return value.isoformat() if hasattr(value, "isoformat") else value


def _squeeze(value):
    return "".join(value.split()) if isinstance(value, str) else value


def _matches(article: Article, first: int, last: int, shared: set[int], blank: set[int]) -> bool:
    """Same first and last line; a line shared by two neighbours (a headline glued to the
    next lead) may be counted on either side, across the blank lines next to it."""

    def same(a: int, b: int) -> bool:
        if a == b:
            return True
        low, high = min(a, b), max(a, b)
        return bool({a, b} & shared) and all(n in blank for n in range(low + 1, high))

    return same(article.first_line, first) and same(article.last_line, last)


def _shared_lines(ranges: list[tuple[int, int]]) -> set[int]:
    """Lines where one article ends and the next begins (a headline glued to a lead)."""
    shared = set()
    for (_, last), (first, _) in zip(ranges, ranges[1:]):
        if first <= last + 1:
            shared.update({last, first})
    return shared


def blank_lines(page_file: Path) -> set[int]:
    """Numbers of the blank lines of a page file (a shared line may reach across them)."""
    text = page_file.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n").split("\n")
    return {n for n, line in enumerate(text, 1) if not line.strip()}


def match_articles(articles: list[Article], annotated: list[dict], blank: set[int]) -> list[Article | None]:
    """For each annotated article, the parsed article with its lines (or None); each parsed
    article matches once."""
    shared = _shared_lines([(a.first_line, a.last_line) for a in articles]) | _shared_lines([tuple(e["lines"]) for e in annotated])
    unused = list(articles)
    found: list[Article | None] = []
    for exp in annotated:
        first, last = exp["lines"]
        article = next((a for a in unused if _matches(a, first, last, shared, blank)), None)
        if article is not None:
            unused.remove(article)
        found.append(article)
    return found


def score_page(articles: list[Article], expected: dict, score: ParseScore, coverage: float = 1.0, blank: set[int] | None = None) -> None:
    """Add one page's articles against its annotation to `score`."""
    name = expected["file"]
    want = expected["articles"]
    score.pages += 1
    score.expected += len(want)
    score.found += len(articles)
    score.coverage_ok += coverage >= 1.0
    for exp, article in zip(want, match_articles(articles, want, blank or set())):
        first, last = exp["lines"]
        where = f"{name}:{first}-{last} {exp['title'][:20]}"
        if article is None:
            near = [f"{a.first_line}-{a.last_line}" for a in articles if a.first_line <= last and a.last_line >= first]
            score.misses.append(f"{where}: boundaries (parser: {', '.join(near) or 'none'})")
            continue
        score.matched += 1
        wrong = [f for f in ALL_FIELDS if _squeeze(_value(article, f)) != _squeeze(exp.get(f))]
        score.headline += not (set(wrong) & set(HEADLINE))
        score.byline += not (set(wrong) & set(BYLINE))
        score.event_date += "date" not in wrong
        score.exact += not wrong
        for f in wrong:
            score.misses.append(f"{where}: {f} = {_value(article, f)!r}, expected {exp.get(f)!r}")


def parse_cases(folder: Path, seeds: Path | None = None) -> list[tuple[Path, dict]]:
    """(page file, annotation) for each parser annotation in a folder: its page beside it,
    or, for the sample pages' annotations, in `seeds`."""
    cases = []
    for path in sorted(Path(folder).glob("*.json")):
        if path.name.endswith(".enrich.json"):
            continue
        annotation = json.loads(path.read_text(encoding="utf-8"))
        for where in (Path(folder), seeds):
            if where is not None and (where / annotation["file"]).exists():
                cases.append((where / annotation["file"], annotation))
                break
    return cases


def set_config(folder: Path, config: Config) -> Config:
    """The configuration with a fixture folder's own catalog (`sources.yml`), if it has one."""
    catalog = folder / "sources.yml"
    return replace(config, sources=load_sources(catalog)) if catalog.exists() else config


def score_folder(folder: Path, config: Config, seeds: Path | None = None, models: dict | None = None) -> ParseScore:
    """Scores of the parser on every annotated page of a folder (sample pages are read from
    `seeds` when the folder holds only their annotations)."""
    score = ParseScore()
    cases = parse_cases(folder, seeds)
    cfg = set_config(folder, config) if cases and cases[0][0].parent == folder else config
    for page_file, annotation in cases:
        model = (models or {}).get(f"{folder.name}/{page_file.name}")
        page = parse_page_file(page_file, page_file.parent, cfg, model)
        score_page(page.articles, annotation, score, page.coverage, blank_lines(page_file))
    return score


def table(scores: dict[str, ParseScore]) -> str:
    """A Markdown table of the parser's figures per set."""
    rows = [
        "| set | pages | articles | boundary P / R / F1 | headline | byline | event date | every field | nothing lost |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in scores.items():
        rows.append(
            f"| {name} | {s.pages} | {s.expected} | {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} | "
            f"{s.share(s.headline):.3f} | {s.share(s.byline):.3f} | {s.share(s.event_date):.3f} | "
            f"{s.share(s.exact):.3f} | {s.coverage_ok}/{s.pages} |"
        )
    return "\n".join(rows)


def annotated_folders(fixtures: Path) -> list[Path]:
    """Every folder below `fixtures` with parser annotations (`<page>.json`)."""
    return sorted({p.parent for p in fixtures.rglob("*.json") if not p.name.endswith(".enrich.json")})


def parser_report(fixtures: Path, seeds: Path, config: Config, cross_validate: bool = False, verbose: bool = False) -> str:
    """The parser's figures per set; with `cross_validate`, the sets the line labeller was
    fitted on also as parsed with weights fitted without each page (leave-one-page-out)."""
    from .labeller import load_model

    folders = annotated_folders(fixtures)
    scores = {folder.name: score_folder(folder, config, seeds) for folder in folders}
    trained = {Path(f).name for f in load_model().about.get("trained_on", [])}
    lines = ["Sets marked * are ones the line labeller was fitted on (training figures).", ""]
    lines.append(table({(f"{n} *" if n in trained else n): s for n, s in scores.items()}))
    if cross_validate:
        from .train import cross_validate as validate

        fitted = [f for f in folders if f.name in trained]
        lines += ["", "Leave-one-page-out over the sets fitted on (each page parsed with weights fitted on the others):", ""]
        about = load_model().about
        lines.append(table(validate(fitted, config, about.get("regularisation_c2", 1.0), about.get("set_weights") or None)))
    if verbose:
        lines += [""] + [f"{name}: {miss}" for name, score in scores.items() for miss in score.misses]
    return "\n".join(lines)
