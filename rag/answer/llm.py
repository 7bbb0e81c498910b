"""LLM backends: one registry, one interface.

A backend implements ``_generate(messages) -> str`` (and may implement ``_stream``);
the base class adds a wall-clock timeout, bounded retries and one error type,
:class:`LLMUnavailable`, whose ``reason`` the answerer records when it falls back
to the extractive answer.  Built-ins register by name exactly as an extension
would: ``extractive`` (no LLM), ``openai`` (any OpenAI-compatible server through
LangChain), ``transformers`` (a local model folder), ``llamacpp`` (a local GGUF file).
A backend that enforces the timeout itself (and cancels the request on its server)
sets ``enforces_timeout``; the base class then calls it directly instead of
abandoning a worker thread that would keep the server busy.

>>> sorted(registered())
['extractive', 'llamacpp', 'openai', 'transformers']
>>> get_backend("gpt", LLMConfig())
Traceback (most recent call last):
...
rag.errors.BackendError: Unknown LLM backend 'gpt'. Registered: extractive, llamacpp, openai, transformers. Set [llm] backend in rag.toml or pass --llm NAME.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator, Sequence
from typing import ClassVar

from ..config import LLMConfig
from ..errors import BackendError
from ..registry import Registry

Messages = Sequence[dict[str, str]]
BACKENDS: Registry = Registry("LLM backend", "Set [llm] backend in rag.toml or pass --llm NAME.")
_END = object()


class LLMUnavailable(BackendError):
    """The backend gave no usable output; ``reason`` says why in a few words."""

    def __init__(self, backend: str, reason: str, detail: str = "") -> None:
        self.backend, self.reason, self.detail = backend, reason, detail
        super().__init__(f"LLM backend {backend!r} failed: {reason}{' (' + detail + ')' if detail else ''}.")


class LLMConfigError(BackendError):
    """The backend is set up wrongly (missing model folder...): retrying cannot help."""


def reason_of(exc: BaseException) -> str:
    """A short, stable description of why a call failed."""
    names = " ".join(c.__name__ for c in type(exc).__mro__).lower()
    text = str(exc).lower()
    if text.startswith("busy"):
        return "busy"
    if "timeout" in names or "timed out" in text:
        return "timeout"
    if "connect" in names or "connection" in text or isinstance(exc, ConnectionError):
        return "connection failed"
    if isinstance(exc, (ValueError, KeyError, TypeError)) or "json" in names or "decode" in names:
        return "malformed response"
    if "status" in names or "apierror" in names:
        return "server error"
    return type(exc).__name__


class LLMBackend:
    """Base class: subclasses set ``name`` and implement ``_generate``."""

    name: ClassVar[str] = ""
    is_llm: ClassVar[bool] = True
    enforces_timeout: ClassVar[bool] = False

    def __init__(self, cfg: LLMConfig) -> None:
        self.cfg = cfg

    def _generate(self, messages: Messages) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def _stream(self, messages: Messages) -> Iterator[str]:
        yield self._generate(messages)

    def prepare(self, streaming: bool = False) -> None:
        """Load what the backend needs (clients, models) before the timed call; may raise."""

    def _final_failure(self, exc: BaseException) -> bool:
        """A timed-out request that the backend cancelled itself is not retried: a retry
        would take as long again (a local model on a busy machine)."""
        return self.enforces_timeout and reason_of(exc) in ("timeout", "busy")

    def _attempts(self) -> int:
        return 1 + max(0, int(self.cfg.max_retries))

    def generate(self, messages: Messages) -> str:
        """The model's reply; raises LLMUnavailable after ``1 + max_retries`` failed tries."""
        last: BaseException | None = None
        for attempt in range(self._attempts()):
            if attempt:
                time.sleep(min(2.0, 0.25 * 2 ** (attempt - 1)))
            try:
                self.prepare(streaming=False)
                if self.enforces_timeout:
                    return self._generate(messages)
                return self._call_with_timeout(messages)
            except LLMConfigError:
                raise
            except Exception as e:  # noqa: BLE001 - any client failure is retried, then reported
                last = e
                if self._final_failure(e):
                    break
        raise LLMUnavailable(self.name, reason_of(last), str(last)[:200]) from last

    def _call_with_timeout(self, messages: Messages) -> str:
        box: dict[str, object] = {}

        def run() -> None:
            try:
                box["out"] = self._generate(messages)
            except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
                box["err"] = e

        t = threading.Thread(target=run, daemon=True, name=f"llm-{self.name}")
        t.start()
        t.join(self.cfg.timeout_s)
        if t.is_alive():
            raise TimeoutError(f"no reply within {self.cfg.timeout_s:g} s")
        if "err" in box:
            raise box["err"]  # type: ignore[misc]
        out = box.get("out")
        if not isinstance(out, str):
            raise TypeError(f"backend returned {type(out).__name__}, not text")
        return out

    def stream(self, messages: Messages) -> Iterator[str]:
        """Text pieces as they come.  Retries only before the first piece; each piece must
        arrive within ``timeout_s`` or LLMUnavailable('timeout') is raised."""
        last: BaseException | None = None
        for attempt in range(self._attempts()):
            if attempt:
                time.sleep(min(2.0, 0.25 * 2 ** (attempt - 1)))
            started = False
            try:
                self.prepare(streaming=True)
                pieces = self._stream(messages) if self.enforces_timeout else self._pieces(messages)
                for piece in pieces:
                    started = True
                    yield piece
                return
            except LLMConfigError:
                raise
            except Exception as e:  # noqa: BLE001 - retried before the first piece, then reported
                last = e
                if started or self._final_failure(e):
                    break
        raise LLMUnavailable(self.name, reason_of(last), str(last)[:200]) from last

    def _pieces(self, messages: Messages) -> Iterator[str]:
        q: queue.Queue = queue.Queue()

        def run() -> None:
            try:
                for piece in self._stream(messages):
                    q.put(piece)
                q.put(_END)
            except BaseException as e:  # noqa: BLE001 - handed to the consuming thread
                q.put(e)

        threading.Thread(target=run, daemon=True, name=f"llm-stream-{self.name}").start()
        while True:
            try:
                item = q.get(timeout=self.cfg.timeout_s)
            except queue.Empty:
                raise TimeoutError(f"no output for {self.cfg.timeout_s:g} s") from None
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            if not isinstance(item, str):
                raise TypeError(f"stream piece is {type(item).__name__}, not text")
            yield item


def register(cls: type[LLMBackend]) -> type[LLMBackend]:
    """Class decorator: make ``cls`` available as ``[llm] backend = cls.name``."""
    if not cls.name:
        raise BackendError(f"LLM backend class {cls.__name__} has no name; set name = '...'.")
    return BACKENDS.register(cls.name)(cls)


def _ensure_builtins() -> None:
    from . import backends_llamacpp, backends_openai, backends_transformers  # noqa: F401  (register on import; cheap)


def registered() -> list[str]:
    """Names of all registered backends, sorted."""
    _ensure_builtins()
    return BACKENDS.names()


def get_backend(name: str, cfg: LLMConfig) -> LLMBackend:
    """An instance of backend ``name`` (nothing heavy is loaded until it is used)."""
    _ensure_builtins()
    return BACKENDS.get(name)(cfg)


@register
class ExtractiveBackend(LLMBackend):
    """No language model: the answerer composes answers from report sentences."""

    name = "extractive"
    is_llm = False

    def _generate(self, messages: Messages) -> str:
        raise LLMConfigError("The extractive backend writes no free text; the answerer handles it directly.")
