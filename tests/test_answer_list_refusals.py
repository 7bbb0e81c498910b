"""List answers name only items of the asked kind: titles of another kind, slogans or a page's
navigation are never a list of regulations; asked for N of more titles, the N of the clause the
question is about.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("宜昌市", 2022): ("首页 | 登录 | 注册\n"
                     "宜昌市2022年法治政府建设情况报告\n"
                     "一、主要工作\n"
                     "市政府出台《宜昌市2022年法治政府建设工作要点》《宜昌市法治政府建设考评细则说明》，推行“一码通办”“双随机”监管。\n"
                     "全年组织学法活动12次。统筹推进稳增长、促改革、调结构、惠民生各项工作。\n"),
    ("曲靖市", 2020): ("曲靖市2020年法治政府建设年度报告\n"
                     "一、推进依法立法\n"
                     "《曲靖市城市绿化条例》《曲靖市文明行为促进条例》已由省人大常委会批准，《曲靖市养犬管理条例》已提请市人大常委会审议。\n"
                     "市政府制定《曲靖市行政规范性文件管理办法》《曲靖市重大行政决策程序规定》两部规章。\n"
                     "二、加强行政复议工作\n"
                     "一是推行行政复议案件繁简分流。二是建立行政复议听证室。三是公开行政复议决定书。\n"
                     "麒麟区、沾益区获评全省法治政府建设示范地区。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q", ["宜昌市2022年出台了哪些地方性法规或规章?", "Which regulations did Yichang issue in 2022?"])
def test_titles_of_another_kind_are_no_list_of_regulations(answerer, q):
    a = answerer.ask(q)
    assert "工作要点" not in a.short_answer and "一码通办" not in a.short_answer, a.answer
    assert "登录" not in a.answer and "首页" not in a.answer


def test_regulations_of_the_asked_kind_are_listed(answerer):
    a = answerer.ask("曲靖市2020年制定了哪些规章?")
    assert a.short_answer == "《曲靖市行政规范性文件管理办法》、《曲靖市重大行政决策程序规定》", a.answer


def test_asked_for_two_of_three_titles_the_clause_decides(answerer):
    a = answerer.ask("曲靖市有哪两部条例在2020年已经获得省人大常委会批准?")
    assert a.short_answer == "《曲靖市城市绿化条例》、《曲靖市文明行为促进条例》", a.answer


def test_items_of_another_topic_are_no_answer(answerer):
    a = answerer.ask("宜昌市2022年在行政复议方面做了哪些工作?")  # 宜昌's report never mentions 行政复议
    assert a.abstained and "稳增长" not in a.answer, a.answer
    b = answerer.ask("曲靖市2020年在行政复议方面做了哪些工作?")
    assert not b.abstained and "繁简分流" in b.answer and "听证室" in b.answer, b.answer


def test_the_items_kind_need_not_be_written_in_the_sentence(answerer):
    a = answerer.ask("曲靖市2020年有哪些县区获评全省法治政府建设示范地区?")  # 县区 names the items, not their topic
    assert a.short_answer == "麒麟区、沾益区", a.answer
