"""English "areas" may be places (地区, 区域) as well as fields of work (领域) (passages written here)."""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.text.glossary import alternatives, english_terms

TEXT = ("丁县2023年法治政府建设情况报告\n一、主要工作\n县政府印发《丁县养犬管理条例实施方案》，组织实施养犬登记工作。"
        "《丁县城市绿化条例》自2023年5月1日起施行。县政府在12个农村地区开展法治乡村建设，在3个试点区域推行柔性执法。"
        "聚焦安全生产、食品药品等重点领域开展专项整治。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever

    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省丁县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


def test_areas_are_places_or_fields():
    words = {w for t in english_terms("How many areas took part?") for w in alternatives(t)}
    assert {"领域", "地区", "区域"} <= words
    assert english_terms("In which key areas were campaigns run?")[0] == "重点领域"
    assert "农村" in alternatives(english_terms("How many rural areas?")[0])


@pytest.mark.parametrize("q, short", [
    ("In how many rural areas did Ding County build rule-of-law villages in 2023?", "12个"),
    ("In how many pilot areas did Ding County try flexible enforcement in 2023?", "3个"),
])
def test_places_called_areas_are_counted(answerer, q, short):
    assert answerer.ask(q).short_answer == short

