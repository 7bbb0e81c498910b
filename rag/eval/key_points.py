"""Key points of list-like gold answers (list / summary / multi_doc) and their recall.

A summary's gold is several paraphrased points ("加强培训;深化许可改革"): no answer can
contain it verbatim, so each point is looked for on its own.

>>> key_points("全部五份(长治、赣州、霍州)")
['长治', '赣州', '霍州']
"""
from __future__ import annotations

from collections.abc import Sequence

from rag.eval.normalize_answer import (
    normalize_answer,
    require_str,
    strip_citation_markers,
)

from ..text import lazy_re as re

_KP_SEP = "；;、，,\n"
_KP_ENUM_RE = re.compile(
    r"^\s*(?:第?[一二三四五六七八九十]+是|第[一二三四五六七八九十0-9]+[,，、:：]|[一二三四五六七八九十]+[.．]"
    r"|[(（][0-9一二三四五六七八九十]+[)）]|[0-9]+(?:[.．](?![0-9])|[)）]))\s*")
_KP_ORDINAL_RE = re.compile(r"^第[一二三四五六七八九十0-9]+$")  # a bare 第一 left by splitting 第一，…
_KP_TAIL_RE = re.compile(r"(?:等等|等)$")
_KP_LIST_RE = re.compile(r"^(?P<head>[^()（）]*)[(（](?P<inner>[^()（）]*)[)）](?:等等|等)?$")


def _split_top(text: str) -> list[str]:
    """Split at the key-point separators outside parentheses (not at a comma between
    two digits, 1,234), and between two book titles (》《)."""
    parts, cur, depth = [], [], 0
    for i, c in enumerate(text):
        if c in "(（":
            depth += 1
        elif c in ")）" and depth:
            depth -= 1
        digit_comma = c == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if depth == 0 and c in _KP_SEP and not digit_comma:
            parts.append("".join(cur))
            cur = []
        elif depth == 0 and c == "《" and i and text[i - 1] == "》":
            parts.append("".join(cur))
            cur = [c]
        else:
            cur.append(c)
    return parts + ["".join(cur)]


def _clean_point(item: str) -> str:
    s = _KP_TAIL_RE.sub("", _KP_ENUM_RE.sub("", item.strip())).strip()
    for a, b in ("()", "（）", "《》", "“”", '""'):
        if len(s) > 2 and s[0] == a and s[-1] == b and a not in s[1:-1] and b not in s[1:-1]:
            s = s[1:-1].strip()
    return " ".join(x for x in re.split(r"[()（）]", s) if x.strip()).strip()


def key_points(gold: str) -> list[str]:
    """The key points of a list / summary gold answer, for :func:`key_point_recall`.

    Split at ``；;、，,`` and line breaks outside parentheses (not a comma between
    digits), and between two book titles (``》《``); per item: strip a leading
    enumerator (一是, 第二，, 1., (3)) and a trailing 等, and drop a bare 第一; ``HEAD(a、b…)`` with a
    separator inside the parentheses becomes the inner items (``全部五份(长治、赣州)``
    -> 长治, 赣州); other parentheses are unwrapped (``赣州(李炳军)`` -> ``赣州 李炳军``);
    items that :func:`normalize_answer` leaves at <= 1 character are dropped, and
    duplicates (same key) are kept once.

    >>> key_points("一是加强培训;二是深化改革(许可、审批)")
    ['加强培训', '许可', '审批']
    >>> key_points("全部五份(长治、赣州)"), key_points("赣州(李炳军)、霍州(李青雁)")
    (['长治', '赣州'], ['赣州 李炳军', '霍州 李青雁'])
    """
    out: dict[str, str] = {}
    for item in _split_top(require_str("gold", gold)):
        item = _KP_TAIL_RE.sub("", _KP_ENUM_RE.sub("", item.strip())).strip()
        if _KP_ORDINAL_RE.match(item):
            continue
        m = _KP_LIST_RE.match(item)
        if m and any(c in m.group("inner") for c in _KP_SEP):
            points = key_points(m.group("inner"))
        else:
            points = [_clean_point(item)]
        for p in points:
            key = normalize_answer(p)
            if len(key) > 1 and key not in out:
                out[key] = p
    return list(out.values())


KEY_POINT_MATCH = 0.6  # share of a key point's characters that must appear, in order, in one answer unit
_KP_TOKEN_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?[%‰]?|[a-z]+|.", re.DOTALL)
_UNIT_SPLIT_RE = re.compile(r"[\n。！？；!?;]+")


def _tokens(key: str) -> list[str]:
    """A normalised key as LCS tokens: a number (59.46%) or a Latin word is one token
    worth its length, so 179 is not matched by a 1, a 7 and a 9 far apart."""
    return _KP_TOKEN_RE.findall(key)


def weighted_lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Longest common *subsequence* of two token lists, each matched token
    counting its character length.

    >>> weighted_lcs(_tokens("赣州179件"), _tokens("赣州市共179件"))
    6
    """
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            cur[j + 1] = prev[j] + len(x) if x == y else max(prev[j + 1], cur[j])
        prev = cur
    return prev[-1]


def _point_found(point: list[str], units: list[tuple[list[str], set[str]]]) -> bool:
    need = KEY_POINT_MATCH * sum(map(len, point))
    for toks, vocab in units:
        if sum(len(t) for t in point if t in vocab) >= need and weighted_lcs(point, toks) >= need:
            return True
    return False


def _answer_units(prediction: str) -> list[tuple[list[str], set[str]]]:
    text = strip_citation_markers(require_str("prediction", prediction))
    units = [_tokens(normalize_answer(u)) for u in _UNIT_SPLIT_RE.split(text)]
    return [(u, set(u)) for u in units if u]


def key_point_recall(prediction: str, gold: str, aliases: Sequence[str] = ()) -> float | None:
    """Share of the :func:`key_points` of the gold found in ``prediction``, best over
    the gold and each alias.  A point is found when at least 60% of its characters
    (after :func:`normalize_answer`; a number or Latin word counts whole or not at
    all) appear in order in one answer unit: a line or sentence (split at line
    breaks and 。！？；!?;), citation markers removed.  None when no reference has a
    key point (e.g. a one-character gold).

    >>> key_point_recall("一是加強法治培訓[1]。\\n二是推進改革。", "加强培训;深化许可改革;提升复议水平")
    0.3333333333333333
    """
    if isinstance(aliases, str):
        aliases = [aliases]
    units = _answer_units(prediction)
    best: float | None = None
    for ref in [gold, *aliases]:
        points = [_tokens(normalize_answer(p)) for p in key_points(ref)]
        if points:
            share = sum(_point_found(p, units) for p in points) / len(points)
            best = share if best is None else max(best, share)
    return best



def key_point_precision(units: Sequence[str], gold: str, aliases: Sequence[str] = ()) -> float | None:
    """Share of the answer's ``units`` that are right: a unit is right when some key
    point of the gold is found in it (the :func:`key_point_recall` rule) or it is
    found in some key point (a unit that says less than a point, ``赣州`` for
    ``赣州(179件)``).  Best over the gold and each alias.  Units of fewer than 2
    normalised characters (a bare 是) are not counted.  None when no unit is left or
    no reference has a key point.  The caller chooses the units: the key points of a
    stated short answer, else the sentences of the answer (:func:`answer_sentences`),
    so a chunk dump that happens to hold the points scores low.

    >>> key_point_precision(["一是加强培训[1]", "天气晴朗"], "加强培训;深化改革")
    0.5
    >>> key_point_precision(key_points("赣州、杭州"), "赣州(179件)")
    0.5
    """
    if isinstance(aliases, str):
        aliases = [aliases]
    toks = [_tokens(normalize_answer(strip_citation_markers(require_str("unit", u)))) for u in units]
    toks = [t for t in toks if sum(map(len, t)) >= 2]
    best: float | None = None
    for ref in [gold, *aliases]:
        points = [_tokens(normalize_answer(p)) for p in key_points(ref)]
        if points and toks:
            right = sum(any(_point_found(p, [(t, set(t))]) or _point_found(t, [(p, set(p))]) for p in points)
                        for t in toks)
            best = right / len(toks) if best is None else max(best, right / len(toks))
    return best


def answer_sentences(text: str) -> list[str]:
    """The lines and sentences of an answer (split at line breaks and 。！？；!?;),
    citation markers removed, blanks dropped: the units of :func:`key_point_precision`
    for an answer that states no short answer.

    >>> answer_sentences("甲[1]。乙！\\n\\n丙")
    ['甲', '乙', '丙']
    """
    text = strip_citation_markers(require_str("answer", text))
    return [u.strip() for u in _UNIT_SPLIT_RE.split(text) if u.strip()]
