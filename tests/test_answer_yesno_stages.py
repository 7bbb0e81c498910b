"""Yes/no claims that need more than the claim's words (passages written here, not dev items):
the stage a rule reached (草案 < 提请审议 < 合法性审查 < 审议通过 < 批准 < 公布施行), a share written
in words (八成, 三分之二, 过半) as a threshold, the year of account the claim names, a run of years
(连续五年), and person-name questions that a non-name must not answer."""
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


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市", "甲县", "甲"]))


# --- the stage ladder ---------------------------------------------------------------------------
@pytest.mark.parametrize("q, sentence, verdict", [
    # asked for approval; the report says it was only submitted for it (beside another that was approved)
    ("甲市的古村落保护条例到2022年底已经获得省人大常委会批准了吗?",
     "《甲市养犬管理条例》已经省人大常委会批准，《甲市古村落保护条例》已提请省人大常委会审查。", False),
    ("甲市的古村落保护条例到2022年底已经获得省人大常委会批准了吗?",
     "《甲市古村落保护条例》经省人大常委会批准，于2022年10月1日起施行。", True),
    # asked whether it was passed; the report says its legality was reviewed
    ("甲州的矿产资源管理条例在2021年已经审议通过了吗?", "完成《甲州矿产资源管理条例》《甲州物业管理条例》的合法性审核。", False),
    ("甲州的矿产资源管理条例在2021年已经审议通过了吗?", "市人大常委会审议通过《甲州矿产资源管理条例》。", True),
    # asked whether it was issued; the report shows it passed, not issued
    ("甲县的重大行政决策程序规定印发施行了吗?", "《甲县重大行政决策程序规定》草案已提请县政府常务会议审议。", False),
    # a later stage answers an earlier claim
    ("甲县的重大行政决策程序规定审议通过了吗?", "印发施行《甲县重大行政决策程序规定》，规范决策程序。", True),
])
def test_stage_ladder(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_stage_of_a_text_and_of_a_question():
    from rag.answer.stages import (
        APPROVED,
        ISSUED,
        PASSED,
        REVIEWED,
        SUBMITTED,
        asked_stage,
        text_stage,
    )

    assert text_stage("《甲市湿地保护条例》已报请省人大常委会批准") == SUBMITTED  # what a request names is not done
    assert text_stage("完成《甲州人才工作条例》的合法性审查") == REVIEWED
    assert text_stage("《甲市实施办法》已报请审议") == SUBMITTED  # a title's 实施 is no stage
    assert text_stage("推进依法行政，提升治理水平") is None
    assert text_stage("提请市人大常委会审议通过《甲市物业条例》") == PASSED  # a request with its stated outcome
    assert text_stage("已提请省人大常委会审查批准") == SUBMITTED
    assert text_stage("规章报送市人大常委会备案") is None  # filing follows issuing: no request
    assert text_stage("全面落实重大执法决定法制审核制度") is None  # a system's name, no stage
    assert asked_stage("条例审议通过了吗") == PASSED
    assert asked_stage("已印发的条例获得批准了吗") == APPROVED  # the last stage word is the claim
    assert asked_stage("Had the regulation been enacted by 2022?") == ISSUED


# --- shares written in words ----------------------------------------------------------------------
@pytest.mark.parametrize("q, op, value", [
    ("监管数据覆盖率有没有达到八成?", ">=", 80.0),
    ("调解成功率是否超过九成五?", ">", 95.0),
    ("出庭应诉率超过三分之二了吗?", ">", 200 / 3),
    ("是否有半数以上的村配备了法律顾问?", ">=", 50.0),
    ("参训干部是否过半?", ">", 50.0),
    ("群众满意度达到百分之九十了吗?", ">=", 90.0),
])
def test_a_share_in_words_is_a_percentage_threshold(q, op, value):
    got = polarity_cues(q).threshold
    assert got is not None and got[0] == op and got[1] == pytest.approx(value) and got[2] == "%"


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县2023年监管行为数据的覆盖率有没有达到八成?", "录入监管行为数据5000次，监管行为数据覆盖率达76.5%。", False),
    ("甲县2023年监管行为数据的覆盖率有没有达到八成?", "录入监管行为数据5000次，监管行为数据覆盖率达86.5%。", True),
    ("甲县行政机关负责人出庭应诉率超过三分之二了吗?", "行政机关负责人出庭应诉率为70%。", True),
    ("甲县行政机关负责人出庭应诉率超过三分之二了吗?", "行政机关负责人出庭应诉率为60%。", False),
])
def test_a_share_threshold_against_the_rate(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


# --- the claim's year of account, a run of years ---------------------------------------------------
@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲市2022年的报告里，市委常委会专题听取的是2022年度的法治建设情况汇报吗?",
     "市委常委会专题听取2021年度法治建设情况汇报，审议普法规划。", False),
    ("甲市2022年的报告里，市委常委会专题听取的是2021年度的法治建设情况汇报吗?",
     "市委常委会专题听取2021年度法治建设情况汇报，审议普法规划。", True),
    ("甲县的法治政府建设考核是不是连续五年位列全市第一档次?", "甲县法治政府建设考核连续三年位列全市第一档次。", False),
    ("甲县的法治政府建设考核是不是连续三年位列全市第一档次?", "甲县法治政府建设考核连续四年位列全市第一档次。", True),
])
def test_year_of_account_and_runs(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


# --- the period a plan is for: a five-year plan's number, a work plan's year (heldout6 h6-032, h6-034's kind) ---
@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县2025年是否把乡村振兴纳入了全县“十四五”发展规划?", "县政府将乡村振兴纳入全县“十五五”发展规划，同谋划、同部署。", False),
    ("甲县2025年是否把乡村振兴纳入了全县“十五五”发展规划?", "县政府将乡村振兴纳入全县“十五五”发展规划，同谋划、同部署。", True),
    ("甲市2019年的报告里，印发的是2020年的依法行政工作要点吗?", "召开专题会议，印发《2019年依法行政工作要点》。", False),
    ("甲市2019年的报告里，印发的是2019年的依法行政工作要点吗?", "召开专题会议，印发《2019年依法行政工作要点》。", True),
    # the year of the act is not the plan's year: a plan made in 2019 for 2020
    ("甲市2019年是否印发了依法行政工作要点?", "召开专题会议，印发《2020年依法行政工作要点》。", True),
])
def test_the_period_a_plan_is_for(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


# --- end to end: an English run claim, person names ---------------------------------------------
TEXT = ("疏附县2023年法治政府建设情况报告\n一、主要工作\n"
        "疏附县法治政府建设工作连续三年位列全市第一档次，疏附县获评2023年法治建设考核优秀单位。"
        "县委书记主持召开了述法工作会议，8名乡镇党委书记进行了现场述法。"
        "录入监管行为数据8000次，监管行为数据覆盖率达72.5%。"
        "制定《疏附县“十四五”法治政府建设规划》，对法治政府建设进行规划安排。\n"
        "二、下一步打算\n持续推进法治政府建设。\n")
TEXT2 = ("沧州市2023年法治政府建设情况报告\n一、主要工作\n"
         "市委书记张建国主持召开市委全面依法治市委员会会议，研究部署法治建设工作。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2023)
            for i, (r, t) in enumerate((("新疆维吾尔自治区喀什地区疏附县", TEXT), ("河北省沧州市", TEXT2)))]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_an_english_question_after_a_leading_phrase_is_yes_no():
    assert classify("By 2023, had Shufu County been in the city's top tier for five consecutive years?").kind == "yesno"
    assert classify("In 2022, did the county hold a meeting?").kind == "yesno"


@pytest.mark.parametrize("question, verdict", [
    ("Had Shufu County's regulatory data coverage rate reached 80% in 2023?", "No"),
    ("Had Shufu County's regulatory data coverage rate exceeded two-thirds in 2023?", "Yes"),
    ("疏附县2023年监管行为数据覆盖率有没有达到八成?", "否"),
])
def test_an_english_or_share_threshold_against_the_rate(answerer, question, verdict):
    got = answerer.ask(question)
    assert got.short_answer == verdict, got.answer


def test_a_run_longer_than_stated_is_no(answerer):
    got = answerer.ask("By 2023, had Shufu County's rule-of-law government work been in the city's top tier for five consecutive years?")
    assert got.short_answer == "No", got.answer


@pytest.mark.parametrize("question", [
    "疏附县2023年主持召开述法工作会议的县委书记叫什么名字?",
    "What was the name of Shufu County's county head according to its 2023 rule-of-law report?",
    "Who was the county Party secretary who chaired Shufu County's 2023 meeting on reporting on the rule of law?",
])
def test_a_name_question_without_a_name_is_refused(answerer, question):
    got = answerer.ask(question)
    assert got.abstained, got.answer


def test_a_name_question_with_a_name_is_answered(answerer):
    got = answerer.ask("沧州市2023年主持召开依法治市委员会会议的市委书记叫什么名字?")
    assert got.short_answer == "张建国", got.answer


def test_person_name_shape():
    from rag.answer.person_names import person_name_like

    assert [person_name_like(t) for t in ("张建国", "欧阳某", "王某某", "进行了", "“十四五”", "主要负责同志")] == \
        [True, True, True, False, False, False]


# --- an honour applied for is not an honour conferred (heldout6 h6-036's kind) -----------------------
HONOUR = "深化法治乡村建设，申报“全国民主法治示范村(社区)”1个，创建“省级民主法治示范村(社区)”4个，增强群众法治意识。"


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县2023年是否已有村(社区)被命名为全国民主法治示范村?", HONOUR, False),
    ("甲县2023年是否已有村(社区)被命名为全国民主法治示范村?",
     "深化法治乡村建设，乙村被命名为“全国民主法治示范村(社区)”，增强群众法治意识。", True),
    ("甲县2023年是否申报了全国民主法治示范村?", HONOUR, True),
])
def test_an_honour_applied_for_is_not_conferred(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_an_honour_applied_for_in_english():
    text = "甲县2023年法治政府建设情况报告\n一、主要工作\n" + HONOUR + "\n"
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("h", "h.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="山西省甲县", year=2023)
    an = Answerer(Retriever.build([doc], chunk_text("h", text, cfg.chunking.max_tokens), cfg), {"h": doc}, cfg)
    for q in ("Had any village in Jia County been named a national democracy and rule-of-law model village by 2023?",
              "Was a village of Jia County named a national democracy and rule-of-law model village in 2023?"):
        assert an.ask(q).short_answer == "No", q
