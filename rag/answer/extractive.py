"""The offline answerer: answers made only of quoted report sentences.

Candidate sentences come from the retrieved chunks and are scored by question-term
coverage (rarity-weighted, folded text), the chunk's own coverage, and for figure,
date and name questions by the best span they hold (terms in the same clause, unit
fit, closeness, the asked noun/verb right next to it: :func:`rag.answer.figures.anchor_fit`).
Spans by question: figures, ordinals (第几), dates, organisations, persons (a person
question with no person near its terms abstains) and 《titles》 (哪部条例 / 全称).
"Which reports mention X" is answered by :mod:`rag.answer.reports`.  The answer text is a short answer that is a substring of a cited
sentence (``59.46%``), then the quoted sentences each followed by its marker.  The
only words added are constant labels (``是``/``Yes`` for yes/no questions) and, for
comparisons across reports, each report's region and year from its metadata.

See ``tests/test_answer_extractive.py`` for worked examples.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..chunk.sentences import split_sentences, trim_span
from ..chunk.structure import enumeration_starts, heading_of
from ..records import Chunk, Document, Hit
from ..text.normalize import fold, fold_chars
from .citations import Segment, SpanRef, chunk_is_valid, sentence_spans
from .figures import (
    clause_coverage,
    date_spans,
    measure_anchors,
    number_spans,
    ordinal_spans,
    org_spans,
    person_spans,
    pick_span,
    title_spans,
)
from .qtypes import DOC_NAME_Q, QType
from .regions import same_region
from .terms import coverage

MAX_LIST = 6
MAX_SUMMARY = 10
LIST_SHARE = 0.75  # without enumerated items, a list quotes sentences holding this share of the best coverage
STRICT_KINDS = ("number", "date")  # kinds that abstain when no span sits next to the asked terms
YES_COVERAGE = 0.8  # weighted share of the question's terms a sentence needs for a plain 是/Yes
_NEGATION_RE = re.compile(r"未|没有|尚未|不够|不足|缺乏|无")
_ORG_Q_RE = re.compile(r"单位|部门|机构|机关|组织|unit|department|agency|organi[sz]ation|office|body")
_SECTION_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"问题|不足|短板|差距|薄弱|problem|shortcoming|weakness"), re.compile(r"问题|不足|短板|差距|薄弱")),
    (re.compile(r"下一步|计划|打算|安排|下一年|明年|next|plan"), re.compile(r"下一步|计划|打算|安排|思路")),
    (re.compile(r"成效|举措|做法|进展|成绩|achievement|measure|progress"), re.compile(r"成效|举措|做法|进展|主要工作")),
)


@dataclass(frozen=True)
class Ask:
    """What the question asks, prepared once."""
    question: str
    lang: str
    qtype: QType
    terms: tuple[str, ...]
    weights: Mapping[str, float] = field(default_factory=dict)
    years: tuple[int, ...] = ()  # years the question names (preferred figures)
    regions: tuple[str, ...] = ()  # regions the question names (their reports' sentences only)


@dataclass(frozen=True)
class Sent:
    doc: Document
    chunk: Chunk
    start: int
    end: int
    rank: int
    chunk_cov: float = 0.0

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    def ref(self) -> SpanRef:
        return SpanRef(self.doc.doc_id, self.start, self.end, self.chunk.section)


@dataclass(frozen=True)
class Draft:
    segments: tuple[Segment, ...]
    short: str = ""
    flags: tuple[str, ...] = ()
    kind: str = "other"


def candidates(hits: Sequence[Hit], documents: Mapping[str, Document], ask: Ask) -> list[Sent]:
    """Sentences of the hits' chunks (valid chunks of known documents only), in rank order."""
    out: list[Sent] = []
    for i, hit in enumerate(hits):
        doc = documents.get(hit.chunk.doc_id)
        if doc is None or not chunk_is_valid(hit.chunk, doc):
            continue
        ccov, _ = coverage(ask.terms, hit.chunk.text, ask.weights)
        out.extend(Sent(doc, hit.chunk, s, e, i, ccov) for s, e in sentence_spans(hit.chunk, doc))
    if ask.regions:  # the asked regions' reports only, when the hits include any of them
        own = [s for s in out if in_regions(s.doc, ask.regions)]
        out = own or out
    return out


def in_regions(doc: Document, regions: Sequence[str]) -> bool:
    return any(same_region(r, doc.region) for r in regions)


def _spans_fn(ask: Ask) -> Callable[[str], list] | None:
    kind = ask.qtype.kind
    if kind == "number" and "第几" in fold(ask.question):
        return ordinal_spans
    if kind in ("number", "compare"):
        return number_spans
    if kind == "date":
        return date_spans
    if kind == "name":
        q = fold(ask.question)
        if re.search(DOC_NAME_Q, q):
            return title_spans
        return org_spans if _ORG_Q_RE.search(q) else person_spans
    return None


def score(sent: Sent, ask: Ask, spans_fn=None) -> tuple[float, tuple[int, int] | None]:
    """(sentence score, best answer span in sentence offsets or None)."""
    folded = fold_chars(sent.text)
    cov, _ = coverage(ask.terms, folded, ask.weights, folded=True)
    base = cov + 0.2 * sent.chunk_cov + 0.05 / (1 + sent.rank)
    if spans_fn is None:
        return base, None
    q_terms = set(ask.terms)
    spans = [sp for sp in spans_fn(sent.text) if fold(sent.text[sp[0]:sp[1]]) not in q_terms
             and (not ask.terms or clause_coverage(folded, sp[0], ask.terms, ask.weights) > 0)]
    years = ask.years or ((sent.doc.year,) if sent.doc.year else ())
    anchors = measure_anchors(ask.question) if ask.qtype.kind in ("number", "compare") else ("", "")
    prev_year = bool(sent.doc.year) and (sent.doc.year - 1) in ask.years
    best = pick_span(sent.text, spans, ask.terms, ask.weights, ask.qtype.unit, years, anchors, prev_year)
    if best is None:
        return base - 0.5, None
    return base + 0.3 + 0.5 * max(best[2], -1.0), (best[0], best[1])


def _ranked(sents: Sequence[Sent], ask: Ask, spans_fn=None) -> list[tuple[float, Sent, tuple[int, int] | None]]:
    scored = [(*score(s, ask, spans_fn), s) for s in sents]
    scored.sort(key=lambda x: (-x[0], x[2].rank, x[2].start))
    return [(sc, s, sp) for sc, sp, s in scored]


def _quote(sent: Sent, prefix: str = "", label: str = "") -> Segment:
    return Segment(prefix + label + sent.text, (sent.ref(),))


def compose(short: str, sents: Sequence[Sent], labels: Sequence[str] = ()) -> tuple[Segment, ...]:
    """Short answer on the first line, then one quoted sentence per line, each with its marker."""
    segs = [Segment(short + "\n")] if short else []
    for i, s in enumerate(sents):
        segs.append(_quote(s, "\n" if i else "", labels[i] if i < len(labels) else ""))
    return tuple(segs)


def _flag(ask: Ask, zh: str, en: str) -> tuple[str, ...]:
    return (en if ask.lang == "en" else zh,)


def _span_answer(ask: Ask, sents: Sequence[Sent], kind: str) -> Draft:
    ranked = _ranked(sents, ask, _spans_fn(ask))
    best = next(((sc, s, sp) for sc, s, sp in ranked if sp is not None), None)
    person = kind == "name" and _spans_fn(ask) is person_spans
    if best is None and (kind in STRICT_KINDS or person):  # no figure/date/person near the asked terms
        return Draft((), "", (), kind)
    if best is None:
        flags = _flag(ask, "报告片段中未找到所问的具体内容，以下为最相关的原文", "No exact figure, date or name found; the most relevant sentences follow")
        return Draft(_other(ask, sents).segments, "", flags, kind)
    _, s, (a, b) = best
    return Draft(compose(s.text[a:b], [s]), s.text[a:b], (), kind)


def _other(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "other")
    picked = [ranked[0][1]]
    for sc, s, _ in ranked[1:3]:
        if sc >= 0.8 * ranked[0][0] and sc > 0 and all(abs(s.start - p.start) > 0 for p in picked):
            picked.append(s)
            break
    picked.sort(key=lambda s: (s.doc.doc_id, s.start))
    return Draft(compose("", picked), "", (), "other")


def _yesno(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "yesno")
    s = ranked[0][1]
    cov, _ = coverage(ask.terms, s.text, ask.weights)
    negated = _NEGATION_RE.search(fold(s.text)) is not None
    short = ("Yes" if ask.lang == "en" else "是") if cov >= YES_COVERAGE and not negated else ""
    return Draft(compose(short, [s]), short, (), "yesno")


def _enumerated(chunk: Chunk, doc: Document) -> list[tuple[int, int]]:
    """First sentences of the ``一是``/``(一)``/``1.`` items in ``chunk``."""
    starts = set()
    for ls, le in _lines(chunk.start, chunk.text):
        line = doc.text[ls:le]
        starts.update(ls + o for o in enumeration_starts(line))
        h = heading_of(line)
        if h is not None and h.level >= 2:
            starts.add(ls + h.start)
    return [(s, e) for s, e in sentence_spans(chunk, doc) if s in starts]


def _lines(offset: int, text: str) -> list[tuple[int, int]]:
    spans, pos = [], offset
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def _items_answer(top: Sent, items: Sequence[tuple[int, int]], ask: Ask) -> bool:
    """The enumerated items answer when the best sentence is one of them (or their heading), or
    when it holds the question's terms no better than the items' heading does."""
    if any(s <= top.start < e for s, e in items[:1]) or (top.start, top.end) in items:
        return True
    head = top.doc.text[items[0][0]:items[0][1]] + top.chunk.section
    return coverage(ask.terms, head, ask.weights)[0] >= coverage(ask.terms, top.text, ask.weights)[0]


def _next_sentence(sent: Sent) -> Sent | None:
    """The sentence right after ``sent`` in its report (possibly in the next chunk)."""
    text = sent.doc.text
    for s, e in split_sentences(text[sent.end:sent.end + 400], sent.end):
        s, e = trim_span(text, s, e)
        if e > s:
            return Sent(sent.doc, sent.chunk, s, e, sent.rank)
    return None


def _list(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "list")
    top = ranked[0][1]
    items = _enumerated(top.chunk, top.doc)
    if len(items) >= 2 and _items_answer(top, items, ask):
        picked = [Sent(top.doc, top.chunk, s, e, top.rank) for s, e in items[:MAX_LIST]]
    else:
        covs = [(coverage(ask.terms, s.text, ask.weights)[0], s) for _, s, _ in ranked]
        floor = max(0.5, LIST_SHARE * max(c for c, _ in covs))
        picked = [s for c, s in covs if c >= floor][:MAX_LIST - 1] or [top]
        nxt = _next_sentence(top)
        if nxt is not None and all(p.start != nxt.start for p in picked) and nxt.text.count("、") >= 2:
            picked.append(nxt)  # the list the best sentence opens
        picked.sort(key=lambda s: (s.rank, s.start))
    return Draft(compose("", picked), "", (), "list")


@functools.lru_cache(maxsize=64)
def outline(text: str) -> tuple[tuple[int, int, int], ...]:
    """(level, start, end) of every heading label in ``text`` (document offsets)."""
    out = []
    for ls, le in _lines(0, text):
        h = heading_of(text[ls:le])
        if h is not None:
            s, e = trim_span(text, ls + h.start, ls + h.end)
            if e > s:
                out.append((h.level, s, e))
    return tuple(out)


def _section_range(doc: Document, cue: re.Pattern[str] | None, near: int) -> tuple[int, int] | None:
    """The level-1 section whose heading matches ``cue`` (else the one holding ``near``)."""
    tops = [(s, e) for lvl, s, e in outline(doc.text) if lvl == 1]
    bounds = [(s, tops[i + 1][0] if i + 1 < len(tops) else len(doc.text), e) for i, (s, e) in enumerate(tops)]
    for s, end, he in bounds:
        if cue is not None and cue.search(fold(doc.text[s:he])):
            return s, end
    if cue is not None:
        return None
    return next(((s, end) for s, end, _ in bounds if s <= near < end), None)


_AFTER_COLON_RE = re.compile(r"[:：](?=[一1][是、.])")  # "还存在一些问题:一是…": the first item


def _cued_paragraph(doc: Document, cue: re.Pattern[str]) -> tuple[int, int] | None:
    """The first line whose opening words match ``cue`` (``下一步,我市将…``), as a range."""
    for ls, le in _lines(0, doc.text):
        if cue.search(fold(doc.text[ls:ls + 8])):
            return ls, le
    return None


def _key_spans(doc: Document, a: int, b: int, heading: bool = True) -> list[tuple[int, int]]:
    """Key sentences of ``doc.text[a:b]`` (whose first line is its heading, when ``heading``):
    sub-headings, else item openers, else the first sentences."""
    heads = [(s, e) for lvl, s, e in outline(doc.text) if lvl == 2 and a <= s < b]
    if len(heads) >= 2:
        return heads[:MAX_SUMMARY]
    body = doc.text[a:b]
    first_line_end = body.find("\n") + 1 if "\n" in body and heading else 0
    sents = [trim_span(doc.text, s, e) for s, e in split_sentences(body[first_line_end:], a + first_line_end)]
    sents = [(s, e) for s, e in sents if e > s]
    enum = {a + first_line_end + o for o in enumeration_starts(body[first_line_end:])}
    enum |= {a + first_line_end + m.end() for m in _AFTER_COLON_RE.finditer(body[first_line_end:])}
    items = [(min(x for x in enum if s <= x < e), e) for s, e in sents if any(s <= x < e for x in enum)]
    return (items if len(items) >= 2 else sents[:3])[:MAX_SUMMARY]  # an item opening mid-sentence: from 一是


def _summary(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "summary")
    top = ranked[0][1]
    doc, q = top.doc, fold(ask.question)
    cue = next((h for qp, h in _SECTION_CUES if qp.search(q)), None)
    rng = _section_range(doc, cue, top.start)
    paragraph = rng is None and cue is not None
    if paragraph:
        rng = _cued_paragraph(doc, cue)  # no such section: a paragraph opening with the cue (下一步，…)
    if rng is None and cue is not None:
        return _list(ask, sents)
    if not ask.terms and cue is None:  # the report as a whole: its heading outline
        spans = [(s, e) for lvl, s, e in outline(doc.text) if lvl <= 2][:MAX_SUMMARY]
    else:
        spans = _key_spans(doc, *(rng or (top.chunk.start, top.chunk.end)), heading=not paragraph)
    if not spans:
        return _other(ask, sents)
    picked = [Sent(doc, top.chunk, s, e, 0) for s, e in spans]
    return Draft(compose("", picked), "", (), "summary")


def answer(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document],
           more_hits: Callable[[Document], Sequence[Hit]] | None = None,
           doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    """The extractive draft for ``ask`` over ``hits``.

    ``more_hits(doc)``: hits restricted to one report, used by comparisons to reach
    reports the top hits missed; ``doc_filter`` limits which reports are compared.
    """
    sents = candidates(hits, documents, ask)
    kind = ask.qtype.kind
    if kind == "compare" or (kind == "number" and len(ask.regions) >= 2):
        from .compare import compare

        return compare(ask, hits, documents, more_hits, doc_filter)
    if kind == "reports":
        from .reports import which_reports

        return which_reports(ask, hits, documents, more_hits, doc_filter)
    if not sents:
        return Draft((), "", (), kind)
    if kind in ("number", "date", "name"):
        return _span_answer(ask, sents, kind)
    handler = {"yesno": _yesno, "list": _list, "summary": _summary}.get(kind, _other)
    return handler(ask, sents)
