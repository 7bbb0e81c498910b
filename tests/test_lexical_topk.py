"""Exact BM25 top-n inside row ranges and with MaxScore pruning (rag.index.lexical_topk), checked
against brute force (every passage scored by bm25s, then lexical_index.top_k) on a real index: the seed
reports and the evaluation corpus cut into small chunks, queried with passages' own sentences."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from rag.chunk.chunker import chunk_text
from rag.chunk.tokens import get_counter
from rag.index import lexical_topk
from rag.index.lexical_index import LexicalIndex, top_k
from rag.records import Chunk, Document
from rag.retrieve.scope import DocRuns

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Document], list[Chunk], LexicalIndex]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evals" / "corpus").rglob("*.txt"))
    count = get_counter("cl100k_base").count
    docs, chunks = [], []
    for i, f in enumerate(files):
        text = f.read_text(encoding="utf-8")
        docs.append(Document(f"d{i}", f.name, text, f"h{i}", region=f"r{i % 4}", year=2019 + i % 3))
        chunks.extend(chunk_text(docs[-1].doc_id, text, 60, count, 300))
    return docs, chunks, LexicalIndex.build([c.text for c in chunks])


def queries(chunks: list[Chunk], n: int, seed: int = 7) -> list[list[str]]:
    """Query tokens of ``n`` sentences taken from random passages (long, common and rare words mixed)."""
    rng = random.Random(seed)
    out = []
    for c in rng.sample(chunks, n):
        s = rng.randrange(max(1, len(c.text) - 30))
        out.append(_tokens(c.text[s:s + rng.choice((8, 20, 40))]))
    return [q for q in out if q]


def _tokens(text: str) -> list[str]:
    from rag.index.lexical import tokenize_query

    return tokenize_query(text)


def bm25s_scores(ix: LexicalIndex, q: list[str]) -> np.ndarray:
    """bm25s' own scoring of every passage (np.add.at per token), not ours."""
    ids = ix.bm25.get_tokens_ids(list(dict.fromkeys(q)))
    return np.asarray(ix.bm25.get_scores_from_ids(ids), dtype=np.float32) if ids else np.zeros(ix.n_docs, np.float32)


def brute(ix: LexicalIndex, q: list[str], n: int, mask: np.ndarray | None = None):
    return top_k(bm25s_scores(ix, q), n, mask)


def same(a, b) -> None:
    assert a[1].tolist() == b[1].tolist()
    assert np.array_equal(a[0], b[0])  # bit-identical float32 scores, not approximately equal


@pytest.fixture(params=["cost model", "always prune"])
def pruning(request, monkeypatch):
    """The default cost model, and pruning forced whenever it is possible (a small index would
    otherwise mostly take the one-pass path, and the pruned path would go untested)."""
    if request.param == "always prune":
        monkeypatch.setattr(lexical_topk, "_SEARCH_COST", 0)
        monkeypatch.setattr(lexical_topk, "_DENSE_SHARE", 0)
    return request.param


@pytest.mark.parametrize("n", [1, 5, 50])
def test_unfiltered_top_equals_brute_force(corpus, n, pruning):
    _, chunks, ix = corpus
    assert len(chunks) > 800  # enough passages that the pruned path runs (checked below)
    for q in queries(chunks, 60):
        same(ix.top(q, n), brute(ix, q, n))


@pytest.mark.parametrize("n", [3, 50])
def test_top_inside_report_ranges_equals_masked_brute_force(corpus, n, pruning):
    docs, chunks, ix = corpus
    runs = DocRuns.of(chunks, {d.doc_id: d for d in docs})
    selections = [runs.select(["r1"], ()), runs.select((), [2020]), runs.select(["r0", "r3"], [2019, 2021]),
                  runs.everything(), runs.nothing()]
    for q in queries(chunks, 40, seed=11):
        for sel in selections:
            got = ix.top(q, n, sel.ranges()) if sel.any() else (np.zeros(0, np.float32), np.zeros(0, np.int64))
            same(got, brute(ix, q, n, sel.mask()))


def test_selection_rows_match_document_metadata(corpus):
    docs, chunks, _ = corpus
    by_id = {d.doc_id: d for d in docs}
    runs = DocRuns.of(chunks, by_id)
    sel = runs.select(["r1", "r2"], [2020])
    want = [by_id[c.doc_id].region in ("r1", "r2") and by_id[c.doc_id].year == 2020 for c in chunks]
    assert sel.mask().tolist() == want
    rows = np.arange(len(chunks))
    assert sel.contains(rows).tolist() == want


def test_pruning_runs_and_skips_most_candidates(corpus):
    """The MaxScore path is taken for some queries and scores fewer passages than brute force would."""
    _, chunks, ix = corpus
    ix.top(["x"], 1)
    post = ix._postings
    pruned = 0
    for q in queries(chunks, 60, seed=3):
        toks = ix.bm25.get_tokens_ids(list(dict.fromkeys(q)))
        lists = [(t, *post.postings(t)) for t in toks if len(post.postings(t)[0])]
        if len(lists) < 2:
            continue
        order = sorted(range(len(lists)), key=lambda i: len(lists[i][1]))
        seed = lexical_topk._seed(lists, order, 5)
        if len(seed) < 5:
            continue
        theta = float(np.sort(lexical_topk._score(seed, lists))[-5])
        essential = lexical_topk._essential(post, [t for t, _, _ in lists], theta)
        pruned += len(essential) < len(lists)
    assert pruned >= 5


def test_ties_keep_the_lower_row_first():
    """Identical passages score identically: the first rows win, as in top_k over every passage."""
    texts = ["长治市推进行政复议体制改革。"] * 40 + ["赣州市优化营商环境，行政复议案件下降。"] * 40
    ix = LexicalIndex.build(texts)
    q = _tokens("行政复议")
    first = brute(ix, q, 80)
    assert len(set(first[0].tolist())) == 2  # two distinct scores, 40 ties each
    for n in (1, 10, 39, 41):
        got = ix.top(q, n)
        same(got, brute(ix, q, n))
        ties = got[1][got[0] == got[0][-1]].tolist()
        assert ties == sorted(ties) and ties[0] == (0 if got[0][0] == got[0][-1] else ties[0])


def test_empty_and_unknown_queries():
    ix = LexicalIndex.build(["长治市推进行政复议。", "赣州市优化营商环境。"])
    assert ix.top([], 5)[1].tolist() == []
    assert ix.top(["不存在的词"], 5)[1].tolist() == []
    assert LexicalIndex.build([]).top(["行政复议"], 5)[1].tolist() == []


def test_several_selections_scored_once_equal_brute_force(corpus, monkeypatch):
    """top_each: every passage scored once, each selection ranking its own rows (the retriever's
    unfiltered + region + year rankings of one question): from the corpus's passages above its
    floor when n of them are in the selection, else from the selection's own rows (both happen)."""
    docs, chunks, ix = corpus
    runs = DocRuns.of(chunks, {d.doc_id: d for d in docs})
    sels = [None, runs.select(["r2"], ()), runs.select((), [2021]), runs.select(["r0"], [2019])]
    own_rows = []
    ranked = lexical_topk._ranked
    monkeypatch.setattr(lexical_topk, "_ranked", lambda *a: own_rows.append(1) or ranked(*a))
    qs = queries(chunks, 40, seed=5)
    for q in qs:
        got = ix.top_each(q, 20, [None if s is None else s.ranges() for s in sels])
        for (s, ids), sel in zip(got, sels):
            same((s, ids), brute(ix, q, 20, None if sel is None else sel.mask()))
    assert 0 < len(own_rows) < 3 * len(qs)


@pytest.mark.parametrize("sample", [1, 4, 16])
@pytest.mark.parametrize("n", [1, 7, 20])
def test_sampled_floor_keeps_the_exact_top(corpus, monkeypatch, sample, n):
    """The floor from a strided sample of the scores (_sample_floor) only skips passages below the
    n-th best: small factors make the sample short and the floor high, and every selection's top n
    (ties by lower row) still equals brute force."""
    monkeypatch.setattr(lexical_topk, "_SAMPLE", sample)
    docs, chunks, ix = corpus
    runs = DocRuns.of(chunks, {d.doc_id: d for d in docs})
    sels = [None, runs.select(["r1"], ()), runs.select((), [2020])]
    assert len(chunks) // (sample * n) >= 2  # the sampled floor is in use for every passage
    for q in queries(chunks, 30, seed=11):
        got = ix.top_each(q, n, [None if s is None else s.ranges() for s in sels])
        for (s, ids), sel in zip(got, sels):
            same((s, ids), brute(ix, q, n, None if sel is None else sel.mask()))


def test_scores_of_every_passage_are_bm25s_bit_for_bit(corpus):
    _, chunks, ix = corpus
    for q in queries(chunks, 30, seed=5) + [["no-such-token"], []]:
        assert np.array_equal(ix.scores(q), bm25s_scores(ix, q))


def test_accumulate_is_np_add_at_in_list_order(corpus, monkeypatch):
    """The compiled loop and its np.add.at stand-in add the same float32 values in the same order,
    repeated ids included (the compact accumulator's inverse indices)."""
    rng = np.random.default_rng(0)
    for dtype in (np.int32, np.int64):
        ids = rng.integers(0, 1000, 20_000).astype(dtype)
        vals = rng.random(20_000, dtype=np.float32) * 7
        want = np.zeros(1000, np.float32)
        np.add.at(want, ids, vals)
        got = np.zeros(1000, np.float32)
        lexical_topk.accumulate(got, ids, vals)
        assert np.array_equal(got, want)
    monkeypatch.setattr(lexical_topk, "_csc_matvec", None)
    _, chunks, ix = corpus
    for q in queries(chunks, 10, seed=6):
        assert np.array_equal(ix.scores(q), bm25s_scores(ix, q))


def test_postings_outside_the_corpus_are_refused():
    import bm25s

    from rag.errors import IndexCorrupt

    bm = bm25s.BM25(method="lucene")
    bm.index([["a", "b"], ["b"]], show_progress=False)
    bad = dict(bm.scores, indices=bm.scores["indices"].copy())
    bad["indices"][-1] = 5
    with pytest.raises(IndexCorrupt, match="rag ingest --rebuild"):
        lexical_topk.Postings.of(bad)
