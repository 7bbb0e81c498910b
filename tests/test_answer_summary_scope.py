"""What a summary quotes for a topic (passages written here, invented figures).

Each test fails on the behaviour before it: English wording of a report's shortcomings (weak spots it owned up
to) not read as its 问题 section; "restart work" untranslated, so a summary of how firms were helped back to work
quoted every sentence of the epidemic paragraph rather than the item titled 复工复产; "government inspections
of companies" read as inspections OF the government (督察); a topic stated once in each of two paragraphs answered
by the best sentence and its unrelated neighbours; a section heading two joined topics (聚焦文物保护和乡村振兴)
summarised whole when the question asks one of them.
"""
import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.sections import section_cue
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    ("浙江省衢州市", 2020): (
        "衢州市2020年法治政府建设工作报告\n一、统筹疫情防控和经济发展\n"
        "疫情发生后，市政府迅速组建法律服务团，依法开展防控工作。一是规范防控措施。出台防控通告15件，均经合法性审核。"
        "二是助力企业复工复产。编制惠企政策汇编5类40项，减免企业房租和社保费共计1.2亿元。"
        "三是优化政务服务。网上可办率达到95%，企业开办时间压缩至2个工作日。\n"
        "二、规范行政执法\n组建综合执法队伍5支。全年办理行政处罚案件820件。\n"
        "三、存在的短板和不足\n一是少数部门领导干部法治意识有待提高。二是基层执法人员持证率仅为81%。三是行政诉讼败诉案件仍然偏多。\n"
        "四、2021年工作思路\n一是深化综合执法改革。二是加强普法宣传。\n"),
    ("江苏省盐城市", 2024): (
        "盐城市2024年法治政府建设情况报告\n一、优化营商环境\n"
        "开展涉企收费专项清理，清退不合理收费95万元。推行涉企行政检查“扫码入企”，全年涉企行政检查次数同比下降35%。"
        "全市新增经营主体5.2万户。\n"
        "二、严格规范执法\n开展执法人员全员轮训，参训1200人次。在大丰区试点“综合查一次”，全年减少入企检查频次300次。"
        "组织执法案卷评查，抽查案卷160卷。\n"
        "三、加强政府督察\n市政府对9个县区开展法治政府建设督察，发现问题41个。\n"),
    ("山西省晋中市介休市", 2021): (
        "介休市2021年法治政府建设年度报告\n一、全年工作情况\n（一）聚焦文物保护和乡村振兴，依法履行政府职能\n"
        "一是加强历史文化遗产保护。严格执行文物保护法律法规，全年在文物保护区内依法查处违法建设35起。"
        "对文物保护单位周边经营户开展专项检查620户次。二是推进乡村振兴。全年实施农村人居环境整治项目48个。"
        "三是优化营商环境。新增市场主体3200户。\n"
        "二、规范行政复议工作\n一是畅通复议渠道。全年收到行政复议申请56件。二是提高办案质量。审结案件50件，纠错8件。"
        "三是加强队伍建设。配备专职办案人员6名。\n"),
    ("湖北省襄阳市", 2020): (
        "襄阳市2020年法治政府建设年度报告\n一、依法防控疫情\n疫情期间，市司法局为企业提供法律咨询860次。全市企业满意率97%。\n"
        "二、推进政务公开\n主动公开政府信息1.3万条。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", ["What weak spots did Quzhou own up to in 2020?", "Where did Quzhou fall short in 2020?",
                                      "What shortfalls did the Quzhou report admit to?",
                                      "Which areas for improvement did Quzhou name?"])
def test_english_wording_of_shortcomings_points_to_that_section(question):
    assert section_cue(question) is not None and section_cue(question).search("存在的短板和不足")


@pytest.mark.parametrize("question", ["How many cases were admitted in 2020?", "What gap in years is there between the reports?"])
def test_other_english_words_name_no_shortcomings(question):
    assert section_cue(question) is None


def test_a_summary_of_weak_spots_quotes_the_shortcomings(answerer):
    got = answerer.ask("Briefly, what weak spots did Quzhou own up to in its 2020 rule-of-law report?")
    quotes = [c.quote for c in got.citations]
    assert any("法治意识" in q for q in quotes) and any("持证率" in q for q in quotes)
    assert all("综合执法" not in q and "疫情" not in q for q in quotes)


@pytest.mark.parametrize("words", ["restart work", "resumed work", "resumption of production", "return to work"])
def test_restarting_work_is_the_genres_fugong_fuchan(words):
    assert "复工复产" in english_terms(f"How did the city help firms {words}?")


def test_a_summary_of_helping_firms_back_to_work_quotes_that_items_body(answerer):
    got = answerer.ask("Briefly, how did Quzhou help companies restart work during the 2020 epidemic?")
    quotes = [c.quote for c in got.citations]
    assert quotes and "惠企政策" in quotes[0]
    assert all("防控通告" not in q and "网上可办率" not in q for q in quotes)


def test_inspections_of_companies_are_the_governments_own_checks():
    terms = english_terms("What did the city do to cut down on government inspections of companies?")
    assert any("行政检查" in t.split("|") for t in terms)
    assert not any("督察" in t.split("|") for t in terms)


def test_a_topic_stated_in_two_paragraphs_quotes_both_sentences_only(answerer):
    got = answerer.ask("Briefly, what did Yancheng do in 2024 to cut down on government inspections of companies?")
    quotes = [c.quote for c in got.citations]
    assert any("扫码入企" in q for q in quotes) and any("综合查一次" in q for q in quotes)
    assert all("轮训" not in q and "经营主体" not in q and "收费" not in q for q in quotes)


def test_one_of_two_joined_topics_of_a_heading_is_summarised_by_its_items(answerer):
    got = answerer.ask("简单讲讲介休市2021年围绕文物保护依法做了哪些工作？")
    quotes = [c.quote for c in got.citations]
    assert any("违法建设35起" in q for q in quotes) and any("620户次" in q for q in quotes)
    assert all("人居环境" not in q and "市场主体" not in q for q in quotes)


def test_a_heading_of_the_asked_topic_alone_is_summarised_whole(answerer):
    got = answerer.ask("简单讲讲介休市2021年在行政复议方面做了哪些工作？")
    assert "专职办案人员" in got.answer and "审结" in got.answer
