"""Questions about the reports themselves, answered from the index's catalogue and metadata rows.

- "哪些地方的报告写的是2016年…" / "Which reports cover 2025?" / "山西有哪些地方的报告?": the
  reports whose metadata year is asked, or whose place lies within the asked province
  (:func:`within`), each cited by its title line; the short answer lists their places.
- "报告是哪天发布的 / 成文日期 / 落款日期 / 发文字号": the date or document number of the
  report's metadata row (``发布日期:2018-04-03``, ``[ 成文日期 ] 2026-01-22``, ``昆政呈〔2022〕6号``)
  or its closing date line, cited where it stands.
- "报告是由哪个单位发布的 / which office published the report": the report's publisher
  (``来源:自治区人民政府法制办``, the ingest's ``publisher``), cited where it stands.

>>> is_catalog_question("哪几个地区有2018年的法治政府建设报告?"), is_catalog_question("哪些报告提到了行政调解?")
(True, False)
>>> s = "来源：某某网 发布日期:2019-11-07 09:45"
>>> [s[a:b] for a, b in report_date_spans(s)]
['2019-11-07']
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..records import Document
from ..text import lazy_re as re
from ..text.normalize import fold
from .evidence import Ask, Draft, Sent, compose, report_label, say
from .kinds import DOCNO_Q_RE, DOCNO_RE, OTHER_DOC_Q_RE
from .qtypes import classify
from .reports import report_name

_DATE = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
_ROW_DATE_RE = re.compile(rf"(?:发布|成文|印发|发文|公开)?(?:日期|时间)\s*[\]】]?\s*[:：]?\s*(?P<d>{_DATE})")
_LINE_DATE_RE = re.compile(rf"^[^\n]{{0,24}}?(?P<d>{_DATE})\s*$", re.MULTILINE)  # a byline or closing date
_PUBLISH = r"(?:发布|印发|发出|公布|成文|落款|签发)"
_REPORT_DATE_Q = re.compile(rf"报告[^，,？?]{{0,16}}?{_PUBLISH}|{_PUBLISH}(?:日期|时间)|(?:成文|落款)"
                            r"|\breport\b[^?]{0,60}\b(published|issued|dated|released)\b|\b(published|issued|dated|released)\b[^?]{0,40}\breport\b",
                            re.IGNORECASE)
# who issued the report itself: 报告是由哪个单位发布的 / 报告的发布单位 / which office published the report
_ISSUE = r"(?:发布|印发|发出|公布|报送|上报|提交|编制|撰写|发文)"
_PUBLISHER_Q = re.compile(rf"报告[^，,？?]{{0,12}}?(?:由|是)?(?:哪个|哪一个|哪家|什么|何)(?:单位|部门|机构|机关)[^，,？?]{{0,4}}?{_ISSUE}"
                          rf"|报告[^，,？?]{{0,12}}?{_ISSUE}(?:单位|机构|机关|部门)|报告[^，,？?]{{0,8}}?(?:来源|出处)"
                          r"|\b(?:which|what) (?:unit|body|office|department|agency|organi[sz]ation)\b[^?]{0,30}\b(?:published|issued|released|"
                          r"submitted)\b[^?]{0,40}\breport\b|\bwho (?:published|issued|released|submitted)\b[^?]{0,40}\breport\b",
                          re.IGNORECASE)


def is_catalog_question(question: str) -> bool:
    return classify(question).kind == "catalog"


def is_report_date_question(question: str) -> bool:
    """A question about when the report itself was published or signed."""
    return classify(question).kind == "date" and bool(_REPORT_DATE_Q.search(fold(question)))


def is_doc_number_question(question: str) -> bool:
    """A question about the report's own document number (报告的发文字号), not a cited document's
    (《某某意见》的文号, the number of the work opinions)."""
    q = fold(question)
    return bool(DOCNO_Q_RE.search(q)) and not OTHER_DOC_Q_RE.search(q)


def is_publisher_question(question: str) -> bool:
    """A question about which body issued the report itself (its 来源/发布机构 row)."""
    return bool(_PUBLISHER_Q.search(fold(question)))


def _title_span(doc: Document) -> tuple[int, int]:
    """The report's title where it stands in its text, else its first non-empty line."""
    if doc.title:
        i = doc.text.find(doc.title)
        if i >= 0:
            return i, i + len(doc.title)
    for m in re.finditer(r"[^\n]+", doc.text):
        line = m.group(0).strip()
        if len(line) >= 6:
            a = m.start() + m.group(0).find(line)
            return a, a + len(line)
    return 0, min(len(doc.text), 1)


def catalog(ask: Ask, documents: Mapping[str, Document], within: Callable[[Document], bool] | None = None) -> Draft:
    """The reports of the asked years (``ask.years``) and/or within a place (``within``)."""
    docs = [d for d in sorted(documents.values(), key=lambda d: d.doc_id)
            if (not ask.years or d.year in ask.years) and (within is None or within(d))]
    if not docs or (not ask.years and within is None):
        return Draft((), "", (), "catalog")
    sents = []
    for d in docs:
        a, b = _title_span(d)
        from ..records import Chunk

        chunk = Chunk(f"{d.doc_id}:{a}-{b}", d.doc_id, a, b, d.text[a:b])
        sents.append(Sent(d, chunk, a, b, 0))
    names = [report_name(d) for d in docs]
    short = (", " if ask.lang == "en" else "、").join(dict.fromkeys(names))
    note = say(ask, f"共{len(docs)}份报告（共收录{len(documents)}份）：", f"{len(docs)} of {len(documents)} indexed reports:")
    return Draft(compose(short, sents, [report_label(d, ask.lang) for d in docs], note), short, (), "catalog", (note,))


def report_date_spans(text: str, closing: bool = False) -> list[tuple[int, int]]:
    """Dates of the report's metadata rows (发布日期/成文日期/时间:), then of short lines ending in a
    date (a byline; with ``closing``, the last such line, the 落款, comes first)."""
    rows = [(m.start("d"), m.end("d")) for m in _ROW_DATE_RE.finditer(text)]
    lines = [(m.start("d"), m.end("d")) for m in _LINE_DATE_RE.finditer(text)]
    return list(dict.fromkeys(lines[::-1] + rows if closing else rows + lines))


def report_fact(ask: Ask, sents: Sequence[Sent]) -> Draft | None:
    """The asked report's publication date, document number or publisher from its own text, else None."""
    if not sents:
        return None
    doc = sents[0].doc
    if is_doc_number_question(ask.question):
        spans = [(m.start(), m.end()) for m in DOCNO_RE.finditer(doc.text[:2000])]
    elif is_report_date_question(ask.question):
        spans = report_date_spans(doc.text, closing="落款" in fold(ask.question))
    elif is_publisher_question(ask.question):  # the publisher of the metadata rows, where it stands
        at = doc.text.find(doc.publisher) if doc.publisher else -1
        spans = [(at, at + len(doc.publisher))] if at >= 0 else []
    else:
        return None
    if not spans:
        return None
    a, b = spans[0]
    line_a = doc.text.rfind("\n", 0, a) + 1
    line_b = doc.text.find("\n", b)
    line_b = len(doc.text) if line_b < 0 else line_b
    from ..chunk.sentences import trim_span
    from ..records import Chunk

    la, lb = trim_span(doc.text, line_a, line_b)
    chunk = Chunk(f"{doc.doc_id}:{la}-{lb}", doc.doc_id, la, lb, doc.text[la:lb])
    short = doc.text[a:b]
    return Draft(compose(short, [Sent(doc, chunk, la, lb, 0)]), short, (), ask.qtype.kind)
