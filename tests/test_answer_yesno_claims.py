"""Yes/no claims of a first, a rank and a round threshold, and comparisons of devolved powers and of
counted units each side words differently (passages written here, invented figures).

Each test fails on the behaviour before it: a first-time claim answered "not stated" because the
English words (enterprise, databases, the public) missed the claiming sentence; ``突破200万`` read as
no threshold behind ``到2021年底`` (and 万 dropped); a long English lead-in turning "did X rank
first" into a comparison answered with a number; "devolved powers" translated as 多头; 单位数 read as
counted in 位, and each side's own words weighed against the other side's report.
"""
import hashlib

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues
from rag.answer.qtypes import classify
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    ("浙江省台州市", 2021): (
        "台州市2021年法治政府建设年度报告\n一、深化“放管服”改革\n"
        "市大数据局协调省级部门开放数据接口，实现企业信用信息全部接入市级政务服务平台。"
        "在全国率先实现市、县、乡三级企业信用信息库向社会全面开放。在全省率先建成市级行政执法监督平台。\n"
        "二、建设数字政府\n截至2021年底，“台州办”注册用户186.4万，居全省前列。\n"
        "四、化解行政争议\n全年受理行政复议案件320件，行政复议纠错率为12.5%。\n"
        "三、开展考核评估\n在省法治政府建设考核评估中，台州在全省11个设区市中名列第四，较上年前进两位。\n"),
    ("浙江省台州市仙居县", 2021): (
        "仙居县2021年法治政府建设年度报告\n一、推进乡镇管理体制改革\n"
        "深化白塔镇经济发达镇改革试点，赋予白塔镇的156项县级经济社会管理权限全部承接到位。\n"
        "二、压实法治建设责任\n组织48家单位开展党政主要负责人年度述法工作。\n"),
    ("浙江省丽水市缙云县", 2022): (
        "缙云县2022年法治政府建设年度报告\n一、深化简政放权\n"
        "2022年3月，县政府印发《缙云县法治政府建设实施方案》。县级有关部门向乡镇(街道)下放行政审批事项92项，方便群众就近办事。"
        "建成行政执法数据库，便于公众查询；引导商家作出诚信经营承诺。《缙云县行政规范性文件管理办法》尚未印发。\n"
        "三、化解行政争议\n全年受理行政复议案件52件，行政复议纠错率为9.6%。\n"
        "四、规范执法\n围绕提升行政执法质量，提出5项一级指标、18项二级指标及40项具体任务。\n"
        "二、压实法治建设责任\n组织31个县政府工作部门主要负责人在县电视台公开述法，接受群众评议。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


def test_an_english_first_claim_is_found_in_the_sentence_claiming_it(answerer):
    got = answerer.ask("Was Taizhou the first in China to fully open its enterprise credit databases to the public in 2021?")
    assert got.short_answer == "Yes"
    assert "率先" in got.citations[0].quote


@pytest.mark.parametrize("question,short", [
    ("Was Taizhou the first in China to build an administrative law enforcement supervision platform?", "No"),
    ("Was Taizhou the first in the province to build an administrative law enforcement supervision platform?", "Yes"),
    ("台州是全国率先建成行政执法监督平台的吗?", "否"),  # the report claims 在全省率先 only
    ("台州是全省率先建成行政执法监督平台的吗?", "是"),
])
def test_a_first_claimed_in_a_narrower_scope_is_not_the_asked_first(answerer, question, short):
    assert answerer.ask(question).short_answer == short


@pytest.mark.parametrize("question,short", [
    ("到2021年底,台州办的注册用户突破200万了吗?", "否"),  # 186.4万 < 200万
    ("到2021年底,台州办的注册用户突破150万了吗?", "是"),
])
def test_a_round_threshold_in_万_after_a_date_is_compared_with_the_figure(answerer, question, short):
    assert answerer.ask(question).short_answer == short


@pytest.mark.parametrize("question,threshold", [
    ("到2021年底,注册用户突破200万了吗?", (">=", 2_000_000.0, "")),
    ("截至2022年，服务对象超过1.5万人了吗?", (">", 15_000.0, "人")),
    ("2亿元以上吗?", (">=", 200_000_000.0, "元")),
    ("到2020年建成了吗?", None),
    ("Did registered users exceed 2 million by the end of 2021?", (">", 2_000_000.0, "")),
    ("Were more than 10,000 people trained?", (">", 10_000.0, "人")),
    ("By the end of 2021, had registered users passed 2 million?", (">=", 2_000_000.0, "")),
    ("Did registered users break through 2 million?", (">=", 2_000_000.0, "")),
    ("Was Taizhou in the top five?", ("<=", 5.0, "名")),
])
def test_threshold_cues(question, threshold):
    assert polarity_cues(question).threshold == threshold


@pytest.mark.parametrize("q", [
    "In the provincial rule-of-law government assessment of that year, did Taizhou rank first among the cities?",
    "In 2021, among the cities of Zhejiang, did Taizhou rank first?",
])
def test_a_long_lead_in_keeps_an_english_auxiliary_question_yes_no(q):
    assert classify(q).kind == "yesno"


@pytest.mark.parametrize("question", [
    "In the provincial rule-of-law government assessment of 2021, did Taizhou rank first among the cities?",
    "Did Taizhou take first place in the provincial rule-of-law government assessment of 2021?",
])
def test_an_asked_rank_is_answered_from_the_rank_the_report_gives(answerer, question):
    got = answerer.ask(question)
    assert got.short_answer == "No"
    assert "名列第四" in got.citations[0].quote


@pytest.mark.parametrize("question", [
    "Which devolved more powers downward: Xianju county to Baita town in 2021, or Jinyun county to its towns in 2022?",
    "Between Xianju in 2021 and Jinyun in 2022, which delegated more powers to towns?",
])
def test_devolved_powers_are_compared_in_the_genres_words(answerer, question):
    got = answerer.ask(question)
    assert got.short_answer == "仙居 (156项), more than 缙云 (92项)"


def test_each_side_is_counted_with_its_own_words(answerer):
    # 单位数 (counted 家) on one side, 部门数 (counted 个) on the other: each report holds its own side's words
    got = answerer.ask("仙居2021年组织述法的单位数和缙云2022年公开述法的部门数,哪个更多?")
    assert got.short_answer == "仙居（48家）多于缙云（31个）"


def test_a_first_time_claim_is_decided_by_the_sentence_making_it_when_it_is_nearly_as_good():
    from answer_corpus import hits_for, make_doc

    from rag.answer.evidence import candidates, make_ask
    from rag.answer.yesno import yesno

    text = ("某县2023年法治政府建设年度报告\n一、优化营商环境\n"
            "全面推行企业开办集成服务，压缩开办时间。在全省率先推行企业开办集成服务“一窗通办”。\n")
    docs = {"k": make_doc("k", text, "某省某县", 2023)}
    q = "某县是全省率先推行企业开办集成服务的吗?"
    ask = make_ask(q, "zh", classify(q), ("企业开办", "集成服务"))
    draft = yesno(ask, candidates(hits_for(docs, "率先"), docs, ask))
    assert draft.short == "是"


def test_an_asked_rank_is_decided_by_the_sentence_giving_a_rank_when_it_is_nearly_as_good():
    from answer_corpus import hits_for, make_doc

    from rag.answer.evidence import candidates, make_ask
    from rag.answer.yesno import yesno

    text = ("某县2023年法治政府建设年度报告\n一、考核评估\n"
            "全县在全省法治政府建设考核中取得优异成绩。全县在全省法治政府建设考核中名列第三。\n")
    docs = {"k": make_doc("k", text, "某省某县", 2023)}
    q = "某县在全省法治政府建设考核中排名第一吗?"
    ask = make_ask(q, "zh", classify(q), ("法治政府建设", "考核"))
    assert yesno(ask, candidates(hits_for(docs, "名列"), docs, ask)).short == "否"


def test_a_noun_whose_last_character_is_a_measure_word_is_still_the_counted_noun():
    from rag.answer.compare import by_measure_word
    from rag.answer.evidence import Ask
    from rag.answer.qtypes import QType

    units = by_measure_word(Ask("q", "zh", QType("compare", "", "max"), ("述法", "单位数")))
    assert units.terms == ("述法", "单位数") and units.qtype.unit == ""  # 单位 are counted 家/个, not 位
    cases = by_measure_word(Ask("q", "zh", QType("compare", "", "max"), ("行政复议", "案件数")))
    assert cases.terms == ("行政复议",) and cases.qtype.unit == "件"


@pytest.mark.parametrize("question,names", [
    ("平阳县和顺昌县哪个多", ["平阳县", "顺昌县"]),  # 和顺 is a county's short form, here 和 + 顺昌县
    ("仙居县和顺德区相比", ["仙居县", "顺德区"]),
    ("和顺县2020年", ["和顺县"]),
])
def test_a_conjunction_before_a_place_is_not_read_into_a_short_form(question, names):
    from rag.places.mentions import find_mentions

    assert [m.text for m in find_mentions(question)] == names


@pytest.mark.parametrize("question,short", [
    ("Was Taizhou among the top three cities in the provincial rule-of-law government assessment of 2021?", "No"),  # 名列第四
    ("台州在2021年全省法治政府建设考核评估中是否进入前五?", "是"),
])
def test_a_bound_on_a_rank_is_compared_with_the_rank_the_report_gives(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert "名列第四" in got.citations[0].quote


@pytest.mark.parametrize("question", ["台州市2021年执法人员持证比例是否低于95%?", "某县的覆盖率有没有达到八成"])
def test_a_claim_about_a_figure_asked_with_是否_is_yes_no(question):
    assert classify(question).kind == "yesno"


@pytest.mark.parametrize("question,short", [
    ("到2021年底,台州办的注册用户是186.4万吗?", "是"),
    ("到2021年底,台州办的注册用户是200万吗?", "否"),
    ("台州2021年行政复议纠错率是20%吗?", "否"),
    ("Was Taizhou's administrative reconsideration correction rate 12.5% in 2021?", "Yes"),
    ("Was Taizhou's administrative reconsideration correction rate 20% in 2021?", "No"),
])
def test_a_figure_the_claim_states_is_compared_with_the_reports(answerer, question, short):
    assert answerer.ask(question).short_answer == short


@pytest.mark.parametrize("question,short", [
    ("缙云县是在2022年3月印发法治政府建设实施方案的吗?", "是"),
    ("缙云县是在2022年5月印发法治政府建设实施方案的吗?", "否"),
    ("Did Jinyun issue its rule-of-law government implementation plan in May 2022?", "No"),
    ("台州2021年行政复议纠错率是12.5%吗?", "是"),
])
def test_a_month_the_claim_states_is_compared_with_the_reports(answerer, question, short):
    assert answerer.ask(question).short_answer == short


def test_a_claim_between_places_reads_the_other_sides_words_inside_比_as_that_sides(answerer):
    # 比仙居赋予白塔镇的权限多吗: 赋予, 权限 are 仙居's words, not words of the claim to drop
    got = answerer.ask("缙云县2022年下放的审批事项比仙居县2021年赋予白塔镇的权限多吗?")
    assert got.short_answer == "否：缙云（92项）少于仙居（156项）"


@pytest.mark.parametrize("question,short", [
    ("Compare the powers devolved by Xianju (2021) and Jinyun (2022): which is larger?", "仙居 (156项), more than 缙云 (92项)"),
    ("Compare the powers devolved by Xianju (2021) and Jinyun (2022): which is smaller?", "缙云 (92项), fewer than 仙居 (156项)"),
])
def test_larger_and_smaller_ask_for_a_winner(answerer, question, short):
    assert answerer.ask(question).short_answer == short



@pytest.mark.parametrize("question", [
    "下陆区2024年化解的行政争议超过10件了没有?", "超过10件没?", "有10件以上么?",
    "True or false: Taizhou ranked third in the province.", "According to the report, Taizhou ranked first, right?",
    "Taizhou ranked first in the province, did it?",
])
def test_tag_questions_are_yes_no(question):
    assert classify(question).kind == "yesno"


def test_a_tag_question_does_not_carry_the_negation_it_asks_with(answerer):
    # 印发了没有? asks; the report's 尚未印发 answers 否
    assert answerer.ask("缙云县2022年印发行政规范性文件管理办法了没有?").short_answer == "否"


@pytest.mark.parametrize("question,short", [
    ("台州2021年和缙云2022年的行政复议纠错率都超过10%了吗?", "否：台州（12.5%），缙云（9.6%）"),
    ("台州2021年和缙云2022年的行政复议纠错率都超过5%了吗?", "是：台州（12.5%），缙云（9.6%）"),
    ("Did both Taizhou (2021) and Jinyun (2022) have administrative reconsideration correction rates above 10%?",
     "No: 台州 (12.5%), 缙云 (9.6%)"),
])
def test_a_threshold_claimed_for_several_places_is_checked_on_each(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert len(got.citations) == 2


def test_the_asked_places_own_name_ending_like_a_towns_is_no_other_place():
    # 清镇 (清镇市) ends in 镇: the question naming it is not a claim about another place in the sentence
    text = ("清镇市2023年法治政府建设年度报告\n一、压实责任\n"
            "制定《清镇市法治建设责任清单》，组织40家单位开展党政主要负责人年度述法。\n")
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("q", "q.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                   region="贵州省贵阳市清镇市", year=2023)
    qa = Answerer(Retriever.build([doc], chunk_text("q", text, cfg.chunking.max_tokens), cfg), {"q": doc}, cfg)
    assert qa.ask("清镇2023年组织述法的单位有40家吗?").short_answer == "是"
    assert qa.ask("清镇2023年组织述法的单位有50家吗?").short_answer == "否"


@pytest.mark.parametrize("count,short", [("9", "否"), ("6", "是")])
def test_a_stated_figure_is_decided_by_a_sentence_giving_a_figure_of_its_kind(count, short):
    from answer_corpus import hits_for, make_doc

    from rag.answer.evidence import candidates, make_ask
    from rag.answer.yesno import yesno

    text = ("某县2023年法治政府建设年度报告\n一、人民调解\n"
            "全面推进人民调解组织规范化建设，巩固多层次调解组织体系。已建成交通、医疗等6个行业性专业性调解组织。\n")
    docs = {"k": make_doc("k", text, "某省某县", 2023)}
    q = f"某县2023年已建成{count}个行业性专业性调解组织吗?"
    ask = make_ask(q, "zh", classify(q), ("调解", "组织"))
    assert yesno(ask, candidates(hits_for(docs, "已建成"), docs, ask)).short == short


def test_stated_figures_and_ranks_written_without_第():
    from rag.answer.evidence import ordinals
    from rag.answer.yesno_figures import stated_figures

    assert stated_figures("某省把465项前置审批改为后置了吗") == [(465.0, "项")]
    assert stated_figures("某市共梳理出120项权力事项吗") == [(120.0, "项")]
    assert stated_figures("某区12个镇街都设了代办窗口吗") == []  # the 12 name what is asked about
    assert ordinals("在全国262个地级市中列32名") == [("32", "名")]


@pytest.mark.parametrize("question,short", [
    ("缙云县2022年提升行政执法质量提出了超过30项具体任务吗?", "是"),  # 40项具体任务, not the first 项 figure (5项)
    ("缙云县2022年提升行政执法质量提出的具体任务有没有超过45项?", "否"),
])
def test_a_threshold_is_compared_with_the_figure_a_figure_question_would_answer(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert "40项具体任务" in got.citations[0].quote


def test_the_figure_question_of_a_threshold_claim():
    from rag.answer.yesno_threshold import figure_question

    assert figure_question("某县提出了超过30项具体任务吗?", ">", "项") == "某县提出了多少项具体任务?"
    assert figure_question("某县受理的案件有没有超过10件?", ">", "件") == "某县受理的案件有多少件?"


def test_a_claim_without_a_name_is_left_to_the_other_checks(answerer):
    assert answerer.ask("仙居县2021年组织述法的单位是48家吗?").short_answer == "是"


@pytest.mark.parametrize("question,short", [
    ("某市2023年的市长是王建国吗?", "是"),
    ("某市2023年的市长是李卫东吗?", "否"),  # the sentence names 王建国 as 市长
    ("王建国是某市2023年的市长吗?", "是"),
    ("某市2023年上线的政务平台叫“某市通”吗?", "是"),
    ("某市2023年上线的政务平台叫“某市办”吗?", "否"),
])
def test_a_name_the_claim_states_is_checked_against_the_one_the_sentence_gives(question, short):
    from answer_corpus import hits_for, make_doc

    from rag.answer.evidence import candidates, make_ask
    from rag.answer.terms import content_terms
    from rag.answer.yesno import yesno

    text = ("某市2023年法治政府建设年度报告\n一、加强领导\n市长王建国主持召开政府常务会议专题学法。"
            "全年上线“某市通”政务平台，群众办事更加便利。\n")
    docs = {"k": make_doc("k", text, "某省某市", 2023)}
    ask = make_ask(question, "zh", classify(question), content_terms(question, exclude=("某市",)))
    assert yesno(ask, candidates(hits_for(docs, "市长"), docs, ask)).short == short


def test_a_day_the_claim_states_is_compared_with_the_reports():
    from rag.answer.yesno_time import other_month

    assert other_month("清理的是2020年5月30日之前制定的文件吗", "对2020年5月31日前制定的文件进行清理")
    assert not other_month("清理的是2020年5月31日之前制定的文件吗", "对2020年5月31日前制定的文件进行清理")
    assert other_month("Was it issued on 3 March 2022?", "2022年3月5日印发")


def test_the_figure_of_an_english_threshold_is_no_word_the_report_must_hold():
    from rag.answer.evidence import make_ask

    q = "Did Taizhou handle more than 291 administrative reconsideration cases in 2021?"
    assert "291" not in make_ask(q, "en", classify(q), ("行政复议", "291", "案件")).terms


@pytest.mark.parametrize("question,short", [
    ("仙居县2021年和缙云县2022年的报告都提到了述法吗?", "是：都提到了"),
    ("台州市2021年和缙云县2022年的报告都提到了述法吗?", "否：台州的报告未提到"),
    ("Did both Jinyun's 2022 report and Taizhou's 2021 report mention reporting on the rule of law?",
     "No: not mentioned in the report of 台州"),
])
def test_whether_each_named_places_report_mentions_something(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert got.citations and all("述法" in c.quote for c in got.citations)


@pytest.mark.parametrize("question", [
    "Xianju in 2021 or Jinyun in 2022: which devolved more powers to towns?",
    "Who devolved more powers to towns, Xianju in 2021 or Jinyun in 2022?",
])
def test_english_comparisons_asked_after_the_sides_or_with_who(answerer, question):
    assert classify(question).kind == "compare"
    assert answerer.ask(question).short_answer == "仙居 (156项), more than 缙云 (92项)"
