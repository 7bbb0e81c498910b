"""First-time claims in reports of this genre: the words a first is claimed with (率先, 首家, 首次, 最早),
a repeat that denies one (再次, 连续5年, 蝉联), and the scope a first is claimed in.

Reports claim a first within a scope: ``在全国率先``, ``全省首家``, ``全市第一个``.  A yes/no question asks
a first of a scope too (``是全国首个…的吗``, ``Was X the first in China to …``); a sentence claiming a
first only within a narrower scope does not make the asked claim (:func:`narrower_first`).

>>> narrower_first("是全国率先实现的吗", "在全省率先实现企业名称库向社会开放")
True
>>> narrower_first("was it the first in china to open it?", "在全国率先实现开放")
False
>>> narrower_first("was it the first in the province to open it?", "在全国率先实现开放")
False
"""
from __future__ import annotations

from ..text import lazy_re as re

# a first claimed in report text (全国第一 / 全省第一 are also read as a first)
FIRST_RE = re.compile(r"首次|首度|第一次|第一回|头一回|首个|首家|首部|第一个|第一家|率先|首创|最早|全国第一|全省第一")
# a repeat: 再次, 第三次, 连续5年, 蝉联, 连年 — the claim is not a first time
AGAIN_RE = re.compile(r"再次|第二次|第[二三四五六七八九十]次|又一次|连续[\d一二三四五六七八九十两]+(?:年|次|届|轮|度)|蝉联|连年|再度")

_RANK = {"国": 3, "省": 2, "市": 1}  # a wider scope's first is also a first in a narrower one
_ZH_SCOPE = {"全国": "国", "国内": "国", "全省": "省", "省内": "省", "全市": "市", "市内": "市"}
# the scope word before a first in the same clause: 在全国率先, 全省首家, 全市第一个
_SCOPED_FIRST_RE = re.compile(rf"({'|'.join(_ZH_SCOPE)})[^，,；;。？?]{{0,8}}?(?:{FIRST_RE.pattern}|第一)")
_EN_SCOPES = (
    ("国", re.compile(r"\b(?:in|across|of|throughout) (?:china|the (?:whole |entire )?(?:country|nation))\b|\bnation(?:wide|ally)\b",
                     re.IGNORECASE)),
    ("省", re.compile(r"\b(?:in|across|of|throughout) (?:the|its|their) (?:whole |entire )?province\b|\bprovince-?wide\b",
                     re.IGNORECASE)),
    ("市", re.compile(r"\b(?:in|across|of|throughout) (?:the|its|their) (?:whole |entire )?city\b|\bcity-?wide\b",
                     re.IGNORECASE)),
)


def _scopes(text: str) -> list[str]:
    """The scopes of the firsts ``text`` claims (Chinese: the scope word before the first)."""
    return [_ZH_SCOPE[m.group(1)] for m in _SCOPED_FIRST_RE.finditer(text)]


def asked_scope(question: str) -> str:
    """The scope a question asks a first in: "国", "省", "市", or "" when it names none."""
    said = _scopes(question)
    if said:
        return said[0]
    if re.search(r"\bfirst\b", question, re.IGNORECASE):
        return next((scope for scope, rx in _EN_SCOPES if rx.search(question)), "")
    return ""


def narrower_first(question: str, text: str) -> bool:
    """Does ``text`` claim a first only within a narrower scope than the question asks (asked 全国,
    said 全省率先)?  False when either names no scope."""
    asked, said = asked_scope(question), _scopes(text)
    return bool(asked and said) and max(_RANK[s] for s in said) < _RANK[asked]
