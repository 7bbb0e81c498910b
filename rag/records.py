"""Typed records that flow through the pipeline.

ingest -> ``Document`` -> chunk -> ``Chunk`` -> retrieve -> ``Hit`` -> answer -> ``Answer``
(with ``Citation`` spans).  Every span is ``[start, end)`` in ``Document.text``, the
cleaned text that is stored; ``document.text[c.start:c.end] == c.text`` always.

>>> d = Document(doc_id="d1", source="a.txt", text="一、总则\\n内容。", content_hash="h")
>>> d.text[0:4]
'一、总则'
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    doc_id: str
    source: str  # file name as ingested (e.g. "000_a830e99e2ba91c42.txt")
    text: str  # cleaned text; all offsets refer to this
    content_hash: str  # sha256 of the cleaned text
    title: str = ""
    region: str = ""
    year: int | None = None  # the year the report covers
    publisher: str = ""
    published: str = ""  # publication date, ISO "YYYY-MM-DD" where known
    doc_number: str = ""  # e.g. 西政〔2021〕5号
    script: str = "hans"  # "hans" | "hant": the document's own script
    aliases: tuple[str, ...] = ()  # other names of the same content (duplicates)
    meta_source: dict[str, str] = field(default_factory=dict)  # field -> "inferred"|"sidecar"|"file"
    region_code: str = ""  # division code (GB/T 2260) of ``region``; "" when unknown (see rag.places)
    level: str = ""  # province | prefecture | county | district | county-level city | banner | township | department
    reporting_unit: str = ""  # 人民政府 | 党委政府联合 | 乡人民政府 | a department (司法局) ...

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Chunk:
    chunk_id: str  # stable: f"{doc_id}:{start}-{end}"
    doc_id: str
    start: int
    end: int
    text: str  # == document.text[start:end]
    section: str = ""  # section path, e.g. "二、存在的问题 > （一）…"
    ordinal: int = 0  # position within the document


@dataclass(frozen=True)
class Hit:
    rank: int
    chunk: Chunk
    score: float
    retrievers: tuple[str, ...] = ()  # which retrievers found it: "dense", "bm25"
    matched_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    n: int  # marker number as shown in the answer
    doc_id: str
    source: str
    start: int
    end: int
    quote: str  # == document.text[start:end]
    section: str = ""
    title: str = ""
    region: str = ""
    year: int | None = None


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    mode: str = "extractive"  # backend that produced the text
    rewritten_question: str = ""
    flags: tuple[str, ...] = ()  # groundedness and fallback flags, human-readable
    meta: dict[str, Any] = field(default_factory=dict)  # prompt version, timings, fallbacks
    # The direct answer the user reads first ("59.46%", "是", "赣州市、海西州"); "" when
    # abstaining or when the backend states none.  Quotes stay in ``answer``/``citations``.
    short_answer: str = ""


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-able data (tuples become lists)."""
    return dataclasses.asdict(record)


def to_json(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False)
