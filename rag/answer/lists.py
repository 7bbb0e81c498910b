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

from collections.abc import Callable, Sequence

from ..chunk.sentences import trim_span, trimmed_sentences
from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .drafts import Draft, compose, say
from .english_figures import EN_NUMBER_WORDS
from .evidence import Ask, Sent, ranked, sentence_coverage
from .honours import asks_conferred_subject, recipient_items
from .list_asks import asked_doc_nouns, asked_heads, head_forms, included_topic
from .list_items import (  # re-exported: the item finders are part of this module's public face
    ITEM_CUT_RE,
    MAX_ITEM_CHARS,
    closed_items,
    comma_items,
    counted_items,
    headed_items,
    place_items,
    title_items,
    typed_title_items,
)
from .term_coverage import coverage

_CN = "一二三四五六七八九十"
_STYLES = (
    re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?\n：:，,]))[ \t]*(?P<n>[{_CN}]{{1,3}})是"),
    re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?\n：:]))[ \t]*[（(](?P<n>[{_CN}]{{1,3}})[)）]"),
    re.compile(r"(?:(?<=^)|(?<=[。；;！!？?\n：:]))[ \t]*(?P<n>\d{1,2})[、.．](?!\d)"),
    re.compile(r"(?:(?<=^)|(?<=[。；;！!？?\n：:，,]))[ \t]*(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
    re.compile(r"[ \t]*[（(](?P<n>\d{1,2})[)）]"),  # inline, anywhere in a sentence: 存在以下不足：（1）…；（2）…
)
_COUNT_Q_RE = re.compile(rf"哪([{_CN}两]|\d+)[个部项家条份类种方件样]")
_EN_COUNT_Q_RE = re.compile(r"\b(?:which|what|name the|list the)\s+(two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_ABBREVIATION_Q_RE = re.compile(rf"[“「]([{_CN}两]|\d)[个大项]?[\u4e00-\u9fff]{{1,2}}[”」](?:是|指|包括)")


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
    m = ITEM_CUT_RE.search(text)
    head = (text[:m.start()] if m else text).strip()
    return head[:MAX_ITEM_CHARS]


def item_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of enumerated items in ``text``: each a list of (start, end, short form), where
    [start, end) is the item's body after its marker up to the next item (or its line's end)."""
    runs = []
    for style in _STYLES:
        marks = [(m.start(), m.end(), _ordinal(m.group("n"))) for m in style.finditer(text)]  # from the marker's bracket
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


def _asked_count(question: str) -> int:
    """The count of items asked: ``哪三项`` -> 3, or a quoted abbreviation the question asks to spell
    out (``“四办”指哪些`` -> 4: the genre abbreviates a list by its count and shared word)."""
    m = _COUNT_Q_RE.search(fold(question)) or _ABBREVIATION_Q_RE.search(fold(question))
    if not m and (en := _EN_COUNT_Q_RE.search(question)):  # Which three places …: the same count
        return EN_NUMBER_WORDS.index(en.group(1).lower()) + 1
    if not m:
        return 0
    n = m.group(1)
    return int(n) if n.isdigit() else (2 if n == "两" else _ordinal(n))


_COUNT_RE = re.compile(rf"(?<![\d.第])(\d+|[{_CN}两])[个项件部条份类种家](?![\d{_CN}])")


def _states_count(text: str, want: int) -> bool:
    """Does ``text`` state a count of ``want`` items (事项3项, 三项制度)?"""
    return any((2 if m.group(1) == "两" else _ordinal(m.group(1))) == want for m in _COUNT_RE.finditer(fold_chars(text)))


def _next_sentence(sent: Sent) -> Sent | None:
    """The sentence right after ``sent`` in its report (None at the report's end)."""
    text = sent.doc.text
    nxt = trimmed_sentences(text, sent.end, min(len(text), sent.end + 400))[:1]
    return sent.at(*nxt[0]) if nxt else None


def _item_sent(sent: Sent, start: int, end: int) -> Sent:
    """The first sentence of the item at [start, end) of ``sent``'s report, as a citable span."""
    text = sent.doc.text
    first = trimmed_sentences(text, start, end)[:1]
    return sent.at(*(first[0] if first else trim_span(text, start, end)))


def list_answer(ask: Ask, sents: Sequence[Sent], topic: Callable[[Ask, Sent], Draft | None] | None = None) -> Draft:
    """The items of the best sentences: a run of the asked count first; then the enumerated items
    the best sentence opens or belongs to; the section the question's topic names (``topic``:
    :func:`rag.answer.sections.topic_summary`); names joined in a clause holding the asked noun.
    Without any of these, the best sentences are quoted and no short answer is given."""
    from .sections import facts_first  # sections reads lists
    from .summaries import deeds_of_items  # summaries reads lists

    order = facts_first(ranked(sents, ask), ask.question, NEAR_BEST, ask.years, headings=False)  # the year's deeds
    if not order:  # before a plans sentence scoring about as well, unless plans are asked
        return Draft((), "", (), "list")
    top = order[0][1]
    tops = [s for _, s in order[:3]]
    want, (head, item_head) = _asked_count(ask.question), asked_heads(ask.question)
    typed = _typed_draft(ask, order, want, head, item_head)
    if typed is not None:
        return typed
    for s in [s for s in tops if on_topic(ask, s)] if want else ():
        items = title_items(s.text, want) or _clause_titles(ask, s.text, want) or comma_items(s.text, want)
        if items:
            return _inline_draft(ask, s, items)
    for s in [s for s in tops if on_topic(ask, s) and _states_count(s.text, want)] if want else ():
        after = _next_sentence(s)  # 纳入目录管理的事项3项。三项决策分别为《甲》《乙》和《丙》: the count, then its items
        items = (title_items(after.text, want) or comma_items(after.text, want)) if after is not None else []
        if items:
            return _inline_draft(ask, after, items)
    run = _run_for(item_runs(top.doc.text), top) if on_topic(ask, top) else None
    leads_in = run is not None and run[0][0] >= top.end  # a heading over its own items (（三）推进普法。1.…2.…)
    if not leads_in and topic is not None and opens_section(top) and on_topic(ask, top):  # a heading's section
        found = topic(ask, top)
        if found is not None:
            return found
    if run is not None and topic is not None and _topic_is_item(ask, top, run):  # 怎么做的 of what one item's
        found = topic(ask, top)  # title names: that item's own section says how, not the titles of its siblings
        if found is not None:
            return found
    deeds = deeds_of_items(ask, top, [(a, b) for a, b, _ in run]) if run is not None and topic is not None else None
    if deeds is not None:  # 主要做了哪些事: the titled items' bodies, the deeds (their titles only name the fields)
        return deeds
    if run is not None:
        picked = [_item_sent(top, a, b) for a, b, _ in run]
        return _draft(ask, [t for _, _, t in run], picked)
    found = topic(ask, top) if topic is not None and on_topic(ask, top) else None
    if found is not None:
        return found
    specific = [n for n in asked_doc_nouns(ask.question) if n not in ("文件", "制度")]  # 哪些条例: titles of that kind only
    for s in [s for s in tops if on_topic(ask, s)]:
        items = title_items(s.text) if _TITLE_HEAD_RE.search(head or "-") and not specific else []
        items = items or (comma_items(s.text, head=head) if head else [])
        if items:
            return _inline_draft(ask, s, items)
    covs = [(sentence_coverage(s, ask), s) for _, s in order]
    floor = max(0.5, 0.75 * max(c for c, _ in covs))
    picked = sorted([s for c, s in covs if c >= floor][:5], key=lambda s: (s.rank, s.start))
    return Draft(compose("", picked), "", (), "list")  # none holds half the question: nothing to quote


NEAR_BEST = 0.75  # a sentence of the year's account scoring this share of a plans sentence at the head answers first


def _topic_is_item(ask: Ask, top: Sent, run) -> bool:
    """Asked how (怎么做的), the section whose heading names the topic is one item of ``run`` (2．坚持双语普法…
    among 1．…3．…), not the heading the run stands under."""
    from .sections import own_topic_range  # sections reads lists
    from .summary_asks import asks_manner

    own = own_topic_range(top.doc.text, top.start, ask) if asks_manner(ask.question) else None
    return own is not None and run[0][0] - 4 <= own[0] < run[-1][1]


def topic_nouns(ask: Ask) -> list[str]:
    """The question's nouns that name its topic: not the items' own kind (县区 of 哪些县区, 文件 of 哪两份文件),
    not a verb, not a noun of (nearly) every report (工作)."""
    from .term_coverage import IDF_FLOOR
    from .terms import role_weight

    kinds = (*asked_heads(ask.question), *asked_doc_nouns(ask.question))
    return [t for t in ask.terms if not any(k and (k in t or t in k) for k in kinds) and role_weight(t) >= 1.0
            and ask.weights.get(t, 1.0) > IDF_FLOOR]


def report_topic(ask: Ask, doc) -> list[str] | None:
    """The topic nouns (:func:`topic_nouns`) the report uses: None when the question names no topic, []
    when the report uses none of them (a word no report uses, a misread 上学, names none either)."""
    nouns = topic_nouns(ask)
    if not nouns:
        return None
    text = _folded(doc)
    return [t for t in nouns if coverage((t,), text, folded=True)[0] >= 1.0]  # as coverage reads it: 地方性 = 《…条例》


def on_topic(ask: Ask, sent: Sent) -> bool:
    """The sentence (or the heading it sits under) holds one of the question's most specific topic nouns
    the report uses (those at least half as rare as its rarest: 行政复议, not 工作): items of another topic
    are no answer."""
    terms = report_topic(ask, sent.doc)
    if terms is None:
        return True
    if not terms:
        return False
    top_w = max(ask.weights.get(t, 1.0) for t in terms)
    key = [t for t in terms if ask.weights.get(t, 1.0) >= 0.5 * top_w]
    return coverage(key, sent.chunk.section + "\n" + sent.text)[1] != tuple(key)


_FOLDED: dict[tuple[str, str], str] = {}  # (doc id, content hash) -> folded text, a few reports at a time


def _folded(doc) -> str:
    """A report's folded text, once per report."""
    key = (doc.doc_id, doc.content_hash)
    if key not in _FOLDED:
        if len(_FOLDED) >= 16:
            _FOLDED.pop(next(iter(_FOLDED)), None)
        _FOLDED[key] = fold(doc.text)
    return _FOLDED[key]


def _clause_titles(ask: Ask, sentence: str, want: int) -> list[tuple[int, int]]:
    """The ``want`` titles of the clause that holds most of the question (《A》《B》已获批准，《C》已报请审查: 哪两部
    已获批准 -> A, B), when the sentence has more titles than asked."""
    from .yesno_clauses import clauses

    s = fold_chars(sentence)
    fits = [(coverage(ask.terms, s[a:b], ask.weights)[0], a, items) for a, b in clauses(s)
            if (items := title_items(s[a:b], want))]
    if not fits:
        return []
    _, a, items = max(fits, key=lambda f: (f[0], -f[1]))
    return [(a + x, a + y) for x, y in items]


_TITLE_HEAD_RE = re.compile(r"规划|方案|条例|清单|办法|意见|规定|文件|法规|法律|作品|读物|书|制度|通知|决定")


def _inline_draft(ask: Ask, sent: Sent, items: list[tuple[int, int]]) -> Draft:
    return _draft(ask, [sent.text[a:b].strip() for a, b in items], [sent])


def opens_section(sent: Sent) -> bool:
    """The sentence is a heading label (（二）政府机构职能体系更加健全) at the start of its line."""
    from ..chunk.structure import heading_of

    line_start = sent.doc.text.rfind("\n", 0, sent.start) + 1
    line_end = sent.doc.text.find("\n", sent.start)
    h = heading_of(sent.doc.text[line_start:line_end if line_end >= 0 else len(sent.doc.text)])
    return h is not None and h.level <= 2 and sent.start - line_start <= 4


def _draft(ask: Ask, names: list[str], picked: list[Sent], joiner: str = "") -> Draft:
    short = (joiner or (", " if ask.lang == "en" else "、")).join(names)
    note = say(ask, f"共{len(names)}项：", f"{len(names)} items:")
    return Draft(compose(short, picked, note=note), short, (), "list", notes=(note,))  # 共3项: a count we wrote


TYPED_SHARE = 0.6  # a sentence whose typed items answer scores at least this share of the best one's
PARALLEL_SHARE = 0.85  # N sentences that match the question equally well are N items (哪两项做法)
_PLACE_HEAD_RE = re.compile(r"县区|区县|县市|地区|地方|城市|乡镇|街道|[县区市镇乡]$")


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
    from .pos_tags import pos_tokens

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
    recipients = asks_conferred_subject(ask.question)  # 哪些村被评为…: what received the honour
    top = order[0][0]
    for sc, s in order[:3]:
        if sc < TYPED_SHARE * top:
            break
        if not on_topic(ask, s):
            continue
        for c in (s, *_body_of(s)):  # 三是抓好某河流域执法。联合甲县、乙县…: a heading's items are in its body
            items = typed_title_items(c.text, nouns, want) if nouns else []
            items = items or (place_items(c.text, [fold(r) for r in ask.regions] + _region_words(ask)) if places else [])
            items = items or counted_items(c.text, want) or _headed(c.text, item_head, want) \
                or closed_items(c.text, included_topic(ask.question), want) \
                or (recipient_items(c.text, ask.question) if recipients else [])
            if items:
                return _inline_draft(ask, c, items)
    parallel = _parallel(order, want)
    names = [_subject(ask, s) for s in parallel]
    if parallel and all(len(n) >= 2 for n in names):
        return _draft(ask, names, parallel, "；" if any("、" in n for n in names) else "")
    return None


def _headed(text: str, head: str, want: int) -> list[tuple[int, int]]:
    """Names all ending in the asked noun, else closed by ``等`` + it (:func:`headed_items`, :func:`closed_items`), the
    noun read as the genre's words for its kind (:func:`rag.answer.list_asks.head_forms`: 平台 = 载体)."""
    for form in head_forms(head):
        items = headed_items(text, form, want) or closed_items(text, form, want)
        if items:
            return items
    return []


HEADING_CHARS = 24  # an enumerated item's heading sentence (三是抓好某河流域执法。) is at most this long


def _body_of(sent: Sent) -> tuple[Sent, ...]:
    """The sentence after ``sent`` when ``sent`` is an enumerated item's short heading (三是…。, （三）…。): the
    item's body, which its heading's words do not repeat; () otherwise."""
    text = sent.text.strip()
    if len(text) > HEADING_CHARS or not any(st.match(text) for st in _STYLES[:4]):
        return ()
    nxt = _next_sentence(sent)
    return (nxt,) if nxt is not None else ()


def _region_words(ask: Ask) -> list[str]:
    from .regions import short_name

    return [short_name(r) for r in ask.regions]
