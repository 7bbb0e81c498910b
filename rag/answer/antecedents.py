"""A sentence whose subject is the bare asked noun goes on from the sentence before, which names it.

The genre names a thing once and then describes it in the next sentence with the bare noun
as its subject: ``一是建设“某某”平台。平台接入……，实现……远程监测`` or ``印发《某某方案》。该方案明确……``.
A question about what the thing does (那个实现远程监测的平台叫什么) matches the second sentence, which
holds no name of the asked kind, only other nouns that end like one (……定位系统).  The two sentences
are read as one, so the name the first gives answers, and both are cited.

>>> from rag.answer.kinds import asked_entity
>>> e = asked_entity("用来远程监测的平台叫什么名字?")
>>> continues_name(e, "平台接入全市视频监控系统，实现远程监测。", "一是建设“某某执法”平台。")
True
>>> continues_name(e, "平台“某某通”接入全市视频监控系统。", "一是建设“某某执法”平台。")  # it names itself
False
>>> continues_name(e, "全市接入视频监控系统。", "一是建设“某某执法”平台。")  # another subject
False
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text import lazy_re as re
from ..text.normalize import fold
from .evidence import Sent
from .kinds import Entity, asked_entity, entity_spans

# a demonstrative before the noun (该平台, 这一平台, 上述平台), and a leading enumerator (一是, 1.)
_LEAD_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[)）])?\s*"
                      r"(?:该|此|这一|这个|这|上述|本|此外，?该)?")
_NAME_NEXT = "“\"《「『'"  # the noun followed by its own name (平台“某某通”) names itself


def _asked_noun(entity: Entity) -> str:
    """The Chinese noun of the asked kind (平台 for 'which platform'), "" when there is none."""
    noun = entity.ends[0] if entity.ends else entity.head
    return noun if re.fullmatch(r"[\u4e00-\u9fff]{2,}", noun or "") else ""


def continues_name(entity: Entity, sentence: str, before: str) -> bool:
    """``sentence``'s subject is the bare asked noun (平台接入…, 该平台…) and ``before`` names one of
    that kind (一是建设“某某”平台)."""
    noun = _asked_noun(entity)
    s = fold(sentence)
    lead = _LEAD_RE.match(s)
    at = lead.end() if lead else 0
    rest = s[at + len(noun):]
    if not noun or not s.startswith(noun, at) or not rest or rest[0] in _NAME_NEXT:
        return False
    return noun in fold(before) and bool(entity_spans(entity, before))


def with_antecedents(question: str, sents: Sequence[Sent], lead_in: Callable[[Sent], str]) -> list[Sent]:
    """``sents`` with each sentence that :func:`continues_name` the one before it read together with
    that one (one span from the earlier sentence's start); ``lead_in`` gives the sentence before."""
    entity = asked_entity(question)
    if entity is None or not _asked_noun(entity):
        return list(sents)
    out = []
    for s in sents:
        before = lead_in(s).strip()
        at = s.doc.text.rfind(before, s.chunk.start, s.start) if before else -1
        out.append(s.at(at, s.end) if at >= 0 and continues_name(entity, s.text, before) else s)
    return out
