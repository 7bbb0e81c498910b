"""The Answerer end to end over a real in-memory Retriever (BM25) and hand-written reports."""
from __future__ import annotations

import pytest
from answer_corpus import chunks, corpus

from rag.answer.answerer import Answerer
from rag.answer.turn import AnswerEvent
from rag.config import Config
from rag.errors import BackendError
from rag.records import to_json
from rag.retrieve.retriever import Retriever

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
DOCS = corpus()
CATALOG_ZH = "已收录的报告：宜昌市 2022、曲靖市 2020、长治市 2021。"


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer(Retriever.build(list(DOCS.values()), chunks(DOCS), CFG), DOCS, CFG)


def test_answers_a_number_question_with_a_verified_sentence_citation(answerer):
    a = answerer.ask("2021年长治市行政复议的综合纠错率为多少？")
    assert a.answer == "59.46%\n全年市本級受理行政復議案件74件，辦結61件，行政復議綜合糾錯率為59.46%。[1]"
    (c,) = a.citations
    assert DOCS[c.doc_id].text[c.start:c.end] == c.quote and c.region == "长治市"
    assert not a.abstained and a.mode == "extractive" and a.flags == ()
    assert a.meta["backend"] == "extractive" and a.meta["prompt_version"] == "extractive/1"
    assert set(a.meta["timings"]) >= {"retrieve_ms", "answer_ms"} and a.meta["support"] == 1.0
    assert a.meta["ungrounded"] == [] and '"quote": "全年市本級' in to_json(a)


def test_english_question_gets_the_figure_first(answerer):
    a = answerer.ask("What was the administrative reconsideration correction rate of Yichang in 2022?")
    assert a.answer.split("\n")[0] == "15.66%" and a.citations[0].region == "宜昌市"


@pytest.mark.parametrize("q, reason, text", [
    ("太原市2021年行政复议纠错率是多少？", "unknown_region", "无法回答：没有太原市的报告。" + CATALOG_ZH),
    ("长治市2023年行政复议纠错率是多少？", "year_not_covered",
     "无法回答：没有长治市2023年的报告（长治市已收录：2021年）。" + CATALOG_ZH),
    ("长治市2021年GDP是多少？", "low_support", "无法回答：报告中没有找到能回答该问题的内容（未找到：gdp）。" + CATALOG_ZH),
])
def test_refusals_say_what_is_missing_and_what_exists(answerer, q, reason, text):
    a = answerer.ask(q)
    assert a.abstained and a.citations == () and a.meta["reason"] == reason
    assert a.answer == text


def test_english_refusal(answerer):
    a = answerer.ask("What was the administrative reconsideration correction rate of Changzhi in 2023?")
    assert a.abstained and a.answer.startswith("The reports do not say: there is no 2023 report for 长治市")
    assert a.answer.endswith("Reports available: 宜昌市 2022, 曲靖市 2020, 长治市 2021.")


def test_explicit_region_filter_unknown_region(answerer):
    a = answerer.ask("行政复议纠错率是多少？", region="太原市")
    assert a.abstained and a.meta["reason"] == "unknown_region"


@pytest.mark.parametrize("q, reason", [
    ("", "empty_question"), ("   \n ", "empty_question"), (None, "empty_question"),
    ("纠" * 2001, "question_too_long"), ("Какой процент исправлений?", "unsupported_language"),
    ("訂正率はいくらですか", "unsupported_language"),
])
def test_bad_input_gets_a_clear_reply_not_an_exception(answerer, q, reason):
    a = answerer.ask(q)
    assert a.abstained and a.meta["reason"] == reason and a.flags and a.answer


def test_too_long_message_names_the_limit(answerer):
    a = answerer.ask("纠" * 2001)
    assert a.answer == "问题过长（2001 个字符，上限 2000），请精简后再问。"


def test_follow_up_is_rewritten_from_history(answerer):
    history = [("长治市2021年行政复议纠错率是多少？", "59.46%")]
    a = answerer.ask("那宜昌2022年呢？", history=history)
    assert a.rewritten_question == "宜昌2022年行政复议纠错率是多少？"
    assert a.answer.startswith("15.66%\n")
    assert answerer.ask("长治市2021年行政复议纠错率是多少？").rewritten_question == ""


def test_stream_events_rewrite_deltas_final(answerer):
    events = list(answerer.ask_stream("那曲靖呢", history=[("宜昌市行政复议纠错率是多少？", "15.66%")]))
    kinds = [e.kind for e in events]
    assert kinds[0] == "rewrite" and kinds[-1] == "final" and set(kinds[1:-1]) == {"delta"}
    assert events[0].text == "曲靖行政复议纠错率是多少？"
    final = events[-1].answer
    assert "".join(e.text for e in events if e.kind == "delta") == final.answer
    assert final.answer.startswith("9.3%\n") and isinstance(events[-1], AnswerEvent)


def test_comparison_across_all_reports(answerer):
    a = answerer.ask("哪个地区行政复议纠错率最高？")
    assert a.answer.split("\n")[0] == "长治（59.46%）"  # the place's short label (rag.answer.regions.label)
    assert [c.region for c in a.citations] == ["长治市", "宜昌市", "曲靖市"]


def test_unknown_backend_lists_registered_names(answerer):
    with pytest.raises(BackendError, match="Registered: extractive, llamacpp, openai, transformers"):
        answerer.ask("纠错率是多少", llm="gpt-9")
