"""Vehicles and equipment are counted in 辆/台/艘/架: asked 多少辆执法车, a count of persons (执法人员45名) in the same
sentence is no answer (the report does not say, so the answer is a refusal), and 统一执法 (a word ending in 一) is no
figure 一 written onto 执法; a sentence that gives the vehicles answers in 辆.  Motivated by fresh item ah-031 (round 10,
and ah-006's 3127辆); passages written here."""
from __future__ import annotations

import hashlib

from rag.answer.answerer import Answerer
from rag.answer.asked_unit import asked_unit
from rag.answer.counts_in_text import bare_counts
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

NO_CARS = ("庚县交通运输局关于2023年度法治政府建设情况的报告\n一、推进综合执法\n"
           "县交通运输综合执法大队现有执法人员45名，统一执法服装和执法证件，全年开展路面联合检查62次。\n")
CARS = NO_CARS + "为执法大队新配执法车辆8辆、执法记录仪40台。\n"
Q = "庚县交通运输局2023年执法大队一共配了多少辆执法车？"


def _ask(text: str, q: str):
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("g", "g.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="某省庚县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("g", text, cfg.chunking.max_tokens), cfg), {"g": doc}, cfg).ask(q)


def test_vehicles_are_asked_in_their_measure_word():
    assert asked_unit("一共配了多少辆执法车？") == "辆"


def test_a_word_ending_in_one_is_no_bare_count():
    t = "统一执法服装，另有三部门联合执法"
    assert [t[a:b] for a, b, _ in bare_counts(t, "执法")] == []
    assert [t[a:b] for a, b, _ in bare_counts(t, "部门")] == ["三部门"]


def test_a_count_of_persons_does_not_answer_vehicles():
    assert _ask(NO_CARS, Q).abstained


def test_the_vehicles_answer_in_their_unit():
    assert _ask(CARS, Q).short_answer == "8辆"
