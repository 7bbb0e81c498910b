"""What restricts a counted noun: the words a question writes before it with 的, which the evidence must
carry too (:func:`rag.answer.asked_measure.measured_words` adds them to what is measured).

Asked ``专职的调解员有多少名``, the report's ``共有人民调解员1,538名`` counts every mediator, not the full-time
ones; asked ``有执法证的执法人员有多少人``, ``培训执法人员5,600人次`` counts no certificate holders.  A modifier
joined by 的 says which of the counted things are asked (专职, 执业, 女性 …; a verb there, 组织的 or
公布的, frames the count in words the report need not repeat); a clause ``有/持有/取得 N 的`` says
the holders of N are counted, which the genre writes with N or as ``持证`` (a certificate's holders).  A
scope (全市的), a time (当年的) or a place is no restriction: the answering sentence need not repeat it.

A sum asked as spent or paid (``花了多少钱``, ``how much did it spend / pay in fees``) is an outlay, which the
genre writes with an outlay word (:data:`OUTLAY_WORDS`: 支出, 经费, 投入, 支付…费用); a sum recovered for others
(追讨劳动报酬) or a contract's amount (涉及金额) is no outlay (:func:`asked_outlay`).

>>> restricting_words("新安县的人民调解员里头,专职的调解员有", ("人民调解员", "专职", "调解员"), "调解员")
('专职',)
>>> restricting_words("全市手里有执法证的行政执法人员总共有", ("全市", "手里", "执法", "行政执法", "人员"), "人员")
('执法证|持证',)
>>> restricting_words("全市的律师有", ("全市", "律师"), "律师"), restricting_words("律师有", ("律师",), "律师")
((), ())
>>> restricting_words("被评为不合格的案卷有", ("评为", "不合格", "案卷"), "案卷")  # a grade given: which of them
('不合格',)
>>> restricting_words("2022年评查中认定为优秀的案卷有", ("评查", "认定", "优秀", "案卷"), "案卷")
('优秀',)
>>> restricting_words("延边州政府办的复议案子里,一共有", ("政府办", "复议", "案子"), "案子")  # the place's body: who, not which
()
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re

# a possession clause closing before 的: 有执法证, 持有律师执业证, 取得执法资格 (the thing held; not 有/持 again)
_HOLD_VERBS = "(?:持有|具有|具备|取得|拿到|领到|领取|有|持)"
_HOLDS_RE = re.compile(rf"{_HOLD_VERBS}([\u4e00-\u9fff]{{2,8}}?)$")
_CERTIFICATE_RE = re.compile(r"(?:证|证件|证书)$")  # a certificate's holders: 持证 (持证执法人员, 持证率)
_SCOPE_RE = re.compile(r"^(?:[全本各该][省市县区州旗盟乡镇村]|本级|[省市县区州]级|全国|全部|所有|各级|其中|当年|今年|去年|全年)$")
_CLAUSE_END_RE = re.compile(r"[，,；;。：:？?、\s]")
# what may stand before a kind word opening its clause (2022年全县专职的): a year, the scope, 其中
_LEAD_RE = re.compile(r"(?:(?:19|20)\d{2}年度?|[全本各该][省市县区州旗盟乡镇村]|其中|当中|这些|里头|里面)")
# a grade or finding given right before the kind (被评为不合格的, 评查出来合格的, 认定为优秀的): which of them, whatever sets the scene
_GRADED_RE = re.compile(r"(?:被?(?:判|评|评定|认定|确定|定|列|划|核定)为|属于|(?:评|查|审|核)出来?)$")
OUTLAY_WORDS = "支出|花费|开支|投入|经费|资金|支付|费用|拨付|拨款|付费|预算"
# a Chinese question asking what was spent or paid: 花了多少钱, 支出多少万元, 投入了多少资金, 付了多少费用
_OUTLAY_ZH_RE = re.compile(r"(?:花|花费|花掉|支出|开支|投入|支付|付|拨付|拨|用掉|用了|预算|安排|列支)了?(?:大约|大概|约)?(?:多少|几)"
                           r"(?:钱|资金|经费|费用|[万亿千百]?元)")


_HELD_Q_RE = re.compile(rf"{_HOLD_VERBS}([\u4e00-\u9fff]{{2,8}}?)的")
_LAPSED_RE = "(?:过期|失效|到期|被?注销|被?吊销|被?暂扣|被?收回)"
_LACKING_RE = "(?:未|无|没有|未能)(?:取得|持有|持|领取|具有|具备)?"


def held_lapsed(question: str, clause: str) -> bool:
    """Does the figure's ``clause`` count those whose held thing the (folded) ``question`` asks about has
    lapsed or is lacking (asked 有执法证的人员, the clause's ``321名执法证件过期人员`` or ``未取得执法证的``)?

    >>> held_lapsed("有执法证的执法人员有多少人", "对321名执法证件过期人员暂停执法资格")
    True
    >>> held_lapsed("有执法证的执法人员有多少人", "全市持证执法人员1,150名"), held_lapsed("执法人员有多少人", "证件过期12名")
    (False, False)
    """
    from ..text.normalize import fold_chars

    m = _HELD_Q_RE.search(question)
    if m is None:
        return False
    thing, c = m.group(1), fold_chars(clause)
    stem = re.escape(thing[:-1]) + r"[\u4e00-\u9fff]{0,2}" + re.escape(thing[-1]) + r"(?:件|书)?" if len(thing) >= 2 else re.escape(thing)
    return bool(re.search(rf"{_LACKING_RE}{stem}|{stem}{_LAPSED_RE}", c))


def asked_outlay(question: str) -> tuple[str, ...]:
    """(:data:`OUTLAY_WORDS`,) when a Chinese ``question`` (folded) asks how much was spent or paid, else ().

    >>> asked_outlay("法律援助中心花了多少钱?") == (OUTLAY_WORDS,), asked_outlay("涉及金额多少元?")
    (True, ())
    """
    return (OUTLAY_WORDS,) if _OUTLAY_ZH_RE.search(question) else ()


def restricting_words(before_ask: str, terms: Sequence[str], word: str) -> tuple[str, ...]:
    """The words ``before_ask`` (a folded question up to its asked ``多少``) restricts the counted ``word``
    (with the ``terms`` written right before it, its noun phrase) by: the term before ``的`` (专职的调解员 ->
    专职) or the thing held (有执法证的人员 -> ``执法证|持证``); () when nothing restricts it."""
    from .other_measure import asked_phrase
    from .pos_tags import pos_flag
    from .terms import content_terms, role_weight

    if word not in before_ask:
        return ()
    start = before_ask.rfind(asked_phrase(before_ask, terms, word))  # the noun phrase ending in word: 行政执法|人员
    if not before_ask.endswith("的", 0, start):
        return ()
    clause = _CLAUSE_END_RE.split(before_ask[:start - 1])[-1]
    held = _HOLDS_RE.search(clause)
    if held:
        thing = held.group(1)
        return (f"{thing}|持证",) if _CERTIFICATE_RE.search(thing) else (thing,)
    last = (content_terms(clause) or ("",))[-1]
    if len(last) < 2 or last not in terms or not clause.endswith(last) or _SCOPE_RE.match(last) \
            or pos_flag(last)[:1] in ("f", "t", "m", "r", "s") or role_weight(last) < 1.0:
        return ()  # a place, a time, a numeral: scope, not a kind; a verb (组织的, 公布的): how the count is framed
    if not _GRADED_RE.search(clause[:-len(last)]) and _LEAD_RE.sub("", clause[:-len(last)]):  # 延边州政府办的案子: a
        return ()  # place's body doing it (its agent), not a kind
    return (last,)
