"""Chinese yes/no questions the report decides in its own words (passages written here; fresh round 9 ab-017,
ac-016, ac-019, ad-006, y-019, z-021 are the kinds):

- a gap still named (距离…目标还有差距) is a shortfall: 否 to "都配齐了吗";
- a rate held over years (出庭应诉率连续两年保持100%) is the act's rate; a stricter joined act (出庭且发言率) is not
  the asked one's, and a change (较上年提高5个百分点) is no rate;
- the plain words of lawsuits decided and not lost (判下来, 没输), of a commendation (表彰 = 被评为…先进) and of a
  minority language (少数民族语言 = 藏语 / 双语) reach the report's written words;
- an honour asked of "any village" with its conferring body (被省司法厅命名为) is still asked of any village.
"""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.yesno_figures import every_one_rate
from rag.answer.yesno_honours import claimed_honour
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("乙县2023年法治政府建设情况报告\n一、主要工作\n"
        "（一）县政府作为被告的一审行政诉讼案件12件，审结10件，全部胜诉，另有2件尚在审理中。\n"
        "（二）县政府行政机关负责人出庭应诉率连续两年保持100%，出庭且发言率为95%。\n"
        "（三）深化法治宣传教育，乙县被评为全省法治宣传教育先进县。\n"
        "（四）在牧区用藏语、汉语双语开展法治宣讲26场，覆盖牧民1.2万人次。\n"
        "（五）石门乡青山村被省司法厅、省民政厅命名为“省级民主法治示范村”。\n"
        "二、存在的问题\n全县仅有公职律师15名，距离乡镇全覆盖的目标还有差距。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("yi", "yi.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省乙县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("yi", TEXT, cfg.chunking.max_tokens), cfg), {"yi": doc}, cfg)


@pytest.mark.parametrize(("question", "gold"), [
    ("乙县2023年乡镇是不是都已经配齐了公职律师？", "否"),
    ("乙县2023年已经判下来的行政官司，是不是一件都没输？", "是"),
    ("乙县2023年行政机关负责人是不是每一件官司都出庭了？", "是"),
    ("乙县2023年的法治宣传工作有没有得到省里的表彰？", "是"),
    ("乙县2023年有没有用少数民族语言给群众做普法宣讲？", "是"),
    ("乙县2023年有没有哪个村被省里的部门命名为省级民主法治示范村？", "是"),
])
def test_plain_chinese_claims_are_decided(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


def test_a_rate_held_over_years_is_read_and_a_change_is_not():
    assert every_one_rate("负责人每一件都出庭了吗", "负责人出庭应诉率连续3年保持100%") is True
    assert every_one_rate("负责人每一件都出庭了吗", "负责人出庭应诉率较上年提高5%") is None
    assert every_one_rate("负责人每一件都出庭了吗", "负责人出庭应诉率由85%提高到100%") is None  # never the start of a change
    assert every_one_rate("负责人每一件都出庭了吗", "出庭且发言率为95%") is None  # a stricter act than the asked one
    assert every_one_rate("负责人每一件都出庭且发言了吗", "出庭且发言率为95%") is False


def test_an_honour_asked_of_any_village_keeps_its_conferring_body_out_of_the_subject():
    assert claimed_honour("丙县有没有哪个社区被省委依法治省办命名为省级民主法治示范社区？").subject == "社区"
