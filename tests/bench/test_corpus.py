"""The benchmark corpus: deterministic for a seed, N pages, and pages the real parser reads."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import yaml

from benchmarks.corpus import NO_LINE_START, PAGES_PER_ISSUE, load_material, write_corpus, wrap
from generator.config import _load_sources
from generator.parse import parse_page_file
from tests.conftest import ROOT, SEEDS

PAGES = 20


def _corpus(folder, seed=7, pages=PAGES):
    return write_corpus(folder, pages, seed, SEEDS, ROOT / "site_config", start=dt.date(2018, 5, 30))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("corpus"))


@dataclasses.dataclass
class Parsed:
    pages: list
    articles: list
    problems: list


@pytest.fixture(scope="module")
def parsed(corpus, config):
    """The corpus read by the real parser, with the corpus's own catalog."""
    config = dataclasses.replace(config, sources=_load_sources(corpus.catalog))
    pages = [parse_page_file(path, corpus.out, config) for path in sorted(corpus.out.glob("*.txt"))]
    return Parsed(pages, [a for p in pages for a in p.articles], [x for p in pages for x in p.problems])


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_seed_writes_the_same_files(corpus, tmp_path):
    assert _files(_corpus(tmp_path / "again").out) == _files(corpus.out)


def test_another_seed_writes_other_pages(corpus, tmp_path):
    other = _files(_corpus(tmp_path / "other", seed=8).out)
    assert set(other) != set(_files(corpus.out))


def test_n_pages_are_written_with_a_catalog_entry_each(corpus):
    pages = sorted(p.name for p in corpus.out.glob("*.txt"))
    assert len(pages) == PAGES == len(corpus.files)
    catalog = yaml.safe_load(corpus.catalog.read_text(encoding="utf-8"))["pages"]
    assert sorted(catalog) == pages


def test_an_issue_is_eight_numbered_pages_a_day(corpus):
    catalog = yaml.safe_load(corpus.catalog.read_text(encoding="utf-8"))["pages"]
    entries = [catalog[name] for name in sorted(catalog)]
    assert [e["page"] for e in entries[:PAGES_PER_ISSUE + 1]] == [*range(1, PAGES_PER_ISSUE + 1), 1]
    assert entries[0]["issue_date"] == dt.date(2018, 5, 30)
    assert entries[PAGES_PER_ISSUE]["issue_date"] == dt.date(2018, 5, 31)


def test_no_sample_page_is_copied(corpus):
    samples = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    written = _files(corpus.out)
    assert not set(samples) & set(written)
    assert not set(samples.values()) & set(written.values())


def test_every_page_parses_into_articles_without_errors(parsed):
    assert len(parsed.pages) == PAGES
    assert all(page.articles for page in parsed.pages)
    assert not [p for p in parsed.problems if p.severity == "error"]


def test_the_parser_finds_the_items_the_corpus_printed(corpus, parsed):
    # The layout is the sample pages': the parser should find (nearly) every item.
    assert abs(len(parsed.articles) - corpus.articles) <= corpus.articles * 0.03


def test_articles_are_distinct(parsed):
    ids = [a.id for a in parsed.articles]
    assert len(ids) == len(set(ids))


def test_articles_carry_the_catalog_dates_and_a_mix_of_kinds(parsed):
    assert {a.issue_date for a in parsed.articles} == {dt.date(2018, 5, 30), dt.date(2018, 5, 31), dt.date(2018, 6, 1)}
    assert {"news", "photo", "feature"} <= {a.kind for a in parsed.articles}


def test_people_and_places_are_drawn_from_site_config(corpus, config):
    names = {p.name for p in config.reference.people.people}
    seed_text = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    corpus_text = "".join(p.read_text(encoding="utf-8") for p in corpus.files)
    named_in_seeds = {n for n in names if n in seed_text}
    named_in_corpus = {n for n in names if n in corpus_text}
    assert len(named_in_corpus - named_in_seeds) >= 10


def test_material_comes_from_the_sample_pages(config):
    material = load_material(SEEDS, config)
    assert material.ledes and material.paragraphs and material.headlines and material.captions


@pytest.mark.parametrize("width", [11, 14, 22, 35])
def test_a_column_is_set_with_its_indent_and_hung_punctuation(width):
    text = "为贯彻落实中央、省委关于一手抓疫情防控、一手抓经济发展相关指示精神，2月20日上午，市委书记主持召开会议。" * 3
    lines = wrap(text, width)
    assert "".join(lines) == text
    assert len(lines[0]) <= width - 2 + 1  # the indent; a hung mark may follow
    assert all(len(line) <= width + 2 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines)


def test_the_archive_meets_new_people_as_it_grows(tmp_path, config):
    """Some of the people a page names are new to the archive (NEW_PEOPLE), so the people's
    index pages grow with the archive as a real one's do; with 0 only the register's
    people are named, as in the corpora of before."""
    registered = {p.name for p in config.reference.people.people}
    names = load_material(SEEDS, config).names
    combinations = {s + g for s in names.surnames for g in names.given_names} - registered

    def new_names(corpus):
        text = "".join("".join(p.read_text(encoding="utf-8").split()) for p in corpus.files)
        return {name for name in combinations if name in text}

    grown = _corpus(tmp_path / "grown", pages=40)
    kept = write_corpus(tmp_path / "kept", 40, 7, SEEDS, ROOT / "site_config", start=dt.date(2018, 5, 30), new_people=0)
    assert len(new_names(grown)) >= len(new_names(kept)) + 20  # 40 pages, some 240 articles


def test_new_people_do_not_give_out_after_the_registers_combinations(config):
    """A decade names some hundred thousand people: more than the register's surnames times
    its given names (70 × 156 here), which a 10,000-page corpus had used up."""
    import random

    from benchmarks.corpus import Recast, load_names

    names = load_names(config)
    recast = Recast(names, random.Random(3), dt.date(2018, 5, 30))
    drawn = {recast._new_person() for _ in range(30000)}
    assert len(drawn) > len(names.surnames) * len(names.given_names)
    assert not drawn & names.registered
