"""A list question asking what a whole is made of (某项工作，包括哪几种方式): the genre closes the parts with ``等`` + that
whole (甲、乙、丙和丁等某项工作N件), the last two joined by 和; a leading 其中 is no part of the first name.  Sentences and a
report written for these tests (invented facts, a real place name for the place model)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.list_asks import included_topic
from rag.answer.list_items import closed_items, comma_items
from rag.config import Config

SENTENCE = "办结行政处罚案件960件，其中警告、罚款、没收违法所得和责令停产停业等处罚412件，其余为不予处罚。"


def test_the_whole_a_question_asks_the_parts_of():
    assert included_topic("某县的行政复议直接纠错，包括哪几种处理方式？") == "纠错"
    assert included_topic("某县的矛盾纠纷化解分为哪几类？") == "化解"
    assert included_topic("某县的直接纠错有哪几种方式？") == "纠错"
    assert included_topic("某县有哪些平台?") == "" and included_topic("某县开展的执法检查有哪些?") == ""


def test_the_parts_closed_by_deng_and_the_whole_last_two_joined_by_he():
    items = closed_items(SENTENCE, "处罚")
    assert [SENTENCE[a:b] for a, b in items] == ["警告", "罚款", "没收违法所得", "责令停产停业"]
    assert [SENTENCE[a:b] for a, b in closed_items(SENTENCE, "处罚", want=4)] == ["警告", "罚款", "没收违法所得", "责令停产停业"]


def test_a_leading_qizhong_is_no_part_of_the_first_name():
    s = "全年排查问题56个，其中多头执法、重复执法、交叉执法等问题21个。"
    assert next(s[a:b] for a, b in comma_items(s)) == "多头执法"


TEXTS = {("桂林市", 2022): ("桂林市2022年法治政府建设年度报告\n"
                         "一、完善行政复议\n"
                         "市行政复议局受理行政复议案件388件，审结361件，其中撤销、变更、确认违法和责令履行等直接纠错41件，直接纠错率11.4%。\n"
                         "二、法治宣传\n开展法治宣传活动52场。\n")}


@pytest.mark.parametrize("q", ["桂林市2022年的行政复议直接纠错，包括哪几种处理方式？", "桂林市2022年行政复议直接纠错包括哪四种方式？"])
def test_the_parts_of_the_asked_whole_answer(q):
    a = answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"})).ask(q)
    assert a.short_answer == "撤销、变更、确认违法、责令履行" and a.citations, a.answer
