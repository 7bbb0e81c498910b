"""How well the retrieved passages support a question: the abstention signal.

A summary question that names a kind of section (存在的问题, 下一步打算) is supported
when a retrieved report of the asked places has such a section (:func:`rag.answer.sections.has_cued_section`).
Otherwise the support score is the best rarity-weighted share of the question's
content terms found in one retrieved passage (its text plus its section path), from
:func:`rag.answer.term_coverage.coverage`.  The fused retrieval score is not used: it is a
rank-fusion number that says which passage is best, not whether any is good.

>>> from rag.records import Chunk, Document, Hit
>>> from rag.answer.qtypes import QType
>>> from rag.answer.evidence import Ask
>>> doc = Document("d", "d.txt", "行政复议纠错率达59.46%。", "h")
>>> hit = Hit(1, Chunk("d:0-16", "d", 0, 16, doc.text), 0.1)
>>> measure_support(Ask("纠错率是多少", "zh", QType("number"), ("纠错率", "gdp")), [hit], {"d": doc})
Support(score=0.5, missing=('gdp',), chunk_id='d:0-16')
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..records import Document, Hit
from .drafts import report_label
from .evidence import Ask, in_regions
from .sections import has_cued_section
from .term_coverage import coverage, gate_weights


@dataclass(frozen=True)
class Support:
    score: float | None  # None: nothing measurable (an English question with no known term)
    missing: tuple[str, ...] = ()  # question terms absent from the best passage
    chunk_id: str = ""  # the best passage


def measure_support(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document]) -> Support:
    """The best passage's weighted term coverage (see the module doc)."""
    hits = [h for h in hits if h.chunk.doc_id in documents]
    if not hits:
        return Support(0.0, ask.terms)
    own = [h for h in hits if not ask.regions or in_regions(documents[h.chunk.doc_id], ask.regions)] or hits
    if ask.qtype.kind == "summary" and any(has_cued_section(documents[h.chunk.doc_id].text, ask.question) for h in own):
        return Support(1.0, (), own[0].chunk.chunk_id)  # the asked places' reports have it: another's does not count
    if not ask.terms:
        if ask.qtype.kind == "summary":
            return Support(1.0, (), hits[0].chunk.chunk_id)
        return Support(None if ask.lang == "en" else 0.0, (), "")
    terms = _supported_terms(ask)
    weights = gate_weights(ask.weights)  # a verb's rarity ranks; it does not decide support alone
    best = Support(-1.0)
    for h in hits:
        cov, missing = coverage(terms, h.chunk.section + "\n" + h.chunk.text, weights)
        if cov > (best.score or 0.0) or best.score == -1.0:
            best = Support(cov, missing, h.chunk.chunk_id)
    return best


def _supported_terms(ask: Ask) -> tuple[str, ...]:
    """The terms a passage must hold: a yes/no question's claimed person (省长是某某吗) is the claim the
    answer checks, not its subject; another name for that title answers 否, none 报告未明确说明.  So is the frame
    of an honour it claims (拿到…称号: :func:`rag.answer.honours.honour_frame`): the honour's own words must be held."""
    if ask.qtype.kind != "yesno":
        return ask.terms
    from .honours import honour_frame
    from .yesno_names import claimed_name

    frame = honour_frame(ask.question, ask.terms)  # 拿到…称号了吗 / awarded the title of …: the claim checked, not words to hold
    if frame and len(frame) < len(ask.terms):
        return tuple(t for t in ask.terms if t not in frame)
    if ask.lang == "en":
        return ask.terms
    claim = claimed_name(ask.question)
    if claim is None or claim[1][:1] in "“\"「‘『《":  # a quoted name is what is asked about: it must be found
        return ask.terms
    rest = tuple(t for t in ask.terms if t != claim[0])
    return rest if any(claim[1] in t for t in rest) else (*rest, claim[1])  # the title claimed for: 省长


def found_where(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document], lang: str) -> tuple[list[str], list[str]]:
    """(the question's terms that the passages read hold, those passages' reports as "region year"), for a refusal
    that found the words and no sentence answering (:func:`rag.answer.refusal.no_statement_refusal`): of the asked
    places and years only, when named."""
    held: dict[str, None] = {}
    reports: dict[str, None] = {}
    for h in hits:
        doc = documents.get(h.chunk.doc_id)
        if doc is None or (ask.regions and not in_regions(doc, ask.regions)) or (ask.years and doc.year not in ask.years):
            continue
        missing = coverage(ask.terms, h.chunk.section + "\n" + h.chunk.text)[1]
        for t in ask.terms:
            if t not in missing:
                held.setdefault(t, None)
                reports.setdefault(report_label(doc, lang).rstrip("：: "), None)
    return [t.split("|")[0] for t in ask.terms if t in held], list(reports)
