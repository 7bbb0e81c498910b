"""Yes/no claims read from how users word them (passages written here, not eval items): "every case"
decided by the rate of the act (每一件都出庭了吗 against 出庭应诉率100%), a threshold reached with 到 and
bounded by the word after it (压到10%以下: at most), 过没过一半 as a threshold, an aim's figure
(力争…控制在10%以内) deciding no threshold, and an English yes/no question holding a relative
"in which"."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues, threshold_phrase
from rag.answer.qtypes import classify
from rag.answer.yesno_figures import every_one_rate
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("丙市生态环境局2023年法治政府建设工作报告\n一、主要工作\n"
        "（一）行政复议与应诉。全年作为被申请人的行政复议案件20件，审结18件，纠错率为16.7%。"
        "作为被告的行政诉讼案件11件，局负责人出庭应诉11件次，出庭应诉率100%。\n"
        "（二）政务公开。依申请公开答复63件，按期答复率为95.2%。审批事项全程网办的占42.5%。\n"
        "二、2024年工作安排\n（一）力争将行政复议纠错率控制在8%以内，继续保持负责人出庭应诉率100%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("c", "c.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省丙市生态环境局", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("c", TEXT, cfg.chunking.max_tokens), cfg), {"c": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("丙市生态环境局2023年当被告的官司，负责人是不是每一件都出庭了？", "是"),
    ("丙市生态环境局2023年依申请公开的每一件都按期答复了吗？", "否"),  # 按期答复率为95.2%
    ("丙市生态环境局2023年的行政复议纠错率压到10%以下了吗？", "否"),  # 16.7%; 8%以内 is the next year's aim
    ("丙市生态环境局2023年的行政复议纠错率降到20%以下了吗？", "是"),
    ("丙市生态环境局2023年审批事项全程网办的比例过没过一半？", "否"),
])
def test_claims_as_users_word_them(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_every_case_against_the_acts_rate():
    assert every_one_rate("每一件都出庭了吗", "负责人出庭应诉9件次，出庭应诉率为100%") is True
    assert every_one_rate("所有案件都听证了吗", "听证率为80%") is False
    assert every_one_rate("每一件都出庭了吗", "办结率为90%") is None  # a rate of another act says nothing
    assert every_one_rate("出庭了吗", "出庭应诉率为90%") is None  # no claim of every case


def test_a_bound_after_the_reached_figure():
    assert polarity_cues("审批时限压到5个工作日以内了吗").threshold == ("<=", 5.0, "个工作日")
    assert polarity_cues("覆盖率提高到90%以上了吗").threshold == (">=", 90.0, "%")
    assert polarity_cues("出庭应诉率到95%了吗").threshold == (">=", 95.0, "%")
    q = "纠错率压到10%以下了吗"
    a, b = threshold_phrase(q)
    assert q[a:b] == "到10%以下"
    assert polarity_cues("比例过没过一半").threshold == (">", 50.0, "%")


def test_english_relative_which_is_no_wh_question():
    assert classify("In 2022, did the head appear in court for every lawsuit in which the bureau was the defendant?").kind == "yesno"
    assert classify("Did the city publish the cases of which it lost most?").kind == "yesno"
    assert classify("In 2022, which bureau lost most lawsuits?").kind != "yesno"
