"""Which of a sentence's figures is the asked one: the clause holding the question's verb (the year a figure is
of: :mod:`rag.answer.figure_years`).

A sentence lists one subject's figures, each in a clause of its own verb (``共收到申请46件,受理41件,
审结38件``; ``一审案件共512件,败诉32件``): the question's verb (受理; a user's 输了, written 败诉) picks the
clause, whatever the subject's words around the first figure (:func:`act_spans`).

>>> s = "县政府共收到行政复议申请46件,受理41件,审结38件。"
>>> [s[a:b] for a, b, _ in act_spans(s, [(12, 15, "件"), (18, 21, "件"), (24, 27, "件")], ("受理",), "件")]
['41件']
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold
from .breakdowns import item_bounds
from .evidence import Ask
from .figure_fit import clause_bounds, unit_fit
from .term_coverage import coverage, stating_words
from .terms import role_weight


def act_spans(s: str, spans: Sequence[tuple[int, int, str]], acts: Sequence[str], unit: str = "",
              measured: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """The ``spans`` of the (folded) sentence ``s`` but those put aside by a figure whose own clause states one
    of the question's verbs ``acts`` (any form: :func:`rag.answer.term_coverage.stating_words`; a 其中 part
    clause goes with the clause before it) where theirs does not.  A figure is put aside only by one that fits
    as well in the asked ``unit`` and whose clause states as much of the ``measured`` words or is the verb and
    figure alone (受理90件 leaves its noun to the clause before): 已连接市直部门98个,县直部门880个 asked 县直部门
    keeps the 880个 (the verb's clause names another noun); asked 卷, 对36个部门开展评查 does not put aside 480卷."""
    forms = tuple(dict.fromkeys(f for act in acts for f in stating_words(act) if len(f) >= 2))
    if not forms or len(spans) < 2:
        return list(spans)
    rows = []
    for sp in spans:
        ca, cb = _own_clause(s, sp[0])
        clause = s[ca:cb]
        ia, ib = item_bounds(s, sp[0], ca, cb)  # 修改12件、废止27件: a 、-item states its verb and figure alone
        bare = s[ia:sp[0]] + s[sp[1]:ib]  # the item's words but its figure
        for f in forms:
            bare = bare.replace(f, "")
        rows.append((any(f in clause for f in forms), unit_fit(unit, sp[2]),
                     coverage(measured, clause, folded=True)[0] if measured else 0.0,
                     len(_CJK_RE.findall(bare)) <= ELLIPTICAL_REST))
    kept = [(fit, cov, elliptical) for own, fit, cov, elliptical in rows if own]
    return [sp for sp, (own, fit, cov, _) in zip(spans, rows)
            if own or not any(f >= fit and (c >= cov or e) for f, c, e in kept)]


ELLIPTICAL_REST = 2  # characters besides its verb and figure a clause leaving its noun out may hold (依法受理41件)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


_PART_RE = re.compile(r"其中|内含|含|包括")


def _own_clause(s: str, a: int) -> tuple[int, int]:
    """The clause of the figure at ``a``; a part's clause (其中国家级7个) with the clause of its total before it."""
    ca, cb = clause_bounds(s, a)
    if ca > 0 and _PART_RE.match(s, ca):
        ca = clause_bounds(s, ca - 1)[0]
    return ca, cb


def clause_states(s: str, at: int, acts: Sequence[str]) -> bool:
    """Does the own clause of the figure at ``at`` in the (folded) sentence ``s`` (a 其中 part's with its total's)
    state one of the verbs ``acts`` (``|``-joined forms each, as :func:`rag.answer.asked_measure.measure_anchors`
    gives them: 输了|败诉)?"""
    forms = [f for act in acts for f in act.split("|") if len(f) >= 2]
    ca, cb = _own_clause(s, at)
    return any(f in s[ca:cb] for f in forms)


def question_acts(ask: Ask, verb: str) -> tuple[str, ...]:
    """The question's verbs: its verb terms and the verb it counts by (输了 -> 输了|败诉), but a word before
    有/是 多少 (the subject: 申请有多少件) or inside a noun compound (信息公开申请); none for an English question
    (its verbs are dictionary guesses: pull -> 牵引)."""
    if ask.lang == "en":
        return ()
    q = fold(ask.question)  # 申请有多少件: the subject before 有/是 多少, not a verb
    setting = _setting_end(q, verb)
    return tuple(t for t in (*ask.terms, verb) if t and role_weight(t) < 1.0
                 and not any(re.search(re.escape(a) + _SUBJECT_END, q) for a in t.split("|"))
                 and (t == verb or not _in_compound(q, t, ask.terms))
                 and (t == verb or not 0 <= q.rfind(t) < setting))


# the question's setting ends at a clause break or at a 的时候 / 时 / 过程中 clause: 把文件清理了一遍，最后废掉的有几件 and
# 清理文件的时候作废了多少件 ask what was 废止, the 清理 only says when
_COUNTED_NEXT = r"(?:了|过|掉)?(?:的)?(?:一共|总共|共|合计|累计)?(?:有|是|为)?(?:多少|几)"
_SETTING_BREAK_RE = re.compile(r"[，,；;]|(?:的)?(?:时候|时|过程中|期间)")


def _setting_end(q: str, verb: str) -> int:
    """Where the question's setting ends: the last clause break (or 时候 clause) before its counted ``verb``
    (``|``-joined forms) written right before the asked 多少/几; -1 where it is not or nothing sets the scene."""
    asked = [m.start() for f in verb.split("|") if f for m in [re.search(re.escape(f) + _COUNTED_NEXT, q)] if m]
    at = max(asked, default=-1)  # only a verb that counts (废掉的有几件), not one a yes/no compares (变少了)
    ends = [m.end() for m in _SETTING_BREAK_RE.finditer(q, 0, at)] if at > 0 else []
    return ends[-1] if ends else -1


def _in_compound(q: str, term: str, terms: Sequence[str]) -> bool:
    """Is ``term`` written in ``q`` right before another of the question's ``terms``: a part of a noun compound
    (信息公开申请: 公开 names which applications, it is no verb of the question)?"""
    at = q.find(term)
    return at >= 0 and any(t != term and q.startswith(t, at + len(term)) for t in terms)


_SUBJECT_END = r"(?:一共|总共|共|合计|累计)?(?:有|是|为)(?:多少|几)"
