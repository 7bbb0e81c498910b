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
from ..text.normalize import fold, fold_chars
from .drafts import Draft, compose, report_label, say
from .evidence import Ask, Sent
from .kinds import DOCNO_Q_RE, DOCNO_RE, OTHER_DOC_Q_RE
from .qtypes import classify
from .reports import report_name

_DATE = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
_ROW_DATE_RE = re.compile(rf"(?P<label>发布|成文|印发|发文|公开)?(?:日期|时间)\s*[\]】]?\s*[:：]?\s*(?P<d>{_DATE})")
_LINE_DATE_RE = re.compile(rf"^[^\n]{{0,24}}?(?P<d>{_DATE})\s*$", re.MULTILINE)  # a byline or closing date
# the ways of saying the report was put out: 发布, 挂出来/挂网/挂到网上, 上网, 对外公开 (not 政务公开,
# 信息公开, 公开征求意见: the work the report describes), 刊发/刊登, 放出来
_PUBLISH = (r"(?:发布|印发|发出|公布|成文|落款|签发|挂出|挂网|挂到|挂上|上网|刊发|刊登|刊出|放出|贴出|推出|披露"
            r"|(?<![务息])公开(?!征求|招聘|招标|选拔|听证|遴选|竞争|审判|庭审))")
_WHEN = r"(?:哪天|哪一天|哪日|哪个日子|什么时候|什么时间|何时|何日|几月几[日号]|几号|哪年哪月)"
# the report's closing date line, named by where it stands or by the signing: 文末署的日期, 落款, 署的日期 (not 部署, 签署
# of an agreement); "sign its report", "the date on the report"
_CLOSING = (r"(?:落款|(?:文末|文尾|篇末|末尾|结尾|(?<=报告)(?:最后|最末)|(?<=报告的)(?:最后|最末))[^，,？?]{0,6}?(?:日期|时间|哪天|哪一天|何时|几号|几月)"
            r"|(?<![部签])署(?:名|的|上|了)?的?(?:什么|哪个|哪一个|哪一)?(?:日期|时间|哪天|哪一天))")
_CLOSING_EN = (r"\bsign(?:s|ed|ing)?\s+(?:off\s+(?:on\s+)?)?(?:its|the|this|that|their|a)\s+(?:[\w'-]+\s+){0,4}?report\b"
               r"|\bdate\s+(?:does|did|do)\b[^?]{0,60}\breport\s+(?:bear|carry|show)\b"  # what date does the report bear
               # the report named by what it covers ("the report on its 2023 rule-of-law work signed off"), not a thing it
               # says was signed (the agreement the report says was signed; the report: when was the MoU signed)
               r"|\breport\b(?:(?!\b(?:says?|said|mentions?|mentioned|states?|stated|notes?|noted|when|what|which|who|how|was|were|is"
               r"|did|does|agreements?|memorand\w*|mous?|contracts?|deals?|pacts?|accords?|protocols?|treat(?:y|ies))\b)[^?,;]){0,60}"
               r"\bsigned\b")
_REPORT_DATE_Q = re.compile(rf"报告[^，,？?]{{0,16}}?{_PUBLISH}|{_PUBLISH}(?:日期|时间)|成文|{_CLOSING}|{_CLOSING_EN}"
                            rf"|报告[，,]\s*(?:是|于|在)?{_WHEN}[^，,？?]{{0,6}}?{_PUBLISH}"  # 那份报告,是哪天挂出来的
                            r"|\bdate\b[^?]{0,12}\b(?:on|of)\s+(?:[\w'-]+\s+){0,6}?report\b"  # what date is on X's report
                            r"|\breport\b[^?]{0,60}\b(published|issued|dated|released|posted|uploaded|made public"
                            r"|put (?:up|out|online|on ?line))\b"
                            r"|\b(published|issued|dated|released|posted|uploaded)\b[^?]{0,40}\breport\b",
                            re.IGNORECASE)
# who issued the report itself: 报告是由哪个单位发布的 / 报告的发布单位 / which office published the report
_ISSUE = r"(?:发布|印发|发出|公布|报送|上报|提交|编制|撰写|发文)"
_PUBLISHER_Q = re.compile(rf"报告[^，,？?]{{0,12}}?(?:由|是)?(?:哪个|哪一个|哪家|什么|何)(?:单位|部门|机构|机关)[^，,？?]{{0,4}}?{_ISSUE}"
                          rf"|报告[^，,？?]{{0,12}}?{_ISSUE}(?:单位|机构|机关|部门)|报告[^，,？?]{{0,8}}?(?:来源|出处)"
                          r"|\b(?:which|what) (?:unit|body|office|department|agency|organi[sz]ation)\b[^?]{0,30}\b(?:published|issued|released|"
                          r"submitted)\b[^?]{0,40}\breport\b|\bwho (?:published|issued|released|submitted)\b[^?]{0,40}\breport\b",
                          re.IGNORECASE)

# to whom the report itself is addressed: 报告是呈报给哪个机关的 / 报告向谁报送 / to which body was the report submitted
_SEND = r"(?:报送|呈报|上报|呈送|递交|提交|报|送|交)"
_GAP = r"(?:(?!提到|提及|写到|中|里|显示|指出)[^，,？?]){0,12}?"  # the report itself, not what it mentions
_RECIPIENT_Q = re.compile(rf"报告{_GAP}{_SEND}给?了?(?:(?:哪个|哪一个|哪家|什么|何)(?:单位|部门|机构|机关|组织|领导)|谁)"
                          rf"|报告{_GAP}(?:向|对)(?:哪个|哪一个|哪家|哪些|什么|谁)[^，,？?]{{0,6}}?(?:报告|报送|呈报|汇报|提交)"
                          rf"|报告的?(?:{_SEND}|主送)(?:对象|机关|单位)"
                          r"|\b(?:to|for) (?:which|what|whom)\b[^?]{0,70}\breport\b[^?]{0,40}\b(?:submitted|addressed|sent|presented)\b"
                          r"|\breport\b[^?]{0,60}\b(?:submitted|addressed|sent|presented) to\b|\baddressee\b",
                          re.IGNORECASE)
# the genre's salutation: a line of its own near the top naming the body the report is addressed
# to and closing with a colon (佛山市顺德区人民代表大会常务委员会: / 省人民政府: / 市委、市政府:)
_ORGAN = (r"(?:人民代表大会常务委员会|人大常委会|常务委员会|常委会|人民政府|政府|委员会|党委|[省市县区州旗]委"
          r"|办公厅|办公室|[局厅部])")
_SALUTATION_RE = re.compile(rf"^[ \t\u3000]*(?P<to>[\u4e00-\u9fff（）()、]{{1,40}}?{_ORGAN})[ \t\u3000]*[:：][ \t\u3000]*$",
                            re.MULTILINE)
_SALUTATION_WITHIN = 1500  # characters: the salutation stands before the body


def is_catalog_question(question: str) -> bool:
    return classify(question).kind == "catalog"


# a thing the report mentions (报告中提到的平台是哪天上线的, the platform mentioned in the report): its date, not the report's
_MENTIONED_Q = re.compile(r"报告(?:(?:中|里|内)(?:提到|提及|写到|讲到|说到|所说|所述|列出|讲|说|写)?|提到|提及|写到|讲到|说到|所说|所述"
                          r"|列出)的|\b(?:mentioned|named|described|cited|listed) in\b[^?]{0,30}\breport\b",
                          re.IGNORECASE)


def is_report_date_question(question: str) -> bool:
    """A question about when the report itself was published or signed, or a yes/no claim of that date
    (报告是2020年3月才落款的吗)."""
    q = fold(question)
    if not _REPORT_DATE_Q.search(q) or _MENTIONED_Q.search(q):
        return False
    kind = classify(question).kind
    return kind == "date" or (kind == "yesno" and bool(_DATE_CLAIM_Q.search(q)) and bool(_CLAIMED_DATE_RE.search(q)))


# a yes/no claim of the report's own date: 报告是2020年3月发布的吗, 是哪月落款的 (not 报告里提到2020年3月印发《X》)
_DATE_CLAIM_Q = re.compile(r"报告[^，,？?]{0,4}?(?:是|于|在)?(?:19|20)\d{2}年\d{1,2}月|成文|落款")
_CLAIMED_DATE_RE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})[日号])?")


def _date_verdict(question: str, date: str) -> bool | None:
    """Does the report's date (``2020年2月28日``, ``2020-02-28``) fall in the year, month (and day) the
    question claims?  None when the question claims no month."""
    claim = _CLAIMED_DATE_RE.search(fold(question))
    got = [int(x) for x in re.findall(r"\d+", date)]
    if claim is None or len(got) < 2:
        return None
    y, m, d = int(claim.group(1)), int(claim.group(2)), int(claim.group(3) or 0)
    return got[0] == y and got[1] == m and (not d or len(got) < 3 or got[2] == d)


def is_doc_number_question(question: str) -> bool:
    """A question about the report's own document number (报告的发文字号), not a cited document's
    (《某某意见》的文号, the number of the work opinions)."""
    q = fold(question)
    return bool(DOCNO_Q_RE.search(q)) and not OTHER_DOC_Q_RE.search(q)


def is_publisher_question(question: str) -> bool:
    """A question about which body issued the report itself (its 来源/发布机构 row)."""
    return bool(_PUBLISHER_Q.search(fold(question)))


def is_recipient_question(question: str) -> bool:
    """A question about the body the report itself is submitted to (its salutation line)."""
    return bool(_RECIPIENT_Q.search(fold(question)))


def salutation_span(text: str) -> tuple[int, int] | None:
    """The addressee of the report's salutation line (``XX人民代表大会常务委员会:``), or None."""
    m = _SALUTATION_RE.search(fold_chars(text[:_SALUTATION_WITHIN]))  # length-preserving: 委員會 too
    return (m.start("to"), m.end("to")) if m else None


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


# a header gives several dates: the one put out (发布/公开日期) and the one written (成文/印发/发文日期);
# a question saying which it asks for (正式发布 / released; 成文 / dated) is answered by that row
_ROW_KINDS = {"release": ("发布", "公开"), "written": ("成文", "印发", "发文")}
_WRITTEN_Q = re.compile(rf"成文|签发|印发|{_CLOSING}|{_CLOSING_EN}|\b(?:dated|signed|written)\b", re.IGNORECASE)
_RELEASE_Q = re.compile(r"发布|公布|公开|挂出|挂网|挂到|挂上|上网|刊发|刊登|刊出|放出|贴出|披露"
                        r"|\b(?:published|released|posted|uploaded|made public|put (?:up|out|online))\b", re.IGNORECASE)


def asks_closing(question: str) -> bool:
    """Does a report-date question ask for the closing date line (落款, 文末署的日期, signed)?

    >>> asks_closing("报告文末署的日期是哪天?"), asks_closing("When did X sign its report?"), asks_closing("报告是哪天发布的?")
    (True, True, False)
    """
    return bool(_CLOSING_RE.search(fold(question)))


_CLOSING_RE = re.compile(rf"{_CLOSING}|{_CLOSING_EN}", re.IGNORECASE)


def asked_row(question: str) -> str:
    """Which header date a report-date question asks for: "written", "release" or "" (either)."""
    q = fold(question)
    return "written" if _WRITTEN_Q.search(q) else "release" if _RELEASE_Q.search(q) else ""


def report_date_spans(text: str, closing: bool = False, row: str = "") -> list[tuple[int, int]]:
    """Dates of the report's metadata rows (发布日期/成文日期/时间:; with ``row``, those of that kind
    first: :func:`asked_row`), then of short lines ending in a date (a byline; with ``closing``, the
    last such line, the 落款, comes first)."""
    text = fold_chars(text)  # length-preserving: a report in traditional characters (發佈時間：) has the same rows
    found = list(_ROW_DATE_RE.finditer(text))
    found.sort(key=lambda m: m.group("label") not in _ROW_KINDS.get(row, ()))  # stable: text order within a kind
    rows = [(m.start("d"), m.end("d")) for m in found]
    lines = [(m.start("d"), m.end("d")) for m in _LINE_DATE_RE.finditer(text)]
    return list(dict.fromkeys(lines[::-1] + rows if closing else rows + lines))


def report_fact(ask: Ask, sents: Sequence[Sent]) -> Draft | None:
    """The asked report's publication date, document number or publisher from its own text, else None."""
    if not sents:
        return None
    doc = sents[0].doc
    if is_doc_number_question(ask.question):
        spans = [(m.start(), m.end()) for m in DOCNO_RE.finditer(fold_chars(doc.text[:2000]))]  # 〔2021〕3號 too
    elif is_report_date_question(ask.question):
        spans = report_date_spans(doc.text, closing=asks_closing(ask.question), row=asked_row(ask.question))
    elif is_recipient_question(ask.question):  # before the publisher: 报送给哪个机关 is the addressee
        span = salutation_span(doc.text)
        spans = [span] if span else []
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
    if ask.qtype.kind == "yesno":  # 报告是2020年3月才落款的吗: the claim against the report's own date
        verdict = _date_verdict(ask.question, short)
        if verdict is None:
            return None
        from .yesno import labels

        short = labels(ask.lang)[0 if verdict else 1]
    return Draft(compose(short, [Sent(doc, chunk, la, lb, 0)]), short, (), ask.qtype.kind)
