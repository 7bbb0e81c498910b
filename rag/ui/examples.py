"""Example questions generated from what is indexed: region, year and section headings.

Nothing is hard-coded per report, so a new region's upload yields its own examples.
Sub-section headings ("（二）深化“放管服”改革,依法全面高效履行政府职能") give topics;
a top-level heading about problems or next-year plans gives the matching question.

>>> from rag.records import Document
>>> d = Document(doc_id="d", source="a.txt", text="", content_hash="h", region="甲市", year=2022)
>>> example_questions([d], {"d": ["一、成效 > （一）深化改革,提升效能", "二、存在的问题"]}, "zh")
['甲市2022年在“深化改革”方面做了哪些工作？', '甲市2022年法治政府建设存在哪些问题和不足？']
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Document
from ..text import lazy_re as re
from .i18n import t

_NUMBERING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十百\d]+[)）、.．]|第[一二三四五六七八九十\d]+[章节部分条])\s*")
_CUT = re.compile(r"[,，;；。:：!！?？\s]")
_PROBLEMS = re.compile(r"问题|問題|不足|短板|差距")
_PLANS = re.compile(r"打算|计划|計劃|安排|思路|下一步|下步|展望")
MAX_TOPIC = 20


def topic_of(heading: str) -> str:
    """A heading without its numbering, cut at the first clause break; '' if unusable.

    >>> topic_of("（三）健全依法行政制度体系,加快推进政府治理规范化")
    '健全依法行政制度体系'
    """
    h = _NUMBERING.sub("", heading.strip())
    h = _CUT.split(h, maxsplit=1)[0].strip("“”\"' ")
    return h if 2 <= len(h) <= MAX_TOPIC else ""


def _fmt(key: str, doc: Document, lang: str, topic: str = "") -> str:
    from ..places import local_name

    region = (local_name(doc.region_code) if doc.region_code else doc.region) or doc.title  # never a file name
    if lang == "en":
        when = f" in {doc.year}" if doc.year else ""
    else:
        when = f"{doc.year}年" if doc.year else ""
    return t(key, lang, region=region, when=when, topic=topic)


def questions_for(doc: Document, sections: Sequence[str], lang: str = "zh") -> list[str]:
    """Candidate questions for one report, best first."""
    topics, extra = [], []
    for path in dict.fromkeys(sections):
        levels = [p.strip() for p in path.split(">") if p.strip()]
        if not levels:
            continue
        top = levels[0]
        if _PROBLEMS.search(top):
            extra.append(_fmt("q_problems", doc, lang))
        elif _PLANS.search(top):
            extra.append(_fmt("q_plan", doc, lang))
        elif len(levels) > 1 and topic_of(levels[1]):
            topics.append(_fmt("q_section", doc, lang, topic_of(levels[1])))
    return list(dict.fromkeys(topics[:1] + extra[:1] + topics[1:] + extra[1:]))


def example_questions(docs: Sequence[Document], sections: Mapping[str, Sequence[str]], lang: str = "zh",
                      limit: int = 6) -> list[str]:
    """Round-robin over the reports so each region gets an example before any gets two."""
    per_doc = [questions_for(d, sections.get(d.doc_id, ()), lang) for d in docs]
    out: list[str] = []
    for rank in range(max((len(q) for q in per_doc), default=0)):
        for qs in per_doc:
            if rank < len(qs) and qs[rank] not in out:
                out.append(qs[rank])
            if len(out) >= limit:
                return out
    return out
