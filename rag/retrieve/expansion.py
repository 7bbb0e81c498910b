"""The question as lexical search reads it (:func:`expand_english`): an English question with the Chinese terms
of its words, a Chinese one with the written words of its spoken ones, so that BM25 over Chinese reports matches
either.  Used by every store backend's search (:mod:`rag.retrieve.retriever`, :mod:`rag.retrieve.store_queries`,
:mod:`rag.retrieve.milvus_retriever`).
"""
from __future__ import annotations

from ..text import lazy_re as re

_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def expand_english(question: str, known=None) -> str:
    """An English question plus the Chinese terms of its domain words (rag.text.glossary; with
    ``known``, a word test of the index, also its other words through the general lexicon),
    so lexical search over Chinese reports can match it; a Chinese question plus the written words of
    its spoken ones (打官司 -> 诉讼: :func:`rag.text.zh_variants.formal_words_in`).

    >>> expand_english("How many administrative reconsideration cases?")  # doctest: +ELLIPSIS
    'How many administrative reconsideration cases? 行政复议...'
    """
    latin = len(_LATIN.findall(question))
    if not latin or latin < 2 * len(_HAN.findall(question)):
        from ..text.normalize import fold
        from ..text.zh_variants import formal_words_in

        written = formal_words_in(fold(question))
        return f"{question} {' '.join(written)}" if written else question
    from ..text.glossary import english_terms

    zh = english_terms(question, known)
    return f"{question} {' '.join(zh).replace('|', ' ')}" if zh else question  # alternatives (评估|考核): each
