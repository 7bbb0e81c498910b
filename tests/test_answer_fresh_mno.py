"""Round m/n/o mechanisms (numbers, entities, lists, comparisons, unanswerables) on reports written for these
tests: real BM25 retriever, the project's chunker.  Each test names the mechanism, not an eval item."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("绍兴市", 2021): ("绍兴市2021年法治政府建设年度报告\n"
                     "二、化解行政争议\n"
                     "全市行政复议机关共收到行政复议申请862件，比上年增长8.1%；"
                     "受理790件，审结744件，其中直接纠错97件，纠错率13.0%。"
                     "全市新收一审行政诉讼案件655件，行政机关负责人出庭应诉402件，出庭应诉率61.4%。\n"
                     "区本级行政复议审结61件，其中撤销4件、确认违法2件，纠错率9.8%。\n"
                     "表2  2021年各区、县（市）行政应诉情况\n"
                     "单位  一审诉讼（件）  败诉（件）  出庭应诉率（%）\n"
                     "越城区  121  6  72.3\n"
                     "诸暨市  98  5  66.0\n"
                     "嵊州市  87  4  41.4\n"
                     "新昌县  64  3  45.3\n"
                     "三、存在的不足\n"
                     "行政机关负责人出庭应诉率仍然偏低，嵊州市、新昌县不足50%。\n"
                     "四、生态环境执法\n"
                     "全市查处环境违法案件312件，罚款金额2,406.5万元；其中诸暨市立案47件，罚款金额388.2万元。\n"),
    ("嘉兴市", 2022): ("嘉兴市2022年法治政府建设年度报告\n"
                     "一、公共法律服务\n"
                     "全市办理法律援助案件2,310件，为农民工追回欠薪1,865万元。\n"
                     "二、依法征收\n"
                     "全年收到行政复议申请705件，审结668件。\n"
                     "严格执行《国有土地上房屋征收与补偿条例》，对全市9个征收项目开展社会稳定风险评估，未发生强制拆除。\n"
                     "三、生态环境执法\n"
                     "督察期间受理转办信访件902件，立案处罚58件；生态环境部门作为被告的行政诉讼案件14件。\n"),
    ("湖州市", 2022): ("湖州市2022年法治政府建设年度报告\n"
                     "一、公共法律服务\n"
                     "全市财政安排法律援助经费预算620万元，办理法律援助案件1,904件。\n"
                     "二、行政复议\n"
                     "全年收到行政复议申请512件，其中涉及征地拆迁的行政复议案件37件。\n"
                     "三、生态环境执法\n"
                     "检察机关就生态环境局移送的线索提起环境公益诉讼6件。\n"
                     "四、行政应诉\n"
                     "行政机关负责人出庭应诉188件次，出庭应诉率97.4%。\n"
                     "五、严格规范执法\n"
                     "一是深化综合执法改革。组建市综合行政执法局，下放赋权事项86项。"
                     "二是抓好西苕溪河流域执法。联合长兴县、德清县开展跨区域联合执法行动15次，查办非法捕捞案件31件。"
                     "三是规范执法监督。全年发出执法监督通知书9份。\n"
                     "六、生产安全执法\n"
                     "开展危化品企业安全生产专项执法检查，检查企业612家次，罚款金额97.5万元。\n"
                     "七、公共法律服务\n"
                     "2.深化太湖流域执法协作。联合长兴县开展联合执法行动11次，查办案件26件，罚没金额\n"
                     "64.2万元。\n"),
    ("浙江省", 2023): ("浙江省2023年法治政府建设年度报告\n"
                     "一、政府立法\n"
                     "制定、修改、废止省政府规章6件，其中新制定《浙江省数据资源管理办法》，修改《浙江省水资源管理办法》，废止规章3件。\n"
                     "依托“浙江省行政执法监督信息平台”公示执法信息3,204条。\n"
                     "二、法治宣传\n"
                     "依托景宁县大均乡伏叶村“畲乡之窗”艺术团，将反诈、禁毒等内容编入畲族山歌，全年演出40场。\n"),
    ("金华市", 2021): ("金华市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "6.强化行政权力监督\n"
                     "全年办理人大代表建议210件。\n"
                     "7.化解社会矛盾纠纷\n"
                     "（1）行政复议。全年收到行政复议申请131件，纠错率11.2%。\n"
                     "（2）行政应诉。全市行政诉讼案件203件，同比下降4.1%。\n"
                     "（3）人民调解。全市调处矛盾纠纷6,120件，调解成功率97.9%。\n"
                     "（4）府院协作。与市中级人民法院建立行政争议协调化解机制，协调化解行政争议15件。\n"
                     "8.加强法治宣传\n"
                     "开展普法活动320场。\n"
                     "二、2022年工作打算\n"
                     "我市将重点抓好以下工作：一是完成法治政府建设实施方案确定的目标任务；"
                     "二是创建省级法治政府建设示范市；三是编制法治金华建设规划，谋划下一阶段重点任务；"
                     "四是推进基层执法能力提升。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_decision_set_right_is_the_genres_correction_count(answerer):
    """被纠正的 (set right by the review body): reports count it as 直接纠错 / 纠错, not the applications received"""
    a = answerer.ask("绍兴市2021年全市的行政复议案件里，被直接纠正的有多少件？")
    assert not a.abstained and a.short_answer == "97件", a.answer


def test_the_share_of_an_act_is_the_acts_rate(answerer):
    """纠正原行政行为的比例: the rate of the act (纠正, written 纠错率), not of its object (行为)"""
    a = answerer.ask("绍兴市2021年区本级的行政复议案子里，最后纠正原行政行为的比例是多少？")
    assert not a.abstained and a.short_answer == "9.8%", a.answer


@pytest.mark.parametrize("q, want", [
    ("According to Shaoxing's 2021 report, how much were the environmental fines imposed in Zhuji?", "388.2万元"),
    ("In Shaoxing's 2021 report, what share of lawsuits in Xinchang County saw agency heads turn up in court?", "45.3"),
])
def test_a_part_named_in_pinyin_is_what_the_parents_report_is_asked_about(answerer, q, want):
    """an English question naming a county inside the asked city (Zhuji, Xinchang County): that county's figure, as
    诸暨市 in a Chinese question; its row of the city's table, not the city's total or a bound shared with others"""
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_a_bound_is_no_value_when_an_exact_figure_is_given():
    from rag.answer.figure_fit import bound

    s = "嵊州市、新昌县不足50%，越城区72.3%，目标95%以上"
    assert bound(s, s.index("50%"), s.index("50%") + 3)
    assert not bound(s, s.index("72.3%"), s.index("72.3%") + 5)
    assert bound(s, s.index("95%"), s.index("95%") + 3)


@pytest.mark.parametrize("q", [
    "How much money did Jiaxing budget for legal aid in 2022?",  # a sum recovered for workers is no budget
    "In 2022, how many of Jiaxing's administrative reconsideration cases involved land expropriation or house demolition?",
    "How many environmental public-interest lawsuits did prosecutors file in Jiaxing in 2022?",  # cases punished are not
])
def test_a_figure_of_another_measure_does_not_answer(answerer, q):
    """the asked measure (a budget, reconsideration cases of one kind, public-interest suits) is absent from the
    report: the figure of another measure beside its words is no answer"""
    a = answerer.ask(q)
    assert a.abstained, a.answer


@pytest.mark.parametrize("q, want", [
    ("How much money did Huzhou budget for legal aid in 2022?", "620万元"),
    ("In 2022, how many of Huzhou's administrative reconsideration cases involved land expropriation or house demolition?", "37件"),
    ("How many environmental public-interest lawsuits did prosecutors file in Huzhou in 2022?", "6件"),
])
def test_the_asked_measure_is_answered_where_it_is_stated(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_an_aside_sets_a_kind_aside():
    """(不算修改的): the new one is asked; a title the set-aside verb leads up to does not answer"""
    from rag.answer.list_asks import aside_excluded
    from rag.answer.list_items import set_aside

    assert aside_excluded("新出台的规章（不算修改的）是哪一部？") == "修改"
    assert aside_excluded("修订的除外，新制定了哪部规章？") == "修订"
    assert aside_excluded("新制定的规章是哪一部？") == ""
    s = "其中新制定《甲办法》，修改《乙办法》。"
    assert set_aside(s, s.index("《乙"), "修改") and not set_aside(s, s.index("《甲"), "修改")


def test_the_noun_a_bare_which_is_said_of(answerer):
    """是哪一部 with no count before it: the document the 是 is said of (规章), a title of that kind answers"""
    a = answerer.ask("浙江省2023年新出台的省政府规章（不算修改的）是哪一部？")
    assert not a.abstained and a.short_answer == "《浙江省数据资源管理办法》", a.answer


def test_a_provincial_level_modifier_asks_no_province(answerer):
    """哪个省级平台: a platform of the province (its quoted name whole), not the province"""
    a = answerer.ask("浙江省2023年公示行政执法信息用的是哪个省级平台？")
    assert not a.abstained and "行政执法监督信息平台" in a.short_answer, a.answer


@pytest.mark.parametrize("q", ["浙江省2023年哪个村的艺术团把反诈禁毒编进了畲族山歌？",
                               "In Zhejiang's 2023 report, which village's art troupe turned anti-fraud messages into She folk songs?"])
def test_which_village_is_answered_by_a_village(answerer, q):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer.endswith("伏叶村"), a.answer


@pytest.mark.parametrize("q", [
    "Whose agency heads showed up in court more reliably: Shaoxing in 2021 or Huzhou in 2022? Give both rates.",
    "Whose agency heads showed up in court more reliably: Shaoxing in 2021 or Huzhou in 2022?",
])
def test_a_compared_rate_is_compared_by_the_rate(answerer, q):
    """both rates, or "more reliably": the share of cases (出庭应诉率), not the count of appearances beside it"""
    a = answerer.ask(q)
    assert "97.4%" in a.short_answer and "61.4%" in a.short_answer, a.answer


def test_a_headings_places_are_in_its_body(answerer):
    """which counties: the places joined in the body of the enumerated item the heading names (二是抓好…执法。联合甲县、乙县…),
    not the section's headings"""
    a = answerer.ask("Which counties did Huzhou join for enforcement in its river basin in 2022?")
    assert a.short_answer.replace(", ", "、") == "长兴县、德清县", a.answer


def test_the_aspects_a_summary_lists_are_its_sections_items(answerer):
    """…handled disputes: reconsideration, lawsuits and mediation: the section whose items they are (its items'
    bodies), not the one sentence that names disputes"""
    a = answerer.ask("Summarise how Jinhua dealt with administrative disputes in 2021: reconsideration, lawsuits and mediation.")
    for figure in ("11.2%", "203件", "97.9%"):
        assert figure in a.answer, a.answer


def test_words_that_name_the_whole_plans_section_pick_no_single_plan(answerer):
    """下一年的重点任务: 重点 heads the plans section (我市将重点抓好以下工作：), so every plan answers, not the one
    plan that also says 重点任务"""
    a = answerer.ask("金华市在2021年度的报告里，给下一年定了哪些法治政府建设的重点任务？")
    for plan in ("目标任务", "示范市", "建设规划", "基层执法能力"):
        assert plan in a.answer, a.answer


def test_a_line_wrapped_after_a_sentence_does_not_end_the_next():
    """2.加强法律援助。全年办理法律援助案件\n326件，…: the line ran a sentence, then the next one is cut mid-word by
    a pasted PDF's line break; the figure on the next line belongs to the sentence above"""
    from rag.chunk.sentences import soft_wrap, split_sentences

    t = "2.加强法律援助。全年办理法律援助案件\n326件，挽回经济损失1,085万元。\n3.推进普法。"
    assert soft_wrap(t, t.index("\n"))
    assert "全年办理法律援助案件\n326件，挽回经济损失1,085万元。" in [t[a:b].strip() for a, b in split_sentences(t)]
    h = "2.加强法律援助。\n全年办理案件326件。"  # the line ends its sentence: a break
    assert not soft_wrap(h, h.index("\n"))


def test_fines_and_confiscations_of_joint_enforcement(answerer):
    """fines and confiscations (罚没) of joint enforcement (联合执法), not another campaign's fines (罚款)"""
    a = answerer.ask("In 2022, how much in fines and confiscations came out of Huzhou's joint enforcement operations with Changxing County?")
    assert not a.abstained and a.short_answer == "64.2万元", a.answer
