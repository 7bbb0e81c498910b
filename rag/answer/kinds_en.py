"""What kind of entity an English question asks for, by its head noun (the English half of
:mod:`rag.answer.kinds`, which builds the :class:`~rag.answer.kinds.Entity`).

Users ask for one entity in many forms: ``which institute``, ``what platform``, ``the name of the
hotline``, ``what is the county's new app called``, ``what was the 2020 regulation the prefecture
revised``, ``name the regulation …``, ``what was the theme of the campaign``, ``the title of the
lecture``.  The head noun names the kind (a singular noun: "which documents" asks for a list).

>>> english_entity("What was the 2020 regulation the prefecture revised?")
('title', 'regulation', ('条例', '规定', '办法', '规章'))
>>> english_entity("What was the theme of the Constitution Week campaign?")[:2]
('slogan', 'theme')
>>> english_entity("What is the project the city's education bureau ran called?")[:2]
('scheme', 'project')
"""
from __future__ import annotations

from ..text import lazy_re as re

# English head noun -> (kind, Chinese endings).  Singular nouns only: "which documents / measures"
# asks for a list (rag.answer.lists), "which document" for one title; a document type English names in
# the plural (implementation opinions 实施意见, provisions 规定) is one title too.
_EN_HEADS: dict[str, tuple[str, tuple[str, ...]]] = {
    **{w: ("title", ()) for w in ("document", "book", "reader", "textbook", "handbook", "manual", "publication",
                                  "white paper", "compilation", "guidebook", "guide", "study guide", "booklet", "brochure",
                                  "pamphlet", "primer", "casebook", "reading")},
    "regulation": ("title", ("条例", "规定", "办法", "规章")), "plan": ("title", ("方案", "规划", "计划")),
    # a year's work plan: the genre's 工作要点 (work points), 工作计划, 工作方案, 工作安排
    **{w: ("title", ("要点", "计划", "方案", "安排")) for w in ("work plan", "work points", "key points", "work arrangement")},
    "programme": ("title", ("方案", "规划", "计划")), "guideline": ("title", ("指引", "指南", "意见")),
    "opinion": ("title", ("意见",)), "opinions": ("title", ("意见",)), "decision": ("title", ("决定",)),
    "standard": ("title", ("标准", "规范")), "provisions": ("title", ("规定",)),
    "rule": ("title", ("规则", "细则", "规定", "办法")), "catalogue": ("title", ("目录", "清单")),
    "catalog": ("title", ("目录", "清单")),
    "outline": ("title", ("纲要",)), "list": ("title", ("清单", "目录", "名录")), "notice": ("title", ("通知", "告知书", "通告", "公告")), "circular": ("title", ("通知",)),
    **{w: ("org", ("研究院", "研究所", "研究会", "研究中心", "学院", "学会")) for w in ("institute", "institution", "academy",
                                                                             "think tank", "research institute")},
    "university": ("org", ("大学", "学院")), "college": ("org", ("学院", "大学")),
    "association": ("org", ("协会", "学会", "研究会", "联合会")), "society": ("org", ("学会", "协会", "研究会")),
    "committee": ("org", ("委员会", "委")), "commission": ("org", ("委员会", "委")), "court": ("org", ("法院",)),
    # grass-roots stations (某某派出所, 某某司法所, 某某人民法庭, 某某公证处)
    "police station": ("org", ("派出所",)), "judicial office": ("org", ("司法所",)), "justice office": ("org", ("司法所",)),
    "tribunal": ("org", ("法庭",)), "notary office": ("org", ("公证处",)),
    # an enforcement team (某某执法支队 / 大队 / 中队)
    **{w: ("org", ("队",)) for w in ("enforcement team", "squad", "brigade", "detachment", "law enforcement team")},
    "team": ("org", ("队", "小组")),
    "firm": ("org", ("事务所", "公司")), "company": ("org", ("公司",)), "centre": ("org", ("中心",)), "center": ("org", ("中心",)),
    **{w: ("org", ()) for w in ("organisation", "organization", "body", "agency", "unit", "department", "office",
                                "bureau", "authority")},
    "platform": ("platform", ("平台", "讲堂", "网")), "portal": ("platform", ("平台", "网站", "网")),
    "app": ("platform", ("APP", "app", "客户端", "小程序")), "mini program": ("platform", ("小程序",)),
    "account": ("platform", ("公众号", "账号", "号")), "website": ("platform", ("网站", "网")),
    **{w: ("media", ()) for w in ("newspaper", "news agency", "media outlet", "broadcaster", "tv station",
                                  "television station", "news outlet", "media")},
    **{w: ("work", ()) for w in ("film", "video", "promotional film", "promotional video", "micro film", "short video",
                                 "animation", "documentary", "song", "play", "stage play", "skit", "drama")},
    "sketch": ("work", ("小品",)), "comedy sketch": ("work", ("小品",)), "crosstalk": ("work", ("相声",)),
    # a named system of work (“第一议题”制度, “某某”机制, “某某”模式): the genre quotes the name before the noun
    "system": ("scheme", ("制度", "机制", "体系", "系统")), "mechanism": ("scheme", ("机制", "制度")),
    "model": ("scheme", ("模式",)),
    # a way of working the genre names in quotes (“某某”模式, “某某”做法, “某某”工作法)
    **{w: ("scheme", ("模式", "做法", "工作法", "机制", "方式")) for w in ("approach", "practice", "method", "mode",
                                                                     "working method")},
    # a named undertaking (“某某”工程, “某某”行动): the quoted name, else the phrase ending in the noun
    "project": ("scheme", ("工程", "项目")), "initiative": ("scheme", ("工程", "行动", "计划")),
    "campaign": ("scheme", ("行动", "活动")),
    # the field a piece of work covers (交通运输领域): the phrase ending in the noun
    **{w: ("field", ("领域", "行业")) for w in ("sector", "field", "domain", "industry")},
    "hotline": ("platform", ("热线",)), "column": ("platform", ("栏目", "专栏")), "brand": ("platform", ("品牌",)),
    "channel": ("platform", ("频道", "渠道")), "venue": ("platform", ("阵地", "场所", "基地", "中心", "馆")),
    "base": ("platform", ("基地", "阵地")),
    "park": ("platform", ("公园",)), "corridor": ("platform", ("长廊",)), "square": ("platform", ("广场",)),
    **{w: ("platform", ("馆", "展厅", "展馆")) for w in ("hall", "exhibition hall", "museum", "education hall")},
    **{w: ("platform", ("工作室", "调解室")) for w in ("studio", "mediation studio", "mediation room", "workshop")},
    **{w: ("platform", ("工作站", "服务站", "联络站")) for w in ("workstation", "service station", "liaison station")},
    **{w: ("slogan", ()) for w in ("slogan", "motto", "watchword", "tagline", "catchphrase", "principle",
                                   "working principle", "guiding principle")},
    "theme": ("slogan", ("主题",)), "topic": ("field", ("专题", "主题")),
    "plenary session": ("meeting", ("全会",)), "plenum": ("meeting", ("全会",)), "meeting": ("meeting", ("会议", "全会")),
    "conference": ("meeting", ("会议", "大会")),
    # an online system of the reports is a named 平台 / 系统 (not a 制度, a system of work)
    "online system": ("platform", ("平台", "系统", "网")), "information system": ("platform", ("平台", "系统")),
    # an event something is shown or presented at: a named 大会 / 博览会 / 论坛 / 峰会
    **{w: ("meeting", ("大会", "博览会", "交易会", "展览会", "论坛", "峰会", "会议")) for w in (
        "event", "expo", "exposition", "exhibition", "fair", "forum", "summit", "convention")},
}
EN_HEAD_ALT = "|".join(re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(_EN_HEADS, key=len, reverse=True))
# a modifier between "which" and its noun: any word but a preposition or verb (which professor *from* a university)
_MOD = r"(?:(?!(?:from|of|in|at|by|for|with|on|to|did|does|do|was|were|is|are|has|have|had|that|who)\b)[a-z0-9][a-z0-9'\-]*\s+)"
# the same, but no possessive: one stands first only (the city's new hotline; "the project Shangcheng's bureau ran"
# names a project, not a bureau)
_MOD_NP = r"(?:(?!(?:from|of|in|at|by|for|with|on|to|did|does|do|was|were|is|are|has|have|had|that|who)\b)(?![a-z0-9\-]+['’]s\b)[a-z0-9][a-z0-9\-]*\s+)"
# the / its / Shanxi's / Lizi Township's / the county's (a possessive of up to four words)
_DET = r"(?:the|its|their|(?:the\s+)?(?:[a-z0-9\-]+\s+){0,3}?[a-z0-9\-]+['’]s)\s+(?:[a-z0-9\-]+['’]s\s+)?"
_IS = r"what (?:is|was|are|were)"
# the past forms not in -ed that a relative clause naming the X uses (the platform the county built)
_IRREGULAR_PAST = r"built|set up|made|ran|held|began|won|chose|wrote|drew|took|gave|led|put|kept|found|brought|sent|got|drew up|laid"
# which X / what X, the name of the X, what is the X called (up to a few modifiers before X); what was the X
# the county revised / what was the theme of …; name the X …
EN_ENTITY_RE = re.compile(rf"\b{_IS} {_DET}{_MOD_NP}{{0,3}}?({EN_HEAD_ALT})\b(?!-)(?=[^?]{{0,160}}\b(?:called|named)\b)"
                          rf"|\b(?:(?:which|what)\s+(?:[a-z0-9\-]+['’]s\s+)?{_MOD_NP}{{0,3}}?|\b(?:name|title) of {_DET}?{_MOD_NP}{{0,4}}?)"
                          rf"({EN_HEAD_ALT})\b(?!-)|\b(?:the|its) {_MOD_NP}{{0,4}}?({EN_HEAD_ALT}) (?:is |was )?(?:called|named)\b"
                          # what was the X of … / that … / the county revised (a clause naming the X)
                          rf"|\b{_IS} {_DET}{_MOD_NP}{{0,3}}?({EN_HEAD_ALT})(?=\s+(?:of|that|which)\b|\s+(?:[a-z0-9\-'’]+\s+){{1,4}}?(?:[a-z]+ed|{_IRREGULAR_PAST})\b"
                          rf"|\s*(?:(?:in|during|for|as of)\s+(?:19|20)\d{{2}}\s*)?\?)"  # …'s guiding principle (in 2023)?
                          rf"|^\s*name (?:the|its|a|an|[a-z0-9\-]+['’]s)\s+{_MOD_NP}{{0,3}}?({EN_HEAD_ALT})\b(?!-)",
                          re.IGNORECASE)
# the title of a lecture, a talk or an article: a 《title》
EN_TITLE_OF_RE = re.compile(r"\b(?:title|topic) of (?:the |its |a |an |[a-z0-9\-]+['’]s )?(?:[a-z0-9\-]+ ){0,5}?"
                            r"(?:lecture|talk|speech|presentation|article|paper|course|seminar)\b", re.IGNORECASE)
# which professor / which expert: a person (answered with a name, rag.answer.names), also with the body
# it belongs to between (which Peking University professor, which University of X professor); "which university's
# professor" asks for the university
EN_PERSON_RE = re.compile(r"\b(?:which|what)\s+(?:(?!(?:did|does|do|was|were|is|are|has|have|had|who|that|whose)\b)[a-z][a-z\-]*\s+)"
                          r"{0,8}?(?:professor|expert|scholar|judge|lawyer|official|leader|"
                          r"person|individual|mediator|cadre|secretary|director|chairman|chairwoman|chair|head|"
                          # the officials the genre names: which Zibo mayor, which county magistrate (rag.answer.persons)
                          r"(?:vice[- ])?mayor|governor|magistrate|minister|commissioner|prosecutor|procurator|attorney|researcher)"
                          r"\b(?!-)(?!['’]s\b)"  # which mayor's office: the office
                          # a person noun modifying another noun asks for that noun (which cadre training classes)
                          r"(?!\s+(?:training|education|classes|class|courses?|programmes?|programs?|teams?|groups?|ranks?|posts?|positions?)\b)"
                          rf"(?!\s+(?:{EN_HEAD_ALT})\b)",  # which WeChat official account: the account
                          re.IGNORECASE)
# what did it draft: a document
EN_DOC_VERB_RE = re.compile(r"\bwhat (?:did|does|has|have|had|will)\b[^?]{0,80}?\b(?:draft|issue|publish|formulate|enact|promulgate|"
                            r"compile|revise|release)(?:ed|d|s)?\b(?![^?]{0,20}\b(?:how many|number)\b)", re.IGNORECASE)

# what did X set up / establish / found: the body (or centre, platform) it founded (rag.answer.kinds: "founded")
EN_FOUNDED_RE = re.compile(r"\bwhat (?:did|does|has|have|had|will)\b[^?]{0,80}?\b(?:set(?:s|ting)? up|establish(?:ed|es)?|"
                           r"found(?:ed|s)?|creat(?:ed|es|e))\b(?![^?]{0,20}\b(?:how many|number)\b)", re.IGNORECASE)


def english_entity(question: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(kind, head, endings) of the entity an English question's head noun asks for; None when none."""
    if EN_TITLE_OF_RE.search(question):
        return "title", "title", ()
    m = EN_ENTITY_RE.search(question)
    if m is None:
        return _entity_before(question)
    said = next(g for g in m.groups() if g).lower()
    end = next(m.end(i) for i, g in enumerate(m.groups(), 1) if g)
    last = re.match(rf"\s+({EN_HEAD_ALT})\b(?!-)", question[end:], re.IGNORECASE)
    if last:  # which practice campaign: the last noun is the head, the one before it a modifier
        said = last.group(1).lower()
    return _entity(said)


# "X issued one new regulation in 2025. What was it called?": the question names its entity by a pronoun, the
# statement before it by its noun
_PRONOUN_ASK_RE = re.compile(r"(?<=[.;:])\s*what (?:is|was) (?:it|its (?:name|title)|the name)\b(?: (?:called|named))?\s*\??\s*$",
                             re.IGNORECASE)


def _entity_before(question: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The entity a pronoun question after a statement asks for: the statement's last head noun; None when none.

    >>> _entity_before("The city issued one new government regulation in 2025. What was it called?")
    ('title', 'regulation', ('条例', '规定', '办法', '规章'))
    """
    m = _PRONOUN_ASK_RE.search(question)
    heads = re.findall(rf"\b({EN_HEAD_ALT})\b(?!-)", question[:m.start()], re.IGNORECASE) if m else []
    return _entity(heads[-1].lower()) if heads else None


def _entity(said: str) -> tuple[str, str, tuple[str, ...]]:
    word = re.sub(r"[\s-]+", " ", said)
    kind, ends = _EN_HEADS.get(word) or _EN_HEADS[said]
    return kind, word, ends
