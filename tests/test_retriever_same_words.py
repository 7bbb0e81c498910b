"""Another place's report that says the same words does not stand in for the asked place's: many
reports repeating one sentence (a common policy line, a template) must not push the asked report's
own passage out of the hits as a "duplicate" of theirs."""
from __future__ import annotations

from rag.config import Config
from rag.records import Chunk, Document
from rag.retrieve.retriever import Retriever

SAME = "全年新增经营主体共4321户，其中新增企业1234户。"
PLACES = ["长治市", "赣州市", "霍州市", "晋城市", "运城市", "临汾市", "吕梁市", "忻州市", "朔州市", "阳泉市"]


def _doc(doc_id: str, region: str, section: str, text: str, year: int = 2023) -> tuple[Document, Chunk]:
    doc = Document(doc_id, f"{doc_id}.txt", text, f"hash-{doc_id}", region=region, year=year)
    return doc, Chunk(f"{doc_id}:0-{len(text)}", doc_id, 0, len(text), text, section, 0)


def test_the_asked_places_passage_is_kept_though_other_reports_say_the_same():
    # other places' reports with the same sentence, their section paths making them outrank the asked report's copy:
    # the year's and the corpus's best passages fill the candidate lists ahead of it
    best, good = "市场主体 新增经营主体 经营主体 户", "新增经营主体"
    others = [_doc(f"a{i:02d}", PLACES[i % len(PLACES)], best, SAME) for i in range(25)] + \
        [_doc(f"b{i:02d}", PLACES[i % len(PLACES)], best, SAME, year=2022) for i in range(25)] + \
        [_doc(f"c{i:02d}", PLACES[i % len(PLACES)], good, SAME) for i in range(25)]
    asked = _doc("asked", "西藏自治区拉萨市", "", SAME)
    pairs = [*others, asked]
    retriever = Retriever.build([d for d, _ in pairs], [c for _, c in pairs], Config().replace(embedding={"backend": "none"}))
    hits = retriever.search("拉萨市2023年新增经营主体多少户", k=5, mode="bm25").hits
    assert "asked" in [h.chunk.doc_id for h in hits]


def test_a_duplicate_report_of_the_same_place_and_year_still_shows_once():
    pairs = [_doc("a", "拉萨市", "", SAME), _doc("b", "拉萨市", "", SAME)]
    retriever = Retriever.build([d for d, _ in pairs], [c for _, c in pairs], Config().replace(embedding={"backend": "none"}))
    hits = retriever.search("拉萨市新增经营主体多少户", k=5, mode="bm25").hits
    assert [h.chunk.text for h in hits].count(SAME) == 1
