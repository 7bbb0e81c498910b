"""Structure-aware chunking with exact offsets.

A document is cut into top-level sections (``一、`` headings; text before the first
heading is its own section), and each section into chunks of whole sentences up to
``max_tokens``.  A chunk never spans two top-level sections; a ``(一)`` heading always
starts a new chunk; ``1.`` headings and ``一是`` enumerations are preferred cut points.
Chunks tile the document: consecutive, no gaps, ``text[c.start:c.end] == c.text``.

>>> doc = "前言。\\n一、成效\\n(一)加强领导。一是统筹。\\n二、问题\\n不足。"
>>> [(c.section, c.text) for c in chunk_text("d", doc, max_tokens=50)]  # doctest: +NORMALIZE_WHITESPACE
[('', '前言。\\n'), ('一、成效 > (一)加强领导', '一、成效\\n(一)加强领导。一是统筹。\\n'), ('二、问题', '二、问题\\n不足。')]
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..records import Chunk
from .sentences import split_sentences
from .structure import enumeration_starts, heading_of

SEP = " > "


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    path: tuple[str, ...]  # section path in force at this unit
    hard: bool  # a chunk must start here (heading of level <= 2)
    soft: bool  # a good place to start a chunk (level-3 heading, enumeration)
    top: int  # index of the top-level section
    heading_only: bool = False  # a line that is nothing but a heading


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


def _units(text: str, max_chars: int) -> list[_Unit]:
    units: list[_Unit] = []
    path: list[tuple[int, str]] = []
    top = 0
    for ls, le in _line_spans(text):
        line = text[ls:le]
        h = heading_of(line)
        if h is not None:
            path = [p for p in path if p[0] < h.level] + [(h.level, h.label)]
            if h.level == 1:
                top += 1
        enums = set(enumeration_starts(line))
        only = h is not None and len(line.strip()) <= len(h.label) + 1
        for i, (s, e) in enumerate(split_sentences(line, ls, max_chars)):
            first = i == 0 and h is not None
            hard, soft = first and h.level <= 2, (first and h.level == 3) or (s - ls) in enums
            units.append(_Unit(s, e, tuple(p[1] for p in path), hard, soft, top, first and only))
    return units


def _flush(doc_id: str, text: str, group: list[_Unit], out: list[Chunk]) -> None:
    if not group:
        return
    s, e = group[0].start, group[-1].end
    # a chunk that opens with bare heading lines takes the path of its first content
    path = next((u.path for u in group if not u.heading_only and text[u.start:u.end].strip()), group[-1].path)
    out.append(Chunk(f"{doc_id}:{s}-{e}", doc_id, s, e, text[s:e], SEP.join(path), len(out)))


def chunk_text(doc_id: str, text: str, max_tokens: int = 350, count: Callable[[str], int] | None = None,
               max_sentence_chars: int = 300) -> list[Chunk]:
    """Chunks tiling ``text``; ``count`` measures tokens (default: one per character)."""
    count = count or len
    out: list[Chunk] = []
    group: list[_Unit] = []
    size = 0
    for u in _units(text, max_sentence_chars):
        n = count(text[u.start:u.end])
        new_top = bool(group) and u.top != group[-1].top
        blank = not text[u.start:u.end].strip()
        full = bool(group) and size + n > max_tokens and not blank
        prefer = bool(group) and u.soft and size > max_tokens * 0.6
        headings_only = all(g.heading_only or not text[g.start:g.end].strip() for g in group)
        if group and (new_top or (u.hard and not headings_only) or full or prefer):
            _flush(doc_id, text, group, out)
            group, size = [], 0
        group.append(u)
        size += n
    _flush(doc_id, text, group, out)
    if not out and text:
        out.append(Chunk(f"{doc_id}:0-{len(text)}", doc_id, 0, len(text), text, "", 0))
    return out
