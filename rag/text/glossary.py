"""English words of rule-of-law reports mapped to the Chinese terms the reports use.

Offline, an English question can only be matched against Chinese report text
through such a table: the extractive answerer and the support score use it.  The
entries are the genre's standard vocabulary (any 法治政府建设年度报告), not
phrases of particular reports.  Longer phrases are matched first; a hyphen and a space
are the same (``rule-of-law`` is ``rule of law``).  A Chinese term may list the
genre's alternatives ``|``-joined (``评估|考核``): the term is stated by any of them
(:func:`alternatives`).

>>> english_terms("What was the administrative reconsideration correction rate in 2021?")
('行政复议', '纠错率')
"""
from __future__ import annotations

import functools
from . import lazy_re as re
from collections.abc import Callable

from ..text.normalize import fold_width
from .en_lexicon import lexicon_terms

GLOSSARY: dict[str, tuple[str, ...]] = {
    "administrative reconsideration": ("行政复议",),
    "reconsideration": ("复议",),
    "correction rate": ("纠错率",),
    "error correction": ("纠错",),
    "corrected": ("纠错",),
    # how a reconsideration is decided (维持19件、撤销2件、确认违法1件、驳回3件、责令履行3件): irregular forms the lexicon lacks
    "upheld": ("维持",), "uphold": ("维持",), "upholding": ("维持",), "revoked": ("撤销",), "annulled": ("撤销|废止",),
    "confirmed illegal": ("确认违法",), "confirmed as illegal": ("确认违法",), "confirmed unlawful": ("确认违法",),
    "ordered to perform": ("责令履行",),
    # a government's own level (市本级 = 市一级 = 市级, not 全市: rag.answer.terms.LEVEL_FORMS)
    "city level": ("市本级",), "municipal level": ("市本级",),
    "county level": ("县本级",), "district level": ("区本级",), "provincial level": ("省本级",),
    "administrative litigation": ("行政诉讼",),
    "litigation": ("诉讼",),
    "lawsuit": ("诉讼",),
    "responding to lawsuits": ("应诉",),
    "court appearance rate": ("出庭应诉率",),
    "appearance rate": ("出庭",),
    "appear in court": ("出庭",),
    "appeared in court": ("出庭",),
    "court": ("法院",),
    "law enforcement": ("执法",),
    "administrative enforcement": ("行政执法",),
    "enforcement": ("执法",),
    "normative documents": ("规范性文件",),
    "normative document": ("规范性文件",),
    "legality review": ("合法性审核",),
    "legal review": ("合法性审核",),
    "major administrative decisions": ("重大行政决策",),
    "major decisions": ("重大行政决策",),
    "decision-making": ("决策",),
    "legal adviser": ("法律顾问",),
    "legal advisers": ("法律顾问",),
    "legal advisor": ("法律顾问",),
    "legal advisors": ("法律顾问",),
    "legal aid": ("法律援助",),
    "legal services": ("法律服务",),
    "public legal services": ("公共法律服务",),
    "mediation": ("调解",),
    "mediated": ("调解",),
    "success rate": ("成功率",),
    "disputes": ("纠纷",),
    "administrative disputes": ("行政争议",),
    "administrative dispute": ("行政争议",),
    "major projects": ("重大项目",),
    "major project": ("重大项目",),
    "in parallel": ("并联",),
    "parallel approval": ("并联审批",),
    "construction permits": ("许可",),  # 施工许可 / 开工许可证: the reports name the permit either way
    "construction permit": ("许可",),
    "separating operating permits from business licences": ("证照分离",),
    "separating operating permits from business licenses": ("证照分离",),
    "separating permits from licences": ("证照分离",),
    "separating permits from licenses": ("证照分离",),
    "full coverage": ("全覆盖",),
    "full-coverage": ("全覆盖",),
    "applications processed": ("办件",),
    "applications were processed": ("办件",),
    "third-party assessment": ("第三方评估",),
    "third party assessment": ("第三方评估",),
    "how long": (), "take": (), "took": (), "taken": (),  # a duration is asked (rag.answer.qtypes), not 多头
    "rank": (), "ranked": (), "ranking": (),  # asks for an ordinal (第N名), not a word of the passage
    "dispute": ("纠纷",),
    "petitions": ("信访",),
    "petition": ("信访",),
    "letters and visits": ("信访",),
    "legal publicity": ("普法",),
    "law popularization": ("普法",),
    "training": ("培训",),
    "trained": ("培训",),
    "study sessions": ("学法",),
    "meetings": ("会议",),
    "meeting": ("会议",),
    "mayor": ("市长",),
    "governor": ("省长",),  # of a province (the lexicon's 州长/总督 are other offices)
    "county head": ("县长",),
    "county chief": ("县长",),
    "county magistrate": ("县长",),
    "district head": ("区长",),
    "district chief": ("区长",),
    "party secretary": ("书记",),
    "deputy secretary": ("副书记",), "deputy party secretary": ("副书记",),
    "chaired": ("主持",),
    "chair": ("主持",),
    "presided": ("主持",),
    "cases": ("案件",),
    "accept": ("受理",),
    "accepted": ("受理",),
    "received": ("收到",),
    "handled": ("受理", "办理"),
    "handle": ("受理", "办理"),
    "concluded": ("办结",),
    "issued": ("印发",),
    "issue": ("印发",),
    "case": ("案件",),
    "case files": ("案卷",),
    "inspection": ("检查",),
    "inspections": ("检查",),
    "government inspection": ("督察|督查",), "government inspections": ("督察|督查",),  # 法治政府建设督察
    "briefing": ("汇报会|通报会",), "briefings": ("汇报会|通报会",),
    "supervision": ("监督",),
    "administrative licensing": ("行政许可",),
    "licensing": ("许可",),
    "licenses": ("许可",),
    "licences": ("许可",),  # British spelling
    "approval": ("审批",),
    "approvals": ("审批",),
    "administrative penalties": ("行政处罚",),
    "penalties": ("处罚",),
    "penalty": ("处罚",),
    "fines": ("罚款",),
    "business environment": ("营商环境",),
    "government services": ("政务服务",),
    "online": ("网上",),
    # the service reforms named by how often a citizen must go (最多跑一次, 一次不跑): a trip is a 跑, not 旅游
    "at most one trip": ("最多跑一次",), "one trip at most": ("最多跑一次",), "run at most once": ("最多跑一次",),
    "at most one visit": ("最多跑一次",), "zero trips": ("一次不跑|零跑腿|不见面",), "no trips": ("一次不跑|零跑腿|不见面",),
    # a system or platform going into service: 正式上线 (the dictionary's "live" is 生活, another sense)
    "went live": ("上线",), "go live": ("上线",), "goes live": ("上线",), "gone live": ("上线",), "going live": ("上线",),
    "tax": ("税务|税收|纳税|办税",),  # 电子税务局, 纳税服务, 办税大厅
    # the party committee's theory study group (理论学习中心组) and its lectures (专题辅导)
    "theory study group": ("理论学习中心组|中心组",), "theoretical study group": ("理论学习中心组|中心组",),
    "study group": ("中心组|学习组",), "guidance lecture": ("专题辅导|辅导",), "tutorial": ("辅导",),
    "put into use": ("启用|投入使用",), "put into service": ("启用|投入使用|投入运行",),
    "put into operation": ("投入运行|投入使用|运行",),
    # work organised around a requirement or goal: 围绕“…”的总要求 (the dictionary's "revolve" is 运转)
    "revolve around": ("围绕",), "revolved around": ("围绕",), "revolves around": ("围绕",), "revolving around": ("围绕",),
    "centred on": ("围绕",), "centered on": ("围绕",), "centred around": ("围绕",), "centered around": ("围绕",),
    "certificates": ("证明",),
    "certificate": ("证件|证书|证明",),  # an enforcement certificate is a 执法证件; a training one a 证书
    "certification": ("证明|认证|认定",),  # 证明事项, 资格认定, 认证
    "credit": ("信用",),
    "rule of law": ("法治",),
    "law-based government": ("法治政府",),
    "administration according to law": ("依法行政",),
    "administration in accordance with law": ("依法行政",),
    "administration in accordance with the law": ("依法行政",),
    "administering according to law": ("依法行政",),
    "law-based administration": ("依法行政",),
    "problems": ("问题",),
    "shortcomings": ("不足",),
    "measures": ("措施",),
    "regulations": ("规章",),
    "local regulations": ("地方性法规",),  # written as 《…条例》 titles (rag.answer.terms.LEVEL_FORMS)
    "party regulations": ("党内法规",), "intra-party regulations": ("党内法规",), "inner-party regulations": ("党内法规",),
    "state laws": ("国家法律",), "national laws": ("国家法律",),
    "must know": ("应知应会",), "should know": ("应知应会",),  # 应知应会法律法规清单: what officials must know
    "government rules": ("政府规章",),
    "legislation": ("立法",),
    "local legislation": ("地方立法",),
    "hotline": ("热线",),
    "enterprises": ("企业",),
    "enterprise": ("企业",),
    "fully": ("全面|完全|充分",),  # 全面推行, 完全开放 (the dictionary's 充分|全力 only)
    "the public": ("社会|公众|群众",),  # 向社会公开, 公众参与, 群众满意度
    "database": ("数据库|库",),  # the genre's X库: 专家库, 案例库, 名称库
    "databases": ("数据库|库",),
    "companies": ("企业",),
    "market entities": ("市场主体",),
    "satisfaction": ("满意",),
    "gdp": ("生产总值",),
    "budget": ("预算",),
    "population": ("人口",),
    "first responsible person": ("第一责任人",),
    "inspectors": ("督察",),
    # government information disclosure, services and platforms
    "government information": ("政府信息",),
    "information disclosure": ("信息公开",),
    "disclosure": ("公开",),
    "users": ("用户",),
    "platform": ("平台",),
    "completion rate": ("办结率|完成率",),
    "case-completion rate": ("办结率",),
    "items": ("事项",),
    "approval items": ("审批事项",),
    "intermediary service": ("中介服务",),
    "intermediary services": ("中介服务",),
    "kept": ("保留",),
    "cancelled": ("取消",),
    "canceled": ("取消",),
    "abolished": ("取消|废止",),
    "retained": ("保留",),
    "promotional film": ("宣传片",),
    "promotional video": ("宣传片|宣传视频",),
    "micro film": ("微电影",),
    "short video": ("短视频",),
    "commonly handled": ("常办|高频",),  # 常办事项 / 高频事项: the items most often applied for
    "frequently handled": ("常办|高频",),
    "time limit": ("时限",),
    "time limits": ("时限",),
    "approval time limit": ("审批时限",),
    "in the country": ("全国",),
    "nationwide": ("全国",),
    "inspection team": ("督察组|检查组|督导组|巡视组",),
    "on-site inspection": ("实地督察|实地检查|现场检查|实地督导",),
    "administrative approval": ("行政审批",),
    "intermediary services": ("中介服务",),
    "intermediary service": ("中介服务",),
    "intermediary": ("中介",),
    "cancelled": ("取消",),
    "canceled": ("取消",),
    "abolished": ("取消",),
    "retained": ("保留",),
    "kept": ("保留",),
    "certificates and licenses": ("证照",),
    # people, bodies and events
    "lecture": ("讲座",),
    "lectures": ("讲座",),
    "study session": ("学习",),
    "party committee": ("党委",),
    "standing committee": ("常委会",),
    "people's congress": ("人大",),
    "legislative": ("立法",),
    "reduced": ("减少",),
    "reduce": ("减少",),
    "hearing": ("听证",),
    "hearings": ("听证",),
    "finished hearing": ("审结",),  # a case heard to its end
    "finish hearing": ("审结",),
    "certified": ("持证",),
    "law-enforcement officers": ("执法人员",),
    "law enforcement officers": ("执法人员",),
    "officers": ("人员",),
    "personnel": ("人员",),
    "agencies": ("机构",),
    "institutions": ("机构",),
    "comprehensive administrative law-enforcement": ("综合行政执法",),
    "comprehensive law enforcement": ("综合执法",),
    "civil code": ("民法典",),
    "constitution": ("宪法",),
    "administrative villages": ("行政村",),
    "administrative village": ("行政村",),
    "villages": ("村",),
    "village": ("村",),
    "communities": ("社区",),
    "new": ("新增",),
    "added": ("新增",),
    "satisfaction rate": ("满意率",),
    "opinions": ("意见",),
    "review opinions": ("审核意见",),
    "work points": ("工作要点",),  # a document type of the genre: 某某年度工作要点
    "key points": ("要点",),
    "work arrangement": ("工作安排",),
    "backlog": ("积案",),
    "overdue": ("积案",),
    "resolved": ("化解",),
    "smart": ("智慧",),
    "pilot": ("试点",),
    "demonstration": ("示范",),
    "accountability": ("问责",),
    "assessment": ("考核|评估",),  # 绩效考核 and 法治政府评估 are both "assessment"
    "performance assessment": ("绩效考核",),
    "performance evaluation": ("绩效考核",),
    "evaluation": ("评估",),  # 法治政府评估; a case-file review is 评查
    "case file evaluation": ("案卷评查",),
    "case-file evaluation": ("案卷评查",),
    "case file review": ("案卷评查",),
    "case-file review": ("案卷评查",),
    "pass rate": ("合格率",),
    "report on law": ("述法",),
    "reported on law": ("述法",),
    "year-end": ("年终",),
    "epidemic": ("疫情",),
    "epidemic prevention": ("疫情防控",),
    "headquarters": ("指挥部",),
    "commander-in-chief": ("总指挥",),
    "chief commander": ("总指挥",),
    "leading group": ("领导小组",),
    "group leader": ("组长",),
    "covid": ("疫情",),
    "social credit": ("社会信用",),
    "mediators": ("调解员",),
    "mediation committees": ("调解委员会",),
    # genre vocabulary of any 法治政府建设年度报告 (not phrases of particular reports)
    "administrative law enforcement": ("行政执法",),
    "three systems": ("三项制度",),
    "power list": ("权责清单|权力清单",),  # the genre writes both
    "list of powers": ("权责清单|权力清单",),
    # devolving powers to a lower level: 向乡镇下放审批事项, 赋予某镇县级管理权限, 承接赋权事项
    "devolve": ("下放|赋予|赋权",),
    "devolved": ("下放|赋予|赋权",),
    "devolving": ("下放|赋予|赋权",),
    "devolution": ("下放|赋予|赋权",),
    "decentralized": ("下放|赋予|赋权",),
    "decentralised": ("下放|赋予|赋权",),
    "downward": ("下放|赋予|赋权",),  # powers delegated downward: the same act
    "downwards": ("下放|赋予|赋权",),
    "delegate": ("下放|赋予|赋权",),
    "delegated": ("下放|赋予|赋权",),
    "delegating": ("下放|赋予|赋权",),
    "streamline administration delegate power improve services": ("放管服",),  # the reform's slogan
    "delegate power streamline regulation and optimize services": ("放管服",),
    "delegate powers streamline regulation and optimize services": ("放管服",),
    "powers": ("权限|权力|事项",),
    "legal consultation": ("法律咨询",),
    "grassroots": ("基层",),
    "township": ("乡镇",),
    "townships": ("乡镇",),
    "leading cadres": ("领导干部",),
    "officials": ("干部",),
    "draft": ("草案",),
    "fair competition review": ("公平竞争审查",),
    "public interest litigation": ("公益诉讼",),
    "administrative adjudication": ("行政裁决",),
    "reporting on the rule of law": ("述法",),
    "report on the rule of law": ("述法",),
    "reports on the rule of law": ("述法",),  # the head verb inflected: only the last word takes a plural
    "reported on the rule of law": ("述法",),
    "reports on law": ("述法",),
    "rule-of-law reporting": ("述法",),
    "public rule-of-law report": ("述法",),  # 公开述法: a leader's report made in public, not the annual report
    "rule-of-law inspection": ("法治督察",),
    "demonstration zone": ("示范区",),
    "pilot zone": ("试点",),
    "volunteers": ("志愿者",),
    "lawyers": ("律师",),
    "law firms": ("律师事务所",),
    "notary": ("公证",),
    "judicial office": ("司法所",),
    "justice bureau": ("司法局",),
    "emergency": ("应急",),
    "safety production": ("安全生产",),
    "work safety": ("安全生产",),
    "review": ("审查|审核|评审",),  # 合法性审查, 施工图审查
    "reviewed": ("审查|审核|评审",),
    "complex": ("复杂",),  # a complex case or project (the dictionary's 复合/情结 are other senses)
    "production safety": ("安全生产",),
    "hidden hazards": ("隐患",),
    "hidden dangers": ("隐患",),
    "potential hazards": ("隐患",),
    "hazards": ("隐患",),
    "ecological environment": ("生态环境",),
    "food safety": ("食品安全",),
    "market supervision": ("市场监管",),
    "traffic": ("交通",),
    "complaints": ("投诉",),
    "reports and complaints": ("举报投诉",),
    "standing meetings": ("常务会议",),
    "executive meetings": ("常务会议",),
    "study sessions on law": ("学法",),
    "law study": ("学法",),
    "third-party evaluation": ("第三方评估",),
    "third-party": ("第三方",),
    "publish": ("公布",),
    "published": ("公布",),
    "high-frequency": ("高频",),
    "rectification": ("整改",),
    "rectified": ("整改",),
    "rectify": ("整改",),
    "unrectified": ("整改",),
    "rectification tasks": ("整改任务",),
    "tasks": ("任务",),
    "agency heads": ("负责人",),
    "heads of administrative agencies": ("行政机关负责人",),
    "administrative agency heads": ("行政机关负责人",),
    "appearing in court": ("出庭",),
    "responding in court": ("出庭应诉",),
    "five-year plan": ("规划",),
    "14th five-year": ("十四五",),
    "13th five-year": ("十三五",),
    "governance capacity": ("治理能力",),
    "modernizing": ("现代化",),
    "modernization": ("现代化",),
    "cut": ("减少",),
    "centrally": ("集中",),
    "centralized": ("集中",),
    "campaign": ("行动",),
    "special campaign": ("专项行动",),
    "municipal party committee": ("市委",),
    "county party committee": ("县委",),
    "provincial party committee": ("省委",),
    "coverage": ("报道",),
    "in-depth coverage": ("深度报道",),
    "coverage rate": ("覆盖率",),
    "rule of law government": ("法治政府",),  # = law-based government
    "strengthen": ("加强|强化|增强",),
    "strengthened": ("加强|强化|增强",),
    "team up with": ("联合",),
    "teamed up with": ("联合",),
    "jointly": ("联合",),
    "join": ("加入|参加",),  # joined a platform, an alliance
    "joined": ("加入|参加",),
    "joins": ("加入|参加",),
    "cross-department": ("跨部门",),
    "cross-departmental": ("跨部门",),
    # government services handled across provinces (跨省通办) and across regions (跨区域)
    "cross-province": ("跨省",),
    "cross-provincial": ("跨省",),
    "inter-provincial": ("跨省",),
    "trans-provincial": ("跨省",),
    "special": ("专题|专项",),  # 专题学法, 专项行动
    "set out": ("明确|提出|细化|确定",),  # a plan sets out N tasks
    "sets out": ("明确|提出|细化|确定",),
    # bodies, batches and courses of the genre
    "institute": ("研究院|研究所|学院|学会",),
    "research institute": ("研究院|研究所",),
    "commission": ("委员会|委",),  # 教育委员会 / 教委
    "classes": ("课堂|课|培训班",),
    "class": ("课堂|课|培训班",),
    # claim words read by the yes/no cues (rag.answer.evidence), not content: consumed, no term
    "top": (),
    "first batch": (), "second batch": (), "third batch": (),  # an ordinal claim (第一批): the report may name another
    "among the first": (),
}

_PHRASES = sorted(GLOSSARY, key=len, reverse=True)
_PLURAL = r"(?:s|es)?"  # a phrase's last noun in the plural too: lawsuits = lawsuit
_PATTERNS = [(p, re.split(r"[\s-]+", p)[0],  # its first word: a text without it is not searched (_scan)
              re.compile(r"(?<![a-z])" + r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", p))) + _PLURAL + r"(?![a-z])"))
             for p in _PHRASES]  # a hyphen and a space are the same: rule-of-law = rule of law
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
ALT = "|"  # joins a term's alternatives: 评估|考核
_ASKED_TIME_RE = re.compile(r"\b(?:which|what|what exact)\s+(?:months?|dates?|days?|years?)\b")
# the part of a period a date names (by the end of 2019: 截至2019年底): part of the date, no term (end is not 结束)
_DATE_PART_RE = re.compile(r"\b(?:end|beginning|start|middle|close)\s+of\s+(?=(?:the\s+|that\s+|this\s+)?(?:(?:19|20)\d{2}|year|month|quarter"
                           r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)")


def alternatives(term: str) -> tuple[str, ...]:
    """The words that state ``term``: ``"评估|考核"`` -> ``('评估', '考核')``; a plain term is itself.

    >>> alternatives("评估|考核"), alternatives("纠错率")
    (('评估', '考核'), ('纠错率',))
    """
    return tuple(t for t in term.split(ALT) if t) if ALT in term else (term,)


@functools.lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """The glossary phrases in ``text`` (position, phrase), longest phrase first, and the text with
    them blanked out.  A phrase is searched only where its first word is in the text (a match
    starts with it), and a question's fragments are scanned once however many readers ask."""
    found: list[tuple[int, str]] = []
    for phrase, first, pat in _PATTERNS:
        if first not in text:
            continue
        for m in pat.finditer(text):
            found.append((m.start(), phrase))
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return tuple(found), text


def english_terms(question: str, known: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Chinese terms for the glossary phrases in ``question`` (longest phrase first), in order.
    Given ``known`` (is a Chinese word in the indexed reports?), the other content words are
    translated too, through the CC-CEDICT-derived lexicon (:mod:`rag.text.en_lexicon`)."""
    question = fold_width(question)
    text = " " + re.sub(r"[^a-z0-9+\- ]+", " ", question.lower()) + " "
    text = _DATE_PART_RE.sub(lambda m: " " * len(m.group(0)), _ASKED_TIME_RE.sub(lambda m: " " * len(m.group(0)), text))  # which month: no term
    found, text = _scan(text)
    found_zh = [(pos, t) for pos, phrase in found for t in GLOSSARY[phrase]]
    if known is not None:
        found_zh += lexicon_terms(text, known)
    out: dict[str, None] = {}
    for _, t in sorted(found_zh, key=lambda x: x[0]):
        out.setdefault(t, None)
    for acro in _ACRONYM_RE.findall(question):
        if acro.lower() not in GLOSSARY:
            out.setdefault(acro.lower(), None)
    return tuple(out)
