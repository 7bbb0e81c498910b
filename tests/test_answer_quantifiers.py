"""The one "all of it" vocabulary (rag.answer.quantifiers): the stated view is a part of the whole one, and the
words that only look like quantifiers (成都, 首都, 平均, all year) are in neither.  Questions written here."""
from __future__ import annotations

from rag.answer.quantifiers import ALL_RE, STATED_ALL_RE

QUESTIONS = ("乙县受理的复议案件全部办结了吗?", "各乡镇都已建成公共法律服务站吗?", "每一件诉讼负责人都出庭了吗?",
             "所有执法人员均已持证上岗吗?", "丙市重大决策一律经过合法性审查吗?", "Were all complaints resolved?",
             "Did every township set up a mediation office?", "各镇都设了调解室吗?", "整改任务均按期完成了吗?")


def test_every_stated_claim_is_a_claim_of_the_whole_vocabulary():
    stated = [q for q in QUESTIONS if STATED_ALL_RE.search(q)]
    assert all(ALL_RE.search(q) for q in QUESTIONS)
    assert stated and all(ALL_RE.search(q) for q in stated)


def test_a_bare_du_or_jun_claims_all_only_in_the_whole_vocabulary():
    assert ALL_RE.search("各镇都设了调解室吗?") and not STATED_ALL_RE.search("各镇都设了调解室吗?")
    assert STATED_ALL_RE.search("各镇都已设了调解室吗?") and STATED_ALL_RE.search("各镇均是按期设立的吗?")


def test_place_names_averages_and_spans_of_time_are_no_quantifier():
    for q in ("成都市的行政复议案件是否增加了?", "首都功能核心区是否开展了评查?", "平均办理时限缩短了吗?",
              "Did the office stay open all year?", "成都是否获评示范市?"):
        assert not ALL_RE.search(q) and not STATED_ALL_RE.search(q), q
