"""Chinese BM25: tokenization (folding, idiom guard, domain words) and bm25s vs a reference formula."""
from __future__ import annotations

import math
import shutil

import numpy as np
import pytest

from rag.errors import IndexCorrupt
from rag.index.lexical import (
    TokenizerSettings,
    idioms,
    stopwords,
    tokenize,
    tokenize_query,
)
from rag.index.lexical_index import LexicalIndex

PRECISE = TokenizerSettings(mode="precise", bigrams=False)
DOCS_ONLY = TokenizerSettings(mode="search-docs", bigrams=False)

PASSAGES = [
    "長治市深化行政復議體制改革，全年辦理行政復議案件120件。",  # Traditional, the 长治 report
    "赣州市推进“放管服”改革，维护社会长治久安，优化营商环境。",  # idiom 长治久安, another region
    "海西州推行证明事项告知承诺制和首违不罚清单，行政复议纠错率下降。",
    "元宝山区健全府院联动机制，全年行政诉讼案件负责人出庭应诉42件次。",
    "霍州市开展“八五”普法，落实谁执法谁普法责任制。",
]


def test_traditional_and_simplified_tokenize_alike():
    assert tokenize("長治市行政復議") == tokenize("长治市行政复议")
    assert tokenize("ＡＢＣ２０２１年") == tokenize("abc2021年")


def test_idiom_is_not_split_into_a_place_name():
    assert "长治久安" in idioms()
    toks = tokenize("维护社会长治久安")
    assert "长治久安" in toks
    assert "长治" not in toks and "2:长治" not in toks


def test_long_words_give_sub_words_for_passages_only():
    doc = tokenize("长治市行政复议", DOCS_ONLY)
    assert {"长治市", "长治", "行政复议", "行政", "复议"} <= set(doc)
    assert tokenize_query("长治市行政复议", DOCS_ONLY) == ["长治市", "行政复议"]


@pytest.mark.parametrize("term", ["放管服", "首违不罚", "府院联动", "告知承诺制", "谁执法谁普法", "出庭应诉", "双随机"])
def test_domain_terms_are_single_words(term):
    assert term in tokenize_query(f"关于{term}的情况", PRECISE)


def test_stop_words_and_punctuation_are_dropped():
    toks = tokenize_query("请问，长治市的行政复议是什么？！", PRECISE)
    assert toks == ["长治市", "行政复议"]
    assert {"的", "是", "什么", "the", "of"} <= stopwords()


def test_bigrams_are_namespaced_and_stop_at_stop_words():
    toks = tokenize("行政复议的工作", TokenizerSettings(mode="precise", bigrams=True))
    assert [t for t in toks if t.startswith("2:")] == ["2:行政", "2:政复", "2:复议", "2:工作"]


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("。", []),
    ("长", ["长"]),
    ("a", []),  # single Latin letters carry nothing
    ("Rule of Law 2021", ["rule", "law", "2021"]),
    ("😀😀 复议", ["复议"]),
    ("12345热线", ["12345热线", "12345", "热线"]),  # the word and its parts
])
def test_tokenize_edges(text, expected):
    assert tokenize_query(text, PRECISE) == expected


def test_long_paragraph_tokenizes():
    text = "长治市推进行政复议体制改革。" * 20000  # 280 000 characters, no line break
    toks = tokenize(text, PRECISE)
    assert toks.count("行政复议") == 20000


def _reference_bm25(corpus: list[list[str]], query: list[str], k1: float, b: float) -> np.ndarray:
    """Lucene BM25 written out (Kamphuis et al. 2020, "Which BM25 do you mean?"):
    idf = ln(1 + (N - df + 0.5) / (df + 0.5)); tf part = tf / (tf + k1 (1 - b + b |d| / avgdl))."""
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    out = np.zeros(n)
    for t in set(query):
        df = sum(1 for d in corpus if t in d)
        if df == 0:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, d in enumerate(corpus):
            tf = d.count(t)
            out[i] += idf * tf / (tf + k1 * (1 - b + b * len(d) / avgdl))
    return out


@pytest.mark.parametrize("settings", [TokenizerSettings(), PRECISE, TokenizerSettings(k1=1.2, b=0.5)])
@pytest.mark.parametrize("question", ["长治市的行政复议", "行政复议纠错率", "放管服 营商环境", "首违不罚", "北京"])
def test_bm25_matches_reference_formula(settings, question):
    ix = LexicalIndex.build(PASSAGES, settings)
    corpus = [tokenize(p, settings) for p in PASSAGES]
    q = tokenize_query(question, settings)
    expected = _reference_bm25(corpus, q, settings.k1, settings.b)
    assert ix.scores(q) == pytest.approx(expected, rel=1e-5, abs=1e-6)


def test_simplified_query_finds_traditional_report_not_the_idiom():
    ix = LexicalIndex.build(PASSAGES)
    scores, ids = ix.search(tokenize_query("长治"), k=5)
    assert ids.tolist() == [0]  # 长治久安 in passage 1 scores nothing
    assert scores[0] > 0


def test_search_orders_and_masks():
    ix = LexicalIndex.build(PASSAGES, DOCS_ONLY)  # without bigrams: 行政 alone would match passage 3
    q = tokenize_query("行政复议", DOCS_ONLY)
    _, ids = ix.search(q, k=5)
    assert set(ids.tolist()) == {0, 2}
    assert ids[0] == 0  # two occurrences beat one
    mask = np.array([False, True, True, True, True])
    assert ix.search(q, k=5, allowed=mask)[1].tolist() == [2]
    assert ix.search(q, k=1)[1].tolist() == [0]
    with_bigrams = LexicalIndex.build(PASSAGES)
    assert with_bigrams.search(tokenize_query("行政复议"), k=5)[1].tolist()[:2] == [0, 2]


def test_unknown_and_empty_queries_score_zero():
    ix = LexicalIndex.build(PASSAGES)
    assert ix.scores(["不存在的词"]).tolist() == [0.0] * 5
    assert ix.search([], k=3)[1].tolist() == []


def test_empty_corpus_and_empty_passages():
    empty = LexicalIndex.build([])
    assert empty.n_docs == 0 and empty.search(["长治"], 3)[1].tolist() == []
    ix = LexicalIndex.build(["", "长治市"])
    assert ix.search(tokenize_query("长治市"), 3)[1].tolist() == [1]


def test_save_load_roundtrip(tmp_path):
    ix = LexicalIndex.build(PASSAGES, TokenizerSettings(extra_words=("元宝山",)))
    ix.save(tmp_path / "bm25")
    again = LexicalIndex.load(tmp_path / "bm25")
    assert again.settings == ix.settings
    q = tokenize_query("行政复议 府院联动")
    assert again.scores(q) == pytest.approx(ix.scores(q))
    ix.save(tmp_path / "bm25")  # overwriting an existing index works
    assert LexicalIndex.load(tmp_path / "bm25").n_docs == 5
    empty = LexicalIndex.build([])
    empty.save(tmp_path / "empty")
    assert LexicalIndex.load(tmp_path / "empty").n_docs == 0


@pytest.mark.parametrize("damage", ["delete-vocab", "truncate-data", "garbage-settings", "missing-folder"])
def test_corrupt_index_gives_clear_error(tmp_path, damage):
    folder = tmp_path / "bm25"
    LexicalIndex.build(PASSAGES).save(folder)
    if damage == "delete-vocab":
        (folder / "vocab.index.json").unlink()
    elif damage == "truncate-data":
        p = folder / "data.csc.index.npy"
        p.write_bytes(p.read_bytes()[:40])
    elif damage == "garbage-settings":
        (folder / "tokenizer.json").write_text("{not json", encoding="utf-8")
    else:
        shutil.rmtree(folder)
    with pytest.raises(IndexCorrupt) as e:
        LexicalIndex.load(folder)
    assert str(folder) in str(e.value) and "rag ingest --rebuild" in str(e.value)


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError, match="Valid: precise, search, search-docs"):
        TokenizerSettings(mode="fast")


def test_a_word_of_number_and_words_also_gives_its_parts():
    """12345热线 is one dictionary word; a query for the 12345 hotline (12345 政府热线) must still match it."""
    toks = tokenize("依托12345热线受理诉求", TokenizerSettings(bigrams=False))
    assert "12345热线" in toks and "12345" in toks and "热线" in toks


def test_index_build_without_rjieba_gives_the_same_tokens(monkeypatch):
    """rjieba only speeds the cut up: without it (import fails) passages tokenize the same, through jieba."""
    import sys

    from rag.index import lexical

    text = "".join(PASSAGES) * 3
    expected = tokenize(text)
    monkeypatch.setitem(sys.modules, "rjieba", None)  # `import rjieba` raises ImportError
    lexical._fast_cut.cache_clear()
    try:
        assert lexical._fast_cut() is None
        assert list(lexical.tokenize_passages([text], fast=True)) == [expected]
    finally:
        lexical._fast_cut.cache_clear()


def test_idioms_read_at_once_are_the_idioms_looked_up_one_by_one():
    from rag.index.lexical import _TagSet

    words = ["长治久安", "一帆风顺", "长治", "行政复议", "实事求是", "", "不存在的词语", 5]
    lazy, whole = _TagSet(frozenset({"i", "l"})), _TagSet(frozenset({"i", "l"}))
    whole.preload()
    assert whole.words and "长治久安" in whole.words
    assert [w in whole for w in words] == [w in lazy for w in words]
