"""The offline answerer: answers made only of quoted report sentences.

Candidate sentences come from the retrieved chunks and are scored by question-term
coverage (rarity-weighted, folded text), the chunk's own coverage, and for figure,
date and name questions by the best span they hold (terms in the same clause, unit
fit, closeness).  The answer text is a short answer that is a substring of a cited
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
from .figures import clause_coverage, date_spans, number_spans, org_spans, person_spans, pick_span
from .qtypes import QType
from .regions import same_region
from .terms import coverage

MAX_LIST = 6
MAX_SUMMARY = 10
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
    if kind in ("number", "compare"):
        return number_spans
    if kind == "date":
        return date_spans
    if kind == "name":
        return org_spans if _ORG_Q_RE.search(fold(ask.question)) else person_spans
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
    best = pick_span(sent.text, spans, ask.terms, ask.weights, ask.qtype.unit, years)
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
    if best is None and kind in STRICT_KINDS:  # no figure/date next to the asked terms: abstain
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


def _list(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "list")
    top = ranked[0][1]
    items = _enumerated(top.chunk, top.doc)
    if len(items) >= 2:
        picked = [Sent(top.doc, top.chunk, s, e, top.rank) for s, e in items[:MAX_LIST]]
    else:
        picked = [s for sc, s, _ in ranked if sc > 0.05][:MAX_LIST - 1] or [top]
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


def _key_spans(doc: Document, a: int, b: int) -> list[tuple[int, int]]:
    """Key sentences of ``doc.text[a:b]``: sub-headings, else item openers, else the first sentences."""
    heads = [(s, e) for lvl, s, e in outline(doc.text) if lvl == 2 and a <= s < b]
    if len(heads) >= 2:
        return heads[:MAX_SUMMARY]
    body = doc.text[a:b]
    first_line_end = body.find("\n") + 1 if "\n" in body else 0
    sents = [trim_span(doc.text, s, e) for s, e in split_sentences(body[first_line_end:], a + first_line_end)]
    sents = [(s, e) for s, e in sents if e > s]
    enum = {a + first_line_end + o for o in enumeration_starts(body[first_line_end:])}
    items = [(s, e) for s, e in sents if s in enum]
    return (items if len(items) >= 2 else sents[:3])[:MAX_SUMMARY]


def _summary(ask: Ask, sents: Sequence[Sent]) -> Draft:
    ranked = _ranked(sents, ask)
    if not ranked:
        return Draft((), "", (), "summary")
    top = ranked[0][1]
    doc, q = top.doc, fold(ask.question)
    cue = next((h for qp, h in _SECTION_CUES if qp.search(q)), None)
    rng = _section_range(doc, cue, top.start)
    if rng is None and cue is not None:
        return _list(ask, sents)
    if not ask.terms and cue is None:  # the report as a whole: its heading outline
        spans = [(s, e) for lvl, s, e in outline(doc.text) if lvl <= 2][:MAX_SUMMARY]
    else:
        spans = _key_spans(doc, *(rng or (top.chunk.start, top.chunk.end)))
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
    if not sents:
        return Draft((), "", (), kind)
    if kind in ("number", "date", "name"):
        return _span_answer(ask, sents, kind)
    handler = {"yesno": _yesno, "list": _list, "summary": _summary}.get(kind, _other)
    return handler(ask, sents)
