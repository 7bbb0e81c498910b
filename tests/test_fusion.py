"""Reciprocal Rank Fusion and the metadata boost: exact values, ties, properties."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rag.retrieve.fusion import boost, merge_scored, metadata_bonus, rrf


def test_rrf_exact_scores_with_k60():
    fused = rrf({"bm25": ["a", "b", "c"], "dense": ["b", "d"]}, k=60)
    assert [key for key, _ in fused] == ["b", "a", "d", "c"]
    scores = dict(fused)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["d"] == pytest.approx(1 / 62)
    assert scores["c"] == pytest.approx(1 / 63)


def test_rrf_weights_scale_each_ranking():
    fused = dict(rrf({"bm25": ["a"], "dense": ["b"]}, {"bm25": 2.0, "dense": 0.5}, k=0))
    assert fused == {"a": pytest.approx(2.0), "b": pytest.approx(0.5)}


def test_rrf_counts_a_repeated_key_once_at_its_best_rank():
    assert dict(rrf({"x": ["a", "a", "b"]}, k=0)) == {"a": pytest.approx(1.0), "b": pytest.approx(1 / 3)}


def test_rrf_ties_break_by_best_rank_then_input_order():
    # k=0: a = 1 + 1/3; b = 1/2 + 1/2 = 1; d = 1 (tie with b, but d has the better best rank); c = 1/3
    fused = rrf({"x": ["a", "b", "c"], "y": ["d", "b", "a"]}, k=0)
    assert [key for key, _ in fused] == ["a", "d", "b", "c"]
    tie = rrf({"x": ["p"], "y": ["q"]}, k=60)
    assert [key for key, _ in tie] == ["p", "q"]


@pytest.mark.parametrize("rankings", [{}, {"bm25": []}, {"bm25": [], "dense": []}])
def test_rrf_empty_inputs(rankings):
    assert rrf(rankings) == []


def test_rrf_rejects_negative_k():
    with pytest.raises(ValueError, match="k must be >= 0"):
        rrf({"x": ["a"]}, k=-1)


@given(st.dictionaries(st.sampled_from(["bm25", "dense", "other"]),
                       st.lists(st.integers(0, 30), max_size=20), max_size=3))
def test_rrf_properties(rankings):
    fused = rrf(rankings)
    keys = [k for k, _ in fused]
    assert sorted(keys) == sorted({k for r in rankings.values() for k in r})  # every key exactly once
    scores = [s for _, s in fused]
    assert scores == sorted(scores, reverse=True)
    for ranking in rankings.values():  # a key first in every ranking that holds it is never beaten
        if ranking and all(r and r[0] == ranking[0] for r in rankings.values() if r):
            assert keys[0] == ranking[0]


def test_boost_adds_and_resorts():
    assert boost([("a", 0.5), ("b", 0.4), ("c", 0.1)], {"c": 1.0}) == [("c", 1.1), ("a", 0.5), ("b", 0.4)]
    assert boost([("a", 0.5)], {}) == [("a", 0.5)]


def test_metadata_bonus_is_one_first_place_vote_per_ranking():
    assert metadata_bonus(1.0, 0.0, 1.0, 2, k=60) == pytest.approx(2 / 61)
    assert metadata_bonus(1.0, 1.0, 1.0, 2, k=60) == pytest.approx(1.5 * 2 / 61)
    assert metadata_bonus(0.0, 1.0, 2.0, 1, k=60) == pytest.approx(2.0 * 0.5 / 61)
    assert metadata_bonus(1.0, 1.0, 0.0, 2) == 0.0


def test_region_bonus_lifts_a_low_ranked_match_over_a_top_non_match():
    fused = rrf({"bm25": ["other", *[f"x{i}" for i in range(48)], "match"],
                 "dense": ["other", *[f"y{i}" for i in range(48)], "match"]})
    boosted = boost(fused, {"match": metadata_bonus(1.0, 0.0, 1.0, 2)})
    assert boosted[0][0] == "match"


def test_merge_scored_keeps_best_score_per_key():
    assert merge_scored([("a", 1.0), ("b", 3.0)], [("a", 5.0), ("c", 2.0)]) == ["a", "b", "c"]
    assert merge_scored() == []
