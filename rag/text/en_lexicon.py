"""English words the domain glossary does not cover, translated through a general dictionary.

The glossary (:mod:`rag.text.glossary`) holds the genre's fixed terms (行政复议, 纠错率 …).  Any other
content word of an English question ("elevator", "media", "take effect") is looked up in
``rag/data/en_zh_lexicon.tsv``, an English -> Chinese table derived from CC-CEDICT (CC BY-SA 4.0;
built by ``tools/build_en_zh_lexicon.py``, restricted to words of jieba's dictionary).  A word has
several Chinese renderings, most frequent first; given ``known`` (is this word in the indexed
reports?) the renderings the reports use are kept (at most :data:`MAX_RENDERINGS`), and a word none of
whose renderings occur is dropped, so that a dictionary sense foreign to the reports never counts as a
missing term.  A word is one term with its renderings as alternatives, ``|``-joined
(:func:`rag.text.glossary.alternatives`): the reports may say a project is a 项目 or a 工程, and either
states it.

>>> [zh for _, zh in lexicon_terms("when did the elevator rules take effect")]
['电梯|吊车|升降机', '统治|天下|规律', '施行|生效']
>>> [zh for _, zh in lexicon_terms("when did the elevator rules take effect", known=lambda w: w in {"规定", "施行"})]
['施行']
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources

from . import lazy_re as re

MAX_PHRASE = 3
MAX_RENDERINGS = 3  # alternatives kept per word: more senses would let unrelated passages support it
# Function words, question words and words about the asking or the report: never translated.
STOP = frozenset("""
a an the of in on at to for from by with about as into onto over under after before during between among
than then that this these those which what who whom whose when where why how many much did do does done
doing was were is are be been being has have had having will would shall should can could may might must
it its their they them his her he she we our you your i me my not no nor any some all each every both
either neither more most less least other others such only also and or but if whether per via there here
so up out off own same too very just yet still ever again once according say says said stated state states
mention mentioned mentions named name names report reports reported reporting year years yearly annual
total number numbers amount time times how many much what which list give gave given tell told describe
described main key one two three four five six seven eight nine ten first second third
share proportion percentage ratio period approach way manner kind kinds type types part parts whole
piece pieces sort sorts
roughly approximately approximate around nearly
admit admits admitted admitting acknowledge acknowledges acknowledged concede concedes conceded
compare compares compared comparing comparison versus vs higher lower larger smaller greater fewer bigger
""".split()  # noqa: SIM905 - word lists read best as text
# place-type words: places are the place model's job (rag.places), not the lexicon's
+ "province provinces city cities county counties district districts prefecture prefectures town towns"  # noqa: SIM905
  " region regions autonomous municipal municipality level local".split())

# Adverbial particles that end a phrasal verb (carry out, set up, lay off): looked up with their verb,
# never alone -- "carry" alone is 运输, "carry out" is 进行/执行
PARTICLES = frozenset(("out", "up", "off", "down", "back", "away"))


@functools.lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """English key -> Chinese renderings (most frequent first), loaded once."""
    text = resources.files("rag").joinpath("data/en_zh_lexicon.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            en, _, zh = line.partition("\t")
            out[en] = tuple(zh.split())
    return out


_BRITISH = ((r"isation$", "ization"), (r"ise$", "ize"), (r"ising$", "izing"), (r"ised$", "ized"), (r"our$", "or"),
            (r"ours$", "ors"), (r"tre$", "ter"), (r"tres$", "ters"), (r"ogue$", "og"), (r"lled$", "led"), (r"lling$", "ling"))


def _forms(word: str) -> tuple[str, ...]:
    """The word and its plausible dictionary forms (plural and inflected endings removed; British
    spellings also as the dictionary's American ones: organised -> organized, centre -> center)."""
    us = [re.sub(rx, to, word) for rx, to in _BRITISH if re.search(rx, word)]
    forms = [word]
    for w in us:
        forms += [f for f in _inflections(w) if f not in forms]
    return tuple(dict.fromkeys([*_inflections(word), *forms]))


def _inflections(word: str) -> list[str]:
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        forms += [word[:-1], word[:-2]]
    if word.endswith("ing") and len(word) > 5:
        forms += [word[:-3], word[:-3] + "e"]
    return forms


def _lookup(words: list[str]) -> tuple[str, ...]:
    """Renderings of a phrase: its base (singular, uninflected) form first, then as written."""
    t = table()
    out: dict[str, None] = {}
    for last in reversed(_forms(words[-1])):
        for sep in (" ", "-"):  # province-level is a key as written; rule of law as words
            out.update(dict.fromkeys(t.get(sep.join(words[:-1] + [last]), ())))
    return tuple(out)


def lexicon_terms(text: str, known: Callable[[str], bool] | None = None) -> list[tuple[int, str]]:
    """(position, Chinese term) for the content words and phrases of lower-case ``text``, longest
    phrase first: the phrase's renderings ``|``-joined, most frequent first; with ``known``, only
    the renderings ``known`` accepts (a phrase with none is skipped)."""
    toks = [(m.start(), m.group(0)) for m in re.finditer(r"[a-z][a-z'-]*[a-z]|[a-z]", text)]
    words = [w.removesuffix("'s") for _, w in toks]
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(toks):
        for n in range(min(MAX_PHRASE, len(toks) - i), 0, -1):
            phrase = words[i:i + n]
            if phrase[0] in STOP or (phrase[-1] in STOP and not (n >= 2 and phrase[-1] in PARTICLES)):
                continue
            alts = _lookup(phrase)
            phrasal = n >= 2 and phrase[-1] in PARTICLES and bool(alts)  # consumed whole: never its bare verb
            if known is not None:
                alts = tuple(a for a in alts if known(a))
            if alts or phrasal:
                if alts:
                    out.append((toks[i][0], "|".join(alts[:MAX_RENDERINGS])))
                i += n
                break
        else:
            i += 1
    return out
