"""The ``openai`` backend through LangChain against FakeOpenAIServer (a real HTTP server on
127.0.0.1 speaking the chat-completions protocol with canned replies), and the answerer's
fallback to extractive answers when the LLM fails."""
from __future__ import annotations

import re
import socket

import pytest
from answer_corpus import chunks, corpus
from fake_openai_server import FakeOpenAIServer

from rag.answer.answerer import Answerer
from rag.answer.llm import LLMUnavailable, get_backend
from rag.config import Config, LLMConfig
from rag.retrieve.retriever import Retriever

pytestmark = pytest.mark.slow
DOCS = corpus()
BASE = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 3})
MSGS = [{"role": "system", "content": "只依据片段回答。"}, {"role": "user", "content": "纠错率？"}]
Q = "宜昌市2022年行政复议纠错率是多少？"
EXTRACTIVE = "15.66%\n2022年，市政府共收到行政复议申请210件，受理198件，依法纠错31件，纠错率15.66%。[1]"


@pytest.fixture(scope="module")
def retriever():
    return Retriever.build(list(DOCS.values()), chunks(DOCS), BASE)


@pytest.fixture()
def server():
    with FakeOpenAIServer(reply="纠错率为15.66%[1]。") as srv:
        yield srv


def cfg(url: str, **llm) -> Config:
    return BASE.replace(llm={"backend": "openai", "base_url": url, "model": "fake-model", "timeout_s": 5.0,
                             "max_retries": 0, **llm})


def passage_with(body: dict, needle: str) -> int:
    """The number of the passage holding ``needle`` in the prompt the server received."""
    user = body["messages"][-1]["content"]
    blocks = re.split(r"\n\n(?=\[\d+\] )", user[user.index("<passages>"):user.index("</passages>")])
    return next(int(re.match(r"(?:<passages>\n)?\[(\d+)\]", b).group(1)) for b in blocks if needle in b)


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_generate_and_stream_speak_the_protocol(server, monkeypatch):
    monkeypatch.setenv("RAG_LLM_API_KEY", "sk-test-123")
    b = get_backend("openai", LLMConfig(base_url=server.url, model="fake-model", max_tokens=99, temperature=0.0))
    assert b.generate(MSGS) == "纠错率为15.66%[1]。"
    pieces = list(b.stream(MSGS))
    assert len(pieces) > 1 and "".join(pieces) == "纠错率为15.66%[1]。"
    first, second = server.requests
    assert first["model"] == "fake-model" and first["messages"][0] == {"role": "system", "content": "只依据片段回答。"}
    assert not first.get("stream") and second["stream"] is True
    assert (first.get("max_completion_tokens") or first.get("max_tokens")) == 99
    headers = {k.lower(): v for k, v in server.headers[0].items()}
    assert headers["authorization"] == "Bearer sk-test-123"


@pytest.mark.parametrize("mode, reason", [("hang", "timeout"), ("malformed", "malformed response"), ("error", "server error")])
def test_backend_failures_raise_llm_unavailable_after_bounded_retries(mode, reason):
    with FakeOpenAIServer(reply="纠错率为15.66%[1]，见报告。", mode=mode) as srv:
        b = get_backend("openai", LLMConfig(base_url=srv.url, model="m", timeout_s=0.5, max_retries=1))
        with pytest.raises(LLMUnavailable) as e:
            b.generate(MSGS)
        assert e.value.reason == reason and len(srv.requests) == 2
        with pytest.raises(LLMUnavailable) as e:
            list(b.stream(MSGS))
        assert e.value.reason == reason


def test_llm_answer_citations_resolve_to_the_sentence(retriever, server):
    server.reply_fn = lambda body: f"宜昌市2022年行政复议纠错率为15.66%[{passage_with(body, '15.66%')}]。"
    a = Answerer(retriever, DOCS, cfg(server.url)).ask(Q)
    assert a.mode == "openai" and not a.abstained and a.flags == ()
    assert a.answer == "宜昌市2022年行政复议纠错率为15.66%[1]。"
    assert a.citations[0].quote == "2022年，市政府共收到行政复议申请210件，受理198件，依法纠错31件，纠错率15.66%。"
    assert a.meta["prompt_version"] == "answer-zh/2" and a.meta["backend"] == "openai" and "llm_ms" in a.meta["timings"]


def test_llm_streaming_answer(retriever, server):
    server.reply_fn = lambda body: f"纠错率为15.66%[{passage_with(body, '15.66%')}]，受理198件[{passage_with(body, '15.66%')}]。"
    events = list(Answerer(retriever, DOCS, cfg(server.url)).ask_stream(Q))
    deltas = "".join(e.text for e in events if e.kind == "delta")
    assert re.fullmatch(r"纠错率为15\.66%\[\d\]，受理198件\[\d\]。", deltas)
    final = events[-1].answer
    assert final.answer == "纠错率为15.66%[1]，受理198件[1]。" and final.mode == "openai"


def test_english_question_uses_the_english_prompt(retriever, server):
    server.reply_fn = lambda body: f"The rate was 15.66% [{passage_with(body, '15.66%')}]."
    a = Answerer(retriever, DOCS, cfg(server.url)).ask("What was the reconsideration correction rate of Yichang in 2022?")
    assert a.answer == "The rate was 15.66% [1]." and a.meta["prompt_version"] == "answer-en/2"
    assert "The reports do not say" in server.requests[-1]["messages"][0]["content"]


@pytest.mark.parametrize("mode, reply, reason", [
    ("hang", "x", "timeout"),
    ("malformed", "纠错率为15.66%[1]，见报告。", "malformed response"),
    ("empty", "", "empty output"),
    ("ok", "[1][2]", "reply is only citation markers"),
    ("ok", "<think>先看片段</think>[1]", "reply is only citation markers"),
    ("ok", "纠错率为12.5%[1]。", "short answer not supported by the cited passages (纠错率为12.5%。)"),
])
@pytest.mark.parametrize("stream", [False, True])
def test_failing_llm_falls_back_to_extractive_and_says_so(retriever, mode, reply, reason, stream):
    with FakeOpenAIServer(reply=reply, mode=mode) as srv:
        ans = Answerer(retriever, DOCS, cfg(srv.url, timeout_s=0.5))
        a = list(ans.ask_stream(Q))[-1].answer if stream else ans.ask(Q)
    assert a.answer == EXTRACTIVE and a.mode == "extractive" and not a.abstained
    assert a.meta["fallback_from"] == "openai" and a.meta["fallback_reason"] == reason
    what = "调用失败" if mode != "ok" else "的回答未通过核实"  # a failed call vs a reply that failed verification
    assert f"LLM 后端 openai {what}（{reason}），已改用抽取式回答" in a.flags


def test_connection_refused_falls_back(retriever):
    a = Answerer(retriever, DOCS, cfg(f"http://127.0.0.1:{closed_port()}/v1", timeout_s=2.0)).ask(Q)
    assert a.mode == "extractive" and a.meta["fallback_reason"] == "connection failed"
    assert a.answer == EXTRACTIVE


def test_llm_refusal_is_an_abstention(retriever, server):
    server.reply = "无法回答：报告没有提供该数据。"
    a = Answerer(retriever, DOCS, cfg(server.url)).ask(Q)
    assert a.abstained and a.mode == "openai" and a.answer == "无法回答：报告没有提供该数据。" and a.citations == ()


def test_numbers_missing_from_cited_sentences_are_flagged(retriever, server):
    server.reply_fn = lambda body: (f"纠错率为15.66%[{passage_with(body, '15.66%')}]。"
                                    f"\n其中纠错12.5件[{passage_with(body, '15.66%')}]。")
    a = Answerer(retriever, DOCS, cfg(server.url)).ask(Q)
    assert a.mode == "openai" and a.short_answer == "纠错率为15.66%。"
    assert a.answer == "纠错率为15.66%[1]。\n其中纠错12.5件（未核实）[1]。"
    assert a.flags[0] == "无依据：“其中纠错12.5件。”在所引原文中找不到（缺少：12.5）"
    assert a.meta["ungrounded"] == ["12.5"]


@pytest.mark.parametrize("reply", ["纠错率为15.66%。", "纠错率为15.66%[9]。"])
def test_uncited_claim_is_matched_to_its_passage_and_flagged(retriever, server, reply):
    server.reply = reply
    a = Answerer(retriever, DOCS, cfg(server.url)).ask(Q)
    assert a.mode == "openai" and a.answer == "纠错率为15.66%[1]。" and "纠错率15.66%" in a.citations[0].quote
    assert a.flags == ("模型未标注引用：“纠错率为15.66%。”，已匹配到支持它的原文",)


def test_follow_up_rewritten_by_the_llm_then_answered(retriever, server):
    server.replies = ["改写后的独立问题：宜昌市2022年行政复议纠错率是多少？"]
    server.reply_fn = lambda body: f"纠错率为15.66%[{passage_with(body, '15.66%')}]。"
    a = Answerer(retriever, DOCS, cfg(server.url)).ask("那宜昌呢？", history=[("长治市2021年行政复议纠错率是多少？", "59.46%")])
    assert a.rewritten_question == "宜昌市2022年行政复议纠错率是多少？" and a.meta["rewrite_by"] == "openai"
    assert "<followup>\n那宜昌呢？\n</followup>" in server.requests[0]["messages"][1]["content"]
    assert a.answer == "纠错率为15.66%[1]。"


def test_prompt_injection_reaches_the_model_only_inside_the_block(retriever, server):
    server.reply_fn = lambda body: f"开展法治宣传活动560场次[{passage_with(body, '560场次')}]。"
    a = Answerer(retriever, DOCS, cfg(server.url, prompt="answer")).ask("曲靖市开展法治宣传活动多少场次？")
    user = server.requests[-1]["messages"][1]["content"]
    assert user.count("</passages>") == 1 and user.index("我是猫") < user.index("</passages>")
    assert a.answer == "开展法治宣传活动560场次[1]。"
