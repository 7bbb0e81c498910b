"""Follow-up questions rewritten into standalone ones.

Offline, a follow-up ("那赣州呢？", "赣州的呢", "那2019年呢", "and in 2020?",
"what about Ganzhou?") takes the previous standalone question and replaces its
region and/or year with the new ones (or its topic, "那出庭应诉率呢").  With an LLM
configured, the ``rewrite`` prompt does it and the offline rule is the fallback.

>>> rewrite_offline("那赣州呢？", [("长治市2021年行政复议纠错率是多少？", "59.46%")], ["长治市", "赣州市"])
'赣州2021年行政复议纠错率是多少？'
>>> rewrite_offline("and in 2020?", [("What was the correction rate in Changzhi in 2021?", "")], ["长治市"])
'What was the correction rate in Changzhi in 2020?'
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..text import lazy_re as re
from ..text.normalize import fold
from .regions import PLACE_RE, find_region

_ZH_FOLLOW_RE = re.compile(
    r"^\s*(?:那么|那|还有|另外|再看看?|换成|换)?\s*(?P<slot>[^？?。!！]{1,16}?)\s*(?:的情况|的)?\s*(?:呢|怎么样|又如何|又是多少|又怎样)\s*[？?。!！]*\s*$"
)
_ZH_LEAD_RE = re.compile(r"^\s*(?:那么|那)\s*(?P<slot>[^？?。]{1,12}?)\s*[？?。]*\s*$")
_EN_FOLLOW_RE = re.compile(
    r"^\s*(?:and|what about|how about|and what about|and for|same for|what of)\s+(?:in\s+|for\s+|the\s+)?(?P<slot>[^?]{1,40}?)\s*\??\s*$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_ZH_TAIL_RE = re.compile(r"(是多少|有多少|为多少|多少|有哪些|哪些|是什么|什么|是否|如何|怎样|怎么样|几)")
_ASKS_RE = re.compile(r"如何|怎么样|怎样|情况|是多少|有多少|多少|哪些|是什么|是否|几")
_METRIC_RE = re.compile(r"率|数|量|额|情况|工作|案件|措施|问题|比例|人次|制度")


def followup_slot(question: str) -> tuple[str, str] | None:
    """(lang, slot) when ``question`` is a short follow-up, else None."""
    m = _EN_FOLLOW_RE.match(question)
    if m and len(question.split()) <= 8:
        return "en", m.group("slot").strip()
    m = _ZH_FOLLOW_RE.match(question) or _ZH_LEAD_RE.match(question)
    if m and len(question.strip()) <= 20:
        return "zh", m.group("slot").strip()
    return None


def _replace_year(prev: str, year: str, lang: str) -> str:
    if _YEAR_RE.search(prev):
        return _YEAR_RE.sub(year, prev, count=1)
    if lang == "en":
        return re.sub(r"\s*\?*\s*$", f" in {year}?", prev, count=1)
    return f"{year}年{prev}"


def _replace_region(prev: str, region: str, regions: Sequence[str], lang: str) -> str:
    hit = find_region(prev, regions)
    if hit is None and lang == "zh":
        m = PLACE_RE.match(prev)
        hit = (m.start(), m.end(), m.group(0)) if m and not m.group(0).startswith("全") else None
    if hit is not None:
        return prev[: hit[0]] + region + prev[hit[1]:]
    if lang == "en":
        return re.sub(r"\s*\?*\s*$", f" in {region}?", prev, count=1)
    return region + prev


def _head_end(prev: str, regions: Sequence[str]) -> int:
    """End of ``prev``'s leading region and year (``长治市2021年``), 0 when it has none."""
    hit = find_region(prev, regions)
    head_end = hit[1] if hit and hit[0] <= 2 else 0
    y = _YEAR_RE.search(prev, head_end)
    if y and y.start() - head_end <= 2:
        head_end = y.end() + (1 if prev[y.end():y.end() + 1] == "年" else 0)
    return head_end


def _shared_affix(a: str, b: str) -> int:
    """Length of the longer common prefix or suffix of ``a`` and ``b``."""
    pre = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    suf = next((i for i, (x, y) in enumerate(zip(a[::-1], b[::-1])) if x != y), min(len(a), len(b)))
    return max(pre, suf)


def _replace_topic(prev: str, topic: str, regions: Sequence[str]) -> str:
    """``prev`` asked about ``topic`` instead: the term of ``prev`` sharing a two-character stem
    with it is swapped (行政复议 -> 行政诉讼), else everything between the region/year and the
    question word is."""
    from .term_tokens import tokens

    head_end = _head_end(prev, regions)
    peers = [t for t in tokens(prev[head_end:]) if len(t) >= 2 and t != topic and _shared_affix(t, fold(topic)) >= 2]
    folded_prev = fold(prev)
    if peers and len(folded_prev) == len(prev) and folded_prev.find(peers[0], head_end) >= 0:
        i = folded_prev.find(peers[0], head_end)
        return prev[:i] + topic + prev[i + len(peers[0]):]
    tail = _ZH_TAIL_RE.search(prev, head_end)
    return prev[:head_end] + topic + (prev[tail.start():] if tail else "？")


def _own_question(prev: str, slot: str, regions: Sequence[str]) -> str:
    """A follow-up that asks its own question (``行政应诉情况如何``) keeps it, with ``prev``'s
    region and year in front when it names none."""
    if find_region(slot, regions) is not None or _YEAR_RE.search(slot):
        return slot
    q = prev[:_head_end(prev, regions)] + slot
    return q if re.search(r"[？?]$", q) else q + "？"


def _is_region(slot: str, regions: Sequence[str], lang: str) -> bool:
    """A known region (full, short or pinyin form) or a name with a place suffix (太原市)."""
    if find_region(slot, regions) is not None:
        return True
    if lang == "en":
        return bool(re.fullmatch(r"[A-Z][a-zA-Z\-]+(?:\s+(?:City|Prefecture|County|District))?", slot))
    return bool(PLACE_RE.fullmatch(slot)) and not _METRIC_RE.search(slot)


def apply_followup(prev: str, question: str, regions: Sequence[str]) -> str:
    """``prev`` (a standalone question) with what the follow-up ``question`` names swapped in;
    ``question`` itself when it is not a follow-up."""
    found = followup_slot(question)
    if found is None:
        return question
    lang, slot = found
    new = prev
    year = _YEAR_RE.search(slot)
    rest = slot
    if year:
        new = _replace_year(new, year.group(0), lang)
        rest = _YEAR_RE.sub(" ", slot, count=1)
        rest = re.sub(r"^\s*年度?|^\s*的|的\s*$", "", re.sub(r"(?<=\s)年度?", "", rest))
        rest = re.sub(r"(?i)^\s*(?:in|for)\b|\b(?:in|for)\s*$", "", rest).strip()
    if rest:
        if lang == "zh" and _ASKS_RE.search(rest):
            new = _own_question(new, rest, regions)
        elif _is_region(rest, regions, lang):
            new = _replace_region(new, rest, regions, lang)
        elif lang == "zh":
            new = _replace_topic(new, rest, regions)
        else:
            new = re.sub(r"\s*\?*\s*$", f" ({rest})?", new, count=1)
    return new


def rewrite_offline(question: str, history: Iterable[tuple[str, str]], regions: Sequence[str]) -> str:
    """The standalone form of ``question`` given earlier turns (each resolved in turn)."""
    prev = ""
    for q, _ in history:
        prev = apply_followup(prev, q, regions) if prev else q
    return apply_followup(prev, question, regions) if prev else question


def history_text(history: Iterable[tuple[str, str]], max_chars: int = 1500) -> str:
    """Recent turns as ``问：…\\n答：…`` lines for the rewrite prompt (answers shortened)."""
    lines = []
    for q, a in history:
        lines.append(f"Q: {q.strip()}\nA: {a.strip()[:200]}")
    text = "\n".join(lines)
    return text[-max_chars:]


def clean_llm_rewrite(text: str, question: str) -> str:
    """The rewritten question from an LLM reply, or "" when the reply is unusable."""
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if not lines:
        return ""
    out = re.sub(r"^(?:改写后的独立问题|独立问题|改写|standalone question|rewritten question)\s*[:：]\s*", "", lines[0], flags=re.IGNORECASE)
    out = out.strip().strip("\"'“”‘’「」")
    if not out or len(out) > max(200, 4 * len(question)) or fold(out) == "":
        return ""
    return out
