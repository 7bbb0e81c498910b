"""An "every case" yes/no claim about a part the report gives its own figure after 其中 (fresh p-019): the
whole area's rate (全县…出庭应诉率为93.4%) answers a question about the whole, the part's (其中县政府本级实现100%)
one about that part, named by its own words or as a level (县一级 = 县政府本级); a share asked (一半以上) of a total
is its 其中 part's (10件，其中4件…听证: 40%).  Passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.yesno_figures import every_one_rate
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("乙县人民政府关于2022年度法治政府建设情况的报告\n一、主要工作\n"
        "（一）规范行政应诉。全县行政机关作为被告的一审行政诉讼案件64件，败诉5件。"
        "落实负责人出庭应诉制度，全县行政机关负责人出庭应诉率为93.4%，其中县政府本级实现100%。\n"
        "（二）推进政务公开。依申请公开答复118件，按期答复率为97.5%，其中县直部门达到100%、乡镇为92%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("y", "y.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省乙县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("y", TEXT, cfg.chunking.max_tokens), cfg), {"y": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("乙县县政府本级2022年当被告的官司，负责人是不是每一件都出庭了？", "是"),
    ("乙县县一级2022年当被告的官司，负责人是不是每次都出庭了？", "是"),
    ("乙县2022年全县当被告的官司，负责人是不是每一件都出庭了？", "否"),  # 93.4%: the whole county's
    ("乙县政府本级2022年碰到行政官司，负责人是不是每次都亲自出庭了？", "是"),  # the focus clause is the whole's
    ("乙縣縣政府本級2022年碰到行政官司，負責人是不是每次都親自出庭了？", "是"),
])
def test_the_asked_parts_rate_decides(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_a_part_named_by_its_own_words():
    s = "按期答复率为97.5%,其中县直部门达到100%、乡镇为92%。"
    assert every_one_rate("县直部门每一件都按期答复了吗", s) is True
    assert every_one_rate("乡镇每一件都按期答复了吗", s) is False
    assert every_one_rate("每一件都按期答复了吗", s) is False  # no part asked: the whole's 97.5%


def test_a_share_asked_of_a_total_is_its_parts():
    from rag.answer.yesno_threshold import part_share

    assert part_share("全年作出重大行政决策10件,其中4件组织了公开听证。", ("听证",)) == 40.0
    assert part_share("全年作出重大行政决策10件,其中4件组织了公开听证。", ("公示",)) is None  # another part's words
