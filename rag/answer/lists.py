"""List answers: the enumerated items of the passage the question points to, complete and in order.

Items are found in the report's own text around the best sentence, in any of the
genre's styles: ``一是…二是…``, ``（一）…（二）…``, ``1.…2.…``, ``①…②…``, or names
joined by ``、`` inside one sentence.  A run of items must count 1, 2, 3… without a
gap; the run that holds the best sentence (or starts right after it, as after
``主要措施如下：``) is the answer, the innermost when runs nest.  Each item's first
sentence is cited; the short answer is the items' opening words joined by ``、``,
and the text says how many items were found.

>>> [t for _, _, t in item_runs("一是加强领导。二是完善制度。三是强化督察。")[0]]
['加强领导', '完善制度', '强化督察']
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..chunk.sentences import split_sentences, trim_span
from ..text.normalize import fold, fold_chars
from .evidence import Ask, Draft, Sent, compose, ranked, say, sentence_coverage
from .yesno import clauses

MAX_ITEM_CHARS = 24  # an item's short form: its first clause, cut here
_CN = "一二三四五六七八九十"
_STYLES = (
    re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?\n：:，,]))[ \t]*(?P<n>[{_CN}]{{1,3}})是"),
    re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?\n：:]))[ \t]*[（(](?P<n>[{_CN}]{{1,3}})[)）]"),
    re.compile(r"(?:(?<=^)|(?<=[。；;！!？?\n：:]))[ \t]*(?P<n>\d{1,2})[、.．](?!\d)"),
    re.compile(r"(?:(?<=^)|(?<=[。；;！!？?\n：:，,]))[ \t]*(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
)
_ITEM_CUT_RE = re.compile(r"[，,；;。：:！!？?\n]")
_COUNT_Q_RE = re.compile(rf"哪([{_CN}两]|\d+)[个部项家条份类种方]")


def _ordinal(n: str) -> int:
    if n in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":  # before isdigit(), which is True for ①
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(n) + 1
    if n.isascii() and n.isdigit():
        return int(n)
    if n == "十":
        return 10
    if n.startswith("十"):
        return 10 + _CN.index(n[1]) + 1
    if len(n) == 2 and n.endswith("十"):
        return (_CN.index(n[0]) + 1) * 10
    return _CN.index(n[0]) + 1 if len(n) == 1 else (_CN.index(n[0]) + 1) * 10 + _CN.index(n[-1]) + 1


def _short_item(text: str) -> str:
    m = _ITEM_CUT_RE.search(text)
    head = (text[:m.start()] if m else text).strip()
    return head[:MAX_ITEM_CHARS]


def item_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of enumerated items in ``text``: each a list of (start, end, short form), where
    [start, end) is the item's body after its marker up to the next item (or its line's end)."""
    runs = []
    for style in _STYLES:
        marks = [(m.start("n"), m.end(), _ordinal(m.group("n"))) for m in style.finditer(text)]
        cur: list[tuple[int, int, int]] = []
        for mark in [*marks, (len(text), len(text), -1)]:
            if cur and mark[2] == cur[-1][2] + 1:
                cur.append(mark)
                continue
            if len(cur) >= 2:
                runs.append(_bodies(text, cur))
            cur = [mark] if mark[2] == 1 else []
    return runs


def _bodies(text: str, marks: list[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for i, (_, body, _) in enumerate(marks):
        nxt = marks[i + 1][0] if i + 1 < len(marks) else text.find("\n", body)
        end = nxt if nxt > body else len(text)
        if i + 1 < len(marks):  # back to the end of the sentence before the next marker
            end = max(body + 1, end)
        out.append((body, end, _short_item(text[body:end])))
    return out


def _run_for(runs: list[list[tuple[int, int, str]]], sent: Sent) -> list[tuple[int, int, str]] | None:
    """The innermost run the sentence opens (a lead-in such as ``主要措施如下：``) or that has
    the sentence as one item's first sentence; a sentence deep inside an item is not its list."""
    def holds(run):
        lead_in = 0 <= run[0][0] - sent.end <= 6 or sent.start < run[0][0] <= sent.end
        return lead_in or any(abs(sent.start - a) <= 4 for a, _, _ in run)

    fitting = [r for r in runs if holds(r)]
    if not fitting:
        return None
    run = min(fitting, key=lambda r: r[-1][1] - r[0][0])
    own = next(((a, b) for a, b, _ in run if abs(sent.start - a) <= 4), None)
    nested = [r for r in runs if own and own[0] < r[0][0] and r[-1][1] <= own[1] + 1]
    return min(nested, key=lambda r: r[0][0]) if nested else run  # an item's own sub-items answer it


def comma_items(sentence: str, want: int = 0, minimum: int = 3, head: str = "") -> list[tuple[int, int]]:
    """Names joined by ``、`` in one clause of the sentence, trimmed of the words around the run
    (by part of speech: the first name starts after the last verb or preposition before it, the last
    ends before the first verb after it).  ``want``: the count the question asks for (else at least
    ``minimum``); ``head``: a noun the question asks about (领域), which must stand in the clause."""
    from .terms import pos_tokens

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
        for w, flag in toks[:-1]:  # the name itself may end in a verb (土地征收)
            at += len(w)
            if flag[:1] in "vpcu" and flag != "vn" or w in "“‘《":
                cut = at
        parts[0] = (cut, first_b)
        last_a, last_b = parts[-1]
        end, at = last_a, last_a
        closer = s.find("等", last_a, last_b)  # A、B、C等: the genre closes its list with 等, whatever C ends in (慢作为)
        for w, flag in pos_tokens(s[last_a:last_b]):
            if at > last_a and (flag[:1] in "vpudmq" and flag != "vn" or w in ("等", "”", "’", "》")):
                break
            at += len(w)
            end = at
        if 2 <= closer - last_a <= MAX_ITEM_CHARS and end < closer and not _ITEM_CUT_RE.search(s, last_a, closer):
            end = closer
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


def _asked_heads(question: str) -> tuple[str, str]:
    """The noun a list question asks for (its last two characters), strictly and loosely: the noun
    phrase right after 哪些 (覆盖了哪些领域 -> 领域), and the same read through verbs used as modifiers, as
    an item's own head noun (查处了哪些执法问题 -> 问题; a question ending on it: 包括哪几种执法 -> 执法)."""
    from .terms import pos_tokens

    q = fold(question)
    m = _HEAD_RE.search(q)
    if m is None:
        return "", ""
    toks = pos_tokens(q[m.end():])
    strict = ""
    for w, flag in toks:  # the noun phrase right after: 诚信宣传作品 -> 作品
        if not (flag[:1] in "nxla" or flag == "vn") or len(w) < 2:
            break
        strict += w
    phrase: list[tuple[str, str]] = []
    for w, flag in toks:
        if flag[:1] not in "nxlav" or len(w) < 2:
            break
        phrase.append((w, flag))
    nouns = [w for w, flag in phrase if flag[:1] in "nxla" or flag == "vn"]
    ends = len(phrase) == len([w for w, _ in toks if _CJK_WORD_RE.search(w) and w not in "吗呢"])
    loose = nouns[-1] if nouns else (phrase[-1][0] if phrase and ends else "")
    return strict[-2:], loose[-2:]


def _asked_count(question: str) -> int:
    m = _COUNT_Q_RE.search(fold(question))
    if not m:
        return 0
    n = m.group(1)
    return int(n) if n.isdigit() else (2 if n == "两" else _ordinal(n))


def _item_sent(sent: Sent, start: int, end: int) -> Sent:
    """The first sentence of the item at [start, end) of ``sent``'s report, as a citable span."""
    text = sent.doc.text
    for s, e in split_sentences(text[start:end], start):
        s, e = trim_span(text, s, e)
        if e > s:
            return sent.at(s, e)
    return sent.at(*trim_span(text, start, end))


def list_answer(ask: Ask, sents: Sequence[Sent], topic: Callable[[Ask, Sent], Draft | None] | None = None) -> Draft:
    """The items of the best sentences: a run of the asked count first; then the enumerated items
    the best sentence opens or belongs to; the section the question's topic names (``topic``:
    :func:`rag.answer.sections.topic_summary`); names joined in a clause holding the asked noun.
    Without any of these, the best sentences are quoted and no short answer is given."""
    order = ranked(sents, ask)
    if not order:
        return Draft((), "", (), "list")
    top = order[0][1]
    tops = [s for _, s in order[:3]]
    want, (head, item_head) = _asked_count(ask.question), _asked_heads(ask.question)
    typed = _typed_draft(ask, order, want, head, item_head)
    if typed is not None:
        return typed
    for s in tops if want else ():
        items = title_items(s.text, want) or comma_items(s.text, want)
        if items:
            return _inline_draft(ask, s, items)
    run = _run_for(item_runs(top.doc.text), top)
    leads_in = run is not None and run[0][0] >= top.end  # a heading over its own items (（三）推进普法。1.…2.…)
    if not leads_in and topic is not None and _opens_section(top):  # otherwise a heading's section answers
        found = topic(ask, top)
        if found is not None:
            return found
    if run is not None:
        picked = [_item_sent(top, a, b) for a, b, _ in run]
        return _draft(ask, [t for _, _, t in run], picked)
    found = topic(ask, top) if topic is not None else None
    if found is not None:
        return found
    for s in tops:
        items = title_items(s.text) if _TITLE_HEAD_RE.search(head or "-") else []
        items = items or (comma_items(s.text, head=head) if head else [])
        if items:
            return _inline_draft(ask, s, items)
    covs = [(sentence_coverage(s, ask), s) for _, s in order]
    floor = max(0.5, 0.75 * max(c for c, _ in covs))
    picked = sorted([s for c, s in covs if c >= floor][:5] or [top], key=lambda s: (s.rank, s.start))
    return Draft(compose("", picked), "", (), "list")


_TITLE_HEAD_RE = re.compile(r"规划|方案|条例|清单|办法|意见|规定|文件|法规|法律|作品|读物|书|制度|通知|决定")


def _inline_draft(ask: Ask, sent: Sent, items: list[tuple[int, int]]) -> Draft:
    return _draft(ask, [sent.text[a:b].strip() for a, b in items], [sent])


def _opens_section(sent: Sent) -> bool:
    """The sentence is a heading label (（二）政府机构职能体系更加健全) at the start of its line."""
    from ..chunk.structure import heading_of

    line_start = sent.doc.text.rfind("\n", 0, sent.start) + 1
    line_end = sent.doc.text.find("\n", sent.start)
    h = heading_of(sent.doc.text[line_start:line_end if line_end >= 0 else len(sent.doc.text)])
    return h is not None and h.level <= 2 and sent.start - line_start <= 4


def _draft(ask: Ask, names: list[str], picked: list[Sent], joiner: str = "") -> Draft:
    short = (joiner or (", " if ask.lang == "en" else "、")).join(names)
    note = say(ask, f"共{len(names)}项：", f"{len(names)} items:")
    return Draft(compose(short, picked, note=note), short, (), "list")


# --- items of the asked type (the question's head noun says what an item is) -----------------------
TYPED_SHARE = 0.6  # a sentence whose typed items answer scores at least this share of the best one's
PARALLEL_SHARE = 0.85  # N sentences that match the question equally well are N items (哪两项做法)
_PLACE_HEAD_RE = re.compile(r"县区|区县|县市|地区|地方|城市|乡镇|街道|[县区市镇乡]$")
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
    if m is None or not 2 <= m.start() - last <= MAX_ITEM_CHARS or _ITEM_CUT_RE.search(s, last, m.start()):
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


_CLOSED_RE = re.compile(r"等[^，,。；;、]{0,8}")


def closed_items(sentence: str, head: str, want: int = 0) -> list[tuple[int, int]]:
    """The names a sentence enumerates before ``等…`` + the asked noun (``举办“宪法宣传周”“民法典宣传月”等主题活动``
    for 哪些活动; ``查处不作为、乱作为等问题`` for 哪些问题): quoted names or a 、-run ending at the 等."""
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
            run = [(a, b) for a, b in comma_items(sentence, want, minimum=2) if b <= m.start()]
            run = run if run and run[-1][1] == m.start() else []
        if len(run) >= 2 and (not want or len(run) == want):
            return run
    return []


def place_items(sentence: str, exclude: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Two or more place names joined by 、/和/及 (襄垣县和潞州区、壶关县), by the place model; places
    the question names itself (``exclude``) are not items."""
    from ..places import find_mentions

    s = fold_chars(sentence)
    found = [m for m in find_mentions(s) if not any(x and x in m.text for x in exclude)]
    best: list[tuple[int, int]] = []
    cur: list[tuple[int, int]] = []
    for m in found:
        if cur and _JOINER_RE.fullmatch(s[cur[-1][1]:m.start]):
            cur.append((m.start, m.end))
        else:
            cur = [(m.start, m.end)]
        if len(cur) > len(best):
            best = list(cur)
    return best if len(best) >= 2 else []


def _parallel(order: Sequence[tuple[float, Sent]], want: int) -> list[Sent]:
    """The ``want`` best sentences when exactly they match the question about equally well (each a
    separate sentence stating one of the asked items), else []."""
    if want < 2 or len(order) < want:
        return []
    top = order[0][0]
    close = [s for sc, s in order if sc >= PARALLEL_SHARE * top]
    return sorted(close, key=lambda s: (s.doc.doc_id, s.start)) if len(close) == want and \
        len({s.doc.doc_id for s in close}) == 1 else []


def _subject(ask: Ask, sent: Sent) -> str:
    """The words of ``sent`` before the first of the question's terms, less a closing verb: the item
    a parallel sentence states (``…服务模式获评全省…`` -> ``…服务模式``)."""
    from .terms import pos_tokens

    text = fold_chars(sent.text)
    at = min((text.find(t) for t in ask.terms if len(t) >= 2 and text.find(t) > 0), default=-1)
    if at <= 0:
        return ""
    toks = pos_tokens(text[:at])
    while toks and (toks[-1][1][:1] in "vpcud" and toks[-1][1] != "vn"):
        toks.pop()
    cut = sum(len(w) for w, _ in toks)
    return sent.text[:cut].strip(" -—–\t")[:60]


def _typed_draft(ask: Ask, order: Sequence[tuple[float, Sent]], want: int, head: str, item_head: str) -> Draft | None:
    """The items of the asked type in one of the best sentences: titles of the asked kind, places for
    哪些县区, a run closed by its own count, names that all end in the asked noun or that close with
    ``等`` + that noun (``item_head``); else, for a counted question (哪两项), as many parallel
    sentences as asked."""
    nouns = asked_doc_nouns(ask.question)
    places = bool(head) and bool(_PLACE_HEAD_RE.search(head))
    top = order[0][0]
    for sc, s in order[:3]:
        if sc < TYPED_SHARE * top:
            break
        items = typed_title_items(s.text, nouns, want) if nouns else []
        items = items or (place_items(s.text, [fold(r) for r in ask.regions] + _region_words(ask)) if places else [])
        items = items or counted_items(s.text, want) or headed_items(s.text, item_head, want) \
            or closed_items(s.text, item_head, want)
        if items:
            return _inline_draft(ask, s, items)
    parallel = _parallel(order, want)
    names = [_subject(ask, s) for s in parallel]
    if parallel and all(len(n) >= 2 for n in names):
        return _draft(ask, names, parallel, "；" if any("、" in n for n in names) else "")
    return None


def _region_words(ask: Ask) -> list[str]:
    from .regions import short_name

    return [short_name(r) for r in ask.regions]
