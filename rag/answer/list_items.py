"""The items one sentence enumerates: names joined by 、 (:func:`comma_items`), 《titles》 and
“quoted names”, and items of the kind a list question asks for (titles of the asked class, a run closed
by its own count or by ``等`` + the asked noun, names that all end in the asked noun, places).
Pure functions over a sentence; :mod:`rag.answer.lists` chooses among them.

>>> s = "排查整改多头执法、重复执法、交叉执法等8类问题。"
>>> [s[a:b] for a, b in headed_items(s, "执法")]
['多头执法', '重复执法', '交叉执法']
>>> asked_heads("中原区排查整改的问题包括哪几种执法?")
('', '执法')
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .yesno_clauses import clauses

MAX_ITEM_CHARS = 24  # an item's short form: its first clause, cut here
ITEM_CUT_RE = re.compile(r"[，,；;。：:！!？?\n]")
_CN = "一二三四五六七八九十"


def comma_items(sentence: str, want: int = 0, minimum: int = 3, head: str = "") -> list[tuple[int, int]]:
    """Names joined by ``、`` in one clause of the sentence, trimmed of the words around the run
    (by part of speech: the first name starts after the last verb or preposition before it, the last
    ends before the first verb after it).  ``want``: the count the question asks for (else at least
    ``minimum``); ``head``: a noun the question asks about (领域), which must stand in the clause."""
    from .pos_tags import pos_tokens

    s = fold_chars(sentence)
    runs: list[list[tuple[int, int]]] = []
    for a, b in clauses(s):
        if head and head not in s[a:b]:
            continue
        parts, pos = [], a
        for piece in s[a:b].split("、"):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len(parts) < 2:
            continue
        first_a, first_b = parts[0]
        cut, at = first_a, first_a
        toks = pos_tokens(s[first_a:first_b])
        after_adverb = False
        for w, flag in toks[:-1]:  # the name itself may end in a verb (土地征收)
            at += len(w)
            if (flag[:1] in "vpcur" and flag != "vn" or w in "“‘《" or after_adverb) and first_b - at >= 2:  # 严格|落实,
                cut = at  # 其中|撤销: leads in; never into a name of one character (区住建: 住 read as a verb)
            after_adverb = flag in ("d", "ad")
        lead = pos_tokens(s[cut:first_b])[:1]
        if lead and lead[0][0] in _LEVEL_CHARS and first_b - cut >= 3 and not any(s[p:p + 1] == lead[0][0] for p, _ in parts[1:]):
            cut += 1  # 区住建、城管、文旅: the level written once before the run is every name's, no part of the first
        parts[0] = (cut, first_b)
        last_a, last_b = parts[-1]
        end, at = last_a, last_a
        closer = s.find("等", last_a, last_b)  # A、B、C等: the genre closes its list with 等, whatever C ends in (慢作为)
        for w, flag in pos_tokens(s[last_a:last_b]):
            if at > last_a and (flag[:1] in "vpudmq" and flag != "vn" or w in ("等", "”", "’", "》")):
                break
            at += len(w)
            end = at
        if 2 <= closer - last_a <= MAX_ITEM_CHARS and end < closer and not ITEM_CUT_RE.search(s, last_a, closer):
            end = closer
        shut = s.find("”", last_a, last_b)  # “A、B、C办”: a quoted list ends at its quote, whatever C ends in
        if s[parts[0][0] - 1:parts[0][0]] == "“" and 2 <= shut - last_a <= MAX_ITEM_CHARS:
            end = shut
        count = _COUNTED_RE.search(s, last_a, end)  # 自然资源部四部门: the count closing the list
        parts[-1] = (last_a, count.start() if count and count.start() - last_a >= 2 else end)
        if all(e - st >= 2 for st, e in parts):
            runs.append(parts)
    fitting = [r for r in runs if (len(r) == want if want else len(r) >= minimum)]
    return max(fitting, key=len) if fitting else []


def title_items(sentence: str, want: int = 0) -> list[tuple[int, int]]:
    """Two or more 《titles》 (or “quoted names”) of the sentence, as a list's items."""
    s = fold_chars(sentence)
    for pattern in (r"《[^《》]{2,60}》", r"“[^“”]{2,30}”"):
        found = [(m.start(), m.end()) for m in re.finditer(pattern, s)]
        if len(found) >= 2 and (not want or len(found) == want):
            return found
    return []


_CJK_WORD_RE = re.compile(r"[\u4e00-\u9fff]")
_COUNTED_RE = re.compile(rf"[{_CN}两\d]+[个家项部类条份门所处名]")
_HEAD_RE = re.compile(rf"哪(?:些|几|[{_CN}两\d]+)(?:个|项|部(?!门)|家|条(?!例)|份|类|种|方面)?(?:的)?")


# the genre's Chinese head nouns of the kinds of item an English list question names
_EN_HEADS = ((("departments", "agencies", "bureaus"), "部门"), (("titles", "honors", "honours", "awards"), "称号"),
             (("fields", "areas", "sectors", "domains"), "领域"), (("activities", "events"), "活动"),
             (("platforms",), "平台"), (("mechanisms",), "机制"), (("problems", "issues"), "问题"),
             (("classes", "courses"), "培训班"), (("projects",), "项目"), (("units",), "单位"),
             (("methods", "means", "ways"), "方式"),
             (("places", "cities", "counties", "districts", "towns", "townships", "provinces", "prefectures", "localities"),
              "地方"))


_LEVEL_CHARS = frozenset("县区市镇乡")


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
        if w in _LEVEL_CHARS:  # 哪几个(外地)县: a place level, one character, closes the phrase
            strict += w
            break
        if not (flag[:1] in "nxla" or flag == "vn") or len(w) < 2:
            break
        strict += w
    phrase: list[tuple[str, str]] = []
    for w, flag in toks:
        if w in _LEVEL_CHARS:
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


# --- items of the asked type (the question's head noun says what an item is) -----------------------
_DOC_NOUN_RE = re.compile(r"规划|方案|条例|清单|办法|意见|规定|细则|纲要|通知|决定|制度|规则|文件|法规|规章")
_GENERIC_DOC = ("文件", "制度")
# a class of rules named by the kinds of title it holds: a 地方性法规 is a 《…条例》, a 规章 a 《…办法》
DOC_CLASSES = {"法规": ("条例", "法规"), "规章": ("办法", "规定", "细则", "规则", "规章")}
_TITLE_TAIL_RE = re.compile(r"(?:[(（][^()（）]{1,20}[)）])+$")  # (2021—2025年), (试行), (草案)
_JOINER_RE = re.compile(r"\s*(?:、|和|及|与|以及|，|,)\s*")


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


def typed_title_items(sentence: str, nouns: Sequence[str], want: int = 0) -> list[tuple[int, int]]:
    """The 《titles》 of ``sentence`` that are of an asked kind (a 清单 for 哪些清单; any title for a
    generic 文件), two or more (or exactly ``want``)."""
    s = fold_chars(sentence)
    generic = any(n in _GENERIC_DOC for n in nouns)
    kinds = tuple(k for n in nouns for k in DOC_CLASSES.get(n, (n,)))
    found = [(m.start(), m.end()) for m in re.finditer(r"《[^《》]{2,80}》", s)
             if generic or _TITLE_TAIL_RE.sub("", m.group()[1:-1]).endswith(kinds)]
    return found if len(found) >= 2 and (not want or len(found) == want) else []


def counted_items(sentence: str, want: int = 0) -> list[tuple[int, int]]:
    """Names joined by 、 whose run is closed by their own count (道路交通、医患纠纷、婚姻家庭3个调委会):
    the count equal to the number of names marks a complete enumeration."""
    from .figures import figure_value

    s = fold_chars(sentence)
    items = comma_items(sentence, want, minimum=2)
    if len(items) < 2:
        return []
    last = items[-1][0]
    m = _COUNTED_RE.search(s, last)  # the count right after the last name (访调对接8个…)
    if m is None or not 2 <= m.start() - last <= MAX_ITEM_CHARS or ITEM_CUT_RE.search(s, last, m.start()):
        return []
    n = figure_value(m.group()[:-1])
    return [*items[:-1], (last, m.start())] if n is not None and int(n) == len(items) else []


def headed_items(sentence: str, head: str, want: int = 0) -> list[tuple[int, int]]:
    """Names joined by 、 that all end in the noun the question asks for (哪几种执法 ->
    ``多头执法、重复执法、交叉执法``): each item is of the asked kind by its own head noun."""
    if len(head) < 2:
        return []
    s = fold_chars(sentence)
    items = comma_items(sentence, want, minimum=2, head=head)
    if len(items) < 2:
        return []
    a, b = items[-1]
    if not s[a:b].endswith(head) and s.startswith(head, b):  # the last name's head cut off as a verb (交叉|执法)
        items = [*items[:-1], (a, b + len(head))]
    return items if all(s[a:b].endswith(head) and b - a > len(head) for a, b in items) else []


# what closes an enumeration before the asked noun: 等…, or its own count (三类普法阵地)
CLOSER_REACH = 12  # characters from 等 to the asked noun (等6个干部教育培训班)
_CLOSED_RE = re.compile(rf"(?:等|[{_CN}两\d]+[个类项种家所部条批])[^，,。；;、]{{0,{CLOSER_REACH}}}")


def closed_items(sentence: str, head: str, want: int = 0) -> list[tuple[int, int]]:
    """The names a sentence enumerates before ``等…`` or a count + the asked noun (``举办“宪法宣传周”“民法典
    宣传月”等主题活动`` for 哪些活动; ``建成“法治讲堂”“普法广场”两类普法阵地`` for 哪些阵地; ``查处不作为、乱作为等问题``
    for 哪些问题): quoted names or a 、-run ending there."""
    if len(head) < 2:
        return []
    s = fold_chars(sentence)
    for m in _CLOSED_RE.finditer(s):
        if head not in m.group():
            continue
        quoted = list(re.finditer(r"[“《][^“”《》]{2,40}[”》]", s[:m.start()]))
        run: list[tuple[int, int]] = []
        for q in reversed(quoted):  # the quoted names joined up to the 等
            if s[q.end():run[0][0] if run else m.start()].strip("、和及与 ") == "":
                run.insert(0, (q.start(), q.end()))
        if len(run) < 2:
            for n in dict.fromkeys((want, want and want - 1)):  # 甲、乙和丙等: one name fewer by 、
                run = [(a, b) for a, b in comma_items(sentence, n, minimum=2) if b <= m.start()]
                run = _last_joined(s, run, want) if run and run[-1][1] == m.start() else []
                if run and (not want or len(run) == want):
                    break
        if len(run) >= 2 and (not want or len(run) == want):
            return run
    return _introduced_items(s, head, want)


_LAST_JOIN_RE = re.compile(r"和|及|与")


def _last_joined(s: str, run: list[tuple[int, int]], want: int) -> list[tuple[int, int]]:
    """``run`` with its last name split where the genre joins the last two names (撤销、变更、确认违法和责令履行等):
    each side two characters or more; as it is when ``want`` (the asked count) is already met."""
    if not run or (want and len(run) == want):
        return run
    a, b = run[-1]
    joins = list(_LAST_JOIN_RE.finditer(s, a, b))
    if len(joins) != 1 or joins[0].start() - a < 2 or b - joins[0].end() < 2:
        return run
    return [*run[:-1], (a, joins[0].start()), (joins[0].end(), b)]


# the word that opens a run of examples of the noun just named (目录5项，包括“甲”“乙”等; 如《甲》《乙》)
_INTRODUCED_RE = re.compile(r"(?:包括|包含|涵盖|例如|比如|诸如|如|主要有|分别是|分别为|其中有)[：:]?(?=[“《])")
_QUOTED_NAME_RE = re.compile(r"[“《][^“”《》]{2,40}[”》]")
INTRO_REACH = 24  # characters from the asked noun to the word introducing its examples


def _introduced_items(s: str, head: str, want: int) -> list[tuple[int, int]]:
    """The quoted names a word like 包括 introduces right after the asked noun (``公布决策事项目录5项，包括“甲”“乙”等``
    for 哪几个事项): the examples of that noun, joined by nothing, 、 or 和."""
    for m in _INTRODUCED_RE.finditer(s):
        named = s.rfind(head, max(0, m.start() - INTRO_REACH), m.start())
        if named < 0 or re.search(r"[。；;！!？?]", s[named:m.start()]):
            continue
        run, at = [], m.end()
        while (q := _QUOTED_NAME_RE.match(s, at)) is not None:
            run.append((q.start(), q.end()))
            at = q.end()
            while at < len(s) and s[at] in "、和及与 ":
                at += 1
        if len(run) >= 2 and (not want or len(run) == want):
            return run
    return []


def place_items(sentence: str, exclude: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Two or more place names joined by 、/和/及 (襄垣县和潞州区、壶关县), by the place model; places
    the question names itself (``exclude``) are not items."""
    from ..places import contains, find_mentions

    s = fold_chars(sentence)
    found: list[tuple[int, int]] = []
    last: tuple[str, ...] = ()
    for m in find_mentions(s):  # a place written under its parent (安徽省休宁县) is one item, the parent's name first
        if found and found[-1][1] == m.start and any(contains(p, c) for p in last for c in m.codes):
            found[-1] = (found[-1][0], m.end)
        else:
            found.append((m.start, m.end))
        last = m.codes
    found = [sp for sp in found if not any(x and x in s[sp[0]:sp[1]] for x in exclude)]
    best: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    for a, b in found:
        if cur and _JOINER_RE.fullmatch(s[cur[-1][1]:a]):
            cur.append((a, b))
        else:
            cur = [(a, b)]
        if len(cur) > len(best):
            best = list(cur)
    return best if len(best) >= 2 else []


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


def set_aside(sentence: str, start: int, word: str) -> bool:
    """Does the set-aside ``word`` lead up to the span at ``start`` in its clause (``，修改《某办法》``: a modified
    one, asked the new one)?"""
    s = fold_chars(sentence)
    lead = re.split(r"[，,；;。：:、]", s[:start])[-1]
    return bool(word) and word in lead


def other_items(sentence: str, question: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of the other items of the 、-run in ``sentence`` that holds the item the
    question sets aside (:func:`excluded_item`): asked 除了B还有哪项, ``A、B等`` answers A; [] when
    the question sets none aside or no run of the sentence holds it.

    >>> s = "就停车收费标准、景区门票价格等事项组织听证。"
    >>> [s[a:b] for a, b, _ in other_items(s, "除了景区门票价格，还涉及哪项收费标准?")]
    ['停车收费标准']
    """
    x = excluded_item(question)
    if not x:
        return []
    s = fold_chars(sentence)
    for a, b in clauses(s):
        if x not in s[a:b]:
            continue
        run = comma_items(s[a:b], minimum=2)
        items = [(a + p, a + e) for p, e in run]
        if items:  # the first item starts after the clause's last preposition (就A、B等), not after a verb inside it
            items[0] = (_after_preposition(s, a, items[0][1]) or items[0][0], items[0][1])
        if any(x in s[p:e] or s[p:e] in x for p, e in items):
            return [(p, e, "") for p, e in items if not (x in s[p:e] or s[p:e] in x)]
    return []


def _after_preposition(s: str, a: int, b: int) -> int:
    """The offset after the last function word (preposition, conjunction, particle, adverb: 就) in
    ``s[a:b]``, 0 when none."""
    from .pos_tags import pos_tokens

    at, cut = a, 0
    for w, flag in pos_tokens(s[a:b])[:-1]:
        at += len(w)
        if flag[:1] in "pcud":  # 就 (tagged an adverb), 对, 和, 的
            cut = at
    return cut
