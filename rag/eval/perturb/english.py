"""English rules: a polite frame ("Could you tell me …"), place names in lower case, the year
moved ("in 2023" at the front or the back).
"""
from __future__ import annotations

from ...retrieve.query import find_years
from ...text import lazy_re as re
from .base import TERMINAL_Q_RE, Question, rule

_WH = ("how", "what", "which", "when", "who", "whom", "whose", "where", "why")
_AUX = ("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "according",
        "in", "under", "by", "during", "for", "at", "on")


def _lower_first(text: str) -> str | None:
    """``text`` with its first word in lower case when that word is a question or function word."""
    w = re.match(r"[A-Za-z]+", text)
    return text[0].lower() + text[1:] if w and w.group().lower() in (*_WH, *_AUX) else None


@rule("en:could_you_tell_me", "en")
def _could_you(q: Question) -> str | None:
    rest = _lower_first(q.text)
    if rest is None or q.folded.startswith(("could you", "can you", "please")):
        return None
    return ("Could you tell me " if rest.split(" ", 1)[0] in _WH else "Could you tell me: ") + rest


_CAP_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:['’][a-z]+)*(?:[ -][A-Z][a-z]+)?")


@rule("en:lowercase_places", "en")
def _lower_places(q: Question) -> str | None:
    """Huozhou -> huozhou, Ganzhou's -> ganzhou's (the indexed places' pinyin only)."""
    out, hit = q.text, False
    for m in _CAP_WORD_RE.finditer(q.text):
        for word in dict.fromkeys((m.group(), re.split(r"[ -]", m.group())[0])):  # Yuan Bao Shan, or Shaoxing alone
            if re.sub(r"[ '’-]", "", re.sub(r"['’]s$", "", word)).lower() in q.known.pinyin:
                out, hit = out[:m.start()] + word.lower() + out[m.start() + len(word):], True
                break
    return out if hit else None


_IN_YEAR_END_RE = re.compile(r",?\s+in ((?:19|20)\d{2})(?=\s*[?.]?\s*$)")
_IN_YEAR_FRONT_RE = re.compile(r"^In ((?:19|20)\d{2}),?\s+")


@rule("en:year_to_front", "en")
def _year_front(q: Question) -> str | None:
    """How many … in Huozhou in 2023? -> In 2023, how many … in Huozhou?"""
    m = _IN_YEAR_END_RE.search(q.text)
    if not m or len(find_years(q.folded)) != 1:
        return None
    rest = _lower_first(q.text[:m.start()] + q.text[m.end():])
    return f"In {m.group(1)}, {rest}" if rest else None


@rule("en:year_to_back", "en")
def _year_back(q: Question) -> str | None:
    """In 2019, how many … ? -> How many … in 2019?"""
    m = _IN_YEAR_FRONT_RE.match(q.text)
    if not m or len(find_years(q.folded)) != 1:
        return None
    body = q.text[m.end():]
    mark = TERMINAL_Q_RE.search(body)
    core = body[:mark.start()] if mark else body
    return f"{core[0].upper()}{core[1:]} in {m.group(1)}?"



@rule("en:all_lowercase", "en")
def _all_lower(q: Question) -> str | None:
    """The whole question in lower case, as typed on a phone."""
    return q.text.lower() if q.text.lower() != q.text else None


@rule("en:no_question_mark", "en")
def _en_no_mark(q: Question) -> str | None:
    m = TERMINAL_Q_RE.search(q.text)
    return q.text[:m.start()] if m else None


_CONTRACTIONS = ((r"\b([Ww]hat|[Ww]ho|[Ww]here|[Ww]hen|[Hh]ow) is\b", r"\1's"), (r"\b(did|does|do|was|were|is|are|has|have) not\b", r"\1n't"))


@rule("en:contractions", "en")
def _contract(q: Question) -> str | None:
    """What is -> What's, did not -> didn't."""
    out = q.text
    for pattern, repl in _CONTRACTIONS:
        out = re.sub(pattern, repl, out)
    return out if out != q.text else None


_LEVEL_WORDS_RE = re.compile(r"\s+(?:city|county|district|prefecture|banner|province|region|municipality|town|township)\b",
                             re.IGNORECASE)


@rule("en:place_level_word", "en")
def _level_word(q: Question) -> str | None:
    """Huozhou -> Huozhou City, Yuanbaoshan's -> Yuanbaoshan District's (the first indexed place named without
    its level word gets the one its level is written with)."""
    for m in re.finditer(r"(?<![A-Za-z])([A-Z][a-z]+)(?=['’]s\b|[^A-Za-z'’]|$)", q.text):
        level = q.known.level_of(m.group(1).lower())
        if level and not _LEVEL_WORDS_RE.match(q.text, m.end()):
            return q.text[:m.end()] + " " + level + q.text[m.end():]
    return None
