"""Summaries: the section a question points to, and its key sentences (not its headings).

"存在哪些问题/不足" points to the section whose level-1 heading says 问题/不足/短板,
"下一步打算" to 下一步/计划/打算, "主要成效/举措" to 成效/举措; without a cue the
section holding the best sentence is used.  A report that has no such heading but a
paragraph opening with the cue (``下一步，我市将…``) gets that paragraph.  Key
sentences are the first sentences of the section's enumerated items (一是…, （一）…) -- asked how
(怎么 / 具体 / how), the bodies of items that open with a title, and a topic only an item's title
names is found there (:mod:`rag.answer.titled_items`) -- else the first sentences of its body,
within :data:`MAX_CHARS`.

>>> text = "一、成效\\n做了工作。\\n二、存在的问题\\n一是意识不强。二是力量薄弱，人员不足。\\n"
>>> [text[a:b] for a, b in key_spans(text, *cued_range(text, "有哪些不足"))]
['意识不强。', '力量薄弱，人员不足。']
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from ..chunk.sentences import split_sentences, trim_span, trimmed_sentences
from ..chunk.structure import heading_of
from ..text import lazy_re as re
from ..text.normalize import fold
from .evidence import Ask, Draft, Sent, compose, ranked
from .lists import item_runs, on_topic, opens_section, report_topic, topic_nouns
from .term_coverage import coverage
from .titled_items import item_body_spans, item_key_spans, title_end, titled_topic_items

MAX_CHARS = 700  # a summary quotes at most this many characters of the report
MAX_SENTENCES = 10
FIRST_SENTENCES = 3  # sentences quoted from a section without items
SECTION_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"问题|不足|短板|差距|薄弱|problem|shortcoming|weakness"), re.compile(r"问题|不足|短板|差距|薄弱")),
    (re.compile(r"下一步|计划|打算|安排|下一年|明年|今后|准备|next|plan"
                # what a report says it would do / will focus on / intends: its plans, in English
                r"|\b(?:say|said|says|saying)\b[^?]{0,20}\b(?:would|will|intends?|planned)\b|\bintend(?:s|ed)? to\b"
                r"|\bwould (?:focus|prioriti[sz]e)\b|\bpriorities for\b"),
     re.compile(r"下一步|计划|打算|安排|思路|今后")),
    (re.compile(r"意见建议|建议|suggest|recommend"), re.compile(r"建议")),
    (re.compile(r"成效|举措|做法|进展|成绩|achievement|measure|progress"), re.compile(r"成效|举措|做法|进展|主要工作")),
)

# How a paragraph without a heading states a part a report may lack (问题 / 下一步 / 建议), in the order of
# SECTION_CUES: (it opens with it, its first sentence states it).  Not the bare cue word: 破解…突出问题 or
# 统筹安排 in an account of the year's work names no shortcoming and no plan.
_PARAGRAPH_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"^\s*(?:存在的?(?:主要)?(?:问题|不足|短板|差距)|(?:问题|不足|短板|差距)(?:和|与|及)?(?:问题|不足|短板|差距)?[:：])"),
     re.compile(r"(?:存在|还有|仍有|尚有|还存在|仍存在|面临)[^。；;，,]{0,24}?(?:问题|不足|短板|差距|薄弱|困难)")),
    (re.compile(r"^\s*(?:(?:19|20)\d{2}年[，,]?\s*)?(?:下一步|今后|下一年度?|明年|接下来)"),
     re.compile(r"下一步|今后|下一年度?|明年|接下来")),
    (re.compile(r"^\s*(?:意见)?建议"), re.compile(r"建议")),
)


def optional_part(question: str) -> bool:
    """The question asks for a part a report may not have (its shortcomings, its plans, its suggestions):
    a report without it answers nothing, not its other sections."""
    cue = section_cue(question)
    return cue is not None and any(cue.pattern == h.pattern for _, h in SECTION_CUES[:len(_PARAGRAPH_CUES)])


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


@functools.lru_cache(maxsize=64)
def outline(text: str) -> tuple[tuple[int, int, int], ...]:
    """(level, start, end) of every heading label in ``text``."""
    out = []
    for ls, le in _lines(text):
        h = heading_of(text[ls:le])
        if h is not None:
            s, e = trim_span(text, ls + h.start, ls + h.end)
            if e > s:
                out.append((h.level, s, e))
    return tuple(out)


# Opinions and suggestions a review or a legal adviser produced (书面审核意见和建议, legal review opinions and
# suggestions): work the report counts, not the report's own suggestions part
_WORK_ADVICE_RE = re.compile(r"(?:审核|审查|法律意见|书面|\breview\b|\blegal opinions?\b|\bwritten\b)[^，,。；;？?]{0,16}?(?:意见建议|建议|suggest)",
                             re.IGNORECASE)


def section_cue(question: str) -> re.Pattern[str] | None:
    """The heading pattern of the section kind the question names (问题 / 下一步 / 成效), or None."""
    q = _WORK_ADVICE_RE.sub(" ", fold(question))
    return next((h for qp, h in SECTION_CUES if qp.search(q)), None)


def asks_plans(question: str) -> bool:
    """The question asks for a report's plans for the next year (下一步 / 计划 / 打算 / 准备)."""
    cue = section_cue(question)
    return cue is not None and cue.pattern == SECTION_CUES[1][1].pattern


# a question after a goal or a plan's figure (目标, 力争, 控制在…以内, "target"), not what was done
_TARGET_Q_RE = re.compile(r"目标|指标|力争|控制在|要达到|将达到|预计|\b(?:target|goal|aim|plan)", re.IGNORECASE)


def asks_target(question: str) -> bool:
    """Does the question ask a plan's or a goal's figure (下一步打算, 目标是多少, 力争达到多少)?"""
    return asks_plans(question) or _TARGET_Q_RE.search(fold(question)) is not None


def section_range(text: str, cue: re.Pattern[str] | None, near: int = 0) -> tuple[int, int] | None:
    """The level-1 section whose heading matches ``cue`` (without a cue: the one holding ``near``)."""
    tops = [(s, e) for lvl, s, e in outline(text) if lvl == 1]
    bounds = [(s, tops[i + 1][0] if i + 1 < len(tops) else len(text), e) for i, (s, e) in enumerate(tops)]
    if cue is not None:
        return next(((s, end) for s, end, he in bounds if cue.search(fold(text[s:he]))), None)
    return next(((s, end) for s, end, _ in bounds if s <= near < end), None)


def cued_range(text: str, question: str, near: int = 0) -> tuple[int, int] | None:
    """The section (or, lacking one, the paragraph opening with the cue) the question points to."""
    cue = section_cue(question)
    rng = section_range(text, cue, near)
    if rng is None and cue is not None:  # a paragraph opening with the cue, up to the next section
        kind = next(i for i, (_, h) in enumerate(SECTION_CUES) if h.pattern == cue.pattern)
        opens, states = _PARAGRAPH_CUES[kind] if kind < len(_PARAGRAPH_CUES) else (None, cue)
        start = next((ls for ls, _ in _lines(text) if (opens.search(fold(text[ls:ls + 16])) if opens is not None
                                                       else cue.search(fold(text[ls:ls + 8])))), None)
        if start is not None:
            end = next((s for lvl, s, _ in outline(text) if lvl == 1 and s > start), len(text))
            return start, end
        # else the last paragraph whose first sentence states it (…但与目标相比还有不足，比如…)
        return next(((ls, le) for ls, le in reversed(_lines(text)) if heading_of(text[ls:le]) is None
                     and states.search(fold(text[ls:ls + _first_stop(text, ls, le)]))), None)
    return rng


def _first_stop(text: str, ls: int, le: int) -> int:
    """Length of the line's first sentence."""
    m = re.search(r"[。！!？?]", text[ls:le])
    return m.end() if m else le - ls


def has_cued_section(text: str, question: str) -> bool:
    """True when the question names a kind of section (问题 / 下一步) that ``text`` has."""
    return section_cue(question) is not None and cued_range(text, question) is not None


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
    return _asked_part(text, key, best, *best_at) if len(best) >= TOPIC_MIN_SENTENCES else []


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
    lines = [(a, b) for a, b in _lines(text[:first]) if len(text[a:b].strip()) > 40
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


TOPIC_SHARE = 0.75  # a heading naming the question's topic holds this share of its weighted terms


def topic_range(text: str, ask: Ask) -> tuple[int, int] | None:
    """The section (level 1 or 2) whose heading holds most of the question's terms, if one does."""
    heads = list(outline(text))
    best = None
    for i, (lvl, s, e) in enumerate(heads):
        if lvl > 2:
            continue
        cov = coverage(ask.terms, text[s:e], ask.weights)[0]
        if cov >= TOPIC_SHARE and (best is None or cov > best[0]):
            end = next((h[1] for h in heads[i + 1:] if h[0] <= lvl), len(text))
            best = (cov, s, end)
    return (best[1], best[2]) if best else None


def heading_range(text: str, at: int) -> tuple[int, int] | None:
    """The section (level 1 or 2) whose heading starts at ``at`` (give or take its label), if one does."""
    heads = list(outline(text))
    for i, (lvl, s, _) in enumerate(heads):
        if lvl <= 2 and abs(s - at) <= 4:
            return s, next((h[1] for h in heads[i + 1:] if h[0] <= lvl), len(text))
    return None


def topic_summary(ask: Ask, top: Sent) -> Draft | None:
    """The key sentences of the section whose heading names the question's topic -- the best
    sentence's own section when that sentence is a heading -- or None."""
    rng = heading_range(top.doc.text, top.start) or topic_range(top.doc.text, ask)
    if rng is None:
        items = titled_topic_items(ask, top.doc)
        spans = _budget([sp for a, b in items for sp in item_body_spans(top.doc.text, a, b)])
        return _summary_draft(ask, top, spans) if spans else None
    spans = _budget(key_spans(top.doc.text, *rng, bodies=asks_manner(ask.question)))
    return _summary_draft(ask, top, spans) if spans else None


# How a question asks what was done, in deed (怎么落实的 / 具体做了什么 / how did): the items' bodies answer it,
# not their titles (哪几方面 asks for the aspects: the titles name them).
_MANNER_RE = re.compile(r"怎么|怎样|如何|具体|\bhow\b(?!\s+(?:many|much|long|often|far)\b)")


def asks_manner(question: str) -> bool:
    """The question asks how something was done (怎么 / 如何 / 具体 / how), not which aspects."""
    return bool(_MANNER_RE.search(fold(question)))


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
    said = tuple(t for t in topic_nouns(ask) if coverage((t,), section, folded=True)[0] >= 1.0  # not 法治政府, 建设
                 and not (cue is not None and cue.search(t)))
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


def summary(ask: Ask, sents: Sequence[Sent]) -> Draft:
    order = ranked(sents, ask)
    if not order:
        return Draft((), "", (), "summary")
    top = order[0][1]
    doc = top.doc
    rng = cued_range(doc.text, ask.question, top.start)
    overall = bool(_OVERALL_RE.search(fold(ask.question)))
    whole = bool(_WHOLE_RE.search(fold(ask.question)))  # 总体情况: the report as a whole, not a topic
    topic = None if whole or optional_part(ask.question) else report_topic(ask, doc)  # 在行政复议方面的做法: 行政复议
    if topic == []:  # the report never names the asked topic: none of its sections answers
        return Draft((), "", (), "summary")
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


def in_plans(sent: Sent) -> bool:
    """Does ``sent`` stand in its report's plans section (``七、2020年工作打算``, ``四、下一步工作思路``)?  What
    it says is intended for the next year, not done in the year reported."""
    top = fold(sent.chunk.section.split(">")[0])  # 今後打算: Traditional headings too
    return bool(SECTION_CUES[1][1].search(top))


def facts_first(order: Sequence[tuple[float, Sent]], question: str, near: float,
                years: Sequence[int] = ()) -> list[tuple[float, Sent]]:
    """``order`` (best first) with a plans sentence at its head moved behind the best sentence of the year's
    account scoring at least ``near`` of it, unless the question asks for plans or for a year after the
    report's (``years``): asked whether it happened (败诉案件比上年多吗, 条例通过了吗), the year's account
    answers, not the next year's intentions.  A heading at the head (（三）深化示范创建) gives way alike: it
    names a topic, it claims nothing."""
    plans = not asks_plans(question) and not any(y > (order[0][1].doc.year or y) for y in years) if order else False
    if not order or not ((plans and in_plans(order[0][1])) or opens_section(order[0][1])):  # a heading claims nothing
        return list(order)
    top = order[0][0]
    i = next((k for k, (score, s) in enumerate(order[1:8], 1) if score >= near * top
              and not (plans and in_plans(s)) and not opens_section(s)), None)
    return list(order) if i is None else [order[i], *order[:i], *order[i + 1:]]
