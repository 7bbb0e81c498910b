"""Summaries: the key sentences (not the headings) of the section a question points to
(:func:`rag.answer.sections.cued_range`), of the section its topic names, or of the paragraph that states it.

Key sentences are the first sentences of the section's enumerated items (一是…, （一）…) -- asked how
(怎么 / 具体 / how), the bodies of items that open with a title, and a topic only an item's title
names is found there (:mod:`rag.answer.titled_items`) -- else the first sentences of its body,
within :data:`MAX_CHARS`.

>>> text = "一、成效\\n做了工作。\\n二、存在的问题\\n一是意识不强。二是力量薄弱，人员不足。\\n"
>>> [text[a:b] for a, b in key_spans(text, *cued_range(text, "有哪些不足"))]
['意识不强。', '力量薄弱，人员不足。']
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..chunk.sentences import split_sentences, trim_span, trimmed_sentences
from ..chunk.structure import heading_of
from ..text import lazy_re as re
from ..text.normalize import fold
from .drafts import Draft, compose
from .evidence import Ask, Sent, names_part, ranked
from .lists import NEAR_BEST, item_runs, on_topic, report_topic, topic_nouns
from .sections import (
    TOPIC_SHARE,
    cued_range,
    facts_first,
    heading_range,
    line_spans,
    optional_part,
    outline,
    own_topic_range,
    section_cue,
    topic_range,
)
from .summary_asks import asks_deeds, asks_manner
from .term_coverage import coverage
from .titled_items import (
    asked_body_spans,
    conjunct_topic_items,
    item_body_spans,
    item_key_spans,
    rarest_titled_item,
    title_end,
    titled_topic_items,
)

MAX_CHARS = 700  # a summary quotes at most this many characters of the report
MAX_SENTENCES = 10
FIRST_SENTENCES = 3  # sentences quoted from a section without items


def _first_sentence(text: str, a: int, b: int) -> tuple[int, int] | None:
    return next(iter(trimmed_sentences(text, a, b)), None)


_MARKER_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])")  # an item's label


def key_spans(text: str, a: int, b: int, bodies: bool = False) -> list[tuple[int, int]]:
    """Key sentences of ``text[a:b]``: the first sentence of each item of its outermost run of
    enumerated items, else of each sub-heading's body, else its first sentences (no headings).
    ``bodies``: an item that opens with a title (``（一）加强组织保障。市领导小组…``) is stated by
    its body's first sentence (or its own sub-items'), not by the title -- a topic's summary says
    what was done, its sub-headings only name it."""
    line_end = text.find("\n", a) if "\n" in text[a:b] else b
    head = heading_of(text[a:line_end])
    body_start = a + (text[a:b].find("\n") + 1 if head is not None and "\n" in text[a:b] else 0)
    if head is not None and re.search(r"[\u4e00-\u9fff]", text[a + head.end:line_end]):  # （五）推进X。一是…: the body shares the heading's line
        body_start = a + head.end
        marker = _MARKER_RE.match(text, a, line_end)
        if bodies and marker and re.search(r"[，,]", text[marker.end():a + head.end]):  # （4）加强X，推动Y；健全Z。: a
            body_start = marker.end()  # sentence whose first clauses the label took, not a title: stated whole
    runs = [r for r in item_runs(text[body_start:b])]
    if runs:
        run = max(runs, key=lambda r: (r[-1][1] - r[0][0], -r[0][0]))
        if bodies:
            return [sp for s, e, _ in run for sp in item_key_spans(text, body_start + s, body_start + e)]
        spans = [_first_sentence(text, body_start + s, body_start + e) for s, e, _ in run]
        return [sp for sp in spans if sp]
    body = []
    for s, e in split_sentences(text[body_start:b], body_start):
        s, e = trim_span(text, s, e)
        if e > s and heading_of(text[s:e]) is None and re.search(r"\w", text[s:e]):  # not a title's lone 。
            body.append((s, e))
    concrete = [sp for sp in body if _CONCRETE_RE.search(text[sp[0]:sp[1]])]
    if len(concrete) >= FIRST_SENTENCES:  # what was done: the sentences that name a figure, a document
        return concrete
    if sum(e - s for s, e in body) <= MAX_CHARS:  # a short section is quoted whole: each sentence is a point
        return body
    return body[:FIRST_SENTENCES]


# A sentence that states something done: a figure with its measure word, a 《document》 or a “named”
# measure (the genre's generic sentences -- 高度重视…，统筹谋划 -- hold none).
_CONCRETE_RE = re.compile(r"\d|[一二三四五六七八九十两百千]+[个项件次名家批条部份类场人]|《[^》]+》|“[^”]+”")


_OVERALL_RE = re.compile(r"总体|整体|总的|全年|概括|概述|主要内容|overall|in general|summar")
_WHOLE_RE = re.compile(r"总体|整体|总的|全年|主要内容|overall|in general")  # the report as a whole, even with a topic
TOPIC_MIN_SENTENCES = 2  # a topic stated by fewer sentences of the paragraph is not summarised from them
TOPIC_PARAGRAPHS = 4  # paragraphs of the best sentences weighed for a topic stated inside one


def topic_spans(ask: Ask, order: Sequence[Sent]) -> list[tuple[int, int]]:
    """The sentences that hold the question's most specific terms (those at least half as rare as
    its rarest; 学法、述法 rather than 工作), in order, from the paragraph of the best report's
    leading sentences (``order``: ranked, best first) that holds most of them: a topic the report
    states inside a paragraph, not under its own heading.  Empty when no paragraph has
    :data:`TOPIC_MIN_SENTENCES` of them."""
    if not ask.terms or not order:
        return []
    top_w = max(ask.weights.get(t, 1.0) for t in ask.terms)
    key = tuple(t for t in ask.terms if ask.weights.get(t, 1.0) >= 0.5 * top_w)
    text = order[0].doc.text
    best: list[tuple[int, int]] = []
    best_at = (0, 0)
    seen = set()
    for sent in (s for s in order[:TOPIC_PARAGRAPHS * 2] if s.doc.doc_id == order[0].doc.doc_id):
        ls = text.rfind("\n", 0, sent.start) + 1
        if ls in seen:
            continue
        seen.add(ls)
        le = text.find("\n", sent.start)
        le = le if le >= 0 else len(text)
        out = []
        for a, b in split_sentences(text[ls:le], ls):
            a, b = trim_span(text, a, b)
            if b > a and heading_of(text[a:b]) is None and coverage(key, text[a:b])[1] != key:
                out.append((a, b))
        if len(out) > len(best):
            best, best_at = out, (ls, le)
    if len(best) >= TOPIC_MIN_SENTENCES:
        return _asked_part(text, key, best, *best_at)
    return _scattered(text, key, [s for s in order[:TOPIC_PARAGRAPHS * 2] if s.doc.doc_id == order[0].doc.doc_id])


def _scattered(text: str, key: Sequence[str], sents: Sequence[Sent]) -> list[tuple[int, int]]:
    """A topic no paragraph states twice: the best sentences that hold every one of its ``key`` terms, from any
    paragraph, in the report's order (a 白名单 that spares firms inspections in one part, a pilot that cut them in
    another); [] when fewer than :data:`TOPIC_MIN_SENTENCES` do."""
    spans = sorted({trim_span(text, s.start, s.end) for s in sents if not coverage(key, s.text)[1]})
    return spans if len(spans) >= TOPIC_MIN_SENTENCES else []


def _asked_part(text: str, key: Sequence[str], spans: list[tuple[int, int]], ls: int, le: int) -> list[tuple[int, int]]:
    """When the first of ``spans`` (in the paragraph [ls, le)) is an item's title naming the topic with
    some of the key terms (``三是实施诚信工程。开展失信行为大排查…。开设诚信专栏…``), the later sentences
    that hold the key terms the title lacks: 诚信方面做了什么排查 asks for the 排查, not every 诚信
    sentence.  Else ``spans``."""
    start, end = spans[0]
    if not ls <= start < le or title_end(text, start, le) != end:
        return spans
    missing = coverage(key, text[start:end])[1]
    if not missing or len(missing) == len(key):
        return spans
    part = [sp for sp in spans if sp[0] >= end and coverage(missing, text[sp[0]:sp[1]])[1] != missing]
    return part or spans


_LEAD_RE = re.compile(r"报告如下|报告如下[:：]?$")


def lead_spans(text: str) -> list[tuple[int, int]]:
    """The report's opening paragraph (the first line of prose before its first level-1 heading; the
    title line, a web page's metadata and a closing ``现将…报告如下`` left out), as its first
    :data:`FIRST_SENTENCES` sentences."""
    first = next((s for lvl, s, _ in outline(text) if lvl == 1), len(text))
    lines = [(a, b) for a, b in line_spans(text[:first]) if len(text[a:b].strip()) > 40
             and re.search(r"[。！!]", text[a:b])]  # prose, not a web page's 发布时间/索引号 line
    out = []
    for a, b in lines[:1]:
        for s, e in split_sentences(text[a:b], a):
            s, e = trim_span(text, s, e)
            if e > s and not _LEAD_RE.search(text[s:e]):
                out.append((s, e))
    return out[:FIRST_SENTENCES]


def _budget(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out, used = [], 0
    for s, e in spans[:MAX_SENTENCES]:
        if out and used + (e - s) > MAX_CHARS:
            break
        out.append((s, e))
        used += e - s
    return out




def topic_summary(ask: Ask, top: Sent) -> Draft | None:
    """:func:`_topic_summary` of the asked part of the report's place only, None when nothing names it."""
    found = _topic_summary(ask, top)
    found = _of_part(ask, found) if found is not None else None
    return found if found is None or found.segments else None


def _topic_summary(ask: Ask, top: Sent) -> Draft | None:
    """The key sentences of the section whose heading names the question's topic -- the best
    sentence's own section when that sentence is a heading -- or None."""
    rng = heading_range(top.doc.text, top.start) or own_topic_range(top.doc.text, top.start, ask) \
        or topic_range(top.doc.text, ask)
    if rng is None:
        items = titled_topic_items(ask, top.doc)
        spans = _budget([sp for a, b in items for sp in item_body_spans(top.doc.text, a, b)])
        if not items and ask.qtype.kind == "summary":  # not a list's: its items' names are asked, not one item's deeds
            spans = _budget([sp for a, b in rarest_titled_item(ask, top.doc) for sp in asked_body_spans(ask, top.doc, a, b)])
        return _summary_draft(ask, top, spans) if spans else None
    spans = key_spans(top.doc.text, *rng, bodies=asks_manner(ask.question))
    if joined := conjunct_topic_items(ask, top.doc, *rng):  # 聚焦古城保护和文旅发展 asked 古城保护: the items naming it
        return _summary_draft(ask, top, _budget([sp for a, b in joined for sp in item_body_spans(top.doc.text, a, b)]))
    if spans and asks_deeds(ask.question) and not asks_manner(ask.question) and not _concrete(top.doc.text, spans):
        spans = key_spans(top.doc.text, *rng, bodies=True)  # 做了哪些事 under titles naming fields: the deeds
    spans = _budget(spans)
    return _summary_draft(ask, top, spans) if spans else None


def _concrete(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Does one of the sentences ``spans`` state something done (:data:`_CONCRETE_RE`: a figure, a 《document》, a
    “named” measure: 实施“联合图审”。 names the deed), not just a field (加强行政复议工作。)?"""
    return any(_CONCRETE_RE.search(text[a:b]) for a, b in spans)


def deeds_of_items(ask: Ask, top: Sent, items: Sequence[tuple[int, int]]) -> Draft | None:
    """Asked what was done (:func:`asks_deeds`), the key sentences of enumerated ``items`` of ``top``'s report (offsets
    into its text) that all open with a title naming a field (一是规范行政复议工作。…): each body's first sentence, the
    deeds (:func:`rag.answer.titled_items.item_key_spans`), as a summary; None for another question, untitled items or
    a title that names the deed itself (实施“联合图审”。)."""
    text = top.doc.text
    if not items or not asks_deeds(ask.question) or any(title_end(text, a, b) is None for a, b in items) \
            or _concrete(text, [(a, title_end(text, a, b)) for a, b in items]):  # 实施“联合图审”。: the title is the deed
        return None
    spans = _budget([sp for a, b in items for sp in item_key_spans(text, a, b)])
    return _summary_draft(ask, top, spans) if spans else None


def cued_item(text: str, rng: tuple[int, int], ask: Ask) -> tuple[int, int] | None:
    """The one sub-section (the level right below the cued section ``rng``, 下一步 / 问题: （一） or （1）) whose
    text holds :data:`TOPIC_SHARE` of the weight of the question's topic nouns (:func:`rag.answer.lists.topic_nouns`:
    no verb, no word of nearly every report) the section states at all, when no other does: a question about one topic of the plans (下一步怎么加强基层执法, 往后复议力量和游客纠纷怎么弄) is
    answered by that plan, not by the titles of all (a word the section never uses, 游客 for its 涉旅, does not
    tell its plans apart)."""
    inner = [(lvl, s) for lvl, s, _ in outline(text) if rng[0] < s < rng[1]]
    top = min((lvl for lvl, _ in inner), default=0)
    heads = [s for lvl, s in inner if lvl == top]
    subs = [(s, heads[i + 1] if i + 1 < len(heads) else rng[1]) for i, s in enumerate(heads)]
    section = fold(text[rng[0]:rng[1]])
    cue = section_cue(ask.question)  # 问题 / 不足 / 打算 name the section asked, not a topic inside it
    lead = section_lead_words(text, rng, topic_nouns(ask))  # 我市将重点抓好以下工作: 重点 names every plan
    said = tuple(t for t in topic_nouns(ask) if coverage((t,), section, folded=True)[0] >= 1.0  # not 法治政府, 建设
                 and not (cue is not None and cue.search(t)) and t not in lead)
    if subs:  # the last plan runs to its paragraph's end, not over the report's closing words and signature
        subs[-1] = (subs[-1][0], _paragraph_end(text, subs[-1][0], rng[1]))
    elif runs := item_runs(text[rng[0]:rng[1]]):  # plans enumerated without headings (①…②…, 一是…二是…): the items
        run = max(runs, key=lambda r: (r[-1][1] - r[0][0], -r[0][0]))
        subs = [(rng[0] + a, rng[0] + b) for a, b, _ in run]
    holding = [(a, b) for a, b in subs if said and coverage(said, text[a:b], ask.weights)[0] >= TOPIC_SHARE]
    if len(holding) > 1:  # the topic's nouns in several plans (乡镇): the one that also holds the asked deed (执法)
        scores = [coverage(ask.terms, text[a:b], ask.weights)[0] for a, b in holding]
        holding = [sub for sub, sc in zip(holding, scores) if sc == max(scores)]
    return holding[0] if len(holding) == 1 and len(subs) >= 2 else None


def section_lead_words(text: str, rng: tuple[int, int], words: Sequence[str]) -> tuple[str, ...]:
    """Those of ``words`` the section ``rng`` states in its heading or its lead-in before its first enumerated item
    (十、2025年工作打算 … 我市将重点抓好以下工作：一是…): words that name the whole section, none of its items."""
    runs = item_runs(text[rng[0]:rng[1]])
    first = min((r[0][0] for r in runs), default=None)
    if first is None:
        return ()
    lead = text[rng[0]:rng[0] + first]
    return tuple(w for w in words if coverage((w,), lead)[0] >= 1.0)


def _plan_spans(text: str, sub: tuple[int, int]) -> list[tuple[int, int]]:
    """The key sentences of one plan (:func:`cued_item`): under a heading, its body (:func:`key_spans`); an
    enumerated item's body without its title (:func:`rag.answer.titled_items.item_body_spans`)."""
    line_start = text.rfind("\n", 0, sub[0]) + 1
    line_end = text.find("\n", sub[0])
    if heading_of(text[line_start:line_end if line_end >= 0 else len(text)]) is not None and sub[0] - line_start <= 4:
        return key_spans(text, *sub, bodies=True)
    return item_body_spans(text, *sub)


def _paragraph_end(text: str, start: int, end: int) -> int:
    """The end of the paragraph opening at ``start``: the first line (up to ``end``) that closes a sentence
    (a hard-wrapped line ends mid-sentence and goes on in the next)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = nl if nl >= 0 else end
        if text[pos:line_end].rstrip().endswith(("。", "！", "!", "？", "?", "；", ";")):
            return line_end
        pos = line_end + 1
    return end


def _summary_draft(ask: Ask, top: Sent, spans: Sequence[tuple[int, int]]) -> Draft:
    """The key sentences, one per line, each cited.  No short answer: a summary's points are the
    sentences themselves (a clause cut from each would misstate them)."""
    return Draft(compose("", [top.at(s, e) for s, e in spans]), "", (), "summary")


_ASPECTS_RE = re.compile(r"[:：]\s*([^:：?？。]+)[?？。]?\s*$")  # …dealt with disputes: reconsideration, lawsuits and mediation


def asked_aspects(ask: Ask) -> tuple[str, ...]:
    """The question's terms that name the aspects it lists after a colon (``…: reconsideration, lawsuits and
    mediation`` -> 复议, 诉讼|应诉, 调解); () when it lists fewer than two."""
    m = _ASPECTS_RE.search(ask.question)
    if m is None:
        return ()
    if ask.lang == "en":
        from ..text.glossary import english_terms

        named = english_terms(m.group(1))
    else:
        from .terms import content_terms

        named = content_terms(m.group(1))
    found = tuple(t for t in ask.terms if t in named)
    return found if len(found) >= 2 else ()


def aspects_range(text: str, aspects: Sequence[str]) -> tuple[int, int] | None:
    """The smallest section (any level) of ``text`` that states every one of ``aspects``: the part of the report
    whose items are the listed aspects (7.化解矛盾纠纷 over （1）行政复议 （2）行政应诉 （3）人民调解); None if none does."""
    heads = list(outline(text))
    kinds = [_label_kind(text[s:e]) for _, s, e in heads]
    best = None
    for i, (lvl, s, _) in enumerate(heads):  # 7.… then （1）… at one level: the （1） labels are its items
        end = next((h[1] for j, h in enumerate(heads[i + 1:], i + 1) if h[0] < lvl or h[0] == lvl and kinds[j] == kinds[i]),
                   len(text))
        if all(coverage((a,), text[s:end])[0] >= 1.0 for a in aspects) and (best is None or end - s < best[1] - best[0]):
            best = (s, end)
    return best


_LABEL_KINDS = (re.compile(r"[一二三四五六七八九十]+[、.．]"), re.compile(r"[（(][一二三四五六七八九十]+[)）]"),
                re.compile(r"\d+[、.．]"), re.compile(r"[（(]\d+[)）]"), re.compile(r"[①-⑳]"))


def _label_kind(heading: str) -> int:
    """Which kind of label a heading opens with (一、 （一） 1. （1） ①), len(_LABEL_KINDS) for another."""
    return next((i for i, rx in enumerate(_LABEL_KINDS) if rx.match(heading.strip())), len(_LABEL_KINDS))


def summary(ask: Ask, sents: Sequence[Sent]) -> Draft:
    """The summary (:func:`_summary`) of the asked place: asked about a part of the report's place (鼓楼区 in
    福州市's report), only its sentences naming that part; none (the report says nothing of it alone) when
    no sentence does -- the parent's own shortcomings or plans are not the part's."""
    return _of_part(ask, _summary(ask, sents))


def _of_part(ask: Ask, draft: Draft) -> Draft:
    """``draft``'s quotes naming the asked part of the report's place (:func:`rag.answer.evidence.names_part`)."""
    if not ask.within:
        return draft
    kept = [seg for seg in draft.segments if seg.refs and names_part(ask, seg.text)]
    if kept and kept[0].text.startswith("\n"):
        kept[0] = replace(kept[0], text=kept[0].text[1:])
    return replace(draft, segments=tuple(kept))


def _summary(ask: Ask, sents: Sequence[Sent]) -> Draft:
    order = facts_first(ranked(sents, ask), ask.question, NEAR_BEST, ask.years, headings=False)  # deeds before plans
    if not order:
        return Draft((), "", (), "summary")
    top = order[0][1]
    doc = top.doc
    aspects = asked_aspects(ask)
    listed = aspects_range(doc.text, aspects) if aspects else None
    if listed is not None:  # the aspects the question lists: the section whose items they are
        spans = _budget(key_spans(doc.text, *listed, bodies=True))
        if spans:
            return _summary_draft(ask, top, spans)
    rng = cued_range(doc.text, ask.question, top.start)
    overall = bool(_OVERALL_RE.search(fold(ask.question)))
    whole = bool(_WHOLE_RE.search(fold(ask.question)))  # 总体情况: the report as a whole, not a topic
    topic = None if whole or optional_part(ask.question) else report_topic(ask, doc)  # 在行政复议方面的做法: 行政复议
    if topic == []:  # the report never names the asked topic: none of its sections answers
        return Draft((), "", (), "summary")
    if rng is not None and section_cue(ask.question) is not None and topic:
        topic = [t for t in topic if t not in section_lead_words(doc.text, rng, (t,))]  # 下一年的重点任务: the plans
    if rng is not None and section_cue(ask.question) is not None and not topic:
        sub = cued_item(doc.text, rng, ask)  # 下一步怎么加强基层执法: the one plan that names it, not every plan
        spans = _budget(_plan_spans(doc.text, sub) if sub else key_spans(doc.text, *rng))
    elif optional_part(ask.question):  # the report states no shortcomings (plans, suggestions): nothing answers
        return Draft((), "", (), "summary")
    elif not whole and (found := topic_summary(ask, top) if on_topic(ask, top) else None) is not None:  # its section
        return found
    elif (topical := topic_spans(ask, [s for _, s in order])) and not _WHOLE_RE.search(fold(ask.question)):
        spans = _budget(topical)  # …在领导干部学法述法方面做了哪些工作: the sentences about it
    elif overall and not topic:  # the report as a whole: its opening paragraph
        spans = _budget(lead_spans(doc.text))
    else:  # the topic: the best sentence and the ones after it in its paragraph
        line_end = doc.text.find("\n", top.start)
        spans = _budget([(top.start, top.end)] + [
            x for x in (trim_span(doc.text, s, e) for s, e in split_sentences(
                doc.text[top.end:line_end if line_end > 0 else len(doc.text)], top.end)) if x[1] > x[0]][:FIRST_SENTENCES - 1])
    spans = [sp for sp in spans if sp]
    if not spans:
        return Draft(compose("", [top]), "", (), "summary")
    return _summary_draft(ask, top, spans)


