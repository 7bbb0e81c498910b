"""Yes/no and list answers through the whole offline path (real BM25 retrieval, the Answerer) on a
report written for these tests: thresholds against the figure of the asked noun, completion claims
against a remainder, a figure against a named standard, English questions through the same evidence,
and list items of the asked kind.  The first line says 是/否 (Yes/No) and the deciding sentence is cited."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import make_ask, polarity_cues
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = (
    "丁州市2023年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）强化学法用法。市政府坚持领导干部集体学法制度，围绕民法典、行政复议法等主题，"
    "组织市政府常务会议专题学法4次，举办领导干部法治专题讲座2场。\n"
    "（二）规范行政复议。畅通行政复议申请渠道，依法受理、公正审理行政复议案件，不断提升办案质量。"
    "全年受理行政复议案件64件，审结58件，6件正在审理中。\n"
    "（三）化解信访积案。上级交办信访积案35件，已全部化解销号。\n"
    "（四）优化政务服务。深化“一网通办”改革，不断提升网上办事便利度。政务服务事项网上可办率91.2%，"
    "低于全省平均水平。审批事项承诺时限压缩率68.3%，超过省定50%的目标。\n"
    "（五）推进立法工作。配合市人大常委会推动《丁州市文明行为促进条例》《丁州市扬尘污染防治条例》立法，"
    "制定《丁州市行政规范性文件管理办法》《丁州市重大行政决策程序规定》等政府规章，"
    "印发《丁州市法治政府建设工作要点》。\n"
    "（六）规范执法监督。开展执法突出问题专项整治，排查整改趋利执法、选择执法、机械执法等5类问题，"
    "推动执法质量全面提升。查处执法不作为、乱作为、慢作为等问题14个。\n"
    "（七）开展法治督察。开展法治督察2次，发现问题27个，已整改24个，其余问题正在整改中。"
    "企业开办时间压缩至1个工作日，比省定目标少2个工作日。\n"
    "（八）深化法治宣传。举办“宪法宣传周”“民法典宣传月”“法治进乡村”等主题活动。"
    "行政执法案卷评查合格率为92%，比上年提高3个百分点。建成“法治讲堂”“法律明白人工作室”“普法广场”三类普法阵地。"
    "丁州市先后荣获“全国法治宣传教育先进城市”“全省平安建设先进市”等称号。\n"
    "（九）联合执法。市司法局联合市场监管、生态环境、应急管理等部门开展联合执法检查36次。\n"
    "二、存在的不足\n"
    "一是基层法治力量仍然薄弱。二是部分执法人员业务能力不强。\n"
)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="丁州市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


def _first_line_and_quote(answerer: Answerer, q: str) -> tuple[str, str]:
    got = answerer.ask(q)
    assert got.citations, got.answer
    for c in got.citations:  # offsets are the report's own text
        assert TEXT[c.start:c.end] == c.quote
    return got.short_answer, got.citations[0].quote


@pytest.mark.parametrize("q, short, needle", [
    # a threshold against the count of the asked noun (超过了 / 至少 / 不少于)
    ("丁州市2023年市政府常务会议专题学法超过了3次吗?", "是", "专题学法4次"),
    ("丁州市2023年举办的领导干部法治专题讲座超过了3场吗?", "否", "专题讲座2场"),
    ("丁州市2023年领导干部法治专题讲座是否不少于2场?", "是", "专题讲座2场"),
    # all done?  a remainder or fewer concluded than accepted says no, 全部化解 says yes
    ("丁州市2023年受理的行政复议案件全部审结了吗?", "否", "6件正在审理中"),
    ("丁州市2023年上级交办的信访积案都化解了吗?", "是", "已全部化解销号"),
    ("丁州市2023年法治督察发现的问题还有没整改完的吗?", "是", "其余问题正在整改中"),
    ("丁州市2023年法治督察发现的问题都整改完了吗?", "否", "其余问题正在整改中"),
    # a figure against a standard the question names without its value
    ("丁州市2023年审批事项承诺时限压缩率有没有超过省定目标?", "是", "超过省定50%的目标"),
    ("丁州市2023年政务服务事项网上可办率达到全省平均水平了吗?", "否", "低于全省平均水平"),
    ("丁州市2023年企业开办时间有没有达到省定目标?", "是", "比省定目标少2个工作日"),  # a difference, not the bound
    # the direction stated in the clause after the figure's
    ("丁州市2023年执法案卷评查合格率比上年下降了吗?", "否", "比上年提高3个百分点"),
    # English, through the same evidence
    ("Had Dingzhou finished hearing all the administrative reconsideration cases it accepted in 2023?", "No",
     "6件正在审理中"),
    ("Did Dingzhou hold more than 3 executive-meeting law study sessions in 2023?", "Yes", "专题学法4次"),
    ("Was Dingzhou's online processing rate of government services higher than the provincial average in 2023?", "No",
     "低于全省平均水平"),
])
def test_yes_no_decided_by_the_deciding_figure(answerer, q, short, needle):
    first, quote = _first_line_and_quote(answerer, q)
    assert first == short
    assert needle in quote


@pytest.mark.parametrize("q, short", [
    ("丁州市2023年推动了哪些地方性法规的立法?", "《丁州市文明行为促进条例》、《丁州市扬尘污染防治条例》"),
    ("丁州市2023年制定了哪些政府规章?", "《丁州市行政规范性文件管理办法》、《丁州市重大行政决策程序规定》"),
    ("丁州市2023年执法专项整治排查整改的问题包括哪几种执法?", "趋利执法、选择执法、机械执法"),
    # the names closed by 等 + the asked noun; problems handled are a list, not the 存在的不足 section
    ("丁州市2023年举办了哪些主题活动?", "“宪法宣传周”、“民法典宣传月”、“法治进乡村”"),
    ("丁州市2023年执法监督中查处了哪些问题?", "不作为、乱作为、慢作为"),
    ("丁州市2023年配合推动了哪些条例的立法?", "《丁州市文明行为促进条例》、《丁州市扬尘污染防治条例》"),  # 哪些条例 is no 哪些条
    ("Which local regulations did Dingzhou help push through legislation in 2023?",
     "《丁州市文明行为促进条例》, 《丁州市扬尘污染防治条例》"),
    ("Which government rules did Dingzhou make in 2023?", "《丁州市行政规范性文件管理办法》, 《丁州市重大行政决策程序规定》"),
    # quoted names closed by their own count + the asked noun
    ("丁州市2023年建成了哪些普法阵地?", "“法治讲堂”、“法律明白人工作室”、“普法广场”"),
    # English: the plural kind names the item's head noun (departments -> 部门, titles -> 称号)
    ("Which departments did Dingzhou's justice bureau run joint enforcement inspections with in 2023?",
     "市场监管, 生态环境, 应急管理"),
    ("What titles has Dingzhou won?", "“全国法治宣传教育先进城市”, “全省平安建设先进市”"),
])
def test_list_items_of_the_asked_kind(answerer, q, short):
    first, _ = _first_line_and_quote(answerer, q)
    assert first == short


@pytest.mark.parametrize("q, threshold", [
    ("Did it hold more than three executive meetings?", (">", 3.0, "次")),
    ("Did it train at least 200 law-enforcement officers?", (">=", 200.0, "人")),
    ("Were over 90 percent of the cases closed?", (">", 90.0, "%")),
    ("县政府常务会议学法超过了3次吗?", (">", 3.0, "次")),
    ("至少有20人参加吗?", (">=", 20.0, "人")),
    ("半数以上的案件调解成功了吗?", (">=", 50.0, "%")),
])
def test_thresholds_as_the_genre_writes_them(q, threshold):
    assert polarity_cues(q).threshold == threshold


def test_a_generic_area_is_no_other_place():
    """自治区 in 超过自治区规定的标准 is the standard's level, not a place the claim must be about."""
    q = "甲市审批事项的承诺提速率有没有超过自治区规定的标准?"
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市", "甲", "自治区"]))
    assert decide(ask, "审批事项平均办理时间压缩至6天,承诺提速率65.1%,超过自治区规定的62.5%。") is True


def _ask(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市", "甲", "成都市", "成都"]))


@pytest.mark.parametrize("q, sentence, verdict", [
    # a completion claim: the remainder, the rate, the counts, or 全部 decide
    ("甲市受理的行政复议案件全部办结了吗?", "受理行政复议案件64件，审结58件，6件正在审理中。", False),
    ("甲市受理的行政复议案件全部办结了吗?", "受理行政复议案件64件，结案率100%。", True),
    ("甲市受理的行政复议案件全部办结了吗?", "依法受理、公正审理行政复议案件。", None),  # the work, not its end
    ("甲市各部门都落实了法律顾问制度吗?", "全市56个部门均落实法律顾问制度，聘请率100%。", True),
    # 成都 / 平均 hold 都 / 均 without claiming all
    ("成都市行政复议案件平均审理时间是否超过了30天?", "行政复议案件平均审理时间为26天。", False),
])
def test_completion_claims(q, sentence, verdict):
    assert decide(_ask(q), sentence) is verdict


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲市村(社区)法律顾问实现全覆盖了吗?", "全市村(社区)法律顾问覆盖率达到85%，较上年提高10个百分点。", False),
    ("甲市公共法律服务中心实现全覆盖了吗?", "市县两级公共法律服务中心实现全覆盖。", True),
    ("甲市公共法律服务中心实现全覆盖了吗?", "市县两级公共法律服务中心尚未实现全覆盖。", False),
    # a claim about when against the clause's full date; 在2017年度 names the period judged, not a claim
    ("甲市《重大行政决策程序规定》是在2022年印发的吗?", "《甲市重大行政决策程序规定》于2021年3月印发实施。", False),
    ("甲市在2017年度全省考评中是不是排名第一?", "2018年8月,省政府发布2017年度考评结果,我市排名第一。", True),
])
def test_coverage_and_dates(q, sentence, verdict):
    assert decide(_ask(q), sentence) is verdict


@pytest.mark.parametrize("q, sentence, verdict", [
    ("Did the city achieve full legal-adviser coverage of villages in 2022?", "全市村(社区)法律顾问覆盖率达到85%。", False),
    ("Did the number of disputes the city handled in 2022 go up?", "全年受理各类矛盾纠纷8200余件，同比下降5%。", False),
    ("Did every law-enforcement officer pass the annual legal knowledge exam?",
     "全市行政执法人员参加年度法律知识考试，参考率100%，合格率97.6%。", False),
])
def test_english_claims_read_through_the_same_checks(q, sentence, verdict):
    ask = make_ask(q, "en", classify(q), content_terms(q))
    assert decide(ask, sentence) is verdict


@pytest.mark.parametrize("sentence, items", [
    # the lead-in verb after an adverb is not part of the first name (严格|落实)
    ("严格落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。",
     ["公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定"]),
    # the genre closes a run with 等, whatever its last name ends in
    ("查处执法不作为、乱作为、慢作为等问题14个。", ["不作为", "乱作为", "慢作为"]),
])
def test_items_trim_to_the_names(sentence, items):
    from rag.answer.list_items import comma_items, counted_items

    found = counted_items(sentence) or comma_items(sentence, minimum=2)
    assert [sentence[a:b] for a, b in found] == items


def test_an_all_claim_reads_the_rate_of_its_own_clause():
    """A long sentence gives several rates; the one after the claimed figure decides (核审率100%),
    not a rate of the topic before it (覆盖率70.24%)."""
    q = "Was every administrative penalty case in the city reviewed in 2023?"
    ask = make_ask(q, "en", classify(q), content_terms(q))
    s = "录入监管行为数据10220次,监管行为数据覆盖率达70.24%,处理行政处罚案件112起,核审率达100%。"
    assert decide(ask, s) is not False


@pytest.mark.parametrize("q, first, ordinal", [
    ("Was the district ranked first in the province?", False, ("一", "名")),
    ("Was the county named in the first batch of demonstration counties?", False, ("一", "批")),
    ("Did the county hold the hearing for the first time?", True, None),
])
def test_an_english_rank_or_batch_is_an_ordinal_not_a_first_time(q, first, ordinal):
    cues = polarity_cues(q)
    assert (cues.first, cues.ordinal) == (first, ordinal)


def test_an_english_rank_the_report_confirms_is_yes():
    q = "Was the district ranked first in the province?"
    ask = make_ask(q, "en", classify(q), content_terms(q))
    assert decide(ask, "全区法治建设满意度在全省排名第一。") is True


@pytest.mark.parametrize("q, sentence, verdict", [
    # measure words that count the same thing: 场 and 期 are 次, 余件 is 件, 万余人次 is 人
    ("甲市组织法治专题讲座超过3次了吗?", "举办领导干部法治专题讲座2场。", False),
    ("甲市受理矛盾纠纷超过8000件了吗?", "全年受理各类矛盾纠纷8200余件，同比下降5%。", True),
    ("甲市受理矛盾纠纷超过9000件了吗?", "全年受理各类矛盾纠纷8200余件，同比下降5%。", False),
    ("甲市培训执法人员超过2万人了吗?", "全年培训执法人员1.2万余人次。", False),
    ("甲市挽回经济损失超过100万元了吗?", "挽回经济损失420.36万元。", True),
])
def test_thresholds_across_the_genres_measure_words(q, sentence, verdict):
    assert decide(_ask(q), sentence) is verdict


def test_a_rate_of_another_matter_does_not_say_no_to_an_all_claim():
    """结案率97% is short of all, but of closing cases, not of holding public hearings: not stated."""
    q = "甲市行政复议案件是否全部公开听证审理?"
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市", "甲"]),
                   {"行政复议": 0.2, "案件": 0.1, "公开": 0.5, "听证": 1.5, "审理": 0.8})
    assert decide(ask, "全年新收行政复议案件132件，办结128件，结案率97%。") is None
