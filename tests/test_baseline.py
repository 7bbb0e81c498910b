"""The LangChain baseline: real splitter, real BM25Retriever, real FAISS (with our hashing embedder)."""
from __future__ import annotations

import pytest

from rag.config import EmbeddingConfig
from rag.eval.baseline import LangChainBaseline, first_sentences, split_documents
from rag.eval.dataset import EvalItem
from rag.eval.runner import run_items, summarize
from rag.index.embedders import get_embedder
from rag.records import Document

# Long enough for several 1000-character chunks; whitespace-separated words so the stock
# whitespace tokenizer of BM25Retriever can tell passages apart.
# (Two different filler paragraphs: EnsembleRetriever fuses by page_content, so identical
# chunks would add up their scores.)
PARA1 = "本段落 讨论 行政复议 工作。" * 80
PARA2 = "下一段 说明 行政诉讼 情况。" * 80
DOC_A = Document("a", "a.txt", f"一、总则\n{PARA1}\n\n二、重点\nalpha beta 长治市 共办理 案件 20项。后续 工作 继续。\n\n{PARA2}", "h1")
DOC_B = Document("b", "b.txt", "臺中市 法治 報告\n\ngamma delta 訴訟 案件 35件。", "h2")


def test_chunks_carry_exact_offsets():
    chunks = split_documents([DOC_A, DOC_B])
    assert len(chunks) > 2
    for c in chunks:
        doc = DOC_A if c.metadata["doc_id"] == "a" else DOC_B
        start = c.metadata["start_index"]
        assert doc.text[start:start + len(c.page_content)] == c.page_content
        assert len(c.page_content) <= 1000


def test_bm25_only_baseline_retrieves_spans_and_answers_with_first_sentences():
    b = LangChainBaseline([DOC_A, DOC_B], embedder=None, k=2)
    assert "BM25 only" in b.describe()["retrieval"] and b.describe()["embedder"].startswith("none")
    hits = b.retrieve("alpha beta", 10)
    top = hits[0]
    assert (top.rank, top.doc_id) == (1, "a")
    assert "alpha beta" in DOC_A.text[top.start:top.end]
    ans = b.answer("alpha beta")
    assert ans.answer == first_sentences(DOC_A.text[top.start:top.end])
    assert not ans.abstained and len(ans.citations) == 2
    c = ans.citations[0]
    assert DOC_A.text[c.start:c.end] == c.quote and (c.n, c.doc_id, c.source) == (1, "a", "a.txt")


def test_ensemble_with_faiss_when_an_embedder_is_available():
    emb = get_embedder(EmbeddingConfig(backend="hashing-fake"))
    b = LangChainBaseline([DOC_A, DOC_B], embedder=emb, k=3)
    d = b.describe()
    assert d["retrieval"].startswith("BM25 + FAISS") and d["embedder"] == "hashing-fake-256"
    hits = b.retrieve("臺中市 法治 報告 gamma delta 訴訟 35件", 10)
    assert hits[0].doc_id == "b"
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert len({(h.doc_id, h.start) for h in hits}) == len(hits)  # the ensemble de-duplicates


@pytest.mark.parametrize("text,expected", [
    ("第一句。第二句！第三句。", "第一句。第二句！"),
    ("一、标题\n正文第一句。正文第二句。", "一、标题\n正文第一句。"),
    ("没有句号的一段话", "没有句号的一段话"),
    ("", ""),
    ("长" * 500, "长" * 200),
])
def test_first_sentences(text, expected):
    assert first_sentences(text) == expected


def test_empty_corpus_abstains():
    b = LangChainBaseline([], embedder=None)
    assert b.retrieve("任何问题", 10) == []
    assert b.answer("任何问题").abstained


def test_baseline_runs_through_the_same_scoring():
    start = DOC_A.text.index("长治市 共办理")
    end = start + len("长治市 共办理 案件 20项")
    items = [EvalItem("q1", "alpha beta 长治市 共办理 多少 案件", "20项", "number", evidence_spans=((("a", start, end),),)),
             EvalItem("q2", "今年 天气 如何", "", "unanswerable")]
    b = LangChainBaseline([DOC_A, DOC_B], embedder=None, k=2)
    rows = run_items(items, b, {"a": DOC_A, "b": DOC_B}, progress=False)
    m1, m2 = rows[0]["metrics"], rows[1]["metrics"]
    assert m1["hit@1"] is True and m1["rr"] == 1.0 and m1["quote_exact"] == 1.0
    assert m1["citation_precision"] == 0.5  # the second cited chunk does not overlap the evidence
    assert m2["correct"] is False and rows[1]["abstained"] is False  # the baseline never abstains
    assert summarize(rows)["overall"]["abstention_recall"] == 0.0
