"""The glossary's genre vocabulary: English words any 法治政府建设年度报告 writes its work with.

Verbs and nouns of the genre (devolving powers, joint and cross-region work, batches, bodies and
courses) and the claim words the yes/no cues read (:data:`rag.text.glossary.GLOSSARY` joins it with
:data:`rag.text.glossary_work.WORK_TERMS` and :data:`rag.text.glossary_services.SERVICE_TERMS`).  Not phrases of particular reports.
"""
from __future__ import annotations

GENRE_TERMS: dict[str, tuple[str, ...]] = {
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
    "draft": ("草案|起草",),  # a draft (草案), or to draft one (起草)
    "fair competition review": ("公平竞争审查",),
    "public interest litigation": ("公益诉讼",),
    "public interest lawsuit": ("公益诉讼",), "public interest suit": ("公益诉讼",),
    "public interest case": ("公益诉讼",),  # brought by procuratorates (检察院 / 检察机关)
    # taking land or housing for public use (征地, 房屋征收) and pulling buildings down (拆迁, 拆除)
    "land expropriation": ("征地|征收",), "land acquisition": ("征地|征收",), "expropriation": ("征收",),
    "house demolition": ("拆迁|拆除",), "housing demolition": ("拆迁|拆除",), "demolition": ("拆迁|拆除",),
    "prosecutor": ("检察",), "prosecutors": ("检察",), "procuratorate": ("检察",), "procuratorates": ("检察",),
    "administrative adjudication": ("行政裁决",),
    "reporting on the rule of law": ("述法",),
    "report on the rule of law": ("述法",),
    "reports on the rule of law": ("述法",),  # the head verb inflected: only the last word takes a plural
    "reported on the rule of law": ("述法",),
    "reports on law": ("述法",),
    "rule-of-law reporting": ("述法",),
    "public rule-of-law report": ("述法",),  # 公开述法: a leader's report made in public, not the annual report
    "rule-of-law inspection": ("法治督察|督察",),  # also written 法治建设督察 / 法治政府建设专项督察
    "demonstration zone": ("示范区",),
    "pilot zone": ("试点",),
    "volunteers": ("志愿者",),
    "lawyers": ("律师",),
    "law firms": ("律师事务所",),
    "notary": ("公证",),
    "judicial office": ("司法所",),
    # the township-level justice office (司法所) and the subdistrict (街道) by more English names (justice office,
    # subdistrict, Fengqiao: rag.text.glossary_work)
    **dict.fromkeys(("justice station", "judicial affairs office", "judicial station"), ("司法所",)),
    **dict.fromkeys(("street office", "neighbourhood office", "neighborhood office"), ("街道",)),
    "justice bureau": ("司法局",), "bureau of justice": ("司法局",), "judicial bureau": ("司法局",),
    "emergency": ("应急",),
    # emergencies and the people they move: a typhoon or flood (台风, 洪水, 防汛), residents (群众, 居民) evacuated or
    # moved to safety (转移, 安置, 疏散)
    "typhoon": ("台风",),
    "typhoons": ("台风",),
    "flood control": ("防汛",),
    "residents": ("群众|居民",),
    "villagers": ("村民|群众",),
    "moved to safety": ("转移|安置|疏散",),
    "evacuated": ("转移|安置|疏散",),
    "evacuate": ("转移|安置|疏散",),
    "evacuation": ("转移|安置|疏散",),
    "relocated": ("转移|安置|搬迁",),
    "resettled": ("安置|搬迁",),
    # going to court in person (出庭); a lost lawsuit is the work table's (lose -> 败诉)
    "go to court": ("出庭",),
    "went to court": ("出庭",),
    "gone to court": ("出庭",),
    # an exam or a review passed (通过, 合格)
    "pass": ("通过|合格",),
    "passed": ("通过|合格",),
    # sampling what is checked: case files or firms pulled out / drawn at random (抽查, 抽取, 抽检)
    "pull out": ("抽查|抽取|抽检",),
    "pulled out": ("抽查|抽取|抽检",),
    "sampled": ("抽查|抽取|抽检",),
    "spot-checked": ("抽查|抽检",),
    "safety production": ("安全生产",),
    "work safety": ("安全生产",),
    "review": ("审查|审核|评审|评查",),  # 合法性审查, 施工图审查; case files are reviewed by 评查 (案卷评查)
    "reviewed": ("审查|审核|评审|评查",),
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
    "publish": ("公布|发布|出版",),  # a list is 公布ed, a notice 发布ed, a book 出版ed
    "published": ("公布|发布|出版",),
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
    # the genre's 行政机关, as users say it (government agencies lose lawsuits, their heads appear in court)
    "government agencies": ("行政机关",),
    "heads of government agencies": ("行政机关负责人",),
    "government agency heads": ("行政机关负责人",),
    "five-year plan": ("规划",),
    "14th five-year": ("十四五",),
    "13th five-year": ("十三五",),
    # the five-year campaigns of law popularization (普法): the 7th is 七五普法 (2016–2020), the 8th 八五普法
    "6th five-year": ("六五",), "7th five-year": ("七五",), "8th five-year": ("八五",), "9th five-year": ("九五",),
    "sixth five-year": ("六五",), "seventh five-year": ("七五",), "eighth five-year": ("八五",), "ninth five-year": ("九五",),
    "12th five-year": ("十二五",), "15th five-year": ("十五五",),
    "legal awareness": ("普法",), "legal education campaign": ("普法",),
    "law-popularization": ("普法",), "law popularisation": ("普法",),
    "governance capacity": ("治理能力",),
    "modernizing": ("现代化",),
    "modernization": ("现代化",),
    "cut": ("减少|压减|压缩|缩短|精简",),  # the genre cuts time limits and items by 压减, 压缩, 缩短, 精简
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
    "joint enforcement": ("联合执法",), "joint law enforcement": ("联合执法",),  # 联合执法行动
    # money taken by penalties: fines and confiscated gains together (罚没, 罚没金额/罚没款), confiscation alone (没收)
    "fines and confiscations": ("罚没",), "fines and confiscated": ("罚没",), "confiscation": ("没收|罚没",),
    "confiscations": ("没收|罚没",), "confiscated": ("没收|罚没",),
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
    # holding a role: the genre appoints with 担任 (由某某担任总指挥), never "serves"
    "served as": ("担任",), "serve as": ("担任",), "serves as": ("担任",), "serving as": ("担任",),
    "acted as": ("担任",), "acts as": ("担任",),
    # cleaning up powers, documents and lists (行政职权清理, 规范性文件清理): the genre's verb
    "clean up": ("清理",), "cleaned up": ("清理",), "cleaning up": ("清理",), "cleanup": ("清理",),
    "administrative powers": ("行政职权|行政权力",),  # 行政职权 / 行政权力清单
    # connecting departments and places to a network or platform (接入平台, 连接部门, 联通)
    "connect": ("连接|接入|联通",), "connected": ("连接|接入|联通",), "connecting": ("连接|接入|联通",),
    "e-government": ("电子政务",),
    "extranet": ("外网",),
    "electronic monitoring": ("电子监察",), "e-monitoring": ("电子监察",),
    "online system": ("平台|系统",),  # an online system is the reports' 平台 or 系统, not 制度
    "lecture hall": ("讲堂",), "lecture halls": ("讲堂",),  # 法治讲堂, 执法大讲堂: a lecture series, not a 大厅
    # filing a decision or document for the record (重大行政决策备案, 规范性文件报备): not a 文件 (a document)
    "file": ("备案|报备",), "filed": ("备案|报备",), "filing": ("备案|报备",),
    # the parts a figure is broken into (其中各地区…、各部门…; 各地): "the regions", not the asking "which regions"
    "the regions": ("地区|各地",),
    "each region": ("地区|各地",),
    "the localities": ("各地|地方",),
    "each locality": ("各地|地方",),
    # claim words read by the yes/no cues (rag.answer.evidence), not content: consumed, no term
    "top": (),
    "first batch": (), "second batch": (), "third batch": (),  # an ordinal claim (第一批): the report may name another
    "among the first": (),
    # a case-file review's grade (评出优秀案卷, 优秀率): rated excellent, the share rated excellent
    "excellent": ("优秀",), "rated excellent": ("优秀",), "excellent rate": ("优秀率",), "excellence rate": ("优秀率",),
    # river sand taken illegally (非法采砂, 涉砂案件, 砂石): a recurring enforcement campaign of the genre
    "sand": ("采砂|涉砂|砂石",), "sand mining": ("采砂|涉砂",), "sand dredging": ("采砂|涉砂",),
    "sand extraction": ("采砂|涉砂",),
    # the rural legal-literacy programme (培养农村“法律明白人”): its people by any English name
    "legal understanding": ("法律明白人",), "law-savvy": ("法律明白人",), "legally literate": ("法律明白人",),
    "legal literacy": ("法律明白人",), "legal-understanding": ("法律明白人",),
    # a market regulator's intellectual-property cases (查处商标侵权、假冒专利等案件) and the verb for them
    "intellectual property": ("知识产权",), "trademark infringement": ("商标侵权",),
    "trademark violation": ("商标侵权",), "patent infringement": ("专利侵权",), "fake patent": ("假冒专利",),
    "counterfeit patent": ("假冒专利",), "patent counterfeiting": ("假冒专利",), "patent passing off": ("假冒专利",),
    "crack down on": ("查处|打击|查办",), "cracked down on": ("查处|打击|查办",),
    # what an enforcement campaign finds: violations (违法案件, 违法行为, 违规问题) uncovered or detected (查处, 查出, 发现)
    "violation": ("违法|违规",), "violations": ("违法|违规",),
    "uncover": ("查处|查出|查获|发现",), "uncovered": ("查处|查出|查获|发现",),
    "detect": ("查处|查出|查获|发现",), "detected": ("查处|查出|查获|发现",),
    # a review body's own corrections (直接纠错: revoked, changed or confirmed unlawful) and their rate
    "directly correct": ("直接纠错",), "directly corrected": ("直接纠错",), "direct correction": ("直接纠错",),
    "direct corrections": ("直接纠错",), "direct correction rate": ("直接纠错率",),
    # the papers an oversight body sends a unit (执法监督建议书 / 意见书, 检察建议书) and sending them (制发, 下发)
    "recommendation letter": ("建议书",), "supervision recommendation": ("监督", "建议书"),
    "opinion letter": ("意见书",), "supervision opinion": ("监督", "意见书"),
    "send out": ("制发|下发|发出|发送",), "sent out": ("制发|下发|发出|发送",),
    # a unit's own figures (本局 / 我局 / 本级: 我局作为被告的案件2件) beside the area's (全区各行政机关)
    "itself": ("本局|我局|本级|自身",), "its own": ("本局|我局|本级|自身",),
    # an emergency response is started (启动) at a level written in Roman numerals (防汛Ⅳ级应急响应), by a flood or heavy rain
    "emergency response": ("应急响应",), "emergency responses": ("应急响应",),
    "level iv": ("ⅳ级|四级|4级",), "level iii": ("ⅲ级|三级|3级",), "level ii": ("ⅱ级|二级|2级",),
    "level 4": ("ⅳ级|四级|4级",), "level 3": ("ⅲ级|三级|3级",), "level 2": ("ⅱ级|二级|2级",),
    "start": ("启动|开始",), "started": ("启动|开始",), "starts": ("启动|开始",),
    "flood": ("防汛|洪涝|洪水|汛",), "floods": ("防汛|洪涝|洪水|汛",), "flooding": ("防汛|洪涝|洪水|汛",),
    "heavy rain": ("强降雨|暴雨|降雨",), "heavy rainfall": ("强降雨|暴雨|降雨",), "rainstorm": ("强降雨|暴雨|降雨",),
    # a coast's work: fishing (渔业执法, 渔事纠纷) and what happens at sea (海上执法, 海上调解)
    "fishing": ("渔业|渔事|渔政",), "fishery": ("渔业|渔事|渔政",), "fisheries": ("渔业|渔事|渔政",),
    "offshore": ("海上|海域|近海",), "at sea": ("海上|海域",), "maritime": ("海上|海事|海洋",),
    # a body set up (成立…领导小组, 设立…中心, 组建…执法局, 新设…科室), by a department of justice (司法厅 / 司法局), one
    # given over to a task (专门机构, 专职人员), and laws enforced (执法)
    **dict.fromkeys(("establish", "established", "establishes", "establishing", "set up", "create", "created", "creates",
                     "creating", "founded"), ("成立|设立|组建|建立|设置|新设",)),
    **dict.fromkeys(("justice department", "department of justice", "judicial administration department"), ("司法厅|司法局",)),
    "dedicated": ("专门|专职|专项",),
    **dict.fromkeys(("enforce", "enforced", "enforces", "enforcing"), ("执法|执行",)),
    **dict.fromkeys(("decide", "decided", "decides", "deciding"), ("决定|决策",)),
    # an enforcement certificate held (持证率, 取得执法证) and a reform rolled out over an area (推开, 推广, 铺开)
    **dict.fromkeys(("enforcement certificate", "law enforcement certificate", "enforcement license", "enforcement licence",
                     "enforcement credential"), ("执法证|证件|持证",)),  # 执法证(件), 持证率
    **dict.fromkeys(("roll out", "rolled out", "rolls out", "rolling out", "scaled up"), ("推开|推广|铺开|推行",)),
    # an honour conferred (命名为, 评为, 获评, 授予, 荣获: 未获命名) and an honorary title (称号)
    **dict.fromkeys(("awarded", "award", "conferred", "granted the title", "honoured as", "honored as"),
                    ("命名|评为|获评|授予|荣获",)),
    "honorary title": ("称号|命名",),  # not "decision": 维持…决定 counts them
    # a target hit / met / missed (达到…目标, 实现…目标): a report's 打击 is "crack down on", never "hit"
    **dict.fromkeys(("hit", "hits", "hitting", "hit the target", "met the target", "meet the target", "missed the target"),
                    ("达到|实现|完成",)),
    # a figure gone down (减少, 下降, 降低, 回落) or up; the government's authorities are its 行政机关 / 部门
    **dict.fromkeys(("go down", "goes down", "went down", "gone down", "going down"), ("下降|减少|降低|回落",)),
    **dict.fromkeys(("go up", "goes up", "went up", "gone up", "going up"), ("上升|增加|增长|提高",)),
    **dict.fromkeys(("authorities", "government authorities", "local authorities"), ("行政机关|机关|部门",)),
}
# how a post is held (专职调解员, 兼职法律顾问) and the people of a unit (人员, 工作人员): full-time staff, part-timers
GENRE_TERMS.update({
    **dict.fromkeys(("full-time", "full time", "fulltime", "dedicated full-time"), ("专职",)),
    **dict.fromkeys(("part-time", "part time", "parttime", "part-timer", "part-timers"), ("兼职",)),
    **dict.fromkeys(("staff", "staff members", "staffers", "employees"), ("人员|工作人员",)),
})
# reviewing case files (案卷评查: "audited its case files", files pulled / drawn for the check, 抽查案卷), beside the audit
# office's 审计; "files" counted are case files or documents (a record-filing is "file": 备案)
GENRE_TERMS.update({
    **dict.fromkeys(("audit", "audited", "auditing", "audits"), ("审计|评查",)),
    **dict.fromkeys(("case file audit", "case-file audit", "case file audits", "case file check", "case file inspection",
                     "case file assessment"), ("案卷评查",)),
    "files": ("案卷|文件",),
    **dict.fromkeys(("pull", "pulled", "pulls", "drew", "drawn"), ("抽查|抽取|抽检",)),
    **dict.fromkeys(("check", "checks", "checked", "checking"), ("检查|抽查|核查|评查",)),
})
# a case file's or an inspected unit's grade (评为优秀 / 合格 / 不合格, 基本合格): passed or failed a review
GENRE_TERMS.update({
    **dict.fromkeys(("unqualified", "substandard", "non-compliant", "failing", "failed the review", "failed review",
                     "failed the check", "failed the inspection", "failed the evaluation", "failed the assessment"), ("不合格",)),
    **dict.fromkeys(("qualified", "up to standard", "satisfactory", "acceptable"), ("合格",)),
    "basically qualified": ("基本合格",),
})
# the rural legal-literacy programme's people by more English names (legal-savvy villagers), trained up or fostered
# (培育, 培养), who are rural residents (农村, 村民)
GENRE_TERMS.update({
    **dict.fromkeys(("legal-savvy", "legally savvy", "law-literate", "legally-literate", "legal-literate",
                     "legal savvy persons"), ("法律明白人",)),
    **dict.fromkeys(("train up", "trained up", "cultivate", "cultivated", "foster", "fostered", "nurture", "nurtured",
                     "groom", "groomed"), ("培育|培养|培训",)),
    **dict.fromkeys(("rural residents", "rural people", "rural population"), ("农村|村民|农民|群众",)),
    "farmers": ("农民|农户|村民",),
})
# the programme's people named with a plain noun after it (law-savvy villagers): one person noun, 法律明白人, not two
GENRE_TERMS.update({f"{kind} {who}": ("法律明白人",) for kind in ("legal understanding", "law-savvy", "legally literate",
                                                                 "legal-savvy", "legally savvy")
                    for who in ("villagers", "residents", "people", "persons", "farmers", "volunteers", "individuals",
                                "citizens", "members")})
