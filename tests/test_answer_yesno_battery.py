"""A battery of yes/no questions over four reports written here (not eval items, not copied from the
fresh reports): the genre's ways a claim is true or false (a rule still at a draft, an aim not a fact,
a threshold or a rate, another year's honour, a sub-unit's honour, a figure against the claim, a first
time, a change on last year), each asked in the words users use (有没有, 是不是, 算不算, 过没过, 达到了吗,
English, Traditional script)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config

JIANGNING = (
    "南京市江宁区2024年法治政府建设年度报告\n"
    "一、2024年法治政府建设主要成效\n"
    "（一）强化统筹推进。区委常委会会议4次专题研究法治政府建设工作，区政府常务会议集体学法6次。"
    "2024年9月，江宁区被中央全面依法治国委员会办公室命名为第三批全国法治政府建设示范地区。"
    "汤山街道汤家家社区被评为全国民主法治示范社区。\n"
    "（二）完善制度体系。区政府全年制定行政规范性文件12件，全部按规定报送备案，备案率100%。"
    "《江宁区行政规范性文件管理办法》已完成起草，目前正在公开征求意见，尚未印发。\n"
    "（三）化解行政争议。全年收到行政复议申请356件，受理331件，同比下降8.3%；已办结312件，其余19件正在办理中。"
    "行政机关负责人出庭应诉率达到96.5%。\n"
    "（四）规范执法行为。组织开展行政执法案卷评查，抽查案卷420卷，优秀率85%。"
    "全区首次实现行政执法人员年度轮训全覆盖。\n"
    "二、存在的不足\n"
    "部分街道法治工作力量不足，基层执法人员专业素质有待提升。\n"
    "三、2025年工作安排\n"
    "一是计划出台《江宁区重大行政决策目录管理办法》。二是力争行政复议案件纠错率保持在合理区间。\n"
)
ANJI = (
    "湖州市安吉县2023年法治政府建设情况报告\n"
    "一、主要工作成效\n"
    "（一）示范创建持续深化。在2022年被浙江省全面依法治省委员会办公室命名为省级法治政府建设示范县的基础上，"
    "2023年我县积极申报第四批全国法治政府建设示范地区，并已通过省级初审推荐。\n"
    "（二）行政复议规范运行。全年收到行政复议申请186件，同比增长6.9%，纠错率12.3%。"
    "行政诉讼案件败诉率为7.1%，较上年下降1.5个百分点。\n"
    "（三）执法监督有力。开展行政执法案卷评查，优秀率88.6%。县司法局被评为全省司法行政系统先进集体。\n"
    "（四）决策程序规范。全年重大行政决策事项9件，全部经过合法性审查，其中5件组织了听证。\n"
    "二、存在的问题\n"
    "乡镇合法性审查力量薄弱，部分执法人员运用法治方式的能力不足。\n"
    "三、2024年工作思路\n"
    "力争成功创建全国法治政府建设示范县，制定《安吉县行政执法监督办法》。\n"
)
XINDU = (
    "成都市新都区2024年法治政府建设年度报告\n"
    "一、工作开展情况\n"
    "（一）公共法律服务。全年办理法律援助案件1083件，同比增长12.4%；公共法律服务中心接待群众咨询1.2万余人次。"
    "大丰街道实现“一村（社区）一法律顾问”全覆盖，全区村（社区）法律顾问覆盖率达到78%。\n"
    "（二）行政应诉。行政诉讼案件败诉率4.6%，较上年下降2.1个百分点；行政机关负责人出庭应诉率100%。\n"
    "（三）重大决策。全年作出重大行政决策8件，其中6件开展了公开听证。\n"
    "（四）执法监督。《新都区行政执法监督办法（草案）》已提请区政府常务会议审议。全年未发生重大行政执法过错。"
    "连续三年开展“法治体检进企业”活动，服务企业320家。\n"
    "二、存在的不足\n"
    "法治宣传的针对性有待增强。\n"
    "三、下一步打算\n"
    "推动《新都区行政执法监督办法》尽早出台，力争法律援助案件办理质量评查优秀率达到95%。\n"
)
SONGYANG = (
    "丽水市松阳县2024年法治政府建设情况报告\n"
    "一、主要做法和成效\n"
    "（一）法治创建。全县以创建省级法治政府建设示范县为抓手，力争2025年成功创建。"
    "大东坝镇石仓村被评为全国民主法治示范村，县司法局获评全省人民调解工作先进集体。\n"
    "（二）矛盾化解。全县人民调解组织调处矛盾纠纷2860件，调解成功率98.2%。\n"
    "二、存在的问题\n"
    "基层法治人才缺乏。\n"
    "三、下一步工作\n"
    "持续推进法治政府建设示范创建，做好迎检准备。\n"
)

REPORTS = {
    ("江苏省南京市江宁区", 2024): JIANGNING,
    ("浙江省湖州市安吉县", 2023): ANJI,
    ("四川省成都市新都区", 2024): XINDU,
    ("浙江省丽水市松阳县", 2024): SONGYANG,
}

YES, NO, UNSTATED = "是", "否", "报告未明确说明"

# (question, expected, kind)
BATTERY = [
    # honours: the sentence conferring THAT honour decides, by any conferral verb
    ("江宁区2024年有没有被评为全国法治政府建设示范地区？", YES, "honour"),
    ("江寧區2024年是不是拿到了全國法治政府建設示範地區的稱號？", YES, "honour"),
    ("Was Jiangning District named a national model area for building a rule-of-law government in 2024?", "Yes", "honour"),
    ("安吉县2023年有没有被评为全国法治政府建设示范地区？", NO, "honour-applied"),
    ("安吉县2023年是不是获评了省级法治政府建设示范县？", NO, "honour-other-year"),
    ("安吉县有没有获评过省级法治政府建设示范县？", YES, "honour-earlier"),
    ("松阳县是不是已经拿到了省级法治政府建设示范县的称号？", NO, "honour-aim-subunit"),
    ("松陽縣算不算已經被評為省級法治政府建設示範縣了？", NO, "honour-aim-subunit"),
    ("松阳县司法局2024年有没有获评全省人民调解工作先进集体？", YES, "honour-subunit-asked"),
    # unfinished stages
    ("江宁区的行政规范性文件管理办法印发了没有？", NO, "stage"),
    ("江宁区2024年是不是已经出台了行政规范性文件管理办法？", NO, "stage"),
    ("Has Jiangning District issued its measures on administrative normative documents?", "No", "stage"),
    ("新都区行政执法监督办法审议通过了吗？", NO, "stage"),
    # aims vs facts
    ("江宁区2024年有没有出台重大行政决策目录管理办法？", NO, "aim"),
    ("安吉县2023年制定了行政执法监督办法吗？", NO, "aim"),
    # thresholds and rates
    ("新都区2024年法律援助案件有没有超过1000件？", YES, "threshold"),
    ("安吉县2023年行政复议申请过没过200件？", NO, "threshold"),
    ("Did Anji County receive more than 200 administrative reconsideration applications in 2023?", "No", "threshold"),
    ("新都区行政诉讼败诉率控制在5%以内了吗？", YES, "threshold"),
    ("江宁区行政执法案卷优秀率超过八成了吗？", YES, "threshold"),
    ("安吉县行政执法案卷评查优秀率算不算达到了90%？", NO, "threshold"),
    ("江宁区案卷评查抽查了400卷以上吗？", YES, "threshold"),
    ("新都区行政机关负责人出庭应诉率达到100%了吗？", YES, "rate"),
    ("江宁区行政机关负责人是不是每个案件都出庭应诉了？", NO, "rate-every"),
    ("江宁区的规范性文件是不是全部报送备案了？", YES, "rate-every"),
    ("江宁区的行政复议案件是不是都办结了？", NO, "all-done"),
    ("新都区所有重大行政决策都开展了听证吗？", NO, "all-part"),
    ("安吉县的重大行政决策是不是都经过了合法性审查？", YES, "all-part"),
    # a sub-unit vs the whole region
    ("新都区全区村（社区）法律顾问实现全覆盖了吗？", NO, "subunit-figure"),
    # a figure that contradicts the claim
    ("新都区2024年作出的重大行政决策是10件吗？", NO, "figure"),
    ("安吉县2023年行政复议纠错率是12.3%吗？", YES, "figure"),
    # first-time claims
    ("新都区是2024年才第一次开展法治体检进企业活动吗？", NO, "first"),
    ("江宁区是第一次实现行政执法人员轮训全覆盖吗？", YES, "first"),
    # comparisons with last year
    ("江宁区行政复议案件受理量比去年增加了吗？", NO, "trend"),
    ("新都區的法律援助案件比上一年多了嗎？", YES, "trend"),
    ("Did Anji County's rate of lost administrative lawsuits go up compared with the previous year?", "No", "trend"),
    ("新都区行政诉讼败诉率是不是比上年下降了？", YES, "trend"),
    # negations
    ("新都区2024年发生过重大行政执法过错吗？", NO, "negation"),
    # not in the report
    ("江宁区2024年有没有开展行政执法证件年审？", UNSTATED, "unstated"),
    # a second round, written after the first was fixed
    ("新都区法律援助案件是不是不到1000件？", NO, "threshold"),
    ("新都区全年办理法律援助案件达到1000件以上了吗？", YES, "threshold"),
    ("Did Xindu District handle fewer than 1,000 legal aid cases in 2024?", "No", "threshold"),
    ("松阳县人民调解成功率有没有达到98%？", YES, "threshold"),
    ("松阳县人民调解成功率达到99%了吗？", NO, "threshold"),
    ("江宁区是不是头一回实现执法人员年度轮训全覆盖？", YES, "first"),
    ("新都区的法治体检进企业活动是今年刚开始搞的吗？", NO, "first"),
    ("江宁区政府常务会议集体学法超过5次了吗？", YES, "threshold"),
    ("江宁区区委常委会会议专题研究法治政府建设有没有达到5次？", NO, "threshold"),
    ("安吉县重大行政决策事项全都组织听证了吗？", NO, "all-part"),
    ("Did Anji County hold hearings on every major administrative decision in 2023?", "No", "all-part"),
    ("安吉县2023年行政复议申请是不是比上年少了？", NO, "trend"),
    ("安吉縣的行政訴訟敗訴率比上年高了嗎？", NO, "trend"),
    ("新都区负责人出庭应诉是不是做到了百分之百？", YES, "rate"),
    ("江宁区行政复议受理了300件以上吗？", YES, "threshold"),
    ("江宁区的规范性文件管理办法是不是还在征求意见？", YES, "stage-still"),
    ("江宁区行政执法案卷优秀率是不是不足九成？", YES, "threshold"),
    ("新都区公共法律服务中心接待咨询超过1万人次了吗？", YES, "threshold"),
    ("松阳县2024年有没有村被评为全国民主法治示范村？", YES, "honour-subunit-asked"),
    ("Did Songyang County become a provincial model county for rule-of-law government in 2024?", "No", "honour-aim"),
    ("Has Anji County been named a provincial model county for law-based government?", "Yes", "honour-earlier"),
    ("安吉县行政执法案卷评查优秀率有没有超过85%？", YES, "threshold"),
    ("新都区村（社区）法律顾问覆盖率是不是到了八成？", NO, "subunit-figure"),
    ("大丰街道是不是实现了一村（社区）一法律顾问全覆盖？", YES, "subunit-asked"),
    ("江宁区2024年收到的行政复议申请有没有超过350件？", YES, "threshold"),
    ("新都区的重大行政决策有一半以上开展了听证吗？", YES, "share"),
    ("松阳县有没有被命名为全国民主法治示范县？", UNSTATED, "honour-other"),
    ("江宁区2025年计划出台重大行政决策目录管理办法吗？", YES, "aim-asked"),
    # a third round
    ("新都区的法律援助案件是不是比去年少了？", NO, "trend"),
    ("江宁区规范性文件管理办法还没印发吧？", YES, "stage-still"),
    ("安吉县行政复议纠错率够不够10%？", YES, "threshold"),
    ("松阳县调解的矛盾纠纷有没有超过3000件？", NO, "threshold"),
    ("Did Jiangning District's leaders appear in court in every administrative lawsuit in 2024?", "No", "rate-every"),
    ("Was the Xindu District draft measure on law-enforcement supervision adopted in 2024?", "No", "stage"),
    ("新都区2024年是不是一起重大行政执法过错都没有发生？", YES, "negation"),
    ("安吉县是不是已经成功创建了全国法治政府建设示范县？", NO, "honour-aim"),
    ("江宁区受理的行政复议案件是不是比收到的申请少？", YES, "sides"),
    ("Is Anji County's rate of lost lawsuits below 5%?", "No", "threshold"),
    ("新都区法治体检进企业活动服务的企业过没过300家？", YES, "threshold"),
    ("江宁区2024年的行政复议案件办结了300件以上吗？", YES, "threshold"),
]


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected, kind", BATTERY, ids=[f"{i:02d}-{k}" for i, (_, _, k) in enumerate(BATTERY)])
def test_battery(answerer, q, expected, kind):
    assert answerer.ask(q).short_answer == expected


def test_battery_is_broad():
    assert len(BATTERY) >= 30 and len({k.split("-")[0] for _, _, k in BATTERY}) >= 10
