"""Query understanding: which regions and years a question is about.

Region names come from the corpus itself (``Document.region``), so the rules work
for any report: each region string is split into administrative levels
(赤峰市元宝山区 -> 赤峰市 | 元宝山区) and its last level gives the aliases: the full
name, the short form without the suffix (元宝山), the autonomous-prefecture short
forms (海西蒙古族藏族自治州 -> 海西, 海西州) and their pinyin (Yuanbaoshan, Haixi;
every reading of heteronyms, so 长治 is both "changzhi" and "zhangzhi").

A short form counts only on jieba word boundaries: 长治 in 长治久安 (one word)
or in 延长治理 (延长|治理) is not the city.  Questions are folded first, so
長治, 长治 and Changzhi all find the 长治市 report.

>>> docs = [("d1", "长治市", 2021), ("d2", "海西蒙古族藏族自治州", 2020)]
>>> q = understand("長治2021年的行政复议", docs)
>>> q.regions, q.years
(('长治市',), (2021,))
>>> understand("如何确保社会长治久安", docs).regions
()
>>> understand("北京市2023年", docs).unknown_regions, understand("北京市2023年", docs).unknown_years
(('北京市',), (2023,))
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..index import lexical
from ..text.normalize import fold

# Longest first, so 自治州 wins over 州.
ADMIN_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治旗", "自治区", "地区", "新区", "林区", "矿区",
                  "市", "州", "县", "区", "旗", "盟", "省")
_LEVEL_RE = re.compile(rf"(.{{2,}}?)({'|'.join(ADMIN_SUFFIXES)})")
# Ethnic groups named in autonomous-area names (海西蒙古族藏族自治州 -> 海西).
ETHNIC = (
    "蒙古", "藏", "回", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
    "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯",
    "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴",
    "珞巴", "基诺",
)
_ETHNIC_TAIL = re.compile(rf"(?:(?:{'|'.join(sorted(ETHNIC, key=len, reverse=True))})族)+$")
_UNKNOWN_SUFFIX = ("市", "县", "区", "州", "旗", "盟")  # provinces are not flagged (reports rarely name one)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_CN_YEAR_RE = re.compile(rf"([{''.join(_CN_DIGITS)}]{{4}})\s*年")
_RANGE_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*)?[-–—~～至到]\s*(?:19|20)\d{2}")
_LATIN_RE = re.compile(r"[a-z]{4,}")


@dataclass(frozen=True)
class QueryInfo:
    regions: tuple[str, ...] = ()  # corpus region names the question mentions
    years: tuple[int, ...] = ()  # years mentioned that some document covers
    unknown_regions: tuple[str, ...] = ()  # places mentioned that no document covers (e.g. 北京市)
    unknown_years: tuple[int, ...] = ()  # years mentioned that no document covers
    terms: tuple[str, ...] = ()  # folded query words (BM25 word tokens, no bigrams)


def split_levels(region: str) -> list[tuple[str, str]]:
    """Administrative levels as (name, suffix): 赤峰市元宝山区 -> [(赤峰, 市), (元宝山, 区)].

    >>> split_levels("海西蒙古族藏族自治州")
    [('海西蒙古族藏族', '自治州')]
    """
    r = fold(region).strip()
    levels, pos = [], 0
    for m in _LEVEL_RE.finditer(r):
        levels.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(r):
        levels.append((r[pos:], ""))
    return levels


def short_forms(name: str, suffix: str) -> list[str]:
    """Short forms of one level: 长治 (长治市), 海西 and 海西州 (海西蒙古族藏族自治州)."""
    out = [name]
    if suffix.startswith("自治") or _ETHNIC_TAIL.search(name):
        base = _ETHNIC_TAIL.sub("", name)
        if len(base) >= 2:
            out += [base, base + suffix[-1]]
    return [s for s in dict.fromkeys(out) if len(s) >= 2]


@dataclass(frozen=True)
class RegionTable:
    full: dict[str, frozenset[str]]  # alias with suffix -> regions (matched anywhere)
    short: dict[str, frozenset[str]]  # alias without suffix -> regions (word boundaries only)
    parents: frozenset[str]  # higher levels of corpus regions (known, but no match)
    regions: tuple[str, ...]

    def aliases(self) -> list[str]:
        return sorted(set(self.full) | set(self.short))


@functools.lru_cache(maxsize=16)
def region_table(regions: tuple[str, ...]) -> RegionTable:
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    parents: set[str] = set()
    for region in regions:
        levels = split_levels(region)
        if not levels:
            continue
        full.setdefault(fold(region), set()).add(region)
        name, suffix = levels[-1]
        full.setdefault(name + suffix, set()).add(region)
        for s in short_forms(name, suffix):
            (full if s.endswith(ADMIN_SUFFIXES) and s != name else short).setdefault(s, set()).add(region)
        parents.update(n + s for n, s in levels[:-1])
        parents.update(n for n, _ in levels[:-1] if len(n) >= 2)
    freeze = lambda d: {k: frozenset(v) for k, v in d.items()}
    return RegionTable(freeze(full), freeze(short), frozenset(parents), regions)


def region_words(regions: Iterable[str]) -> tuple[str, ...]:
    """Words to teach jieba for these regions (full names and short forms), sorted."""
    table = region_table(tuple(sorted({r for r in regions if r})))
    return tuple(table.aliases())


@functools.lru_cache(maxsize=4096)
def pinyin_forms(name: str) -> tuple[str, ...]:
    """Pinyin spellings of a Chinese name, one per heteronym combination (at most 16)."""
    from pypinyin import Style, pinyin

    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    if len(readings) != len(name):
        return ()
    combos = itertools.islice(itertools.product(*[r[:4] for r in readings]), 16)
    return tuple(dict.fromkeys(" ".join(c).replace("ü", "u").replace("v", "u") for c in combos))


@functools.lru_cache(maxsize=8192)
def _pinyin_regex(form: str) -> re.Pattern:
    return re.compile(r"(?<![a-z])" + r"[\s'’-]?".join(map(re.escape, form.split())) + r"(?![a-z])")


def _boundaries(q: str) -> set[int]:
    cuts, pos = {0}, 0
    for w, _ in lexical.words(q, hmm=False):
        pos += len(w)
        cuts.add(pos)
    return cuts


def _find_regions(q: str, table: RegionTable) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """(position, region) mentions and the spans they cover, longest alias first.

    Aliases are matched as plain substrings (``str.find``): with thousands of regions a
    regex per alias would overflow re's cache and recompile on every query.
    """
    found, spans = [], []
    present = [(a, table.full[a], False) for a in table.full if a in q]
    present += [(a, table.short[a], True) for a in table.short if a in q]
    cuts = _boundaries(q) if any(guarded for _, _, guarded in present) else set()
    for alias, regions, guarded in sorted(present, key=lambda x: -len(x[0])):
        i = q.find(alias)
        while i >= 0:
            j = i + len(alias)
            clash = any(a < j and i < b for a, b in spans)
            if not clash and (not guarded or (i in cuts and (j in cuts or q.startswith(ADMIN_SUFFIXES, j)))):
                spans.append((i, j))
                found += [(i, r) for r in sorted(regions)]
            i = q.find(alias, i + 1)
    if _LATIN_RE.search(q):
        found += _find_pinyin(q, table)
    return found, spans


def _find_pinyin(q: str, table: RegionTable) -> list[tuple[int, str]]:
    found = []
    for alias, regions in table.short.items():
        if not re.fullmatch(r"[\u4e00-\u9fff]+", alias):
            continue
        for form in pinyin_forms(alias):
            m = _pinyin_regex(form).search(q)
            if m:
                found += [(m.start(), r) for r in sorted(regions)]
                break
    return found


def _unknown_places(q: str, table: RegionTable, spans: list[tuple[int, int]]) -> list[str]:
    """Place names with an administrative suffix (北京市, 汾西县) that are not corpus regions."""
    places, out, pos = lexical.place_names(), [], 0
    known = set(table.full) | set(table.short) | table.parents
    for w, _ in lexical.words(q, hmm=False):
        i, pos = pos, pos + len(w)
        if len(w) < 3 or not w.endswith(_UNKNOWN_SUFFIX) or any(a < pos and i < b for a, b in spans):
            continue
        if w[-2] in "省市县区乡镇":  # 各县区, 各省市: collectives, not a place (杭州市 keeps its 州)
            continue
        if w not in known and (w in places or w[:-1] in places):
            out.append(w)
    return out


def find_years(q: str) -> list[int]:
    """Years written as 2021, 2021年, 二〇二一年 or 二零二零年 (plan periods like 2021-2025 are skipped)."""
    masked = _RANGE_RE.sub(lambda m: " " * len(m.group()), q)
    hits = [(m.start(), int(m.group(1))) for m in _YEAR_RE.finditer(masked)]
    for m in _CN_YEAR_RE.finditer(masked):
        hits.append((m.start(), int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))))
    return [y for _, y in sorted(hits) if 1949 <= y <= 2100]


_TAUGHT: set[tuple[str, ...]] = set()


def _teach(table: RegionTable) -> None:
    """Teach jieba the corpus's region words once per region table (not once per query)."""
    if table.regions not in _TAUGHT:
        lexical.add_words(table.aliases())
        _TAUGHT.add(table.regions)


def understand(question: str, documents: Sequence[tuple[str, str, int | None]],
               settings: lexical.TokenizerSettings | None = None) -> QueryInfo:
    """Regions and years a question mentions, split into covered and not covered by ``documents``.

    ``documents`` holds ``(doc_id, region, year)`` triples.
    """
    q = fold(question)
    regions = tuple(sorted({r for _, r, _ in documents if r}))
    table = region_table(regions)
    _teach(table)
    found, spans = _find_regions(q, table)
    mentioned = list(dict.fromkeys(r for _, r in sorted(found)))
    doc_years = {y for _, _, y in documents if y is not None}
    years = list(dict.fromkeys(find_years(q)))
    tokens = lexical.tokenize_query(question, settings or lexical.TokenizerSettings())
    terms = [t for t in tokens if not t.startswith(lexical.BIGRAM_PREFIX)]
    return QueryInfo(
        regions=tuple(mentioned),
        years=tuple(y for y in years if y in doc_years),
        unknown_regions=tuple(dict.fromkeys(_unknown_places(q, table, spans))),
        unknown_years=tuple(y for y in years if y not in doc_years),
        terms=tuple(terms),
    )


def resolve_region(name: str, documents: Sequence[tuple[str, str, int | None]]) -> tuple[str, ...]:
    """Corpus regions an explicit ``--region`` value means (alias, Traditional or pinyin); () if none."""
    key = fold(name).strip()
    regions = tuple(sorted({r for _, r, _ in documents if r}))
    table = region_table(regions)
    exact = table.full.get(key) or table.short.get(key)
    if exact:
        return tuple(sorted(exact))
    found = [r for _, r in _find_regions(key, table)[0]]
    return tuple(dict.fromkeys(found))
