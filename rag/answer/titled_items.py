"""Enumerated items that open with a title: ``（一）加强组织保障。市领导小组…`` / ``四是优化营商环境。开展…``.

The genre heads many items with a short title sentence and states what was done after it.  A
summary of a topic quotes the bodies, not the titles (:func:`item_key_spans`); a topic that only
an item's title names -- no heading does -- is found here too (:func:`titled_topic_items`).

>>> text = "一是坚持民主立法。草案网上公布。二是坚持科学立法。调研坚持问题导向。三是完成3项任务。"
>>> [text[a:b] for a, b in item_key_spans(text, 2, 16)]
['草案网上公布。']
>>> title_end(text, 27, 34) is None  # 完成3项任务: one sentence stating a figure, no title
True
"""
from __future__ import annotations

from ..chunk.sentences import trimmed_sentences
from ..text import lazy_re as re
from .evidence import Ask
from .lists import item_runs, report_topic
from .sections import asks_plans, plans_parts
from .term_coverage import coverage

TITLE_MAX = 20  # Han and Latin characters of a title sentence at most
GROUP_MAX = 3  # adjacent items whose titles together name a topic (民主立法 + 科学立法)
# what a title does not state: a figure, a counted measure, a document
_NOT_TITLE_RE = re.compile(r"\d|《|[一二三四五六七八九十两百千]+[个项件次名家批条部类]")
_TITLE_STOP_RE = re.compile(r"[。：:]\s*$")


def title_end(text: str, a: int, b: int) -> int | None:
    """Where the title of the item at [a, b) ends, when its first sentence is one: short, naming no
    figure or document, ending with 。 or ：, and followed by the item's body.  Else None."""
    sents = trimmed_sentences(text, a, b)
    if len(sents) < 2:
        return None
    s, e = sents[0]
    core = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", text[s:e])
    if len(core) > TITLE_MAX or _NOT_TITLE_RE.search(text[s:e]) or not _TITLE_STOP_RE.search(text[s:e]):
        return None
    return e


def _sub_items(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    runs = item_runs(text[a:b])
    if not runs:
        return None
    run = max(runs, key=lambda r: (r[-1][1] - r[0][0], -r[0][0]))
    return [(a + s, a + e) for s, e, _ in run]


def item_key_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The key sentences of the item at [a, b): its first sentence; for a titled item, its body's
    first sentence, or its own sub-items' key sentences (（三）完善机制。一是…二是…)."""
    end = title_end(text, a, b)
    if end is None:
        return trimmed_sentences(text, a, b)[:1]
    subs = _sub_items(text, end, b)
    if subs:
        return [sp for s, e in subs for sp in item_key_spans(text, s, e)]
    return trimmed_sentences(text, end, b)[:1]


def item_body_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The whole body of the item at [a, b) without its title: its sub-items' key sentences, else
    every sentence after the title."""
    start = title_end(text, a, b) or a
    subs = _sub_items(text, start, b)
    if subs:
        return [sp for s, e in subs for sp in item_key_spans(text, s, e)]
    return trimmed_sentences(text, start, b)


def _topic_key(ask: Ask, doc) -> list[str]:
    """The question's specific topic nouns the report uses: those at least half as rare as its rarest."""
    terms = report_topic(ask, doc)
    if not terms:
        return []
    top_w = max(ask.weights.get(t, 1.0) for t in terms)
    return [t for t in terms if ask.weights.get(t, 1.0) >= 0.5 * top_w]


def titled_topic_items(ask: Ask, doc) -> list[tuple[int, int]]:
    """The fewest adjacent titled items (at most :data:`GROUP_MAX`, the report's first such group)
    whose titles together hold every specific topic noun of the question the report uses (those at
    least half as rare as its rarest), each title holding one: ``四是持续优化法治化营商环境。`` for
    法治化营商环境, ``一是坚持民主立法。`` + ``二是坚持科学立法。`` for democratic and scientific lawmaking.
    [] when no item's title names the topic."""
    key = _topic_key(ask, doc)
    if not key:
        return []
    text = doc.text
    best: tuple[int, int, list[tuple[int, int]]] | None = None
    plans = [] if asks_plans(ask.question) else plans_parts(text)  # asked what was done: not the next year's plans
    for run in (r for r in item_runs(text) if not any(a <= r[0][0] < b for a, b in plans)):
        items = [(a, b, title_end(text, a, b)) for a, b, _ in run]
        for i in range(len(items)):
            for n in range(1, GROUP_MAX + 1):
                group = items[i:i + n]
                if len(group) < n or any(t is None for _, _, t in group):
                    break
                titles = [text[a:t] for a, _, t in group]
                if any(coverage(key, title)[0] == 0 for title in titles):
                    break
                if not coverage(key, "\n".join(titles))[1]:
                    cand = (n, group[0][0], [(a, b) for a, b, _ in group])
                    best = cand if best is None or cand[:2] < best[:2] else best
                    break
    return best[2] if best else []


def rarest_titled_item(ask: Ask, doc) -> list[tuple[int, int]]:
    """A summary's topic no titles name whole (:func:`titled_topic_items` finds none): the one titled item whose title
    names the rarest of the question's specific topic nouns the report uses, when its paragraph
    states the others (``疫情发生后…。一是…。二是依法保障复工复产。梳理惠企政策…`` for helping firms restart work
    during the epidemic: the epidemic and the firms are the paragraph's setting, the restart its item's title); [] when
    no title or several name it."""
    key = _topic_key(ask, doc)
    if not key:
        return []
    text = doc.text
    top_w = max(ask.weights.get(t, 1.0) for t in key)
    plans = [] if asks_plans(ask.question) else plans_parts(text)
    rarest = [t for t in key if ask.weights.get(t, 1.0) == top_w]
    found = []
    for run in (r for r in item_runs(text) if not any(a <= r[0][0] < b for a, b in plans)):
        for a, b, _ in run:
            end = title_end(text, a, b)
            if end is not None and not coverage(rarest, text[a:end])[1]:
                ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", a)
                if not coverage(key, text[ls:le if le >= 0 else len(text)])[1]:
                    found.append((a, b))
    return found if len(found) == 1 else []


def asked_body_spans(ask: Ask, doc, a: int, b: int) -> list[tuple[int, int]]:
    """The body of the titled item at [a, b) of ``doc`` (:func:`item_body_spans`), only its sentences that hold a topic noun
    of the question its title lacks when some do (``三是加强市场监管。组织…专项检查…；开展…专项检查…；建立信用档案…`` asked
    about the 专项检查 of 市场监管: the two 检查 sentences)."""
    text = doc.text
    spans = item_body_spans(text, a, b)
    end = title_end(text, a, b)
    missing = coverage(_topic_key(ask, doc), text[a:end])[1] if end is not None else ()
    part = [sp for sp in spans if missing and coverage(missing, text[sp[0]:sp[1]])[1] != missing]
    return part or spans


_JOINED = "和与及、"  # how a heading joins two topics (聚焦古城保护和文旅发展)
_LABEL_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])")
JOIN_REACH = 4  # characters between a topic noun and the joiner that makes it one of a heading's topics


def conjunct_topic_items(ask: Ask, doc, a: int, b: int) -> list[tuple[int, int]]:
    """The section at [a, b) heads two topics joined (``（二）聚焦古城保护和文旅发展，…``) and the question asks one
    (古城保护): the items of its body that name that topic (``一是依法保护世界文化遗产。…古城内查处…``), when only some do;
    [] for a heading of the asked topic alone, or when every item or none names it."""
    text = doc.text
    le = text.find("\n", a, b)
    head, le = (text[a:le], le) if le >= 0 else (text[a:b], b)
    head = _LABEL_RE.sub("", head)  # 六、: the label's 、 joins nothing
    conj = [t for t in _topic_key(ask, doc)
            if re.search(rf"{re.escape(t)}[^，,。；;]{{0,{JOIN_REACH}}}?[{_JOINED}]|[{_JOINED}][^，,。；;]{{0,{JOIN_REACH}}}?{re.escape(t)}",
                         head)]
    runs = item_runs(text[le:b]) if conj else []
    if not runs:
        return []
    run = max(runs, key=lambda r: (r[-1][1] - r[0][0], -r[0][0]))
    items = [(le + s, le + e) for s, e, _ in run]
    holding = [(s, e) for s, e in items if not coverage(conj, text[s:e])[1]]
    return holding if 0 < len(holding) < len(items) else []
