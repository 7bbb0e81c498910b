"""One LLM answer: pack passages, prompt, generate (or stream), verify.

Every reply goes through :func:`~rag.answer.verify.verify_reply` (reasoning stripped,
markers in any form bound to their claims, each sentence checked against its cited
span).  Any unusable outcome raises :class:`~rag.answer.llm.LLMUnavailable` so the
answerer falls back to the extractive answer with the reason shown: the backend
failed (connection, timeout, malformed reply), the reply is empty or only markers,
its short answer is unsupported, or nothing in it resolves to a passage.  A refusal
is kept as an abstention.  The short answer goes to ``turn.meta["short_answer"]``.
"""
from __future__ import annotations

import time
from collections.abc import Generator
from typing import TYPE_CHECKING

from ..chunk.tokens import get_counter
from ..records import Citation
from .citations import render
from .llm import LLMUnavailable
from .packing import neutralise, pack_passages, render_passages
from .prompts import load_prompt
from .turn import AnswerEvent, Turn
from .verify import UNVERIFIED_REASONS, StreamFilter, verify_reply

if TYPE_CHECKING:  # pragma: no cover
    from .answerer import Answerer


def build_messages(answerer: Answerer, turn: Turn):
    """(messages, passages) for ``turn``; records prompt version and packing in ``turn.meta``."""
    cfg = answerer.cfg
    counter = get_counter(cfg.chunking.tokenizer)
    passages = pack_passages(turn.hits, answerer.documents, counter.count, cfg.llm.context_tokens, turn.lang)
    if not passages:
        raise LLMUnavailable(turn.backend.name, "no passage fits [llm] context_tokens")
    prompt = load_prompt(cfg.llm.prompt, turn.lang, cfg.path(cfg.paths.prompts_dir))
    messages = prompt.messages(passages=render_passages(passages, turn.lang), question=neutralise(turn.standalone))
    turn.meta.update(prompt_version=prompt.version, passages=len(passages), token_counter=counter.name)
    return messages, passages


def generate_llm(answerer: Answerer, turn: Turn, stream: bool
                 ) -> Generator[AnswerEvent, None, tuple[str, tuple[Citation, ...], bool]]:
    """Yields "delta" events when streaming; returns (text, citations, abstained)."""
    messages, passages = build_messages(answerer, turn)
    backend = turn.backend
    t = time.perf_counter()
    if stream:
        parts, shown = [], StreamFilter()
        for piece in backend.stream(messages):
            parts.append(piece)
            visible = shown.feed(piece)  # reasoning is never shown, not even while streaming
            if visible:
                yield AnswerEvent("delta", visible)
        raw = "".join(parts)
    else:
        raw = backend.generate(messages)
    turn.meta["timings"]["llm_ms"] = round((time.perf_counter() - t) * 1000, 1)
    if hasattr(backend, "queue_info"):
        turn.meta.update(backend.queue_info())
    if not raw.strip():
        raise LLMUnavailable(backend.name, "empty output")
    v = verify_reply(raw, {p.n: (p.chunk, p.doc) for p in passages}, turn.standalone, turn.lang)
    turn.meta["short_answer"] = v.short_answer
    turn.meta["verification"] = [{"sentence": c.claim.text.strip(), "status": c.status, "cited": list(c.claim.numbers),
                                  "missing": list(c.missing)} for c in v.checks]
    if v.reasoning_stripped:
        turn.meta["reasoning_stripped"] = True
    if v.fallback:
        raise LLMUnavailable(backend.name, v.fallback, raw.strip()[:120])
    text, cites = render(v.segments, answerer.documents)
    if v.abstained:
        return text.strip(), (), True
    turn.flags.extend(v.flags)
    return text.strip(), cites, False


def fallback_flag(backend: str, reason: str, lang: str) -> str:
    """Why the LLM's reply was not shown: the call failed, or its reply failed verification."""
    unverified = reason.startswith(UNVERIFIED_REASONS)
    if lang == "en":
        what = "reply failed verification" if unverified else "failed"
        return f"LLM backend {backend} {what} ({reason}); answered extractively from the reports"
    what = "的回答未通过核实" if unverified else "调用失败"
    return f"LLM 后端 {backend} {what}（{reason}），已改用抽取式回答"
