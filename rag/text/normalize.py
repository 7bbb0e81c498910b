"""Script- and width-blind matching keys.

Stored text keeps the document's own characters; everything that is *compared*
(BM25 tokens, query terms, eval answers) goes through :func:`fold` first:
Traditional -> Simplified (OpenCC ``t2s``), full-width -> half-width, odd spaces
-> plain space, case folded.

>>> fold("長治市２０２１年ＡＢＣ")
'长治市2021年abc'
"""
from __future__ import annotations

import functools
import unicodedata

from . import lazy_re as re

# Odd spaces found in government web pages: NBSP, en/em spaces, ideographic space, ZW*.
ODD_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u3000\u202f\u205f\u1680\u2000\u2001\u2004\u2005\u2006\u2007\u2008"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060"
_ODD_SPACE_RE = re.compile(f"[{ODD_SPACES}]")


@functools.lru_cache(maxsize=1)
def _t2s():
    from opencc import (
        OpenCC,  # opencc-python-reimplemented: pure Python, no native build
    )

    return OpenCC("t2s")


_WIDTH_TABLE = {o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F)}  # full-width ASCII block -> ASCII
_WIDTH_TABLE.update({ord(c): " " for c in ODD_SPACES})


def _fold_width(text: str) -> str:
    return text.translate(_WIDTH_TABLE)


@functools.lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC.  Already-Simplified text is unchanged."""
    return _t2s().convert(text) if text else text


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width and odd spaces to a plain space (length-preserving)."""
    return _fold_width(text)


def fold(text: str) -> str:
    """The matching key for ``text``: Simplified, half-width, lower-case.

    Conversion is character by character (OpenCC's t2s character table, cached), so
    it is fast and the same on both sides of every comparison; zero-width characters
    are dropped, so do not use folded text for offsets (see :func:`fold_chars`).
    """
    if len(text) <= _REMEMBERED_CHARS:
        return _fold_short(text)
    return text.translate(_FOLD_DROP_TABLE).lower()  # fold_chars of the text without zero-width characters


def fold_chars(text: str) -> str:
    """A length-preserving fold (character by character), for aligning offsets.

    >>> fold_chars("長治２０")
    '长治20'
    """
    if len(text) <= _REMEMBERED_CHARS:
        return _fold_chars_short(text)
    return text.translate(_FOLD_TABLE).lower()


# A question folds the same passages and sentences many times over (its candidates, their coverage, the
# quoted sentences, the grounding check: ~5 times each): the folds of texts up to this long are remembered
# (``str.translate`` through a dict costs ~0.1 us a character; a long report text is never kept).
_REMEMBERED_CHARS = 2000


@functools.lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    return text.translate(_FOLD_DROP_TABLE).lower()


@functools.lru_cache(maxsize=8192)
def _fold_chars_short(text: str) -> str:
    return text.translate(_FOLD_TABLE).lower()


def fold_chars_many(text: str) -> str:
    """:func:`fold_chars` of a long text (many passages joined) through a code-point table in numpy:
    the same result, a few times faster than ``str.translate`` on hundreds of thousands of characters.

    >>> fold_chars_many("長治２０ 賴") == fold_chars("長治２０ 賴")
    True
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if not len(codes) or int(codes.max()) > 0xFFFF:  # astral characters: the table covers the BMP only
        return fold_chars(text)
    lut, known = _bmp_table()
    new = np.unique(codes[~known[codes]])
    for o in new.tolist():  # characters not seen before: folded once through the translate table
        lut[o] = ord(_FOLD_TABLE[o])
        known[o] = True
    return lut[codes].tobytes().decode("utf-32-le").lower()


@functools.lru_cache(maxsize=1)
def _bmp_table():
    import numpy as np

    return np.arange(0x10000, dtype=np.uint32), np.zeros(0x10000, dtype=bool)


@functools.cache
def _char_t2s(ch: str) -> str:
    c = _t2s().convert(ch)
    return c if len(c) == 1 else ch


class _FoldTable(dict):
    """``str.translate`` table: width fold, then t2s for characters above U+2E80; filled lazily."""

    def __missing__(self, o: int) -> str:
        v = _WIDTH_TABLE.get(o, o)
        ch = chr(v) if isinstance(v, int) else v
        ch = _char_t2s(ch) if ord(ch) > 0x2E80 else ch
        self[o] = ch
        return ch


_FOLD_TABLE = _FoldTable()
_FOLD_DROP_TABLE = _FoldTable({ord(c): None for c in ZERO_WIDTH})  # the same, zero-width characters dropped


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def detect_script(text: str, sample: int = 20000) -> str:
    """'hant' when the text has clearly more Traditional than Simplified-only characters."""
    s = text[:sample]
    han = _HAN_RE.findall(s)
    if not han:
        return "hans"
    folded = fold_chars("".join(han))
    changed = sum(1 for a, b in zip(han, folded) if a != b)
    return "hant" if changed / len(han) > 0.03 else "hans"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)
