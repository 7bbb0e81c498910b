"""An English yes/no question's claim words, read as the Chinese cues the yes/no rules know:
``the first batch`` -> 第一批, ``ranked second`` -> 排名第二, ``five consecutive years`` -> 连续5年,
``for the first time`` -> 首次, ``increase`` -> 上升 (:func:`english_cues`, read by
:func:`rag.answer.evidence.polarity_cues`).
"""
from __future__ import annotations

from ..text import lazy_re as re
from .english_figures import EN_NUMBER_WORDS

_EN_ORDINALS = {w: "一二三四五六七八九十"[i] for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))}
_EN_COUNTERS = {"batch": "批", "batches": "批", "session": "届", "term": "期", "phase": "期", "round": "次", "time": "次"}
EN_ORDINAL_RE = re.compile(rf"\b({'|'.join(_EN_ORDINALS)})\s+({'|'.join(_EN_COUNTERS)})\b", re.IGNORECASE)
EN_RANK_RE = re.compile(rf"\b(?:rank(?:ed|s)?|c[oa]me|placed?|finish(?:ed)?|took|take[sn]?|taking)\s+(?:in\s+)?(?:the\s+)?({'|'.join(_EN_ORDINALS)})\b(?!\s+(?:batch|time|session|term|phase|round))",
                         re.IGNORECASE)  # ranked / came / placed / finished second, take first place
_EN_EARLIER = r"(?:(?:19|20)\d{2}\b|the (?:previous|prior|preceding|year before)|last year|a year (?:earlier|before))"
_EN_CUES = (  # the genre's claim words in English -> the Chinese cue the yes/no rules read
    (re.compile(r"\b(?:(?:for )?the first time|first[- ]ever|among the first|the first (?:to|in)|pioneer(?:ed|ing)?)\b", re.IGNORECASE), "首次"),
    (re.compile(r"\b(?:increas(?:e|ed|es|ing)|r(?:i|o)se|rises|risen|rising|gr(?:e|o)ws?|grown|growing|higher|go(?:ne)? up|went up|climb(?:ed|s|ing)?"
                r"|longer|larger|bigger|expand(?:ed|s|ing)?)\b", re.IGNORECASE), "上升"),  # a list got longer
    (re.compile(r"\b(?:decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|f(?:a|e)ll|falls|fallen|falling|drop(?:ped|s|ping)?|lower|go(?:ne)? down|went down"
                r"|shorter|smaller|shr(?:i|a|u)nk(?:s|ing|en)?)\b", re.IGNORECASE), "下降"),  # a list got shorter
    # a year's figure against an earlier year's: more lawsuits in 2019 than in 2018, fewer than the year before
    (re.compile(r"\bmore\b[^?]{0,60}?\bthan\s+(?:in\s+|during\s+)?" + _EN_EARLIER, re.IGNORECASE), "上升"),
    (re.compile(r"\b(?:fewer|less)\b[^?]{0,60}?\bthan\s+(?:in\s+|during\s+)?" + _EN_EARLIER, re.IGNORECASE), "下降"),
    (re.compile(r"\b(?:all of|every one of|each of|every|all)\b(?!\s+(?:years?|months?|weeks?|days?|quarters?|times?)\b)",
                re.IGNORECASE), "全部"),
    (re.compile(r"\bfull(?:[- ][a-z]+){0,2}?[- ]coverage\b|\bfully covered\b|\bcover(?:ed|s)? (?:all|every)\b", re.IGNORECASE), "全覆盖"),
    (re.compile(r"\b(?:remain(?:ed|s)?|still|left)\b[^?]{0,30}?\b(?:un[a-z]+(?:ed|ved)|not)\b"
                r"|\b(?:unrectified|unresolved|uncorrected|unfinished|outstanding)\b", re.IGNORECASE), "仍有未"),
)


def english_cues(question: str) -> str:
    """Chinese cue words for the claim words of an English yes/no question: ``the first batch`` ->
    第一批, ``ranked second`` -> 排名第二, ``for the first time`` -> 首次, ``increase`` -> 上升.

    >>> english_cues("Was it the second batch of pilots?"), english_cues("Did the rate rise for the first time?")
    ('第二批', '第一次 上升')
    """
    out = [f"第{_EN_ORDINALS[m.group(1).lower()]}{_EN_COUNTERS[m.group(2).lower()]}" for m in EN_ORDINAL_RE.finditer(question)]
    out += [f"排名第{_EN_ORDINALS[m.group(1).lower()]}" for m in EN_RANK_RE.finditer(question)]
    out += [f"连续{int(n) if n.isdigit() else EN_NUMBER_WORDS.index(n.lower()) + 1}{_EN_RUN_UNITS[u.lower().rstrip('s')]}"
            for n, u in (m.group(1, 2) if m.group(1) else m.group(3, 4) for m in _EN_RUN_RE.finditer(question))]
    rest = EN_ORDINAL_RE.sub(" ", question)
    out += [zh for rx, zh in _EN_CUES if rx.search(rest)]
    return " ".join(out)


_EN_RUN_UNITS = {"year": "年", "time": "次", "term": "届", "session": "届", "round": "轮", "month": "月", "quarter": "季度"}
_EN_NUM_ALT = r"\d+|" + "|".join(EN_NUMBER_WORDS)
# a run: five consecutive years, 3 straight terms, four years in a row
_EN_RUN_RE = re.compile(rf"\b({_EN_NUM_ALT})\s+(?:consecutive|straight|successive)\s+(years?|times|terms?|sessions?|rounds?|months?|quarters?)\b"
                        rf"|\b({_EN_NUM_ALT})\s+(years?|times|terms?|sessions?|rounds?)\s+in\s+a\s+row\b", re.IGNORECASE)
