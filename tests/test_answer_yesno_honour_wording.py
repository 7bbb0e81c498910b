"""How users and reports word an honour claim: ``拿到了…的命名`` (the naming, not 称号) and ``有没有村子被评上…`` (a colloquial
village, asked of any village of the region); a level word with 的 (国家级的…示范村) is still the level (passages
written here, not eval items)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.yesno_honours import claimed_honour, claimed_honour_en, honour_decision
from rag.config import Config

REPORTS = {
    ("江西省赣州市会昌县", 2023): (
        "会昌县2023年法治政府建设年度报告\n一、主要成效\n"
        "（一）示范创建。会昌县获评全省法治政府建设示范县，全国法治政府建设示范县创建工作仍在推进中，尚未获得命名。"
        "筠门岭镇芙蓉村入选全国民主法治示范村。\n"
        "（二）复议应诉。全年办理行政复议案件133件。\n"),
    ("四川省绵阳市", 2022): (
        "绵阳市2022年法治政府建设情况报告\n一、工作成效\n"
        "（一）示范创建。江油市被命名为“全国法治政府建设示范县（市）”的创建工作已通过省级初审，目前仍在推进中；"
        "三台县被命名为“全省法治政府建设示范县（市）”。\n"
        "（二）执法监督。全年评查行政执法案卷520卷。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("会昌县2023年是不是已经拿到了全国法治政府建设示范县的命名？", "否"),
    ("会昌县2023年有没有村子被评上国家级的民主法治示范村？", "是"),
    # 被命名为“…示范县（市）”的创建工作: the campaign for the title, not the title
    ("绵阳市2022年的报告里，江油市是不是被命名为全国法治政府建设示范县了？", "否"),
    ("Was Jiangyou named a national model county for rule-of-law government in 2022, according to Mianyang's report?", "No"),
    # get named / got the title: the verb frames the claim, it is no word of the honour
    ("Did Jiangyou actually get named a national model county for rule-of-law government in 2022, as Mianyang reports?", "No"),
    ("Did Huichang get named a provincial model county for rule-of-law government in 2023?", "Yes"),
])
def test_worded_claims(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


def test_the_worded_claim():
    assert claimed_honour("某县是不是拿到了全国法治政府建设示范县的命名？").core == "法治政府建设示范地"
    got = claimed_honour("某县有没有村子被评上国家级的民主法治示范村？")
    assert (got.subject, got.level, got.core) == ("村", "国", "民主法治示范村")


def test_a_conferral_verb_is_no_word_of_the_honour():
    got = claimed_honour_en("Did Jiangyou get named a national model county for rule-of-law government?",
                            ("得到", "全国", "示范县|示范", "法治政府"))
    assert "得到" not in got.words and "法治政府" in got.words


@dataclass(frozen=True)
class _Doc:
    region: str


@dataclass(frozen=True)
class _Sent:
    doc: _Doc
    text: str


def test_the_campaign_for_a_title_is_no_conferral():
    doc = _Doc("四川省绵阳市")
    said = _Sent(doc, "江油市被命名为“全国法治政府建设示范县（市）”的创建工作已通过省级初审，目前仍在推进中；")
    got = honour_decision("江油市是不是被命名为全国法治政府建设示范县？", [], [said], lambda d: ("绵阳市",))
    assert got == (said, False)
    named = _Sent(doc, "江油市被命名为“全国法治政府建设示范县（市）”。")
    assert honour_decision("江油市是不是被命名为全国法治政府建设示范县？", [], [named], lambda d: ("绵阳市",)) == (named, True)


def test_an_english_place_is_not_told_from_a_peer():
    said = _Sent(_Doc("吉林省延边朝鲜族自治州"), "龙井市被评为“吉林省法治政府建设示范市”。")
    assert honour_decision("Was Longjing named a provincial model city for rule-of-law government?", [], [said],
                           lambda d: ("延边州",), ("评为|命名", "示范市|示范", "法治政府")) is None
