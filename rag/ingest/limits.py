"""Bounded work per file: how much a .docx/.pdf/.html may expand to, how many parts it may
have, and how long extracting its text may take (``[ingest]`` in rag.toml).

>>> Budget("bomb.docx", Limits(max_inflated=2**20)).size(300 * 2**20, "its XML")
Traceback (most recent call last):
...
rag.errors.IngestError: bomb.docx: its XML expands to 300 MB, over the 1 MB limit, so it was skipped (a damaged or hostile file?). Convert it to .txt, or raise [ingest] max_inflated_mb in rag.toml.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from ..errors import IngestError


@dataclass(frozen=True)
class Limits:
    """Bounded work per file: a .docx/.pdf/.html may not expand past ``max_inflated`` bytes of
    XML/text, hold more than ``max_parts`` zip members / pages (HTML: thousands of tags), or take
    longer than ``seconds`` to extract.  Over a limit the file is refused with an IngestError and
    the batch goes on.  Sizes are checked before inflating (a .docx's declared member sizes,
    which Python's zipfile also enforces while reading); time is checked between parts."""

    max_inflated: int = 100 * 2**20
    max_parts: int = 5000
    seconds: float = 60.0

    @classmethod
    def from_config(cls, ingest_cfg) -> Limits:
        return cls(int(ingest_cfg.max_inflated_mb * 2**20), int(ingest_cfg.max_parts), float(ingest_cfg.file_seconds))


class Budget:
    def __init__(self, name: str, limits: Limits):
        self.name, self.limits = name, limits
        self.deadline = time.monotonic() + limits.seconds

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise IngestError(f"{self.name}: extracting its text took longer than {self.limits.seconds:g} s, so it was "
                              "skipped. Convert it to .txt, or raise [ingest] file_seconds in rag.toml.")

    def size(self, n: int, what: str) -> None:
        if n > self.limits.max_inflated:
            raise IngestError(f"{self.name}: {what} expands to {n / 2**20:.0f} MB, over the "
                              f"{self.limits.max_inflated / 2**20:g} MB limit, so it was skipped (a damaged or "
                              "hostile file?). Convert it to .txt, or raise [ingest] max_inflated_mb in rag.toml.")

    def parts(self, n: int, what: str, scale: int = 1) -> None:
        if n > self.limits.max_parts * scale:
            raise IngestError(f"{self.name}: it has {n} {what}, over the limit of {self.limits.max_parts * scale}, so it "
                              "was skipped. Split it, or raise [ingest] max_parts in rag.toml.")
