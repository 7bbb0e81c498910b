"""Optional second-stage reranking of fused candidates.

A :class:`Reranker` implements ``score(query, passages) -> float array`` (higher is
more relevant).  ``[retrieval] reranker`` names the model: ``""`` turns reranking
off; ``"BAAI/bge-reranker-v2-m3"`` or ``"/path/to/folder"`` uses the built-in
``"cross-encoder"`` backend (sentence-transformers ``CrossEncoder``, imported
lazily); ``"<backend>:<model>"`` picks another registered backend.  A model that
cannot load here (offline, missing folder) gives ``(None, status)`` with the
reason: retrieval goes on without reranking.

>>> from rag.config import RetrievalConfig
>>> load_reranker(RetrievalConfig(reranker=""))[0] is None
True
"""
from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np

from ..config import RetrievalConfig
from ..errors import BackendError
from ..index.model_probe import (
    EmbedderStatus,
    how_to_fix,
    probe_model,
    quiet_transformers,
)
from ..registry import Registry

R = TypeVar("R", bound=type)
DEFAULT_BACKEND = "cross-encoder"
RERANKERS: Registry = Registry("reranker backend", "Set [retrieval] reranker = \"backend:model\" or a model name.")


class Reranker(ABC):
    name: str = ""

    def __init__(self, model: str, status: EmbedderStatus, device: str = "cpu"):
        self.model = model
        self.status = status
        self.device = device

    @classmethod
    def probe(cls, model: str, base_dir: str | None = None) -> EmbedderStatus:
        return EmbedderStatus(f"{cls.name}:{model}", True, model_id=model)

    def load(self) -> None:
        """Load weights now (default: nothing to load)."""

    @abstractmethod
    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        """Relevance of each passage to ``query``, higher is better."""


def register_reranker(name: str) -> Callable[[R], R]:
    return RERANKERS.register(name)


def registered_rerankers() -> list[str]:
    return RERANKERS.names()


def parse_spec(spec: str) -> tuple[str, str]:
    """``"backend:model"`` or just ``"model"`` (cross-encoder) -> (backend, model)."""
    head, sep, tail = spec.partition(":")
    if sep and head in RERANKERS:
        return head, tail
    return DEFAULT_BACKEND, spec


_LOADED: dict[tuple[str, str, str], tuple[Reranker | None, EmbedderStatus]] = {}
_LOCK = threading.Lock()


def load_reranker(cfg: RetrievalConfig, base_dir: str | None = None,
                  device: str = "cpu") -> tuple[Reranker | None, EmbedderStatus]:
    """The configured reranker, loaded once per process, or ``(None, status)`` saying why not."""
    if not cfg.reranker.strip():
        return None, EmbedderStatus("", False, "reranking is off ([retrieval] reranker is empty)")
    backend, model = parse_spec(cfg.reranker.strip())
    cls = RERANKERS.get(backend)
    key = (backend, model, device)
    with _LOCK:
        if key not in _LOADED:
            _LOADED[key] = _try_load(cls, model, base_dir, device)
        return _LOADED[key]


def _try_load(cls: type[Reranker], model: str, base_dir: str | None, device: str):
    status = cls.probe(model, base_dir)
    if not status.available:
        return None, status
    try:
        reranker = cls(model, status, device)
        reranker.load()
    except Exception as e:  # noqa: BLE001 - reported as a status, retrieval continues without it
        detail = str(e).strip().splitlines()[0][:300] if str(e).strip() else type(e).__name__
        return None, EmbedderStatus(status.wanted, False, f"loading reranker {model} failed: {detail}",
                                    how_to_fix(model), status.model_id, status.load_path)
    return reranker, status


def rerank(reranker: Reranker, query: str, keyed_passages: Sequence[tuple[object, str]]) -> list[tuple[object, float]]:
    """``(key, score)`` by reranker score, best first; ties keep the incoming order."""
    if not keyed_passages:
        return []
    scores = np.asarray(reranker.score(query, [p for _, p in keyed_passages]), dtype=np.float64).reshape(-1)
    if len(scores) != len(keyed_passages):
        raise BackendError(f"Reranker {reranker.name} returned {len(scores)} scores for {len(keyed_passages)} passages.")
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return [(keyed_passages[i][0], float(scores[i])) for i in order]


@register_reranker("cross-encoder")
class CrossEncoderReranker(Reranker):
    """sentence-transformers ``CrossEncoder`` by hub name or local folder."""

    @classmethod
    def probe(cls, model: str, base_dir: str | None = None) -> EmbedderStatus:
        return probe_model(model, f"{cls.name}:{model}", base_dir)

    def load(self) -> None:
        from sentence_transformers import CrossEncoder

        quiet_transformers()
        path = self.status.load_path or self.model
        self._model = CrossEncoder(path, device=self.device, local_files_only=bool(self.status.load_path))

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        pairs = [(query, p) for p in passages]
        return np.asarray(self._model.predict(pairs, batch_size=16, show_progress_bar=False), dtype=np.float32)
