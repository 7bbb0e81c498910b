"""What kind of thing a "什么X / 哪个X / X叫什么 / which X" question asks for, by its head noun X.

The head noun names the answer's kind; the answer is a span of that kind whose own head
matches the asked word (asked for a 方案, a 《…办法》 does not answer):

========  ===========================================  ==============================================
kind      head nouns (Chinese / English)               the answer
========  ===========================================  ==============================================
title     文件 读物 书 方案 办法 条例 … /                 a 《title》; of the asked type when the head is
          document book reader plan regulation …       one (方案 -> 《…方案》), any title for 文件/书
org       研究院 协会 委员会 机构 单位 … /                an organisation name (:func:`org_spans`) ending
          institute association committee body …       in the head's suffixes (institute -> 研究院…)
platform  平台 讲堂 公众号 APP 热线 阵地 … /              a quoted name, the one naming the asked noun
          platform app account website venue …         first (“某某”公众号); else the phrase ending in it
media     媒体 报纸 电视台 / newspaper news agency      a news medium (:func:`rag.answer.names.media_spans`)
work      宣传片 微电影 短视频 动画 / film video …        the 《title》 or “name” the asked work carries
                                                       (宣传片《某某》), else any title in the sentence
slogan    口号 标语 提法 / slogan motto principle        a quoted phrase (围绕“某某、某某”的总要求): the
                                                       genre quotes slogans and seldom writes 口号;
          主题 / theme                                 a theme: the quote bound to it (“某某”主题, 主题为“某某”)
meeting   会议 全会 大会 (哪次会议) / meeting plenary      the phrase ending in the noun (在某某委员会第三次
          session conference                           会议上 -> 某某委员会第三次会议)
scheme    (English only) system mechanism model        a quoted name naming the asked noun (“某某”制度);
                                                       什么制度 is read by :mod:`rag.answer.spans`' heads
field     (English only) sector field topic         the phrase ending in 领域/行业/专题 (交通运输领域)
docno     文号 发文字号 / document number, reference     a document number (某政办函〔2016〕50号): an
          number                                       issuer's abbreviation, the year in brackets, 号
founded   设立了什么 / what did X set up, establish     the body named right after the founding verb
                                                       (联合某委设立某某中心 -> 某某中心)
========  ===========================================  ==============================================

The tables are the genre's ordinary vocabulary for documents, bodies and channels of
法治政府建设年度报告, not words of particular reports.

>>> asked_entity("义乌市2019年起草了什么文件?")
Entity(kind='title', head='文件', ends=())
>>> asked_entity("Which institute organised the assessment?").ends[:2]
('研究院', '研究所')
>>> s = "在某大学法治政府研究院组织的评估中,该市名列第三。"
>>> [s[a:b] for a, b, _ in entity_spans(asked_entity("Which institute organised the assessment?"), s)]
['某大学法治政府研究院']
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .kinds_en import EN_DOC_VERB_RE, EN_FOUNDED_RE, english_entity

Span = tuple[int, int, str]

# Chinese head noun -> (kind, the endings an answer of that kind must have; () = any of the kind)
# a document type its titles end with (《…条例》); a publication (教材, 读本) is any title
_TITLE_TYPES = ("条例", "办法", "规定", "意见", "方案", "纲要", "通知", "规划", "决定", "细则", "规则", "法规", "规章",
                "清单", "目录", "名录", "要点", "计划", "标准", "守则", "指南", "指引", "公约")
_TITLE_ANY = ("文件", "读物", "书籍", "图书", "书", "刊物", "出版物", "文本", "制度文件", "规范性文件", "白皮书", "手册", "汇编",
              "读本", "教材", "丛书")
# an organisation's kind and the endings such a body's name has (a 高校 is a 大学 or a 学院)
_ORG_SPECIFIC = {"研究院": ("研究院",), "研究所": ("研究所",), "研究会": ("研究会",), "研究中心": ("研究中心",),
                 "学会": ("学会",), "协会": ("协会",), "联合会": ("联合会",), "学院": ("学院",), "大学": ("大学", "学院"),
                 "高校": ("大学", "学院"), "学校": ("学校", "大学", "学院", "中学", "小学"), "委员会": ("委员会",),
                 "法院": ("法院",), "检察院": ("检察院",), "事务所": ("事务所",), "律所": ("事务所",), "公司": ("公司",), "中心": ("中心",),
                 # the grass-roots stations of the police, justice and the courts (某某派出所, 某某司法所, 某某人民法庭)
                 **{w: (w,) for w in ("派出所", "司法所", "法庭", "公证处")},
                 # an enforcement team (哪支执法队伍, 哪个大队): the genre's 某某执法支队 / 大队 / 中队
                 "队伍": ("队",), "执法队伍": ("队",), "执法队": ("队",), "支队": ("支队",), "大队": ("大队",), "中队": ("中队",),
                 # a body's own divisions: 哪个处室 is answered by 法规处, 办公室, 监督科
                 "处室": ("处", "室", "科"), "科室": ("科", "室", "股", "处"), "内设机构": ("处", "室", "科", "股")}
_STATIONS = ("派出所", "司法所", "法庭", "公证处")
_ORG_ANY = ("机构", "单位", "部门", "机关", "组织", "社会组织")
# channels and venues, in groups of words the genre uses for the same kind of thing (平台 = 系统 = APP)
_PLATFORM_GROUPS = (("平台", "系统", "网站", "网", "APP", "app", "客户端", "小程序", "公众号", "公众平台"),
                    ("讲堂", "大讲堂", "讲习所", "课堂", "阵地", "基地", "场所", "驿站", "小院"),
                    ("栏目", "专栏", "频道", "节目"), ("热线",), ("品牌",),
                    # venues of legal culture (“某某”法治公园, 某某宪法宣传教育馆) and rooms of service (“某某”调解工作室)
                    ("公园", "广场", "长廊", "街区", "展馆", "展厅", "教育馆", "展览馆", "纪念馆", "博物馆", "陈列馆"),
                    ("工作室", "调解室", "工作站", "服务站", "联络站"))
_PLATFORM = tuple(w for g in _PLATFORM_GROUPS for w in g if w != "网")
_MEDIA = ("媒体", "新闻媒体", "报纸", "报社", "报刊", "电视台", "通讯社")
# works the genre's publicity makes (宣传片《某某》, 微电影“某某”): answered with the title they carry
# stage works (法治小戏《某某》, 情景剧“某某”): one kind, whichever of the words the question or the report uses
_STAGE_WORKS = ("戏", "小戏", "戏剧", "戏曲", "剧", "剧目", "话剧", "舞台剧", "情景剧", "短剧", "微短剧", "小品", "快板", "相声", "曲艺")
_WORKS = ("宣传片", "公益片", "专题片", "纪录片", "微电影", "电影", "短视频", "微视频", "视频", "动画片", "动画", "动漫",
          "歌曲", "作品") + _STAGE_WORKS

# slogans and set phrases: the reports quote them (“对标…、干实…”的工作总要求), mostly without the word
SLOGANS = ("口号", "宣传口号", "标语", "宣传标语", "宣传语", "提法")
# the theme of an activity: a quoted phrase bound to the word (围绕“某某”主题, 主题为“某某”)
_THEMES = ("主题",)
# meetings: named by the phrase ending in the noun (在某某委员会第三次会议上, 落实某委十三届五次全会)
_MEETINGS = {"会议": ("会议", "全会"), "全会": ("全会",), "大会": ("大会",)}

_ZH_HEADS = sorted(_TITLE_TYPES + _TITLE_ANY + tuple(_ORG_SPECIFIC) + _ORG_ANY + _PLATFORM + _MEDIA + _WORKS + SLOGANS
                   + _THEMES + tuple(_MEETINGS),
                   key=len, reverse=True)
_CLAUSE_END = r"(?=[？?呢，,。是叫的名]|$)"
# a one-character head (书) only where the clause ends after it: 书记 is no 书
_HEAD_ALT = "|".join(re.escape(h) + ("" if len(h) > 1 else _CLAUSE_END) for h in _ZH_HEADS)
_ASK = r"(?:什么|什麼|哪一次|哪次|哪个|哪一个|哪一|哪种|哪类|哪项|哪部|哪份|哪家|哪本|哪所|哪套|哪|何种|何)"
# 什么X / 哪个X (up to 8 characters of modifiers between: 哪个法治文化阵地), the first head noun after the
# question word (哪个研究院组织的: 研究院, not 组织)
# 哪一部合同方面的办法: an aspect (方面的, 领域的, 类的) modifies the head, it is no head of its own
_ZH_ASK_RE = re.compile(rf"{_ASK}(?P<mid>(?:[^的之，,。？?\s]|(?<=方面|领域|相关|有关)的|(?<=类)的){{0,10}}?)(?P<head>{_HEAD_ALT})")
# 哪个关于疫情防控的通知: an about-phrase (关于/有关/针对 X 的), as the genre's titles begin, modifies the head at its end
_ZH_ABOUT_RE = re.compile(rf"{_ASK}(?:关于|有关|针对)[^，,。？?\s]{{1,24}}?的(?P<head>{_HEAD_ALT})(?=[？?呢，,。是叫]|$)")
# X叫什么 / X的名称是什么 / X全称: the head noun just before the asking words (那本…读物叫什么)
# a one-character head after a determiner, with its measure word or not (这本书, 这出戏); 证书 is no 书
_NAMED_HEAD_ALT = "|".join(re.escape(h) if len(h) > 1 else rf"(?:(?<=[本部这那该此的])|(?<=[这那该此][出首部本台场个篇支幅])){re.escape(h)}"
                           for h in _ZH_HEADS)
_ZH_NAMED_RE = re.compile(rf"(?P<head>{_NAMED_HEAD_ALT})(?:的)?(?:叫什么|叫做什么|名叫什么|是什么|名称|名字|全称|题目|标题|书名|片名|剧名|曲名|作品名)")


# a document verb with a bare question word: 起草了什么 / what did it draft asks for a document
_ZH_DOC_VERB_RE = re.compile(r"(?:起草|印发|出台|制定|制发|颁布|发布|修订|编制|编写|出版|审议通过|下发)了?(?:什么|哪(?:一|个|些|部|份|项))(?:[？?呢]|$)")

# a founding verb with a bare question word (设立了什么, 成立了哪个): the body founded; in a report, the name
# right after the verb (联合某委员会设立某某服务中心)
_FOUNDING = r"(?:设立|成立|组建|建立|创建|创设|开设|挂牌成立)"
_ZH_FOUNDED_Q_RE = re.compile(rf"{_FOUNDING}了?(?:什么|哪(?:一|个|家))(?:机构|组织|平台)?(?:[？?呢]|$)")
_FOUNDING_RE = re.compile(rf"{_FOUNDING}了?")


@dataclass(frozen=True)
class Entity:
    kind: str  # "title" | "org" | "platform" | "media" | "work" | "slogan" | "scheme" | "field" | "docno" | "meeting" | "founded"
    head: str  # the asked noun as the question writes it (folded; English lower case)
    ends: tuple[str, ...]  # endings the answer's own head must have; () = any of the kind


def _zh_entity(head: str) -> Entity:
    from .list_items import DOC_CLASSES

    if head in DOC_CLASSES:  # 哪部地方性法规: a 《…条例》 answers it, the genre's titles seldom end in 法规
        return Entity("title", head, DOC_CLASSES[head])
    if head in _TITLE_TYPES:
        return Entity("title", head, (head,))
    if head in _TITLE_ANY:
        return Entity("title", head, ())
    if head in _ORG_SPECIFIC:
        return Entity("org", head, _ORG_SPECIFIC[head])
    if head in _ORG_ANY:
        return Entity("org", head, ())
    if head in _MEDIA:
        return Entity("media", head, ())
    if head in _WORKS:
        return Entity("work", head, _STAGE_WORKS if head in _STAGE_WORKS else (head,))
    if head in SLOGANS:
        return Entity("slogan", head, ())
    if head in _THEMES:
        return Entity("slogan", head, (head,))
    if head in _MEETINGS:
        return Entity("meeting", head, _MEETINGS[head])
    group = next((g for g in _PLATFORM_GROUPS if head in g), ())
    return Entity("platform", head, tuple(dict.fromkeys((head, *group))))


# a document number: asked as 文号 / 发文字号, "document number"; written 某政办函〔2016〕50号, 某发[2020]5号 (folded)
DOCNO_Q_RE = re.compile(r"(?:发文)?字号|发文编号|文件编号|文号|\b(?:document|file|reference|issuance|serial) (?:number|no\b)",
                        re.IGNORECASE)
DOCNO_RE = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*(?:第\s*)?\d{1,5}\s*号")
# a question naming a document other than the report (《…》, 某某意见, the opinions on …): its number is that document's
OTHER_DOC_Q_RE = re.compile("《|" + "|".join(_TITLE_TYPES) + r"|\b(?:opinions?|plans?|programmes?|programs?|regulations?|rules|"
                            r"measures|notices?|circulars?|decisions?|outlines?|guidelines?|points|lists?|catalogues?|standards?|"
                            r"guides?)\b", re.IGNORECASE)


def asked_entity(question: str) -> Entity | None:
    """The kind of entity the question's head noun asks for, None when it asks for none of the table's."""
    q = fold(question)
    if DOCNO_Q_RE.search(q):  # the document number of 《某某意见》: not the title
        return Entity("docno", "文号", ())
    m = _ZH_ABOUT_RE.search(q) or _ZH_ASK_RE.search(q) or _ZH_NAMED_RE.search(q)
    if m is not None:
        return _zh_entity(m.group("head"))
    if _ZH_DOC_VERB_RE.search(q) or EN_DOC_VERB_RE.search(question):  # 起草了什么: a document
        return Entity("title", "", ())
    if _ZH_FOUNDED_Q_RE.search(q) or EN_FOUNDED_RE.search(question):  # 设立了什么: the body founded
        return Entity("founded", "", ())
    found = english_entity(question)
    return Entity(*found) if found is not None else None


_TITLE_RE = re.compile(r"《([^《》\n]{2,60})》")
_QUOTED_RE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,30})[”\"」』]")
_COLON_PHRASE_RE = re.compile(r"[：:]\s*([^：:；;。！!？?\n“”\"]{4,48}?)\s*(?=[；;。！!？?\n]|$)")
_SLOGAN_RE = re.compile(r"[“\"「『]([^“”\"「」『』\n]{4,48})[”\"」』]")  # a slogan is often two or three clauses
_TRAILING_PERIOD_RE = re.compile(r"[(（][^()（）]{0,20}[)）]$")  # 《…纲要(2021—2025年)》: the type before the period


def _title_head_ok(inner: str, ends: tuple[str, ...]) -> bool:
    inner = _TRAILING_PERIOD_RE.sub("", inner)
    return not ends or inner.endswith(ends)


def entity_spans(entity: Entity, sentence: str) -> list[Span]:
    """(start, end, "") of the spans of ``sentence`` that are an entity of the asked kind, with the
    asked head (:attr:`Entity.ends`)."""
    from .figures import org_spans

    s = fold_chars(sentence)
    if entity.kind == "docno":
        return [(m.start(), m.end(), "") for m in DOCNO_RE.finditer(s)]
    if entity.kind == "media":
        from .names import media_spans

        return media_spans(sentence)
    if entity.kind == "title":
        return [(m.start(), m.end(), "") for m in _TITLE_RE.finditer(s)
                if _title_head_ok(fold(m.group(1)), entity.ends) or _names_head(s, m.end(), entity.ends)]
    if entity.kind == "org":
        found = [sp for sp in org_spans(sentence) if not entity.ends or fold(s[sp[0]:sp[1]]).endswith(entity.ends)
                 and fold(s[sp[0]:sp[1]]) not in entity.ends]  # the bare kind word (派出所) names no body
        stations = station_spans(s, entity.ends) if entity.ends and set(entity.ends) <= set(_STATIONS) else []
        return stations + [sp for sp in found if not any(a <= sp[0] and sp[1] <= b for a, b, _ in stations)]
    if entity.kind == "founded":  # from the founding verb's end to the end of the body's name in its clause
        orgs = org_spans(sentence)
        return [(v.end(), b, "") for v in _FOUNDING_RE.finditer(s) for a, b, _ in orgs
                if v.end() <= a and a - v.end() <= HEAD_REACH and not re.search(r"[，,。；;、：:]", s[v.end():a])][:1]
    if entity.kind == "slogan":  # a quoted phrase of a few words, or one a colon introduces (总要求：…); the terms choose
        quoted = [(m.start(), m.end(), "") for m in _SLOGAN_RE.finditer(s)]
        if entity.ends:  # a theme: the quote bound to the word (“某某”主题, 主题为“某某”), when one is
            # the word itself right after the quote, ending its phrase (“某某”主题, not “某某”主题活动: a named activity)
            bound = [sp for sp in quoted if any(re.match(re.escape(h) + _ONE_CHAR_END, s[sp[1]:]) for h in entity.ends)
                     or _BOUND_BEFORE_RE.search(s, 0, sp[0]) and any(h in s[max(0, sp[0] - 8):sp[0]] for h in entity.ends)]
            quoted = bound or quoted
        return quoted or [(m.start(1), m.end(1), "") for m in _COLON_PHRASE_RE.finditer(s)]
    if entity.kind == "meeting":  # the phrase ending in the meeting noun (在某某委员会第三次会议上)
        return _meeting_phrases(s, entity.ends)
    quoted = [(m.start(), m.end(), "") for m in _QUOTED_RE.finditer(s)]
    if entity.kind == "work":  # the title the asked work carries (宣传片《某某》, 《某某》微电影), else any title
        named = [(m.start(), m.end(), "") for m in _TITLE_RE.finditer(s)] + quoted
        heads = entity.ends or _WORKS
        return [sp for sp in named if _named_after(s, sp[0], heads) or s.startswith(heads, sp[1])] or named
    # a platform or a scheme: the asked noun itself first (APP“某某通”), then its group's words (“某某”平台)
    asked = entity.ends[:1]
    # a column or programme is titled 《》 (栏目《某某》, 《某某》节目): a title bound to the asked noun, right before or after it
    titled = [(m.start(), m.end(), "") for m in _TITLE_RE.finditer(s)]
    for heads in (asked, entity.ends):
        named = [sp for sp in quoted if _names_head(s, sp[1], heads) or _named_after(s, sp[0], heads)] \
            + [sp for sp in titled if _named_after(s, sp[0], heads) or s.startswith(heads, sp[1])]
        if named:
            return named
        if entity.kind in ("scheme", "field") and (phrases := _head_phrases(s, heads)):  # 健全跟踪落实机制 before “某某”制度
            return phrases
    launched = [sp for sp in quoted if _LAUNCHED_AFTER_RE.match(s, sp[1]) or _LAUNCHED_BEFORE_RE.search(s, 0, sp[0])]
    return launched or quoted or _head_phrases(s, entity.ends) or _launched_phrases(s)


# a grass-roots station named by its place (某某街道派出所, 某某镇司法所, 某某人民法庭): the place's name runs back from the
# station word to a clause mark, a function word or the end of a body or a county-level place before it (某区人民法院某某人民法庭)
_STATION_NAME_RE = re.compile(r"(?:[^，,；;。：:、“”\"（()）\s\d的在和与及对把将为于向被由其中]|(?<!其)中){2,8}?$")
_STATION_CUT_RE = re.compile(r".*(?:院|局|区|县|市|委|处|所|庭)")


def station_spans(s: str, ends: tuple[str, ...]) -> list[Span]:
    """(start, end, "") of stations named by their place: ``某区人民法院大某营人民法庭`` -> ``大某营人民法庭``."""
    out = []
    for m in re.finditer("|".join(f"(?:人民)?{re.escape(e)}" if e == "法庭" else re.escape(e) for e in ends), s):
        lo = max(0, m.start() - 8)
        name = _STATION_NAME_RE.search(s, lo, m.start())
        if name is None:
            continue
        from .span_finders import after_lead_verb

        cut = _STATION_CUT_RE.match(s, name.start(), m.start())
        a = after_lead_verb(s, cut.end() if cut else name.start(), m.start())  # 推进派出所规范化: no name
        if m.start() - a >= 2:
            out.append((a, m.end(), ""))
    return out


# a system going into service: “某某电子税务局”正式上线, 开通“某某”: a platform whatever its name ends with
_LAUNCH = r"(?:上线|开通|启用|投入使用|投入运行|运行|建成|推出)"
_LAUNCHED_AFTER_RE = re.compile(rf"[^，,；;。“”\"]{{0,16}}?{_LAUNCH}")  # within its clause
_LAUNCHED_BEFORE_RE = re.compile(rf"{_LAUNCH}(?:了)?$")
# an unquoted name as the subject of going into service: (10月份)某某电子税务局(正式)上线
_LAUNCHED_SUBJECT_RE = re.compile(r"(?:^|(?<=[，,；;。：:]))(?:\d{1,2}月份?|\d{4}年\d{0,2}月?份?|年初|年底|年内|同年)?"
                                  r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{3,20}?)(?:于[^，,；;。]{1,10})?(?:正式|全面|顺利|成功)?"
                                  r"(?:上线|开通|启用|投入使用|投入运行)")


def _launched_phrases(s: str) -> list[Span]:
    """A clause's unquoted subject that goes into service (``某某电子税务局正式上线``)."""
    return [(m.start("name"), m.end("name"), "") for m in _LAUNCHED_SUBJECT_RE.finditer(s)]


_BOUND_BEFORE_RE = re.compile(r"(?:为|是|：|:)$")  # 主题为“某某”: the word, then the quote
HEAD_REACH = 8  # characters between a quoted name and the asked noun it names (“某某”法治文化阵地)


def _named_after(s: str, start: int, heads: tuple[str, ...]) -> bool:
    """Does the asked noun stand right before the quote at ``start`` (APP“某某通”, 平台“某某”)?"""
    return any(h and s[max(0, start - len(h)):start] == h for h in heads)


def _names_head(s: str, end: int, ends: tuple[str, ...]) -> bool:
    """Does the asked noun follow the quote at ``end`` within its clause (“某某”微信公众号)?"""
    tail = re.split(r"[，,；;。：:！!？?“”\"「」]", s[end:end + HEAD_REACH], maxsplit=1)[0]
    return any(h in tail for h in ends)


# a phrase starts after a clause mark, a title's bracket or a function word (通过, 依托, 借助 whole: 交通 is no 通过)
_PHRASE_STOP_RE = re.compile(r"[，,；;。：:、！!？?（(）)\s“”\"「」《》]|(?<=[了对在把将为于向用的])|(?<=通过|依托|借助)")


# a meeting's name runs back to its clause, 在 or 的 (依, 于, 为 are words of names: 依法治国委员会); the verbs
# of studying and carrying out (深入学习贯彻落实) are no part of it
_MEETING_STOP_RE = re.compile(r"[，,；;。：:、！!？?（(）)\s“”\"「」]|(?<=[在了的])")
_MEETING_LEAD_RE = re.compile(r"(?:(?:深入|认真|全面|持续|坚决)?(?:学习|贯彻|落实|传达|领会|宣传|宣讲|践行))+")


def _meeting_phrases(s: str, ends: tuple[str, ...]) -> list[Span]:
    """Phrases ending in a meeting noun (``区委十三届五次全会``, ``某某委员会第三次会议``): back to a
    clause mark, 在 or 的 and past the verbs of carrying it out, at least 2 characters before the noun."""
    out = []
    for m in re.finditer("|".join(re.escape(h) for h in sorted(ends, key=len, reverse=True)), s):
        lo = max(0, m.start() - PHRASE_REACH)
        a = max([lo, *(x.end() for x in _MEETING_STOP_RE.finditer(s, lo, m.start()))])
        lead = _MEETING_LEAD_RE.match(s, a, m.start())
        a = lead.end() if lead else a
        if m.start() - a >= 2:
            out.append((a, m.end(), ""))
    return out


_ONE_CHAR_END = r"(?=[，,。；;、：:的和与及）)”\"」！!？?]|$)"
PHRASE_REACH = 20  # characters a named platform may reach back (自治区法治政府建设智能化一体平台)


def _head_phrases(s: str, ends: tuple[str, ...]) -> list[Span]:
    """Phrases ending in a platform word (``法治宣传教育平台``): back to a function word, at least 2
    characters before the head."""
    from .span_finders import after_lead_verb

    out = []
    for head in ends:  # a one-character head (网) ends a phrase only where the phrase ends (not 网上办税)
        for m in re.finditer(re.escape(head) + ("" if len(head) > 1 else _ONE_CHAR_END), s):
            lo = max(0, m.start() - PHRASE_REACH)
            a = max([lo, *(x.end() for x in _PHRASE_STOP_RE.finditer(s, lo, m.start()))])
            a = after_lead_verb(s, a, m.start())  # 三是推进政务热线: 政务热线
            if m.start() - a >= 2:
                out.append((a, m.end(), ""))
    return out
