"""Figures, dates and names inside a report sentence, and how close they sit to the asked terms.

All offsets are into the sentence as given; matching runs on ``fold_chars`` (a
length-preserving fold) so Traditional and full-width text behave the same.

>>> s = "全年市本級受理59件,審結37件,綜合糾錯率達59.46%。"
>>> [(s[a:b], u) for a, b, u in number_spans(s)]
[('59件', '件'), ('37件', '件'), ('59.46%', '%')]
>>> best = pick_span(s, number_spans(s), ("纠错率",), {}, unit="")
>>> s[best[0]:best[1]]
'59.46%'
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold_chars
from .breakdowns import PART_BONUS, item_bounds, item_fit, part_total
from .kinds import DOCNO_RE
from .qtypes import UNITS
from .term_coverage import coverage, find_term

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# a figure, its thousands written with commas (1,057件, 6,240人: one figure, not 1 and 057件); never after 第 (第5号: an ordinal)
_NUM_RE = re.compile(rf"(?<![\d.第])(\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)(\s?[%‰]|[万亿千]?(?:余|多)?(?:{_UNIT_ALT})?)")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
_CN_NUM_RE = re.compile(rf"(?<![第届\d.{_CN_DIGITS}])([{_CN_DIGITS}]+)((?:余|多)?(?:{_UNIT_ALT}))(?!是)")
# a span of months written as one period (3月至5月, 2022年3月到5月): the period, not its first month
_MONTH_TO = r"(?:[至到\-—–~](?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|初|中旬|下旬|上旬|份)?)?"
_DATE_RE = re.compile(
    r"(?<![-—–~\d])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)|(?<![-—–~\d])(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?(?:前|底|初|中旬|下旬|上旬)?"
    + _MONTH_TO + r"|上半年|下半年|年初|年底|初|底|末)?"
    r"|\d{1,2}月\d{1,2}日(?:[至到\-—–~](?:\d{1,2}月)?\d{1,2}日)?|\d{1,2}月(?:底|初|中旬|下旬|上旬|份)?" + _MONTH_TO
)
# a comma between a digit and three digits (3,912家; folded ３，９１２) groups thousands: no clause break
_CLAUSE_RE = re.compile(r"[，；;。：:！!？?]|,(?!(?<=\d,)\d{3}(?!\d))")
_TO_LAST_CLAUSE_RE = re.compile(r".*[，,；;。：:！!？?]", re.S)  # up to the last separator (greedy: one match)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_ORG_SUFFIXES = ("人民政府", "政府", "委员会", "办公室", "法院", "检察院", "中心", "局", "厅", "协会", "大队", "支队", "研究会",
                 "研究院", "研究所", "大学", "学院", "通讯社", "日报", "电视台",
                 "法学会", "联合会", "工商联", "商会", "学会", "小组", "公司", "事务所", "司法所", "派出所",
                 "处", "科", "股")  # a bureau's own divisions (局法规处, 行政执法监督科)
_NOUN_FLAGS = ("n", "ns", "nt", "nz", "j", "nrt", "l", "zg", "vn")
MAX_ORG_WORDS = 5  # words an organisation name may reach back over (长治市 第一届 人民调解 员 协会)
_CN_VAL = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _is_year(s: str, a: int, b: int, num: str) -> bool:
    return len(num) == 4 and num[:2] in ("19", "20") and (s[b:b + 1] in "年-—–~至" or s[a - 1:a] in "-—–~")


def number_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each figure: ``59.46%``, ``16次``, ``40余项``, ``1.8万余件``, ``三项``.

    Years (``2021年``, ``2021-2025``) are not figures.
    """
    s = fold_chars(sentence)
    out = []
    named = [(q.start(), q.end(), q.group()[0]) for q in _NAMED_RE.finditer(s)]
    dates = [(d.start(), d.end(), "") for d in _ISO_DATE_RE.finditer(s)]
    dates += [(d.start(), d.end(), "") for d in DOCNO_RE.finditer(s)]  # a document number's year and serial (石发〔2016〕23号)
    # 5，123: a clause's comma between two figures, never thousands (only an ASCII comma groups digits)
    nums = s if "，" not in sentence else "".join("、" if o == "，" else c for c, o in zip(s, sentence))
    for m in _NUM_RE.finditer(nums):
        if _is_year(s, m.start(), m.end(1), m.group(1)) or _inside(m, dates) or _inside(m, [n for n in named if n[2] == "“"]):
            continue  # a year; a date's month or day (2022-08-16); a document number; a quoted name's number (“12.4”宣传日)
        out.append((m.start(), m.end(), m.group(2).strip()))
    for m in _CN_NUM_RE.finditer(s):
        if not _inside(m, named):  # “高效办成一件事”, 《三年行动计划》: the name's words, no count
            out.append((m.start(), m.end(), m.group(2)))
    return sorted(out)


_NAMED_RE = re.compile(r"“[^“”]{1,30}”|《[^《》]{1,60}》")
_ISO_DATE_RE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)")


def _inside(m: re.Match[str], spans: Sequence[tuple[int, int, str]]) -> bool:
    return any(a <= m.start() and m.end() <= b for a, b, _ in spans)


# 第三方 (third party), 第一责任人, 第一时间, 第一书记, 第一线: words, not ranks or ordinals
_ORDINAL_RE = re.compile(rf"第[\d{_CN_DIGITS}]+(?:{_UNIT_ALT})?(?![方线时责书\d{_CN_DIGITS}])|(?<=[列排居位])(?:第)?\d+(?:名|位)")


def ordinal_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of ranks and ordinals, for ``第几`` questions: ``第六次``, ``列32名``'s ``32名``."""
    s = fold_chars(sentence)
    return [(m.start(), m.end(), "") for m in _ORDINAL_RE.finditer(s)]


def date_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of dates: ``2019年6月``, ``2019年底``, ``3月底``, ``9月份``."""
    s = fold_chars(sentence)
    return [(m.start(), m.end(), "") for m in _DATE_RE.finditer(s) if m.end() > m.start()]


def org_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of organisation names: a word tagged ``nt`` or ending in 局/委员会/
    办公室/法院/中心..., widened over up to two nouns before it (市 + 司法局)."""
    from .terms import pos_tokens

    toks = _split_after_suffix(pos_tokens(sentence))
    starts = [0]
    for w, _ in toks:
        starts.append(starts[-1] + len(w))
    from .terms import DOMAIN_WORDS

    out = []
    for i, (w, flag) in enumerate(toks):
        bare = w in _ORG_SUFFIXES and len(w) == 1  # 行政 审批 局: the suffix is a word of its own
        if (len(w) < 2 and not bare) or w in DOMAIN_WORDS or not (flag == "nt" or w.endswith(_ORG_SUFFIXES)) \
                or not _org_word(w):
            continue  # 法治政府 is a concept, not a body
        j = i
        while j > 0 and i - j < MAX_ORG_WORDS and (_org_part(*toks[j - 1]) or bare and j == i and toks[j - 1][1] == "v"
                                                   or _trade_name(toks, j - 1)):
            j -= 1
        if starts[i + 1] - starts[j] >= (3 if bare else 2):
            out.append((starts[j], starts[i + 1], ""))
    return [sp for sp in out if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in out)]  # longest names only


def _trade_name(toks: list[tuple[str, str]], k: int) -> bool:
    """A firm's trade name after its place (河南 + 博远 + 律师事务所): tagged a person's name, yet a
    part of the body's name where a place stands right before it."""
    return toks[k][1] == "nr" and len(toks[k][0]) == 2 and k > 0 and toks[k - 1][1] == "ns"


def _split_after_suffix(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A word running on past a body's name (律师 + 事务所律师: 事务所, 律师): split after the
    name's suffix of three or more characters (not 中心城区), so that the body ends a word of its own."""
    out = []
    for w, flag in toks:
        cuts = [w.find(x) + len(x) for x in _ORG_SUFFIXES if len(x) >= 3 and x in w] \
            if len(w) >= 4 and not w.endswith(_ORG_SUFFIXES) else []
        cut = min((c for c in cuts if c < len(w)), default=0)
        out.extend([(w[:cut], "n"), (w[cut:], flag)] if cut else [(w, flag)])
    return out


def _org_word(word: str) -> bool:
    """Does a word ending in a one-character suffix end in that body (民政局, 药监局), not in a word
    of its own (全局, 大厅; 新格局: 格局 is a word, 新格 none)?"""
    from .terms import pos_flag

    if len(word) < 2 or word[-1] not in _ORG_SUFFIXES:
        return True
    return len(word) > 2 and not (pos_flag(word[-2:]) != "x" and pos_flag(word[:-1]) == "x")


_RULE_OF_LAW_SCOPE_RE = re.compile(r"^(?:依法)?治[国省市县区州旗盟镇乡]$")


def _org_part(word: str, flag: str) -> bool:
    """A word that can open or continue an organisation's name (a noun, a place, 第一届)."""
    if not "\u4e00" <= word[0] <= "\u9fff":
        return False
    if _RULE_OF_LAW_SCOPE_RE.match(word):  # 全面依法 治市 委员会: the genre's bodies are named for 依法治X
        return True
    return flag in _NOUN_FLAGS or (flag == "x" and len(word) >= 2) or (flag == "m" and word.startswith("第"))


_TITLE_RE = re.compile(r"《[^《》\n]{2,60}》")


def title_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of titled documents: ``《宜昌市养犬管理条例》``."""
    return [(m.start(), m.end(), "") for m in _TITLE_RE.finditer(fold_chars(sentence))]


def person_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of person names, as tagged ``nr`` by jieba's part-of-speech tagger."""
    from .terms import pos_tokens

    out, pos = [], 0
    for word, flag in pos_tokens(sentence):
        if flag == "nr" and len(word) >= 2:
            out.append((pos, pos + len(word), ""))
        pos += len(word)
    return out


def clause_bounds(s: str, i: int) -> tuple[int, int]:
    """[start, end) of the clause (between ，；。：) that holds position ``i``."""
    last = _TO_LAST_CLAUSE_RE.match(s, 0, i)  # the end of the last separator before i (no match object per separator)
    while last and _THOUSANDS_RE.match(s, last.end() - 1):  # 3,912: a digit group, the separator is further back
        last = _TO_LAST_CLAUSE_RE.match(s, 0, last.end() - 1)
    a = last.end() if last else 0
    m = _CLAUSE_RE.search(s, i)
    return a, (m.start() if m else len(s))


SHORT_CLAUSE = 14  # a clause this short holding a figure is one item of a parallel list
LEAD_SHARE = 0.3  # a short clause opening the sentence gets this share of the sentence's coverage


def clause_coverage(folded_sentence: str, i: int, terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """Question-term coverage of the clause holding position ``i``, plus 0.4 x that of the clause
    before and 0.3 x that of the clause after (``2022年3月，办公室印发《规定》``).  A neighbour
    counts only for the terms the clause itself lacks: ``梳理出事项6749项,保留事项2700项`` gives
    2700项 no credit for 事项 twice."""
    return _clause_coverage(folded_sentence, i, terms, weights, False)


def clause_covered(folded_sentence: str, i: int, terms: Sequence[str], weights: Mapping[str, float]) -> bool:
    """``clause_coverage(...) > 0``, worked out only as far as it takes (the clause itself holds a term: no
    neighbour is read)."""
    return _clause_coverage(folded_sentence, i, terms, weights, True) > 0


def _clause_coverage(s: str, i: int, terms: Sequence[str], weights: Mapping[str, float], any_positive: bool) -> float:
    ca, cb = clause_bounds(s, i)
    here, missing = coverage(terms, s[ca:cb], weights, folded=True)
    if any_positive and here > 0:  # (every part is >= 0: the sum is positive)
        return here
    before = after = 0.0
    pa = ca
    for _ in range(4):  # the clause before; from a topic-less one, past short parallel ones (2022年为X,2023年为Y)
        if pa <= 0:
            break
        pa, pb = clause_bounds(s, max(0, pa - 2))
        before = _extra(terms, missing, s[pa:pb], weights)
        if before > 0 or here > 0 or pb - pa > SHORT_CLAUSE or not _NUM_RE.search(s[pa:pb]):
            break
    if cb < len(s) - 1:
        _, nb = clause_bounds(s, cb + 1)
        after = _extra(terms, missing, s[cb:nb], weights)
    if ca == 0 and cb <= SHORT_CLAUSE and here == 0:  # a leading "2020年9月，..." frames the whole sentence
        after = max(after, LEAD_SHARE / 0.3 * coverage(terms, s, weights, folded=True)[0])
    return here + 0.4 * before + 0.3 * after


def _extra(terms: Sequence[str], missing: Sequence[str], text: str, weights: Mapping[str, float]) -> float:
    """Share of all of ``terms``' weight that ``text`` adds by holding some of ``missing``."""
    if not missing or not terms:
        return 0.0
    total = sum(weights.get(t, 1.0) for t in terms)
    part = sum(weights.get(t, 1.0) for t in missing)
    return coverage(missing, text, weights, folded=True)[0] * part / total if total else 0.0


_PHRASE_FROM_RE = re.compile(r"(?:由|从)(?:原来|原先|原有|原)?[^，,；;。到至为]{0,14}$|^(?:原来|原先)")
_CHANGE_VERBS = r"缩短|减少|降低|下降|压缩|精简|减|提高|提升|增加|增长|上升|扩大|增|降|缩减|改为|变为"
_PHRASE_TO_RE = re.compile(rf"(?:{_CHANGE_VERBS})(?:到|至|为)")


def names_change(verb: str) -> bool:
    """Is every alternative of ``verb`` (``减少|压缩``) a verb of change, whose figure is the value reached?"""
    return bool(verb) and all(re.fullmatch(f"(?:{_CHANGE_VERBS})", v) for v in verb.split("|") if v)


def own_phrase(s: str, a: int, spans: Sequence[tuple[int, int, str]]) -> tuple[int, int]:
    """[start, end) of the words that lead up to the figure at ``a`` within its clause: from the end
    of the figure before it in the clause (or the clause start) to ``a``."""
    ca, _ = clause_bounds(s, a)
    prev = max((b for x, b, _ in spans if ca <= b <= a and x < a), default=ca)
    return prev, a


def phrase_fit(s: str, a: int, spans: Sequence[tuple[int, int, str]], want_from: bool = False) -> float:
    """The direction of a change as a figure's own phrase (:func:`own_phrase`) tells it: the value
    reached (``缩短到并联办理92天``) over the one left (``由原来串联办理240多天``), the other way round
    when the question asks for the old value; when the words right before the figure already say
    it (``从上一年的20%``, ``上升到90.1%``), only that turning round."""
    ca, _ = clause_bounds(s, a)
    told = _direction_fit(s, ca, a)
    if told:  # counted by span_score already; asked for the old value, it is turned round here
        return -2 * told if want_from else 0.0
    phrase = s[slice(*own_phrase(s, a, spans))]
    direction = -0.3 if _PHRASE_FROM_RE.search(phrase) else 0.2 if _PHRASE_TO_RE.search(phrase) else 0.0
    return -direction if want_from else direction


def unit_fit(asked: str, unit: str) -> float:
    """+1 when the figure's unit is the asked one, -1 when it is another, -0.3 for a bare number."""
    if not asked:
        return 0.0
    if asked == "%":
        return 1.0 if unit in ("%", "‰") else -1.0
    if asked in unit:
        return 1.0
    if any(asked in g and unit.lstrip("万千余多").rstrip("余多") in g for g in UNIT_KINDS):
        return 0.5
    return -0.3 if not unit else -1.0


UNIT_KINDS = (("人", "名", "位", "余人"), ("件", "宗", "起", "个", "卷"), ("个", "家", "所", "处", "座", "户"),
              ("场", "次", "期", "场次"), ("项", "条", "个", "类"),
              ("天", "日", "工作日", "个工作日"),
              ("份", "件", "篇", "部"))  # measure words that count the same things (a document: 文件76件, asked 多少份)


_YEAR_NEAR_RE = re.compile(r"(?:19|20)\d{2}(?=年)")


_PREV_YEAR_RE = re.compile(r"(?:上一年|上年|去年|前一年)(?:的|同期)?$")
PREV_YEAR_BONUS = 0.8  # outweighs the "from" penalty: the asked year is the one looked back on


def _year_fit(s: str, ca: int, a: int, years: Sequence[int], prev_year: bool = False) -> float:
    """+0.3 when the words just before the span name a preferred year, -0.2 when they name another;
    with ``prev_year`` (the question asks about the year before the report's), a figure of
    ``上一年``/``去年`` gets :data:`PREV_YEAR_BONUS`."""
    if prev_year and _PREV_YEAR_RE.search(s[max(ca, a - 8):a]):
        return PREV_YEAR_BONUS
    near = _YEAR_NEAR_RE.findall(s[max(ca, a - 10):a])
    if not near or not years:
        return 0.0
    return 0.3 if int(near[-1]) in years else -0.2


_FROM_RE = re.compile(r"(?:从|由|比|较)[^，,；;。]{0,8}$|(?:上一年|上年|去年|同期)的?$")
_TO_RE = re.compile(r"(?:到|至|达|为|是|增至|提升至|上升到)$")


def _direction_fit(s: str, ca: int, a: int) -> float:
    """A figure reached (``上升到90.1%``) beats the one it rose from (``从上一年的20%``)."""
    before = s[ca:a]
    if _FROM_RE.search(before):
        return -0.3
    return 0.1 if _TO_RE.search(before) else 0.0


NOUN_BONUS = 0.7  # the figure sits right next to the noun the question counts (多少个地市 -> 32个地市)
PHRASE_BONUS = 0.2
ITEM_REACH = 20  # characters a list item's noun may stand before its figure (命名首批省级示范地区(单位)42个)
VERB_BONUS = 0.5  # ... or right after the question's verb (化解了多少件 -> 实际化解687件)


def anchor_fit(s: str, a: int, b: int, anchors: Sequence[str]) -> float:
    """How well the span ``s[a:b]`` sits next to the asked words: :data:`NOUN_BONUS` when the asked
    noun starts at most 1 character after it, heads the compound after it (``12家政府组成部门``) or, when
    the span ends its list item, stands just before it (``超限车辆264台、``),
    :data:`VERB_BONUS` when the asked verb is within 8 characters before it in its clause."""
    verb, noun = (tuple(anchors) + ("", ""))[:2]
    ca, cb = clause_bounds(s, a)
    item_start = max(ca, s.rfind("、", ca, a) + 1, a - ITEM_REACH)
    fit = 0.0
    parallel = "、" in s[ca:a]  # 举办了2次报告会、5次学法: the verb governs every item of the run
    if verb and any(v in s[ca if parallel else max(ca, a - 8):a] for v in verb.split("|")):
        fit += VERB_BONUS
    ends_item = b >= cb or s[b:b + 1] in "、;；"
    verbs = verb.split("|") if verb else []  # 取消…事项119项，保留419项: the asked verb comes only after this
    if fit == 0.0 and any(v in s[b:] for v in verbs) and not any(v in s[:a] for v in verbs):  # figure and
        return fit  # states a later one: the noun next to this one is not what is asked
    forms = alternatives(noun) if noun else ()  # a dictionary rendering lists its alternatives
    # the noun compound right after the figure, up to a list break, joiner or figure (12家政府组成部门: its head 部门)
    compound = m.group(0) if (m := re.match(r"[^\W\d_、和及与等]{1,6}", s[b:cb])) else ""
    for form in forms:
        after = s[b:min(cb, b + 3 + len(form))].split("、")[0]
        # a modifier + head form (专题学法 beside 学法) counts only whole: 专题报告会 is not 专题学法
        combo = any(g != form and form.endswith(g) for g in forms)
        key = form if combo else form[:2]
        at = after.find(key)  # right after the figure, or after a two-character modifier of the item (5次专题学法)
        if 0 <= at <= 1 or at == 2 and not combo or ends_item and key in s[item_start:a] or len(key) >= 2 and key in compound:
            fit += NOUN_BONUS
            if combo or len(form) > 2 and 0 <= s[b:min(cb, b + 2 + len(form))].find(form) <= 1:
                fit += PHRASE_BONUS  # the whole noun phrase (5次专题学法, not 2次专题报告会)
            break
    return fit


# a question asking roughly (大约收了多少件, roughly how many) and a figure the report gives roughly (35600余件)
APPROX_Q_RE = re.compile(r"大约|大概|大致|约有|约为|左右|上下|\b(?:approximately|roughly|around|approximate)\b", re.IGNORECASE)
_APPROX_BEFORE_RE = re.compile(r"(?:约|近|逾|超过|大约|将近)$")
APPROX_BONUS = 0.2


def approximate(s: str, a: int, b: int, unit: str) -> bool:
    """Does the report give the figure ``s[a:b]`` roughly: ``35600余件``, ``约3万人``, ``200人左右``?"""
    return "余" in unit or "多" in unit or bool(_APPROX_BEFORE_RE.search(s[max(0, a - 2):a])) or s.startswith(("左右", "上下"), b)


def span_score(sentence: str, span: tuple[int, int, str], terms: Sequence[str],
               weights: Mapping[str, float], unit: str = "", years: Sequence[int] = (),
               anchors: Sequence[str] = (), prev_year: bool = False,
               figures: Sequence[tuple[int, int, str]] = (), want_from: bool = False, approx: bool = False) -> float:
    """How well a span answers: question terms in its clause (and the clause before), unit fit,
    the year named just before it (``2024年为3.8%``), closeness to a term, the measured
    noun/verb right next to it (:func:`anchor_fit`) and, given all the sentence's ``figures``, its
    own phrase (:func:`phrase_fit`); with ``approx`` (the question asks roughly), a figure the
    report gives roughly gets :data:`APPROX_BONUS`."""
    s = fold_chars(sentence)
    a, b, u = span
    ca, cb = clause_bounds(s, a)
    context = clause_coverage(s, a, terms, weights)
    ia, ib = item_bounds(s, a, ca, cb)  # a term of the figure's own 、-item is nearer than its first use in the clause
    dist = min((abs(a - e) for t in terms if (e := max(find_term(t, s, ia, ib)[1], find_term(t, s, ca, cb)[1])) >= 0), default=60)
    cn_penalty = 0.2 if not s[a].isdigit() else 0.0
    fit = unit_fit(unit, u) + _year_fit(s, ca, a, years, prev_year) + _direction_fit(s, ca, a) + anchor_fit(s, a, b, anchors)
    if figures:
        fit += phrase_fit(s, a, figures, want_from) + item_fit(s, a, (ca, cb), terms, weights)
    if approx and approximate(s, a, b, u):
        fit += APPROX_BONUS
    return context + fit - 0.005 * min(dist, 60) - cn_penalty


def pick_span(sentence: str, spans: Sequence[tuple[int, int, str]], terms: Sequence[str],
              weights: Mapping[str, float], unit: str = "", years: Sequence[int] = (),
              anchors: Sequence[str] = (), prev_year: bool = False,
              figures: Sequence[tuple[int, int, str]] = (), want_from: bool = False,
              approx: bool = False) -> tuple[int, int, float] | None:
    """The best-scoring span as (start, end, score), or None when there is none (``figures``,
    ``want_from``, ``approx``: see :func:`span_score`)."""
    best = None
    folded = fold_chars(sentence)
    for sp in spans:
        sc = span_score(sentence, sp, terms, weights, unit, years, anchors, prev_year, figures, want_from, approx)
        total = part_total(folded, sp, figures, terms) if figures else None
        if total is not None:  # the part the question's qualifier names (其中国家级7个): it inherits the total's words
            sc = max(sc, span_score(sentence, total, terms, weights, unit, years, anchors, prev_year, figures,
                                    want_from, approx) + PART_BONUS)
        if best is None or sc > best[2] or (sc == best[2] and sp[0] == best[0] and sp[1] > best[1]):
            best = (sp[0], sp[1], sc)
    return best


def _cn_value(s: str) -> float | None:
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_VAL:
            cur = _CN_VAL[ch]
        elif ch in "十百千万":
            mult = {"十": 10, "百": 100, "千": 1000, "万": 10000}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            return None
    return float(total + cur)


def figure_value(text: str) -> float | None:
    """The numeric value of a figure: ``59.46%`` -> 59.46, ``1.8万余件`` -> 18000.0, ``三项`` -> 3.0."""
    t = fold_chars(text)
    m = re.match(r"(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)", t)
    if m:
        v = float(m.group(1).replace(",", ""))
        rest = t[m.end():]
    else:
        m = re.match(f"[{_CN_DIGITS}]+", t)
        if not m:
            return None
        v = _cn_value(m.group(0))
        rest = t[m.end():]
        if v is None:
            return None
    if rest.startswith("万"):
        v *= 1e4
    elif rest.startswith("亿"):
        v *= 1e8
    return v
