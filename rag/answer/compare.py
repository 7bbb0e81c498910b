"""Comparisons across reports ("哪个地区纠错率最高", "A和B哪个更多"): one cited figure per report, ranked.

Every report the index matches is evaluated (the answerer passes each report's best
passages from one index lookup, no cap); a report's figure is the best span of
:func:`rag.answer.spans.best_span` in a sentence holding at least
:data:`MIN_COVERAGE` of the question's topic terms and what it measures.  A measure word
the question counts by (哪边开展的场次更多) is its unit, not a topic term: a report that
counts the same thing with a kindred word (817次 vs 62场次, :data:`rag.answer.figures.UNIT_KINDS`)
is compared, not dropped.  Reports are ranked by value.

The short answer: for two sides (A和B哪个更多) each side with its figure, the winner first
(``陇西（18次）多于沅陵（8次）``; a side without such a figure is named as giving none); for
more sides (五地中哪个最多) the winner with its figure.  The text says how many reports were
compared and names those that give no such figure, then quotes one sentence per report.  A
figure question naming several regions ("赣州和长治的纠错率分别是多少") gets one cited figure
per region, in the order asked.  A yes/no claim between named places (A和B的X一样吗, A的X比B多吗,
Did A have more X than B?, :func:`claim_between`) is decided from both figures and answered 是/否
first, then the figures (``否：沅陵（8次）少于陇西（18次）``).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..records import Document, Hit
from ..text import lazy_re as re
from ..text.normalize import fold
from .compare_sides import side_qualifiers, side_terms
from .doc_index import with_regions
from .drafts import Draft, compose, report_label, say
from .evidence import Ask, Sent, by_report, candidates, in_regions, sentence_coverage
from .fact_figures import account_only, fact_figure
from .figures import figure_value, number_spans
from .qtypes import UNITS, QType
from .regions import count_places, place_key
from .reports import report_name
from .spans import ranked_spans, span_answer
from .term_coverage import coverage
from .terms import role_weight

MIN_COVERAGE = 0.5  # a report's sentence must hold at least half the question's terms to be compared
_UNIT_WORDS = frozenset(UNITS) | frozenset(u + "数" for u in UNITS)  # 场次, 人次数: how a figure counts


def by_measure_word(ask: Ask) -> Ask:
    """``ask`` with a measure-word term (场次, 人次) taken as the asked unit instead of a topic term:
    a report says 817次 or 62场次, never the bare word, so the word must not weigh against it.

    >>> from rag.answer.qtypes import QType
    >>> a = by_measure_word(Ask("q", "zh", QType("compare", "", "max"), ("培训", "场次"), {}, measured=("场次",)))
    >>> a.terms, a.qtype.unit, a.measured
    (('培训',), '场次', ())
    >>> by_measure_word(Ask("q", "zh", QType("compare"), ("行政复议", "案件数"))).qtype.unit
    '件'
    """
    words = [t for t in ask.terms if _counts_by_unit(t)]
    if not words or len(words) == len(ask.terms):
        return ask
    unit = ask.qtype.unit or _counts_by_unit(words[0])
    keep = tuple(t for t in ask.terms if not _counts_by_unit(t))
    return replace(ask, terms=keep, qtype=replace(ask.qtype, unit=unit),
                   measured=tuple(m for m in ask.measured if not _counts_by_unit(m)))


# the last character of a counted noun that is also its measure word (案件 -> 件, 事项 -> 项, 农户 -> 户); in 单位,
# 岗位, 平台, 干部, 市场 the character is part of the noun, which is counted with another word (65家单位)
_SELF_COUNTED = frozenset("件项次人户条卷村所")


def _counts_by_unit(term: str) -> str:
    """The measure word ``term`` counts by: 场次 -> 场次, 人次数 -> 人次, 案件数 -> 件 (a figure in 件 states
    it); "" for a topic term (单位数 is the number of 单位, counted 家 or 个: its 位 is no measure word).

    >>> _counts_by_unit("案件数"), _counts_by_unit("单位数"), _counts_by_unit("场次")
    ('件', '', '场次')
    """
    if term in _UNIT_WORDS:
        return term.removesuffix("数")
    return term[-2] if len(term) >= 3 and term[-1] == "数" and term[-2] in _SELF_COUNTED else ""


def key_term(ask: Ask, sents: Sequence[Sent]) -> str:
    """The question's most specific topic term (rarest, then longest; not the measured noun, which
    every figure states) that some report's sentence holds: what every compared figure must be about
    ("" when there is none)."""
    topic = [t for t in ask.terms if t not in ask.measured]
    for t in sorted(topic, key=lambda t: (ask.weights.get(t, 1.0), len(t)), reverse=True):
        if any(coverage((t,), s.text)[0] >= 1.0 for s in sents):
            return t
    return ""


def report_figure(ask: Ask, sents: Sequence[Sent], key: str = "") -> tuple[float, Sent, str] | None:
    """(value, sentence, figure) of the report's figure for the question, or None.  ``key``: a term
    the figure's sentence must hold, so that all reports are compared on one
    measure (行政复议案件, not any 案件)."""
    on_topic = [s for s in sents if (not key or coverage((key,), s.text)[0] >= 1.0)  # (the one term first: cheaper)
                and sentence_coverage(s, ask, with_section=True) >= MIN_COVERAGE]
    ranked = ranked_spans(on_topic, ask, number_spans)  # scored once for both reads below
    account = account_only(ask, on_topic)
    found = fact_figure(ask, account, ranked) or (fact_figure(ask, on_topic, ranked) if len(account) < len(on_topic) else None)
    if found is None:
        return None
    s, fig = found
    value = figure_value(fig)
    if value is None or ask.qtype.unit == "%" and not fig.rstrip().endswith(("%", "％", "‰")):
        return None
    return value, s, fig


def figures_by_report(ask: Ask, checked: Sequence[Document], hits: Sequence[Hit], documents: Mapping[str, Document],
                      sides: Mapping[str, tuple[str, ...]] | None = None
                      ) -> tuple[list[tuple[float, Sent, str]], list[Document]]:
    """(value, sentence, figure) of each report in ``checked`` that gives the question's figure in
    ``hits``, and the reports that give none: all on the question's most specific term when two
    or more reports state it (:func:`key_term`), else on coverage alone.  ``sides`` (:func:`side_terms`):
    a named place's report is read on the shared terms and its own side's only."""
    read = {d.doc_id for d in checked}  # only the checked reports' passages are read (not the asked places' other years)
    grouped = by_report(candidates([h for h in hits if h.chunk.doc_id in read], documents, ask))
    own = {t for ts in (sides or {}).values() for t in ts}
    shared = tuple(t for t in ask.terms if t not in own)

    def ask_for(doc: Document) -> Ask:
        mine = next((ts for r, ts in (sides or {}).items() if in_regions(doc, (r,))), None)
        if mine is None:
            return ask
        # no shared noun is measured: the side's own last noun is what its figure counts (…涉法事项: 事项; a Chinese
        # noun phrase ends with its head, an English one need not: law study sessions … on special law topics)
        nouns = [t for t in mine if role_weight(t) >= 1.0] if not ask.measured and ask.lang != "en" else []
        return replace(ask, terms=tuple(t for t in ask.terms if t in shared or t in mine),
                       measured=ask.measured or tuple(nouns[-1:]))

    key = key_term(replace(ask, terms=shared) if own else ask, [s for ss in grouped.values() for s in ss])  # a shared term
    rows, silent = _rows(ask_for, checked, grouped, key)
    if len(rows) < 2:  # fewer than two reports state the specific term: compare on coverage alone
        rows, silent = _rows(ask_for, checked, grouped, "")
    return rows, silent


def _rows(ask_for: Callable[[Document], Ask], checked: Sequence[Document], grouped: Mapping[str, Sequence[Sent]],
          key: str) -> tuple[list[tuple[float, Sent, str]], list[Document]]:
    rows, silent = [], []
    for doc in checked:
        row = report_figure(ask_for(doc), grouped.get(doc.doc_id, ()), key)
        if row is None:
            silent.append(doc)
        else:
            rows.append(row)
    return rows, silent


# A yes/no claim between named places: 一样吗 (same); 比B多吗, 高于B吗, higher than B? (more / less).
_NOT_NUM = r"(?![\d零〇一二两三四五六七八九十百千])"  # 超过3次 is a threshold, not another place
_CLAIMS = (
    ("same", re.compile(r"一样|相同|相等|持平|一致|\bthe same\b|\bequal\b", re.IGNORECASE)),  # not "as many as": at least
    ("max", re.compile(rf"(?<!比)比(?![例重率])[^？?，,。]{{1,24}}?(?:更|还)?(?:多|高|大)|(?:多于|高于|大于|超过){_NOT_NUM}"
                       r"|\b(?:more|higher|greater|larger)\b(?=[^?]*\bthan\b)", re.IGNORECASE)),
    ("min", re.compile(rf"(?<!比)比(?![例重率])[^？?，,。]{{1,24}}?(?:更|还)?(?:少|低|小)|(?:少于|低于|小于|不及|不如){_NOT_NUM}"
                       r"|\b(?:fewer|lower|less|smaller)\b(?=[^?]*\bthan\b)", re.IGNORECASE)),
)


def _claim_word(term: str) -> bool:
    """Is ``term`` a word of the claim itself (少于, 一样, 超过), not of what is compared?"""
    return any(rx.fullmatch(term) for _, rx in _CLAIMS)


def claim_between(ask: Ask) -> tuple[str, re.Match[str] | None]:
    """("same" | "max" | "min", where the question says it) for a yes/no question comparing two or
    more named places (A和B的X一样吗, A的X比B多吗, Did A have more X than B?); ("", None) otherwise."""
    if ask.qtype.kind != "yesno" or count_places(ask.regions) < 2:
        return "", None
    q = fold(ask.question)
    return next(((kind, m) for kind, rx in _CLAIMS if (m := rx.search(q))), ("", None))


def asks_between(ask: Ask) -> bool:
    """A yes/no question answered by comparing the named places' figures (:func:`claim_between`)."""
    return bool(claim_between(ask)[0])


def claim_measured(ask: Ask, m: re.Match[str]) -> tuple[str, ...]:
    """What the claim counts: the last noun term before it (案件数一样吗 -> 案件数, 学法次数比B多吗 -> 学法);
    English: the glossary terms after it (the same number of cases, more cases than)."""
    from ..text.glossary import english_terms
    from .terms import content_terms, role_weight

    q = fold(ask.question)
    if ask.lang == "en":
        after = q[m.end():]
        after = after[:after.find(" than ")] if " than " in after else after
        return tuple(t for t in english_terms(after) if t in ask.terms)[:2]
    before = [t for t in content_terms(q[:m.start()]) if t in ask.terms and role_weight(t) >= 1.0]
    return tuple(before[-1:])


def side_names(docs: Sequence[Document]) -> dict[str, str]:
    """Each report's name in a comparison (:func:`rag.answer.reports.report_name`), with its year when
    another compared report has the same name (重庆2019年 vs 重庆2022年)."""
    names = {d.doc_id: report_name(d) for d in docs}
    seen: dict[str, int] = {}
    for n in names.values():
        seen[n] = seen.get(n, 0) + 1
    return {i: f"{n}{d.year}年" if seen[n] > 1 and d.year else n for d, (i, n) in zip(docs, names.items())}


def side(ask: Ask, name: str, fig: str) -> str:
    """One side of a comparison: ``陇西（18次）`` / ``陇西 (18次)``."""
    return f"{name} ({fig})" if ask.lang == "en" else f"{name}（{fig}）"


def versus(ask: Ask, a: tuple[float, Sent, str], b: tuple[float, Sent, str], names: Mapping[str, str]) -> str:
    """``A（18次）多于B（8次）`` / ``A（99.6%）高于B（99.29%）`` / ``A（59件）与B（59件）相同``."""
    first, second = side(ask, names[a[1].doc.doc_id], a[2]), side(ask, names[b[1].doc.doc_id], b[2])
    if a[0] == b[0]:
        return say(ask, f"{first}与{second}相同", f"{first} and {second}: the same")
    rate = a[2].rstrip().endswith(("%", "％", "‰"))
    zh, en = {(True, False): ("多于", "more than"), (True, True): ("高于", "higher than"),
              (False, False): ("少于", "fewer than"), (False, True): ("低于", "lower than")}[(a[0] > b[0], rate)]
    return say(ask, f"{first}{zh}{second}", f"{first}, {en} {second}")


def claim_short(ask: Ask, claim: str, rows: Sequence[tuple[float, Sent, str]], silent: Sequence[Document],
                names: Mapping[str, str]) -> str:
    """是/否 first, then the figures: ``是，一样：都是59件``, ``否，不一样：A（3件），B（5件）``,
    ``否：A（8次）少于B（18次）``; the rows are in the order the places were asked."""
    sides = say(ask, "，", ", ").join(side(ask, names[s.doc.doc_id], fig) for _, s, fig in rows)
    if silent or len(rows) < 2:
        listed = "、".join(names[d.doc_id] for d in silent)
        return say(ask, f"报告未明确说明：{sides}；{listed}未给出该数字", f"Not stated: {sides}; {listed} gives no such figure")
    if claim == "same":
        if len({v for v, _, _ in rows}) == 1:
            both = f"都是{rows[0][2]}" if len({fold(f) for _, _, f in rows}) == 1 else sides
            return say(ask, f"是，一样：{both}", f"Yes, the same: {sides}")
        return say(ask, f"否，不一样：{sides}", f"No, not the same: {sides}")
    a, b = rows[0], rows[1]
    holds = a[0] > b[0] if claim == "max" else a[0] < b[0]
    return say(ask, "是：" if holds else "否：", "Yes: " if holds else "No: ") + versus(ask, a, b, names)


def pair_short(ask: Ask, rows: Sequence[tuple[float, Sent, str]], silent: Sequence[Document],
               names: Mapping[str, str]) -> str:
    """The short answer of a two-sided comparison, winner first: both figures and which is more,
    or the one figure and the side that gives none."""
    if len(rows) < 2:
        first, other = side(ask, names[rows[0][1].doc.doc_id], rows[0][2]), names[silent[0].doc_id]
        return say(ask, f"{first}；{other}未给出该数字", f"{first}; {other} gives no such figure")
    return versus(ask, rows[0], rows[1], names)


def compared_reports(ask: Ask, documents: Mapping[str, Document],
                     doc_filter: Callable[[Document], bool] | None = None) -> list[Document]:
    """The reports a comparison checks: those of the asked places (every indexed report when none is
    named) that pass ``doc_filter`` (the asked years); a named place with no report of an asked year
    is compared on the reports it has (红河州2023年和清镇市: 清镇's 2022 report; the answer's labels
    give each report's year)."""
    base = doc_filter or (lambda d: True)
    wanted = set(ask.regions)  # every corpus spelling of the asked places (rag.retrieve.query.understand)
    docs = with_regions(documents, wanted) if wanted else list(documents.values())
    kept = [d for d in docs if base(d)]
    if wanted and kept:  # (no place with a report of the year: nothing to compare on)
        have = {place_key(d.region) for d in kept}  # a place filed under two spellings (江西省赣州市, 赣州市) is one
        kept += [d for d in docs if place_key(d.region) not in have]
    return kept


# which one (哪个市, 谁, which city) as against how many or a year (哪年 is a date)
_WHICH_RE = re.compile(r"哪(?:个|一个|家|一家|位|一位)?(?!年|些|几)[\u4e00-\u9fff]|谁|\b(?:which|who|whose)\b(?!\s+years?\b)", re.IGNORECASE)


def _in_order_asked(ask: Ask, rows: list[tuple[float, Sent, str]]) -> None:
    order = {r: i for i, r in enumerate(ask.regions)}
    rows.sort(key=lambda r: min((order[a] for a in ask.regions if in_regions(r[1].doc, (a,))), default=99))


def compare(ask: Ask, hits: Sequence[Hit], pool: Sequence[Hit], documents: Mapping[str, Document],
            doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    claim, where = claim_between(ask)
    asked = ask
    if where is not None:  # 一样吗 / 比B多吗: the sides' figures decide
        said = where.group(0)  # the claim's own words (少于, 一样) are not what the figures are about; the other
        # side's words inside it (比桃源县赋予陬市镇的权限多: 赋予, 权限) are that side's (:func:`side_terms`)
        ask = replace(ask, qtype=QType("compare", ask.qtype.unit), measured=claim_measured(ask, where),
                      terms=tuple(t for t in ask.terms if not (t in said and _claim_word(t))) or ask.terms)
    ask = by_measure_word(ask)
    sides = side_terms(ask)
    if sides:  # each side counted with its own words: the shared noun is what is measured
        qualifiers = side_qualifiers(ask)
        ask = replace(ask, measured=tuple(m for m in ask.measured if m not in qualifiers))
    checked = compared_reports(ask, documents, doc_filter)
    names = side_names(checked)
    rows, silent = figures_by_report(ask, checked, [*hits, *pool], documents, sides)
    if claim and not rows:  # neither side gives the figure: an ordinary yes/no over the passages
        from .yesno import yesno

        sents = candidates(hits, documents, asked)
        return yesno(asked, sents) if sents else Draft((), "", (), "yesno")
    if claim:
        _in_order_asked(ask, rows)
        picked = [s for _, s, _ in rows]
        short = claim_short(ask, claim, rows, silent, names)
        # the short line's figures are spans of the quotes below, each side's under its own marker
        return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked]), short, (), "compare", (short,))
    one_side = len(rows) == 1 and ask.qtype.direction and len(checked) >= 2  # the others give no such figure
    if len(rows) < 2 and not one_side:
        sents = candidates(hits, documents, ask)
        if len(checked) <= 1 and ask.qtype.direction and _WHICH_RE.search(ask.question) and sents:
            # 省里哪个市最多 asked of one report: the report itself names the winner (淮北市…最多); the name answers
            named = span_answer(replace(ask, qtype=QType("name", ask.qtype.unit)), sents)
            if named.short:
                return Draft(named.segments, named.short, named.flags, "compare")
        draft = span_answer(ask, sents) if sents else Draft((), "", (), "compare")
        flag = say(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only")
        return Draft(draft.segments, draft.short, draft.flags + (flag,), "compare")
    if not ask.qtype.direction:  # several regions asked: their figures in the order asked
        _in_order_asked(ask, rows)
        picked = [s for _, s, _ in rows]
        return Draft(compose("", picked, [report_label(s.doc, ask.lang) for s in picked]), "", (), "number")
    rows.sort(key=lambda r: r[0], reverse=ask.qtype.direction != "min")
    picked = [s for _, s, _ in rows]
    if len(checked) == 2:  # A和B哪个更多: both sides, the winner first
        short = pair_short(ask, rows, silent, names)
    else:  # 五地中哪个最多: the winner; the ranking follows
        short = side(ask, names[picked[0].doc.doc_id], rows[0][2])
    note = say(ask, f"共检查{len(checked)}份报告，{len(rows)}份给出该数字",
               f"{len(checked)} reports checked; {len(rows)} give the figure")
    if silent:
        listed = "、".join(names[d.doc_id] for d in silent)
        note += say(ask, f"；未给出该数字：{listed}", f"; no such figure in: {listed}")
    flags = () if len(rows) >= 2 else (say(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only"),)
    notes = (note, short) if len(rows) >= 2 else (note,)  # each side's figure is a span of its own quote below
    return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked], note), short, flags, "compare", notes)
