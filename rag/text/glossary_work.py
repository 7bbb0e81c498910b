"""The glossary's work vocabulary: English words for what rule-of-law reports report on.

Reviews and lawsuits, enforcement, rules and decisions, legal services (government services and platforms,
and the people, bodies and events the reports name: :data:`rag.text.glossary_services.SERVICE_TERMS`;
:data:`rag.text.glossary.GLOSSARY` joins both with :data:`rag.text.glossary_genre.GENRE_TERMS`).  Data only:
an entry maps an English phrase to the Chinese terms the reports use, alternatives ``|``-joined; an empty
tuple consumes the phrase without a term.
"""
from __future__ import annotations

WORK_TERMS: dict[str, tuple[str, ...]] = {
    "administrative reconsideration": ("行政复议",),
    "reconsideration": ("复议",),
    # 行政复议 is as often rendered "administrative review"; its bodies and applications are the review's own
    "administrative review": ("行政复议",), "administrative reviews": ("行政复议",),
    "review body": ("复议机关",), "review bodies": ("复议机关",), "review organ": ("复议机关",), "review organs": ("复议机关",),
    "correction rate": ("纠错率",),
    "error correction": ("纠错",),
    "corrected": ("纠错",),
    # how a reconsideration is decided (维持19件、撤销2件、确认违法1件、驳回3件、责令履行3件): irregular forms the lexicon lacks
    "upheld": ("维持",), "uphold": ("维持",), "upholding": ("维持",), "revoked": ("撤销",), "annulled": ("撤销|废止",),
    "confirmed illegal": ("确认违法",), "confirmed as illegal": ("确认违法",), "confirmed unlawful": ("确认违法",),
    "ordered to perform": ("责令履行",),
    # a government's own level (市本级 = 市一级 = 市级, not 全市: rag.answer.term_coverage.LEVEL_FORMS)
    "city level": ("市本级",), "municipal level": ("市本级",),
    "county level": ("县本级",), "district level": ("区本级",), "provincial level": ("省本级",),
    # a place's level asked (which county-level city): written as its name's suffix (某某市), never as the word
    "county level cities": (), "prefecture level cities": (),  # (a key in the plural matches either number)
    "administrative litigation": ("行政诉讼",),
    "litigation": ("诉讼|应诉",),  # a government's lawsuits are written as the cases it responds to (行政应诉案件)
    "lawsuit": ("诉讼|应诉",),
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
    # wages withheld from workers (根治欠薪, 拖欠农民工工资) and the sums recovered for them (追回欠薪, 追讨劳动报酬)
    "migrant workers": ("农民工",), "migrant worker": ("农民工",),
    **dict.fromkeys(("unpaid pay", "unpaid wages", "unpaid wage", "unpaid salaries", "back pay", "back wages", "owed wages",
                     "wages owed", "wage arrears", "withheld wages", "wage theft", "overdue wages"), ("欠薪|拖欠|讨薪|工资|劳动报酬",)),
    **dict.fromkeys(("recover", "recovered", "recovering", "get back", "got back", "gotten back", "claw back", "clawed back",
                     "recoup", "recouped"), ("追回|追讨|挽回|追缴|讨回",)),
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
    # 工程建设项目审批制度改革, the nation-wide reform: a construction project is 工程建设 / 建设项目 / 工程项目, not 施工 (the site work)
    "construction projects": ("工程建设|建设项目|工程项目",), "construction project": ("工程建设|建设项目|工程项目",),
    "construction-project": ("工程建设|建设项目|工程项目",), "building projects": ("工程建设|建设项目|工程项目",),
    "engineering construction": ("工程建设",), "project construction": ("工程建设|项目建设",),
    "separating operating permits from business licences": ("证照分离",),
    "separating operating permits from business licenses": ("证照分离",),
    "separating permits from licences": ("证照分离",),
    "separating permits from licenses": ("证照分离",),
    "separating permits from business licences": ("证照分离",), "separating permits from business licenses": ("证照分离",),
    "separation of permits and licences": ("证照分离",), "separation of permits and licenses": ("证照分离",),
    "separation of permits and business licences": ("证照分离",), "separation of permits and business licenses": ("证照分离",),
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
    "city head": ("市长",), "city chief": ("市长",), "province head": ("省长",), "province chief": ("省长",),
    "prefecture head": ("州长",), "township head": ("乡长",), "town head": ("镇长",),
    "party secretary": ("书记",),
    "deputy secretary": ("副书记",), "deputy party secretary": ("副书记",),
    "chaired": ("主持",),
    "chair": ("主持",),
    "presided": ("主持",),
    "cases": ("案件",),
    "accept": ("受理",),
    "accepted": ("受理",),
    "received": ("收到|接到|接收",),  # 收到申请, 接到来电
    "handled": ("受理", "办理"),
    "handle": ("受理", "办理"),
    # a case concluded: 办结, and a review or a lawsuit heard to its end, 审结 (结案 is any way of closing it)
    **dict.fromkeys(("concluded", "conclude", "concludes", "concluding"), ("办结|审结",)),
    "issued": ("印发",),
    "issue": ("印发",),
    "case": ("案件",),
    "case files": ("案卷",),
    "inspection": ("检查",),
    "inspections": ("检查",),
    "government inspection": ("督察|督查",), "government inspections": ("督察|督查",),  # 法治政府建设督察
    # inspections BY the government OF firms (行政检查 / 涉企检查 / 入企检查, the burden on business), not of the government
    **dict.fromkeys(("inspections of companies", "inspections of enterprises", "inspections of businesses", "inspections of firms",
                     "inspection of companies", "inspection of enterprises", "inspection of businesses",
                     "enterprise inspections", "business inspections", "company inspections", "administrative inspections",
                     "checks on companies", "checks on enterprises", "checks on businesses"), ("行政检查|涉企检查|入企检查",)),
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
    **dict.fromkeys(("on the web", "over the web", "via the web", "on the internet", "over the internet", "via the internet",
                     "through the internet"), ("网上|在线|线上|互联网",)),
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
    # a local government's rules on a subject: a 《…办法》 / 《…规定》 / 《…细则》 / 《…条例》 ("the rules on sorting waste")
    "rules": ("办法|规定|细则|条例|规则|规章",),
    # waste and its sorting, a frequent subject of the genre's rules and enforcement (生活垃圾分类, 固体废物)
    "waste": ("垃圾|废物|废弃物",), "garbage": ("垃圾",), "trash": ("垃圾",), "rubbish": ("垃圾",),
    "household waste": ("生活垃圾",), "domestic waste": ("生活垃圾",), "household garbage": ("生活垃圾",),
    "sorting": ("分类",), "waste sorting": ("垃圾分类",), "garbage sorting": ("垃圾分类",),
    "waste classification": ("垃圾分类",), "garbage classification": ("垃圾分类",),
    # how users put the genre's standing measures in plain English: wages (工资), schools' 法治副校长, enforcement teams
    # (执法队伍), problems fixed (整改), the year's end (年底), a government regulation (政府规章), a 司法所, the 枫桥 model
    # (administrative review, unpaid wages, penalties waived, drawing up, filing for, on the web, inspections of companies
    # and restarting work are entered once, beside their kin above and in glossary_services)
    "wages": ("工资|欠薪|劳动报酬",),
    "vice-principal": ("副校长",), "vice principal": ("副校长",), "rule-of-law vice-principal": ("法治副校长",),
    "primary and middle school": ("中小学",), "primary and secondary school": ("中小学",), "schools": ("学校",),
    "teams": ("队伍|团队|服务团|宣讲团|讲师团|小组",), "team": ("队伍|团队|服务团|宣讲团|讲师团|小组",),
    "enforcement team": ("执法队伍|执法队",),
    "law-enforcement team": ("执法队伍|执法队",), "formed": ("组建|成立|组成",),
    "fixed": ("整改|解决|纠正",), "fix": ("整改|解决|纠正",),
    "year end": ("年底|年终",), "end of the year": ("年底|年终",),
    "government regulation": ("政府规章",), "municipal government regulation": ("政府规章",),
    "sub-district": ("街道",), "subdistrict": ("街道",), "justice office": ("司法所",), "fengqiao": ("枫桥",),
    "task": ("任务",),
    "local regulations": ("地方性法规",),  # written as 《…条例》 titles (rag.answer.term_coverage.LEVEL_FORMS)
    "party regulations": ("党内法规",), "intra-party regulations": ("党内法规",), "inner-party regulations": ("党内法规",),
    "state laws": ("国家法律",), "national laws": ("国家法律",),
    "must know": ("应知应会",), "should know": ("应知应会",),  # 应知应会法律法规清单: what officials must know
    "government rules": ("政府规章",),
    "legislation": ("立法",),
    "local legislation": ("地方立法",),
    # a rule amended (修订 / 修正 / 修改) and a draft's readings before the people's congress standing committee (一审/二审/三审)
    **dict.fromkeys(("amendment", "amendments", "amend", "amended", "revision", "revisions", "revise", "revised"), ("修订|修正|修改",)),
    "first reading": ("一审|初审",), "second reading": ("二审",), "third reading": ("三审",),
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
    # problems put right (发现问题…已整改); a year's task list got through (32项任务完成30项)
    "fixing": ("整改|解决|纠正",),
    **dict.fromkeys(("issues found", "issues identified", "issues raised", "issues uncovered", "issues turned up"), ("问题",)),
    "get through": ("完成",), "got through": ("完成",), "work list": ("工作要点|工作计划|工作方案|工作安排",),
    "task list": ("任务清单|工作要点|工作计划",),
    # a rule put in force (出台, 施行)
    "put in force": ("出台|施行|实施|生效",), "in force": ("施行|实施|生效",),
    # "manage to do": no deed of its own
    "manage to": (),
    # schools (法治副校长 of 中小学)
    "primary school": ("小学",), "middle school": ("中学",), "secondary school": ("中学",),
}
