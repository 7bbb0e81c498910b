"""The genre's one vocabulary of honours: the verbs that confer one, that get one, that mark a campaign
achieved, and the words that only aim at or apply for one.

Every module reading honours (:mod:`rag.answer.honours`, :mod:`rag.answer.yesno_honours`,
:mod:`rag.answer.stages`) builds its patterns from these tuples.  A module that reads only part of a
tuple takes it by :func:`pick` or :func:`without`, which refuse a word outside the vocabulary (patterns join them by
:func:`rag.answer.comparators.alternation`, longest first), so a new
verb is added here once and a subset says in its own name why it is one.

>>> pick(CONFERRING, "获评", "荣获")
('获评', '荣获')
>>> without(AIMING, *AIMING[1:])
('争创',)
"""
from __future__ import annotations

# verbs that state an honour conferred: 获评X, 被评为X, 被命名为X, 荣获X称号.  命名 without 为 is the stem
# (被命名, 命名…称号); 评上 / 评成 are how users say it; 列入 (a list) and 获批 (an approval) confer in reports.
CONFERRING = ("获评", "荣获", "评为", "评上", "评成", "评定为", "命名为", "命名", "确定为", "认定为", "列为", "列入", "授予",
              "入选", "当选", "获批")
# verbs of getting: they state an honour only with an honour's word (拿到…称号, 获得…荣誉)
GETTING = ("拿到", "拿下", "获得", "得到", "摘得", "摘下", "捧得", "捧回", "取得", "成为")
# a campaign achieved (成功创建X, X创建成功): the honour is held
ACHIEVING = ("成功创建", "创建成功", "创建成为")
# words that only aim at or apply for an honour (争创, 力争, 申报, 推荐, 候选): not yet conferred
AIMING = ("争创", "力争", "争取", "申报", "推荐", "候选", "培育", "计划", "迎检", "参评", "将", "拟", "准备", "申请")
# the campaign's own words: an aim unless the clause says it achieved (创建 -> 成功创建, 积极 -> 积极争创)
CAMPAIGNING = ("创建", "积极", "全力", "正在")


def pick(vocabulary: tuple[str, ...], *words: str) -> tuple[str, ...]:
    """``words``, each checked to be in ``vocabulary`` (a subset named where it is used)."""
    missing = [w for w in words if w not in vocabulary]
    if missing:
        raise ValueError(f"{missing} not in the honours vocabulary: add them to rag/answer/conferral.py first")
    return words


def without(vocabulary: tuple[str, ...], *words: str) -> tuple[str, ...]:
    """``vocabulary`` in its order, less ``words`` (each checked to be in it)."""
    dropped = set(pick(vocabulary, *words))
    return tuple(w for w in vocabulary if w not in dropped)
