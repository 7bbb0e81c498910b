"""What the index remembers about where its documents came from, for `rag ingest --rebuild`.

Each generation's manifest records ``sources`` (every file and folder ever given to an ingest,
as absolute paths), ``excluded`` (files taken out with `rag remove`, so a rebuild does not bring
them back) and, per document, the path of its file.  A rebuild re-reads all of them (metadata
sidecars beside the files included, so corrections survive) and refuses to publish an index
that lost documents unless ``--force`` is given, naming what would be lost.

>>> recorded({"sources": ["/r/a"], "documents": {"x": {"path": "/r/b.txt"}}})
['/r/a', '/r/b.txt']
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import IndexError_, IngestError
from ..store import docstore


def recorded(manifest: dict[str, Any]) -> list[str]:
    """Every source path a manifest names: recorded roots plus each document's file."""
    roots = [str(p) for p in manifest.get("sources", []) if isinstance(p, str)]
    docs = manifest.get("documents", {})
    files = [e.get("path", "") for e in docs.values() if isinstance(e, dict)] if isinstance(docs, dict) else []
    return sorted(dict.fromkeys(p for p in roots + files if p))


def last_manifest(index_dir: Path) -> dict[str, Any]:
    """The manifest of the live generation, else of the newest generation with a readable one; {} if none."""
    try:
        name = docstore.current_name(index_dir)
    except IndexError_:
        name = None
    candidates = ([index_dir / name] if name else []) + list(reversed(docstore.generations(index_dir)))
    for path in candidates:
        try:
            return docstore.read_manifest(path)
        except IndexError_:
            continue
    return {}


def previous_documents(manifest: dict[str, Any]) -> dict[str, dict]:
    docs = manifest.get("documents", {})
    return {k: v for k, v in docs.items() if isinstance(v, dict)} if isinstance(docs, dict) else {}


def dropped(before: dict[str, dict], after_hashes: set[str], after_paths: set[str]) -> list[str]:
    """Documents of ``before`` that came back neither by content nor by path."""
    return sorted(e.get("source") or i for i, e in before.items()
                  if e.get("content_hash") not in after_hashes and e.get("path", "") not in after_paths)


def refuse_drop(lost: list[str], total: int) -> IngestError:
    shown = ", ".join(lost[:10]) + (f" and {len(lost) - 10} more" if len(lost) > 10 else "")
    return IngestError(
        f"The rebuild would drop {len(lost)} of the {total} indexed documents because their files are gone: {shown}. "
        "Nothing was changed. Put the files back (or ingest them from where they are now), "
        "or run the rebuild again with --force to drop them.")
