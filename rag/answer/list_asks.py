"""What a list question asks: the noun of its items (:func:`asked_heads`), the kinds of titled document
(:func:`asked_doc_nouns`), the whole it asks the parts of (:func:`included_topic`), and an item or a kind it
sets aside (:func:`excluded_item`, :func:`aside_excluded`).  Pure functions over the question;
:mod:`rag.answer.list_items` finds the items in a sentence.

>>> asked_heads("中原区排查整改的问题包括哪几种执法?")
('', '执法')
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold

_CN = "一二三四五六七八九十"
_CJK_WORD_RE = re.compile(r"[\u4e00-\u9fff]")
_HEAD_RE = re.compile(rf"哪(?:些|几|[{_CN}两\d]+)(?:个|项|部(?!门)|家|条(?!例)|份|类|种|方面)?(?:的)?")


# the genre's Chinese head nouns of the kinds of item an English list question names
_EN_HEADS = ((("departments", "agencies", "bureaus"), "部门"), (("titles", "honors", "honours", "awards"), "称号"),
             (("fields", "areas", "sectors", "domains"), "领域"), (("activities", "events"), "活动"),
             (("platforms",), "平台"), (("mechanisms",), "机制"), (("problems", "issues"), "问题"),
             (("classes", "courses"), "培训班"), (("projects",), "项目"), (("units",), "单位"),
             (("methods", "means", "ways"), "方式"), (("campaigns", "operations", "drives", "crackdowns"), "行动"),
             (("teams", "squads", "brigades"), "队伍"),
             (("places", "cities", "counties", "districts", "towns", "townships", "provinces", "prefectures", "localities"),
              "地方"))


LEVEL_CHARS = frozenset("县区市镇乡")

# the genre's words for one kind of item: a question's 平台 are the report's 载体 / 阵地 (深化“甲”“乙”等载体建设)
_HEAD_KINDS = (("平台", "载体", "阵地"), ("活动", "行动"), ("领域", "行业"), ("机制", "制度"), ("方式", "方法", "形式"))


def head_forms(head: str) -> tuple[str, ...]:
    """``head`` (an asked item noun, :func:`asked_heads`) and the genre's other words for that kind of item.

    >>> head_forms("平台"), head_forms("问题")
    (('平台', '载体', '阵地'), ('问题',))
    """
    kind = next((k for k in _HEAD_KINDS if head in k), ())
    return (head, *(k for k in kind if k != head)) if head else ()


def asked_heads(question: str) -> tuple[str, str]:
    """The noun a list question asks for (its last two characters), strictly and loosely: the noun
    phrase right after 哪些 (覆盖了哪些领域 -> 领域), and the same read through verbs used as modifiers, as
    an item's own head noun (查处了哪些执法问题 -> 问题; a question ending on it: 包括哪几种执法 -> 执法)."""
    from .pos_tags import pos_tokens

    q = fold(question)
    en = _EN_DOC_Q_RE.search(q)
    if en is not None and not _CJK_WORD_RE.search(q[:en.start()]):  # which departments -> 部门
        noun = en.group(1).split()[-1].lower()
        zh = next((zh for names, zh in _EN_HEADS if noun in names), "")
        return (zh if zh == "地方" else ""), zh  # which cities: places, as 哪些地方 asks them
    m = _HEAD_RE.search(q)
    if m is None:
        return "", ""
    toks = _after_relative_clause(pos_tokens(q[m.end():]))
    strict = ""
    for w, flag in toks:  # the noun phrase right after: 诚信宣传作品 -> 作品
        if w in LEVEL_CHARS:  # 哪几个(外地)县: a place level, one character, closes the phrase
            strict += w
            break
        if not (flag[:1] in "nxla" or flag == "vn") or len(w) < 2:
            break
        strict += w
    phrase: list[tuple[str, str]] = []
    for w, flag in toks:
        if w in LEVEL_CHARS:
            phrase.append((w, "n"))
            break
        if flag[:1] not in "nxlav" or len(w) < 2:
            break
        phrase.append((w, flag))
    nouns = [w for w, flag in phrase if flag[:1] in "nxla" or flag == "vn"]
    ends = len(phrase) == len([w for w, _ in toks if _CJK_WORD_RE.search(w) and w not in "吗呢"])
    loose = nouns[-1] if nouns else (phrase[-1][0] if phrase and ends else "")
    return strict[-2:], loose[-2:]


# what a list question says the items make up: the noun before 包括/分为 哪几种 (直接纠错，包括哪几种处理方式)
_INCLUDES_Q_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?)[，,]?(?:主要|具体|都|一共|共|又)?(?:包括|包含|涵盖|分为|分成|分哪|有(?=哪几?[种类]|哪些(?:种类|类型|形式|方式)))了?哪?(?:些|几)?")


def included_topic(question: str) -> str:
    """The whole a list question asks the parts of, as its last two characters (``行政复议直接纠错，包括哪几种处理
    方式`` -> 纠错): the genre closes such a list with ``等`` + that whole (撤销、变更等直接纠错53件); "" when none.

    >>> included_topic("某市的行政复议直接纠错，包括哪几种处理方式？"), included_topic("某市有哪些平台?")
    ('纠错', '')
    """
    m = _INCLUDES_Q_RE.search(fold(question))
    return m.group(1)[-2:] if m and "哪" in fold(question)[m.end(1):m.end() + 2] else ""


RELATIVE_REACH = 4  # words of a relative clause before its 的 (老百姓 关心 的 领域)


def _after_relative_clause(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens after a short clause that modifies the asked noun with 的 (哪些老百姓关心的领域 -> 领域, 哪些群众
    反映强烈的问题 -> 问题): the noun phrase after 的 is what an item is; ``toks`` as they are without one."""
    words = [w for w, _ in toks]
    if "的" not in words[:RELATIVE_REACH + 1]:
        return toks
    at = words.index("的")
    after = toks[at + 1] if at + 1 < len(toks) else ("", "")
    closes = all(_CJK_WORD_RE.search(w) for w in words[:at]) and len(after[0]) >= 2 and after[1][:1] in "nv"
    return toks[at + 1:] if at and closes else toks


_DOC_NOUN_RE = re.compile(r"规划|方案|条例|清单|办法|意见|规定|细则|纲要|通知|决定|制度|规则|文件|法规|规章")


# the English names of the genre's kinds of titled document (which regulations -> 法规)
_EN_DOC_NOUNS = (("local regulations", "法规"), ("regulations", "条例"), ("government rules", "规章"), ("rules", "规章"),
                 ("plans", "规划"), ("plans", "方案"), ("lists", "清单"), ("opinions", "意见"), ("documents", "文件"))
_EN_DOC_Q_RE = re.compile(r"\b(?:which|what)\s+((?:[a-z\-]+\s+){0,3}?[a-z]+s)\b", re.IGNORECASE)


def asked_doc_nouns(question: str) -> tuple[str, ...]:
    """The kinds of titled document a list question asks for, from the words after 哪些/哪几:
    ``贯彻执行了哪几个规划和方案`` -> ('规划', '方案'); ``Which local regulations …`` -> ('法规',)."""
    q = fold(question)
    en = _EN_DOC_Q_RE.search(q)
    if en is not None and not _CJK_WORD_RE.search(q[:en.start()]):
        phrase = " " + en.group(1).lower()
        kinds = [zh for name, zh in _EN_DOC_NOUNS if phrase.endswith(" " + name)]
        return tuple(dict.fromkeys(kinds[:1] if kinds and kinds[0] == "法规" else kinds))
    m = _HEAD_RE.search(q)
    if m is None:
        return ()
    tail = re.split(r"[，,。？?]", q[m.end():], maxsplit=1)[0]
    return tuple(dict.fromkeys(_DOC_NOUN_RE.findall(tail)))


# 除了A(以外/之外)，还有哪项 / apart from A, which other: the question names one item of a run and asks for another
_BESIDES_RE = re.compile(r"除(?!此)(?:了)?(?P<x>[^，,。？?]{2,24}?)(?:以外|之外|外)?(?:[，,]|(?=还|也))(?=[^。？?]*(?:还|也|另外|此外|其他|其它))")


def excluded_item(question: str) -> str:
    """The item a 除了A，还… question sets aside (folded Chinese), "" when it sets none aside.

    >>> excluded_item("除了景区门票价格，还涉及哪项收费?")
    '景区门票价格'
    """
    m = _BESIDES_RE.search(fold(question))
    return m.group("x").strip() if m else ""


# an aside that sets a kind aside: (不算修改的), 不包括修订的, 不含废止, 修改的除外
_ASIDE_EXCLUDED_RE = re.compile(r"(?:不算|不计|不含|不包括|不包含|不考虑|排除)(?P<x>[\u4e00-\u9fff]{2,6}?)的?(?=[)），,。？?]|在内|$)"
                                r"|(?P<y>[\u4e00-\u9fff]{2,4}?)的?(?:除外|不算)")


def aside_excluded(question: str) -> str:
    """The word a question's aside sets aside (``新出台的规章(不算修改的)`` -> ``修改``), "" when none.

    >>> aside_excluded("新出台的规章（不算修改的）是哪一部?"), aside_excluded("新制定的规章是哪一部?")
    ('修改', '')
    """
    m = _ASIDE_EXCLUDED_RE.search(fold(question))
    return (m.group("x") or m.group("y")) if m else ""
