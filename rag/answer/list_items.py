"""The items one sentence enumerates: names joined by 、 (:func:`comma_items`), 《titles》 and
“quoted names”, and items of the kind a list question asks for (titles of the asked class, a run closed
by its own count or by ``等`` + the asked noun, names that all end in the asked noun, places).
Pure functions over a sentence; :mod:`rag.answer.lists` chooses among them.

>>> s = "排查整改多头执法、重复执法、交叉执法等8类问题。"
>>> [s[a:b] for a, b in headed_items(s, "执法")]
['多头执法', '重复执法', '交叉执法']
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .list_asks import LEVEL_CHARS, excluded_item
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
        if lead and lead[0][0] in LEVEL_CHARS and first_b - cut >= 3 and not any(s[p:p + 1] == lead[0][0] for p, _ in parts[1:]):
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


_COUNTED_RE = re.compile(rf"[{_CN}两\d]+[个家项部类条份门所处名]")


# --- items of the asked type (the question's head noun says what an item is) -----------------------
_GENERIC_DOC = ("文件", "制度")
# a class of rules named by the kinds of title it holds: a 地方性法规 is a 《…条例》, a 规章 a 《…办法》
DOC_CLASSES = {"法规": ("条例", "法规"), "规章": ("办法", "规定", "细则", "规则", "规章")}
_TITLE_TAIL_RE = re.compile(r"(?:[(（][^()（）]{1,20}[)）])+$")  # (2021—2025年), (试行), (草案)
_JOINER_RE = re.compile(r"\s*(?:、|和|及|与|以及|，|,)\s*")


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
    return best if len(best) >= 2 else _township_items(sentence)


_TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")  # a township's name ends in its kind, whether the place model knows it or not


def _township_items(sentence: str) -> list[tuple[int, int]]:
    """Two or more names joined by 、 that each end in a township's suffix (``在甲岭镇、乙山镇等沿海镇街``): townships
    the place model does not list are places still."""
    s = fold_chars(sentence)
    for suffix in _TOWNSHIP_SUFFIXES:
        items = comma_items(sentence, minimum=2, head=suffix)
        if len(items) >= 2 and all(s[a:b].endswith(suffix) and b - a > len(suffix) for a, b in items):
            return items
    return []


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
