"""The document a question names, and sentences that are about another one of its kind.

A question about one rule or plan names it, with or without its title marks: ``长江岸线保护条例最晚什么时候提请审议``,
``《某某办法》何时施行``.  A sentence that names only other documents of that kind (``审议通过《某市住房建设管理条例》,
于2020年10月1日起施行``) dates or counts those, not the one asked about: its figure or date is no answer.

>>> asked_document("长江岸线保护条例最晚什么时候提请审议?", ("长江", "岸线", "保护", "条例", "提请", "审议"))
('条例', ('长江', '岸线', '保护'))
>>> about_other_document("审议通过《某市住房建设管理条例》，于10月1日起施行。", ("条例", ("长江", "岸线", "保护")))
True
>>> about_other_document("加快《某市长江岸线保护条例》起草，力争年内提请审议。", ("条例", ("长江", "岸线", "保护")))
False
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .qtypes import DOC_TYPES

_NAMED_RE = re.compile(rf"《?(?P<name>[\u4e00-\u9fff]{{2,16}}?){DOC_TYPES}》?")
_TITLE_RE = re.compile(r"《([^《》]{2,60})》")
MIN_NAME_TERMS = 2  # words of its own a document's name needs in the question (养犬 + 管理), not a bare 这部条例


def asked_document(question: str, terms: Sequence[str]) -> tuple[str, tuple[str, ...]] | None:
    """(its kind, the question's terms inside its name) of the document the question names, or None when it
    names none by at least :data:`MIN_NAME_TERMS` words of its own."""
    q = fold(question)
    for m in _NAMED_RE.finditer(q):
        name = m.group("name")
        own = tuple(t for t in terms if t in name and t != m.group(2))
        if len(own) >= MIN_NAME_TERMS:
            return m.group(2), own
    return None


def about_other_document(sentence: str, asked: tuple[str, tuple[str, ...]] | None) -> bool:
    """Does ``sentence`` name documents of the asked kind in 《》, none of them holding any of the asked name's
    words (a 《…条例》 about something else), nor those words outside its titles?"""
    if asked is None:
        return False
    kind, own = asked
    s = fold(fold_chars(sentence))
    titles = [t for t in _TITLE_RE.findall(s) if t.endswith(kind) or kind in t[-6:]]
    if not titles or any(w in t for t in titles for w in own):
        return False
    return not any(w in _TITLE_RE.sub(" ", s) for w in own)
