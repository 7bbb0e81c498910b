"""What an English figure question counts, which change it asks about (in Chinese words), and the
threshold an English yes/no question states (:func:`english_threshold`: more than 20 meetings, exceed 3 million).

>>> counted_phrase("How many rectification tasks from the inspection did the bureau complete?")
'rectification tasks'
>>> counted_phrase("How many lawyers staffed the city's 12345 hotline in 2024?")
'lawyers'
>>> change_verbs("By what percentage did the city cut its approval time?").split("|")[:2]
['减少', '压缩']
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re

_COUNTED_RE = re.compile(r"\bhow (?:many|much)\s+['\"‘“]?([a-z][a-z\- '\"‘’“”]*?)['\"’”]?\s+(?:did|does|do|were|was|has|have|had|are|is|will|in)\b",
                         re.IGNORECASE)  # how many 'mobile classes' did: the quoted name is counted
# the counted noun as the subject of a past-tense verb: how many lawyers staffed the hotline, how many people attended
_SUBJECT_COUNTED_RE = re.compile(r"\bhow many\s+(?!(?:were|was|are|is|did|do|does|has|have|had)\b)([a-z][a-z\- ]*?)\s+(?:[a-z]{3,}ed|took|got|won|went|came|made|held|gave|ran|"
                                 r"saw|sent|kept|left|met|became|joined|signed|worked)\b", re.IGNORECASE)
_COUNTER_OF_RE = re.compile(r"^(?:pieces|items|categories|kinds|types|sorts|batches|sets|units|copies|rounds|lots)\s+of\s+",
                            re.IGNORECASE)  # a counter word, then what is counted
_MODIFIER_RE = re.compile(r"\s(?:from|of|in|under|at|by|for|with|on|during|to|across|within)\s", re.IGNORECASE)
_CHANGE = (  # a change verb -> the Chinese verbs that state it ("|"-joined)
    (re.compile(r"\b(?:cut|cuts|reduc\w*|lower\w*|shorten\w*|decreas\w*|trimm?\w*|compress\w*|slash\w*)\b", re.IGNORECASE),
     "减少|压缩|精简|降低|下降|缩短|缩减|减"),
    (re.compile(r"\b(?:rais\w*|increas\w*|boost\w*|grow|grew|grown|expand\w*)\b", re.IGNORECASE),
     "增加|提高|提升|增长|上升|扩大|增"),
)


# a comparison's counted noun: which held more law study sessions: A or B? / which connected more departments to …
_MORE_COUNTED_RE = re.compile(r"^\s*(?:which|who)\s+(?:[a-z]+\s+){0,2}?(?:more|fewer)\s+['\"‘“]?([a-z][a-z\- '\"‘’“”]*?)['\"’”]?"
                              r"(?=\s*[:;,?(]|\s+(?:than|to|in|at|on|into|from|between|under|during|did|was|were|has|have|had|is|are)\b)",
                              re.IGNORECASE)


# a counter word alone after how many (how many items did it review): a measure word, as 多少件, that counts what the
# question named before it (documents, agreements and meeting topics), never a noun of its own
_BARE_COUNTER_RE = re.compile(r"\b(how (?:many|much))\s+(?:items|pieces|things)(?=\s+(?:did|does|do|were|was|has|have|had|are|is|will|in)\b)",
                              re.IGNORECASE)


def without_bare_counter(question: str) -> str:
    """``question`` with a counter word standing alone after *how many* left out (how many items did it review:
    how many did it review), so that the counter is no term; any other question unchanged.

    >>> without_bare_counter("how many items did it review?"), without_bare_counter("how many items of data were shared?")
    ('how many did it review?', 'how many items of data were shared?')
    """
    return _BARE_COUNTER_RE.sub(r"\1", question)


# how many of X's / of the cases: a part of the noun phrase after it, which is what is counted (how many of Jiangyin's
# cases involved land: the cases)
_PARTITIVE_RE = re.compile(r"\b(how (?:many|much))\s+of\s+(?:the|its|their|these|those|[A-Za-z\-]+['’]s?)\s+", re.IGNORECASE)


def counted_phrase(question: str, compared: bool = False) -> str:
    """The noun phrase after ``how many`` (with ``compared``, else after ``which … more`` of a
    comparison), without its prepositional modifier (tasks *from the inspection*: the tasks are
    counted), or after ``how many of X's``; "" when there is none."""
    question = _PARTITIVE_RE.sub(r"\1 ", without_bare_counter(question))
    m = _COUNTED_RE.search(question) or (_MORE_COUNTED_RE.search(question) if compared else _SUBJECT_COUNTED_RE.search(question))
    if m is None:
        return ""
    phrase = _COUNTER_OF_RE.sub("", m.group(1))  # pieces of government information: the information
    return re.sub(r"['\"‘’“”]", "", _MODIFIER_RE.split(phrase)[0])


def _phrase_terms(question: str, terms: Sequence[str], lexicon: bool, compared: bool = False) -> tuple[str, ...]:
    """The question's ``terms`` that translate a word of the counted phrase: the glossary's and, with
    ``lexicon``, the general lexicon's (a question term sharing an alternative with the word's renderings)."""
    from ..text.glossary import alternatives, english_terms

    phrase = counted_phrase(question, compared)
    if not phrase:
        return ()
    out: dict[str, None] = {}
    for p in english_terms(phrase, known=(lambda w: True) if lexicon else None):
        forms = set(alternatives(p))
        out.update((t, None) for t in terms if t == p or forms & set(alternatives(t)))
    return tuple(out)


# what was X's <...> rate / percentage: the rate is what is measured
_RATE_PHRASE_RE = re.compile(r"\bwhat (?:was|is|were|are)\s+(?:the\s+)?([a-z][a-z'\- ]*?\b(?:rate|ratio|percentage|proportion))\b",
                             re.IGNORECASE)


# what share of <whose> <what> <verb>: the share is a share of that noun phrase (a rate of another measure is no answer)
_SHARE_OF_RE = re.compile(r"\b(?:what|which)\s+(?:share|percentage|proportion|fraction|portion)\s+of\s+([a-z0-9'’\- ]+?)"
                          r"\s+(?:were|was|ended|had|have|has|got|went|saw|resulted|did|are|is|received|reached|met)\b", re.IGNORECASE)


def measured_terms(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The question's terms that name what it counts: the glossary's words for the counted phrase
    (a dictionary rendering is a guess among senses: never required of the evidence); for a rate
    (``What was the court appearance rate``), the glossary's term of the rate, as 纠错率是多少 asks 纠错率."""
    if _OUTLAY_RE.search(question):  # how much did it spend / pay in fees: money paid out, not any sum the sentence names
        from .measure_qualifiers import OUTLAY_WORDS

        return (OUTLAY_WORDS,)
    counted = _phrase_terms(question, terms, lexicon=False)
    if counted:
        return counted + _object_term(question, terms, counted)
    if counted_phrase(question):
        return counted
    from ..text.glossary import english_terms

    m = _RATE_PHRASE_RE.search(question)
    rate = [t for t in english_terms(m.group(1)) if t in terms] if m else []
    if not rate and (m := _SHARE_OF_RE.search(question)):  # what share of reconsideration cases ...: 行政复议
        base = [t for t in english_terms(m.group(1)) if t in terms]
        return tuple(base[:-1] if len(base) >= 2 else base)  # the kind, not the head noun the rate's sentence may drop
    return tuple(rate[-1:])  # the rate's own term comes last: reconsideration correction rate -> 纠错率


# how much (money) a body spent or paid: an outlay (rag.answer.measure_qualifiers.OUTLAY_WORDS)
# (a word that an auxiliary follows is the counted noun, not the verb: how much unpaid pay did … recover, how much budget did)
_OUTLAY_RE = re.compile(r"\bhow much\b(?:\s+money)?[^?]*?\b(?:spen[dt]|spending|pa(?:y|id|ying)|invest(?:ed|ing)?|"
                        r"allocat(?:e|ed|ing)|cost|costs|put (?:in|into)|pour(?:ed)? (?:in|into)|inject(?:ed)?|"
                        r"fund(?:ed)?|earmark(?:s|ed|ing)?|set aside|budget(?:s|ed|ing)?)\b"
                        r"(?!\s+(?:did|does|do|was|were|is|are|has|have|had)\b)", re.IGNORECASE)  # not "fees" alone: fees charged or waived (收费) are no outlay
_OBJECT_END_RE = re.compile(r"\s+(?:in|during|for|by|at|from|to|over|since|before|after|across)\b|[?,.;]|$", re.IGNORECASE)


def _object_term(question: str, terms: Sequence[str], counted: Sequence[str]) -> tuple[str, ...]:
    """The head term of the object a subject question's verb takes (how many lawyers staffed *the city's
    hotline*: 热线), which says which of the counted are asked, so the evidence must name it too; () for any
    other question shape, or an object the glossary does not know."""
    from ..text.glossary import english_terms

    question = _PARTITIVE_RE.sub(r"\1 ", question)  # how many of X's cases involved land: the cases, then the land
    if _COUNTED_RE.search(without_bare_counter(question)):
        return ()
    m = _SUBJECT_COUNTED_RE.search(question)
    if m is None:
        return ()
    rest = question[m.end():]
    found = [t for t in english_terms(rest[:_OBJECT_END_RE.search(rest).start()]) if t in terms and t not in counted]
    return tuple(found[-1:])


# a grade given to what is counted (how many files were rated excellent / judged as unqualified / failed the review): the
# grade's words say which of them are asked, as 被评为优秀的案卷 does
_EN_GRADE_RE = re.compile(r"\b(?:(?:rat|grad|judg|evaluat)(?:e|ed|es)|(?:assess|deem|mark|fail|pass)(?:ed|es)?|classif(?:y|ied|ies)"
                          r"|found|finds?|class(?:ed|es)?)"
                          r"\s+(?:as\s+)?(?:being\s+)?([a-z][a-z\- ]*?)(?=\s*(?:[?,.;]|$)|\s+(?:in|by|during|for|at|on|after|when|under)\b)",
                          re.IGNORECASE)


def english_grade(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The question's ``terms`` naming a grade given to what it counts (``rated as excellent`` -> 优秀, ``failed the
    review`` -> 不合格), which :func:`rag.answer.breakdowns.qualified_spans` looks for in a figure's own label.

    >>> english_grade("How many case files were rated as excellent in 2023?", ("案卷", "优秀"))
    ('优秀',)
    >>> english_grade("How many case files were reviewed in 2023?", ("案卷", "评查"))
    ()
    """
    from ..text.glossary import english_terms

    m = _EN_GRADE_RE.search(question)
    if m is None:
        return ()
    said = english_terms(m.group(0)) if m.group(0).lower().startswith(("fail", "pass")) else english_terms(m.group(1))
    return tuple(t for t in said if t in terms)


def counted_term(question: str, terms: Sequence[str] = ()) -> str:
    """The Chinese term for the counted noun (``How many administrative villages`` -> ``行政村``),
    "" when the glossary has none; given the question's ``terms``, the last of them the counted
    phrase holds (a dictionary rendering too: projects -> ``计划|工程|项目``)."""
    from ..text.glossary import alternatives, english_terms

    if terms:  # a comparison's noun binds each side's figure (5次专题学法), as the evidence need not repeat it
        held = _phrase_terms(question, terms, lexicon=True, compared=True)
        if len(held) >= 2:  # the head noun with a modifier first (专题学法), then alone (学法)
            mods, heads = [m for t in held[:-1] for m in alternatives(t)], alternatives(held[-1])
            return "|".join(dict.fromkeys([m + h for m in mods for h in heads] + list(heads)))
        if held:
            return held[-1]  # the head noun comes last: reconsideration cases -> 案件
    phrase = counted_phrase(question)
    place = _COUNTED_PLACES.get(re.sub(r"(?:ies|s)$", lambda m: "y" if m.group(0) == "ies" else "", phrase.split()[-1].lower())) \
        if phrase else None
    if place:  # how many cities: the figure written onto a place noun (32个地市), as 多少个市 counts places
        return place
    found = english_terms(phrase) if phrase else ()
    return found[-1] if found else ""


# places counted by an English question (the glossary leaves place words to the place model): the nouns a
# report writes after the figure (与32个地市, 12个县区, 5个省份)
_COUNTED_PLACES = {"city": "地市|市|城市", "county": "县|县区|县市", "district": "区|县区", "province": "省|省份",
                   "prefecture": "市州|地州|州|地市", "municipality": "市|直辖市"}


def change_verbs(question: str) -> str:
    """The Chinese verbs (``|``-joined) for the change the question asks about (cut, raise ...), else
    the glossary's verb a comparison counts by (which *kept* more items -> 保留: the figure after
    保留, not the one after 取消); "" when it names none."""
    found = next((zh for rx, zh in _CHANGE if rx.search(question)), "")
    if found:
        return found
    from ..text.glossary import GLOSSARY

    m = _COMPARED_VERB_RE.search(question)
    return "|".join(GLOSSARY.get(m.group(1).lower(), ())) if m else ""


# which/who <verb> more <what>: the verb the compared figures are counted by
_COMPARED_VERB_RE = re.compile(r"\b(?:which|who)\b(?:\s+\w+)?\s+([a-z]+ed|kept|held|made|set|built|issued|won)\s+"
                               r"(?:more|fewer|less|the most|the fewest)\b", re.IGNORECASE)


EN_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_EN_FRACTION = r"(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fifths?|tenths?)"
_EN_CAPS = ("no more than", "not more than", "no longer than", "not longer than", "at most", "within")  # 不超过 / 以内
_EN_FLOORS = ("no fewer than", "not fewer than", "no less than", "not less than")  # 不少于
_EN_THRESHOLD_RE = re.compile(rf"\b({'|'.join(_EN_CAPS + _EN_FLOORS)}|more than|over|above|at least|less than|fewer than|under|below|reach(?:ed|es)?|hit|"
                              rf"achiev(?:e|ed|es)|exceed(?:ed|s)?|surpass(?:ed|es)?|pass(?:ed|es)?|topp(?:ed)?|tops|cross(?:ed|es)?|"
                              rf"(?:break|broke|broken)(?:\s+through)?)\s+(?:the\s+)?"
                              rf"(half|{_EN_FRACTION}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{'|'.join(EN_NUMBER_WORDS)})"
                              rf"(?:\s*(%|percent))?(?:\s+(thousand|million|billion)\b)?((?:\s+[a-z\-]+){{0,4}})",
                              re.IGNORECASE)
_EN_OPS = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "less than": "<", "fewer than": "<", "under": "<",
           "below": "<", "reach": ">=", "hit": ">=", "achieve": ">=", "exceed": ">", "surpass": ">", "pass": ">=",
           "topp": ">=", "tops": ">=", "cross": ">=", "break": ">=", "broke": ">=",
           **{w: "<=" for w in _EN_CAPS}, **{w: ">=" for w in _EN_FLOORS}}  # passed / topped / broke 3 million: 突破
_EN_QUOTED_RE = re.compile(r"(?<![A-Za-z])['‘\"“][^'’\"”]+['’\"”](?![A-Za-z])")
_EN_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}


# "only a single round", "just a one-day session", "only one meeting": a claim of at most one
_ONLY_ONE_RE = re.compile(r"\b(?:only|just|merely|solely)\s+(?:a\s+|an\s+)?(?:single|one|1)[- ]([a-z]+)", re.IGNORECASE)


def _only_one(question: str) -> tuple[str, float, str] | None:
    """``only a single round of check-ups`` -> ('<=', 1.0, ''), ``just a one-day session`` -> ('<=', 1.0, '天'):
    a claim that there was at most one (the unit from the counted word, "" when it names none); None otherwise."""
    from .asked_unit import english_measure

    m = _ONLY_ONE_RE.search(question)
    return ("<=", 1.0, english_measure(m.group(1))) if m else None


def _en_op(word: str) -> str:
    """The comparison of an English threshold word: ``reached`` -> ">=", ``exceeds`` -> ">"."""
    w = word.lower()
    return _EN_OPS.get(w) or next(op for stem, op in _EN_OPS.items() if w.startswith(stem[:5]))


def _en_fraction(word: str) -> float | None:
    """``two-thirds`` -> 66.7, ``four fifths`` -> 80 (a percentage); None for anything else."""
    m = re.fullmatch(r"(a|one|two|three|four|five|six|seven|eight|nine)[- ](third|quarter|fifth|tenth)s?", word.lower())
    if m is None:
        return None
    top = 1 if m.group(1) in ("a", "one") else EN_NUMBER_WORDS.index(m.group(1)) + 1
    return 100.0 * top / _EN_DENOMINATORS[m.group(2)]


def threshold_counted(question: str, terms: Sequence[str] = ()) -> str:
    """The Chinese term for what an English threshold counts (``more than 40 cities on …`` -> 地市|市|城市), as
    :func:`counted_term` reads ``how many cities``; "" when the threshold names no noun."""
    m = _EN_THRESHOLD_RE.search(question)
    words = m.group(5).strip() if m else ""
    return counted_term(f"how many {words} did", terms) if words else ""


def english_threshold(question: str) -> tuple[str, float, str] | None:
    """``more than half`` -> ('>', 50.0, '%'); ``at least 20`` -> ('>=', 20.0, ''); ``reached 80%`` ->
    ('>=', 80.0, '%'); ``exceeded two-thirds`` -> ('>', 66.7, '%'); ``exceed 3 million`` / ``more than
    10,000`` -> 3,000,000 / 10,000."""
    quoted = [q.span() for q in _EN_QUOTED_RE.finditer(question)]  # 'at most one trip': a reform's name, no claim
    m = next((m for m in _EN_THRESHOLD_RE.finditer(question) if not any(a <= m.start() < b for a, b in quoted)), None)
    if m is None:
        return _only_one(question)
    from .asked_unit import english_measure

    word, op = m.group(2).lower(), _en_op(m.group(1))
    share = 50.0 if word == "half" else _en_fraction(word)
    if share is not None:  # more than half / reached two-thirds: a share
        return op, share, "%"
    value = float(EN_NUMBER_WORDS.index(word) + 1) if word in EN_NUMBER_WORDS else float(word.replace(",", ""))
    unit = "%" if m.group(3) else next((u for w in m.group(5).split() if (u := english_measure(w))), "")
    from ..retrieve.query import find_years

    if not unit and 1900 <= value <= 2100 and not m.group(4) and int(value) in find_years(question):
        return None  # reached 2023: a year, no threshold (more than 2000 permits is a count: find_years skips it)
    if m.group(4):  # 3 million: the report writes 300万, read as 3,000,000
        value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(4).lower()]
    return op, value, unit  # more than three meetings -> ('>', 3.0, '次')
