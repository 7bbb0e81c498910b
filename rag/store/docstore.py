"""The on-disk index folder: versioned, transparent, written atomically.

Layout (``vectorstore/index/`` by default)::

    CURRENT                  name of the live generation (replaced atomically)
    gen-<time>-<rand>/
        manifest.json        format version, chunker + embedder settings, per-document hashes, counts
        documents.jsonl      one Document per line (text + metadata), UTF-8, unescaped
        chunks.jsonl         one Chunk per line (offsets into its document's text)
        ...                  vector and BM25 files written by rag.index.build

A new generation is written completely (checksums of its files go into its manifest), made
durable (fsync of every file and folder), then ``CURRENT`` is swapped with ``os.replace``; a
crash mid-write leaves the previous generation live, and the next writer (holding the writer
lock, ``rag.store.lock``) removes the leftovers.  Old generations are pruned only when no live
reader leases them (``rag.store.leases``).  No pickles.
"""
from __future__ import annotations

import errno
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
from ..text import lazy_re as re
from . import integrity
from .leases import leased

FORMAT = "rag-index/1"
CHUNKER_VERSION = "structure-sentences/2"  # 2: a page mark or a mid-sentence line wrap ends no sentence
REBUILD_HINT = ("Run `rag ingest --rebuild` to rebuild it from every source the index recorded "
                "(the report files themselves are not touched).")


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


_SCALARS = (str, int, float, bool, type(None))


def _plain(r: Any) -> dict:
    """``to_dict(r)``; a record whose fields are all plain values (a Chunk) without its deep copy."""
    if isinstance(r, dict):
        return r
    values = getattr(r, "__dict__", None)
    if values is not None and all(isinstance(v, _SCALARS) for v in values.values()):
        return values
    return to_dict(r)


def write_jsonl(path: Path, records: list[Any]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(_plain(r), ensure_ascii=False))
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
    except (OSError, ValueError, TypeError, AttributeError) as e:
        raise IndexCorrupt(f"The index file {path} is unreadable or corrupt ({type(e).__name__}: {e}). {REBUILD_HINT}") from e
    return out


def new_generation_dir(index_dir: Path) -> Path:
    """A fresh ``.gen-<time>-<rand>.partial`` folder (names sort by creation time, to the microsecond)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    now = time.time()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(now)) + f"{int(now * 1e6) % 1_000_000:06d}"
    path = index_dir / f".gen-{stamp}-{secrets.token_hex(3)}.partial"
    path.mkdir()
    return path


def current_name(index_dir: Path) -> str | None:
    """The generation named in CURRENT; None when there is no CURRENT or it is empty.

    A CURRENT that is not a generation name (binary junk, another encoding) raises IndexCorrupt."""
    p = index_dir / "CURRENT"
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise IndexCorrupt(f"{p} cannot be read ({e.strerror or e}). Check its permissions.") from None
    try:
        name = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        name = "\ufffd"
    if name and not _GEN_NAME.fullmatch(name):
        raise IndexCorrupt(f"{p} does not hold a generation name (it holds {raw[:40]!r}). Repair it with "
                           f"`rag ingest --rebuild` (rebuilds every recorded source), or write the name of one of "
                           f"the gen-* folders in {index_dir} into it.")
    return name or None


_GEN_NAME = re.compile(r"gen-[0-9A-Za-z-]+")


def generations(index_dir: Path) -> list[Path]:
    """Published generation folders, oldest first."""
    if not index_dir.is_dir():
        return []
    return sorted(p for p in index_dir.iterdir() if p.is_dir() and _GEN_NAME.fullmatch(p.name))


def read_manifest(path: Path) -> dict[str, Any]:
    mpath = path / "manifest.json"
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise IndexCorrupt(f"The index generation {path} is missing its manifest. {REBUILD_HINT}") from e
    except (OSError, ValueError) as e:
        raise IndexCorrupt(f"The index manifest {mpath} is corrupt ({type(e).__name__}). {REBUILD_HINT}") from e
    if not isinstance(manifest, dict):
        raise IndexCorrupt(f"The index manifest {mpath} is not a JSON object. {REBUILD_HINT}")
    return manifest


def load_generation(index_dir: Path, name: str | None = None) -> Generation:
    """The live generation (or ``name``), checksums verified; raises IndexMissing / IndexCorrupt."""
    name = name or current_name(index_dir)
    if name is None:
        found = generations(index_dir)
        if found:
            raise IndexMissing(f"{index_dir / 'CURRENT'} is missing or empty but {len(found)} index generation(s) "
                               f"exist (newest {found[-1].name}). Run `rag ingest --rebuild` to rebuild every "
                               "recorded source, or write a generation's name into CURRENT.")
        raise IndexMissing(f"No index in {index_dir}. Run `rag ingest` to build it from seeds/ (or `rag ingest PATH ...`).")
    path = index_dir / name
    if not path.is_dir():
        raise IndexCorrupt(f"The index generation {path} named in {index_dir / 'CURRENT'} is missing. {REBUILD_HINT}")
    manifest = read_manifest(path)
    if manifest.get("format") != FORMAT:
        raise IndexMismatch(
            f"The index in {index_dir} has format {manifest.get('format')!r}; this version reads {FORMAT!r}. {REBUILD_HINT}"
        )
    if "files" in manifest:  # generations written before checksums were recorded load unverified
        integrity.verify(path, manifest["files"], REBUILD_HINT)
    docs = _read_jsonl(path / "documents.jsonl", Document)
    chunks = _read_jsonl(path / "chunks.jsonl", Chunk)
    counts = manifest.get("counts") if isinstance(manifest.get("counts"), dict) else {}
    if counts.get("documents") != len(docs) or counts.get("chunks") != len(chunks):
        raise IndexCorrupt(
            f"The index in {path} is incomplete: the manifest lists {counts.get('documents')} documents and "
            f"{counts.get('chunks')} chunks but {len(docs)} and {len(chunks)} were read. {REBUILD_HINT}"
        )
    return Generation(path, manifest, tuple(docs), tuple(chunks), {d.doc_id: d for d in docs})


def clean_leftovers(index_dir: Path) -> list[str]:
    """Remove partial generations and temp files left by a crashed writer.  Call only while
    holding the writer lock: then no other writer can own them."""
    removed = []
    if not index_dir.is_dir():
        return removed
    for p in index_dir.iterdir():
        if p.name.startswith(".gen-") and (p.name.endswith(".partial") or p.name.endswith(".trash")):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
        elif p.name.startswith(".CURRENT.") and p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
            removed.append(p.name)
    return removed


def publish_generation(index_dir: Path, partial: Path, keep: int = 2, grace_s: float = 60.0) -> Path:
    """Record checksums, make everything durable, switch CURRENT atomically, prune unused old generations."""
    manifest = read_manifest(partial)
    manifest["files"] = integrity.checksums(partial)
    write_json_atomic(partial / "manifest.json", manifest)
    integrity.stamp(partial, manifest["files"])
    integrity.fsync_tree(partial)
    final = index_dir / partial.name.removeprefix(".").removesuffix(".partial")
    os.replace(partial, final)
    integrity.fsync_path(index_dir)
    tmp = index_dir / f".CURRENT.{secrets.token_hex(4)}.tmp"
    with tmp.open("w", encoding="utf-8") as f:
        f.write(final.name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    integrity.fsync_path(index_dir)
    prune(index_dir, keep, grace_s)
    return final


def prune(index_dir: Path, keep: int = 2, grace_s: float = 60.0) -> list[str]:
    """Delete generations older than the newest ``keep`` that no live process leases and that
    stopped being current more than ``grace_s`` seconds ago.  Returns the names deleted."""
    gens = generations(index_dir)
    current = current_name(index_dir)
    in_use = leased(index_dir)
    now, removed = time.time(), []
    for i, old in enumerate(gens[:-keep] if keep else gens):
        successor = gens[i + 1] / "manifest.json"
        retired = successor.stat().st_mtime if successor.exists() else now
        if old.name == current or old.name in in_use or now - retired < grace_s:
            continue
        trash = index_dir / f".{old.name}.trash"
        os.replace(old, trash)  # one atomic step out of readers' sight, then the slow delete
        shutil.rmtree(trash, ignore_errors=True)
        removed.append(old.name)
    return removed


def write_failure(e: OSError, index_dir: Path) -> str:
    """One line for an OSError while writing a generation (nothing was changed by then)."""
    live = f"the index still serves {current_name(index_dir)}" if _safe_current(index_dir) else "nothing was changed"
    if e.errno == errno.ENOSPC:
        return (f"No space left on the disk holding {index_dir} while writing a new index generation; {live} and "
                "the partial files were removed. Free some space on that disk and run the command again.")
    if e.errno == errno.EDQUOT:
        return f"Disk quota exceeded while writing {index_dir}; {live}. Free space or raise the quota, then run again."
    return (f"Could not write the index in {index_dir} ({e.strerror or e}); {live}. "
            "Check the folder's permissions and free space, then run the command again.")


def _safe_current(index_dir: Path) -> bool:
    try:
        return current_name(index_dir) is not None
    except IndexCorrupt:
        return False


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
