"""jieba without its start-up cost: the dictionary as an on-disk SQLite table, read lazily.

jieba builds a 600,000-entry prefix dictionary in memory at start-up (0.5–1 s, a
``marshal.load``), and ``jieba.posseg`` parses the 350,000-line ``dict.txt`` again for
part-of-speech tags (~0.4 s).  A command-line question touches a few hundred entries,
so we keep the same table in SQLite (built once from jieba's own dictionary, in
``$RAG_CACHE_DIR`` or the temp folder) and look entries up on demand.  Tokenisation
is identical to jieba's, entry for entry; words added with ``add_word`` live in an
in-memory overlay per tokenizer.

>>> tk = new_tokenizer()                # doctest: +SKIP
>>> list(tk.cut("行政复议综合纠错率"))     # doctest: +SKIP
['行政复议', '综合', '纠错', '率']
"""
from __future__ import annotations

import functools
import logging
import os
import sqlite3
import tempfile
import threading
from pathlib import Path

_MISSING = object()


def cache_dir() -> Path:
    d = Path(os.environ.get("RAG_CACHE_DIR") or Path(tempfile.gettempdir()) / "rag-cache")
    d.mkdir(parents=True, exist_ok=True)
    return d


def jieba_dict_file() -> Path:
    """jieba's own dictionary, the source of the table (its hash is part of the BM25 tokenizer fingerprint)."""
    import jieba

    return Path(jieba.__file__).with_name("dict.txt")


_dict_file = jieba_dict_file


def _build(db: Path) -> None:
    """Write the table from jieba's own prefix dictionary (identical entries), atomically."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    tk.initialize()
    tags = {}
    with open(_dict_file(), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    tmp = db.with_name(f".{db.name}.{os.getpid()}.tmp")
    con = sqlite3.connect(tmp)
    con.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID")
    con.executemany("INSERT INTO freq VALUES (?, ?, ?)", ((w, n, tags.get(w)) for w, n in tk.FREQ.items()))
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")
    con.execute("INSERT INTO meta VALUES ('total', ?)", (tk.total,))
    con.commit()
    con.close()
    os.replace(tmp, db)


class _Table:
    """A read-only SQLite connection shared by all threads (guarded by a lock)."""

    def __init__(self, db: Path):
        self.con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
        self.lock = threading.Lock()
        self.total = self.con.execute("SELECT value FROM meta WHERE key='total'").fetchone()[0]

    def row(self, word: str):
        with self.lock:
            return self.con.execute("SELECT freq, tag FROM freq WHERE word=?", (word,)).fetchone()


@functools.lru_cache(maxsize=1)
def table() -> _Table:
    src = _dict_file()
    st = src.stat()
    db = cache_dir() / f"jieba-dict-{st.st_size}-{int(st.st_mtime)}-v1.sqlite"
    if not db.exists():
        _build(db)
    try:
        return _Table(db)
    except sqlite3.DatabaseError:  # a damaged cache file: rebuild it once
        db.unlink(missing_ok=True)
        _build(db)
        return _Table(db)


class LazyFreq(dict):
    """jieba's FREQ mapping: an overlay dict over the SQLite table (lookups are cached)."""

    def __init__(self, tab: _Table):
        super().__init__()
        self.tab = tab
        self.writes: list[tuple[str, int]] = []  # what jieba set (add_word), in order: mirrored by fastcut

    def __setitem__(self, word, value) -> None:
        self.writes.append((word, value))
        dict.__setitem__(self, word, value)

    def _load(self, word: str):
        row = self.tab.row(word)
        value = row[0] if row else _MISSING
        dict.__setitem__(self, word, value)
        return value

    def _value(self, word):
        value = dict.get(self, word, None)
        if value is None and not dict.__contains__(self, word):
            value = self._load(word)
        return value

    def __contains__(self, word) -> bool:
        return self._value(word) is not _MISSING

    def __getitem__(self, word):
        value = self._value(word)
        if value is _MISSING:
            raise KeyError(word)
        return value

    def get(self, word, default=None):
        value = self._value(word)
        return default if value is _MISSING else value


class LazyTags(dict):
    """posseg's word -> tag table, read on demand from the same SQLite table."""

    def __init__(self, tab: _Table):
        super().__init__()
        self.tab = tab

    def get(self, word, default=None):
        if not dict.__contains__(self, word):
            row = self.tab.row(word)
            dict.__setitem__(self, word, row[1] if row and row[1] else default)
        value = dict.__getitem__(self, word)
        return default if value is None else value


def new_tokenizer():
    """A jieba Tokenizer ready at once (no dictionary load); words added to it stay its own."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tab = table()
    tk = jieba.Tokenizer()
    tk.FREQ = LazyFreq(tab)
    tk.total = tab.total
    tk.initialized = True
    tk.tmp_dir = str(cache_dir())
    return tk


def pos_tokenizer(tk):
    """A ``jieba.posseg.POSTokenizer`` over ``tk`` without parsing dict.txt again."""
    posseg = _posseg()
    pt = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    pt.tokenizer = tk
    pt.word_tag_tab = LazyTags(table())
    pt.word_tag_tab.update(getattr(tk, "user_word_tag_tab", {}) or {})
    tk.user_word_tag_tab = {}
    return pt


_IMPORT_LOCK = threading.Lock()


def _posseg():
    """``jieba.posseg``, imported without its start-up parse of dict.txt (~0.4 s: the module builds
    ``posseg.dt`` over jieba's default tokenizer at import, reading every word's tag).  While it is
    imported, the default tokenizer's dictionary file reads as empty; ``posseg.dt`` then gets the
    same word -> tag table read on demand from the SQLite table (:class:`LazyTags`)."""
    import sys

    with _IMPORT_LOCK:
        if "jieba.posseg" in sys.modules:
            return sys.modules["jieba.posseg"]
        import io

        import jieba

        jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # an instance attribute over the method, for the import only
        try:
            from jieba import posseg
        finally:
            del jieba.dt.get_dict_file
        posseg.dt.word_tag_tab = LazyTags(table())
        return posseg


def words_tagged(tags: frozenset[str]) -> frozenset[str]:
    """Every dictionary word with one of ``tags`` (one scan of the table, ~0.2 s)."""
    tab = table()
    with tab.lock:
        rows = tab.con.execute(f"SELECT word FROM freq WHERE tag IN ({','.join('?' * len(tags))})", sorted(tags)).fetchall()
    return frozenset(w for (w,) in rows)


def word_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (None when it is no dictionary word)."""
    return _word_tag(table(), word)


@functools.lru_cache(maxsize=1 << 16)
def _word_tag(tab: _Table, word: str) -> str | None:
    """:func:`word_tag` remembered per (read-only) table and word: the answer layer asks the same words'
    tags for every sentence it weighs (a SQLite query each, ~4 us, was the costliest call per question)."""
    row = tab.row(word)
    return row[1] if row else None
