"""Yes/no: an outcome claimed (创建成功了吗, 验收通过了吗, did the application succeed?) against the clauses after the
claim saying the matter is still pending (目前仍在评估之中, 创建任务尚未完成, 正在审核, 等待批复): it was not achieved in
the year reported, 否.  The genre reports an application or a submission with its state at the year's end; a
pending state is no outcome.

>>> pending_outcome("省级示范区创建成功了吗", "某区已提交省级示范区申报材料，目前仍在评审之中，结果尚未公布")
True
>>> pending_outcome("省级示范区申报了吗", "某区已提交省级示范区申报材料，目前仍在评审之中")
False
>>> pending_outcome("一期工程完成了吗", "一期工程已完成，二期工程仍在建设中")
False
>>> pending_outcome("示范区创建成功了吗", "示范区创建已通过市级初审，目前仍在省里评审之中")
True
"""
from __future__ import annotations

from ..text import lazy_re as re

# an outcome the question claims (成功, 完成, 通过, 获批 …; English: succeed, complete, approve, pass)
_OUTCOME_Q_RE = re.compile(r"成功|完成|建成|办成|办结|通过|验收|获批|批准|批下来|落地|到位|"
                           r"\b(?:succeed(?:ed|s)?|success(?:ful(?:ly)?)?|complet(?:e|ed)|finish(?:ed)?|approved|passed)\b",
                           re.IGNORECASE)
# a matter still pending: 尚未完成, 仍在评估之中, 尚处于…阶段, 正在审核, 等待批复, 结果尚未公布 (not yet: a plain 未通过
# is a failure, 23人未通过考试, which other checks read)
_PENDING_RE = re.compile(r"(?:尚未|还未|仍未|暂未|还没有?)(?:能)?(?:完成|办结|验收|获批|批复|通过|公布结果)|结果尚未"
                         r"|(?:仍|尚|还)(?:在|处于)[^，,；;。]{0,10}?(?:之中|中|阶段|过程)"
                         r"|正在[^，,；;。]{0,6}?(?:评估|评审|审核|审查|验收|审批|论证|核查)"
                         r"|(?:等待|有待|待)(?:上级)?(?:评估|评审|审核|审批|验收|批复|命名)")
_ZH_OUTCOMES = ("成功", "完成", "建成", "办成", "办结", "通过", "验收", "获批", "批准", "落地", "到位")


def _reached(question: str, near: str) -> bool:
    """Does ``near`` state the very outcome the question claims outside a pending phrase (一期已完成 for 完成了吗, not
    已通过初审 for 创建成功了吗: a step on the way)?  An English question: any outcome word."""
    asked = [w for w in _ZH_OUTCOMES if w in question] or list(_ZH_OUTCOMES)
    masked = _PENDING_RE.sub(lambda m: " " * len(m.group(0)), near)
    return any(w in masked for w in asked)


def pending_outcome(question: str, near: str) -> bool:
    """Does the (folded) ``question`` claim an outcome that ``near`` (the claim's clause with the two after it) says
    is still pending, reaching it nowhere?  The caller leaves out questions that themselves say it is not done."""
    return bool(_OUTCOME_Q_RE.search(question) and _PENDING_RE.search(near) and not _reached(question, near))
