"""Ingest: files -> cleaned Documents with metadata -> chunks -> a new index generation.

Idempotent by content hash: an unchanged file does no work, a changed file replaces
its old chunks, the same content under two names is stored once (the second name is
kept as an alias), and a file gone from an ingested folder is removed from the index.
Each bad file gets one message and the rest of the batch still ingests.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..chunk.chunker import chunk_text
from ..chunk.tokens import get_counter
from ..config import Config
from ..errors import IndexError_, IngestError
from ..records import Chunk, Document
from ..store import docstore
from ..store.lock import writer_lock
from ..text import lazy_re as re
from ..text.normalize import detect_script
from . import sources
from .clean import clean_text
from .loaders import SUPPORTED, Limits, load_file
from .metadata import apply_sidecar, infer_metadata, load_sidecar

Progress = Callable[[str, int, int], None]  # (message, done, total)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # "b.txt = a.txt"
    skipped: list[str] = field(default_factory=list)  # one message per bad file
    notes: list[str] = field(default_factory=list)  # why a new generation was written without file changes
    generation: str = ""
    seconds: float = 0.0
    embedder: dict = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @property
    def ok(self) -> bool:
        """False only when files were given and none of them could be ingested."""
        return not (self.skipped and not (self.added or self.updated or self.unchanged or self.duplicates))


def chunker_settings(cfg: Config) -> dict:
    counter = get_counter(cfg.chunking.tokenizer)
    return {
        "version": docstore.CHUNKER_VERSION,
        "max_tokens": cfg.chunking.max_tokens,
        "max_sentence_chars": cfg.chunking.max_sentence_chars,
        "token_counter": counter.name,
    }


def expand_paths(paths: Iterable[Path], report: IngestReport) -> tuple[list[Path], list[Path]]:
    """(files to ingest, folders they came from); bad paths go to report.skipped."""
    files, folders = [], []
    for p in paths:
        if p.is_dir():
            folders.append(p.resolve())
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED and not f.name.startswith("."))
            if not found:
                report.skipped.append(f"{p}: no {'/'.join(SUPPORTED)} files in this folder.")
            files.extend(f for f in found if f.name.lower() != "readme.md")
        elif p.is_file():
            files.append(p)
        else:
            report.skipped.append(f"{p}: no such file or folder. Check the path.")
    return files, folders


def make_doc_id(source: str, taken: set[str], content_hash: str) -> str:
    base = re.sub(r"[^\w.-]+", "_", Path(source).stem).strip("._") or "doc"
    return base if base not in taken else f"{base}-{content_hash[:8]}"


def _sidecars(files: list[Path], cfg: Config, report: IngestReport) -> dict[Path, dict]:
    out: dict[Path, dict] = {}
    for folder in {f.parent.resolve() for f in files}:
        path = folder / cfg.paths.metadata_file
        if path.exists():
            try:
                out[folder] = load_sidecar(path)
            except IngestError as e:
                report.skipped.append(f"{path}: {e} (metadata overrides in it are ignored until it is fixed)")
    return out


def build_document(path: Path, text: str, doc_id: str, content_hash: str, sidecar: dict) -> Document:
    meta = infer_metadata(text, path.name)
    if path.name in sidecar:
        meta = apply_sidecar(meta, sidecar[path.name])
    return Document(
        doc_id=doc_id, source=path.name, text=text, content_hash=content_hash, title=meta.title, region=meta.region,
        year=meta.year, publisher=meta.publisher, published=meta.published, doc_number=meta.doc_number,
        script=detect_script(text), meta_source=dict(meta.sources), region_code=meta.region_code, level=meta.level,
        reporting_unit=meta.reporting_unit,
    )


class _State:
    """The documents being assembled for the next generation."""

    def __init__(self, gen: docstore.Generation | None):
        self.docs: dict[str, Document] = {d.doc_id: d for d in gen.documents} if gen else {}
        entries = gen.manifest.get("documents", {}) if gen else {}
        self.paths: dict[str, str] = {i: e.get("path", "") for i, e in entries.items()}
        self.chunks: dict[str, list[Chunk]] = {}
        manifest = gen.manifest if gen else {}
        self.sources: set[str] = {p for p in manifest.get("sources", []) if isinstance(p, str)}
        self.excluded: set[str] = {p for p in manifest.get("excluded", []) if isinstance(p, str)}
        if gen:
            for c in gen.chunks:
                self.chunks.setdefault(c.doc_id, []).append(c)

    def by_source(self, path: Path) -> str | None:
        key = str(path.resolve())
        return next((i for i, p in self.paths.items() if p == key), None)

    def by_hash(self, h: str) -> str | None:
        return next((i for i, d in self.docs.items() if d.content_hash == h), None)

    def remove(self, doc_id: str) -> None:
        self.docs.pop(doc_id, None)
        self.paths.pop(doc_id, None)
        self.chunks.pop(doc_id, None)


def _ingest_file(path: Path, st: _State, cfg: Config, sidecar: dict, report: IngestReport, count) -> None:
    try:
        size_mb = path.stat().st_size / 2**20
        if size_mb > cfg.ingest.max_file_mb:
            raise IngestError(f"{path}: {size_mb:.1f} MB is over the {cfg.ingest.max_file_mb:g} MB limit; split the file or raise [ingest] max_file_mb in rag.toml.")
        loaded = load_file(path, limits=Limits.from_config(cfg.ingest))
    except OSError as e:
        report.skipped.append(f"{path}: cannot be read ({e.strerror or e}). Check the path and its permissions.")
        return
    except IngestError as e:
        report.skipped.append(str(e))
        return
    text = clean_text(loaded.text)
    if not text.strip():
        report.skipped.append(f"{path}: nothing left after removing web-page residue; the file has no report text.")
        return
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = st.by_source(path)
    same = st.by_hash(h)
    if existing and st.docs[existing].content_hash == h:
        doc = st.docs[existing]
        fresh = build_document(path, text, existing, h, sidecar)  # sidecar edits apply without re-chunking
        if _meta(fresh) != _meta(doc):
            st.docs[existing] = dataclasses.replace(fresh, aliases=doc.aliases)
            report.updated.append(path.name)
        else:
            report.unchanged.append(path.name)
        return
    if same and same != existing:
        d = st.docs[same]
        if path.name not in d.aliases and path.name != d.source:
            st.docs[same] = dataclasses.replace(d, aliases=d.aliases + (path.name,))
        report.duplicates.append(f"{path.name} has the same content as {d.source} (stored once, as {same})")
        return
    doc_id = existing or make_doc_id(path.name, set(st.docs), h)
    doc = build_document(path, text, doc_id, h, sidecar)
    st.docs[doc_id] = doc
    st.paths[doc_id] = str(path.resolve())
    st.chunks[doc_id] = chunk_text(doc_id, text, cfg.chunking.max_tokens, count, cfg.chunking.max_sentence_chars)
    (report.updated if existing else report.added).append(path.name)


def _meta(d: Document) -> tuple:
    return (d.title, d.region, d.year, d.publisher, d.published, d.doc_number, d.region_code, d.level, d.reporting_unit)


def embedder_change(manifest: dict, cfg: Config) -> str:
    """Why the index's vectors no longer fit the config ("" when they do): another model is
    wanted, or the wanted model has become available since the index was built without it."""
    from ..index.embedders import probe_embedder

    built = manifest.get("embedding", {})
    was = built.get("embedder", {})
    now = probe_embedder(cfg.embedding, cfg.base_dir)
    if was.get("wanted", "") != now.wanted:
        return f"embedder changed from {was.get('wanted') or 'none'} to {now.wanted or 'none'}"
    if now.available and not built.get("model_id") and cfg.embedding.backend != "none":
        return f"{now.wanted} is available now; adding vectors"
    return ""


def ingest(paths: list[Path], cfg: Config, rebuild: bool = False, progress: Progress | None = None,
           auto_rebuild: bool = False, force: bool = False, wait: bool = True,
           notify: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest ``paths`` (files or folders) into the index at ``cfg.index_dir``, holding its writer lock.

    ``rebuild``: start from scratch, re-reading every source the index recorded plus ``paths``;
    refused (IngestError naming them) when documents would be lost, unless ``force``.
    ``auto_rebuild``: rebuild instead of failing when the index is corrupt or was built with
    other chunker settings (what `make run` wants); otherwise that is an IngestError.
    ``wait=False``: raise IndexBusy instead of waiting for another writer; ``notify`` gets the
    "another ingest is running since …, waiting" line.
    """
    with writer_lock(cfg.index_dir, "ingest", wait, notify):
        docstore.clean_leftovers(cfg.index_dir)
        return _ingest_locked([Path(p) for p in paths], cfg, rebuild, progress, auto_rebuild, force)


def _ingest_locked(paths: list[Path], cfg: Config, rebuild: bool, progress: Progress | None,
                   auto_rebuild: bool, force: bool) -> IngestReport:
    t0 = time.perf_counter()
    report = IngestReport()
    index_dir = cfg.index_dir
    gen, rebuild = _open_previous(index_dir, cfg, rebuild, auto_rebuild, report)
    prior = sources.last_manifest(index_dir) if rebuild else {}
    st = _State(gen)
    explicit, folders = expand_paths(paths, report)
    files = explicit
    if rebuild:
        st.sources = {p for p in prior.get("sources", []) if isinstance(p, str)}
        st.excluded = {p for p in prior.get("excluded", []) if isinstance(p, str)}
        again = [Path(p) for p in sources.recorded(prior) if Path(p).exists()]
        more = [f for f in expand_paths(again, IngestReport())[0] if str(f.resolve()) not in st.excluded]
        files = list({f.resolve(): f for f in reversed(explicit + more)}.values())[::-1]
    st.excluded -= {str(f.resolve()) for f in explicit}
    st.sources |= {str(p.resolve()) for p in paths if p.exists()}
    sidecars = _sidecars(files, cfg, report)
    count = get_counter(cfg.chunking.tokenizer).count
    for i, f in enumerate(files):
        if progress:
            progress(f.name, i, len(files))
        _ingest_file(f, st, cfg, sidecars.get(f.parent.resolve(), {}), report, count)
    for doc_id, p in list(st.paths.items()):  # files gone from an ingested folder
        if p and any(Path(p).is_relative_to(d) for d in folders) and not Path(p).exists():
            report.removed.append(st.docs[doc_id].source)
            st.remove(doc_id)
    if rebuild:
        _check_rebuild(prior, st, force, report)
    why = embedder_change(gen.manifest, cfg) if gen is not None and not report.changed else ""
    if why:
        report.notes.append(why)
    if report.changed or rebuild or why or gen is None and st.docs:
        report.generation, report.embedder = write_generation(index_dir, st, cfg, _cache_source(index_dir, gen))
    elif gen is not None:
        report.generation = gen.name
    report.seconds = time.perf_counter() - t0
    return report


def _open_previous(index_dir: Path, cfg: Config, rebuild: bool, auto_rebuild: bool,
                   report: IngestReport) -> tuple[docstore.Generation | None, bool]:
    """(live generation or None, whether to rebuild); a damaged index is an IngestError unless auto_rebuild."""
    if rebuild:
        return None, True
    try:
        gen = docstore.load_generation(index_dir)
        docstore.check_compatible(gen.manifest, {"chunker": chunker_settings(cfg)})
        return gen, False
    except IndexError_ as e:
        if not _has_index(index_dir):
            return None, False
        if not auto_rebuild:
            raise IngestError(str(e)) from e
        report.notes.append(f"rebuilt: {e}")
        return None, True


def _has_index(index_dir: Path) -> bool:
    """Whether anything was ever published here (a lost or damaged CURRENT counts)."""
    try:
        named = docstore.current_name(index_dir) is not None
    except IndexError_:
        named = True
    return named or bool(docstore.generations(index_dir))


def _check_rebuild(prior: dict, st: _State, force: bool, report: IngestReport) -> None:
    before = sources.previous_documents(prior)
    lost = sources.dropped(before, {d.content_hash for d in st.docs.values()}, set(st.paths.values()))
    if lost and not force:
        raise sources.refuse_drop(lost, len(before))
    if lost:
        report.notes.append(f"dropped (--force): {', '.join(lost)}")
    report.notes.append(f"rebuilt: {len(st.docs)} documents in the new index"
                        + (f" ({len(before)} before)" if before else ""))


def _cache_source(index_dir: Path, gen: docstore.Generation | None) -> Path | None:
    """A generation whose embeddings may be reused (the live one, even when its tables are damaged)."""
    if gen is not None:
        return gen.path
    try:
        name = docstore.current_name(index_dir)
    except IndexError_:
        return None
    return index_dir / name if name and (index_dir / name).is_dir() else None


def remove_documents(doc_ids: list[str], cfg: Config, wait: bool = True,
                     notify: Callable[[str], None] | None = None) -> IngestReport:
    """Remove documents (by id or source name) from the index; their files are not touched,
    and a rebuild does not bring them back (until they are ingested again by name)."""
    with writer_lock(cfg.index_dir, "remove", wait, notify):
        docstore.clean_leftovers(cfg.index_dir)
        report = IngestReport()
        gen = docstore.load_generation(cfg.index_dir)
        st = _State(gen)
        for key in doc_ids:
            hit = key if key in st.docs else next((i for i, d in st.docs.items() if d.source == key), None)
            if hit is None:
                report.skipped.append(f"{key}: no such document in the index. See `rag docs` for the ids.")
                continue
            report.removed.append(st.docs[hit].source)
            if st.paths.get(hit):
                st.excluded.add(st.paths[hit])
            st.remove(hit)
        if report.removed:
            report.generation, report.embedder = write_generation(cfg.index_dir, st, cfg, gen.path)
        return report


def write_generation(index_dir: Path, st: _State, cfg: Config, cache_from: Path | None) -> tuple[str, dict]:
    """Write and publish a generation (the caller holds the writer lock); a failed write
    (full disk, permissions) removes its partial folder and raises a one-line IngestError."""
    partial = None
    try:
        with writer_lock(index_dir, "ingest"):  # re-entrant: free when the caller holds it already
            partial = docstore.new_generation_dir(index_dir)
            return _write(partial, index_dir, st, cfg, cache_from)
    except OSError as e:
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)
        raise IngestError(docstore.write_failure(e, index_dir)) from None


def _write(partial: Path, index_dir: Path, st: _State, cfg: Config, cache_from: Path | None) -> tuple[str, dict]:
    from ..index.build import build_indexes

    docs = sorted(st.docs.values(), key=lambda d: d.source)
    chunks = [c for d in docs for c in st.chunks.get(d.doc_id, [])]
    docstore.write_jsonl(partial / "documents.jsonl", docs)
    docstore.write_jsonl(partial / "chunks.jsonl", chunks)
    info = build_indexes(partial, docs, chunks, cfg, cache_from)
    info_d = dataclasses.asdict(info)
    manifest = {
        "format": docstore.FORMAT,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "chunker": chunker_settings(cfg),
        "embedding": info_d,
        "documents": {d.doc_id: {"source": d.source, "content_hash": d.content_hash, "path": st.paths.get(d.doc_id, ""),
                                 "chunks": len(st.chunks.get(d.doc_id, []))} for d in docs},
        "counts": {"documents": len(docs), "chunks": len(chunks)},
        "sources": sorted(getattr(st, "sources", ())),  # callers may pass any object with docs/paths/chunks
        "excluded": sorted(getattr(st, "excluded", ())),
    }
    docstore.write_json_atomic(partial / "manifest.json", manifest)
    final = docstore.publish_generation(index_dir, partial, cfg.ingest.keep_generations, cfg.ingest.prune_grace_s)
    return final.name, info_d
