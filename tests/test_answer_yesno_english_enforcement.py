"""English yes/no questions in the plain words users put enforcement in (passages written here, not eval items):
minor first-time offences let off (首违不罚, 免予处罚) — a first offence is no first-time claim —, decisions directly
overturned (直接纠错) among cases closed (审结), joint random inspections (部门联合"双随机"抽查) and a city's greening
regulation (城市绿化条例) in force."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.text.glossary import english_terms

TEXT = ("己市2022年法治政府建设工作报告\n一、主要工作\n"
        "（一）包容审慎监管。印发《己市市场监管领域首违不罚事项清单》，列明轻微违法不予处罚事项21项，"
        "全年对首违轻微的经营主体免予处罚64起。\n"
        "（二）双随机监管。全年组织部门联合“双随机”抽查52次，联合抽查占比为28%，较上年提高5个百分点。\n"
        "（三）行政复议。全年受理行政复议案件66件，审结60件，其中直接纠错9件，直接纠错率15%。\n"
        "（四）地方立法。《己市城市绿化管理条例》于2022年11月经省人大常委会批准，自2023年3月1日起施行。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("j", "j.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省己市", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("j", TEXT, cfg.chunking.max_tokens), cfg), {"j": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("In 2022, did the city publish a list of minor first-time offences that would not be fined?", "Yes"),
    ("In 2022, did the share of joint random inspections go up compared with the year before?", "Yes"),
    ("In 2022, did the city directly overturn more than 20% of the reconsideration cases it closed?", "No"),  # 15%
    ("In 2022, did the city directly overturn more than 10% of the reconsideration cases it closed?", "Yes"),
    ("Did the city's urban greening regulation already take effect in 2022?", "No"),  # approved 2022, in force 2023
])
def test_enforcement_in_plain_english(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_the_words_map_to_the_genres():
    assert english_terms("a list of minor first-time offences that would not be fined") == (
        "轻微违法", "首违", "免罚|免予处罚|不予处罚")
    assert english_terms("directly overturned what it closed") == ("直接纠错", "审结|办结|结案")
    assert english_terms("joint random inspections") == ("联合", "随机", "抽查|检查|抽检")
    assert english_terms("urban greening") == ("绿化",)


def test_a_first_offence_is_no_first_time_claim():
    assert not polarity_cues("Did it let off first-time offenders?").first
    assert not polarity_cues("Did it publish a list of first offences not fined?").first
    assert polarity_cues("Was it the first time the city published such a list?").first
