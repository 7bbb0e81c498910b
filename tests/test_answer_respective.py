"""Respective pairs (分别): a value goes with the named item in its place on the other side.  Sentences
written here."""
from __future__ import annotations

import hashlib

from rag.answer.evidence import Sent, make_ask
from rag.answer.figures import date_spans, number_spans
from rag.answer.qtypes import classify
from rag.answer.respective import respective_span
from rag.answer.terms import content_terms
from rag.records import Chunk, Document

DATES = "2022年4月和9月,分别完成《甲市城市绿化条例(修订草案)》《甲市电梯安全管理办法(草案)》的起草工作。"
COUNTS = "《甲县行政执法公示办法》《甲县重大执法决定法制审核办法》分别梳理公示事项36项、21项。"


def picked(sentence: str, q: str, spans_fn) -> str | None:
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市", "甲县"]))
    sp = respective_span(sentence, spans_fn(sentence), ask.terms, ask.weights)
    return None if sp is None else sentence[sp[0]:sp[1]]


def test_dates_before_respectively_pair_with_the_titles_after_it():
    assert picked(DATES, "甲市什么时候完成电梯安全管理办法草案的起草?", date_spans) == "9月"
    assert picked(DATES, "甲市什么时候完成城市绿化条例修订草案的起草?", date_spans) == "2022年4月"


def test_counts_after_respectively_pair_with_the_titles_before_it():
    assert picked(COUNTS, "甲县重大执法决定法制审核办法梳理了多少项公示事项?", number_spans) == "21项"


def test_no_pairing_when_the_question_names_no_one_item_or_counts_differ():
    assert picked(DATES, "甲市什么时候完成草案的起草?", date_spans) is None  # both items hold it alike
    assert picked("3月、6月和9月,分别完成《甲条例》《乙办法》的起草。", "什么时候完成乙办法的起草?", date_spans) is None
    assert picked("2022年4月完成《甲市城市绿化条例》的起草。", "什么时候完成城市绿化条例的起草?", date_spans) is None


def test_the_date_answer_follows_the_pairing():
    from rag.answer.spans import span_answer

    text = "甲市2022年法治政府建设情况报告\n" + DATES + "\n"
    d = Document("d1", "d1.txt", text, hashlib.sha256(text.encode()).hexdigest(), title="甲市2022年法治政府建设情况报告",
                 region="东海省甲市", year=2022)
    a = text.index(DATES)
    sent = Sent(d, Chunk("d1:0", "d1", 0, len(text), text), a, a + len(DATES), 0)
    for q, when in (("甲市2022年什么时候完成城市绿化条例修订草案的起草?", "2022年4月"),
                    ("甲市2022年什么时候完成电梯安全管理办法草案的起草?", "9月")):
        ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市"]))
        assert span_answer(ask, [sent]).short == when
