"""Parts of speech with the private tokenizer (:func:`rag.answer.term_tokens.tokenizer`, domain words added):
a word's dictionary flag (:func:`pos_flag`) and a text's tagged words (:func:`pos_tokens`)."""
from __future__ import annotations

import functools


def pos_flag(word: str) -> str:
    """jieba's dictionary part-of-speech flag of ``word`` ("x" when unknown or a domain word)."""
    from ..text.lexicon import word_tag

    return word_tag(word) or "x"


def pos_tokens(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) over ``fold_chars(text)`` with the private tokenizer.

    Words are in order and tile the text, so positions can be summed.
    """
    return list(_pos_tagged(text))


@functools.lru_cache(maxsize=8192)
def _pos_tagged(text: str) -> tuple[tuple[str, str], ...]:
    """:func:`pos_tokens`, remembered: reports repeat their genre's sentences (and a question's
    candidate passages hold the same clauses), and jieba's HMM tagger costs ~0.1 ms a clause."""
    from ..text.normalize import fold_chars

    return tuple((p.word, p.flag) for p in _pos_tokenizer().cut(fold_chars(text)))


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():
    # terms tags its words with pos_flag: its tokenizer is imported here, not at the top
    from ..text.lexicon import pos_tokenizer
    from .term_tokens import tokenizer

    return pos_tokenizer(tokenizer())
