"""jieba's precise-mode cut at Rust speed: the route from jieba-rs (``rjieba``), the rest jieba's own.

Pure-Python jieba cuts about 200,000 characters a second on this machine, so a 20 MB report
(7 million characters) spent most of its ingest there.  :class:`FastCut` gives the same tokens
as :meth:`jieba.Tokenizer.cut` on the tokenizer it mirrors, several times faster:

- **Same dictionary.** rjieba starts empty and is given every entry of jieba's dictionary
  (the SQLite table of :mod:`rag.text.lexicon`) and every word added to the jieba tokenizer,
  with jieba's frequencies; jieba's total (which counts words added twice) is matched with a
  private-use "ballast" entry that no block can contain.
- **Same blocks and route.** rjieba splits text into blocks with jieba's expression, except
  that it counts more characters as Chinese (those are taken out first, see below), and routes
  a block by the same dynamic programme (log frequency minus log total, ties to the longer word).
- **Same HMM.** rjieba's HMM (jieba's model) handles runs of single characters as jieba does,
  except in how it splits non-Chinese characters inside such a run, and it treats more
  characters as Chinese; the pieces where that can matter (see below) get their route from
  rjieba and the rest exactly as in jieba's ``__cut_DAG`` (``jieba.finalseg``).

``tests/test_fastcut.py`` compares it token for token with jieba on the seeds, a long report
made like the benchmark's, edge cases and random strings.  Without rjieba installed, :func:`fast_cut` returns None and callers
use jieba (same tokens, slower).
"""
from __future__ import annotations

import threading

from . import lazy_re as re

BALLAST = "\ue000\ue000"  # private use: never inside a block that jieba routes
# Where rjieba and jieba differ, jieba's reading is used:
# - jieba-rs routes more characters as Chinese (CJK extension A, U+9FD6-9FFF, compatibility and
#   astral ideographs); jieba yields each of them as a token of its own, and so do we;
# - jieba's HMM splits a non-Chinese run inside a run of single characters with
#   `[a-zA-Z0-9]+(?:\.\d+)?%?`; jieba-rs reads such a run differently once it holds any of
#   .+#&_%- ("1.2.3" and "2021-2025" stay one token).  A block that holds one of these gets its
#   route from rjieba and its HMM from jieba (:meth:`FastCut._block`); letters and digits alone
#   are read alike (tests/test_fastcut.py).
# Between these pieces rjieba cuts the text as jieba does: the same blocks, route and HMM.
_RS_ONLY_HAN = re.compile("[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_JIEBA_BLOCK = "[\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-]"  # jieba.re_han_default's characters
_UNSAFE = re.compile(_RS_ONLY_HAN.pattern)
# a whole jieba block holding one of .+#&_%- (matched from block starts only: linear time)
_UNSAFE_HMM = re.compile(f"{_RS_ONLY_HAN.pattern}|(?<!{_JIEBA_BLOCK})(?={_JIEBA_BLOCK}*?[.+#&_%\\-]){_JIEBA_BLOCK}++")


class FastCut:
    """A mirror of one jieba tokenizer (from :func:`rag.text.lexicon.new_tokenizer`) in rjieba."""

    def __init__(self, tk):
        import rjieba

        from .lexicon import table

        self.tk = tk
        self.lock = threading.RLock()  # rjieba's add_word must not run during one of its cuts
        self.rs = rjieba.Jieba.empty()
        tab = table()
        with tab.lock:
            rows = tab.con.execute("SELECT word, freq FROM freq WHERE freq > 0").fetchall()
        add = self.rs.add_word
        for w, f in rows:
            add(w, f, None)
        self.rs_total = sum(f for _, f in rows)  # rjieba's total: the sum of its entries
        self.set_freq: dict[str, int] = {}  # entries changed since the table, as rjieba holds them
        self.synced = 0  # how many of tk.FREQ.writes are mirrored
        self.usable = True
        self.sync()

    def sync(self) -> None:
        """Mirror the words added to the jieba tokenizer since the last call (cheap when none)."""
        writes = self.tk.FREQ.writes
        if self.synced == len(writes):
            return
        from .lexicon import table

        with self.lock:
            for w, f in writes[self.synced:]:
                old = self.set_freq.get(w)
                if old is None:
                    row = table().row(w)
                    old = row[0] if row else 0
                if f == 0:
                    if old:  # a word removed from jieba cannot be removed from rjieba
                        self.usable = False
                    continue
                self.rs.add_word(w, f, None)
                self.set_freq[w] = f
                self.rs_total += f - old
            self.synced = len(writes)
            ballast = self.tk.total - self.rs_total
            if ballast < 0:
                self.usable = False
            else:
                self.rs.add_word(BALLAST, ballast, None)

    def is_word(self, w: str) -> bool:
        """``bool(tk.FREQ.get(w))`` (a word of the dictionary, frequency > 0), without Python or SQLite."""
        with self.lock:
            self.sync()
            if not self.usable:
                return bool(self.tk.FREQ.get(w))
            return w != BALLAST and self.rs.has_word(w)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """``list(tk.cut(text, HMM=hmm))``, computed faster."""
        with self.lock:
            return self._cut(text, hmm)

    def _cut(self, text: str, hmm: bool) -> list[str]:
        import jieba

        self.sync()
        if not self.usable or jieba.finalseg.Force_Split_Words:  # words deleted from jieba
            return list(self.tk.cut(text, HMM=hmm))
        out: list[str] = []
        pos, rs_cut = 0, self.rs.cut
        for m in (_UNSAFE_HMM if hmm else _UNSAFE).finditer(text):
            if m.start() > pos:
                out.extend(rs_cut(text[pos : m.start()], hmm))
            piece = m.group()
            out.extend(piece if _RS_ONLY_HAN.match(piece) else self._block(piece))
            pos = m.end()
        if pos < len(text):
            out.extend(rs_cut(text[pos:], hmm))
        return out

    def _block(self, blk: str) -> list[str]:
        """One block with HMM, as jieba's ``__cut_DAG``: rjieba's route, jieba's HMM on runs of single characters.

        rjieba's no-HMM output joins single letters/digits into one token; such a token is
        taken for single characters unless it is also a dictionary word (then it could be
        either, and jieba cuts the block itself).
        """
        freq = self.tk.FREQ
        out: list[str] = []
        buf = ""
        for w in self.rs.cut(blk, False):
            if len(w) == 1:
                buf += w
                continue
            if w.isascii() and w.isalnum():
                if freq.get(w):  # a word, or single letters that spell one: ask jieba
                    return list(self.tk.cut(blk, HMM=True))
                buf += w  # single letters/digits that rjieba joined
                continue
            if buf:
                out.extend(self._run(buf))
                buf = ""
            out.append(w)
        if buf:
            out.extend(self._run(buf))
        return out

    def _run(self, buf: str):
        from jieba import finalseg

        if len(buf) == 1:
            return (buf,)
        if not self.tk.FREQ.get(buf):
            return finalseg.cut(buf)
        return buf  # its characters


def fast_cut(tk) -> FastCut | None:
    """A fast cutter mirroring ``tk`` (about 0.5 s and 30 MB to build), or None without rjieba."""
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return None
    return FastCut(tk)
