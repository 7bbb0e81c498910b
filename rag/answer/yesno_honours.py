"""Was it conferred that honour?  A yes/no question claiming an honour (``某县2024年是不是拿到了省级法治政府建设
示范县的称号``, ``有没有被评为全国法治政府建设示范地区``) is decided by the report's sentence about THAT honour:

- the honour is the asked one when its level (全国 / 省级 / 市级, said in the title or by the conferring body:
  ``被省委依法治省办命名为…``) and its words agree (法治政府建设示范县, 示范地区 = 示范区 = 示范县: a region's
  honour; a village's 民主法治示范村 or a bureau's 先进集体 is another honour);
- conferred: any of the genre's conferral verbs (评为, 命名为, 授予, 获评, 入选, 荣获, 被确定为, 列为, 成功创建…),
  to the asked unit: the clause names no other recipient before its verb (a village, a town, a bureau: a
  sub-unit's honour is not the region's, unless the question asks about that sub-unit), in the asked year
  (``在2022年被命名为…`` says 否 to 2023年…了吗) -> 是;
- only aimed at or applied for (创建, 争创, 力争, 申报, 推荐, 候选) -> 否: not yet;
- conferred to a sub-unit only -> not stated of the asked unit.

:func:`honour_decision` gives the deciding sentence and its verdict, or None where the question claims no
honour or the sentences say nothing of it (the other yes/no checks decide then).

>>> claimed_honour("松阳县是不是已经拿到了省级法治政府建设示范县的称号？")
Honour(subject='松阳县', level='省', core='法治政府建设示范地', head='示范地', words=())
>>> claimed_honour("某区有多少个示范村?") is None
True
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .comparators import alternation
from .conferral import (
    ACHIEVING,
    AIMING,
    CAMPAIGNING,
    CONFERRING,
    GETTING,
    pick,
    without,
)

# the verbs a question claims an honour with (被评为, 拿到了…称号, 评上, 入选)
# (a question claims an honour by neither the bare stem 命名 nor 获批, nor 摘得 / 捧回…, nor 创建成功)
_Q_VERBS = (*without(CONFERRING, "命名", "获批"), *pick(GETTING, "成为"), *pick(ACHIEVING, "成功创建", "创建成为"))
_Q_VERB_RE = re.compile(rf"(?:被|正式|已经|已|成功)*(?:{alternation(_Q_VERBS)}"
                        rf"|(?:{alternation(pick(GETTING, '拿到', '拿下', '获得', '取得', '得到'))})了?)")
_Q_TAIL_RE = re.compile(r"(?:的)?(?:(?:这|那)一?[块个项张]?)?(?:称号|荣誉称号|荣誉|牌子|头衔|名号|命名)?(?:了|过)?(?:没有|没|吗|么|呢|嘛)?[？?。!！]*$")
# the genre's honour nouns: a title ends in one (示范县, 先进集体, 模范单位, 试点地区)
_HONOUR_END_RE = re.compile(r"(?:示范|先进|模范|标兵|试点)[\u4e00-\u9fff（）()、]{0,8}$")
# a region's own honour: 示范地区 / 示范区 / 示范县 / 示范市 / 示范县(市、区) are one
_REGION_HEAD_RE = re.compile(r"(示范|先进|模范|标兵|试点)(?:地区|县区|区县|县市|市县|县|区|市|旗)(?![\u4e00-\u9fff])")
_BRACKETS_RE = re.compile(r"[（(][^（）()]{0,8}[)）]|[“”\"「」『』《》]")
_BATCH_RE = re.compile(r"第[一二三四五六七八九十\d]+批|首批")
# a title named by its place (重庆市法治政府建设示范区, 江苏省…) is of that place's level; the four municipalities are provinces
_LEVELS = (("国", re.compile(r"全国|国家级|国家|中央|国务院|司法部|中国")),
           ("省", re.compile(r"省级|全省|[\u4e00-\u9fff]{2,3}省|依法治省|自治区|省委|省政府|省司法厅|(?:北京|天津|上海|重庆)市")),
           ("市", re.compile(r"市级|全市|依法治市|市委|市政府|[\u4e00-\u9fff]{2,3}市(?=法治|民主法治|[\u4e00-\u9fff]{0,6}示范)")))
_LEVEL_WORDS_RE = re.compile(r"(?:全国|国家级|国家|省级|全省|[\u4e00-\u9fff]{2,3}省(?=级|法治|[\u4e00-\u9fff]{4})|自治区级?|市级|全市|县级|全县)的?")
# the clause words that make an honour only aimed at: 创建 (the campaign), 争创, 力争, 申报, 推荐, 候选, 培育.
# 申请 is left out (a report's 申请 is of other things); 全力 / 正在 only say an aim before 创建 (see stages)
_STRONG_AIMS = without(AIMING, "申请")
_AIM_RE = re.compile(alternation((*pick(CAMPAIGNING, "创建", "积极"), *_STRONG_AIMS)))
_STRONG_AIM_RE = re.compile(alternation(_STRONG_AIMS))  # 力争成功创建: still an aim
_ACHIEVED_RE = re.compile(alternation(ACHIEVING) + r"|通过[^，,；;。]{0,12}验收")
_AIM_AFTER_RE = re.compile(r"(?:[（(][^（）()]{0,6}[)）])?[”\"」』]?(?:的)?(?:" + _AIM_RE.pattern + ")")
_NOUN_RE = re.compile(r"示范|先进|模范|标兵|试点")
# the verbs that confer it, in a report (评成 is a user's word; 列入 a list of candidates, 列入培育名单; a bare 命名 is
# also the 命名…候选对象 of a candidacy, which the aim words decide)
_CONFER_RE = re.compile(alternation((*without(CONFERRING, "评成", "命名", "列入"), *pick(GETTING, "获得"), *ACHIEVING)))
# a sub-unit receiving an honour: a village, a community, a town, a bureau, a project, a unit
_SUBUNIT_RE = re.compile(r"(?:村|社区|街道|镇|乡|局|所|中心|室|站|队|院|庭|厅|委员会|办公室|办|项目|学校|企业|公司|单位|部门|窗口|法庭|支队|大队|”)$")
_PLACE_END_RE = re.compile(r"[县区市旗州盟]$")
# a date said with the recipient (凤县在2023年被命名为…, 2023年凤县被评为…): no part of its name
_WHEN_RE = re.compile(r"^(?:在|于)?(?:19|20)\d{2}年度?(?:\d{1,2}月(?:份)?)?|(?:在|于)?(?:19|20)\d{2}年度?(?:\d{1,2}月(?:份)?)?(?:底|末|初)?$")
_OWN_RE = re.compile(r"^(?:我|本|全)(?:县|区|市|州|旗|省)?(?:委|政府|人民政府)?$|^(?:县|区|市)(?:委|政府)?$")
_LEAD_RE = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|在|同年|当年|年内|今年|本年度|全年|此外|同时|其中|另外|还|并|也|已|均|先后|成功|顺利|正式|首次|再次|"
                      r"[一二三四五六七八九十]+是)+")
_ASKED_UNIT_RE = re.compile(r"(?:有没有|有无|是否有|有)(?:哪个|哪些|哪家|什么|个|一个|家)?((?:村|社区|街道|镇|乡镇|乡|单位|部门|项目|学校|企业)"
                            r"(?:或社区)?)(?:子|庄)?(?:被|已|已经|也)*$")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")
_AGENT_RE = re.compile(r"(?<=被)[\u4e00-\u9fff、]{1,12}$")  # the body conferring it, between 被 and the verb (被国家部委命名为)
_ASK_RE = re.compile(r"是否|是不是|有没有|有无|算不算|算是|能不能|已经|已|被|在(?:19|20)\d{2}年|(?:19|20)\d{2}年")

MATCH_SHARE = 0.8  # share of the asked honour's character pairs its namesake in the report must hold


@dataclass(frozen=True)
class Honour:
    subject: str  # who the question says received it ("" when it names no one)
    level: str  # 国 / 省 / 市, "" when unstated
    core: str  # the honour's words without level, batch, quotes and 称号 (示范县 written 示范地)
    head: str  # its last noun (示范地, 先进集体)
    words: tuple[str, ...] = ()  # an English question's: its Chinese terms (示范县|示范, 法治政府), each stated in the honour


def _core(phrase: str) -> str:
    p = _BRACKETS_RE.sub("", _BATCH_RE.sub("", phrase))
    p = _LEVEL_WORDS_RE.sub("", p)
    return _REGION_HEAD_RE.sub(r"\1地", p)


def _level(text: str) -> str:
    return next((lv for lv, rx in _LEVELS if rx.search(text)), "")


def claimed_honour(question: str) -> Honour | None:
    """The honour a Chinese yes/no question claims was conferred, or None."""
    q = fold(question)
    m = next((m for m in _Q_VERB_RE.finditer(q)), None)
    if m is None:
        return None
    phrase = _Q_TAIL_RE.sub("", q[m.end():])
    if not _HONOUR_END_RE.search(phrase) or len(phrase) > 40:
        return None
    core = _core(phrase)
    if len(core) < 5:  # 示范县: too bare to tell one honour from another
        return None
    head = re.search(r"(?:示范|先进|模范|标兵|试点)[\u4e00-\u9fff]{0,4}$", core)
    lead = q[:m.start()]
    stop = _ASK_RE.search(lead)
    subject = re.split(r"[，,、：:；;的]", lead[:stop.start()] if stop else lead)[-1].strip()
    unit = _ASKED_UNIT_RE.search(_AGENT_RE.sub("", lead))  # 有没有村被(省司法厅)评为…: the asked one is any village of it
    if unit:
        subject = unit.group(1)
    return Honour(subject, _level(phrase), core, head.group(0) if head else core[-3:])


_EN_CLAIM_RE = re.compile(r"\b(?:named|designated|awarded|recogni[sz]ed|rated|honou?red|selected|chosen|listed|become|became|won|win|"
                          r"receive[ds]?|earn(?:ed)?|g[oe]t|gained|obtained|granted|given|titled?)\b", re.IGNORECASE)
_EN_HONOUR_RE = re.compile(r"\b(?:model|demonstration|advanced|pilot|exemplary|exemplar)\b", re.IGNORECASE)
_EN_LEVELS = (("国", re.compile(r"\b(?:national|nationwide|state-level|country)\b", re.IGNORECASE)),
              ("省", re.compile(r"\b(?:provincial|province(?:-level)?|autonomous region)\b", re.IGNORECASE)),
              ("市", re.compile(r"\b(?:municipal|city-level|prefectur(?:e|al)(?:-level)?)\b", re.IGNORECASE)))


def claimed_honour_en(question: str, terms: Sequence[str]) -> Honour | None:
    """The honour an English yes/no question claims (was X named a provincial model county…), by its Chinese
    ``terms``: the honour noun's (示范县|示范) and the others it names (法治政府), or None."""
    claim, honour = _EN_CLAIM_RE.search(question), _EN_HONOUR_RE.search(question)
    if claim is None or honour is None or claim.start() > honour.start():
        return None
    heads = [t for t in terms if re.search(r"示范|先进|模范|标兵|试点", t)]
    if not heads:
        return None
    from .honours import honour_frame

    frame = honour_frame(question, terms)  # awarded the title of …: 授予|颁发, 称号 frame the claim, not the honour's words
    words = tuple(t for t in terms if _CJK_TERM_RE.fullmatch(t.replace("|", "")) and _LEVEL_WORDS_RE.sub("", t.replace("|", ""))
                  and t not in frame and not any(_Q_VERB_RE.fullmatch(a) for a in t.split("|")))  # get named: 得到 frames it
    head = max((_core(a) for a in heads[0].split("|")), key=len)
    level = next((lv for lv, rx in _EN_LEVELS if rx.search(question)), "")
    return Honour("", level, "", head, words)


_CJK_TERM_RE = re.compile(r"[\u4e00-\u9fff]+")


def _pairs(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _same_honour(asked: Honour, phrase: str, agent: str) -> bool:
    """Is ``phrase`` (an honour as the report writes it, ``agent`` the body conferring it) the asked one?"""
    core = _core(phrase)
    if asked.head not in core:
        return False
    level = _level(phrase) or _level(agent)
    if asked.level and level and level != asked.level:
        return False
    if asked.words:
        return all(any(_core(a) in core for a in w.split("|")) for w in asked.words)
    want = _pairs(asked.core)
    return len(want & _pairs(core)) >= MATCH_SHARE * len(want)


@dataclass(frozen=True)
class Mention:
    kind: str  # "conferred", "aim"
    recipient: str  # the clause's words before its verb (cleaned); "" for the report's own place
    year: int | None


def _mentions(asked: Honour, sentence: str) -> list[Mention]:
    """The mentions of the asked honour in a sentence, each conferred or aimed at."""
    s = fold_chars(sentence)
    out = []
    for m in _NOUN_RE.finditer(s):
        end = next((m.start() + k for k in range(8, 1, -1) if _core(s[m.start():m.start() + k]).endswith(asked.head)), None)
        if end is None:
            continue
        ca = max(s.rfind(c, 0, m.start()) for c in "，,；;。：:") + 1
        phrase_start = max(ca, m.start() - 30)
        window = s[phrase_start:end]
        verbs = list(_CONFER_RE.finditer(window))
        verb = verbs[-1] if verbs else None
        before = window[:verb.start()] if verb else window
        if not _same_honour(asked, _tail_honour(window[verb.end():] if verb else window), before if verb else ""):
            continue
        if _STRONG_AIM_RE.search(before) or (_AIM_RE.search(before) and not _ACHIEVED_RE.search(window)) \
                or _AIM_AFTER_RE.match(s, end):  # 示范地区候选对象, 被命名为“…示范县（市）”的创建工作: the campaign for it
            out.append(Mention("aim", "", None))
        elif verb is not None:
            head = s[ca:phrase_start + verb.start()]
            head = head[:head.rfind("被")] if "被" in head else head
            years = _YEAR_RE.findall(s[:phrase_start + verb.start()])
            out.append(Mention("conferred", _LEAD_RE.sub("", head.strip()), int(years[-1]) if years else None))
    return out


def _tail_honour(phrase: str) -> str:
    """The honour a conferral's object names: its last 40 characters, a 称号 dropped."""
    return re.sub(r"(?:称号|荣誉称号|荣誉)$", "", phrase)[-40:]


def _names(recipient: str, place: str) -> bool:
    """Does ``recipient`` name ``place`` itself, not a place within it (辛市壬县 names 壬县)?"""
    at = recipient.find(place)
    rest = recipient[at + len(place):]  # 鄞州区 for 鄞州: the suffix of its own name
    return at >= 0 and not (len(rest) >= 2 and _PLACE_END_RE.search(rest))


def _is_subject(recipient: str, subject: str, own: Sequence[str]) -> bool:
    """Does the recipient a clause names stand for the asked unit (the report's own place by default)?"""
    r = _WHEN_RE.sub("", recipient.strip("“”\""))  # 凤县在2023年: the place, not its date
    if not r or _OWN_RE.match(r) or any(f and _names(r, f) and not _SUBUNIT_RE.search(r) for f in own):
        return not (subject and _SUBUNIT_RE.search(subject) and subject not in own)
    if subject and (_names(r, subject) or r in subject or _names(r, subject[-3:])):
        return True
    return not _SUBUNIT_RE.search(r) and not _PLACE_END_RE.search(r)


def honour_decision(question: str, years: Sequence[int], order: Sequence, own: Callable[[object], Sequence[str]],
                    terms: Sequence[str] = ()):
    """(sentence, verdict) for a question claiming an honour: True when a sentence confers the asked honour on the
    asked unit in the asked year, False when one confers it in another year or only aims at it, None when it is
    conferred on a sub-unit only; None (no decision) when the question claims no honour or no sentence of the
    best-ranked report names it.  ``order`` holds the ranked sentences, ``own`` gives a report's own place names."""
    asked = claimed_honour(question) if _CJK_TERM_RE.search(question) else claimed_honour_en(question, terms)
    if asked is None or not order:
        return None
    doc = order[0].doc
    sents = [s for s in order if s.doc is doc]
    found = [(s, m) for s in sents for m in _mentions(asked, s.text)]
    names = tuple(own(doc))
    mine = [(s, m) for s, m in found if m.kind == "conferred" and _is_subject(m.recipient, asked.subject, names)]
    in_year = [(s, m) for s, m in mine if not years or m.year is None or m.year in years]
    if in_year:
        return in_year[0][0], True
    if mine:
        return mine[0][0], False
    aims = [s for s, m in found if m.kind == "aim"]
    if aims:
        return aims[0], False
    peers = [s for s, m in found if m.kind == "conferred" and _PLACE_END_RE.search(m.recipient)]
    if peers and not asked.subject:  # an English question's place (Hunchun) is not compared with 珲春市: no decision
        return None
    if peers:  # 兰山区、沂水县被评为…示范县: conferred on other places, not on the asked one
        return peers[0], False
    if found:
        return found[0][0], None
    top = fold_chars(order[0].text)
    if _CONFER_RE.search(top) and asked.head not in _core(top):  # the best sentence confers another honour (示范村)
        return order[0], None
    return None
