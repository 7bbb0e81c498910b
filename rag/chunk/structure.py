"""Headings of Chinese official reports, recognised at the start of a line.

Levels: 1 ``一、``; 2 ``(一)``/``（一）``; 3 ``1.``/``1、``/``(1)``/``（1）``/``1．``.
``一是``/``二是`` enumerations (often several in one paragraph) are not headings but
preferred chunk boundaries: :func:`enumeration_starts` finds them.

>>> heading_of("二、存在的问题")
Heading(level=1, label='二、存在的问题', start=0, end=7)
>>> heading_of("（一）全面加强组织领导。一是高位统筹推进。").label
'（一）全面加强组织领导'
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text import lazy_re as re

CN_NUM = "一二三四五六七八九十百零〇两"
_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[ \t]*[{CN_NUM}]{{1,4}}[、，,．.][ \t]*")),
    (2, re.compile(rf"^[ \t]*[（(][{CN_NUM}]{{1,4}}[)）][ \t]*")),
    (3, re.compile(r"^[ \t]*(?:\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[)）])[ \t]*")),
)
_ENUM_RE = re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?\n]))[ \t]*(?:[{CN_NUM}]{{1,3}}是|第[{CN_NUM}]{{1,3}}[，,、])")
_TITLE_END_RE = re.compile(r"[。；;！!？?\n]")
MAX_LABEL = 40


@dataclass(frozen=True)
class Heading:
    level: int
    label: str  # the heading's own words, up to its first sentence end (no terminator)
    start: int  # offsets of the label within the line
    end: int


def heading_of(line: str) -> Heading | None:
    """The heading that opens ``line``, or None.  A level-1 marker must be followed by text."""
    for level, pattern in _LEVELS:
        m = pattern.match(line)
        if not m or m.end() >= len(line.rstrip()):
            continue
        body_end = _TITLE_END_RE.search(line, m.end())
        end = body_end.start() if body_end else len(line.rstrip())
        end = min(end, m.start() + MAX_LABEL + (m.end() - m.start()))
        start = len(line) - len(line.lstrip(" \t"))
        return Heading(level, line[start:end].strip(), start, end)
    return None


def enumeration_starts(text: str) -> list[int]:
    """Offsets where ``一是``/``二是``/``第一，`` enumerations begin (after a sentence end).

    >>> enumeration_starts("要求如下。一是加强领导。二是完善制度。")
    [5, 12]
    """
    out = []
    for m in _ENUM_RE.finditer(text):
        s = m.start()
        while s < len(text) and text[s] in " \t":
            s += 1
        out.append(s)
    return out
