"""Which tokenizer built a BM25 index: a code version and the hashes of the data it loads.

A local BM25 index keeps the tokens its passages had when it was built.  When the tokenizer
changes (its code, the domain dictionary ``rag/data/userdict.txt``, the stop words, jieba's
own dictionary), questions are cut the new way and silently miss passages cut the old way.
So the index's ``tokenizer.json`` records :func:`fingerprint` at build time, and
:func:`drift` compares it with the running code: a difference is one line naming the problem
and the fix (``rag ingest --rebuild``); the index still loads and answers.

``TOKENIZER_VERSION`` is bumped by hand in the same commit as any change to how
:mod:`rag.index.lexical` (or :mod:`rag.text.fastcut`, :func:`rag.text.normalize.fold`) turns text
into tokens; data files are hashed, so editing them needs no bump.  This is not the index
*format* (``rag.index.build.FORMAT``): an index with another fingerprint is readable, it is
just stale.  Only the local BM25 index (``[store] backend = "faiss"``) is checked: the
``milvus`` backend analyses text with Milvus's own jieba.

>>> drift({"code_version": TOKENIZER_VERSION, "data": {}}, {"code_version": TOKENIZER_VERSION, "data": {}})
''
>>> drift(None, {"code_version": 1, "data": {}})[:66]
'The BM25 index was built by an older version (no tokenizer fingerp'
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

TOKENIZER_VERSION = 1  # bump when the code's tokens change (see the module docstring)
KEY = "fingerprint"  # its key in bm25/tokenizer.json
FIX = "Rebuild it with `rag ingest --rebuild`."
_WHY = "questions are tokenized differently from the indexed passages and can miss them"


@functools.lru_cache(maxsize=16)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def file_digest(path: Path) -> str:
    """sha256 (16 hex digits) of a file's bytes, computed once per size and mtime; "missing" when absent."""
    try:
        st = Path(path).stat()
    except OSError:
        return "missing"
    return _digest(str(path), st.st_size, st.st_mtime_ns)


def data_files() -> dict[str, Path]:
    """The data files the BM25 tokenizer loads, by the name a message shows."""
    from ..text.lexicon import jieba_dict_file
    from .lexical import STOPWORDS, USERDICT

    return {"userdict.txt": USERDICT, "stopwords.txt": STOPWORDS, "jieba dict.txt": jieba_dict_file()}


def fingerprint() -> dict:
    """What goes into ``tokenizer.json``: ``{"code_version": int, "data": {name: digest or version}}``."""
    import jieba

    data = {name: file_digest(p) for name, p in data_files().items()}
    data["jieba version"] = str(getattr(jieba, "__version__", ""))
    return {"code_version": TOKENIZER_VERSION, "data": data}


def drift(built: object, now: dict | None = None) -> str:
    """"" when an index built with ``built`` (its stored fingerprint, None when absent) tokenizes as
    the running code does, else one line: what differs, why it matters, the fix."""
    now = fingerprint() if now is None else now
    if not isinstance(built, dict) or not isinstance(built.get("data"), dict):
        return f"The BM25 index was built by an older version (no tokenizer fingerprint): {_WHY}. {FIX}"
    parts = []
    if built.get("code_version") != now["code_version"]:
        parts.append(f"tokenizer code version {built.get('code_version')} -> {now['code_version']}")
    changed = sorted(n for n in set(built["data"]) | set(now["data"]) if built["data"].get(n) != now["data"].get(n))
    if changed:
        parts.append(f"dictionary data changed ({', '.join(changed)})")
    if not parts:
        return ""
    return f"The BM25 index was built with another tokenizer ({'; '.join(parts)}): {_WHY}. {FIX}"


def stale(folder: Path) -> str:
    """:func:`drift` of the BM25 index in ``folder`` (its ``tokenizer.json``); "" when it matches, and
    also when there is no readable ``tokenizer.json`` (loading the index reports that)."""
    from .lexical_index import SETTINGS_FILE

    try:
        meta = json.loads((Path(folder) / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return drift(meta.get(KEY)) if isinstance(meta, dict) else ""
