"""A question asking how much a figure changed against an earlier year (跟上一年比涨了多少, by how much did it rise
compared with the year before) is answered by the sentence's change figure (同比增长12.4%, 较上年减少9件), not by the
level it reached (231件), while a question asking the level still gets the level.  Motivated by fresh item aj-006
(round 10); passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.figure_fit import asks_change_amount
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("戊县人民政府关于2023年度法治政府建设情况的报告\n一、化解行政争议\n"
        "2023年，县政府共收到行政复议申请231件，同比增长12.4%，受理205件，审结198件，纠错率9.6%，较上年提高1.8个百分点。\n"
        "全县法院新收一审行政诉讼案件87件，较上年减少9件，行政机关负责人出庭应诉83件。\n")


def _answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("w", "w.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省戊县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("w", TEXT, cfg.chunking.max_tokens), cfg), {"w": doc}, cfg)


@pytest.mark.parametrize("q, want", [
    ("戊县2023年收到的行政复议申请跟上一年比涨了多少？", "12.4%"),
    ("戊县2023年收到的行政复议申请比上年增长了多少？", "12.4%"),
    ("戊縣2023年新收的一審行政訴訟案件比上年少了多少件？", "9件"),
    ("戊县2023年的复议纠错率比上一年高了多少？", "1.8个百分点"),  # 高了多少: a rate's rise, in points
    ("By how much did the administrative reconsideration applications received by Wu County rise year on year in 2023?", "12.4%"),
])
def test_a_change_asked_is_answered_by_the_change(q, want):
    assert _answerer().ask(q).short_answer == want


@pytest.mark.parametrize("q, want", [
    ("戊县2023年收到了多少件行政复议申请？", "231件"),
    ("戊县2023年新收一审行政诉讼案件多少件？", "87件"),
    ("戊县2023年的复议纠错率是多少？", "9.6%"),
])
def test_a_level_asked_is_still_the_level(q, want):
    assert _answerer().ask(q).short_answer == want


def test_a_count_of_new_ones_is_no_change():
    assert not asks_change_amount("比上年新增了多少家律所？")
    assert asks_change_amount("同比降幅是多少？")
