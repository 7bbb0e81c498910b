"""Rank fusion: pure functions over ranked key lists.

Reciprocal Rank Fusion (Cormack, Clarke & Büttcher 2009, "Reciprocal Rank Fusion
outperforms Condorcet and individual Rank Learning Methods", SIGIR '09):

    score(d) = sum over rankings r of  w_r / (k + rank_r(d))      (rank from 1, k = 60)

It needs no score calibration between BM25 and cosine similarity, which live on
unrelated scales.

>>> rrf({"bm25": ["a", "b"], "dense": ["b", "c"]}, k=60)[0][0]
'b'
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def rrf(rankings: Mapping[str, Sequence[K]], weights: Mapping[str, float] | None = None,
        k: int = 60) -> list[tuple[K, float]]:
    """Fused ``(key, score)`` list, best first.

    Ties are broken by the best single rank, then by first appearance (ranking
    order as given), so the output is deterministic.

    >>> rrf({"x": ["a", "b"], "y": ["a"]}, {"x": 1.0, "y": 0.5}, k=1)
    [('a', 0.75), ('b', 0.3333333333333333)]
    """
    if k < 0:
        raise ValueError(f"RRF k must be >= 0, got {k}.")
    scores: dict[K, float] = {}
    best: dict[K, int] = {}
    for name, ranking in rankings.items():
        w = 1.0 if weights is None else float(weights.get(name, 1.0))
        seen: set[K] = set()
        for rank, key in enumerate(ranking, start=1):
            if key in seen:  # a key counts once per ranking, at its best rank
                continue
            seen.add(key)
            scores[key] = scores.get(key, 0.0) + w / (k + rank)
            best[key] = min(best.get(key, rank), rank)
    order = {key: i for i, key in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], best[kv[0]], order[kv[0]]))


def boost(fused: Sequence[tuple[K, float]], bonus: Mapping[K, float]) -> list[tuple[K, float]]:
    """Add ``bonus[key]`` to each fused score and re-sort (stable for equal scores).

    >>> boost([("a", 0.5), ("b", 0.4)], {"b": 0.2})
    [('b', 0.6000000000000001), ('a', 0.5)]
    """
    out = [(key, score + bonus.get(key, 0.0)) for key, score in fused]
    return sorted(out, key=lambda kv: -kv[1])


def metadata_bonus(region_match: float, year_match: float, strength: float, n_rankings: int, k: int = 60) -> float:
    """Bonus for a passage whose document matches the question's region/year.

    One unit equals a first-place vote from every ranking (``n / (k + 1)``), so a
    region match (``region_match`` = 1) lifts a passage above any non-matching one
    that is not itself first everywhere; a year match adds half a unit.
    ``strength`` is ``[retrieval] metadata_boost`` (0 turns the boost off).

    >>> round(metadata_bonus(1.0, 0.0, 1.0, 2, k=60), 4)
    0.0328
    """
    unit = n_rankings / (k + 1)
    return strength * unit * (region_match + 0.5 * year_match)


def merge_scored(*lists: Sequence[tuple[K, float]]) -> list[K]:
    """Keys of several ``(key, score)`` lists from the same scorer, by score, each key once."""
    best: dict[K, float] = {}
    for lst in lists:
        for key, score in lst:
            if key not in best or score > best[key]:
                best[key] = score
    return [key for key, _ in sorted(best.items(), key=lambda kv: -kv[1])]
