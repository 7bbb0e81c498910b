"""Yes/no: is one part of a breakdown larger than another?

A question may compare two parts of one figure (``各地区录入的比各部门多吗``, ``did the regions
contribute more records than the departments?``); the genre gives them as a breakdown
(``共录入172.7万条,其中各地区81.2万条、各部门91.5万条``: :func:`rag.answer.breakdowns.breakdowns`).
Each side of the question names one part's label; the two parts' figures (of one unit) decide.

>>> sides_verdict("地区录入的数据比部门多吗", "zh", "共录入数据172.7万条,其中各地区81.2万条、各部门91.5万条。")
False
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.en_lexicon import lexicon_terms
from ..text.glossary import alternatives, english_terms
from .breakdowns import breakdowns
from .figures import figure_value, number_spans

_ZH_RE = re.compile(r"(?P<a>[^，,。？?]{1,16}?)(?:比|较)(?P<b>[^，,。？?]{1,16}?)(?:还|更|要)?(?P<op>多|少|高|低|大|小)")
_ZH_OVER_RE = re.compile(r"(?P<a>[^，,。？?]{1,16}?)(?P<op>多于|少于|高于|低于|大于|小于)(?P<b>[^，,。？?]{1,16})")
_EN_RE = re.compile(r"(?P<a>[^,?]{1,80}?)\b(?P<op>more|fewer|less|higher|lower|larger|smaller|greater)\b[^,?]{0,40}?\bthan\b(?P<b>[^,?]{1,60})",
                    re.IGNORECASE)
_MORE = {"多", "高", "大", "多于", "高于", "大于", "more", "higher", "larger", "greater"}
_LABEL_TRIM_RE = re.compile(r"^[、,，;；\s]*(?:其中)?[:：]?(?:各|全部|所有)?|(?:的|为|有|共|达|计)+$")


def _sides(q: str, lang: str) -> tuple[str, str, bool] | None:
    """(first side, second side, asked 'more') of a comparison the question makes, or None."""
    pats = (_EN_RE,) if lang == "en" else (_ZH_RE, _ZH_OVER_RE)
    for pat in pats:
        m = pat.search(q)
        if m:
            return m.group("a"), m.group("b"), m.group("op").lower() in _MORE
    return None


def _words(side: str, lang: str) -> set[str]:
    """The Chinese words a side may name a part with: the side itself (Chinese), or its glossary and
    lexicon translations (English)."""
    if lang != "en":
        return {side}
    found = [*english_terms(side), *(t for _, t in lexicon_terms(side))]
    return {a for t in found for a in alternatives(t)}


def _names(label: str, words: set[str], lang: str) -> bool:
    core = _LABEL_TRIM_RE.sub("", label)
    if len(core) < 2:
        return False
    return any(core in w for w in words) if lang != "en" else any(w == core or (len(w) >= 2 and w in core) for w in words)


def sides_verdict(q: str, lang: str, text: str) -> bool | None:
    """True / False when ``text`` (folded) breaks a figure into the two parts the question compares
    (its first side's part larger, when it asks 'more'); None when it does not."""
    sides = _sides(q, lang)
    if sides is None:
        return None
    a_words, b_words = _words(sides[0], lang), _words(sides[1], lang)
    for _, parts in breakdowns(text, number_spans(text)):
        a = [sp for sp, (x, y) in parts if _names(text[x:y], a_words, lang)]
        b = [sp for sp, (x, y) in parts if _names(text[x:y], b_words, lang)]
        if len(a) == 1 and len(b) == 1 and a[0] != b[0] and a[0][2] == b[0][2]:
            va, vb = figure_value(text[a[0][0]:a[0][1]]), figure_value(text[b[0][0]:b[0][1]])
            if va is None or vb is None or va == vb:
                return None if va is None or vb is None else False
            return (va > vb) == sides[2]
    return None
