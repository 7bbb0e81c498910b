"""Yes/no claims a user words plainly where the report writes the genre's words: a rank that moved
(名次往前了 / 前进2个位次), a list of exempted violations (免罚清单 / 不予处罚事项清单) that grew
(由…扩展至…), a measure's weight in an appraisal (分量加大 / 权重由4%调整为5%), and a gap still left
to a target (距离…目标仍有差距).  Sentences written here, not copied from reports."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县", "甲市", "甲区", "甲"]))


RANK_UP = "在全省县域经济考核中，我县位列第五名，较上年前进3个位次。"
RANK_DOWN = "在全省县域经济考核中，我县位列第五名，较上年后退3个位次。"


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县2021年在全省县域经济考评里的名次是不是比前一年往前了?", RANK_UP, True),
    ("甲县2021年在全省县域经济考评里的名次是不是比前一年往前了?", RANK_DOWN, False),
    ("甲县2021年在全省县域经济考评里的名次有没有比上年靠后?", RANK_DOWN, True),
    ("甲县2021年在全省县域经济考评里的名次有没有比上年靠后?", RANK_UP, False),
])
def test_a_rank_moved(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


LIST = ("修订《甲市交通运输领域轻微违法行为不予处罚事项清单（2023年版）》，事项由上年的{a}项扩展至{b}项，"
        "全年对420家经营主体依法不予处罚。")


@pytest.mark.parametrize("q, a, b, verdict", [
    ("甲市交通运输部门2023年的轻微违法免罚清单，事项比前一年多了吗？", 40, 52, True),
    ("甲市交通运输部门2023年的轻微违法免罚清单，事项比前一年多了吗？", 52, 40, False),
])
def test_an_exemption_list_that_grew(q, a, b, verdict):
    assert decide(ask_for(q), LIST.format(a=a, b=b)) is verdict


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲区2022年绩效考核里依法行政这一项的分量有没有比上年加大?",
     "在全区绩效考核中设置依法行政指标，权重由2021年的3%调整为6%。", True),
    ("甲区2022年绩效考核里依法行政这一项的分量有没有比上年加大?",
     "在全区绩效考核中设置依法行政指标，权重由2021年的6%调整为3%。", False),
])
def test_a_weight_in_an_appraisal(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲市2021年行政复议纠错后的整改率有没有达到省里要求的90%?",
     "三是行政复议纠错后的整改率虽有提高，但距离省里提出的90%的目标仍有差距；", False),
    ("甲市2021年行政复议纠错后的整改率是不是还低于省里的目标?",
     "三是行政复议纠错后的整改率虽有提高，但与省里确定的目标还存在一定差距；", True),
])
def test_a_gap_left_to_a_target(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


@pytest.mark.parametrize("q, kind", [
    # 几 made indefinite by the word before it ("the other few cities", "these few years", "several times") asks no figure
    ("甲市2022年有没有跟省内别的几个城市签订执法协作协议？", "yesno"),
    ("这几年甲县是不是一直在推行免罚清单？", "yesno"),
    ("甲县是不是好几次被评为先进单位？", "yesno"),
    ("甲市2022年跟几个城市签订了执法协作协议？", "number"),
])
def test_an_indefinite_ji_asks_no_figure(q, kind):
    assert classify(q).kind == kind


@pytest.mark.parametrize("q, sentence, verdict", [
    # two languages named apart in the question, as one pair word in the report
    ("甲州2021年有没有用蒙古文和汉文两种文字发布政府公告？", "全年在州政府网站发布蒙汉双语政府公告126条。", True),
    ("甲州2021年有没有用维吾尔语和汉语发布政府公告？", "全年在州政府网站以维汉两种文字发布政府公告126条。", True),
    # the pair in the other order (汉藏 for 藏语和汉语), counted: 3名 are some
    ("甲州2021年有没有通晓藏语和汉语的律师？", "州政府聘请法律顾问7名，其中汉藏双语律师3名。", True),
])
def test_two_languages_as_one_pair_word(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def ask_in(q: str, years: tuple[int, ...], lang: str = "zh"):
    return make_ask(q, lang, classify(q), content_terms(q, exclude=["甲区", "甲"]), years=years)


@pytest.mark.parametrize("q, years, sentence, verdict", [
    # an honour dated in the clause that confers it (a parenthesis, or the year before the verb)
    ("甲区2021年是否被评为全国“六五”普法先进区？", (2021,), "甲区被评为“全国‘六五’普法先进区”（2020年表彰），2021年继续开展普法评估。", False),
    ("甲区2020年是否被评为全国“六五”普法先进区？", (2020,), "甲区被评为“全国‘六五’普法先进区”（2020年表彰），2021年继续开展普法评估。", True),
    ("甲区2021年是否被评为全国“六五”普法先进区？", (2021,), "甲区于2019年被评为“全国‘六五’普法先进区”。", False),
])
def test_an_honour_dated_to_another_year(q, years, sentence, verdict):
    assert decide(ask_in(q, years), sentence) is verdict


def test_english_law_popularization_campaigns():
    terms = content_terms("Was the district honoured for the 8th five-year legal awareness campaign?")
    assert "八五" in terms and "普法" in terms


@pytest.mark.parametrize("q, sentence", [
    # a group of cities named by its area with another kind of grouping (半岛 / 经济圈 / 城市群 / 都市圈)
    ("甲市2022年有没有跟辽东半岛上别的几个城市签执法协作方面的协议？",
     "与大连、丹东、营口三市市场监管部门签订《辽东经济圈市场监管执法协作协议》，建立案件线索通报机制。"),
    ("甲市2022年有没有加入成渝经济圈的信用联合奖惩协作？", "甲市加入《成渝城市群信用联合奖惩协作备忘录》，推动信用信息共享。"),
])
def test_an_area_named_with_another_grouping(q, sentence):
    from rag.answer.term_coverage import coverage

    area = [t for t in ask_for(q).terms if t in ("成渝", "经济圈") or t.endswith("半岛")]
    assert area and coverage(area, sentence)[0] == 1.0
