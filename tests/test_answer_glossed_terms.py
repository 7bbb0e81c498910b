"""A user's plain words beside the report's: a bracketed precise term glossing the plain word before it (关押（行政
拘留）) is what is asked, the plain word not required too; locked up (关押) is 拘留, handed to the police (交给公安) is
移送公安机关; a department called by its plain or former name (环保部门, 工商局) is the reporting unit it is now
(生态环境局, 市场监督管理局), scope like a place.  Reports written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.terms import content_terms, without_glossed
from rag.answer.units import scope_unit
from rag.config import Config
from rag.records import Document


@pytest.mark.parametrize("question, kept, dropped", [
    ("有没有把人交给公安去关押(行政拘留)?", "行政拘留", "关押"),
    ("罚钱（即罚款）一共多少?", "罚款", "罚钱"),
    ("全市(含县区)办了多少件?", "县区", ""),  # a scope in brackets glosses nothing
    ("看全区(全县)的出庭应诉率哪边高?", "全区", ""),  # nor does the other side's scope
    ("新出台的规章(不算修改的)是哪一部?", "规章", ""),  # nor a condition
])
def test_a_bracketed_term_stands_for_the_plain_word_before_it(question, kept, dropped):
    terms = content_terms(question)
    assert kept in terms and (not dropped or dropped not in terms), terms
    assert without_glossed("全市(含县区)办了多少件?") == "全市(含县区)办了多少件?"


def _doc(doc_id, text, region, year, unit):
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=year, level="department", reporting_unit=unit)


BUREAU = _doc("lz", "柳州市生态环境局2022年法治政府建设工作报告\n一、主要工作\n"
                    "（一）严格执法。全年查处环境违法案件214件，罚款1,380万元；对拒不改正的企业按日连续处罚2件，"
                    "移送公安机关适用行政拘留9件。\n"
                    "（二）普法宣传。开展“环保设施向公众开放”活动12场。\n", "柳州市", 2022, "生态环境局")
MARKET = _doc("gz", "赣州市市场监督管理局2023年法治政府建设情况报告\n一、主要工作\n"
                    "（一）包容审慎监管。全年办理行政处罚案件1,106件。\n", "赣州市", 2023, "市场监督管理局")


@pytest.mark.parametrize("question, unit", [("柳州市环保部门2022年查处了多少件环境违法案件？", "环保部门"),
                                            ("赣州市工商局2023年办了多少件行政处罚案件？", "工商局"),
                                            ("柳州市国土局2022年办了多少件案件？", "")])  # no such department reports
def test_a_department_by_its_plain_name_is_its_reporting_unit(question, unit):
    assert scope_unit(question, (question[:3],), {"lz": BUREAU, "gz": MARKET}) == unit


@pytest.mark.parametrize("question", ["柳州市环保部门2022年有没有把环境违法的人交给公安去关押（行政拘留）？",
                                      "柳州市环保局2022年有没有把违法企业的人交给公安关押？"])
def test_handing_offenders_to_the_police_to_be_locked_up_is_answered_yes(question):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    a = answerer_over({"lz": BUREAU, "gz": MARKET}, cfg).ask(question)
    assert a.short_answer == "是" and a.citations and a.citations[0].doc_id == "lz", a.answer
