"""Figures, dates and names inside a report sentence, and a figure's value (how close each sits to the
asked terms is :mod:`rag.answer.figure_fit`).

All offsets are into the sentence as given; matching runs on ``fold_chars`` (a
length-preserving fold) so Traditional and full-width text behave the same.

>>> s = "全年市本級受理59件,審結37件,綜合糾錯率達59.46%。"
>>> [(s[a:b], u) for a, b, u in number_spans(s)]
[('59件', '件'), ('37件', '件'), ('59.46%', '%')]
>>> figure_value("59.46%")
59.46
"""
from __future__ import annotations

from collections.abc import Sequence

from ..chunk.sentences import page_marks
from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .kinds import DOCNO_RE
from .qtypes import UNITS

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# a figure, its thousands written with commas (1,057件, 6,240人: one figure, not 1 and 057件); never after 第 (第5号: an ordinal)
_NUM_RE = re.compile(rf"(?<![\d.第])(\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)(\s?[%‰]|[万亿千]?(?:余|多)?(?:{_UNIT_ALT})?)(?!(?<=集)[中体聚约成团市])")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
# 统一集中, 一集体: 集 begins a word there, no episode counted
_CN_NUM_RE = re.compile(rf"(?<![第届\d.{_CN_DIGITS}])([{_CN_DIGITS}]+)((?:余|多)?(?:{_UNIT_ALT}))(?!是|(?<=集)[中体聚约成团市])")
# a span of months written as one period (3月至5月, 2022年3月到5月): the period, not its first month
_MONTH_TO = r"(?:[至到\-—–~](?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|初|中旬|下旬|上旬|份)?)?"
_DATE_RE = re.compile(
    r"(?<![-—–~\d])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)|(?<![-—–~\d])(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?(?:前|底|初|中旬|下旬|上旬)?"
    + _MONTH_TO + r"|上半年|下半年|年初|年底|初|底|末)?"
    r"|\d{1,2}月\d{1,2}日(?:[至到\-—–~](?:\d{1,2}月)?\d{1,2}日)?|\d{1,2}月(?:底|初|中旬|下旬|上旬|份)?" + _MONTH_TO
)
_ORG_SUFFIXES = ("人民政府", "政府", "委员会", "办公室", "法院", "检察院", "中心", "局", "厅", "协会", "大队", "支队", "研究会",
                 "研究院", "研究所", "大学", "学院", "中队", "通讯社", "日报", "电视台",
                 "法学会", "联合会", "工商联", "商会", "学会", "小组", "公司", "事务所", "司法所", "派出所",
                 "处", "科", "股")  # a bureau's own divisions (局法规处, 行政执法监督科)
_NOUN_FLAGS = ("n", "ns", "nt", "nz", "j", "nrt", "l", "zg", "vn")
MAX_ORG_WORDS = 5  # words an organisation name may reach back over (长治市 第一届 人民调解 员 协会)
_CN_VAL = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _is_year(s: str, a: int, b: int, num: str) -> bool:
    return len(num) == 4 and num[:2] in ("19", "20") and (s[b:b + 1] in "年-—–~至" or s[a - 1:a] in "-—–~")


def has_digit_figure(text: str) -> bool:
    """Does ``text`` hold a figure written in digits (``59件``, ``3.8%``)?

    >>> has_digit_figure("审结37件"), has_digit_figure("审结案件")
    (True, False)
    """
    return _NUM_RE.search(text) is not None


def number_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each figure: ``59.46%``, ``16次``, ``40余项``, ``1.8万余件``, ``三项``.

    Years (``2021年``, ``2021-2025``) and page numbers (``— 3 —`` on a line of its own) are not figures.
    """
    s = fold_chars(sentence)
    out = []
    named = [(q.start(), q.end(), q.group()[0]) for q in _NAMED_RE.finditer(s)]
    dates = [(d.start(), d.end(), "") for d in _ISO_DATE_RE.finditer(s)]
    dates += [(d.start(), d.end(), "") for d in DOCNO_RE.finditer(s)]  # a document number's year and serial (石发〔2016〕23号)
    dates += [(a, b, "") for a, b in page_marks(s)]  # a page number (提升到\n— 3 —\n34.6%: a sentence across a page break)
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
    """(start, end, "") of dates: ``2019年6月``, ``2019年底``, ``3月底``, ``9月份``; a deadline keeps its
    ``前`` (``2024年底前``, ``6月底之前``: before then, not then), never a following word's (``2023年前三季度``)."""
    s = fold_chars(sentence)
    out = []
    for m in _DATE_RE.finditer(s):
        if m.end() > m.start():
            before = _DEADLINE_RE.match(s, m.end())
            out.append((m.start(), before.end() if before else m.end(), ""))
    return out


_DEADLINE_RE = re.compile(r"(?:之|以)?前(?![\d一二三四五六七八九十两几半个期置列沿端款述后提])")


def org_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of organisation names: a word tagged ``nt`` or ending in 局/委员会/
    办公室/法院/中心..., widened over up to two nouns before it (市 + 司法局)."""
    from .pos_tags import pos_tokens

    toks = _split_after_suffix(pos_tokens(sentence))
    starts = [0]
    for w, _ in toks:
        starts.append(starts[-1] + len(w))
    from .term_tokens import DOMAIN_WORDS

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
        if w.endswith(_FIRM_SUFFIXES):  # 湖南 渌 江 律师 事务所: a firm's trade name between its place and its kind
            j = _firm_start(toks, starts, j)
        if starts[i + 1] - starts[j] >= (3 if bare else 2):
            out.append((starts[j], starts[i + 1], ""))
    return _joined_units([sp for sp in out if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in out)])  # longest only


def _joined_units(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A unit named within its parent body (某某执法支队 + 第二大队, 某某局 + 法规处): two names that overlap are one, the
    parent's start to the unit's end."""
    out: list[tuple[int, int, str]] = []
    for a, b, tag in sorted(spans):
        if out and a < out[-1][1] < b:
            out[-1] = (out[-1][0], b, tag)
        else:
            out.append((a, b, tag))
    return out


_FIRM_SUFFIXES = ("事务所", "公司")
_TRADE_NAME_CHARS = 4  # a firm's trade name (渌江, 大成, 淮上) is a few characters the tagger splits any way
_NOT_IN_TRADE_NAME = ("p", "u", "c", "r", "m", "x", "w")  # 由 / 等 / 和 / 其 / 3 / punctuation: the name has ended


def _firm_start(toks: list[tuple[str, str]], starts: list[int], j: int) -> int:
    """Where a firm's name begins when a place stands a trade name's length before word ``j`` (湖南 + 渌 江 + 律师事务所,
    安徽 + 淮 上 + 律师事务所): the place's start, else ``j``'s own."""
    for k in range(j - 1, -1, -1):
        if starts[j] - starts[k + 1] > _TRADE_NAME_CHARS:
            break
        w, flag = toks[k]
        if flag == "ns" and k < j - 1:
            return k
        if flag.startswith(_NOT_IN_TRADE_NAME) or not all("\u4e00" <= c <= "\u9fff" for c in w):
            break
    return j


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
    from .pos_tags import pos_flag

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
    from .pos_tags import pos_tokens

    out, pos = [], 0
    for word, flag in pos_tokens(sentence):
        if flag == "nr" and len(word) >= 2:
            out.append((pos, pos + len(word), ""))
        pos += len(word)
    return out


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

