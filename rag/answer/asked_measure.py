"""What a figure question asks to be counted: the verb just before ``多少`` and the noun right after
its measure word (:func:`measure_anchors`, which :func:`rag.answer.figure_fit.anchor_fit` scores a
figure's neighbours by), and the terms the evidence must hold (:func:`measured_words`).

>>> measure_anchors("查处了多少台超限车辆?")
('查处', '超限车辆')
>>> measure_anchors("网上平台当年大约收了多少件?")[0]  # a spoken verb with the genre's written ones
'收|受理|收到|收案|新收'
"""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from ..text import lazy_re as re
from .english_figures import change_verbs, counted_term, english_grade, measured_terms
from .measure_qualifiers import asked_outlay, restricting_words
from .qtypes import UNITS

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_ASKED_RE = re.compile(r"(?:多少|几|多大|多高|多长|第几|[最更较](?:多|高|少|低|大|小))")  # compared: 企业更多 -> 企业
_THAN_RE = re.compile(r"(?<!比)比(?![例重率较])(?=[^？?，,。]{1,24}?(?:多|高|少|低|大|小))")
_SHARE_OF_RE = re.compile(r"的(?:比例|占比|比重|百分比)(?:是|为|有|达到?|占)?$")  # X的比例是多少: a share of X
COUNT_WORDS = frozenset(("次数", "人数", "件数", "个数", "场次", "人次", "户数", "家数", "数量", "数目", "总数"))


_EN_VERB_RE = re.compile(r"\b(?:kept|retained|received|accepted|handled|mediated|resolved|concluded|trained|issued|cancell?ed|abolished"
                         r"|los[et]|loses|losing|corrected|revoked"
                         r"|appear(?:ed|s)? (?:in|before the) court|attend(?:ed|s)? court)\b",
                         re.IGNORECASE)  # verbs whose past form says what a figure counts (kept -> 保留419项)


def english_verb(question: str) -> str:
    """The Chinese words (``|``-joined) for the verb an English figure question counts by:
    ``Which kept more items`` -> ``保留``; "" when it names none the glossary knows."""
    from ..text.glossary import english_terms

    m = _EN_VERB_RE.search(question)
    if m is None and (b := _EN_BASE_VERB_RE.search(question)):  # how many cases did Beihai accept: the base form
        return "|".join(english_terms(b.group(1)))
    return "|".join(english_terms(m.group(0))) if m else ""


# the base form of such a verb after did / does and its subject (how many cases did the county accept)
_EN_BASE_VERB_RE = re.compile(r"\b(?:did|does|do)\s+(?:[A-Za-z'’\-]+\s+){1,4}?(keep|retain|receive|accept|handle|mediate|resolve"
                              r"|conclude|revoke|abolish)\b", re.IGNORECASE)


# a relative clause between the measure word and what is counted says which, not what: 多少个[跟老百姓
# 生活相关的]事项, 多少件[涉及群众利益的]案件 -> 事项, 案件
_MODIFIER_RE = re.compile(r"^(?:(?:跟|与|和|同)[^，,。？?的]{1,16}?(?:相关|有关|相连|相联系|关联|挂钩|相关联)"
                          r"|(?:涉及|关系到|关乎|事关|面向|针对)[^，,。？?的]{1,16}?)的(?=[\u4e00-\u9fff])")


def counted_phrase(after_ask: str) -> str:
    """What follows ``多少``/``几`` without its measure word and a leading relative clause."""
    rest = re.sub(rf"^(?:{_UNIT_ALT})", "", after_ask)
    return _MODIFIER_RE.sub("", rest, count=1)


@functools.lru_cache(maxsize=256)
def measure_anchors(question: str, terms: tuple[str, ...] = ()) -> tuple[str, str]:
    """(verb just before ``多少``, noun just after its measure word), "" where there is none:
    ``化解了多少件`` -> ``('化解', '')``; ``查处了多少台超限车辆`` -> ``('查处', '超限车辆')``; a spoken verb
    with the genre's written ones (``输掉了几件`` -> ``输掉|败诉``: :func:`rag.answer.term_coverage.stating_words`)."""
    from .term_coverage import stating_words

    verb, noun = _anchors(question, terms)
    return tuple("|".join(stating_words(w)) if w and "|" not in w else w for w in (verb, noun))


def _anchors(question: str, terms: tuple[str, ...]) -> tuple[str, str]:
    from ..text.normalize import fold
    from .term_tokens import QUESTION_WORDS, tokens

    q = fold(question)
    m = _ASKED_RE.search(q) or _THAN_RE.search(q)  # 保留的事项比B多吗: compared at 比
    if m is not None and m.group(0) == "几":  # 几个部门一起…抽了多少批次: the 多少 asks, 几 is "several"
        m = re.search("多少", q) or m
    if m is None:
        return change_verbs(question) or english_verb(question), counted_term(question, terms)
    share = _SHARE_OF_RE.search(q[:m.start()])
    own = [t for t in tokens(q[:share.start()]) if len(t) >= 2 and t not in QUESTION_WORDS] if share else []
    if own:  # 输掉的比例是多少: the rate of what the word before 的 says (败诉率7.3%)
        return "", shared_word(own)
    before = [t for t in tokens(q[:m.start()]) if t not in ("了", "的", "有", "是", "共", "一共", "总共", "累计", "数", *_ROUGHLY)]
    after = tokens(counted_phrase(q[m.end():]))
    if len(before) >= 2 and before[-1] in COUNT_WORDS and len(before[-2]) >= 2:  # 专题学法次数更多: the noun counted
        two = len(before) >= 3 and len(before[-3]) >= 2 and before[-3] not in QUESTION_WORDS
        return "", (before[-3] if two else "") + before[-2]
    if len(before) >= 2 and before[-1] in COUNT_WORDS and _one_char_verb(q[:m.start()], before[-2], before[-1]):
        return before[-2], ""  # 收件数是多少: 收 is the asked verb (收件35600余件)
    verb = before[-1] if before and len(before[-1]) >= 2 and before[-1] not in QUESTION_WORDS \
        and not _circumstance(before[-1]) else ""  # 最后一共有多少人: 最后 says when, not what is counted
    if before and not verb and _one_char_verb(q[:m.start()], before[-1]):  # 收了多少件: 收 (收件35600余件)
        verb = before[-1]
    verb = _relative_act(q[:m.start()], verb, q[m.end():]) or verb  # 出庭应诉的案件有多少件: 出庭应诉
    if verb and m.group(0)[0] in "最更较比":  # 哪个保留的…事项更多: the verb before the compared noun binds the figure
        from .terms import role_weight

        raw = tokens(q[:m.start()])  # the verb of the relative clause: 保留 in 保留的…事项, not 审批 inside the noun
        clause = raw[:len(raw) - raw[::-1].index("的") - 1] if "的" in raw else []
        acts = [t for t in clause[-3:] if len(t) >= 2 and t not in QUESTION_WORDS and role_weight(t) < 1.0]
        if role_weight(verb) >= 1.0 and acts:
            return acts[-1], verb
    if m.group(0) == "比":  # no verb of its own before 比: as without an asked word
        return change_verbs(question) or english_verb(question), counted_term(question, terms)
    places = counted_places(re.sub(rf"^(?:{_UNIT_ALT})", "", q[m.end():]))
    if places:  # 多少个市、县(区)纳入…: places are counted, not the verb after them
        return verb, places[0]
    if after[:1] == ["被"] and len(after) > 1:  # 多少件被维持: the passive verb is the asked one
        verb, after = after[1], after[2:]
    i = next((i for i, t in enumerate(after[:2]) if len(t) >= 2 and t not in QUESTION_WORDS), None)
    if i is None:
        return verb, ""
    if not verb and i + 1 >= len([t for t in after if t not in ("了", "的") and re.match(r"[\u4e00-\u9fff]", t)]) \
            and _is_verb(after[i]):
        return after[i], ""  # 多少人考过了: the verb after the count is what is asked, as the genre writes it (通过5518人)
    nxt = after[i + 1] if i + 1 < len(after) else ""
    compound = len(nxt) >= 2 and nxt not in QUESTION_WORDS  # 专题 + 学法: the whole noun phrase
    return verb, after[i] + (nxt if compound else "")


def _relative_act(before_ask: str, noun: str, after_ask: str) -> str:
    """The act of the clause ``的`` closes before ``noun``, when ``noun`` names nothing but the asked measure word
    (案件 counted in 件, 事项 in 项; a user's 案子 is 案件): ``负责人出庭应诉的案件有多少件`` -> 出庭应诉.  The genre writes
    such a count onto the act with the noun left out (出庭应诉137件), while a figure right after the bare noun
    (一审行政诉讼案件178件) counts all of them; "" when there is no such clause (行政诉讼案件有多少件, 全市的案件).

    >>> _relative_act("负责人亲自出庭应诉的案件一共有", "案件", "件"), _relative_act("全市的案件有", "案件", "件")
    ('出庭应诉', '')
    """
    from .asked_unit import own_measure
    from .pos_tags import pos_flag
    from .term_coverage import whole_forms
    from .term_tokens import QUESTION_WORDS, tokens

    unit = re.match(rf"(?:{_UNIT_ALT})", after_ask)
    if not noun or unit is None or not any(own_measure(f) == unit.group(0) for f in whole_forms(noun)):
        return ""
    raw = [t for t in tokens(before_ask) if t not in ("了", "一共", "总共", "共", "累计", "有", "是", *_ROUGHLY)]
    if len(raw) < 3 or raw[-1] != noun or raw[-2] != "的":
        return ""
    clause = [t for t in raw[:-2] if not _circumstance(t)]  # 亲自, 当年: how or when, not the act
    act = clause[-1] if clause else ""
    flag = pos_flag(act)
    return act if len(act) >= 2 and act not in QUESTION_WORDS and not flag.startswith(("n", "r", "m", "t", "s", "f")) else ""


PLACE_NOUNS = frozenset([*"省市州县区旗盟乡镇村", "乡镇", "县区", "区县", "县市", "市县", "市州", "旗县", "街道", "社区", "村居"])
_PLACE_JOINERS = frozenset("、()（）和及与/")
_PLACE_OPENERS = frozenset(w[0] for w in PLACE_NOUNS) | _PLACE_JOINERS


def counted_places(text: str) -> tuple[str, ...]:
    """The administrative places ``text`` opens with when they are what is counted (``市、县(区)纳入``
    -> 市, 县, 区; ``乡镇开展`` -> 乡镇); () when it opens otherwise or they only qualify a noun
    (``村民小组``, ``区直部门``: jieba reads these as words of their own).

    >>> counted_places("市、县(区)纳入了督查"), counted_places("村民小组"), counted_places("乡镇政府")
    (('市', '县', '区'), (), ())
    """
    from .pos_tags import pos_tokens

    if text[:1] not in _PLACE_OPENERS:  # no place or joiner can open it: no tagging (loading the tagger costs ~0.5 s)
        return ()
    found: list[str] = []
    for word, flag in pos_tokens(text):
        if word in PLACE_NOUNS:
            found.append(word)
        elif word not in _PLACE_JOINERS:
            return tuple(dict.fromkeys(found)) if found and not flag.startswith("n") else ()
    return tuple(dict.fromkeys(found))


def _circumstance(word: str) -> bool:
    """A locative, time word or adverb (最后, 当年, 亲自): when or how, never a verb of what is counted."""
    from .pos_tags import pos_flag

    return pos_flag(word)[:1] in ("f", "t", "d")


def _is_verb(word: str) -> bool:
    from .pos_tags import pos_flag

    return pos_flag(word) in ("v", "vi", "vd")


_ROUGHLY = ("大约", "大概", "大致", "约", "约为", "约有")  # 大约是多少: no verb of what is counted
_LIGHT_VERBS = frozenset("是有为在达占")  # say nothing of what is counted


def _one_char_verb(before_ask: str, word: str, then: str = "") -> bool:
    """Is ``word``, the last word before 多少 (``当年收了``) or before the count word ``then``
    (``收|件数``), a one-character verb of its own (收, 办, 审), not a copula (是, 有, 达) or an adverb?"""
    from .pos_tags import pos_tokens

    if len(word) != 1 or word in _LIGHT_VERBS:
        return False
    tagged = [(w, f) for w, f in pos_tokens(before_ask) if w not in ("了", "的", "共", "一共", "总共", "累计", *_ROUGHLY)]
    i = next((i for i in range(len(tagged) - 1, -1, -1) if tagged[i][0] == then), len(tagged)) if then else len(tagged)
    return i >= 1 and tagged[i - 1][0] == word and tagged[i - 1][1].startswith("v")


_NOUN_FLAGS = ("n", "vn", "j", "l", "x", "eng", "a")  # a noun compound's parts: 普法短信, 政府合同, 重点任务


def _noun_phrase(text: str) -> str:
    """The noun compound ``text`` opens with (``普法短信?`` -> 普法短信; ``干部参加了培训`` -> 干部): its
    last noun is what is counted, its first says which (政府|合同, not any 政府 figure)."""
    from .pos_tags import pos_tokens

    out = ""
    for w, flag in pos_tokens(text):
        if not (flag.startswith(_NOUN_FLAGS) or flag == "vn") or not re.match(r"[\u4e00-\u9fff]", w):
            break
        out += w
    return out


_COUNTED_AFTER_DE_RE = re.compile(r"[^，,。；;？?的]{1,16}的([\u4e00-\u9fff]{2,8})\s*[？?。]?\s*$")  # the question's last noun


def measured_words(question: str, terms: Sequence[str], weights: Mapping[str, float] | None = None) -> tuple[str, ...]:
    """The content terms naming what an asked figure counts, all of which the evidence must hold:
    the nouns right after ``多少``/``几`` + measure word (``多少名人民调解员`` -> 人民调解员), else the
    term just before it (``纠错率是多少`` -> 纠错率) with the noun written right before that one when
    the head alone is the more common (``weights``: rarity), so says less of what is counted
    (``法律援助案件多少件`` -> 法律援助, 案件: not any 案件); English: the terms of the counted phrase.

    >>> measured_words("海西州有多少名人民调解员?", ("人民调解员",))
    ('人民调解员',)
    >>> measured_words("办理法律援助案件多少件?", ("办理", "法律援助", "案件"), {"法律援助": 2.0, "案件": 0.5})
    ('法律援助', '案件')
    """
    from ..text.normalize import fold
    from .terms import content_terms

    q = fold(question)
    m = _ASKED_RE.search(q)
    if m is None:
        return measured_terms(question, terms)
    if asked_outlay(q):  # 花了多少钱: an outlay, whatever the noun before it
        return asked_outlay(q)
    rest = counted_phrase(q[m.end():])
    places = counted_places(rest)
    if places:  # 多少个市、县(区): what is counted is the places, which the figure's own words name
        return places
    share = _SHARE_OF_RE.search(q[:m.start()])
    own = [t for t in content_terms(q[:share.start()]) if t in terms] if share else []
    if own:  # 输掉的比例是多少: the share of what the word before 的 says, a verb too (败诉率)
        return (shared_word(own),)
    from .terms import role_weight

    # 多少条违建、占道的线索: a clause closed by 的 says which of the noun after it, the question's last, are counted
    de = _COUNTED_AFTER_DE_RE.match(rest)
    after = content_terms(de.group(1)) if de else content_terms(rest)
    before = [t for t in content_terms(q[:m.start()]) if t in terms and role_weight(t) >= 1.0]  # a noun, not 达到
    if after[:1] and role_weight(after[0]) < 1.0 and before and not rest.startswith("被") and not _closing_compound(rest, after):
        after = ()  # 事项里有多少件做到了…: a verb follows 多少件, the counted noun came before it
    after = tuple(t for t in after[:2] if t in terms and not t.startswith("被"))
    if after:
        head = [t for t in content_terms(_noun_phrase(rest)) if t in terms]
        return tuple(dict.fromkeys((after[0], *head[-1:]))) if head[:1] == [after[0]] else after[:1]
    places = counted_places(re.sub(r"^(?:其中|当中|中)", "", re.split(r"[，,；;：:]", q[:m.start()])[-1]))
    if places:  # 示范地区中，县(市、区)有多少个: the places written before the asked word are what is counted
        return places
    head = relative_head(q[:m.start()], terms)
    if head and (not before or before[-1] != head[-1]):  # 机关收到的复议申请有多少件: the nouns after 的 are counted
        before = list(head)  # (a tagger's verb used as a noun there: 申请), the clause before 的 says which
    act = _outcome_verb(q[:m.start()], terms)  # 打官司打赢了多少件: the verb says which of them are counted
    act += asked_qualifiers(question, terms)  # 专职的调解员有多少: which of them
    act += _asked_mode(q[m.start():], terms)  # 有多少件是通过调解方式结案的: those closed that way
    if len(before) >= 2 and weights and before[-2] + before[-1] in q and \
            weights.get(before[-2], 0.0) > weights.get(before[-1], 0.0):  # 法律援助|案件: the modifier says what
        return tuple(dict.fromkeys((*before[-2:], *act)))
    return tuple(dict.fromkeys((*before[-1:], *act)))


# 多少件是通过调解方式结案的 / 有几件是以和解方式办结的: the way named after the ask says which of them are counted
_MODE_AFTER_ASK_RE = re.compile(r"^(?:多少|几)[^，,；;。？?是]{0,4}是(?:通过|以|经|经由|采取|采用|按)([\u4e00-\u9fff]{2,6}?)"
                                r"(?:的)?(?:方式|形式|途径|渠道|程序)")


def _asked_mode(from_ask: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The terms of the way a count is restricted to after its asked word (``多少件是通过调解方式结案的`` -> 调解)."""
    from .terms import content_terms

    m = _MODE_AFTER_ASK_RE.match(from_ask)
    return tuple(t for t in content_terms(m.group(1)) if t in terms) if m else ()


def _closing_compound(rest: str, words: Sequence[str]) -> bool:
    """Is ``rest`` (what follows the asked measure word) a compound of two or more ``words`` closing the question, however a
    tagger reads them (``收到了多少件复议申请?``: 复议, 申请 are tagged verbs), not a clause (做到了按时办结)?"""
    return len(words) >= 2 and re.sub(r"[？?。！!\s]+$", "", rest) == "".join(words) and not _circumstance(words[0])


_HEAD_TAIL_RE = re.compile(r"(?:了|过|掉|一共|总共|共|合计|累计|总计|有|是|为|达到|达)+$")


def relative_head(before_ask: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The terms of the noun phrase between the last ``的`` and the asked ``多少`` (``收到的复议申请有`` -> 复议, 申请),
    at most its last two: what a ``…的N有多少`` question counts, whatever a tagger makes of N's words (申请, 审批 read
    as verbs); () when the words there are not all ``terms`` (a clause: 的时候一共处理了) or there is no ``的``.

    >>> relative_head("郴州市行政复议机关收到的复议申请有", ("行政复议", "机关", "收到", "复议", "申请"))
    ('复议', '申请')
    >>> relative_head("清理文件的时候一共处理了", ("清理", "文件", "时候", "处理"))
    ()
    """
    from .terms import content_terms

    tail = _HEAD_TAIL_RE.sub("", before_ask)
    if "的" not in tail:
        return ()
    phrase = tail[tail.rfind("的") + 1:]
    words = tuple(t for t in content_terms(phrase) if t in terms)
    return words[-2:] if words and "".join(words) == phrase else ()


def asked_qualifiers(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The words a Chinese ``question`` restricts its counted noun by (:func:`rag.answer.measure_qualifiers.restricting_words`:
    ``不合格的案卷有几卷`` -> 不合格, ``专职的调解员有多少名`` -> 专职); () when none, or for a comparison (its sides
    say their own).

    >>> asked_qualifiers("抽查案卷时,被评为不合格的案卷有几卷?", ("抽查", "案卷", "评为", "不合格"))
    ('不合格',)
    >>> asked_qualifiers("案卷有几卷?", ("案卷",)), asked_qualifiers("全市的案卷有几卷?", ("全市", "案卷"))
    ((), ())
    """
    from ..text.normalize import fold
    from .terms import content_terms, role_weight

    q = fold(question)
    m = _ASKED_RE.search(q)
    if m is None:  # an English question: a grade given to what it counts (rated as excellent)
        return english_grade(question, terms)
    if m.group(0)[0] in "最更较":
        return ()
    before = [t for t in content_terms(q[:m.start()]) if t in terms and role_weight(t) >= 1.0]
    if not before:
        return ()
    noun = max(before, key=lambda t: q.rfind(t, 0, m.start()) + len(t))  # the last written (案卷 again after 不合格的)
    return restricting_words(q[:m.start()], terms, noun)


def _outcome_verb(before_ask: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The spoken verb written right before the asked count (``打赢了多少件``), when it is a term: it says which
    of the counted things are asked, in a word the genre writes otherwise (胜诉), so the evidence must state
    that.  Only a spoken verb (:func:`rag.text.zh_variants.formal_forms`): a written one (达到, 作出, 办结) is
    often how the question frames the count, not which part of it is asked."""
    from ..text.zh_variants import formal_forms
    from .terms import content_terms, role_weight

    last = (content_terms(before_ask) or ("",))[-1]
    tail = re.sub(r"(?:了|过|一共|总共|共|累计|有|是|的)+$", "", before_ask)
    return (last,) if formal_forms(last) and last in terms and role_weight(last) < 1.0 and tail.endswith(last) else ()


def shared_word(own: Sequence[str]) -> str:
    """What a ``X的比例`` question takes the share of, given the words of X: the last one (持证人员的比例 -> 人员), but
    a plain verb the genre writes otherwise, before its object, is the act whose rate is asked (纠正原行政行为的比例:
    纠正, written 纠错率; the object only says what was acted on)."""
    from ..text.zh_variants import formal_forms
    from .terms import role_weight

    acts = [t for t in own[:-1] if formal_forms(t) and role_weight(t) < 1.0]
    return acts[0] if acts else own[-1]

