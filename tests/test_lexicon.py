"""The lazily read jieba dictionary tokenizes exactly like jieba's own in-memory one."""
from __future__ import annotations

from pathlib import Path

import pytest

from rag.text.lexicon import new_tokenizer, pos_tokenizer, word_tag

TEXT = (Path(__file__).parent.parent / "seeds" / "001_71e1c216a7798b34.txt").read_text(encoding="utf-8")[:3000]


@pytest.fixture(scope="module")
def reference():
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


@pytest.mark.parametrize("method,kw", [("cut", {}), ("cut", {"HMM": False}), ("cut_for_search", {})])
def test_same_tokens_as_jieba(reference, method, kw):
    ours = new_tokenizer()
    assert list(getattr(ours, method)(TEXT, **kw)) == list(getattr(reference, method)(TEXT, **kw))


def test_added_words_stay_with_their_tokenizer():
    a, b = new_tokenizer(), new_tokenizer()
    a.add_word("综合纠错率", freq=200000)
    assert "综合纠错率" in list(a.cut("行政复议综合纠错率"))
    assert "综合纠错率" not in list(b.cut("行政复议综合纠错率"))


def test_pos_tags_match_jieba(reference):
    import jieba.posseg

    ours = [(p.word, p.flag) for p in pos_tokenizer(new_tokenizer()).cut(TEXT[:500])]
    ref = [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(reference).cut(TEXT[:500])]
    assert ours == ref
    assert word_tag("长治久安") in {"i", "l"} and word_tag("北京市") == "ns" and word_tag("不存在的词语组合xyz") is None
