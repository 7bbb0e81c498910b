"""A yes/no claim that is itself a bound (不超过/以内/至少/within/no more than) is compared as a bound with
the report's figure or its own cap (passages written here)."""
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

TEXT = ("丙县2023年法治政府建设情况报告\n一、主要工作\n深化“放管服”改革，企业开办审批时限压缩至3个工作日。"
        "全县组织行政执法人员培训6期。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever

    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省丙县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


@pytest.mark.parametrize("q, op", [
    ("审批时限是不是不超过7个工作日?", "<="), ("是否在7个工作日以内办结?", "<="), ("审批时限未超过7个工作日吗?", "<="),
    ("培训是否至少5期?", ">="), ("培训是不是不少于5期?", ">="), ("培训不到5期吗?", "<"),
    ("Was approval completed within 7 working days?", "<="), ("Did approval take no more than 7 working days?", "<="),
    ("Did approval take at most 7 working days?", "<="), ("Were no fewer than 5 training sessions held?", ">="),
])
def test_the_claims_direction(q, op):
    assert polarity_cues(q).threshold[0] == op


@pytest.mark.parametrize("q, short", [
    ("丙县企业开办审批时限是不是不超过7个工作日?", "是"),
    ("丙县企业开办审批时限是否在7个工作日以内?", "是"),
    ("丙县企业开办审批时限是不是不超过2个工作日?", "否"),
    ("丙县企业开办审批时限是否至少5个工作日?", "否"),
    ("Was Bing County's business start-up approval completed within 7 working days?", "Yes"),
    ("Did Bing County's business start-up approval take no more than 2 working days?", "No"),
])
def test_a_bound_claim_against_the_reports_figure(answerer, q, short):
    assert answerer.ask(q).short_answer == short


@pytest.mark.parametrize("sentence, verdict", [
    ("企业投资项目承诺办结时限不超过5个工作日。", True),  # a cap of 5 meets a claim of at most 7
    ("企业投资项目承诺办结时限不超过10个工作日。", False),  # the limit is 10, not at most 7
])
def test_a_reports_cap_against_a_bound_claim(sentence, verdict):
    q = "甲县企业投资项目承诺办结时限是不是不超过7个工作日?"
    assert decide(make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县"])), sentence) is verdict


def test_a_quoted_name_is_no_claim():
    """'at most one trip' names a reform; the claim is the bound after it."""
    assert polarity_cues("Did the share of 'at most one trip' services exceed 80 percent?").threshold == (">", 80.0, "%")
