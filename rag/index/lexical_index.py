"""The BM25 index over tokenized passages (:class:`LexicalIndex`): built from the tokens of
:mod:`rag.index.lexical` into bm25s's score matrix (:mod:`rag.index.bm25_build`), saved and loaded as a
folder (bm25s's arrays and ``tokenizer.json``), searched for the best passages (:func:`top_k`, or within
row ranges by :mod:`rag.index.lexical_topk`).
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

from ..errors import IndexCorrupt
from .lexical import TokenizerSettings, add_words, tokenize_passages, tokenize_query

SETTINGS_FILE = "tokenizer.json"
FAST_CUT_MIN_CHARS = 300_000  # below this, jieba itself is quicker than setting up rjieba


class LexicalIndex:
    """BM25 (bm25s, Lucene variant) over tokenized passages; document ids are list positions.

    >>> ix = LexicalIndex.build(["长治市推进行政复议", "赣州市优化营商环境"])
    >>> ix.search(tokenize_query("营商环境"), k=1)[1].tolist()
    [1]
    """

    def __init__(self, bm25, settings: TokenizerSettings, n_docs: int):
        self.bm25 = bm25  # None for an empty corpus
        self.settings = settings
        self.n_docs = n_docs

    @classmethod
    def build(cls, texts: list[str], settings: TokenizerSettings | None = None) -> LexicalIndex:
        settings = settings or TokenizerSettings()
        add_words(settings.extra_words)
        if not texts:
            return cls(None, settings, 0)
        # each passage's tokens become 4-byte ids at once and are read once into the score
        # matrix: a 20 MB report's millions of tokens are never all alive together
        vocab: dict[str, int] = {}
        fast = sum(map(len, texts)) >= FAST_CUT_MIN_CHARS
        return cls(_bm25_from_ids(tokenize_passages(texts, settings, fast, vocab), vocab, settings), settings, len(texts))

    def tokenize_query(self, text: str) -> list[str]:
        return tokenize_query(text, self.settings)

    def knows(self, word: str) -> bool:
        """True when every query token of ``word`` occurs in the indexed passages."""
        toks = tokenize_query(word, self.settings) if self.bm25 is not None else []
        return bool(toks) and all(t in self.bm25.vocab_dict for t in toks)

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document (float32, length ``n_docs``)."""
        if self.bm25 is None:
            return np.zeros(0, dtype=np.float32)
        return self.postings().scores(self.bm25.get_tokens_ids(list(dict.fromkeys(query_tokens))))

    def search(self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` (scores, ids) with score > 0, best first; ``allowed`` is a boolean mask."""
        return top_k(self.scores(query_tokens), k, allowed)

    def top(self, query_tokens: list[str], k: int,
            ranges: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`search` restricted to passage-id ``ranges`` (sorted ``(starts, ends)``, half-open), computed
        without scoring every passage (:mod:`rag.index.lexical_topk`); the same ids and scores."""
        from .lexical_topk import top_n

        if self.bm25 is None:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        ids = self.bm25.get_tokens_ids(list(dict.fromkeys(query_tokens)))
        return top_n(self.postings(), ids, k, ranges)

    def top_each(self, query_tokens: list[str], k: int, selections: list) -> list[tuple[np.ndarray, np.ndarray]]:
        """:meth:`top` for each of ``selections`` (ranges, or None for every passage), scoring once
        when one of them is every passage."""
        from .lexical_topk import top_many

        if self.bm25 is None:
            return [(np.zeros(0, np.float32), np.zeros(0, np.int64)) for _ in selections]
        ids = self.bm25.get_tokens_ids(list(dict.fromkeys(query_tokens)))
        return top_many(self.postings(), ids, k, selections)

    def postings(self):
        """The index's :class:`rag.index.lexical_topk.Postings` (per-token upper bounds computed once)."""
        from .lexical_topk import Postings

        if getattr(self, "_postings", None) is None:
            self._postings = Postings.of(self.bm25.scores)
        return self._postings

    def save(self, folder: str | os.PathLike) -> Path:
        """Write ``folder`` (bm25s arrays + tokenizer.json) via a temp folder renamed into place."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".bm25-", dir=folder.parent))
        try:
            if self.bm25 is not None:
                self.bm25.save(str(tmp), show_progress=False)
            from .tokenizer_version import KEY, fingerprint

            meta = {"settings": dataclasses.asdict(self.settings), "n_docs": self.n_docs, KEY: fingerprint()}
            (tmp / SETTINGS_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(tmp, folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return folder

    @classmethod
    def load(cls, folder: str | os.PathLike) -> LexicalIndex:
        folder = Path(folder)
        try:
            meta = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
            s = meta["settings"]
            settings = TokenizerSettings(**{**s, "extra_words": tuple(s.get("extra_words", ()))})
            n_docs = int(meta["n_docs"])
            bm25 = _load_bm25(folder) if n_docs else None
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise IndexCorrupt(
                f"The BM25 index in {folder} is missing or corrupt ({type(e).__name__}: {e}). "
                "Rebuild it with `rag ingest --rebuild`."
            ) from e
        if bm25 is not None and bm25.scores["num_docs"] != n_docs:
            raise IndexCorrupt(f"The BM25 index in {folder} holds {bm25.scores['num_docs']} documents, "
                               f"its {SETTINGS_FILE} says {n_docs}. Rebuild it with `rag ingest --rebuild`.")
        add_words(settings.extra_words)
        return cls(bm25, settings, n_docs)


def _bm25_from_ids(ids, vocab: dict[str, int], settings: TokenizerSettings):
    """bm25s over passages of token ids (an iterable, read once; ``vocab`` may grow meanwhile)."""
    from .bm25_build import build_bm25

    def passages():
        yield from ids
        vocab.setdefault("", len(vocab))  # bm25s' "empty token": keeps empty documents valid

    return build_bm25(passages(), vocab, settings.k1, settings.b)


def _load_bm25(folder: Path):
    import bm25s

    bm25 = bm25s.BM25.load(str(folder), show_progress=False)
    sc = bm25.scores
    if len(sc["indptr"]) != len(bm25.vocab_dict) + 1 or len(sc["data"]) != len(sc["indices"]):
        raise ValueError("array sizes do not match the vocabulary")
    return bm25


def top_k(scores: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the ``k`` largest positive scores (ties: lower index first)."""
    from .lexical_topk import best_positive

    s = scores if allowed is None else np.where(allowed, scores, 0.0)
    cand = np.flatnonzero(s > 0)
    return best_positive(s[cand], cand, k)
