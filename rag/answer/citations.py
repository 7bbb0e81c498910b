"""Citation markers: parse, resolve to sentence spans, renumber.

A model cites passages as ``[1]``, ``[1,2]``, ``[1][2]``, ``【1】``, ``[ID:1]``,
``[1-3]``, ``[^1]``, ``[片段1]``...  Each marker is resolved to the *sentence* inside
the cited chunk that best supports the claim it follows (numbers shared with the
claim first, then character-bigram overlap), never the whole chunk.  Markers that
name no passage are dropped.  Citations are then numbered 1..N in order of first
appearance and the markers rewritten as ``[n]``.

>>> [m.numbers for m in parse_markers("纠错率59.46%[1]。出庭率【2】[ID:3][1-2]")]
[(1,), (2,), (3,), (1, 2)]
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..chunk.sentences import split_sentences, trim_span
from ..records import Chunk, Citation, Document
from ..text import lazy_re as re
from ..text.glossary import english_terms
from ..text.normalize import fold

_LABEL = r"(?:id|passage|source|ref|doc|no\.?|片段|段落|来源|资料|引用|文献|材料)"
_ITEM = rf"(?:{_LABEL}\s*[:：#]?\s*)?\d{{1,3}}"
_SEP = r"\s*(?:[,，、;；]|and|[-–—~～至])\s*"
MARKER_RE = re.compile(rf"[\[【［]\s*\^?\s*({_ITEM}(?:{_SEP}{_ITEM})*)\s*[\]】］]", re.IGNORECASE)
_RANGE_RE = re.compile(r"(\d{1,3})\s*[-–—~～至]\s*(?:\D{0,12}?)(\d{1,3})")
_TERMINATORS = "。！？!?；;\n"
_NUM_RE = re.compile(r"\d+(?:\.\d+)?")
MAX_RANGE = 20


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class SpanRef:
    """A cited span: ``[start, end)`` of document ``doc_id`` (a sentence, or a few)."""
    doc_id: str
    start: int
    end: int
    section: str = ""


@dataclass(frozen=True)
class Segment:
    """Answer text followed by the citations that support it."""
    text: str
    refs: tuple[SpanRef, ...] = ()
    numbers: tuple[int, ...] = ()  # passage numbers as the model wrote them


def marker_numbers(body: str) -> tuple[int, ...]:
    """The passage numbers a citation marker's body names, ranges spread (``1-3, 5`` -> 1, 2, 3, 5), each once."""
    out: list[int] = []
    for m in _RANGE_RE.finditer(body):
        a, b = int(m.group(1)), int(m.group(2))
        out.extend(range(a, b + 1) if 0 < b - a <= MAX_RANGE else (a, b))
    rest = _RANGE_RE.sub(" ", body)
    out.extend(int(x) for x in re.findall(r"\d{1,3}", rest))
    return tuple(dict.fromkeys(out))


def parse_markers(text: str) -> list[Marker]:
    """Every citation marker in ``text`` with the passage numbers it names."""
    return [Marker(m.start(), m.end(), marker_numbers(m.group(1))) for m in MARKER_RE.finditer(text)]


def split_segments(text: str) -> list[Segment]:
    """``text`` cut after each run of adjacent markers: Segment(text before, numbers cited).

    ``"".join(s.text for s in segments)`` is ``text`` without its markers.
    """
    segs: list[Segment] = []
    pos, pending, nums = 0, "", []
    for m in parse_markers(text):
        between = text[pos:m.start]
        if nums and between.strip():
            segs.append(Segment(pending, numbers=tuple(dict.fromkeys(nums))))
            pending, nums = "", []
        if not (nums and not between.strip()):  # whitespace between adjacent markers is dropped
            pending += between
        nums.extend(m.numbers)
        pos = m.end
    if nums:
        segs.append(Segment(pending, numbers=tuple(dict.fromkeys(nums))))
        pending = ""
    pending += text[pos:]
    if pending:
        segs.append(Segment(pending))
    return segs


def claim_of(before: str) -> str:
    """The claim a marker follows: the last sentence of ``before`` (the previous one if it just ended)."""
    s = before.rstrip(" \t，,")
    body = s.rstrip(_TERMINATORS + " ")
    cut = max(body.rfind(t) for t in _TERMINATORS)
    claim = body[cut + 1:]
    return claim if claim.strip() else body[-200:]


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\W_]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def _span_score(claim_f: str, claim_nums: set[str], claim_terms: tuple[str, ...], sent_f: str) -> float:
    nums = set(_NUM_RE.findall(sent_f))
    cb = _bigrams(claim_f)
    overlap = len(cb & _bigrams(sent_f)) / len(cb) if cb else 0.0
    terms = sum(1 for t in claim_terms if t in sent_f)
    return 2.0 * len(claim_nums & nums) + overlap + 0.5 * terms


def chunk_is_valid(chunk: Chunk, doc: Document) -> bool:
    """The chunk still matches its document (same offsets, same text)."""
    return 0 <= chunk.start < chunk.end <= len(doc.text) and doc.text[chunk.start:chunk.end] == chunk.text


def sentence_spans(chunk: Chunk, doc: Document) -> list[tuple[int, int]]:
    """Trimmed, non-empty sentence spans of ``chunk`` in document offsets."""
    out = []
    for s, e in split_sentences(chunk.text, chunk.start):
        s, e = trim_span(doc.text, s, e)
        if e > s:
            out.append((s, e))
    return out


def best_span(claim: str, chunk: Chunk, doc: Document, hint: str = "") -> SpanRef | None:
    """The sentence (widened to neighbours holding the claim's other numbers) that best supports ``claim``.

    None when the chunk no longer matches the document.  ``hint``: extra text (the
    question) used when the claim shares nothing with any sentence.
    """
    if not chunk_is_valid(chunk, doc):
        return None
    spans = sentence_spans(chunk, doc)
    if not spans:
        return None
    claim_f = fold(claim)
    claim_nums = set(_NUM_RE.findall(claim_f))
    terms = english_terms(claim + " " + hint) if not re.search(r"[\u4e00-\u9fff]", claim_f) else ()
    folded = [fold(doc.text[s:e]) for s, e in spans]
    scores = [_span_score(claim_f, claim_nums, terms, f) for f in folded]
    if max(scores) <= 0 and hint:
        scores = [_span_score(fold(hint), set(), terms, f) for f in folded]
    i = max(range(len(spans)), key=lambda k: (scores[k], -k))
    lo, hi = i, i
    missing = claim_nums - set(_NUM_RE.findall(folded[i]))
    for j in (i + 1, i - 1, i + 2, i - 2):  # widen to neighbours that hold the claim's other numbers
        if missing and 0 <= j < len(spans) and missing & set(_NUM_RE.findall(folded[j])):
            missing -= set(_NUM_RE.findall(folded[j]))
            lo, hi = min(lo, j), max(hi, j)
    lo, hi = min(lo, hi), max(lo, hi)
    return SpanRef(doc.doc_id, spans[lo][0], spans[hi][1], chunk.section)


def resolve(text: str, passages: Mapping[int, tuple[Chunk, Document]], hint: str = "") -> tuple[list[Segment], list[int]]:
    """Segments of ``text`` with each cited passage number resolved to a sentence span.

    Returns (segments, dropped numbers that name no passage).
    """
    out, dropped = [], []
    for seg in split_segments(text):
        refs: list[SpanRef] = []
        claim = claim_of(seg.text) if seg.numbers else ""
        for n in seg.numbers:
            if n not in passages:
                dropped.append(n)
                continue
            ref = best_span(claim, *passages[n], hint=hint)
            if ref is not None and ref not in refs:
                refs.append(ref)
        out.append(Segment(seg.text, tuple(refs), seg.numbers))
    return out, dropped


def make_citation(n: int, ref: SpanRef, doc: Document) -> Citation | None:
    """The Citation for ``ref``, or None when the span does not lie inside the document."""
    if not (0 <= ref.start < ref.end <= len(doc.text)) or doc.doc_id != ref.doc_id:
        return None
    quote = doc.text[ref.start:ref.end]
    if not quote.strip():
        return None
    return Citation(n, doc.doc_id, doc.source, ref.start, ref.end, quote, ref.section, doc.title, doc.region, doc.year)


def render(segments: Iterable[Segment], documents: Mapping[str, Document]) -> tuple[str, tuple[Citation, ...]]:
    """Final text with markers ``[n]`` numbered by first appearance, and the citations."""
    numbers: dict[SpanRef, int] = {}
    cites: list[Citation] = []
    parts: list[str] = []
    for seg in segments:
        parts.append(seg.text)
        for ref in seg.refs:
            if ref not in numbers:
                doc = documents.get(ref.doc_id)
                c = make_citation(len(cites) + 1, ref, doc) if doc else None
                if c is None:
                    continue
                numbers[ref] = c.n
                cites.append(c)
            parts.append(f"[{numbers[ref]}]")
    return "".join(parts), tuple(cites)
