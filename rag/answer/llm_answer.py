"""One LLM answer: pack passages, prompt, generate (or stream), resolve citations.

Any unusable outcome raises :class:`~rag.answer.llm.LLMUnavailable` so the
answerer falls back to the extractive answer: the backend failed (connection,
timeout, malformed reply), the reply is empty, or it has no marker that resolves
to a passage.  A reply that is the refusal phrase is kept as an abstention.
"""
from __future__ import annotations

import time
from collections.abc import Generator
from typing import TYPE_CHECKING

from ..chunk.tokens import get_counter
from ..records import Citation
from .citations import parse_markers, render, resolve
from .llm import LLMUnavailable
from .packing import neutralise, pack_passages, render_passages
from .prompts import load_prompt
from .refusal import is_refusal_text

if TYPE_CHECKING:  # pragma: no cover
    from .answerer import Answerer, AnswerEvent, _Turn


def build_messages(answerer: Answerer, turn: _Turn):
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


def generate_llm(answerer: Answerer, turn: _Turn, stream: bool
                 ) -> Generator[AnswerEvent, None, tuple[str, tuple[Citation, ...], bool]]:
    """Yields "delta" events when streaming; returns (text, citations, abstained)."""
    from .answerer import AnswerEvent

    messages, passages = build_messages(answerer, turn)
    backend = turn.backend
    t = time.perf_counter()
    if stream:
        parts = []
        for piece in backend.stream(messages):
            parts.append(piece)
            yield AnswerEvent("delta", piece)
        raw = "".join(parts)
    else:
        raw = backend.generate(messages)
    turn.meta["timings"]["llm_ms"] = round((time.perf_counter() - t) * 1000, 1)
    if not raw.strip():
        raise LLMUnavailable(backend.name, "empty output")
    if is_refusal_text(raw) and not parse_markers(raw):
        return raw.strip(), (), True
    segments, dropped = resolve(raw, {p.n: (p.chunk, p.doc) for p in passages}, hint=turn.standalone)
    if dropped:
        turn.meta["dropped_markers"] = dropped
    text, cites = render(segments, answerer.documents)
    if not cites:
        raise LLMUnavailable(backend.name, "no valid citation", raw.strip()[:120])
    return text.strip(), cites, False
