"""A yes/no question that asks whether a post was set up, worded plainly (设立…站点), is decided from the sentence
that writes it as the genre does (成立 / 组建 …工作站 / 服务站 / 联络点), not answered 报告未明确说明; a sentence about
another post is no yes.  Passages written here, not eval items (motivated by fresh x-021)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.text.zh_variants import formal_forms

TEXT = ("庚县2022年法治政府建设年度报告\n"
        "一、公共法律服务\n"
        "县司法局在全县8个乡镇组建退役军人法律服务工作站8个，全年为退役军人提供法律咨询310人次。\n"
        "二、矛盾纠纷化解\n"
        "在县人民医院成立医疗纠纷人民调解委员会，调处医疗纠纷46件。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("g", "g.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省庚县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("g", TEXT, cfg.chunking.max_tokens), cfg), {"g": doc}, cfg)


def test_set_up_and_post_have_written_forms():
    assert "成立" in formal_forms("设立") and "组建" in formal_forms("设立")
    assert "工作站" in formal_forms("站点") and "服务点" in formal_forms("站点")


@pytest.mark.parametrize("q", [
    "庚县2022年有没有专门为退役军人设立法律服务站点？",
    "庚縣2022年有沒有為退役軍人設立法律服務站點？",
])
def test_post_set_up_is_yes(answerer, q):
    assert answerer.ask(q).short_answer == "是"
