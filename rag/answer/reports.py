"""Which reports mention something ("哪些报告提到了述法工作?", "Which reports mention X?").

Every indexed report is checked, and a report counts when one of its passages states the
question's most specific term (the rarest) in its text and holds at least
:data:`MIN_COVERAGE` of its weighted terms (with its section path).  The reports come
from the index's posting arrays (:mod:`rag.retrieve.mentions`: the cost is the matching
reports', not the corpus's), or, for a store without them, from each report's best
passages of one lookup.  The short answer lists the reports' places (innermost name,
``赤峰市元宝山区`` -> ``元宝山``) joined by ``、``; the text says how many reports were
checked, then quotes the sentence of each report's passage that states the term: the
first :data:`SHOWN` reports in the text, every report in ``Draft.reports`` (a
:class:`MentionList`, whose spans are worked out when read), which the answerer keeps
as ``Answer.meta["reports"]``.

>>> display_name("赤峰市元宝山区"), display_name("长治市"), display_name("新疆维吾尔自治区"), display_name("重庆市丰都县栗子乡")
('元宝山', '长治', '新疆', '栗子乡')
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..chunk.sentences import trim_span
from ..records import Chunk, Document, Hit
from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars, fold_chars_many
from .citations import Segment, chunk_is_valid, sentence_spans
from .drafts import Draft, compose, report_label, say
from .evidence import Ask, Sent, in_regions
from .qtypes import DOC_TYPES, MENTION
from .regions import label
from .term_coverage import coverage, whole_forms

MIN_COVERAGE = 0.5  # weighted share of the question's terms a passage must hold (as the support threshold)


def display_name(region: str, code: str = "") -> str:
    """A report's place in a list of places (:func:`rag.answer.regions.label`)."""
    return label(region, code) if region else ""


# A department's own report: its title opens with the department (重庆市司法局2022年…, 司法部2021年…,
# 杭州市上城区教育局2024年…), not with a government (…人民政府) or a Party committee (中共…县委).
_DEPT_TITLE_RE = re.compile(r"^(?P<dept>[\u4e00-\u9fff]{2,20}?(?:局|厅|部|委员会|办公室))(?:关于)?\s*(?:19|20)\d\d年")


def department(doc: Document) -> str:
    """The department whose report ``doc`` is, from its title ("" for a government's report).

    >>> department(Document("d", "d.txt", "", "h", title="绍兴市市场监管局2023年法治政府建设情况报告"))
    '绍兴市市场监管局'
    >>> department(Document("d", "d.txt", "", "h", title="宜昌市人民政府2022年法治政府建设年度报告"))
    ''
    """
    m = _DEPT_TITLE_RE.match(fold(doc.title or "").strip())
    return m.group("dept") if m and not m.group("dept").startswith("中共") else ""


def report_name(doc: Document) -> str:
    """A report in a list of reports: its department when a department wrote it (重庆市司法局), else
    its place (:func:`display_name`), else its file name."""
    return department(doc) or display_name(doc.region, doc.region_code) or doc.source


_OBJECT_RE = re.compile(rf"{MENTION}了?(?:关于)?(?P<obj>[^？?。!！]{{2,16}})[？?。!！]?\s*$")
_SEPARATOR_RE = re.compile(r"[、，,;；和与及或]|以及")


def compound(ask: Ask) -> tuple[str, ...]:
    """The terms of what the question asks to be mentioned when it is one unbroken phrase
    (提到了述职述法 -> 述职, 述法): a report must hold all of them in one sentence, not just one.
    Empty when the phrase lists several things (A、B和C), is quoted (a quoted name is one term
    already) or is one term.

    >>> from rag.answer.qtypes import QType
    >>> compound(Ask("哪几份报告写到了述职述法?", "zh", QType("reports"), ("述职", "述法")))
    ('述职', '述法')
    >>> compound(Ask("哪些报告提到了述法和普法?", "zh", QType("reports"), ("述法", "普法")))
    ()
    """
    m = _OBJECT_RE.search(fold(ask.question))
    if m is None or _SEPARATOR_RE.search(m.group("obj")) or re.search(r"[“”\"《》「」『』‘’]", m.group("obj")):
        return ()
    obj = m.group("obj")
    parts = tuple(t for t in ask.terms if t in obj)
    return parts if len(parts) >= 2 else ()


_TITLE_OBJECT_RE = re.compile(rf"{MENTION}了?(?:关于)?(?P<obj>[\u4e00-\u9fff]{{4,60}}?{DOC_TYPES})[？?。!！]?\s*$")
TITLE_MIN = 8  # characters of a title written without 《》: a document's name, not a word (工作规定)


def unquoted_title(ask: Ask) -> str:
    """What the question asks to be mentioned when it is a document's title written without 《》
    (提到了某某与某某工作规定, ending in a document type), folded; "" otherwise.

    >>> from rag.answer.qtypes import QType
    >>> unquoted_title(Ask("哪些报告提到了行政执法监督与责任追究工作规定?", "zh", QType("reports"), ()))
    '行政执法监督与责任追究工作规定'
    >>> unquoted_title(Ask("哪些报告提到了述法和工作规定?", "zh", QType("reports"), ()))
    ''
    """
    m = _TITLE_OBJECT_RE.search(fold(ask.question))
    return m.group("obj") if m is not None and len(m.group("obj")) >= TITLE_MIN else ""


_COMPARE_RE = re.compile(r"比较|对比|相比|\bcompar", re.IGNORECASE)
_NAME_Q_RE = re.compile(r"名字|姓名|是谁|叫什么|\bwho\b|\bnames?\b", re.IGNORECASE)


def named_person(sent: Sent, title: str) -> str:
    """The person's name right after ``title`` in the sentence (市委书记李炳军 -> 李炳军), or ""."""
    from .pos_tags import pos_tokens

    toks = pos_tokens(sent.text)
    for i, (w, _) in enumerate(toks[:-1]):
        if w.endswith(title) or (title in w and len(w) <= len(title) + 2):
            nxt, flag = toks[i + 1]
            if flag == "nr" and 2 <= len(nxt) <= 4:
                return nxt
    return ""


SHOWN = 20  # reports quoted in the answer's text; every matching report is in ``Answer.meta["reports"]``


def key_term(ask: Ask) -> str:
    """The question's most specific term (the rarest, then the longest): a report must state it."""
    return max(ask.terms, key=lambda t: (ask.weights.get(t, 1.0), len(t))) if ask.terms else ""


def which_reports(ask: Ask, pool: Sequence[Hit], documents: Mapping[str, Document],
                  doc_filter: Callable[[Document], bool] | None = None, index=None) -> Draft:
    """The reports among ``documents`` with a passage that states the question's key term and at least
    :data:`MIN_COVERAGE` of its weighted terms: from ``index`` (:meth:`rag.retrieve.retriever.Retriever.mentioning`,
    posting arrays, no text read but the passages quoted) when given, else from the passages in ``pool``.

    Every matching report is found and carries one cited sentence (``Draft.reports``, spans worked
    out when read); the text quotes the first :data:`SHOWN` and says how many more there are."""
    keep = doc_filter or (lambda d: True)  # the places the question names bound the reports checked
    if doc_filter is None and not ask.regions:
        wanted = None  # every report
        checked = len(documents)
    else:
        def wanted(d: Document | None) -> bool:
            return d is not None and keep(d) and (not ask.regions or in_regions(d, ask.regions))
        checked = sum(1 for d in documents.values() if wanted(d))
    title = unquoted_title(ask)  # 提到了某某工作规定: that document, its title whole, like a 《title》
    key = title or key_term(ask)
    if not key:
        return Draft((), "", (), "reports")
    whole = () if title else compound(ask)  # 写到了述职述法: a passage must hold both
    picks = _from_index(ask, key, whole, index, documents, wanted) if index is not None else \
        _from_pool(ask, key, whole, pool, documents, wanted)
    names_asked = bool(_NAME_Q_RE.search(fold(ask.question)))  # 哪几份点出了市委书记的名字: a name must follow
    people: dict[str, str] = {}
    if names_asked:
        named = []
        for doc, chunks in picks:
            sent = next((s for s in _key_sentences(ask, key, whole, doc, chunks) if named_person(s, key)), None)
            if sent is not None:
                named.append((doc, chunks))
                people[doc.doc_id] = named_person(sent, key)
        picks = named
    found = MentionList(ask, key, whole, picks, people)
    if not len(found):
        return Draft((), "", (), "reports")
    quiet = []
    if ask.regions or _COMPARE_RE.search(fold(ask.question)):  # the places compared: say which do not
        said = set(found.doc_ids())
        quiet = [report_name(d) for d in sorted(documents.values(), key=lambda d: d.doc_id)
                 if (wanted is None or wanted(d)) and d.doc_id not in said]
    if quiet:
        listed = "、".join(quiet[:SHOWN]) + (f"等{len(quiet)}份" if len(quiet) > SHOWN else "")
        listed_en = ", ".join(quiet[:SHOWN]) + (f" and {len(quiet) - SHOWN} more" if len(quiet) > SHOWN else "")
        note = say(ask, f"共检查{checked}份报告，{len(found)}份提到（未提到：{listed}）：",
                   f"{checked} reports checked; {len(found)} mention it (not: {listed_en}):")
    else:
        note = say(ask, f"共检查{checked}份报告，{len(found)}份提到：", f"{checked} reports checked; {len(found)} mention it:")
    shown = [found.sentence(i) for i in range(min(SHOWN, len(found)))]
    names = [found.name(i) for i in range(len(shown))]
    sep = ", " if ask.lang == "en" else "、"
    short = sep.join(dict.fromkeys(names))
    segs = compose(short, shown, [report_label(s.doc, ask.lang) for s in shown], note)
    notes = (note,)
    if len(found) > len(shown):
        more = say(ask, f"（另有{len(found) - len(shown)}份报告提到，未逐条引用；完整列表及每份的引文位置见回答的结构化数据 reports（rag ask --json）。）",
                   f"({len(found) - len(shown)} more reports mention it, not quoted here; the complete list with each "
                   "report's cited span is in the answer's structured data, reports (rag ask --json).)")
        short += say(ask, f"等{len(found)}份", f", and {len(found) - len(shown)} more")
        segs = (Segment(short + "\n"), *segs[1:], Segment("\n" + more))
        notes += (more,)
    return Draft(segs, short, (), "reports", notes, found)


PASSAGES = 3  # a report's passages (its best first) whose sentences are weighed for its quote


def _from_pool(ask: Ask, key: str, whole: tuple[str, ...], pool: Sequence[Hit], documents: Mapping[str, Document],
               wanted) -> list[tuple[Document, tuple[Chunk, ...]]]:
    """Each wanted report's passages in ``pool`` that state ``key`` whole in their text and hold
    :data:`MIN_COVERAGE` of the terms (with the section path), best first, in report-id order."""
    found: dict[str, list[tuple[float, int, Chunk]]] = {}
    forms = whole_forms(key)
    for rank, hit in enumerate(pool):
        doc = documents.get(hit.chunk.doc_id)
        if doc is None or (wanted is not None and not wanted(doc)) or not chunk_is_valid(hit.chunk, doc):
            continue
        text = fold(hit.chunk.text)
        if not any(f in text for f in forms) or (whole and coverage(whole, text, folded=True)[0] < 1.0):
            continue
        cov = coverage(ask.terms, fold(hit.chunk.section) + "\n" + text, ask.weights, folded=True)[0]
        if cov >= MIN_COVERAGE - 1e-9:
            found.setdefault(doc.doc_id, []).append((-cov, rank, hit.chunk))
    out = []
    for d in sorted(found):
        chunks = tuple(dict.fromkeys(c for _, _, c in sorted(found[d], key=lambda x: x[:2])))
        out.append((documents[d], chunks[:PASSAGES]))
    return out


def _from_index(ask: Ask, key: str, whole: tuple[str, ...], index, documents: Mapping[str, Document],
                wanted) -> Sequence[tuple[Document, tuple[Chunk, ...]]]:
    """Each wanted report's passages from the index (:meth:`Retriever.mentioning`), from its best one
    whose own text states ``key`` (known from the index when it holds the key as a word outside its
    section path, else checked on all such candidates at once), in report-id order.  The
    index's passages are the documents' own (one generation), so their offsets need no re-check."""
    m = index.mentioning(key, ask.terms, ask.weights, MIN_COVERAGE, whole)
    ids = index.report_ids()
    firsts = m.firsts()
    todo = firsts
    if wanted is not None and len(todo):
        todo = todo[np.array([wanted(documents.get(ids[r])) for r in m.report[todo].tolist()], dtype=bool)]
    sure = index.in_text(m, whole_forms(key))
    chosen = [todo[sure[todo]]]
    todo = todo[~sure[todo]]
    while len(todo):  # the key may be only in a passage's section path: then the report's next passage
        held = states(key, index.passage_texts(m.rows[todo]))
        chosen.append(todo[held])
        nxt = todo[~held] + 1
        todo = nxt[(nxt < len(m.rows)) & (m.report[np.minimum(nxt, len(m.rows) - 1)] == m.report[nxt - 1])]
    start = np.sort(np.concatenate(chosen)) if chosen else firsts[:0]  # positions ascending: report-id order
    ends = np.r_[firsts[1:], len(m.rows)][np.searchsorted(firsts, start, side="right") - 1]
    return _Rows(m.rows, start.tolist(), np.minimum(ends, start + PASSAGES).tolist(), index.chunks, documents)


class _Rows(Sequence):
    """(report, its passages) for each report's run ``rows[start:end]``, made when read."""

    def __init__(self, rows: np.ndarray, start: list[int], end: list[int], chunks: Sequence[Chunk],
                 documents: Mapping[str, Document]):
        self._rows, self._start, self._end, self._chunks, self._documents = rows, start, end, chunks, documents

    def __len__(self) -> int:
        return len(self._start)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        chunks = tuple(self._chunks[r] for r in self._rows[self._start[i]:self._end[i]].tolist())
        return self._documents[chunks[0].doc_id], chunks


def states(key: str, texts: Sequence[str]) -> np.ndarray:
    """Which of ``texts`` hold one of ``key``'s whole forms (folded), checked on them joined at once."""
    if not texts:
        return np.zeros(0, dtype=bool)
    joined = fold_chars_many("\n".join(texts))
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    hits = []
    for f in whole_forms(key):
        p = joined.find(f)
        while p >= 0:
            hits.append(p)
            p = joined.find(f, p + 1)
    out = np.zeros(len(texts), dtype=bool)
    if hits:
        out[np.searchsorted(starts, np.asarray(hits), side="right") - 1] = True
    return out


def _key_sentences(ask: Ask, key: str, whole: tuple[str, ...], doc: Document, chunks: Sequence[Chunk]) -> list[Sent]:
    """The passages' sentences that state ``key`` whole, best first: those holding :data:`MIN_COVERAGE`
    of the question's terms (with the section path) first, then by the terms they hold (a little
    by their passage's: :func:`rag.answer.evidence.base_score`), then the better passage, earlier."""
    forms = whole_forms(key)
    scored = []
    for rank, chunk in enumerate(chunks):
        folded = fold_chars(chunk.text)  # length-preserving: a sentence's fold is a slice of it
        if not any(k in folded for k in forms):
            continue
        section = fold(chunk.section) + "\n"
        ccov = coverage(ask.terms, folded, ask.weights, folded=True)[0]
        for s, e in sentence_spans(chunk, doc):
            f = folded[s - chunk.start:e - chunk.start]
            if any(k in f for k in forms):
                meets = coverage(ask.terms, section + f, ask.weights, folded=True)[0] >= MIN_COVERAGE - 1e-9 \
                    and (not whole or coverage(whole, f, folded=True)[0] >= 1.0)
                score = coverage(ask.terms, f, ask.weights, folded=True)[0] + 0.2 * ccov + 0.05 / (1 + rank)
                scored.append((not meets, -score, rank, s, e, chunk))
    scored.sort(key=lambda x: x[:5])
    return [Sent(doc, c, s, e, rank) for _, _, rank, s, e, c in scored]


class MentionList(Sequence):
    """Every matching report with one cited span, complete and in report-id order; a report's span (the
    sentence of its passage that states the key term) is worked out when that item is read.  Items
    are plain dicts (doc_id, source, region, year, start, end, quote, section), so ``json.dumps`` of
    ``list(...)`` and ``copy.deepcopy`` give the full list."""

    def __init__(self, ask: Ask, key: str, whole: tuple[str, ...], picks: Sequence[tuple[Document, Sequence[Chunk]]],
                 people: Mapping[str, str]):
        self._ask, self._key, self._whole, self._picks, self._people = ask, key, whole, picks, dict(people)
        self._sents: dict[int, Sent] = {}

    def __len__(self) -> int:
        return len(self._picks)

    def sentence(self, i: int) -> Sent:
        if i not in self._sents:
            doc, chunks = self._picks[i]
            found = _key_sentences(self._ask, self._key, self._whole, doc, chunks)
            c = chunks[0]
            self._sents[i] = found[0] if found else Sent(doc, c, *trim_span(doc.text, c.start, c.end), 0)
        return self._sents[i]

    def name(self, i: int) -> str:
        doc = self._picks[i][0]
        person = self._people.get(doc.doc_id)
        return report_name(doc) + (f"（{person}）" if person else "")

    def doc_ids(self) -> list[str]:
        """The reports' ids, in order (no span worked out)."""
        return [self._picks[i][0].doc_id for i in range(len(self))]

    def labels(self) -> list[str]:
        """"name year" of every report (no span worked out)."""
        out = []
        for i in range(len(self)):
            doc = self._picks[i][0]
            out.append(f"{self.name(i)} {doc.year}" if doc.year else self.name(i))
        return out

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        s = self.sentence(i)
        d = s.doc
        return {"doc_id": d.doc_id, "source": d.source, "region": d.region, "year": d.year, "name": self.name(i),
                "start": s.start, "end": s.end, "quote": s.text, "section": s.chunk.section}

    def __deepcopy__(self, memo) -> list[dict]:
        return list(self)

    def __repr__(self) -> str:
        return f"MentionList({len(self)} reports)"
