"""A district named with its city (温州市鹿城区) when only the city's report is indexed: the city's report
answers from what it says of the district, and nothing else of it; and an honour claimed against a
candidacy (命名为…候选对象) is 否.  Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.stages import candidate_only
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.query import understand
from rag.retrieve.retriever import Retriever

TEXT = ("温州市2023年法治政府建设情况报告\n一、主要工作\n"
        "全市办理行政复议案件1,204件。各县（市、区）积极探索：鹿城区全年办理行政复议案件96件；"
        "龙湾区聘请村（社区）法律顾问88名；洞头区在海岛推行“共享法庭”。\n"
        "鹿城区于2023年被命名为省级法治政府建设示范区候选对象。\n"
        "二、存在的问题\n一是部分县（市、区）执法力量不足。二是行政复议案件办理周期偏长。"
        "三是鹿城区老旧小区改造中行政争议较多。\n"
        "三、下一步工作计划\n一是推进全市复议规范化建设。二是完善市级合法性审核机制。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("z", "z.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="浙江省温州市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("z", TEXT, cfg.chunking.max_tokens), cfg), {"z": doc}, cfg)


def test_a_part_named_with_its_covered_parent_is_the_parents_report():
    q = understand("温州市鹿城区2023年办理了多少件行政复议案件", [("z", "浙江省温州市", 2023)])
    assert q.regions == ("浙江省温州市",) and q.unknown_regions == () and q.within == ("鹿城区",)
    q = understand("鹿城区2023年办理了多少件行政复议案件", [("z", "浙江省温州市", 2023)])
    assert q.unknown_regions == ("鹿城区",) and q.within == ()  # the part alone: no report of it


def test_the_parents_report_answers_only_of_the_part(answerer):
    got = answerer.ask("温州市鹿城区2023年办理了多少件行政复议案件？")
    assert got.short_answer.startswith("96")
    got = answerer.ask("温州市瓯海区2023年聘请了多少名法律顾问？")  # the report says nothing of 瓯海区
    assert not got.short_answer.startswith("88")


def test_a_candidacy_is_no_honour(answerer):
    assert answerer.ask("温州市鹿城区2023年是否被命名为省级法治政府建设示范区？").short_answer == "否"
    assert candidate_only("是否被命名为示范区", "被命名为示范区候选对象")
    assert not candidate_only("是否被确定为示范区候选对象", "被命名为示范区候选对象")


def test_a_summary_of_the_part_quotes_only_what_names_it(answerer):
    got = answerer.ask("温州市鹿城区2023年法治政府建设存在哪些问题？")
    assert "老旧小区" in got.answer and "周期偏长" not in got.answer, got.answer
    got = answerer.ask("温州市鹿城区2023年下一步有什么工作计划？")  # the city's plans name no district: none of it
    assert "复议规范化" not in got.answer and got.citations == (), got.answer
