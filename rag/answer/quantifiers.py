"""The one vocabulary of "all of it" words: a claim about all of something (全部办结了吗, 每一件都出庭了吗,
were all the cases closed).

Its forms: 全部 / 全都 / 所有 / 每一 / 每个 / 一律, ``都`` and ``均`` (except in words that are no quantifier:
成都, 首都, 平均) and English every / all / each of (``all`` not before a span of time: all year).  Two views:

- :data:`ALL_RE`, every form: a claim that all of something was done (全部办结, 都整改了吗) or that every case
  met an act (每一件都出庭了吗), checked against the report's completion words and rates
  (:mod:`rag.answer.yesno_figures`);
- :data:`STATED_ALL_RE`, the forms that claim all on their own: a bare ``都`` / ``均`` counts only bound to
  是 or 已 (都是, 均已).  The yes/no cue (:attr:`rag.answer.evidence.Cues.universal`) vetoes a yes when the
  report's text names a part of it; a bare 都 of a question that restates the report's own 均
  (12个镇乡街都设了…吗 against 12个镇乡街均…设立) would veto the report's own yes.

>>> bool(ALL_RE.search("被诉案件负责人每一件都出庭了吗")), bool(ALL_RE.search("成都市的平均结案天数"))
(True, False)
>>> bool(ALL_RE.search("Were all cases closed?")), bool(ALL_RE.search("Did it run all year?"))
(True, False)
>>> bool(STATED_ALL_RE.search("各镇都设了窗口吗")), bool(STATED_ALL_RE.search("各镇都已设立窗口吗"))
(False, True)
"""
from __future__ import annotations

from ..text import lazy_re as re

_DU = r"(?<![成首京古国旧新])都"  # 都 the quantifier, not the 都 of 成都 / 首都
_JUN = r"(?<![平])均"  # 均 the quantifier, not the 均 of 平均
_EVERY = r"全部|全都|所有|每一|每个|一律"
_EN_ALL = r"\b(?:every|all|each of)\b(?!\s+(?:years?|months?|weeks?|days?|quarters?|times?)\b)"

ALL_RE = re.compile(rf"{_EVERY}|{_DU}|{_JUN}|{_EN_ALL}", re.IGNORECASE)
STATED_ALL_RE = re.compile(rf"{_EVERY}|{_DU}[是已]|{_JUN}[是已]|{_EN_ALL}", re.IGNORECASE)
