"""Uploaded reports: checked (type, size), saved under ``vectorstore/uploads/`` with safe names.

The browser's file name is never used as a path: it is reduced to its last component,
stripped of anything but letters (Chinese included), digits and ``._-()``, and made
unique, so an upload cannot write outside the uploads folder or replace another report.

>>> safe_name("../../etc/passwd")
'passwd'
>>> safe_name("长治市 2021<报告>.TXT")
'长治市_2021_报告_.TXT'
"""
from __future__ import annotations

import filecmp
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..config import Config
from ..store.lock import writer_lock
from ..text import lazy_re as re
from .i18n import t

_UNSAFE = re.compile(r"[^\w.()（）\-]+")
MAX_NAME = 120


def uploads_dir(cfg: Config) -> Path:
    """The index's own uploads folder, ``<index_dir>/uploads``: the manifest records the files
    there like any other source, so `rag ingest --rebuild` brings uploaded reports back."""
    return cfg.index_dir / "uploads"


def safe_name(name: str) -> str:
    """A file name safe to create in the uploads folder (extension kept)."""
    base = PureWindowsPath(PurePosixPath(unicodedata.normalize("NFC", name or "")).name).name
    base = _UNSAFE.sub("_", base).lstrip(".")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem[: MAX_NAME - len(ext) - 1] or "upload"
    return f"{stem}.{ext}" if ext else stem


@dataclass
class UploadBatch:
    saved: list[Path] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # one user-facing message per refused file


def _unique_target(dest: Path, name: str, src: Path) -> Path:
    """``name`` in ``dest``; the same content reuses its file, other content gets ``name-2`` etc."""
    target = dest / name
    stem, suffix = target.stem, target.suffix
    i = 2
    while target.exists() and not filecmp.cmp(target, src, shallow=False):
        target = dest / f"{stem}-{i}{suffix}"
        i += 1
    return target


def save_uploads(files: list[str | Path], cfg: Config, lang: str = "zh") -> UploadBatch:
    """Copy accepted files into the uploads folder; refused ones get a message, not an exception."""
    dest = uploads_dir(cfg)
    max_mb = cfg.ui.max_upload_mb
    exts = tuple(e.lower() for e in cfg.ingest.extensions)
    batch = UploadBatch()
    for f in files:
        src = Path(f)
        name = safe_name(src.name)
        size_mb = src.stat().st_size / 1e6 if src.exists() else 0.0
        if Path(name).suffix.lower() not in exts:
            batch.rejected.append(t("bad_type", lang, name=src.name, exts=" ".join(exts)))
        elif size_mb > max_mb:
            batch.rejected.append(t("too_large", lang, name=src.name, size=size_mb, mb=f"{max_mb:g}"))
        else:
            dest.mkdir(parents=True, exist_ok=True)
            target = _unique_target(dest, name, src)
            if not target.exists():
                shutil.copyfile(src, target)
            batch.saved.append(target)
    return batch


def ingest_uploads(files: list[str | Path], cfg: Config, lang: str = "zh", progress=None, wait: bool = True,
                   notify=None):
    """Save and ingest uploaded files under the index's writer lock: (UploadBatch, IngestReport | None).

    What the web app's upload worker runs; holding the lock while saving means two uploads of
    the same name cannot overwrite each other, and a CLI ingest cannot interleave."""
    from ..ingest.pipeline import ingest

    with writer_lock(cfg.index_dir, "web upload", wait, notify):
        batch = save_uploads(files, cfg, lang)
        report = ingest(batch.saved, cfg, progress=progress) if batch.saved else None
    return batch, report
