"""The evidence step every answer type shares: what the question asks, and the candidate sentences.

:class:`Ask` holds the question's parts, prepared once per question: its kind and
asked unit (:mod:`rag.answer.qtypes`), content terms and their rarity weights
(:mod:`rag.answer.terms`), the places and years it names (resolved by the place
module before the Ask is built), the *measured* words (what a figure must count:
``多少名人民调解员`` -> ``人民调解员``) and the polarity cues of a yes/no question
(:func:`polarity_cues`).  :func:`candidates` turns retrieval hits into :class:`Sent`
records (a sentence with its ``[start, end)`` offsets in its report) and
:func:`ranked` orders them by how much of the question they hold.  Each answer
strategy (spans, yes/no, lists, summaries, comparisons, which-reports) works on
these public records only and returns a :class:`rag.answer.drafts.Draft`.

>>> from rag.answer.qtypes import classify
>>> ask = make_ask("赵县2022年听取专题汇报超过3次了吗?", "zh", classify("赵县2022年听取专题汇报超过3次了吗?"),
...                ("听取", "专题", "汇报"))
>>> ask.cues.threshold
('>', 3.0, '次')
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..records import Chunk, Document, Hit
from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold, fold_chars
from .citations import SpanRef, chunk_is_valid, sentence_spans
from .comparators import COMPARATORS, alternation, words
from .english_cues import EN_ORDINAL_RE, EN_RANK_RE, english_cues
from .english_figures import english_threshold
from .qtypes import UNITS, QType
from .quantifiers import STATED_ALL_RE
from .regions import same_region
from .table_rows import cut_rows
from .term_coverage import coverage

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_NUM = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+"
_CN_NUM = r"[零〇一二两三四五六七八九十\d]+"
# a share written in words: 八成 (七成五), 百分之七十, 三分之二, 一半/半数 — read as a percentage (:func:`share_percent`)
SHARE = rf"一半|半数|{_CN_NUM}成[一二三四五六七八九]?(?![员果绩效立功])|百分之{_CN_NUM}|{_CN_NUM}分之{_CN_NUM}"
# a threshold set by another body, its owner between the comparison word and the figure: 达到省局要求的九成,
# 达到市里提出的90%, 超过上级下达的50件 (the figure is the threshold, not the owner's name: 十堰 is no 十)
_SET_BY = r"(?:[\u4e00-\u9fff]{1,8}?(?:要求|提出|规定|确定|下达|设定|明确)的)?"
# a question's threshold: a comparison word then its figure (超过3次, 不超过7个工作日) or the figure then one (10件以上)
_OPS = {w: COMPARATORS[w].op for w in words("cap", "above", "below", "floor", "to", "after")}
_THRESHOLD_RE = re.compile(
    rf"(?P<pre>{alternation(words('cap', 'above', 'below', 'floor', 'to'))})(?:了|过|有)?{_SET_BY}\s*(?P<num>{SHARE}|{_NUM})\s*(?P<mag>[万亿])?(?P<unit>%|{_UNIT_ALT})?"
    rf"|(?P<num2>{SHARE}|{_NUM})\s*(?P<mag2>[万亿])?(?P<unit2>%|{_UNIT_ALT})?(?P<post>{alternation(words('after'))})"
    rf"|(?P<over>过半|超半数|大半)")
_FIRST_RE = re.compile(r"首次|首度|第一次|第一回|头一回|头一次|头一遭|首个|首家|首部|第一个|第一家|率先|首创|最早|\bfirst\b(?![-\s]instance)(?![-\s](?:time[-\s])?(?:offen[cs]e|offender|violation))"
                       r"|(?:刚刚?|才)(?:开始|启动|开展|起步|搞|推出)", re.IGNORECASE)  # 今年刚开始搞的吗: a first time, spoken
# (first-instance lawsuits are 一审 cases, a first(-time) offence is 首违: no first time)
_ENACTED_RE = re.compile(r"出台|颁布|施行|实施|印发|发布|通过|生效|制定|正式|enacted|issued|adopted|in force|promulgated", re.IGNORECASE)
# An ordinal with what it counts: 第三批, 第二届, 排名第一, 名列全省第二 -> ("三", "批") ...
# a scope word then 第N (全市第一, 全省…考核中获得第一) is a rank too
ORDINAL_RE = re.compile(r"第([一二三四五六七八九十\d]+)(批|届|名|位|次|期)|(?:排名|名列|位列|位居|排|列|居)[^，,。；;]{0,10}?第([一二三四五六七八九十\d]+)"
                        r"|(?:全国|全省|全市|全州|全盟|全县|全区)[^，,。；;第]{0,16}?第([一二三四五六七八九十\d]+)(?![一二三四五六七八九十\d批届次期方线时责书个家部项条批回])"
                        r"|(?:排名|名列|位列|位居|排|列|居)(\d+)(?:名|位)(?!\d)")  # 在全国262个地级市中列32名
_CLAIM_WORD_RE = re.compile(r"全部|全都|所有|每个|每一|一律|均已")
_BEFORE_RE = re.compile(r"之前|以前|此前|先前|曾经|早已|早就|(?<!year )before|previously")  # the year before: 上年, a comparison
_TREND_RE = re.compile(r"上升|增加|增长|提高|提升|下降|减少|降低|回落"
                       r"|比(?:(?:19|20)\d{2}年度?|上一?年度?|去年|前一年|同期)[^，,。？?\d]{0,8}?(?:高|多|大|快|低|少|小|慢)(?![于])"  # 比上年多吗
                       r"|(?:一年比一年|越来越|逐年|年年|一次比一次)(?:高|多|大|快|低|少|小|慢)"  # 一年比一年高: a trend too
                       r"|(?<=[次位名])(?:是不是|有没有|是否)?(?:比[^，,。？?\d]{1,8}?)?(?:往前|靠前|前移|前进|往后|靠后|后移|后退)")  # a rank moved: 名次往前了
_DOWN_WORDS = ("下降", "减少", "降低", "回落", "往后", "靠后", "后移", "后退")
_RESIDUAL_RE = re.compile(r"(?:还有|仍有|尚有|仍然有|还存在|仍存在)[^？?，,]{0,16}?(?:未|没|尚未)")


def ordinals(text: str) -> list[tuple[str, str]]:
    """(number, counter) of each ordinal in ``text``; a rank (排名第一) has the counter "名"."""
    out = []
    for m in ORDINAL_RE.finditer(text):
        out.append((m.group(1), m.group(2)) if m.group(1) else (m.group(3) or m.group(4) or m.group(5), "名"))
    return out


@dataclass(frozen=True)
class Cues:
    """What a yes/no question claims, beyond its terms."""
    threshold: tuple[str, float, str] | None = None  # (op, value, unit): 超过3次 -> ('>', 3.0, '次')
    first: bool = False  # asks whether something was the first (首次/率先)
    enacted: bool = False  # asks whether a rule is in force (出台/颁布/施行)
    trend: str = ""  # "up" | "down": 是不是在下降
    ordinal: tuple[str, str] | None = None  # an ordinal the question states: 第二批 -> ("二", "批")
    universal: bool = False  # claims all of something (都是/全部/均)
    before: bool = False  # asks whether it happened earlier (之前/曾经)
    residual: bool = False  # asks whether some part is still not done (还有…未整改, remain unrectified)


@dataclass(frozen=True)
class Ask:
    """What the question asks, prepared once."""
    question: str
    lang: str
    qtype: QType
    terms: tuple[str, ...]
    weights: Mapping[str, float] = field(default_factory=dict)
    years: tuple[int, ...] = ()  # years the question names (preferred figures)
    regions: tuple[str, ...] = ()  # regions the question names (their reports' sentences only)
    measured: tuple[str, ...] = ()  # what an asked figure counts (its noun), all of which evidence must hold
    cues: Cues = Cues()
    within: tuple[str, ...] = ()  # a part of the asked place (鼓楼区 of 福州市鼓楼区): only sentences naming it answer


def polarity_cues(question: str) -> Cues:
    """The claim a yes/no question makes: a threshold, a first-time claim, enactment, a trend."""
    q = fold(question)
    if re.search(r"[A-Za-z]{3}", question):  # ranked first / the first batch are ordinals, not a first time
        q = fold(EN_RANK_RE.sub(" ", EN_ORDINAL_RE.sub(" ", question))) + " " + english_cues(question)
    threshold = next((t for m in _THRESHOLD_RE.finditer(q) if (t := _threshold_of(m)) is not None), None)
    if threshold is None:
        threshold = english_threshold(question) or _top_rank(q, question) or _only(q)
    trend = _TREND_RE.search(q)
    direction = ("down" if trend.group(0).endswith(_DOWN_WORDS) or trend.group(0)[-1] in "低少小慢" else "up") if trend else ""
    ords = [o for o in ordinals(q) if o != ("一", "次")]  # 第一次 is a first-time claim
    return Cues(threshold, bool(_FIRST_RE.search(q)), bool(_ENACTED_RE.search(q)), direction,
                ords[0] if ords else None, bool(STATED_ALL_RE.search(q)), bool(_BEFORE_RE.search(q)),
                bool(_RESIDUAL_RE.search(q)))


# 只开展了一轮 / 仅有3家 / 只办了1天 / 只有66.7%: a claim of at most that many (as "only a single round"), decimals kept
_ONLY_RE = re.compile(rf"(?:只|仅)(?!是)[^\d零〇一二两三四五六七八九十，,。？?]{{0,4}}?(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十])(?P<unit>{_UNIT_ALT}|%)?")


def _only(q: str) -> tuple[str, float, str] | None:
    from .figures import figure_value

    m = _ONLY_RE.search(q)
    value = figure_value(m.group("num")) if m else None
    return ("<=", value, m.group("unit") or "") if m and value is not None else None


def threshold_phrase(question: str) -> tuple[int, int] | None:
    """[start, end) in ``fold(question)`` of the Chinese threshold the question states (``超过35项``,
    ``10件以上``; a date such as ``到2019年底`` is none), or None."""
    return next(((m.start(), m.end() + len(_after_to(m))) for m in _THRESHOLD_RE.finditer(fold(question))
                 if _threshold_of(m) is not None), None)


_AFTER_RE = re.compile(alternation(words("after")))


def _after_to(m: re.Match[str]) -> str:
    """The word after a threshold reached with 到 (压到10%以下, 降到5天以内, 提高到90%以上): it, not 到, bounds the
    figure; "" for any other threshold."""
    if not m.group("pre") or COMPARATORS[m.group("pre")].kind != "to":
        return ""
    after = _AFTER_RE.match(m.string, m.end())
    return after.group(0) if after else ""


def _threshold_of(m: re.Match[str]) -> tuple[str, float, str] | None:
    """(op, value, unit) of one threshold match: ``突破300万`` -> ('>=', 3000000.0, ''), ``超过1万人`` ->
    ('>', 10000.0, '人'), ``超过一半`` -> ('>', 50.0, '%'); None for a date (``到2019年底``), which is no
    threshold: the question's threshold may come after it."""
    from .figures import figure_value

    num, mag, unit, op = (m.group("num"), m.group("mag"), m.group("unit"), _OPS[m.group("pre")]) if m.group("num") else (
        m.group("num2"), m.group("mag2"), m.group("unit2"), _OPS[m.group("post")]) if m.group("num2") else ("一半", "", "", ">")
    op = _OPS[_after_to(m)] if _after_to(m) else op  # 压到10%以下: at most 10%
    value, share = figure_value(num), share_percent(num)
    if share is not None:  # 超过一半 / 达到八成 / 三分之二以上: a share, compared with a rate
        value, unit = share, "%"
    elif value is not None and mag:  # 突破300万: 3,000,000 (the report writes 260.7万); 超过1万人: 10000 人
        value *= 1e4 if mag == "万" else 1e8
    year_like = unit == "年" or (value is not None and 1900 <= value <= 2100 and not unit and not mag)  # 到2019年底: a date
    return (op, value, unit or "") if value is not None and not year_like else None


_SHARE_RE = re.compile(rf"(?P<half>一半|半数|过半|超半数|大半)|(?P<tenths>{_CN_NUM})成(?P<hundredths>[一二三四五六七八九\d])?"
                       rf"|百分之(?P<pct>{_CN_NUM})|(?P<den>{_CN_NUM})分之(?P<numer>{_CN_NUM})")


def share_percent(text: str) -> float | None:
    """A share written in words as a percentage: ``八成`` -> 80, ``七成五`` -> 75, ``百分之七十`` -> 70,
    ``三分之二`` -> 66.7, ``一半`` -> 50; None for anything else (the parts read by
    :func:`rag.answer.figures.figure_value`).

    >>> share_percent("八成"), share_percent("七成五"), share_percent("百分之七十"), round(share_percent("三分之二"), 1)
    (80.0, 75.0, 70.0, 66.7)
    """
    from .figures import figure_value

    m = _SHARE_RE.fullmatch(fold(text).strip())
    if m is None:
        return None
    if m.group("half"):
        return 50.0
    if m.group("tenths"):
        tenths = figure_value(m.group("tenths"))
        extra = figure_value(m.group("hundredths")) if m.group("hundredths") else 0.0
        return None if tenths is None or extra is None else tenths * 10 + extra
    if m.group("pct"):
        return figure_value(m.group("pct"))
    den, numer = figure_value(m.group("den")), figure_value(m.group("numer"))
    return None if not den or numer is None else 100.0 * numer / den


_TOP_RE = re.compile(r"(?:排名|排在|进入|位列|位居|名列|居|跻身)[^，,。？?]{0,12}?前([一二三四五六七八九十\d]+)(?:名|位|强)?")
_EN_TOP_RE = re.compile(r"\btop[ -](\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|percent|thousand|million|billion))",
                        re.IGNORECASE)  # in the top five; not "top 3 million" (a threshold)
_EN_NUMBERS = {w: i + 1 for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}


def _top_rank(q: str, question: str) -> tuple[str, float, str] | None:
    """A rank the question bounds: ``排名前五`` / ``in the top five`` -> ('<=', 5.0, '名'), compared with
    the rank the report gives (第10名)."""
    from .figures import figure_value

    m = _TOP_RE.search(q)
    if m is not None:
        value = figure_value(m.group(1))
        return ("<=", value, "名") if value is not None else None
    m = _EN_TOP_RE.search(question)
    if m is None:
        return None
    word = m.group(1).lower()
    return "<=", float(_EN_NUMBERS.get(word) or int(word)), "名"


def make_ask(question: str, lang: str, qtype: QType, terms: Sequence[str], weights: Mapping[str, float] | None = None,
             years: Sequence[int] = (), regions: Sequence[str] = ()) -> Ask:
    """An :class:`Ask` with its measured words and polarity cues derived from ``question``."""
    from .asked_measure import measured_words

    terms = tuple(terms)
    if qtype.kind == "yesno":  # 全部/所有, 首次/头一回: the claim the checks judge, not words the evidence must hold
        terms = tuple(t for t in terms if not (_CLAIM_WORD_RE.fullmatch(t) or _FIRST_RE.fullmatch(t))) or terms  # 头一回: cues.first
    measured = measured_words(question, terms, weights) if qtype.kind in ("number", "compare") else ()
    if qtype.kind in ("number", "compare"):  # a count at 市级 is the 市本级 count, not the 全市 one (a title keeps 全市)
        from .levels import level_scope

        weights = {level_scope(t): w for t, w in (weights or {}).items()}
        terms, measured = (tuple(dict.fromkeys(level_scope(t) for t in ts)) for ts in (terms, measured))
    cues = polarity_cues(question) if qtype.kind == "yesno" else Cues()
    if cues.threshold is not None:  # 突破300万了吗 / more than 291 decisions: the threshold's verb and figure are the
        figures = (f"{cues.threshold[1]:,.0f}", f"{cues.threshold[1]:.0f}")  # claim the report's figure decides, not words
        terms = tuple(t for t in terms if t not in _OPS and not (t.isdigit() and any(t in f for f in figures))) or terms
    weights = dict(weights or {})
    if qtype.kind == "list":  # 哪几个地方拿到了…称号: the places are stated as 被命名为X / 获评X
        from .honours import honour_terms

        terms, weights = honour_terms(question, terms, weights)
    if qtype.kind == "name":  # 什么称号: the head names the answer's kind; the evidence names the thing
        from .honours import honour_terms
        from .kinds import SLOGANS, asked_entity
        from .names import HEAD_WEIGHT, answer_head, asked_level_word

        head = answer_head(question)
        if head in weights:
            weights[head] *= HEAD_WEIGHT
        level = asked_level_word(fold(question))  # 哪个县级市: the answer's kind, written as its name's suffix (某某市)
        if level in weights:
            weights[level] = 0.0
        terms, weights = honour_terms(question, terms, weights)  # 拿到…称号: stated as 获评X / 被命名为X
        entity = asked_entity(question)  # a slogan is written as a quotation (the span it answers with), seldom with 口号
        if lang == "en" and entity is not None and entity.ends and terms and not any(
                set(alternatives(t)) & set(entity.ends) for t in terms):  # which venue: 阵地|场所|… weighs as a head
            kind_term = "|".join(dict.fromkeys(fold(e) for e in entity.ends))
            weights[kind_term] = HEAD_WEIGHT * sum(weights.get(t, 1.0) for t in terms) / len(terms)
            terms += (kind_term,)
        if entity is not None and entity.kind == "slogan":
            weights.update((w, 0.0) for w in SLOGANS if w in weights)
        from .persons import POST_FRAME_WORDS, asks_other_posts

        if asks_other_posts(fold(question)):  # 还担任什么职务: the frame asks; the titles answer
            weights.update((w, 0.0) for w in POST_FRAME_WORDS if w in weights)
    return Ask(question, lang, qtype, terms, weights, tuple(years), tuple(regions), measured, cues)


@dataclass(frozen=True)
class Sent:
    """One sentence of a retrieved passage: ``doc.text[start:end]``."""
    doc: Document
    chunk: Chunk
    start: int
    end: int
    rank: int
    chunk_cov: float = 0.0

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    def ref(self) -> SpanRef:
        return SpanRef(self.doc.doc_id, self.start, self.end, self.chunk.section)

    def at(self, start: int, end: int) -> Sent:
        """Another span of the same report and passage (a neighbouring sentence, a list item)."""
        return Sent(self.doc, self.chunk, start, end, self.rank, self.chunk_cov)


def names_part(ask: Ask, text: str) -> bool:
    """``text`` may answer for the asked place: no part of a covered parent is asked (:attr:`Ask.within`), or it
    names that part (鼓楼区 in 福州市's report)."""
    return not ask.within or any(w in fold_chars(text) for w in ask.within)


def in_regions(doc: Document, regions: Sequence[str]) -> bool:
    return any(same_region(r, doc.region) for r in regions)


def candidates(hits: Sequence[Hit], documents: Mapping[str, Document], ask: Ask) -> list[Sent]:
    """Sentences of the hits' chunks (valid chunks of known documents only), in rank order; only
    the asked regions' reports (none when no hit is of them: another place does not answer); no
    region asked, the asked years' reports when the hits include any."""
    def read(keep: Callable[[Document], bool]) -> list[Sent]:  # only the reports kept are read (a pool of every report)
        out: list[Sent] = []
        seen: set[tuple[str, int, int]] = set()
        for i, hit in enumerate(hits):
            doc = documents.get(hit.chunk.doc_id)
            if doc is None or not keep(doc) or not chunk_is_valid(hit.chunk, doc):
                continue
            ccov, _ = coverage(ask.terms, hit.chunk.text, ask.weights)
            spans = sentence_spans(hit.chunk, doc) + [sp for sp in cut_rows(doc.text, hit.chunk.start, hit.chunk.end)
                                                      if (doc.doc_id, *sp) not in seen]  # a table it cuts: all rows, once
            seen.update((doc.doc_id, *sp) for sp in spans)
            out.extend(Sent(doc, hit.chunk, s, e, i, ccov) for s, e in spans if names_part(ask, doc.text[s:e]))
        return out

    if ask.regions:  # the places asked: another place's report answers nothing
        return read(lambda d: in_regions(d, ask.regions))
    if ask.years:  # a year named without a place: that year's reports, not another year's (any, when none has a sentence)
        return read(lambda d: d.year in ask.years) or read(lambda d: True)
    return read(lambda d: True)


def by_report(sents: Sequence[Sent]) -> dict[str, list[Sent]]:
    """Sentences grouped by report id, in first-seen order."""
    out: dict[str, list[Sent]] = {}
    for s in sents:
        out.setdefault(s.doc.doc_id, []).append(s)
    return out


def sentence_coverage(sent: Sent, ask: Ask, with_section: bool = False) -> float:
    """Weighted share of the question's terms in the sentence (and its section path)."""
    text = (sent.chunk.section + "\n" + sent.text) if with_section else sent.text
    return coverage(ask.terms, text, ask.weights)[0]


def base_score(sent: Sent, ask: Ask, text: str | None = None) -> float:
    """Term coverage of the sentence (or of ``text`` read for it: a table row with its caption), a little of its
    passage's, a little of its rank."""
    cov, _ = coverage(ask.terms, fold_chars(sent.text if text is None else text), ask.weights, folded=True)
    return cov + 0.2 * sent.chunk_cov + 0.05 / (1 + sent.rank)


def ranked(sents: Sequence[Sent], ask: Ask) -> list[tuple[float, Sent]]:
    """(score, sentence), best first (ties: better-ranked passage, earlier sentence)."""
    scored = [(base_score(s, ask), s) for s in sents]
    scored.sort(key=lambda x: (-x[0], x[1].rank, x[1].start))
    return scored
