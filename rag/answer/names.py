"""Which kind of name a question asks for, by its question word, and where such names stand.

A "name" answer is a substring of a report sentence; the question word says its shape:

=============================================  =======================================  ==================
question word                                  the answer                               spans
=============================================  =======================================  ==================
由谁担任总指挥 / 由哪个部门牵头                  the words in the question's slot         :mod:`rag.answer.name_frames`
什么文件 / 哪个研究院 / which platform           a title / body / channel of that kind    :mod:`rag.answer.kinds`
谁 / 哪位 / who                                a person after a title (副会长王某某)     :func:`titled_names`
市长叫什么 / 哪位教授 / which professor          the name bound to that title             :mod:`rag.answer.persons`
还担任什么职务 / what other post did X hold     the titles written before X's name       :mod:`rag.answer.persons`
什么称号 / 什么荣誉 / what title, award          what was conferred (获评X, 被评为X)       :func:`conferred_spans`
叫什么(名字) / 名称 / called, of what            a quoted name (APP“某某通”)               :func:`quoted_names`
哪一期 / 哪个时期 + 《title》                    the period inside that title              :mod:`rag.answer.name_frames`
哪个地级市 / 哪个县 / which city('s)              a place of that level, not the asked one  :func:`place_level_spans`
哪个镇 / 哪个街道 / which town                    a town by its shape (某某镇, 某某街道)      :func:`town_spans`
哪家媒体 / which news agency                     a news medium (新华社, 某某日报)            :func:`media_spans`
=============================================  =======================================  ==================

:func:`name_preference` scores a name by what it shares with the question (of two titles in
one sentence, the one that shares the question's words; a document number with the title it
numbers, ``《某某要点》(某政办发〔2022〕15号)``) and by standing right after a question term or an
introducing verb (``APP“某某通”``, ``名为“某某”``).

>>> s = "全市首个政务服务APP“便民通”正式上线,被写入“数字政府”规划。"
>>> [s[a:b] for a, b, _ in quoted_names(s)]
['“便民通”', '“数字政府”']
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import places
from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .figure_fit import clause_bounds
from .figures import title_spans
from .honours import (
    asks_conferred_subject,
    asks_honour,
    conferred_spans,
    conferred_subject_head,
    conferred_subject_spans,
)
from .kinds import asked_entity, entity_spans
from .name_frames import (
    asked_role,
    asks_period,
    period_spans,
    role_spans,
    slot_frame,
    slot_spans,
)
from .person_names import person_name_like
from .persons import asked_title, asks_other_posts, asks_person, held_titles
from .qtypes import DOC_TYPES, PLACE_MODIFIER, which_of_places, without_name_levels
from .term_coverage import coverage

Span = tuple[int, int, str]

_QUOTED_RE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,30})[”\"」』]")
_INTRO_RE = re.compile(r"(?:名为|名叫|叫做|叫|称为|简称|命名为|打造|建成|品牌|平台|APP|app|App|小程序|热线|模式|工程|机制)$")
NAME_OVERLAP = 0.6  # weight of the question terms a name itself holds (of two titles, the one asked about)
INTRO_BONUS = 0.3  # a name right after a question term or an introducing word (APP“某某通”, 名为“某某”)


def quoted_names(sentence: str, heads: Sequence[str] = ()) -> list[Span]:
    """(start, end, "") of names in quotation marks, the marks included: ``“便民通”``; with the
    word right after the marks when it is one of ``heads`` (the question's words: a question
    about 驻村工作 gets ``“访民情”驻村工作``)."""
    s = fold_chars(sentence)
    out = []
    heads = sorted((h for h in heads if h), key=len, reverse=True)
    for m in _QUOTED_RE.finditer(s):
        end = m.end()
        while (h := next((h for h in heads if s.startswith(h, end)), "")):  # 驻村 + 工作
            end += len(h)
        out.append((m.start(), end, ""))
    return out


# --- persons after a title ----------------------------------------------------------------------
_TITLE_WORDS = r"副?(?:会长|书记|主任|部长|厅长|局长|市长|县长|区长|州长|省长|院长|校长|所长|主席|理事长|秘书长|检察长|庭长|组长)"
# the name ends where the sentence goes on: 同志, a verb (主持, 带队; 任/兼任/担任 the post it also holds: 局长某某某任组长)
_TITLED_RE = re.compile(rf"{_TITLE_WORDS}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=同志|在|于|为|作|到|出席|主持|带队|参加|讲授|就|等|任|兼任|担任"
                        r"|、|，|,|。|；|;|[(（])")


def titled_names(sentence: str) -> list[Span]:
    """(start, end, "") of person names right after a title that precedes names
    (``副会长王某某在…`` -> ``王某某``), and the names jieba tags as persons."""
    from .figures import person_spans

    s = fold_chars(sentence)
    out = [(m.start("name"), m.end("name"), "") for m in _TITLED_RE.finditer(s)  # 市长于某某同志: 同志 closes a name
           if (m.group("name")[0] not in _NOT_NAME_START or s.startswith("同志", m.end("name")))
           and (person_name_like(m.group("name")) or not s.startswith(_POST_VERBS, m.end("name")))]  # 负责任: no name
    quoted = [(a, b) for a, b, _ in quoted_names(sentence)]  # “利剑”作用: a quoted word is no person
    tagged = [sp for sp in person_spans(sentence) if not any(a <= sp[0] and sp[1] <= b for a, b in quoted)]
    # 书记向东明、: jieba's 向东 is a part of the name the title binds, no name of its own
    tagged = [sp for sp in tagged if not any(a <= sp[0] and sp[1] <= b and (a, b) != sp[:2] for a, b, _ in out)]
    return sorted(set(out) | set(tagged))


_NOT_NAME_START = frozenset("等在于为和与及的是对将把被")
_POST_VERBS = ("任", "兼任", "担任")  # a name before them must look like one (局长负责任…: 负责 is none)



# --- places of the asked level --------------------------------------------------------------------
_LEVEL_Q = (  # question word -> the levels it asks for
    # Inner Mongolia's 盟 and 旗 stand where other provinces have prefectures and counties (哪个旗: a banner)
    (re.compile(rf"哪(?:个|一个|座)?(?:地级市|地市|市州|州市|盟)|\bwhich (?:{PLACE_MODIFIER})?(?:prefecture|league)\b"), ("prefecture",)),
    (re.compile(rf"哪(?:个|一个|座)?县级市|\bwhich (?:{PLACE_MODIFIER})?county[\s-]level cit(?:y|ies)\b"), ("county-level city",)),
    (re.compile(rf"哪(?:个|一个|些)?(?:县|区县|县区|旗(?:县)?)(?!级)|\bwhich (?:{PLACE_MODIFIER})?(?:county|banner)\b"), ("county", "county-level city", "district", "banner")),
    (re.compile(rf"哪(?:个|一个)?(?:省份|省(?!级))|\bwhich (?:{PLACE_MODIFIER})?province\b"), ("province",)),  # 哪个省级系统: a system
    (re.compile(rf"哪(?:个|一个)?区(?![域县别划级])|\bwhich (?:{PLACE_MODIFIER})?(?:district|urban district)\b"), ("district",)),
    (re.compile(rf"哪(?:个|一个|座)?(?:城市|市)(?!级)|\bwhich (?:{PLACE_MODIFIER})?city\b"), ("prefecture", "county-level city")),
    (re.compile(rf"哪(?:个|一个|些)?(?:乡镇|镇|乡|街道|苏木)|\bwhich (?:{PLACE_MODIFIER})?(?:town|township|subdistrict|sub-district)\b"), ("township",)),
    (re.compile(rf"哪(?:个|一个|些)?(?:行政村|村庄|社区|村)(?![级民委务规])|\bwhich (?:{PLACE_MODIFIER})?(?:village|community)\b"),
     ("village",)),
)


def asked_levels(question: str) -> tuple[str, ...]:
    """Place levels a 哪个地级市/哪个县 question asks for; () when it asks no place (the level word of a
    proper name, "which Jiujiang City hall", asks none)."""
    q = fold(which_of_places(without_name_levels(question)))
    return next((lv for rx, lv in _LEVEL_Q if rx.search(q)), ())


def asked_level_word(folded_question: str) -> str:
    """The Chinese noun of the place level a 哪个县级市 / 哪个镇 question asks for (``县级市``, ``镇``); "" when none.
    A place's name states its level by its own suffix (瑞昌市), never by this word."""
    m = next((m for rx, _ in _LEVEL_Q if (m := rx.search(folded_question)) is not None), None)
    return re.sub(r"^哪(?:个|一个|座|些)?", "", m.group(0)) if m is not None and m.group(0).startswith("哪") else ""


# 哪个镇的调解室 / which town's mediation room: the place owns the thing the rest of the question is about
_POSSESSOR_RE = re.compile(r"哪(?:个|一个|些)?(?P<level>[\u4e00-\u9fff]{1,3}?)的|\bwhich (?:[a-z-]+ ){0,2}?[a-z-]+'s\b")


def asks_place_possessor(question: str) -> bool:
    """Whether a 哪个<place level>的X / which town's X question asks for the place that owns X."""
    levels = asked_levels(question)
    if not levels:
        return False
    m = _POSSESSOR_RE.search(fold(question))
    return m is not None and (m.group("level") is None or asked_levels("哪个" + m.group("level")) == levels)


def place_level_spans(sentence: str, question: str, exclude: Sequence[str] = ()) -> list[Span]:
    """(start, end, "") of places of the level the question asks (the place model's mentions),
    other than the places the question itself names or ``exclude`` (the report's own region)."""
    levels = asked_levels(question)
    if not levels:
        return []
    if levels in (("township",), ("village",)):  # below the gazetteer's counties: a town or village by its shape, not
        found = town_spans(sentence) if levels == ("township",) else village_spans(sentence)  # one the question names
        return [sp for sp in found if fold(sentence[sp[0]:sp[1]]) not in fold(question)]
    asked = {c for m in places.find_mentions(fold(question)) for c in m.codes}
    asked |= {places.code_of(r) for r in exclude if r}
    from .pos_tags import pos_tokens

    s = fold_chars(sentence)
    bounds = {0}
    for w, _ in pos_tokens(s):
        bounds.add(max(bounds) + len(w))
    out = []
    for m in places.find_mentions(fold(sentence)):
        if m.bare and len(m.text) < 2 or any(c in asked or any(places.same_place(c, x) for x in asked if x) for c in m.codes):
            continue
        if m.bare and not {m.start, m.end} <= bounds:  # 开平 across 公开|平台: a bare name is a word of its own
            continue
        if any(places.place(c).level in levels for c in m.codes):
            out.append((m.start, m.end, ""))
    return [sp for sp in out if sp[1] <= len(s)]


# A town, township or subdistrict (镇, 乡, 街道, 苏木): two to four characters of name before its head, as
# the genre writes them (在某某镇开展试点, 选取某某乡、某某街道).  Not a generic noun: the head followed by
# a character that makes a word of it (乡镇, 乡村, 城镇化, 乡风), led by a determiner (各镇, 全乡), or of
# fewer than two characters after another level's character (各乡镇, 州县乡; 某县某某乡 names 某某乡).
_TOWN_HEAD_RE = re.compile(r"(?:街道|苏木|镇|乡)(?![乡镇村街市县区化风贤土亲愁情音])")
_NOT_IN_TOWN_NAME = frozenset("乡镇村街县州省区")
_NOT_TOWN_START = frozenset("各全本该我每此其")
_LEAD_POS = frozenset("vpdrmqcuf")  # a verb, preposition, adverb… before the name is not part of it (推进某某镇)
TOWN_NAME_CHARS = 4
STREET_NAME_CHARS = 6  # a subdistrict named after its street: the street's name (某某北大街) and its 街


# A village or community (村, 社区) named the same way (依托某乡某某村“…”演艺队 -> 某某村); not a generic noun (村民, 村委, 村级,
# 村务, 村规, 村居, 村组, 村集体, 社区居民)
_VILLAGE_HEAD_RE = re.compile(r"(?:社区|村)(?![民委级务规居组集庄干])")


def village_spans(sentence: str) -> list[Span]:
    """(start, end, "") of villages and communities named in a sentence, head included: ``某乡某某村`` -> ``某某村``."""
    return town_spans(sentence, _VILLAGE_HEAD_RE)


def _numbered_name(toks: list[tuple[str, str]]) -> bool:
    """Do the tokens start with a numeral that is part of a name (七一路街道, 五一街道: a date's name), not a count (三个镇,
    两个乡镇: a measure word in it or next)?"""
    word, flag = toks[0]
    if flag[:1] != "m":
        return False
    return toks[1][1][:1] != "q" if len(toks) > 1 else bool(re.fullmatch("[一二三四五六七八九十]{2,}", word))


def town_spans(sentence: str, head_re: re.Pattern[str] = _TOWN_HEAD_RE) -> list[Span]:
    """(start, end, "") of towns named in a sentence, head included: ``在某某镇开展试点`` -> ``某某镇``."""
    from .pos_tags import pos_tokens

    s = fold_chars(sentence)
    out = []
    for m in head_re.finditer(s):
        street = m.group(0) == "街道" and s[m.start() - 1:m.start()] == "街"  # 某某北大街街道: named after its street
        lo = max(0, m.start() - (STREET_NAME_CHARS if street else TOWN_NAME_CHARS))
        cut = [lo + x.end() for x in re.finditer(r"[^\u4e00-\u9fff]|[的在和与及对把将为于向从等]", s[lo:m.start()])]
        a = max([lo, *cut, *(i + 1 for i in range(lo, m.start()) if s[i] in _NOT_IN_TOWN_NAME  # 某县某某乡: after 县
                             and not (street and i == m.start() - 1) or street and s[i] == "市")])  # 某市某某大街街道
        toks = pos_tokens(s[a:m.start()])
        while toks and toks[0][1][:1] in _LEAD_POS and not _numbered_name(toks):
            a += len(toks.pop(0)[0])
        name = s[a:m.start()]
        if 2 <= len(name) and name[0] not in _NOT_TOWN_START:
            out.append((a, m.end(), ""))
    return out


# --- news media -----------------------------------------------------------------------------------
_MEDIA_Q_RE = re.compile(r"媒体|新闻|通讯社|报社|报纸|电视台|\bnews\b|\bmedia\b|\bnewspapers?\b|\bpress\b|\bbroadcaster\b")
_MEDIA_END = ("通讯社", "社", "日报", "晚报", "时报", "报社", "电视台", "广播电台", "电台", "新闻网", "频道", "杂志")


def media_spans(sentence: str) -> list[Span]:
    """(start, end, "") of news media named in a sentence: a word ending in 社/日报/电视台/新闻网…
    with up to two nouns before it (``新华社``, ``法治日报``, ``省电视台``)."""
    from .pos_tags import pos_tokens

    toks = pos_tokens(sentence)
    starts = [0]
    for w, _ in toks:
        starts.append(starts[-1] + len(w))
    out = []
    for i, (word, _) in enumerate(toks):
        if not word.endswith(_MEDIA_END) or not "\u4e00" <= word[0] <= "\u9fff":
            continue
        j = i
        while j > 0 and i - j < 2 and toks[j - 1][1][:1] in ("n", "j") and "\u4e00" <= toks[j - 1][0][0] <= "\u9fff":
            j -= 1
        if starts[i + 1] - starts[j] >= 3:
            out.append((starts[j], starts[i + 1], ""))
    return out


# --- the head of 什么X: what kind of thing the answer is ----------------------------------------------
_HEAD_Q_RE = re.compile(r"(?:什么|哪个|哪一个|哪种|哪类|哪项|哪句|何种)(?P<head>[\u4e00-\u9fff]{2,8}?)(?:[？?呢]|$|是|叫|的|名)")
HEAD_WEIGHT = 0.5  # share of its weight the head keeps in support: a 称号 question is answered by 获评X


def answer_head(question: str) -> str:
    """The noun that names what kind of thing a 什么X question asks for, "" when none:
    ``拿到了什么国家级称号`` -> ``称号`` (the evidence names the honour, often without the word); in
    English the glossary term of the asked kind (which platform -> 平台)."""
    from ..text.glossary import english_terms
    from .kinds_en import english_entity
    from .term_tokens import tokens

    m = _HEAD_Q_RE.search(fold(question))
    if m is None and (en := english_entity(question)) is not None:
        zh = english_terms(en[1])
        return zh[0] if len(zh) == 1 else ""
    words = tokens(m.group("head")) if m else []
    return words[-1] if words and len(words[-1]) >= 2 else ""


# --- choosing among names -------------------------------------------------------------------------
_NUMBERED_TITLE_RE = re.compile(r"《[^《》]{2,60}》\s*\(?$")  # the title a document number right after it numbers
TITLE_REACH = 64


def name_preference(sentence: str, span: Span, terms: Sequence[str], weights) -> float:
    """Extra score of a name: :data:`NAME_OVERLAP` x the question terms it holds itself, plus
    :data:`INTRO_BONUS` when a question term or an introducing word stands right before it."""
    s = fold_chars(sentence)
    a, b, _ = span
    intro_at = _coordination_head(s, a)
    numbered = _NUMBERED_TITLE_RE.search(s, max(0, a - TITLE_REACH), a)  # 《某某意见》(某政办函〔2016〕50号): scored with its title
    own = coverage(terms, s[numbered.start() if numbered else a:b], weights)[0] if terms else 0.0
    before = fold(s[max(0, intro_at - 8):intro_at])
    ca, _ = clause_bounds(s, intro_at)
    intro = bool(_INTRO_RE.search(s[max(ca, intro_at - 6):intro_at])) or any(t and before.endswith(fold(t)) for t in terms)
    return NAME_OVERLAP * own + (INTRO_BONUS if intro else 0.0)


_COORDINATED_RE = re.compile(r"《[^《》]{2,60}》\s*(?:和|及|以及|与|、|或)?\s*$")  # 印发《甲》和《乙》: 乙 is 印发's object too


def _coordination_head(s: str, a: int) -> int:
    """Where the run of coordinated titles holding the name at ``a`` starts (印发《甲》和《乙》: 《甲》's start for
    《乙》), so that every title of one verb's run is introduced by that verb; ``a`` itself for a name no title precedes."""
    while (m := _COORDINATED_RE.search(s, max(0, a - TITLE_REACH - 4), a)) is not None:
        a = m.start()
    return a


def _outside_honours(spans: list[Span], sentence: str) -> list[Span]:
    """The ``spans`` outside the honours the sentence confers (某某派出所获评全省“枫桥式”公安派出所: the station that
    won, not the honour's kind word), all of them when none is outside."""
    honours = conferred_spans(sentence)
    return [sp for sp in spans if not _within([sp], honours)] or spans


def _within(spans: Sequence[Span], outer: Sequence[Span]) -> list[Span]:
    """The ``spans`` inside one of ``outer`` (a place of the asked level inside what received an honour)."""
    return [sp for sp in spans if any(a <= sp[0] and sp[1] <= b for a, b, _ in outer)]


_QUOTED_Q_RE = re.compile(r"叫什么|名字|名称|叫做什么|称为什么|\bcalled\b|\bnamed?\b|\bof what\b|\bwhat is it\b")


def name_fns(ask_question: str, own_regions: Sequence[str] = ()) -> list[Callable[[str], list[Span]]]:
    """The span finders a name question's word asks for, most specific first (the caller takes
    the first that finds an answer); [] when the question word is none of the table's."""
    q = fold(ask_question)
    fns: list[Callable[[str], list[Span]]] = []
    from .list_asks import excluded_item
    from .list_items import (
        other_items,  # list_items reads clauses through yesno, which reads names
    )

    if excluded_item(ask_question) and not asks_other_posts(q):  # 除了A，还涉及哪项: the run's other items
        fns.append(lambda s: other_items(s, ask_question))
    if asks_period(q):
        fns.append(lambda s: period_spans(s, ask_question))
    if slot_frame(q) is not None:
        fns.append(lambda s: slot_spans(s, ask_question))
    if asks_other_posts(q):  # 某某除了副书记还担任什么职务: the titles written before that name
        fns.append(lambda s: held_titles(s, ask_question))
    person = asks_person(q)
    role = asked_role(q) if person else ""
    if role:  # 总指挥是谁: the holder as appointed, else a person's name (below)
        fns.append(lambda s: role_spans(s, role))
    if person and not asked_title(ask_question):  # 县长是谁: the name bound to that title (rag.answer.spans)
        fns.append(titled_names)
    if asks_place_possessor(ask_question):  # 哪个镇的调解室被评为…: the town, not the room's own name
        fns.append(lambda s: place_level_spans(s, ask_question, own_regions))
    if asks_conferred_subject(ask_question):  # which project was named a model project: what received it
        subject = conferred_subject_head(ask_question)
        # which county-level city was named a model: the place of that level among them (a village or town is named
        # with the places above it, 某镇某村, as the subject stands)
        if asked_levels(ask_question) not in ((), ("township",), ("village",)):
            fns.append(lambda s: _within(place_level_spans(s, ask_question, own_regions), conferred_subject_spans(s, subject)))
        fns.append(lambda s: conferred_subject_spans(s, subject))
    if _MEDIA_Q_RE.search(q):
        fns.append(media_spans)
    if asks_honour(q) and not asked_levels(ask_question):  # 有个镇…拿到了…称号，是哪个镇: the town, not the honour
        fns.append(conferred_spans)
    if asked_levels(ask_question):
        fns.append(lambda s: place_level_spans(s, ask_question, own_regions))
    entity = None if person or asked_levels(ask_question) else asked_entity(ask_question)  # which city's platform: the city
    if entity is not None:  # 什么文件 / which institute: a span of that kind, with the asked head, or none
        fns.append(lambda s: _outside_honours(entity_spans(entity, s), s))
        if entity.kind == "title" and entity.ends and _QUOTED_Q_RE.search(q):  # what is the work programme called:
            fns.append(quoted_names)  # a 《…方案》, else the quoted name the genre gives a campaign or a work (“某某”驻村工作)
        return fns
    if _QUOTED_Q_RE.search(q) and not person:
        titled = re.search(DOC_TYPES, q) is not None  # 条例叫什么: a 《title》 or a quoted name
        from .term_tokens import tokens

        heads = [t for t in tokens(q) if len(t) >= 2]
        fns.append((lambda s: title_spans(s) + quoted_names(s, heads)) if titled else (lambda s: quoted_names(s, heads)))
    return fns
