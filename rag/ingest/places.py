"""Which region a report is about: 长治市, 赣州市, 赤峰市元宝山区, 海西州...

Chinese has no spaces, so a place name's left edge is found where the text gives one:
after punctuation, a line start, 《, a year (``2024年,元宝山区``) or a function word
(``和崇义县``), and where jieba's dictionary knows the name (4,000 place names ending in
省/市/州/盟/县/区/旗).  A name seen only once in a weak position counts only if the
dictionary knows it.  Candidates are then scored by where they stand:

* the title's opening (``霍州市2023年...``)                       +10
* the subject of the opening sentence (``2021年...,長治市深入...``) +8
* the signature at the end (``長治市人民政府``)                    +6
* ``X人民政府`` / ``X政府`` / ``中共X委`` mentions                     +2 each (≤5)
* every mention, short forms included (``赣州`` for ``赣州市``)         +1 each (≤15)

times 1.5 when the name's level matches how the report speaks of itself (``全区``, ``我市``),
times 0.2 for a province not named in the title, opening or signature (``省委`` context).
A district or county is prefixed by its city when the text says so (``赤峰市元宝山区``).
Everything is matched on the Simplified fold, so ``長治市`` gives ``长治市``.

>>> infer_region("2022年,青岚县深入推进依法行政。全县...\\n青岚县人民政府")
'青岚县'
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from ..text.normalize import fold_chars

HAN = "\u4e00-\u9fff"
SUFFIXES = "省市州盟县区旗"
_GENERIC = {  # words ending in an admin suffix that are never the reporting unit
    "城市", "都市", "超市", "股市", "上市", "入市", "黑市", "集市", "夜市", "大市", "县市", "市县", "地市",
    "社区", "园区", "开发区", "高新区", "经开区", "试点区", "示范区", "试验区", "实验区", "先行区", "自贸区", "保护区",
    "功能区", "工业区", "集聚区", "核心区", "新区", "城区", "市区", "郊区", "县区", "地区", "辖区", "片区", "景区",
    "风景区", "矿区", "灾区", "疫区", "山区", "牧区", "林区", "库区", "湖区", "垦区", "老区", "苏区", "校区", "小区",
    "街区", "学区", "镇区", "政区", "行政区", "特区", "自治区", "自治州", "自治县", "自治旗", "郡县", "外县", "神州",
    "中州", "九州", "加盟", "入盟", "联盟", "锦旗", "红旗", "国旗", "党旗", "团旗", "内省", "外省", "各省", "全省",
    "中区", "东区", "西区", "南区", "北区", "三区", "四区", "五县", "本省", "该省",
}
_SELF = "我全本该"  # 我市, 全区, 本县...: how a report refers to its own unit
_NOT_START = set(_SELF + "各其此每某他这那的了和与及或在对向为是将把被由从到于至以等个年月日级共市县区州旗盟省")
_NOT_COUNTY = set("一二三四五六七八九十两几多数诸邻外郡府旧山城乡")  # 两县, 邻县, 郡县...
_BAD_NEXT = {"市": "场民值面容井", "区": "域别分间块位", "县": "域城", "省": "略钱心力时去", "旗": "帜下",
             "盟": "友约员", "州": ""}
_BOUNDARY = f"(?:^|(?<=[^{HAN}])|(?<=[和与及在对向为是将把由从到于至等年的了共发省市州县区委]))"
_SHORT_NAME = f"[{HAN}]{{1,4}}?[{SUFFIXES}](?:(?<=州)市)?"
_AUTONOMOUS = f"[{HAN}]{{2,10}}?族?自治[州县旗区]"
_BOUNDED = re.compile(f"{_BOUNDARY}(?:{_AUTONOMOUS}|{_SHORT_NAME})", re.MULTILINE)
_GOV = "(?:人民政府|政府|人大|政协|委员会|委|司法局|办公室)"


LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "places.txt"


@functools.lru_cache(maxsize=1)
def place_lexicon() -> frozenset[str]:
    """Place names (jieba tag ``ns``) ending in an admin suffix.

    Read from the shipped ``rag/data/places.txt`` (scanning jieba's 350k-word dictionary
    costs ~0.5 s a process); :func:`build_lexicon` regenerates it.
    """
    if LEXICON_FILE.exists():
        lines = LEXICON_FILE.read_text(encoding="utf-8").splitlines()
        return frozenset(w for w in lines if w and not w.startswith("#"))
    return build_lexicon()


def build_lexicon() -> frozenset[str]:
    """Scan jieba's dictionary for place names; empty without jieba."""
    try:
        import jieba
    except ImportError:
        return frozenset()
    path = Path(jieba.__file__).parent / "dict.txt"
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "ns" and 3 <= len(parts[0]) <= 14 and parts[0][-1] in SUFFIXES:
                words.add(parts[0])
    return frozenset(w for w in words if _valid(w))


def _valid(name: str) -> bool:
    if name in _GENERIC or len(name) < 2 or name[0] in _NOT_START or name[-2] in _SELF + "各":
        return False
    if len(name) == 2:  # one-character stems: counties (蒲县, 沛县) and short forms of X州市 (赣州)
        return name[-1] in "州县" and name[0] not in _NOT_COUNTY
    if "自治" in name:
        return len(name) >= 5
    stem = name[:-1]
    return not any(c in stem for c in "省市县区旗盟") and not any(name.endswith(g) for g in _UNAMBIGUOUS_ENDINGS)


_UNAMBIGUOUS_ENDINGS = ("开发区", "园区", "示范区", "试验区", "实验区", "先行区", "保护区", "风景区", "景区", "苏区", "老区",
                        "功能区", "工业区", "集聚区", "社区", "校区", "小区", "片区", "辖区", "超市", "都市", "自贸区")


def find_names(folded: str) -> Counter:
    """Every place-name candidate of the (Simplified-folded) text with its mention count; a mention
    inside a longer candidate (宝山区 in 元宝山区, 赣州 in 赣州市) counts for the longer one only."""
    bounded = Counter()
    for m in _BOUNDED.finditer(folded):
        name = m.group(0)
        nxt = folded[m.end():m.end() + 1]
        if _valid(name) and not (nxt and nxt in _BAD_NEXT.get(name[-1], "")):
            bounded[name] += 1
    lexicon = place_lexicon()
    found = {n for n, c in bounded.items() if c >= 2 or n in lexicon} | {w for w in lexicon if w in folded}
    known = found & lexicon  # "推动霍州市" seen twice is context + a known name, not a name
    found = {n for n in found if n in lexicon or not any(n.endswith(w) and n != w for w in known)}
    return claim_mentions(folded, found)


def claim_mentions(folded: str, names: set[str] | list[str]) -> Counter:
    """Mention counts, longest names first; each character belongs to at most one mention."""
    taken = bytearray(len(folded))
    counts = Counter()
    for name in sorted(names, key=len, reverse=True):
        bad = _BAD_NEXT.get(name[-1], "")
        for m in re.finditer(re.escape(name) + (f"(?![{bad}])" if bad else ""), folded):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = b"\x01" * len(name)
                counts[name] += 1
    return counts


fold = fold_chars  # Traditional -> Simplified, width, case; length-preserving


_HEAD, _TAIL = 30000, 5000  # a long report names itself near its top and in its signature


def infer_region(text: str, title: str = "", opening: str = "") -> str:
    """The region a report covers (Simplified), or "" when the text never names it."""
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n" + text[-_TAIL:]
    folded = fold(text)
    strong = _strong_positions(fold(title), fold(opening), _signature(folded))
    counts = find_names(folded)
    if strong:
        counts = claim_mentions(folded, set(counts) | set(strong))
        for name in strong:
            counts[name] = max(counts[name], 1)  # a title may abbreviate what the body never repeats
    canon = _canonical_names(set(counts))
    total, bonus = Counter(), Counter()
    for name, c in counts.items():
        total[canon.get(name, name)] += c
        bonus[canon.get(name, name)] += strong.get(name, 0)
    total = Counter({n: c for n, c in total.items() if len(n) > 2 or bonus[n]})  # lone 1-char stems (X州) drop
    if not total:
        return ""
    level = _self_level(folded)
    scores = {n: _score(n, c, folded, bonus[n], level) for n, c in total.items()}
    best = max(scores, key=lambda n: (scores[n], -folded.find(n)))
    return _with_parent(best, folded, set(counts))


def _strong_positions(title: str, opening: str, signature: str) -> dict[str, float]:
    """Bonus per name: title opening +10, opening-sentence subject +8, signature +6."""
    bonus: dict[str, float] = {}
    for text, points in ((title, 10), (_subject(opening), 8), (signature, 6)):
        chain = _leading_names(text)
        if chain:
            bonus[chain[-1]] = bonus.get(chain[-1], 0) + points  # the innermost unit of 赤峰市元宝山区
            for parent in chain[:-1]:
                bonus[parent] = bonus.get(parent, 0) + 1
    return bonus


def _leading_names(text: str) -> list[str]:
    """The chain of names a text starts with: ``中共赤峰市元宝山区委`` -> [赤峰市, 元宝山区]."""
    text = re.sub(r"^(?:中共|关于)", "", text.strip())
    chain = []
    while True:
        m = re.match(f"{_AUTONOMOUS}|{_SHORT_NAME}", text)
        if not m or not _valid(m.group(0)):
            return chain
        chain.append(m.group(0))
        text = text[m.end():]


def _subject(opening: str) -> str:
    """The first of the opening sentence's first clauses that starts with a place name:
    ``2021年是...之年,长治市深入...`` and ``2023年,在赤峰市委...领导下,松山区坚持...`` give the
    clause of 长治市 / 松山区; "" when none does (``2019年,我市...``)."""
    text = re.sub(r"^\s*(?:\d{4}\s*年度?|今年以来|今年|近年来)\s*[，,]?", "", opening)
    for clause in re.split("[，,；;]", text)[:3]:
        if _leading_names(clause):
            return clause
    return ""


def _signature(folded: str) -> str:
    """The last short line naming a government body (``长治市人民政府``), or ""."""
    lines = [ln.strip() for ln in folded.split("\n") if ln.strip()][-4:]
    for ln in reversed(lines):
        if len(ln) <= 40 and re.search(f"{_GOV}$", ln) and not re.search("[，。；,;]", ln):
            return ln.split()[-1]
    return ""


def _canonical_names(names: set[str]) -> dict[str, str]:
    """赣州 -> 赣州市 (both present); 海西蒙古族藏族自治州 -> 海西州 (both present)."""
    canon = {}
    for name in names:
        if name.endswith("州") and name + "市" in names:
            canon[name] = name + "市"
        elif "自治" in name and name[:2] + name[-1] in names:
            canon[name] = name[:2] + name[-1]
    return canon


def _self_level(folded: str) -> str:
    levels = Counter(m.group(1) for m in re.finditer(f"[{_SELF}]([市州盟县区旗])", folded))
    return levels.most_common(1)[0][0] if levels and sum(levels.values()) >= 2 else ""


def _score(name: str, count: int, folded: str, bonus: float, level: str) -> float:
    gov = len(re.findall(f"(?:中共)?{re.escape(name)}{_GOV}", folded))
    score = bonus + 2 * min(gov, 5) + min(count, 15)
    if level and name[-1] == level:
        score *= 1.5
    if name.endswith(("省", "自治区")) and bonus < 6:
        score *= 0.2
    return score


def _with_parent(name: str, folded: str, known: set[str]) -> str:
    """赤峰市 + 元宝山区 when the text writes them together and the child is a district/county/banner."""
    if name[-1] not in "区县旗":
        return name
    lexicon = place_lexicon()
    for m in re.finditer(re.escape(name), folded):
        before = folded[max(0, m.start() - 12):m.start()]
        for k in range(len(before), 1, -1):  # the longest known name ending right before the child
            parent = before[-k:]
            if parent[-1] in "市州盟" and (parent in known or parent in lexicon) and _valid(parent):
                return parent + name
    return name
