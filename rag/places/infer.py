"""Which unit wrote a report, as a division code: inferred from where places stand in it.

Every place mention in the opening (and the closing signature) votes for the codes it may
mean, weighted by its role — not by which report it is:

* in the title (found anywhere in the opening, split titles joined)   +10 (its parents +1)
* the subject of the first body sentence (``2022年,清镇市坚持…``)     +8
* in ``现将…报告如下`` or a 发布机构/来源 metadata row                     +4
* as an issuing body (``X人民政府``, ``中共X委``)                          +2 each (≤5)
* any other mention +1 (a bare short form +0.5; at most 8 in all); inside 《》 ×0.5; inside
  ``在…领导下/指导下`` (a superior) or an addressee line (``省人民政府:``) ×0.1

A code whose level matches how the report speaks of itself (``我县``, ``全区``, ``州委``) gets
×1.5, a province named only in passing ×0.3, an ambiguous name (吉林) counts for the reading
whose parent or child is also named.  A township named after its county in the title, publisher
or subject (``丰都县栗子乡人民政府``) is kept as text below the county; a department subject
(``市司法局``, ``司法部``) sets ``level="department"`` (a State Council ministry: the nation).

>>> g = infer_region("2022年,在贵阳市委的坚强领导下,清镇市坚持依法行政。全市……")
>>> (g.region, g.code, g.level)
('贵州省贵阳市清镇市', '520181', 'county-level city')
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .gazetteer import NATIONAL, chain, full_name, local_name, place
from .mentions import Mention, find_mentions

HAN = "\u4e00-\u9fff"
_HEAD, _TAIL = 3000, 600
_MAX_PLAIN = 8  # passing mentions counted per place
_GOV_AFTER = re.compile("(?:人民政府|政府|党委|委员会|委|人大)")
_SUPERIOR = re.compile("在[^。；;!！?？]{0,40}?(?:领导|指导|监督|支持|关心|帮助)下")
_BOOK = re.compile("《[^》]{0,80}》|〈[^〉]{0,60}〉")
_REPORT_AS = re.compile("现将[^。]{0,40}?报告如下")
_META_ROW = re.compile(r"(?:发布机构|发文机关|发文单位|信息来源|文章来源|来源|所属机构|名称|标题)\s*[\]】]?\s*[:：]?\s*([^\s\[【]{2,40})")
_SELF_REF = re.compile(f"(?:我|全|本)(省|市|州|县|区|旗|盟|乡|镇)|(?:(?<![{HAN}])|(?<=[在和与及由对向]))(?:中共)?(省|市|州|县|区|旗|盟|乡|镇)(?:委|政府|人民政府)")
_AUTONOMOUS_SELF = re.compile(f"(?<![{HAN}])自治区(?:党委|人民政府|政府)?")
_LEVEL_OF_CHAR = {"省": {"province"}, "市": {"prefecture", "county-level city"}, "州": {"prefecture"},
                  "盟": {"prefecture"}, "县": {"county"}, "区": {"district", "province"}, "旗": {"banner"},
                  "乡": {"township"}, "镇": {"township"}}
_TOWNSHIP = re.compile(f"([{HAN}]{{1,5}}?(?:乡|镇|街道))(?:人民政府|党委|办事处|政府)")
_DEPT = re.compile(f"^((?:[{HAN}]{{1,12}}?)(?:局|厅|委员会|部|署|办公室|工委))(?:党组|党委|机关)?(?:坚持|认真|深入|全面|始终|在|以|紧紧|按照|围绕|高度|切实|积极|牢固|扎实|,|，|、)")
_DEPT_SELF = re.compile("我局|本局|局党组|局机关|我厅|厅党组|部党组|我委|委党组|我办")
# State Council constituent departments and directly-under bodies: their reports are national.
MINISTRIES = ("外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会",
              "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部",
              "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会",
              "退役军人事务部", "应急管理部", "中国人民银行", "审计署", "海关总署", "国家税务总局", "国家市场监督管理总局",
              "市场监管总局", "国家金融监督管理总局", "国家广播电视总局", "国家体育总局", "国家统计局", "国家知识产权局",
              "国家医疗保障局", "国家林业和草原局", "国家能源局", "国家药品监督管理局", "国务院国有资产监督管理委员会")


@dataclass(frozen=True)
class RegionGuess:
    code: str = ""  # division code; "" when the text never says
    region: str = ""  # fullest name (浙江省宁波市鄞州区; + township text below a county)
    level: str = ""
    reporting_unit: str = ""  # 人民政府 | 党委政府联合 | 乡人民政府 | the department (司法局) ...
    local: str = ""  # how the report names itself: 清镇市, 赤峰市元宝山区, 丰都县栗子乡
    candidates: tuple[str, ...] = ()  # runner-up codes, best first


def infer_region(text: str, title: str = "", opening: str = "") -> RegionGuess:
    """The reporting unit of a cleaned report (``title``/``opening`` as metadata found them)."""
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n" + text[-_TAIL:]
    folded = fold_chars(text)
    ftitle, fopen = fold_chars(title), fold_chars(opening)
    mentions = find_mentions(folded)
    scores = _score(folded, ftitle, fopen, mentions)
    dept = _department(folded, ftitle, fopen)
    if not scores:
        if dept and dept in MINISTRIES:
            return _national(dept)
        return RegionGuess(reporting_unit=dept)
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    best = ranked[0]
    if dept in MINISTRIES and not _named_in(best, ftitle, fopen):
        return _national(dept)
    return _guess(best, folded, ftitle, fopen, mentions, dept, tuple(ranked[1:4]))


def _national(dept: str) -> RegionGuess:
    return RegionGuess(NATIONAL, full_name(NATIONAL), "department", dept, dept)


def _zones(folded: str, ftitle: str, fopen: str) -> dict[str, list[tuple[int, int]]]:
    z: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for pattern, name in ((_SUPERIOR, "superior"), (_BOOK, "book"), (_REPORT_AS, "report_as")):
        z[name] = [m.span() for m in pattern.finditer(folded)]
    z["meta"] = [m.span(1) for m in _META_ROW.finditer(folded[:_HEAD])]
    for text, name in ((ftitle, "title"), (fopen, "opening")):
        text = text.strip()
        if not text:
            continue
        i = folded.find(text)
        while i >= 0 and len(z[name]) < 4:
            z[name].append((i, i + len(text)))
            i = folded.find(text, i + 1)
        if not z[name] and name == "title":  # a title joined from lines split in the text
            pos = 0
            for line in folded[:_HEAD].split("\n")[:40]:
                part = line.strip()
                if len(part) >= 4 and part in text:
                    start = pos + line.find(part)
                    z[name].append((start, start + len(part)))
                pos += len(line) + 1
    z["addressee"] = [m.span() for m in re.finditer(f"^[{HAN}]{{2,30}}[:：]$", folded[:_HEAD], re.MULTILINE)]
    return z


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _subject(fopen: str, mentions: list[Mention], folded: str, zones) -> Mention | None:
    """The mention that opens one of the opening sentence's first clauses (after its year, a
    superior phrase or 中共): 清镇市 of ``2022年,清镇市坚持…``; not 榆林市 of ``…,榆林市等地经验``."""
    for a, b in zones["opening"][:1]:
        clause, start = 0, a
        for m in mentions:
            if not a <= m.start < b or _inside(m, zones["book"]) or _inside(m, zones["superior"]):
                continue
            gap = folded[start:m.start]
            for sup in zones["superior"]:
                if start <= sup[0] and sup[1] <= m.start:
                    gap = folded[sup[1]:m.start]
            cut = max(gap.rfind(c) for c in "，,、；;：:")
            if cut >= 0:
                clause += gap[:cut + 1].count("，") + gap[:cut + 1].count(",")
                gap = gap[cut + 1:]
            if clause > 2:
                return None
            if _CLAUSE_LEAD.fullmatch(gap):
                return m
            start = m.end
    return None


_CLAUSE_LEAD = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?(?:以来)?\s*[，,]?\s*)?(?:中共)?\s*")


def _score(folded: str, ftitle: str, fopen: str, mentions: list[Mention]) -> dict[str, float]:
    zones = _zones(folded, ftitle, fopen)
    full_codes = {c for m in mentions if not m.bare for c in m.codes}
    subject = _subject(fopen, mentions, folded, zones)
    title_chain = _leading_chain([m for m in mentions if _inside(m, zones["title"])], zones["title"])
    scores: dict[str, float] = defaultdict(float)
    gov_uses: dict[str, int] = defaultdict(int)
    plain: dict[str, float] = defaultdict(float)
    strong: set[str] = set()
    named = {c for m in mentions for c in m.codes}
    qualifiers = {a.start for a, b in itertools.pairwise(mentions) if a.end == b.start and _chained(a, b)}
    for m in mentions:
        if m.bare and not (set(m.codes) & full_codes) and not _province_or_prefecture(m.codes):
            continue  # 长治 in 长治久安: a bare county name counts only when its full name is used too
        w = 0.5 if m.bare else 1.0
        if _inside(m, zones["book"]):
            w *= 0.5
        elif _inside(m, zones["superior"]) or _inside(m, zones["addressee"]):
            w *= 0.1
        bonus = 0.0
        if m.start in qualifiers and m not in title_chain:  # 杭州市 of 杭州市上城区 only qualifies
            w *= 0.2
        if m in title_chain:
            bonus += 10 if m is title_chain[-1] else 1
        if subject is not None and m.start == subject.start:
            bonus += 8
        if _inside(m, zones["report_as"]) or _inside(m, zones["meta"]):
            bonus += 4
        gov = bool(_GOV_AFTER.match(folded, m.end)) or folded[max(0, m.start - 2):m.start] == "中共"
        codes = _supported(m.codes, named)
        for c in codes:
            plain[c] += w
            scores[c] += bonus + (w if plain[c] <= _MAX_PLAIN else 0)  # 60 passing mentions do not outvote a title
            if gov and gov_uses[c] < 5 and not _inside(m, zones["superior"]):
                gov_uses[c] += 1
                scores[c] += 2
            if bonus >= 4:
                strong.add(c)
    levels = _self_levels(folded)
    for c in list(scores):
        p = place(c)
        if p is None:
            continue
        if p.level in levels or (p.level == "province" and "autonomous" in levels and "自治区" in p.name):
            scores[c] *= 1.5
        if p.level == "province" and c not in strong:
            scores[c] *= 0.3
        if p.status == "abolished":
            scores[c] *= 0.8
    return {c: s for c, s in scores.items() if s > 0}


def _chained(a: Mention, b: Mention) -> bool:
    return any(p.code in a.codes for c in b.codes for p in chain(c)[:-1])


def _province_or_prefecture(codes: tuple[str, ...]) -> bool:
    return any(place(c).level in ("province", "prefecture") for c in codes)


def _supported(codes: tuple[str, ...], named: set[str]) -> tuple[str, ...]:
    """Of an ambiguous name's readings, those whose parent or child is also named (else all)."""
    if len(codes) == 1:
        return codes
    fit = tuple(c for c in codes if any(p.code in named for p in chain(c)[:-1])
                or any(c in (q.code for q in chain(o)[:-1]) for o in named))
    return fit or codes


def _leading_chain(ms: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The names a title starts with (after 中共/关于): 佛山市 + 顺德区 of 佛山市顺德区人民政府关于…"""
    for a, _ in spans:
        chain_, pos = [], a
        for m in ms:
            if m.start < a:
                continue
            gap = m.start - pos
            if gap > 6 or (chain_ and gap > 0):
                break
            chain_.append(m)
            pos = m.end
        if chain_:
            return chain_
    return []


def _self_levels(folded: str) -> set[str]:
    counts: dict[str, int] = defaultdict(int)
    for m in _SELF_REF.finditer(folded[:_HEAD]):
        ch = m.group(1) or m.group(2)
        for lv in _LEVEL_OF_CHAR[ch]:
            counts[lv] += 2 if m.group(1) else 1
    auto = len(_AUTONOMOUS_SELF.findall(folded[:_HEAD]))
    if auto:
        counts["autonomous"] += 2 * auto
    if not counts:
        return set()
    top = max(counts.values())
    return {lv for lv, n in counts.items() if n >= max(2, top / 2)}


def _named_in(code: str, ftitle: str, fopen: str) -> bool:
    return any(code in m.codes for m in find_mentions(ftitle + "\n" + fopen))


def _department(folded: str, ftitle: str, fopen: str) -> str:
    """The department a report speaks for (司法局, 教育局, 司法部), or ""."""
    for text in (ftitle, _opening_subject(fopen)):
        if not text:
            continue
        for m in find_mentions(text):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
        body = re.sub(r"^[\s\d年度,，]*", "", text).lstrip()
        # a level character the region left behind (合肥 -> 市司法局), not the first of 市场/市政/市容 (市场监督管理局)
        body = re.sub(f"^(?:中共)?(?:[省州县区旗]|市(?![场政容]))?(?=[{HAN}])", "", body) if not body.startswith(MINISTRIES) else body
        m = _DEPT.match(body)
        if m and not re.search("政府|人大|政协|委员会办公室|党委|县委|市委|区委|省委", m.group(1)):
            return re.sub(r"\s+", "", m.group(1))
    if len(_DEPT_SELF.findall(folded[:_HEAD])) >= 2:
        return _sector_department(folded[:_HEAD]) or "部门"
    return ""


# The sector a department's report speaks for when it names no department: 全市司法行政系统 (its 局),
# 全省市场监管系统 (its 厅).  The department is the sector's name with 行政 dropped.
_SECTOR = re.compile(f"全(省|自治区|市|州|盟|县|区|旗)([{HAN}]{{2,8}}?)系统")
_SECTOR_HEAD = {"省": "厅", "自治区": "厅"}


def _sector_department(text: str) -> str:
    """``全市司法行政系统`` -> 司法局 (the first sector the report's opening names), or ""."""
    m = _SECTOR.search(text)
    if m is None:
        return ""
    name = re.sub("行政$", "", m.group(2))
    return name + _SECTOR_HEAD.get(m.group(1), "局") if len(name) >= 2 else ""


def _opening_subject(fopen: str) -> str:
    """The opening sentence from its subject on: the year and superior phrases (在…领导下) skipped."""
    t = re.sub(r"^\s*(?:\d{4}\s*年度?(?:以来)?)\s*[，,]?", "", fopen)
    t = _SUPERIOR.sub("", t).lstrip("，, ")
    return t


def _guess(code: str, folded: str, ftitle: str, fopen: str, mentions: list[Mention], dept: str,
           others: tuple[str, ...]) -> RegionGuess:
    p = place(code)
    local = local_name(code)
    local = local if local in folded else p.name  # as the report writes it: 岚县, 赤峰市元宝山区
    region, level = full_name(code), p.level
    town = _township(code, folded, ftitle, fopen, mentions)
    unit = _unit(code, folded, ftitle, fopen, mentions)
    if town:
        region, local, level, unit = region + town, local + town, "township", "乡人民政府" if town.endswith("乡") else \
            ("镇人民政府" if town.endswith("镇") else "街道办事处")
    if dept:
        level, unit = "department", dept
        local += dept if dept != "部门" else ""
    return RegionGuess(code, region, level, unit, local, others)


def _township(code: str, folded: str, ftitle: str, fopen: str, mentions: list[Mention]) -> str:
    """丰都县栗子乡 in the title, publisher row or subject: the township text below the county."""
    zones = _zones(folded, ftitle, fopen)
    for m in mentions:
        if code in m.codes and (_inside(m, zones["title"]) or _inside(m, zones["meta"]) or _inside(m, zones["opening"])):
            t = _TOWNSHIP.match(folded, m.end)
            if t:
                return t.group(1)
    return ""


def _unit(code: str, folded: str, ftitle: str, fopen: str, mentions: list[Mention]) -> str:
    """人民政府 when stated, 党委政府联合 for a joint party+government report, else 人民政府(推断)."""
    head = ftitle + "\n" + fopen
    forms = sorted({m.text for m in mentions if code in m.codes}, key=len, reverse=True)
    for f in forms:
        i = head.find(f)
        while i >= 0:
            before, after = head[max(0, i - 2):i], head[i + len(f):i + len(f) + 12]
            if (before == "中共" and after[:3].find("委") >= 0) or _JOINT_AFTER.match(after):
                return "党委政府联合"
            i = head.find(f, i + 1)
    top = _SUPERIOR.sub("", folded[:800])
    if any(f + "人民政府" in top or f + "政府" in top for f in forms) or _LEVEL_GOV.search(fopen):
        return "人民政府"
    return "人民政府(推断)"


_JOINT_AFTER = re.compile("(?:党委|委)(?:和|、|及|\\s)*(?:[\u4e00-\u9fff]{0,10}?)(?:人民)?政府")
_LEVEL_GOV = re.compile("(?:^|[，,。\\s])[省市州县区旗](?:人民)?政府")
