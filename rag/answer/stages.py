"""The stages a rule or document of this genre passes, in order, and the stage a text shows.

Reports of 法治政府建设 say how far each regulation, rule or normative document got in the
year: drafted, submitted for review, checked for legality, passed, approved, issued.  A yes/no
question claims one stage (``已经获得省人大常委会批准了吗``, ``审议通过了吗``, ``出台施行了吗``); a
text that shows only an earlier stage answers 否, a text that shows that stage or a later one 是.

=====  ===========  =================================================================
stage  name         the genre's words (Chinese / English)
=====  ===========  =================================================================
0      drafted      起草 草案 征求意见(稿) 送审稿 修订稿 拟制定 正在制定 / draft(ed)
1      submitted    提请 报请 提交…审议 待审议 正在审议 一审 第一次审议 / submitted, first reading
2      reviewed     合法性审查 合法性审核 / legality review
3      passed       审议通过 表决通过 获通过 审议 / passed, adopted
4      approved     批准 / approved, ratified
5      issued       公布 印发 施行 出台 颁布 发布 实施 生效 / issued, enacted, in force
=====  ===========  =================================================================

What a request names is not done: in ``报请省人大常委会审查``/``提请审议`` the words after the
request (审查, 审议, 批准) are the stage asked for, so they are read as stage 1 only.

An honour (示范村, 先进单位) passes stages too: applied for or nominated (申报, 推荐) before it is
conferred (命名, 评为, 授予).  A question claiming the honour was conferred is answered 否 by a text
that shows only the application (:func:`short_of_award`).

>>> text_stage("《某市湿地保护条例》已报请省人大常委会批准")
1
>>> text_stage("完成《某州人才工作条例》的合法性审查")
2
>>> text_stage("《某市养犬管理条例》经省人大常委会批准，于5月1日起施行")
5
>>> asked_stage("某市的条例到2021年底已经获得省人大常委会批准了吗")
4
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .comparators import alternation, words
from .conferral import AIMING, CAMPAIGNING, CONFERRING, GETTING, pick

_TITLE_RE = re.compile(r"《[^《》]*》")  # a title's words (《…实施办法》, 《…条例(草案)》) name no stage
DRAFTED, SUBMITTED, REVIEWED, PASSED, APPROVED, ISSUED = range(6)

# a request and what it requests: 报请省人大常委会审查/批准 is submitted, not reviewed or approved; it reaches
# a deciding body's verb within its clause (提交材料, 报送备案 after issuing, are no request), and stops before a stated outcome
# (提请市人大常委会审议通过: passed)
_REQ_BODY = r"(?:(?!审议通过|表决通过|通过)[^，,；;。：:！!？?])*?"
# a numbered reading of a draft (第一次审议, 一审, 初审, 二审): under review, not passed, unless it says so (二审通过)
_READING = r"(?:(?:第[一二三四]|首|初)次|[一二三四]|初)(?:审议|审)(?![议查核定计])(?!通过|后通过|并通过|获通过)|\b(?:first|second)\s+reading\b"
_REQUEST_RE = re.compile(rf"(?:提请|报请)|(?:提交|报送|送交|呈报){_REQ_BODY}(?:审议|审查|审核|审定|批准)"
                         rf"|(?:待|正在|正提请)(?:审议|审查|审核|批准)|{_READING}|\bsubmitted\b", re.IGNORECASE)
_REQUESTED_RE = re.compile(rf"(?:提请|报请)(?:{_REQ_BODY}(?:审议|审查|审核|审定|批准)+(?!通过))?", re.IGNORECASE)
# in force, in any tense: come / came / has come into force, take / took / taken effect, entered into force
_EN_IN_FORCE = (r"(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+(?:force|effect)"
                r"|(?:take|takes|took|taken|taking)\s+effect|in\s+(?:force|effect)|put\s+into\s+(?:effect|force|practice)")
_STAGE_RES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (ISSUED, re.compile(rf"公布|印发|施行|出台|颁布|发布|实施|生效|(?<!正在)(?<!拟)制定|\b(?:issued|enacted|promulgated|published|"
                        rf"implemented|{_EN_IN_FORCE})\b", re.IGNORECASE)),
    (APPROVED, re.compile(r"批准|\b(?:approved|ratified)\b", re.IGNORECASE)),
    (PASSED, re.compile(r"审议通过|表决通过|获得?通过|会议通过|常委会通过|(?<![提报送待正])审议(?!稿)|\b(?:passed|adopted)\b",
                        re.IGNORECASE)),
    (REVIEWED, re.compile(r"合法性审[查核]|\blegality review", re.IGNORECASE)),  # 备案审查, 法制审核制度: a system, no stage
    (DRAFTED, re.compile(r"起草|草案|征求意见|送审稿|修订稿|讨论稿|拟制定|拟出台|正在制定|(?:正在|着手|启动|开始)[^，,；;。：:！!？?]{0,16}?编制|编制中"
                         r"|\bdraft(?:ed|ing)?\b", re.IGNORECASE)),
)


def _blank(m: re.Match[str]) -> str:
    """A match's text as NULs of its length: masked, offsets kept."""
    return "\0" * len(m.group(0))


# an aim (推动《X》尽早审议通过, 加快推动…出台施行, 力争年内印发) or a negation (尚未表决通过, 未出台) names a
# stage not reached: its stage words are no stage the text shows.  A bare 推动 is none: 推动出台《X》 in a year's
# account says X was issued
_AIM_RE = re.compile(r"(?:加快|力争|争取|确保|尽早|尽快|早日|抓紧|加紧|计划|准备|适时|\b(?:strive|aim|plan|seek)s?\s+(?:for|to)\b)"
                     r"[^，,；;。：:！!？?]*", re.IGNORECASE)
_UNREACHED_RE = re.compile(r"(?:未|没有|没|不予)(?:能|曾|有)?[^，,；;。：:！!？?\d]{0,3}?(?:表决通过|审议通过|审议|通过|批准|出台|施行|印发|颁布|公布|发布|实施|生效)"
                           r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:passed|adopted|approved|issued|enacted)\b", re.IGNORECASE)


def _unreached(text: str) -> str:
    """``text`` with its aims and negated stages masked (offsets kept)."""
    return _UNREACHED_RE.sub(_blank, _AIM_RE.sub(_blank, text))


def in_aim(text: str, at: int) -> bool:
    """Is position ``at`` of ``text`` (folded) inside an aim (力争…达到95%以上): a goal, not a fact?

    >>> in_aim("力争负责人出庭应诉率达到100%", 13), in_aim("负责人出庭应诉率达到100%", 11)
    (True, False)
    >>> in_aim("出庭率为70%,未达到上级提出的不低于90%的要求", 19), in_aim("出庭率为70%,未达到上级提出的不低于90%的要求", 4)
    (True, False)
    """
    return any(m.start() <= at < m.end() for m in _AIM_RE.finditer(text)) \
        or any(m.start() <= at < m.end() for m in _REQUIRED_FIGURE_RE.finditer(text))


# a figure that is a requirement's content (未达到省里提出的不低于90%的要求, 低于95%的目标): the bar, not the year's figure
_REQUIRED_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?\s*[%％]?(?:以上|以下|以内)?的(?:要求|目标|标准|考核要求|工作目标)")


def later_aims(text: str, year: int) -> list[str]:
    """The aims of ``text`` (folded) that name a year after ``year``: 力争2025年通过示范县评估验收 said in the
    2024 report is what had not happened by 2024.

    >>> later_aims("力争2025年通过示范县评估验收", 2024), later_aims("力争2024年底前通过验收", 2024)
    (['力争2025年通过示范县评估验收'], [])
    """
    return [m.group(0) for m in _AIM_RE.finditer(text) if any(int(y) > year for y in _AIM_YEAR_RE.findall(m.group(0)))]


def asks_aim(question: str) -> bool:
    """Does the question itself ask about an aim (是否力争…, did it plan to …)?"""
    return bool(_AIM_RE.search(fold_chars(question)))


_AIM_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")


# a figure that picks out what a rule applies to (对出庭应诉率低于90%的单位实行一票扣分): a criterion, not the year's figure
_CRITERION_RE = re.compile(rf"(?:{alternation(words('above', 'below', 'short'))})\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点|次|件|人|项|分|天)?"
                           rf"(?:{alternation(words('after'))})?的(?=[\u4e00-\u9fff])")


def in_criterion(text: str, at: int) -> bool:
    """Is position ``at`` of ``text`` a figure inside a criterion (低于90%的单位: which units a rule applies to)?

    >>> in_criterion("对出庭应诉率低于90%的单位实行一票扣分", 9), in_criterion("出庭应诉率为98.9%的", 6)
    (True, False)
    """
    return any(m.start() <= at < m.end() for m in _CRITERION_RE.finditer(text))


def aimed_only(text: str) -> bool:
    """Does ``text`` name a stage only as an aim (推动《X》尽早审议通过), showing none reached?  (A negated stage,
    尚未印发, says more: it was not reached.)

    >>> aimed_only("加快推动《某县保护办法》出台施行"), aimed_only("《某县保护办法》于3月出台施行")
    (True, False)
    """
    masked = _TITLE_RE.sub(_masked_title, fold_chars(text))
    return not _stages_raw(_AIM_RE.sub(_blank, masked)) and bool(_stages_raw(masked))


def planned_before(question: str, text: str) -> bool:
    """The question claims a stage (审议通过了吗) and ``text`` reaches none, only plans an earlier one
    (计划于次年提请常务会议审议): it has not got that far, 否.

    >>> planned_before("某办法已经审议通过了吗", "计划于2023年上半年提请县政府常务会议审议")
    True
    >>> planned_before("某办法已经审议通过了吗", "力争年内审议通过"), planned_before("某办法提请审议了吗", "计划年内提请审议")
    (False, False)
    """
    want = asked_stage(question)
    masked = _TITLE_RE.sub(_masked_title, fold_chars(text))
    planned = _stages_raw(masked) if want is not None and not _stages(masked) else []
    return bool(planned) and max(s for _, s in planned) < want


def aims_only(question: str, text: str) -> bool:
    """The question claims a stage (审议通过了吗) and ``text`` names one only as an aim (推动…尽早审议通过)."""
    return asked_stage(question) is not None and aimed_only(text)


def _stages(text: str) -> list[tuple[int, int]]:
    """(position, stage) of each stage reached in ``text``, a request's object read as submitted."""
    return _stages_raw(_unreached(text))


def _stages_raw(text: str) -> list[tuple[int, int]]:
    """(position, stage) of each stage word in ``text``, a request's object read as submitted."""
    out = [(m.start(), SUBMITTED) for m in _REQUEST_RE.finditer(text)]
    masked = _REQUEST_RE.sub(_blank, _REQUESTED_RE.sub(_blank, text))
    for stage, rx in _STAGE_RES:
        out += [(m.start(), stage) for m in rx.finditer(masked)]
    return sorted(out)


def _masked_title(m: re.Match[str]) -> str:
    """A title with its words hidden, but for a draft's mark (《…条例(草案)》 is a draft); same length."""
    draft = _DRAFT_MARK_RE.search(m.group(0))
    word = draft.group(0) if draft else ""
    return "《" + "\0" * (len(m.group(0)) - 2 - len(word)) + word + "》"


_DRAFT_MARK_RE = re.compile(r"草案|征求意见稿|送审稿|修订稿|讨论稿")


def text_stage(text: str) -> int | None:
    """The latest stage ``text`` shows; None when it names none."""
    found = _stages(_TITLE_RE.sub(_masked_title, fold_chars(text)))
    return max(s for _, s in found) if found else None


# words that ask for a stage in a question, beyond the stage words themselves
_ASK_PASSED_RE = re.compile(r"审议通过|表决通过|获得?通过|通过了吗|已经?通过|正式通过|通过(?=了?(?:吗|么|没有?)?\s*[？?]?\s*$)|\b(?:passed|adopted)\b"
                            r"|\bvot(?:e|ed|ing)\s+(?:through|in)\b|\bvoted\s+(?:on\s+and\s+)?passed\b", re.IGNORECASE)  # got it voted through
# an English question's base verb after did (Did the city adopt its measures?), never 采取 (adopt measures to …)
_EN_BASE_NOT_MEASURE = r"(?![^?]{0,40}?\b(?:measures|steps|approach(?:es)?|methods?)\s+(?:to|for)\b)"
_ASK_RES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (ISSUED, re.compile(rf"公布|印发|施行|出台|颁布|发布|生效|实施|制定|(?:在|开始|着手|全面)(?:落实|执行)|\b(?:issued|enacted|promulgated|implemented|{_EN_IN_FORCE})\b"
                        rf"|\b(?:issue|enact|promulgate|implement){_EN_BASE_NOT_MEASURE}\b", re.IGNORECASE)),
    (APPROVED, re.compile(rf"{_STAGE_RES[1][1].pattern}|\b(?:approve|ratify)\b{_EN_BASE_NOT_MEASURE}", re.IGNORECASE)),
    (PASSED, re.compile(rf"{_ASK_PASSED_RE.pattern}|\b(?:adopt|pass)\b{_EN_BASE_NOT_MEASURE}", re.IGNORECASE)),
    (REVIEWED, re.compile(r"合法性审[查核]|\blegality review", re.IGNORECASE)),
    (SUBMITTED, re.compile(r"提请|报请|提交|报送|\bsubmitted\b", re.IGNORECASE)),
    (DRAFTED, re.compile(r"起草|草案|征求意见稿|\bdraft(?:ed)?\b", re.IGNORECASE)),
)


def asked_stage(question: str) -> int | None:
    """The stage a question claims: its last stage word (``印发的条例已经获得批准了吗`` claims
    approval); None when it names none."""
    q = _TITLE_RE.sub("《》", fold_chars(question))
    found = [(m.start(), stage) for stage, rx in _ASK_RES for m in rx.finditer(q)]
    return max(found)[1] if found else None


_ASKING_RE = re.compile(r"有没有|(?:了)?(?:没有|没)[？?]?\s*$")  # 有没有印发, 印发了没有: asking, no negation


def denied_stage(question: str, text: str) -> bool:
    """True when the question claims a stage (``印发出来了吗``) and ``text`` says a stage was not reached
    (``尚未印发``, ``尚未表决通过``, ``not yet adopted``) and shows none at or after the asked one: it has not
    got that far, 否.  A question that itself negates a stage (还没印发吗) claims none of this.

    >>> denied_stage("《某县规划》印发了吗", "《某县规划》正在编制，目前处于调研阶段，尚未印发")
    True
    >>> denied_stage("《某县规划》审议通过了吗", "《某县规划》已审议通过，尚未印发"), denied_stage("还没印发吗", "尚未印发")
    (False, False)
    >>> denied_stage("《某县规划》有没有印发", "尚未印发"), denied_stage("《某县规划》印发了没有", "尚未印发")
    (True, True)
    >>> denied_stage("票价调整实施了吗", "票价调整事项暂缓推进，尚未作出决策")
    True
    """
    want = asked_stage(question)
    if want is None or _UNREACHED_RE.search(_ASKING_RE.sub("", fold_chars(question))):
        return False
    masked = _TITLE_RE.sub(_masked_title, fold_chars(text))
    return bool(_UNREACHED_RE.search(masked) or _HELD_RE.search(masked)) and all(s < want for _, s in _stages(masked))


# a matter held back or not yet decided (暂缓推进, 搁置, 尚未作出决策): no stage after it was reached either
_HELD_RE = re.compile(r"暂缓|搁置|尚未|暂未|仍未|未能|\b(?:postponed|suspended|shelved|not\s+yet)\b", re.IGNORECASE)


def short_of_stage(question: str, text: str) -> bool | None:
    """False-claim check: True when the question claims a later stage than ``text`` shows (否),
    False when ``text`` shows that stage or a later one, None when either names no stage."""
    want = asked_stage(question)
    if want is None:
        return None
    got = text_stage(text)
    return None if got is None else got < want


# an honour conferred (命名为, 被评为, 获评, 授予, 荣获, 获得…称号) and one only applied or nominated for
_AWARDED_RE = re.compile(alternation(pick(CONFERRING, "命名", "评为", "获评", "授予", "认定为", "荣获"))
                         + rf"|(?:{alternation(pick(GETTING, '获得', '取得', '拿到', '得到'))})[^，,；;。？?]{{0,24}}(?:称号|荣誉)|\b(?:named|designated|awarded|"
                         r"recogni[sz]ed|rated|honou?red)\s+(?:as\s+)?(?:an?|the)\b", re.IGNORECASE)
_APPLIED_RE = re.compile(alternation(pick(AIMING, "申报", "推荐", "申请", "争创"))
                         + rf"|(?:{alternation((*pick(AIMING, '力争', '争取'), *pick(CAMPAIGNING, '积极', '全力', '正在')))})创建"
                         + r"|\b(?:applied|nominated|recommended)\b", re.IGNORECASE)


def short_of_award(question: str, clause: str, near: str) -> bool:
    """True when the question claims an honour was conferred (``被命名为全国示范村``) and the ``clause``
    making the claim shows only an application or nomination for it (``申报全国示范村1个``), with no
    conferral in it or the clauses ``near`` it.

    >>> short_of_award("是否已有村被命名为全国示范村", "申报全国示范村1个", "申报全国示范村1个，创建省级示范村4个")
    True
    >>> short_of_award("是否已有村被命名为全国示范村", "申报的2个村被命名为全国示范村", "申报的2个村被命名为全国示范村")
    False
    """
    q = fold_chars(question)
    return bool(_AWARDED_RE.search(q) and _APPLIED_RE.search(clause) and not _APPLIED_RE.search(q)
                and not _AWARDED_RE.search(fold_chars(near)))


# an honour's own year, said with it: 被评为X（2022年表彰）, 2022年被评为X, 于2022年获评
# named a candidate (命名为…候选对象, 列入…培育名单): a step before the honour, not the honour
_CANDIDATE_RE = re.compile(r"候选|培育对象|培育单位|培育名单|预备名单|\b(?:candidates?|shortlist(?:ed)?)\b", re.IGNORECASE)


def candidate_only(question: str, clause: str) -> bool:
    """The question claims an honour conferred (被命名为示范地区了吗) and the clause names only a candidacy
    for it (被命名为…示范地区候选对象, 列入创建培育名单): 否.

    >>> candidate_only("某区是否被命名为全国示范地区", "某区被命名为第三批全国示范地区候选对象")
    True
    >>> candidate_only("某区是否被确定为示范地区候选对象", "某区被命名为示范地区候选对象"), candidate_only("某区是否被命名为示范地区", "某区被命名为示范地区")
    (False, False)
    """
    q = fold_chars(question)
    return bool(_AWARDED_RE.search(q) and _CANDIDATE_RE.search(clause) and not _CANDIDATE_RE.search(q))


_HONOUR_YEAR_RE = re.compile(r"[（(]((?:19|20)\d{2})年度?(?:表彰|命名|授予|获评|评选|评定|认定|颁发|授牌)?[)）]"
                             r"|((?:19|20)\d{2})年度?(?:[^，,；;。\d]{0,3}?)(?:被|获)?(?:"
                             + alternation(pick(CONFERRING, "评为", "命名为", "授予", "获评", "认定为")) + ")")


def awarded_in_other_year(question: str, clause: str, years: tuple[int, ...]) -> bool:
    """True when the question claims an honour conferred in one of ``years`` (``2023年被评为…了吗``) and the
    ``clause`` conferring it dates it to another (``被评为全国普法先进区（2022年表彰）``): not that year, 否.

    >>> awarded_in_other_year("某区2023年是否被评为全国普法先进区", "某区被评为“全国普法先进区”（2022年表彰）", (2023,))
    True
    >>> awarded_in_other_year("某区2022年是否被评为全国普法先进区", "某区被评为“全国普法先进区”（2022年表彰）", (2022,))
    False
    """
    text = fold_chars(clause)
    if not years or not _AWARDED_RE.search(fold_chars(question)) or not _AWARDED_RE.search(text):
        return False
    said = {int(a or b) for a, b in _HONOUR_YEAR_RE.findall(text)}
    return bool(said) and not said & set(years)


# a claim that a rule was revised (修订的是《X》吗, 是修订而非新制定), and the genre's words for each kind of act
_ASK_REVISED_RE = re.compile(r"(?:修订|修改|修正)(?:的是|了的?是|后的是)|是(?:否|不是)?(?:修订|修改|修正)(?:的|了)"
                             r"|(?:修订|修改|修正)了?[^，,。？?]{2,40}?(?:条例|办法|规定|细则|规则)》?(?:了)?(?:吗|没有|么)"
                             r"|\bwas [^?]{0,40}\b(?:revised|amended)\b", re.IGNORECASE)
_REVISED_RE = re.compile(r"修订|修改|修正|\b(?:revised|amended|amendment)\b", re.IGNORECASE)
_NEW_ACT_RE = re.compile(r"审议通过|表决通过|新制定|制定|出台|颁布|废止|\b(?:passed|adopted|enacted|repealed)\b", re.IGNORECASE)


def other_act(question: str, clause: str) -> bool:
    """True when the question claims a rule was revised (``修订的是《某条例》吗``) and the ``clause``
    naming it gives another act (passed anew, enacted, repealed: ``审议通过《某条例》``) and no revision
    at all (a title such as ``《关于修改〈某条例〉的决定》`` is one).

    >>> other_act("某州2020年修订的是那部物业管理条例吗", "审议通过《某州物业管理条例》")
    True
    >>> other_act("某州2020年修订的是那部物业管理条例吗", "审议通过《关于修改〈某州物业管理条例〉的决定》")
    False
    >>> other_act("某州2020年修订了物业管理条例吗", "审议通过《某州物业管理条例》"), other_act("修订了哪些条例", "审议通过《某州物业管理条例》")
    (True, False)
    """
    text = fold_chars(clause)
    return bool(_ASK_REVISED_RE.search(fold_chars(question)) and _NEW_ACT_RE.search(text) and not _REVISED_RE.search(text))


# a date asked "from when on" (从哪天起开始实行, 何时起施行, took effect): the day a rule came into force
_IN_FORCE_Q_RE = re.compile(r"(?:哪天|哪一天|哪日|何时|什么时候|几月几[日号]|几号|哪个月|哪年)起|(?:开始|起)(?:实行|施行|执行|实施|生效)"
                            rf"|实行|\b(?:{_EN_IN_FORCE}|effective)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[，,；;。！!？?]")


def asked_event(question: str) -> int | None:
    """The stage whose date a date question asks: its stage word (何时审议通过: passed), or in force for a
    question asking from when on (从哪天起开始实行, took effect); None when it names none."""
    got = asked_stage(question)
    return ISSUED if got is None and _IN_FORCE_Q_RE.search(fold_chars(question)) else got


def event_dates(question: str, text: str, spans: list) -> list:
    """The date ``spans`` of ``text`` whose own predicate (the words after the date, up to the next date or
    the clause's end) reaches the stage the question asks (:func:`asked_event`), when any does; else all of
    them.  ``某法于2023年9月1日审议通过，2024年1月1日起施行`` asked 从哪天起实行: 2024年1月1日.

    >>> t = "某条例于2023年9月1日审议通过，2024年1月1日起施行"
    >>> [t[a:b] for a, b, _ in event_dates("某条例从哪天起开始实行?", t, [(4, 13, ""), (18, 27, "")])]
    ['2024年1月1日']
    """
    want = asked_event(question)
    if want is None or len(spans) < 2:
        return spans
    s = fold_chars(text)
    starts = sorted(a for a, _, _ in spans)
    own = []
    for sp in spans:
        stop = min([a for a in starts if a >= sp[1]] + [len(s)])
        end = _CLAUSE_END_RE.search(s, sp[1], stop)
        if text_stage(s[sp[1]:end.start() if end else stop]) == want:
            own.append(sp)
    return own or spans
