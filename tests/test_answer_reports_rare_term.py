"""'Which reports mention X' when X is rare and the question's frame words (报告, 提到) are common in
the passages: the reports holding X are found and cited, not refused because the top-k passages
(ranked on every word of the question) do not hold X.  Real chunker, BM25 index, retriever, answerer."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

FIRST, SECOND = "东西南北中上下前后左", "岭坪渡川塬坝"
PLACES = tuple(FIRST[i % 10] + SECOND[i // 10] + "县" for i in range(30))
RARE = {4: "坚持严格规范公正文明执法，做到执法必严、违法必究。", 17: "执法必严，全年查处违法案件42件。"}


def report(i: int) -> str:
    lines = [f"{PLACES[i]}2022年法治政府建设年度报告", "一、主要工作",
             f"组织行政执法培训{10 + i}场，审核规范性文件{5 + i}件，办理行政复议案件{20 + i}件。"]
    if i % 3 == 0:  # the question's frame words, in passages that do not hold the term asked about
        lines.append(f"上年度报告提到的问题已逐项整改，专项报告提到的{2 + i}个事项按期办结。")
    if i in RARE:
        lines.append(RARE[i])
    lines += ["二、存在的问题", "基层执法力量薄弱，法治宣传形式单一。"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = []
    for i in range(len(PLACES)):
        text = report(i)
        docs.append(Document(f"r{i:02d}", f"r{i:02d}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                             title=text.splitlines()[0], region=PLACES[i], year=2022))
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


@pytest.mark.parametrize("question", ["哪些报告提到了“执法必严”?", "哪些報告提到了「執法必嚴」?",
                                      "哪几份报告里写到了执法必严?"])
def test_a_rare_term_outranked_by_the_frame_words_is_still_found(answerer, question):
    a = answerer.ask(question)
    assert not a.abstained, a.answer
    cited = {c.doc_id for c in a.citations}
    assert cited == {"r04", "r17"}
    assert PLACES[4][:2] in a.meta["short_answer"] and PLACES[17][:2] in a.meta["short_answer"]


def test_a_term_no_report_holds_is_still_refused(answerer):
    assert answerer.ask("哪些报告提到了“容缺受理”?").abstained
