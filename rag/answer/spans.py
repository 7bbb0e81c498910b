"""Figure, date and name answers: the span of the best sentence that answers, and nothing else.

The short answer is a substring of a cited sentence (``59.46%``, ``2019年6月``,
``《…实施方案》``).  A figure must sit in a sentence that holds what the question
counts (:attr:`Ask.measured`): asked for 人民调解员, a sentence about 法律顾问 does
not answer, whatever its figure.  A "什么X / 哪个X" question is answered by the
phrase of the sentence that ends with X (``什么实施方案`` -> ``《…实施方案》``,
``哪个领域`` -> ``交通运输领域``).  Which spans a sentence offers, by what is asked:
:mod:`rag.answer.span_finders`.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold, fold_chars
from .antecedents import with_antecedents
from .asked_measure import asked_qualifiers, measure_anchors
from .asked_subject import (
    asked_parts,
    asks_itself,
    names_itself,
    restrict,
    towns_in_pinyin,
)
from .breakdowns import part_spans, qualified_spans
from .counts_in_text import bare_counts, quoted_counts
from .drafts import Draft, compose, say
from .evidence import Ask, Sent, base_score, ranked
from .figure_fit import (
    APPROX_Q_RE,
    asks_change_amount,
    change_figures,
    change_only,
    clause_bounds,
    clause_covered,
    names_change,
    pick_span,
    unit_fit,
)
from .figure_fit import span_score as figure_score
from .figure_scope import act_spans, clause_states, question_acts
from .figure_years import figure_years, figures_own_years, other_year_figure
from .figures import number_spans, org_spans
from .kinds import asked_entity
from .list_asks import aside_excluded
from .list_items import set_aside
from .measure_qualifiers import held_lapsed
from .named_documents import about_other_document, asked_document
from .names import name_preference
from .other_measure import other_measure
from .person_names import person_name_like
from .persons import asked_title, asks_other_posts, asks_person
from .pos_tags import pos_flag
from .regions import forms
from .respective import respective_span
from .sections import asks_target, in_plans
from .span_finders import preferred_fns, spans_fn
from .stages import event_dates, in_criterion
from .table_rows import RowProse, row_prose, table_lead, total_row_asked
from .term_coverage import coverage, stated_via, whole_forms

TOTAL_ROW_BONUS = 0.5  # the rows added up are asked: the total row, which names none of them, answers

# a body of staff, said as a whole (执法队伍有几个人): a figure in persons counts its members, however the report names them
# (各区执法力量如下:甲区97名)
STAFF_BODIES = frozenset(("队伍", "团队", "班子", "力量", "队"))
PERSON_UNITS = frozenset(("人", "名", "位", "余人", "万人"))
STRICT_KINDS = ("number", "date")  # kinds that abstain when no span sits next to the asked terms
MEASURED_SHARE = 0.5  # share of a measured word (its parts) a sentence must hold
# Share of the question's weighted terms the answering sentence (with its section and the sentence before
# it) must hold: a figure, date or name from a sentence about something else does not answer.  Calibrated
# on evals/dev.jsonl (lowest answered item 0.21; another report's sentences for the same questions mostly
# below 0.15), checked on evals/dev_corpus.jsonl (lowest 0.36).
SENTENCE_FLOOR = 0.15
# "who" with a verb a body does and no person's noun or title: the answer may be an organisation
_BODY_WHO_RE = re.compile(r"^\s*who\s+(?:organi[sz]ed|hosted|sponsored|ran|conducted|carried out|launched|issued|released|"
                          r"published|compiled|evaluated|assessed|rated|ranked|awarded|commended|praised|approved)\b", re.IGNORECASE)
_OLD_VALUE_Q_RE = re.compile(r"原来|原先|此前|之前|以前|改革前|\bbefore\b|\bpreviously\b|\boriginally\b", re.IGNORECASE)




def _name_asked(q: str) -> bool:
    """The question asks for a person's name (县委书记叫什么名字, the name of the governor, 市长是谁)."""
    return bool(asked_title(q) or re.search(r"名字|姓名|\bname of\b", q)
                or re.search(r"\bwho (?:is|was) (?:the |its )?[^?]{0,30}?\b(?:secretary|minister|director|chair(?:man|woman)?)\b", q))




def measured_ok(ask: Ask, text: str, figure: str | None = None) -> bool:
    """The text holds every word of what the question counts (or most of a compound's parts); a
    noun ending in its own measure word (案件 -> 件; a user's 案子, written 案件: :func:`whole_forms`) is also stated
    by a figure in that unit: the answer ``figure`` where it counts in a measure word (9个征收项目 counts no 案件 because
    the sentence before it holds 705件; a rate, 纠错率25.8%, is a share of the cases its text counts); a body of staff
    (:data:`STAFF_BODIES`) asked in persons is stated by an answer ``figure`` in persons."""
    own = {u for _, _, u in number_spans(figure)} if figure is not None else set()
    units = own if own - {"", "%", "‰"} else {u for _, _, u in number_spans(text)}
    people = bool(own & PERSON_UNITS) and ask.qtype.unit in PERSON_UNITS  # 执法队伍有几个人: 97名 counts its members
    return all(coverage((w,), text, ask.weights)[0] >= MEASURED_SHARE or any(f[-1] in units for f in whole_forms(w))
               or (people and w in STAFF_BODIES)
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
    row = asked_row(sent, ask) if fn is number_spans else None  # a table row: its asked year's (or asked column's) figure,
    # read as prose (纠错39件)
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
    if fn is number_spans and ask.qtype.kind == "number" and row is None and asks_change_amount(ask.question):
        spans = change_figures(folded, spans) or spans  # 跟上年比涨了多少: 同比增长17.7%, not the 186件 it grew to
    anchors = measure_anchors(ask.question, ask.terms) if ask.qtype.kind in ("number", "compare") else ("", "")
    want_from = bool(_OLD_VALUE_Q_RE.search(fold(ask.question)))
    if want_from and names_change(anchors[0]):  # before they were cut: the cut's verb leads to the value reached, not the old one
        anchors = ("", anchors[1])
    if ask.qtype.kind == "compare" and len(ask.measured) == 1 and anchors[1] not in ask.terms:  # 哪个数量更多 names no
        anchors = (anchors[0], ask.measured[0])  # noun: the one this side counts (compare.figures_by_report) is it
    own_part = part_spans(folded, spans, asked_parts(ask.question, ask.terms, ask.regions)) \
        if fn is number_spans and ask.qtype.kind == "number" and row is None else spans
    if own_part != spans:  # 新培养1260名,各区分别为:甲区520名、乙区190名: asked of 乙区, its item (which inherits the verb)
        spans = own_part
    elif fn is number_spans and ask.qtype.kind == "number" and row is None:  # 收到46件,受理41件: the asked verb's clause
        spans = act_spans(folded, spans, question_acts(ask, anchors[0]), ask.qtype.unit, ask.measured)
        if ask.qtype.unit != "%":  # a count of the qualified kind (不合格的案卷: 不合格卷35卷); a rate names it in itself
            spans = qualified_spans(folded, spans, asked_qualifiers(ask.question, ask.terms))
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


def asked_row(sent: Sent, ask: Ask) -> RowProse | None:
    """The table row ``sent`` read as prose about the asked year's or the asked column's figure
    (:func:`rag.answer.table_rows.row_prose`); None when it is no table row."""
    years = figure_years(ask.question, ask.years) or ((sent.doc.year,) if sent.doc.year else ())
    return row_prose(sent.doc.text, sent.start, sent.end, years, lambda name: coverage(ask.terms, name, ask.weights)[0])


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
    for _, s, sp in by_asked_act(order, ask):
        row = asked_row(s, ask) if fn is number_spans and sp is not None else None  # a row's figure: label, column, unit
        own = s.text if row is None else row.text
        context = s.chunk.section + "\n" + lead_in(s) + own
        figure = s.text[sp[0]:sp[1]] if row is None and sp is not None else own[row.at:] if row is not None else ""
        if sp is None or not measured_ok(ask, context, figure) or coverage(ask.terms, context, ask.weights)[0] < SENTENCE_FLOOR \
                or _counts_other(ask, s, sp) or about_other_document(s.text, named) \
                or (ask.qtype.kind == "number" and row is None  # a row's figure is its asked year's column
                    and other_year_figure(s.text, sp[0], figures_own_years(ask.question, ask.years), s.doc.year)) \
                or (fn is number_spans and in_criterion(s.text, sp[0])) \
                or (fn is number_spans and row is None and change_only(s.text, sp[0], ask.question)):  # 较上年缩短6天: a change
            continue
        hit = (s, s.text[sp[0]:sp[1]])
        if not ask.measured:
            return hit
        if measured_ok(ask, table_lead(s.doc.text, s.start) + sentence_head(s) + own):  # what is counted stated by the figure's own
            # sentence comes first, unless a better-ranked figure is in the asked measure word and this one is not
            return first if first is not None and _in_asked_unit(ask, first[1]) and not _in_asked_unit(ask, hit[1]) else hit
        first = first or hit
    return first


def by_asked_act(order: Sequence[tuple[float, Sent, tuple[int, int] | None]], ask: Ask):
    """``order`` with the figures whose own clause states the verb the question counts by (输了/lose -> 败诉,
    :func:`rag.answer.asked_measure.measure_anchors`) first, each group in its order: asked how many lawsuits
    were lost, ``败诉19件`` answers, not the better-ranked sentence's ``行政诉讼案件214件`` or ``出庭应诉167件``
    (which clause of one sentence: :func:`rag.answer.figure_scope.act_spans`; this: which sentence)."""
    verb = measure_anchors(ask.question, ask.terms)[0] if ask.qtype.kind == "number" else ""
    if not verb or ask.lang != "en" and pos_flag(verb.split("|")[0]).startswith("n"):  # 案子有几件: a noun, no verb
        return order
    rows = [asked_row(s, ask) if sp is not None else None for _, s, sp in order]  # a row states its label's and column's verb
    states = [sp is not None and clause_states(fold_chars(s.text if row is None else row.text), sp[0] if row is None else row.at, (verb,))
              for (_, s, sp), row in zip(order, rows)]
    return [o for o, st in zip(order, states) if st] + [o for o, st in zip(order, states) if not st]


def sentence_head(s: Sent) -> str:
    """The clauses before ``s`` of its whole sentence when ``s`` goes on after a ``；`` (…案件214件，…；法院审结的案件中
    败诉19件): they name the topic its figures count; "" when ``s`` opens a sentence of its own."""
    before = s.doc.text[max(s.chunk.start, s.start - 200):s.start].rstrip()
    return lead_in(s) if before[-1:] in ("；", ";") else ""


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
    goes on from the one that names the work it counts (开展规范性文件清理。……保留43件), never from the report's
    title line (it names the whole report: 法治政府建设报告 is no work of a figure); a table row
    goes on from its table's caption and header (:func:`rag.answer.table_rows.table_lead`)."""
    table = table_lead(s.doc.text, s.start)
    if table:
        return table
    at = max(s.chunk.start, s.start - 200)
    before = s.doc.text[at:s.start].rstrip()
    cut = max(before.rfind(c, 0, len(before) - 1) for c in "。！？!?\n")
    return before[cut + 1:] + "\n" if before and at + cut + 1 > 0 else ""  # the report's title line leads into no figure



def span_answer(ask: Ask, sents: Sequence[Sent]) -> Draft:
    kind = ask.qtype.kind
    sents = with_antecedents(ask.question, sents, lead_in) if kind == "name" else sents  # 平台接入…: the one named before
    if kind == "number" and asks_itself(ask.question):  # 它自己作为被告的: the unit's own figure, not its government's
        sents = restrict(sents, lambda s: names_itself(sentence_head(s) + s.text, s.doc.reporting_unit, s.doc.region))
    parts = asked_parts(ask.question, ask.terms, ask.regions) if kind == "number" else ()
    if kind == "number" and ask.lang == "en":  # Houzhen: a township the gazetteer lacks, named by the report
        parts += towns_in_pinyin(ask.question, [s.text for s in sents], " ".join({s.doc.region for s in sents}))
    if parts:  # 迁安市受理了多少件: its row or sentence, not the whole city's figure
        sents = restrict(sents, lambda s: any(p in fold_chars(lead_in(s) + s.text) for p in parts))
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
