"""Token counting for chunk sizes and prompt budgets.

tiktoken needs its BPE file, which it downloads on first use (cached under
``TIKTOKEN_CACHE_DIR``).  Offline, :class:`FallbackCounter` is used instead and says
so: it counts each CJK character as one token and each run of Latin letters or digits
as ``ceil(len/4)`` tokens, which over-estimates cl100k_base on these reports by a few
percent (CJK characters are 1-2 tokens in cl100k), so budgets stay safe.

>>> FallbackCounter().count("长治市2021年")
5
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from ..text import lazy_re as re

_RUN_RE = re.compile(r"[A-Za-z]+|[0-9]+")
_SPACE_RE = re.compile(r"\s")


class TokenCounter:
    name: str = ""
    exact: bool = False
    note: str = ""

    def count(self, text: str) -> int:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class FallbackCounter(TokenCounter):
    name: str = "fallback-cjk-char"
    exact: bool = False
    note: str = ""

    def count(self, text: str) -> int:
        """1 per non-space character, but ``ceil(len/4)`` per run of ASCII letters or of ASCII digits."""
        runs = _RUN_RE.findall(text)
        n_space = _SPACE_RE.subn("", text)[1]
        return len(text) - n_space - sum(map(len, runs)) + sum((len(r) + 3) // 4 for r in runs)


class TiktokenCounter(TokenCounter):
    exact = True

    def __init__(self, encoding) -> None:  # a tiktoken.Encoding
        self.encoding = encoding
        self.name = f"tiktoken:{encoding.name}"

    def count(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))


def _cached_encoding_available(name: str) -> bool:
    """True when tiktoken can load ``name`` without the network (its cache file exists)."""
    import hashlib
    import tempfile

    urls = {
        "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
    }
    url = urls.get(name)
    if url is None:
        return False
    cache_dir = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR") or os.path.join(
        tempfile.gettempdir(), "data-gym-cache"
    )
    return os.path.exists(os.path.join(cache_dir, hashlib.sha1(url.encode()).hexdigest()))


@functools.lru_cache(maxsize=8)
def get_counter(encoding: str = "cl100k_base") -> TokenCounter:
    """The tiktoken counter when its encoding is cached locally, else the fallback (with a note)."""
    if _cached_encoding_available(encoding):
        try:
            import tiktoken

            return TiktokenCounter(tiktoken.get_encoding(encoding))
        except Exception as e:  # noqa: BLE001 - a corrupt cache file and the like: counted with the fallback, reason kept
            reason = f"tiktoken encoding {encoding!r} failed to load ({type(e).__name__})"
    else:
        reason = f"tiktoken encoding {encoding!r} is not in the local cache (tiktoken downloads it on first use)"
    fb = FallbackCounter()
    fb.note = reason + "; counting with the offline CJK-character fallback. Set TIKTOKEN_CACHE_DIR to a folder holding the file to use tiktoken."
    return fb
