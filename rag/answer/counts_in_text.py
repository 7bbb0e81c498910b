"""Figures the report writes for a counted noun without the usual figure-and-measure-word shape: a numeral written
straight onto the noun (``六部委`` for 几个部委, :func:`bare_counts`) and a quoted compound whose numeral is the asked
figure (``“五证合一”`` for “几证合一”, :func:`quoted_counts`).  The question side (which noun is counted) is
:mod:`rag.answer.asked_measure`; :mod:`rag.answer.spans` reads both."""
from __future__ import annotations

from ..text import lazy_re as re

_NUMERAL_END_RE = re.compile(r"(?:\d+|[零〇一二两三四五六七八九十百千万]+)$")



def bare_counts(text: str, noun: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of figures written straight onto the counted ``noun``, the measure word left
    out (``六部委`` for 几个部委, ``3县`` for 多少个县): numeral and noun together, as the report says it.
    Offsets are into ``text``; matching runs on its length-preserving fold.

    >>> t = "经验得到十二部委肯定,另有部委3家"
    >>> [t[a:b] for a, b, _ in bare_counts(t, "部委")]
    ['十二部委']
    """
    from ..text.normalize import fold_chars

    if len(noun) < 2:
        return []
    s, out = fold_chars(text), []
    for m in re.finditer(re.escape(noun), s):
        num = _NUMERAL_END_RE.search(s[max(0, m.start() - 8):m.start()])
        at = m.start() - len(num.group()) if num else 0
        if num and s[at - 1:at] not in ("第", "届", ".") and not _inside_word(s, at):
            out.append((at, m.end(), ""))
    return out


def _inside_word(s: str, at: int) -> bool:
    """Is the Chinese numeral at ``s[at]`` the tail of a word begun before it (统一执法, 唯一, 逐一), no figure?"""
    if s[at].isdigit() or at == 0 or not "\u4e00" <= s[at - 1] <= "\u9fff":
        return False
    from .pos_tags import pos_tokens  # here: jieba loads on first use

    lo, pos = max(0, at - 4), max(0, at - 4)
    for word, _ in pos_tokens(s[lo:at + 2]):
        if pos < at < pos + len(word):
            return True
        pos += len(word)
    return False


_ASKED_IN_QUOTE_RE = re.compile(r"[“「『\"]([^“”「」『』\"\n]{0,12}?)(?:多少|几)([^“”「」『』\"\n]{0,12}?)[”」』\"]")
_NUMERAL = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"


def quoted_counts(question: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, "") in ``text`` of the quoted compound the question asks the figure of, its
    ``多少``/``几`` filled by a numeral: asked ``“多少证合一”``, the report's ``“五证合一”`` (the figure of a
    quoted name counts when the question quotes that name with its figure asked); [] when the
    question quotes no compound with an asked figure.

    >>> t = "全面实施“五证合一”改革,推行“双随机一公开”。"
    >>> [t[a:b] for a, b, _ in quoted_counts("全面实施的是“几证合一”?", t)]
    ['五证合一']
    """
    from ..text.normalize import fold, fold_chars

    s, out = fold_chars(text), []
    for m in _ASKED_IN_QUOTE_RE.finditer(fold(question)):
        head, tail = m.group(1), m.group(2)
        if not (head or tail):
            continue
        pat = re.compile(rf"(?<=[“「『\"]){re.escape(head)}{_NUMERAL}{re.escape(tail)}(?=[”」』\"])")
        out.extend((x.start(), x.end(), "") for x in pat.finditer(s))
    return out

