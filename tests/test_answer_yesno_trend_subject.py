"""Trend claims read in the clause about what the question says went up or down, a figure's thousands
comma ending no clause, and a change stated with both its figures (由上年的12项调整为15项).  Sentences written here."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.answer.yesno_clauses import clauses, trend_subject


def ask_for(q: str, lang: str = "zh"):
    return make_ask(q, lang, classify(q), content_terms(q, exclude=["甲县", "甲市", "甲"]))


def test_a_thousands_comma_ends_no_clause():
    text = "全年受理案件1,204件,办结1,180件"
    assert [text[a:b] for a, b in clauses(text)] == ["全年受理案件1,204件", "办结1,180件"]


@pytest.mark.parametrize("q, sentence, verdict", [
    # the trend is said of the asked thing (事项) in a clause other than the one with most of the words
    ("甲市2022年修订的免罚清单里的事项是不是比上年少了?",
     "甲市修订《甲市轻微违法行为免罚清单》，全年适用免罚清单办理案件3,105件，清单事项由上年的95项扩充至120项。", False),
    ("甲市2022年修订的免罚清单里的事项是不是比上年多了?",
     "甲市修订《甲市轻微违法行为免罚清单》，全年适用免罚清单办理案件3,105件，清单事项由上年的95项扩充至120项。", True),
    # no trend word: the change's two figures say which way it went
    ("甲县的权责清单事项比上年减少了吗?", "甲县动态调整权责清单，清单事项由上年的2,310项调整为2,455项。", False),
    ("甲县的权责清单事项比上年减少了吗?", "甲县动态调整权责清单，清单事项由上年的2,455项调整为2,310项。", True),
])
def test_trend_read_where_the_asked_thing_moves(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


@pytest.mark.parametrize("q, verdict", [("甲市2022年修订的免罚清单里的事项是不是比上一年变少了?", False),
                                        ("甲市2022年修订的免罚清单里的事项是不是比上一年变多了?", True)])
def test_a_plainly_said_trend_word_is_never_what_moved(q, verdict):
    """变少 / 变多 cut as a word of its own (the tokenizer's cut depends on its dictionary) is the trend, not its subject."""
    terms = ("修订", "免罚", "清单", "事项", q[-4:-2])
    assert trend_subject(make_ask(q, "zh", classify(q), terms), q) == "事项"
    sentence = "甲市修订《甲市轻微违法行为免罚清单》，全年适用免罚清单办理案件3,105件，清单事项由上年的95项扩充至120项。"
    assert decide(make_ask(q, "zh", classify(q), terms), sentence) is verdict



TEXTS = {("株洲市", 2022): ("株洲市2022年法治政府建设年度报告\n"
                         "一、优化营商环境\n"
                         "市司法局会同市场监管等8个部门修订《株洲市轻微违法行为免罚清单》，全年适用免罚清单办理案件3,105件，"
                         "清单事项由上年的95项扩充至120项。\n"
                         "二、法治宣传\n举办普法讲座36场，发放宣传资料2.4万份。\n")}


@pytest.fixture(scope="module")
def answerer():
    from answer_corpus import answerer_over, docs_of

    from rag.config import Config

    return answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4}))


@pytest.mark.parametrize("q, verdict", [
    # English size words state the direction as increase/decrease do (the list went from 95 to 120 items)
    ("Did Zhuzhou's list of minor violations exempt from penalties get shorter in 2022?", "No"),
    ("Did Zhuzhou's list of minor violations exempt from penalties get longer in 2022?", "Yes"),
    ("Did Zhuzhou's penalty exemption list shrink in 2022?", "No"),
    ("Did Zhuzhou's penalty exemption list become smaller in 2022?", "No"),
])
def test_english_size_words_are_trend_claims(answerer, q, verdict):
    a = answerer.ask(q)
    assert a.short_answer == verdict, a.answer


CONTRAST = {("宜良县", 2020): ("宜良县2020年法治政府建设年度报告\n"
                          "一、行政应诉\n"
                          "2020年，全县行政诉讼案件增长12.4%，败诉案件数量则有所下降。\n"
                          "县政府健全行政诉讼案件分析研判机制，行政机关负责人出庭应诉率达到100%。\n"
                          "全县行政复议案件办结率98%，行政诉讼案件审结率95%。\n"
                          "二、法治宣传\n举办普法讲座30场。\n"),
            # other reports of the genre: every one speaks of 行政 and 诉讼, not every one of lawsuits lost (败诉): the
            # more specific term is the rarer, though the two general ones together outweigh it
            **{(f"{p}县", 2020): (f"{p}县2020年法治政府建设年度报告\n一、行政应诉\n全县办理行政诉讼案件{n}件，败诉2件。\n")
               for p, n in (("丙", 48), ("丁", 37), ("戊", 29), ("己", 51))},
            ("庚县", 2020): "庚县2020年法治政府建设年度报告\n一、行政应诉\n全县新收行政诉讼案件40件，同比增长5.7%。\n"}


@pytest.fixture(scope="module")
def contrast():
    from answer_corpus import answerer_over, docs_of

    from rag.config import Config

    return answerer_over(docs_of(CONTRAST), Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4}))


@pytest.mark.parametrize("q, verdict", [
    # two figures moving apart in one sentence: the English claim is about its most specific term (lose -> 败诉)
    ("Did Yiliang county lose more administrative lawsuits in 2020 than the year before?", "No"),
    ("Did Yiliang county lose fewer administrative lawsuits in 2020 than the year before?", "Yes"),
])
def test_english_trend_read_in_the_clause_of_its_specific_term(contrast, q, verdict):
    a = contrast.ask(q)
    assert a.short_answer == verdict, a.answer
