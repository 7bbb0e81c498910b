"""A yes/no question that words the deciding sentence's predicate plainly (拍板 for 作出决策, 头一回 for 首次,
对外公布 for 向社会公布, 水泥厂 for 水泥企业, 交给公安关押 for 移送公安机关行政拘留, create a unit for 设立) is
decided from that sentence, not answered 报告未明确说明.  Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.text.zh_variants import formal_forms

TEXT = ("辛县2023年法治政府建设年度报告\n"
        "一、重大行政决策\n"
        "县政府首次编制并向社会公布年度重大行政决策事项目录，纳入事项5项。"
        "“辛县城区停车收费调整”事项经县政府常务会议集体讨论决定后实施。"
        "“辛县公交票价调整”事项经风险评估后暂缓推进，尚未作出决策。\n"
        "二、行政执法监督\n"
        "聘请特邀行政执法监督员18名，其中水泥企业代表3名、人大代表4名。"
        "县司法局设立行政执法协调监督科，全年办理执法投诉12件。\n"
        "三、生态环境执法\n"
        "县生态环境局查处环境违法案件26件，对3名责任人移送公安机关适用行政拘留。\n"
        "四、法律顾问\n"
        "县政府聘请法律顾问5名，乡镇实现法律顾问全覆盖。部分村（社区）配备了法律顾问。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("x", "x.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省辛县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("x", TEXT, cfg.chunking.max_tokens), cfg), {"x": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("辛县2023年是不是头一回把年度重大行政决策事项目录编好并对外公布？", "是"),
    ("辛县公交票价调整的事，最后拍板定下来了吗？", "否"),  # 尚未作出决策
    ("辛县城区停车收费调整的事，最后拍板定下来了吗？", "是"),  # 集体讨论决定
    ("辛县2023年聘的行政执法监督员里，有没有水泥厂那边的人？", "是"),
    ("辛县环保部门2023年有没有把环境违法的人交给公安去关押？", "是"),
    ("辛县2023年乡镇这一级有没有都请上法律顾问？", "是"),
    ("辛县2023年村（社区）是不是都配备了法律顾问？", "否"),  # a bare 都 against 部分村
    ("Did the county's department of justice set up a unit in 2023 to coordinate and oversee law enforcement?",
     "Yes"),
])
def test_a_plainly_worded_predicate_is_decided(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_a_works_is_written_as_an_enterprise():
    assert formal_forms("化工厂") == ("化工企业", "化工企")
    assert formal_forms("兵工厂") == ()


def test_a_demonstrative_is_no_part_of_a_term():
    assert "镇街" in content_terms("某区镇街这一级有没有都请上法律顾问？")
