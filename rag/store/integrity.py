"""Checksums of a generation's files, durable writes, and fast verification on load.

The writer records ``{relative path: {"size", "sha256"}}`` of every file of a generation in
its manifest.  A reader checks sizes always and hashes only files whose (size, mtime) it has
not seen verified before: the verified stamps live in ``<gen>/.verified.json``, so a second
`rag ask` does not hash the tables again, but any edit (which changes the mtime) is hashed
and caught.  The manifest itself is not listed (it holds the list); it is checked by parsing.

>>> import tempfile
>>> d = Path(tempfile.mkdtemp()); _ = (d / "a.jsonl").write_text("{}\\n")
>>> sums = checksums(d); sums["a.jsonl"]["size"]
3
>>> verify(d, sums)
>>> _ = (d / "a.jsonl").write_text("[]\\n"); verify(d, sums)
Traceback (most recent call last):
...
rag.errors.IndexCorrupt: ...
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path

from ..errors import IndexCorrupt

STAMPS = ".verified.json"
_BLOCK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            h.update(block)
    return h.hexdigest()


def generation_files(gen_dir: Path) -> list[Path]:
    """Every regular file of a generation except the manifest and dot-files (temp files, stamps)."""
    out = []
    for p in sorted(Path(gen_dir).rglob("*")):
        rel = p.relative_to(gen_dir)
        if p.is_file() and rel.as_posix() != "manifest.json" and not any(part.startswith(".") for part in rel.parts):
            out.append(p)
    return out


def checksums(gen_dir: Path) -> dict[str, dict]:
    return {p.relative_to(gen_dir).as_posix(): {"size": p.stat().st_size, "sha256": sha256_file(p)}
            for p in generation_files(gen_dir)}


def _load_stamps(gen_dir: Path) -> dict:
    try:
        data = json.loads((gen_dir / STAMPS).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save_stamps(gen_dir: Path, stamps: dict) -> None:
    tmp = gen_dir / f".{STAMPS}.{secrets.token_hex(4)}.tmp"
    try:
        tmp.write_text(json.dumps(stamps), encoding="utf-8")
        os.replace(tmp, gen_dir / STAMPS)
    except OSError:  # a read-only or full disk: verification just is not cached
        tmp.unlink(missing_ok=True)


def verify(gen_dir: Path, expected: dict, hint: str = "") -> None:
    """Raise IndexCorrupt naming the first missing, resized or changed file of ``gen_dir``."""
    gen_dir = Path(gen_dir)
    if not isinstance(expected, dict):
        raise IndexCorrupt(f"The manifest of {gen_dir} has no valid file checksums. {hint}".strip())
    stamps, changed = _load_stamps(gen_dir), False
    for rel, want in sorted(expected.items()):
        path = gen_dir / rel
        try:
            st = path.stat()
        except OSError:
            raise IndexCorrupt(f"The index file {path} is missing. {hint}".strip()) from None
        if not isinstance(want, dict) or st.st_size != want.get("size"):
            raise IndexCorrupt(f"The index file {path} was changed or truncated: it has {st.st_size} bytes, "
                               f"the manifest recorded {want.get('size') if isinstance(want, dict) else '?'}. {hint}".strip())
        stamp = [st.st_size, st.st_mtime_ns, want.get("sha256")]
        if stamps.get(rel) == stamp:
            continue
        if sha256_file(path) != want.get("sha256"):
            raise IndexCorrupt(f"The index file {path} was changed after it was written (its checksum differs "
                               f"from the manifest's). {hint}".strip())
        stamps[rel], changed = stamp, True
    if changed:
        _save_stamps(gen_dir, stamps)


def stamp(gen_dir: Path, expected: dict) -> None:
    """Record files just hashed by the writer as verified, so the first reader need not hash them."""
    stamps = {}
    for rel, want in expected.items():
        st = (Path(gen_dir) / rel).stat()
        stamps[rel] = [st.st_size, st.st_mtime_ns, want["sha256"]]
    _save_stamps(Path(gen_dir), stamps)


def fsync_path(path: Path) -> None:
    """fsync a file or a directory (so a rename into it survives a power cut)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """fsync every file and folder under ``root`` (files first, then their folders)."""
    root = Path(root)
    for dirpath, _dirs, files in os.walk(root, topdown=False):
        for name in files:
            fsync_path(Path(dirpath) / name)
        fsync_path(Path(dirpath))
