"""What the answerer asks of the indexed reports as a whole, each worked out once per index: the regions and
their spellings, the years each region and each reporting unit covers, and whether a word or a phrase stands in any report (the store's document frequencies when it has them, else the
report texts)."""
from __future__ import annotations

from ..retrieve.store_queries import idf_inputs
from ..text.normalize import fold
from .doc_index import Documents
from .refusal import region_years
from .regions import forms, own_name
from .terms import ExcludedWords
from .units import unit_years


class IndexFacts:
    """Facts of ``documents`` (and of ``retriever``'s store, when it answers them), each built on first use."""

    def __init__(self, retriever, documents: Documents) -> None:
        self.retriever = retriever
        self.documents = documents
        self._folded: list[str] | None = None
        self._by_region: dict[str, tuple[int, ...]] | None = None
        self._forms: ExcludedWords | None = None
        self._units: dict[str, tuple[int, ...]] | None = None

    def regions(self) -> list[str]:
        return sorted({d.region for d in self.documents.values() if d.region})

    def region_forms(self) -> ExcludedWords:
        """Every indexed region's spellings (never content terms)."""
        if self._forms is None:
            # a part of a qualified name (吉安 of 江西省吉安市井冈山市) names the place around the region: content of
            # that place's report when a question asks of it, whatever reports of its parts are indexed
            own = [own_name(r) for r in self.regions()] + [f for r in self.regions() for f in forms(r)[1:]]
            self._forms = ExcludedWords.of(dict.fromkeys(own), whole=[fold(r) for r in self.regions()])
        return self._forms

    def region_years(self) -> dict[str, tuple[int, ...]]:
        if self._by_region is None:
            self._by_region = region_years(self.documents)
        return self._by_region

    def unit_years(self) -> dict[str, tuple[int, ...]]:
        if self._units is None:
            self._units = unit_years(self.documents)
        return self._units

    def known_word(self, word: str) -> bool:
        """Is ``word`` in the indexed reports (the store's word test, else the report texts)?"""
        knows = getattr(self.retriever, "knows_word", None)
        if knows is not None:
            return knows(word)
        w = fold(word)
        return any(w in t for t in self.folded_docs())

    def attested(self, text: str) -> bool:
        """Does any indexed report's text hold ``text`` (the store's document frequencies, else the texts)?"""
        counts = idf_inputs(self.retriever, [text])
        if counts is None:
            return any(fold(text) in t for t in self.folded_docs())
        return counts[1].get(text, 0) > 0

    @property
    def texts_read(self) -> bool:
        """Whether the report texts were read to answer a fact (the store answered none of them)."""
        return self._folded is not None

    def folded_docs(self) -> list[str]:
        if self._folded is None:
            self._folded = [fold(d.text) for d in self.documents.values()]
        return self._folded
