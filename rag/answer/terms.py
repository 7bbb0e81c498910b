"""Question terms and how well a passage supports them.

The support score is the share of the question's *content terms* (jieba tokens of
the folded question, minus question words, stop words and the region/year, which
retrieval filters handle) found in a passage, each term weighted by its rarity
across the indexed reports (a term that is in every report says little).  English
questions are mapped to Chinese terms through :mod:`rag.answer.glossary`.

>>> terms = content_terms("長治市2021年行政復議綜合糾錯率是多少？", exclude={"长治市"})
>>> terms
('行政复议', '综合', '纠错率')
>>> coverage(terms, "行政復議受理59件,綜合糾錯率達59.46%")
(1.0, ())
"""
from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Iterable, Mapping

from ..text.normalize import fold
from .glossary import english_terms

# Words that ask rather than say: never content terms.
QUESTION_WORDS = frozenset(
    "多少 几 几个 几次 几项 哪些 哪个 哪里 哪年 哪一年 哪位 哪家 哪几 哪 什么 怎么 怎样 如何 为什么 是否 有没有 是不是 有无"
    " 能否 可否 吗 呢 呀 啊 请问 请 问 告诉 一下 谁 何时 何 时候 什么时候 概括 总结 简述 介绍 主要 内容 主要内容 情况"
    " 方面 哪方 最多 最高 最少 最低 最大 最小 比较 对比 相比 分别 地区 地方 那 那么 还有 以及 和 与 及 或 的 了 在 是"
    " 有 为 对 将 把 被 从 到 上 中 下 共 年 年度 月 日 报告 年报 所 其 该 这 这个 那个 各 每 度 做 做了 采取 采取了"
    " 哪些方面 多大 多高 怎么样 措施 举措 做法 办法 any".split()
)
STOP_SINGLE_OK = frozenset("率")  # single characters that still carry meaning when merged
RATE_SUFFIXES = ("率", "数", "量", "额")
DOMAIN_WORDS = (
    "纠错率 出庭应诉率 应诉率 出庭率 办结率 化解率 调解成功率 覆盖率 聘用率 聘请率 满意率 可网办率"
    " 行政复议 行政诉讼 行政应诉 行政执法 行政许可 行政处罚 行政强制 行政裁量 合法性审核 合法性审查 规范性文件"
    " 重大行政决策 法律顾问 公职律师 放管服 证明事项 证照分离 双随机 一公开 互联网+监管 营商环境 法治督察 述法"
    " 普法 法治宣传 人民调解 矛盾纠纷 信访 法律援助 公共法律服务 执法证件 案卷评查 政务服务 一网通办 最多跑一次"
    " 第一责任人 法治政府 依法行政 出庭应诉"
).split()

_PUNCT_RE = re.compile(r"^[\W_]+$")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


@functools.lru_cache(maxsize=1)
def tokenizer():
    """A private jieba tokenizer with the domain words added.

    Private so that adding words never changes how other parts (the BM25 index)
    tokenize with jieba's global default tokenizer.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for w in DOMAIN_WORDS:
        tk.add_word(w, freq=200000)
    return tk


def tokens(text: str) -> list[str]:
    """jieba tokens of ``fold(text)``, with ``X`` + ``率/数/量/额`` merged (纠错 + 率 -> 纠错率)."""
    out: list[str] = []
    for tok in tokenizer().cut(fold(text)):
        tok = tok.strip()
        if not tok:
            continue
        if tok in RATE_SUFFIXES and out and _CJK_RE.match(out[-1][-1:] or " "):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _is_content(tok: str, exclude: set[str]) -> bool:
    if tok in QUESTION_WORDS or tok in exclude or _PUNCT_RE.match(tok) or _YEAR_RE.match(tok):
        return False
    if tok.isdigit() or tok.startswith(("多少", "哪")) or (tok.startswith("几") and len(tok) <= 3):
        return False
    return len(tok) != 1


def content_terms(question: str, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """The question's content terms in order, folded, without duplicates.

    ``exclude``: folded words to leave out (region names and their short forms).
    English questions yield Chinese glossary terms plus acronyms (GDP, APP).
    """
    ex = {fold(e) for e in exclude if e}
    if not _CJK_RE.search(question):
        return tuple(t for t in english_terms(question) if t not in ex)
    seen: dict[str, None] = {}
    for tok in tokens(question):
        if _is_content(tok, ex) and not any(tok in e for e in ex):
            seen.setdefault(tok, None)
    return tuple(seen)


def idf_weights(terms: Iterable[str], folded_docs: Iterable[str]) -> dict[str, float]:
    """Rarity of each term across the reports: ``log((N + 1) / (df + 0.5))``, floored at 0.1.

    (The BM25 idf with +0.5 smoothing, Robertson & Zaragoza 2009; a term absent from
    every report gets the largest weight, so a question about it is poorly supported.)
    """
    docs = list(folded_docs)
    n = len(docs)
    out = {}
    for t in terms:
        df = sum(1 for d in docs if t in d)
        out[t] = max(0.1, math.log((n + 1) / (df + 0.5))) if n else 1.0
    return out


def coverage(terms: Iterable[str], text: str, weights: Mapping[str, float] | None = None,
             folded: bool = False) -> tuple[float, tuple[str, ...]]:
    """(weighted share of ``terms`` found in ``text``, the terms not found).

    No terms at all: (1.0, ()) — nothing was asked that the text could lack.
    """
    terms = tuple(terms)
    if not terms:
        return 1.0, ()
    hay = text if folded else fold(text)
    w = weights or {}
    total = sum(w.get(t, 1.0) for t in terms)
    found = sum(w.get(t, 1.0) for t in terms if t in hay)
    missing = tuple(t for t in terms if t not in hay)
    return (found / total if total else 1.0), missing


def pos_tokens(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) over ``fold_chars(text)`` with the private tokenizer.

    Words are in order and tile the text, so positions can be summed.
    """

    from ..text.normalize import fold_chars

    return [(p.word, p.flag) for p in _pos_tokenizer().cut(fold_chars(text))]


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())
