"""The records of one question's run through the answerer: its working state and the events a UI reads.

:class:`Turn` is what the answerer's stages (:mod:`rag.answer.answerer`, :mod:`rag.answer.llm_answer`)
pass along and fill in; :class:`AnswerEvent` is what ``Answerer.ask_stream`` yields.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..records import Answer, Hit
from .evidence import Ask
from .llm import LLMBackend
from .refusal import Refusal


@dataclass(frozen=True)
class AnswerEvent:
    kind: str  # "rewrite" | "delta" | "final"
    text: str = ""
    answer: Answer | None = None


@dataclass
class Turn:
    """Working state of one question."""
    question: str
    lang: str
    standalone: str
    backend: LLMBackend
    meta: dict[str, Any]
    flags: list[str]
    ask: Ask | None = None
    hits: Sequence[Hit] = ()
    scope: Refusal | None = None  # the place has no report of the asked year: answered only from another year's
