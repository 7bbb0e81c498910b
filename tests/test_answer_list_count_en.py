"""An English list question's count (Which three places …) is the asked count, as 哪三个 is: the sentence
that lists that many items answers, not a better-scored sentence that lists none."""
from __future__ import annotations

import dataclasses
import hashlib

from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document

REPORT = ("赣州市2022年法治政府建设年度报告\n一、主要工作\n"
          "（一）推进试点工作。开展行政执法协调监督工作体系建设试点，市本级先行先试。\n"
          "（二）示范创建。印发示范创建实施方案，确定章贡区、南康区、瑞金市为首批市级示范创建单位。\n"
          "（三）普法宣传。开展普法活动120场次。\n")


def _ask(question: str):
    doc = Document("gz", "gz.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), title=REPORT.splitlines()[0],
                   region="赣州市", year=2022)
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    return answerer_over({"gz": doc}, cfg).ask(question)


def test_an_english_count_word_asks_for_that_many_items():
    a = _ask("What three places did Ganzhou choose in 2022 as its first city-level pilots for model rule-of-law "
             "government building?")
    assert a.short_answer == "章贡区, 南康区, 瑞金市", a.answer
    assert REPORT[a.citations[0].start:a.citations[0].end].startswith("印发示范创建实施方案")
