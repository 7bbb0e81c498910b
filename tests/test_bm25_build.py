"""Our BM25 matrix builder gives bm25s's own arrays, bit for bit, in bounded memory."""
from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from rag.index.bm25_build import build_bm25
from rag.index.lexical import (
    TokenizerSettings,
    tokenize,
    tokenize_passages,
    tokenize_query,
)
from rag.index.lexical_index import LexicalIndex

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def _passages() -> list[str]:
    text = "".join(f.read_text(encoding="utf-8") for f in SEEDS)
    rng = random.Random(3)
    cuts = sorted(rng.sample(range(len(text)), 400))
    return ["", "。"] + [text[a:b] for a, b in itertools.pairwise(cuts)] + ["长治市", "行政复议" * 50]


def _bm25s_index(ids, vocab, k1, b):
    import bm25s

    ref = bm25s.BM25(k1=k1, b=b, method="lucene")
    ref.index((ids, dict(vocab)), create_empty_token=False, show_progress=False)
    return ref


@pytest.mark.parametrize("batch", [1 << 18, 37])  # one batch; many (passages split across batches)
@pytest.mark.parametrize("k1,b", [(1.5, 0.75), (1.2, 0.3), (0.9, 1.0)])
def test_same_arrays_as_bm25s(k1, b, batch, monkeypatch):
    from rag.index import bm25_build

    monkeypatch.setattr(bm25_build, "_BATCH", batch)
    vocab: dict[str, int] = {}
    ids = list(tokenize_passages(_passages(), TokenizerSettings(), fast=False, vocab=vocab))
    vocab.setdefault("", len(vocab))
    ref = _bm25s_index(ids, vocab, k1, b)
    ours = build_bm25(iter(ids), vocab, k1, b)
    for key in ("data", "indices", "indptr"):
        assert ours.scores[key].dtype == ref.scores[key].dtype, key
        assert np.array_equal(ours.scores[key], ref.scores[key]), key
    assert ours.scores["num_docs"] == ref.scores["num_docs"] == len(ids)
    assert ours.vocab_dict == ref.vocab_dict
    q = ours.get_tokens_ids(tokenize_query("行政复议案件 长治市"))
    assert np.array_equal(ours.get_scores_from_ids(q), ref.get_scores_from_ids(q))


def test_saved_index_loads_and_scores_as_built(tmp_path):
    ix = LexicalIndex.build(_passages())
    ix.save(tmp_path / "bm25")
    back = LexicalIndex.load(tmp_path / "bm25")
    q = tokenize_query("行政复议纠错率")
    assert np.array_equal(back.scores(q), ix.scores(q)) and back.scores(q).max() > 0


@pytest.mark.parametrize("settings", [TokenizerSettings(), TokenizerSettings(mode="precise"),
                                      TokenizerSettings(mode="search", bigrams=False), TokenizerSettings(hmm=False)])
@pytest.mark.parametrize("fast", [False, True])
def test_passage_tokens_are_tokenize(settings, fast):
    """tokenize_passages (cached words, rjieba's cut, ids) says what tokenize says, passage by passage."""
    passages = _passages()
    assert list(tokenize_passages(passages, settings, fast=fast)) == [tokenize(p, settings) for p in passages]
    vocab: dict[str, int] = {}
    ids = list(tokenize_passages(passages, settings, fast=fast, vocab=vocab))
    words = {i: w for w, i in vocab.items()}
    assert [[words[i] for i in doc] for doc in ids] == [tokenize(p, settings) for p in passages]


def test_build_through_rjieba_scores_like_through_jieba(monkeypatch):
    """LexicalIndex.build takes the rjieba cut from FAST_CUT_MIN_CHARS characters on: same scores."""
    pytest.importorskip("rjieba")
    from rag.index import lexical_index

    passages = _passages()
    monkeypatch.setattr(lexical_index, "FAST_CUT_MIN_CHARS", 10**12)
    slow = LexicalIndex.build(passages)
    monkeypatch.setattr(lexical_index, "FAST_CUT_MIN_CHARS", 0)
    fast = LexicalIndex.build(passages)
    for question in ("行政复议案件", "长治市 2021年", "府院联动", "12345热线"):
        q = tokenize_query(question)
        assert np.array_equal(fast.scores(q), slow.scores(q)), question
    assert set(fast.bm25.vocab_dict) == set(slow.bm25.vocab_dict)
