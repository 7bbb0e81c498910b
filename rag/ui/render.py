"""Pure HTML rendering of answers, source cards and the report viewer.

Everything that comes from a report or a user is escaped here, in one place; the app
only glues these strings into Gradio components.  Output has no newline characters
so that the chatbot's Markdown renderer treats a whole answer as one raw HTML block
(a blank line would end the block and let Markdown reinterpret report text).

Citation chips are links ``#cite-<answer id>-<n>``: the chatbot's sanitiser keeps
``class`` and ``href`` but drops ``data-*`` attributes, so the answer id and marker
number travel in the fragment.  ``assets/app.js`` turns a click on one into an event.

>>> chip(3, 1)
'<a class="cite-chip" href="#cite-3-1" title="[1]">1</a>'
>>> answer_body("见<b>[1]</b>", 0, {1})
'见&lt;b&gt;<a class="cite-chip" href="#cite-0-1" title="[1]">1</a>&lt;/b&gt;'
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

from ..records import Answer, Citation, Document
from ..text import lazy_re as re
from .i18n import t

CONTEXT_CHARS = 200  # characters of context either side of a cited span on a card
MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\]")
_NUMS = re.compile(r"\d{1,3}")


def esc(text: object) -> str:
    """HTML-escape anything (quotes too), newlines become ``<br>``.

    >>> esc('<script>alert("x")</script>\\nok')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>ok'
    """
    s = html.escape("" if text is None else str(text), quote=True)
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _esc_block(text: str) -> str:
    """Escape for a ``white-space: pre-wrap`` block: newlines kept as character references."""
    return html.escape(text, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def chip(aid: int, n: int) -> str:
    """A clickable citation chip for marker ``n`` of answer ``aid``."""
    aid, n = int(aid), int(n)
    return f'<a class="cite-chip" href="#cite-{aid}-{n}" title="[{n}]">{n}</a>'


def answer_body(text: str, aid: int | None, known: Iterable[int]) -> str:
    """Answer text with markers ``[1]``, ``[1, 2]`` for known citations turned into chips.

    Unknown numbers (or ``aid=None`` while streaming) stay literal, escaped text.
    """
    known = set(known)
    out: list[str] = []
    pos = 0
    for m in MARKER.finditer(text):
        nums = [int(x) for x in _NUMS.findall(m.group(1))]
        if aid is None or not nums or any(n not in known for n in nums):
            continue
        out.append(esc(text[pos:m.start()]))
        out.append("".join(chip(aid, n) for n in nums))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def _flags(flags: Sequence[str], lang: str) -> str:
    if not flags:
        return ""
    items = "".join(f"<li>{esc(f)}</li>" for f in flags)
    return f'<div class="rag-flags" title="{esc(t("flags", lang))}"><ul>{items}</ul></div>'


def _rewrite(rewritten: str, question: str, lang: str) -> str:
    if not rewritten or rewritten.strip() == question.strip():
        return ""
    return f'<div class="rag-rewrite">{esc(t("rewritten", lang))}<q>{esc(rewritten)}</q></div>'


def render_answer(answer: Answer, aid: int, lang: str = "zh") -> str:
    """The finished answer as one chatbot message: rewrite note, body with chips, flags, footer."""
    parts = [f'<div class="rag-answer" id="answer-{int(aid)}">', _rewrite(answer.rewritten_question, answer.question, lang)]
    if answer.abstained:
        parts.append(f'<div class="rag-abstain">{esc(t("abstained", lang))}</div>')
    parts.append(f'<div class="rag-body">{answer_body(answer.answer, aid, (c.n for c in answer.citations))}</div>')
    parts.append(_every_report(answer, lang))
    parts.append(_flags(answer.flags, lang))
    meta = f'{esc(t("answered_by", lang))} {esc(answer.mode)} · {esc(t("n_sources", lang, n=len(answer.citations)))}'
    parts.append(f'<div class="rag-meta">{meta}</div></div>')
    return "".join(parts)


def _every_report(answer: Answer, lang: str) -> str:
    """A "which reports" answer that quotes only its first reports: every matching report, folded
    (``Answer.meta["reports"]``: names and years only, so no span is worked out to show it)."""
    every = answer.meta.get("reports") if isinstance(answer.meta, dict) else None
    if not every or len(every) <= len(answer.citations) or not hasattr(every, "labels"):
        return ""
    items = "".join(f"<li>{esc(x)}</li>" for x in every.labels())
    return f'<details class="rag-reports"><summary>{esc(t("all_reports", lang, n=len(every)))}</summary><ol>{items}</ol></details>'


def render_partial(text: str, question: str = "", rewritten: str = "", lang: str = "zh") -> str:
    """An answer still being streamed: escaped text, markers not yet clickable."""
    body = answer_body(text, None, ()) if text else f'<span class="rag-wait">{esc(t("thinking", lang))}</span>'
    return (f'<div class="rag-answer rag-streaming">{_rewrite(rewritten, question, lang)}'
            f'<div class="rag-body">{body}</div></div>')


def render_error(message: str, lang: str = "zh") -> str:
    return f'<div class="rag-answer rag-error">{esc(t("error", lang, msg=message))}</div>'


def render_notice(message: str) -> str:
    return f'<div class="rag-answer rag-notice">{esc(message)}</div>'


# --- source cards -------------------------------------------------------------------
def context_parts(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, span, after) around ``[start, end)``, ``width`` characters either side.

    >>> context_parts("abcdefgh", 3, 5, width=2)
    ('bc', 'de', 'fg')
    """
    return text[max(0, start - width):start], text[start:end], text[end:end + width]


def span_ok(text: str | None, c: Citation) -> bool:
    """True when the citation's offsets still point at its quote in ``text``."""
    return text is not None and 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.quote


def _context_html(text: str | None, c: Citation) -> str:
    if not span_ok(text, c):
        return f"<mark>{_esc_block(c.quote)}</mark>"
    before, span, after = context_parts(text, c.start, c.end)  # type: ignore[arg-type]
    lead = "…" if c.start > len(before) else ""
    tail = "…" if c.end + len(after) < len(text) else ""  # type: ignore[arg-type]
    return f"{lead}{_esc_block(before)}<mark>{_esc_block(span)}</mark>{_esc_block(after)}{tail}"


def citation_label(c: Citation) -> str:
    return c.title or c.source or c.doc_id


def render_card(c: Citation, text: str | None, aid: int, selected: bool = False, lang: str = "zh") -> str:
    """One source card: number, title, region, year, section, the span in context."""
    aid, n = int(aid), int(c.n)
    meta = [f'<span class="src-tag">{esc(x)}</span>' for x in (c.region, c.year) if x not in ("", None)]
    if c.section:
        meta.append(f'<span class="src-sec">{esc(t("section", lang))}：{esc(c.section)}</span>')
    view = ""
    if span_ok(text, c):
        view = (f'<button type="button" class="src-view" id="view-{aid}-{n}">'
                f'{esc(t("view_in_report", lang))}</button>')
    cls = "src-card selected" if selected else "src-card"
    return (f'<div class="{cls}" id="src-{aid}-{n}">'
            f'<div class="src-head"><span class="src-n">{n}</span>'
            f'<span class="src-title">{esc(citation_label(c))}</span></div>'
            f'<div class="src-meta">{"".join(meta)}</div>'
            f'<div class="src-ctx">{_context_html(text, c)}</div>'
            f'<div class="src-foot"><span class="src-pos">{esc(c.source)} [{int(c.start)}, {int(c.end)})</span>{view}</div>'
            f"</div>")


def render_sources(citations: Sequence[Citation], texts: Mapping[str, str], aid: int | None,
                   selected: int | None = None, lang: str = "zh") -> str:
    """The sources panel for one answer; ``texts`` maps doc_id -> stored text."""
    if aid is None:
        return f'<div class="src-panel"><p class="src-empty">{esc(t("sources_empty", lang))}</p></div>'
    if not citations:
        return f'<div class="src-panel" data-aid="{int(aid)}"><p class="src-empty">{esc(t("no_citations", lang))}</p></div>'
    cards = "".join(render_card(c, texts.get(c.doc_id), aid, c.n == selected, lang) for c in citations)
    return f'<div class="src-panel" data-aid="{int(aid)}">{cards}</div>'


# --- report viewer ------------------------------------------------------------------------
def _doc_meta(doc: Document, lang: str) -> str:
    from ..places import display

    bits = [x for x in (display(doc.region, lang), f"{doc.year}" if doc.year else "", doc.published, doc.doc_number) if x]
    bits += [doc.source, f"{doc.chars} {t('chars', lang)}"]
    return " · ".join(esc(b) for b in bits)


def render_report(doc: Document, start: int | None = None, end: int | None = None, lang: str = "zh") -> str:
    """The whole report, the span ``[start, end)`` (if valid) wrapped in ``<mark id="report-mark">``.

    >>> d = Document(doc_id="d", source="a.txt", text="甲<乙>丙", content_hash="h")
    >>> render_report(d, 1, 4).split('report-text">')[1]
    '甲<mark id="report-mark" class="report-mark">&lt;乙&gt;</mark>丙</div></div>'
    """
    text = doc.text
    head = (f'<div class="report-head"><h3>{esc(doc.title or doc.source)}</h3>'
            f'<div class="report-meta">{_doc_meta(doc, lang)}</div></div>')
    if start is not None and end is not None and 0 <= start < end <= len(text):
        body = (f'{_esc_block(text[:start])}<mark id="report-mark" class="report-mark">'
                f'{_esc_block(text[start:end])}</mark>{_esc_block(text[end:])}')
        pos = f'<div class="report-pos">{esc(t("span", lang))} [{int(start)}, {int(end)})</div>'
    else:
        body, pos = _esc_block(text), ""
    return f'<div class="report-view" data-doc="{esc(doc.doc_id)}">{head}{pos}<div class="report-text">{body}</div></div>'


def render_report_empty(lang: str = "zh") -> str:
    return f'<div class="report-view empty"><p>{esc(t("report_empty", lang))}</p></div>'


def render_report_modal(doc: Document, start: int, end: int, lang: str = "zh") -> str:
    """The report viewer as an overlay over the chat, with a close button (``assets/viewer.js``)."""
    close = esc(t("close", lang))
    return (f'<div class="report-modal" role="dialog" aria-modal="true"><div class="report-modal-inner">'
            f'<button type="button" class="report-close" aria-label="{close}">{close} ✕</button>'
            f"{render_report(doc, start, end, lang)}</div></div>")


def render_lines(lines: Sequence[str], kind: str = "info") -> str:
    """A short list of user-facing messages (upload results...), each escaped."""
    if not lines:
        return ""
    kind = kind if kind in ("info", "warn", "ok") else "info"
    return f'<div class="rag-lines {kind}">' + "".join(f"<div>{esc(x)}</div>" for x in lines) + "</div>"


def render_status(summary: str) -> str:
    return f'<div class="rag-status">{esc(summary)}</div>'
