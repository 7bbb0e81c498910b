"""Threshold claims of yes/no questions (``提出了超过35项具体任务吗``, ``纠错率超过10%了吗``, ``进入前三了吗``).

A Chinese threshold claim is decided by the figure the same question asked as a figure question
would answer (``提出了多少项具体任务``): the number answer's choice of span (what is measured, the verb
before it, the year it belongs to) picks the figure, not the first figure of the unit in the
sentence (``6项一级指标、20项二级指标及46项具体任务``: 46).  Otherwise (English, a bounded rank, no
such figure) one sentence's rank or figure of the unit decides (:func:`sentence_threshold`).

>>> figure_question("元宝山2024年提出了超过35项具体任务吗?", ">", "项")
'元宝山2024年提出了多少项具体任务?'
>>> figure_question("下陆区2024年化解的行政争议有没有超过10件?", ">", "件")
'下陆区2024年化解的行政争议有多少件?'
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold, fold_chars
from .breakdowns import breakdowns
from .comparators import alternation, words
from .english_figures import threshold_counted
from .evidence import Ask, Sent, ordinals, threshold_phrase
from .figure_fit import pick_span, unit_fit
from .figures import figure_value, number_spans
from .qtypes import A_NOT_A
from .stages import in_aim
from .yesno_figures import unit_kind

_ASKING_RE = re.compile(r"(?:有没有|是否|是不是|有无)(?=多少)|(?:了|的)?(?:吗|么|没有|了没|没)?\s*[？?]?\s*$")


def figure_question(question: str, op: str, unit: str) -> str:
    """The question with its threshold asked as a figure: ``超过35项`` -> ``多少项``, the yes/no words dropped."""
    q = fold(question)
    at = threshold_phrase(question)
    if at is None:
        return ""
    start = at[0] - 2 if re.fullmatch(A_NOT_A, q[max(at[0] - 2, 0):at[0] + 1]) else at[0]  # 到没到95%: 多少%
    asked = q[:start] + "多少" + unit + q[at[1]:]
    return _ASKING_RE.sub(lambda m: "有" if m.group(0) in ("有没有", "有无") else "", asked).rstrip("，,") + "?"


def threshold_figure(ask: Ask, sents: Sequence[Sent]) -> tuple[Sent, float, str] | None:
    """(sentence, value, bound: :func:`figure_bound`) of the figure a figure question would answer among ``sents`` (the best-ranked
    first), for a Chinese threshold claim; None when there is no such question or figure."""
    from .asked_measure import measured_words
    from .qtypes import classify
    from .sections import in_plans
    from .spans import best_span

    op, _, unit = ask.cues.threshold or ("", 0.0, "")
    if not op or unit == "名" or ask.lang == "en":  # a rank: the sentence's own rank reads it
        return None
    fq = figure_question(ask.question, op, unit)
    qtype = classify(fq) if fq else None
    if qtype is None or qtype.kind != "number":
        return None
    figure_ask = replace(ask, question=fq, qtype=qtype, measured=measured_words(fq, ask.terms))
    found = best_span(sents, figure_ask)
    while found is not None and (in_plans(found[0]) or in_aim(fold_chars(found[0].text), max(0, found[0].text.find(found[1])))):
        sents = [s for s in sents if s is not found[0]]  # 推动出庭应诉率达到100% in the plans: a goal, not the year's figure
        found = best_span(sents, figure_ask)
    if found is None or (unit and unit_fit(unit, re.sub(r"^[\d.,，\s]+", "", found[1])) <= 0):
        return None  # 超过10次 / 八成: a figure counted in another unit does not decide
    value = figure_value(found[1])
    if value is None:
        return None
    at = found[0].text.find(found[1])  # how the report bounds it: 超过90% is above 90
    bound = figure_bound(fold_chars(found[0].text), at, at + len(found[1]), re.sub(r"^[\d.,，\s]+", "", found[1])) if at >= 0 else ""
    return found[0], value, bound


_MORE_BEFORE_RE = re.compile(r"(?:超过|超出|逾|突破|高于|多于|大于|不少于|不低于)$")
_LESS_BEFORE_RE = re.compile(r"(?:近|将近|接近|不到|不足|低于|少于|小于)$")
_CAP_BEFORE_RE = re.compile(f"(?:{alternation(words('cap'))})$")  # a cap: at most the figure
# a reach denied (还未达到100%, 尚未达到95%, 没有达到): the figure is the goal, the true one below it
# (also with the goal's owner between: 尚未达到省里提出的90%)
_UNREACHED_BEFORE_RE = re.compile(r"(?:未|没有|没|未能|达不)(?:达到|达|到)(?:[\u4e00-\u9fff]{1,10}的)?$")


def figure_bound(s: str, a: int, b: int, unit: str) -> str:
    """How the report bounds the figure ``s[a:b]``: ">" when the true figure is above it (``超过90%``,
    ``逾200人``, ``35600余件``, ``90%以上``), "<" when below it (``近90%``, ``不足10件``, ``10件以下``), "<=" when
    it caps it (``不超过5个工作日``, ``最多3次``, ``5天以内``), "" when it gives the figure itself (or roughly: ``约3万人``).

    >>> figure_bound("聘请率超过90%", 5, 8, "%"), figure_bound("覆盖率近90%", 4, 7, "%"), figure_bound("办结率90%", 3, 6, "%")
    ('>', '<', '')
    >>> figure_bound("审查不超过5个工作日", 5, 6, "个工作日"), figure_bound("出庭率还未达到100%", 7, 11, "%")
    ('<=', '<')
    >>> figure_bound("出庭率尚未达到省里提出的90%目标", 12, 15, "%")
    '<'

    """
    if _CAP_BEFORE_RE.search(s[max(0, a - 3):a]) or s.startswith(("以内", "之内"), b):
        return "<="
    if "余" in unit or "多" in unit or _MORE_BEFORE_RE.search(s[max(0, a - 3):a]) or s.startswith(("以上", "及以上"), b):
        return ">"
    return "<" if _LESS_BEFORE_RE.search(s[max(0, a - 2):a]) or _UNREACHED_BEFORE_RE.search(s[max(0, a - 16):a]) \
        or s.startswith("以下", b) else ""


def ranks(text: str) -> list[float]:
    """The ranks ``text`` gives (名列第三, 排名第二 -> 3, 2): what a bound on a rank (排名前五, top three) is
    compared with."""
    return [v for n, c in ordinals(text) if c == "名" and (v := figure_value(n)) is not None]


def sentence_threshold(ask: Ask, text: str) -> bool | None:
    """The threshold claim against one sentence (folded): its rank for a bounded rank, else the figure of
    the threshold's unit next to the question's terms; None when it gives neither."""
    unit = ask.cues.threshold[2]
    given = ranks(text) if unit == "名" else []
    if given:  # 进入前三了吗 / among the top three: the rank the sentence gives
        got: float | None = given[0]
    else:
        spans = [sp for sp in number_spans(text) if (not unit or unit_kind(unit) == unit_kind(sp[2]))
                 and not in_aim(text, sp[0])]  # 力争将纠错率控制在10%以内: a goal, not the year's figure
        noun = threshold_counted(ask.question, ask.terms) if ask.lang == "en" else ""  # more than 40 cities: 32个地市
        best = pick_span(text, spans, ask.terms, ask.weights, unit, anchors=("", noun))
        if best is None:
            share = part_share(text, ask.terms) if unit == "%" else None  # 一半以上 against 8件，其中6件…听证
            return None if share is None else holds(ask.cues.threshold, share)
        got = figure_value(text[best[0]:best[1]])
        said = next((u for a, b, u in spans if (a, b) == best[:2]), "")
        return None if got is None else holds(ask.cues.threshold, got, figure_bound(text, best[0], best[1], said))
    return None if got is None else holds(ask.cues.threshold, got)


_CLAUSE_END_RE = re.compile(r"[，,；;。！!？?]")


def part_share(text: str, terms: Sequence[str]) -> float | None:
    """The share (%) of a total that its one 其中 part is, when the part's own clause holds one of ``terms``
    and counts in the same unit: ``作出重大行政决策8件，其中6件开展了公开听证`` asked of 听证 is 75.0.

    >>> part_share("作出重大行政决策8件,其中6件开展了公开听证。", ("听证",)), part_share("收案8件,其中6件已审结。", ("听证",))
    (75.0, None)
    """
    for (ta, tb, tu), parts in breakdowns(text, number_spans(text)):
        if len(parts) != 1:
            continue
        (a, b, u), _ = parts[0]
        end = m.start() if (m := _CLAUSE_END_RE.search(text, b)) else len(text)
        total, part = figure_value(text[ta:tb]), figure_value(text[a:b])
        if total and part is not None and part <= total and unit_kind(u) == unit_kind(tu) != "%" \
                and any(w in text[b:end] for t in terms for w in alternatives(t)):
            return 100.0 * part / total
    return None


def holds(threshold: tuple[str, float, str], got: float, bound: str = "") -> bool:
    """Does the figure ``got`` meet the threshold (op, value, unit)?  ``bound`` is how the report bounds
    it (:func:`figure_bound`): ``超过90%`` is above 90, so it exceeds 九成 and is not
    under 90; ``近90%`` is below 90; ``不超过5个工作日`` is never more than 5, so it meets a claim of at most 7;
    a cap of 10 is the limit itself, so a claim that the limit is at most 7 is not met.

    >>> holds(("<=", 7.0, "个工作日"), 5.0, "<="), holds(("<=", 7.0, "个工作日"), 10.0, "<="), holds((">", 7.0, "天"), 5.0, "<=")
    (True, False, False)
    """
    op, value, _ = threshold
    if bound == "<=" and got <= value and op in (">", "<="):  # 不超过5个工作日: never more than 5, always at most 5
        return op == "<="
    if bound == ">" and got >= value:
        return op in (">", ">=")
    if bound == "<" and got <= value:
        return op in ("<", "<=")
    return {">": got > value, ">=": got >= value, "<": got < value, "<=": got <= value}[op]
