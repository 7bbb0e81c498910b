"""Figure, date and name answers: the span of the best sentence that answers, and nothing else.

The short answer is a substring of a cited sentence (``59.46%``, ``2019年6月``,
``《…实施方案》``).  A figure must sit in a sentence that holds what the question
counts (:attr:`Ask.measured`): asked for 人民调解员, a sentence about 法律顾问 does
not answer, whatever its figure.  A "什么X / 哪个X" question is answered by the
phrase of the sentence that ends with X (``什么实施方案`` -> ``《…实施方案》``,
``哪个领域`` -> ``交通运输领域``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold, fold_chars
from .asked_measure import bare_counts, measure_anchors, quoted_counts
from .evidence import Ask, Draft, Sent, base_score, compose, ranked, say
from .figure_fit import (
    APPROX_Q_RE,
    clause_bounds,
    clause_covered,
    names_change,
    pick_span,
    unit_fit,
)
from .figure_fit import span_score as figure_score
from .figure_scope import act_spans, question_acts
from .figure_years import figure_years, other_year_figure
from .figures import (
    date_spans,
    number_spans,
    ordinal_spans,
    org_spans,
    person_spans,
    title_spans,
)
from .kinds import asked_entity, person_name_like
from .list_items import aside_excluded, set_aside
from .measure_qualifiers import held_lapsed
from .named_documents import about_other_document, asked_document
from .names import name_fns, name_preference
from .other_measure import other_measure
from .persons import asked_title, asks_other_posts, asks_person, titled_persons
from .qtypes import DOC_NAME_Q, RANK_Q_RE
from .regions import forms
from .respective import respective_span
from .sections import asks_target, in_plans
from .stages import event_dates, in_criterion
from .table_rows import row_prose, table_lead, total_row_asked

TOTAL_ROW_BONUS = 0.5  # the rows added up are asked: the total row, which names none of them, answers
from .term_coverage import coverage, stated_via, whole_forms

STRICT_KINDS = ("number", "date")  # kinds that abstain when no span sits next to the asked terms
MEASURED_SHARE = 0.5  # share of a measured word (its parts) a sentence must hold
# Share of the question's weighted terms the answering sentence (with its section and the sentence before
# it) must hold: a figure, date or name from a sentence about something else does not answer.  Calibrated
# on evals/dev.jsonl (lowest answered item 0.21; another report's sentences for the same questions mostly
# below 0.15), checked on evals/dev_corpus.jsonl (lowest 0.36).
SENTENCE_FLOOR = 0.15
_ORG_Q_RE = re.compile(r"单位|部门|机构|机关|组织|主办方|承办方|举办方|牵头方|主办者|unit|department|agency|organi[sz]ation|office|body"
                       r"|\borgani[sz]er\b|\bhost\b")  # 主办方是谁: the body that ran it
_HEAD_Q_RE = re.compile(r"(?:什么|哪个|哪一个|哪一|哪种|哪类|哪项|哪部|哪份|哪家|哪|何种)(?P<head>[\u4e00-\u9fff]{1,6}?)(?:[？?呢]|$|是|叫|的|名)")
_TITLE_Q = r"(?:什么|哪)[^？?]{0,6}(?:方案|清单|规定|办法|条例|意见|规划|通知|决定|细则)|哪本|哪部|什么书|题目|标题|名称|叫什么"
_NAMED_Q_RE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:叫什么|叫做什么|是什么|的名称是什么|的名字是什么)")  # 驻村工作叫什么
# "who" with a verb a body does and no person's noun or title: the answer may be an organisation
_BODY_WHO_RE = re.compile(r"^\s*who\s+(?:organi[sz]ed|hosted|sponsored|ran|conducted|carried out|launched|issued|released|"
                          r"published|compiled|evaluated|assessed|rated|ranked|awarded|commended|praised|approved)\b", re.IGNORECASE)
_OLD_VALUE_Q_RE = re.compile(r"原来|原先|此前|之前|以前|改革前|\bbefore\b|\bpreviously\b|\boriginally\b", re.IGNORECASE)
_PHRASE_STOP_RE = re.compile(r"[，,；;。：:、！!？?（(）)\s]|(?<=[了对在把将为于向])")


def spans_fn(ask: Ask) -> Callable[[str], list] | None:
    kind = ask.qtype.kind
    if kind == "number" and RANK_Q_RE.search(fold(ask.question)):
        return ordinal_spans
    if kind in ("number", "compare"):
        return number_spans
    if kind == "date":
        need = _date_grain(fold(ask.question))
        return (lambda s: [sp for sp in date_spans(s) if _grain(s[sp[0]:sp[1]]) >= need]) if need else date_spans
    if kind == "name":
        q = classifier_noun(fold(ask.question))
        if re.search(DOC_NAME_Q, q):
            return title_spans
        head = _ASKED_HEAD_RE.search(q)
        if _ORG_Q_RE.search(head.group(1) if head else q):  # 各部门…在哪个公众号: the asked head decides
            return org_spans
        if head and not asks_person(q):
            rest = _name_fallback(q)
            return lambda s: quoted_head_spans(s, head.group(1)) or rest(s)
        if asks_person(q):
            title = asked_title(ask.question)
            return (lambda s: titled_persons(s, title)) if title else person_spans
        return _name_fallback(q)
    return None


_BARE_WHICH_RE = re.compile(r"哪一?([项个份部条家种类位])(?=[？?呢]?$)")
_COUNTED_NOUN = r"(?:[一二三四五六七八九十两几多\d]+|各|每){cls}([\u4e00-\u9fff]{{2,4}}?)(?=[里中内的，,当之])"


def classifier_noun(q: str) -> str:
    """``…印发的五项规定里,是哪一项?`` -> ``…是哪项规定?``: a bare ``哪一项`` asks for one of the
    things the question counted with that measure word earlier; the question unchanged otherwise."""
    m = _BARE_WHICH_RE.search(q)
    counted = [*re.finditer(_COUNTED_NOUN.format(cls=m.group(1)), q[:m.start()])][-1:] if m else []
    counted = counted[0] if counted else None  # the nearest: 三项制度印发的五项规定里 -> 规定
    if counted:
        return q[:m.start()] + "哪" + m.group(1) + counted.group(1) + q[m.end():]
    subject = _SUBJECT_IS_RE.search(_ASIDE_RE.sub("", q[:m.start()])) if m else None
    if subject:  # 新出台的省政府规章(不算修改的)是哪一部 -> 是哪部规章: the noun the 是 is said of
        return q[:m.start()] + "哪" + m.group(1) + subject.group(1) + q[m.end():]
    return q


_ASIDE_RE = re.compile(r"[（(][^（()）]{0,20}[)）]")  # a parenthetical aside: (不算修改的)
_SUBJECT_IS_RE = re.compile(r"的([\u4e00-\u9fff]{0,4}?(?:条例|办法|规定|意见|方案|纲要|通知|规划|决定|细则|规则|法规|规章|文件))(?:是|为)$")


def _name_fallback(q: str) -> Callable[[str], list]:
    if re.search(_TITLE_Q, q):
        return lambda s: title_spans(s) or head_spans(s, q)
    if _PLACE_Q_RE.search(q):
        return place_spans
    return lambda s: head_spans(s, q) or quoted_spans(s)


# The noun a 哪个X / 什么X question asks for, up to a locative or function word: 哪个微信公众号上 -> 微信公众号
_ASKED_HEAD_RE = re.compile(r"(?:什么|哪个|哪一个|哪种|哪类|哪家|哪)([\u4e00-\u9fff]{2,6}?)(?=[上里中内的是叫名在把对？?呢，,]|$)")


def quoted_head_spans(sentence: str, head: str) -> list[tuple[int, int, str]]:
    """The quoted name written right before the asked noun: “法治某县”微信公众号 for 哪个微信公众号,
    “某某”品牌 for 什么品牌 (the name, with its quotes)."""
    s = fold_chars(sentence)
    tail = head[-2:]
    return [(m.start(), m.end(), "") for m in _QUOTED_RE.finditer(s) if s[m.end():m.end() + len(head)].endswith(tail)
            and tail in s[m.end():m.end() + len(head)]]


_FISCAL_Q_RE = re.compile(r"哪(?:一|个)?年度|什么年度|\bwhich (?:fiscal |reporting )?year'?s\b")
_FISCAL_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}年度")
_DAY_Q_RE = re.compile(r"哪天|哪一天|哪几天|哪几日|几号|哪日|几月几日|日期|\b(?:what|which) (?:exact )?(?:dates?|days?)\b", re.IGNORECASE)
_MONTH_Q_RE = re.compile(r"哪个月|哪一个月|哪几个?月|几月|什么时候|甚么时候|何时|\bwhen\b|\b(?:which|what) months?\b", re.IGNORECASE)


def _date_grain(q: str) -> int:
    """The least precision a date answer needs: 2 a day (哪天), 1 a month (哪个月, 何时), 0 any."""
    return 2 if _DAY_Q_RE.search(q) else 1 if _MONTH_Q_RE.search(q) else 0


_PART_OF_YEAR_RE = re.compile(r"年(?:底|初|末|中)|\d年(?:底|初|末)|半年|季度")  # 2025年底, 上半年: finer than the year


def _grain(date: str) -> int:
    return 2 if re.search(r"日|\d[-/.]\d{1,2}[-/.]\d", date) else 1 if "月" in date or re.search(r"\d[-/.]\d", date) \
        or _PART_OF_YEAR_RE.search(date) else 0


_PLACE_Q_RE = re.compile(r"哪(?:个|一个|座|些)?(?:城市|地方|地区|县|市|区|省|州)(?![级直属])|哪里|哪儿")  # 哪个省级系统: a system, not a province
_QUOTED_RE = re.compile(r"[“\"「][^“”\"「」]{2,30}[”\"」]")


def place_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Place names (jieba tag ``ns``): the answer to 哪座城市/哪个县."""
    from .terms import pos_tokens

    out, pos = [], 0
    for word, flag in pos_tokens(sentence):
        if flag == "ns" and len(word) >= 2:
            out.append((pos, pos + len(word), ""))
        pos += len(word)
    return out


def quoted_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Quoted names with the noun right after them (“访惠聚”驻村工作), up to the clause end."""
    s = fold_chars(sentence)
    out = []
    for m in _QUOTED_RE.finditer(s):
        _, cb = clause_bounds(s, m.end() - 1)
        tail = re.match(r"[\u4e00-\u9fff]{0,6}", s[m.end():cb]).group(0)
        tail = re.split(r"[的了在和与及为是]", tail)[0]
        out.append((m.start(), m.end() + len(tail), ""))
    return out


def _name_asked(q: str) -> bool:
    """The question asks for a person's name (县委书记叫什么名字, the name of the governor, 市长是谁)."""
    return bool(asked_title(q) or re.search(r"名字|姓名|\bname of\b", q)
                or re.search(r"\bwho (?:is|was) (?:the |its )?[^?]{0,30}?\b(?:secretary|minister|director|chair(?:man|woman)?)\b", q))


def head_spans(sentence: str, folded_question: str) -> list[tuple[int, int, str]]:
    """Phrases of ``sentence`` ending with the noun a 什么X/哪个X question asks about (X), reaching
    back to the clause start or a function word: ``交通运输领域``, ``“1+1+N”的并联审批模式``."""
    m = _HEAD_Q_RE.search(folded_question)
    named = _NAMED_Q_RE.search(folded_question)
    if m is None and named is None:
        return []
    raw = m.group("head") if m is not None else named.group(1)
    head = raw[-2:] if len(raw) >= 2 else raw
    s = fold_chars(sentence)
    out = []
    for hm in re.finditer(re.escape(head), s):
        b = hm.end()
        ca, _ = clause_bounds(s, hm.start())
        a = max(ca, hm.start() - 16)
        stops = [x.end() for x in _PHRASE_STOP_RE.finditer(s, a, hm.start())]
        a = max([a, *stops])
        a = after_lead_verb(s, a, hm.start())
        opened = max(s.rfind(q, a, hm.start()) for q in "“「")
        if opened >= 0 and not any(c in s[opened:hm.start()] for c in "”」"):  # 建成世界“小商品之都”: the quoted name whole
            a, b = opened, b + (s[b:b + 1] in "”」")
        closed = min((i for i in (s.find(q, a, hm.start()) for q in "”」") if i >= 0), default=-1)
        if closed >= 0 and not any(c in s[a:closed] for c in "“「"):  # 围绕“…,…”的总要求: back to where the quote opens
            opening = max(s.rfind(q, 0, a) for q in "“「")
            a = opening if opening >= 0 else a
        titled = s.rfind("《", a, hm.start())
        if titled >= 0 and "》" not in s[titled:b + 1]:  # 《某市交通运输领域行政执法…方案》 asked 哪个领域: not its 《
            a = titled + 1
        if hm.start() > a:
            out.append((a, b, ""))
    return out


# an enumerator (三是) and a leading verb are not part of the phrase they introduce (no ^: match() anchors at a)
_LEAD_VERB_RE = re.compile(r"(?:[一二三四五六七八九十]+是)?(?:(?:全面|深入|持续|积极|大力|进一步)?"
                           r"(?:实行|推行|采用|实施|开展|建立|健全|完善|构建|印发|出台|成立|设立|针对|围绕|聚焦|作为|推进|加强|深化|打造|搭建|开通|启用|是|为|对|在))?")


def after_lead_verb(s: str, a: int, head_start: int) -> int:
    """Where a phrase starting at ``a`` begins after its enumerator and leading verb (三是推进政务热线 -> 政务热线)."""
    m = _LEAD_VERB_RE.match(s, a, head_start)
    return m.end() if m else a


def measured_ok(ask: Ask, text: str, figure: str | None = None) -> bool:
    """The text holds every word of what the question counts (or most of a compound's parts); a
    noun ending in its own measure word (案件 -> 件; a user's 案子, written 案件: :func:`whole_forms`) is also stated
    by a figure in that unit: the answer ``figure`` where it counts in a measure word (9个征收项目 counts no 案件 because
    the sentence before it holds 705件; a rate, 纠错率25.8%, is a share of the cases its text counts)."""
    own = {u for _, _, u in number_spans(figure)} if figure is not None else set()
    units = own if own - {"", "%", "‰"} else {u for _, _, u in number_spans(text)}
    return all(coverage((w,), text, ask.weights)[0] >= MEASURED_SHARE or any(f[-1] in units for f in whole_forms(w))
               or stated_via(w, ask.terms, fold(text)) for w in ask.measured)


def echoes_question(name: str, terms: Sequence[str], regions: Sequence[str] = ()) -> bool:
    """Is ``name`` the question's own subject (重庆市司法局 asked "what did Chongqing's justice bureau
    perform"): what is left of it without the question's terms and the places (``regions``, every form)
    is under two Chinese characters."""
    own = fold(name)
    if own[:1] in "《“\"「":  # a title or a quoted name is a name of its own (全称: all the question's words)
        return False
    rest = own
    for word in sorted((a for t in terms for a in alternatives(t)), key=len, reverse=True):
        rest = rest.replace(word, "")
    if rest == own:  # none of the question's words: a name of its own (“赣州通”)
        return False
    for f in sorted((f for r in regions if r for f in forms(r)), key=len, reverse=True):
        rest = rest.replace(f, "")
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2


def span_score(sent: Sent, ask: Ask, fn) -> tuple[float, tuple[int, int] | None]:
    """(sentence score, best answer span in sentence offsets or None)."""
    if ask.qtype.kind == "number" and in_plans(sent) and not asks_target(ask.question) \
            and not any(y > (sent.doc.year or y) for y in ask.years):  # a plan's target is no figure of what was done
        return base_score(sent, ask) - 0.5, None
    row = row_prose(sent.doc.text, sent.start, sent.end, figure_years(ask.question, ask.years) or ((sent.doc.year,) if sent.doc.year else ()),
                    lambda name: coverage(ask.terms, name, ask.weights)[0]) \
        if fn is number_spans else None  # a table row: its asked year's (or asked column's) figure, read as prose (纠错39件)
    text = row.text if row is not None else sent.text
    base = base_score(sent, ask, None if row is None else table_lead(sent.doc.text, sent.start) + text)
    base += TOTAL_ROW_BONUS if row is not None and total_row_asked(sent.doc.text, sent.start, fold(ask.question)) else 0.0
    folded = fold_chars(text)
    q_terms = set(ask.terms)
    found = tuple(fn(text))  # (pure: read once, used below for the spans, the paired span and the figures)
    aside = aside_excluded(ask.question) if ask.qtype.kind == "name" else ""  # (不算修改的): no modified one answers
    spans = [sp for sp in found if fold(text[sp[0]:sp[1]]) not in q_terms and not (aside and set_aside(text, sp[0], aside))
             and not (ask.qtype.kind == "name" and echoes_question(text[sp[0]:sp[1]], ask.terms,
                                                                 (*ask.regions, sent.doc.region)))
             and (not ask.terms or clause_covered(folded, sp[0], ask.terms, ask.weights))
             and unit_fit(ask.qtype.unit, sp[2]) > -1.0  # asked for a rate, a count of cases does not answer
             and not (fn is number_spans and ask.qtype.unit and not sp[2] and row is None)]  # asked 多少件: a bare 12 is
    # no count (a table cell is: its row and column name what it counts)
    spans = event_dates(ask.question, text, spans) if ask.qtype.kind == "date" else spans  # 从哪天起实行: that stage's date
    anchors = measure_anchors(ask.question, ask.terms) if ask.qtype.kind in ("number", "compare") else ("", "")
    want_from = bool(_OLD_VALUE_Q_RE.search(fold(ask.question)))
    if want_from and names_change(anchors[0]):  # before they were cut: the cut's verb leads to the value reached, not the old one
        anchors = ("", anchors[1])
    if ask.qtype.kind == "compare" and len(ask.measured) == 1 and anchors[1] not in ask.terms:  # 哪个数量更多 names no
        anchors = (anchors[0], ask.measured[0])  # noun: the one this side counts (compare.figures_by_report) is it
    if fn is number_spans and ask.qtype.kind == "number" and row is None:  # 收到46件,受理41件: the asked verb's clause
        spans = act_spans(folded, spans, question_acts(ask, anchors[0]), ask.qtype.unit, ask.measured)
    if fn is number_spans and ask.qtype.kind == "number" and anchors[1]:  # 几个部委: 六部委 counts them, no measure word
        bare = [(a, b, ask.qtype.unit) for a, b, _ in bare_counts(text, anchors[1])]
        spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b, _ in bare)] + bare
    quoted = quoted_counts(ask.question, text) if fn is number_spans and ask.qtype.kind == "number" else []
    if quoted:  # asked “多少证合一”: the report’s “五证合一” is the figure (a quoted name’s figure counts nowhere else)
        spans = [(a, b, ask.qtype.unit) for a, b, _ in quoted]
    paired = respective_span(text, found, ask.terms, ask.weights) if ask.qtype.kind in STRICT_KINDS else None
    if paired is not None:  # 3月和6月,分别完成《甲》《乙》: asked about 乙, its value is 6月 whatever lies nearer
        spans = [paired]
    years = ask.years or ((sent.doc.year,) if sent.doc.year else ())
    prev_year = bool(sent.doc.year) and (sent.doc.year - 1) in ask.years
    if ask.qtype.kind == "name":
        best = _best_name(text, spans, ask, years)
    else:
        figures = (found if fn is number_spans else tuple(number_spans(text))) if ask.qtype.kind in ("number", "compare") else ()
        best = pick_span(text, spans, ask.terms, ask.weights, ask.qtype.unit, years, anchors, prev_year,
                         figures, want_from,
                         bool(figures) and bool(APPROX_Q_RE.search(fold(ask.question))))
    if best is None or row is not None and best[0] < row.at:  # a row's figure is its cell, never a number of its label
        return base - 0.5, None
    span = (row.start, row.end) if row is not None else (best[0], best[1])
    return base + 0.3 + 0.5 * max(best[2], -1.0), span


def _best_name(text: str, spans, ask: Ask, years) -> tuple[int, int, float] | None:
    """The best name span: its place in the sentence (:func:`rag.answer.figures.span_score`) plus
    what it shares with the question (:func:`rag.answer.names.name_preference`)."""
    best = None
    for sp in spans:
        sc = figure_score(text, sp, ask.terms, ask.weights, "", years) + name_preference(text, sp, ask.terms, ask.weights)
        if best is None or sc > best[2]:
            best = (sp[0], sp[1], sc)
    return best


def ranked_spans(sents: Sequence[Sent], ask: Ask, fn) -> list[tuple[float, Sent, tuple[int, int] | None]]:
    scored = [(*span_score(s, ask, fn), s) for s in sents]
    scored.sort(key=lambda x: (-x[0], x[2].rank, x[2].start))
    return [(sc, s, sp) for sc, sp, s in scored]


def best_span(sents: Sequence[Sent], ask: Ask, fn=None) -> tuple[Sent, str] | None:
    """The best sentence holding an answer span (and what is measured), with that span's text."""
    fn = fn or spans_fn(ask)
    if fn is None:
        return None
    return best_ranked(ranked_spans(sents, ask, fn), ask, fn)


def best_ranked(order: Sequence[tuple[float, Sent, tuple[int, int] | None]], ask: Ask, fn) -> tuple[Sent, str] | None:
    """:func:`best_span` over ``order`` from :func:`ranked_spans` (same ``ask``, ``fn``): a subset's ranking is that
    ranking with the others left out (each sentence scored alone, sorted stably), so subsets need no re-scoring."""
    named = asked_document(ask.question, ask.terms) if ask.qtype.kind in STRICT_KINDS else None  # 某某条例何时施行
    first = None  # the best-ranked answer whose counted work the section or the sentence before names (开展…清理。……保留43件)
    for _, s, sp in order:
        context = s.chunk.section + "\n" + lead_in(s) + s.text
        if sp is None or not measured_ok(ask, context, s.text[sp[0]:sp[1]]) or coverage(ask.terms, context, ask.weights)[0] < SENTENCE_FLOOR \
                or _counts_other(ask, s, sp) or about_other_document(s.text, named) \
                or (ask.qtype.kind == "number" and other_year_figure(s.text, sp[0], ask.years, s.doc.year)) \
                or (fn is number_spans and in_criterion(s.text, sp[0])):  # 低于90%的单位: a rule's criterion
            continue
        hit = (s, s.text[sp[0]:sp[1]])
        if not ask.measured:
            return hit
        if measured_ok(ask, table_lead(s.doc.text, s.start) + s.text):  # what is counted stated by the figure's own
            # sentence comes first, unless a better-ranked figure is in the asked measure word and this one is not
            return first if first is not None and _in_asked_unit(ask, first[1]) and not _in_asked_unit(ask, hit[1]) else hit
        first = first or hit
    return first


def _in_asked_unit(ask: Ask, span: str) -> bool:
    """The figure is written in the asked measure word (asked 几件/多少件: ``52件``, not ``28个``), or none is asked: a
    figure in a kindred one (个 for 件, :data:`rag.answer.figure_fit.UNIT_KINDS`) whose own sentence names the counted
    work does not outrank a better-scored figure in the asked one whose work the sentence before names."""
    units = [u for _, _, u in number_spans(span) if u]
    return not ask.qtype.unit or not units or any(unit_fit(ask.qtype.unit, u) >= 1.0 for u in units)


def _counts_other(ask: Ask, s: Sent, sp: tuple[int, int]) -> bool:
    """The figure counts something else than asked though the words are there: a combined figure, or a
    narrower kind of what is asked (:func:`rag.answer.asked_measure.other_measure`)."""
    if ask.qtype.kind != "number" or not ask.measured:
        return False
    a, b = clause_bounds(fold_chars(s.text), sp[0])
    return other_measure(ask.question, ask.terms, ask.measured, s.text[a:b], s.text) \
        or held_lapsed(fold(ask.question), s.text[a:b])  # asked 有执法证的: 执法证件过期人员 are the others


def lead_in(s: Sent) -> str:
    """The sentence before ``s`` in its passage ("" at the passage start): a figure sentence often
    goes on from the one that names the work it counts (开展规范性文件清理。……保留43件); a table row
    goes on from its table's caption and header (:func:`rag.answer.table_rows.table_lead`)."""
    table = table_lead(s.doc.text, s.start)
    if table:
        return table
    before = s.doc.text[max(s.chunk.start, s.start - 200):s.start].rstrip()
    cut = max(before.rfind(c, 0, len(before) - 1) for c in "。！？!?\n")
    return before[cut + 1:] + "\n" if before else ""


def preferred_fns(ask: Ask, sents: Sequence[Sent]) -> list[Callable[[str], list]]:
    """Span finders the question word asks for before the kind's default (:func:`spans_fn`): the
    name shapes of :func:`rag.answer.names.name_fns`; for 哪一年度, years of account (2019年度)."""
    if ask.qtype.kind == "name":
        return name_fns(ask.question, tuple(dict.fromkeys(s.doc.region for s in sents)))
    if ask.qtype.kind == "date" and _FISCAL_Q_RE.search(fold(ask.question)):
        return [lambda s: [(m.start(), m.end(), "") for m in _FISCAL_RE.finditer(fold_chars(s))]]
    return []


def span_answer(ask: Ask, sents: Sequence[Sent]) -> Draft:
    kind = ask.qtype.kind
    found = next((f for fn in preferred_fns(ask, sents) if (f := best_span(sents, ask, fn)) is not None), None)
    person = kind == "name" and asks_person(fold(ask.question))
    if person and found is not None and _name_asked(fold(ask.question)) and not person_name_like(found[1]):
        found = None  # the name of the governor: a quoted term or a phrase is no answer
    entity = kind == "name" and not person and asked_entity(ask.question) is not None
    posts = kind == "name" and asks_other_posts(fold(ask.question))  # 还担任什么职务: titles before that name, or none
    if not entity and not posts:  # an asked kind (which institute) is answered by that kind only: a quote does not answer it
        found = found or best_span(sents, ask)
    if found is None and person and _BODY_WHO_RE.search(ask.question):  # who organised the assessment: a body answers too
        found = best_span(sents, ask, org_spans)
    if found is None and (kind in STRICT_KINDS or person or entity or posts):  # no figure/date/person/kind next to what is asked
        return Draft((), "", (), kind)
    if found is None:
        near = best_sentences(ask, sents)
        if not _near_enough(ask, near):  # a page's 浏览次数 line or a sentence about something else: nothing to show
            return Draft((), "", (), kind)
        flag = say(ask, "报告片段中未找到所问的具体内容，以下为最相关的原文", "No exact figure, date or name found; the most relevant sentences follow")
        return Draft(near.segments, "", (flag,), kind)
    s, short = found
    return Draft(compose(short, [s]), short, (), kind)


def _near_enough(ask: Ask, draft: Draft) -> bool:
    """A sentence shown instead of an answer holds :data:`SENTENCE_FLOOR` of the question."""
    return any(coverage(ask.terms, seg.text, ask.weights)[0] >= SENTENCE_FLOOR for seg in draft.segments)


def best_sentences(ask: Ask, sents: Sequence[Sent]) -> Draft:
    """The best sentence, and a second one close to it in score."""
    order = ranked(sents, ask)
    if not order:
        return Draft((), "", (), "other")
    picked = [order[0][1]]
    for sc, s in order[1:3]:
        if sc >= 0.8 * order[0][0] and sc > 0 and s.start != picked[0].start:
            picked.append(s)
            break
    picked.sort(key=lambda s: (s.doc.doc_id, s.start))
    return Draft(compose("", picked), "", (), "other")
