"""The clauses of a yes/no question's deciding sentence, and the checks read in and around the one that
makes the claim (:func:`focus_clause`): another place, another subject, another date, a comparison word, a
trend's clause; and the question as they read it (:func:`claim_text`).  :func:`rag.answer.yesno.decide` puts
them together.

>>> text = "全年受理27件，审结23件，4件正在办理中。"
>>> [text[a:b] for a, b in clauses(text)]
['全年受理27件', '审结23件', '4件正在办理中']
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold
from .comparators import alternation, words
from .english_cues import english_cues
from .evidence import Ask
from .figure_fit import CLAUSE_SEP_RE
from .figures import figure_value, number_spans
from .regions import forms
from .term_coverage import stating_words, whole_forms
from .terms import role_weight
from .yesno_changes import change_trend
from .yesno_figures import counts_fall

_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:县|区|旗|镇|乡)")
_LEAD_CHARS = "的了过在是有和与及对为把被超向给从"  # glue before a name: 在兰陵县 -> 兰陵县
# a level word or a generic area, never a place's name: 超过自治区规定 names no place
_GENERIC_PLACE_RE = re.compile(r"^(?:自治[区县]|[全本该各每城辖社园景校片营新]区|[全本该各每]县|[全本该各每]镇|乡镇|[县区镇乡旗])$")
_MORE_RE = re.compile(alternation(words("above")))
_LESS_RE = re.compile(alternation(words("below", "short")))
_DATE_RE = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月|-\d{1,2}-)")
# a claim about when: 2023年内就已…, 到2019年, 是在2022年印发的
_CLAIM_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?:内|底前|底|以前|之前|前|才|就|已)|到((?:19|20)\d{2})年|是[在于]((?:19|20)\d{2})年(?!度)")  # 在2017年度考评中: the period judged, not a claim
UP_RE = re.compile(r"上升|增加|增长|提高|提升|增多|扩充|扩大|(?:前进|前移|进位)(?=\d|[一二两三四五六七八九十]|了?[个名位])")  # a rank moved up
DOWN_RE = re.compile(r"下降|减少|降低|回落|缩减|压减|(?:后退|后移|退位)(?=\d|[一二两三四五六七八九十]|了?[个名位])")

# a clause that only says how the figure before it changed: 同比下降8.3%, 较上年增长12%, 比去年减少3件
_VERSUS_LAST_RE = re.compile(r"(?:同比|环比|较|比)(?:上一?年度?|去年|前一年|同期|上期|(?:19|20)\d{2}年度?)?(?:同期)?(?:有所)?(?:上升|增加|增长|提高|提升|增多|下降|减少|降低|回落)")


def claim_text(ask: Ask) -> str:
    """The question as the claim checks read it: folded, and for an English question with the Chinese
    cue words of its claim (every -> 全部, full coverage -> 全覆盖)."""
    q = fold(ask.question)
    return q + " " + english_cues(ask.question) if ask.lang == "en" else q


def clauses(text: str) -> list[tuple[int, int]]:
    """[start, end) of each clause of ``text`` (between ，；。：…)."""
    out, a = [], 0
    for m in CLAUSE_SEP_RE.finditer(text):  # 1,519件: a figure's thousands comma ends no clause
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < len(text):
        out.append((a, len(text)))
    return out


def focus_clause(ask: Ask, text: str) -> tuple[int, int]:
    """The clause of ``text`` (folded) holding most of the question's weighted terms."""
    spans = clauses(text) or [(0, len(text))]

    def held(c: tuple[int, int]) -> tuple[float, int, int]:  # whole terms only; ties: the longer terms
        part = text[c[0]:c[1]]  # 申请|案件: either; a plain word by its written forms too (表彰: 被评为)
        found = [max((x for x in whole_forms(t) if x in part), key=len, default="") for t in ask.terms]
        return sum(ask.weights.get(t, 1.0) for t, x in zip(ask.terms, found) if x), sum(len(x) for x in found), -c[0]

    return max(spans, key=held)


def other_place(q: str, text: str, clause: str, asked: Sequence[str] = ()) -> bool:
    """The question names a place that the sentence mentions, but not in the clause making the
    claim (``兰陵县是否被评为示范县`` against ``兰山区、沂水县被评为示范县，…兰陵县…被评为示范项目``).
    The asked report's own place (清镇 of 清镇市, whose name ends like a town's) is no other place."""
    own = {f for r in asked for f in forms(r)}
    places = [p.lstrip(_LEAD_CHARS) for p in _PLACE_RE.findall(q)]
    return any(p in text and p not in clause for p in places if not _GENERIC_PLACE_RE.match(p) and p not in own)


_ASK_RE = re.compile(r"是否|是不是|有没有|有无|能否|可否")


def question_subject(q: str) -> str:
    """What the question asks about, before its 是否: ``丙村是否被评为…`` -> 丙村 (years left out)."""
    m = _ASK_RE.search(q)
    if m is None:
        return ""
    head = re.sub(r"(?:19|20)\d{2}年度?|今年|去年|上年|[在于]$", "", q[:m.start()])
    head = re.split(r"[，,、：:；;]", head)[-1].strip()
    return head if 2 <= len(head) <= 8 else ""


def bound_elsewhere(ask: Ask, q: str, text: str, a: int, b: int) -> bool:
    """The question's subject is bound to another predicate: it stands in a clause other than the one
    making the claim, and that clause says something of the same kind (shares the claim's words):
    ``丙村是否被评为示范村`` against ``丁村、戊村被评为示范村，丙村被评为宣传示范点``."""
    subj = question_subject(q)
    if not subj or subj not in text or subj in text[a:b]:
        return False
    shared = [t for t in ask.terms if len(t) >= 2 and t != subj and t not in subj and t in text[a:b]]
    return any(subj in text[c:d] and any(t in text[c:d] for t in shared) for c, d in clauses(text))


def other_date(q: str, clause: str, text: str = "") -> bool:
    """The question's last year against the full dates of the clause (of the whole sentence ``text`` when the
    clause has none): ``2023年内就已施行了吗`` is answered 否 by ``于2024年1月1日正式施行``."""
    if text and not _DATE_RE.search(clause):
        clause = text
    claims = ["".join(g) for g in _CLAIM_YEAR_RE.findall(q)]
    dated = {y for y in _DATE_RE.findall(clause)}
    return bool(claims and dated) and claims[-1] not in dated


def comparison_verdict(q: str, clause: str) -> bool | None:
    """高于/低于 in the question without a figure, against the clause's own comparison word."""
    if _THRESHOLD_FREE_MORE.search(q):
        return bool(_MORE_RE.search(clause)) if (_MORE_RE.search(clause) or _LESS_RE.search(clause)) else None
    if _THRESHOLD_FREE_LESS.search(q):
        return bool(_LESS_RE.search(clause)) if (_MORE_RE.search(clause) or _LESS_RE.search(clause)) else None
    return None


_THRESHOLD_FREE_MORE = re.compile(rf"(?:{alternation(words('above'))})(?![\d零〇一二两三四五六七八九十百千])")
# 不足 without a figure names a shortcoming (存在不足), not a comparison
_THRESHOLD_FREE_LESS = re.compile(rf"(?:{alternation(tuple(w for w in words('below') if w != '不足'))})"
                                  r"(?![\d零〇一二两三四五六七八九十百千])")


def short_of_all(text: str, counts: bool = True) -> bool:
    """A rate under 100%, or (``counts``) a count followed by a smaller one of the same unit (交办690件,实际化解687件);
    a text that itself says all did it (34个部门和13个乡镇全部述法) is read for its rates only."""
    rates = [figure_value(text[a:b]) for a, b, u in number_spans(text) if u == "%"]
    return any(r is not None and r < 100 for r in rates) or (counts and counts_fall(text))


# a trend said plainly (比上年变少了, 变多, 越来越少): the trend word, never what moved
_PLAIN_TREND_RE = re.compile(r"(?:变得?|越来越|更加?)(?:多|少|高|低|大|小|快|慢)了?")


def trend_subject(ask: Ask, q: str) -> str:
    """What a trend question asks to have gone up or down: its last term (``清单里的事项是不是比上年少了`` -> 事项);
    for an English question, whose terms stand in no order of the question, its most specific (rarest) term
    (``lose more administrative lawsuits`` -> 败诉, not the 诉讼 of every lawsuit).  Rarity without the verb
    discount: a report stating 败诉 states 诉讼, so 败诉 stays the rarer however many reports are added."""
    at = [(q.rfind(x), t) for t in ask.terms for x in alternatives(t) if x in q
          and not (UP_RE.fullmatch(t) or DOWN_RE.fullmatch(t) or _PLAIN_TREND_RE.fullmatch(t))]  # 受理量比去年增加了吗: 受理量
    if not at and ask.lang == "en" and ask.weights:
        return max(ask.terms, key=lambda t: ask.weights.get(t, 0.0) / role_weight(t))
    return max(at)[1] if at else ""


def trend_clause(text: str, a: int, b: int, subject: str = "", english: bool = False) -> str:
    """The clause that says which way the asked figure went: a clause naming the trend's ``subject`` with a
    trend word or a change (``全年办理案件2931件，清单事项由上年的12项扩充至15项``), else the focus clause,
    or when it says neither, the clause right after it (``合格率为92%，比上年提高3个百分点``).  A focus clause that
    moves another figure (``行政诉讼案件增长17.9%，败诉案件则有所下降``, asked 败诉) gives way to the subject's clause;
    an ``english`` question's subject told nowhere falls back on the one clause of the sentence that moves."""
    spans = clauses(text)
    named = [text[c:(spans[i + 1][1] if i + 1 < len(spans) and _VERSUS_LAST_RE.match(text[spans[i + 1][0]:]) else d)]
             for i, (c, d) in enumerate(spans)  # 受理331件，同比下降8.3%: the change in the clause after the figure's
             if subject and any(x in text[c:d] for x in whole_forms(subject))]  # 受理量: 受理331件
    told = [c for c in named if UP_RE.search(c) or DOWN_RE.search(c) or change_trend(c)]
    if told and (text[a:b] not in named or not (UP_RE.search(text[a:b]) or DOWN_RE.search(text[a:b]))):
        return told[0]
    if UP_RE.search(text[a:b]) or DOWN_RE.search(text[a:b]):
        return text[a:b]
    after = [c for c in clauses(text) if c[0] >= b]
    out = text[after[0][0]:after[0][1]] if after else text[a:b]
    if (not subject or english and not told) and not (UP_RE.search(out) or DOWN_RE.search(out) or change_trend(out)):  # English
        moved = [text[c:d] for c, d in clauses(text)  # to place in the question; one clause of the sentence moves
                 if UP_RE.search(text[c:d]) or DOWN_RE.search(text[c:d]) or change_trend(text[c:d])]
        return moved[0] if len(moved) == 1 else out
    return out


def near_clauses(text: str, a: int, b: int) -> str:
    """The focus clause [a, b) with the two after it: where the genre states a figure's outcome
    (``受理27件,审结23件,4件正在办理中``), not the other topics of a long sentence."""
    spans = clauses(text)
    i = next((k for k, (c, _) in enumerate(spans) if c == a), None)
    if i is None:
        return text
    return text[a:spans[min(len(spans) - 1, i + 2)][1]]



# a negation before what it denies, through at most a few words of its verb phrase: 无败诉案件, 尚未作出决策,
# 未能在年内提请表决, 暂缓实施; a bare 无 only right before the word, and never in a thing's or campaign's name (无纸化,
# 无人机, 无欠薪城市, 无讼村); never 未成年, nor 不 (不断, 不得)
_DENIAL_RE = re.compile(r"尚未|并未|从未|暂未|仍未|未能|未曾|未(?!成年)|没有|没能|并无|尚无|暂无|均无|无一|暂缓|搁置"
                        r"|(?<![有并尚暂均])无(?![纸人偿障缝证犯欠讼])|零(?=[\u4e00-\u9fff])")  # 零败诉, 零投诉
# every lawsuit won (均胜诉, 全部胜诉, 全都胜诉): none lost, as 无败诉 says
_ALL_WON_RE = re.compile(r"(?:均|全部|全都|都|悉数|全)(?:获得?|取得|为|以)?胜诉")
_DENIAL_REACH = 6  # characters between a negation and the word it denies (未能在年内提请表决: 5)


def denied_terms(ask: Ask, text: str) -> list[str]:
    """The question's terms that a clause of ``text`` (folded) states under a negation and not before it:
    ``有没有败诉`` against ``无败诉案件`` or ``均胜诉``, ``拍板定下来了吗`` against ``尚未作出决策``.

    >>> from rag.answer.qtypes import classify
    >>> ask = Ask("甲局有没有败诉", "zh", classify("甲局有没有败诉"), ("败诉",))
    >>> denied_terms(ask, "甲局作为被告的案件6件，无败诉案件"), denied_terms(ask, "败诉案件1件，无其他情况")
    (['败诉'], [])
    """
    out = []
    for c, d in clauses(text):
        part = _ALL_WON_RE.sub("无败诉", text[c:d])  # 均胜诉: none lost
        for m in _DENIAL_RE.finditer(part):
            reach = 0 if m.group(0) in ("无", "零") else _DENIAL_REACH
            for t in ask.terms:
                if t in out:
                    continue
                for w in stating_words(t):
                    i = part.find(w, m.end(), m.end() + reach + len(w))
                    if 0 <= i <= m.end() + reach and w not in part[:m.start()]:
                        out.append(t)
                        break
    return out
