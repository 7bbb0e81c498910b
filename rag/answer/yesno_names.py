"""Yes/no claims that name something: the person holding a title (``市长是于海田吗``, ``李青雁是霍州市委书记吗``)
or a quoted name (``平台叫“山东地税电子税务局”吗``, ``印发的是《某某办法》吗``).

The claim is checked against the deciding sentence: the same name there confirms nothing more than
the other checks do; another person after the same title, or another name in the same kind of quotes,
answers 否; a sentence naming none leaves the claim unstated, however many of the question's other
words it holds.

>>> claimed_name("2023年霍州市委书记是于海田吗?")
('于海田', '书记')
>>> name_verdict("2023年霍州市委书记是于海田吗?", "市委书记李青雁主持召开会议")
'no'
>>> name_verdict("毛某某是副省长吗?", "省长毛某某带头履行推进法治建设第一责任人职责")
'no'
>>> name_verdict("平台叫“山东国税掌上办”吗", "10月份“山东地税电子税务局”正式上线")
'no'
>>> name_verdict("平台叫“山东地税电子税务局”吗", "10月份“山东地税电子税务局”正式上线")
''
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .person_names import person_name_like
from .persons import titled_persons

_TITLES = r"书记|市长|县长|区长|州长|省长|旗长|盟长|主任|局长|厅长|部长|主席|组长|总指挥|校长|院长"
_END = r"(?:同志)?(?:吗|么|呢|[？?]|$)"
# 市长是于海田吗 / 市委书记为李青雁吗
_TITLE_THEN_NAME_RE = re.compile(rf"({_TITLES})(?:是|为|叫|名叫)?([\u4e00-\u9fff·]{{2,6}}?){_END}")
# 李青雁是2023年霍州市委书记吗 (the name opens the question or follows a comma or 的: 带头履行职责的李某是省长吗)
_NAME_THEN_TITLE_RE = re.compile(rf"(?:^|[，,：:的])([\u4e00-\u9fff·]{{2,4}}?)(?:是|为|担任)[^，,？?]{{0,16}}?({_TITLES}){_END}")
# 叫“X”吗 / 是《X》吗: the quoted name is the claim
_QUOTED_CLAIM_RE = re.compile(rf"(?:叫|叫做|名为|名叫|称为|名称是|是|为)\s*([“「『《])([^”」』》]{{2,40}})[”」』》]{_END}")
_CALLED_RE = re.compile(rf"(?:叫|叫做|名为|名叫|称为|名称是)([^“”「」『』《》，,？?]{{2,40}}?){_END}")
_QUOTES = {"“": "“([^”]{2,40})”", "「": "「([^」]{2,40})」", "『": "『([^』]{2,40})』", "《": "《([^》]{2,40})》"}


def claimed_name(q: str) -> tuple[str, str] | None:
    """(name, kind) the question claims: a person with the title as kind, or a quoted name with its
    opening quote as kind; None when it claims none."""
    q = fold_chars(q).strip()
    m = _TITLE_THEN_NAME_RE.search(q)
    if m and person_name_like(m.group(2)):
        return m.group(2), m.group(1)
    m = _NAME_THEN_TITLE_RE.search(q)
    if m and person_name_like(m.group(1)):
        return m.group(1), m.group(2)
    m = _QUOTED_CLAIM_RE.search(q)
    if m:
        return m.group(2), m.group(1)
    m = _CALLED_RE.search(q)  # 平台叫山东地税电子税务局吗: a name written without its quotes
    return (m.group(1), "“") if m else None


def name_verdict(q: str, sentence: str) -> str:
    """"no" when the sentence names another person for the claimed title (or another name in the claimed
    quotes), "absent" when it names neither the claimed one nor another, "" when it names the claimed
    one or the question claims no name."""
    claim = claimed_name(q)
    if claim is None:
        return ""
    name, kind = claim
    text = fold_chars(sentence)
    if name in text:
        return "no" if kind not in _QUOTES and _other_office(fold_chars(q), text, name, kind) else ""
    if kind in _QUOTES:
        others = re.findall(_QUOTES["《" if kind == "《" else kind], text) or (re.findall(_QUOTES["“"], text) if kind != "《" else [])
    else:
        others = [text[a:b] for a, b, _ in titled_persons(text, kind)]
    return "no" if others else "absent"


def names_claim(q: str, sentence: str) -> bool:
    """Does the sentence hold the name the question claims (for choosing the deciding sentence)?"""
    claim = claimed_name(q)
    return claim is not None and claim[0] in fold_chars(sentence)


_OFFICE_RE = re.compile(rf"(副)?({_TITLES})")


def _other_office(q: str, text: str, name: str, title: str) -> bool:
    """The sentence writes the claimed person after titles that do not include the claimed one (asked
    副省长, the sentence says 省长毛某; asked 市长, it says 市委书记李某): the wrong office.  No title by
    the name says nothing.

    >>> _other_office("毛某某是副省长吗", "省长毛某某带头履行职责", "毛某某", "省长")
    True
    >>> _other_office("于某某是市长吗", "市委副书记、市长于某某作典型发言", "于某某", "市长")
    False
    """
    at = text.find(name)
    cut = max(text.rfind(c, 0, at) for c in "，,。；;：:！!？?\n")
    held = {(bool(m.group(1)), m.group(2)) for m in _OFFICE_RE.finditer(text, cut + 1, at)}
    asked = re.search(rf"(副)?{re.escape(title)}", q)
    return bool(held) and (bool(asked and asked.group(1)), title) not in held
