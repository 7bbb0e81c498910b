"""The glossary's service vocabulary: English words for the government services and platforms of rule-of-law
reports, the people, bodies and events they name, and how users word the genre's measures in plain English.

The rest of the work vocabulary (reviews and lawsuits, enforcement, rules and decisions, legal services) is
:data:`rag.text.glossary_work.WORK_TERMS`; :data:`rag.text.glossary.GLOSSARY` joins both with
:data:`rag.text.glossary_genre.GENRE_TERMS`.  Data only: an entry maps an English phrase to the Chinese terms
the reports use, alternatives ``|``-joined; an empty tuple consumes the phrase without a term.
"""
from __future__ import annotations

SERVICE_TERMS: dict[str, tuple[str, ...]] = {
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
    "abolished": ("取消",),
    "retained": ("保留",),
    "promotional film": ("宣传片",),
    "promotional video": ("宣传片|宣传视频",),
    "micro film": ("微电影",),
    "short video": ("短视频",),
    # the stage works of publicity (法治小品《某某》, 情景剧, 小戏, 相声): one kind, whichever word the report uses
    "comedy sketch": ("小品",), "sketch": ("小品",), "skit": ("小品|情景剧|短剧|小戏",), "crosstalk": ("相声",),
    "stage play": ("小戏|戏剧|话剧|情景剧|舞台剧",), "drama": ("戏剧|话剧|情景剧|短剧|小戏",), "opera": ("戏曲|戏剧|小戏",),
    "commonly handled": ("常办|高频",),  # 常办事项 / 高频事项: the items most often applied for
    "frequently handled": ("常办|高频",),
    "time limit": ("时限",),
    "time limits": ("时限",),
    "approval time limit": ("审批时限|办理时限",),  # an approval is also 办理 (办理时限)
    "in the country": ("全国",),
    "nationwide": ("全国",),
    "inspection team": ("督察组|检查组|督导组|巡视组",),
    "on-site inspection": ("实地督察|实地检查|现场检查|实地督导",),
    "administrative approval": ("行政审批",),
    "intermediary": ("中介",),
    "certificates and licenses": ("证照",),
    # people, bodies and events
    "lecture": ("讲座",),
    "lectures": ("讲座",),
    "study session": ("学习",),
    "party committee": ("党委",),
    "standing committee": ("常委会",),
    "people's congress": ("人大",),
    "legislative": ("立法",),
    "reduced": ("减少|减轻|降低|下降",),
    "reduce": ("减少|减轻|降低|下降",),
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
    # businesses back at work after an epidemic's shutdown (复工复产): restart / resume / return to work or production
    "restart work": ("复工复产",), "resume work": ("复工复产",), "return to work": ("复工复产",), "resumption of work": ("复工复产",),
    "restart production": ("复工复产",), "resume production": ("复工复产",), "resumption of production": ("复工复产",),
    "reopen": ("复工复产",), "reopening": ("复工复产",),
    "social credit": ("社会信用",),
    "mediators": ("调解员",),
    "mediation committees": ("调解委员会",),
    # a single rule (which regulation did X revise: a 《…条例》 or 《…规定》); market regulation: below
    "regulation": ("条例|规章|法规|规定",),
    # the national departments that report in the genre, by their usual English names
    "ministry of justice": ("司法部",),
    # meetings held by telephone and video link, and the reform of cutting red tape (简政放权, 放管服)
    "teleconference": ("电视电话会议",),
    "video conference": ("视频会议",),
    "videoconference": ("视频会议",),
    "red tape": ("放管服|简政放权",),
    # an honour: the genre writes it as 获评X / 荣获X / 被评为X, with or without 称号 (rag.answer.honours)
    "honour": ("称号|荣誉|获评|荣获|评为|授予",), "honor": ("称号|荣誉|获评|荣获|评为|授予",),
    "accolade": ("称号|荣誉|获评|荣获|评为|授予",),
    "minister of justice": ("司法部", "部长"),  # 司法部部长: the department (scope) and the title
    # a year's work plan: the genre's 工作要点 (work points), 工作计划, 工作方案, 工作安排
    "work plan": ("工作要点|工作计划|工作方案|工作安排",),
    # how the genre's standing phrases are put in English: 科学民主依法立法/决策, 行政权力 under 监督
    "oversight": ("监督",), "oversee": ("监督",), "oversaw": ("监督",), "overseen": ("监督",),
    "lawmaking": ("立法",), "law-making": ("立法",),
    "democratic": ("民主",), "scientific": ("科学",), "science-based": ("科学",), "evidence-based": ("科学",),
    "law-based": ("依法",),
    # 重点领域, 轻微违法行为免罚: how the genre's routine words are put in English (clean up: glossary_genre)
    "areas": ("领域|地区|区域",), "key areas": ("重点领域",),
    # a field of work, by its English names (policy area, sector, domain): 领域 / 行业, no 政策 of its own
    "policy areas": ("领域",), "policy area": ("领域",), "policy fields": ("领域",), "policy field": ("领域",),
    "sectors": ("领域|行业",), "sector by sector": ("领域",), "sector-by-sector": ("领域",),
    "key fields": ("重点领域",), "key field": ("重点领域",), "priority areas": ("重点领域",), "priority fields": ("重点领域",),  # areas of work (领域) or places (地区, 区域)
    "rural areas": ("农村|乡村",), "urban areas": ("城区|城市",),
    "minor violations": ("轻微违法",), "minor violation": ("轻微违法",), "minor offences": ("轻微违法",),
    "minor offenses": ("轻微违法",),
    "fine": ("罚款",), "fined": ("罚款",), "fining": ("罚款",),
    # a rule in force (施行 / 实施 / 生效) and the genre's 饮用水水源 protection
    # (实施 stays: 颁布实施 says a rule is in force, though 实施方案 / 组织实施 do not)
    "take effect": ("施行|实施|生效",), "takes effect": ("施行|实施|生效",), "taken effect": ("施行|实施|生效",),
    "took effect": ("施行|实施|生效",), "came into force": ("施行|实施|生效",), "come into force": ("施行|实施|生效",),
    "drinking water": ("饮用水",), "water source": ("水源",), "drinking water source": ("饮用水", "水源"),
    # how a user says the genre's measures in ordinary English (paraphrase pp-002/003/018/022)
    "show up in court": ("出庭",), "showed up in court": ("出庭",), "shown up in court": ("出庭",),
    "attend court": ("出庭",), "attended court": ("出庭",), "court appearance": ("出庭",),
    "appear before the court": ("出庭",), "appeared before the court": ("出庭",),
    "turn up in court": ("出庭",), "turn up at court": ("出庭",), "present in court": ("出庭",),
    "in court in person": ("出庭",), "go before the court": ("出庭",),
    "agency head": ("负责人",), "head of the agency": ("负责人",), "heads of agencies": ("负责人",),
    "across provinces": ("跨省",), "across regions": ("跨区域|跨地区",), "across departments": ("跨部门",),
    "sign": ("签署|签订|签约",), "signed": ("签署|签订|签约",), "signing": ("签署|签订|签约",),
    "agreement": ("协议",), "cooperation agreement": ("合作协议|协议",),
    "performance review": ("绩效考核",), "performance appraisal": ("绩效考核",), "performance rating": ("绩效考核",),
    "years running": ("连续",), "in a row": ("连续",), "consecutive": ("连续",), "consecutively": ("连续",),
    "straight years": ("连续",), "successive years": ("连续",),
    "public lawyer": ("公职律师",), "government lawyer": ("公职律师",), "in-house government lawyer": ("公职律师",),
    # the genre's three kinds of lawyer: a government body's own (公职律师), a company's (公司律师), one in private
    # practice at a law firm (执业律师 / 社会律师)
    "public-sector lawyer": ("公职律师",), "public-service lawyer": ("公职律师",), "civil-service lawyer": ("公职律师",),
    "staff lawyer": ("公职律师",), "corporate lawyer": ("公司律师",), "company lawyer": ("公司律师",),
    "in-house lawyer": ("公司律师|公职律师",), "practising lawyer": ("执业律师|社会律师",),
    "practicing lawyer": ("执业律师|社会律师",), "private lawyer": ("执业律师|社会律师",),
    "licensed lawyer": ("执业律师",),
    "market regulation": ("市场监管|市场监督管理",),
    "market regulation bureau": ("市场监管局|市场监督管理局",), "administration for market regulation": ("市场监管局|市场监督管理局",),
    "market regulator": ("市场监管|市场监督管理",), "market regulators": ("市场监管|市场监督管理",),
    # a rule named for what it promotes: 《…促进条例》 / 《…促进办法》 (standardization, SMEs, tourism promotion)
    "promotion regulations": ("促进条例",), "promotion regulation": ("促进条例",), "promotion ordinance": ("促进条例",),
    "promotion measures": ("促进办法",), "promotion rules": ("促进办法|促进条例",),
    "into force": ("施行|生效|实施",),
    "into effect": ("施行|生效|实施",),
    "development plan": ("规划",), "overall plan": ("总体规划|规划",),
    # subjects the genre's local regulations (《…条例》) are written on: ordinary English for them
    "soil and water conservation": ("水土保持",), "water and soil conservation": ("水土保持",),
    "water resources": ("水资源",), "wetland protection": ("湿地保护",), "dog management": ("养犬管理",),
    "civilized behavior": ("文明行为",), "civilised behaviour": ("文明行为",), "historical and cultural": ("历史文化",),
    # more plain English for the genre's measures: businesses, benefits, hotlines, lists and exemptions
    "businesses": ("企业|市场主体|经营主体",), "benefit": ("惠及|受益|惠民",), "benefited": ("惠及|受益|惠民",),
    "benefiting": ("惠及|受益|惠民",), "benefitted": ("惠及|受益|惠民",),
    "permit-licence separation": ("证照分离",), "permit-license separation": ("证照分离",),
    "phone calls": ("电话|来电|话务",), "calls": ("电话|来电|话务",),
    "exempt from fines": ("免罚|免予处罚|不予处罚",), "exempt from penalties": ("免罚|免予处罚|不予处罚",),
    "exempt from punishment": ("免罚|免予处罚|不予处罚",), "without a fine": ("免罚|免予处罚|不予处罚",),
    "without a penalty": ("免罚|免予处罚|不予处罚",), "penalty exemption": ("免罚|免予处罚|不予处罚",),
    # a penalty waived or lessened (不予处罚 / 减轻处罚 清单), and a list or plan drawn up (制定, 编制; drew alone: 抽查)
    **dict.fromkeys(("waive", "waived", "waiver", "waivers", "waiving"), ("免罚|免予处罚|不予处罚",)),
    **dict.fromkeys(("reduced penalties", "reduced penalty", "lighter penalties", "lesser penalties", "mitigated penalties"),
                    ("减轻处罚|从轻处罚",)),
    **dict.fromkeys(("draw up", "drew up", "drawn up", "drawing up"), ("制定|编制",)),
    "urban management": ("城管|城市管理",), "bureau": (),  # the kind of unit: the unit's own words say which
    "abnormal operations": ("经营异常",), "abnormal business operations": ("经营异常",),
    "police station": ("派出所",), "mediation room": ("调解室",),
    "on site": ("实地|现场",), "inspect": ("督察|检查|督查",), "inspected": ("督察|检查|督查",),
    "keynote speech": ("典型发言|主旨发言|发言",), "speech": ("讲话|发言",), "speeches": ("讲话|发言",),
    "three enforcement systems": ("三项制度",), "three law enforcement systems": ("三项制度",),
    "respond to lawsuits": ("应诉",), "responded to lawsuits": ("应诉",),
    "settle": ("化解|解决|调处",), "settled": ("化解|解决|调处",), "settling": ("化解|解决|调处",),
    "long-standing": ("积案|积存|历史遗留",), "handed down": ("交办",), "assigned": ("交办|分配",),
    "taken off": ("移出|修复",), "removed from": ("移出|修复",), "take off": ("移出|修复",), "remove from": ("移出|修复",),
    "meet": ("实现|达到|满足",), "met": ("实现|达到|满足",), "meets": ("实现|达到|满足",),  # a goal or target (见面: another sense)
    "petition agency": ("信访代办|代办",), "agency service": ("代办",), "proxy service": ("代办",), "on behalf": ("代办|代理",),
    "intranet": ("内网",),  # beside the extranet (外网, rag.text.glossary_genre)
    # the entities a registry or a tax office counts (市场主体, 经营主体, 涉税主体, 检查对象) and what they do in a year
    "entities": ("主体|对象|企业",), "entity": ("主体|对象|企业",), "taxpaying entities": ("涉税主体|纳税主体|纳税人",),
    "tax-related entities": ("涉税主体|纳税主体|纳税人",), "taxpayers": ("纳税人|涉税主体|纳税主体",),
    # a case opened by an enforcement body, then investigated or handled (立案查处, 立案查办, 立案办理)
    **dict.fromkeys(("open a case", "open cases", "opened cases", "cases opened", "case opened", "open a file", "case filing",
                     "placed on file", "put on file"), ("立案",)),
    **dict.fromkeys(("open and handle", "open and investigate", "open and deal with", "file and investigate",
                     "open and prosecute", "open and pursue", "opened and handled", "opened and investigated",
                     "opened and dealt with", "filed and investigated"), ("立案", "查处|查办|办理|办结")),
    "opened": ("开业|开通|开放",), "opened for business": ("开业",), "registered": ("登记|注册|新增",),
    "same year": ("本年|当年|同年",), "that year": ("本年|当年|该年",),
    # the papers an officer is issued to act (执法证件, 执法证, 证书): an English question calls them cards or credentials
    # what a review or a consultation produces (书面审核意见, 法律意见建议, 意见、建议)
    "suggestion": ("建议",), "suggestions": ("建议",), "written": ("书面",),
    "legal opinions": ("法律意见|审核意见",), "legal review opinions": ("法律审核意见|合法性审核意见|审核意见",),
    "id card": ("证件|证",), "identity card": ("证件|证",), "credential": ("证件|证书",), "credentials": ("证件|证书",),
    # a legality check (合法性审核/审查) and what it checks: documents, agreements, a meeting's topics (会议议题)
    "legality": ("合法性",), "lawfulness": ("合法性",), "legality check": ("合法性审核|合法性审查",),
    "legality checks": ("合法性审核|合法性审查",), "meeting topics": ("议题",), "meeting topic": ("议题",),
    "topics for discussion": ("议题",), "agenda topics": ("议题",),
    # a government on the losing side of its lawsuits (败诉, 败诉案件, 败诉率; the lexicon's "lose" is 损失), and what a
    # party files (行政复议申请, 依申请公开, 申请人; the lexicon's "application" is 应用, software)
    "lose": ("败诉",), "loses": ("败诉",), "losing": ("败诉",), "lost": ("败诉",), "losing rate": ("败诉率",),
    "loss rate": ("败诉率",), "lost cases": ("败诉案件|败诉",), "cases lost": ("败诉案件|败诉",),
    # filing for a review or a lawsuit is applying (网上申请复议, 提起诉讼); a record-filing is "file" alone (备案)
    # a suit or complaint filed/brought against a body is the suit itself (行政诉讼案件58件): the noun names it, no 备案
    "filed against": (), "file against": (), "brought against": (), "lodged against": (),
    "file for": ("申请|提起|提出",), "file an application": ("申请",), "file applications": ("申请",),
    "application": ("申请|申报|案件",), "apply for": ("申请|申报",), "applicant": ("申请人",),  # an application is counted as a case (受理…案件27件)
    # an outside body brought in to check or rate work (引入第三方机构开展满意度测评, 聘请第三方评估)
    "bring in": ("引入|引进|聘请|邀请",), "brought in": ("引入|引进|聘请|邀请",), "outside party": ("第三方",),
    "outside third party": ("第三方",), "independent third party": ("第三方",), "outside body": ("第三方",),
    "to rate": ("测评|评价|评议|打分",), "satisfaction survey": ("满意度测评|满意度调查",),
    # the same body of another place (with its Beijing and Hebei counterparts): the places name it, no term of its own
    "counterpart": (), "counterparts": (),
    # a place or unit recognised as a model (被评为“省法治政府建设示范市”, 命名为示范村, 认定为示范单位): the genre's
    # model is 示范 (a typical case, 典型); being recognised is 评为 / 命名 / 认定 / 获评 (rag.answer.stages: conferred)
    "model": ("示范|典型",), "models": ("示范|典型",), "model city": ("示范市|示范",), "model county": ("示范县|示范",),
    "model village": ("示范村|示范",), "model unit": ("示范单位|示范",),
    "recognised as": ("评为|命名|认定|获评|授予",), "recognized as": ("评为|命名|认定|获评|授予",),
    "designated as": ("评为|命名|认定|获评|授予",), "named as": ("评为|命名|认定|获评|授予",),
    # a place's bid for such a title (申报 / 创建 a 示范区) and its papers handed in or not (申报材料已提交 / 尚未提交)
    **dict.fromkeys((f"{verb} {det} bid" for verb in ("set up", "put in", "make", "launch", "lodge", "mount") for det in ("a", "its", "the", "their")),
                    ("申报|创建",)),  # a bid set up / put in is the bid itself, nothing founded (set up: 成立)
    "bid": ("申报|创建",), "bids": ("申报|创建",), "candidacy": ("申报|创建",), "application materials": ("申报材料|申请材料",),
    **dict.fromkeys(("hand in", "submit", "submits", "submitted", "submitting", "turn in", "send in", "sent in"),
                    ("提交|报送|上报|递交|报请|提请",)),  # 提请审议: submitted for deliberation
    **dict.fromkeys(("apply to become", "apply to be", "apply to be named"), ("申报|创建",)),  # "apply" alone: 使用
    # the agency sued and its head in court (被诉行政机关负责人出庭应诉), and a survey of satisfaction (满意度测评/调查)
    "sued": ("被诉|被告",), "being sued": ("被诉|被告",), "defendant": ("被诉|被告",), "head of an agency": ("负责人",),
    "head of a sued agency": ("被诉", "负责人"), "head of the sued agency": ("被诉", "负责人"),
    "survey": ("调查|测评|问卷",), "surveyed": ("调查|测评|问卷",), "surveys": ("调查|测评|问卷",),
    # what a measure counts for in an appraisal (权重由4分提高到6分, 分值占比, 比重)
    "weight": ("权重|分值|占比|比重",), "weighting": ("权重|分值|占比|比重",),
    # people from outside engaged to watch enforcement (行政执法社会监督员, 特邀行政执法监督员): the genre's 监督员
    **dict.fromkeys(("watchdog", "watchdogs", "outside watchdogs", "external supervisors", "social supervisors",
                     "invited supervisors", "special supervisors", "public supervisors", "citizen supervisors"), ("监督员",)),
    # enforcement's plain English: first offences let off (首违不罚, 首违轻微免罚), decisions overturned (撤销, 直接纠错),
    # cases closed (审结, 办结, 结案), joint random inspections (部门联合"双随机"抽查), and a city's greening (城市绿化条例)
    **dict.fromkeys(("first-time offences", "first-time offenses", "first offences", "first offenses", "first-time violations",
                     "first violations", "first-time offenders", "first offenders"), ("首违",)),
    **dict.fromkeys(("minor first-time offences", "minor first-time offenses", "minor first offences", "minor first offenses",
                     "minor first-time violations"), ("轻微违法", "首违")),
    **dict.fromkeys(("not be fined", "not fined", "not be penalized", "not be penalised", "not be punished", "no fine",
                     "no penalty"), ("免罚|免予处罚|不予处罚",)),
    **dict.fromkeys(("overturn", "overturned", "overturns", "overturning"), ("撤销|纠错",)),
    **dict.fromkeys(("directly overturn", "directly overturned", "directly overturns"), ("直接纠错",)),
    **dict.fromkeys(("closed", "cases closed", "case closed"), ("审结|办结|结案",)),
    **dict.fromkeys(("joint", "jointly conducted"), ("联合",)),
    **dict.fromkeys(("random inspection", "random inspections", "random checks", "random check", "random spot checks"),
                    ("随机", "抽查|检查|抽检")),
    **dict.fromkeys(("greening", "greenery", "urban greening"), ("绿化",)),
    # legal publicity (普法) in a border or minority area: materials in another language (俄文版手册, 藏语微视频,
    # 汉藏双语资料), named by the language: X-language / in X is X语 or X文 (the lexicon has no such words)
    **{f"{lang}{suffix}": (zh,) for lang, zh in (
        ("russian", "俄文|俄语"), ("tibetan", "藏语|藏文"), ("mongolian", "蒙古语|蒙古文|蒙文|蒙语"),
        ("uyghur", "维吾尔语|维吾尔文|维语|维文"), ("uighur", "维吾尔语|维吾尔文|维语|维文"), ("kazakh", "哈萨克语|哈萨克文"),
        ("korean", "朝鲜语|朝鲜文|朝文|韩语"), ("yi", "彝语|彝文"), ("zhuang", "壮语|壮文"), ("english", "英语|英文"),
        ("vietnamese", "越南语|越南文"), ("kyrgyz", "柯尔克孜语|柯尔克孜文"), ("dai", "傣语|傣文"))
       for suffix in (" language", " version", " edition")},
    "russian": ("俄文|俄语|俄罗斯",), "tibetan": ("藏语|藏文|藏族",), "mongolian": ("蒙古语|蒙古文|蒙古族",),
    "uyghur": ("维吾尔语|维吾尔文|维吾尔族",), "kazakh": ("哈萨克语|哈萨克文|哈萨克族",), "korean": ("朝鲜语|朝鲜文|朝鲜族",),
    "bilingual": ("双语",), "trilingual": ("三语",),
    "handbook": ("手册",), "brochure": ("手册|宣传册|折页",), "pamphlet": ("宣传册|小册子|手册",),
    "leaflet": ("宣传单|折页|传单",), "booklet": ("手册|小册子",), "micro video": ("微视频",),
    "print": ("印制|印发|印刷|制作",), "printed": ("印制|印发|印刷|制作",),
    "produce": ("制作|拍摄|摄制|生产",), "produced": ("制作|拍摄|摄制|生产",),
    # an application accepted with documents missing (容缺受理, 容缺办理), the rest handed in afterwards (容缺后补, 材料补交);
    # "submit the documents later" is brought together by rag.text.glossary
    **dict.fromkeys(("missing documents", "missing materials", "missing paperwork", "missing papers", "incomplete documents",
                     "incomplete materials", "incomplete paperwork", "incomplete application", "incomplete applications",
                     "fault-tolerant acceptance", "tolerant acceptance", "tolerance acceptance"), ("容缺",)),
    **dict.fromkeys(("submit later", "supplement later", "provide later", "hand in later", "turn in later", "make up later",
                     "send later", "file later"), ("后补|补交|补齐",)),
    # a counter of printed or filmed material (1.2万册, 24集): the asked unit (rag.answer.asked_unit), no term
    "copies": (), "episodes": (), "episode": (),
}
