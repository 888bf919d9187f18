"""Reading page files: encodings, BOM, line ends, bad files (parsing issue, item 1)."""

import pytest

from generator.config import load_config
from generator.parse import parse_page_file, parse_page_text
from generator.parse.read import UndecodableError, decode_page, split_lines
from tests.conftest import ROOT

TEXT = "本报讯（记者张三）昨日，温县召开会议。\n\n温县召开会议\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_the_usual_encodings(data, encoding):
    text, used = decode_page(data)
    assert text == TEXT and used == encoding


def test_undecodable_bytes_name_the_line():
    with pytest.raises(UndecodableError) as err:
        decode_page("第一行\n第二行".encode("utf-8") + b"\n\xff\xfe\xfd\x80\x80")
    assert err.value.line == 3


def test_crlf_and_cr_are_line_ends():
    assert [l.text for l in split_lines("甲\r\n乙\r丙\n")] == ["甲", "乙", "丙"]


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bad_files_give_one_clear_error_and_no_crash(tmp_path):
    config = load_config(ROOT / "site_config")
    binary = parse_page_file(_write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00"), tmp_path, config)
    assert binary.articles == [] and "binary" in binary.problems[0].message
    empty = parse_page_file(_write(tmp_path, "empty.txt", b""), tmp_path, config)
    assert empty.articles == [] and "empty" in empty.problems[0].message
    gbk = parse_page_file(_write(tmp_path, "旧 稿.txt", TEXT.encode("gbk")), tmp_path, config)
    assert gbk.articles[0].title == "温县召开会议" and gbk.file == "旧 稿.txt"
    assert any("gb18030" in p.message for p in gbk.problems)


def test_control_characters_are_removed_and_reported():
    page = parse_page_text("本报讯 温县召开\x07会议。\n", "x.txt")
    assert page.articles[0].paragraphs == ["温县召开会议。"]
    assert any(p.line == 1 and "control" in p.message for p in page.problems)


def test_full_width_digits_and_letters_read_as_ascii():
    page = parse_page_text("本报讯 ２月１日，温县建成５Ｇ基站。\n", "x.txt", issue_date=None, fallback_year=2021)
    assert page.articles[0].paragraphs == ["2月1日，温县建成5G基站。"]
    assert page.articles[0].dateline == "2月1日"


def test_a_five_megabyte_page_parses_whole(tmp_path):
    """A page file of 5 MB (a whole issue pasted into one file) is parsed in linear time."""
    sample = (ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
    big = (sample + "\n") * (5_000_000 // len(sample.encode("utf-8")) + 1)
    page = parse_page_text(big, "big.txt")
    assert len(big.encode("utf-8")) >= 5_000_000
    assert len(page.articles) > 100 and page.coverage == 1.0
