"""Which passages besides the top-k an answer reads: every matching report's best passages (comparisons,
"which reports", a named place's deeper passages), the part of a report a question asks for (下一步, 打算), a
catalogue question's place, and the passages of a year the asked place has no report of."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from ..text import lazy_re as re
from ..text.normalize import fold
from .drafts import Draft
from .evidence import Ask
from .regions import count_places, same_region, short_name
from .sections import section_cue
from .term_coverage import coverage

POOL_PER_REPORT = 3  # passages per report that "which reports" and comparisons check
NAMED_POOL_PASSAGES = 12  # passages shared by the few places a comparison names (2 places: 6 each)
_LEADING_PLACE_RE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区|市)?有(?:哪些|哪几)")
_PREV_YEAR_RE = re.compile(r"上一年|上年|去年")
# A named place's figure read deeper when its top-k passages hold none (fresh c-001, e-009: which of one report's passages make the top-k moves with the collection's rarity
# weights, so adding unrelated reports cut the answering one), only from a sentence that states by itself more than
# this share of the question's terms, counted alike (a rarity weight would move with the collection again): too many
# figures stand near some of the words, and an unanswerable count would be answered with one (the top-k's own
# sentences need :data:`rag.answer.spans.SENTENCE_FLOOR` only)
DEEPER_FIGURE_SHARE = 0.5


def catalog_within(ask: Ask) -> Callable[[Document], bool] | None:
    """The reports of the place a catalogue question names (山西有哪些地方的报告), or None."""
    m = _LEADING_PLACE_RE.match(fold(ask.question))
    names = [m.group(1)] if m else [short_name(r) for r in ask.regions]
    if not names:
        return None
    return lambda d: any(n in fold(d.region) or n in fold(d.title) for n in names)


def part_pool(retriever, ask: Ask) -> list[Hit]:
    """The asked places' passages holding the words that head the part of a report the question asks for
    (下一步, 打算, 计划 …; :func:`rag.answer.sections.section_cue`), from one index lookup."""
    lookup, cue = getattr(retriever, "per_report", None), section_cue(ask.question)
    words = [w for w in cue.pattern.split("|") if re.fullmatch(r"[\u4e00-\u9fff]+", w)] if cue is not None else []
    return list(lookup(" ".join(words), per_doc=POOL_PER_REPORT, regions=ask.regions)) if lookup and words else []


def report_pool(retriever, ask: Ask) -> list[Hit]:
    """Every matching report's best passages, from one index lookup on the question's terms."""
    lookup = getattr(retriever, "per_report", None)
    if lookup is None or not ask.terms:
        return []
    query = " ".join(ask.terms).replace("|", " ")  # a term's alternatives (评估|考核): each
    if ask.regions and ask.qtype.kind != "reports":  # places named: only their reports are compared, each read
        per_doc = max(POOL_PER_REPORT, NAMED_POOL_PASSAGES // max(1, count_places(ask.regions)))  # deeper when few
        return list(lookup(query, per_doc=per_doc, regions=ask.regions))
    return list(lookup(query, per_doc=POOL_PER_REPORT))


def plans_for(documents: Mapping[str, Document], regions: Sequence[str], years: Sequence[int]) -> list[Document]:
    """The asked regions' reports of the year before each asked year (their 下一步 sections)."""
    return [d for d in documents.values() if d.year is not None and d.year + 1 in years
            and any(same_region(r, d.region) for r in regions)]


def mentions_year(hits: Sequence[Hit], documents: Mapping[str, Document], years: Sequence[int],
                  regions: Sequence[str]) -> list[Hit]:
    """Hits of the asked region(s) whose text names an asked year, or the year before theirs as
    ``上一年``/``去年`` (a later report looking back)."""
    out = []
    for h in hits:
        doc = documents.get(h.chunk.doc_id)
        if doc is None or (regions and not any(same_region(r, doc.region) for r in regions)):
            continue
        looks_back = doc.year is not None and (doc.year - 1) in years and _PREV_YEAR_RE.search(fold(h.chunk.text))
        if looks_back or any(f"{y}年" in fold(h.chunk.text) or f"{y}" in h.chunk.text for y in years):
            out.append(h)
    return out


def states_most(ask: Ask, draft: Draft) -> bool:
    """Each sentence ``draft`` quotes holds more than :data:`DEEPER_FIGURE_SHARE` of the question's terms by itself,
    each term counted alike (a sub-place the question names, answered from its parent's report, is where it is
    read, not what it asks)."""
    terms = [t for t in ask.terms if not any(fold(w) in fold(t) for w in ask.within)]
    quoted = [seg.text for seg in draft.segments if seg.refs]
    return bool(quoted) and all(coverage(terms, q)[0] > DEEPER_FIGURE_SHARE for q in quoted)
