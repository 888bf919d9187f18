"""Does a body begin in the middle of a sentence (openings.py)?"""

import pytest

from generator.parse.openings import starts_mid_sentence


@pytest.mark.parametrize("text", ["合当前疫情防控工作出现的新形势", "种面积稳定在12万亩", "和技能培训，对有就业意愿的", "全检查，重点对危险化学品"])
def test_cut_inside_a_word(text):
    assert starts_mid_sentence(text)


@pytest.mark.parametrize("text", ["过去五年，我们的家乡", "初冬，车子在山路上", "在南水北调城区段", "我因工作大半辈子", "据了解，该市", "“多亏了服务官。”", "2月10日上午"])
def test_sentence_starts(text):
    assert not starts_mid_sentence(text)


def test_a_body_that_opens_on_the_tail_of_a_cut_word_starts_mid_sentence():
    """`防车到达该苑` (消防车 cut by the column), `交车前往古镇` (公交车); not a literary opening
    no dictionary word ends with (`春到牧野`), nor a sentence opened by 刚."""
    assert starts_mid_sentence("防车到达该苑，消防演习领队一声令下")
    assert starts_mid_sentence("交车前往古镇游玩。")
    assert not starts_mid_sentence("春到牧野，植树添绿。")
    assert not starts_mid_sentence("刚走出县委召开的座谈会会场，一阵掌声")
