"""Rarity weights that do not move with the collection: a question about one place's report is answered
from that report, whatever unrelated reports are indexed beside it.

A word's rarity used to be counted over the indexed reports (:func:`rag.answer.term_coverage.idf_from_counts`),
and so moved as unrelated reports were added: indexed alone, this genre's reports all hold 行政复议, 执法,
受理 (each sinks to the floor, and a place word or a user's odd word decides which figure is read); among
department reports and short ones they are middling.  Which sentence states a figure, and whether a
passage supports a yes/no claim, flipped with reports nobody asked about.

Here a word's rarity is counted over a fixed sample of the genre (``rag/data/genre_background.jsonl``,
built by ``tools/build_genre_background.py``) plus the reports the question names by place (and year):
the asked report counts like any other, unrelated reports not at all.  Ranking across reports
(retrieval) still reads the whole collection.

>>> from rag.records import Document
>>> doc = Document("d", "d.txt", "甲县2023年报告\\n办理行政复议案件12件，化解纠纷。", "h", region="甲县", year=2023)
>>> bg = Background(("行政复议案件3件。", "执法检查。"))
>>> bg.counts(["行政复议", "纠纷"], [doc])
(3, {'行政复议': 2, '纠纷': 1})
>>> w = bg.weights(["行政复议", "纠纷"], [doc])
>>> w["行政复议"] < w["纠纷"]
True
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..errors import RagError
from ..records import Document
from ..text.normalize import fold
from .doc_index import with_regions
from .regions import same_region
from .term_coverage import df_keys, idf_from_counts

BACKGROUND = Path(__file__).resolve().parents[1] / "data" / "genre_background.jsonl"
FORMAT, VERSION = "genre-background", 1


class Background:
    """Folded report texts and each word's document frequency among them (counted once per word)."""

    def __init__(self, texts: Iterable[str]) -> None:
        raw = tuple(texts)
        self.texts = tuple(fold(t) for t in raw)
        self._known = set(raw)  # a report of the sample, indexed too, is counted once
        self._df: dict[str, int] = {}

    def _count(self, word: str) -> int:
        if word not in self._df:
            self._df[word] = sum(1 for t in self.texts if word in t)
        return self._df[word]

    def counts(self, terms: Iterable[str], asked: Sequence[Document] = ()) -> tuple[int, dict[str, float]]:
        """(reports, each stating word's document frequency) over the sample and the ``asked`` reports not
        in it: the inputs of :func:`~rag.answer.term_coverage.idf_from_counts`, as the store gives them."""
        own = [_folded(t) for t in dict.fromkeys(d.text for d in asked) if t not in self._known]
        return len(self.texts) + len(own), {w: self._count(w) + sum(1 for t in own if w in t) for w in df_keys(terms)}

    def weights(self, terms: Iterable[str], asked: Sequence[Document] = ()) -> dict[str, float]:
        """Each term's rarity weight over the sample and the ``asked`` reports (the collection's formula)."""
        terms = list(terms)
        return idf_from_counts(terms, *self.counts(terms, asked))


@functools.lru_cache(maxsize=64)
def _folded(text: str) -> str:
    return fold(text)


@functools.lru_cache(maxsize=1)
def background(path: Path = BACKGROUND) -> Background:
    """The shipped sample (read once); a missing or foreign file is an error naming the fix."""
    fix = "restore it from the repository or run `.venv/bin/python tools/build_genre_background.py`"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        head = json.loads(lines[0])
        texts = [json.loads(ln) for ln in lines[1:] if ln.strip()]
    except (OSError, ValueError, IndexError) as e:
        raise RagError(f"cannot read the genre sample {path} ({e}): {fix}") from e
    if not isinstance(head, dict) or head.get("format") != FORMAT or head.get("version") != VERSION \
            or head.get("reports") != len(texts):
        raise RagError(f"{path} is not a {FORMAT} v{VERSION} file of its stated size: {fix}")
    return Background(texts)


def asked_reports(documents: Mapping[str, Document], regions: Sequence[str], years: Sequence[int]) -> list[Document]:
    """The reports a question names by place (and year, when one of them is of it); none when no place is named."""
    if not regions:
        return []
    docs = with_regions(documents, regions)  # the retriever's regions are the reports' own strings: an index lookup
    if not docs:  # (a region written otherwise: every report's region compared)
        names = {d.region for d in documents.values() if d.region and any(same_region(r, d.region) for r in regions)}
        docs = with_regions(documents, names)
    dated = [d for d in docs if d.year in years] if years else docs
    return dated or docs
