"""BM25 over folded Chinese text: jieba words (+ guarded sub-words), scored by bm25s in
:mod:`rag.index.lexical_index`.

Text is folded first (:func:`rag.text.normalize.fold`: Traditional -> Simplified,
full-width -> half-width, lower case), so 長治 and 长治 are the same token.
jieba cuts in precise mode with the domain dictionary ``rag/data/userdict.txt``.
Passages (mode ``"search-docs"``, the default) also get every dictionary sub-word
of a long word (长治市 -> 长治; 法治政府建设 -> 法治, 政府, 法治政府...) *except inside
idioms*: jieba's own ``cut_for_search`` turns 长治久安 into 长治 + 久安, so a
question about 长治 would match every report wishing for 长治久安.  Idioms are the
words jieba's dictionary tags ``i`` (成语) or ``l`` (习用语).  Queries stay
precise, so a long query word is not counted several times.

Character bigrams of CJK runs are added too, namespaced (``"2:长治"``) so a bigram
never matches a word, and never taken inside an idiom or across a stop word.
Measured (paragraph recall@1, BM25 only): CMRC 2018 dev 0.965 precise -> 0.974
search-docs+bigrams; DRCD dev (Traditional) 0.924 -> 0.938; the seed dev set
(evidence in top 1 / top 5) 0.854/0.924 precise, 0.771/0.924 jieba search mode,
0.866/0.943 search-docs+bigrams.

Building an index (:func:`tokenize_passages`) gives the same tokens faster: each distinct
word is expanded once, a large corpus is cut by :mod:`rag.text.fastcut` (jieba's segmentation
with rjieba's route, token for token the same), tokens become ids at once and the score
matrix is built by :mod:`rag.index.bm25_build` (bm25s's arrays, in bounded memory).

>>> tokenize_query("長治市的行政复议", TokenizerSettings(bigrams=False))
['长治市', '行政复议']
>>> tokenize("長治市的行政复议", TokenizerSettings(bigrams=False))
['长治市', '长治', '行政复议', '行政', '复议']
"""
from __future__ import annotations

import functools
import itertools
import operator
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from ..text import lazy_re as re
from ..text.normalize import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
USERDICT = DATA_DIR / "userdict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"
BIGRAM_PREFIX = "2:"
MODES = ("precise", "search", "search-docs")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDISH = re.compile(r"[\w\u3400-\u9fff]")
_MAX_EXPAND = 12  # longer (usually HMM-made) words are not expanded
_MAX_SEEN = 200_000  # distinct words remembered by one _Tokens (bounds its memory to ~50 MB)
_RUN_BREAK = "\n"  # never inside a jieba word
_PAIRS = re.compile("(?=([^\n][^\n]))")  # overlapping character pairs, none across a break
_LOCK = threading.Lock()


@dataclass(frozen=True)
class TokenizerSettings:
    """How text becomes BM25 tokens; stored beside the index so queries match it."""

    # "precise": jieba words only; "search": + dictionary sub-words of long words (not idioms);
    # "search-docs": sub-words for passages only, queries stay precise (best measured, see README)
    mode: str = "search-docs"
    bigrams: bool = True  # add namespaced CJK character bigrams ("2:长治"), not inside idioms
    hmm: bool = True  # jieba's HMM joins unknown character runs (首违, 府院)
    extra_words: tuple[str, ...] = ()  # words added to jieba for this corpus (region names)
    k1: float = 1.5
    b: float = 0.75
    version: int = 1

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"Unknown BM25 tokenizer mode {self.mode!r}. Valid: {', '.join(MODES)}.")


@functools.lru_cache(maxsize=1)
def _jieba():
    """The process-wide jieba tokenizer with the domain dictionary.

    Backed by rag.text.lexicon's on-disk table, so it is ready at once instead of
    after jieba's 0.5–1 s dictionary load; tokenisation is identical to jieba's.
    """
    from ..text.lexicon import new_tokenizer

    tk = new_tokenizer()
    tk.load_userdict(str(USERDICT))
    return tk


@functools.lru_cache(maxsize=1)
def _fast_cut():
    """The rjieba mirror of :func:`_jieba` (same tokens, several times faster), or None without rjieba."""
    from ..text.fastcut import fast_cut

    return fast_cut(_jieba())


class _TagSet:
    """Membership in a jieba part-of-speech class (looked up lazily, cached; or all read at once)."""

    def __init__(self, tags: frozenset[str]):
        self.tags = tags
        self.words: frozenset[str] | None = None  # every word of these tags, once preload() ran

    def preload(self) -> None:
        """Read all the words of these tags at once (~0.2 s), for tokenizing a whole corpus."""
        if self.words is None:
            from ..text.lexicon import words_tagged

            self.words = words_tagged(self.tags)

    def __contains__(self, word: object) -> bool:
        if self.words is not None:
            return isinstance(word, str) and word in self.words
        return self._lookup(word)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - two long-lived instances
    def _lookup(self, word: object) -> bool:
        from ..text.lexicon import word_tag

        return isinstance(word, str) and word_tag(word) in self.tags


_IDIOMS = _TagSet(frozenset({"i", "l"}))
_PLACES = _TagSet(frozenset({"ns"}))


def idioms() -> _TagSet:
    """Words tagged ``i`` (成语) or ``l`` (习用语) in jieba's dictionary: never split into sub-words."""
    return _IDIOMS


def place_names() -> _TagSet:
    """Words tagged ``ns`` (place name) in jieba's dictionary, e.g. 北京市, 汾西县."""
    return _PLACES


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    lines = STOPWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def add_words(words: tuple[str, ...] | list[str]) -> None:
    """Teach jieba corpus words (region names); idempotent, sorted for a stable dictionary."""
    tk = _jieba()
    with _LOCK:
        for w in sorted({fold(x) for x in words if x}):
            if len(w) >= 2 and not tk.FREQ.get(w):
                tk.add_word(w)


def words(text: str, hmm: bool = True) -> list[tuple[str, int]]:
    """jieba precise-mode words of already-folded ``text`` with their start offsets."""
    out, pos = [], 0
    for w in _jieba().cut(text, HMM=hmm):
        out.append((w, pos))
        pos += len(w)
    return out


def _sub_words(word: str, is_word) -> list[str]:
    if len(word) < 3 or len(word) > _MAX_EXPAND or not _CJK.match(word) or word in idioms():  # cheap checks first
        return []
    return [word[i : i + n] for n in range(2, len(word)) for i in range(len(word) - n + 1) if is_word(word[i : i + n])]


_MIXED = re.compile(r"(\d{3,})([\u4e00-\u9fff]{2,})|([\u4e00-\u9fff]{2,})(\d{3,})")


class _Tokens:
    """:func:`tokenize` for one settings/side; what depends on a word alone is worked out once.

    A word's own tokens (itself and its sub-words, or none for a stop word) and whether it joins
    a bigram run depend on the word alone, so a long report's few ten thousand distinct words
    are looked up once, not at each of their millions of occurrences; the bigrams are the
    character pairs of the passage's joining words strung together, runs cut where a word does
    not join.  With ``vocab``, tokens come out as ids in it (added in order of first use).
    Words added to jieba (:func:`add_words`) after it was made are not seen by it: make one per build.
    """

    def __init__(self, settings: TokenizerSettings, query: bool, cut=None, vocab: dict[str, int] | None = None,
                 is_word=None):
        self.settings = settings
        self.expand = settings.mode == "search" or (settings.mode == "search-docs" and not query)
        self.cut = cut or (lambda text, hmm: list(_jieba().cut(text, HMM=hmm)))
        self.stop = stopwords()
        freq = _jieba().FREQ
        self.is_word = is_word or (lambda w: bool(freq.get(w)))  # a dictionary word (frequency > 0)
        self.vocab = vocab
        self.seen: dict[str, tuple[tuple, str]] = {}  # word -> (its own tokens, itself or the run break)
        self.grams: dict[str, object] = {}  # "长治" -> "2:长治" (or its id)

    def _enc(self, tok: str):
        return tok if self.vocab is None else self.vocab.setdefault(tok, len(self.vocab))

    def _gram(self, pair: str):
        g = self.grams.get(pair)
        if g is None:
            g = self._enc(BIGRAM_PREFIX + pair)
            if len(self.grams) < _MAX_SEEN:
                self.grams[pair] = g
        return g

    def _word(self, w: str) -> tuple[tuple, str]:
        stop = self.stop
        if w in stop or not _WORDISH.search(w) or (len(w) == 1 and w.isascii() and w.isalpha()):
            own: tuple[str, ...] = ()
        else:
            mixed = _MIXED.fullmatch(w)  # 12345热线 (a dictionary word): also its number and its words
            own = (w, *(x for x in (mixed.groups() if mixed else ()) if x and x not in stop))
            if self.expand:
                own += tuple(s for s in _sub_words(w, self.is_word) if s not in stop)
        # bigrams run over adjacent CJK words, never inside an idiom or across a stop word
        joins = bool(w) and _CJK.fullmatch(w[0]) is not None and w not in stop and w not in idioms()
        entry = (tuple(self._enc(t) for t in own), w if joins else _RUN_BREAK)
        if len(self.seen) < _MAX_SEEN:
            self.seen[w] = entry
        return entry

    def __call__(self, text: str) -> list:
        words = self.cut(fold(text), self.settings.hmm)
        entries = list(map(self.seen.get, words))
        if None in entries:
            entries = [e or self._word(w) for w, e in zip(words, entries)]
        out = list(itertools.chain.from_iterable(map(operator.itemgetter(0), entries)))
        if self.settings.bigrams:
            pairs = _PAIRS.findall("".join(map(operator.itemgetter(1), entries)))
            grams = list(map(self.grams.get, pairs))
            if None in grams:
                grams = [self._gram(p) if g is None else g for p, g in zip(pairs, grams)]
            out.extend(grams)
        return out


def tokenize(text: str, settings: TokenizerSettings = TokenizerSettings(), query: bool = False) -> list[str]:
    """BM25 tokens of a passage (repeats kept: they are term frequencies)."""
    return _Tokens(settings, query)(text)


def tokenize_passages(texts, settings: TokenizerSettings = TokenizerSettings(), fast: bool = True,
                      vocab: dict[str, int] | None = None):
    """``tokenize(t, settings)`` for each of ``texts`` (an iterable), for building an index.

    The same tokens, faster: what depends on a word alone is worked out once per word, and
    with ``fast`` jieba's cut runs through :mod:`rag.text.fastcut` (rjieba, when installed;
    ~0.5 s to set up, so :meth:`rag.index.lexical_index.LexicalIndex.build` asks for it from ``FAST_CUT_MIN_CHARS``
    characters on).  With ``vocab``, each passage comes out as ids in it (an ``array('i')``).
    """
    cutter = _fast_cut() if fast else None
    if cutter:  # a whole corpus: read the idioms at once and ask rjieba what is a word
        idioms().preload()
    tokens = _Tokens(settings, query=False, cut=cutter.cut if cutter else None, vocab=vocab,
                     is_word=cutter.is_word if cutter else None)
    for t in texts:
        yield tokens(t) if vocab is None else array("i", tokens(t))


def tokenize_query(text: str, settings: TokenizerSettings = TokenizerSettings()) -> list[str]:
    """Query tokens: as :func:`tokenize`, each token once, first occurrence order."""
    return list(dict.fromkeys(tokenize(text, settings, query=True)))
