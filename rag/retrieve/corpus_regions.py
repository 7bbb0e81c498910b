"""The corpus's regions by division code (:class:`Corpus`), built once per documents list: which region strings
file each place, its townships' reports, the pinyin of its places, the years the documents cover, and the place
words jieba is taught for them (:func:`teach`).  :mod:`rag.retrieve.query` reads a question against it."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .. import places
from ..index import lexical
from ..text import lazy_re as re
from ..text.normalize import fold
from .pinyin_names import township_pinyin

Doc = tuple  # (doc_id, region, year) or (doc_id, region, year, region_code)
LATIN_RE = re.compile(r"[a-z]{4,}")  # a Latin word: an English question's pinyin may name a place


@dataclass(frozen=True)
class Corpus:
    """The corpus's regions by code (built once per set of documents)."""
    by_code: dict[str, tuple[str, ...]]  # canonical code -> region strings of the corpus
    uncoded: tuple[str, ...]  # region strings that name no known place (sidecar text)
    townships: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # county code -> (栗子乡, region)

    @functools.cached_property
    def pinyin(self) -> dict[str, tuple[str, ...]]:
        """Toneless pinyin without spaces (changzhi, yuanbaoshan) -> codes, every heteronym reading;
        the corpus's places and the places they lie in (huangshi for a report of 黄石市下陆区), so that
        an English question about a parent is understood as one, not missed.  A spelling two places share
        through a rare reading of one is the other's (huozhou: 霍州, not 化州; :func:`places.prefer_usual`)."""
        out: dict[str, list[tuple[str, str]]] = {}
        codes = dict.fromkeys(p.code for code in self.by_code for p in places.chain(code))
        for code in codes:
            for form in places.place(code).pinyin:  # shipped in the division table
                out.setdefault(form.replace(" ", ""), []).append((code, form))
        return {k: places.prefer_usual(v) for k, v in out.items()}

    def regions_of(self, code: str, children: bool = False) -> list[str]:
        out = list(self.by_code.get(places.canonical(code), ()))
        if children:
            out += [r for c, rs in self.by_code.items() if c != places.canonical(code) and places.contains(code, c)
                    for r in rs]
            out += [r for c, ts in self.townships.items() if places.contains(code, c) for _, r in ts]
        return list(dict.fromkeys(out))

    def parts_of(self, code: str) -> list[str]:
        return [r for c, rs in self.by_code.items() if c != places.canonical(code) and places.contains(code, c)
                for r in rs] + [r for c, ts in self.townships.items() if places.contains(code, c) for _, r in ts]

    def townships_in(self, q: str) -> list[tuple[str, str]]:
        """(county code, region) of the corpus's townships a question names (栗子乡 of 重庆市丰都县栗子乡), also
        in pinyin with its level word (Lizi Township)."""
        latin = bool(LATIN_RE.search(q))
        return [(c, r) for c, ts in self.townships.items() for t, r in ts if t in q or latin and township_pinyin(t).search(q)]


def _doc_code(d: Doc) -> str:
    return (d[3] if len(d) > 3 else "") or _code_of(d[1])


@functools.lru_cache(maxsize=65536)
def _code_of(region: str) -> str:
    return places.code_of(region) if region else ""


@functools.lru_cache(maxsize=16)
def _corpus(pairs: tuple[tuple[str, str], ...]) -> Corpus:
    by_code: dict[str, list[str]] = {}
    townships: dict[str, list[tuple[str, str]]] = {}
    uncoded = []
    for region, code in pairs:
        town = _township_tail(fold(region), code) if code else ""
        if town:  # a township report is filed below its county, not as the county
            townships.setdefault(places.canonical(code), []).append((town, region))
        elif code:
            by_code.setdefault(places.canonical(code), []).append(region)
        elif region:
            uncoded.append(region)
    return Corpus({c: tuple(dict.fromkeys(rs)) for c, rs in by_code.items()}, tuple(dict.fromkeys(uncoded)),
                  {c: tuple(dict.fromkeys(ts)) for c, ts in townships.items()})


def _township_tail(region: str, code: str) -> str:
    return places.township_of(region, code)


# (documents list, its Corpus, its years) of the last few lists, most recent first: a retriever passes the
# same list every query, and a process with several indexes open (a benchmark, a server mid-reload) several
_RECENT: tuple = ()
_KEEP = 4


def _derived(documents: Sequence[Doc]) -> tuple[Corpus, frozenset[int], frozenset[tuple[str, int]]]:
    """The Corpus, the covered years and the (canonical code, year) pairs of ``documents``, built once
    per documents list."""
    global _RECENT
    recent = _RECENT  # one reference read: safe under concurrent questions
    for docs, *derived in recent:
        if docs is documents:
            return tuple(derived)
    corpus = _corpus(tuple(sorted({(d[1], _doc_code(d)) for d in documents if d[1]})))
    years = frozenset(d[2] for d in documents if d[2] is not None)
    pairs = frozenset((places.canonical(c), d[2]) for d in documents if d[2] is not None for c in [_doc_code(d)] if c)
    if isinstance(documents, list):
        _RECENT = ((documents, corpus, years, pairs),) + recent[:_KEEP - 1]
    return corpus, years, pairs


def corpus_of(documents: Sequence[Doc] | Corpus) -> Corpus:
    return documents if isinstance(documents, Corpus) else _derived(documents)[0]


def covered_years(documents: Sequence[Doc]) -> frozenset[int]:
    """The years ``documents`` cover (built once per documents list, with its Corpus)."""
    return _derived(documents)[1]


def code_years(documents: Sequence[Doc]) -> frozenset[tuple[str, int]]:
    """(canonical division code, year) of each report of ``documents`` that names a known place (built
    once per documents list, with its Corpus)."""
    return _derived(documents)[2]


def region_words(regions: Iterable[str]) -> tuple[str, ...]:
    """Words to teach jieba for these regions (every written form of their places), sorted."""
    out = set()
    for r in regions:
        code = _code_of(r) if r else ""
        out.update(places.short_forms(code) if code else ())
        if r:
            out.add(fold(r))
    return tuple(sorted(w for w in out if len(w) >= 2))


_TAUGHT: set[tuple[str, ...]] = set()


def teach(corpus: Corpus) -> None:
    """Teach jieba the corpus's place words once per corpus (not once per query)."""
    if "taught" in corpus.__dict__:
        return
    key = tuple(sorted(corpus.by_code))
    if key not in _TAUGHT:
        lexical.add_words(region_words(r for rs in corpus.by_code.values() for r in rs))
        _TAUGHT.add(key)
    corpus.__dict__["taught"] = True  # a cache mark on a frozen record, as functools.cached_property does
