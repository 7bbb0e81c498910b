"""Whose figure a question asks: the reporting unit itself, or one part of the reporting place.

A department's report gives the figures of the government it serves (市政府作为被告的案件421件) beside its own
(本机关作为被告的案件6件); asked what the unit did "itself" (它自己, 局本身, 本机关, itself), only a sentence naming the
unit as itself answers (:func:`asks_itself`, :func:`names_itself`).  A city's report gives the whole city's figure
(全市受理982件) beside each county's (迁安市 88, a table row); asked of one part, only what names that part answers
(:func:`asked_parts`).  :func:`restrict` keeps the candidates naming the asked subject when any does.

>>> asks_itself("南京市司法局2023年它自己作为被告的案件有几件?"), asks_itself("企业自己整改了多少项?")
(True, False)
>>> names_itself("市司法局本机关作为被告的案件6件", "司法局"), names_itself("市政府作为被告的案件421件", "司法局")
(True, False)
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from .. import places
from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .regions import forms

T = TypeVar("T")

# the unit named, or pointed at (它, 其, 该局), then a reflexive; or the genre's own words for itself (本机关); English
# "itself" / "its own" (自己这一级 is a level: rag.answer.levels)
_ITSELF_RE = re.compile(r"(?:它|其|该[局委厅办]|[局委厅办府])(?:自己|自身|本身)(?!这?一级|这?本级)|本(?:机关|单位|部门)"
                        r"|\bitself\b|\bits own\b", re.IGNORECASE)
# how a report names its own unit: 本机关, 本局, 我局, 本单位, 机关本级 (a government's also 本级, 政府: 市政府本级 in a
# department's report is the government's level, not the department)
_SELF_FORMS_RE = re.compile(r"[本我](?:机关|局|单位|部门|委|厅|办)|机关本级")
_GOVERNMENT_RE = re.compile(r"政府|本级")


def asks_itself(question: str) -> bool:
    """Does the question ask a figure of the reporting unit itself (它自己, 司法局本身, 本机关, itself)?"""
    return bool(_ITSELF_RE.search(fold(question)))


def names_itself(text: str, unit: str, region: str = "") -> bool:
    """Does ``text`` name the reporting ``unit`` (司法局; 人民政府 for a government's report) as the actor: one of
    the genre's words for itself (本机关, 本局, 我局, 机关本级), the unit's own name (市司法局, 市政府), or, given the
    ``region`` it serves, the short form of its level and kind (市局 for a city's 应急管理局, 省厅 for a province's 司法厅;
    not 各区局, the bureaus below it).

    >>> names_itself("市局全年立案查处违法行为412起", "应急管理局", "湖北省武汉市")
    True
    >>> names_itself("各区局立案查处违法行为3084起", "应急管理局", "湖北省武汉市")
    False
    >>> names_itself("新洲区应急管理局立案查处287起", "应急管理局", "湖北省武汉市"), names_itself("武汉市应急管理局查处412起", "应急管理局", "湖北省武汉市")
    (False, True)
    """
    t = fold_chars(text)
    if _SELF_FORMS_RE.search(t):
        return True
    name = re.sub(r"[(（].*$", "", unit or "").strip()
    if not name:
        return False
    if "政府" in name:
        return bool(_GOVERNMENT_RE.search(t))
    if not region:
        return name in t
    level = fold_chars(region)[-1:]
    if re.search(rf"(?<![各等和、]){re.escape(level + name[-1])}(?![长级])", t):  # 市局, not 各区局 / 局长
        return True
    # its full name as its own place's (武汉市应急管理局, 市应急管理局), not another place's (新洲区应急管理局)
    own = "|".join(re.escape(f) for f in sorted(forms(region), key=len, reverse=True))
    return bool(re.search(rf"(?:{own}|(?<![\u4e00-\u9fff]){re.escape(level)}|[本我该全]{re.escape(level)}|^){re.escape(name)}", t))


def restrict(items: Sequence[T], names: Callable[[T], bool]) -> list[T]:
    """``items`` naming the asked subject (``names``), or all of them when none does: a subject no candidate names
    restricts nothing (the report may state it otherwise)."""
    own = [x for x in items if names(x)]
    return own or list(items)


_TOWN_RE = r"(?:镇|乡|街道|苏木)"  # a township-level part: the gazetteer lists none, the question writes its suffix
_LEVEL_ENDS = "省市州盟县区旗乡镇村街"  # a term ending so names a level or a place itself (乡镇, 城乡), no town's name


def asked_parts(question: str, terms: Sequence[str], regions: Sequence[str]) -> tuple[str, ...]:
    """The parts of the asked place the question names: a term that is a place inside an asked region (迁安市 in
    唐山市's report; an English question's pinyin arrives as that term), or a term the question writes with a
    township suffix (稻田镇: ``稻田镇``).

    >>> asked_parts("唐山市2021年迁安市受理了多少件复议?", ("迁安市", "受理", "复议"), ("河北省唐山市",))
    ('迁安市',)
    >>> asked_parts("寿光市稻田镇调处了多少件纠纷?", ("稻田", "调处", "纠纷"), ("山东省潍坊市寿光市",))
    ('稻田镇',)
    """
    codes = [c for r in regions if (c := places.code_of(r))]
    q, out = fold(question), []
    for t in terms:
        if "|" in t or len(t) < 2:
            continue
        if codes and any(p.code != c and places.contains(c, p.code) for p in places.lookup(t) for c in codes):
            out.append(t)
            continue
        town = re.search(re.escape(t) + _TOWN_RE, q) if t[-1] not in _LEVEL_ENDS else None  # 乡镇街道, 城乡: levels
        if town:
            out.append(town.group(0))
    return tuple(dict.fromkeys(out))


_TOWN_END_RE = re.compile(r"镇|乡|街道|苏木")


def towns_in_pinyin(question: str, texts: Sequence[str], own: str = "") -> tuple[str, ...]:
    """The township names of ``texts`` (a row label 侯镇, 龙泉镇 in a sentence) that an English question writes in
    pinyin, fused or spaced, with or without its level (``Houzhen``, ``Longquan Town``, ``Longquan``): a part of the
    reporting place (the gazetteer lists no townships); none that is the report's own place (``own``, its region).

    >>> towns_in_pinyin("How many disputes did Houzhen mediate?", ["侯镇 25 437 97.9%", "全市各乡镇调处纠纷"])
    ('侯镇',)
    >>> towns_in_pinyin("What did Longquan Town do?", ["龙泉镇建成调解室"]), towns_in_pinyin("Did it?", ["龙泉镇"])
    (('龙泉镇',), ())
    """
    from ..retrieve.pinyin_names import pinyin_forms, township_pinyin

    q = fold(question).lower()
    if not re.search(r"[a-z]{3}", q):
        return ()
    out: list[str] = []
    for text in texts:
        t = fold_chars(text)
        for m in _TOWN_END_RE.finditer(t):
            for k in range(1, 4):  # the name before the level: 侯 of 侯镇, 龙泉 of 龙泉镇
                name = t[max(0, m.start() - k):m.end()]
                if len(name) != k + len(m.group(0)) or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name in out or name in own:
                    continue
                stem = name[:-len(m.group(0))] if k >= 2 else ""  # Shengkang (盛康镇); a one-syllable stem keeps its level
                fused = [re.escape(f.replace(" ", "")) for n in (name, stem) if n for f in pinyin_forms(n)]
                if township_pinyin(name).search(q) or fused and re.search(rf"(?<![a-z])(?:{'|'.join(fused)})(?![a-z])", q):
                    out.append(name)
    return tuple(out)
