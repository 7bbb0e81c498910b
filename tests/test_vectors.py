"""FAISS index vs brute-force numpy; HNSW recall; filtered search; save/load; corrupt files."""
from __future__ import annotations

import numpy as np
import pytest

from rag.errors import BackendError, IndexCorrupt
from rag.index.vectors import (
    INDEX_FILE,
    VectorIndex,
    exact_top_k,
    recall_at_k,
    sample_queries,
)


def _unit(n: int, d: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_flat_matches_brute_force_exactly():
    v, q = _unit(300, 24, 0), _unit(7, 24, 1)
    index = VectorIndex.build(v)
    assert index.kind == "flat" and index.n == 300 and index.dim == 24
    scores, ids = index.search(q, k=10)
    sims = q @ v.T
    expected = np.argsort(-sims, axis=1, kind="stable")[:, :10]
    assert ids.tolist() == expected.tolist()
    assert scores == pytest.approx(np.take_along_axis(sims, expected, 1), abs=1e-5)


def test_exact_top_k_reference_helper():
    v = np.eye(4, dtype=np.float32)
    q = np.array([[0.1, 0.9, 0.5, 0.0]], dtype=np.float32)
    assert exact_top_k(v, q, 3).tolist() == [[1, 2, 0]]
    assert recall_at_k(np.array([[1, 2, 9]]), np.array([[1, 2, 0]])) == pytest.approx(2 / 3)


def test_hnsw_above_threshold_reaches_recall_095():
    v = _unit(2000, 32, 2)
    index = VectorIndex.build(v, exact_threshold=500)
    assert index.kind == "hnsw"
    assert index.ef_search is not None and index.recall is not None and index.recall >= 0.95
    q = sample_queries(v, 100, seed=7)  # fresh queries, not the tuning ones
    found = index.search(q, k=10)[1]
    assert recall_at_k(found, exact_top_k(v, q, 10)) >= 0.95


@pytest.mark.parametrize("threshold", [10_000, 50])  # flat and hnsw
def test_filtered_search_returns_only_allowed_rows_in_exact_order(threshold):
    v, q = _unit(400, 16, 3), _unit(2, 16, 4)
    index = VectorIndex.build(v, exact_threshold=threshold)
    allowed = np.zeros(400, bool)
    allowed[[5, 17, 42, 99, 300]] = True
    scores, ids = index.search(q, k=3, allowed=allowed)
    sims = q @ v[allowed].T
    expected = np.flatnonzero(allowed)[np.argsort(-sims, axis=1)[:, :3]]
    assert ids.tolist() == expected.tolist()
    assert scores == pytest.approx(np.sort(sims, axis=1)[:, ::-1][:, :3], abs=1e-5)


def test_fewer_rows_than_k_pads_with_minus_one():
    index = VectorIndex.build(_unit(2, 8, 5))
    _, ids = index.search(_unit(1, 8, 6), k=4)
    assert sorted(ids[0].tolist()[:2]) == [0, 1] and ids[0].tolist()[2:] == [-1, -1]
    empty = VectorIndex.build(np.zeros((0, 8), np.float32))
    assert empty.search(_unit(1, 8, 6), k=2)[1].tolist() == [[-1, -1]]


@pytest.mark.parametrize("threshold", [10_000, 50])
def test_save_load_roundtrip(tmp_path, threshold):
    v, q = _unit(200, 16, 8), _unit(3, 16, 9)
    index = VectorIndex.build(v, exact_threshold=threshold)
    path = index.save(tmp_path)
    assert path == tmp_path / INDEX_FILE and not list(tmp_path.glob(".vectors-*"))
    again = VectorIndex.load(tmp_path)
    assert (again.kind, again.n, again.dim) == (index.kind, 200, 16)
    assert again.search(q, 5)[1].tolist() == index.search(q, 5)[1].tolist()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "missing"])
def test_corrupt_file_names_file_and_fix(tmp_path, damage):
    VectorIndex.build(_unit(50, 8, 10)).save(tmp_path)
    path = tmp_path / INDEX_FILE
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "garbage":
        path.write_bytes(b"not a faiss index at all" * 10)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    with pytest.raises(IndexCorrupt) as e:
        VectorIndex.load(tmp_path)
    msg = str(e.value)
    assert str(path) in msg and "rag ingest --rebuild" in msg
    assert "\n" not in msg  # one line, no C++ stack


@pytest.mark.parametrize("bad, match", [
    (np.zeros(8, np.float32), "2-D"),
    (np.full((2, 8), np.nan, np.float32), "NaN"),
])
def test_bad_vectors_are_rejected(bad, match):
    with pytest.raises(BackendError, match=match):
        VectorIndex.build(bad)


def test_query_dimension_mismatch_is_clear():
    index = VectorIndex.build(_unit(5, 8, 11))
    with pytest.raises(BackendError, match="8"):
        index.search(_unit(1, 9, 12), k=1)
