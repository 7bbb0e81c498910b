"""The retrieval-only baseline, scored in every ``rag eval`` run on the same items.

What a user would read if the system showed its search results instead of answering:
``short_answer`` = the first sentence of the top passage (after
its heading lines, :func:`first_sentence`), ``answer`` = the top-3
passages, citations = those passages.  It uses the *same* index and retriever as the
system (``Engine.search``), so the gap between the two is what answering adds.  It
abstains only when nothing is retrieved, so it gets no unanswerable item right.
"""
from __future__ import annotations

from typing import Any

from ..records import Answer, Citation
from ..text import lazy_re as re
from .runner import EnginePipeline

TOP_PASSAGES = 3
HEADING_MAX = 50  # a leading line this short without a sentence end is a heading, not an answer
_SENT_END_RE = re.compile(r"[。！？；!?;]")
_SENT_RE = re.compile(r"(?<=[。！？!?\n])")  # the LangChain baseline's sentence split
_ENUM_RE = re.compile(r"^[(（]?[一二三四五六七八九十0-9]+[)）、.．]")


def first_sentence(passage: str, section: str = "") -> str:
    """The passage's first sentence after its leading headings, which no user would take
    for an answer: a sentence (or line) that is part of the chunk's ``section`` path, or
    one of at most 50 characters that has no sentence end or opens with a heading
    number (一、 (二) 3.).  A passage of headings only gives its first sentence.

    >>> first_sentence("(二)深化改革。共办理20项,增长5%。其中12项。", section="一、总体 > (二)深化改革")
    '共办理20项,增长5%。'
    """
    parts = [p.strip() for p in _SENT_RE.split(passage.strip()) if p.strip()]

    def heading(sent: str) -> bool:
        if section and sent.rstrip("。.") in section:
            return True
        return len(sent) <= HEADING_MAX and (not _SENT_END_RE.search(sent) or bool(_ENUM_RE.match(sent)))

    body = next((i for i, p in enumerate(parts) if not heading(p)), 0)
    return parts[body] if parts else ""


class RetrievalOnly(EnginePipeline):
    """``EnginePipeline``'s retrieval, with the top passages as the answer."""

    name = "retrieval_only"

    def describe(self) -> dict[str, Any]:
        info = super().describe()
        info.update(pipeline=self.name, llm=f"none (short answer: the top passage's first sentence; "
                                            f"answer: the top {TOP_PASSAGES} passages)", k=TOP_PASSAGES)
        return info

    def answer(self, question: str) -> Answer:
        hits = list(self.engine.search(question, k=TOP_PASSAGES, mode=self.mode).hits)[:TOP_PASSAGES]
        if not hits:
            return Answer(question, "没有检索到相关段落。", abstained=True, mode=self.name)
        docs = self.engine.gen.docs_by_id
        cites = tuple(Citation(n, h.chunk.doc_id, docs[h.chunk.doc_id].source if h.chunk.doc_id in docs else "",
                               h.chunk.start, h.chunk.end, h.chunk.text, h.chunk.section)
                      for n, h in enumerate(hits, 1))
        return Answer(question, "\n".join(h.chunk.text for h in hits), cites, mode=self.name,
                      short_answer=first_sentence(hits[0].chunk.text, hits[0].chunk.section))
