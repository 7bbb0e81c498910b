"""Which reports' figure passes a threshold ("哪些地区的纠错率超过50%?", "Which regions had a rate above 90%?").

Every report the question could mean is checked (the places it names, else every indexed
report of the asked years), each report's figure found as a comparison finds it
(:func:`rag.answer.compare.figures_by_report`), and the reports whose figure meets the
threshold (:func:`rag.answer.evidence.polarity_cues`: 超过50%, 10次以上, at least 20) are the
answer: their places with their figures, largest first.  The text says how many reports
were checked, how many give the figure and how many meet it, names those that give none,
and quotes the figure of every report that gives one (those meeting it first).  A yes/no question
claiming the threshold for two or more named places (长治和赣州的纠错率都超过50%了吗) is answered 是/否
from each place's figure, then the figures in the order asked.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..records import Document, Hit
from ..text import lazy_re as re
from ..text.normalize import fold
from .comparators import alternation, words
from .compare import by_measure_word, figures_by_report, side, side_names
from .drafts import Draft, compose, report_label, say
from .evidence import Ask, Sent, candidates, in_regions, polarity_cues
from .figure_fit import unit_fit
from .qtypes import QType
from .regions import count_places

_WHICH_RE = re.compile(r"哪(?:些|几个|几份|几)个?(?:地区|地方|城市|市|县|区|州|盟|旗|报告|单位|部门)"
                       r"|\bwhich (?:regions?|cities|counties|districts|places|reports?|prefectures|provinces)\b", re.IGNORECASE)
_AT_RE = re.compile(rf"(?:{alternation(words('above', 'below', 'floor'))}|在)?\s*\d+(?:\.\d+)?"
                    r"|\b(?:more than|over|above|at least|less than|fewer than|under|below)\s+\d", re.IGNORECASE)
_HOLDS: dict[str, Callable[[float, float], bool]] = {
    ">": lambda v, t: v > t, ">=": lambda v, t: v >= t, "<": lambda v, t: v < t, "<=": lambda v, t: v <= t}


def threshold_asked(ask: Ask) -> tuple[str, float, str] | None:
    """(op, value, unit) when the question asks which places/reports have a figure beyond a
    threshold (哪些地区的纠错率超过50%), or whether each of two or more named places has
    (长治和赣州的纠错率都超过50%了吗); None otherwise (a rank such as 排名前五 is not a figure)."""
    if ask.qtype.kind == "yesno":
        t = ask.cues.threshold
        return t if count_places(ask.regions) >= 2 and t is not None and t[0] in _HOLDS and t[2] != "名" else None
    q = fold(ask.question)
    if ask.qtype.kind not in ("list", "compare", "number", "name", "other") or not _WHICH_RE.search(q):  # not 提到了超过…
        return None
    t = polarity_cues(ask.question).threshold
    return t if t is not None and t[0] in _HOLDS and t[2] != "名" else None


def _focused(ask: Ask, unit: str) -> Ask:
    """The ask as a comparison on the threshold's unit, without the threshold's own words
    (超过, 以上) among its terms, measuring the last noun before the threshold."""
    from ..text.glossary import english_terms
    from .terms import content_terms, role_weight

    q = fold(ask.question)
    m = _AT_RE.search(q)
    said = q[m.start():] if m else ""
    terms = tuple(t for t in ask.terms if t not in said) or ask.terms
    head = q[:m.start()] if m else q
    before = english_terms(head) if ask.lang == "en" else content_terms(head)
    nouns = [t for t in before if t in terms and role_weight(t) >= 1.0]
    return by_measure_word(replace(ask, qtype=QType("compare", unit or ask.qtype.unit, "max"), terms=terms,
                                   measured=tuple(nouns[-1:])))


def passing_reports(ask: Ask, hits: Sequence[Hit], pool: Sequence[Hit], documents: Mapping[str, Document],
                    doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    op, value, unit = threshold_asked(ask) or (">", 0.0, "")
    asked, ask = ask, _focused(ask, unit)
    keep = doc_filter or (lambda d: True)
    checked = [d for d in documents.values() if keep(d) and (not ask.regions or in_regions(d, ask.regions))]
    rows, silent = figures_by_report(ask, checked, [*hits, *pool], documents)
    if unit:  # 超过10次: a figure counted in another unit (or a bare number, a year) does not answer
        off = [r for r in rows if unit_fit(unit, re.sub(r"^[\d.,，\s]+", "", r[2])) <= 0]
        rows, silent = [r for r in rows if r not in off], [*silent, *(s.doc for _, s, _ in off)]
    if not rows and asked.qtype.kind == "yesno":  # no place gives the figure: an ordinary yes/no over the passages
        from .yesno import yesno

        sents = candidates(hits, documents, asked)
        return yesno(asked, sents) if sents else Draft((), "", (), "yesno")
    if not rows:
        return Draft((), "", (), "compare")
    names = side_names(checked)
    if asked.qtype.kind == "yesno":
        return _each_meets(asked, op, value, rows, silent, names)
    rows.sort(key=lambda r: r[0], reverse=op.startswith(">"))
    passing = [r for r in rows if _HOLDS[op](r[0], value)]
    if passing:
        short = say(ask, "、", ", ").join(side(ask, names[s.doc.doc_id], fig) for _, s, fig in passing)
    else:
        short = say(ask, "没有报告的数字符合", "None of the reports' figures meets it")
    note = say(ask, f"共检查{len(checked)}份报告，{len(rows)}份给出该数字，{len(passing)}份符合",
               f"{len(checked)} reports checked; {len(rows)} give the figure; {len(passing)} meet it")
    if silent:
        listed = "、".join(names[d.doc_id] for d in silent)
        note += say(ask, f"；未给出该数字：{listed}", f"; no such figure in: {listed}")
    ordered = passing + [r for r in rows if r not in passing]
    picked = [s for _, s, _ in ordered]
    return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked], note), short, (), "compare",
                 (note, short))


def _each_meets(ask: Ask, op: str, value: float, rows: list[tuple[float, Sent, str]], silent: Sequence[Document],
                names: Mapping[str, str]) -> Draft:
    """是/否 for "does each named place's figure meet the threshold?", then each figure in the order asked:
    否 when one misses it, 是 when all meet it, not stated when a place gives no figure and none misses."""
    from .yesno import labels

    yes, no, unclear = labels(ask.lang)
    order = {r: i for i, r in enumerate(ask.regions)}
    rows = sorted(rows, key=lambda r: min((order[a] for a in ask.regions if in_regions(r[1].doc, (a,))), default=99))
    missed = [r for r in rows if not _HOLDS[op](r[0], value)]
    verdict = no if missed else (unclear if silent or not rows else yes)
    short = verdict + say(ask, "：", ": ") + say(ask, "，", ", ").join(side(ask, names[s.doc.doc_id], f) for _, s, f in rows)
    if silent:
        listed = "、".join(names[d.doc_id] for d in silent)
        short += say(ask, f"；{listed}未给出该数字", f"; {listed} gives no such figure")
    picked = [s for _, s, _ in rows]
    return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked]), short, (), "yesno", (short,))
