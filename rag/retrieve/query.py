"""Query understanding: which places and years a question is about, as identities.

Places are division codes (:mod:`rag.places`): 静海, 静海区, 天津静海 and 天津市静海区 all
mean 120118, so a question in any of those forms finds every report filed under any
spelling of that district; 长沙县 is not 长沙市 and 吉林省 is not 吉林市.  A question's
places are mapped to the corpus's own region strings (``QueryInfo.regions``) by code.

* A short form without suffix (长治, 静海) counts only on jieba word boundaries and when it
  is not an everyday word: 长治 in 长治久安 is not the city.
* A name that means several places (吉林, 通州区) keeps every reading that has reports and
  says so in ``ambiguous`` (answered for each).
* A prefecture's counties are included only when the question asks for them
  (``赤峰市及所辖区县``, ``下辖``); otherwise a prefecture without a report of its own is
  unknown (临汾市 when only 霍州市 is indexed) and ``notes`` says which of its parts have reports.
* A place no report covers is in ``unknown_regions`` (北京市); a parent named with its child
  (杭州市萧山区) is one place.  A bare province name is context, never unknown (江西全省第一个…),
  and a bare county short form that no report covers is not taken for a place (惠民工程, not 惠民县).
* Pinyin (Changzhi, Yuanbaoshan) is matched for the corpus's places.

>>> docs = [("d1", "长治市", 2021), ("d2", "天津市静海区", 2020), ("d3", "静海区", 2023)]
>>> q = understand("天津静海2020年的行政复议", docs)
>>> q.regions, q.codes, q.years
(('天津市静海区', '静海区'), ('120118',), (2020,))
>>> understand("如何确保社会长治久安", docs).regions
()
>>> understand("北京市2019年", docs).unknown_regions, understand("北京市2019年", docs).unknown_years
(('北京市',), (2019,))
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .. import places
from ..index import lexical
from ..text import lazy_re as re
from ..text.normalize import fold
from .corpus_regions import (
    LATIN_RE,
    Corpus,
    Doc,
    code_years,
    corpus_of,
    covered_years,
    teach,
)
from .pinyin_names import pinyin_codes, pinyin_forms

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_CN_YEAR_RE = re.compile(rf"([{''.join(_CN_DIGITS)}]{{4}})\s*年")
_RANGE_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*)?[-–—~～至到]\s*(?:19|20)\d{2}|[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]")
# a threshold on a counted plural noun, not a year: more than 2000 permits, at least 1950 cases
_COUNT_RE = re.compile(r"\b(?:more than|over|above|at least|fewer than|less than|under|below|exceed(?:ed|s)?|surpass(?:ed|es)?)\s+"
                       r"(?:19|20)\d{2}\s+(?!levels\b|figures\b)[a-z-]*[a-rt-z]s\b", re.IGNORECASE)
_CHILDREN_RE = re.compile(r"下辖|所辖|辖区内|及其|各区县|各县区|各县市|各县|各区|区县|县区|县市区|下属|包括.{0,4}[县区旗]|"
                          r"哪些(?:地方|地区|城市|市|县|区|部门)|哪几个(?:地方|地区|市|县|区)|各地|各市|全省各|全区各"
                          r"|\bwhich (?:\w+ )?(?:cities|counties|districts|places|regions|areas|reports) (?:in|from|of|under)\b"
                          r"|\b(?:its|their) (?:counties|districts|cities)\b")

# the asked government directing its localities (组织各地抽查, 指导各县区开展, 督促各市整改): what it did, told in its own
# report, not a question about its parts' reports
_DIRECTED_RE = re.compile(r"(?<=组织|指导|督促|推动|要求|部署|安排|动员|带领|引导|鼓励|协调|统筹)"
                         r"(?:各县市区|各县区|各区县|各县市|各地|各市|各县|各区|全省各|全区各)")

@dataclass(frozen=True)
class QueryInfo:
    regions: tuple[str, ...] = ()  # corpus region strings the question means (every spelling of the place)
    years: tuple[int, ...] = ()  # years mentioned that some document covers
    unknown_regions: tuple[str, ...] = ()  # places mentioned that no document covers (e.g. 北京市)
    unknown_years: tuple[int, ...] = ()  # years mentioned that no document covers
    terms: tuple[str, ...] = ()  # folded query words (BM25 word tokens, no bigrams)
    codes: tuple[str, ...] = ()  # division codes of the places meant, in order of mention
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (name, full names it may mean)
    notes: tuple[str, ...] = ()  # what a reader should know (ambiguity, parents without own report)
    within: tuple[str, ...] = ()  # a part named with its covered parent (鼓楼区 of 福州市鼓楼区): the parent's report answers
    # only from what it says of the part
    parts: tuple[str, ...] = ()  # places inside an asked place an English question names in pinyin (Laizhou): content




def _boundaries(q: str) -> set[int]:
    cuts, pos = {0}, 0
    for w, _ in lexical.words(q, hmm=False):
        pos += len(w)
        cuts.add(pos)
    return cuts


def place_mentions(q: str) -> list[places.Mention]:
    """Places a folded question names: full names anywhere, short forms on word boundaries only."""
    ms = places.find_mentions(q)
    if any(m.bare for m in ms):
        cuts = _boundaries(q)
        ms = [m for m in ms if not m.bare or (not places.is_common_word(m.text) and m.start in cuts
                                              and (m.end in cuts or _CLOSES_LIST.match(q, m.end)))]
    return ms


# The count closing a list of places (长治、赣州、海西四地): the last name ends there even where the
# word cutter joins it to the numeral (海 / 西四).
_CLOSES_LIST = re.compile(r"[两二三四五六七八九十几\d]+(?:地|个地区|个地方|座城市|个城市|份报告|市|县|区)|等地")


_CAPITALISED = re.compile(r"(?<![A-Za-z'’])[A-Z][a-z]+(?:[ '’-][A-Z]?[a-z]+)?")


# a county-level unit as an English question writes it: capitalised pinyin (one to three words) and its level word
# (Xin'an County: a syllable after an apostrophe; Changyang Autonomous County: the autonomy word before the level)
_EN_COUNTY_RE = re.compile(r"(?<![A-Za-z'’])((?:[A-Z][a-z]+(?:['’][a-z]+)?[ '’-]?){1,3}?)[ -](County|District|Banner|City)\b")


_EN_PREFECTURE_RE = re.compile(r"(?<![A-Za-z'’])((?:[A-Z][a-z]+[ '’-]?){1,3}?)[ -](?:Autonomous\s+)?(Prefecture|League)\b")
_PREFECTURE_ENDS = {"prefecture": ("州", "地区"), "league": ("盟",)}


def _unindexed_pinyin(question: str, corpus: Corpus) -> list[str]:
    """Chinese names of provinces and prefectures an English question writes in capitalised pinyin
    (``Kunming's score``) that the corpus has no report of; the corpus's own places and their parents
    are found by :func:`pinyin_codes` already.  Five letters at least, so that a short English word
    is never taken for a place.  A county-level unit is read only with its level word after it
    (``Shouning County``; :func:`rag.places.county_by_pinyin`)."""
    if not LATIN_RE.search(question):
        return []
    out = []
    for m in _EN_COUNTY_RE.finditer(question):
        words = [w for w in re.findall(r"[A-Z][a-z]+(?:['’][a-z]+)?", m.group(1)) if w != "Autonomous"]
        for k in range(len(words)):  # the longest name ending at the level word: Shou Ning County, not Ning County
            joined = re.sub(r"['’]", "", "".join(words[k:])).lower()
            if joined in corpus.pinyin or _region_reads(corpus, joined):
                break
            found = [p for p in places.county_by_pinyin(joined, m.group(2)) if not corpus.regions_of(p.code, True)]
            if found:  # every unit of the usual reading (Wuchuan County: 武川县 and 务川县), not a rarer one's (新干县 of Xin'an)
                out += [p.name for p in found if _reading_rank(p, joined) == _reading_rank(found[0], joined)]
                break
    taken = []  # a prefecture-level unit named with its level word (Yili Prefecture, Hainan Prefecture: 海南州, not 海南省)
    for m in _EN_PREFECTURE_RE.finditer(question):
        joined = re.sub(r"[ '’-]", "", m.group(1)).lower()
        if len(joined) < 4 or joined in corpus.pinyin:
            continue
        found = [p for p in places.by_pinyin(joined) if p.name.endswith(_PREFECTURE_ENDS[m.group(2).lower()])]
        if found and not any(corpus.regions_of(p.code, True) for p in found):
            out += [p.name for p in found]
            taken.append(m.span(1))
    for m in _CAPITALISED.finditer(question):
        if any(a <= m.start() < b for a, b in taken):
            continue
        for form in dict.fromkeys((m.group(), re.split(r"[ '’-]", m.group())[0])):
            joined = re.sub(r"[ '’-]", "", form).lower()
            if len(joined) < 5 or joined in corpus.pinyin:
                continue
            found = [p for p in places.by_pinyin(joined) if not corpus.regions_of(p.code, True)]
            if found:
                out.append(found[0].name)
                break
    return list(dict.fromkeys(out))


def _reading_rank(p: places.Place, joined: str) -> int:
    """Which of ``p``'s readings (0: its usual one) ``joined`` is, with or without its level's syllable."""
    return min((i for i, f in enumerate(p.pinyin) if f.replace(" ", "").startswith(joined)), default=len(p.pinyin))


def _region_reads(corpus: Corpus, joined: str) -> bool:
    """Does a region string of the corpus end with ``joined`` (jia) in pinyin, its level's syllable after it or not:
    a place the division table does not know (a sidecar's 山西省甲县, coded as its province) that an English
    question may mean, so not one to refuse as unreported."""
    ends = tuple(joined + lv for lv in ("", "xian", "qu", "qi", "shi"))
    return any(form.replace(" ", "").endswith(ends) for rs in (*corpus.by_code.values(), corpus.uncoded) for r in rs
               for form in pinyin_forms(r))


def find_years(q: str) -> list[int]:
    """Years written as 2021, 2021年, 二〇二一年 or 二零二零年 (plan periods like 2021-2025 and
    document numbers like 〔2019〕 are skipped)."""
    masked = _COUNT_RE.sub(lambda m: " " * len(m.group()), _RANGE_RE.sub(lambda m: " " * len(m.group()), q))
    hits = [(m.start(), int(m.group(1))) for m in _YEAR_RE.finditer(masked)]
    for m in _CN_YEAR_RE.finditer(masked):
        hits.append((m.start(), int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))))
    return [y for _, y in sorted(hits) if 1949 <= y <= 2100]




# a place's English name with its level word after it (Hebei Province, Linfen City): not a bare name
_EN_LEVELED_RE = re.compile(r"(?:[a-z'’-]+\s+){1,3}?(?:province|provincial|city|municipality|municipal|county|district|prefecture"
                            r"|autonomous|region|banner|league)\b")


def _places_in(q: str, corpus: Corpus, of_year: Callable[[str], bool] | None = None
               ) -> tuple[list[tuple[str, tuple[str, ...], bool]], list[tuple[int, int]]]:
    """(written name, candidate codes, written bare) per place meant, in order; qualifiers (杭州市 of
    杭州市萧山区) are folded into the named child.  ``of_year``: does a place (code) have a report of an
    asked year (a pinyin spelling several places share is read as those of them that do)."""
    ms = place_mentions(q)
    out, pos = [], []
    for k, m in enumerate(ms):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.start == m.end and any(places.contains(a, b) for a in m.codes for b in nxt.codes if a != b):
            continue  # a qualifier: the next name is the place
        start = m.start
        j = k
        while j > 0 and ms[j - 1].end == ms[j].start and any(places.contains(a, b) for a in ms[j - 1].codes
                                                              for b in ms[j].codes if a != b):
            j -= 1
            start = ms[j].start
        out.append((q[start:m.end], m.codes, m.bare and start == m.start))
        pos.append((start, m.end))
    if LATIN_RE.search(q):
        found = _of_asked_year(sorted(pinyin_codes(q, corpus.pinyin)), of_year)
        for i, code in found:  # Hebei beside Tianjin, which has reports (its Beijing and Hebei counterparts): context, as 河北
            beside = any(c != code and not places.contains(code, c) and corpus.regions_of(c) for _, c in found)
            out.append((places.place(code).name, (code,), beside and not _EN_LEVELED_RE.match(q, i)))
    return out, pos


def _of_asked_year(found: list[tuple[int, str]], of_year: Callable[[str], bool] | None) -> list[tuple[int, str]]:
    """``found`` ((position, code) of pinyin readings) without the places that share a spelling with another
    place read at the same position (Ganzhou: 赣州市 and 甘州区) when they have no report of the asked year
    and one of the others has: that spelling means the place whose report the question can be answered from,
    not a report of another year of a namesake."""
    if of_year is None or len(found) < 2:
        return found

    def spelled(code: str) -> set[str]:
        return {f.replace(" ", "") for f in places.place(code).pinyin}

    def namesakes(i: int, code: str) -> list[str]:
        return [c for j, c in found if j == i and c != code and spelled(c) & spelled(code)]

    return [(i, c) for i, c in found if of_year(c) or not any(of_year(o) for o in namesakes(i, c))]


# a place's own report named as where the answer is read (夏河县2023年报告里提到, 按某区的年度报告, 某县的法治政府建设报告中)
_REPORT_AFTER_RE = re.compile(r"(?:的)?(?:(?:19|20)\d{2}年度?)?(?:的)?(?:法治政府建设|依法行政)?(?:工作)?(?:情况)?(?:年度)?(?:报告|年报)")


def _report_named(q: str, names: Sequence[str]) -> int:
    """Where ``q``'s first naming of the report of one of ``names`` (the covered places it names) ends; -1 when it
    names none (a place named after it is what that report tells of; one before it, 甲县和乙县的报告, is asked too)."""
    ends = [m.end() for n in names for i in (x.start() for x in re.finditer(re.escape(n), q))
            if (m := _REPORT_AFTER_RE.match(q, i + len(n)))]
    return min(ends, default=-1)


def understand(question: str, documents: Sequence[Doc],
               settings: lexical.TokenizerSettings | None = None) -> QueryInfo:
    """Places and years a question mentions, split into covered and not covered by ``documents``
    (``(doc_id, region, year)`` or ``(doc_id, region, year, region_code)`` tuples)."""
    q = fold(question)
    corpus = corpus_of(documents)
    teach(corpus)
    children = bool(_CHILDREN_RE.search(_DIRECTED_RE.sub(lambda m: " " * len(m.group()), q)))
    regions, codes, unknown, ambiguous, notes, within = [], [], [], [], [], []
    towns = corpus.townships_in(q)
    regions += [r for _, r in towns]
    codes += [c for c, _ in towns]
    asked_years, reported = find_years(q), code_years(documents)
    of_year = (lambda c: any((places.canonical(c), y) in reported for y in asked_years)) if asked_years else None
    found, spans = _places_in(q, corpus, of_year)
    keep = [k for k, n in enumerate(found) if not any(c in n[1] for c, _ in towns)]  # 丰都县 of 丰都县栗子乡
    named = [found[k] for k in keep]
    examples = _example_places(q, named, [spans[k] if k < len(spans) else None for k in keep])
    covered = [[c for c in cs if corpus.regions_of(c)] if k not in examples else [] for k, (_, cs, _) in enumerate(named)]
    for k, (name, cands, bare) in enumerate(named):
        if k in examples:
            continue  # 海南2022年三亚等地…疫情: localities of what the question tells of, inside the asked place
        others = [c for j, cs in enumerate(covered) if j != k and named[j][0] != name for c in cs]
        if any(places.contains(a, b) and a != b for a in cands for b in others):
            continue  # 山西省 of 山西省的长治市, 广西 of 桂林是不是广西第一个…: context around a covered place
        current = [c for c in cands if places.place(c).status == "current"]
        cands = tuple(c for c in cands if c in current or (corpus.regions_of(c) and not current)) or cands
        with_docs = [c for c in cands if corpus.regions_of(c, children)]
        if len(cands) > 1:
            ambiguous.append((name, tuple(places.full_name(c) for c in cands)))
            notes.append(_ambiguity_note(name, cands, with_docs))
        for c in with_docs:
            codes.append(c)
            regions += corpus.regions_of(c, children)
        named_in = {c for m in place_mentions(name) for c in m.codes}  # 福州市 of 福州市鼓楼区: the qualifier named
        parents = [p.code for c in cands for p in places.chain(c)[:-1] if p.code in named_in and corpus.regions_of(p.code)]
        if not with_docs and parents:  # 福州市鼓楼区 with only 福州市's report: its report, which may tell of the district
            codes.append(parents[-1])
            regions += corpus.regions_of(parents[-1])
            within += [places.place(c).name for c in cands]
            notes.append(f"没有{name}本身的报告；按{places.place(parents[-1]).name}的报告回答。")
            continue
        if not with_docs:
            parts = [p for c in cands for p in corpus.parts_of(c)]
            if parts:
                notes.append(f"没有{name}本级的报告；其下辖地区有报告（{'、'.join(parts[:5])}）。"
                             f"问“{name}及所辖区县”可包含它们。")
            if bare and places.place(cands[0]).level != "prefecture" and not (parts and places.place(cands[0]).level != "province"):
                continue  # 江西全省…: a bare province is context; 惠民工程 is not 惠民县 (丰都 of 丰都县栗子乡's report is)
            if any(places.contains(p, c) for p in others for c in cands):
                continue  # 临沂2020年…兰陵县是否…: a part named inside a covered place is content
            if others and 0 <= _report_named(q, [n for j, (n, _, _) in enumerate(named) if covered[j] and j != k]) <= q.find(name):
                continue  # 夏河县2023年报告里提到，邻近的积石山县…: what that report says of another place is content
            if name not in unknown:
                unknown.append(name)
    if not regions and not unknown:  # Kunming in an English question, where 昆明 has no report
        unknown += _unindexed_pinyin(question, corpus)
    if not regions and not unknown and any(m in q for m in _ministries()):  # 司法部2021年…: a national report
        regions += corpus.regions_of(places.NATIONAL)
        codes += [places.NATIONAL] if corpus.regions_of(places.NATIONAL) else []
    doc_years = covered_years(documents)
    years = list(dict.fromkeys(find_years(q)))
    tokens = lexical.tokenize_query(question, settings or lexical.TokenizerSettings())
    terms = [t for t in tokens if not t.startswith(lexical.BIGRAM_PREFIX)]
    return QueryInfo(
        regions=tuple(dict.fromkeys(regions)),
        years=tuple(y for y in years if y in doc_years),
        unknown_regions=tuple(unknown),
        unknown_years=tuple(y for y in years if y not in doc_years),
        terms=tuple(terms),
        codes=tuple(dict.fromkeys(codes)),
        ambiguous=tuple(ambiguous),
        notes=tuple(dict.fromkeys(notes)),
        within=tuple(dict.fromkeys(within)),
        parts=tuple(_parts_in_pinyin(question, codes, corpus)),
    )


# places given as examples (三亚等地, 儋州、万宁等市县): where something happened, not whose report is asked
_EXAMPLES_AFTER_RE = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,8}?)*等(?:地区|地方|地|市县|县市|县区|区县|城市|乡镇|市|县|区)")


def _example_places(q: str, named: Sequence[tuple[str, tuple[str, ...], bool]],
                    spans: Sequence[tuple[int, int] | None]) -> set[int]:
    """Indexes of the ``named`` places (at ``spans`` in ``q``) written as examples of localities (X等地, X、Y等市县)
    inside another place the question names that is not such an example: what they tell of is content of that
    place's report (海南2022年三亚等地的疫情: 海南's report), not a report of their own."""
    marked = {k for k, sp in enumerate(spans) if sp is not None and _EXAMPLES_AFTER_RE.match(q, sp[1])}
    out = set()
    for k in marked:
        listed = {k} | {j for j in marked if j != k}
        if any(places.contains(a, b) and a != b for j, (_, cs, _) in enumerate(named) if j not in listed
               for a in cs for b in named[k][1]):
            out.add(k)
    return out


def _parts_in_pinyin(question: str, codes: Sequence[str], corpus: Corpus) -> list[str]:
    """Chinese names of the places inside an asked place that an English question writes in capitalised pinyin
    (``fines in Laizhou`` of 烟台市's report, ``Nanling County`` of 芜湖市's): what that report says of them is asked,
    as 莱州市 is a content word of a Chinese question.  Only the asked places' own units are read, so a bare name
    (no level word) is safe; four letters at least; a name that reads as a place of the corpus or one it lies in
    (Dali Prefecture's Dali, Jilin Province's Jilin) is that place, not its namesake part (大理市, 吉林市)."""
    if not codes or not LATIN_RE.search(question):
        return []
    words = {re.sub(r"[ '’-]", "", f).lower() for m in _CAPITALISED.finditer(question)
             for f in (m.group(), re.split(r"[ '’-]", m.group())[0])}
    words = {w for w in words if len(w) >= 4 and w not in corpus.pinyin}
    out = []
    for code in dict.fromkeys(codes):
        for c in places.descendants(code):
            p = places.place(c)
            if p is not None and p.status == "current" and any(f.replace(" ", "") in words for f in p.pinyin):
                out.append(p.name)
    return list(dict.fromkeys(out))


def _ministries() -> tuple[str, ...]:
    """State Council departments (司法部): their reports are the nation's (rag.places.infer)."""
    from ..places.infer import MINISTRIES

    return MINISTRIES


def _ambiguity_note(name: str, cands: Sequence[str], with_docs: Sequence[str]) -> str:
    options = "、".join(places.full_name(c) for c in cands)
    if len(with_docs) > 1:
        return f"“{name}”可指{options}；分别作答。"
    if len(with_docs) == 1:
        return f"“{name}”可指{options}；已收录的是{places.full_name(with_docs[0])}。"
    return f"“{name}”可指{options}；均无报告。"


def resolve_region(name: str, documents: Sequence[Doc]) -> tuple[str, ...]:
    """Corpus regions an explicit ``--region`` value means (any written form, Traditional,
    pinyin, 京-style abbreviations); () if none.  Compared by code, never by stripped strings;
    a region string that names no known place matches itself (folded)."""
    key = fold(name).strip()
    corpus = corpus_of(documents)
    out: list[str] = []
    for p in places.resolve(key):
        out += corpus.regions_of(p.code)
    if not out and LATIN_RE.search(key):
        out = [r for _, c in sorted(pinyin_codes(key, corpus.pinyin)) for r in corpus.regions_of(c)]
    if not out:
        out = [r for r in corpus.uncoded if fold(r) == key]
    return tuple(dict.fromkeys(out))
