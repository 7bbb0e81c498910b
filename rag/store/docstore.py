"""The on-disk index folder: versioned, transparent, written atomically.

Layout (``vectorstore/index/`` by default)::

    CURRENT                  name of the live generation (replaced atomically)
    gen-<time>-<rand>/
        manifest.json        format version, chunker + embedder settings, per-document hashes, counts
        documents.jsonl      one Document per line (text + metadata), UTF-8, unescaped
        chunks.jsonl         one Chunk per line (offsets into its document's text)
        ...                  vector and BM25 files written by rag.index.build

A new generation is written completely, then ``CURRENT`` is swapped with
``os.replace``; a crash mid-write leaves the previous generation live.  No pickles.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import IndexCorrupt, IndexMismatch, IndexMissing
from ..records import Chunk, Document, to_dict

FORMAT = "rag-index/1"
CHUNKER_VERSION = "structure-sentences/1"
REBUILD_HINT = "Run `rag ingest --rebuild` to rebuild it from the source reports (nothing in seeds/ is touched)."


@dataclass(frozen=True)
class Generation:
    path: Path
    manifest: dict[str, Any]
    documents: tuple[Document, ...]
    chunks: tuple[Chunk, ...]
    docs_by_id: dict[str, Document] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def write_jsonl(path: Path, records: list[Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(to_dict(r) if not isinstance(r, dict) else r, ensure_ascii=False))
            f.write("\n")
    os.replace(tmp, path)


def _read_jsonl(path: Path, cls: type) -> list[Any]:
    names = {f.name for f in fields(cls)}
    out = []
    try:
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                d = {k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in names}
                out.append(cls(**d))
    except (OSError, ValueError, TypeError) as e:
        raise IndexCorrupt(f"The index file {path} is unreadable or corrupt ({type(e).__name__}: {e}). {REBUILD_HINT}") from e
    return out


def new_generation_dir(index_dir: Path) -> Path:
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
    path = index_dir / f".{name}.partial"
    path.mkdir()
    return path


def current_name(index_dir: Path) -> str | None:
    p = index_dir / "CURRENT"
    if not p.exists():
        return None
    name = p.read_text(encoding="utf-8").strip()
    return name or None


def load_generation(index_dir: Path) -> Generation:
    """The live generation, fully validated; raises IndexMissing / IndexCorrupt."""
    name = current_name(index_dir)
    if name is None:
        raise IndexMissing(f"No index in {index_dir}. Run `rag ingest` to build it from seeds/ (or `rag ingest PATH ...`).")
    path = index_dir / name
    mpath = path / "manifest.json"
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise IndexCorrupt(f"The index generation {path} named in {index_dir / 'CURRENT'} is missing its manifest. {REBUILD_HINT}") from e
    except (OSError, ValueError) as e:
        raise IndexCorrupt(f"The index manifest {mpath} is corrupt ({e}). {REBUILD_HINT}") from e
    if manifest.get("format") != FORMAT:
        raise IndexMismatch(
            f"The index in {index_dir} has format {manifest.get('format')!r}; this version reads {FORMAT!r}. {REBUILD_HINT}"
        )
    docs = _read_jsonl(path / "documents.jsonl", Document)
    chunks = _read_jsonl(path / "chunks.jsonl", Chunk)
    counts = manifest.get("counts", {})
    if counts.get("documents") != len(docs) or counts.get("chunks") != len(chunks):
        raise IndexCorrupt(
            f"The index in {path} is incomplete: the manifest lists {counts.get('documents')} documents and "
            f"{counts.get('chunks')} chunks but {len(docs)} and {len(chunks)} were read. {REBUILD_HINT}"
        )
    return Generation(path, manifest, tuple(docs), tuple(chunks), {d.doc_id: d for d in docs})


def publish_generation(index_dir: Path, partial: Path, keep: int = 2) -> Path:
    """Make ``partial`` the live generation atomically, then prune old generations."""
    final = index_dir / partial.name.removeprefix(".").removesuffix(".partial")
    os.replace(partial, final)
    tmp = index_dir / f".CURRENT.{secrets.token_hex(4)}.tmp"
    tmp.write_text(final.name + "\n", encoding="utf-8")
    os.replace(tmp, index_dir / "CURRENT")
    gens = sorted(p for p in index_dir.iterdir() if p.is_dir() and p.name.startswith("gen-"))
    for old in gens[:-keep]:
        if old.name != final.name:
            shutil.rmtree(old, ignore_errors=True)
    for stale in index_dir.glob(".gen-*.partial"):  # left by a crash mid-write
        shutil.rmtree(stale, ignore_errors=True)
    return final


def check_compatible(manifest: dict[str, Any], expected: dict[str, Any]) -> None:
    """Raise IndexMismatch naming every setting that differs from the current config."""
    diffs = []
    for section, want in expected.items():
        have = manifest.get(section, {})
        for k, v in want.items():
            if have.get(k) != v:
                diffs.append(f"{section}.{k}: index has {have.get(k)!r}, config wants {v!r}")
    if diffs:
        raise IndexMismatch("The index was built with other settings — " + "; ".join(diffs) + ". " + REBUILD_HINT)
