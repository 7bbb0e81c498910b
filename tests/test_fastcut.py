"""The rjieba-backed cut gives jieba's tokens, token for token (the BM25 index relies on it)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

pytest.importorskip("rjieba")

from rag.text.fastcut import FastCut
from rag.text.lexicon import new_tokenizer
from rag.text.normalize import fold

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

EDGES = [
    "", "。", "长", "a", "ab", "2021", "１２３", "2021-2025年", "2024-01-25", "增长5%以上", "59.46%", "1.2.3版",
    "c++和c#语言", "at&t公司", "4s店的a股", "x_y-z", "首违不罚、府院联动", "长治久安", "在手机上打开", "abc中文def",
    "中-文", "文-", "-文", "%%", "1%2", "a+1", "5%3的", "\r\n长治\r\n", "长治\x1c市\x1d", "行政\u3000复议", "tab\t制表",
    "㐀㐁长治", "長治市行政復議", "鿖鿗长治", "𠀀𠀁复议", "豈更", "😀复议😀", "\ue000\ue000长治", "……——《》", "ⅰⅱ①②",
    "长治市推进行政复议体制改革" * 300,  # one long block
    "长治市" + "-" * 50 + "复议", "2021年" * 200, "ａｂｃ２０２１年ＡＢＣ",
]


def _report(seed: int, n: int) -> str:
    """Seed sentences shuffled, with new figures, ranges, percentages and Latin words mixed in."""
    rng = random.Random(seed)
    sents = [s for f in SEEDS for s in re.findall(r"[^。！？\n]+[。！？\n]", f.read_text(encoding="utf-8"))]
    extras = ["2019-2021年", "增长{}%", "{}.{}亿元", "ab-{}", "c++", "x#1", "r&d", "{}-{}", "pm2.5", "5g+政务", "e-mail"]
    out = []
    for _ in range(n):
        s = rng.choice(sents)
        s = re.sub(r"\d+", lambda m: str(rng.randint(0, 99999)), s)
        if rng.random() < 0.3:
            i = rng.randrange(len(s) + 1)
            s = s[:i] + rng.choice(extras).format(*(rng.randint(0, 999) for _ in range(2))) + s[i:]
        out.append(s)
    return "".join(out)


@pytest.fixture(scope="module")
def pair():
    tk = new_tokenizer()
    tk.load_userdict(str(Path(__file__).parent.parent / "rag" / "data" / "userdict.txt"))
    return tk, FastCut(tk)


@pytest.mark.parametrize("hmm", [True, False])
def test_seeds_cut_like_jieba(pair, hmm):
    tk, fast = pair
    for f in SEEDS:
        text = f.read_text(encoding="utf-8")
        for t in (text, fold(text)):
            assert fast.cut(t, hmm) == list(tk.cut(t, HMM=hmm)), f.name


@pytest.mark.parametrize("hmm", [True, False])
def test_edge_cases_cut_like_jieba(pair, hmm):
    tk, fast = pair
    for t in EDGES:
        assert fast.cut(t, hmm) == list(tk.cut(t, HMM=hmm)), t[:40]


def test_a_long_mixed_report_cuts_like_jieba(pair):
    tk, fast = pair
    text = fold(_report(13, 2500))  # ~100 000 characters
    assert len(text) > 50_000
    for hmm in (True, False):
        assert fast.cut(text, hmm) == list(tk.cut(text, HMM=hmm))


def test_words_added_later_and_twice_are_mirrored():
    tk = new_tokenizer()
    fast = FastCut(tk)
    text = "首违不罚清单和府院联动机制，综合纠错率下降。乙丙丁区召开会议"
    tk.add_word("乙丙丁区")  # a new word, frequency suggested by jieba
    tk.add_word("综合纠错率", freq=5)
    tk.add_word("综合纠错率", freq=200000)  # again: jieba adds both to its total
    tk.add_word("行政复议", freq=3)  # a word already in the dictionary
    for hmm in (True, False):
        assert fast.cut(text, hmm) == list(tk.cut(text, HMM=hmm))
    assert "乙丙丁区" in fast.cut(text) and "综合纠错率" in fast.cut(text)


def test_a_latin_word_in_the_dictionary_is_cut_by_jieba():
    """rjieba's no-HMM output cannot tell the word "abc" from the letters a, b, c: jieba decides."""
    tk = new_tokenizer()
    fast = FastCut(tk)
    tk.add_word("abc", freq=3)
    tk.add_word("xy", freq=10**9)
    for t in ("abc-长治", "xyz-综合", "a-b-c", "xy-xy", "1-abc-xy"):
        for hmm in (True, False):
            assert fast.cut(t, hmm) == list(tk.cut(t, HMM=hmm)), t


@pytest.mark.parametrize("hmm", [True, False])
def test_random_strings_cut_like_jieba(pair, hmm):
    """Rare characters (HMM runs), dictionary words, Latin letters, digits and the punctuation
    that jieba and jieba-rs read differently, in random order."""
    tk, fast = pair
    rng = random.Random(7)
    pieces = list("鑫淼犇骉焱垚长治市行政复议ab12.%-+#&_ ，。\n") + ["首违不罚", "c++", "4s店", "2021", "1.5", "㐀", "長", "\r\n"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 15)))
        assert fast.cut(t, hmm) == list(tk.cut(t, HMM=hmm)), repr(t)


def test_is_word_is_jieba_frequency(pair):
    tk, fast = pair
    text = fold(SEEDS[0].read_text(encoding="utf-8"))[:3000]
    subs = {text[i : i + n] for n in (1, 2, 3, 4) for i in range(len(text) - n)} | {"", "\ue000\ue000", "一公开", "长治"}
    assert all(fast.is_word(s) == bool(tk.FREQ.get(s)) for s in subs)
    assert any(fast.is_word(s) for s in subs) and not all(fast.is_word(s) for s in subs)
