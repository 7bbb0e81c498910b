"""SubstringCounter (the bigram prefilter behind doc_frequencies) counts exactly like a plain scan."""
import random
from pathlib import Path

import pytest

from rag.retrieve.store_queries import SubstringCounter
from rag.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def texts():
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evals" / "corpus" / "reports").glob("*.txt"))
    out = [fold(p.read_text(encoding="utf-8")) for p in paths]
    assert len(out) >= 10
    return out


def _plain(term, texts):
    return sum(1 for t in texts if term in t)


def _terms(texts, rng, n):
    terms = ["", " ", "，", "。", "、", "(", "2021", "2021年", "法治", "政府", "述法", "x", "ab",
             "法治政府建设", "zzqq", "\n", "年度报告。", "一、", "（一）", "[", "%"]
    for _ in range(n):
        s = rng.choice(texts)
        k = rng.randint(1, 8)
        i = rng.randrange(len(s) - k)
        term = s[i:i + k]
        r = rng.random()
        if r < 0.25:
            term = "".join(rng.sample(term, len(term)))  # mostly absent
        elif r < 0.35:
            term = term + rng.choice("，。、；：（）()%-")  # punctuation
        terms.append(term)
    return terms


def test_counts_equal_plain_scan(texts):
    counter = SubstringCounter(texts)
    rng = random.Random(12)
    terms = _terms(texts, rng, 1500)
    assert any(_plain(t, texts) == 0 for t in terms) and any(_plain(t, texts) > 1 for t in terms)
    assert any(len(t) == 1 for t in terms)
    for term in terms:
        assert counter.count(term) == _plain(term, texts), term


def test_candidates_never_drop_a_true_match(texts):
    counter = SubstringCounter(texts)
    rng = random.Random(7)
    for term in _terms(texts, rng, 800):
        mask = counter.candidates(term)
        for i, t in enumerate(texts):
            if term in t:
                assert mask >> i & 1, (term, i)


def test_candidates_prune_absent_terms(texts):
    """The prefilter actually filters: a term made of a bigram no text holds has no candidates."""
    counter = SubstringCounter(texts)
    assert counter.candidates("\ue000\ue001") == 0
    assert counter.count("法治\ue000") == 0
