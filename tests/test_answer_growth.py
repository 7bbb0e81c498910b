"""An answer does not depend on which unrelated reports the collection also holds.

Corpus-wide facts (which departments report, how many reports hold a word) move as reports are
added; the answer to a question about one report, and its citation, must not.  Each test asks over a
few reports written for it, then adds reports about other places and asks again.
"""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document

COUNTY = (
    "临泉县2023年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）严格规范执法。全县组织道路运输安全专项整治，排查隐患1,180处，立案查处违法行为36起，罚款58.2万元。\n"
    "（二）执法数据。各执法部门2023年执法情况如下：\n"
    "部门 检查次数 立案数 罚没金额（万元） 败诉数\n"
    "县市场监督管理局 1,204 318 86.5 0\n"
    "县交通运输局 962 251 40.2 1\n"
    "县生态环境分局 410 77 120.3 0\n"
    "合计 2,576 646 247.0 1\n"
    "二、存在问题\n"
    "一是基层执法力量不足。二是执法文书质量有待提高。\n"
)
# another city's transport bureau reports on its own work: nothing about 临泉县
BUREAU = (
    "绍兴市交通运输局2022年法治政府建设工作报告\n"
    "一、主要做法\n"
    "（一）完善制度。局党组研究出台交通运输行政处罚裁量基准，修订内部审核办法3项。\n"
    "（二）规范执法。全年办理交通运输行政处罚案件1,462件，组织案卷评查2次，评查案卷120卷。\n"
    "二、下一步打算\n"
    "持续推进交通运输综合行政执法改革。\n"
)
OTHER = (
    "崇义县2021年法治政府建设情况报告\n"
    "一、工作成效\n"
    "（一）矛盾纠纷化解。全县人民调解组织调解纠纷2,310件，调解成功率98.1%。\n"
    "（二）法治宣传。开展送法下乡活动84场次，发放资料2.6万份。\n"
)


def _doc(doc_id: str, text: str, region: str, year: int, **kw) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    title=text.splitlines()[0], region=region, year=year, **kw)


def _ask(docs: list[Document], question: str):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    a = answerer_over({d.doc_id: d for d in docs}, cfg).ask(question)
    return a.short_answer, a.abstained, [(c.doc_id, c.start, c.end) for c in a.citations]


BASE = [_doc("lq", COUNTY, "临泉县", 2023, level="county", reporting_unit="人民政府")]
ADDED = [_doc("sx", BUREAU, "绍兴市", 2022, level="department", reporting_unit="交通运输局"),
         _doc("cy", OTHER, "崇义县", 2021, level="county", reporting_unit="人民政府")]


@pytest.mark.parametrize("question", ["临泉县2023年的执法数据里，县交通运输局立了多少起案子？",
                                      "2023年临泉县交通运输局立案多少件？"])
def test_a_department_named_with_a_place_stays_content_when_another_place_reports_by_it(question):
    before = _ask(BASE, question)
    assert before[0] == "251" and not before[1]
    assert _ask(BASE + ADDED, question) == before


AIMING = (
    "兴国县2024年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）深化行政执法改革。全县推行行政执法“三项制度”，组织执法案卷评查2次。\n"
    "（二）化解行政争议。全年办理行政复议案件41件，纠错率12.2%。\n"
    "二、2025年工作打算\n"
    "一是持续规范行政执法行为。二是争取创建“江西省法治政府建设示范县”，年内完成申报材料准备。\n"
)
# other places' reports that do receive honours: the words 称号 / 示范 / 拿到 grow common across the collection
HONOURED = (
    "上犹县2023年法治政府建设情况报告\n"
    "一、工作成效\n"
    "（一）示范创建。我县获评“全省法治政府建设示范县”称号，两个乡镇荣获“省级民主法治示范村”称号。\n"
    "（二）执法监督。拿到执法证的人员全部参加年度培训，开展执法检查16次。\n"
)
HONOURED2 = (
    "安远县2022年法治政府建设工作报告\n"
    "一、主要成效\n"
    "（一）创建工作。县司法局被评为“全国公共法律服务工作先进集体”，3个村拿到“全国民主法治示范村”称号。\n"
)


@pytest.mark.parametrize("question", ["兴国县2024年已经拿到江西省法治政府建设示范县的称号了吗？",
                                      "興國縣在2024年是不是已經拿到了江西省級法治政府建設示範縣的稱號？"])
def test_a_claimed_honour_frame_is_judged_not_required_however_common_its_words(question):
    base = [_doc("xg", AIMING, "兴国县", 2024, level="county", reporting_unit="人民政府"), ADDED[1]]
    before = _ask(base, question)
    assert before[0] == "否" and not before[1] and before[2][0][0] == "xg"
    more = base + [_doc("sy", HONOURED, "上犹县", 2023, level="county", reporting_unit="人民政府"),
                   _doc("ay", HONOURED2, "安远县", 2022, level="county", reporting_unit="人民政府")]
    assert _ask(more, question) == before


BUREAU_OWN = (
    "宣城市市场监督管理局2024年法治政府建设工作报告\n"
    "一、主要工作\n"
    "（一）推进严格规范公正文明执法。我局全年办理行政处罚案件512件，罚没款合计1,046.3万元。\n"
    "（二）依法化解行政争议。局本级收到行政复议申请23件，被诉行政诉讼案件9件，行政机关负责人出庭应诉率93.5%。\n"
    "二、存在的不足\n"
    "基层所执法力量配备不足。\n"
)
# another city's bureau of the same kind, its unit written short as the question writes it
BUREAU_OTHER = (
    "湖州市市场监管局2023年法治政府建设情况报告\n"
    "一、工作成效\n"
    "（一）完善制度。出台轻微违法行为不予处罚清单，涉及事项36项。\n"
    "（二）强化监督。开展执法案卷评查，评查案卷210卷，优秀率87.6%。\n"
)


COUNTY_COURT = (
    "寻乌县2024年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）行政应诉。全年新收行政诉讼案件57件，行政机关负责人出庭应诉率88.2%。\n"
    "（二）普法宣传。开展“法律进乡村”活动62场次。\n"
)


@pytest.mark.parametrize("question", ["宣城市市场监管局2024年行政机关负责人出庭应诉率是多少？",
                                      "宣城市市场监管局和寻乌县2024年相比，哪边的行政机关负责人出庭应诉率更高？"])
def test_a_department_named_short_is_its_places_bureau_whatever_other_bureaus_report(question):
    base = [_doc("xc", BUREAU_OWN, "宣城市", 2024, level="department", reporting_unit="市场监督管理局"),
            _doc("gd", COUNTY_COURT, "寻乌县", 2024, level="county", reporting_unit="人民政府"), ADDED[1]]
    before = _ask(base, question)
    assert "93.5%" in before[0] and "xc" in [c[0] for c in before[2]]
    more = base + [_doc("hz", BUREAU_OTHER, "湖州市", 2023, level="department", reporting_unit="市场监管局")]
    assert _ask(more, question) == before


def _county(name: str, year: int, body: str) -> Document:
    return _doc(name, f"{name}{year}年法治政府建设年度报告\n一、主要工作\n{body}\n", name, year, level="county",
                reporting_unit="人民政府")


# reports of other places about other work: none holds the user's verb (摆平), so each one added makes it rarer
FILLER = [_county(n, y, b) for n, y, b in (
    ("会昌县", 2022, "（一）规范性文件管理。全年审核规范性文件28件，备案率100%。"),
    ("瑞金市", 2023, "（一）行政执法。全面推行行政执法公示制度，公示执法信息3,410条。"),
    ("石城县", 2021, "（一）法律顾问。县政府法律顾问参与重大决策论证17次。"),
    ("宁都县", 2020, "（一）政务公开。主动公开政府信息6,152条，办理依申请公开48件。"),
    ("于都县", 2024, "（一）证明事项。取消证明事项31项，推行告知承诺制。"),
    ("定南县", 2022, "（一）复议应诉。办理行政复议案件19件，纠错率10.5%。"),
    ("全南县", 2023, "（一）法治宣传。开展宪法宣传周活动12场次。"),
    ("龙南市", 2021, "（一）执法监督。开展执法案卷评查，评查案卷96卷。"),
)]


def test_a_users_rare_verb_does_not_decide_support_by_how_many_reports_lack_it():
    question = "崇义县2021年人民调解组织一共摆平了多少件纠纷？"
    base = [ADDED[1], BASE[0]]
    before = _ask(base, question)
    assert before[0].startswith("2,310") and before[2][0][0] == "cy"
    for k in (2, 5, len(FILLER)):
        assert _ask(base + FILLER[:k], question) == before


@pytest.mark.parametrize("question, needle, share", [
    ("宁都县2020年政务公开方面主动公开的政府信息一共捣鼓出了多少条？", "主动公开政府信息", 0.8),
    # nouns every report holds (the rarity floor) and the user's verb: the nouns still say what is asked
    ("定南县2022年行政复议案件一共捣鼓了多少？", "办理行政复议案件", 1.0)])
def test_support_for_a_passage_stating_the_nouns_does_not_move_with_the_collections_size(question, needle, share):
    """The support gate over the real weights: the same passage, the same question, a collection of 20
    reports and of 2,000 (the question's nouns held by the same share of them, the user's verb by none).  The
    collection's growth makes the verb rarer, never the passage less supportive."""
    from answer_corpus import hits_for

    from rag.answer.evidence import make_ask
    from rag.answer.qtypes import classify
    from rag.answer.support import measure_support
    from rag.answer.term_coverage import df_keys, idf_from_counts
    from rag.answer.terms import content_terms

    place = question[:3]
    terms = content_terms(question, exclude=[place])
    assert "捣鼓" in terms
    docs = {d.doc_id: d for d in FILLER}
    hits = hits_for(docs, needle)
    found = []
    for n in (20, 2000):
        counts = {k: round(n * share) for k in df_keys(terms) if k != "捣鼓"}  # that share of the reports hold each noun
        ask = make_ask(question, "zh", classify(question), terms, idf_from_counts(terms, n, counts), (), (place,))
        found.append(measure_support(ask, hits, docs).score >= 0.3)
    assert found == [True, True]
