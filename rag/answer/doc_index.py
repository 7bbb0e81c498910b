"""The indexed reports by id, with their positions per region string built once, so that "the
reports of these places" costs the reports selected, not a scan of every report per question.

>>> from rag.records import Document
>>> docs = Documents({k: Document(k, f"{k}.txt", "x", "h", region=r) for k, r in
...                   [("a", "长治市"), ("b", "赣州市"), ("c", "长治市")]})
>>> [d.doc_id for d in with_regions(docs, ["长治市"])], [d.doc_id for d in with_regions(dict(docs), ["赣州市", "长治市"])]
(['a', 'c'], ['a', 'b', 'c'])
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import Document


class Documents(dict):
    """A ``dict`` of documents by id (read as any mapping) that also knows, per exact region string,
    its documents in mapping order.  Built once per answerer; not to be changed afterwards."""

    _by_region: dict[str, list[tuple[int, Document]]] | None = None
    _departments: list[Document] | None = None

    def in_regions(self, regions: Iterable[str]) -> list[Document]:
        if self._by_region is None:
            by_region: dict[str, list[tuple[int, Document]]] = {}
            for i, d in enumerate(self.values()):
                by_region.setdefault(d.region, []).append((i, d))
            self._by_region = by_region
        found = [x for r in set(regions) for x in self._by_region.get(r, ())]
        return [d for _, d in sorted(found, key=lambda x: x[0])]

    def departments(self) -> list[Document]:
        if self._departments is None:
            self._departments = [d for d in self.values() if d.level == "department"]
        return self._departments


def with_regions(documents: Mapping[str, Document], regions: Iterable[str]) -> list[Document]:
    """The documents whose region is exactly one of ``regions``, in ``documents``' order (an index
    lookup for :class:`Documents`, a scan for any other mapping)."""
    if isinstance(documents, Documents):
        return documents.in_regions(regions)
    wanted = set(regions)
    return [d for d in documents.values() if d.region in wanted]


def departments(documents: Mapping[str, Document]) -> list[Document]:
    """The documents of ``level == "department"``, in ``documents``' order (listed once for
    :class:`Documents`, a scan for any other mapping): a department's question costs the
    departments' reports, not every report."""
    if isinstance(documents, Documents):
        return documents.departments()
    return [d for d in documents.values() if d.level == "department"]
