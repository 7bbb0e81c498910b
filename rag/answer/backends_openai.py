"""``openai``: any OpenAI-compatible chat-completions server, through LangChain.

Settings: ``[llm] base_url, model, timeout_s, max_retries, temperature, max_tokens``;
the key comes from ``RAG_LLM_API_KEY`` or ``OPENAI_API_KEY`` (local servers such as
vLLM or llama.cpp accept any key, so a placeholder is sent when neither is set).
LangChain's own retries are off: the base class retries, so a failing server is
tried exactly ``1 + max_retries`` times.  The chat-completions API is forced
(``use_responses_api=False``) because local servers do not speak the Responses API.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from .llm import LLMBackend, LLMConfigError, Messages, register

PLACEHOLDER_KEY = "not-needed"


def api_key() -> str:
    return os.environ.get("RAG_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY") or PLACEHOLDER_KEY


def _text(content) -> str:
    """LangChain message content (a str, or a list of content blocks) as plain text."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content if isinstance(b, (str, dict)))
    raise ValueError(f"unexpected message content of type {type(content).__name__}")


@register
class OpenAIBackend(LLMBackend):
    name = "openai"

    def __init__(self, cfg) -> None:
        super().__init__(cfg)
        self._clients: dict[bool, object] = {}

    def client(self, streaming: bool = False):
        """The LangChain ChatOpenAI client (built once per streaming mode)."""
        if streaming not in self._clients:
            self._clients[streaming] = self._build(streaming)
        return self._clients[streaming]

    def _build(self, streaming: bool):
        if not self.cfg.model:
            raise LLMConfigError("[llm] model is empty. Set it to the served model's name, e.g. model = \"qwen2.5-7b-instruct\".")
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as e:
            raise LLMConfigError("The openai backend needs langchain-openai: pip install langchain-openai") from e
        return ChatOpenAI(
            model=self.cfg.model,
            base_url=self.cfg.base_url,
            api_key=api_key(),
            timeout=self.cfg.timeout_s,
            max_retries=0,
            temperature=self.cfg.temperature,
            max_tokens=self.cfg.max_tokens,
            streaming=streaming,
            use_responses_api=False,
        )

    def prepare(self, streaming: bool = False) -> None:
        self.client(streaming)

    def _generate(self, messages: Messages) -> str:
        return _text(self.client().invoke(list(messages)).content)

    def _stream(self, messages: Messages) -> Iterator[str]:
        for chunk in self.client(streaming=True).stream(list(messages)):
            piece = _text(chunk.content)
            if piece:
                yield piece
