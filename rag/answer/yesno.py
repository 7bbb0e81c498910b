"""Yes/no answers decided from the evidence: 是 / 否 / 报告未明确说明, then the deciding sentence.

Within the deciding sentence (chosen as the last paragraph says), the *focus clause* is the
clause holding most of the question's weighted terms.  In that clause, in order:

- a threshold the question states (``超过3次``, ``超过了3次``, ``至少有20人``, ``超过一半``,
  ``more than three meetings``) is compared with the figure of the asked unit: ``2次`` answers
  ``超过3次`` with 否, a figure the report bounds (``超过90%``) answers ``超过九成`` with 是;
- the claims figures decide, read in the focus clause and the two after it
  (:mod:`rag.answer.yesno_figures`): a standard named without its value (``有没有超过省定标准``)
  against the sentence's own comparison or the standard's figure; full coverage against a coverage
  rate; all done (``全部办结了吗``, ``every case heard?``) against a remainder (正在办理中), a rate
  under 100% or fewer closed than received;
- an outcome claimed (创建成功了吗) against clauses saying the matter is still pending (仍在评估之中, 尚未完成):
  否 (:mod:`rag.answer.yesno_pending`);
- a question claiming a stage of a rule (批准, 审议通过, 出台/施行) is answered 否 when the clause
  shows an earlier stage only (草案, 提请审议, 合法性审查: :mod:`rag.answer.stages`; an aim, 推动…审议通过, shows
  none), one claiming a revision (修订的是…吗) when it shows another act only (审议通过, 废止), and one claiming
  an honour conferred (被命名为) when it shows only the application (申报, 推荐); a stage claim also when the text says
  that stage was not reached (正在编制…尚未印发), an honour claimed for a year when its clause dates it to another
  (被评为X（2022年表彰）);
- a deadline claimed (``拖过了期限才完成``, ``按期完成``) against the one stated (``提前7个月完成``, ``逾期``),
  a year of account the claim names (``2021年度的汇报``) against the clause's (``2020年度``, ``报告2018年…工作情况``),
  and a run it claims (``连续五年``) longer than the one stated (``连续三年``): 否 (:mod:`rag.answer.yesno_time`);
- a claim stated only inside an aim at a later year (asked of 2023, 力争2024年实现…全覆盖) answers 否 first;
- a negation the question does not carry (未, 尚未, 没有, 并未, 从未, 暂未) or a
  shortfall (不到位, 不够, 有待, 亟待, 仍需, 滞后; 距离…目标还有差距 in a clause after it) answers 否; so does a question term that any clause states
  under a negation (无败诉案件, 零败诉, 尚未作出决策 for 拍板, 未能…提请表决: :func:`rag.answer.yesno_clauses.denied_terms`);
- a claimed figure (达到90%了吗, raised to 80%) the sentence gives only inside an aim (力争2021年达到80%以上): 否 when
  the aim is for a later year than asked, else not stated;
- a trend opposite to the asked one (asked 下降 or 一年比一年高, the report says 上升 / 下降 in the clause or
  the one after it, or without such a word gives yearly figures that do not go the asked way) answers 否;
- an ordinal the question states (``第二批``, ``排名第一``) against the one of the same kind the
  sentence gives (``第三批``, ``排名第二``);
- a claim about all (都是/全部) against a clause about part (其中/部分);
- a question whether it happened before (之前/曾经) against a first time (首次);
- the question's subject (before 是否) bound to another predicate: it stands in another clause that
  says something of the same kind (``丙村被评为宣传示范点`` for ``丙村是否被评为示范村``): 否;
- a place the question names that the sentence mentions outside the claiming clause, or a full
  date in the clause whose year is not the question's (``2023年内施行了吗`` / ``2024年1月1日施行``), or
  a month of the same year that is not the question's (``2020年10月`` / ``2020年9月``);
- a figure the claim states (``是12件吗``, ``Did it resolve 12 disputes?``) where the sentence gives
  figures of that kind, none of them equal (``化解行政争议9件``), or gives it as a change's start (``由4分提高到6分``);
- 高于/低于 asked without a figure, against the clause's own comparison word;
- a question whether it is still not done or still at a stage (还停留在起草阶段、尚未印发) against a
  clause saying it was done (完成/已/印发/出台): 否;
- a first-time question (首次/头一回) against a repeat (连续5年, 蝉联, 再次): 否;
- a question whether some part is still not done (还有…未整改, remain unrectified) against a
  clause saying all is done (整改完成率达100%, 全部办结): 否; a shortfall (完成率95%): 是;
- a name the claim states (``市长是于海田吗``, ``叫“X”吗``) against another the sentence gives for that title or
  in those quotes: 否; none given: 报告未明确说明 (:mod:`rag.answer.yesno_names`);
- a first-time claim (首次/率先) the sentence does not make is 报告未明确说明; one it makes only in a
  narrower scope (asked 全国, said 在全省率先: :mod:`rag.answer.firsts`) is 否;
- otherwise 是 when the sentence holds :data:`YES_COVERAGE` of the question's terms,
  else 报告未明确说明.

The deciding sentence is the best-ranked one (one of the plans section gives way to the year's account),
unless the claim needs a figure it lacks and a sentence nearly as good states it (:func:`rag.answer.yesno_deciding.deciding_sentence`).
English questions are read through the same checks, with their claim words as Chinese cues
(:func:`rag.answer.english_cues.english_cues`).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .breakdowns import asked_parts
from .drafts import Draft, compose, say
from .evidence import Ask, Sent, ordinals, ranked
from .figures import number_spans
from .firsts import AGAIN_RE, FIRST_RE, narrower_first
from .quantifiers import ALL_RE
from .stages import (
    aims_only,
    asked_stage,
    asks_aim,
    awarded_in_other_year,
    candidate_only,
    denied_stage,
    later_aims,
    other_act,
    planned_before,
    short_of_award,
    short_of_stage,
    text_stage,
)
from .term_coverage import coverage
from .yesno_aims import aimed_only, later_aim_only
from .yesno_changes import change_trend, changed_from
from .yesno_clauses import (
    DOWN_RE,
    UP_RE,
    bound_elsewhere,
    claim_text,
    clauses,
    comparison_verdict,
    denied_terms,
    focus_clause,
    near_clauses,
    other_date,
    other_place,
    short_of_all,
    trend_clause,
    trend_subject,
)
from .yesno_deciding import NEAR_BEST, deciding_sentence, plans_head
from .yesno_figures import (
    closing_windows,
    completion,
    completion_asked,
    every_one_rate,
    figure_mismatch,
    full_coverage,
    gap_left,
    said_of_standard,
    series_trend,
    silent_on_closing,
    stated_figures,
    versus_standard,
    versus_year,
)
from .yesno_honours import honour_decision
from .yesno_names import name_verdict
from .yesno_pending import pending_outcome
from .yesno_sides import sides_verdict
from .yesno_threshold import holds, sentence_threshold, threshold_figure
from .yesno_time import (
    other_month,
    other_named_period,
    other_period,
    short_run,
    states_run,
    timing_verdict,
)

YES_COVERAGE = 0.5  # share of the question's weighted terms the deciding sentence needs for 是; calibrated on evals/dev.jsonl (flat from 0.5 to 0.8: lowest kept, as for DEFAULT_SUPPORT), checked on evals/dev_corpus.jsonl
_TAG_END_RE = re.compile(r"(?:了)?(?:没有|没)[？?]?\s*$")  # 印发了没有? asks, it does not negate
_NEG_RE = re.compile(r"未|没有|并无|尚无|暂无|无一|从未")
_SHORT_RE = re.compile(r"不到位|不够|不足|有待|亟待|仍需|滞后|不强|不高|不完善|不健全|欠缺|缺乏"
                       r"|(?:仍|尚|还|依然|仍然)(?:处于|在|停留在)[^，,；;。]{0,6}?(?:准备|筹备|起步|酝酿)(?:阶段|中)")  # work still being prepared
# a question whether something is still not done / still at a stage (还停留在起草阶段、尚未印发)
_STILL_NOT_RE = re.compile(r"(?:还|仍|尚|依然|仍然|依旧)(?:未|没有|没|停留|处于)")
_DONE_RE = re.compile(r"完成|已经|已|印发|出台|颁布|施行|建成|通过|落地")
# some of it: 其中 / 部分, or the few fields a measure was focused on or piloted in (重点在交通和工地领域探索开展)
_PART_RE = re.compile(r"其中|部分|有的|一些|少数|(?:重点|试点)(?:在|围绕|针对|聚焦)[^，,。；;]{1,30}?(?:领域|行业|方面)")


_EN_NEG_RE = re.compile(r"\b(?:not|never|no|zero|without|yet\s+to)\b|n't", re.IGNORECASE)


def _negates(ask: Ask, q: str) -> bool:
    """Does the question itself say something was not done (还没印发吗, hasn't it …, 实现零事故了吗, zero accidents)?
    有没有 / 有无 / …了没有 ask."""
    if ask.lang == "en":
        return bool(_EN_NEG_RE.search(ask.question))
    return bool(_NEG_RE.search(_TAG_END_RE.sub("", q.replace("有没有", "").replace("有无", ""))) or "零" in q)


# a part named as such in the claiming clause (部分村, 有的乡镇, 少数部门, 大部分): what a bare 都 of the question is not
_SOME_RE = re.compile(r"部分|有的|少数|个别|一些|多数")


def labels(lang: str) -> tuple[str, str, str]:
    return ("Yes", "No", "Not stated in the report") if lang == "en" else ("是", "否", "报告未明确说明")


def undecided(draft: Draft, lang: str) -> bool:
    """Is ``draft`` a yes/no answer that the report does not say (报告未明确说明 / Not stated in the report)?"""
    return draft.kind == "yesno" and draft.short == labels(lang)[2]


def _about_claim(ask: Ask, text: str) -> bool:
    """Does the sentence hold as much of the question's terms as a 是 would need?  A figure that is
    short of all, or of a standard, says 否 only about what the sentence is about."""
    return coverage(ask.terms, text, ask.weights, folded=True)[0] >= YES_COVERAGE


def _figure_verdict(ask: Ask, q: str, text: str, a: int, b: int) -> tuple[bool, bool | None]:
    """(decided, verdict) for the claims that figures decide: a threshold, a standard, full coverage,
    all done (completion) or some still not done (residual).  Read near the focus clause [a, b)."""
    if ask.cues.threshold is not None:
        verdict = sentence_threshold(ask, text)
        if verdict is not None:
            return True, verdict
    near, verdict = near_clauses(text, a, b), None
    if _about_claim(ask, text):  # a standard's or a coverage rate's figure decides only a sentence about the claim
        verdict = versus_standard(q, near)  # 有没有超过规定的标准: the figure against the standard's own
        if verdict is None:  # the sentence ends on how the figure stands to the standard (…，但仍低于省定90%的目标)
            verdict = said_of_standard(q, text)
        if verdict is None:  # 实现全覆盖了吗: against the coverage rate; the focus clause's own 全覆盖 first (大丰街道实现
            verdict = full_coverage(q, text[a:b]) if "全覆盖" in text[a:b] else None  # 全覆盖，全区覆盖率78%: the town's)
        if verdict is None:
            verdict = full_coverage(q, near)
    if verdict is None and not completion_asked(q):  # 每一件都出庭了吗: against the act's rate (出庭应诉率100%); the focus
        own = near if asked_parts(near, number_spans(near), q) else text[a:b]  # a part the question names (其中市本级
        verdict = every_one_rate(q, own)  # 100%) in the sentence's breakdown; else the clause's own rate first (县级以上…
        verdict = every_one_rate(q, near) if verdict is None else verdict  # 覆盖率100%，乡镇…96.8%: another subject's)
    if verdict is not None:
        return True, verdict
    if not ask.cues.residual and completion_asked(q):  # 全部办结了吗 / every case heard?
        verdict = completion(near)
        if verdict is None:  # the topic leads a long sentence; its outcome comes clauses later (排查隐患2145条,完成整改2047条)
            verdict = next((v for w in closing_windows(text, clauses(text)) if (v := completion(w)) is not None
                            and coverage(ask.terms, w, ask.weights, folded=True)[0] > 0), None)
        if verdict is not None or silent_on_closing(q, text):  # silent: nothing said of its completion
            return True, verdict
    if ask.cues.residual:  # "is any of it still not done?": all done says no, a shortfall says yes
        done = completion(near)
        if done is not None:
            return True, not done
        undone = any(_NEG_RE.search(text[c:d]) and any(t in text[c:d] for t in ask.terms) for c, d in clauses(text))
        return True, (True if undone else None)  # 尚有3个问题未整改: yes
    return False, None


def decide(ask: Ask, sentence: str, year: int | None = None) -> bool | None:
    """True (是), False (否) or None (not stated) for ``sentence`` (see the module doc); ``year``: its
    report's year, which a month written without one (1月,…) is of."""
    text = fold_chars(sentence)
    q = claim_text(ask)
    a, b = focus_clause(ask, text)
    clause = text[a:b]
    if later_aim_only(ask, q, text, YES_COVERAGE):
        return False  # 2023年实现全覆盖了吗 against 力争2024年实现…全覆盖: the claim is the next year's aim
    decided, verdict = _figure_verdict(ask, q, text, a, b)
    if decided:
        return verdict
    if _STILL_NOT_RE.search(q) and denied_stage(_STILL_NOT_RE.sub("", q), near_clauses(text, a, b)):
        return True  # asked whether it is still not issued (还没印发吧); the text says so (已完成起草…尚未印发)
    if _STILL_NOT_RE.search(q) and not _NEG_RE.search(clause) and not _STILL_NOT_RE.search(clause) and (
            _DONE_RE.search(clause) or coverage(ask.terms, clause, ask.weights, folded=True)[0] >= YES_COVERAGE):
        return False  # asked whether it is still not done; the clause says it was done, or does it (not: 仍处于筹备阶段)
    if short_of_stage(q, clause if text_stage(clause) is not None else near_clauses(text, a, b)):
        return False  # asked whether it was approved / passed / issued; the text shows an earlier stage only
    if denied_stage(q, near_clauses(text, a, b)):
        return False  # asked whether it was issued; the text says it was not (正在编制…尚未印发)
    if not _negates(ask, q) and not _STILL_NOT_RE.search(q) and pending_outcome(q, near_clauses(text, a, b)):
        return False  # 创建成功了吗 against 已提交申报材料，目前仍在评估之中 (yesno_pending)
    if planned_before(q, near_clauses(text, a, b)):
        return False  # asked whether it was passed; the text only plans to submit it (计划…提请审议)
    if aims_only(q, clause) and not asks_aim(q):
        return None  # asked whether it was passed; the clause only aims at it (推动…尽早审议通过); 计划出台X吗 asks the aim
    if ask.years and not asks_aim(q) and any(coverage(ask.terms, aim, ask.weights, folded=True)[0] >= YES_COVERAGE
                                             for aim in later_aims(text, max(ask.years))):
        return False  # asked whether it happened in 2024; the report aims at it for 2025 (力争2025年通过…验收)
    if other_act(q, clause):
        return False  # asked whether it was the rule revised; the text passed it anew (or repealed it)
    if short_of_award(q, clause, near_clauses(text, a, b)) or candidate_only(q, clause):
        return False  # asked whether it was named a model village; the text says it applied for it
    if awarded_in_other_year(q, clause, ask.years):
        return False  # asked whether it was named so in 2023; the clause dates the honour to 2022
    timing = timing_verdict(q, near_clauses(text, a, b))  # 拖过了期限才完成吗 against 提前7个月完成
    if timing is not None:
        return timing
    if other_period(q, clause) or other_named_period(q, clause) or short_run(q, clause if states_run(clause) else text):
        return False
    if (_NEG_RE.search(clause) and not _NEG_RE.search(_TAG_END_RE.sub("", q.replace("有没有", "")))) or (
            _SHORT_RE.search(clause) and not _SHORT_RE.search(q)) or (
            gap_left(near_clauses(text, a, b)) and not gap_left(q)):  # 距离…目标还有差距: short of the claim it follows
        return False
    if not _negates(ask, q) and _about_claim(ask, text) and denied_terms(ask, text):
        return False  # 有没有败诉 / lose any lawsuit? against 无败诉案件; 拍板定下来了吗 against 尚未作出决策
    if ask.cues.trend:
        asked, other = (DOWN_RE, UP_RE) if ask.cues.trend == "down" else (UP_RE, DOWN_RE)
        said = trend_clause(text, a, b, trend_subject(ask, q), ask.lang == "en")
        if other.search(said) and not asked.search(said):
            return False
        moved = change_trend(said) if not (asked.search(said) or other.search(said)) else ""
        if moved and moved != ask.cues.trend:  # no trend word: 由上年的12项调整为15项 went up
            return False
        series = series_trend(near_clauses(text, a, b)) if not (asked.search(said) or other.search(said)) else ""
        if series and series != ask.cues.trend:  # no trend word: yearly figures that do not go the asked way
            return False  # (asked 一年比一年高, the text gives 2022年为28.12%,2023年为7.89%)
        if not (UP_RE.search(text) or DOWN_RE.search(text) or series or change_trend(text) or versus_year(q, text) is not None):
            return None  # 比上年多了吗 against a sentence that says nothing of how it went: not stated (read deeper: fresh r-017)
    if ask.cues.ordinal is not None:
        same_kind = [o for o in ordinals(text) if o[1] == ask.cues.ordinal[1]]
        if same_kind and ask.cues.ordinal not in same_kind:  # a match only confirms the ordinal
            return False
    if not ask.cues.universal and ALL_RE.search(q) and _SOME_RE.search(clause) and not _SOME_RE.search(q) \
            and _about_claim(ask, clause):  # 村里是不是都有法律顾问了 against 部分村配备了法律顾问: a bare 都 against a part
        return False
    said_all = bool(ALL_RE.search(clause))  # 34个部门和13个乡镇负责人全部述法，其中8名现场述法: all did, 8 did more
    if ask.cues.universal and (_PART_RE.search(text) and not _PART_RE.search(q) and not said_all
                               or short_of_all(near_clauses(text, a, b), counts=not said_all)) \
            and _about_claim(ask, text):  # 结案率97% says nothing of 全部公开听证
        return False
    verdict = versus_year(q, text)
    if verdict is not None:
        return verdict
    if ask.cues.before and FIRST_RE.search(text):
        return False
    if other_place(q, text, clause, ask.regions) or bound_elsewhere(ask, q, text, a, b) or \
            other_date(q, clause, text) or other_month(q, text, year):
        return False
    stated = stated_figures(q if ask.lang != "en" else ask.question, ask.lang) if ask.cues.threshold is None else []
    if figure_mismatch(stated, text) or figure_mismatch(stated, clause) or changed_from(q, near_clauses(text, a, b)):  # 一般5天,复杂8天
        return False  # (还维持在4分吗 against 由4分提高到6分: changed)  # 是12件吗 / Did it resolve 12 disputes? against 化解行政争议9件
    if aimed_only(ask, stated, text):  # raised to 80%? / 达到90%了吗 against 力争2021年达到80%以上: an aim, no fact
        return False if ask.years and later_aims(text, max(ask.years)) else None
    verdict = sides_verdict(q if ask.lang != "en" else ask.question, ask.lang, text)  # 地区的比部门多吗: the two parts
    if verdict is None and ask.cues.threshold is None:
        verdict = comparison_verdict(q, text)
    if verdict is not None:
        return verdict
    if ask.cues.first and not FIRST_RE.search(text):
        return False if AGAIN_RE.search(text) else None
    if ask.cues.first and narrower_first(q, text):  # asked the first in China; the report says 全省率先
        return False
    named = name_verdict(q, text) if ask.lang != "en" else ""
    if named:  # 市长是李青雁吗 against 市长于海田; 叫“X”吗 against “Y”: 否; neither named: not stated
        return False if named == "no" else None
    cov, _ = coverage(ask.terms, text, ask.weights, folded=True)  # a threshold claim (达到九成了吗) is met only by a figure
    return True if cov >= YES_COVERAGE and ask.cues.threshold is None else None  # (none of its unit here: fresh r-015)


# a plan that goes on with what is done already (继续, 持续, 巩固, 保持): it says nothing of the deed not being done
_GOING_ON_RE = re.compile(r"继续|持续|巩固|保持|深化|不断|进一步|常态化|\b(?:continue|keep|sustain|further)", re.IGNORECASE)


def _planned_deed(ask: Ask, sent: Sent) -> bool:
    """The question claims a deed done (出台了吗, 打通数据了吗), not planned, in the report's year or before, and the
    deciding sentence names it in the report's plans section only (三、2025年工作安排: 计划出台《X》, 加快推进…对接，
    年内实现数据共享): it is intended, not done.  A plan going on with the deed (继续推进…) says nothing against it."""
    text = fold_chars(sent.text)
    return plans_head(ask, sent) and _about_claim(ask, text) and (
        asked_stage(claim_text(ask)) is not None or not _GOING_ON_RE.search(text))


def _own_names(doc) -> tuple[str, ...]:
    """The names a report's own place goes by (江宁区, 江宁)."""
    from .regions import forms

    return forms(doc.region) if doc.region else ()


def yesno(ask: Ask, sents: Sequence[Sent]) -> Draft:
    from .sections import facts_first  # here: sections -> lists -> this module

    order = facts_first(ranked(sents, ask), ask.question, NEAR_BEST, ask.years)  # the year's account before its plans
    if not order:
        return Draft((), "", (), "yesno")
    found = threshold_figure(ask, [s for _, s in order[:5]]) if ask.cues.threshold else None
    honour = honour_decision(ask.question, ask.years, [s for _, s in order], _own_names, ask.terms)
    if honour is not None:  # 是不是拿到了省级示范县的称号: the sentence about that honour decides (yesno_honours)
        best, verdict = honour
        if verdict:  # conferred: the other checks may still say 否 (another batch, another place)
            verdict = decide(ask, best.text, best.doc.year) is not False
    elif found is not None:  # 提出了超过35项具体任务吗: the figure a figure question would answer decides
        best, got, bound = found
        verdict = holds(ask.cues.threshold, got, bound)
    else:
        best = deciding_sentence(ask, order)
        verdict = decide(ask, best.text, best.doc.year)
        if verdict is not False and _planned_deed(ask, best):
            verdict = False  # 有没有出台X against the plans' 计划出台X: not done in the year reported
    yes, no, unclear = labels(ask.lang)
    short = unclear if verdict is None else (yes if verdict else no)
    note = "" if verdict is not None else say(ask, "最相关的原文如下：", "The closest passage:")
    return Draft(compose(short, [best], note=note), short, (), "yesno")
