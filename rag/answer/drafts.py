"""What an answerer returns: a :class:`Draft` of quoted segments, the short answer on its first line
(:func:`compose`), in the question's language (:func:`say`), a report named by its place and year
(:func:`report_label`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Document
from .citations import Segment
from .evidence import Ask, Sent
from .regions import local_label


@dataclass(frozen=True)
class Draft:
    segments: tuple[Segment, ...]
    short: str = ""
    flags: tuple[str, ...] = ()
    kind: str = "other"
    notes: tuple[str, ...] = ()  # lines the system wrote (共检查45份报告): their numbers are counts, not claims
    reports: Sequence = ()  # "which reports": every matching report with its cited span (reports.MentionList)


def quote(sent: Sent, prefix: str = "", label: str = "") -> Segment:
    return Segment(prefix + label + sent.text, (sent.ref(),))


def compose(short: str, sents: Sequence[Sent], labels: Sequence[str] = (), note: str = "") -> tuple[Segment, ...]:
    """Short answer on the first line (then an optional note line), then one quoted sentence per
    line, each with its marker."""
    segs = [Segment(short + "\n")] if short else []
    if note:
        segs.append(Segment(note + "\n"))
    for i, s in enumerate(sents):
        segs.append(quote(s, "\n" if i else "", labels[i] if i < len(labels) else ""))
    return tuple(segs)


def say(ask: Ask, zh: str, en: str) -> str:
    """``zh`` or ``en``, in the question's language."""
    return en if ask.lang == "en" else zh


def report_label(doc: Document, lang: str) -> str:
    """``place year：`` from the report's metadata: the name the report uses for itself (赤峰市元宝山区,
    not 内蒙古自治区赤峰市元宝山区); its file name when the region is unknown."""
    name = " ".join(x for x in (local_label(doc.region, doc.region_code), str(doc.year) if doc.year else "") if x) or doc.source
    return f"{name}: " if lang == "en" else f"{name}："
