"""Does a body begin in the middle of a sentence (openings.py)?"""

import pytest

from generator.parse.openings import starts_mid_sentence


@pytest.mark.parametrize("text", ["合当前疫情防控工作出现的新形势", "种面积稳定在12万亩", "和技能培训，对有就业意愿的", "全检查，重点对危险化学品"])
def test_cut_inside_a_word(text):
    assert starts_mid_sentence(text)


@pytest.mark.parametrize("text", ["过去五年，我们的家乡", "初冬，车子在山路上", "在南水北调城区段", "我因工作大半辈子", "据了解，该市", "“多亏了服务官。”", "2月10日上午"])
def test_sentence_starts(text):
    assert not starts_mid_sentence(text)
