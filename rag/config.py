"""Configuration in one place: ``rag.toml`` over frozen-dataclass defaults.

Environment variables are only for secrets and paths:
``RAG_CONFIG`` (config file), ``RAG_INDEX_DIR`` (index folder), ``RAG_EMBED_MODEL``
(embedding model name or local folder), ``OPENAI_API_KEY`` / ``RAG_LLM_API_KEY``.

>>> cfg = Config()
>>> cfg.chunking.max_tokens
350
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent  # the repository (or install) root


@dataclass(frozen=True)
class PathsConfig:
    seeds_dir: str = "seeds"
    index_dir: str = "vectorstore/index"
    prompts_dir: str = "prompts"
    metadata_file: str = "metadata.toml"  # sidecar, looked up beside ingested files
    feedback_file: str = "vectorstore/feedback.jsonl"


@dataclass(frozen=True)
class IngestConfig:
    extensions: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
    max_file_mb: float = 50.0
    max_inflated_mb: float = 100.0  # .docx/.pdf/.html: most text or XML a file may expand to
    max_parts: int = 5000  # .docx zip members / .pdf pages / .html elements (in thousands: x1000)
    file_seconds: float = 60.0  # per-file time budget for extracting text
    keep_generations: int = 2  # older generations are pruned once no running process uses them
    prune_grace_s: float = 60.0  # a generation replaced less than this long ago is never pruned


@dataclass(frozen=True)
class ChunkingConfig:
    max_tokens: int = 350  # chunk size limit, counted by the token counter below
    overlap_sentences: int = 0
    max_sentence_chars: int = 300  # overlong sentences split at clause punctuation
    tokenizer: str = "cl100k_base"  # tiktoken encoding; falls back to a counter offline


@dataclass(frozen=True)
class EmbeddingConfig:
    backend: str = "sentence-transformers"  # or "none" for lexical only
    model: str = "intfloat/multilingual-e5-small"
    device: str = "cpu"
    batch_size: int = 32
    query_prefix: str | None = None  # None: per-model default
    passage_prefix: str | None = None


@dataclass(frozen=True)
class RetrievalConfig:
    mode: str = "bm25"  # bm25 | hybrid | dense; bm25 by measurement: no fusion matched it on every set (README)
    top_k: int = 5
    candidates: int = 50
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    metadata_boost: float = 0.5  # measured (README): as good as 1.0 on both dev sets, better on CMRC/DRCD
    exact_threshold: int = 50000  # above this many vectors an HNSW index is used
    bm25_mode: str = "search-docs"  # jieba: "search-docs" (sub-words in passages only) | "precise" | "search"
    bm25_bigrams: bool = True  # add CJK character bigrams (in their own namespace)
    reranker: str = ""  # cross-encoder model name or folder; "" = off
    rerank_top_n: int = 20


@dataclass(frozen=True)
class StoreConfig:
    """Where the search indexes live: "faiss" (files in the index folder) or "milvus"."""

    backend: str = "faiss"  # faiss | milvus
    uri: str = "vectorstore/milvus.db"  # milvus: a local .db file (Milvus Lite) or http(s)://host:19530; token in RAG_MILVUS_TOKEN
    collection: str = ""  # milvus: "" = derived from the index folder (one collection per index)


@dataclass(frozen=True)
class LLMConfig:
    backend: str = "extractive"  # extractive | openai | transformers | llamacpp
    base_url: str = "http://127.0.0.1:8000/v1"
    model: str = ""
    timeout_s: float = 60.0
    max_retries: int = 1
    temperature: float = 0.1
    max_tokens: int = 800
    context_tokens: int = 3000  # passages packed into the prompt up to this budget
    prompt: str = "answer"


@dataclass(frozen=True)
class AnswerConfig:
    max_question_chars: int = 2000
    abstain_score: float = 0.3  # support (IDF-weighted share of question terms in the best passage) below which it abstains


@dataclass(frozen=True)
class UIConfig:
    host: str = "127.0.0.1"
    port: int = 7860
    language: str = "zh"
    max_upload_mb: float = 50.0


@dataclass(frozen=True)
class Config:
    paths: PathsConfig = field(default_factory=PathsConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    llm: LLMConfig = field(default_factory=LLMConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    ui: UIConfig = field(default_factory=UIConfig)
    base_dir: str = str(ROOT)  # relative paths resolve against this

    def path(self, rel: str) -> Path:
        p = Path(os.path.expanduser(rel))
        return p if p.is_absolute() else Path(self.base_dir) / p

    @property
    def index_dir(self) -> Path:
        return self.path(self.paths.index_dir)

    def replace(self, **sections: Any) -> Config:
        """A copy with some fields of some sections changed:
        ``cfg.replace(retrieval={"mode": "bm25"})``."""
        changes = {}
        for name, values in sections.items():
            if name == "base_dir":
                changes[name] = values
                continue
            current = getattr(self, name)
            changes[name] = dataclasses.replace(current, **values)
        return dataclasses.replace(self, **changes)


def _section(cls: type, name: str, data: dict[str, Any]) -> Any:
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(
            f"Unknown setting(s) {', '.join(unknown)} in [{name}]. "
            f"Valid: {', '.join(sorted(known))}."
        )
    values = {}
    for k, v in data.items():
        default = getattr(cls(), k)
        if isinstance(default, tuple) and isinstance(v, list):
            v = tuple(v)
        if isinstance(default, bool) is not isinstance(v, bool) or (
            default is not None and not isinstance(v, type(default)) and not (isinstance(default, float) and isinstance(v, int))
        ):
            raise ConfigError(f"[{name}] {k} = {v!r}: expected {type(default).__name__} like {default!r}.")
        values[k] = v
    return cls(**values)


def load_config(path: str | os.PathLike | None = None, base_dir: str | None = None) -> Config:
    """Load ``rag.toml`` (or ``$RAG_CONFIG``) over the defaults; a missing default file is fine."""
    explicit = path or os.environ.get("RAG_CONFIG")
    p = Path(explicit) if explicit else ROOT / "rag.toml"
    data: dict[str, Any] = {}
    if p.exists():
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"Config file {p} is not valid TOML: {e}. Fix the file or remove it to use defaults.") from e
    elif explicit:
        raise ConfigError(f"Config file {p} does not exist. Pass an existing file with --config or unset RAG_CONFIG.")
    sections = {f.name: f for f in dataclasses.fields(Config) if f.name != "base_dir"}
    unknown = sorted(set(data) - set(sections))
    if unknown:
        raise ConfigError(f"Unknown section(s) [{'], ['.join(unknown)}] in {p}. Valid: {', '.join(sorted(sections))}.")
    kwargs: dict[str, Any] = {}
    for name, f in sections.items():
        cls = f.default_factory  # type: ignore[misc]
        kwargs[name] = _section(cls, name, data.get(name, {}))
    env_index = os.environ.get("RAG_INDEX_DIR")
    if env_index:
        kwargs["paths"] = dataclasses.replace(kwargs["paths"], index_dir=env_index)
    env_model = os.environ.get("RAG_EMBED_MODEL")
    if env_model:
        kwargs["embedding"] = dataclasses.replace(kwargs["embedding"], model=env_model)
    bd = base_dir or (str(p.resolve().parent) if p.exists() else str(ROOT))
    return Config(**kwargs, base_dir=bd)
