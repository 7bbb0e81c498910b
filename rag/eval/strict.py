"""Strict answer accuracy (``answer_accuracy``): is what the user reads first right?

The rules (METRICS.md, "answer_accuracy") by question type, over the prediction's
``short_answer`` (the direct answer stated before any quote):

* number / entity / date: the gold or an alias occurs in the short answer
  (:func:`rag.eval.metrics.contains_match`, number-aware).
* yesno: the :func:`polarity` of the short answer equals the gold's.
* list / summary / comparison / multi_doc: key-point recall over the whole answer
  >= 0.5 AND key-point precision >= 0.5 (units: the short answer's points, else
  the answer's sentences).
* any answerable type except yesno whose gold answers with indexed regions
  (:func:`answer_regions`), when the question asks "which / where / who" or is
  multi_doc / comparison: the set of
  regions the short answer names equals the gold's (an extra region is wrong).
  A comparison's short answer may also name the other sides the question asks
  about (``赣州（68.46%）高于长治（59.46%）`` for the gold ``赣州(68.46%)``): it must name
  every gold region, no region the question does not name, and the gold's first
  region (the winner) first.  A gold written as one sentence, ``A（…）高于B（…）``, is read as its two
  sides ``A（…）；B（…）`` (:func:`comparison_sides`).
* unanswerable: abstained.  An answerable item that abstained is wrong.

>>> vocab = region_vocab(["赣州市", "赤峰市元宝山区", "海西蒙古族藏族自治州"])
>>> sorted(regions_named("Ganzhou, Yuanbaoshan 和海西州", vocab))
['元宝山', '海西', '赣州']
>>> polarity("没有。报告未提及"), polarity("是[1]"), polarity("报告未明确说明")
('no', 'yes', None)
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rag import places
from rag.eval.key_points import (
    answer_sentences,
    key_point_precision,
    key_point_recall,
    key_points,
)
from rag.eval.metrics import contains_match
from rag.eval.normalize_answer import require_str, strip_citation_markers
from rag.text.normalize import fold

from ..text import lazy_re as re

KEY_POINT_TYPES = ("list", "summary", "multi_doc", "comparison")
KP_RECALL_PASS = 0.5  # share of gold key points the answer must cover
KP_PRECISION_PASS = 0.5  # share of the answer's units that must be right

# --- yes / no ---------------------------------------------------------------------------------
# A short answer that says the report does not tell has no polarity.
_NEITHER_RE = re.compile(r"未明确|未说明|没有说明|未提及|未提到|没有提到|不明确|无法|不确定|不清楚"
                         r"|not (?:clearly )?(?:state|say|specif|mention)|unclear|unknown|cannot|can't")
_NO_START = "否不没未无非"
_YES_START = "是有对"


def polarity(short_answer: str) -> str | None:
    """``"yes"``, ``"no"`` or None (no polarity, or its first clause says "the report
    does not say"), read from how the short answer's first sentence starts: 是/有/对/yes -> yes; 否/不/没有/未/无/no/not -> no;
    是否 and anything else -> None.  Script-, width- and case-blind.

    >>> polarity("否，已通过二审"), polarity("Yes, it did."), polarity("是否公开")
    ('no', 'yes', None)
    """
    t = fold(strip_citation_markers(require_str("short_answer", short_answer))).lower()
    t = re.split(r"[。！？；!?;\n]|\.(?!\d)", re.sub(r"^[\W_]+", "", t), maxsplit=1)[0]
    if not t or _NEITHER_RE.search(re.split(r"[,，]", t, maxsplit=1)[0]) or t.startswith("是否"):
        return None
    word = re.match(r"[a-z]+", t)
    if word:
        return {"yes": "yes", "no": "no", "not": "no"}.get(word.group())
    if t[0] in _NO_START:
        return "no"
    return "yes" if t[0] in _YES_START else None


# --- regions ----------------------------------------------------------------------------------
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")


@functools.lru_cache(maxsize=4096)
def _place(name: str) -> tuple[str, str]:
    """(division code, township text) of a folded region string (rag.places); ("", "") if unknown."""
    code = places.code_of(name) if name else ""
    return (code, places.township_of(name, code)) if code else ("", "")


def region_key(region: str) -> str:
    """The short name users write for ``region``: the shortest written form of the place it names
    (by division code, :mod:`rag.places`), a township's own name below its county, else the
    folded text.

    >>> region_key("赤峰市元宝山区"), region_key("海西蒙古族藏族自治州"), region_key("貴州省貴陽市")
    ('元宝山', '海西', '贵阳')
    """
    name = fold(require_str("region", region)).strip()
    code, town = _place(name)
    if town:
        return town
    forms = [f for f in places.short_forms(code) if len(f) >= 2] if code else []
    return forms[-1] if forms else name


@dataclass(frozen=True)
class RegionName:
    key: str  # the canonical short name, e.g. 元宝山
    forms: tuple[str, ...]  # folded Chinese forms, longest first
    pinyin: tuple[str, ...]  # lower-case pinyin spellings of the key


def _pinyin(key: str, code: str) -> tuple[str, ...]:
    p = places.place(code) if code else None
    return tuple(dict.fromkeys(r.replace(" ", "") for r in p.pinyin)) if p is not None else ()


def region_vocab(regions: Iterable[str]) -> tuple[RegionName, ...]:
    """The regions a short answer may name, from the indexed reports' ``region``
    metadata: one entry per key (names that are not Chinese words of 2+ characters
    are ignored)."""
    forms: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    for region in regions:
        full = fold(region or "").strip()
        key = region_key(full) if full else ""
        if len(key) < 2 or not _HAN_RE.match(full):
            continue
        code, town = _place(full)
        names = () if town or not code else (places.local_name(code), *places.short_forms(code))
        forms.setdefault(key, set()).update(f for f in (full, key, *names) if len(f) >= 2)
        if code and not town:
            codes.setdefault(key, code)
    return tuple(RegionName(k, tuple(sorted(fs, key=len, reverse=True)), _pinyin(k, codes.get(k, "")))
                 for k, fs in sorted(forms.items()))


# A region's name followed by a department (遂宁市司法局, 宁夏回族自治区司法厅) names the department's
# report, not the region: a gold answer "遂宁市司法局" is not a region, and neither is the same words
# in a short answer.
_DEPARTMENT_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?[局厅]")


def regions_named(text: str, vocab: Sequence[RegionName], departments: bool = False) -> frozenset[str]:
    """Keys of the regions ``text`` names, in Chinese (any script) or pinyin.  Longer
    names are matched first and masked, so 佛山市顺德区 names 顺德, not also 佛山; a region
    followed by a department (遂宁市司法局) names the department, not the region (``departments``:
    only the regions named that way).

    >>> sorted(regions_named("遂宁市司法局、赣州", region_vocab(["四川省遂宁市", "江西省赣州市"])))
    ['赣州']
    """
    t = fold(strip_citation_markers(require_str("text", text))).lower()
    found: set[str] = set()
    for form, key in sorted(((f, r.key) for r in vocab for f in r.forms), key=lambda x: -len(x[0])):
        at = t.find(form)
        while at >= 0:
            if bool(_DEPARTMENT_AFTER_RE.match(t, at + len(form))) == departments:  # 遂宁市司法局: a department
                found.add(key)
            t = t[:at] + "\0" * len(form) + t[at + len(form):]
            at = t.find(form, at + len(form))
    if re.search(r"[a-z]", t) and not departments:
        for r in vocab:
            if any(re.search(rf"\b{re.escape(p)}\b", t) for p in r.pinyin):
                found.add(r.key)
    return frozenset(found)


def first_region_named(text: str, vocab: Sequence[RegionName], departments_for: frozenset[str] = frozenset()) -> str:
    """The key of the region ``text`` names first (a longer name at the same place wins, as in
    :func:`regions_named`; a region followed by a department names the department, except for the
    regions in ``departments_for``: the gold's, whose department report answers for them), or "".

    >>> v = region_vocab(["长治市", "江西省赣州市", "广东省佛山市", "广东省佛山市顺德区"])
    >>> first_region_named("赣州（68.46%）高于长治（59.46%）", v), first_region_named("佛山市顺德区、佛山", v)
    ('赣州', '顺德')
    """
    t = fold(strip_citation_markers(require_str("text", text))).lower()
    best: tuple[int, int, str] | None = None
    for r in vocab:
        for f in r.forms:
            at = t.find(f)
            while at >= 0 and r.key not in departments_for and _DEPARTMENT_AFTER_RE.match(t, at + len(f)):
                at = t.find(f, at + 1)
            if at >= 0 and (best is None or (at, -len(f)) < best[:2]):
                best = (at, -len(f), r.key)
        for p in r.pinyin:
            m = re.search(rf"\b{re.escape(p)}\b", t)
            if m and (best is None or (m.start(), -len(p)) < best[:2]):
                best = (m.start(), -len(p), r.key)
    return best[2] if best else ""


def is_region_name(text: str, vocab: Sequence[RegionName]) -> bool:
    """``text`` is one region's name and nothing else (贛州, 赣州市, Ganzhou City).

    >>> v = region_vocab(["赣州市", "海西州"])
    >>> is_region_name("Ganzhou City", v), is_region_name("赣州179件", v), is_region_name("赣州、海西", v)
    (True, False, False)
    >>> is_region_name("海西蒙古族藏族自治州", v)
    True
    """
    if len(regions_named(text, vocab)) != 1:
        return False
    if places.lookup(fold(text).strip()) and region_key(text) in {r.key for r in vocab}:  # 焉耆回族自治县 for 焉耆县
        return True
    rest = fold(text).lower()
    for f in sorted((f for r in vocab for f in (*r.forms, *r.pinyin)), key=len, reverse=True):
        rest = rest.replace(f, " ")
    rest = re.sub(r"[市州区县省旗盟]|\b(?:city|prefecture|county|district|province)\b", " ", rest)
    return not re.sub(r"[\W_]+", "", rest)


def answer_regions(gold: str, vocab: Sequence[RegionName]) -> frozenset[str]:
    """The regions a gold answer *answers with*: its key points that are a region name,
    alone or followed by a figure or name in parentheses (赣州(179件), 霍州(李青雁)).  A
    region inside a title (《長治市電動車管理條例》) is not an answer region.

    >>> v = region_vocab(["赣州市", "霍州市", "长治市"])
    >>> sorted(answer_regions("赣州(李炳军)、霍州(李青雁)", v)), answer_regions("《長治市條例》", v)
    (['赣州', '霍州'], frozenset())
    """
    out: set[str] = set()
    for point in key_points(require_str("gold", gold)):
        head = point.split()[0] if point.split() else ""
        if is_region_name(head, vocab):
            out |= regions_named(head, vocab)
    return frozenset(out)


_LATIN_RE = re.compile(r"[A-Za-z]+")  # a key point is found in Chinese: a region named in pinyin alone is not one


def regions_only(gold: str, vocab: Sequence[RegionName]) -> bool:
    """Is every key point of ``gold`` a region's name and nothing else (``黑龙江省大庆市、四川省绵阳市``)?  Such a
    gold's key points are found when the short answer names each region in Chinese (``大庆, 绵阳``), though a
    short name holds less than the key-point share of a full name's characters; the region rule then asks for
    the same set.

    >>> v = region_vocab(["黑龙江省大庆市", "四川省绵阳市"])
    >>> regions_only("黑龙江省大庆市、四川省绵阳市", v), regions_only("大庆(5件)、绵阳(3件)", v)
    (True, False)
    """
    points = key_points(require_str("gold", gold))
    return bool(points) and all(is_region_name(p, vocab) for p in points)


_WHICH_RE = re.compile(r"哪|谁|\bwhich\b|\bwhere\b|\bwho\b")


def asks_which(question: str) -> bool:
    """The question asks which report / region / place / who (哪, 谁, which, where, who).

    >>> asks_which("哪些報告提到了述法?"), asks_which("How many cases?")
    (True, False)
    """
    return bool(_WHICH_RE.search(fold(require_str("question", question)).lower()))


# --- the verdict ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    correct: bool
    rule: str  # which rule decided: abstained | contains | polarity | key_points | regions
    kp_recall: float | None = None
    kp_precision: float | None = None
    gold_regions: tuple[str, ...] = ()
    answer_regions: tuple[str, ...] = ()


# A comparison's gold written as one sentence, winner first (赣州（68.46%）高于长治（59.46%）): its two
# sides are two key points, as in the two-sided gold 赣州(68.46%);长治(59.46%).
_CMP_WORD = r"(?:高|低|多|少|大|小|快|慢|强|強|优|優)[于於]|超过|超過|领先于?|領先於?|higher than|lower than|more than|fewer than|less than"
_SIDE = r"[^()（）;；,，、\n]+[(（][^()（）]*[)）]"
_SIDES_RE = re.compile(rf"^\s*(?P<a>{_SIDE})\s*(?:{_CMP_WORD})\s*(?P<b>{_SIDE})\s*[。.]?\s*$")


def comparison_sides(gold: str) -> str:
    """A comparison gold ``A（…）高于B（…）`` as its two sides ``A（…）；B（…）`` (the winner first),
    so each side is a key point and a region of its own; any other gold unchanged.

    >>> comparison_sides("赣州（2023年纠错率19.5%）高于長治（12.4%）")
    '赣州（2023年纠错率19.5%）；長治（12.4%）'
    >>> comparison_sides("纠错率高于上年")
    '纠错率高于上年'
    """
    m = _SIDES_RE.match(require_str("gold", gold))
    return f"{m.group('a').strip()}；{m.group('b').strip()}" if m else gold


def _whole(short: str, answer: str) -> str:
    return answer if short in answer else f"{short}\n{answer}"


def _key_points_verdict(gold: str, aliases: Sequence[str], short: str, answer: str) -> Verdict:
    recall = key_point_recall(_whole(short, answer), gold, aliases)
    units = key_points(short) if short.strip() else answer_sentences(answer)
    precision = key_point_precision(units, gold, aliases)
    ok = recall is not None and recall >= KP_RECALL_PASS and precision is not None and precision >= KP_PRECISION_PASS
    return Verdict(ok, "key_points", recall, precision)


def strict_verdict(item_type: str, question: str, gold: str, aliases: Sequence[str], short_answer: str,
                   answer: str, abstained: bool, vocab: Sequence[RegionName] = ()) -> Verdict:
    """The strict verdict on one prediction (module docstring).

    >>> strict_verdict("number", "多少项?", "20项", [], "二十項", "共二十項[1]。", False).correct
    True
    >>> strict_verdict("number", "多少项?", "20项", [], "", "共二十項[1]。", False).correct  # no short answer
    False
    """
    if item_type == "unanswerable":
        return Verdict(bool(abstained), "abstained")
    if abstained:
        return Verdict(False, "abstained")
    short = strip_citation_markers(require_str("short_answer", short_answer)).strip()
    if item_type == "comparison":
        gold, aliases = comparison_sides(gold), [comparison_sides(a) for a in aliases]
    if item_type == "yesno":
        want = polarity(gold)
        return Verdict(want is not None and polarity(short) == want, "polarity")
    if item_type in KEY_POINT_TYPES:
        verdict = _key_points_verdict(gold, aliases, short, answer)
    else:
        verdict = Verdict(bool(short) and contains_match(short, gold, aliases), "contains")
    gold_regions = answer_regions(gold, vocab)
    if gold_regions and (item_type in ("multi_doc", "comparison") or asks_which(question)):
        if item_type in KEY_POINT_TYPES and regions_only(gold, vocab):  # 大庆 for 黑龙江省大庆市: each gold region named
            zh = _LATIN_RE.sub(" ", short)  # in Chinese; a department's report answers for its region (as below)
            verdict = Verdict(gold_regions <= regions_named(zh, vocab) | regions_named(zh, vocab, departments=True), "regions")
        # a department's report (遂宁市司法局) answers for its region when the gold names the region
        named = regions_named(short, vocab) | (regions_named(short, vocab, departments=True) & gold_regions)
        if item_type == "comparison":  # the winner first; the other sides asked about may be named too
            first = answer_regions(key_points(gold)[0], vocab) if key_points(gold) else frozenset()
            asked = regions_named(question, vocab)
            ok = (verdict.correct and gold_regions <= named <= gold_regions | asked
                  and (not first or first_region_named(short, vocab, gold_regions) in first))
        else:
            ok = verdict.correct and named == gold_regions
        rule = verdict.rule if not verdict.correct or ok else "regions"
        return Verdict(ok, rule, verdict.kp_recall, verdict.kp_precision, tuple(sorted(gold_regions)), tuple(sorted(named)))
    return verdict
