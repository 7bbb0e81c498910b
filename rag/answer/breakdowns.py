"""A figure broken down into its parts, and the part a question's qualifier names.

Reports give a total and then its parts, in brackets (``办结24件(责令履行3件、撤销2件、维持19件)``)
or after 其中 (``创建示范村255个,其中国家级7个、省级45个``).  Asked for one part (作出维持决定的有几件,
国家级的有几个), the answer is the part whose own label holds a question term that no other part's
label and not the total's own words hold: the part inherits what the total's words say about it
(:func:`part_total`), so it is preferred to the total.  Pure functions over a folded sentence and its
figure spans (:func:`rag.answer.figures.number_spans`).  Items listed with 、 in one clause
(``抽查A 133批次、跨部门抽查B 231批次``) are parts too: a figure's own item must hold the asked words (:func:`item_fit`).

>>> from rag.answer.figures import number_spans
>>> s = "共办结24件(责令履行3件、撤销2件、维持19件)。"
>>> spans = number_spans(s)
>>> [(s[a:b], [s[x:y] for (x, y, _), _ in parts]) for (a, b, _), parts in breakdowns(s, spans)]
[('24件', ['3件', '2件', '19件'])]
>>> s[slice(*part_total(s, spans[3], spans, ("办结", "维持"))[:2])]
'24件'
>>> part_total(s, spans[0], spans, ("办结", "维持")) is None
True
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from .figures import figure_value
from .levels import scope_terms
from .term_coverage import coverage

Span = tuple[int, int, str]
PART_BONUS = 0.2  # a named part's score over its total's (维持19件 over 办结24件 for 维持的有几件)
_PAREN_OPEN_RE = re.compile(r"\s*[(（]\s*(?:其中\s*[:：,，]?\s*)?")
_AMONG_OPEN_RE = re.compile(r"\s*[,，]?\s*其中\s*(?P<stop>[:：,，])?\s*")
_FILLER = "、,，;；:：和及与 "
_CLAUSE_START_RE = re.compile(r"[，,；;。：:！!？?(（)）]")


def _closing(s: str, i: int) -> int:
    """Index of the bracket closing the one opened before ``i`` (the sentence end when none)."""
    m = re.compile(r"[)）]").search(s, i)
    return m.start() if m else len(s)


def breakdowns(s: str, spans: Sequence[Span]) -> list[tuple[Span, list[tuple[Span, tuple[int, int]]]]]:
    """(total, [(part, [start, end) of its label)]) of each breakdown of two or more parts in ``s``, or
    of one part 其中 introduces."""
    spans = sorted(spans)
    out = []
    for total in spans:
        b = total[1]
        m = _PAREN_OPEN_RE.match(s, b)
        if m:
            end = _closing(s, m.end())
        elif (m := _AMONG_OPEN_RE.match(s, b)) is not None:
            stops = "。；;" if m.group("stop") else "，,。；;"
            end = min((i for c in stops if (i := s.find(c, m.end())) >= 0), default=len(s))
        else:
            continue
        parts, at = [], m.end()
        for sp in spans:
            if m.end() <= sp[0] and sp[1] <= end:
                parts.append((sp, (at, sp[0])))
                at = sp[1]
        if len(parts) >= 2 or (parts and "其中" in m.group(0)):  # 新增6731户(其中本年开业5384户): one part, said so
            out.append((total, parts))
    return out


def _total_words(s: str, total: Span, spans: Sequence[Span]) -> str:
    """The total's own words: from the figure or clause break before it up to it."""
    a = total[0]
    start = max([0, *(m.end() for m in _CLAUSE_START_RE.finditer(s, 0, a)), *(y for _, y, _ in spans if y <= a)])
    return s[start:a]


def part_total(s: str, span: Span, spans: Sequence[Span], terms: Sequence[str]) -> Span | None:
    """The total of the breakdown in which ``span`` is the one part whose label holds a question
    term (held by no other part's label, nor by the total's own words); None otherwise."""
    for total, parts in breakdowns(s, spans):
        labels = [(sp[:2], s[a:b].strip(_FILLER).removeprefix("其中")) for sp, (a, b) in parts]
        if span[:2] not in {sp for sp, _ in labels}:
            continue
        head = _total_words(s, total, spans)
        named = [sp for sp, own in labels if any(_holds(own, t) and not _holds(head, t)
                                                 and not any(_holds(o, t) for x, o in labels if x != sp) for t in terms)]
        if named == [span[:2]]:  # one part named; two named (人大建议和政协提案) ask for more than a part
            return total
    return None


def _holds(text: str, term: str) -> bool:
    return bool(text) and coverage((term,), text, folded=True)[0] >= 1.0


# the verb a part's label ends in before its figure (其中市政府本级实现100%, 其中市直部门均达到100%)
_PART_VERB_RE = re.compile(r"(?:均|也|都)?(?:实现|达到|达|为|是|保持)?$")


def part_asked(label: str, question: str) -> bool:
    """Does the (folded) question ask the part a breakdown's ``label`` names (``其中市政府本级实现`` for
    ``市政府本级…每次都出庭了吗``; ``市一级`` is ``市政府本级``: :func:`rag.answer.levels.scope_terms`)?

    >>> part_asked("其中市政府本级实现", "唐山市政府本级负责人每次都出庭了吗"), part_asked("其中市政府本级实现", "全市每次都出庭了吗")
    (True, False)
    """
    own = _PART_VERB_RE.sub("", label.strip(_FILLER).removeprefix("其中"))
    anywhere = lambda i: False  # a level right after a place name is that place's own level here
    return len(own) >= 2 and (own in question or bool(set(scope_terms(own, anywhere)) & set(scope_terms(question, anywhere))))


def asked_parts(s: str, spans: Sequence[Span], question: str) -> dict[int, list[float]]:
    """{start of a total: the values of its parts the (folded) question asks (:func:`part_asked`)}, for the
    totals with such parts: ``全市出庭应诉率98%,其中市本级100%`` asked of 市一级 gives the 100."""
    return {total[0]: named for total, parts in breakdowns(s, spans)
            if (named := [v for (a, b, _), (la, lb) in parts
                          if part_asked(s[la:lb], question) and (v := figure_value(s[a:b])) is not None])}

ITEM_SHARE = 0.3  # weight of the question terms a figure's own 、-item lacks that its clause has


def item_bounds(s: str, a: int, ca: int, cb: int) -> tuple[int, int]:
    """[start, end) of the 、-separated item of the clause [ca, cb) that holds position ``a`` (the clause when it has no 、)."""
    ia = max(ca, s.rfind("、", ca, a) + 1)
    ib = s.find("、", a, cb)
    return ia, (cb if ib < 0 else ib)


def unasked_part_total(s: str, span: Span, spans: Sequence[Span], terms: Sequence[str]) -> Span | None:
    """The total of the breakdown in which ``span`` is a part rate qualified by words the question lacks, a rate as
    the total is: ``出庭应诉率81.0%，其中县政府本级案件负责人出庭应诉率为100%`` asked the heads' rate overall is
    81.0%, not the part of 县政府本级案件 (its label, less the question's terms and its verb, keeps three or more
    characters); None otherwise (``其中国家级7个`` asked of 国家级 is that part).

    >>> s = "负责人出庭应诉30件次,出庭应诉率81.0%,其中县政府本级案件负责人出庭应诉率为100%。"
    >>> from rag.answer.figures import number_spans
    >>> sp = number_spans(s)
    >>> [s[t[0]:t[1]] if (t := unasked_part_total(s, sp[2], sp, terms)) else None
    ...  for terms in (("负责人", "出庭应诉率"), ("县政府", "本级", "负责人", "出庭应诉率"))]
    ['81.0%', None]
    """
    for total, parts in breakdowns(s, spans):
        label = next(((a, b) for sp, (a, b) in parts if sp[:2] == span[:2]), None)
        if label is None or total[2] != span[2] or span[2] != "%":  # a count's part (其中讨薪案件159件) is what is asked
            continue
        own = _PART_VERB_RE.sub("", s[label[0]:label[1]].strip(_FILLER).removeprefix("其中"))
        for word in sorted({w for t in terms for w in alternatives(t)}, key=len, reverse=True):
            own = own.replace(word, "")
        if len(re.findall(r"[\u4e00-\u9fff]", own)) >= 3:
            return total
    return None


def item_fit(s: str, a: int, clause: tuple[int, int], terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """0 or less: in a clause listing items with 、 (``抽查A 133批次、跨部门抽查B 231批次``), the
    question's terms the figure's own item lacks but the clause has elsewhere, times :data:`ITEM_SHARE`;
    0 for a clause without 、, so clauses compare as before."""
    ca, cb = clause
    ia, ib = item_bounds(s, a, ca, cb)
    if (ia, ib) == (ca, cb):
        return 0.0
    return ITEM_SHARE * (coverage(terms, s[ia:ib], weights, folded=True)[0] - coverage(terms, s[ca:cb], weights, folded=True)[0])


_NEGATION = "不未非无"  # 不合格卷: a label negating the asked 合格 names the other part


def qualified_spans(s: str, spans: Sequence[Span], qualifiers: Sequence[str]) -> list[Span]:
    """The ``spans`` of the (folded) sentence ``s`` whose own label (:func:`own_label`) states one of the question's
    ``qualifiers`` (``|``-joined forms each), when any does; else all of them.  Asked 不合格的案卷有几卷, the
    report's ``评查案卷640卷，评出优秀卷268卷、合格卷337卷、不合格卷35卷`` answers with 35卷, the figure of the
    qualified noun, not the total; a label that negates the qualifier (不合格 for 合格) does not state it.

    >>> s = "评查案卷640卷,评出优秀卷268卷、合格卷337卷、不合格卷35卷。"
    >>> from rag.answer.figures import number_spans
    >>> [[s[a:b] for a, b, _ in qualified_spans(s, number_spans(s), (q,))] for q in ("不合格", "合格", "专职")]
    [['35卷'], ['337卷'], ['640卷', '268卷', '337卷', '35卷']]
    """
    forms = [f for q in qualifiers for f in q.split("|") if len(f) >= 2]
    if not forms or len(spans) < 2:
        return list(spans)
    held = [sp for sp in spans if any(_states(own_label(s, sp, spans), f) for f in forms)]
    return held or list(spans)


def own_label(s: str, span: Span, spans: Sequence[Span]) -> str:
    """The words of ``span``'s own 、-item (:func:`item_bounds`) in its clause, from the figure before it (or the item's
    start) up to it: ``评出优秀卷268卷、合格卷337卷`` -> 合格卷 for 337卷, 评出优秀卷 for 268卷."""
    from .figure_fit import clause_bounds

    a = span[0]
    ca, cb = clause_bounds(s, a)
    ia, _ = item_bounds(s, a, ca, cb)
    start = max([ia, *(y for x, y, _ in spans if ia <= y <= a and x < a)])
    return s[start:a]


def _states(label: str, form: str) -> bool:
    """Does ``label`` hold ``form`` not right after a negation (合格 in 合格卷, not in 不合格卷)?"""
    at = label.find(form)
    while at >= 0:
        if at == 0 or label[at - 1] not in _NEGATION or form[0] in _NEGATION:
            return True
        at = label.find(form, at + 1)
    return False


def part_spans(s: str, spans: Sequence[Span], parts: Sequence[str]) -> list[Span]:
    """The ``spans`` of the (folded) sentence ``s`` whose own 、-item names one of the asked ``parts`` (places inside the
    asked one: :func:`rag.answer.asked_subject.asked_parts`), when any does; else all of them.  Reports give a total and
    then each part's figure in a 、-run (``新培养法律明白人1260名,各区分别为:甲区520名、乙区190名``): asked about 乙区,
    its own item's 190名 answers, not the total.  An item of a clause without 、 is the whole clause: no restriction.

    >>> s = "新培养调解员1260名,各区分别为:甲区520名、乙区190名。"
    >>> from rag.answer.figures import number_spans
    >>> [[s[a:b] for a, b, _ in part_spans(s, number_spans(s), p)] for p in (("乙区",), ("丙区",))]
    [['190名'], ['1260名', '520名', '190名']]
    """
    from .figure_fit import clause_bounds

    if not parts or len(spans) < 2:
        return list(spans)
    held = []
    for sp in spans:
        ca, cb = clause_bounds(s, sp[0])
        ia, ib = item_bounds(s, sp[0], ca, cb)
        if (ia, ib) != (ca, cb) and any(p in s[ia:ib] for p in parts):
            held.append(sp)
    return held or list(spans)
