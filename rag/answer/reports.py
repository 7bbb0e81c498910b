"""Which reports mention something ("哪些报告提到了述法工作?", "Which reports mention X?").

Every indexed report that the index matches is checked (the answerer passes each
report's best passages from one index lookup, no top-k cap), and a report counts when
one of its sentences holds the question's most specific term (the rarest) and at
least :data:`MIN_COVERAGE` of its weighted terms.  The short answer lists the
reports' places (innermost name, ``赤峰市元宝山区`` -> ``元宝山``) joined by ``、``;
the text says how many reports were checked, then quotes one sentence per report.

>>> display_name("赤峰市元宝山区"), display_name("长治市"), display_name("新疆维吾尔自治区"), display_name("重庆市丰都县栗子乡")
('元宝山', '长治', '新疆', '栗子乡')
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from ..text.normalize import fold
from .evidence import (
    Ask,
    Draft,
    Sent,
    by_report,
    candidates,
    compose,
    in_regions,
    ranked,
    report_label,
    say,
)
from .qtypes import MENTION
from .regions import label
from .terms import coverage

MIN_COVERAGE = 0.5  # weighted share of the question's terms one sentence must hold (as the support threshold)


def display_name(region: str, code: str = "") -> str:
    """A report's place in a list of places (:func:`rag.answer.regions.label`)."""
    return label(region, code) if region else ""


# A department's own report: its title opens with the department (重庆市司法局2022年…, 司法部2021年…,
# 杭州市上城区教育局2024年…), not with a government (…人民政府) or a Party committee (中共…县委).
_DEPT_TITLE_RE = re.compile(r"^(?P<dept>[\u4e00-\u9fff]{2,20}?(?:局|厅|部|委员会|办公室))(?:关于)?\s*(?:19|20)\d\d年")


def department(doc: Document) -> str:
    """The department whose report ``doc`` is, from its title ("" for a government's report).

    >>> department(Document("d", "d.txt", "", "h", title="绍兴市市场监管局2023年法治政府建设情况报告"))
    '绍兴市市场监管局'
    >>> department(Document("d", "d.txt", "", "h", title="宜昌市人民政府2022年法治政府建设年度报告"))
    ''
    """
    m = _DEPT_TITLE_RE.match(fold(doc.title or "").strip())
    return m.group("dept") if m and not m.group("dept").startswith("中共") else ""


def report_name(doc: Document) -> str:
    """A report in a list of reports: its department when a department wrote it (重庆市司法局), else
    its place (:func:`display_name`), else its file name."""
    return department(doc) or display_name(doc.region, doc.region_code) or doc.source


_OBJECT_RE = re.compile(rf"{MENTION}了?(?:关于)?(?P<obj>[^？?。!！]{{2,16}})[？?。!！]?\s*$")
_SEPARATOR_RE = re.compile(r"[、，,;；和与及或]|以及")


def compound(ask: Ask) -> tuple[str, ...]:
    """The terms of what the question asks to be mentioned when it is one unbroken phrase
    (提到了述职述法 -> 述职, 述法): a report must hold all of them in one sentence, not just one.
    Empty when the phrase lists several things (A、B和C), is quoted (a quoted name is one term
    already) or is one term.

    >>> from rag.answer.qtypes import QType
    >>> compound(Ask("哪几份报告写到了述职述法?", "zh", QType("reports"), ("述职", "述法")))
    ('述职', '述法')
    >>> compound(Ask("哪些报告提到了述法和普法?", "zh", QType("reports"), ("述法", "普法")))
    ()
    """
    m = _OBJECT_RE.search(fold(ask.question))
    if m is None or _SEPARATOR_RE.search(m.group("obj")) or re.search(r"[“”\"《》「」『』‘’]", m.group("obj")):
        return ()
    obj = m.group("obj")
    parts = tuple(t for t in ask.terms if t in obj)
    return parts if len(parts) >= 2 else ()


def mentions(ask: Ask, sents: Sequence[Sent], whole: tuple[str, ...] | None = None) -> Sent | None:
    """The report's best sentence holding the question's rarest term and enough of the others
    (all of an unbroken phrase's terms, ``whole``: :func:`compound`, worked out once per question)."""
    if not ask.terms:
        return None
    key = max(ask.terms, key=lambda t: (ask.weights.get(t, 1.0), len(t)))
    whole = compound(ask) if whole is None else whole
    for _, s in ranked(sents, ask)[:8]:
        text = s.chunk.section + "\n" + s.text
        if coverage((key,), s.text)[0] >= 1.0 and coverage(ask.terms, text, ask.weights)[0] >= MIN_COVERAGE \
                and (not whole or coverage(whole, s.text)[0] >= 1.0):
            return s
    return None


_COMPARE_RE = re.compile(r"比较|对比|相比|\bcompar", re.IGNORECASE)
_NAME_Q_RE = re.compile(r"名字|姓名|是谁|叫什么|\bwho\b|\bnames?\b", re.IGNORECASE)


def named_person(sent: Sent, title: str) -> str:
    """The person's name right after ``title`` in the sentence (市委书记李炳军 -> 李炳军), or ""."""
    from .terms import pos_tokens

    toks = pos_tokens(sent.text)
    for i, (w, _) in enumerate(toks[:-1]):
        if w.endswith(title) or (title in w and len(w) <= len(title) + 2):
            nxt, flag = toks[i + 1]
            if flag == "nr" and 2 <= len(nxt) <= 4:
                return nxt
    return ""


def which_reports(ask: Ask, pool: Sequence[Hit], documents: Mapping[str, Document],
                  doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    """The reports among ``documents`` whose passages in ``pool`` support the question's terms."""
    keep = doc_filter or (lambda d: True)  # the places the question names bound the reports checked
    checked = [d for d in documents.values() if keep(d) and (not ask.regions or in_regions(d, ask.regions))]
    grouped = by_report(candidates(pool, documents, ask))
    found = []
    names_asked = bool(_NAME_Q_RE.search(fold(ask.question)))  # 哪几份点出了市委书记的名字: a name must follow
    key = max(ask.terms, key=lambda t: (ask.weights.get(t, 1.0), len(t))) if ask.terms else ""
    people: dict[str, str] = {}
    whole = compound(ask)
    for doc in sorted(checked, key=lambda d: d.doc_id):
        sents = grouped.get(doc.doc_id, ())
        if names_asked:
            sents = [s for s in sents if named_person(s, key)]
        best = mentions(ask, sents, whole)
        if best is not None:
            found.append(best)
            people[doc.doc_id] = named_person(best, key) if names_asked else ""
    if not found:
        return Draft((), "", (), "reports")
    said = {s.doc.doc_id for s in found}
    quiet = [report_name(d) for d in sorted(checked, key=lambda d: d.doc_id) if d.doc_id not in said]
    if quiet and (ask.regions or _COMPARE_RE.search(fold(ask.question))):  # the places compared: say which do not
        note = say(ask, f"共检查{len(checked)}份报告，{len(found)}份提到（未提到：{'、'.join(quiet)}）：",
                   f"{len(checked)} reports checked; {len(found)} mention it (not: {', '.join(quiet)}):")
    else:
        note = say(ask, f"共检查{len(checked)}份报告，{len(found)}份提到：",
                   f"{len(checked)} reports checked; {len(found)} mention it:")
    names = [report_name(s.doc) + (f"（{people[s.doc.doc_id]}）" if people.get(s.doc.doc_id) else "") for s in found]
    short = (", " if ask.lang == "en" else "、").join(dict.fromkeys(names))
    return Draft(compose(short, found, [report_label(s.doc, ask.lang) for s in found], note), short, (), "reports", (note,))
