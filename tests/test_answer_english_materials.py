"""Legal-publicity material asked in English: a language named as X-language (俄文版, 蒙古语, 汉藏双语), handbooks and
micro-videos, how many copies (册/份) or episodes (集) were printed or produced.  The counters are asked units, not
terms (the lexicon's "copy" is 复制, which a 复制推广 sentence would state).  Real BM25 retriever, reports written for
these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figures import number_spans
from rag.answer.qtypes import classify
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("阿尔山市", 2022): ("阿尔山市2022年法治政府建设年度报告\n"
                      "一、深化普法宣传\n"
                      "在口岸设立蒙汉双语普法宣传栏30块，印制蒙古文版普法宣传手册8,000册，发放宣传资料2.6万份。\n"
                      "拍摄蒙古语普法微视频《草原法治路》12集，累计播放量达到21万次。\n"
                      "二、优化营商环境\n"
                      "推出跨境通关便利化改革举措9项，其中4项在全省复制推广。\n"
                      "统一集中办理涉企审批事项，全年办结审批事项3,400件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_language_named_in_english_is_its_chinese_language_word():
    assert english_terms("How many Mongolian-language handbooks were printed?")[:2] == ("蒙古语|蒙古文|蒙文|蒙语", "手册")
    assert "微视频" in english_terms("a Tibetan-language micro-video series")


def test_copies_and_episodes_are_asked_units_not_terms():
    assert classify("How many copies of the handbook were printed?").unit == "份"
    assert classify("How many episodes were in the series?").unit == "集"
    assert not {"复制", "模仿"} & set(english_terms("How many copies of the handbook were printed?"))


def test_an_episode_count_is_a_figure_and_a_word_beginning_with_ji_is_not():
    assert [u for _, _, u in number_spans("拍摄微视频12集，播放量21万次。")] == ["集", "万次"]
    assert number_spans("统一集中办理事项") == []


@pytest.mark.parametrize("q, short", [
    ("How many copies of Mongolian-language legal handbooks did Arxan print in 2022?", "8,000册"),
    ("How many episodes were in the Mongolian-language micro-video series Arxan produced in 2022?", "12集"),
])
def test_printed_and_filmed_material_is_counted_in_its_own_unit(answerer, q, short):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == short, a.answer
