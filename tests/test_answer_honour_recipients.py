"""What received an honour, asked as users ask it: 哪个村被评上了…, 哪个县级市拿到了…称号, 拿下…称号的是哪个项目.
The answer is the recipient the report names before its conferral verb (被命名为, 被确定为, 获评), not the honour the
question already names; the question's 拿到/评上/称号/牌子 are stated by those verbs (no refusal for want of them).
Real BM25 retriever over a report written for these tests (no eval item's text)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.honours import (
    asks_conferred_subject,
    conferred_subject_head,
    conferred_subject_spans,
    honour_terms,
)
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("芜湖市", 2022): ("芜湖市2022年法治政府建设年度报告\n"
                     "一、主要成效\n"
                     "（一）示范创建。无为市被确定为“安徽省法治政府建设示范县（市）”，市司法局被表彰为全省司法行政系统先进集体。\n"
                     "（二）基层依法治理。培育“法律明白人”3100名，湾沚区六郎镇官巷村被命名为“全国民主法治示范村（社区）”。\n"
                     "（三）改革创新。南陵县“企业合规体检”项目获评全国法治政府建设示范项目，实现全市该项荣誉零的突破。\n"
                     "（四）行政复议。全年收到行政复议申请412件，审结398件。\n"
                     "（五）法治乡村。繁昌区孙村镇中分村、南陵县籍山镇西城村被评为“安徽省民主法治示范村”，培育学法用法示范户800户。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("q, want", [
    ("芜湖市2022年有哪个村被评上了全国民主法治示范村?", "官巷村"),
    ("芜湖市2022年有哪个村拿到了全国民主法治示范村的牌子?", "官巷村"),
    ("芜湖2022年是哪个县级市拿到了安徽省法治政府建设示范的称号？", "无为市"),
    ("芜湖市2022年拿下全国法治政府建设示范项目称号的,是哪个项目?", "企业合规体检"),
    ("芜湖市2022年被确定为安徽省法治政府建设示范县的是哪个县级市?", "无为市"),  # 县级市: the kind, not a word to find
])
def test_the_recipient_answers_not_the_honour(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained, a.answer
    assert want in a.short_answer and "示范村" not in a.short_answer, a.short_answer


@pytest.mark.parametrize("q", [
    "哪个村被评上了省级民主法治示范村?",
    "哪个县级市拿到了省级示范的称号?",
    "拿下示范项目称号的是哪个项目?",
    "被评为示范县的是哪个县?",
])
def test_colloquial_recipient_questions(q):
    assert asks_conferred_subject(q)


@pytest.mark.parametrize("q", [
    "哪个部门获得了资金支持?",  # a getting verb with no honour's word: not an honour
    "该县获得了什么称号?",  # the honour itself is asked
    "哪个县的纠错率最高?",
])
def test_other_questions_are_not_recipient_questions(q):
    assert not asks_conferred_subject(q)


def test_the_asked_noun_picks_the_recipient_of_that_kind():
    s = "某区司法局被评为先进集体，某镇某某村被命名为“全国民主法治示范村”。"
    assert conferred_subject_head("哪个村被评上了示范村?") == "村"
    assert [s[a:b] for a, b, _ in conferred_subject_spans(s, "村")] == ["某镇某某村"]
    assert len(conferred_subject_spans(s)) == 2


def test_frame_words_become_the_conferral_term():
    terms, weights = honour_terms("哪个村拿到了示范村的牌子?", ("拿到", "示范村", "牌子"), {"拿到": 0.4, "示范村": 3.0, "牌子": 2.5})
    assert terms[1:] == ("示范村",) and "获评" in terms[0] and weights[terms[0]] == 2.5
    assert honour_terms("行政复议申请有多少件?", ("行政复议", "申请"), {})[0] == ("行政复议", "申请")


def test_an_asked_place_level_is_the_answers_kind():
    from rag.answer.evidence import make_ask
    from rag.answer.names import asked_level_word
    from rag.answer.qtypes import classify

    assert asked_level_word("被评为示范市的是哪个县级市?") == "县级市" and asked_level_word("哪个部门牵头?") == ""
    q = "被评为示范市的是哪个县级市?"
    ask = make_ask(q, "zh", classify(q), ("评为", "示范市", "县级市"), {"评为": 1.0, "示范市": 2.0, "县级市": 3.0})
    assert ask.weights["县级市"] == 0.0 and ask.weights["示范市"] == 2.0


def test_which_recipients_lists_each_of_them(answerer):
    a = answerer.ask("芜湖市2022年哪些村被评上了安徽省民主法治示范村?")
    assert not a.abstained, a.answer
    assert "孙村镇中分村" in a.short_answer and "籍山镇西城村" in a.short_answer, a.short_answer
    assert "示范户" not in a.short_answer, a.short_answer


def test_a_quoted_recipient_is_not_split_at_its_own_enumeration_comma():
    from rag.answer.honours import recipient_items

    s = "“协同推进纠纷快速处理 为企业办实事、解难题”获评全省最佳实践案例。"
    assert recipient_items(s, "哪两项做法被评为最佳实践案例?") == []  # one recipient: no list
