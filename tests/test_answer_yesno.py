"""Yes/no decisions on hand-written sentences of the genre: 是 / 否 / not stated."""
from __future__ import annotations

import pytest

from rag.answer.evidence import Cues, make_ask, polarity_cues
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.answer.yesno_clauses import focus_clause


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县", "甲"]))


@pytest.mark.parametrize("q, cues", [
    ("甲县听取专题汇报超过3次了吗?", Cues(threshold=(">", 3.0, "次"))),
    ("满意度达到95%了吗?", Cues(threshold=(">=", 95.0, "%"))),
    ("培训是不是5场以上?", Cues(threshold=(">=", 5.0, "场"))),
    ("开会超过三次了吗?", Cues(threshold=(">", 3.0, "次"))),
    ("是在第四批基地评选中入选的吗?", Cues(ordinal=("四", "批"))),
    ("备案的38件文件都是县级文件吗?", Cues(universal=True)),
    ("2021年之前就已经开展过评查吗?", Cues(before=True)),
    ("是否首次开展述法?", Cues(first=True)),
    ("《养犬条例》出台了吗?", Cues(enacted=True)),
    ("败诉率是不是在下降?", Cues(trend="down")),
    ("是否建立了法律顾问制度?", Cues()),
    ("到2019年底条例出台了吗?", Cues(enacted=True)),  # a date, not a threshold
    ("出庭应诉率到90%了吗?", Cues(threshold=(">=", 90.0, "%"))),
    ("Were more than half of the case files rated excellent?", Cues(threshold=(">", 50.0, "%"))),
])
def test_polarity_cues(q, cues):
    assert polarity_cues(q) == cues


@pytest.mark.parametrize("q, sentence, verdict", [
    # thresholds: the figure of the asked unit against the stated bound
    ("甲县政府常务会议听取专题汇报超过3次了吗?", "县政府常务会议听取法治政府建设专题汇报2次。", False),
    ("甲县政府常务会议听取专题汇报超过3次了吗?", "县政府常务会议听取法治政府建设专题汇报5次。", True),
    ("甲县群众满意度达到95%了吗?", "开展法律咨询300人次，群众满意度95%。", True),
    ("甲县群众满意度达到95%了吗?", "开展法律咨询300人次，群众满意度90.5%。", False),
    # a draft is not an enacted rule, even beside one that is
    ("《甲县养犬管理条例》已经颁布实施了吗?", "《甲县河道管理条例》已颁布实施，《甲县养犬管理条例(草案)》已通过常委会一审。", False),
    ("《甲县养犬管理条例》已经颁布实施了吗?", "《甲县养犬管理条例》已颁布实施，《甲县河道管理条例(草案)》已通过常委会一审。", True),
    ("甲县出台物业管理办法了吗?", "物业管理办法征求意见稿已面向社会公开征求意见。", False),
    # negations and shortfalls in the clause that holds the question's words
    ("甲县排查中有没有发现与上位法不一致的文件?", "对现行文件开展排查，未发现与上位法不一致的规范性文件。", False),
    ("甲县公职律师是否实现全覆盖?", "公职律师尚未实现全覆盖。", False),
    ("甲县三项制度落实到位了吗?", "部分单位行政执法三项制度落实不到位。", False),
    ("甲县是否建立了行政执法公示平台?", "建立行政执法公示平台，公开执法信息1200条。", True),
    # first-time claims and trends
    ("甲县是不是首次开展述法评议?", "县政府再次开展述法评议。", False),
    ("甲县是不是首次开展述法评议?", "县政府开展述法评议。", None),
    ("甲县是不是首次开展述法评议?", "县政府首次开展述法评议。", True),
    ("甲县行政诉讼败诉率是不是在下降?", "行政诉讼败诉率近三年呈上升趋势。", False),
    ("甲县行政诉讼败诉率是不是在下降?", "行政诉讼败诉率近三年呈下降趋势。", True),
    # not stated: the sentence lacks most of what is asked
    ("甲县是否设立了知识产权法庭?", "县法院开展法治宣传活动。", None),
])
def test_decide(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_focus_clause_prefers_the_clause_naming_the_asked_thing():
    ask = ask_for("《甲县养犬管理条例》已经颁布实施了吗?")
    text = "截至年底，《甲县河道管理条例》已颁布实施，《甲县养犬管理条例(草案)》已通过一审。"
    a, b = focus_clause(ask, text)
    assert text[a:b] == "《甲县养犬管理条例(草案)》已通过一审"


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县满意度在全市排名第一吗?", "全县群众法治满意度测评在全市排名第三。", False),
    ("甲县满意度在全市排名第三吗?", "全县群众法治满意度测评在全市排名第三。", True),
    ("甲县普法广场是在第四批评选中入选示范基地的吗?", "甲县普法广场入选第五批省级法治宣传教育示范基地。", False),
    ("甲县普法广场是在第五批评选中入选示范基地的吗?", "甲县普法广场入选第五批省级法治宣传教育示范基地。", True),
    ("甲县备案的38件规范性文件都是县政府制发的吗?", "备案审查规范性文件38件，其中县政府制发的15件。", False),
    ("甲县2021年之前就已经开展过执法案卷评查吗?", "首次采用交叉互评方式开展行政执法案卷评查。", False),
    ("乙镇是否被评为平安乡镇?", "丙镇、丁镇被评为平安乡镇，乙镇被评为先进集体。", False),
    ("乙镇是否被评为平安乡镇?", "丙镇、乙镇被评为平安乡镇，丁镇被评为先进集体。", True),
    ("甲县政府常务会议学法超过三次了吗?", "县政府常务会议学法2次。", False),
    ("甲县审批时限压缩率是不是低于省定标准?", "审批时限压缩率71.4%，高于省定标准的60%。", False),
    ("甲县审批时限压缩率是不是高于省定标准?", "审批时限压缩率71.4%，高于省定标准的60%。", True),
    ("甲县的城市绿化条例在2022年内就已经施行了吗?", "《甲县城市绿化条例》于2023年3月1日起施行。", False),
    ("甲县的城市绿化条例在2023年施行了吗?", "《甲县城市绿化条例》于2023年3月1日起施行。", True),
    ("甲县2023年行政诉讼败诉率比2022年还高吗?", "行政诉讼败诉率2021年为16.4%,2022年为9.25%,2023年为4.1%。", False),
    ("甲县2023年行政诉讼败诉率比2022年低吗?", "行政诉讼败诉率2021年为16.4%,2022年为9.25%,2023年为4.1%。", True),
    ("甲县交办的430件信访事项全部化解了吗?", "上级交办我县430件信访事项，实际化解426件。", False),
    ("甲县交办的430件信访事项全部化解了吗?", "上级交办我县430件信访事项，已全部化解。", True),
])
def test_a_stated_ordinal_is_compared(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_a_matching_ordinal_does_not_decide_by_itself():
    q = "甲县上级交办的第一批430件信访事项全部化解了吗?"
    assert decide(ask_for(q), "上级交办我县第一批430件，实际化解426件，化解率99.07%。") is False
