"""Answer keys for evaluation: script-, width-, punctuation- and number-blind.

:func:`normalize_answer` is our lenient key for short factual answers (``20項`` == ``二十项`` ==
``20 项``; ``百分之59.46`` == ``59.46 %``); the official CMRC 2018 normalisation is
:mod:`rag.eval.cmrc`.

>>> normalize_answer("百分之五十")
'50%'
>>> normalize_answer("共办理二十項。")
'共办理20项'
>>> normalize_answer("统一部署")  # not a quantity: left alone
'统一部署'
"""
from __future__ import annotations

import functools
import unicodedata

from rag.errors import RagError
from rag.text.normalize import fold

from ..text import lazy_re as re


class MetricInputError(RagError, ValueError):
    """A metric got data it cannot score (wrong type, empty evidence, k < 1...)."""


def require_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise MetricInputError(
            f"{name} must be a str, got {type(value).__name__} ({value!r:.60}). "
            "Fix the gold/prediction record so the field is text (use '' for none)."
        )
    return value


# --- Chinese numerals -------------------------------------------------------

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MULT = {"十": 10, "百": 100, "千": 1000}
_NUM_CHARS = "".join(_DIGIT) + "".join(_MULT)
_POS_DIGITS = "零〇一二三四五六七八九"  # digits usable in positional form (not 两)
# A numeral run: integer part, optionally 点 + positional decimal digits (十点五).
_RUN = f"[{_NUM_CHARS}]+(?:点[{_POS_DIGITS}]+)?"
_RUN_RE = re.compile(_RUN)
_PERCENT_RE = re.compile(rf"百分之\s*([0-9]+(?:\.[0-9]+)?|{_RUN})")
# Units / measure words that make a preceding numeral run a quantity.  万 and 亿 are
# units here, not part of the run: 二十万 -> 20万, matching how reports write 20万.
_UNIT_CHARS = frozenset(
    "项个件次人家名条份起万亿年月日天元余多倍所批场期部篇类种套台辆座处支本册位户宗例"
    "轮届周岁点级章节款号层栋间亩吨米克升股只张页段组队%‰"
)
_UNIT_WORDS = ("小时", "分钟", "秒钟", "公里", "公顷", "平方", "立方", "百分点")
_NON_WORD_RE = re.compile(r"[\W_]*")
_THOUSANDS_RE = re.compile(r"(?<=[0-9])(?<![0-9]{4}),(?=[0-9]{3}(?![0-9]))")


def _positional(s: str) -> int | None:
    if any(c not in _POS_DIGITS for c in s):
        return None
    return int("".join(str(_DIGIT[c]) for c in s))


def _structured(s: str, allow_leading_mult: bool) -> int | None:
    """Parse 二十三 / 一百零五 / 两千三百; None for anything not well formed
    (十四五, 七八, 三百二): a malformed run is a word or an estimate, not a number."""
    if (s[0] in "百千" and not allow_leading_mult) or s[-1] in "零〇":
        return None
    total, pending, last_mult, zero = 0, None, 10**9, False
    for i, c in enumerate(s):
        if c in _MULT:
            mult = _MULT[c]
            if mult >= last_mult or (pending is None and i != 0):
                return None
            total += (1 if pending is None else pending) * mult
            pending, last_mult, zero = None, mult, False
        elif pending is not None or (c in "零〇" and (i == 0 or zero)):
            return None
        elif c in "零〇":
            zero = True
        elif c == "两" and (i + 1 == len(s) or s[i + 1] not in "百千"):
            return None
        else:
            pending = _DIGIT[c]
    if pending is not None:
        if last_mult > 10 and not zero:  # 三百二: colloquial 320, do not guess
            return None
        total += pending
    return total


def parse_chinese_number(run: str, *, allow_leading_mult: bool = False,
                         year: bool = False) -> str | None:
    """Arabic form of a Chinese numeral run, or None when it is not a clean number.

    Positional digit strings (二〇二一) are read only when they contain 〇, or have
    four digits and ``year`` is set (一九九八年); otherwise 七八 / 三五 are estimates.

    >>> parse_chinese_number("一百二十三"), parse_chinese_number("十点五")
    ('123', '10.5')
    >>> parse_chinese_number("十四五") is None
    True
    """
    whole, _, frac = run.partition("点")
    if not whole or (frac and _positional(frac) is None):
        return None
    if all(c in _DIGIT for c in whole) and len(whole) > 1:
        ok = "〇" in whole or (year and len(whole) == 4)
        value = _positional(whole) if ok else None
    elif len(whole) == 1 and whole in _DIGIT:
        value = _DIGIT[whole]
    else:
        value = _structured(whole, allow_leading_mult)
    if value is None:
        return None
    digits = "".join(str(_DIGIT[c]) for c in frac)
    return f"{value}.{digits}" if frac else str(value)


def _followed_by_unit(text: str, end: int) -> bool:
    return end < len(text) and (text[end] in _UNIT_CHARS or text.startswith(_UNIT_WORDS, end))


def _convert_run(text: str, m: re.Match[str]) -> str:
    run, start, end = m.group(0), m.start(), m.end()
    ordinal = start > 0 and text[start - 1] == "第"
    alone = _NON_WORD_RE.fullmatch(text[:start]) and _NON_WORD_RE.fullmatch(text[end:])
    if not (ordinal or alone) and (run == "一" or not _followed_by_unit(text, end)):
        return run  # 一: 统一部署, 一起, 一批 -- too often part of a word
    value = parse_chinese_number(run, year=text.startswith("年", end))
    return run if value is None else value


def _percent(m: re.Match[str]) -> str:
    body = m.group(1)
    if body[0].isdigit():
        return body + "%"
    value = parse_chinese_number(body, allow_leading_mult=True)  # 百分之百
    return m.group(0) if value is None else value + "%"


_YMD_RE = re.compile(r"(?<![0-9.])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])")
_YM_RE = re.compile(r"(?<![0-9.])([0-9]{4})[-/]([0-9]{1,2})(?![0-9]|[-/.][0-9])")
_LEADING_ZERO_RE = re.compile(r"(?<![0-9.])0([1-9])(?=[月日])")
_PERCENT_WORD_RE = re.compile(r"(?<=[0-9])\s*(?:percent|per cent)\b")


def _ymd(m: re.Match[str]) -> str:
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    return f"{y}年{mo}月{d}日" if 1 <= mo <= 12 and 1 <= d <= 31 else m.group(0)


def _ym(m: re.Match[str]) -> str:
    y, mo = m.group(1), int(m.group(2))
    return f"{y}年{mo}月" if 1 <= mo <= 12 else m.group(0)


def _dates_and_percent_words(s: str) -> str:
    """2020-05-31 / 2020/5/31 / 2020.05.31 -> 2020年5月31日; 2020-09 -> 2020年9月;
    ``31 percent`` -> ``31%``.  (2015-2020 is a range, not a month.)"""
    s = _YMD_RE.sub(_ymd, s)
    s = _YM_RE.sub(_ym, s)
    return _PERCENT_WORD_RE.sub("%", s)


def normalize_numbers(text: str) -> str:
    """Fold script/width/case and write numbers in Arabic form; punctuation is kept.

    Rules, in order: ``fold`` (OpenCC t2s, full-width -> ASCII, lower);
    thousands commas dropped (``1,234`` -> ``1234``; only 1-3 digits, comma, exactly 3);
    dates written as 年月日 (:func:`_dates_and_percent_words`), ``31 percent`` -> ``31%``,
    a leading zero before 月/日 dropped (05月 -> 5月);
    ``百分之X`` -> ``X%`` (X in digits or Chinese numerals); a Chinese numeral run is
    converted only when preceded by 第, or when it is the whole text but for
    punctuation/spaces (an answer ``一百二十三。``), or followed by a unit/measure word
    (项 个 件 次 年 万 亿 % ...; see ``_UNIT_CHARS``) -- this last not for the lone
    character 一 (统一部署, 一起, 一批 are words) -- and never when it is not a
    well-formed number (十四五, 七八个).  万/亿 stay as written: 二十万 -> 20万, 1.5万 -> 1.5万.

    >>> normalize_numbers("第二十三條：１，２３４元、百分之五十")
    '第23条:1234元、50%'
    """
    return _convert_numerals(_prepare(text))


def _prepare(text: str) -> str:
    s = fold(require_str("text", text)).replace("﹪", "%")
    return _dates_and_percent_words(_THOUSANDS_RE.sub("", s))


def _convert_numerals(s: str) -> str:
    s = _PERCENT_RE.sub(_percent, s)
    s = _RUN_RE.sub(lambda m: _convert_run(s, m), s)
    return _LEADING_ZERO_RE.sub(r"\1", s)  # 05月 -> 5月


SEPARATOR = "|"  # stands between two numbers where punctuation was removed


def _kept(s: str, i: int) -> bool:
    c = s[i]
    if c in ".|":
        return 0 < i < len(s) - 1 and s[i - 1] in "0123456789" and s[i + 1] in "0123456789"
    return c in "%‰" or unicodedata.category(c)[0] in "LNM"


def drop_punctuation(s: str) -> str:
    """Remove punctuation, symbols, spaces and controls (Unicode P*, S*, Z*, C*),
    keeping letters, digits, marks, ``%``/``‰`` and a decimal point between digits.

    A removed stretch *between two digits* becomes one ``|`` so numbers do not fuse:
    ``2021—2025`` -> ``2021|2025`` (not ``20212025``), ``20[1]`` -> ``20|1``.
    (Not ``,``: that would read as a thousands separator when normalised again.)

    >>> drop_punctuation("59.46 %。“法治” 2021-2025")
    '59.46%法治2021|2025'
    """
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if _kept(s, i):
            out.append(s[i])
            i += 1
            continue
        j = i
        while j < n and not _kept(s, j):
            j += 1
        if out and out[-1] in "0123456789" and j < n and s[j] in "0123456789":
            out.append(SEPARATOR)
        i = j
    return "".join(out)


def normalize_answer(s: str) -> str:
    """The comparison key of an answer: script-blind (長治 == 长治), width-blind
    (２０ == 20), case-blind, punctuation- and space-blind, number-aware.

    The steps of :func:`normalize_numbers`, with :func:`drop_punctuation` applied
    before the numeral conversion, so ``二十 项`` reads like ``二十项``.  Idempotent.

    >>> normalize_answer("59.46 %") == normalize_answer("百分之59.46") == "59.46%"
    True
    >>> normalize_answer("１，２３４ 件"), normalize_answer("二十 項")
    ('1234件', '20项')
    """
    return _convert_numerals(drop_punctuation(_prepare(s)))


# --- numbers, citation markers ----------------------------------------------

_NUMBER_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:\s*[%‰]|[万亿])?")
MARKER_RE = re.compile(r"[\[［【]\^?\s*[0-9０-９]+(?:\s*[,，、~\-–]\s*[0-9０-９]+)*\s*[\]］】]")
_ENUMERATOR_RE = re.compile(
    r"^[ \t\u3000]*(?:[(（][ \t]*[0-9]+[ \t]*[)）]|[0-9０-９]+[ \t]*(?:[、)）]|[.．](?![0-9])))",
    re.MULTILINE,
)


def strip_citation_markers(text: str) -> str:
    """Remove ``[1]``, ``[1,2]``, ``【3】``, ``[^4]`` markers (not 〔2021〕 document numbers).

    >>> strip_citation_markers("共20项[1][2]，见〔2021〕5号【3】")
    '共20项，见〔2021〕5号'
    """
    return MARKER_RE.sub("", require_str("text", text))


def extract_numbers(text: str) -> list[str]:
    """Numbers in ``text`` as normalised strings, in order of appearance.

    Width/script folded, thousands commas dropped, Chinese numerals converted under
    the rules of :func:`normalize_numbers`; a ``%``/``‰`` or ``万``/``亿`` right after the
    number is kept (``59.46%``, ``1.5万``), other units are dropped (``20项`` -> ``20``).

    >>> extract_numbers("2021年办理二十項，增长59.46 %，约1.5万人，共1,234件")
    ['2021', '20', '59.46%', '1.5万', '1234']
    """
    s = normalize_numbers(text)
    return [re.sub(r"\s+", "", m.group(0)) for m in _NUMBER_RE.finditer(s)]


def strip_enumerators(text: str) -> str:
    """Remove list numbering at line starts (``1.``, ``2、``, ``(3)``, ``（4）``)."""
    return _ENUMERATOR_RE.sub("", text)


# --- question script ----------------------------------------------------------

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


@functools.lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC  # lazy, like rag.text.normalize

    return OpenCC("s2t")


def question_script(question: str) -> str:
    """``"en"``, ``"hans"``, ``"hant"`` or ``"mixed"`` (mixed Simplified/Traditional).

    * ``en``: Latin letters >= 2 x Han characters (an English question may quote a
      Chinese place name: ``What did 长治市 report?`` is en).
    * else count Han characters that change under OpenCC t2s (Traditional-only, T)
      and under s2t (Simplified-only, S), one character at a time:
      T == 0 -> ``hans``; T > S -> ``hant``; otherwise ``mixed``.
      (T > S rather than S == 0 because s2t also changes a few characters that
      Traditional text uses too, e.g. 台.)
    * no Han and no Latin letters -> ``hans`` (the corpus default, as ``detect_script``).

    >>> [question_script(q) for q in ("长治市办理了多少件", "長治市辦理了多少件", "How many cases?")]
    ['hans', 'hant', 'en']
    """
    han = _HAN_RE.findall(require_str("question", question))
    latin = len(_LATIN_RE.findall(question))
    if latin and latin >= 2 * len(han):
        return "en"
    if not han:
        return "hans"
    t2s_changed = sum(fold(c) != c for c in han)
    if t2s_changed == 0:
        return "hans"
    conv = _s2t()
    s2t_changed = sum(conv.convert(c) != c for c in han)
    return "hant" if t2s_changed > s2t_changed else "mixed"
