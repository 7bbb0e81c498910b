"""The baseline: what a user builds in an afternoon with LangChain, scored like ours.

Choices (each is the library default or the LangChain RAG tutorial's setting):

* **Splitter**: ``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200,
  add_start_index=True)`` -- the tutorial's settings (the class default is 4000/200,
  one chunk per report section or more, which no tutorial uses); default separators
  (``"\\n\\n", "\\n", " ", ""``), length in characters.  ``add_start_index`` gives the
  chunk's offset, so a chunk is the span ``[start_index, start_index + len(chunk))``.
* **Lexical**: stock ``langchain_community.retrievers.BM25Retriever`` with its default
  ``preprocess_func`` (``str.split``: whitespace tokens, so an unspaced Chinese
  paragraph is one token -- what the stock retriever does with Chinese).
* **Dense**: ``langchain_community.vectorstores.FAISS`` (its default flat L2 index) over
  the *same embedder* our index uses, when that embedder can be loaded here; then both
  are fused by ``EnsembleRetriever`` (default equal weights, RRF c=60).  When no
  embedder can be loaded the baseline is BM25 only and :meth:`describe` says so.
* **Answer** (no LLM): the top retrieved chunk's first two sentences (cut after
  。！？!? or a line break; at most 200 characters) -- what a no-LLM demo shows.
  It abstains only when nothing is retrieved.
  Its ``short_answer`` (scored by the strict ``answer_accuracy``) is the first sentence.
* **Citations**: the first ``k`` retrieved chunks, as spans (``k`` = the answer's k).

The corpus is the index's stored document texts (after our cleaning), so every span
is scored against the same ``Document.text`` offsets as ours.

>>> from rag.records import Document
>>> b = LangChainBaseline([Document("d", "d.txt", "第一句。第二句！第三句。", "h")], embedder=None)
>>> b.answer("第二句").answer
'第一句。第二句！'
"""
from __future__ import annotations

import warnings
from typing import Any

from ..records import Answer, Citation, Document
from ..text import lazy_re as re
from .runner import Retrieved

CHUNK_SIZE, CHUNK_OVERLAP = 1000, 200
ANSWER_SENTENCES, ANSWER_MAX_CHARS = 2, 200
_SENT_END = re.compile(r"(?<=[。！？!?\n])")


def first_sentences(text: str, n: int = ANSWER_SENTENCES, max_chars: int = ANSWER_MAX_CHARS) -> str:
    """The first ``n`` non-blank sentences of ``text``, at most ``max_chars`` characters.

    >>> first_sentences("一、总则\\n第一句。第二句。第三句。")
    '一、总则\\n第一句。'
    """
    parts = [p for p in _SENT_END.split(text.strip()) if p.strip()]
    return "".join(parts[:n]).strip()[:max_chars]


def _lc_embeddings(embedder):
    """Our embedder (query/passage prefixes included) as a LangChain ``Embeddings``."""
    from langchain_core.embeddings import Embeddings

    class OurEmbedder(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_passages(texts).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()

    return OurEmbedder()


def split_documents(documents: list[Document]):
    """LangChain ``Document`` chunks with ``doc_id``, ``source``, ``start_index`` metadata."""
    from langchain_core.documents import Document as LCDocument
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True)
    lc_docs = [LCDocument(page_content=d.text, metadata={"doc_id": d.doc_id, "source": d.source}) for d in documents]
    return splitter.split_documents(lc_docs)


class LangChainBaseline:
    """The afternoon LangChain build, behind the same interface as ``EnginePipeline``."""

    name = "baseline"

    def __init__(self, documents: list[Document], embedder: Any = None, k: int = 5, embedder_note: str = ""):
        with warnings.catch_warnings():  # langchain-community announces its sunset on import
            warnings.simplefilter("ignore", DeprecationWarning)
            from langchain_community.retrievers import BM25Retriever

            self.docs = {d.doc_id: d for d in documents}
            self.chunks = split_documents(documents)
            self.k = k
            self.embedder_id = getattr(embedder, "model_id", "") if embedder is not None else ""
            self.embedder_note = embedder_note
            self.retriever = self.bm25 = BM25Retriever.from_documents(self.chunks, k=10) if self.chunks else None
            if embedder is not None and self.chunks:
                self.retriever = self._ensemble(embedder)

    def _ensemble(self, embedder):
        from langchain_classic.retrievers import EnsembleRetriever
        from langchain_community.vectorstores import FAISS

        store = FAISS.from_documents(self.chunks, _lc_embeddings(embedder))
        dense = store.as_retriever(search_kwargs={"k": 10})
        return EnsembleRetriever(retrievers=[self.bm25, dense], weights=[0.5, 0.5])

    def describe(self) -> dict[str, Any]:
        ret = "BM25 + FAISS (EnsembleRetriever)" if self.embedder_id else "BM25 only (no embedder could be loaded)"
        return {"pipeline": self.name, "retrieval": ret, "llm": "none (top chunk's first sentences)",
                "embedder": self.embedder_id or f"none ({self.embedder_note or 'not available'})",
                "k": self.k, "documents": len(self.docs), "chunks": len(self.chunks),
                "splitter": f"RecursiveCharacterTextSplitter(chunk_size={CHUNK_SIZE}, chunk_overlap={CHUNK_OVERLAP})",
                "notes": [("baseline: stock BM25Retriever tokenizes on whitespace, so unspaced Chinese text is "
                          "nearly one token per line and lexical matching is close to blind")]}

    def _search(self, question: str) -> list:
        if not self.chunks:
            return []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return list(self.retriever.invoke(question))[:10]

    def retrieve(self, question: str, k: int = 10) -> list[Retrieved]:
        out = []
        for rank, c in enumerate(self._search(question)[:k], 1):
            start = int(c.metadata["start_index"])
            out.append(Retrieved(rank, c.metadata["doc_id"], c.metadata["source"], start, start + len(c.page_content), None))
        return out

    def answer(self, question: str) -> Answer:
        found = self._search(question)
        if not found:
            return Answer(question, "没有检索到相关段落。", abstained=True, mode="baseline")
        cites = []
        for n, c in enumerate(found[: self.k], 1):
            start = int(c.metadata["start_index"])
            cites.append(Citation(n, c.metadata["doc_id"], c.metadata["source"], start, start + len(c.page_content),
                                  c.page_content))
        return Answer(question, first_sentences(found[0].page_content), tuple(cites), mode="baseline",
                      short_answer=first_sentences(found[0].page_content, n=1))


def build_baseline(documents: list[Document], cfg, k: int | None = None) -> LangChainBaseline:
    """The baseline over ``documents`` with the configured embedder when it loads here."""
    from ..index.embedders import load_embedder

    embedder, status = load_embedder(cfg.embedding, cfg.base_dir)
    return LangChainBaseline(documents, embedder, k or cfg.retrieval.top_k, embedder_note=status.message())
