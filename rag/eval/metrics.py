"""Pure metric functions for ``rag eval``: plain data in, numbers out.

Spans are ``(doc_id, start, end)`` tuples, ``[start, end)`` into ``Document.text``.
``None`` means *undefined* (a 0/0, e.g. recall when there is nothing to recall); it is
never silently 0, and :func:`aggregate` skips it.

>>> contains_match("长治市2021年共办理二十項。", "20项", [])
True
>>> reciprocal_rank([("d1", 0, 10), ("d2", 5, 9)], [("d2", 8, 20)])
0.5
"""
from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from rag.eval.key_points import (  # noqa: F401 (re-exported)
    KEY_POINT_MATCH,
    key_point_recall,
    key_points,
    weighted_lcs,
)
from rag.eval.normalize_answer import (
    MARKER_RE,
    MetricInputError,
    extract_numbers,
    normalize_answer,
    normalize_numbers,
    question_script,
    require_str,
    strip_citation_markers,
    strip_enumerators,
)
from rag.text.normalize import fold_chars

from ..text import lazy_re as re

__all__ = [
    "MARKER_RE", "MetricInputError", "Span", "abstention_pr", "aggregate", "by_group",
    "citation_precision", "citation_recall", "contains_match", "exact_match_short",
    "extract_numbers", "groundedness", "hit_at_k", "key_point_recall", "key_points",
    "leading_short_answer", "locate_evidence", "max_over_golds", "normalize_answer",
    "normalize_numbers", "question_script", "quote_exact", "reciprocal_rank", "spans_overlap",
    "strip_citation_markers", "strip_enumerators", "weighted_lcs",
]

Span = tuple[str, int, int]

# --- short answers ---------------------------------------------------------------

_DIGITS = "0123456789"


def _digit_at(s: str, i: int) -> bool:
    return 0 <= i < len(s) and s[i] in _DIGITS


def _bounded_find(hay: str, needle: str) -> bool:
    """``needle`` in ``hay`` where a needle starting/ending with a digit may not
    continue a number (5.9% is not in 15.9%, 20项 not in 120项, 20 not in 20.5)."""
    start = hay.find(needle)
    while start != -1:
        end = start + len(needle)
        left_bad = needle[0] in _DIGITS and (
            _digit_at(hay, start - 1) or (hay[start - 1:start] == "." and _digit_at(hay, start - 2)))
        right_bad = needle[-1] in _DIGITS and (
            _digit_at(hay, end) or (hay[end:end + 1] == "." and _digit_at(hay, end + 1)))
        if not (left_bad or right_bad):
            return True
        start = hay.find(needle, start + 1)
    return False


def _golds(gold: str, aliases: Iterable[str]) -> list[str]:
    if isinstance(aliases, str):
        aliases = [aliases]
    keys = [normalize_answer(require_str("gold", gold))]
    keys += [normalize_answer(require_str("alias", a)) for a in aliases]
    return [k for k in keys if k]


def contains_match(prediction: str, gold: str, aliases: Sequence[str] = ()) -> bool:
    """Normalised gold (or an alias) occurs in the normalised prediction, with a
    digit-boundary check (:func:`_bounded_find`).  A gold that normalises to ''
    matches nothing.

    >>> contains_match("增长15.9%", "5.9%"), contains_match("增长 5.9 ％", "5.9%")
    (False, True)
    """
    hay = normalize_answer(require_str("prediction", prediction))
    return any(_bounded_find(hay, g) for g in _golds(gold, aliases))


_SENTENCE_END_RE = re.compile(r"[。！？；!?;…]|(?<![0-9])\.|\.(?![0-9])")
_LABEL_RE = re.compile(r"^\s*(?:答案?|回答|answer)\s*[:：]\s*", re.IGNORECASE)


def leading_short_answer(prediction: str) -> str:
    """The short answer a prediction leads with: citation markers removed, the
    first non-blank line, a leading ``答：``/``Answer:`` label removed, then the text
    before the first sentence-ending mark (。！？；!?;… or a period that is not a
    decimal point).  Commas do not end it.

    >>> leading_short_answer("答：20项[1]。其中行政复议12项。")
    '20项'
    """
    text = strip_citation_markers(require_str("prediction", prediction))
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = _LABEL_RE.sub("", line)
    return _SENTENCE_END_RE.split(line, maxsplit=1)[0].strip()


def exact_match_short(prediction: str, gold: str, aliases: Sequence[str] = ()) -> bool:
    """:func:`normalize_answer` of the :func:`leading_short_answer` equals that of
    the gold or an alias.

    >>> exact_match_short("二十項。详见报告。", "20项")
    True
    """
    short = normalize_answer(leading_short_answer(prediction))
    return bool(short) and short in _golds(gold, aliases)


def max_over_golds(metric: Callable[[str, str], float | bool], prediction: str,
                   golds: Sequence[str]) -> float:
    """``max(metric(prediction, g) for g in golds)`` as a float, as the official
    script does for several reference answers.

    >>> from rag.eval.cmrc import cmrc_em
    >>> max_over_golds(cmrc_em, "20项", ["二十项", "20项"])
    1.0
    """
    golds = [golds] if isinstance(golds, str) else list(golds)
    if not golds:
        raise MetricInputError(
            "max_over_golds got no gold answers. Give at least one gold answer, or "
            "score the question as unanswerable (abstention_pr) instead.")
    return max(float(metric(prediction, g)) for g in golds)


# --- retrieval ---------------------------------------------------------------------


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans share at least one character; empty spans overlap nothing.

    >>> spans_overlap(0, 5, 4, 9), spans_overlap(0, 5, 5, 9)
    (True, False)
    """
    return a_start < a_end and b_start < b_end and a_start < b_end and b_start < a_end


def _span(x: object) -> Span:
    try:
        doc, start, end = x  # type: ignore[misc]
    except (TypeError, ValueError):
        raise MetricInputError(
            f"A span must be (doc_id, start, end), got {x!r:.80}. "
            "Build spans as tuples of a document id and two character offsets.") from None
    return str(doc), int(start), int(end)


def _overlaps_any(span: object, gold: Sequence[object]) -> bool:
    d, s, e = _span(span)
    return any(gd == d and spans_overlap(s, e, gs, ge) for gd, gs, ge in map(_span, gold))


def _first_hit_rank(retrieved: Sequence[object], gold_spans: Sequence[object]) -> int | None:
    for rank, span in enumerate(retrieved, start=1):
        if _overlaps_any(span, gold_spans):
            return rank
    return None


def hit_at_k(retrieved: Sequence[Span], gold_spans: Sequence[Span], k: int) -> bool | None:
    """Some of the first ``k`` retrieved spans overlaps a gold span of the same
    document.  None when there are no gold spans (nothing to find).

    >>> hit_at_k([("d1", 0, 10), ("d2", 5, 9)], [("d2", 8, 20)], 1)
    False
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise MetricInputError(f"k must be an integer >= 1, got {k!r}. Use e.g. k=5.")
    if not gold_spans:
        return None
    rank = _first_hit_rank(list(retrieved)[:k], gold_spans)
    return rank is not None


def reciprocal_rank(retrieved: Sequence[Span], gold_spans: Sequence[Span]) -> float | None:
    """1/rank of the first retrieved span overlapping a gold span (ranks from 1),
    0.0 when none does, None when there are no gold spans.  Mean over questions = MRR."""
    if not gold_spans:
        return None
    rank = _first_hit_rank(retrieved, gold_spans)
    return 0.0 if rank is None else 1.0 / rank


def _all_occurrences(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


@functools.lru_cache(maxsize=16)
def _compact_folded(text: str) -> tuple[str, tuple[int, ...]]:
    """fold_chars(text) without whitespace, and each kept char's index in text."""
    folded = fold_chars(text)
    keep = [i for i, c in enumerate(folded) if not c.isspace()]
    return "".join(folded[i] for i in keep), tuple(keep)


def locate_evidence(doc_text: str, evidence: str) -> list[tuple[int, int]]:
    """All ``[start, end)`` occurrences of ``evidence`` in ``doc_text`` (overlapping
    ones too), trying in turn: exact; script/width/case-blind (``fold_chars``,
    length-preserving, so offsets stay exact); and also whitespace-blind (line breaks
    inside a copied quote).  The first strategy that finds something wins; [] if none.

    >>> locate_evidence("一、長治市办理20项。", "长治市办理")
    [(2, 7)]
    """
    doc, ev = require_str("doc_text", doc_text), require_str("evidence", evidence)
    if not ev.strip():
        raise MetricInputError("Evidence string is empty. Give the exact sentence that "
                               "supports the gold answer, copied from the report.")
    hits = [(i, i + len(ev)) for i in _all_occurrences(doc, ev)]
    if not hits:
        hits = [(i, i + len(ev)) for i in _all_occurrences(fold_chars(doc), fold_chars(ev))]
    if not hits:
        compact, index = _compact_folded(doc)
        needle = "".join(c for c in fold_chars(ev) if not c.isspace())
        hits = [(index[i], index[i + len(needle) - 1] + 1)
                for i in _all_occurrences(compact, needle)]
    return hits


# --- abstention ----------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def abstention_pr(items: Iterable[tuple[bool, bool]]) -> dict[str, float | int | None]:
    """Abstention as a detector of unanswerable questions; items are
    ``(is_unanswerable, abstained)``.  precision = abstained & unanswerable / abstained;
    recall = abstained & unanswerable / unanswerable; f1 = 2PR/(P+R);
    false_abstention_rate = abstained & answerable / answerable.  A 0/0 is None, not 0
    (no abstentions -> precision None); f1 is None when P or R is, 0.0 when both are 0.
    Counts are included for reports.

    >>> abstention_pr([(True, True), (True, False), (False, True), (False, False)])["precision"]
    0.5
    """
    pairs = [(bool(u), bool(a)) for u, a in items]
    tp = sum(u and a for u, a in pairs)
    abstained = sum(a for _, a in pairs)
    unanswerable = sum(u for u, _ in pairs)
    answerable = len(pairs) - unanswerable
    p, r = _ratio(tp, abstained), _ratio(tp, unanswerable)
    f1 = None if p is None or r is None else (0.0 if p + r == 0 else 2 * p * r / (p + r))
    return {"precision": p, "recall": r, "f1": f1,
            "false_abstention_rate": _ratio(abstained - tp, answerable),
            "n": len(pairs), "abstained": abstained, "unanswerable": unanswerable,
            "true_abstentions": tp}


# --- citations ------------------------------------------------------------------------


def quote_exact(doc_text: str, start: int, end: int, quote: str) -> bool:
    """``0 <= start <= end <= len(doc_text)`` and ``doc_text[start:end] == quote``."""
    return 0 <= start <= end <= len(doc_text) and doc_text[start:end] == quote


def citation_precision(cited: Sequence[Span], gold_spans: Sequence[Span]) -> float | None:
    """Share of cited spans that overlap some gold evidence span of the same
    document; None when nothing is cited (0.0 when spans are cited but there is no
    gold evidence)."""
    if not cited:
        return None
    return sum(_overlaps_any(c, gold_spans) for c in cited) / len(cited)


def citation_recall(cited: Sequence[Span],
                    gold_spans_per_evidence: Sequence[Sequence[Span]]) -> float | None:
    """Share of gold evidence strings covered (overlapped) by at least one cited span;
    each evidence string is given as all its located spans.  An evidence string with
    no located span counts as not covered.  None when there is no evidence."""
    if not gold_spans_per_evidence:
        return None
    covered = sum(any(_overlaps_any(c, spans) for c in cited) for spans in gold_spans_per_evidence)
    return covered / len(gold_spans_per_evidence)


def groundedness(answer_text: str, cited_quotes: Sequence[str],
                 allowed: Iterable[str] = ()) -> float | None:
    """Share of the distinct numbers in the answer (:func:`extract_numbers`; years
    count, citation markers like [1] and line-start list numbering like ``1.`` do
    not) that also occur among the numbers of some cited quote, or in ``allowed``
    (numbers known from elsewhere, e.g. the cited reports' years).  None when the
    answer has no numbers.  Exact normalised strings: 1.5万 does not match 15000.

    >>> groundedness("2021年共办理二十项[1]，增长5%。", ["2021年办理20项"])
    0.6666666666666666
    >>> groundedness("长治市 2021：办理20项[1]", ["办理20项"], allowed={"2021"})
    1.0
    """
    text = strip_enumerators(strip_citation_markers(require_str("answer_text", answer_text)))
    numbers = list(dict.fromkeys(extract_numbers(text)))
    if not numbers:
        return None
    pool = {n for q in cited_quotes for n in extract_numbers(require_str("quote", q))}
    pool |= {require_str("allowed number", a) for a in ([allowed] if isinstance(allowed, str) else allowed)}
    return sum(n in pool for n in numbers) / len(numbers)


# --- aggregation ----------------------------------------------------------------------


def aggregate(values: Iterable[float | bool | None]) -> float | None:
    """Mean ignoring None (bools count 0/1); None when nothing is left.

    >>> aggregate([1.0, None, True, 0])
    0.6666666666666666
    """
    kept: list[float] = []
    for v in values:
        if v is None:
            continue
        if not isinstance(v, (int, float)) or (isinstance(v, float) and math.isnan(v)):
            raise MetricInputError(
                f"aggregate() takes numbers, bools or None, got {v!r:.60}. "
                "Use None for an undefined value.")
        kept.append(float(v))
    return sum(kept) / len(kept) if kept else None


MISSING_GROUP = "(missing)"


def by_group(rows: Iterable[Mapping[str, object]], key: str,
             metric: str) -> dict[str, float | None]:
    """Mean of ``row[metric]`` per value of ``row[key]`` (rows without ``key``, or
    with None, go to ``"(missing)"``); groups sorted by name.

    >>> by_group([{"s": "hans", "f1": 1.0}, {"s": "hant", "f1": 0.5}, {"s": "hans", "f1": 0}], "s", "f1")
    {'hans': 0.5, 'hant': 0.5}
    """
    groups: dict[str, list[object]] = {}
    for row in rows:
        value = row.get(key)
        name = MISSING_GROUP if value is None else str(value)
        groups.setdefault(name, []).append(row.get(metric))
    return {name: aggregate(vals) for name, vals in sorted(groups.items())}  # type: ignore[arg-type]
