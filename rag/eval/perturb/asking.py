"""Rules on how the question asks: interrogative forms (多少件 ↔ 几件, 是否 ↔ 有没有, 有哪些 ↔ 都有哪些,
什么时候 ↔ 何时), polite frames (请问, 我想了解一下, 呢, 谢谢) and punctuation.
"""
from __future__ import annotations

from ...text import lazy_re as re
from .base import Question, body_and_mark, in_quotes, rule, swap

# measure words a count is asked with (多少件 / 几件); not 月/号/日/点 (几月 asks a date), not 万/亿 (几万)
_MEASURES = "个件项次名人家场条部份所类户卷篇批期起位张种套门座支处本宗台辆册轮届栋"


@rule("ask:多少→几")
def _duoshao_to_ji(q: Question) -> str | None:
    return swap(q, rf"(?<![第哪十])多少(?=[{_MEASURES}])", "几")


@rule("ask:几→多少")
def _ji_to_duoshao(q: Question) -> str | None:
    return swap(q, rf"(?<![第哪十好这那])几(?=[{_MEASURES}])(?![{_MEASURES}]?[月号日点])", "多少")


# 是否 before these is not 有没有 (是否是, 是否已经, 是否在, 是否能…)
_NOT_AFTER_YOU = "是为属在能会可应需要已曾还都均仍与和被由对全所把将让"


@rule("ask:是否→有没有")
def _shifou_to_youmeiyou(q: Question) -> str | None:
    return swap(q, rf"是否(?![{_NOT_AFTER_YOU}])(?![^，,。；;?？]*了)", "有没有")  # not 有没有开通了


@rule("ask:有没有→是否")
def _youmeiyou_to_shifou(q: Question) -> str | None:
    return swap(q, r"有没有", "是否")


@rule("ask:是不是→是否")
def _shibushi_to_shifou(q: Question) -> str | None:
    return swap(q, r"是不是", "是否")


@rule("ask:了吗→了没有")
def _lema_to_lemeiyou(q: Question) -> str | None:
    return swap(q, r"(?<=了)吗(?=\s*[?？]?\s*$)", "没有")


@rule("ask:有哪些→都有哪些")
def _you_to_douyou(q: Question) -> str | None:
    return swap(q, r"(?<!都)有哪些", "都有哪些")


@rule("ask:都有哪些→有哪些")
def _douyou_to_you(q: Question) -> str | None:
    return swap(q, r"都有哪些", "有哪些")


@rule("ask:什么时候→何时")
def _when_to_heshi(q: Question) -> str | None:
    return swap(q, r"什么时候", "何时")


@rule("ask:何时/哪天→什么时候")
def _heshi_to_when(q: Question) -> str | None:
    return swap(q, r"何时|哪一天|哪天", "什么时候")


# --- frames and punctuation ---------------------------------------------------------------------
@rule("frame:请问…")
def _qingwen(q: Question) -> str | None:
    return None if q.folded.startswith(("请", "我想")) else q.put("请问") + q.text


@rule("frame:我想了解一下，…")
def _xiang_liaojie(q: Question) -> str | None:
    return None if q.folded.startswith(("请", "我想")) else q.put("我想了解一下，") + q.text


@rule("frame:…呢")
def _ne(q: Question) -> str | None:
    body, mark = body_and_mark(q)
    if not body or body.rstrip()[-1:] in "吗嗎呢吧嘛啊么麼没沒。" or re.search(r"[?？]", body):
        return None  # not 吗呢, nor after a note that follows the question (…吗?(2025年报告)呢?)
    return body + q.put("呢") + (mark or "?")


@rule("frame:…谢谢")
def _xiexie(q: Question) -> str | None:
    body, mark = body_and_mark(q)
    return body + (mark or "，") + q.put("谢谢")


@rule("punct:no_question_mark")
def _no_mark(q: Question) -> str | None:
    body, mark = body_and_mark(q)
    return body if mark else None


@rule("punct:question_mark_width")
def _mark_width(q: Question) -> str | None:
    body, mark = body_and_mark(q)
    return body + ("？" if mark.strip() == "?" else "?") if mark else None


_CJK_ASCII_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9a-z])|(?<=[0-9a-z%])(?=[\u4e00-\u9fff])")


@rule("punct:spaces")
def _spaces(q: Question) -> str | None:
    """霍州2023年受理了多少件 -> 霍州 2023 年受理了多少件 (spaces between Chinese and digits or Latin)."""
    cuts = [m.start() for m in _CJK_ASCII_RE.finditer(q.folded) if not in_quotes(q, m.start(), m.start())]
    if not cuts:
        return None
    out, last = [], 0
    for c in cuts:
        out += [q.text[last:c], " "]
        last = c
    return "".join(out) + q.text[last:]



# --- colloquial words ---------------------------------------------------------------------------
@rule("ask:什么→啥")
def _shenme_to_sha(q: Question) -> str | None:
    """叫什么 -> 叫啥, 什么时候 -> 啥时候 (the spoken 啥; not inside quotes)."""
    return swap(q, r"什么", "啥")


@rule("ask:是谁→是哪位")
def _shei_to_nawei(q: Question) -> str | None:
    return swap(q, r"是谁", "是哪位")


@rule("ask:如何→怎样")
def _ruhe_to_zenyang(q: Question) -> str | None:
    return swap(q, r"如何", "怎样")


# --- figures written in words -------------------------------------------------------------------
_CN_DIGITS = "零一二三四五六七八九"
_SMALL_COUNT_RE = re.compile(rf"(?<![\d.%第])([1-9]\d?)(?=[{_MEASURES}])")


def chinese_count(n: int) -> str:
    """1..99 as a count is written in words: 3 -> 三, 2 -> 两, 12 -> 十二, 20 -> 二十, 35 -> 三十五.

    >>> chinese_count(3), chinese_count(2), chinese_count(12), chinese_count(20), chinese_count(35)
    ('三', '两', '十二', '二十', '三十五')
    """
    if n == 2:
        return "两"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


@rule("num:digits→words")
def _digits_to_words(q: Question) -> str | None:
    """超过3次 -> 超过三次: the one count of 1..99 with its measure word (not a year, an ordinal, a decimal
    or a rate), written in words as many askers do."""
    ms = [m for m in _SMALL_COUNT_RE.finditer(q.folded) if not in_quotes(q, m.start(), m.end())]
    if len(ms) != 1:
        return None
    return q.edit(ms[0].start(1), ms[0].end(1), q.put(chinese_count(int(ms[0].group(1)))))


_QUOTE_PAIRS = {"“": ("「", "」"), "「": ("“", "”")}


@rule("punct:quote_style")
def _quote_style(q: Question) -> str | None:
    """“X” -> 「X」 and 「X」 -> “X” (the same quoted words in the other quote marks)."""
    out, hit = [], False
    closing = {"“": "”", "「": "」"}
    i = 0
    while i < len(q.text):
        ch = q.text[i]
        end = q.text.find(closing[ch], i + 1) if ch in closing else -1
        if end > i:
            left, right = _QUOTE_PAIRS[ch]
            out.append(left + q.text[i + 1:end] + right)
            i, hit = end + 1, True
        else:
            out.append(ch)
            i += 1
    return "".join(out) if hit else None


_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@rule("punct:fullwidth_digits")
def _fullwidth(q: Question) -> str | None:
    """霍州2023年 -> 霍州２０２３年 (digits typed with a full-width input method)."""
    out = q.text.translate(_FULLWIDTH_DIGITS)
    return out if out != q.text else None


@rule("punct:comma_after_place_year")
def _comma_after_lead(q: Question) -> str | None:
    """霍州2023年受理了… -> 霍州2023年，受理了… (a pause after the place and year that lead the question)."""
    m = re.match(r"^[\u4e00-\u9fff]{2,12}?(?:19|20)\d{2}\s*年度?(?=[\u4e00-\u9fff])(?!度)", q.folded)
    if not m or re.match(r"[的在底末初中前后内以起至到间来几哪和与跟及同]", q.folded[m.end():]):
        return None
    return q.edit(m.end(), m.end(), "，")


@rule("ask:drop_一共")
def _drop_total(q: Question) -> str | None:
    """一共受理了多少件 -> 受理了多少件 (the "in all" of a count question)."""
    if not re.search(r"多少|几", q.folded):
        return None
    return swap(q, r"(?:一共|总共|共计)(?=[\u4e00-\u9fff])", "")
