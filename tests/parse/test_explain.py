"""`python -m generator explain FILE`: every line with its label, margin and reasons."""

from generator.config import load_config
from generator.parse.explain import explain
from tests.conftest import ROOT


def test_every_line_is_shown_with_its_label(tmp_path):
    page = tmp_path / "p.txt"
    # (The caption opens with ↑: without it, a short line between a closed paragraph and
    # a caption may as well be a subhead of the news before it.)
    page.write_text("本报讯（记者甲）昨日，温县召开\n会议。\n\n温县召开大会\n\n↑农机手在田间作业。\n李 欣 摄\n", encoding="utf-8")
    out = explain(page, load_config(ROOT / "site_config")).splitlines()
    rows = {line.split()[0]: line for line in out[2:]}
    assert set(rows) == {"1", "2", "3", "4", "5", "6", "7"}
    assert " lead " in rows["1"] and "forced" in rows["1"] and "本报讯（记者甲）昨日，温县召开" in rows["1"]
    assert " body " in rows["2"]
    assert " headline " in rows["4"]
    assert " lead " in rows["6"]
    assert " tail " in rows["7"] and "forced" in rows["7"]
    assert "<-" in rows["2"]  # the features behind the label


def test_a_guess_is_marked(tmp_path):
    # A short unpunctuated line right before a credit: headline of the item before, or
    # the photo's own? The labeller is unsure, and says so.
    page = tmp_path / "p.txt"
    page.write_text("本报讯（记者甲）昨日，温县召开\n会议。\n\n温县召开大会\n李 欣 摄\n", encoding="utf-8")
    row = next(line for line in explain(page, load_config(ROOT / "site_config")).splitlines() if line.split()[:1] == ["4"])
    assert " ? " in row


def test_the_cli_prints_it(tmp_path, capsys):
    from generator.__main__ import main

    page = tmp_path / "p.txt"
    page.write_text("本报讯 会议召开。\n", encoding="utf-8")
    assert main(["--config", str(ROOT / "site_config"), "explain", str(page)]) == 0
    assert "本报讯 会议召开。" in capsys.readouterr().out
