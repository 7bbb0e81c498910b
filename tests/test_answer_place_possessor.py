"""哪个镇的调解室被评为… / 哪个旗搞了…: the place the question asks for by its level, not the quoted name of the thing it
owns.  Inner Mongolia's 旗 is a county-level place (a banner).  Real BM25 retriever over reports written for these
tests (real place names, invented facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.names import asked_levels, asks_place_possessor
from rag.config import Config

TEXTS = {
    ("内蒙古自治区呼伦贝尔市", 2022): ("呼伦贝尔市2022年法治政府建设年度报告\n"
                              "一、公共法律服务\n"
                              "阿荣旗推行“草原法律明白人+流动法庭”模式，为牧民提供上门法律服务1200余人次。"
                              "全市建成公共法律服务站点900个。\n"),
    ("甘肃省平凉市泾川县", 2024): ("泾川县2024年法治政府建设年度报告\n"
                            "一、矛盾纠纷化解\n"
                            "全县调解矛盾纠纷1890件。玉都镇“和为贵调解室”被评为全省模范人民调解委员会。"
                            "县司法局开展调解员培训4期。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.mark.parametrize("q, levels, possessor", [
    ("哪个旗推行了流动法庭？", ("county", "county-level city", "district", "banner"), False),
    ("哪个盟的复议案件最多？", ("prefecture",), True),
    ("哪个镇的调解室被评为模范？", ("township",), True),
    ("Which town's mediation room was named a model?", ("township",), True),
    ("哪个村被评为民主法治示范村？", ("village",), False),
])
def test_asked_level_and_possessor(q, levels, possessor):
    assert asked_levels(q) == levels
    assert asks_place_possessor(q) is possessor


@pytest.mark.parametrize("q, want, not_want", [
    ("呼伦贝尔市2022年是哪个旗给牧民搞了上门法律服务？", "阿荣旗", "草原法律明白人"),
    ("泾川县2024年哪个镇的调解室被评为全省模范人民调解委员会？", "玉都镇", "和为贵"),
])
def test_the_place_answers_not_the_name_it_owns(q, want, not_want):
    a = answerer_over(docs_of(TEXTS), CFG).ask(q)
    assert not a.abstained, a.answer
    assert want in a.short_answer and not_want not in a.short_answer, a.short_answer
