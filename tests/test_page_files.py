"""Which files are pages, and no single file stops the archive (issue 11, items 1, 3, 4, 8):
links and special files refused with a message, damaged text read with the damage named,
a page the parser fails on set aside and counted, the rest built."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import load_config
from generator.dataset import ARTICLES, PAGES
from generator.pipeline import run
from tests.conftest import ROOT, SEEDS

SAMPLE = sorted(SEEDS.glob("*.txt"))[0]
PAGE = "本报讯（记者张三）2月20日，温县召开春耕生产会议。\n会议要求抓好农业生产。\n\n温县部署春耕生产\n"
SECRET = "AUTHORIZATION: basic c2VjcmV0LXRva2Vu"


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "site_config")


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    return seeds


def _published(docs: Path) -> str:
    """Every file the run wrote, as one text (the site's pages, the dataset, the search words)."""
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(docs.rglob("*")) if p.is_file())


def _by_file(report) -> dict[str, list]:
    found: dict[str, list] = {}
    for problem in report.problems:
        found.setdefault(problem.file, []).append(problem)
    return found


def _records(docs: Path, name: str = ARTICLES) -> list[dict]:
    return [json.loads(line) for line in (docs / name).read_text(encoding="utf-8").splitlines()]


# Item 1: a link in seeds/ publishes nothing from outside it.

def test_a_link_to_a_file_outside_the_seeds_folder_is_refused_and_nothing_of_it_published(tmp_path, config):
    outside = tmp_path / "repo" / ".git"
    outside.mkdir(parents=True)
    (outside / "config").write_text(f"[http]\n\textraheader = {SECRET}\n本报讯 温县召开会议。\n", encoding="utf-8")
    seeds = _seeds(tmp_path)
    (seeds / "notes.txt").symlink_to(os.path.relpath(outside / "config", seeds))
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    docs = tmp_path / "docs"
    report = run(seeds, docs, config)
    problems = _by_file(report)
    for name in ("notes.txt", "passwd.txt"):
        assert [p.severity for p in problems[name]] == ["error"]
        assert "outside the seeds folder" in problems[name][0].message and "refused" in problems[name][0].message
    published = _published(docs)
    assert "c2VjcmV0LXRva2Vu" not in published and "root:x:0:0" not in published
    assert {r["source"]["file"] for r in _records(docs)} == {SAMPLE.name}


def test_a_link_to_a_page_inside_the_seeds_folder_is_read(tmp_path, config):
    seeds = tmp_path / "seeds"
    (seeds / "2020").mkdir(parents=True)
    (seeds / "2020" / "page.txt").write_text(PAGE, encoding="utf-8")
    (seeds / "alias.txt").symlink_to("2020/page.txt")
    report = run(seeds, tmp_path / "docs", config)
    problems = _by_file(report)
    assert not any("refused" in p.message for p in problems.get("alias.txt", []))
    assert any("same content as 2020/page.txt" in p.message for p in problems["alias.txt"])  # read, then seen twice


def test_a_link_to_a_folder_outside_is_not_followed_and_said(tmp_path, config):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.txt").write_text(f"本报讯 {SECRET}。\n", encoding="utf-8")
    seeds = _seeds(tmp_path)
    (seeds / "more").symlink_to(elsewhere)
    report = run(seeds, tmp_path / "docs", config)
    assert "not followed" in _by_file(report)["more"][0].message
    assert "c2VjcmV0LXRva2Vu" not in _published(tmp_path / "docs")


@pytest.mark.parametrize("make, said", [
    (lambda p: p.symlink_to(p.parent / "missing.txt"), "dangling link"),
    (lambda p: p.symlink_to(p), "loop"),
    (lambda p: os.mkfifo(p), "FIFO"),
    (lambda p: p.mkdir(), None),  # a folder named *.txt is walked, not read
])
def test_dangling_links_loops_and_fifos_named_txt_are_refused_with_a_message(tmp_path, config, make, said):
    seeds = _seeds(tmp_path)
    make(seeds / "odd.txt")
    report = run(seeds, tmp_path / "docs", config)  # a FIFO must not block the run
    problems = _by_file(report).get("odd.txt", [])
    if said:
        assert len(problems) == 1 and said in problems[0].message and problems[0].severity == "error"
    else:
        assert problems == []
    assert report.articles and {a.source_file for a in report.articles} == {SAMPLE.name}


def test_the_pages_workflow_does_not_keep_the_token_in_the_checkout():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    checkouts = [step for job in workflow["jobs"].values() for step in job["steps"]
                 if str(step.get("uses", "")).startswith("actions/checkout")]
    assert checkouts and all(step.get("with", {}).get("persist-credentials") is False for step in checkouts)


# Item 3: single inputs that used to abort the run.

ONE_FILE_FAULTS = {
    "utf16 odd.txt": PAGE.encode("utf-16")[:-1],
    "utf16 surrogate.txt": b"\xff\xfe" + "\ud800".encode("utf-16-le", "surrogatepass") + PAGE.encode("utf-16-le"),
    "bom invalid.txt": b"\xef\xbb\xbf" + PAGE.encode("utf-8")[:20] + b"\xff\xfe" + PAGE.encode("utf-8")[20:],
    "bom truncated.txt": b"\xef\xbb\xbf" + PAGE.encode("utf-8")[:-2],
    "far future.txt": "本报讯 9999年12月31日，温县召开会议。\n\n温县召开会议\n".encode("utf-8"),
    "year one.txt": "本报讯 前日，0001年1月1日温县召开会议。\n\n温县召开会议\n".encode("utf-8"),
}


def test_no_single_file_aborts_the_run(tmp_path, config):
    seeds = _seeds(tmp_path)
    for name, data in ONE_FILE_FAULTS.items():
        (seeds / name).write_bytes(data)
    gbk_name = "旧稿".encode("gbk") + b".txt"
    with open(os.path.join(os.fsencode(seeds), gbk_name), "wb") as fh:
        fh.write(PAGE.encode("utf-8"))
    report = run(seeds, tmp_path / "docs", config)
    problems = _by_file(report)
    for name in ("utf16 odd.txt", "utf16 surrogate.txt", "bom invalid.txt", "bom truncated.txt"):
        assert any("U+FFFD" in p.message and p.line for p in problems[name]), name
    assert any("not UTF-8" in p.message and "GB18030" in p.message for p in problems["旧稿.txt"])
    files = {r["source"]["file"] for r in _records(tmp_path / "docs")}
    assert {SAMPLE.name, "旧稿.txt", "utf16 odd.txt", "utf16 surrogate.txt", "bom invalid.txt", "bom truncated.txt"} <= files
    for name in ("far future.txt", "year one.txt"):  # built, or set aside with a message
        assert name in files or any(p.severity == "error" for p in problems[name])
    (tmp_path / "docs" / ARTICLES).read_bytes().decode("utf-8")


def test_an_issue_date_of_year_one_in_the_catalog_does_not_abort_the_run(tmp_path):
    site_config = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", site_config)
    shutil.copytree(ROOT / "docs_templates", tmp_path / "docs_templates")
    with (site_config / "sources.yml").open("a", encoding="utf-8") as fh:
        fh.write("  ancient.txt:\n    issue_date: 0001-01-01\n  ancient2.txt:\n    issue_date: 0001-01-02\n")
    seeds = _seeds(tmp_path)
    (seeds / "ancient.txt").write_text("本报讯 前日，温县召开会议。\n\n温县召开会议\n", encoding="utf-8")
    (seeds / "ancient2.txt").write_text(PAGE, encoding="utf-8")
    report = run(seeds, tmp_path / "docs", load_config(site_config))
    assert SAMPLE.name in {a.source_file for a in report.articles}
    assert "ancient.txt" in {a.source_file for a in report.articles} or _by_file(report)["ancient.txt"]
    # Year 1 is written with four digits, as the navigation settings (and `mkdocs build
    # --strict`) expect of a year folder.
    assert (tmp_path / "docs" / "0001" / "01" / "02" / "index.md").is_file()
    assert not (tmp_path / "docs" / "1").exists()


def test_a_parser_failure_on_one_page_is_its_error_and_counts_against_coverage(tmp_path, config, monkeypatch):
    import generator.pagefiles as pagefiles

    real = pagefiles.parse_page_text

    def fails_on_one(text, name, **kwargs):
        if name == "bad.txt":
            raise RuntimeError("a fault of the parser")
        return real(text, name, **kwargs)

    monkeypatch.setattr(pagefiles, "parse_page_text", fails_on_one)
    seeds = _seeds(tmp_path)
    (seeds / "bad.txt").write_text(PAGE, encoding="utf-8")
    report = run(seeds, tmp_path / "docs", config)
    (problem,) = _by_file(report)["bad.txt"]
    assert problem.severity == "error" and "RuntimeError: a fault of the parser" in problem.message
    printed = sum(1 for ch in PAGE if not ch.isspace())
    assert report.coverage < 1.0
    assert report.characters - sum(p.covered for p in report.pages) == printed
    assert "1 page rejected" in report.summary() and "coverage 100.00%" not in report.summary()
    assert {a.source_file for a in report.articles} == {SAMPLE.name}


def test_the_server_keeps_answering_when_the_generator_fails(tmp_path, monkeypatch, caplog):
    """Under `mkdocs serve` a failed run is an error message and the site of docs/ as it is;
    under `mkdocs build` it is MkDocs' one-line error, not a traceback out of the plugin."""
    from mkdocs.exceptions import PluginError

    import generator.pipeline as pipeline
    from generator.mkdocs_plugin import ArchivePlugin

    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(pipeline, "run", broken)
    plugin = ArchivePlugin()
    plugin.load_config({})
    config = _mkdocs_config(tmp_path)
    plugin.on_startup(command="serve", dirty=False)
    assert plugin.on_config(config) is config
    assert "date value out of range" in caplog.text and "serving" in caplog.text
    plugin.on_startup(command="build", dirty=False)
    with pytest.raises(PluginError, match="date value out of range"):
        plugin.on_config(config)


def _mkdocs_config(tmp_path: Path):
    from mkdocs.config import load_config as mkdocs_config

    (tmp_path / "docs").mkdir(exist_ok=True)
    return mkdocs_config(str(ROOT / "mkdocs.yml"), docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))


# Item 4: pages that are text are read as text; what is rejected is counted and said.

def test_damaged_text_pages_are_read_with_a_warning_naming_the_line(tmp_path, config):
    seeds = _seeds(tmp_path)
    data = PAGE.encode("utf-8")
    cut = data.index("，".encode())
    (seeds / "nul.txt").write_bytes(data[:cut] + b"\x00" + data[cut:])
    (seeds / "cut.txt").write_bytes(data.rstrip(b"\n")[:-1])  # the last byte of its last character lost
    (seeds / "utf16le.txt").write_bytes(PAGE.replace("温县", "博爱县").encode("utf-16-le"))
    (seeds / "utf16be.txt").write_bytes(PAGE.replace("温县", "武陟县").encode("utf-16-be"))
    report = run(seeds, tmp_path / "docs", config)
    problems = _by_file(report)
    assert any(p.line == 1 and "control character" in p.message for p in problems["nul.txt"])
    assert any(p.line == 4 and "U+FFFD" in p.message and p.severity == "warning" for p in problems["cut.txt"])
    for name in ("utf16le.txt", "utf16be.txt"):
        assert any("without a byte order mark" in p.message for p in problems[name])
        assert not any("binary" in p.message for p in problems[name])
    records = {r["source"]["file"]: r for r in _records(tmp_path / "docs")}
    assert records["nul.txt"]["paragraphs"] == ["2月20日，温县召开春耕生产会议。会议要求抓好农业生产。"]
    assert records["utf16le.txt"]["paragraphs"] == ["2月20日，博爱县召开春耕生产会议。会议要求抓好农业生产。"]
    assert records["utf16be.txt"]["title"] == "武陟县部署春耕生产"
    assert report.coverage == 1.0 and "0 pages rejected" in report.summary()


def test_a_binary_file_is_rejected_and_said_in_the_summary(tmp_path, config):
    seeds = _seeds(tmp_path)
    (seeds / "scan.txt").write_bytes(bytes(range(256)) * 8)
    report = run(seeds, tmp_path / "docs", config)
    assert "binary" in _by_file(report)["scan.txt"][0].message
    assert "1 page rejected" in report.summary()
    assert "scan.txt" in [r["file"] for r in _records(tmp_path / "docs", PAGES) if r["problems"]]


# Item 8: the smaller ones.

def test_temporary_files_left_by_a_killed_run_are_removed(tmp_path, config):
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    left = [docs / "data" / ".articles.jsonl.k2j4_x9a.tmp", docs / "2020" / ".index.md.abcdefgh.tmp"]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half a file")
    (docs / "about").mkdir()
    (docs / "about" / ".notes.tmp").write_text("not ours", encoding="utf-8")  # not write_atomic's pattern
    run(seeds, docs, config)
    assert not any(path.exists() for path in left)
    assert (docs / "about" / ".notes.tmp").exists()


def test_a_hand_written_page_at_a_generated_path_is_neither_overwritten_nor_deleted(tmp_path, config):
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    run(seeds, docs, config)
    own = docs / "people" / "wang-xiao-ping.md"
    assert own.is_file()  # a generated page; now the archivist's page stands there instead
    (seeds / SAMPLE.name).unlink()
    run(seeds, docs, config)
    assert not own.exists()
    own.write_text("# 王小平\n\n手写的人物介绍。\n", encoding="utf-8")
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    report = run(seeds, docs, config)
    assert own.read_text(encoding="utf-8") == "# 王小平\n\n手写的人物介绍。\n"
    assert any("people/wang-xiao-ping.md" in p.file and "not written by the generator" in p.message for p in report.problems)
    run(seeds, docs, config)
    assert own.read_text(encoding="utf-8") == "# 王小平\n\n手写的人物介绍。\n"


def test_line_separators_are_escaped_and_c1_controls_removed_and_reported(tmp_path, config):
    seeds = _seeds(tmp_path)
    (seeds / "separators.txt").write_text("本报讯 温县召开\u2028会议，\u2029部署\x85春耕\x9b生产。\n\n温县部署春耕\n", encoding="utf-8")
    report = run(seeds, tmp_path / "docs", config)
    data = (tmp_path / "docs" / ARTICLES).read_text(encoding="utf-8")
    assert "\u2028" not in data and "\u2029" not in data and "\x85" not in data
    lines = data.splitlines()
    assert len(lines) == len(report.articles) and all(json.loads(line) for line in lines)
    record = next(json.loads(line) for line in lines if json.loads(line)["source"]["file"] == "separators.txt")
    assert "\x9b" not in "".join(record["paragraphs"]) and "\x85" not in "".join(record["paragraphs"])
    assert any(p.line == 1 and "2 control character(s) removed" in p.message for p in _by_file(report)["separators.txt"])


def test_file_names_with_line_ends_or_escapes_are_quoted_in_messages(tmp_path, config):
    seeds = _seeds(tmp_path)
    (seeds / "fake\nerror: x.txt").write_text(PAGE, encoding="utf-8")
    (seeds / "\x1b[31mred.txt").write_text(PAGE.replace("温县", "博爱县"), encoding="utf-8")
    report = run(seeds, tmp_path / "docs", config)
    shown = [str(p) for p in report.problems if "sources.yml" in p.message and p.file != SAMPLE.name]
    assert len(shown) == 2
    assert all("\n" not in line and "\x1b" not in line for line in shown)
    assert any("'fake\\nerror: x.txt'" in line for line in shown)


def test_a_full_disk_ends_in_one_line_not_a_traceback(tmp_path, monkeypatch, caplog):
    import errno

    import generator.output as output
    from generator.__main__ import main

    seeds = _seeds(tmp_path)
    real = output.write_atomic

    def full(path, text):
        if str(path).endswith(".md"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, text)

    for module in ("generator.output", "generator.render.site", "generator.dataset", "generator.cache"):
        monkeypatch.setattr(f"{module}.write_atomic", full)
    assert main(["generate", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")]) == 3
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "No space left on device" in errors[0].getMessage()
    assert errors[0].exc_info is None


def test_jieba_keeps_its_cache_out_of_the_shared_temp_folder(tmp_path, config, monkeypatch):
    from generator.enrich.resources import load_resources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    resources = load_resources(config)
    folder = Path(resources.tokenizer.tmp_dir)
    assert folder.is_relative_to(tmp_path / "cache")
    assert (folder / "jieba.cache").is_file()  # written there, not in the system's temp folder


def test_a_short_utf8_page_cut_inside_its_last_character_is_not_read_as_gb18030():
    """Found by the fuzzer: ` 本` and one byte of the next character also decode as GB18030
    (as nonsense); a file that is UTF-8 up to a cut last character is UTF-8 cut short."""
    from generator.parse.lenient import read_text

    decoded = read_text(" 本报".encode("utf-8")[:-2])
    assert decoded.encoding == "utf-8" and decoded.text == " 本\ufffd"
    assert [(line, severity) for line, _, severity in decoded.notes] == [(1, "warning")]  # one sequence is damage


def test_a_page_of_one_cut_character_is_utf8_cut_short():
    """Found by the long fuzz run (seed 6, case 29413): a space and two bytes of a
    three-byte character. No character is whole to show UTF-8, but the bytes are UTF-8 up to
    the cut, and the cut character is kept as U+FFFD, not read as the GB18030 鏈."""
    from generator.parse.lenient import read_text

    decoded = read_text(" 本".encode("utf-8")[:-1])
    assert decoded.encoding == "utf-8" and decoded.text == " \ufffd"
