"""List questions whose items one sentence enumerates inline (passages written here, invented names and figures).

Each test fails on the behaviour before it: English "campaigns" and "teams" named no item noun, so the quoted
campaigns before 等专项行动 and the fields before 等N支综合执法队伍 were not read as the items; a question's 平台
never matched the report's 载体; townships the place model does not list (在甲岭镇、乙山镇等沿海镇街) were no
places; "penalties could be waived" and "drew up a list" untranslated (drew read as 抽查), so the 不予处罚 list's
fields were never found.
"""
import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.list_asks import asked_heads, head_forms
from rag.answer.list_items import place_items
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    ("湖南省常德市", 2022): (
        "常德市生态环境局2022年法治政府建设工作报告\n一、严格生态环境执法\n"
        "组织开展“清水护航”“铁拳”“秋冬攻坚”等专项行动，排查整治环境问题126个。全年下达处罚决定书88份。\n"
        "二、推进综合执法改革\n组建文物保护、城乡规划、水利水务、林业草原等4支综合执法队伍，划转执法人员132名。\n"
        "三、创新基层治理\n全市村（社区）推广“邻里议事厅”“百姓说事点”“法律明白人”等载体，化解矛盾纠纷2100件。\n"
        "在甲岭镇、乙山镇等沿海镇街设立“海事调解室”7个，调处涉海纠纷95件。\n"
        "四、落实柔性执法\n制定不予处罚、减轻处罚事项清单，覆盖文化旅游、农业农村、城市管理等9个领域共计210项。\n"),
    ("湖南省益阳市", 2022): (
        "益阳市2022年法治政府建设情况报告\n一、推进依法行政\n全年审核规范性文件31件，开展执法案卷评查，抽查案卷150卷。\n"
        "二、化解社会矛盾\n全市调解组织调处矛盾纠纷4300件，调解成功率98%。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize(("question", "head"), [("Which special campaigns did the bureau run?", "行动"),
                                                ("Which enforcement teams were formed?", "队伍")])
def test_english_item_nouns_name_the_genres_head(question, head):
    assert asked_heads(question)[1] == head


def test_an_asked_platform_is_the_reports_carrier():
    assert "载体" in head_forms("平台") and head_forms("问题") == ("问题",)


def test_townships_the_place_model_lacks_are_places():
    s = "在甲岭镇、乙山镇等沿海镇街设立“海事调解室”7个。"
    assert [s[a:b] for a, b in place_items(s)] == ["甲岭镇", "乙山镇"]


def test_waived_penalties_and_drawing_up_a_list():
    terms = english_terms("The city drew up a list of cases where penalties could be waived.")
    assert any("不予处罚" in t.split("|") for t in terms) and any("制定" in t.split("|") for t in terms)
    assert not any("抽查" in t.split("|") for t in terms)


@pytest.mark.parametrize(("question", "items"), [
    ("Which special enforcement campaigns did Changde's environment bureau run in 2022?", ["清水护航", "铁拳", "秋冬攻坚"]),
    ("Which comprehensive law-enforcement teams did Changde form in 2022?", ["文物保护", "城乡规划", "水利水务", "林业草原"]),
    ("常德市2022年创新基层治理，在村（社区）主要推广了哪几种平台？", ["邻里议事厅", "百姓说事点", "法律明白人"]),
    ("Which coastal towns did Changde name when it described setting up maritime mediation rooms in 2022?", ["甲岭镇", "乙山镇"]),
    ("In 2022, Changde drew up a list of cases where penalties could be waived or reduced. Which sectors did it name?",
     ["文化旅游", "农业农村", "城市管理"]),
])
def test_the_inline_items_are_the_short_answer(answerer, question, items):
    got = answerer.ask(question)
    assert not got.abstained
    assert all(i in got.short_answer for i in items), got.short_answer
    assert "处罚决定书" not in got.short_answer and "执法人员" not in got.short_answer
