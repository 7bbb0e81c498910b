"""Does a sentence's figure count something other than what the question asks, though it holds the
question's words (:func:`other_measure`): a combined figure (党组会议和政府常务会议 for 政府常务会议), or a
narrower or other modifier of the measured noun.  What the question counts is
:mod:`rag.answer.asked_measure`.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from .asked_measure import PLACE_NOUNS

_JOIN_RE = re.compile(r"以及|和|及|与|、")
_CJK_RUN_END_RE = re.compile(r"[\u4e00-\u9fff]{1,6}$")


def asked_phrase(question: str, terms: Sequence[str], word: str) -> str:
    """The question's noun phrase ending in the measured ``word``: the terms written right before it,
    joined (``保留的行政审批事项`` with terms 行政, 审批, 事项 -> ``行政审批事项``); ``word`` when none."""
    from ..text.normalize import fold

    q = fold(question)
    at = q.rfind(word)  # the last mention: 机构改革…有几个政府机构 counts the second
    if at < 0:
        return word
    start = at
    while True:
        prev = next((t for t in sorted(terms, key=len, reverse=True) if t != word and q.endswith(t, 0, start)), None)
        if prev is None:
            return q[start:at + len(word)]
        start -= len(prev)


def other_measure(question: str, terms: Sequence[str], measured: Sequence[str], clause: str, context: str) -> bool:
    """Does the report count something other than what the question asks, though it holds the words?

    - a combined figure: the ``clause`` holding the figure coordinates the measured noun with another of
      the same head the question does not name (asked 政府常务会议, the report counts
      ``党组会议和政府常务会议`` together): the part asked for is not given;
    - counted places (县(市、区)有多少个) the figure's clause does not name: a total of something else;
    - a narrower or other kind: the question's noun phrase (``行政审批事项``) is nowhere in ``context``
      (the figure's sentence), which names it only with a noun inserted before its head
      (``行政审批中介服务事项``) and also names that noun's own kind (``中介服务事项``).

    >>> other_measure("市长主持召开的政府常务会议有多少次", ("市长", "政府", "常务会议"), ("常务会议",),
    ...               "市长16次主持召开党组会议和政府常务会议", "")
    True
    >>> other_measure("市长主持召开党组会议和政府常务会议多少次", ("市长", "党组", "会议", "政府", "常务会议"), ("常务会议",),
    ...               "市长16次主持召开党组会议和政府常务会议", "")
    False
    >>> other_measure("保留的行政审批事项有多少项", ("保留", "行政", "审批", "事项"), ("事项",),
    ...               "保留事项66项", "清理中介服务事项,不属于行政审批中介服务事项154项,保留事项66项")
    True
    >>> other_measure("保留的行政审批事项有多少项", ("保留", "行政", "审批", "事项"), ("事项",),
    ...               "保留权力事项2700项", "梳理出权力事项6749项,保留权力事项2700项")
    True
    >>> other_measure("举办了几次全市性价格听证会", ("举办", "全市性", "价格", "听证会"), ("全市性", "听证会"),
    ...               "组织4次全市性价格调整听证会", "组织4次全市性价格调整听证会")
    False
    """
    from ..text.normalize import fold, fold_chars

    q, s, ctx = fold(question) + " " + " ".join(terms), fold_chars(clause), fold_chars(context)  # English: its Chinese terms
    if measured and all(w in PLACE_NOUNS for w in measured):  # 县(市、区)有多少个: the places stand by their figure
        named = re.sub(r"[省市县区州乡镇村]级|[全本各该][省市县区州旗盟乡镇村]", "", s)  # 市级, 全市: a level or the scope
        return not any(w in named for w in measured)
    for word in (w for w in measured if len(w) >= 2):
        phrase = asked_phrase(question, terms, word)
        if _coordinated_other(s, phrase, word, q) and not _joins(question):  # (the clause first: seldom true, and cheap)
            return True
        mod = phrase[:-len(word)]
        if len(mod) >= 2 and phrase not in ctx and (_narrower(ctx, mod, word) or _other_modifier(s, ctx, mod, word, terms)):
            return True
    return False


def _other_modifier(clause: str, ctx: str, mod: str, word: str, terms: Sequence[str]) -> bool:
    """The figure's ``clause`` writes the head ``word`` after another noun (权力|事项) sharing no character
    with the question's modifier (行政审批), none of whose terms the sentence ``ctx`` holds (in any form that
    states it: a user's 去法院出庭应诉 is the report's 出庭应诉, :func:`rag.answer.term_coverage.whole_forms`)."""
    from .term_coverage import whole_forms

    at = clause.find(word)
    other = clause[max(0, at - 2):at] if at >= 0 else ""
    own = [t for t in terms if len(t) >= 2 and t in mod]
    return bool(len(other) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", other) and not set(other) & set(mod)
                and own and not any(f in ctx for t in own for f in whole_forms(t)))


def _narrower(ctx: str, mod: str, word: str) -> bool:
    """``ctx`` writes ``mod`` + X + ``word`` (行政审批|中介服务|事项) and also X + ``word`` on its own
    (中介服务事项 is what it counts); X joins no other modifier (网上政务服务和电子监察系统 is one system)."""
    for m in re.finditer(re.escape(mod) + r"([\u4e00-\u9fff]{2,6}?)" + re.escape(word), ctx):
        inserted = m.group(1)
        if not _JOIN_RE.search(inserted) and inserted + word in ctx.replace(m.group(0), " "):
            return True
    return False


def _coordinated_other(s: str, phrase: str, word: str, q: str) -> bool:
    """``s`` joins ``phrase`` (or its head ``word``) with another noun of the same head (the last two
    characters) whose modifier the question ``q`` does not hold: 党组会议和政府常务会议.  A question that
    itself joins things (X和Y, X and Y meetings) asks for them together."""
    head = word[-2:]
    for m in re.finditer(re.escape(phrase if phrase in s else word), s):
        before = _JOIN_RE.search(s, max(0, m.start() - 2), m.start())
        if before is not None and before.end() == m.start():
            run = _CJK_RUN_END_RE.search(s[:before.start()])
            if run and run.group(0).endswith(head) and _unasked(run.group(0)[:-2][-2:], q):
                return True
        after = _JOIN_RE.match(s, m.end())
        if after is not None:
            nxt = re.match(r"[\u4e00-\u9fff]{1,8}", s[after.end():])
            if nxt and head in nxt.group(0)[1:] and _unasked(nxt.group(0)[:nxt.group(0).find(head, 1)][:2], q):
                return True
    return False


def _unasked(modifier: str, q: str) -> bool:
    return len(modifier) == 2 and modifier not in q


def _joins(question: str) -> bool:
    """Does the question join things it asks about (a conjunction word: 和, 及, 与, 以及, 、, and)?"""
    from .term_tokens import tokens

    return bool(re.search(r"\band\b|、", question)) or any(t in ("和", "及", "与", "以及", "跟", "同") for t in tokens(question))

