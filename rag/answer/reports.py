"""Which reports mention something ("哪些报告提到了述法工作?", "Which reports mention X?").

Every indexed report that the index matches is checked (the answerer passes each
report's best passages from one index lookup, no top-k cap), and a report counts when
one of its sentences holds the question's most specific term (the rarest) and at
least :data:`MIN_COVERAGE` of its weighted terms.  The short answer lists the
reports' places (innermost name, ``赤峰市元宝山区`` -> ``元宝山``) joined by ``、``;
the text says how many reports were checked, then quotes one sentence per report.

>>> display_name("赤峰市元宝山区"), display_name("长治市"), display_name("新疆维吾尔自治区"), display_name("山西省长治市")
('元宝山', '长治', '新疆', '长治')
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from .evidence import (
    Ask,
    Draft,
    Sent,
    by_report,
    candidates,
    compose,
    ranked,
    report_label,
    say,
)
from .regions import short_name
from .terms import coverage

MIN_COVERAGE = 0.5  # weighted share of the question's terms one sentence must hold (as the support threshold)
_NESTED_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:市|州|盟|地区)(?=[\u4e00-\u9fff]{2,}(?:区|县|旗|市)$)")


def display_name(region: str) -> str:
    """The innermost place of ``region`` without its suffix (a county under its city: the county)."""
    if not region:
        return ""
    m = _AUTONOMOUS_RE.match(region)
    if m:
        return m.group(1)
    inner = _PROVINCE_RE.sub("", region) or region  # 山西省长治市 -> 长治市
    return short_name(_NESTED_RE.sub("", inner))


_PROVINCE_RE = re.compile(r"^(?:内蒙古|[\u4e00-\u9fff]{2})(?:省|(?:维吾尔|壮族|回族)?自治区)(?=[\u4e00-\u9fff]{2,})")
_AUTONOMOUS_RE = re.compile(r"^(内蒙古|[\u4e00-\u9fff]{2})(?:维吾尔|壮族|回族)?自治区$")  # 新疆维吾尔自治区 -> 新疆


def mentions(ask: Ask, sents: Sequence[Sent]) -> Sent | None:
    """The report's best sentence holding the question's rarest term and enough of the others."""
    if not ask.terms:
        return None
    key = max(ask.terms, key=lambda t: (ask.weights.get(t, 1.0), len(t)))
    for _, s in ranked(sents, ask)[:8]:
        text = s.chunk.section + "\n" + s.text
        if coverage((key,), s.text)[0] >= 1.0 and coverage(ask.terms, text, ask.weights)[0] >= MIN_COVERAGE:
            return s
    return None


def which_reports(ask: Ask, pool: Sequence[Hit], documents: Mapping[str, Document],
                  doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    """The reports among ``documents`` whose passages in ``pool`` support the question's terms."""
    keep = doc_filter or (lambda d: True)
    checked = [d for d in documents.values() if keep(d)]
    grouped = by_report(candidates(pool, documents, ask))
    found = []
    for doc in sorted(checked, key=lambda d: d.doc_id):
        best = mentions(ask, grouped.get(doc.doc_id, ()))
        if best is not None:
            found.append(best)
    note = say(ask, f"共检查{len(checked)}份报告，{len(found)}份提到：",
               f"{len(checked)} reports checked; {len(found)} mention it:")
    if not found:
        return Draft((), "", (), "reports")
    names = [display_name(s.doc.region) or s.doc.source for s in found]
    short = (", " if ask.lang == "en" else "、").join(dict.fromkeys(names))
    return Draft(compose(short, found, [report_label(s.doc, ask.lang) for s in found], note), short, (), "reports")
