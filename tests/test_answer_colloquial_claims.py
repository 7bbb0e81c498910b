"""Yes/no questions asked colloquially (passages written here, invented figures).

Each test fails on the behaviour before it: ``到没到95%`` (a verb asked as "V not V") read as a figure
question and answered with the bare figure instead of 是/否.
"""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.answer.yesno_threshold import figure_question
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    ("湖北省黄石市", 2022): (
        "黄石市2022年法治政府建设年度报告\n一、规范行政应诉\n"
        "全年行政诉讼案件开庭审理62件，行政机关负责人出庭应诉58件，出庭应诉率93.5%。\n"
        "二、化解行政争议\n全年办理行政复议案件140件，按期办结率100%。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), title=t.splitlines()[0],
                     region=r, year=y) for i, ((r, y), t) in enumerate(REPORTS.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


@pytest.mark.parametrize("question", ["出庭应诉率到没到95%?", "出庭应诉率达没达到90%", "复议案件超没超过100件?",
                                      "按期办结率够不够100%?"])
def test_a_verb_asked_as_v_not_v_is_a_yes_no_question(question):
    assert classify(question).kind == "yesno"


@pytest.mark.parametrize("question", ["不得不说的做法有哪些?", "出庭应诉率是多少?"])
def test_other_questions_holding_不_or_没_keep_their_kind(question):
    assert classify(question).kind != "yesno"


def test_the_figure_question_of_a_v_not_v_threshold_drops_the_asking_words():
    assert figure_question("黄石市2022年出庭应诉率达没达到95%?", ">=", "%") == "黄石市2022年出庭应诉率多少%?"


@pytest.mark.parametrize("question,short", [
    ("黄石市2022年行政机关负责人出庭应诉率到没到95%?", "否"),
    ("黄石市2022年行政机关负责人出庭应诉率达没达到90%?", "是"),
])
def test_a_v_not_v_threshold_is_answered_yes_or_no_from_the_figure(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert "93.5%" in got.citations[0].quote
