"""Verify an LLM reply against the passages it cites, whatever the backend.

Steps: strip reasoning (``<think>…</think>``, a "思考过程：" preamble); find citation
markers in every common form (:func:`find_markers`) and bind each run to its claim,
whether it is written after the claim or before it; split the reply into sentences;
take the first content line as the short answer; recognise a refusal anywhere;
then check each sentence against its cited passages: its numbers (folded for script,
width and Chinese numerals) must occur there and most of its key terms too.  A
supported sentence cites the sub-span (sentences) holding that support; an
unsupported one is marked in the text and in the flags; a sentence with no marker is
matched to a passage that supports it (and flagged as uncited by the model) or flagged
unsupported.  :func:`verify_reply` returns a ``fallback`` reason when the reply must
not be shown: it is only markers, or its short answer is unsupported.

>>> [(m.numbers, m.start) for m in find_markers("据[1]、【2】(3)（片段4）^5 [ID:6]", range(1, 7))]
[((1,), 1), ((2,), 5), ((3,), 8), ((4,), 11), ((5,), 16), ((6,), 19)]
>>> strip_reasoning("<think>先想想</think>无法回答。")
('无法回答。', True)
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..records import Chunk, Document
from ..text import lazy_re as re
from .citations import (
    MARKER_RE,
    Marker,
    Segment,
    SpanRef,
    chunk_is_valid,
    marker_numbers,
    sentence_spans,
)

_THINK_RE = re.compile(r"<(think|thinking|reasoning)>.*?(</\1>|\Z)", re.DOTALL | re.IGNORECASE)
_PREAMBLE_RE = re.compile(r"^\s*(?:思考过程|推理过程|分析过程|thinking|reasoning)\s*[:：].*?"
                          r"(?:^\s*(?:最终答案|答案|回答|答|final answer|answer)\s*[:：]\s*|\Z)",
                          re.DOTALL | re.IGNORECASE | re.MULTILINE)
_LABELLED = r"(?:片段|段落|来源|资料|材料|文献|passage|source|ref|id)\s*[:：#]?\s*"
PAREN_RE = re.compile(rf"[(（]\s*({_LABELLED})?(\d{{1,3}}(?:\s*[,，、]\s*\d{{1,3}})*)\s*[)）]", re.IGNORECASE)
CARET_RE = re.compile(r"(?<![\w^\[])\^(\d{1,3})(?!\d)")
_SHORT_LABEL_RE = re.compile(r"^\s*(?:[#>*\-]+\s*)?(?:\*\*)?\s*(?:第[一二三四五12345]行|简短答案|简答|答案|回答|答|结论|依据|理由|证据|原文|short answer|answer|evidence)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?",
                             re.IGNORECASE)
_ENUM_RE = re.compile(r"^\s*(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}[、.]|[-*•·])\s*")
_TERMINATORS = "。！？!?；;"
# a sentence, or a clause whose citation closes it before a comma ("15.66%[1]，受理198件[1]。")
_SENT_RE = re.compile(r"(?:[^。！？!?；;\n\x00.]|\.(?![\s\x00]|$)|\x00+(?![\x00，,]))*(?:[。！？!?；;]+|\.+(?=[\s\x00]|$)|\x00+[，,]|\n|$)")
_REFUSAL_RE = re.compile(
    r"无法回答|无法确定|无法得知|无法从.{0,20}(?:中|里)?(?:找到|得出|获取|确定)|没有(?:提及|提到|相关|找到|给出|说明|涉及)|未(?:提及|提到|给出|说明|涉及|找到|提供)"
    r"|(?:片段|资料|报告|材料)中?(?:并)?(?:没有|未|不包含)|不清楚"
    r"|reports? do(?:es)? not (?:say|mention|state|contain)|not (?:mentioned|stated|specified|provided)|cannot (?:answer|be determined)"
    r"|no (?:information|mention|data)|does not (?:say|mention|contain)|unable to (?:answer|determine)", re.IGNORECASE)
_WORDS_RE = re.compile(r"[\w\u4e00-\u9fff]")
SUPPORT_TERMS = 0.5  # share of a sentence's key terms that the cited passage must hold


@dataclass(frozen=True)
class Claim:
    text: str  # sentence without markers (terminator included)
    numbers: tuple[int, ...]  # passage numbers the model cited for it
    line: int  # index of its line among the reply's non-empty lines


@dataclass(frozen=True)
class Checked:
    claim: Claim
    status: str  # supported | unsupported | uncited | matched | plain | refusal
    refs: tuple[SpanRef, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verified:
    segments: tuple[Segment, ...]
    short_answer: str
    abstained: bool
    flags: tuple[str, ...]
    fallback: str = ""  # non-empty: do not show this reply; fall back, giving this reason
    checks: tuple[Checked, ...] = field(default=())
    reasoning_stripped: bool = False


def strip_reasoning(text: str) -> tuple[str, bool]:
    """``text`` without reasoning blocks, and whether any was removed."""
    out = _THINK_RE.sub("", text)
    out = re.sub(r"^.*?</(think|thinking|reasoning)>", "", out, flags=re.DOTALL | re.IGNORECASE)  # opened in the prompt
    out2 = _PREAMBLE_RE.sub("", out, count=1)
    return out2.strip(), out2.strip() != text.strip()


def find_markers(text: str, valid: Iterable[int]) -> list[Marker]:
    """Citation markers in ``text``: bracketed forms always; ``(n)``/``（片段n）`` and ``^n``
    only for passage numbers in ``valid``, and a bare ``(n)`` opening a line is a list
    enumerator, not a marker."""
    ok = set(valid)
    found = [Marker(m.start(), m.end(), marker_numbers(m.group(1))) for m in MARKER_RE.finditer(text)]
    taken = [(m.start, m.end) for m in found]
    for m in PAREN_RE.finditer(text):
        nums = marker_numbers(m.group(2))
        line_start = not text[:m.start()].rsplit("\n", 1)[-1].strip()
        if (m.group(1) or not line_start) and nums and set(nums) <= ok:
            found.append(Marker(m.start(), m.end(), nums))
    for m in CARET_RE.finditer(text):
        if int(m.group(1)) in ok:
            found.append(Marker(m.start(), m.end(), (int(m.group(1)),)))
    found = [m for m in found if m in found[:len(taken)] or not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(found, key=lambda m: m.start)


def is_refusal(sentence: str) -> bool:
    return bool(_REFUSAL_RE.search(sentence))


def _has_words(text: str) -> bool:
    return bool(_WORDS_RE.search(text))


def split_claims(text: str, valid: Iterable[int]) -> list[Claim]:
    """Sentences of ``text`` with the passage numbers cited for each.

    A marker run opening a line, or following a sentence that already cites, belongs to
    the sentence after it ("[1] 共有十八项任务。"); otherwise to the sentence it ends
    or sits in ("共有十八项任务[1]。", "共有十八项任务。[1]")."""
    valid = set(valid)
    claims: list[Claim] = []
    line = 0
    for raw_line in text.split("\n"):
        if not raw_line.strip():
            continue
        pieces, pending_forward = _line_pieces(raw_line, find_markers(raw_line, valid)), []
        for i, (body, lead, rest) in enumerate(pieces):
            if not _has_words(body):  # a piece that is only markers: they close the previous sentence
                if claims and claims[-1].line == line and not pending_forward:
                    prev = claims[-1]
                    claims[-1] = Claim(prev.text, tuple(dict.fromkeys(prev.numbers + lead + rest)), prev.line)
                else:
                    pending_forward.extend(lead + rest)
                continue
            nums = list(pending_forward)
            pending_forward = []
            if lead and i > 0 and claims and claims[-1].line == line and not claims[-1].numbers:
                prev = claims[-1]  # "A。[1]B。": [1] closes A
                claims[-1] = Claim(prev.text, lead, prev.line)
            else:
                nums.extend(lead)
            nums.extend(rest)
            body = _SHORT_LABEL_RE.sub("", body) if i == 0 else body
            if not _has_words(body):  # a bare label ("依据：") passes its markers on
                pending_forward = nums
                continue
            claims.append(Claim(body.strip(), tuple(dict.fromkeys(nums)), line))
        if pending_forward and claims and claims[-1].line == line:
            prev = claims[-1]
            claims[-1] = Claim(prev.text, tuple(dict.fromkeys(prev.numbers + tuple(pending_forward))), prev.line)
        line += 1
    return claims


def _line_pieces(line: str, marks: list[Marker]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    """(sentence text without markers, numbers of markers leading it, numbers of the others)."""
    holes = "".join("\x00" if any(m.start <= i < m.end for m in marks) else ch for i, ch in enumerate(line))
    out = []
    for sm in _SENT_RE.finditer(holes):
        s, e = sm.span()
        if s == e:
            continue
        inside = [m for m in marks if s <= m.start < e]
        body_start = s + len(holes[s:e]) - len(holes[s:e].lstrip(" \t\x00"))
        lead = tuple(n for m in inside if m.start < body_start for n in m.numbers)
        rest = tuple(n for m in inside if m.start >= body_start for n in m.numbers)
        body = holes[s:e].replace("\x00", "")
        out.append((body, lead, rest))
    return out


def short_answer_of(claims: list[Claim]) -> tuple[str, list[Claim]]:
    """The short answer (first content line, label removed) and the claims on that line."""
    for ln in sorted({c.line for c in claims}):
        on_line = [c for c in claims if c.line == ln]
        text = _ENUM_RE.sub("", _SHORT_LABEL_RE.sub("", "".join(c.text for c in on_line))).strip().strip("*").strip()
        if _has_words(text):
            return text, on_line
    return "", []


def _folded(text: str) -> str:
    from ..eval.normalize_answer import normalize_numbers

    return re.sub(r"(?<=\d)[,，](?=\d{3})", "", normalize_numbers(text))


def _claim_numbers(claim: str) -> list[str]:
    from .grounding import numbers_in

    return [re.sub(r"[,，\s]", "", n) for n in numbers_in(_folded(_ENUM_RE.sub("", claim)))]


def _terms(claim: str, exclude: Iterable[str]) -> tuple[str, ...]:
    from .terms import content_terms

    return tuple(t for t in content_terms(_ENUM_RE.sub("", claim)) if t not in set(exclude))


def check_claim(claim: str, cited: list[tuple[Chunk, Document]], allowed_numbers: set[str],
                question_terms: Iterable[str]) -> tuple[bool, tuple[SpanRef, ...], tuple[str, ...]]:
    """(supported, the supporting sub-spans, what is missing) for ``claim`` against ``cited``."""
    from .grounding import contains_number
    from .term_coverage import coverage

    valid = [(c, d) for c, d in cited if chunk_is_valid(c, d)]
    if not valid:
        return False, (), ("cited passage",)
    nums = [n for n in _claim_numbers(claim) if n.rstrip("%‰") not in allowed_numbers]
    terms = _terms(claim, ())
    own = tuple(t for t in terms if t not in set(question_terms)) or terms
    hay = "\n".join(_folded(c.text) for c, _ in valid)
    missing = [n for n in nums if not contains_number(hay, n)]
    share, lacking = coverage(own, hay, folded=True)
    if own and share < SUPPORT_TERMS:
        missing.extend(lacking)
    refs = tuple(r for c, d in valid if (r := support_span(claim, nums, terms, c, d)) is not None)
    return not missing and bool(refs), refs, tuple(dict.fromkeys(missing))


def support_span(claim: str, nums: list[str], terms: tuple[str, ...], chunk: Chunk, doc: Document) -> SpanRef | None:
    """The sentences of ``chunk`` that hold the claim's numbers and most of its terms."""
    from .grounding import contains_number

    spans = sentence_spans(chunk, doc)
    if not spans:
        return None
    folded = [_folded(doc.text[s:e]) for s, e in spans]
    has_num = [sum(contains_number(f, n) for n in nums) for f in folded]
    scores = [2.0 * has_num[i] + sum(t in f for t in terms) for i, f in enumerate(folded)]
    if max(scores) <= 0:
        return None
    best = max(range(len(spans)), key=lambda i: (scores[i], -i))
    pick = {best} | {i for i, f in enumerate(folded) if any(contains_number(f, n) and not contains_number(folded[best], n) for n in nums)}
    lo, hi = min(pick), max(pick)
    if hi - lo > 3:  # numbers scattered far apart: cite the best sentence only
        lo = hi = best
    return SpanRef(doc.doc_id, spans[lo][0], spans[hi][1], chunk.section)


def _check_all(claims: list[Claim], passages: Mapping[int, tuple[Chunk, Document]], question: str) -> list[Checked]:
    q_terms = set(_terms(question, ()))
    allowed = {n.rstrip("%‰") for n in _claim_numbers(question)}
    allowed |= {str(d.year) for _, d in passages.values() if d.year}
    out = []
    for c in claims:
        if is_refusal(c.text):
            out.append(Checked(c, "refusal"))
            continue
        cited = [passages[n] for n in c.numbers if n in passages]
        if c.text.strip().endswith((":", "：")) or not _has_words(c.text):
            out.append(Checked(c, "plain"))
            continue
        if cited:
            ok, refs, missing = check_claim(c.text, cited, allowed, q_terms)
            out.append(Checked(c, "supported" if ok else "unsupported", refs, missing))
            continue
        if not _is_claim(c.text, allowed):
            out.append(Checked(c, "plain"))
            continue
        for n in sorted(passages):  # the model forgot the marker: does one passage support it?
            ok, refs, _ = check_claim(c.text, [passages[n]], allowed, q_terms)
            if ok:
                out.append(Checked(c, "matched", refs))
                break
        else:
            out.append(Checked(c, "uncited"))
    return out


def _is_claim(text: str, allowed_numbers: set[str]) -> bool:
    """A sentence that states something (numbers or key terms), not a lead-in ("依据如下：")."""
    t = text.strip()
    if t.endswith((":", "：")) or not _has_words(t):
        return False
    return bool(_claim_numbers(t)) or len(_terms(t, ())) >= 2


def _flag(ch: Checked, lang: str) -> str:
    claim = ch.claim.text.strip()
    claim = claim if len(claim) <= 40 else claim[:39] + "…"
    miss = ("、" if lang == "zh" else ", ").join(ch.missing[:5])
    if lang == "en":
        if ch.status == "unsupported":
            return f'Unsupported: "{claim}" is not backed by the passage it cites' + (f" (missing: {miss})" if miss else "")
        if ch.status == "matched":
            return f'Not cited by the model: "{claim}"; matched to the report text that supports it'
        return f'Uncited and unsupported: "{claim}" is not found in the passages'
    if ch.status == "unsupported":
        return f"无依据：“{claim}”在所引原文中找不到" + (f"（缺少：{miss}）" if miss else "")
    if ch.status == "matched":
        return f"模型未标注引用：“{claim}”，已匹配到支持它的原文"
    return f"未标注引用且无依据：“{claim}”在检索到的原文中找不到"


NOTE = {"zh": "（未核实）", "en": " (unverified)"}


def _segments(checks: list[Checked], lang: str) -> list[Segment]:
    out: list[Segment] = []
    line = None
    for ch in checks:
        if line is not None and ch.claim.line != line:
            out.append(Segment("\n"))
        line = ch.claim.line
        text = ch.claim.text
        core = text.rstrip(_TERMINATORS + "，,.")  # markers go before the closing punctuation
        tail = text[len(core):]
        if ch.status in ("unsupported", "uncited"):
            core = core.rstrip() + NOTE[lang]
        out.append(Segment(core, ch.refs))
        if tail:
            out.append(Segment(tail))
    return out


# the fallback reasons of a reply that arrived but failed verification (not a failed call)
UNVERIFIED_REASONS = ("short answer not supported", "no valid citation", "reply is only citation markers")


def verify_reply(raw: str, passages: Mapping[int, tuple[Chunk, Document]], question: str = "",
                 lang: str = "zh") -> Verified:
    """Everything the answerer needs to show (or refuse to show) an LLM reply."""
    text, stripped = strip_reasoning(raw)
    claims = split_claims(text, passages)
    if not any(_has_words(c.text) for c in claims):
        why = "reply is only citation markers" if find_markers(text, passages) else "empty output"
        return Verified((), "", False, (), why, reasoning_stripped=stripped)
    short, first = short_answer_of(claims)
    checks = _check_all(claims, passages, question)
    by_claim = {id(ch.claim): ch for ch in checks}
    first_checks = [by_claim[id(c)] for c in first]
    refused = any(ch.status == "refusal" for ch in first_checks) or (
        any(ch.status == "refusal" for ch in checks) and not any(ch.status in ("supported", "matched") for ch in checks))
    if refused:
        plain = [Checked(ch.claim, "plain") for ch in checks]
        return Verified(tuple(_segments(plain, lang)), short, True, (), checks=tuple(checks), reasoning_stripped=stripped)
    flags = tuple(_flag(ch, lang) for ch in checks if ch.status in ("unsupported", "uncited", "matched"))
    fallback = ""
    bad = [ch for ch in first_checks if ch.status in ("unsupported", "uncited")]
    if bad:
        fallback = f"short answer not supported by the cited passages ({bad[0].claim.text.strip()[:40]})"
    elif not any(ch.refs for ch in checks):
        fallback = "no valid citation"
    return Verified(tuple(_segments(checks, lang)), short, False, flags, fallback, tuple(checks), stripped)


class StreamFilter:
    """Streamed text with reasoning blocks held back: ``feed(piece)`` returns what may be shown."""

    def __init__(self) -> None:
        self.buf, self.shown, self.inside = "", 0, False

    def feed(self, piece: str) -> str:
        self.buf += piece
        out = []
        while True:
            rest = self.buf[self.shown:]
            if self.inside:
                m = re.search(r"</(think|thinking|reasoning)>", rest, re.IGNORECASE)
                if not m:
                    return "".join(out)
                self.shown += m.end()
                self.inside = False
                continue
            m = re.search(r"<(think|thinking|reasoning)>", rest, re.IGNORECASE)
            if m:
                out.append(rest[:m.start()])
                self.shown += m.end()
                self.inside = True
                continue
            cut = rest.rfind("<")  # a tag may be arriving in pieces: hold back a trailing "<..."
            keep = len(rest) if cut < 0 or ">" in rest[cut:] or len(rest) - cut > 12 else cut
            out.append(rest[:keep])
            self.shown += keep
            return "".join(out)
