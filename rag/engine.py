"""The one facade the CLI, the web app and the evals use.

>>> from rag.config import load_config        # doctest: +SKIP
>>> eng = Engine.open(load_config())           # doctest: +SKIP
>>> eng.ask("长治市2021年行政复议综合纠错率是多少?").answer  # doctest: +SKIP

It owns the live index generation, builds the retriever and answerer lazily, and
reloads after ingestion so new reports are searchable without a restart.
"""
from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .errors import RagError
from .records import Answer, Chunk, Document
from .store import docstore


@dataclass(frozen=True)
class Status:
    """What the system runs on, for the CLI (`rag doctor`) and the UI header."""

    documents: int
    chunks: int
    generation: str
    retrieval_mode: str  # what is used
    embedder_wanted: str
    embedder_used: str  # "" when lexical only
    embedder_reason: str  # why the wanted model is not used
    embedder_fix: str
    llm: str
    token_counter: str
    notes: tuple[str, ...] = ()
    retrieval_wanted: str = ""  # what the config asks for, when it differs

    def summary(self, lang: str = "zh") -> str:
        off = not self.embedder_wanted or self.embedder_wanted == "none"
        if lang == "en":
            emb = (f"embeddings {self.embedder_used}" if self.embedder_used
                   else "lexical only (BM25; embeddings switched off in config)" if off
                   else f"lexical only (BM25): wanted {self.embedder_wanted}, {self.embedder_reason}")
            mode = self.retrieval_mode + (f" (fell back from {self.retrieval_wanted})" if self.retrieval_wanted else "")
            return (f"{self.documents} reports, {self.chunks} passages · retrieval {mode} · {emb} · "
                    f"answers: {self.llm}") + "".join(f" · ⚠ {n}" for n in self.notes)
        emb = (f"向量模型 {self.embedder_used}" if self.embedder_used
               else "仅词法检索(BM25，配置中已关闭向量模型)" if off
               else f"仅词法检索(BM25)：未能使用 {self.embedder_wanted}（{self.embedder_reason}）")
        mode = self.retrieval_mode + (f"（由 {self.retrieval_wanted} 回退）" if self.retrieval_wanted else "")
        return (f"已索引 {self.documents} 份报告、{self.chunks} 个段落 · 检索方式 {mode} · {emb} · 回答方式 {self.llm}"
                + "".join(f" · ⚠ {n}" for n in self.notes))


# A plain question; "which reports" (the passage tables); a figure in Traditional script (the script
# converters); a year no report covers, in Chinese and in English (the refusal catalogues).  Genre words only.
WARM_QUESTIONS = ("法治政府建设情况", "哪些报告提到了行政复议?", "全年與多少個單位簽了協議?",
                  "2099年的行政复议案件有多少件?", "How many administrative reconsideration cases were there in 2099?")


class Engine:
    def __init__(self, cfg: Config, gen: docstore.Generation):
        self.cfg = cfg
        self.gen = gen
        self._lock = threading.RLock()
        self._retriever = None
        self._answerer = None
        self._lease = None  # rag.store.leases.Lease on self.gen, for long-running readers
        self._warnings: tuple[str, tuple[str, ...]] | None = None  # (generation name, store warnings)

    @classmethod
    def open(cls, cfg: Config, lease: bool = False) -> Engine:
        """The live index; IndexMismatch when it was chunked with other settings than ``cfg``.

        ``lease``: keep the generation from being pruned while this process runs (`rag serve`)."""
        gen, held = _open_generation(cfg, None, lease)
        eng = cls(cfg, gen)
        eng._lease = held
        return eng

    def refresh(self) -> bool:
        """Switch to the live generation when another was published (by any process): the new
        one is loaded completely first, then swapped in one step, so a question runs wholly on
        one generation.  True when it switched."""
        name = docstore.current_name(self.cfg.index_dir)
        if not name or name == self.gen.name:
            return False
        gen, lease = _open_generation(self.cfg, name, self._lease is not None)
        try:
            from .answer.answerer import Answerer
            from .retrieve.retriever import Retriever

            retriever = Retriever.load(gen.path, list(gen.documents), list(gen.chunks), self.cfg)
            answerer = Answerer(retriever, dict(gen.docs_by_id), self.cfg)
        except BaseException:
            if lease is not None:
                lease.release()
            raise
        with self._lock:
            old, self._lease = self._lease, lease
            self.gen, self._retriever, self._answerer = gen, retriever, answerer
        if old is not None:
            old.release()
        return True

    def watch(self, interval_s: float = 2.0) -> threading.Event:
        """Check for new generations every ``interval_s`` in a daemon thread; set the returned event to stop."""
        import logging

        stop = threading.Event()

        def loop() -> None:
            while not stop.wait(interval_s):
                try:
                    self.refresh()
                except (RagError, OSError) as e:  # keep serving the generation in hand
                    logging.getLogger("rag").warning("not switching to the new index generation: %s", e)

        threading.Thread(target=loop, name="rag-generation-watch", daemon=True).start()
        return stop

    # --- corpus -----------------------------------------------------------------
    def documents(self) -> list[Document]:
        return list(self.gen.documents)

    def document(self, doc_id: str) -> Document:
        doc = self.gen.docs_by_id.get(doc_id)
        if doc is None:
            raise RagError(f"No document {doc_id!r} in the index. `rag docs` lists the ids.")
        return doc

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return [c for c in self.gen.chunks if c.doc_id == doc_id]

    def chunk_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.gen.chunks:
            out[c.doc_id] = out.get(c.doc_id, 0) + 1
        return out

    def reload(self) -> None:
        self.refresh()

    def ingest(self, paths: list[Path], rebuild: bool = False, progress=None):
        from .ingest.pipeline import ingest

        report = ingest(paths, self.cfg, rebuild=rebuild, progress=progress)
        self.refresh()
        return report

    def update_metadata(self, doc_id: str, fields: dict[str, Any]):
        """Save corrected metadata to the sidecar beside the report's file and re-ingest it."""
        from .store.lock import writer_lock

        with writer_lock(self.cfg.index_dir, "metadata edit"):
            return self._update_metadata(doc_id, fields)

    def _update_metadata(self, doc_id: str, fields: dict[str, Any]):
        from .ingest.metadata import load_sidecar, save_sidecar

        doc = self.document(doc_id)
        path = Path(self.gen.manifest["documents"][doc_id].get("path") or "")
        if not path.exists():
            raise RagError(f"The file of {doc_id} ({path}) is gone; re-ingest it before editing its metadata.")
        sidecar_path = path.parent / self.cfg.paths.metadata_file
        entries = load_sidecar(sidecar_path) if sidecar_path.exists() else {}
        entry = dict(entries.get(doc.source, {}))
        entry.update({k: v for k, v in fields.items() if v not in (None, "")})
        entries[doc.source] = entry
        save_sidecar(sidecar_path, entries)
        return self.ingest([path])

    # --- retrieval and answers -----------------------------------------------------
    @property
    def retriever(self):
        with self._lock:
            if self._retriever is None:
                from .retrieve.retriever import Retriever

                self._retriever = Retriever.load(self.gen.path, list(self.gen.documents), list(self.gen.chunks), self.cfg)
            return self._retriever

    @property
    def answerer(self):
        with self._lock:
            if self._answerer is None:
                from .answer.answerer import Answerer

                self._answerer = Answerer(self.retriever, dict(self.gen.docs_by_id), self.cfg)
            return self._answerer

    def search(self, question: str, **kw):
        return self.retriever.search(question, **kw)

    def warm(self) -> None:
        """Pay the one-time costs before users ask: the index and tokenizers (the first of
        :data:`WARM_QUESTIONS`, with the configured backend), then the per-index tables and
        taggers that only some kinds of question need (the others, extractively; answers unused)."""
        from .answer.pos_tags import pos_tokens
        from .text.lazy_re import compile_pending

        self.ask(WARM_QUESTIONS[0])
        for q in WARM_QUESTIONS[1:]:
            self.ask(q, llm="extractive")
        pos_tokens(WARM_QUESTIONS[0])  # jieba's part-of-speech tagger loads in ~1 s: not on a user's question
        docs = getattr(self.answerer, "documents", None)
        if hasattr(docs, "in_regions"):  # the reports by region (comparisons, the places a question names)
            docs.in_regions(())
        compile_pending()  # the answer modules' patterns, compiled on first use otherwise (rag.text.lazy_re)

    def ask(self, question: str, **kw) -> Answer:
        return self.answerer.ask(question, **kw)

    def ask_stream(self, question: str, **kw) -> Iterator[Any]:
        return self.answerer.ask_stream(question, **kw)

    # --- status ------------------------------------------------------------------
    def store_info(self) -> dict[str, Any]:
        """The store backend, its location (no secrets) and sizes (rag/index/stores.py)."""
        from .index.stores import get_store

        return get_store(self.cfg).describe(self.gen.path, self.cfg)

    def index_warnings(self) -> tuple[str, ...]:
        """One line per problem that leaves the index usable but stale (e.g. built by another BM25
        tokenizer), each naming its fix; worked out once per generation."""
        from .index.stores import get_store

        gen = self.gen
        cached = self._warnings
        if cached is None or cached[0] != gen.name:
            cached = self._warnings = (gen.name, get_store(self.cfg).warnings(gen.path, self.cfg))
        return cached[1]

    def status(self, llm: str | None = None) -> Status:
        info = self.gen.manifest.get("embedding", {})
        emb = dict(info.get("embedder", {}), model_id=info.get("model_id", ""))
        notes = list(self.index_warnings())
        counter = self.gen.manifest.get("chunker", {}).get("token_counter", "")
        mode, wanted = self.cfg.retrieval.mode, ""
        if not emb.get("model_id") and mode != "bm25":
            mode, wanted = "bm25", mode
        return Status(
            documents=len(self.gen.documents), chunks=len(self.gen.chunks), generation=self.gen.name,
            retrieval_mode=mode, retrieval_wanted=wanted, embedder_wanted=emb.get("wanted", self.cfg.embedding.model),
            embedder_used=emb.get("model_id", "") or "", embedder_reason=emb.get("reason", ""),
            embedder_fix=emb.get("how_to_fix", ""), llm=llm or self.cfg.llm.backend, token_counter=counter,
            notes=tuple(notes),
        )


def _open_generation(cfg: Config, name: str | None, lease: bool):
    """(generation, lease or None): the lease is taken before loading, so no writer can prune
    the generation between reading its name and reading its files."""
    from .ingest.pipeline import chunker_settings
    from .store.leases import Lease

    name = name or (docstore.current_name(cfg.index_dir) if lease else None)
    try:
        held = Lease.take(cfg.index_dir, name) if lease and name else None
    except OSError:  # a full or read-only disk: nobody can write a new generation either, so serve unleased
        held = None
    try:
        gen = docstore.load_generation(cfg.index_dir, name)
        docstore.check_compatible(gen.manifest, {"chunker": chunker_settings(cfg)})
    except BaseException:
        if held is not None:
            held.release()
        raise
    return gen, held


def status_dict(s: Status) -> dict[str, Any]:
    return dataclasses.asdict(s)
