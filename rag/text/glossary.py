"""English words of rule-of-law reports mapped to the Chinese terms the reports use.

Offline, an English question can only be matched against Chinese report text
through such a table: the extractive answerer and the support score use it.  The
entries are the genre's standard vocabulary (any 法治政府建设年度报告), not
phrases of particular reports.  Longer phrases are matched first; a hyphen and a space
are the same (``rule-of-law`` is ``rule of law``).  A Chinese term may list the
genre's alternatives ``|``-joined (``评估|考核``): the term is stated by any of them
(:func:`alternatives`).

>>> english_terms("What was the administrative reconsideration correction rate in 2021?")
('行政复议', '纠错率')
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from ..text.normalize import fold_width
from . import lazy_re as re
from .en_lexicon import lexicon_terms
from .glossary_genre import GENRE_TERMS
from .glossary_services import SERVICE_TERMS
from .glossary_work import WORK_TERMS

# English phrase -> Chinese terms: the work vocabulary, its services part, then the genre's (keys are disjoint; order
# kept: ties in phrase length are matched in this order)
GLOSSARY: dict[str, tuple[str, ...]] = {**WORK_TERMS, **SERVICE_TERMS, **GENRE_TERMS}

_PHRASES = sorted(GLOSSARY, key=len, reverse=True)
_PLURAL = r"(?:s|es)?"  # a phrase's last noun in the plural too: lawsuits = lawsuit


def _last_word(word: str, phrase: bool) -> str:
    """A phrase's last word in the singular or the plural, whichever the key is written in: ``agency heads``
    is ``agency head`` too (a one-word key keeps its number: ``officials`` is not ``official``)."""
    if phrase and word.endswith("ies") and len(word) > 4:
        return re.escape(word[:-3]) + "(?:y|ies)"
    if phrase and word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return re.escape(word[:-1]) + _PLURAL
    return re.escape(word) + _PLURAL


def _first_word(word: str) -> str:
    """A phrase's first word inflected as a verb: ``appear in court`` is also ``appeared / appears /
    appearing in court``, ``show up`` also ``showed up`` (regular forms; a noun's plural comes along)."""
    forms = [word, word + "s", word + "es", word + "ed", word + "d", word + "ing"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    if word.endswith("y") and len(word) > 2:
        forms += [word[:-1] + "ied", word[:-1] + "ies"]
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgmnpt]", word):  # put -> putting, sign-up stays
        forms += [word + word[-1] + "ing", word + word[-1] + "ed"]
    return "(?:" + "|".join(map(re.escape, sorted(set(forms), key=len, reverse=True))) + ")"


def _pattern(phrase: str) -> re.Pattern[str]:
    """A hyphen and a space are the same (rule-of-law = rule of law); the first word inflected, the last
    in either number (:func:`_first_word`, :func:`_last_word`)."""
    words = re.split(r"[\s-]+", phrase)
    if len(words) == 1:
        body = _last_word(words[0], phrase=False)
    else:
        body = r"[\s-]+".join([_first_word(words[0]), *map(re.escape, words[1:-1]), _last_word(words[-1], phrase=True)])
    return re.compile(r"(?<![a-z])" + body + r"(?![a-z])")


def _lead(phrase: str) -> str:
    """What every match of ``phrase``'s pattern starts with: its one word, or its first word but the last
    letter (the inflections of :func:`_first_word`: use -> using, apply -> applied)."""
    words = re.split(r"[\s-]+", phrase)
    return words[0] if len(words) == 1 else words[0][:-1]


_PATTERNS = [(p, _lead(p), _pattern(p)) for p in _PHRASES]  # a text without the lead is not searched (_scan)
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
ALT = "|"  # joins a term's alternatives: 评估|考核
_ASKED_TIME_RE = re.compile(r"\b(?:which|what|what exact)\s+(?:months?|dates?|days?|years?)\b")
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")  # the English month names, in order (index + 1 is the month)
# the part of a period a date names (by the end of 2019: 截至2019年底): part of the date, no term (end is not 结束)
_DATE_PART_RE = re.compile(r"\b(?:end|beginning|start|middle|close)\s+of\s+(?=(?:the\s+|that\s+|this\s+)?(?:(?:19|20)\d{2}|year|month|quarter"
                           rf"|{'|'.join(EN_MONTHS)})\b)")
# a year's end said as a date (by the end of that year, as by the end of 2022): the asked year's, no term (not 当年: that year
# is the date's; "year end" itself is the glossary's 年底)
_YEAR_END_RE = re.compile(r"\b(?:by|at|before|until|till|as of)\s+(?:the\s+)?end\s+of\s+(?:the|that|this)\s+year\b")

# a place's head written around its name (the head of Zhongshan District, the chief of the county): the phrase
# "district head" the glossary knows, the name after it; not the head of a party committee or a bureau
_HEAD_OF_RE = re.compile(r"(?<!-)\b(?P<head>head|chief|magistrate) of (?:the )?(?P<place>(?:[a-z\-']+ ){0,3}?)"
                         r"(?P<level>district|county|city|province|prefecture|township|town)\b"
                         r"(?! (?:s|party|bureau|committee|court|procuratorate)\b)")  # the head of X County's bureau: the bureau's
_POSSESSIVE_HEAD_RE = re.compile(r"\b(?P<level>district|county|city|province|prefecture|township|town) s (?P<head>head|chief|magistrate)\b")

# a document handed in later, its verb and "later" apart (submit the missing paperwork later, hand the documents
# in afterwards): brought together so the glossary's "submit later" (容缺后补) is found
_LATER_RE = re.compile(r"\b(?P<verb>(?:submit|supplement|provid|hand|turn|send|fil|mak)[a-z]*)(?P<prt> in| up)?"
                       r"\s+(?P<obj>(?:[a-z]+\s+){0,3}?(?:documents?|paperwork|materials?|papers|forms|files|certificates|proofs?))"
                       r"(?P<in> in| up)?\s+(?:for\s+)?(?:later|afterwards?)\b")

# whom a measure lets do something (let applicants submit…, allowing businesses to…): the users of a service, whom
# reports rarely name beside its figure (推行“容缺后补”事项126项), so no term; the measure is what follows
_LET_WHOM_RE = re.compile(r"\b(?:let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted|permitting|enable|enables"
                          r"|enabled|enabling)\s+(?P<whom>(?:the\s+)?(?:applicants?|people|citizens|residents|the public|users"
                          r"|businesses|enterprises|companies|firms|individuals|the masses))(?=\s+(?:to\s+)?[a-z])")


def alternatives(term: str) -> tuple[str, ...]:
    """The words that state ``term``: ``"评估|考核"`` -> ``('评估', '考核')``; a plain term is itself.

    >>> alternatives("评估|考核"), alternatives("纠错率")
    (('评估', '考核'), ('纠错率',))
    """
    return tuple(t for t in term.split(ALT) if t) if ALT in term else (term,)


@functools.lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """The glossary phrases in ``text`` (position, phrase), longest phrase first, and the text with
    them blanked out.  A phrase is searched only where its lead (:func:`_lead`) is in the text, and a
    question's fragments are scanned once however many readers ask."""
    found: list[tuple[int, str]] = []
    for phrase, lead, pat in _PATTERNS:
        if lead not in text:
            continue
        for m in pat.finditer(text):
            found.append((m.start(), phrase))
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return tuple(found), text


def english_terms(question: str, known: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Chinese terms for the glossary phrases in ``question`` (longest phrase first), in order.
    Given ``known`` (is a Chinese word in the indexed reports?), the other content words are
    translated too, through the CC-CEDICT-derived lexicon (:mod:`rag.text.en_lexicon`)."""
    question = fold_width(question)
    text = " " + re.sub(r"[^a-z0-9+\- ]+", " ", question.lower()) + " "
    text = _YEAR_END_RE.sub(lambda m: " " * len(m.group(0)), text)  # by the end of that year: the date, no term
    text = _DATE_PART_RE.sub(lambda m: " " * len(m.group(0)), _ASKED_TIME_RE.sub(lambda m: " " * len(m.group(0)), text))  # which month: no term
    text = _HEAD_OF_RE.sub(r"\g<level> \g<head> \g<place>", text)  # the head of X District: the district head (区长) of X
    text = _POSSESSIVE_HEAD_RE.sub(r"  \g<level> \g<head>", text)  # X District's head: the district head
    text = _LET_WHOM_RE.sub(lambda m: m.group(0)[:m.start("whom") - m.start()] + " " * len(m["whom"]), text)  # let applicants
    text = _LATER_RE.sub(lambda m: f"{m['verb']}{m['prt'] or m['in'] or ''} later {m['obj']}", text)  # submit X later
    found, text = _scan(text)
    found_zh = [(pos, t) for pos, phrase in found for t in GLOSSARY[phrase]]
    if known is not None:
        found_zh += lexicon_terms(text, known)
    out: dict[str, None] = {}
    for _, t in sorted(found_zh, key=lambda x: x[0]):
        out.setdefault(t, None)
    phrase_words = {w for _, phrase in found for w in phrase.split()}  # ID in "ID card": the phrase translated it
    for acro in _ACRONYM_RE.findall(question):
        if acro.lower() not in GLOSSARY and acro.lower() not in phrase_words:
            out.setdefault(acro.lower(), None)
    return tuple(out)
