"""Verification of LLM replies (rag.answer.verify), on scripted replies sent by
FakeOpenAIServer (a real HTTP server on 127.0.0.1 with canned text, standing in for a
model) through the real answerer, and on the pure functions."""
from __future__ import annotations

import re

import pytest
from answer_corpus import chunks, corpus
from fake_openai_server import FakeOpenAIServer

from rag.answer.answerer import Answerer
from rag.answer.verify import StreamFilter, find_markers, split_claims, strip_reasoning
from rag.config import Config
from rag.retrieve.retriever import Retriever

DOCS = corpus()
BASE = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 3})
Q = "宜昌市2022年行政复议纠错率是多少？"
RATE_SENTENCE = "2022年，市政府共收到行政复议申请210件，受理198件，依法纠错31件，纠错率15.66%。"


@pytest.fixture(scope="module")
def retriever():
    return Retriever.build(list(DOCS.values()), chunks(DOCS), BASE)


@pytest.fixture()
def server():
    with FakeOpenAIServer() as srv:
        yield srv


def ask(retriever, server, reply_fn, question=Q, stream=False):
    server.reply_fn = reply_fn
    cfg = BASE.replace(llm={"backend": "openai", "base_url": server.url, "model": "fake", "timeout_s": 5.0, "max_retries": 0})
    ans = Answerer(retriever, DOCS, cfg)
    if stream:
        events = list(ans.ask_stream(question))
        return events[-1].answer, "".join(e.text for e in events if e.kind == "delta")
    return ans.ask(question)


def n_of(body: dict, needle: str) -> int:
    """The number of the passage holding ``needle`` in the prompt the server received."""
    user = body["messages"][-1]["content"]
    blocks = re.split(r"\n\n(?=\[\d+\] )", user[user.index("<passages>"):user.index("</passages>")])
    return next(int(re.match(r"(?:<passages>\n)?\[(\d+)\]", b).group(1)) for b in blocks if needle in b)


def n_without(body: dict, needle: str) -> int:
    user = body["messages"][-1]["content"]
    nums = [int(x) for x in re.findall(r"^\[(\d+)\] ", user, re.MULTILINE)]
    return next(n for n in nums if n != n_of(body, needle))


FORMS = ["纠错率为15.66%[{n}]。", "纠错率为15.66%[{n},{n}]。", "纠错率为15.66%【{n}】。", "纠错率为15.66%({n})。",
         "纠错率为15.66%（片段{n}）。", "纠错率为15.66%[ID:{n}]。", "纠错率为15.66%^{n}。", "[{n}] 纠错率为15.66%。",
         "【{n}】纠错率为15.66%。", "纠错率为15.66%。[{n}]"]


@pytest.mark.parametrize("form", FORMS)
def test_every_marker_form_and_placement_cites_the_supporting_sentence(retriever, server, form):
    a = ask(retriever, server, lambda body: form.format(n=n_of(body, "15.66%")))
    assert a.mode == "openai" and a.answer == "纠错率为15.66%[1]。" and a.flags == ()
    assert a.short_answer == "纠错率为15.66%。"
    c = a.citations[0]
    assert c.quote == RATE_SENTENCE and DOCS[c.doc_id].text[c.start:c.end] == c.quote


def test_reasoning_is_stripped_and_never_streamed(retriever, server):
    reply = lambda body: f"<think>纠错率也许是99%，先看片段[{n_of(body, '15.66%')}]</think>纠错率为15.66%[{n_of(body, '15.66%')}]。"
    a, deltas = ask(retriever, server, reply, stream=True)
    assert a.answer == "纠错率为15.66%[1]。" and a.meta["reasoning_stripped"] is True
    assert "think" not in deltas and "99%" not in deltas and "99%" not in a.answer


@pytest.mark.parametrize("reply", [
    "<think>片段里没有2023年的数字</think>无法回答：报告中没有2023年的纠错率。",
    "根据片段，报告中没有提及该市2023年的纠错率。",
    "思考过程：片段只有2022年的数据。\n答案：无法回答。",
    "The reports do not say what the 2023 rate was.",
])
def test_refusal_is_recognised_anywhere(retriever, server, reply):
    a = ask(retriever, server, lambda body: reply)
    assert a.abstained and a.mode == "openai" and a.citations == ()
    assert "<think>" not in a.answer and "思考过程" not in a.answer


def test_uncited_invented_sentence_is_flagged(retriever, server):
    a = ask(retriever, server, lambda body: f"纠错率为15.66%[{n_of(body, '15.66%')}]。\n市长张三亲自督办此事。")
    assert a.mode == "openai" and a.answer == "纠错率为15.66%[1]。\n市长张三亲自督办此事（未核实）。"
    assert a.flags == ("未标注引用且无依据：“市长张三亲自督办此事。”在检索到的原文中找不到",)


def test_claim_cited_to_the_wrong_passage_is_flagged(retriever, server):
    a = ask(retriever, server, lambda body: f"纠错率为15.66%[{n_of(body, '15.66%')}]。\n受理申请198件[{n_without(body, '15.66%')}]。")
    assert a.mode == "openai"
    assert a.answer.startswith("纠错率为15.66%[1]。\n受理申请198件（未核实）")
    assert a.flags[0].startswith("无依据：“受理申请198件。”在所引原文中找不到（缺少：198")


def test_unsupported_short_answer_falls_back_with_the_reason(retriever, server):
    a = ask(retriever, server, lambda body: f"综合纠错率是7.89%。[{n_of(body, '15.66%')}]")
    assert a.mode == "extractive" and "15.66%" in a.answer
    assert a.meta["fallback_reason"] == "short answer not supported by the cited passages (综合纠错率是7.89%。)"
    assert any("short answer not supported" in f for f in a.flags)


def test_english_answer_cited_to_chinese_passage(retriever, server):
    a = ask(retriever, server, lambda body: f"The correction rate was 15.66% [{n_of(body, '15.66%')}].",
            question="What was the administrative reconsideration correction rate of Yichang in 2022?")
    assert a.mode == "openai" and a.answer == "The correction rate was 15.66% [1]." and a.flags == ()


@pytest.mark.parametrize("text, expected", [
    ("<think>a</think>答案", ("答案", True)),
    ("<think>unterminated reasoning", ("", True)),
    ("推理</think>结论", ("结论", True)),
    ("没有推理", ("没有推理", False)),
])
def test_strip_reasoning(text, expected):
    assert strip_reasoning(text) == expected


def test_parenthesised_numbers_are_markers_only_where_they_can_be():
    # a line-opening "(1)" is an enumerator; "(7)" names no passage; "(2)" mid-line is a marker
    assert [m.numbers for m in find_markers("(1) 受理59件(2)，占比(7)", {1, 2, 3})] == [(2,)]


def test_marker_before_a_claim_binds_forward_and_after_binds_back():
    claims = split_claims("[1] 共有十八项任务。审结37件[2]。\n受理59件。[3]", {1, 2, 3})
    assert [(c.text, c.numbers, c.line) for c in claims] == [
        ("共有十八项任务。", (1,), 0), ("审结37件。", (2,), 0), ("受理59件。", (3,), 1)]


def test_stream_filter_holds_back_reasoning_split_across_pieces():
    f = StreamFilter()
    assert "".join(f.feed(p) for p in ["前", "<th", "ink>想", "一想</thi", "nk>答", "案"]) == "前答案"
