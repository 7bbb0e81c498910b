"""Sentence spans with exact offsets.

Sentences end at 。！？；!?; (full-width and ASCII, as the reports mix both) or a
newline; closing quotes/brackets after the terminator stay with the sentence.  A
``.`` is never a terminator (59.46%, 1.2万, "1." headings).  A newline that only wraps a body line
(the line holds clause punctuation and stops mid-clause, the next goes on with a word or a figure, not a
heading: ``负责人出庭应诉\\n131件次，``) does not end the sentence (:func:`soft_wrap`), nor does a page mark a
pasted PDF leaves between a page's last line and the next page's first (``提升到\\n\\n— 3 —\\n\\n34.6%。``,
:func:`page_break_end`): the sentence runs across the mark, which sits inside its span.  Sentences longer than
``max_chars`` are split at clause punctuation (，,、：:) and, failing that, hard-cut.

>>> text = "纠错率为59.46%。市长主持会议16次！"
>>> [text[s:e] for s, e in split_sentences(text)]
['纠错率为59.46%。', '市长主持会议16次！']
"""
from __future__ import annotations

from ..text import lazy_re as re

_TERMINATORS = "。！？；!?;"
_CLOSERS = "”’」』）)】》\"'"
_SENT_RE = re.compile(rf"[^{_TERMINATORS}\n]*(?:[{_TERMINATORS}]+[{_CLOSERS}]*|\n|$)")
_CLAUSE_RE = re.compile(r"[，,、：:]")


# a clause or a sentence already ran on this line, then it is cut off mid-word (…，出庭应诉 / 2.加强法律援助。全年办理法律援助案件)
_BODY_LINE_RE = re.compile(r"[，,；;。！？!?].*[\u3400-\u9fff]$")
_HEADING_START_RE = re.compile(r"\d+\s*[.．、)）](?!\d)|[（(]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节条部分]|[—\-]")


def soft_wrap(text: str, nl: int) -> bool:
    """Whether the newline at ``text[nl]`` only wraps a body line (a pasted PDF keeps its line breaks): the
    line before ran a clause or a sentence (``，``, ``。``) and stops on a character, not a terminator; the next line goes on with a
    CJK word or a figure, not a heading (``1.``, ``（二）``, ``三、``) or a page mark (``— 2 —``).

    >>> t = "一审行政诉讼案件139件，行政机关负责人出庭应诉\\n131件次，出庭应诉率94.2%。"
    >>> h = "四、严格规范公正文明执法，执法质效不断提升\\n一是推进执法改革。"
    >>> soft_wrap(t, t.index("\\n")), soft_wrap(h, h.index("\\n"))
    (True, False)
    """
    start = text.rfind("\n", 0, nl) + 1
    line, nxt = text[start:nl].rstrip(" \t\u3000"), text[nl + 1:nl + 12]
    heading = bool(_HEADING_START_RE.match(line)) and not re.search(f"[{_TERMINATORS}]", line)  # 四、严格执法，质效提升
    return (len(line) >= 12 and not heading and bool(_BODY_LINE_RE.search(line))
            and bool(re.match(r"[\u3400-\u9fff\d]", nxt)) and not _HEADING_START_RE.match(nxt))


_SPACE = r"[ \t\u3000]*"
_MARK = rf"{_SPACE}[—–\-－]{{1,2}}{_SPACE}\d{{1,4}}{_SPACE}[—–\-－]{{1,2}}{_SPACE}"
# a page number between dashes on a line of its own (— 3 —, -3-, －12－), as a pasted PDF leaves it
PAGE_MARK_RE = re.compile(rf"^{_MARK}$", re.MULTILINE)
_PAGE_GAP_RE = re.compile(rf"\n(?:{_SPACE}\n)*{_MARK}\n(?:{_SPACE}\n)*")  # the mark line and the blank lines around it
_CUT_LINE_RE = re.compile(rf"[，,、：:；;。！？!?].*[^{_TERMINATORS}{_CLOSERS}\s]$")  # ran a clause, stops before its end
_GOES_ON_RE = re.compile(r"[\u3400-\u9fff\d“《「]")


def page_marks(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each page mark line's mark (``— 3 —``), without its line break.

    >>> t = "提升到\\n— 3 —\\n34.6%。"
    >>> [t[a:b] for a, b in page_marks(t)]
    ['— 3 —']
    """
    return [m.span() for m in PAGE_MARK_RE.finditer(text)]


def page_break_end(text: str, nl: int) -> int:
    """Where the sentence cut at the newline ``text[nl]`` by a page break goes on (past the page mark line and
    the blank lines around it), or -1: the line before ran a clause and stops mid-sentence (no terminator, not a
    heading), then comes a page mark line, then text that goes on with a word, a figure or an opening quote,
    not an indented paragraph or a heading.

    >>> t = "跨境结算业务稳步增长，占比由上年的11.2%提升到\\n\\n— 3 —\\n\\n34.6%。"
    >>> t[page_break_end(t, t.index("\\n")):]
    '34.6%。'
    >>> h = "办结率100%。\\n\\n— 3 —\\n\\n三、存在的不足"
    >>> page_break_end(h, h.index("\\n"))
    -1
    """
    gap = _PAGE_GAP_RE.match(text, nl)
    if gap is None:
        return -1
    line = text[text.rfind("\n", 0, nl) + 1:nl].rstrip(" \t\u3000")
    heading = bool(_HEADING_START_RE.match(line)) and not re.search(f"[{_TERMINATORS}]", line)
    goes_on = _GOES_ON_RE.match(text, gap.end()) and not _HEADING_START_RE.match(text, gap.end())
    return gap.end() if len(line) >= 12 and not heading and _CUT_LINE_RE.search(line) and goes_on else -1


def _raw_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    goes_on = -1  # pieces starting up to here continue the sentence before (a page break's gap and what follows it)
    for m in _SENT_RE.finditer(text):
        s, e = m.span()
        if e > s:
            if spans and text[spans[-1][1] - 1] == "\n" and goes_on < spans[-1][1]:
                nl = spans[-1][1] - 1  # the line break only wrapped this sentence, or a page break cut it
                goes_on = nl + 1 if soft_wrap(text, nl) else page_break_end(text, nl)
            if spans and s <= goes_on:
                s = spans.pop()[0]
            spans.append((s, e))
    return spans


def _split_long(text: str, s: int, e: int, max_chars: int) -> list[tuple[int, int]]:
    out = []
    while e - s > max_chars:
        cut = None
        for m in _CLAUSE_RE.finditer(text, s, s + max_chars):
            cut = m.end()
        if cut is None or cut <= s:
            cut = _hard_cut(text, s, min(s + max_chars, e))
        out.append((s, cut))
        s = cut
    if e > s:
        out.append((s, e))
    return out


def _hard_cut(text: str, s: int, cut: int) -> int:
    """Back off from ``cut`` so a number or Latin word (59.46%) is not split, within 20 chars."""
    back = cut
    while back > max(s + 1, cut - 20) and _word_char(text[back - 1]) and _word_char(text[back], ".%"):
        back -= 1
    return back if back > max(s + 1, cut - 20) else cut


def _word_char(ch: str, extra: str = "") -> bool:
    return ch.isascii() and (ch.isalnum() or ch in extra)


def split_sentences(text: str, offset: int = 0, max_chars: int = 300) -> list[tuple[int, int]]:
    """``[start, end)`` spans (plus ``offset``) that tile ``text`` exactly, in order.

    Whitespace-only pieces are kept attached so that the spans cover every character.
    """
    spans: list[tuple[int, int]] = []
    for s, e in _raw_spans(text):
        if spans and not text[s:e].strip():
            ps, _ = spans.pop()  # glue blank pieces onto the previous sentence
            spans.append((ps, e))
            continue
        spans.extend(_split_long(text, s, e, max_chars) if e - s > max_chars else [(s, e)])
    if spans and spans[0][0] != 0:
        spans[0] = (0, spans[0][1])
    return [(s + offset, e + offset) for s, e in spans]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it has no leading/trailing whitespace (for quotes)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trimmed_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as ``[s, e)`` offsets into ``text``, each trimmed of
    surrounding whitespace (:func:`trim_span`), blank ones dropped: the spans a quote cites.

    >>> text = "一、总则\\n 第一句。  \\n第二句！"
    >>> [text[s:e] for s, e in trimmed_sentences(text, 5, len(text))]
    ['第一句。', '第二句！']
    """
    out = []
    for s, e in split_sentences(text[start:end], start):
        s, e = trim_span(text, s, e)
        if e > s:
            out.append((s, e))
    return out
