"""A firm's name is its place, a trade name the tagger splits any way, and its kind (湖南 + 渌 江 + 律师事务所): the
whole name answers 哪家律师事务所 / 哪家律所, not the bare 律师事务所.  Sentences and a report written for these tests
(real place names, invented firms and facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.figures import org_spans
from rag.answer.kinds import asked_entity
from rag.config import Config


@pytest.mark.parametrize("sentence, firm", [
    ("区政府聘请广东粤湾律师事务所等2家律所担任常年法律顾问。", "广东粤湾律师事务所"),
    ("局法律顾问由江西赣上律师事务所律师担任，全年审查合同52份。", "江西赣上律师事务所"),
    ("与浙江钱塘律师事务所签订法律顾问服务合同。", "浙江钱塘律师事务所"),
])
def test_the_firm_with_its_place_and_trade_name(sentence, firm):
    assert firm in [sentence[a:b] for a, b, _ in org_spans(sentence)]


def test_law_firm_abbreviated_asks_a_firm():
    e = asked_entity("县司法局请的是哪家律所的律师？")
    assert e is not None and e.kind == "org" and e.ends == ("事务所",)


TEXTS = {("江西省九江市修水县", 2023): ("修水县2023年法治政府建设年度报告\n"
                                  "一、依法决策\n"
                                  "完善政府法律顾问制度，县政府法律顾问由江西赣上律师事务所律师担任，全年审查合同协议52份，"
                                  "出具法律意见书30份。\n")}


@pytest.mark.parametrize("q", ["修水县2023年政府请的法律顾问是哪家律所的律师？", "修水县2023年的法律顾问是哪家律师事务所？"])
def test_the_firm_answers(q):
    a = answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"})).ask(q)
    assert not a.abstained, a.answer
    assert "江西赣上律师事务所" in a.short_answer, a.short_answer
